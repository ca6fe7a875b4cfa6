/**
 * "b38-internal-spending-rules-annex": each agency's internal spending regulation carries an appendix of its revenue
 * sources over the years, the basis for its spending norms. A workbook per agency: its autonomy class and the
 * headcount the extra-income fund is shared among on top (the quota, larger, beside), then a table with the years as
 * rows: revenue (the truth, often =C+D), the advertising part and the rest, the state grant (not revenue) and the
 * sum of all funds (larger); a part-of-year row and next year's target under the years. A second sheet of spending
 * norms and a hidden scratch sheet.
 */
import type ExcelJS from "exceljs";
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind38Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B38_SPENDING as T } from "./texts";
import { B38_DECOYS as D } from "./wordings";

export const SPENDING_HEAD = 8;
export const SPENDING_COLS = {
  year: "A",
  revenue: "B",
  ads: "C",
  other: "D",
  grant: "E",
  all: "F",
  reserve: "G",
  answer: "C",
  quota: "F",
} as const;
export const SPENDING_ROWS = { autonomy: 5, staff: 6 } as const;

export function spendingAnnex(ctx: Blind38Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const file = `QCCTNB_${ctx.slug(unit)}_2025.xlsx`;
    revenueSheet(ctx, wb, file, unit);
    normsSheet(ctx, wb, unit);
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [T.scratchRows[0], nearFigure(ctx, slotOf("revenue", unit), 0.05, 0.12) ?? 1],
      [T.scratchRows[1], nearFigure(ctx, slotOf("revenue", unit), 0.02, 0.06) ?? 1],
    ]);
    return { fileName: file, workbook: wb };
  });
}

function revenueSheet(ctx: Blind38Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [16, 18, 18, 18, 18, 18, 18]);
  ctx.writeMerged(ws, "A1:D1", ctx.agency(unit, "masthead"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:G2", ctx.pickText("title", T.title, 2025), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A3:G3", ctx.pickText("sub", T.sub), "text", { italic: true });
  const C = SPENDING_COLS;
  const R = SPENDING_ROWS;
  ctx.writeMerged(ws, `A${R.autonomy}:B${R.autonomy}`, ctx.pickText("lead-a", T.autonomyLead), "text", {
    align: "left",
  });
  ctx.value(file, ws, `${C.answer}${R.autonomy}`, slotOf("autonomous", unit));
  const staff = slotOf("staff_total", unit);
  ctx.writeMerged(ws, `A${R.staff}:B${R.staff}`, ctx.pickText("lead-s", T.staffLead), "text", {
    align: "left",
  });
  ctx.value(file, ws, `${C.answer}${R.staff}`, staff);
  ctx.writeMerged(ws, `D${R.staff}:E${R.staff}`, ctx.decoyLabel(D.quotaSeats, unit), "text", {
    align: "right",
    italic: true,
  });
  ctx.figure(
    ws,
    `${C.quota}${R.staff}`,
    Math.max(Number(ctx.data.value(staff)) + 1, ctx.decoyValue(D.quotaSeats, unit)),
  );

  headers(ctx, ws, SPENDING_HEAD, [
    ctx.pickText("h-year", T.heads.year),
    ctx.header("revenue", "sp"),
    ctx.decoyLabel(D.adsIncome, unit),
    ctx.pickText("h-other", T.heads.other),
    ctx.decoyLabel(D.stateGrant, unit),
    ctx.decoyLabel(D.allSources, unit),
    ctx.pickText("h-reserve", T.heads.reserve),
  ]);
  let row = SPENDING_HEAD + 1;
  const formulas = ctx.rng.chance(0.6);
  for (const y of ctx.data.years.revenue) {
    const slot = slotOf("revenue", unit, y);
    ctx.write(ws, `${C.year}${row}`, T.year.replace("{y}", String(y)), "text", { align: "center" });
    const grant = ctx.decoyValue(D.stateGrant, unit, y);
    ctx.figure(ws, `${C.grant}${row}`, grant);
    const v = ctx.shownNumber(slot);
    if (v !== undefined) {
      const ads = Math.min(ctx.decoyValue(D.adsIncome, unit, y), Math.floor(v * 0.6));
      ctx.figure(ws, `${C.ads}${row}`, ads);
      ctx.figure(ws, `${C.other}${row}`, Math.round((v - ads) * 10) / 10);
      if (formulas) ctx.viaFormula(file, ws, `${C.revenue}${row}`, slot, `${C.ads}${row}+${C.other}${row}`);
      else ctx.value(file, ws, `${C.revenue}${row}`, slot);
      ctx.formula(ws, `${C.all}${row}`, `${C.revenue}${row}+${C.grant}${row}`, v + grant);
      ctx.figure(ws, `${C.reserve}${row}`, Math.max(1, Math.round(v * (0.04 + ctx.rng.next() * 0.05))));
    } else ctx.value(file, ws, `${C.revenue}${row}`, slot);
    row++;
  }
  const last = ctx.shownNumber(slotOf("revenue", unit, 2025));
  ctx.write(ws, `${C.year}${row}`, ctx.partialHeader(2025), "text", { italic: true, align: "center" });
  if (last !== undefined)
    ctx.figure(ws, `${C.revenue}${row}`, Math.round(last * (0.68 + ctx.rng.next() * 0.15)));
  row++;
  ctx.write(ws, `${C.year}${row}`, ctx.planHeader(2026), "text", { bold: true, align: "center" });
  const plan = planFigure(ctx, slotOf("revenue", unit, 2025));
  if (plan !== null) ctx.figure(ws, `${C.revenue}${row}`, plan);
  grid(ws, SPENDING_HEAD, 1, row, 7);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `A${row + 2}`, ctx.note(), "text", { italic: true });
}

function normsSheet(ctx: Blind38Context, wb: ExcelJS.Workbook, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("rules", T.rules), [6, 50, 18]);
  T.ruleRows.forEach((text, i) => {
    ctx.write(ws, `A${i + 1}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${i + 1}`, text);
    ctx.figure(ws, `C${i + 1}`, nearFigure(ctx, slotOf("revenue", unit), 0.01, 0.05) ?? 1);
  });
}

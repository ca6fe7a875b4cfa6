/**
 * "b33-district-media-centre-rollup": the department's yearly roll-up of the province's press agencies AND the
 * eight district media-and-culture centres, a sheet per year, the units as rows under two sections (each with a
 * SUM subtotal) and a grand total. Two-row merged headers: all works (C) beside the political-task works (D), the
 * revenue (E) beside the advertising part (F), the headcount (G) and the trained (H). The agencies' works and
 * revenue are truth on each year's sheet; headcounts only on 2025's; the district rows are not plan units.
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind33Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B33_ROLLUP as T } from "./texts";
import { B33_DECOYS as D } from "./wordings";

/** Column of each figure on a year's sheet. */
export const ROLLUP_COLS = {
  all: "C",
  works: "D",
  revenue: "E",
  ads: "F",
  staff: "G",
  trained: "H",
} as const;
const NUMERIC = ["C", "D", "E", "F", "G", "H"] as const;

export function districtRollup(ctx: Blind33Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, 2025);
  const years = ctx.rng.pick([
    [2024, 2025],
    [2023, 2024, 2025],
    [2022, 2023, 2024, 2025],
  ]);
  const agenciesFirst = ctx.rng.chance(0.7);
  // District figures stay the same author's across years: a base per district, grown a little each year.
  const base = T.districts.map(() => ({
    all: ctx.rng.int(420, 1300),
    works: ctx.rng.int(160, 620),
    revenue: ctx.rng.int(0, 380),
    staff: ctx.rng.int(8, 26),
  }));
  for (const y of years) yearSheet(ctx, wb, fileName, y, base, agenciesFirst);
  if (ctx.rng.chance(0.35))
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("hidden", T.hidden),
      T.districts.map((d, i) => [d, base[i]?.works ?? 0]),
    );
  return [{ fileName, workbook: wb }];
}

function yearSheet(
  ctx: Blind33Context,
  wb: ExcelJS.Workbook,
  file: string,
  y: number,
  base: ReadonlyArray<{ all: number; works: number; revenue: number; staff: number }>,
  agenciesFirst: boolean,
): void {
  const C = ROLLUP_COLS;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets, y), [6, 40, 13, 13, 13, 13, 11, 11, 24]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.titles, y), "upper", { bold: true, size: 13 });
  const head = { bold: true, align: "center" as const, wrap: true };
  ctx.writeMerged(ws, "A3:A4", "TT", "text", head);
  ctx.writeMerged(ws, "B3:B4", ctx.pickText("unitHead", T.unitHead), "text", head);
  ctx.writeMerged(ws, "C3:D3", ctx.pickText("gA", T.groupArticles), "text", head);
  ctx.writeMerged(ws, "E3:F3", ctx.pickText("gM", T.groupMoney), "text", head);
  ctx.writeMerged(ws, "G3:H3", ctx.pickText("gS", T.groupStaff), "text", head);
  ctx.writeMerged(ws, "I3:I4", "Ghi chú", "text", head);
  ctx.write(ws, "C4", ctx.decoyLabel(D.allOutput, "rollup"), "label", head);
  ctx.write(ws, "D4", ctx.header("political_articles", "rollup"), "label", head);
  ctx.write(ws, "E4", ctx.header("revenue", "rollup"), "label", head);
  ctx.write(ws, "F4", ctx.decoyLabel(D.adRevenue, "rollup"), "label", head);
  ctx.write(ws, "G4", ctx.header("staff_total", "rollup"), "label", head);
  ctx.write(ws, "H4", ctx.header("staff_trained", "rollup"), "label", head);
  ws.getRow(4).height = 48;
  ["A", "B", ...NUMERIC, "I"].forEach((c, i) =>
    put(ws, `${c}5`, `(${i + 1})`, { italic: true, align: "center" }),
  );
  let row = 6;
  const sections: Array<{ at: number; from: number; to: number }> = [];
  const block = (title: string, roman: string, fill: () => void) => {
    const at = row;
    put(ws, `A${row}`, roman, { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, title, "text", { bold: true });
    row++;
    const from = row;
    fill();
    sections.push({ at, from, to: row - 1 });
  };
  const agencies = () => {
    AGENCIES.forEach((unit, i) => {
      put(ws, `A${row}`, i + 1, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.agency(unit, "rollup"));
      agencyRow(ctx, ws, file, row, unit, y);
      row++;
    });
  };
  const districts = () => {
    T.districts.forEach((d, i) => {
      const b = base[i];
      if (!b) return;
      const grow = 1 + (y - 2023) * 0.04;
      put(ws, `A${row}`, i + 1, { align: "center" });
      ctx.write(ws, `B${row}`, d);
      ctx.figure(ws, `${C.all}${row}`, Math.round(b.all * grow));
      ctx.figure(ws, `${C.works}${row}`, Math.round(b.works * grow));
      if (b.revenue > 20) {
        ctx.figure(ws, `${C.revenue}${row}`, Math.round(b.revenue * grow));
        ctx.figure(ws, `${C.ads}${row}`, Math.round(b.revenue * grow * 0.4));
      } else put(ws, `${C.revenue}${row}`, "-", { align: "center" });
      ctx.figure(ws, `${C.staff}${row}`, b.staff);
      ctx.figure(ws, `${C.trained}${row}`, Math.max(1, Math.round(b.staff * 0.4)));
      row++;
    });
  };
  const first = ctx.pickText("sec1", T.provincialSection);
  const second = ctx.pickText("sec2", T.districtSection);
  if (agenciesFirst) {
    block(first, "I", agencies);
    block(second, "II", districts);
  } else {
    block(second, "I", districts);
    block(first, "II", agencies);
  }
  // Subtotals on the section rows, the grand total at the bottom: formulas with their cached results.
  for (const c of NUMERIC) {
    let grand = 0;
    const parts: string[] = [];
    for (const s of sections) {
      let sum = 0;
      for (let r = s.from; r <= s.to; r++) {
        const v = ws.getCell(`${c}${r}`).value;
        sum += typeof v === "number" ? v : 0;
      }
      ctx.formula(ws, `${c}${s.at}`, `SUM(${c}${s.from}:${c}${s.to})`, sum, true);
      grand += sum;
      parts.push(`${c}${s.at}`);
    }
    ctx.formula(ws, `${c}${row}`, parts.join("+"), grand, true);
  }
  ctx.write(ws, `B${row}`, ctx.pickText("total", T.total), "text", { bold: true });
  grid(ws, 3, 1, row, 9);
}

function agencyRow(
  ctx: Blind33Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  unit: UnitId,
  y: number,
): void {
  const C = ROLLUP_COLS;
  const works = slotOf("political_articles", unit, y);
  const revenue = slotOf("revenue", unit, y);
  ctx.figure(ws, `${C.all}${row}`, ctx.decoyValue(D.allOutput, unit, y));
  ctx.value(file, ws, `${C.works}${row}`, works);
  ctx.value(file, ws, `${C.revenue}${row}`, revenue);
  ctx.figure(ws, `${C.ads}${row}`, ctx.decoyValue(D.adRevenue, unit, y));
  if (y === 2025) {
    ctx.value(file, ws, `${C.staff}${row}`, slotOf("staff_total", unit));
    ctx.value(file, ws, `${C.trained}${row}`, slotOf("staff_trained", unit));
  } else {
    // That year's headcount and trained people, as the sheet of that year had them (never more trained than staff).
    const staff = nearFigure(ctx, slotOf("staff_total", unit), 0.86, 0.97);
    const trained = nearFigure(ctx, slotOf("staff_trained", unit), 0.4, 0.9);
    if (staff !== null) ctx.figure(ws, `${C.staff}${row}`, staff);
    if (trained !== null && staff !== null)
      ctx.figure(ws, `${C.trained}${row}`, Math.max(1, Math.min(trained, staff - 1)));
  }
  if (ctx.rng.chance(0.2)) ctx.write(ws, `I${row}`, ctx.note(y));
}

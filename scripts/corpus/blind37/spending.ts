/**
 * "b37-internal-spending-rules-annex": the annexes an agency attaches to its internal spending rules, a workbook per
 * agency. Annex 01: revenue by year (columns) as a SUM over its three sources (parts, smaller) with the budget
 * allocation and the spending rows under them, next year's plan column right of the years. Annex 02: years as rows,
 * the political-task pieces paid royalties with all pieces (larger) and the royalty fund beside, a part-of-year and
 * a plan row under the years. Annex 03: headcount as a SUM of its two parts, trained, autonomy, last year's column
 * left of this year's. Platforms, newsroom, AI, security level and the licence are not in these annexes (absent).
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, YEARS, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind37Context } from "./context";
import {
  headers,
  hiddenSheet,
  nearFigure,
  newWorkbook,
  planFigure,
  sheet,
  slotOf,
  someAnswer,
  splitInto,
} from "./kit";
import { B37_SPENDING as T } from "./texts";
import { B37_DECOYS as D } from "./wordings";

/** Annex 01: head row and the first year column; annex 02: head row; annex 03: columns. */
export const SPENDING_A1 = { head: 5, firstYear: 4 } as const;
export const SPENDING_A2 = { head: 4, political: "B", all: "C", royalty: "D" } as const;
export const SPENDING_A3 = { head: 4, before: "C", now: "D" } as const;

function sources(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const years: number[] = YEARS.filter((y) => ctx.data.years.revenue.includes(y));
  const ws = sheet(wb, ctx.pickText("s1", T.sheet1), [6, 50, 10, ...years.map(() => 13), 15, 24]);
  const last = SPENDING_A1.firstYear + years.length + 1;
  ctx.writeMerged(ws, `A1:${colLetter(last)}1`, ctx.pickText("t1", T.title1), "upper", { bold: true });
  ctx.writeMerged(
    ws,
    `A2:${colLetter(last)}2`,
    T.sub.replace("{y1}", "2026").replace("{a}", ctx.agency(unit, "sp")),
    "text",
    {
      italic: true,
    },
  );
  const yearText = ctx.pickText("yt", T.yearText);
  const col = (y: number) => colLetter(SPENDING_A1.firstYear + years.indexOf(y));
  const planCol = colLetter(SPENDING_A1.firstYear + years.length);
  const h = SPENDING_A1.head;
  headers(ctx, ws, h, [
    T.stt,
    ctx.pickText("content", T.content),
    T.measure,
    ...years.map((y) => yearText.replace("{y}", String(y))),
    ctx.planHeader(2026),
    T.note,
  ]);
  let r = h + 1;
  ctx.write(ws, `A${r}`, "I", "text", { bold: true, align: "center" });
  ctx.write(ws, `B${r}`, ctx.pickText("sec", T.revenueSection), "upper", { bold: true });
  r++;
  const total = r;
  ctx.write(ws, `A${r}`, "1", "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.label("revenue", { key: "sp", unit: ctx.rng.chance(0.5) }), "label", {
    bold: true,
  });
  ctx.write(ws, `C${r}`, ctx.measure("revenue"));
  const parts = T.parts.map((text, k) => {
    ctx.write(ws, `A${total + 1 + k}`, `${String.fromCharCode(97 + k)})`, "text", { align: "center" });
    ctx.write(ws, `B${total + 1 + k}`, text, "text", { italic: true });
    ctx.write(ws, `C${total + 1 + k}`, ctx.measure("revenue"));
    return total + 1 + k;
  });
  for (const y of years) {
    const slot = slotOf("revenue", unit, y);
    const v = ctx.shownNumber(slot);
    if (v === undefined) {
      ctx.value(file, ws, `${col(y)}${total}`, slot);
      continue;
    }
    splitInto(ctx, v, parts.length).forEach((p, k) => ctx.figure(ws, `${col(y)}${parts[k] ?? 0}`, p));
    ctx.viaFormula(
      file,
      ws,
      `${col(y)}${total}`,
      slot,
      `SUM(${col(y)}${parts[0] ?? 0}:${col(y)}${parts[parts.length - 1] ?? 0})`,
    );
  }
  const plan = planFigure(ctx, slotOf("revenue", unit, 2025));
  if (plan !== null) ctx.figure(ws, `${planCol}${total}`, plan);
  if (ctx.rng.chance(0.5))
    ctx.write(ws, `${colLetter(last)}${total}`, ctx.note(2025), "text", { italic: true });
  r = total + 1 + parts.length;
  for (const [k, d] of [D.stateBudget, D.spending].entries()) {
    ctx.write(ws, `A${r}`, k === 0 ? "II" : "III", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r}`, ctx.decoyLabel(d, "sp"), "label");
    ctx.write(ws, `C${r}`, ctx.measure("revenue"));
    for (const y of years) ctx.figure(ws, `${col(y)}${r}`, ctx.decoyValue(d, unit, y));
    r++;
  }
  grid(ws, h, 1, r - 1, last);
}

function royalties(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("s2", T.sheet2), [22, 18, 20, 18, 26]);
  ctx.writeMerged(ws, "A1:E1", ctx.pickText("t2", T.title2), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:E2", ctx.agency(unit, "sp"), "text", { italic: true });
  const h = SPENDING_A2.head;
  headers(ctx, ws, h, [
    T.yearHead,
    ctx.header("political_articles", "sp"),
    ctx.decoyLabel(D.allPieces, "sp"),
    ctx.pickText("roy", T.royalty),
    T.note,
  ]);
  let r = h + 1;
  const years = ctx.data.years.political_articles;
  for (const y of years) {
    ctx.write(ws, `A${r}`, String(y), "text", { align: "center" });
    ctx.value(file, ws, `${SPENDING_A2.political}${r}`, slotOf("political_articles", unit, y));
    ctx.figure(ws, `${SPENDING_A2.all}${r}`, ctx.decoyValue(D.allPieces, unit, y));
    ctx.figure(ws, `${SPENDING_A2.royalty}${r}`, ctx.near("revenue", unit, 0.06, 0.12, y));
    if (ctx.rng.chance(0.25)) ctx.write(ws, `E${r}`, ctx.note(y), "text", { italic: true });
    r++;
  }
  const now = ctx.shownNumber(slotOf("political_articles", unit, 2025));
  ctx.write(ws, `A${r}`, ctx.partialHeader(2025), "text", { italic: true });
  if (now !== undefined)
    ctx.figure(
      ws,
      `${SPENDING_A2.political}${r}`,
      Math.max(1, Math.round(now * (0.6 + ctx.rng.next() * 0.2))),
    );
  r++;
  ctx.write(ws, `A${r}`, ctx.planHeader(2026), "text", { bold: true });
  const plan = planFigure(ctx, slotOf("political_articles", unit, 2025));
  if (plan !== null) ctx.figure(ws, `${SPENDING_A2.political}${r}`, plan);
  grid(ws, h, 1, r, 5);
}

function labour(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("s3", T.sheet3), [6, 56, 14, 14, 26]);
  ctx.writeMerged(ws, "A1:E1", ctx.pickText("t3", T.title3), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:E2", ctx.agency(unit, "sp"), "text", { italic: true });
  const yearText = ctx.pickText("yt", T.yearText);
  const h = SPENDING_A3.head;
  headers(ctx, ws, h, [
    T.stt,
    ctx.pickText("content", T.content),
    yearText.replace("{y}", "2024"),
    yearText.replace("{y}", "2025"),
    T.note,
  ]);
  let r = h + 1;
  // Headcount as the sum of its two parts (both left empty when the headcount is not reported).
  const staffSlot = slotOf("staff_total", unit);
  ctx.write(ws, `A${r}`, "1", "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.label("staff_total", { key: "sp", unit: ctx.rng.chance(0.5) }), "label", {
    bold: true,
  });
  const staff = ctx.shownNumber(staffSlot);
  const before = nearFigure(ctx, staffSlot, 0.86, 0.98) ?? 0;
  ctx.figure(ws, `${SPENDING_A3.before}${r}`, before);
  T.staffParts.forEach((text, k) => ctx.write(ws, `B${r + 1 + k}`, text, "text", { italic: true }));
  splitInto(ctx, before, 2).forEach((p, k) => ctx.figure(ws, `${SPENDING_A3.before}${r + 1 + k}`, p));
  if (staff !== undefined) {
    splitInto(ctx, staff, 2).forEach((p, k) => ctx.figure(ws, `${SPENDING_A3.now}${r + 1 + k}`, p));
    ctx.viaFormula(file, ws, `${SPENDING_A3.now}${r}`, staffSlot, `SUM(D${r + 1}:D${r + 2})`);
  } else ctx.value(file, ws, `${SPENDING_A3.now}${r}`, staffSlot);
  r += 3;
  ctx.write(ws, `A${r}`, "2", "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.label("staff_trained", { key: "sp" }), "label");
  const trainedBefore = nearFigure(ctx, slotOf("staff_trained", unit), 0.5, 0.9);
  if (trainedBefore !== null) ctx.figure(ws, `${SPENDING_A3.before}${r}`, trainedBefore);
  ctx.value(file, ws, `${SPENDING_A3.now}${r}`, slotOf("staff_trained", unit));
  r++;
  ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.decoyLabel(D.politicalTheory, "sp"), "label", { italic: true });
  ctx.figure(ws, `${SPENDING_A3.now}${r}`, ctx.decoyValue(D.politicalTheory, unit));
  r++;
  ctx.write(ws, `A${r}`, "3", "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.label("autonomous", { key: "sp" }), "label");
  const auto = ctx.data.value(slotOf("autonomous", unit));
  ctx.write(ws, `${SPENDING_A3.before}${r}`, someAnswer(ctx, auto === true && ctx.rng.chance(0.7)), "word", {
    align: "center",
  });
  ctx.value(file, ws, `${SPENDING_A3.now}${r}`, slotOf("autonomous", unit));
  grid(ws, h, 1, r, 5);
}

export function spendingRulesAnnex(ctx: Blind37Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const file = `${ctx.slug(unit)}${ctx.pickText("tail", T.fileTail, 2025)}`;
    sources(ctx, wb, file, unit);
    royalties(ctx, wb, file, unit);
    labour(ctx, wb, file, unit);
    hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
      [T.hiddenRows[0], "1,8"],
      [T.hiddenRows[1], 2340000],
      [T.hiddenRows[2], `${ctx.rng.int(15, 35)}%`],
    ]);
    return { fileName: file, workbook: wb };
  });
}

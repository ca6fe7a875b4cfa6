/**
 * "b38-master-plan-status-tables": the status tables of the province's master plan (information and
 * communications part). A sheet per table: articles and revenue with each agency a group of two rows (the input,
 * then a near-miss row: all pieces, larger; the state grant), the years under two merged period heads (2016 and
 * 2020, then 2021–2025), an average-growth column and the 2030 target right of the years, a sum row; then staff,
 * statuses and autonomy with agencies as rows (the staff quota, larger, beside the headcount), the magazine's
 * licence and the province's remote-area people in a block under it.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind38Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B38_MASTERPLAN as T } from "./texts";
import { B38_DECOYS as D, type B38Decoy } from "./wordings";

export const MP_HEAD = 4;
/** 2016's column is C, 2020's D, 2021–2025 E..I. */
export const MP_COLS = { old: "C", pace: "J", plan: "K" } as const;
export const MP_STATUS_COLS = {
  staff: "C",
  quota: "D",
  trained: "E",
  plan: "K",
} as const;

const SERIES_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
const yearCol = (y: number) => (y === 2016 ? "C" : colLetter(4 + y - 2020));
const STATUS = [
  "staff_total",
  "quota",
  "staff_trained",
  "digital_platforms",
  "converged_newsroom",
  "ai_data_platform",
  "security_level",
  "autonomous",
] as const;

export function masterPlanTables(ctx: Blind38Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", [
    "QHT_LaiChau_PL_TTTT_hien trang.xlsx",
    "Bieu hien trang QH tinh - bao chi.xlsx",
  ]);
  seriesSheet(ctx, wb, file, "political_articles", D.allPieces);
  seriesSheet(ctx, wb, file, "revenue", D.stateGrant);
  statusSheet(ctx, wb, file);
  hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
    [T.scratchRows[0], nearFigure(ctx, slotOf("revenue", "dai-ptth-lai-chau"), 0.9, 0.98) ?? 1],
    [T.scratchRows[1], nearFigure(ctx, slotOf("political_articles", "bao-lai-chau"), 1.1, 1.3) ?? 1],
  ]);
  return [{ fileName: file, workbook: wb }];
}

function seriesSheet(
  ctx: Blind38Context,
  wb: ExcelJS.Workbook,
  file: string,
  input: "political_articles" | "revenue",
  decoy: B38Decoy,
): void {
  const key = input === "revenue" ? "revenue" : "articles";
  const ws = sheet(
    wb,
    ctx.pickText(`sheet-${key}`, T.tables[key]),
    [5, 52, 10, 10, 10, 10, 10, 10, 10, 14, 14],
  );
  ctx.writeMerged(ws, "A1:K1", ctx.pickText("head", T.head), "text", { italic: true });
  ctx.writeMerged(ws, "A2:K2", ctx.pickText(`title-${key}`, T.titles[key], 2025), "upper", { bold: true });
  const top = MP_HEAD;
  const style = { bold: true, align: "center" as const, wrap: true };
  const h = T.heads;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, h.no, "text", style);
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, ctx.pickText("h-unit", h.unit), "text", style);
  ctx.writeMerged(ws, `C${top}:D${top}`, ctx.pickText("h-old", h.old), "text", style);
  ctx.writeMerged(ws, `E${top}:I${top}`, ctx.pickText("h-now", h.now, 2025), "text", style);
  for (const y of [2016, ...SERIES_YEARS]) ctx.write(ws, `${yearCol(y)}${top + 1}`, String(y), "text", style);
  ctx.writeMerged(ws, `J${top}:J${top + 1}`, ctx.pickText("h-pace", h.pace, 2025), "text", style);
  ctx.writeMerged(ws, `K${top}:K${top + 1}`, ctx.planHeader(2030), "text", style);
  let row = top + 2;
  const truthRows: number[] = [];
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "mp"), "text", { bold: true });
    row++;
    ctx.write(ws, `B${row}`, `- ${ctx.header(input, unit)}`, "label");
    const old = nearFigure(ctx, slotOf(input, unit, 2020), 0.55, 0.85);
    if (old !== null) ctx.figure(ws, `${MP_COLS.old}${row}`, old);
    for (const y of SERIES_YEARS) ctx.value(file, ws, `${yearCol(y)}${row}`, slotOf(input, unit, y));
    const a = ctx.shownNumber(slotOf(input, unit, 2021));
    const b = ctx.shownNumber(slotOf(input, unit, 2025));
    if (a !== undefined && b !== undefined)
      ctx.formula(
        ws,
        `${MP_COLS.pace}${row}`,
        `ROUND(((I${row}/E${row})^(1/4)-1)*100,1)`,
        Math.round(((b / a) ** 0.25 - 1) * 1000) / 10,
      );
    const plan = planFigure(ctx, slotOf(input, unit, 2025));
    if (plan !== null) ctx.figure(ws, `${MP_COLS.plan}${row}`, Math.round(plan * 1.6));
    truthRows.push(row);
    row++;
    ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(decoy, `${key}${unit}`)}`, "label", { italic: true });
    for (const y of ctx.data.years[input])
      ctx.figure(ws, `${yearCol(y)}${row}`, ctx.decoyValue(decoy, unit, y), { italic: true });
    row++;
  });
  ctx.write(ws, `B${row}`, ctx.pickText("sum", T.sum), "text", { bold: true });
  for (const y of ctx.data.years[input]) {
    const c = yearCol(y);
    const shown = AGENCIES.map((u) => ctx.shownNumber(slotOf(input, u, y))).filter(
      (n): n is number => n !== undefined,
    );
    if (shown.length === 0) continue;
    const total = Math.round(shown.reduce((p, q) => p + q, 0) * 10) / 10;
    ctx.formula(ws, `${c}${row}`, truthRows.map((r) => `${c}${r}`).join("+"), total, true);
  }
  grid(ws, top, 1, row, 11);
  ctx.write(ws, `B${row + 1}`, ctx.pickText("source", T.source), "text", { italic: true });
}

function statusSheet(ctx: Blind38Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(
    wb,
    ctx.pickText("sheet-status", T.tables.status),
    [5, 40, 13, 13, 13, 13, 13, 13, 13, 13, 16],
  );
  ctx.writeMerged(ws, "A1:K1", ctx.pickText("head", T.head), "text", { italic: true });
  ctx.writeMerged(ws, "A2:K2", ctx.pickText("title-status", T.titles.status, 2025), "upper", { bold: true });
  const cols = STATUS.map((_, i) => colLetter(3 + i));
  headers(ctx, ws, MP_HEAD, [
    T.heads.no,
    ctx.pickText("h-unit", T.heads.unit),
    ...STATUS.map((s) => (s === "quota" ? ctx.decoyLabel(D.quotaSeats, "mp") : ctx.header(s, "mp"))),
    ctx.planHeader(2030),
  ]);
  let row = MP_HEAD + 1;
  const staffRows: number[] = [];
  AGENCIES.forEach((unit: UnitId, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "mp"), "text");
    STATUS.forEach((s, j) => {
      const at = `${cols[j]}${row}`;
      if (s === "quota") {
        const staff = Number(ctx.data.value(slotOf("staff_total", unit)));
        ctx.figure(ws, at, Math.max(staff + 1, ctx.decoyValue(D.quotaSeats, unit)));
      } else ctx.value(file, ws, at, slotOf(s, unit));
    });
    ctx.write(ws, `${MP_STATUS_COLS.plan}${row}`, ctx.style.yesNo[0], "word", { align: "center" });
    staffRows.push(row);
    row++;
  });
  ctx.write(ws, `B${row}`, ctx.pickText("sum", T.sum), "text", { bold: true });
  for (const [c, input] of [
    [MP_STATUS_COLS.staff, "staff_total"],
    [MP_STATUS_COLS.trained, "staff_trained"],
  ] as const) {
    const shown = AGENCIES.map((u) => ctx.shownNumber(slotOf(input, u))).filter(
      (n): n is number => n !== undefined,
    );
    ctx.formula(
      ws,
      `${c}${row}`,
      `SUM(${c}${staffRows[0]}:${c}${staffRows[2]})`,
      shown.reduce((p, q) => p + q, 0),
      true,
    );
  }
  grid(ws, MP_HEAD, 1, row, 11);
  row += 2;
  ctx.write(ws, `B${row}`, `${T.licenceLead} ${ctx.header("licensed", "mp")}`, "label");
  ctx.value(file, ws, `C${row}`, slotOf("licensed", MAGAZINE));
  row++;
  ctx.write(ws, `B${row}`, ctx.agency(PROVINCE, "mp"), "text", { bold: true });
  row++;
  for (const input of ["remote_population_total", "remote_population_reached"] as const) {
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "mp", unit: true }), "label");
    ctx.value(file, ws, `C${row}`, slotOf(input, PROVINCE));
    row++;
  }
  ctx.write(ws, `B${row}`, ctx.decoyLabel(D.households, "mp"), "label", { italic: true });
  ctx.figure(ws, `C${row}`, ctx.decoyValue(D.households, PROVINCE));
}

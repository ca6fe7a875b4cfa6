/**
 * Helpers the blind37 families share: workbooks and sheets, figures near (never equal to) a slot's value, header
 * rows, hidden scratch sheets and answer words for near-miss cells.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { isYearly, type Slot, type UnitId } from "../model";
import { sheetName } from "../sheets";
import type { Blind37Context } from "./context";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target for a numeric slot: 5–25 % above the value, rounded, never equal to it (null for words). */
export function planFigure(ctx: Blind37Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal (null for words). */
export function nearFigure(ctx: Blind37Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  if (n !== v) return n;
  return hi < 1 && v > 1 ? v - 1 : v + 1;
}

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind37Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
  from = 1,
): void {
  texts.forEach((t, i) =>
    ctx.write(ws, ref(from + i, row), t, "text", { bold: true, align: "center", wrap: true }),
  );
  grid(ws, row, from, row, from + texts.length - 1);
  ws.getRow(row).height = 32;
}

/** A plain number (never number text). */
export function plainNumber(ws: ExcelJS.Worksheet, at: string, n: number): void {
  put(ws, at, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.0" });
}

/** This author's yes/no word, for near-miss answers (never truth). */
export function someAnswer(ctx: Blind37Context, yes: boolean): string {
  return yes ? ctx.style.yesNo[0] : ctx.style.yesNo[1];
}

/** A sheet hidden from view, holding scratch texts and figures (never truth). */
export function hiddenSheet(
  ctx: Blind37Context,
  wb: ExcelJS.Workbook,
  name: string,
  rows: ReadonlyArray<readonly [string, number | string]>,
): ExcelJS.Worksheet {
  const ws = sheet(wb, name, [36, 14]);
  rows.forEach(([t, v], i) => {
    ctx.write(ws, `A${i + 1}`, t);
    if (typeof v === "number") plainNumber(ws, `B${i + 1}`, v);
    else ctx.write(ws, `B${i + 1}`, v);
  });
  ws.state = "hidden";
  return ws;
}

/** Splits `total` into `n` positive parts (integers; a half kept on the last part). */
export function splitInto(ctx: Blind37Context, total: number, n: number): number[] {
  const whole = Math.floor(total);
  const half = total - whole;
  const weights = Array.from({ length: n }, () => 0.4 + ctx.rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((whole * w) / sum)));
  const used = parts.slice(0, -1).reduce((a, b) => a + b, 0);
  parts[n - 1] = whole - used + half;
  if ((parts[n - 1] ?? 0) <= 0) throw new Error(`cannot split ${total} into ${n}`);
  return parts;
}

/** The status inputs an agency's sheet lists (the licence only for the magazine). */
export function statusInputs(unit: UnitId): string[] {
  const base = [
    "staff_total",
    "staff_trained",
    "digital_platforms",
    "ai_data_platform",
    "converged_newsroom",
    "autonomous",
    "security_level",
  ];
  return unit === "tap-chi-van-nghe-lai-chau" ? [...base, "licensed"] : base;
}

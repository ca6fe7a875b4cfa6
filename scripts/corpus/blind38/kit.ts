/**
 * Helpers the blind38 families share: workbooks and sheets, figures near (never equal to) a slot's value, bold
 * header rows, hidden scratch sheets and yes/no words for near-miss answers.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { isYearly, type Slot, type UnitId } from "../model";
import { sheetName } from "../sheets";
import type { Blind38Context } from "./context";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target for a numeric slot: 5–25 % above the actual figure, rounded, never equal to it. */
export function planFigure(ctx: Blind38Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind38Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  if (n !== v) return n;
  return hi < 1 && v > 1 ? v - 1 : v + 1;
}

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind38Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
  from = 1,
): void {
  texts.forEach((t, i) =>
    ctx.write(ws, ref(from + i, row), t, "text", { bold: true, align: "center", wrap: true }),
  );
  grid(ws, row, from, row, from + texts.length - 1);
  ws.getRow(row).height = 34;
}

/** A plain number (never number text, whatever the author's habit). */
export function plainNumber(ws: ExcelJS.Worksheet, at: string, n: number): void {
  put(ws, at, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.0" });
}

/** A yes/no word of this author's pair, for near-miss answers (never truth). */
export function someAnswer(ctx: Blind38Context, yes: boolean): string {
  return yes ? ctx.style.yesNo[0] : ctx.style.yesNo[1];
}

/** A sheet hidden from view, holding the author's scratch texts and figures (never truth). */
export function hiddenSheet(
  ctx: Blind38Context,
  wb: ExcelJS.Workbook,
  name: string,
  rows: ReadonlyArray<readonly [string, number | string]>,
): ExcelJS.Worksheet {
  const ws = sheet(wb, name, [34, 14]);
  rows.forEach(([t, v], i) => {
    ctx.write(ws, `A${i + 1}`, t);
    if (typeof v === "number") plainNumber(ws, `B${i + 1}`, v);
    else ctx.write(ws, `B${i + 1}`, v);
  });
  ws.state = "hidden";
  return ws;
}

/** Splits `total` into `n` positive parts (integers; a half kept on the last part), shuffled sizes. */
export function splitInto(ctx: Blind38Context, total: number, n: number): number[] {
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

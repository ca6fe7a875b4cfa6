/**
 * Helpers the blind29 families share: a workbook and its sheets, figures near (never equal to) a slot's value,
 * header rows, plain numbers for the parts a SUM adds up, and sheets hidden from view.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { isYearly, type Slot, type UnitId } from "../model";
import { sheetName } from "../sheets";
import type { Blind29Context } from "./context";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target for a numeric slot: 5–25 % above the actual figure, rounded, never equal to it. */
export function planFigure(ctx: Blind29Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind29Context, slot: Slot, lo: number, hi: number): number {
  const raw = ctx.data.value(slot);
  const v = typeof raw === "number" ? raw : 10;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  if (n !== v) return n;
  return hi < 1 && v > 1 ? v - 1 : v + 1;
}

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind29Context,
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

/** A plain number (parts a SUM adds up): never number text, whatever the author's habit. */
export function plainNumber(ws: ExcelJS.Worksheet, at: string, n: number, bold = false): void {
  put(ws, at, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.0", bold });
}

/** A sheet hidden from view, holding the author's scratch texts and figures (never truth). */
export function hiddenSheet(
  ctx: Blind29Context,
  wb: ExcelJS.Workbook,
  name: string,
  rows: ReadonlyArray<readonly [string, number | string]>,
): ExcelJS.Worksheet {
  const ws = sheet(wb, name, [40, 14]);
  rows.forEach(([t, v], i) => {
    ctx.write(ws, `A${i + 1}`, t);
    if (typeof v === "number") plainNumber(ws, `B${i + 1}`, v);
    else ctx.write(ws, `B${i + 1}`, v);
  });
  ws.state = "hidden";
  return ws;
}

/** Splits `total` into `n` non-negative integer parts (the rounding rest on the last), for counts that may be 0. */
export function shares(ctx: Blind29Context, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => 0.4 + ctx.rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((total * w) / sum));
  out[n - 1] = (out[n - 1] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** The numbering a section's rows get. */
export const ROMAN = ["I", "II", "III", "IV", "V", "VI"] as const;

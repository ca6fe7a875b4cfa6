/**
 * Helpers the blind15 families share: a workbook and sheets, a total split into parts that add up, a target near
 * (never equal to) the actual figure, and the years and slots a case shows.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { isYearly, type Slot, type UnitId } from "../model";
import type { Rng } from "../random";
import { sheetName } from "../sheets";
import type { Blind15Context } from "./context";

export { grid, newWorkbook, put };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

/** `n` positive whole parts adding up to `total` (the last one takes the rest, decimals included). */
export function partsOf(total: number, n: number, rng: Rng, floor = 0.5): number[] {
  const whole = Math.floor(total);
  const weights = Array.from({ length: n }, () => floor + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(0, Math.floor((whole * w) / sum)));
  const used = out.slice(0, -1).reduce((a, b) => a + b, 0);
  out[n - 1] = Math.round((total - used) * 10) / 10;
  return out;
}

/** A target for a numeric slot: 5–25 % above the actual figure, rounded, never equal to it. */
export function planFigure(ctx: Blind15Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind15Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  return n === v ? n + 1 : n;
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** The shown number of a slot, or undefined. */
export function shownNumber(ctx: Blind15Context, slot: Slot): number | undefined {
  if (!ctx.data.shown(slot)) return undefined;
  const v = ctx.data.value(slot);
  return typeof v === "number" ? v : undefined;
}

/** Bold centred header texts along a row from column `from`, with borders. */
export function headRow(
  ctx: Blind15Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
  from = 1,
): void {
  texts.forEach((text, i) =>
    ctx.write(ws, ws.getCell(row, from + i).address, text, "label", {
      bold: true,
      align: "center",
      wrap: true,
    }),
  );
  grid(ws, row, from, row, from + texts.length - 1);
  ws.getRow(row).height = 36;
}

/** A plain number as a formula-free cell (traps and parts). */
export function plain(
  ws: ExcelJS.Worksheet,
  at: string,
  n: number,
  style: { bold?: boolean; italic?: boolean } = {},
): void {
  put(ws, at, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.0", ...style });
}

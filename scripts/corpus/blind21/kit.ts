/**
 * Helpers the blind21 families share: a workbook and its sheets, figures near (never equal to) a slot's value,
 * bold header rows, a number split into parts, and the agencies' order.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, ref } from "../../fixtures/sheetKit";
import { isYearly, type Slot, type UnitId } from "../model";
import { sheetName } from "../sheets";
import type { Blind21Context } from "./context";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target for a numeric slot: 5–25 % above the actual figure, rounded, never equal to it. */
export function planFigure(ctx: Blind21Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind21Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  return n === v ? n + 1 : n;
}

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind21Context,
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

/**
 * Whole numbers (the last part takes any half) summing to `total`, in proportion to `weights`; each part at least
 * `min` when the total allows it.
 */
export function splitInto(total: number, weights: readonly number[], min = 0): number[] {
  const whole = Math.floor(total);
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(min, Math.floor((whole * w) / sum)));
  let rest = whole - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0 && i < 1000; i++) {
    const at = i % parts.length;
    if (rest > 0) {
      parts[at] = (parts[at] ?? 0) + 1;
      rest--;
    } else if ((parts[at] ?? 0) > min) {
      parts[at] = (parts[at] ?? 0) - 1;
      rest++;
    }
  }
  const last = parts.length - 1;
  parts[last] = (parts[last] ?? 0) + (total - whole);
  return parts;
}

/** A percentage rounded to one decimal. */
export const pct = (part: number, whole: number): number => Math.round((part / whole) * 1000) / 10;

/** Roman numerals for section rows. */
export const ROMAN = ["I", "II", "III", "IV", "V", "VI"] as const;

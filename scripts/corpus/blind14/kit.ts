/**
 * Helpers the blind14 families share: a workbook, figures split into parts that add up, a plan figure near (never
 * equal to) the actual one, and the yearly/status inputs of a unit.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook } from "../../fixtures/sheetKit";
import { isYearly, statusInputsOf, YEARLY, type Slot, type UnitId } from "../model";
import type { Rng } from "../random";
import { sheetName } from "../sheets";
import type { Blind14Context } from "./context";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

/** `n` non-negative parts adding up to `total` (the last one takes the rest, decimals included). */
export function partsOf(total: number, n: number, rng: Rng): number[] {
  const weights = Array.from({ length: n }, () => 0.6 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const whole = Math.floor(total);
  const out = weights.map((w) => Math.floor((whole * w) / sum));
  const used = out.slice(0, -1).reduce((a, b) => a + b, 0);
  out[n - 1] = Math.round((total - used) * 10) / 10;
  return out;
}

/** A plan figure for a numeric slot: 5–25 % above the actual one, rounded, never equal to it. */
export function planFigure(ctx: Blind14Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind14Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  return n === v ? n + 1 : n;
}

export const yearlyInputs = (): readonly string[] => YEARLY;

/** A unit's status inputs, in the plan's order. */
export function statusOf(unit: UnitId): string[] {
  return statusInputsOf(unit);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** Years the case shows for either yearly input, ascending. */
export function yearsShown(ctx: Blind14Context, input?: string): number[] {
  const all = new Set<number>(
    input !== undefined && isYearly(input)
      ? ctx.data.years[input]
      : [...ctx.data.years.political_articles, ...ctx.data.years.revenue],
  );
  return [...all].sort((a, b) => a - b);
}

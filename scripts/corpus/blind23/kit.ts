/**
 * Helpers the blind23 families share: a workbook and its sheets, figures near (never equal to) a slot's value,
 * and bold header rows.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, ref } from "../../fixtures/sheetKit";
import { isYearly, type Slot, type UnitId } from "../model";
import { sheetName } from "../sheets";
import type { Blind23Context } from "./context";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target for a numeric slot: 5–25 % above the actual figure, rounded, never equal to it. */
export function planFigure(ctx: Blind23Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind23Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  if (n !== v) return n;
  return hi < 1 && v > 1 ? v - 1 : v + 1;
}

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind23Context,
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

/** A hidden scratch sheet with a few figures near the slots (never truth). */
export function scratch(
  ctx: Blind23Context,
  wb: ExcelJS.Workbook,
  name: string,
  rows: ReadonlyArray<readonly [string, number | null]>,
): void {
  const ws = sheet(wb, name, [34, 14]);
  rows.forEach(([text, n], i) => {
    ctx.write(ws, `A${i + 1}`, text);
    if (n !== null) ctx.figure(ws, `B${i + 1}`, n);
  });
  ws.state = "hidden";
}

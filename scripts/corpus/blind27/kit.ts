/**
 * Helpers the blind27 families share: sheets, bold header rows, figures near (never equal to) a slot's value,
 * plain numbers for parts a SUM adds up, and hidden scratch sheets.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { isYearly, statusInputsOf, type Slot, type UnitId } from "../model";
import { sheetName } from "../sheets";
import type { Blind27Context } from "./context";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target 5–25 % above the slot's number, rounded, never equal to it. */
export function planFigure(ctx: Blind27Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's number (factor lo..hi), never equal. */
export function nearFigure(ctx: Blind27Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  if (n !== v) return n;
  return hi < 1 && v > 1 ? v - 1 : v + 1;
}

/** The status inputs of a unit, the headcount pair left out. */
export function answerInputs(unit: UnitId): string[] {
  return statusInputsOf(unit).filter((i) => !["staff_total", "staff_trained"].includes(i));
}

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind27Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
  from = 1,
): void {
  texts.forEach((t, i) =>
    ctx.write(ws, ref(from + i, row), t, "text", { bold: true, align: "center", wrap: true }),
  );
  grid(ws, row, from, row, from + texts.length - 1);
  ws.getRow(row).height = 36;
}

/** A plain number (a part a SUM adds up): never number text. */
export function plainNumber(ws: ExcelJS.Worksheet, at: string, n: number): void {
  put(ws, at, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.0" });
}

/** `total` cut into `count` positive whole parts. */
export function splitInto(ctx: Blind27Context, total: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => 0.5 + ctx.rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  parts[0] = (parts[0] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** A sheet hidden from view, holding the author's scratch texts and figures (never truth). */
export function hiddenSheet(
  ctx: Blind27Context,
  wb: ExcelJS.Workbook,
  name: string,
  rows: ReadonlyArray<readonly [string, number]>,
): ExcelJS.Worksheet {
  const ws = sheet(wb, name, [40, 14]);
  rows.forEach(([t, v], i) => {
    ctx.write(ws, `A${i + 1}`, t);
    plainNumber(ws, `B${i + 1}`, v);
  });
  ws.state = "hidden";
  return ws;
}

/** The unit's short file/sheet tag. */
export const TAG: Readonly<Record<UnitId, string>> = {
  "bao-lai-chau": "BLC",
  "dai-ptth-lai-chau": "PTTH",
  "tap-chi-van-nghe-lai-chau": "TCVN",
  "tinh-lai-chau": "Tinh",
};

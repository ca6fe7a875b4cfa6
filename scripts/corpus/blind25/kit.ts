/**
 * Helpers the blind25 families share: workbooks and sheets, figures near (never equal to) a slot's value, bold
 * header rows, a title block and a hidden scratch sheet.
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, MAGAZINE, statusInputsOf, type Slot, type UnitId } from "../model";
import { sheetName } from "../sheets";
import type { Blind25Context } from "./context";

export { newWorkbook, colLetter, ref };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target for a numeric slot: 5–25 % above the actual figure, rounded, never equal to it. */
export function planFigure(ctx: Blind25Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind25Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  if (n !== v) return n;
  return hi < 1 && v > 1 ? v - 1 : v + 1;
}

/** The agency's status inputs (the magazine's licence included), in the plan's order. */
export const statusOf = (unit: UnitId): string[] => statusInputsOf(unit);

/** The yes/no and level inputs of an agency (its technology and organisation answers). */
export function answerInputs(unit: UnitId): string[] {
  return statusInputsOf(unit).filter((i) => !["staff_total", "staff_trained"].includes(i));
}

export const isMagazine = (unit: UnitId): boolean => unit === MAGAZINE;
export { AGENCIES };

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind25Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
  from = 1,
): void {
  texts.forEach((t, i) => {
    if (t !== "") ctx.write(ws, ref(from + i, row), t, "text", { bold: true, align: "center", wrap: true });
  });
  grid(ws, row, from, row, from + texts.length - 1);
  ws.getRow(row).height = 36;
}

/** A bold upper-case title merged across columns 1..last, and an italic line under it when given. */
export function titleBlock(
  ctx: Blind25Context,
  ws: ExcelJS.Worksheet,
  row: number,
  last: number,
  text: string,
  sub?: string,
): void {
  ctx.writeMerged(ws, `A${row}:${colLetter(last)}${row}`, text, "upper", { bold: true, size: 13 });
  if (sub !== undefined)
    ctx.writeMerged(ws, `A${row + 1}:${colLetter(last)}${row + 1}`, sub, "text", { italic: true });
}

/** A plain number (parts a SUM adds up): never number text, whatever the author's habit. */
export function plainNumber(ws: ExcelJS.Worksheet, at: string, n: number): void {
  put(ws, at, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.0" });
}

/** Splits a whole number into `parts` positive integer parts (roughly even, a little noise) that add up to it. */
export function splitInto(ctx: Blind25Context, total: number, parts: number): number[] {
  const whole = Math.floor(total);
  const weights = Array.from({ length: parts }, () => 0.7 + ctx.rng.next() * 0.6);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(0, Math.floor((whole * w) / sum)));
  out[parts - 1] = (out[parts - 1] ?? 0) + whole - out.reduce((a, b) => a + b, 0);
  const frac = Math.round((total - whole) * 10) / 10;
  if (frac !== 0) out[parts - 1] = (out[parts - 1] ?? 0) + frac;
  return out;
}

/** A hidden sheet of working figures near the agencies' values (never truth). */
export function hiddenWorkings(
  ctx: Blind25Context,
  wb: ExcelJS.Workbook,
  name: string,
  caption: string,
): void {
  const ws = sheet(wb, name, [34, 14, 14, 14]);
  ctx.write(ws, "A1", caption, "text", { bold: true });
  AGENCIES.forEach((unit, i) => {
    const row = 3 + i;
    ctx.write(ws, `A${row}`, ctx.agency(unit, "hidden"));
    const a = nearFigure(ctx, { input: "political_articles", unit, year: 2025 }, 0.9, 1.1);
    const r = nearFigure(ctx, { input: "revenue", unit, year: 2025 }, 0.85, 1.12);
    const s = nearFigure(ctx, { input: "staff_total", unit }, 0.9, 1.1);
    if (a !== null) plainNumber(ws, `B${row}`, a);
    if (r !== null) plainNumber(ws, `C${row}`, r);
    if (s !== null) plainNumber(ws, `D${row}`, s);
  });
  ws.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
}

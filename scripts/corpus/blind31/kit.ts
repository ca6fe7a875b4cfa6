/**
 * Helpers the blind31 families share: a workbook and its sheets, figures near (never equal to) a slot's value,
 * an older state of a status answer, bold header rows, hidden scratch sheets and headers rotated by case.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import {
  isYearly,
  kindOf,
  MAGAZINE,
  statusInputsOf,
  type SampleValue,
  type Slot,
  type UnitId,
} from "../model";
import { sheetName } from "../sheets";
import type { Blind31Context } from "./context";
import { B31_AGENCY_WORDINGS, B31_INPUT_WORDINGS, B31_SHORT_HEADERS } from "./wordings";

export { newWorkbook };

export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

/** A target for a numeric slot: 5–25 % above the actual figure, rounded, never equal to it. */
export function planFigure(ctx: Blind31Context, slot: Slot): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const step = v >= 2000 ? 100 : v >= 200 ? 10 : 1;
  const target = Math.round((v * (1.05 + ctx.rng.next() * 0.2)) / step) * step;
  return target === v ? target + step : target;
}

/** A figure near the slot's value (factor lo..hi of it), never equal. */
export function nearFigure(ctx: Blind31Context, slot: Slot, lo: number, hi: number): number | null {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return null;
  const n = Math.max(1, Math.round(v * (lo + ctx.rng.next() * (hi - lo))));
  if (n !== v) return n;
  return hi < 1 && v > 1 ? v - 1 : v + 1;
}

export const isMagazine = (unit: UnitId): boolean => unit === MAGAZINE;

/** Status inputs of a unit, in the plan's order. */
export const statusOf = (unit: UnitId): string[] => statusInputsOf(unit);

/** Bold, centred, wrapped header texts on a row from column `from`, with borders. */
export function headers(
  ctx: Blind31Context,
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

/** A sheet hidden from view, holding the author's scratch texts and figures (never truth). */
export function hiddenSheet(
  ctx: Blind31Context,
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
  ws.state = ctx.rng.chance(0.75) ? "hidden" : "veryHidden";
  return ws;
}

/** The case's number within its family ("…-03" → 3). */
export function caseNumber(ctx: Blind31Context): number {
  const n = Number(/(\d+)$/.exec(ctx.id)?.[1] ?? "1");
  return Number.isFinite(n) ? n : 1;
}

/** A short header of the input, turning with the case number so a family's cases show every one of them. */
export function turnHeader(ctx: Blind31Context, input: string, shift = 0): string {
  const list = B31_SHORT_HEADERS[input] ?? [];
  return list[(caseNumber(ctx) + shift) % list.length] ?? ctx.header(input);
}

/**
 * The state of a status input at an earlier date: yes answers sometimes still "no", counts a little lower, levels
 * the same or one below (never truth).
 */
export function olderState(ctx: Blind31Context, input: string, unit: UnitId): SampleValue {
  const v = ctx.data.value({ input, unit });
  if (typeof v === "boolean") return v && ctx.rng.chance(0.55) ? false : v;
  if (v === "not-applicable") return v;
  if (kindOf(input) === "level") return Math.max(1, v - ctx.rng.int(0, 1));
  return nearFigure(ctx, { input, unit }, 0.78, 0.97) ?? v;
}

/** Writes a value that is not truth (an older state, a proposal) as the author writes answers and numbers. */
export function writeOther(
  ctx: Blind31Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  v: SampleValue,
): void {
  const word = ctx.words(input, v);
  if (word !== null) ctx.write(ws, at, word, "word", { align: "center" });
  else if (typeof v === "number") ctx.figure(ws, at, v);
}

/** A long wording of the input, turning with the case number so a family's cases show every one of them. */
export function turnWording(ctx: Blind31Context, input: string, shift = 0): string {
  const list = B31_INPUT_WORDINGS[input] ?? [];
  return list[(caseNumber(ctx) + shift) % list.length] ?? ctx.wording(input);
}

/** A name of the unit, turning with the case number. */
export function turnAgency(ctx: Blind31Context, unit: UnitId, shift = 0): string {
  const list = B31_AGENCY_WORDINGS[unit];
  return list[(caseNumber(ctx) + shift) % list.length] ?? ctx.agency(unit);
}

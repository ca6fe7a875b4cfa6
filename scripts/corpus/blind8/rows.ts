/**
 * Small pieces the blind8 families share: a table header row, decoy picking, splitting a total into parts
 * (parts of a year, revenue lines), formula cells, the slot of an input and a wrong figure an agency claimed.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { isYearly, kindOf, type SampleValue, type Slot, type UnitId } from "../model";
import type { Rng } from "../random";
import type { Blind8Context } from "./context";
import { B8_DECOYS, type B8Decoy } from "./wordings";

/** Bold centred headers from column `from` (1 by default), with borders. */
export function headerRow(
  ctx: Blind8Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
  from = 1,
): void {
  texts.forEach((text, i) =>
    ctx.write(ws, `${colLetter(i + from)}${row}`, text, "label", { bold: true, align: "center", wrap: true }),
  );
  grid(ws, row, from, row, from + texts.length - 1);
  ws.getRow(row).height = 32;
}

/** `n` distinct decoys, some of them imitating the given inputs when possible. */
export function pickDecoys(ctx: Blind8Context, n: number, near?: readonly string[]): B8Decoy[] {
  const pool = near === undefined ? B8_DECOYS : B8_DECOYS.filter((d) => near.includes(d.near));
  return ctx.rng.shuffle(pool.length > 0 ? pool : B8_DECOYS).slice(0, n);
}

/** Splits a total into `parts` positive parts, each smaller than the total (none when it is too small). */
export function splitTotal(rng: Rng, total: number, parts: number): number[] {
  const whole = Math.floor(total);
  const count = Math.max(1, Math.min(parts, whole));
  if (count < 2) return [];
  const weights = Array.from({ length: count }, () => 0.4 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((whole * w) / sum)));
  const rest = whole - out.reduce((a, b) => a + b, 0);
  out[out.length - 1] = (out[out.length - 1] ?? 0) + rest + (total - whole);
  return out.every((v) => v > 0 && v < total) ? out : [];
}

/** A formula cell with its cached result. */
export function formula(ws: ExcelJS.Worksheet, at: string, text: string, result: number, bold = false): void {
  put(ws, at, { formula: text, result }, { numFmt: Number.isInteger(result) ? "#,##0" : "#,##0.0", bold });
}

/** The slot of an input for a unit (yearly inputs need the year). */
export function slotOf(input: string, unit: UnitId, year?: number): Slot {
  return isYearly(input) ? { input, unit, year: year ?? 2025 } : { input, unit };
}

/** A figure an agency claimed instead of the slot's value: a near number, the other answer, another level. */
export function wrongValue(ctx: Blind8Context, slot: Slot): SampleValue | undefined {
  const v = ctx.data.value(slot);
  if (typeof v === "boolean") return !v;
  if (typeof v !== "number") return undefined;
  if (kindOf(slot.input) === "level") return v >= 3 ? v - 1 : v + 1;
  return ctx.near(slot.input, slot.unit as UnitId, 0.82, 1.15, slot.year);
}

/** Writes any value of an input as this author would (words for answers and levels, else a number). */
export function writeAs(
  ctx: Blind8Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  v: SampleValue,
): void {
  const words = ctx.words(input, v);
  if (words !== null) ctx.write(ws, at, words, "word", { align: "center" });
  else if (typeof v === "number") ctx.number(ws, at, v);
}

/** The numeric value of a slot when it is shown, else undefined. */
export function shownNumber(ctx: Blind8Context, slot: Slot): number | undefined {
  if (!ctx.data.shown(slot)) return undefined;
  const v = ctx.data.value(slot);
  return typeof v === "number" ? v : undefined;
}

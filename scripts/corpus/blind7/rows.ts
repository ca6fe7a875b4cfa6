/**
 * Small pieces the blind7 families share: a table header row, decoy picking, splitting a total into parts
 * (quarters, months), formula cells, the slot of an input and a figure shown with a footnote marker.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { isYearly, type Slot, type UnitId } from "../model";
import type { Rng } from "../random";
import type { Blind7Context } from "./context";
import { B7_DECOYS, type B7Decoy } from "./wordings";

/** Bold centred headers from column `from` (1 by default), with borders. */
export function headerRow(
  ctx: Blind7Context,
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
export function pickDecoys(ctx: Blind7Context, n: number, near?: readonly string[]): B7Decoy[] {
  const pool = near === undefined ? B7_DECOYS : B7_DECOYS.filter((d) => near.includes(d.near));
  return ctx.rng.shuffle(pool.length > 0 ? pool : B7_DECOYS).slice(0, n);
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

/**
 * A number shown with a footnote marker by its format ("1.250(*)" shown, 1250 stored), recorded as truth. Returns
 * false (cell left empty) when the slot is not shown or its value is not a number.
 */
export function footnoted(
  ctx: Blind7Context,
  file: string,
  ws: ExcelJS.Worksheet,
  at: string,
  slot: Slot,
  marker: string,
): boolean {
  if (!ctx.data.shown(slot)) return false;
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return false;
  put(ws, at, v, { numFmt: `${Number.isInteger(v) ? "#,##0" : "#,##0.0"}"${marker}"` });
  ctx.record(file, ws.name, at, slot);
  return true;
}

/** The numeric value of a slot when it is shown, else undefined. */
export function shownNumber(ctx: Blind7Context, slot: Slot): number | undefined {
  if (!ctx.data.shown(slot)) return undefined;
  const v = ctx.data.value(slot);
  return typeof v === "number" ? v : undefined;
}

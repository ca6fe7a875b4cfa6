/**
 * Small pieces the blind8 families share: a table header row, decoy picking, splitting a total into parts
 * (parts of a year, revenue lines), formula cells, the slot of an input and a wrong figure an agency claimed.
 */
import type ExcelJS from "exceljs";
import { pickNear } from "../listRows";
import { kindOf, type SampleValue, type Slot, type UnitId } from "../model";
import type { Blind8Context } from "./context";

export { formula, headerRow, shownNumber, splitTotal } from "../listRows";
export { slotOf } from "../model";

/** `n` distinct decoys, some of them imitating the given inputs when possible. */
export function pickDecoys(ctx: Blind8Context, n: number, near?: readonly string[]): B8Decoy[] {
  return pickNear(ctx.rng, B8_DECOYS, n, near);
}
import { B8_DECOYS, type B8Decoy } from "./wordings";

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

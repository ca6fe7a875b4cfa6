/**
 * Small pieces the blind7 families share: a table header row, decoy picking, splitting a total into parts
 * (quarters, months), formula cells, the slot of an input and a figure shown with a footnote marker.
 */
import type ExcelJS from "exceljs";
import { put } from "../../fixtures/sheetKit";
import { pickNear } from "../listRows";
import { type Slot } from "../model";
import type { Blind7Context } from "./context";

export { formula, headerRow, shownNumber, splitTotal } from "../listRows";
export { slotOf } from "../model";

/** `n` distinct decoys, some of them imitating the given inputs when possible. */
export function pickDecoys(ctx: Blind7Context, n: number, near?: readonly string[]): B7Decoy[] {
  return pickNear(ctx.rng, B7_DECOYS, n, near);
}
import { B7_DECOYS, type B7Decoy } from "./wordings";

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

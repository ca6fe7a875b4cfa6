/**
 * Small pieces the blind10 families share: a plan figure for a slot, a decoy's figures, a section row and the
 * agencies' status inputs. Every text comes from ./wordings.ts through the case's context.
 */
import type ExcelJS from "exceljs";
import { put } from "../../fixtures/sheetKit";
import { isYearly, kindOf, slotOf, type UnitId } from "../model";
import type { Blind10Context } from "./context";
import { B10_DECOYS, type B10Decoy } from "./wordings";

/** A plan figure for a slot (above the actual value, never equal to it), or the "yes" word for a status. */
export function planFigure(ctx: Blind10Context, input: string, unit: UnitId): number | string | null {
  const slot = slotOf(input, unit, isYearly(input) ? 2025 : undefined);
  const v = ctx.data.value(slot);
  if (typeof v === "number" && kindOf(input) !== "level") return ctx.near(input, unit, 1.12, 1.3, slot.year);
  if (typeof v === "boolean") return ctx.words(input, true);
  return null;
}

/** Writes a plan figure at `at` (a number or the target word). */
export function writePlanFigure(
  ctx: Blind10Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  unit: UnitId,
): void {
  const p = planFigure(ctx, input, unit);
  if (typeof p === "number") ctx.number(ws, at, p, { italic: true });
  else if (typeof p === "string") ctx.write(ws, at, p, "word", { italic: true, align: "center" });
}

/** `n` decoys of the split, those imitating `near` first when there are some. */
export function decoysFor(ctx: Blind10Context, n: number, near?: readonly string[]): B10Decoy[] {
  const pool = near === undefined ? B10_DECOYS : B10_DECOYS.filter((d) => near.includes(d.near));
  return ctx.rng.shuffle(pool.length > 0 ? pool : B10_DECOYS).slice(0, n);
}

/** A bold section row: its number in `numCol` (if any) and its text in `textCol`. */
export function sectionRow(
  ctx: Blind10Context,
  ws: ExcelJS.Worksheet,
  row: number,
  text: string,
  o: { num?: string; numCol?: string; textCol?: string } = {},
): void {
  if (o.num !== undefined) put(ws, `${o.numCol ?? "A"}${row}`, o.num, { bold: true, align: "center" });
  ctx.write(ws, `${o.textCol ?? "B"}${row}`, text, "label", { bold: true });
}

export const ROMAN = ["I", "II", "III", "IV", "V", "VI"] as const;

/** Hides a worksheet (a draft, a lists sheet): never where a value is read. */
export function hide(ws: ExcelJS.Worksheet): void {
  ws.state = "hidden";
}

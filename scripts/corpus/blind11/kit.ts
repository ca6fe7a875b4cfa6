/**
 * Small helpers the blind11 families share: a header cell (merged or not), the department's masthead, the
 * agencies in the order a case lists them, and the years a yearly input shows.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, ref } from "../../fixtures/sheetKit";
import { masthead } from "../sheets";
import { AGENCIES, type UnitId, type YearlyInput } from "../model";
import type { Blind11Context } from "./context";

export const HEAD = { bold: true, align: "center" as const, wrap: true };

/** A header text over rows top..bottom of a column (merged when more than one row). */
export function headCell(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  col: number,
  top: number,
  bottom: number,
  text: string,
): void {
  if (bottom > top) ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, bottom)}`, text, "text", HEAD);
  else ctx.write(ws, ref(col, top), text, "text", HEAD);
}

/** A header text over columns left..right of a row (merged when more than one column). */
export function spanCell(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  row: number,
  left: number,
  right: number,
  text: string,
): void {
  if (right > left) ctx.writeMerged(ws, `${ref(left, row)}:${ref(right, row)}`, text, "text", HEAD);
  else ctx.write(ws, ref(left, row), text, "text", HEAD);
}

/** The provincial body on the left (its department under it), the motto on the right. */
export function departmentMasthead(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  last: number,
  office: string,
): void {
  masthead(ctx, ws, null, last);
  const split = Math.max(2, Math.floor(Math.max(last, 4) / 2));
  ctx.writeMerged(ws, `A2:${colLetter(split)}2`, office, "upper", { bold: true });
}

/** The three agencies, now and then with the station first (as the department lists them by size). */
export function agencyOrder(ctx: Blind11Context): UnitId[] {
  const [bao, dai, mag] = AGENCIES as readonly [UnitId, UnitId, UnitId];
  return ctx.rng.chance(0.25) ? [dai, bao, mag] : [bao, dai, mag];
}

/** The years of `candidates` the case shows for a yearly input. */
export function shownYears(ctx: Blind11Context, input: YearlyInput, candidates: readonly number[]): number[] {
  return candidates.filter((y) => ctx.data.years[input].includes(y));
}

/** Thin borders over a table. */
export function frame(ws: ExcelJS.Worksheet, top: number, bottom: number, last: number): void {
  if (bottom >= top) grid(ws, top, 1, bottom, last);
}

export const OFFICES = ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "SỞ TT&TT LAI CHÂU"] as const;

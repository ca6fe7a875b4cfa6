/**
 * Small helpers the blind11 families share: a header cell (merged or not), the department's masthead, the
 * agencies in the order a case lists them, and the years a yearly input shows.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, ref } from "../../fixtures/sheetKit";
import { masthead, title } from "../sheets";
import { AGENCIES, type UnitId, type YearlyInput } from "../model";
import type { Blind11Context } from "./context";

export const HEAD = { bold: true, align: "center" as const, wrap: true };

/** Writes a header text over part of a row or column: (ctx, ws, fixed row or column, first, last, text). */
type HeadWriter = (
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  at: number,
  a: number,
  b: number,
  text: string,
) => void;

/** A header text over rows top..bottom of a column (merged when more than one row). */
export const headCell: HeadWriter = (ctx, ws, col, top, bottom, text) =>
  headArea(ctx, ws, ref(col, top), ref(col, bottom), bottom > top, text);

/** A header text over columns left..right of a row (merged when more than one column). */
export const spanCell: HeadWriter = (ctx, ws, row, left, right, text) =>
  headArea(ctx, ws, ref(left, row), ref(right, row), right > left, text);

/** A header text in cell `from`, merged through cell `to` when `merge`. */
function headArea(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  from: string,
  to: string,
  merge: boolean,
  text: string,
): void {
  if (merge) ctx.writeMerged(ws, `${from}:${to}`, text, "text", HEAD);
  else ctx.write(ws, from, text, "text", HEAD);
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

/** A table's title and subtitle under a masthead (row 4): picked afresh, or kept per case under `key`. */
export function titleBlock(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  last: number,
  texts: { readonly titles: readonly string[]; readonly subtitles: readonly string[] },
  key?: string,
): void {
  const pick = (part: string, list: readonly string[]) =>
    key === undefined ? ctx.rng.pick(list) : ctx.choose(`${key}-${part}`, list);
  title(ctx, ws, 4, last, pick("title", texts.titles), pick("sub", texts.subtitles));
}

import { qualifiedAddress, toA1 } from "../workbook/address";

/** Where a unit or year came from, with how much it is trusted. */
export type Clue<T> = { value: T; weight: number; vi: string; en: string };

/** What is known about a sheet before its cells are read one by one. */
export type SheetContext = {
  sheetUnit: Clue<string> | null;
  fileUnit: Clue<string> | null;
  sheetYear: Clue<number> | null;
  /** The sheet is one band of sections side by side, being read on its own (scanSheet.ts). */
  band?: boolean;
  /** The first `rows` rows read are not the sheet's own but the header of the table it continues, borrowed from
   * `sheet` (detect.ts): the sheet's own rows follow them. */
  borrowed?: { rows: number; sheet: string };
};

/** How a reason names the cell read at row `row` (counting borrowed rows) and column `col`: "B5", or
 * "'Trang 1'!D2" for a borrowed header's cell. */
export function shownAddress(ctx: SheetContext, row: number, col: number): string {
  const borrowed = ctx.borrowed;
  if (!borrowed) return toA1({ row, col });
  return row <= borrowed.rows
    ? qualifiedAddress(borrowed.sheet, toA1({ row, col }))
    : toA1({ row: row - borrowed.rows, col });
}

/** Parses "D8:I8" into numbers; null for anything else. */
export function parseRange(
  range: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(range.toUpperCase());
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

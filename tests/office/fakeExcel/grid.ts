import { columnLetters, MAX_COL, MAX_ROW, parseA1, quoteSheetName } from "../../../src/core/workbook/address";

/** A rectangle of cells, 0-based like Office.js's rowIndex and columnIndex. */
export type Rect = { top: number; left: number; rows: number; cols: number };

/** The key of one cell in a sheet's map. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/**
 * An address as `Worksheet.getRange` takes it: `B2`, `$B$2`, `A1:C3`, `A:A`, `B:D`, `3:3`; a sheet prefix is not
 * accepted here (the fake's getRange is always called on a worksheet).
 * @returns null for anything else, which Excel rejects with InvalidArgument.
 */
export function parseAddress(address: string): Rect | null {
  const parts = address.replace(/\$/g, "").trim().toUpperCase().split(":");
  const from = parts[0];
  const to = parts[1] ?? from;
  if (from === undefined || to === undefined || parts.length > 2) return null;
  const columns = /^[A-Z]{1,3}$/;
  const rows = /^[0-9]{1,7}$/;
  if (columns.test(from) && columns.test(to)) {
    const a = parseA1(`${from}1`);
    const b = parseA1(`${to}1`);
    return a && b ? box(0, a.col - 1, MAX_ROW - 1, b.col - 1) : null;
  }
  if (rows.test(from) && rows.test(to)) {
    const a = Number(from);
    const b = Number(to);
    return a >= 1 && b >= 1 && a <= MAX_ROW && b <= MAX_ROW ? box(a - 1, 0, b - 1, MAX_COL - 1) : null;
  }
  const a = parseA1(from);
  const b = parseA1(to);
  return a && b ? box(a.row - 1, a.col - 1, b.row - 1, b.col - 1) : null;
}

function box(r1: number, c1: number, r2: number, c2: number): Rect {
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { top, left, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** `A1:C3`, `B2` for one cell, `A:A` for whole columns, `3:3` for whole rows: the way Excel writes them. */
export function formatRect(rect: Rect): string {
  const wholeColumns = rect.top === 0 && rect.rows === MAX_ROW;
  const wholeRows = rect.left === 0 && rect.cols === MAX_COL;
  const c1 = columnLetters(rect.left + 1);
  const c2 = columnLetters(rect.left + rect.cols);
  if (wholeColumns) return `${c1}:${c2}`;
  if (wholeRows) return `${rect.top + 1}:${rect.top + rect.rows}`;
  const first = `${c1}${rect.top + 1}`;
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${c2}${rect.top + rect.rows}`;
}

/** `'Báo Lai Châu'!A1:C3`, as `Range.address` gives it. */
export function qualifiedRect(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect)}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null;
}

/** The rows × cols grid of `make(row, col)`, rows and columns absolute. */
export function gridOf<T>(rect: Rect, make: (row: number, col: number) => T): T[][] {
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) => make(rect.top + r, rect.left + c)),
  );
}

import { type CellFormat, type CellSpec } from "./document";
import { cellKey } from "./grid";
import { accessDenied } from "./officeError";
import { type RangeTarget } from "./range";

/** Formats written cell by cell: the fake keeps every cell, so whole columns or rows are not modelled. */
const MAX_CELLS = 200_000;

/**
 * Applies a write to every cell of a range (created when missing, unless `apply` returns false: not touched); a
 * protected sheet refuses (AccessDenied).
 */
export function eachCell(
  target: RangeTarget,
  location: string,
  apply: (cell: CellSpec, row: number, col: number) => void | false,
): void {
  const { sheet, rect } = target;
  if (sheet.protected) throw accessDenied(location);
  if (rect.rows * rect.cols > MAX_CELLS)
    throw new Error(`fake Excel: ${location} on ${rect.rows * rect.cols} cells at once is not modelled`);
  for (let r = rect.top; r < rect.top + rect.rows; r++)
    for (let c = rect.left; c < rect.left + rect.cols; c++) {
      const key = cellKey(r, c);
      const cell = sheet.cells.get(key) ?? { value: null };
      if (apply(cell, r, c) !== false) sheet.cells.set(key, cell);
    }
}

export function formatOf(cell: CellSpec): CellFormat {
  cell.format ??= {};
  return cell.format;
}

/** Office.js colours: "#RRGGBB" (Excel also takes names; the fake only what the adapter sends). */
export function checkColour(location: string, colour: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(colour))
    throw new Error(`fake Excel: colour "${colour}" at ${location} is not modelled`);
  return colour.toUpperCase();
}

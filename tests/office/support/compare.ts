import { type Cell, type Workbook } from "../../../src/core/workbook/model";

/** The font Excel reports for a cell whose style names none (ExcelJS then gives no font). */
export const DEFAULT_FONT = "Calibri";

/**
 * A workbook model in a form two adapters must agree on: each sheet's non-empty cells as a list (a row holding
 * only merged cells is `[]` in one reader and absent in the other, the same content), merges and names sorted,
 * fonts compared on text cells only (the only cells whose reading depends on the font), an unnamed font being
 * Excel's default.
 */
export function comparable(workbook: Workbook) {
  return {
    name: workbook.name,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      state: sheet.state,
      merges: [...sheet.merges].sort(),
      cells: sheet.rows.flatMap((line, row) =>
        (line ?? []).flatMap((cell, col) => (cell ? [{ at: [row, col], ...textFont(cell) }] : [])),
      ),
    })),
    definedNames: [...workbook.definedNames].sort(
      (a, b) => a.name.localeCompare(b.name) || a.ref.localeCompare(b.ref),
    ),
  };
}

function textFont(cell: Cell): Cell {
  const { font, ...rest } = cell;
  return typeof cell.value === "string" ? { ...rest, font: font ?? DEFAULT_FONT } : rest;
}

/** Every cell of a model, counted. */
export function cellCount(workbook: Workbook): number {
  return workbook.sheets.reduce(
    (sum, s) => sum + s.rows.reduce((n, line) => n + (line ?? []).filter((c) => c !== undefined).length, 0),
    0,
  );
}

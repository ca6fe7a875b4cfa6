/**
 * The workbook as the core sees it: what an adapter (ExcelJS, Office.js) read, with no library types.
 * Rows and columns are 1-based as in Excel.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`, kept as a value, never as a number. */
export type ErrorValue = { error: string };

/** What a cell shows: for a formula, its cached result. Dates are kept as dates, not serial numbers. */
export type CellScalar = number | string | boolean | Date | ErrorValue | null;

export type Cell = {
  value: CellScalar;
  /** The formula without its leading `=`, when the cell has one. */
  formula?: string;
  /** The number format, e.g. `#,##0` or `0%`. */
  numFmt?: string;
  /** The font name; legacy Vietnamese fonts (.VnTime, VNI-Times) change how text is read. */
  font?: string;
  /** The text is struck through: an entry its author crossed out (never a figure of the report). */
  struck?: true;
};

export type SheetState = "visible" | "hidden" | "veryHidden";

export type Sheet = {
  name: string;
  state: SheetState;
  /** rows[r][c] is the cell at row r, column c (1-based); holes are empty cells. */
  rows: Array<Array<Cell | undefined> | undefined>;
  /** Merged ranges, as `A1:C2`. */
  merges: string[];
};

export type DefinedName = { name: string; ref: string };

export type Workbook = {
  /** The file name (no folder), used to tell several workbooks apart. */
  name: string;
  sheets: Sheet[];
  definedNames: DefinedName[];
};

export function getCell(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

export function findSheet(workbook: Workbook, name: string): Sheet | undefined {
  return workbook.sheets.find((s) => s.name === name);
}

export function isErrorValue(v: CellScalar): v is ErrorValue {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;
}

/** Builds a sheet from a grid of plain values (row 1 first); handy for tests and small adapters. */
export function sheetFromGrid(name: string, grid: ReadonlyArray<ReadonlyArray<CellScalar | Cell>>): Sheet {
  const rows: Sheet["rows"] = [];
  grid.forEach((line, r) => {
    const row: Array<Cell | undefined> = [];
    line.forEach((v, c) => {
      if (v === null || v === undefined) return;
      row[c + 1] = isCell(v) ? v : { value: v };
    });
    rows[r + 1] = row;
  });
  return { name, state: "visible", rows, merges: [] };
}

function isCell(v: CellScalar | Cell): v is Cell {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "value" in v;
}

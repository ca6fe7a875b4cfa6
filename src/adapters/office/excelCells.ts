import { type Cell, type CellScalar, type Sheet, type SheetState } from "../../core/workbook/model";

/**
 * One rectangle of a sheet as Office.js sends it: parallel 2D arrays, 0-based position. Excel sends a date as its
 * serial number, an error as its text (`#N/A`) with value type "Error", an empty cell as "" with type "Empty",
 * a formula with its `=`, the default number format as "General".
 */
export type RangeReading = {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  /** One font name per cell, one for the whole range, or null when unknown (several fonts, no per-cell API). */
  fonts: Array<Array<string | undefined>> | string | null;
  /** Struck through, per cell, for the whole range, or null when unknown (mixed, no per-cell API). Optional: a
   * reading that does not ask says nothing is struck. */
  struck?: Array<Array<boolean | undefined>> | boolean | null;
};

/** Puts the reading's non-empty cells into `rows` (1-based, as the core's model has them). */
export function addCells(rows: Sheet["rows"], reading: RangeReading): void {
  reading.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const font = typeof reading.fonts === "string" ? reading.fonts : reading.fonts?.[r]?.[c];
      const struck =
        typeof reading.struck === "boolean" ? reading.struck : (reading.struck?.[r]?.[c] ?? false);
      const cell = cellOf(
        value,
        reading.valueTypes[r]?.[c],
        reading.numberFormat[r]?.[c],
        reading.formulas[r]?.[c],
        font,
        struck,
      );
      if (!cell) return;
      const row = reading.rowIndex + r + 1;
      const line1 = (rows[row] ??= []);
      line1[reading.columnIndex + c + 1] = cell;
    });
  });
}

/**
 * One cell of the core's model from what Excel sent, as the xlsx adapter would read the same cell from the file:
 * errors as `{ error }`, numbers in a date format as dates (1900 date system), a formula without its `=`.
 * @returns undefined for an empty cell.
 */
export function cellOf(
  value: unknown,
  valueType: unknown,
  numberFormat: unknown,
  formula: unknown,
  font: string | undefined,
  struck = false,
): Cell | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=") && formula.length > 1;
  if (valueType === "Empty" && !hasFormula) return undefined;
  const numFmt =
    typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General"
      ? numberFormat
      : undefined;
  const scalar = scalarOf(value, valueType, numFmt);
  if (scalar === undefined) return undefined;
  return {
    value: scalar,
    ...(hasFormula ? { formula: formula.slice(1) } : {}),
    ...(numFmt ? { numFmt } : {}),
    ...(font ? { font } : {}),
    ...(struck ? { struck: true } : {}),
  };
}

function scalarOf(value: unknown, valueType: unknown, numFmt: string | undefined): CellScalar | undefined {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double":
    case "Integer":
      if (typeof value !== "number") return undefined;
      return isDateFormat(numFmt) ? dateOfSerial(value) : value;
    case "Boolean":
      return typeof value === "boolean" ? value : undefined;
    default:
      // "String", and "Richvalue" (entities, pictures in cells), which Excel sends as its display text.
      return typeof value === "string" ? value : undefined;
  }
}

/**
 * True for a number format that shows a date or time: the same rule ExcelJS applies when it reads a file (a
 * y, m, d, h, s or b outside quotes and brackets), so both adapters turn the same cells into dates.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A 1900-system serial number as a date, as ExcelJS converts it (UTC, rounded to the millisecond). */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 24 * 3600 * 1000));
}

/** A worksheet's `visibility` as the core's sheet state. */
export function stateOf(visibility: string): SheetState {
  if (visibility === "VeryHidden") return "veryHidden";
  return visibility === "Hidden" ? "hidden" : "visible";
}

/**
 * The summary sheet of a written workbook, cell by cell (ExcelJS, so formulas are seen as formulas with their
 * cached results), for comparing what the pane downloads with what `chitieu summarize -o` writes.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";

export type SheetCells = {
  /** Every sheet's name and state, in order. */
  sheets: Array<{ name: string; state: string }>;
  /** address → { value (a formula as { formula, result }), numFmt } of every non-empty cell. */
  cells: Record<string, { value: unknown; numFmt: string | undefined }>;
  merges: string[];
};

/**
 * Reads `sheetName` of the .xlsx at `file`.
 * @throws Error when the workbook has no such sheet.
 */
export async function summaryCells(file: string, sheetName: string): Promise<SheetCells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`${file} has no sheet "${sheetName}"`);
  const cells: SheetCells["cells"] = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = {
        value: JSON.parse(JSON.stringify(cell.value)) as unknown,
        numFmt: cell.numFmt || undefined,
      };
    }),
  );
  const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {}).sort();
  return { sheets: wb.worksheets.map((w) => ({ name: w.name, state: w.state })), cells, merges };
}

/** The formulas of the sheet (address → formula text), for finding what refers to a source cell. */
export function formulas(sheet: SheetCells): Array<{ address: string; formula: string }> {
  return Object.entries(sheet.cells).flatMap(([address, c]) => {
    const v = c.value as { formula?: unknown; sharedFormula?: unknown } | null;
    return v && typeof v === "object" && typeof v.formula === "string"
      ? [{ address, formula: v.formula }]
      : [];
  });
}

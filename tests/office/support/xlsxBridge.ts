/**
 * Moves a workbook between ExcelJS and the fake Excel, so that one workbook can be read by both adapters: what
 * ExcelJS loads from a file becomes the fake's description the way Excel would hold it (serial dates, `=`
 * formulas, "General", value only in a merged range's first cell), and the fake's document becomes .xlsx bytes.
 */
import ExcelJS from "exceljs";
import { parseCellRef } from "../../../src/core/mapping/persisted";
import { quoteSheetName } from "../../../src/core/workbook/address";
import { type DocumentState, type Visibility } from "../fakeExcel/document";
import { formatRect } from "../fakeExcel/grid";
import { type CellSpec, type ExcelValue, type SheetSpec, type WorkbookSpec } from "../fakeExcel";

const VISIBILITY: Record<string, Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};
const STATE: Record<Visibility, "visible" | "hidden" | "veryHidden"> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** ExcelJS's model of a loaded file as the fake's description (names: only those ExcelJS keeps, ranges). */
export function specFromExcelJs(wb: ExcelJS.Workbook): WorkbookSpec {
  const sheets: SheetSpec[] = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, CellSpec> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        // Excel holds a merged range's value in its first cell only; ExcelJS repeats it.
        if (c.isMerged && c.master.address !== c.address) return;
        const spec = cellSpecOf(c);
        if (spec) cells[c.address] = spec;
      }),
    );
    sheets.push({
      name: ws.name,
      visibility: VISIBILITY[ws.state ?? "visible"] ?? "Visible",
      cells,
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])],
    });
  });
  const names = (wb.definedNames.model as Array<{ name: string; ranges: string[] }>).flatMap((n) =>
    n.ranges.map((ref) => ({ name: n.name, formula: `=${ref}` })),
  );
  return { sheets, names };
}

export async function specFromXlsx(bytes: Uint8Array): Promise<WorkbookSpec> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return specFromExcelJs(wb);
}

function cellSpecOf(c: ExcelJS.Cell): CellSpec | undefined {
  const format = c.numFmt && c.numFmt !== "General" ? { numberFormat: c.numFmt } : {};
  const v = c.value as unknown;
  if (v === null || v === undefined) return undefined;
  // Struck through as Excel reports it: the cell's font, or every non-blank run of its rich text.
  const runs =
    typeof v === "object" && v !== null && "richText" in v
      ? (v as { richText: Array<{ text: string; font?: { strike?: boolean } }> }).richText
      : [];
  const struck =
    c.font?.strike === true ||
    (runs.some((r) => r.text.trim() !== "") &&
      runs.every((r) => r.text.trim() === "" || r.font?.strike === true));
  const font = { ...(c.font?.name ? { font: c.font.name } : {}), ...(struck ? { strikethrough: true } : {}) };
  if (typeof v === "object" && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o)
      return { value: excelValue(o.result), formula: `=${String(c.formula)}`, ...format, ...font };
    if ("richText" in o) {
      const runs = o.richText as Array<{ text: string }>;
      return { value: runs.map((r) => r.text).join(""), ...format, ...font };
    }
    if ("hyperlink" in o) return { value: String(o.text), ...format, ...font };
  }
  return { value: excelValue(v), ...format, ...font };
}

/** A value as Excel holds it: a date is its 1900-system serial number, an error its text. */
function excelValue(v: unknown): ExcelValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  throw new Error(`xlsxBridge: unknown ExcelJS value ${JSON.stringify(v)}`);
}

/** The fake's document as .xlsx bytes written by ExcelJS (workbook-scoped names of one cell only). */
export async function xlsxFromDocument(document: DocumentState): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of document.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [key, cell] of sheet.cells) {
      const [row = 0, col = 0] = key.split(",").map(Number);
      const target = ws.getCell(row + 1, col + 1);
      const value = fileValue(cell.value);
      target.value = cell.formula
        ? ({ formula: cell.formula.slice(1), result: value ?? undefined } as ExcelJS.CellFormulaValue)
        : value;
      if (cell.numberFormat && cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
      if (cell.font || cell.strikethrough)
        target.font = {
          ...(cell.font ? { name: cell.font } : {}),
          ...(cell.strikethrough ? { strike: true } : {}),
        };
    }
    for (const merge of sheet.merges) ws.mergeCells(formatRect(merge));
  }
  for (const n of document.names) {
    const ref = parseCellRef(n.formula);
    if (ref.kind !== "cell") continue;
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref.cell) ?? [];
    wb.definedNames.add(`${quoteSheetName(ref.sheet)}!$${col}$${row}`, n.name);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fileValue(v: ExcelValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "object") return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

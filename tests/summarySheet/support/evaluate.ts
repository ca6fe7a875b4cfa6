/**
 * Evaluates a summary layout's formulas with HyperFormula over the source sheets' values, as a spreadsheet
 * would: the proof that the written formulas give the engine's numbers.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { type SummaryLayout } from "../../../src/core/layout/types";
import { parseA1 } from "../../../src/core/workbook/address";
import { type CellScalar, isErrorValue, type Sheet } from "../../../src/core/workbook/model";

export type Evaluated = {
  value: (cell: string) => unknown;
  set: (sheet: string, cell: string, v: CellScalar) => void;
};

/** Excel's serial number of a date (1900 system). */
function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

function raw(v: CellScalar): RawCellContent {
  if (v === null) return null;
  if (typeof v === "string") return `'${v}`; // always literal text, even "=…"
  if (v instanceof Date) return serial(v);
  if (isErrorValue(v)) return "=NA()";
  return v;
}

function grid(sheet: Sheet): RawCellContent[][] {
  const out: RawCellContent[][] = [];
  sheet.rows.forEach((line, r) => {
    if (!line) return;
    line.forEach((cell, c) => {
      if (!cell) return;
      const row = (out[r - 1] ??= []);
      row[c - 1] = raw(cell.value);
    });
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

export function evaluateLayout(sheets: readonly Sheet[], layout: SummaryLayout): Evaluated {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  for (const s of sheets) hf.addSheet(s.name);
  hf.addSheet(layout.sheetName);
  hf.batch(() => {
    for (const s of sheets) hf.setSheetContent(hf.getSheetId(s.name) ?? -1, grid(s));
    const id = hf.getSheetId(layout.sheetName) ?? -1;
    for (const c of layout.cells) {
      const content: RawCellContent =
        c.content.kind === "formula"
          ? `=${c.content.formula}`
          : c.content.kind === "text"
            ? `'${c.content.text}`
            : c.content.kind === "number"
              ? c.content.value
              : null;
      if (content !== null) hf.setCellContents({ sheet: id, row: c.row - 1, col: c.col - 1 }, content);
    }
  });
  const address = (sheet: string, cell: string) => {
    const at = parseA1(cell);
    const id = hf.getSheetId(sheet);
    if (!at || id === undefined) throw new Error(`no ${sheet}!${cell}`);
    return { sheet: id, row: at.row - 1, col: at.col - 1 };
  };
  return {
    value: (cell) => hf.getCellValue(address(layout.sheetName, cell)),
    set: (sheet, cell, v) => hf.setCellContents(address(sheet, cell), raw(v)),
  };
}

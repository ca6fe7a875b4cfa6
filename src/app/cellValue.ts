/** A cell's content as the pane shows it beside a mapping entry. */
import { cellText } from "../core/values/reading";
import { parseA1 } from "../core/workbook/address";
import { findSheet, getCell, isErrorValue, type Cell, type Workbook } from "../core/workbook/model";
import { type CellPosition } from "./host";

/** What the person sees in the cell, or "" when it is empty or does not exist. */
export function displayCell(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "string") return cellText(cell);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return isErrorValue(v) ? v.error : "";
}

/** The cell at a position of the open workbooks, if there is one. */
export function cellAt(workbooks: readonly Workbook[], at: CellPosition): Cell | undefined {
  const wb = workbooks.find((w) => w.name === at.workbook);
  const sheet = wb ? findSheet(wb, at.sheet) : undefined;
  const ref = parseA1(at.cell);
  return sheet && ref ? getCell(sheet, ref.row, ref.col) : undefined;
}

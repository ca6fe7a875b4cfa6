/** Cell addresses as people type them and as Excel reports a selection. */
import { parseA1, toA1 } from "../core/workbook/address";
import { findSheet, type Workbook } from "../core/workbook/model";
import { type CellPosition } from "./host";

/** How a cell is named to a person and to a screen reader: `Báo cáo!D5` (the sheet name as it is, unquoted). */
export function cellName(at: Pick<CellPosition, "sheet" | "cell">): string {
  return `${at.sheet}!${at.cell}`;
}

/**
 * Splits `Báo cáo!D5`, `'Báo cáo'!$D$5`, `'O''Brien'!D5:E6` (the top-left cell of a range) or a bare `D5` (on
 * `defaultSheet`) into a sheet and a cell.
 * @returns null when the text names no single cell.
 * @example parseCellText("'Báo cáo'!D5:E6") // { sheet: "Báo cáo", cell: "D5" }
 */
export function parseCellText(text: string, defaultSheet?: string): { sheet: string; cell: string } | null {
  const trimmed = text.trim().replace(/^=/, "");
  const bang = trimmed.lastIndexOf("!");
  let sheet: string | undefined;
  let rest: string;
  if (bang < 0) {
    sheet = defaultSheet;
    rest = trimmed;
  } else {
    const raw = trimmed.slice(0, bang).trim();
    sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = trimmed.slice(bang + 1);
  }
  const first = rest.split(":")[0] ?? "";
  const ref = parseA1(first);
  if (!ref || sheet === undefined || sheet === "") return null;
  return { sheet, cell: toA1(ref) };
}

/**
 * A typed address resolved against the open workbooks: the sheet must exist (compared without case, as Excel
 * does), in the given workbook or else in the only workbook that has it.
 * @returns null when no open workbook has that sheet or the text is not a cell.
 */
export function resolveCell(
  text: string,
  workbooks: readonly Workbook[],
  preferred?: { workbook: string; sheet: string },
): CellPosition | null {
  const parsed = parseCellText(text, preferred?.sheet);
  if (!parsed) return null;
  const ordered = [
    ...workbooks.filter((w) => w.name === preferred?.workbook),
    ...workbooks.filter((w) => w.name !== preferred?.workbook),
  ];
  for (const wb of ordered) {
    const sheet =
      findSheet(wb, parsed.sheet) ??
      wb.sheets.find((s) => s.name.toLowerCase() === parsed.sheet.toLowerCase());
    if (sheet) return { workbook: wb.name, sheet: sheet.name, cell: parsed.cell };
  }
  return null;
}

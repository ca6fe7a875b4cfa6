/** Which workbook and sheet the preview shows, and the cells of its top-left corner (capped). */
import { useMemo, useState } from "react";
import { displayCell } from "../../app/cellValue";
import { type CellPosition } from "../../app/host";
import { toA1 } from "../../core/workbook/address";
import { getCell, type Sheet, type Workbook } from "../../core/workbook/model";

/** A sheet preview larger than this would be slow to draw and useless to read: type the address instead. */
export const PREVIEW_ROWS = 60;
export const PREVIEW_COLS = 15;

export type PreviewCell = { at: CellPosition; text: string };
export type PreviewGrid = { rows: PreviewCell[][]; capped: boolean; columns: number };

function extent(sheet: Sheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    });
  });
  return { rows, cols };
}

/** The capped grid of one sheet: every cell, empty ones too, so each can be chosen. */
export function previewGrid(workbook: string, sheet: Sheet): PreviewGrid {
  const size = extent(sheet);
  const rowCount = Math.min(size.rows, PREVIEW_ROWS);
  const colCount = Math.min(size.cols, PREVIEW_COLS);
  const rows: PreviewCell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const line: PreviewCell[] = [];
    for (let c = 1; c <= colCount; c++)
      line.push({
        at: { workbook, sheet: sheet.name, cell: toA1({ row: r, col: c }) },
        text: displayCell(getCell(sheet, r, c)),
      });
    rows.push(line);
  }
  return { rows, capped: size.rows > rowCount || size.cols > colCount, columns: colCount };
}

export function useSheetPreview(workbooks: readonly Workbook[], selected: CellPosition | null) {
  const [choice, setChoice] = useState<{ workbook: string; sheet: string } | null>(null);
  const visible = (wb: Workbook) => wb.sheets.filter((s) => s.state === "visible");
  // The selected cell's sheet, else the person's choice, else the first visible sheet.
  const wanted = selected ?? choice;
  const workbook = workbooks.find((w) => w.name === wanted?.workbook) ?? workbooks[0];
  const sheets = workbook ? visible(workbook) : [];
  const sheet = sheets.find((s) => s.name === wanted?.sheet) ?? sheets[0];
  const grid = useMemo(
    () => (workbook && sheet ? previewGrid(workbook.name, sheet) : null),
    [workbook, sheet],
  );
  return {
    workbook,
    sheets,
    sheet,
    grid,
    chooseWorkbook: (name: string) => setChoice({ workbook: name, sheet: "" }),
    chooseSheet: (name: string) => workbook && setChoice({ workbook: workbook.name, sheet: name }),
  };
}

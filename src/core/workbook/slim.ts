import { type Cell, type Sheet, type Workbook } from "./model";

/** A cell by its sheet's name and 1-based row and column. */
export type CellAt = { sheet: string; row: number; col: number };

/**
 * The part of a workbook a summary reads once the workbook is dropped: every sheet's name and state (mapping
 * checks name the sheets a workbook has, and tell hidden sheets apart) and only the cells asked for. Merged
 * ranges and defined names are left out. The cells are the model's own objects, not copies.
 * @example slimWorkbook(wb, [{ sheet: "Báo cáo", row: 7, col: 4 }]).sheets[0].rows[7][4] // the cell D7
 */
export function slimWorkbook(workbook: Workbook, cells: Iterable<CellAt>): Workbook {
  const keep = new Map<string, CellAt[]>();
  for (const at of cells) {
    const list = keep.get(at.sheet);
    if (list) list.push(at);
    else keep.set(at.sheet, [at]);
  }
  const sheets = workbook.sheets.map((sheet): Sheet => {
    const rows: Sheet["rows"] = [];
    for (const { row, col } of keep.get(sheet.name) ?? []) {
      const cell: Cell | undefined = sheet.rows[row]?.[col];
      if (cell === undefined) continue;
      (rows[row] ??= [])[col] = cell;
    }
    return { name: sheet.name, state: sheet.state, rows, merges: [] };
  });
  return { name: workbook.name, sheets, definedNames: [] };
}

/** How many cells a workbook model holds. */
export function cellCount(workbook: Workbook): number {
  let n = 0;
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows) if (row) for (const cell of row) if (cell !== undefined) n++;
  return n;
}

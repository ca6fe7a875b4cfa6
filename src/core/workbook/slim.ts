import { type Cell, type CellScalar, type Sheet, type Workbook } from "./model";

/** A cell by its sheet's name and 1-based row and column. */
export type CellAt = { sheet: string; row: number; col: number };

/**
 * The part of a workbook a summary reads once the workbook is dropped: every sheet's name and state (mapping
 * checks name the sheets a workbook has, and tell hidden sheets apart) and only the cells asked for. Merged
 * ranges and defined names are left out. The cells and names are copies whose text shares no memory with the
 * workbook read: a string cut out of a file's XML (a shared string, a font name, a sheet name) keeps the whole
 * of that XML alive in V8 while the cut is, so a slim copy made of the model's own strings would keep about
 * 25 KB of each workbook read (measured on the bench's agency workbooks: their shared strings, styles and
 * workbook parts), and memory would grow with the number of workbooks.
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
      (rows[row] ??= [])[col] = ownCell(cell);
    }
    return { name: ownText(sheet.name), state: sheet.state, rows, merges: [] };
  });
  return { name: ownText(workbook.name), sheets, definedNames: [] };
}

/**
 * The same text in a string of its own. V8 makes a substring of 13 characters or more a view of the string it
 * was cut from, which stays alive as long as the view does; the JSON parser builds a new string from the
 * characters. (Also what keeps the slim copy pure: no Buffer, no TextDecoder.)
 * @example ownText(xml.slice(40, 60)) === xml.slice(40, 60) // true, but `xml` may be collected
 */
export function ownText(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function ownScalar(v: CellScalar): CellScalar {
  if (typeof v === "string") return ownText(v);
  if (typeof v === "object" && v !== null && !(v instanceof Date)) return { error: ownText(v.error) };
  return v;
}

/** A copy of the cell with the same properties in the same order, its text in strings of its own. */
function ownCell(cell: Cell): Cell {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(cell))
    out[key] = key === "value" ? ownScalar(v) : typeof v === "string" ? ownText(v) : v;
  return out as Cell;
}

/** How many cells a workbook model holds. */
export function cellCount(workbook: Workbook): number {
  let n = 0;
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows) if (row) for (const cell of row) if (cell !== undefined) n++;
  return n;
}

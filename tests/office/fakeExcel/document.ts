import { cellKey, parseAddress, type Rect } from "./grid";

/**
 * The workbook the fake Excel holds, as Excel itself sees it (not as the core's model does): dates are serial
 * numbers, an error is its text (`#DIV/0!`), a formula starts with `=`, the default number format is "General".
 */

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A cell's value as Excel keeps it; null for an empty cell. */
export type ExcelValue = number | string | boolean | { error: string } | null;

export type CellSpec = {
  value: ExcelValue;
  /** With its leading `=`; `value` is then the cached result. */
  formula?: string;
  numberFormat?: string;
  font?: string;
};

export type NameSpec = { name: string; formula: string; visible?: boolean };

export type SheetSpec = {
  name: string;
  visibility?: Visibility;
  /** By A1 address; a plain value stands for `{ value }`. */
  cells?: Record<string, CellSpec | Exclude<ExcelValue, null>>;
  /** Merged areas, `A1:C1`; only the first cell of each holds a value, as in Excel. */
  merges?: string[];
  /** Names scoped to this sheet. */
  names?: NameSpec[];
  /** Sheet protection on: every write to its cells is refused (AccessDenied). */
  protected?: boolean;
};

export type WorkbookSpec = {
  sheets: SheetSpec[];
  /** Workbook-scoped names. */
  names?: NameSpec[];
  /** The font of cells that name none (Excel's default style). */
  defaultFont?: string;
  /** The host's ExcelApi requirement set, as its minor version: 13 for ExcelApi 1.13 (the default, 99, has all). */
  apiVersion?: number;
  /**
   * Largest request and response of one `sync()`, in bytes of JSON; Excel on the web refuses more than 5 MB. The
   * default, Infinity, is desktop Excel.
   */
  payloadLimit?: number;
  /** Workbook structure protected: sheets cannot be added, deleted, hidden or shown (AccessDenied). */
  structureProtected?: boolean;
};

export type NameState = { name: string; formula: string; visible: boolean };

export type SheetState = {
  name: string;
  visibility: Visibility;
  cells: Map<string, CellSpec>;
  merges: Rect[];
  names: NameState[];
  protected: boolean;
};

/** The live workbook: what `sync()` reads from and writes to. Tests may look at it directly. */
export type DocumentState = {
  sheets: SheetState[];
  names: NameState[];
  defaultFont: string;
  apiVersion: number;
  payloadLimit: number;
  structureProtected: boolean;
  /** A person is typing in a cell: Excel refuses every request (InvalidOperationInCellEditMode). */
  cellEditMode: boolean;
};

export function documentFrom(spec: WorkbookSpec): DocumentState {
  return {
    sheets: spec.sheets.map(sheetFrom),
    names: (spec.names ?? []).map(nameFrom),
    defaultFont: spec.defaultFont ?? "Calibri",
    apiVersion: spec.apiVersion ?? 99,
    payloadLimit: spec.payloadLimit ?? Infinity,
    structureProtected: spec.structureProtected ?? false,
    cellEditMode: false,
  };
}

export function newSheet(name: string): SheetState {
  return { name, visibility: "Visible", cells: new Map(), merges: [], names: [], protected: false };
}

function sheetFrom(spec: SheetSpec): SheetState {
  const sheet = newSheet(spec.name);
  sheet.visibility = spec.visibility ?? "Visible";
  sheet.protected = spec.protected ?? false;
  sheet.names = (spec.names ?? []).map(nameFrom);
  for (const [address, cell] of Object.entries(spec.cells ?? {})) {
    const at = parseAddress(address);
    if (!at || at.rows !== 1 || at.cols !== 1) throw new Error(`fake Excel: "${address}" is not one cell`);
    sheet.cells.set(cellKey(at.top, at.left), isCellSpec(cell) ? { ...cell } : { value: cell });
  }
  for (const merge of spec.merges ?? []) {
    const rect = parseAddress(merge);
    if (!rect) throw new Error(`fake Excel: bad merge "${merge}"`);
    sheet.merges.push(rect);
  }
  return sheet;
}

function nameFrom(spec: NameSpec): NameState {
  return { name: spec.name, formula: spec.formula, visible: spec.visible ?? true };
}

function isCellSpec(cell: CellSpec | Exclude<ExcelValue, null>): cell is CellSpec {
  return typeof cell === "object" && "value" in cell;
}

/** The cells that count for `getUsedRange`: with a value or formula, or (not valuesOnly) with any format. */
export function usedRect(sheet: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && cell.formula === undefined) continue;
    const [row = 0, col = 0] = key.split(",").map(Number);
    if (within && !contains(within, row, col)) continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row < rect.top + rect.rows && col >= rect.left && col < rect.left + rect.cols;
}

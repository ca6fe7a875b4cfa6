import { quoteSheetName } from "../../../src/core/workbook/address";
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
  /** The font's name. */
  font?: string;
  /** The font is struck through. */
  strikethrough?: boolean;
  /** Written behind an apostrophe: Excel keeps the text as typed and remembers the prefix (`quotePrefix`). */
  quotePrefix?: boolean;
  /** Everything else of the cell's format that Office.js wrote. */
  format?: CellFormat;
  hyperlink?: Hyperlink;
};

export type Side = "top" | "bottom" | "left" | "right";
export type Border = { style: string; weight?: string; color?: string };
export type CellFormat = {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** Excel's underline style: "Single", "Double", "None"… */
  underline?: string;
  /** Font colour, "#RRGGBB". */
  color?: string;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: Partial<Record<Side, Border>>;
};
export type Hyperlink = {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
};

/** A cell of a sheet, 0-based. */
export type At = { row: number; col: number };
/** A rectangle of one sheet, as charts and names keep it (it follows the sheet when it is renamed). */
export type SheetRect = { sheet: SheetState; rect: Rect };

export type ConditionalFormatState = {
  rect: Rect;
  type: "CellValue" | "ContainsText" | "DataBar";
  /** CellValue: `{ formula1, formula2?, operator }`; ContainsText: `{ operator, text }`. */
  rule?: Record<string, string>;
  fill?: string;
  fontColor?: string;
  lowerBound?: { type: string; formula?: string };
  upperBound?: { type: string; formula?: string };
  barColor?: string;
  gradient?: boolean;
};

export type ChartSeriesState = { name: string; values: SheetRect | null; xValues: SheetRect | null };
export type ChartState = {
  type: string;
  seriesBy: string;
  title: string | null;
  /** The cells the chart covers, `A40` to `H63`. */
  position: { start: string; end: string | null } | null;
  plotVisibleOnly: boolean;
  valueAxisNumberFormat: string | null;
  series: ChartSeriesState[];
};

/** A threaded comment (ExcelApi 1.10) or a note (ExcelApi 1.18) on a cell. */
export type CommentState = { kind: "comment" | "note"; at: At; content: string };

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
  /** By 0-based column: width in points, hidden. */
  columns: Map<number, { width?: number; hidden?: boolean }>;
  /** By 0-based row: height in points. */
  rowHeights: Map<number, number>;
  conditionalFormats: ConditionalFormatState[];
  /** Frozen rows and columns at the top left; null when nothing is frozen. */
  freeze: { rows: number; cols: number } | null;
  /** What `Worksheet.pageLayout` set, by property (`orientation`, `zoom`, `printArea`, `printTitleRows`…). */
  pageLayout: Record<string, unknown>;
  /** Rows (0-based) above which a manual page break stands. */
  pageBreaks: number[];
  charts: ChartState[];
  comments: CommentState[];
  tabColor: string | null;
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
  /** The sheet shown; the first visible one when the workbook opens. */
  active: SheetState | null;
};

export function documentFrom(spec: WorkbookSpec): DocumentState {
  const sheets = spec.sheets.map(sheetFrom);
  return {
    sheets,
    active: sheets.find((s) => s.visibility === "Visible") ?? null,
    names: (spec.names ?? []).map(nameFrom),
    defaultFont: spec.defaultFont ?? "Calibri",
    apiVersion: spec.apiVersion ?? 99,
    payloadLimit: spec.payloadLimit ?? Infinity,
    structureProtected: spec.structureProtected ?? false,
    cellEditMode: false,
  };
}

export function newSheet(name: string): SheetState {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    names: [],
    protected: false,
    columns: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    freeze: null,
    pageLayout: {},
    pageBreaks: [],
    charts: [],
    comments: [],
    tabColor: null,
  };
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

/**
 * What Excel does to references when a sheet is renamed: every formula (of names and of cells) naming the sheet
 * names it by its new name, quoted when needed.
 */
export function renameReferences(document: DocumentState, from: string, to: string): void {
  const prefixes = [`'${from.replace(/'/g, "''")}'!`, `${from}!`];
  const next = `${quoteSheetName(to)}!`;
  const fix = (formula: string) => {
    let out = formula;
    for (const prefix of prefixes) out = out.split(prefix).join(next);
    return out;
  };
  for (const owner of [document, ...document.sheets]) for (const n of owner.names) n.formula = fix(n.formula);
  for (const sheet of document.sheets)
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = fix(cell.formula);
}

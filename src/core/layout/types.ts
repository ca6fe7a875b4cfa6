/**
 * The summary sheet as plain data: what each adapter (ExcelJS now, Office.js later) writes in one batch.
 * No library types here. Rows and columns are 1-based as in Excel; ranges are A1 text ("A1:K1").
 */
import { type Language } from "../i18n/messages";

/**
 * What a cell holds. `text` is ALWAYS written as literal text, whatever it starts with ("=", "+", "-", "@"):
 * an adapter whose API would read such text as a formula (Office.js `values`) must write it as text.
 * A `formula` is written without its leading "=" and carries the result chitieu computed, so the file shows
 * the right numbers before any recalculation.
 */
export type LayoutContent =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "formula"; formula: string; result: string | number | null };

/** Where a link goes: a cell of this workbook (workbook null) or of another file next to it. */
export type LayoutLink = { workbook: string | null; sheet: string; cell: string };

export type StyleName =
  | "title"
  | "subtitle"
  | "info"
  | "header"
  | "section"
  | "text"
  | "textCenter"
  | "integer"
  | "amount"
  | "percent"
  | "yesNo"
  | "status"
  | "link"
  | "note"
  | "marker";

export type LayoutCell = {
  row: number;
  col: number;
  content: LayoutContent;
  style: StyleName;
  link?: LayoutLink;
  /** A cell note (comment), e.g. why a figure is not live. */
  note?: string;
};

export type FontSpec = {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** RGB hex without "#", e.g. "1F4E79". */
  color?: string;
};

export type CellStyle = {
  font: FontSpec;
  numFmt?: string;
  /** Background, RGB hex. */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  wrap?: boolean;
  /** A thin border on all four sides. */
  border?: boolean;
};

/** Native conditional formats: colours follow the numbers without the add-in. */
export type ConditionalRule =
  | { kind: "text-equals"; range: string; text: string; fill: string; fontColor: string }
  | { kind: "data-bar"; range: string; color: string; min: number; max: number };

export type PrintSetup = {
  paper: "A4";
  orientation: "landscape" | "portrait";
  fitToWidth: number;
  /** 0: as many pages as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of each printed page. */
  repeatRows: { from: number; to: number };
  area: string;
  /** Manual page breaks: a new page starts after each of these rows. */
  breaksAfter?: number[];
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number };
};

/** Where the indicator cells are, for tests and for adapters that need to point at them. */
export type IndicatorCells = {
  id: string;
  row: number;
  /** The first assessed target (e.g. 2025): its actual, attainment and status cells. */
  primary: { year: number; actual: string; ratio: string; status: string } | null;
  /** The later target (e.g. 2030): its status cell. */
  later: { year: number; status: string } | null;
  /** The hidden cell holding the first assessed target as a number (for the chart), when it is one. */
  targetValue?: string;
};

/** One value read from an agency's cell: the live (or written) reading and where it came from. */
export type ReadingCells = {
  key: string;
  input: string;
  unit: string;
  year: number | null;
  /** The reading cell on the summary sheet, e.g. "E40". */
  cell: string;
  source: LayoutLink | null;
  live: boolean;
};

/**
 * A native clustered column chart on the summary sheet, as plain data. Ranges are sheet-relative A1 text
 * ("B9:B18"); the adapter qualifies them with the sheet's (quoted) name. Each range carries the values chitieu
 * computed, written as the chart's cache so a viewer that does not recalculate still draws it.
 */
export type ChartSpec = {
  kind: "clustered-column";
  title: string;
  /** The chart covers the cells from `from` (its top-left corner) up to the top-left corner of `to`. */
  anchor: { from: string; to: string };
  categories: { range: string; values: string[] };
  series: Array<{ name: string; range: string; values: Array<number | null> }>;
  /** Number format of the value axis, e.g. "0%". */
  numFmt: string;
};

export type SummaryLayout = {
  sheetName: string;
  language: Language;
  /** live: formulas over the source cells of this workbook; values: the engine's values and links to files. */
  mode: "live" | "values";
  /** A cell that says the sheet is chitieu's, so regenerating replaces it and never a user's own sheet. */
  marker: { row: number; col: number; text: string };
  columns: Array<{ width: number; hidden?: boolean }>;
  rowHeights: Array<{ row: number; height: number }>;
  cells: LayoutCell[];
  merges: string[];
  styles: Record<StyleName, CellStyle>;
  conditionalFormats: ConditionalRule[];
  freeze: { rows: number; cols: number };
  print: PrintSetup;
  indicators: IndicatorCells[];
  readings: ReadingCells[];
  /** Attainment of each indicator of table I against its first assessed target (see docs/summary-sheet.md). */
  chart?: ChartSpec;
};

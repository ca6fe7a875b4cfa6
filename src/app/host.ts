/**
 * The port between the pane (or the ribbon command) and wherever the workbook lives: Excel through Office.js, or
 * .xlsx files opened in a plain browser through the ExcelJS adapter. The app layer and the React components only
 * ever see this type; the two implementations are in src/taskpane/hosts/.
 */
import { type AttainmentReport } from "../core/attainment/types";
import { type Language, type Message } from "../core/i18n/messages";
import { type MappingEntry } from "../core/mapping/schema";
import { type ObservationSet } from "../core/observations/observation";
import { type Plan } from "../core/plan/schema";
import { type PlainSummary } from "../core/summary/plainTables";
import { type Workbook } from "../core/workbook/model";

/** One cell of one open workbook. `cell` is A1-style (`D5`). */
export type CellPosition = { workbook: string; sheet: string; cell: string };

/** An entry as it is saved: the core's entry, plus whether a person confirmed it. */
export type EntryToSave = MappingEntry & { confirmed: boolean };

export type MappingSaved = { workbook: string; names: number; warnings: Message[] };

/** Everything a host needs to write the summary; built by the app layer (workflow.ts) from the session. */
export type SummaryRequest = {
  plan: Plan;
  report: AttainmentReport;
  observations: ObservationSet;
  workbooks: readonly Workbook[];
  plain: PlainSummary;
  language: Language;
  /** YYYY-MM-DD */
  generatedOn: string;
  baselines: Readonly<Record<string, number>>;
};

/** A file the person can save: what browser mode offers instead of writing into an open workbook. */
export type Download = { fileName: string; bytes: Uint8Array };

export type SummaryWritten = {
  /** The sheet the summary went to (and that is now active), or null for a new workbook of its own. */
  sheetName: string | null;
  /** Whether the summary's figures are formulas over the agencies' cells. */
  live: boolean;
  warnings: Message[];
  /** Browser mode: the workbook with the summary, for the person to save. */
  download?: Download;
};

type HostBase = {
  /** The workbooks open now, read into the core's model (Excel: the one open workbook). */
  readModels(): Promise<Workbook[]>;
  /**
   * Stores the entries of ONE workbook inside it (docs/adr/0006), replacing any earlier mapping.
   * @throws ChitieuError (MappingError, WorkbookError, ExcelApiError) with a message for the person.
   */
  saveMapping(plan: Plan, workbook: string, entries: readonly EntryToSave[]): Promise<MappingSaved>;
  /** Writes the summary sheet and makes it the active sheet (Excel) or prepares the download (browser). */
  writeSummary(request: SummaryRequest): Promise<SummaryWritten>;
  /** Shows a cell to the person: Excel selects it in the grid; the browser makes it the selected cell. */
  selectCell(at: CellPosition): Promise<void>;
  /** The cell the person has selected (the top-left one of a range), or null. */
  selectedCell(): Promise<CellPosition | null>;
};

export type ExcelHost = HostBase & { readonly kind: "excel" };

/** A .xlsx file the person chose. */
export type OpenedFile = { name: string; bytes: Uint8Array };

export type BrowserHost = HostBase & {
  readonly kind: "browser";
  /**
   * Replaces the open workbooks with these files (one workbook per agency is fine).
   * @throws WorkbookError for a file that is not a readable .xlsx, naming it.
   */
  open(files: readonly OpenedFile[]): Promise<Workbook[]>;
};

export type WorkbookHost = ExcelHost | BrowserHost;

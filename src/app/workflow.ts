/**
 * The pane's and the ribbon command's actions: the side effects (host calls, detection, attainment) around the
 * pure session reducer. Every failure becomes a message in the session (`failed`), never an exception that
 * escapes to the UI and never a stack trace.
 */
import { type AttainmentReport } from "../core/attainment/types";
import { detect } from "../core/detect/detect";
import { WorkbookError } from "../core/errors";
import { DEFAULT_MIN_CONFIDENCE } from "../core/detect/types";
import { type Language, message, type Message } from "../core/i18n/messages";
import { readSavedMapping } from "../core/mapping/persisted";
import { readObservations } from "../core/mapping/readObservations";
import { type Plan } from "../core/plan/schema";
import { summarize } from "../core/summarize";
import { type Workbook } from "../core/workbook/model";
import { plainSummary } from "../core/summary/plainTables";
import {
  type BrowserHost,
  type CellPosition,
  type MappingSaved,
  type OpenedFile,
  type SummaryWritten,
  type WorkbookHost,
} from "./host";
import { mappingFile, type ProgressStep, type SessionState } from "./session";
import { type SessionStore } from "./store";
import { type Slot } from "./slots";
import { userMessage } from "./userMessage";

export type WorkflowOptions = {
  language: Language;
  today: () => Date;
  minConfidence?: number;
  /** Lets the UI paint the progress before long synchronous work (detection); default: a macrotask. */
  yieldToUi?: () => Promise<void>;
};

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs one step: the session shows it as busy, then as failed with the error's message if it throws.
 * @returns the work's result, or undefined when it failed (the message is in the session).
 */
async function step<T>(
  store: SessionStore,
  name: ProgressStep,
  work: () => Promise<T>,
): Promise<T | undefined> {
  store.dispatch({ type: "started", step: name });
  try {
    return await work();
  } catch (e) {
    store.dispatch({ type: "failed", message: userMessage(e) });
    return undefined;
  }
}

/**
 * Reads the host's workbooks and their saved mapping (shown as such).
 * @param planFor picks the plan from the workbooks (the one their saved mapping names); default: the session's.
 */
export async function openSession(
  store: SessionStore,
  host: WorkbookHost,
  planFor?: (workbooks: Workbook[]) => Plan,
): Promise<boolean> {
  const workbooks = await step(store, "reading", () => host.readModels());
  if (!workbooks) return false;
  store.dispatch({ type: "opened", plan: planFor ? planFor(workbooks) : store.get().plan, workbooks });
  return true;
}

/** Browser mode: opens the chosen .xlsx files in place of the earlier ones. */
export async function openFiles(
  store: SessionStore,
  host: BrowserHost,
  files: readonly OpenedFile[],
): Promise<boolean> {
  const workbooks = await step(store, "reading", () => host.open(files));
  if (!workbooks) return false;
  store.dispatch({ type: "opened", plan: store.get().plan, workbooks });
  return true;
}

/** "Tìm chỉ tiêu": detection over the open workbooks; a person's confirmed choices are kept. */
export async function findCells(store: SessionStore, options: WorkflowOptions): Promise<boolean> {
  const done = await step(store, "detecting", async () => {
    const { plan, workbooks } = store.get();
    if (workbooks.length === 0) throw noWorkbook();
    await (options.yieldToUi ?? defaultYield)();
    return detect(plan, workbooks);
  });
  if (!done) return false;
  store.dispatch({
    type: "detected",
    detection: done,
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
  });
  return true;
}

/** Shows a mapped cell: Excel selects it in the grid, the browser preview highlights it. */
export async function showCell(store: SessionStore, host: WorkbookHost, at: CellPosition): Promise<void> {
  try {
    await host.selectCell(at);
    store.dispatch({ type: "cellSelected", at });
  } catch (e) {
    store.dispatch({ type: "failed", message: userMessage(e) });
  }
}

/** "Dùng ô đang chọn": the selected cell becomes the target slot's entry (manual, confirmed). */
export async function assignSelectedCell(store: SessionStore, host: WorkbookHost): Promise<boolean> {
  const target = store.get().target;
  if (!target) {
    store.dispatch({ type: "failed", message: message("app.noTarget") });
    return false;
  }
  let at: CellPosition | null;
  try {
    at = await host.selectedCell();
  } catch (e) {
    store.dispatch({ type: "failed", message: userMessage(e) });
    return false;
  }
  if (!at) {
    store.dispatch({ type: "failed", message: message("app.noSelection") });
    return false;
  }
  store.dispatch({ type: "assigned", slot: target, at });
  store.dispatch({ type: "dismissed" });
  return true;
}

export function chooseTarget(store: SessionStore, slot: Slot | null): void {
  store.dispatch({ type: "targetChosen", slot });
}

/** Saves each workbook's entries into it (and clears a mapping saved earlier in a workbook now without entries). */
async function saveAll(host: WorkbookHost, state: SessionState): Promise<MappingSaved[]> {
  if (state.workbooks.length === 0) throw noWorkbook();
  const results: MappingSaved[] = [];
  for (const wb of state.workbooks) {
    const entries = state.entries.filter((e) => e.workbook === wb.name);
    if (entries.length === 0 && readSavedMapping(wb, state.plan) === null) continue;
    const toSave = entries.map((e) => ({
      input: e.input,
      unit: e.unit,
      ...(e.year !== undefined ? { year: e.year } : {}),
      sheet: e.sheet,
      cell: e.cell,
      confirmed: e.confirmed,
      ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
      ...(e.reason !== undefined ? { reason: e.reason.vi } : {}),
    }));
    // One workbook after the other: Excel runs one batch at a time, and each may fail on its own.
    results.push(await host.saveMapping(state.plan, wb.name, toSave));
  }
  return results;
}

/** "Lưu ánh xạ": stores the working mapping in the workbook(s), in the CLI's format. */
export async function saveWorkingMapping(store: SessionStore, host: WorkbookHost): Promise<boolean> {
  const results = await step(store, "saving", () => saveAll(host, store.get()));
  if (!results) return false;
  store.dispatch({ type: "mappingSaved", results });
  return true;
}

export type Attainment = { kind: "report"; report: AttainmentReport } | { kind: "error"; message: Message };

/** The attainment report of the working mapping, or the message saying why there is none. */
export function attainment(state: SessionState, today: Date): Attainment {
  try {
    return {
      kind: "report",
      report: summarize(state.plan, state.workbooks, mappingFile(state), {
        fallbackYear: today.getFullYear(),
      }),
    };
  } catch (e) {
    return { kind: "error", message: userMessage(e) };
  }
}

/**
 * "Tạo bảng tổng hợp" (pane and ribbon): with no mapping yet, detection's proposals at or above the threshold
 * (as `chitieu summarize` without --mapping); then the mapping is saved in the workbook, attainment computed,
 * and the summary written and activated (Excel) or prepared for download (browser).
 * @returns what was written, or undefined when a step failed (its message is in the session).
 */
export async function createSummary(
  store: SessionStore,
  host: WorkbookHost,
  options: WorkflowOptions,
): Promise<SummaryWritten | undefined> {
  if (store.get().workbooks.length === 0) {
    store.dispatch({ type: "failed", message: noWorkbook().text });
    return undefined;
  }
  if (store.get().entries.length === 0 && !store.get().detectionRun) {
    if (!(await findCells(store, options))) return undefined;
  }
  if (!(await saveWorkingMapping(store, host))) return undefined;
  const request = await step(store, "computing", () => {
    const state = store.get();
    const mapping = mappingFile(state);
    const today = options.today();
    const generatedOn = today.toISOString().slice(0, 10);
    const report = summarize(state.plan, state.workbooks, mapping, { fallbackYear: today.getFullYear() });
    return Promise.resolve({
      plan: state.plan,
      report,
      observations: readObservations(state.plan, state.workbooks, mapping),
      workbooks: state.workbooks,
      plain: plainSummary(report, options.language, generatedOn),
      language: options.language,
      generatedOn,
      baselines: {},
    });
  });
  if (!request) return undefined;
  const written = await step(store, "writing", () => host.writeSummary(request));
  if (!written) return undefined;
  store.dispatch({ type: "summaryWritten", written });
  return written;
}

function noWorkbook(): WorkbookError {
  return new WorkbookError("app.noWorkbook", message("app.noWorkbook"));
}

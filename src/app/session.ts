/**
 * The pane's workflow as a pure reducer (Script Lab style: side effects live in workflow.ts and the hosts):
 * the working mapping (saved / detected / manual entries, confirmed or not), assignment and removal, what is
 * unmatched, and what the pane is doing. The ribbon command drives the same reducer without a pane.
 */
import { type Detection, type Proposal } from "../core/detect/types";
import { type Message } from "../core/i18n/messages";
import { type LostEntry, readSavedMapping } from "../core/mapping/persisted";
import { type MappingFile } from "../core/mapping/schema";
import { type Plan } from "../core/plan/schema";
import { type Workbook } from "../core/workbook/model";
import { type CellPosition, type MappingSaved, type SummaryWritten } from "./host";
import { missingSlots, requiredSlots, sameSlot, type Slot, slotKey, slotOf } from "./slots";

export type EntryOrigin = "saved" | "detected" | "manual";

/** One value of the working mapping: which slot, which cell, and where the choice came from. */
export type WorkingEntry = Slot &
  CellPosition & {
    origin: EntryOrigin;
    /** A person chose or checked it (a manual assignment, or saved as confirmed). */
    confirmed: boolean;
    confidence?: number;
    reason?: Message;
  };

export type ProgressStep = "reading" | "detecting" | "saving" | "computing" | "writing";

/** What just finished, for the pane to say in its own words. */
export type Notice =
  | { kind: "opened"; workbooks: number; savedEntries: number }
  | { kind: "detected"; found: number; unmatched: number }
  | { kind: "saved"; names: number }
  | { kind: "summary"; sheetName: string | null; live: boolean; fileName?: string };

export type Activity =
  | { kind: "idle" }
  | { kind: "busy"; step: ProgressStep }
  | { kind: "failed"; message: Message }
  | { kind: "done"; notice: Notice };

export type SessionState = {
  plan: Plan;
  workbooks: Workbook[];
  entries: WorkingEntry[];
  /** Detection's proposals below the confidence threshold, for slots that have no entry: offered, not used. */
  suggestions: Proposal[];
  /** The latest year detection saw in the workbooks, or null before it ran. */
  detectedYear: number | null;
  detectionRun: boolean;
  /** What the workbooks' saved mapping said besides its entries, when they had one. */
  saved: { savedBy?: string; savedAt?: string; lost: LostEntry[] } | null;
  /** Data problems to show (a damaged meta sheet, a summary that lost its formulas, …). */
  warnings: Message[];
  /** The slot "Dùng ô đang chọn" assigns to. */
  target: Slot | null;
  /** The cell last shown or chosen (browser mode: the preview's selection). */
  selected: CellPosition | null;
  /** Changed since the mapping was last saved or loaded. */
  dirty: boolean;
  activity: Activity;
};

export type SessionAction =
  | { type: "opened"; plan: Plan; workbooks: Workbook[] }
  | { type: "planChosen"; plan: Plan }
  | { type: "detected"; detection: Detection; minConfidence: number }
  | { type: "assigned"; slot: Slot; at: CellPosition }
  | { type: "removed"; slot: Slot }
  | { type: "suggestionAccepted"; slot: Slot }
  | { type: "targetChosen"; slot: Slot | null }
  | { type: "cellSelected"; at: CellPosition | null }
  | { type: "started"; step: ProgressStep }
  | { type: "failed"; message: Message }
  | { type: "mappingSaved"; results: MappingSaved[] }
  | { type: "summaryWritten"; written: SummaryWritten }
  | { type: "dismissed" };

/** A session with no workbook yet (browser mode before "Mở sổ tính"). */
export function initialSession(plan: Plan, workbooks: Workbook[] = []): SessionState {
  return open(
    {
      plan,
      workbooks: [],
      entries: [],
      suggestions: [],
      detectedYear: null,
      detectionRun: false,
      saved: null,
      warnings: [],
      target: null,
      selected: null,
      dirty: false,
      activity: { kind: "idle" },
    },
    plan,
    workbooks,
  );
}

/** Reads each workbook's saved mapping (readSavedMapping, as the CLI does) into the working entries. */
function open(state: SessionState, plan: Plan, workbooks: Workbook[]): SessionState {
  const entries: WorkingEntry[] = [];
  const warnings: Message[] = [];
  let saved: SessionState["saved"] = null;
  const lost: LostEntry[] = [];
  for (const wb of workbooks) {
    const found = readSavedMapping(wb, plan);
    if (!found) continue;
    warnings.push(...found.warnings);
    lost.push(...found.lost);
    saved = {
      ...(found.savedBy !== undefined ? { savedBy: found.savedBy } : {}),
      ...(found.savedAt !== undefined ? { savedAt: found.savedAt } : {}),
      lost,
    };
    for (const e of found.entries)
      entries.push({
        ...slotOf(e),
        workbook: wb.name,
        sheet: e.sheet,
        cell: e.cell,
        origin: "saved",
        confirmed: e.confirmed,
        ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
        ...(e.reason !== undefined ? { reason: { vi: e.reason, en: e.reason } } : {}),
      });
  }
  return {
    ...state,
    plan,
    workbooks,
    entries: ordered(plan, entries),
    suggestions: [],
    detectedYear: null,
    detectionRun: false,
    saved,
    warnings,
    target: null,
    selected: workbooks.length > 0 ? state.selected : null,
    dirty: false,
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "opened": {
      const next = open(state, action.plan, action.workbooks);
      const savedEntries = next.entries.length;
      return {
        ...next,
        activity: {
          kind: "done",
          notice: { kind: "opened", workbooks: action.workbooks.length, savedEntries },
        },
      };
    }
    case "planChosen":
      return { ...open(state, action.plan, state.workbooks), activity: { kind: "idle" } };
    case "detected":
      return applyDetection(state, action.detection, action.minConfidence);
    case "assigned": {
      const entry: WorkingEntry = { ...slotOf(action.slot), ...action.at, origin: "manual", confirmed: true };
      return withEntries(state, [...state.entries.filter((e) => !sameSlot(e, action.slot)), entry]);
    }
    case "removed":
      return withEntries(
        state,
        state.entries.filter((e) => !sameSlot(e, action.slot)),
      );
    case "suggestionAccepted": {
      const s = state.suggestions.find((p) => sameSlot(p, action.slot));
      if (!s) return state;
      const entry: WorkingEntry = {
        ...slotOf(s),
        workbook: s.workbook,
        sheet: s.sheet,
        cell: s.cell,
        origin: "manual",
        confirmed: true,
        confidence: s.confidence,
        reason: { vi: s.reason, en: s.reasonEn },
      };
      return withEntries(state, [...state.entries.filter((e) => !sameSlot(e, s)), entry]);
    }
    case "targetChosen":
      return { ...state, target: action.slot ? slotOf(action.slot) : null };
    case "cellSelected":
      return { ...state, selected: action.at };
    case "started":
      return { ...state, activity: { kind: "busy", step: action.step } };
    case "failed":
      return { ...state, activity: { kind: "failed", message: action.message } };
    case "mappingSaved":
      return {
        ...state,
        entries: state.entries.map((e) => ({ ...e, origin: "saved" })),
        warnings: action.results.flatMap((r) => r.warnings),
        saved: { ...(state.saved ?? { lost: [] }), lost: [] },
        dirty: false,
        activity: {
          kind: "done",
          notice: { kind: "saved", names: action.results.reduce((n, r) => n + r.names, 0) },
        },
      };
    case "summaryWritten":
      return {
        ...state,
        warnings: [...state.warnings, ...action.written.warnings],
        activity: {
          kind: "done",
          notice: {
            kind: "summary",
            sheetName: action.written.sheetName,
            live: action.written.live,
            ...(action.written.download ? { fileName: action.written.download.fileName } : {}),
          },
        },
      };
    case "dismissed":
      return { ...state, activity: { kind: "idle" } };
  }
}

/**
 * Detection's proposals become the working entries, except where a person already decided: confirmed entries
 * (manual, or saved as confirmed) stay, and their slots and cells are not proposed again. Proposals below the
 * threshold are kept as suggestions for the slots still empty.
 */
function applyDetection(state: SessionState, detection: Detection, minConfidence: number): SessionState {
  const kept = state.entries.filter((e) => e.confirmed);
  const keptSlots = new Set(kept.map(slotKey));
  const keptCells = new Set(kept.map(cellKey));
  const fresh = detection.mappings.filter((p) => !keptSlots.has(slotKey(p)) && !keptCells.has(cellKey(p)));
  const used = fresh.filter((p) => p.confidence >= minConfidence);
  const detected: WorkingEntry[] = used.map((p) => ({
    ...slotOf(p),
    workbook: p.workbook,
    sheet: p.sheet,
    cell: p.cell,
    origin: "detected",
    confirmed: false,
    confidence: p.confidence,
    reason: { vi: p.reason, en: p.reasonEn },
  }));
  const next = withEntries({ ...state, detectionRun: true, detectedYear: detection.reportYear }, [
    ...kept,
    ...detected,
  ]);
  const suggestions = fresh.filter((p) => p.confidence < minConfidence);
  const result = { ...next, suggestions };
  return {
    ...result,
    activity: {
      kind: "done",
      notice: { kind: "detected", found: result.entries.length, unmatched: unmatchedSlots(result).length },
    },
  };
}

function cellKey(at: CellPosition): string {
  return `${at.workbook}|${at.sheet}|${at.cell}`;
}

function withEntries(state: SessionState, entries: WorkingEntry[]): SessionState {
  const taken = new Set(entries.map(slotKey));
  return {
    ...state,
    entries: ordered(state.plan, entries),
    suggestions: state.suggestions.filter((s) => !taken.has(slotKey(s))),
    dirty: true,
  };
}

/** Entries in the plan's order: input, then unit, then year. */
function ordered(plan: Plan, entries: WorkingEntry[]): WorkingEntry[] {
  const inputOrder = new Map(plan.inputs.map((i, k) => [i.id, k]));
  const unitOrder = new Map(plan.units.units.map((u, k) => [u.id, k]));
  return [...entries].sort(
    (a, b) =>
      (inputOrder.get(a.input) ?? 0) - (inputOrder.get(b.input) ?? 0) ||
      (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0) ||
      (a.year ?? 0) - (b.year ?? 0),
  );
}

/** The year yearly values are expected up to: detection's, else the latest year an entry names. */
export function sessionYear(state: SessionState): number | null {
  if (state.detectedYear !== null) return state.detectedYear;
  let max: number | null = null;
  for (const e of state.entries) if (e.year !== undefined && (max === null || e.year > max)) max = e.year;
  return max;
}

/** Every value the plan needs that no entry covers, in the plan's order. */
export function unmatchedSlots(state: SessionState): Slot[] {
  return missingSlots(requiredSlots(state.plan, sessionYear(state)), state.entries);
}

/** The working entries as a mapping file, the one format the CLI, the core and the hosts share. */
export function mappingFile(state: SessionState): MappingFile {
  return {
    plan: state.plan.id,
    mappings: state.entries.map((e) => ({
      workbook: e.workbook,
      ...slotOf(e),
      sheet: e.sheet,
      cell: e.cell,
    })),
  };
}

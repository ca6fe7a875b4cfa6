/**
 * The "blind5" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./families.ts, ./families2.ts: a department's monitoring log with struck-through corrections,
 * an online reporting system's export with relative periods, the department's template returned with the
 * agency's own columns, a table continued on a second sheet, a report following the plan's target lines, the 2025
 * merged agency's report on its two predecessors) plus the corpus's own families, all worded with ./wordings.ts.
 * Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind5/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind5/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
 * a given seed.
 */
import {
  splitCli,
  buildSplit,
  writeSplit,
  type SplitCase,
  type SplitFamily,
  type SplitSpec,
} from "../splitHarness";
import { Blind5Context, pickBlind5Style } from "./context";
import { monitoringLog, returnedTemplate, systemExport } from "./families";
import { continuedSheets, mergerReport, planOutline } from "./families2";

export type Blind5Case = SplitCase<"blind5">;

/** Layout families no other split has. */
export const BLIND5_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind5Context>> = [
  { name: "b5-monitoring-log", legacyBias: false, build: monitoringLog },
  { name: "b5-system-export", legacyBias: false, build: systemExport },
  { name: "b5-returned-template", legacyBias: true, build: returnedTemplate },
  { name: "b5-continued-sheets", legacyBias: true, build: continuedSheets },
  { name: "b5-plan-outline", legacyBias: true, build: planOutline },
  { name: "b5-merger-report", legacyBias: false, build: mergerReport },
];

export const BLIND5_DEFAULT_SEED = 20270514;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND5_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind5", Blind5Context> = {
  split: "blind5",
  newFamilies: BLIND5_NEW_FAMILIES,
  oldPrefix: "b5-old-",
  context: Blind5Context,
  pickStyle: pickBlind5Style,
  defaultSeed: BLIND5_DEFAULT_SEED,
  casesPerFamily: BLIND5_CASES_PER_FAMILY,
};

/** Every case of the blind5 split: the new families first, then the corpus's families in blind5 wordings. */
export function buildBlind5Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind5Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind5/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind5Corpus(outDir: string, cases: readonly Blind5Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

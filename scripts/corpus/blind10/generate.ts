/**
 * The "blind10" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./families1.ts, ./families2.ts) plus the corpus's own families, all worded with ./wordings.ts.
 * Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind10/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind10/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind10Context, pickBlind10Style } from "./context";
import { onlineFormExport, monthlyLog, quarterlyBriefing } from "./families1";
import { mergerHandover, selfAssessment, surveySheet } from "./families2";

export type Blind10Case = SplitCase<"blind10">;

/** Layout families no other split has. */
export const BLIND10_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind10Context>> = [
  { name: "b10-quarterly-briefing", legacyBias: true, build: quarterlyBriefing },
  { name: "b10-online-form-export", legacyBias: false, build: onlineFormExport },
  { name: "b10-monthly-log", legacyBias: true, build: monthlyLog },
  { name: "b10-survey-sheet", legacyBias: false, build: surveySheet },
  { name: "b10-merger-handover", legacyBias: false, build: mergerHandover },
  { name: "b10-self-assessment", legacyBias: true, build: selfAssessment },
];

export const BLIND10_DEFAULT_SEED = 20290423;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND10_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind10", Blind10Context> = {
  split: "blind10",
  newFamilies: BLIND10_NEW_FAMILIES,
  oldPrefix: "b10-old-",
  context: Blind10Context,
  pickStyle: pickBlind10Style,
  defaultSeed: BLIND10_DEFAULT_SEED,
  casesPerFamily: BLIND10_CASES_PER_FAMILY,
};

/** Every case of the blind10 split: the new families first, then the corpus's families in blind10 wordings. */
export function buildBlind10Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind10Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind10/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind10Corpus(outDir: string, cases: readonly Blind10Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

/**
 * The "blind14" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./tally.ts, ./survey.ts, ./tasks.ts, ./sentences.ts, ./pivot.ts, ./panels.ts) plus the corpus's
 * own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a matcher on
 * it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind14/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind14/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind14Context, pickBlind14Style } from "./context";
import { sideBySidePanels } from "./panels";
import { pivotExport } from "./pivot";
import { sentenceReport } from "./sentences";
import { communeSurvey } from "./survey";
import { monthlyTally } from "./tally";
import { taskAppendix } from "./tasks";

export type Blind14Case = SplitCase<"blind14">;

/** Layout families no other split has. */
export const BLIND14_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind14Context>> = [
  { name: "b14-monthly-tally-book", legacyBias: true, build: monthlyTally },
  { name: "b14-commune-coverage-survey", legacyBias: true, build: communeSurvey },
  { name: "b14-task-appendix-progress", legacyBias: false, build: taskAppendix },
  { name: "b14-split-sentence-report", legacyBias: true, build: sentenceReport },
  { name: "b14-pasted-pivot-values", legacyBias: false, build: pivotExport },
  { name: "b14-side-by-side-panels", legacyBias: false, build: sideBySidePanels },
];

export const BLIND14_DEFAULT_SEED = 20310619;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND14_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind14", Blind14Context> = {
  split: "blind14",
  newFamilies: BLIND14_NEW_FAMILIES,
  oldPrefix: "b14-old-",
  context: Blind14Context,
  pickStyle: pickBlind14Style,
  defaultSeed: BLIND14_DEFAULT_SEED,
  casesPerFamily: BLIND14_CASES_PER_FAMILY,
};

/** Every case of the blind14 split: the new families first, then the corpus's families in blind14 wordings. */
export function buildBlind14Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind14Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind14/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind14Corpus(outDir: string, cases: readonly Blind14Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

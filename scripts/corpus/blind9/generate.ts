/**
 * The "blind9" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./families.ts, ./families2.ts) plus the corpus's own families, all worded with ./wordings.ts.
 * Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind9/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind9/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind9Context, pickBlind9Style } from "./context";
import { emulationScoring, quarterlyBreakdown, surveyExport } from "./families";
import { dashboardCards, questionnaire, trainingRegister } from "./families2";

export type Blind9Case = SplitCase<"blind9">;

/** Layout families no other split has. */
export const BLIND9_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind9Context>> = [
  { name: "b9-merit-scoresheet", legacyBias: true, build: emulationScoring },
  { name: "b9-quarterly-breakdown", legacyBias: false, build: quarterlyBreakdown },
  { name: "b9-survey-export", legacyBias: false, build: surveyExport },
  { name: "b9-training-register", legacyBias: true, build: trainingRegister },
  { name: "b9-dashboard-cards", legacyBias: false, build: dashboardCards },
  { name: "b9-info-request-form", legacyBias: true, build: questionnaire },
];

export const BLIND9_DEFAULT_SEED = 20290115;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND9_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind9", Blind9Context> = {
  split: "blind9",
  newFamilies: BLIND9_NEW_FAMILIES,
  oldPrefix: "b9-old-",
  context: Blind9Context,
  pickStyle: pickBlind9Style,
  defaultSeed: BLIND9_DEFAULT_SEED,
  casesPerFamily: BLIND9_CASES_PER_FAMILY,
};

/** Every case of the blind9 split: the new families first, then the corpus's families in blind9 wordings. */
export function buildBlind9Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind9Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind9/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind9Corpus(outDir: string, cases: readonly Blind9Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

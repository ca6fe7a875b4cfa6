/**
 * The "blind25" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./projects.ts, ./census.ts, ./comments.ts, ./gantt.ts, ./scorecard.ts, ./registration.ts) plus
 * the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind25/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind25/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { censusQuestionnaire } from "./census";
import { commentSynthesis } from "./comments";
import { Blind25Context, pickBlind25Style } from "./context";
import { ganttChart } from "./gantt";
import { projectStatus } from "./projects";
import { registrationAndResult } from "./registration";
import { balancedScorecard } from "./scorecard";

export type Blind25Case = SplitCase<"blind25">;

/** Layout families no other split has. */
export const BLIND25_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind25Context>> = [
  { name: "b25-investment-project-status", legacyBias: true, build: projectStatus },
  { name: "b25-economic-census-questionnaire", legacyBias: true, build: censusQuestionnaire },
  { name: "b25-draft-comment-synthesis", legacyBias: true, build: commentSynthesis },
  { name: "b25-gantt-rollout-chart", legacyBias: false, build: ganttChart },
  { name: "b25-balanced-scorecard", legacyBias: false, build: balancedScorecard },
  { name: "b25-registration-and-result-files", legacyBias: false, build: registrationAndResult },
];

export const BLIND25_DEFAULT_SEED = 20370117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND25_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind25", Blind25Context> = {
  split: "blind25",
  newFamilies: BLIND25_NEW_FAMILIES,
  oldPrefix: "b25-old-",
  context: Blind25Context,
  pickStyle: pickBlind25Style,
  defaultSeed: BLIND25_DEFAULT_SEED,
  casesPerFamily: BLIND25_CASES_PER_FAMILY,
};

/** Every case of the blind25 split: the new families first, then the corpus's families in blind25 wordings. */
export function buildBlind25Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind25Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind25/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind25Corpus(outDir: string, cases: readonly Blind25Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

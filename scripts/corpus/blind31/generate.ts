/**
 * The "blind31" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./review.ts, ./lawreview.ts, ./award.ts, ./scheme.ts, ./register.ts, ./codebook.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind31/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind31/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { awardNomination } from "./award";
import { indicatorBook } from "./codebook";
import { Blind31Context, pickBlind31Style } from "./context";
import { pressLawReview } from "./lawreview";
import { levelRegister } from "./register";
import { yearEndAnnex } from "./review";
import { developmentScheme } from "./scheme";

export type Blind31Case = SplitCase<"blind31">;

/** Layout families no other split has. */
export const BLIND31_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind31Context>> = [
  { name: "b31-year-end-summary-conference-annex", legacyBias: true, build: yearEndAnnex },
  { name: "b31-press-law-ten-year-review", legacyBias: false, build: pressLawReview },
  { name: "b31-dx-award-nomination-form", legacyBias: false, build: awardNomination },
  { name: "b31-development-scheme-outlook", legacyBias: true, build: developmentScheme },
  { name: "b31-infosystem-level-approval-register", legacyBias: false, build: levelRegister },
  { name: "b31-statistical-indicator-disaggregation", legacyBias: true, build: indicatorBook },
];

export const BLIND31_DEFAULT_SEED = 20400117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND31_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind31", Blind31Context> = {
  split: "blind31",
  newFamilies: BLIND31_NEW_FAMILIES,
  oldPrefix: "b31-old-",
  context: Blind31Context,
  pickStyle: pickBlind31Style,
  defaultSeed: BLIND31_DEFAULT_SEED,
  casesPerFamily: BLIND31_CASES_PER_FAMILY,
};

/** Every case of the blind31 split: the new families first, then the corpus's families in blind31 wordings. */
export function buildBlind31Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind31Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind31/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind31Corpus(outDir: string, cases: readonly Blind31Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

/**
 * The "blind17" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./journal.ts, ./review.ts, ./estimate.ts, ./drafts.ts, ./sections.ts, ./passport.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind17/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind17/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind17Context, pickBlind17Style } from "./context";
import { draftTabs } from "./drafts";
import { budgetEstimate } from "./estimate";
import { approvalJournal } from "./journal";
import { indicatorPassport } from "./passport";
import { fiveYearReview } from "./review";
import { sectionOutput } from "./sections";

export type Blind17Case = SplitCase<"blind17">;

/** Layout families no other split has. */
export const BLIND17_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind17Context>> = [
  { name: "b17-approval-workflow-journal", legacyBias: false, build: approvalJournal },
  { name: "b17-five-year-review-annex", legacyBias: true, build: fiveYearReview },
  { name: "b17-next-year-budget-estimate", legacyBias: true, build: budgetEstimate },
  { name: "b17-superseded-draft-tabs", legacyBias: false, build: draftTabs },
  { name: "b17-section-output-statistics", legacyBias: true, build: sectionOutput },
  { name: "b17-indicator-passport", legacyBias: false, build: indicatorPassport },
];

export const BLIND17_DEFAULT_SEED = 20330207;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND17_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind17", Blind17Context> = {
  split: "blind17",
  newFamilies: BLIND17_NEW_FAMILIES,
  oldPrefix: "b17-old-",
  context: Blind17Context,
  pickStyle: pickBlind17Style,
  defaultSeed: BLIND17_DEFAULT_SEED,
  casesPerFamily: BLIND17_CASES_PER_FAMILY,
};

/** Every case of the blind17 split: the new families first, then the corpus's families in blind17 wordings. */
export function buildBlind17Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind17Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind17/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind17Corpus(outDir: string, cases: readonly Blind17Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

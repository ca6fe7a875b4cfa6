/**
 * The "blind26" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./portfolio.ts, ./assignment.ts, ./scorecard.ts, ./submissions.ts, ./monitoring.ts,
 * ./taxdecl.ts) plus the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in
 * ./texts.ts). Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind26/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind26/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { assignmentFollowUp } from "./assignment";
import { Blind26Context, pickBlind26Style } from "./context";
import { monitoringReview } from "./monitoring";
import { itPortfolio } from "./portfolio";
import { sectorScorecard } from "./scorecard";
import { systemSubmissions } from "./submissions";
import { taxDeclaration } from "./taxdecl";

export type Blind26Case = SplitCase<"blind26">;

/** Layout families no other split has. */
export const BLIND26_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind26Context>> = [
  { name: "b26-it-investment-portfolio", legacyBias: true, build: itPortfolio },
  { name: "b26-annual-assignment-follow-up", legacyBias: true, build: assignmentFollowUp },
  { name: "b26-dx-steering-sector-scorecard", legacyBias: false, build: sectorScorecard },
  { name: "b26-reporting-system-submissions", legacyBias: false, build: systemSubmissions },
  { name: "b26-press-monitoring-review", legacyBias: true, build: monitoringReview },
  { name: "b26-tax-revenue-declaration", legacyBias: false, build: taxDeclaration },
];

export const BLIND26_DEFAULT_SEED = 20370621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND26_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind26", Blind26Context> = {
  split: "blind26",
  newFamilies: BLIND26_NEW_FAMILIES,
  oldPrefix: "b26-old-",
  context: Blind26Context,
  pickStyle: pickBlind26Style,
  defaultSeed: BLIND26_DEFAULT_SEED,
  casesPerFamily: BLIND26_CASES_PER_FAMILY,
};

/** Every case of the blind26 split: the new families first, then the corpus's families in blind26 wordings. */
export function buildBlind26Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind26Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind26/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind26Corpus(outDir: string, cases: readonly Blind26Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

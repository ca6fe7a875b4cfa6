/**
 * The "blind30" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./audit.ts, ./itform.ts, ./partycell.ts, ./briefing.ts, ./coordination.ts, ./union.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind30/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind30/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { auditFollowup } from "./audit";
import { chairmanBrief } from "./briefing";
import { Blind30Context, pickBlind30Style } from "./context";
import { coordinationReview } from "./coordination";
import { itApplicationForm } from "./itform";
import { partyCellReview } from "./partycell";
import { unionStatistics } from "./union";

export type Blind30Case = SplitCase<"blind30">;

/** Layout families no other split has. */
export const BLIND30_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind30Context>> = [
  { name: "b30-audit-recommendation-followup", legacyBias: false, build: auditFollowup },
  { name: "b30-it-application-annual-form", legacyBias: true, build: itApplicationForm },
  { name: "b30-party-cell-year-end-review", legacyBias: true, build: partyCellReview },
  { name: "b30-chairman-working-session-brief", legacyBias: false, build: chairmanBrief },
  { name: "b30-coordination-programme-review", legacyBias: false, build: coordinationReview },
  { name: "b30-trade-union-annual-statistics", legacyBias: true, build: unionStatistics },
];

export const BLIND30_DEFAULT_SEED = 20390621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND30_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind30", Blind30Context> = {
  split: "blind30",
  newFamilies: BLIND30_NEW_FAMILIES,
  oldPrefix: "b30-old-",
  context: Blind30Context,
  pickStyle: pickBlind30Style,
  defaultSeed: BLIND30_DEFAULT_SEED,
  casesPerFamily: BLIND30_CASES_PER_FAMILY,
};

/** Every case of the blind30 split: the new families first, then the corpus's families in blind30 wordings. */
export function buildBlind30Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind30Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind30/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind30Corpus(outDir: string, cases: readonly Blind30Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

/**
 * The "blind37" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./supervision.ts, ./licence.ts, ./planning.ts, ./masterplan.ts, ./booklet.ts, ./spending.ts)
 * plus the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never
 * tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind37/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind37/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { questionBooklet } from "./booklet";
import { Blind37Context, pickBlind37Style } from "./context";
import { licenceSelfCheck } from "./licence";
import { masterPlanAnnex } from "./masterplan";
import { planningReview } from "./planning";
import { spendingRulesAnnex } from "./spending";
import { supervisionAnnex } from "./supervision";

export type Blind37Case = SplitCase<"blind37">;

/** Layout families no other split has. */
export const BLIND37_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind37Context>> = [
  { name: "b37-council-thematic-supervision-annex", legacyBias: true, build: supervisionAnnex },
  { name: "b37-licence-condition-self-check", legacyBias: false, build: licenceSelfCheck },
  { name: "b37-press-planning-362-review", legacyBias: true, build: planningReview },
  { name: "b37-provincial-master-plan-sector-annex", legacyBias: false, build: masterPlanAnnex },
  { name: "b37-ministry-check-question-booklet", legacyBias: false, build: questionBooklet },
  { name: "b37-internal-spending-rules-annex", legacyBias: true, build: spendingRulesAnnex },
];

export const BLIND37_DEFAULT_SEED = 20430117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND37_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind37", Blind37Context> = {
  split: "blind37",
  newFamilies: BLIND37_NEW_FAMILIES,
  oldPrefix: "b37-old-",
  context: Blind37Context,
  pickStyle: pickBlind37Style,
  defaultSeed: BLIND37_DEFAULT_SEED,
  casesPerFamily: BLIND37_CASES_PER_FAMILY,
};

/** Every case of the blind37 split: the new families first, then the corpus's families in blind37 wordings. */
export function buildBlind37Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind37Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind37/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind37Corpus(outDir: string, cases: readonly Blind37Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

/**
 * The "blind38" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./compliance.ts, ./supervision.ts, ./spending.ts, ./policy.ts, ./masterPlan.ts, ./ranks.ts)
 * plus the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never
 * tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind38/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind38/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { complianceCheck } from "./compliance";
import { Blind38Context, pickBlind38Style } from "./context";
import { masterPlanTables } from "./masterPlan";
import { policyAssessment } from "./policy";
import { rankTable } from "./ranks";
import { spendingAnnex } from "./spending";
import { supervisionAnnex } from "./supervision";

export type Blind38Case = SplitCase<"blind38">;

/** Layout families no other split has. */
export const BLIND38_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind38Context>> = [
  { name: "b38-operating-conditions-compliance-check", legacyBias: true, build: complianceCheck },
  { name: "b38-council-thematic-supervision-annex", legacyBias: false, build: supervisionAnnex },
  { name: "b38-internal-spending-rules-annex", legacyBias: true, build: spendingAnnex },
  { name: "b38-support-policy-impact-assessment", legacyBias: false, build: policyAssessment },
  { name: "b38-master-plan-status-tables", legacyBias: true, build: masterPlanTables },
  { name: "b38-staff-rank-structure-table", legacyBias: false, build: rankTable },
];

export const BLIND38_DEFAULT_SEED = 20430621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND38_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind38", Blind38Context> = {
  split: "blind38",
  newFamilies: BLIND38_NEW_FAMILIES,
  oldPrefix: "b38-old-",
  context: Blind38Context,
  pickStyle: pickBlind38Style,
  defaultSeed: BLIND38_DEFAULT_SEED,
  casesPerFamily: BLIND38_CASES_PER_FAMILY,
};

/** Every case of the blind38 split: the new families first, then the corpus's families in blind38 wordings. */
export function buildBlind38Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind38Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind38/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind38Corpus(outDir: string, cases: readonly Blind38Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

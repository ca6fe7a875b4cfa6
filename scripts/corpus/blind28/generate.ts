/**
 * The "blind28" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./disclosure.ts, ./nationwide.ts, ./returns.ts, ./pledge.ts, ./association.ts, ./register.ts)
 * plus the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never
 * tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind28/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind28/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { associationBranches } from "./association";
import { Blind28Context, pickBlind28Style } from "./context";
import { budgetDisclosure } from "./disclosure";
import { ministrySheet } from "./nationwide";
import { headPledge } from "./pledge";
import { outputRegister } from "./register";
import { divisionReturns } from "./returns";

export type Blind28Case = SplitCase<"blind28">;

/** Layout families no other split has. */
export const BLIND28_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind28Context>> = [
  { name: "b28-budget-disclosure-forms", legacyBias: false, build: budgetDisclosure },
  { name: "b28-ministry-multi-province-sheet", legacyBias: false, build: ministrySheet },
  { name: "b28-division-return-files", legacyBias: true, build: divisionReturns },
  { name: "b28-head-pledge-scoring", legacyBias: true, build: headPledge },
  { name: "b28-journalist-association-branches", legacyBias: true, build: associationBranches },
  { name: "b28-yearly-output-register", legacyBias: false, build: outputRegister },
];

export const BLIND28_DEFAULT_SEED = 20380621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND28_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind28", Blind28Context> = {
  split: "blind28",
  newFamilies: BLIND28_NEW_FAMILIES,
  oldPrefix: "b28-old-",
  context: Blind28Context,
  pickStyle: pickBlind28Style,
  defaultSeed: BLIND28_DEFAULT_SEED,
  casesPerFamily: BLIND28_CASES_PER_FAMILY,
};

/** Every case of the blind28 split: the new families first, then the corpus's families in blind28 wordings. */
export function buildBlind28Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind28Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind28/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind28Corpus(outDir: string, cases: readonly Blind28Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

/**
 * The "blind29" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./contract.ts, ./needs.ts, ./audit.ts, ./gap.ts, ./quota.ts, ./declaration.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind29/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind29/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { auditAnnex } from "./audit";
import { Blind29Context, pickBlind29Style } from "./context";
import { contractLedger } from "./contract";
import { declarations } from "./declaration";
import { gapMatrix } from "./gap";
import { trainingNeeds } from "./needs";
import { quotaTracker } from "./quota";

export type Blind29Case = SplitCase<"blind29">;

/** Layout families no other split has. */
export const BLIND29_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind29Context>> = [
  { name: "b29-propaganda-contract-ledger", legacyBias: true, build: contractLedger },
  { name: "b29-training-needs-assessment", legacyBias: true, build: trainingNeeds },
  { name: "b29-state-audit-adjustment-annex", legacyBias: false, build: auditAnnex },
  { name: "b29-dx-gap-proposal-matrix", legacyBias: false, build: gapMatrix },
  { name: "b29-reporter-quota-tracker", legacyBias: true, build: quotaTracker },
  { name: "b29-press-database-declaration", legacyBias: false, build: declarations },
];

export const BLIND29_DEFAULT_SEED = 20390117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND29_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind29", Blind29Context> = {
  split: "blind29",
  newFamilies: BLIND29_NEW_FAMILIES,
  oldPrefix: "b29-old-",
  context: Blind29Context,
  pickStyle: pickBlind29Style,
  defaultSeed: BLIND29_DEFAULT_SEED,
  casesPerFamily: BLIND29_CASES_PER_FAMILY,
};

/** Every case of the blind29 split: the new families first, then the corpus's families in blind29 wordings. */
export function buildBlind29Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind29Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind29/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind29Corpus(outDir: string, cases: readonly Blind29Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

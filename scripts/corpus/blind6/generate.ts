/**
 * The "blind6" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./families.ts, ./families2.ts: an agency's financial statements, the response sheet of an
 * online survey, a maturity self-assessment, running ledgers with yearly total lines, the department's breakdown
 * tables, personnel lists with a summary sheet) plus the corpus's own families, all worded with ./wordings.ts.
 * Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind6/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind6/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind6Context, pickBlind6Style } from "./context";
import { financialStatement, formResponses, selfAssessment } from "./families";
import { breakdownTotals, ledgerSubtotals, staffRoster } from "./families2";

export type Blind6Case = SplitCase<"blind6">;

/** Layout families no other split has. */
export const BLIND6_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind6Context>> = [
  { name: "b6-financial-statement", legacyBias: false, build: financialStatement },
  { name: "b6-form-responses", legacyBias: false, build: formResponses },
  { name: "b6-maturity-self-assessment", legacyBias: true, build: selfAssessment },
  { name: "b6-ledger-subtotals", legacyBias: false, build: ledgerSubtotals },
  { name: "b6-breakdown-totals", legacyBias: false, build: breakdownTotals },
  { name: "b6-staff-roster", legacyBias: true, build: staffRoster },
];

export const BLIND6_DEFAULT_SEED = 20271103;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND6_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind6", Blind6Context> = {
  split: "blind6",
  newFamilies: BLIND6_NEW_FAMILIES,
  oldPrefix: "b6-old-",
  context: Blind6Context,
  pickStyle: pickBlind6Style,
  defaultSeed: BLIND6_DEFAULT_SEED,
  casesPerFamily: BLIND6_CASES_PER_FAMILY,
};

/** Every case of the blind6 split: the new families first, then the corpus's families in blind6 wordings. */
export function buildBlind6Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind6Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind6/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind6Corpus(outDir: string, cases: readonly Blind6Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

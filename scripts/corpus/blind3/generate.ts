/**
 * The "blind3" split: written on 2026-11-26 (blind2 retired to tuning material) without
 * looking at the detector, its vocabulary, the other splits' wordings or any detection result, to measure
 * generalisation to layouts, wordings and traps the corpus does not have. Six new layout families (./families.ts,
 * ./families2.ts: quick-report tiles, year → agency → actual/target matrix, result-and-assessment list, coded
 * statistics form, pivot export, summary sheet linked by formulas) plus the corpus's own families, all worded
 * with ./wordings.ts. Never tune a matcher on it, never look at its per-case errors.
 *
 * Truth in the linked workbook (b3-summary-links) is the cell on the agency's own sheet, where the figure is
 * typed; the summary sheet's formulas are copies of it and are not truth (a proposal there is a wrong cell).
 *
 *   node scripts/run-ts.js scripts/corpus/blind3/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind3/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind3Context, pickBlind3Style } from "./context";
import { quickTiles, resultColumn, yearAgencyMatrix } from "./families";
import { codeForm, pivotExport, summaryLinks } from "./families2";

export type Blind3Case = SplitCase<"blind3">;

/** Layout families no other split has. */
export const BLIND3_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind3Context>> = [
  { name: "b3-quick-report-tiles", legacyBias: false, build: quickTiles },
  { name: "b3-year-agency-matrix", legacyBias: false, build: yearAgencyMatrix },
  { name: "b3-result-assessment", legacyBias: true, build: resultColumn },
  { name: "b3-coded-stats-form", legacyBias: true, build: codeForm },
  { name: "b3-pivot-export", legacyBias: false, build: pivotExport },
  { name: "b3-summary-links", legacyBias: false, build: summaryLinks },
];

export const BLIND3_DEFAULT_SEED = 20261129;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND3_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind3", Blind3Context> = {
  split: "blind3",
  newFamilies: BLIND3_NEW_FAMILIES,
  oldPrefix: "b3-old-",
  context: Blind3Context,
  pickStyle: pickBlind3Style,
  defaultSeed: BLIND3_DEFAULT_SEED,
  casesPerFamily: BLIND3_CASES_PER_FAMILY,
};

/** Every case of the blind3 split: the new families first, then the corpus's families in blind3 wordings. */
export function buildBlind3Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind3Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind3/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind3Corpus(outDir: string, cases: readonly Blind3Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

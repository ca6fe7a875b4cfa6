/**
 * The "blind2" split: written on 2026-11-26 without looking at the detector, its vocabulary,
 * the other splits' wordings or any detection result, to measure generalisation to layouts, wordings and traps
 * the corpus does not have. Six new layout families (./families.ts, ./families2.ts) plus the corpus's own families,
 * all worded with ./wordings.ts. Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind2/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind2/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind2Context, pickBlind2Style } from "./context";
import { appendixStacked, checklist, flatExport } from "./families";
import { comparisonReport, templateCopies, yearGroups } from "./families2";

export type Blind2Case = SplitCase<"blind2">;

/** Layout families no other split has. */
export const BLIND2_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind2Context>> = [
  { name: "b2-appendix-stacked", legacyBias: true, build: appendixStacked },
  { name: "b2-checklist-ticks", legacyBias: false, build: checklist },
  { name: "b2-flat-export", legacyBias: false, build: flatExport },
  { name: "b2-comparison-report", legacyBias: true, build: comparisonReport },
  { name: "b2-year-groups", legacyBias: false, build: yearGroups },
  { name: "b2-template-copies", legacyBias: true, build: templateCopies },
];

export const BLIND2_DEFAULT_SEED = 20261128;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND2_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind2", Blind2Context> = {
  split: "blind2",
  newFamilies: BLIND2_NEW_FAMILIES,
  oldPrefix: "b2-old-",
  context: Blind2Context,
  pickStyle: pickBlind2Style,
  defaultSeed: BLIND2_DEFAULT_SEED,
  casesPerFamily: BLIND2_CASES_PER_FAMILY,
};

/** Every case of the blind2 split: the new families first, then the corpus's families in blind2 wordings. */
export function buildBlind2Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind2Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind2/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind2Corpus(outDir: string, cases: readonly Blind2Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

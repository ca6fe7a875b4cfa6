/**
 * The "fresh" split: cases written blind to the detector (2026-11-26), to measure generalisation after the
 * held-out split has been looked at while tuning. New layout families (./families.ts) plus the corpus's own
 * families, all worded with ./wordings.ts. Never tune a matcher on it.
 *
 *   node scripts/run-ts.js scripts/corpus/fresh/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/fresh/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for a
 * given seed.
 */
import { splitCli, buildSplit, writeSplit, type SplitCase, type SplitSpec } from "../splitHarness";
import { FreshContext, pickFreshStyle } from "./context";
import { NEW_FAMILIES } from "./families";

export type FreshCase = SplitCase<"fresh">;

export const FRESH_DEFAULT_SEED = 20261126;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const FRESH_CASES_PER_FAMILY = 8;

const SPEC: SplitSpec<"fresh", FreshContext> = {
  split: "fresh",
  newFamilies: NEW_FAMILIES,
  oldPrefix: "fresh-",
  context: FreshContext,
  pickStyle: pickFreshStyle,
  defaultSeed: FRESH_DEFAULT_SEED,
  casesPerFamily: FRESH_CASES_PER_FAMILY,
};

/** Every case of the fresh split: the new families first, then the corpus's families in fresh wordings. */
export function buildFreshCorpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<FreshCase[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/fresh/<case id>/*.xlsx and truth.json for each case. */
export function writeFreshCorpus(outDir: string, cases: readonly FreshCase[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

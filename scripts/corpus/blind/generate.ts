/**
 * The "blind" split: written on 2026-11-26 without looking at the detector, its vocabulary or
 * the other splits' wordings, to measure generalisation to layouts, wordings and traps the corpus does not have.
 * New layout families (./families.ts, ./reports.ts) plus the corpus's own families, all worded with
 * ./wordings.ts. Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for a
 * given seed.
 */
import { splitCli, buildSplit, writeSplit, type SplitCase, type SplitSpec } from "../splitHarness";
import { BlindContext, pickBlindStyle } from "./context";
import { BLIND_NEW_FAMILIES } from "./families";

export type BlindCase = SplitCase<"blind">;

export const BLIND_DEFAULT_SEED = 20261127;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND_CASES_PER_FAMILY = 8;

const SPEC: SplitSpec<"blind", BlindContext> = {
  split: "blind",
  newFamilies: BLIND_NEW_FAMILIES,
  oldPrefix: "blind-",
  context: BlindContext,
  pickStyle: pickBlindStyle,
  defaultSeed: BLIND_DEFAULT_SEED,
  casesPerFamily: BLIND_CASES_PER_FAMILY,
};

/** Every case of the blind split: the new families first, then the corpus's families in blind wordings. */
export function buildBlindCorpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<BlindCase[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind/<case id>/*.xlsx and truth.json for each case. */
export function writeBlindCorpus(outDir: string, cases: readonly BlindCase[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

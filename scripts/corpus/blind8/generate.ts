/**
 * The "blind8" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./families.ts, ./families2.ts: inspection minutes, a bilingual donor report, a correction sheet,
 * estimate versus settlement, a focal-point list, period rows) plus the corpus's own families, all worded with
 * ./wordings.ts. Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind8/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind8/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind8Context, pickBlind8Style } from "./context";
import { bilingualDonor, correctionSheet, inspectionMinutes } from "./families";
import { budgetSettlement, contactList, periodRows } from "./families2";

export type Blind8Case = SplitCase<"blind8">;

/** Layout families no other split has. */
export const BLIND8_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind8Context>> = [
  { name: "b8-inspection-minutes", legacyBias: true, build: inspectionMinutes },
  { name: "b8-bilingual-donor", legacyBias: false, build: bilingualDonor },
  { name: "b8-correction-sheet", legacyBias: false, build: correctionSheet },
  { name: "b8-budget-settlement", legacyBias: true, build: budgetSettlement },
  { name: "b8-contact-list", legacyBias: false, build: contactList },
  { name: "b8-period-rows", legacyBias: false, build: periodRows },
];

export const BLIND8_DEFAULT_SEED = 20280607;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND8_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind8", Blind8Context> = {
  split: "blind8",
  newFamilies: BLIND8_NEW_FAMILIES,
  oldPrefix: "b8-old-",
  context: Blind8Context,
  pickStyle: pickBlind8Style,
  defaultSeed: BLIND8_DEFAULT_SEED,
  casesPerFamily: BLIND8_CASES_PER_FAMILY,
};

/** Every case of the blind8 split: the new families first, then the corpus's families in blind8 wordings. */
export function buildBlind8Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind8Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind8/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind8Corpus(outDir: string, cases: readonly Blind8Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

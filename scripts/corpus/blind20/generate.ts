/**
 * The "blind20" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./digest.ts, ./royalty.ts, ./dossier.ts, ./check.ts, ./iso.ts, ./recon.ts) plus the corpus's own
 * families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a matcher on it,
 * never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind20/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind20/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { checkTemplate } from "./check";
import { Blind20Context, pickBlind20Style } from "./context";
import { socioeconomicDigest } from "./digest";
import { commendationDossier } from "./dossier";
import { isoObjectives } from "./iso";
import { reconciliationRecord } from "./recon";
import { royaltyLedger } from "./royalty";

export type Blind20Case = SplitCase<"blind20">;

/** Layout families no other split has. */
export const BLIND20_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind20Context>> = [
  { name: "b20-socioeconomic-indicator-digest", legacyBias: false, build: socioeconomicDigest },
  { name: "b20-royalty-fund-ledger", legacyBias: true, build: royaltyLedger },
  { name: "b20-commendation-dossier", legacyBias: true, build: commendationDossier },
  { name: "b20-validation-check-template", legacyBias: false, build: checkTemplate },
  { name: "b20-iso-quality-objectives", legacyBias: false, build: isoObjectives },
  { name: "b20-reconciliation-record", legacyBias: true, build: reconciliationRecord },
];

export const BLIND20_DEFAULT_SEED = 20340621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND20_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind20", Blind20Context> = {
  split: "blind20",
  newFamilies: BLIND20_NEW_FAMILIES,
  oldPrefix: "b20-old-",
  context: Blind20Context,
  pickStyle: pickBlind20Style,
  defaultSeed: BLIND20_DEFAULT_SEED,
  casesPerFamily: BLIND20_CASES_PER_FAMILY,
};

/** Every case of the blind20 split: the new families first, then the corpus's families in blind20 wordings. */
export function buildBlind20Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind20Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind20/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind20Corpus(outDir: string, cases: readonly Blind20Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

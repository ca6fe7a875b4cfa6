/**
 * The "blind35" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./ideology.ts, ./fund.ts, ./association.ts, ./bidplan.ts, ./network.ts, ./mediakit.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind35/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind35/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { associationReturn } from "./association";
import { bidPackagePlan } from "./bidplan";
import { Blind35Context, pickBlind35Style } from "./context";
import { fundAppropriation } from "./fund";
import { ideologyAnnex } from "./ideology";
import { advertiserMediaKit } from "./mediakit";
import { correspondentNetwork } from "./network";

export type Blind35Case = SplitCase<"blind35">;

/** Layout families no other split has. */
export const BLIND35_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind35Context>> = [
  { name: "b35-ideology-defence-steering-annex", legacyBias: true, build: ideologyAnnex },
  { name: "b35-surplus-fund-appropriation", legacyBias: false, build: fundAppropriation },
  { name: "b35-arts-association-annual-return", legacyBias: true, build: associationReturn },
  { name: "b35-bid-package-selection-plan", legacyBias: false, build: bidPackagePlan },
  { name: "b35-district-correspondent-network", legacyBias: true, build: correspondentNetwork },
  { name: "b35-advertiser-media-kit", legacyBias: false, build: advertiserMediaKit },
];

export const BLIND35_DEFAULT_SEED = 20420117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND35_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind35", Blind35Context> = {
  split: "blind35",
  newFamilies: BLIND35_NEW_FAMILIES,
  oldPrefix: "b35-old-",
  context: Blind35Context,
  pickStyle: pickBlind35Style,
  defaultSeed: BLIND35_DEFAULT_SEED,
  casesPerFamily: BLIND35_CASES_PER_FAMILY,
};

/** Every case of the blind35 split: the new families first, then the corpus's families in blind35 wordings. */
export function buildBlind35Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind35Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind35/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind35Corpus(outDir: string, cases: readonly Blind35Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

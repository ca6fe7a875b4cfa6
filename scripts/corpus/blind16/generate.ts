/**
 * The "blind16" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./charts.ts, ./growth.ts, ./council.ts, ./proposal.ts, ./merge.ts, ./orders.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind16/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind16/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { chartBlocks } from "./charts";
import { Blind16Context, pickBlind16Style } from "./context";
import { councilAppendix } from "./council";
import { growthWorkings } from "./growth";
import { mailMergeSource } from "./merge";
import { orderAcceptance } from "./orders";
import { proposalBaseline } from "./proposal";

export type Blind16Case = SplitCase<"blind16">;

/** Layout families no other split has. */
export const BLIND16_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind16Context>> = [
  { name: "b16-chart-data-blocks", legacyBias: false, build: chartBlocks },
  { name: "b16-growth-rate-workings", legacyBias: true, build: growthWorkings },
  { name: "b16-council-query-appendix", legacyBias: false, build: councilAppendix },
  { name: "b16-project-proposal-baseline", legacyBias: true, build: proposalBaseline },
  { name: "b16-mail-merge-source", legacyBias: false, build: mailMergeSource },
  { name: "b16-order-acceptance-record", legacyBias: true, build: orderAcceptance },
];

export const BLIND16_DEFAULT_SEED = 20320523;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND16_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind16", Blind16Context> = {
  split: "blind16",
  newFamilies: BLIND16_NEW_FAMILIES,
  oldPrefix: "b16-old-",
  context: Blind16Context,
  pickStyle: pickBlind16Style,
  defaultSeed: BLIND16_DEFAULT_SEED,
  casesPerFamily: BLIND16_CASES_PER_FAMILY,
};

/** Every case of the blind16 split: the new families first, then the corpus's families in blind16 wordings. */
export function buildBlind16Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind16Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind16/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind16Corpus(outDir: string, cases: readonly Blind16Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

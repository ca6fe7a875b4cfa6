/**
 * The "blind18" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./zalo.ts, ./term.ts, ./pdf.ts, ./cluster.ts, ./estimate.ts, ./letter.ts) plus the corpus's own
 * families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a matcher on it,
 * never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind18/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind18/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { clusterExchange } from "./cluster";
import { Blind18Context, pickBlind18Style } from "./context";
import { estimateAndNextPlan } from "./estimate";
import { replyLetter } from "./letter";
import { pdfConverted } from "./pdf";
import { termReview } from "./term";
import { zaloExtract } from "./zalo";

export type Blind18Case = SplitCase<"blind18">;

/** Layout families no other split has. */
export const BLIND18_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind18Context>> = [
  { name: "b18-zalo-group-extract", legacyBias: false, build: zaloExtract },
  { name: "b18-term-review-appendix", legacyBias: true, build: termReview },
  { name: "b18-pdf-converted-pages", legacyBias: false, build: pdfConverted },
  { name: "b18-northwest-cluster-exchange", legacyBias: false, build: clusterExchange },
  { name: "b18-estimate-next-year-plan", legacyBias: true, build: estimateAndNextPlan },
  { name: "b18-reply-letter-table", legacyBias: true, build: replyLetter },
];

export const BLIND18_DEFAULT_SEED = 20330731;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND18_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind18", Blind18Context> = {
  split: "blind18",
  newFamilies: BLIND18_NEW_FAMILIES,
  oldPrefix: "b18-old-",
  context: Blind18Context,
  pickStyle: pickBlind18Style,
  defaultSeed: BLIND18_DEFAULT_SEED,
  casesPerFamily: BLIND18_CASES_PER_FAMILY,
};

/** Every case of the blind18 split: the new families first, then the corpus's families in blind18 wordings. */
export function buildBlind18Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind18Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind18/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind18Corpus(outDir: string, cases: readonly Blind18Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

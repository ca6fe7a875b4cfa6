/**
 * The "blind27" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./unitlist.ts, ./output.ts, ./cards.ts, ./analytics.ts, ./interview.ts, ./ethnic.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind27/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind27/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { analyticsExport } from "./analytics";
import { pressCardList } from "./cards";
import { Blind27Context, pickBlind27Style } from "./context";
import { ethnicPolicyReport } from "./ethnic";
import { interviewRecord } from "./interview";
import { outputStatistics } from "./output";
import { unitAutonomyList } from "./unitlist";

export type Blind27Case = SplitCase<"blind27">;

/** Layout families no other split has. */
export const BLIND27_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind27Context>> = [
  { name: "b27-public-unit-autonomy-classification", legacyBias: true, build: unitAutonomyList },
  { name: "b27-airtime-and-print-run-statistics", legacyBias: false, build: outputStatistics },
  { name: "b27-press-card-renewal-list", legacyBias: true, build: pressCardList },
  { name: "b27-web-analytics-export", legacyBias: false, build: analyticsExport },
  { name: "b27-site-visit-interview-record", legacyBias: true, build: interviewRecord },
  { name: "b27-ethnic-affairs-policy-report", legacyBias: false, build: ethnicPolicyReport },
];

export const BLIND27_DEFAULT_SEED = 20380117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND27_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind27", Blind27Context> = {
  split: "blind27",
  newFamilies: BLIND27_NEW_FAMILIES,
  oldPrefix: "b27-old-",
  context: Blind27Context,
  pickStyle: pickBlind27Style,
  defaultSeed: BLIND27_DEFAULT_SEED,
  casesPerFamily: BLIND27_CASES_PER_FAMILY,
};

/** Every case of the blind27 split: the new families first, then the corpus's families in blind27 wordings. */
export function buildBlind27Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind27Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind27/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind27Corpus(outDir: string, cases: readonly Blind27Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

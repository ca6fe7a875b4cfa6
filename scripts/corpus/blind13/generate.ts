/**
 * The "blind13" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./yearbook.ts, ./roadmap.ts, ./channels.ts, ./profile.ts, ./matrix.ts, ./tally.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind13/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind13/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { channelBreakdown } from "./channels";
import { Blind13Context, pickBlind13Style } from "./context";
import { codedEntryMatrix } from "./matrix";
import { agencyProfileCard } from "./profile";
import { roadmapPlanActual } from "./roadmap";
import { campaignTopicTally } from "./tally";
import { yearbookSeries } from "./yearbook";

export type Blind13Case = SplitCase<"blind13">;

/** Layout families no other split has. */
export const BLIND13_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind13Context>> = [
  { name: "b13-yearbook-series", legacyBias: true, build: yearbookSeries },
  { name: "b13-roadmap-plan-actual", legacyBias: false, build: roadmapPlanActual },
  { name: "b13-channel-breakdown", legacyBias: false, build: channelBreakdown },
  { name: "b13-agency-profile-card", legacyBias: true, build: agencyProfileCard },
  { name: "b13-coded-entry-matrix", legacyBias: false, build: codedEntryMatrix },
  { name: "b13-campaign-topic-tally", legacyBias: true, build: campaignTopicTally },
];

export const BLIND13_DEFAULT_SEED = 20310211;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND13_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind13", Blind13Context> = {
  split: "blind13",
  newFamilies: BLIND13_NEW_FAMILIES,
  oldPrefix: "b13-old-",
  context: Blind13Context,
  pickStyle: pickBlind13Style,
  defaultSeed: BLIND13_DEFAULT_SEED,
  casesPerFamily: BLIND13_CASES_PER_FAMILY,
};

/** Every case of the blind13 split: the new families first, then the corpus's families in blind13 wordings. */
export function buildBlind13Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind13Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind13/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind13Corpus(outDir: string, cases: readonly Blind13Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

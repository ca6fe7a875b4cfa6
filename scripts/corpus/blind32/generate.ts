/**
 * The "blind32" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./storm.ts, ./relay.ts, ./review.ts, ./literacy.ts, ./festival.ts, ./tracker.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind32/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind32/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind32Context, pickBlind32Style } from "./context";
import { festivalRegistration } from "./festival";
import { literacyReturn } from "./literacy";
import { relayRegister } from "./relay";
import { sixMonthReview } from "./review";
import { stormReport } from "./storm";
import { yearTabTracker } from "./tracker";

export type Blind32Case = SplitCase<"blind32">;

/** Layout families no other split has. */
export const BLIND32_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind32Context>> = [
  { name: "b32-storm-flood-coverage-report", legacyBias: false, build: stormReport },
  { name: "b32-relay-station-coverage-register", legacyBias: true, build: relayRegister },
  { name: "b32-six-month-preliminary-review", legacyBias: false, build: sixMonthReview },
  { name: "b32-digital-literacy-movement-return", legacyBias: true, build: literacyReturn },
  { name: "b32-press-festival-registration", legacyBias: true, build: festivalRegistration },
  { name: "b32-officer-year-tab-tracker", legacyBias: false, build: yearTabTracker },
];

export const BLIND32_DEFAULT_SEED = 20400621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND32_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind32", Blind32Context> = {
  split: "blind32",
  newFamilies: BLIND32_NEW_FAMILIES,
  oldPrefix: "b32-old-",
  context: Blind32Context,
  pickStyle: pickBlind32Style,
  defaultSeed: BLIND32_DEFAULT_SEED,
  casesPerFamily: BLIND32_CASES_PER_FAMILY,
};

/** Every case of the blind32 split: the new families first, then the corpus's families in blind32 wordings. */
export function buildBlind32Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind32Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind32/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind32Corpus(outDir: string, cases: readonly Blind32Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

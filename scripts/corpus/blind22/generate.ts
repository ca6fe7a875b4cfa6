/**
 * The "blind22" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./party.ts, ./ethnic.ts, ./staff.ts, ./archive.ts, ./variance.ts, ./slides.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind22/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind22/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { yearlyArchive } from "./archive";
import { Blind22Context, pickBlind22Style } from "./context";
import { ethnicReport } from "./ethnic";
import { partyReview } from "./party";
import { conferenceSlides } from "./slides";
import { staffStatistics } from "./staff";
import { varianceNote } from "./variance";

export type Blind22Case = SplitCase<"blind22">;

/** Layout families no other split has. */
export const BLIND22_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind22Context>> = [
  { name: "b22-party-resolution-midterm-review", legacyBias: true, build: partyReview },
  { name: "b22-ethnic-language-programme-report", legacyBias: false, build: ethnicReport },
  { name: "b22-gender-ethnic-staff-statistics", legacyBias: true, build: staffStatistics },
  { name: "b22-yearly-report-archive", legacyBias: false, build: yearlyArchive },
  { name: "b22-variance-explanation-note", legacyBias: true, build: varianceNote },
  { name: "b22-conference-slide-tables", legacyBias: false, build: conferenceSlides },
];

export const BLIND22_DEFAULT_SEED = 20350621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND22_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind22", Blind22Context> = {
  split: "blind22",
  newFamilies: BLIND22_NEW_FAMILIES,
  oldPrefix: "b22-old-",
  context: Blind22Context,
  pickStyle: pickBlind22Style,
  defaultSeed: BLIND22_DEFAULT_SEED,
  casesPerFamily: BLIND22_CASES_PER_FAMILY,
};

/** Every case of the blind22 split: the new families first, then the corpus's families in blind22 wordings. */
export function buildBlind22Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind22Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind22/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind22Corpus(outDir: string, cases: readonly Blind22Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

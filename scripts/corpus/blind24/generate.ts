/**
 * The "blind24" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./dossier.ts, ./ranking.ts, ./district.ts, ./quarterly.ts, ./channels.ts, ./infosec.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind24/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind24/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { channelRegister } from "./channels";
import { Blind24Context, pickBlind24Style } from "./context";
import { districtCoverage } from "./district";
import { licenceDossier } from "./dossier";
import { infosecAppendices } from "./infosec";
import { quarterlyFiles } from "./quarterly";
import { rankingBlocks } from "./ranking";

export type Blind24Case = SplitCase<"blind24">;

/** Layout families no other split has. */
export const BLIND24_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind24Context>> = [
  { name: "b24-licence-amendment-dossier", legacyBias: true, build: licenceDossier },
  { name: "b24-indicator-ranking-blocks", legacyBias: false, build: rankingBlocks },
  { name: "b24-district-article-coverage", legacyBias: true, build: districtCoverage },
  { name: "b24-quarterly-cumulative-files", legacyBias: false, build: quarterlyFiles },
  { name: "b24-platform-channel-register", legacyBias: false, build: channelRegister },
  { name: "b24-infosec-report-appendices", legacyBias: true, build: infosecAppendices },
];

export const BLIND24_DEFAULT_SEED = 20360621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND24_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind24", Blind24Context> = {
  split: "blind24",
  newFamilies: BLIND24_NEW_FAMILIES,
  oldPrefix: "b24-old-",
  context: Blind24Context,
  pickStyle: pickBlind24Style,
  defaultSeed: BLIND24_DEFAULT_SEED,
  casesPerFamily: BLIND24_CASES_PER_FAMILY,
};

/** Every case of the blind24 split: the new families first, then the corpus's families in blind24 wordings. */
export function buildBlind24Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind24Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind24/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind24Corpus(outDir: string, cases: readonly Blind24Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

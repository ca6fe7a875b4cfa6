/**
 * The "blind7" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./families.ts, ./families2.ts: the department's quarterly table with the whole year beside the
 * quarters, a dashboard of formulas in front of its data sheet, the province compared with the national targets,
 * the emulation committee's scoring sheets, a returned template whose instructions carry an example table, and a
 * monitoring sheet whose monthly rows are grouped and collapsed under each total) plus the corpus's own families,
 * all worded with ./wordings.ts. Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind7/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind7/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind7Context, pickBlind7Style } from "./context";
import { dashboardSheet, nationalComparison, quarterlyTable } from "./families";
import { emulationScoring, instructionsTemplate, outlineGroups } from "./families2";

export type Blind7Case = SplitCase<"blind7">;

/** Layout families no other split has. */
export const BLIND7_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind7Context>> = [
  { name: "b7-quarterly-year-total", legacyBias: false, build: quarterlyTable },
  { name: "b7-dashboard-formulas", legacyBias: false, build: dashboardSheet },
  { name: "b7-national-comparison", legacyBias: true, build: nationalComparison },
  { name: "b7-emulation-scoring", legacyBias: true, build: emulationScoring },
  { name: "b7-instructions-example", legacyBias: false, build: instructionsTemplate },
  { name: "b7-outline-groups", legacyBias: false, build: outlineGroups },
];

export const BLIND7_DEFAULT_SEED = 20280219;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND7_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind7", Blind7Context> = {
  split: "blind7",
  newFamilies: BLIND7_NEW_FAMILIES,
  oldPrefix: "b7-old-",
  context: Blind7Context,
  pickStyle: pickBlind7Style,
  defaultSeed: BLIND7_DEFAULT_SEED,
  casesPerFamily: BLIND7_CASES_PER_FAMILY,
};

/** Every case of the blind7 split: the new families first, then the corpus's families in blind7 wordings. */
export function buildBlind7Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind7Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind7/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind7Corpus(outDir: string, cases: readonly Blind7Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

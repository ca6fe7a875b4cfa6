/**
 * The "blind33" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./revision.ts, ./rollup.ts, ./spokes.ts, ./grading.ts, ./research.ts, ./dxday.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind33/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind33/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind33Context, pickBlind33Style } from "./context";
import { dxDayReport } from "./dxday";
import { gradingDossier } from "./grading";
import { researchAppendix } from "./research";
import { revisionRequest } from "./revision";
import { districtRollup } from "./rollup";
import { spokespersonReport } from "./spokes";

export type Blind33Case = SplitCase<"blind33">;

/** Layout families no other split has. */
export const BLIND33_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind33Context>> = [
  { name: "b33-target-revision-request", legacyBias: true, build: revisionRequest },
  { name: "b33-district-media-centre-rollup", legacyBias: false, build: districtRollup },
  { name: "b33-spokesperson-regime-report", legacyBias: true, build: spokespersonReport },
  { name: "b33-public-unit-grading-dossier", legacyBias: false, build: gradingDossier },
  { name: "b33-research-project-data-appendix", legacyBias: false, build: researchAppendix },
  { name: "b33-national-dx-day-response-report", legacyBias: true, build: dxDayReport },
];

export const BLIND33_DEFAULT_SEED = 20410117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND33_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind33", Blind33Context> = {
  split: "blind33",
  newFamilies: BLIND33_NEW_FAMILIES,
  oldPrefix: "b33-old-",
  context: Blind33Context,
  pickStyle: pickBlind33Style,
  defaultSeed: BLIND33_DEFAULT_SEED,
  casesPerFamily: BLIND33_CASES_PER_FAMILY,
};

/** Every case of the blind33 split: the new families first, then the corpus's families in blind33 wordings. */
export function buildBlind33Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind33Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind33/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind33Corpus(outDir: string, cases: readonly Blind33Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

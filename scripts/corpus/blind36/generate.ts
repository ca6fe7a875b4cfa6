/**
 * The "blind36" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./procurement.ts, ./costing.ts, ./skills.ts, ./ideology.ts, ./survey.ts, ./staffing.ts) plus
 * the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind36/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind36/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind36Context, pickBlind36Style } from "./context";
import { unitCosting } from "./costing";
import { ideologyReport } from "./ideology";
import { contractorPlan } from "./procurement";
import { skillsReturn } from "./skills";
import { staffingPlan } from "./staffing";
import { surveyTabulation } from "./survey";

export type Blind36Case = SplitCase<"blind36">;

/** Layout families no other split has. */
export const BLIND36_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind36Context>> = [
  { name: "b36-contractor-selection-plan", legacyBias: false, build: contractorPlan },
  { name: "b36-product-unit-costing", legacyBias: true, build: unitCosting },
  { name: "b36-digital-skills-signature-return", legacyBias: false, build: skillsReturn },
  { name: "b36-ideology-defence-steering-report", legacyBias: true, build: ideologyReport },
  { name: "b36-audience-survey-tabulation", legacyBias: false, build: surveyTabulation },
  { name: "b36-staffing-recruitment-plan", legacyBias: true, build: staffingPlan },
];

export const BLIND36_DEFAULT_SEED = 20420621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND36_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind36", Blind36Context> = {
  split: "blind36",
  newFamilies: BLIND36_NEW_FAMILIES,
  oldPrefix: "b36-old-",
  context: Blind36Context,
  pickStyle: pickBlind36Style,
  defaultSeed: BLIND36_DEFAULT_SEED,
  casesPerFamily: BLIND36_CASES_PER_FAMILY,
};

/** Every case of the blind36 split: the new families first, then the corpus's families in blind36 wordings. */
export function buildBlind36Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind36Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind36/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind36Corpus(outDir: string, cases: readonly Blind36Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

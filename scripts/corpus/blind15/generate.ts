/**
 * The "blind15" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./commission.ts, ./autonomy.ts, ./annex.ts, ./departments.ts, ./replies.ts, ./coverage.ts) plus
 * the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind15/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind15/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { targetAnnex } from "./annex";
import { autonomyPlan } from "./autonomy";
import { commissionAcceptance } from "./commission";
import { Blind15Context, pickBlind15Style } from "./context";
import { pressTypeCoverage } from "./coverage";
import { departmentHeadcount } from "./departments";
import { repliesLog } from "./replies";

export type Blind15Case = SplitCase<"blind15">;

/** Layout families no other split has. */
export const BLIND15_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind15Context>> = [
  { name: "b15-commission-acceptance", legacyBias: true, build: commissionAcceptance },
  { name: "b15-autonomy-financial-plan", legacyBias: false, build: autonomyPlan },
  { name: "b15-target-assignment-annex", legacyBias: true, build: targetAnnex },
  { name: "b15-department-headcount", legacyBias: false, build: departmentHeadcount },
  { name: "b15-received-replies-log", legacyBias: false, build: repliesLog },
  { name: "b15-press-type-coverage", legacyBias: true, build: pressTypeCoverage },
];

export const BLIND15_DEFAULT_SEED = 20320115;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND15_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind15", Blind15Context> = {
  split: "blind15",
  newFamilies: BLIND15_NEW_FAMILIES,
  oldPrefix: "b15-old-",
  context: Blind15Context,
  pickStyle: pickBlind15Style,
  defaultSeed: BLIND15_DEFAULT_SEED,
  casesPerFamily: BLIND15_CASES_PER_FAMILY,
};

/** Every case of the blind15 split: the new families first, then the corpus's families in blind15 wordings. */
export function buildBlind15Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind15Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind15/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind15Corpus(outDir: string, cases: readonly Blind15Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

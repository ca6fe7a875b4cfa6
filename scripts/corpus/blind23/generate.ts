/**
 * The "blind23" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./cyber.ts, ./chronicle.ts, ./payroll.ts, ./reminder.ts, ./external.ts, ./freepaper.ts) plus
 * the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind23/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind23/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { milestoneChronicle } from "./chronicle";
import { Blind23Context, pickBlind23Style } from "./context";
import { cyberReport } from "./cyber";
import { externalReport } from "./external";
import { freePaperDistribution } from "./freepaper";
import { payrollReturn } from "./payroll";
import { reminderLetter } from "./reminder";

export type Blind23Case = SplitCase<"blind23">;

/** Layout families no other split has. */
export const BLIND23_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind23Context>> = [
  { name: "b23-cyber-incident-annual-report", legacyBias: true, build: cyberReport },
  { name: "b23-anniversary-milestone-chronicle", legacyBias: false, build: milestoneChronicle },
  { name: "b23-payroll-headcount-return", legacyBias: true, build: payrollReturn },
  { name: "b23-overdue-reminder-letter", legacyBias: true, build: reminderLetter },
  { name: "b23-external-information-report", legacyBias: false, build: externalReport },
  { name: "b23-free-paper-distribution-remote", legacyBias: false, build: freePaperDistribution },
];

export const BLIND23_DEFAULT_SEED = 20360117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND23_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind23", Blind23Context> = {
  split: "blind23",
  newFamilies: BLIND23_NEW_FAMILIES,
  oldPrefix: "b23-old-",
  context: Blind23Context,
  pickStyle: pickBlind23Style,
  defaultSeed: BLIND23_DEFAULT_SEED,
  casesPerFamily: BLIND23_CASES_PER_FAMILY,
};

/** Every case of the blind23 split: the new families first, then the corpus's families in blind23 wordings. */
export function buildBlind23Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind23Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind23/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind23Corpus(outDir: string, cases: readonly Blind23Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

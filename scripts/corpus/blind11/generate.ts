/**
 * The "blind11" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./tracker.ts, ./finance.ts, ./export.ts, ./roster.ts, ./outline.ts, ./inventory.ts) plus the
 * corpus's own families, all worded with ./wordings.ts. Never tune a matcher on it, never look at its per-case
 * errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind11/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind11/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
 * a given seed.
 */
import {
  buildSplit,
  splitCli,
  writeSplit,
  type SplitCase,
  type SplitFamily,
  type SplitSpec,
} from "../splitHarness";
import { Blind11Context, pickBlind11Style } from "./context";
import { systemExport } from "./export";
import { financeSettlement } from "./finance";
import { systemInventory } from "./inventory";
import { fillInOutline } from "./outline";
import { staffRoster } from "./roster";
import { targetTracker } from "./tracker";

export type Blind11Case = SplitCase<"blind11">;

/** Layout families no other split has. */
export const BLIND11_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind11Context>> = [
  { name: "b11-target-tracker", legacyBias: true, build: targetTracker },
  { name: "b11-finance-settlement", legacyBias: false, build: financeSettlement },
  { name: "b11-portal-data-rows", legacyBias: false, build: systemExport },
  { name: "b11-staff-quality-table", legacyBias: true, build: staffRoster },
  { name: "b11-fill-in-outline", legacyBias: true, build: fillInOutline },
  { name: "b11-system-inventory", legacyBias: false, build: systemInventory },
];

export const BLIND11_DEFAULT_SEED = 20300112;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND11_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind11", Blind11Context> = {
  split: "blind11",
  newFamilies: BLIND11_NEW_FAMILIES,
  oldPrefix: "b11-old-",
  context: Blind11Context,
  pickStyle: pickBlind11Style,
  defaultSeed: BLIND11_DEFAULT_SEED,
  casesPerFamily: BLIND11_CASES_PER_FAMILY,
};

/** Every case of the blind11 split: the new families first, then the corpus's families in blind11 wordings. */
export function buildBlind11Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind11Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind11/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind11Corpus(outDir: string, cases: readonly Blind11Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

/**
 * The "blind12" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./finance.ts, ./inventory.ts, ./training.ts, ./extract.ts, ./tiles.ts, ./outline.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind12/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind12/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind12Context, pickBlind12Style } from "./context";
import { softwareExtract } from "./extract";
import { financeSettlement } from "./finance";
import { systemInventory } from "./inventory";
import { reportOutline } from "./outline";
import { dashboardTiles } from "./tiles";
import { trainingClasses } from "./training";

export type Blind12Case = SplitCase<"blind12">;

/** Layout families no other split has. */
export const BLIND12_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind12Context>> = [
  { name: "b12-finance-settlement", legacyBias: true, build: financeSettlement },
  { name: "b12-system-inventory", legacyBias: false, build: systemInventory },
  { name: "b12-training-classes", legacyBias: true, build: trainingClasses },
  { name: "b12-software-extract", legacyBias: false, build: softwareExtract },
  { name: "b12-dashboard-tiles", legacyBias: false, build: dashboardTiles },
  { name: "b12-report-outline", legacyBias: true, build: reportOutline },
];

export const BLIND12_DEFAULT_SEED = 20300506;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND12_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind12", Blind12Context> = {
  split: "blind12",
  newFamilies: BLIND12_NEW_FAMILIES,
  oldPrefix: "b12-old-",
  context: Blind12Context,
  pickStyle: pickBlind12Style,
  defaultSeed: BLIND12_DEFAULT_SEED,
  casesPerFamily: BLIND12_CASES_PER_FAMILY,
};

/** Every case of the blind12 split: the new families first, then the corpus's families in blind12 wordings. */
export function buildBlind12Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind12Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind12/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind12Corpus(outDir: string, cases: readonly Blind12Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

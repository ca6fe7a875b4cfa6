/**
 * The "blind4" split: written on 2026-11-26 (blind3 retired to tuning material) without
 * looking at the detector, its vocabulary, the other splits' wordings or any detection result, to measure
 * generalisation to layouts, wordings and traps the corpus does not have. Six new layout families (./families.ts,
 * ./families2.ts: report outline with "label: value" paragraphs, KPI dashboard tiles, agencies as column groups,
 * a department's stacked per-indicator tables, years written in the row labels, agency blocks in a transposed
 * list) plus the corpus's own families, all worded with ./wordings.ts. Never tune a matcher on it, never look at
 * its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind4/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind4/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { Blind4Context, pickBlind4Style } from "./context";
import { columnGroups, kpiTiles, outlineParagraphs } from "./families";
import { agencyBlocks, indicatorTables, yearRows } from "./families2";

export type Blind4Case = SplitCase<"blind4">;

/** Layout families no other split has. */
export const BLIND4_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind4Context>> = [
  { name: "b4-outline-paragraphs", legacyBias: true, build: outlineParagraphs },
  { name: "b4-kpi-tiles", legacyBias: false, build: kpiTiles },
  { name: "b4-agency-column-groups", legacyBias: false, build: columnGroups },
  { name: "b4-indicator-tables", legacyBias: true, build: indicatorTables },
  { name: "b4-year-in-label", legacyBias: true, build: yearRows },
  { name: "b4-agency-blocks", legacyBias: false, build: agencyBlocks },
];

export const BLIND4_DEFAULT_SEED = 20261130;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND4_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind4", Blind4Context> = {
  split: "blind4",
  newFamilies: BLIND4_NEW_FAMILIES,
  oldPrefix: "b4-old-",
  context: Blind4Context,
  pickStyle: pickBlind4Style,
  defaultSeed: BLIND4_DEFAULT_SEED,
  casesPerFamily: BLIND4_CASES_PER_FAMILY,
};

/** Every case of the blind4 split: the new families first, then the corpus's families in blind4 wordings. */
export function buildBlind4Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind4Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind4/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind4Corpus(outDir: string, cases: readonly Blind4Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

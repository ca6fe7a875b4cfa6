/**
 * The "blind19" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./conference.ts, ./socioeconomic.ts, ./themes.ts, ./royalty.ts, ./registry.ts,
 * ./management.ts) plus the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in
 * ./texts.ts). Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind19/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind19/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { staffConference } from "./conference";
import { Blind19Context, pickBlind19Style } from "./context";
import { managementReport } from "./management";
import { pressRegistry } from "./registry";
import { royaltyLedger } from "./royalty";
import { socioeconomicAnnex } from "./socioeconomic";
import { themeAppendices } from "./themes";

export type Blind19Case = SplitCase<"blind19">;

/** Layout families no other split has. */
export const BLIND19_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind19Context>> = [
  { name: "b19-staff-conference-appendix", legacyBias: true, build: staffConference },
  { name: "b19-socioeconomic-report-annex", legacyBias: true, build: socioeconomicAnnex },
  { name: "b19-theme-appendix-sheets", legacyBias: false, build: themeAppendices },
  { name: "b19-royalty-ledger-tally", legacyBias: true, build: royaltyLedger },
  { name: "b19-press-registry-in-province", legacyBias: false, build: pressRegistry },
  { name: "b19-state-management-wide-report", legacyBias: false, build: managementReport },
];

export const BLIND19_DEFAULT_SEED = 20340117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND19_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind19", Blind19Context> = {
  split: "blind19",
  newFamilies: BLIND19_NEW_FAMILIES,
  oldPrefix: "b19-old-",
  context: Blind19Context,
  pickStyle: pickBlind19Style,
  defaultSeed: BLIND19_DEFAULT_SEED,
  casesPerFamily: BLIND19_CASES_PER_FAMILY,
};

/** Every case of the blind19 split: the new families first, then the corpus's families in blind19 wordings. */
export function buildBlind19Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind19Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind19/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind19Corpus(outDir: string, cases: readonly Blind19Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

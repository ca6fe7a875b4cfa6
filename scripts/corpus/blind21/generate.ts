/**
 * The "blind21" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./editorial.ts, ./circulation.ts, ./jobs.ts, ./evidence.ts, ./email.ts, ./labour.ts) plus the
 * corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind21/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind21/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { circulationStatement } from "./circulation";
import { Blind21Context, pickBlind21Style } from "./context";
import { editorialRegister } from "./editorial";
import { emailCompilation } from "./email";
import { evidenceIndex } from "./evidence";
import { jobPositionScheme } from "./jobs";
import { labourChangeReport } from "./labour";

export type Blind21Case = SplitCase<"blind21">;

/** Layout families no other split has. */
export const BLIND21_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind21Context>> = [
  { name: "b21-editorial-topic-register", legacyBias: true, build: editorialRegister },
  { name: "b21-circulation-revenue-statement", legacyBias: false, build: circulationStatement },
  { name: "b21-job-position-scheme", legacyBias: true, build: jobPositionScheme },
  { name: "b21-dti-evidence-index", legacyBias: false, build: evidenceIndex },
  { name: "b21-email-reply-compilation", legacyBias: false, build: emailCompilation },
  { name: "b21-labour-change-report", legacyBias: true, build: labourChangeReport },
];

export const BLIND21_DEFAULT_SEED = 20350117;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND21_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind21", Blind21Context> = {
  split: "blind21",
  newFamilies: BLIND21_NEW_FAMILIES,
  oldPrefix: "b21-old-",
  context: Blind21Context,
  pickStyle: pickBlind21Style,
  defaultSeed: BLIND21_DEFAULT_SEED,
  casesPerFamily: BLIND21_CASES_PER_FAMILY,
};

/** Every case of the blind21 split: the new families first, then the corpus's families in blind21 wordings. */
export function buildBlind21Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind21Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind21/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind21Corpus(outDir: string, cases: readonly Blind21Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

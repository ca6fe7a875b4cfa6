/**
 * The "blind34" split: written without looking at the detector, its vocabulary, the other splits' wordings or any
 * detection result, to measure generalisation to layouts, wordings and traps the corpus does not have. Six new
 * layout families (./invoice.ts, ./exchange.ts, ./grading.ts, ./aipilot.ts, ./portal.ts, ./loudspeaker.ts) plus
 * the corpus's own families, all worded with ./wordings.ts (the families' fixed texts in ./texts.ts). Never tune a
 * matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind34/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind34/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for
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
import { aiPilotEvaluation } from "./aipilot";
import { Blind34Context, pickBlind34Style } from "./context";
import { exchangeTally } from "./exchange";
import { gradingSummary } from "./grading";
import { invoiceListing } from "./invoice";
import { loudspeakerReturn } from "./loudspeaker";
import { portalReport } from "./portal";

export type Blind34Case = SplitCase<"blind34">;

/** Layout families no other split has. */
export const BLIND34_NEW_FAMILIES: ReadonlyArray<SplitFamily<Blind34Context>> = [
  { name: "b34-e-invoice-revenue-listing", legacyBias: false, build: invoiceListing },
  { name: "b34-content-exchange-agreement-tally", legacyBias: true, build: exchangeTally },
  { name: "b34-staff-grading-summary", legacyBias: true, build: gradingSummary },
  { name: "b34-ai-tool-pilot-evaluation", legacyBias: false, build: aiPilotEvaluation },
  { name: "b34-e-portal-operation-report", legacyBias: false, build: portalReport },
  { name: "b34-grassroots-loudspeaker-conversion-return", legacyBias: true, build: loudspeakerReturn },
];

export const BLIND34_DEFAULT_SEED = 20410621;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND34_CASES_PER_FAMILY = 7;

const SPEC: SplitSpec<"blind34", Blind34Context> = {
  split: "blind34",
  newFamilies: BLIND34_NEW_FAMILIES,
  oldPrefix: "b34-old-",
  context: Blind34Context,
  pickStyle: pickBlind34Style,
  defaultSeed: BLIND34_DEFAULT_SEED,
  casesPerFamily: BLIND34_CASES_PER_FAMILY,
};

/** Every case of the blind34 split: the new families first, then the corpus's families in blind34 wordings. */
export function buildBlind34Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind34Case[]> {
  return buildSplit(SPEC, options);
}

/** Writes <outDir>/blind34/<case id>/*.xlsx and truth.json for each case. */
export function writeBlind34Corpus(outDir: string, cases: readonly Blind34Case[]): Promise<void> {
  return writeSplit(outDir, cases);
}

splitCli(SPEC, __filename);

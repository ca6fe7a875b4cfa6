/**
 * A labelled corpus of agency workbooks for measuring automatic cell detection (precision / recall).
 *
 *   node scripts/run-ts.js scripts/corpus/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/<split>/<case id>/*.xlsx and truth.json ({"plan", "split", "family", "mappings", "absent"}).
 * `mappings` lists every cell that holds an ACTUAL plan value; `absent` lists the plan slots the case's
 * workbooks do not report (a proposal for one is a false positive). Fully deterministic for a given seed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import { CaseContext, pickValueStyle, pickVoice, VOICES, type Voice } from "./context";
import { agenciesAsColumns, sheetPerAgency, statisticalForm } from "./familiesA";
import { longList, transposed, workbookPerAgency } from "./familiesB";
import { attainmentTable, sheetPerYear, stackedBlocks } from "./familiesC";
import { makeCaseData, PLAN_ID, type Slot, type Split, type TruthEntry } from "./model";
import { makeRng, type Rng } from "./random";
import type { BuiltFile } from "./sheets";

export type { Slot, TruthEntry } from "./model";

export type CorpusCase = {
  id: string;
  split: "tune" | "heldout";
  family: string;
  files: Array<{ fileName: string; workbook: ExcelJS.Workbook }>;
  truth: TruthEntry[];
  absent: Slot[];
};

export type FamilyDef = {
  name: string;
  /** Held-out-only families never appear in the tune split. */
  heldoutOnly: boolean;
  /** Old templates: legacy fonts are more likely. */
  legacyBias: boolean;
  build: (ctx: CaseContext) => BuiltFile[];
};

export const FAMILIES: readonly FamilyDef[] = [
  { name: "sheet-per-agency", heldoutOnly: false, legacyBias: false, build: sheetPerAgency },
  { name: "agencies-as-columns", heldoutOnly: false, legacyBias: false, build: agenciesAsColumns },
  { name: "statistical-form", heldoutOnly: false, legacyBias: true, build: statisticalForm },
  { name: "workbook-per-agency", heldoutOnly: false, legacyBias: false, build: workbookPerAgency },
  { name: "long-list", heldoutOnly: false, legacyBias: false, build: longList },
  { name: "transposed", heldoutOnly: false, legacyBias: false, build: transposed },
  { name: "attainment-table", heldoutOnly: false, legacyBias: true, build: attainmentTable },
  { name: "sheet-per-year", heldoutOnly: true, legacyBias: false, build: sheetPerYear },
  { name: "stacked-blocks", heldoutOnly: true, legacyBias: false, build: stackedBlocks },
];

export const HELDOUT_ONLY_FAMILIES: readonly string[] = FAMILIES.filter((f) => f.heldoutOnly).map(
  (f) => f.name,
);

export const DEFAULT_SEED = 3414;
export const DEFAULT_CASES_PER_FAMILY = 8;

function voiceFor(family: FamilyDef, rng: Rng): Voice {
  if (family.legacyBias && rng.chance(0.5)) {
    return rng.pick(VOICES.filter((v) => v.name.startsWith("tcvn3") || v.name === "vni"));
  }
  return pickVoice(rng);
}

/** Families shared by both splits alternate tune, held-out, tune, …; held-out-only families are all held out. */
export function splitOf(family: FamilyDef, index: number): Split {
  return family.heldoutOnly || index % 2 === 1 ? "heldout" : "tune";
}

export function buildCorpus(options: { seed?: number; casesPerFamily?: number } = {}): Promise<CorpusCase[]> {
  const seed = options.seed ?? DEFAULT_SEED;
  const perFamily = options.casesPerFamily ?? DEFAULT_CASES_PER_FAMILY;
  const root = makeRng(seed);
  const cases: CorpusCase[] = [];
  for (const family of FAMILIES) {
    for (let i = 0; i < perFamily; i++) {
      const id = `${family.name}-${String(i + 1).padStart(2, "0")}`;
      const rng = root.fork(id);
      const split = splitOf(family, i);
      const data = makeCaseData(rng.fork("data"));
      const ctx = new CaseContext(
        id,
        rng.fork("layout"),
        split,
        data,
        voiceFor(family, rng.fork("voice")),
        pickValueStyle(rng.fork("style")),
      );
      const files = family.build(ctx);
      const names = new Set(files.map((f) => f.fileName));
      if (names.size !== files.length) throw new Error(`${id}: two files share a name`);
      cases.push({ id, split, family: family.name, files, truth: ctx.truth, absent: ctx.absent() });
    }
  }
  return Promise.resolve(cases);
}

export type TruthFile = {
  plan: string;
  split: Split;
  family: string;
  mappings: TruthEntry[];
  absent: Slot[];
};

export async function writeCorpus(outDir: string, cases: CorpusCase[]): Promise<void> {
  for (const c of cases) {
    const dir = path.join(outDir, c.split, c.id);
    await mkdir(dir, { recursive: true });
    for (const file of c.files) await file.workbook.xlsx.writeFile(path.join(dir, file.fileName));
    const truth: TruthFile = {
      plan: PLAN_ID,
      split: c.split,
      family: c.family,
      mappings: c.truth,
      absent: c.absent,
    };
    await writeFile(path.join(dir, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`, "utf8");
  }
}

const USAGE =
  "usage: node scripts/run-ts.js scripts/corpus/generate.ts <outDir> [--seed N] [--cases-per-family N]";

export function parseArgs(argv: readonly string[]): {
  outDir: string;
  seed?: number;
  casesPerFamily?: number;
} {
  let outDir: string | undefined;
  const out: { seed?: number; casesPerFamily?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--seed" || arg === "--cases-per-family") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < (arg === "--seed" ? 0 : 1))
        throw new Error(`${arg} needs a whole number\n${USAGE}`);
      if (arg === "--seed") out.seed = n;
      else out.casesPerFamily = n;
    } else if (arg !== undefined && !arg.startsWith("--") && outDir === undefined) outDir = arg;
    else throw new Error(`unexpected argument ${arg}\n${USAGE}`);
  }
  if (outDir === undefined) throw new Error(USAGE);
  return { outDir, ...out };
}

async function main(): Promise<void> {
  const { outDir, ...options } = parseArgs(process.argv.slice(2));
  const cases = await buildCorpus(options);
  await writeCorpus(outDir, cases);
  const count = (split: Split) => cases.filter((c) => c.split === split).length;
  const truth = cases.reduce((n, c) => n + c.truth.length, 0);
  const absent = cases.reduce((n, c) => n + c.absent.length, 0);
  process.stdout.write(
    `${cases.length} cases (tune ${count("tune")}, heldout ${count("heldout")}), ${truth} truth cells, ${absent} absent slots → ${outDir}\n`,
  );
}

// Run only as a script (scripts/run-ts.js sets argv[1] to this file), not when a test imports it.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

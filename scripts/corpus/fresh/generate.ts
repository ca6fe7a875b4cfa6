/**
 * The "fresh" split: cases written blind to the detector (2026-11-26), to measure generalisation after the
 * held-out split has been looked at while tuning. New layout families (./families.ts) plus the corpus's own
 * families, all worded with ./wordings.ts. Never tune a matcher on it.
 *
 *   node scripts/run-ts.js scripts/corpus/fresh/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/fresh/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for a
 * given seed.
 */
import path from "node:path";
import type ExcelJS from "exceljs";
import { pickVoice, VOICES, type Voice } from "../context";
import { FAMILIES, parseArgs } from "../generate";
import { makeCaseData, PLAN_ID, type Slot, type TruthEntry } from "../model";
import { makeRng, type Rng } from "../random";
import type { BuiltFile } from "../sheets";
import { FreshContext, pickFreshStyle } from "./context";
import { NEW_FAMILIES } from "./families";
import { mkdir, writeFile } from "node:fs/promises";

export type FreshCase = {
  id: string;
  split: "fresh";
  family: string;
  /** Whether the layout family is one the tune and held-out splits never show. */
  newFamily: boolean;
  files: Array<{ fileName: string; workbook: ExcelJS.Workbook }>;
  truth: TruthEntry[];
  absent: Slot[];
};

export const FRESH_DEFAULT_SEED = 20261126;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const FRESH_CASES_PER_FAMILY = 8;

function voiceFor(legacyBias: boolean, rng: Rng): Voice {
  if (legacyBias && rng.chance(0.5))
    return rng.pick(VOICES.filter((v) => v.name.startsWith("tcvn3") || v.name === "vni"));
  return pickVoice(rng);
}

/** Every case of the fresh split: the new families first, then the corpus's families in fresh wordings. */
export function buildFreshCorpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<FreshCase[]> {
  const seed = options.seed ?? FRESH_DEFAULT_SEED;
  const perNew = options.casesPerFamily ?? FRESH_CASES_PER_FAMILY;
  const perOld = Math.max(1, Math.round(perNew / 4));
  const root = makeRng(seed);
  const plan = [
    ...NEW_FAMILIES.map((f) => ({ ...f, newFamily: true, legacyBias: false, count: perNew, prefix: "" })),
    ...FAMILIES.map((f) => ({ ...f, newFamily: false, count: perOld, prefix: "fresh-" })),
  ];
  const cases: FreshCase[] = [];
  for (const family of plan) {
    for (let i = 0; i < family.count; i++) {
      const id = `${family.prefix}${family.name}-${String(i + 1).padStart(2, "0")}`;
      const rng = root.fork(id);
      const ctx = new FreshContext(
        id,
        rng.fork("layout"),
        makeCaseData(rng.fork("data")),
        voiceFor(family.legacyBias, rng.fork("voice")),
        pickFreshStyle(rng.fork("style")),
      );
      const files: BuiltFile[] = family.build(ctx);
      if (new Set(files.map((f) => f.fileName)).size !== files.length)
        throw new Error(`${id}: two files share a name`);
      cases.push({
        id,
        split: "fresh",
        family: family.name,
        newFamily: family.newFamily,
        files,
        truth: ctx.truth,
        absent: ctx.absent(),
      });
    }
  }
  return Promise.resolve(cases);
}

export async function writeFreshCorpus(outDir: string, cases: readonly FreshCase[]): Promise<void> {
  for (const c of cases) {
    const dir = path.join(outDir, c.split, c.id);
    await mkdir(dir, { recursive: true });
    for (const file of c.files) await file.workbook.xlsx.writeFile(path.join(dir, file.fileName));
    const truth = { plan: PLAN_ID, split: c.split, family: c.family, mappings: c.truth, absent: c.absent };
    await writeFile(path.join(dir, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`, "utf8");
  }
}

async function main(): Promise<void> {
  const { outDir, ...options } = parseArgs(process.argv.slice(2));
  const cases = await buildFreshCorpus(options);
  await writeFreshCorpus(outDir, cases);
  const truth = cases.reduce((n, c) => n + c.truth.length, 0);
  const absent = cases.reduce((n, c) => n + c.absent.length, 0);
  process.stdout.write(
    `${cases.length} fresh cases, ${truth} truth cells, ${absent} absent slots → ${outDir}\n`,
  );
}

// Run only as a script (scripts/run-ts.js sets argv[1] to this file), not when a test imports it.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

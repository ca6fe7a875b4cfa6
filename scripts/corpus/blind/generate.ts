/**
 * The "blind" split: the unseen split since 2026-11-26, written without looking at the detector, its vocabulary or
 * the other splits' wordings, to measure generalisation to layouts, wordings and traps the corpus does not have.
 * New layout families (./families.ts, ./reports.ts) plus the corpus's own families, all worded with
 * ./wordings.ts. Never tune a matcher on it, never look at its per-case errors.
 *
 *   node scripts/run-ts.js scripts/corpus/blind/generate.ts <outDir> [--seed N] [--cases-per-family N]
 *
 * Writes <outDir>/blind/<case id>/*.xlsx and truth.json, as scripts/corpus/generate.ts does. Deterministic for a
 * given seed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import { pickVoice, VOICES, type Voice } from "../context";
import { FAMILIES, parseArgs } from "../generate";
import { makeCaseData, PLAN_ID, slotKey, type SampleValue, type Slot, type TruthEntry } from "../model";
import { makeRng, type Rng } from "../random";
import type { BuiltFile } from "../sheets";
import { BlindContext, pickBlindStyle } from "./context";
import { BLIND_NEW_FAMILIES } from "./families";

export type BlindCase = {
  id: string;
  split: "blind";
  family: string;
  /** Whether the layout family is one no other split shows. */
  newFamily: boolean;
  files: Array<{ fileName: string; workbook: ExcelJS.Workbook }>;
  truth: TruthEntry[];
  absent: Slot[];
  /** The value behind each truth entry's slot (by slotKey), for checking that the cell really holds it. */
  values: Readonly<Record<string, SampleValue>>;
};

export const BLIND_DEFAULT_SEED = 20261127;
/** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
export const BLIND_CASES_PER_FAMILY = 8;

function voiceFor(legacyBias: boolean, rng: Rng): Voice {
  if (legacyBias && rng.chance(0.5))
    return rng.pick(VOICES.filter((v) => v.name.startsWith("tcvn3") || v.name === "vni"));
  return pickVoice(rng);
}

/**
 * Every case of the blind split: the new families first, then the corpus's families in blind wordings.
 * @example const cases = await buildBlindCorpus({ seed: 1, casesPerFamily: 4 });
 */
export function buildBlindCorpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<BlindCase[]> {
  const seed = options.seed ?? BLIND_DEFAULT_SEED;
  const perNew = options.casesPerFamily ?? BLIND_CASES_PER_FAMILY;
  const perOld = Math.max(1, Math.round(perNew / 4));
  const root = makeRng(seed);
  const plan = [
    ...BLIND_NEW_FAMILIES.map((f) => ({ ...f, newFamily: true, count: perNew, prefix: "" })),
    ...FAMILIES.map((f) => ({ ...f, newFamily: false, count: perOld, prefix: "blind-" })),
  ];
  const cases: BlindCase[] = [];
  for (const family of plan) {
    for (let i = 0; i < family.count; i++) {
      const id = `${family.prefix}${family.name}-${String(i + 1).padStart(2, "0")}`;
      const rng = root.fork(id);
      const data = makeCaseData(rng.fork("data"));
      const ctx = new BlindContext(
        id,
        rng.fork("layout"),
        data,
        voiceFor(family.legacyBias, rng.fork("voice")),
        pickBlindStyle(rng.fork("style")),
      );
      const files: BuiltFile[] = family.build(ctx);
      if (new Set(files.map((f) => f.fileName)).size !== files.length)
        throw new Error(`${id}: two files share a name`);
      cases.push({
        id,
        split: "blind",
        family: family.name,
        newFamily: family.newFamily,
        files,
        truth: ctx.truth,
        absent: ctx.absent(),
        values: Object.fromEntries(ctx.truth.map((t) => [slotKey(t), data.value(t)])),
      });
    }
  }
  return Promise.resolve(cases);
}

/** Writes <outDir>/blind/<case id>/*.xlsx and truth.json for each case. */
export async function writeBlindCorpus(outDir: string, cases: readonly BlindCase[]): Promise<void> {
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
  const cases = await buildBlindCorpus(options);
  await writeBlindCorpus(outDir, cases);
  const truth = cases.reduce((n, c) => n + c.truth.length, 0);
  const absent = cases.reduce((n, c) => n + c.absent.length, 0);
  process.stdout.write(
    `${cases.length} blind cases, ${truth} truth cells, ${absent} absent slots → ${outDir}\n`,
  );
}

// Run only as a script (scripts/run-ts.js sets argv[1] to this file), not when a test imports it.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

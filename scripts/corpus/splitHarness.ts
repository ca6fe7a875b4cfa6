/**
 * What the splits written blind (fresh, blind, blind2, blind3, blind4) share: turning a list of layout families and
 * a wording context into deterministic cases, writing them as <outDir>/<split>/<case id>/*.xlsx plus truth.json,
 * and the command line around both. Each split keeps its own families, wordings, context and seed; only this
 * harness is common.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import { type CaseContext, pickVoice, type ValueStyle, VOICES, type Voice } from "./context";
import { FAMILIES, parseArgs } from "./generate";
import {
  type CaseData,
  makeCaseData,
  PLAN_ID,
  slotKey,
  type SampleValue,
  type Slot,
  type TruthEntry,
} from "./model";
import { makeRng, type Rng } from "./random";
import type { BuiltFile } from "./sheets";

export type SplitCase<S extends string> = {
  id: string;
  split: S;
  family: string;
  /** Whether the layout family is one the other splits never show. */
  newFamily: boolean;
  files: Array<{ fileName: string; workbook: ExcelJS.Workbook }>;
  truth: TruthEntry[];
  absent: Slot[];
  /** The value behind each truth entry's slot (by slotKey), for checking that the cell really holds it. */
  values: Readonly<Record<string, SampleValue>>;
};

export type SplitFamily<C extends CaseContext> = {
  name: string;
  /** Half of its cases are typed in a legacy font (TCVN3, VNI). */
  legacyBias?: boolean;
  build: (ctx: C) => BuiltFile[];
};

export type SplitSpec<S extends string, C extends CaseContext> = {
  split: S;
  /** Layout families no other split has, built first. */
  newFamilies: ReadonlyArray<SplitFamily<C>>;
  /** Case ids of the corpus's own families (scripts/corpus/generate.ts) start with this ("b3-old-"). */
  oldPrefix: string;
  /** The split's wording context: every text a case shows comes from the split's own lists. */
  context: new (id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) => C;
  pickStyle: (rng: Rng) => ValueStyle;
  defaultSeed: number;
  /** Cases per new family; the corpus's own families get a quarter of that each (at least one). */
  casesPerFamily: number;
};

function voiceFor(legacyBias: boolean, rng: Rng): Voice {
  if (legacyBias && rng.chance(0.5))
    return rng.pick(VOICES.filter((v) => v.name.startsWith("tcvn3") || v.name === "vni"));
  return pickVoice(rng);
}

/**
 * Every case of a split: its new families first, then the corpus's families in the split's wordings. The same
 * seed gives the same cases (each case draws from its own fork of the seed).
 */
export function buildSplit<S extends string, C extends CaseContext>(
  spec: SplitSpec<S, C>,
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Array<SplitCase<S>>> {
  const seed = options.seed ?? spec.defaultSeed;
  const perNew = options.casesPerFamily ?? spec.casesPerFamily;
  const perOld = Math.max(1, Math.round(perNew / 4));
  const root = makeRng(seed);
  const plan = [
    ...spec.newFamilies.map((f) => ({ ...f, newFamily: true, count: perNew, prefix: "" })),
    ...FAMILIES.map((f) => ({
      name: f.name,
      legacyBias: f.legacyBias,
      build: (ctx: C) => f.build(ctx),
      newFamily: false,
      count: perOld,
      prefix: spec.oldPrefix,
    })),
  ];
  const cases: Array<SplitCase<S>> = [];
  for (const family of plan) {
    for (let i = 0; i < family.count; i++) {
      const id = `${family.prefix}${family.name}-${String(i + 1).padStart(2, "0")}`;
      const rng = root.fork(id);
      const data = makeCaseData(rng.fork("data"));
      const ctx = new spec.context(
        id,
        rng.fork("layout"),
        data,
        voiceFor(family.legacyBias ?? false, rng.fork("voice")),
        spec.pickStyle(rng.fork("style")),
      );
      const files = family.build(ctx);
      if (new Set(files.map((f) => f.fileName)).size !== files.length)
        throw new Error(`${id}: two files share a name`);
      cases.push({
        id,
        split: spec.split,
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

/** Writes <outDir>/<split>/<case id>/*.xlsx and truth.json for each case. */
export async function writeSplit(outDir: string, cases: ReadonlyArray<SplitCase<string>>): Promise<void> {
  for (const c of cases) {
    const dir = path.join(outDir, c.split, c.id);
    await mkdir(dir, { recursive: true });
    for (const file of c.files) await file.workbook.xlsx.writeFile(path.join(dir, file.fileName));
    const truth = { plan: PLAN_ID, split: c.split, family: c.family, mappings: c.truth, absent: c.absent };
    await writeFile(path.join(dir, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`, "utf8");
  }
}

/**
 * The split's command line, run only when `file` is the script being run (scripts/run-ts.js sets argv[1] to it),
 * not when a test imports it:
 *   node scripts/run-ts.js scripts/corpus/<split>/generate.ts <outDir> [--seed N] [--cases-per-family N]
 */
export function splitCli<S extends string, C extends CaseContext>(spec: SplitSpec<S, C>, file: string): void {
  if (process.argv[1] === undefined || path.resolve(process.argv[1]) !== file) return;
  const main = async () => {
    const { outDir, ...options } = parseArgs(process.argv.slice(2));
    const cases = await buildSplit(spec, options);
    await writeSplit(outDir, cases);
    const truth = cases.reduce((n, c) => n + c.truth.length, 0);
    const absent = cases.reduce((n, c) => n + c.absent.length, 0);
    process.stdout.write(
      `${cases.length} ${spec.split} cases, ${truth} truth cells, ${absent} absent slots → ${outDir}\n`,
    );
  };
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

/**
 * The "blind4" split: the unseen split since 2026-11-30 (blind3 retired to tuning material), written without
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
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import { pickVoice, VOICES, type Voice } from "../context";
import { FAMILIES, parseArgs } from "../generate";
import { makeCaseData, PLAN_ID, slotKey, type SampleValue, type Slot, type TruthEntry } from "../model";
import { makeRng, type Rng } from "../random";
import type { BuiltFile } from "../sheets";
import { Blind4Context, pickBlind4Style } from "./context";
import { columnGroups, kpiTiles, outlineParagraphs } from "./families";
import { agencyBlocks, indicatorTables, yearRows } from "./families2";

export type Blind4Case = {
  id: string;
  split: "blind4";
  family: string;
  /** Whether the layout family is one no other split shows. */
  newFamily: boolean;
  files: Array<{ fileName: string; workbook: ExcelJS.Workbook }>;
  truth: TruthEntry[];
  absent: Slot[];
  /** The value behind each truth entry's slot (by slotKey), for checking that the cell really holds it. */
  values: Readonly<Record<string, SampleValue>>;
};

type Blind4Family = { name: string; legacyBias: boolean; build: (ctx: Blind4Context) => BuiltFile[] };

/** Layout families no other split has. */
export const BLIND4_NEW_FAMILIES: readonly Blind4Family[] = [
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

function voiceFor(legacyBias: boolean, rng: Rng): Voice {
  if (legacyBias && rng.chance(0.5))
    return rng.pick(VOICES.filter((v) => v.name.startsWith("tcvn3") || v.name === "vni"));
  return pickVoice(rng);
}

/**
 * Every case of the blind4 split: the new families first, then the corpus's families in blind4 wordings.
 * @example const cases = await buildBlind4Corpus({ seed: 1, casesPerFamily: 4 });
 */
export function buildBlind4Corpus(
  options: { seed?: number; casesPerFamily?: number } = {},
): Promise<Blind4Case[]> {
  const seed = options.seed ?? BLIND4_DEFAULT_SEED;
  const perNew = options.casesPerFamily ?? BLIND4_CASES_PER_FAMILY;
  const perOld = Math.max(1, Math.round(perNew / 4));
  const root = makeRng(seed);
  const plan = [
    ...BLIND4_NEW_FAMILIES.map((f) => ({ ...f, newFamily: true, count: perNew, prefix: "" })),
    ...FAMILIES.map((f) => ({
      name: f.name,
      legacyBias: f.legacyBias,
      build: (ctx: Blind4Context) => f.build(ctx),
      newFamily: false,
      count: perOld,
      prefix: "b4-old-",
    })),
  ];
  const cases: Blind4Case[] = [];
  for (const family of plan) {
    for (let i = 0; i < family.count; i++) {
      const id = `${family.prefix}${family.name}-${String(i + 1).padStart(2, "0")}`;
      const rng = root.fork(id);
      const data = makeCaseData(rng.fork("data"));
      const ctx = new Blind4Context(
        id,
        rng.fork("layout"),
        data,
        voiceFor(family.legacyBias, rng.fork("voice")),
        pickBlind4Style(rng.fork("style")),
      );
      const files = family.build(ctx);
      if (new Set(files.map((f) => f.fileName)).size !== files.length)
        throw new Error(`${id}: two files share a name`);
      cases.push({
        id,
        split: "blind4",
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

/** Writes <outDir>/blind4/<case id>/*.xlsx and truth.json for each case. */
export async function writeBlind4Corpus(outDir: string, cases: readonly Blind4Case[]): Promise<void> {
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
  const cases = await buildBlind4Corpus(options);
  await writeBlind4Corpus(outDir, cases);
  const truth = cases.reduce((n, c) => n + c.truth.length, 0);
  const absent = cases.reduce((n, c) => n + c.absent.length, 0);
  process.stdout.write(
    `${cases.length} blind4 cases, ${truth} truth cells, ${absent} absent slots → ${outDir}\n`,
  );
}

// Run only as a script (scripts/run-ts.js sets argv[1] to this file), not when a test imports it.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

/**
 * `summarize` over many agency workbooks (scripts/bench/agencyWorkbooks.ts: one file per agency, a plan of that
 * many agencies, a mapping file), against ExcelJS merely loading the same files, in one run; and the peak
 * memory of summarize for two counts of workbooks, each in a process of its own: what stays flat (the peak,
 * one workbook model at a time) apart from what grows with the count by its nature (the plan and mapping file
 * list every agency; a slim copy of each workbook read, its mapped cells, is kept for the summary; the summary
 * workbook `-o` writes has rows for every agency).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { writeAgencySets } from "./agencyWorkbooks";

export type Line = { name: string; value: string };

const SMALL = 100;
const LARGE = 1000;
/** Pairs of timed runs; each pair runs the two in the other order from the last, so noise hits both. */
const PAIRS = 4;

/** A full collection before each timed run, so that neither pays for the garbage the other left. */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

/** ExcelJS merely loading the files: read the bytes, workbook.xlsx.load, one after the other. */
async function excelJsLoad(files: readonly string[]): Promise<number> {
  collect();
  const t0 = now();
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(f)) as unknown as ArrayBuffer);
  }
  return now() - t0;
}

/** The CLI's summarize, in-process: reads the bytes, the model, the mapping file, the summary, its text. */
async function summarizeRun(files: readonly string[], plan: string, mapping: string): Promise<number> {
  let printed = 0;
  collect();
  const t0 = now();
  const code = await main(["summarize", ...files, "--plan", plan, "--mapping", mapping], {
    out: (s) => (printed += s.length),
    err: () => undefined,
    today: () => new Date("2026-11-26T00:00:00Z"),
    sampleDir: "",
  });
  const ms = now() - t0;
  if (code !== 0 || printed === 0) throw new Error(`summarize exited ${code}`);
  return ms;
}

type Memory = { rssMb: number; heapMb: number; beforeMb: number; keptKb: number };

async function child(
  mode: "summarize" | "write" | "hold",
  plan: string,
  mapping: string,
  files: readonly string[],
) {
  const script = path.join(__dirname, "summarizeChild.ts");
  const runTs = path.join(__dirname, "..", "run-ts.js");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--expose-gc", runTs, script, mode, plan, mapping, ...files],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Memory;
}

export async function benchSummarizeMany(): Promise<Line[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "chitieu-bench-many-"));
  try {
    const t0 = now();
    const sets = await writeAgencySets(dir, LARGE, [SMALL, LARGE]);
    const generated = now() - t0;
    const small = sets.get(SMALL);
    const large = sets.get(LARGE);
    if (!small || !large) return [];
    const bytes = (await Promise.all(large.files.map((f) => readFile(f)))).reduce((s, b) => s + b.length, 0);

    // Warm-up of both paths (JIT, module loading, the plan's first parse) on the small set.
    await excelJsLoad(small.files);
    await summarizeRun(small.files, small.planPath, small.mappingPath);

    const load: number[] = [];
    const summ: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      if (i % 2 === 0) {
        load.push(await excelJsLoad(large.files));
        summ.push(await summarizeRun(large.files, large.planPath, large.mappingPath));
      } else {
        summ.push(await summarizeRun(large.files, large.planPath, large.mappingPath));
        load.push(await excelJsLoad(large.files));
      }
    }
    const ratios = load.map((l, i) => (summ[i] ?? NaN) / l);

    const mem = async (mode: "summarize" | "write" | "hold", set: typeof small) =>
      child(mode, set.planPath, set.mappingPath, set.files);
    const sumSmall = await mem("summarize", small);
    const sumLarge = await mem("summarize", large);
    const writeSmall = await mem("write", small);
    const writeLarge = await mem("write", large);
    const holdSmall = await mem("hold", small);
    const holdLarge = await mem("hold", large);
    const mb = (m: Memory) =>
      `peak RSS ${m.rssMb.toFixed(0)} MB; heap in use between workbooks ≤ ${m.heapMb.toFixed(0)} MB (${m.beforeMb.toFixed(0)} MB before the first is read: code, plan, mapping file; then ${m.keptKb.toFixed(1)} KB kept per workbook read, from the 25th on)`;
    const times = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
    return [
      {
        name: `${LARGE.toLocaleString("en-US")} agency workbooks generated`,
        value: `${(bytes / LARGE / 1024).toFixed(1)} KB each, in ${(generated / 1000).toFixed(1)} s (workbook-per-agency layout, a plan of ${LARGE} agencies, a mapping file)`,
      },
      {
        name: `ExcelJS loading ${LARGE.toLocaleString("en-US")} files (median of ${PAIRS})`,
        value: `${(median(load) / 1000).toFixed(2)} s; ${(median(load) / LARGE).toFixed(1)} ms per file`,
      },
      {
        name: `summarize over ${LARGE.toLocaleString("en-US")} files, --mapping (median of ${PAIRS})`,
        value: `${(median(summ) / 1000).toFixed(2)} s; ${(median(summ) / LARGE).toFixed(1)} ms per file`,
      },
      {
        name: "summarize ÷ ExcelJS loading (goal ≤ 1.25×)",
        value: `${(median(summ) / median(load)).toFixed(2)}× (runs paired, order alternating: ${ratios.map((r) => r.toFixed(2)).join(", ")})`,
      },
      { name: `summarize memory, ${SMALL} workbooks`, value: mb(sumSmall) },
      { name: `summarize memory, ${LARGE.toLocaleString("en-US")} workbooks`, value: mb(sumLarge) },
      {
        name: `summarize peak RSS growth ${SMALL} → ${LARGE.toLocaleString("en-US")} workbooks (1.00 = flat)`,
        value: `${times(sumSmall.rssMb, sumLarge.rssMb)}; heap in use ${times(sumSmall.heapMb, sumLarge.heapMb)}`,
      },
      {
        name: `what the heap in use grows by, ${SMALL} → ${LARGE.toLocaleString("en-US")} workbooks (inputs and kept values, by nature)`,
        value: `+${(sumLarge.beforeMb - sumSmall.beforeMb).toFixed(1)} MB before the first workbook (plan and mapping file listing ${LARGE.toLocaleString("en-US")} agencies); +${((sumLarge.keptKb * LARGE - sumSmall.keptKb * SMALL) / 1024).toFixed(1)} MB kept of the workbooks read (a slim copy of each, its mapped cells: ${sumSmall.keptKb.toFixed(1)} → ${sumLarge.keptKb.toFixed(1)} KB per workbook, ${times(sumSmall.keptKb, sumLarge.keptKb)}; 1.00 = the same per workbook)`,
      },
      {
        name: `summarize -o (the values-and-links summary workbook beyond 50 workbooks; the output has a row per agency): ${SMALL} → ${LARGE.toLocaleString("en-US")} workbooks`,
        value: `peak RSS ${writeSmall.rssMb.toFixed(0)} → ${writeLarge.rssMb.toFixed(0)} MB (${times(writeSmall.rssMb, writeLarge.rssMb)}); over summarize without -o: +${(writeSmall.rssMb - sumSmall.rssMb).toFixed(0)} → +${(writeLarge.rssMb - sumLarge.rssMb).toFixed(0)} MB; heap in use between workbooks ${times(writeSmall.heapMb, writeLarge.heapMb)}`,
      },
      {
        name: `for comparison, every model kept (as before): ${SMALL} → ${LARGE.toLocaleString("en-US")} workbooks`,
        value: `peak RSS ${holdSmall.rssMb.toFixed(0)} → ${holdLarge.rssMb.toFixed(0)} MB (${(holdLarge.rssMb / holdSmall.rssMb).toFixed(2)}×); heap in use ${holdSmall.heapMb.toFixed(0)} → ${holdLarge.heapMb.toFixed(0)} MB (${(holdLarge.heapMb / holdSmall.heapMb).toFixed(2)}×)`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

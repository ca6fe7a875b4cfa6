/**
 * One measured run in its own process, so its peak memory is its own (the kernel's high-water RSS):
 *
 *   node --expose-gc scripts/run-ts.js scripts/bench/summarizeChild.ts summarize|write|hold <plan> <mapping> <files…>
 *
 * `summarize` runs the CLI's summarize in-process (its output discarded); `write` does the same with `-o`, the
 * summary workbook written to a temporary file (beyond 50 workbooks, the values-and-links workbook); `hold`
 * reads every workbook into the model and keeps them all, as summarize did before it read one at a time.
 * Prints one line of JSON: the peak RSS; the high-water of the heap still in use after a full collection
 * between workbooks; that heap before the first workbook is read (the code, the plan, the mapping file); and
 * what the workbooks read leave in it, per workbook (its growth from the 25th workbook to the last sample) (summarize keeps a slim copy of each: the mapped cells).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/files";
import { type Workbook } from "../../src/core/workbook/model";

const EVERY = 25;

async function run(): Promise<void> {
  const [mode, plan, mapping, ...files] = process.argv.slice(2);
  if (!plan || !mapping || (mode !== "summarize" && mode !== "write" && mode !== "hold"))
    throw new Error("bad arguments");
  // What stays in memory between workbooks: the heap after a full collection, every EVERY workbooks.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  let heapPeak = 0;
  let before = 0;
  /** The first sample after EVERY workbooks (the code warmed up) and the last: workbooks done, heap then. */
  let warm = { done: 0, heap: 0 };
  let last = { done: 0, heap: 0 };
  /** Called with how many workbooks are done: the first call comes before any is read. */
  const sample = (done: number) => {
    if (done !== 0 && done % EVERY !== 0) return;
    gc();
    const heap = process.memoryUsage().heapUsed;
    if (done === 0) before = heap;
    heapPeak = Math.max(heapPeak, heap);
    if (done === EVERY) warm = { done, heap };
    last = { done, heap };
  };
  if (mode === "summarize" || mode === "write") {
    const dir = await mkdtemp(path.join(os.tmpdir(), "chitieu-bench-out-"));
    let seen = 0;
    const output = mode === "write" ? ["-o", path.join(dir, "summary.xlsx")] : [];
    try {
      const code = await main(["summarize", ...files, "--plan", plan, "--mapping", mapping, ...output], {
        out: () => undefined,
        // A progress line comes before each workbook is read: the ones before it are done.
        err: (s) => (s.startsWith("[") ? sample(seen++) : undefined),
        today: () => new Date("2026-11-26T00:00:00Z"),
        sampleDir: "",
      });
      if (code !== 0) throw new Error(`summarize exited ${code}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } else {
    const kept: Workbook[] = [];
    sample(0);
    for (const f of files) {
      kept.push(await loadWorkbook(f));
      sample(kept.length);
    }
    if (kept.length !== files.length) throw new Error("not all read");
  }
  // And once more at the end, as before (not a sample of what the workbooks leave).
  gc();
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // What each workbook read leaves, from the heap's growth between the two samples (the first workbook
  // compiles code and fills ExcelJS's caches once: not counted).
  const keptKb = last.done > warm.done ? (last.heap - warm.heap) / (last.done - warm.done) / 1024 : NaN;
  process.stdout.write(
    `${JSON.stringify({ rssMb, heapMb: heapPeak / 2 ** 20, beforeMb: before / 2 ** 20, keptKb })}\n`,
  );
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

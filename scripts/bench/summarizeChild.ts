/**
 * One measured run in its own process, so its peak memory is its own (the kernel's high-water RSS):
 *
 *   node --expose-gc scripts/run-ts.js scripts/bench/summarizeChild.ts summarize|hold <plan> <mapping> <files…>
 *
 * `summarize` runs the CLI's summarize in-process (its output discarded); `hold` reads every workbook into
 * the model and keeps them all, as summarize did before it read one at a time. Prints one line of JSON: the
 * peak RSS, and the high-water of the heap still in use after a full collection between workbooks.
 */
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/files";
import { type Workbook } from "../../src/core/workbook/model";

const EVERY = 50;

async function run(): Promise<void> {
  const [mode, plan, mapping, ...files] = process.argv.slice(2);
  if (!plan || !mapping || (mode !== "summarize" && mode !== "hold")) throw new Error("bad arguments");
  // What stays in memory between workbooks: the heap after a full collection, every EVERY workbooks.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  let heapPeak = 0;
  let seen = 0;
  const sample = () => {
    if (++seen % EVERY !== 0) return;
    gc();
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  if (mode === "summarize") {
    const code = await main(["summarize", ...files, "--plan", plan, "--mapping", mapping], {
      out: () => undefined,
      // A progress line comes before each workbook is read: the ones before it are done.
      err: (s) => (s.startsWith("[") ? sample() : undefined),
      today: () => new Date("2026-11-26T00:00:00Z"),
      sampleDir: "",
    });
    if (code !== 0) throw new Error(`summarize exited ${code}`);
  } else {
    const kept: Workbook[] = [];
    for (const f of files) {
      kept.push(await loadWorkbook(f));
      sample();
    }
    if (kept.length !== files.length) throw new Error("not all read");
  }
  seen = EVERY - 1;
  sample();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ rssMb, heapMb: heapPeak / 2 ** 20 })}\n`);
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

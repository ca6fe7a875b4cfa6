import { detect } from "../../src/core/detect/detect";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { type Plan } from "../../src/core/plan/schema";
import { type Workbook } from "../../src/core/workbook/model";
import { countCells, syntheticWorkbook } from "./syntheticWorkbook";

export type Line = { name: string; value: string };

const now = () => Number(process.hrtime.bigint()) / 1e6;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** The fastest of three detections of `wb`, and how many proposals it made. */
function bestOf3(plan: Plan, wb: Workbook): { ms: number; found: number } {
  let ms = Infinity;
  let found = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    found = detect(plan, [wb]).mappings.length;
    ms = Math.min(ms, now() - t0);
  }
  return { ms, found };
}

/** Detection's own work (the workbook model already in memory) on 250k, 500k and 1M cells, in one run. */
export function benchDetection(): Line[] {
  const plan = builtInPlan("lai-chau-3414");
  // Warm-up of the JIT only: every memo of labels and answers is made per detect() call (none is kept between calls),
  // so each of the runs below is a first detection of its workbook.
  detect(plan, [syntheticWorkbook(20_000)]);
  heapMb();
  syntheticWorkbook(250_000); // warm-up of the generator, so the first size's memory is not inflated
  const sizes = [250_000, 500_000, 1_000_000];
  const results: Array<{ cells: number; ms: number; modelMb: number; found: number }> = [];
  for (const size of sizes) {
    const before = heapMb();
    const wb = syntheticWorkbook(size);
    const modelMb = heapMb() - before;
    results.push({ cells: countCells(wb), ...bestOf3(plan, wb), modelMb });
  }
  // The same size with a year over every column: rows naming an input give a candidate in every cell.
  const years = syntheticWorkbook(1_000_000, 1, "years");
  const { ms: yearsBest, found: yearsFound } = bestOf3(plan, years);
  // The same size with every row's label its own (its number in letters): no label shares its analysis with another
  // by its number (src/core/detect/numbered.ts).
  const distinct = syntheticWorkbook(1_000_000, 1, "months", "letters");
  const { ms: distinctBest, found: distinctFound } = bestOf3(plan, distinct);
  const [a, b, c] = results;
  if (!a || !b || !c) return [];
  return [
    ...results.map((r) => ({
      name: `detection on ${r.cells.toLocaleString("en-US")} cells (best of 3)`,
      value: `${r.ms.toFixed(0)} ms; ${(r.ms / 1000).toFixed(2)}× the 1 s budget; ${r.found} proposals; model ${(r.modelMb / (r.cells / 1e6)).toFixed(0)} MB per million cells`,
    })),
    {
      name: `detection on ${countCells(years).toLocaleString("en-US")} cells, a year over every column (best of 3)`,
      value: `${yearsBest.toFixed(0)} ms; ${(yearsBest / 1000).toFixed(2)}× the 1 s budget; ${yearsFound} proposals`,
    },
    {
      name: `detection on ${countCells(distinct).toLocaleString("en-US")} cells, every label its own (best of 3)`,
      value: `${distinctBest.toFixed(0)} ms; ${(distinctBest / 1000).toFixed(2)}× the 1 s budget; ${distinctFound} proposals`,
    },
    { name: "detection growth 500k → 1M cells (2.00 = linear)", value: `${(c.ms / b.ms).toFixed(2)}×` },
    { name: "detection growth 250k → 1M cells (4.00 = linear)", value: `${(c.ms / a.ms).toFixed(2)}×` },
    {
      name: "model memory growth 500k → 1M cells (2.00 = proportional)",
      value: `${(c.modelMb / b.modelMb).toFixed(2)}×`,
    },
  ];
}

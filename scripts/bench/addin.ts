/**
 * The add-in's figures: how many `context.sync()` calls it makes in Excel (counted on the fake Excel of the tests,
 * tests/office/fakeExcel, which enforces Office.js' load/sync rules), and how much JavaScript the task pane loads
 * before it can show anything in Excel (scripts/bench/bundleSize.ts). Sync counts must not grow with the size of
 * the plan or of the workbook; the pane's initial script has a budget of 350 KB gzipped (issue #5).
 */
import { readWorkbookModel } from "../../src/adapters/office/readWorkbookModel";
import { createFakeExcel, type WorkbookSpec } from "../../tests/office/fakeExcel";
import { measureBundle } from "./bundleSize";
import { measureSyncCounts } from "./syncCounts";

type Line = { name: string; value: string };

const BUNDLE_BUDGET_BYTES = 350 * 1024;

/** A workbook of `sheets` sheets of `rows` × 10 cells, mixed text and numbers. */
function workbookSpec(sheets: number, rows: number): WorkbookSpec {
  return {
    sheets: Array.from({ length: sheets }, (_, s) => {
      const cells: Record<string, number | string> = {};
      for (let r = 1; r <= rows; r++)
        for (let c = 0; c < 10; c++) cells[`${"ABCDEFGHIJ"[c]}${r}`] = c === 0 ? `Dòng ${r}` : r * 10 + c;
      return { name: `Trang ${s + 1}`, cells };
    }),
  };
}

async function readSyncs(sheets: number, rows: number): Promise<number> {
  const excel = createFakeExcel(workbookSpec(sheets, rows));
  await readWorkbookModel(excel.context, "so-lieu.xlsx", { isSetSupported: excel.isSetSupported });
  return excel.fake.syncCount;
}

export async function benchAddin(): Promise<Line[]> {
  const lines: Line[] = [];
  const writes = await measureSyncCounts();
  const small = writes.find((w) => w.indicators === 10);
  const large = writes.find((w) => w.indicators === 1000);
  if (!small || !large) throw new Error("measureSyncCounts did not measure 10 and 1,000 indicators");
  lines.push({
    name: "summary sheet, syncs for 10 → 1,000 indicators",
    value: `${small.syncs} → ${large.syncs} (${(large.syncs / small.syncs).toFixed(2)}×; budget 3)`,
  });
  const fewCells = await readSyncs(1, 20);
  // 24,000 cells: about 3.8 MB at the adapter's estimate of 160 bytes a cell, just under its 4 MB request budget.
  const manyCells = await readSyncs(12, 200);
  lines.push({
    name: "reading the workbook for detection, syncs for 200 → 24,000 cells",
    value: `${fewCells} → ${manyCells} (${(manyCells / fewCells).toFixed(2)}×; budget 2 below Excel on the web's request limit)`,
  });
  const bundle = await measureBundle();
  const initial = bundle.files.filter((f) => f.initial);
  const lazy = bundle.files.filter((f) => !f.initial && f.file.endsWith(".js"));
  lines.push({
    name: "task pane, initial JavaScript in Excel (gzip)",
    value: `${(bundle.initialGzipBytes / 1024).toFixed(1)} KB in ${initial.length} files = ${(bundle.initialGzipBytes / BUNDLE_BUDGET_BYTES).toFixed(2)}× of the 350 KB budget`,
  });
  lines.push({
    name: "loaded later, only in browser mode or on demand (gzip)",
    value: `${(lazy.reduce((s, f) => s + f.gzipBytes, 0) / 1024).toFixed(1)} KB in ${lazy.length} files`,
  });
  return lines;
}

/**
 * The values-and-links summary workbook is written row by row through ExcelJS's streaming writer
 * (src/adapters/xlsx/summarySheet/streamValues.ts) so that memory stays flat over 1,000 agencies; the browser
 * writes it as one ExcelJS workbook (writeSummaryWorkbookInMemory). Both files, read back with ExcelJS, must be
 * the same: sheets (order, state, properties, views, page setup), columns, rows, every cell's value, formula,
 * style, note and merge, hyperlinks, conditional formats, validations, defined names, and the chart.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeAgencySets } from "../../scripts/bench/agencyWorkbooks";
import { canStream } from "../../src/adapters/xlsx/summarySheet/streamValues";
import {
  writeSummaryWorkbook,
  writeSummaryWorkbookInMemory,
} from "../../src/adapters/xlsx/summarySheet/writeSummary";
import { loadMapping, loadPlan } from "../../src/cli/files";
import { buildSummaryLayout } from "../../src/core/layout/buildSummaryLayout";
import { type SummaryLayout } from "../../src/core/layout/types";
import { plainSummary } from "../../src/core/summary/plainTables";
import { type SeveralCase, fromFixture, severalCase } from "./support/consolidatedCase";
import { fixtureCases } from "./support/fixtureCases";

const DATE = "2025-11-26";
let tmp: string;
const cases: Array<{ name: string; c: SeveralCase; host: string | null }> = [];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-equivalence-"));
  const few = (await fixtureCases(path.join(tmp, "fixtures"))).filter((c) => c.files.length > 1);
  for (const f of few.slice(0, 2)) cases.push({ name: f.name, c: await fromFixture(f), host: null });
  // One live layout too (formulas, notes), written as a values workbook would be.
  const singles = (await fixtureCases(path.join(tmp, "single"))).filter((c) => c.files.length === 1);
  for (const single of singles) {
    const c = await fromFixture(single);
    const host = single.files[0] ?? null;
    if (!layoutOf(c, host).cells.some((cell) => cell.note)) continue;
    cases.push({ name: `${single.name} (live layout)`, c, host });
    break;
  }
  const sets = await writeAgencySets(path.join(tmp, "agencies"), 60, [60]);
  const set = sets.get(60);
  if (set) {
    const files = new Map(set.files.map((f) => [path.basename(f), new Uint8Array(fs.readFileSync(f))]));
    const c = await severalCase(
      "60 agencies",
      await loadPlan(set.planPath),
      files,
      await loadMapping(set.mappingPath),
    );
    cases.push({ name: "60 agency workbooks", c, host: null });
  }
}, 240_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function layoutOf(c: SeveralCase, host: string | null): SummaryLayout {
  return buildSummaryLayout(
    c.plan,
    c.report,
    { observations: c.observations, workbooks: c.workbooks },
    { language: "vi", generatedOn: DATE, host, baselines: {} },
  );
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** What ExcelJS reads of a sheet, without what only numbers the parts (ids, relationship ids). */
function sheetModel(ws: ExcelJS.Worksheet): unknown {
  const rest = { ...(ws.model as unknown as Record<string, unknown>) };
  for (const key of ["id", "rId", "sheetNo", "dimensions"]) delete rest[key];
  return JSON.parse(JSON.stringify(rest)) as unknown;
}

function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      out.set(cell.address, {
        type: cell.type,
        value: cell.value,
        style: cell.style,
        note: cell.note,
        master: cell.master.address,
        row: { height: row.height, hidden: row.hidden },
      }),
    ),
  );
  return out;
}

async function chartParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)
    .filter((p) => /^xl\/(charts|drawings)\/.*\.xml$/.test(p))
    .sort())
    out[name] = (await zip.file(name)?.async("string")) ?? "";
  return out;
}

test("the streaming writer is there (Node)", () => {
  expect(canStream()).toBe(true);
});

test("the cases cover few workbooks, 60, links, merges, notes and formulas", () => {
  expect(cases.map((c) => c.name)).toHaveLength(4);
  const layouts = cases.map((x) => layoutOf(x.c, x.host));
  expect(layouts.some((l) => l.cells.some((c) => c.note))).toBe(true);
  expect(layouts.some((l) => l.cells.some((c) => c.content.kind === "formula"))).toBe(true);
  expect(layouts.every((l) => l.cells.some((c) => c.link) && l.merges.length > 0)).toBe(true);
  expect(Math.max(...layouts.map((l) => l.cells.length))).toBeGreaterThan(5000);
});

describe.each([0, 1, 2, 3])("case %i: streamed and in-memory files are the same", (i) => {
  test("cell by cell, sheet by sheet, names and chart", async () => {
    const x = cases[i];
    if (!x) throw new Error(`no case ${i}`);
    const layout = layoutOf(x.c, x.host);
    const plain = plainSummary(x.c.report, "vi", DATE);
    const streamed = await writeSummaryWorkbook(layout, plain);
    const whole = await writeSummaryWorkbookInMemory(layout, plain);
    const [a, b] = [await load(streamed), await load(whole)];

    expect(a.worksheets.map((w) => [w.name, w.state])).toEqual(b.worksheets.map((w) => [w.name, w.state]));
    expect(a.worksheets[0]?.name).toBe(layout.sheetName);
    expect(a.definedNames.model).toEqual(b.definedNames.model);
    expect(a.views).toEqual(b.views);
    for (const [k, wa] of a.worksheets.entries()) {
      const wb = b.worksheets[k];
      if (!wb) throw new Error("missing sheet");
      const [ca, cb] = [cellsOf(wa), cellsOf(wb)];
      expect([...ca.keys()]).toEqual([...cb.keys()]);
      for (const [address, cell] of ca)
        expect({ address, ...(cell as object) }).toEqual({ address, ...(cb.get(address) as object) });
      expect(sheetModel(wa)).toEqual(sheetModel(wb));
    }
    expect(await chartParts(streamed)).toEqual(await chartParts(whole));
  }, 120_000);
});

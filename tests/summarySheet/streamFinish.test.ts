/**
 * The streamed values workbook is finished while it is written (src/adapters/xlsx/summarySheet/streamFinish.ts):
 * nothing reads it back to fix its links, print options or chart. These tests read the XML of the package the
 * CLI writes and hold it against the in-memory writer's (which does fix a saved package): the same links, each
 * as Excel writes it, the same chart parts, wired the same way, with and without links on the sheet.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeAgencySets } from "../../scripts/bench/agencyWorkbooks";
import { attributes, relsPath, sheetParts } from "../../src/adapters/xlsx/summarySheet/packageParts";
import { canFinishWhileStreaming } from "../../src/adapters/xlsx/summarySheet/streamFinish";
import {
  writeSummaryWorkbook,
  writeSummaryWorkbookInMemory,
} from "../../src/adapters/xlsx/summarySheet/writeSummary";
import { loadMapping, loadPlan } from "../../src/cli/files";
import { buildSummaryLayout } from "../../src/core/layout/buildSummaryLayout";
import { type SummaryLayout } from "../../src/core/layout/types";
import { type PlainSummary, plainSummary } from "../../src/core/summary/plainTables";
import { severalCase } from "./support/consolidatedCase";

const DATE = "2025-11-26";
let tmp: string;
let layout: SummaryLayout;
let plain: PlainSummary;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-stream-finish-"));
  const set = (await writeAgencySets(tmp, 12, [12])).get(12);
  if (!set) throw new Error("no agency set");
  const files = new Map(set.files.map((f) => [path.basename(f), new Uint8Array(fs.readFileSync(f))]));
  const c = await severalCase(
    "12 agencies",
    await loadPlan(set.planPath),
    files,
    await loadMapping(set.mappingPath),
  );
  layout = buildSummaryLayout(
    c.plan,
    c.report,
    { observations: c.observations, workbooks: c.workbooks },
    { language: "vi", generatedOn: DATE, host: null, baselines: {} },
  );
  plain = plainSummary(c.report, "vi", DATE);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Summary = { zip: JSZip; part: string; xml: string; rels: string };

async function summaryPart(bytes: Uint8Array, sheetName: string): Promise<Summary> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await sheetParts(zip)).find((s) => s.name === sheetName)?.part ?? "";
  const read = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  return { zip, part, xml: await read(part), rels: await read(relsPath(part)) };
}

function relationshipsById(rels: string): Map<string, Record<string, string | undefined>> {
  const out = new Map<string, Record<string, string | undefined>>();
  for (const tag of rels.match(/<Relationship\b[^>]*\/>/g) ?? []) {
    const a = attributes(tag);
    if (out.has(a.Id ?? "")) throw new Error(`relationship ${a.Id} twice`);
    out.set(a.Id ?? "", a);
  }
  return out;
}

/** Each link of the sheet: its cell, location, display and the file its relationship names (or none). */
function linksOf(s: Summary): string[] {
  const rels = relationshipsById(s.rels);
  return (s.xml.match(/<hyperlink\b[^>]*\/>/g) ?? []).map((tag) => {
    const a = attributes(tag);
    const rel = a["r:id"] === undefined ? undefined : rels.get(a["r:id"]);
    if (a["r:id"] !== undefined && rel?.TargetMode !== "External") throw new Error(`${tag}: no relationship`);
    return JSON.stringify([a.ref, a.location, a.display ?? null, rel?.Target ?? null]);
  });
}

/** The target of the sheet's `<drawing>` relationship, and that no other relationship shares its id. */
function drawingTarget(s: Summary): string | undefined {
  const id = /<drawing r:id="([^"]+)"\/>/.exec(s.xml)?.[1] ?? "";
  const rel = relationshipsById(s.rels).get(id);
  return rel?.Type?.endsWith("/drawing") ? rel.Target : undefined;
}

test("links come out as Excel writes them, the same links as the in-memory writer's", async () => {
  const streamed = await summaryPart(await writeSummaryWorkbook(layout, plain), layout.sheetName);
  const whole = await summaryPart(await writeSummaryWorkbookInMemory(layout, plain), layout.sheetName);
  const links = linksOf(streamed);
  expect(links.sort()).toEqual(linksOf(whole).sort());
  // Both kinds: a cell of this sheet (location and display, no relationship), a cell of an agency's file.
  expect(streamed.xml).toMatch(/<hyperlink ref="[A-Z]+\d+" location="[^"]+" display="[^"]+"\/>/);
  expect(streamed.xml).toMatch(/<hyperlink ref="[A-Z]+\d+" r:id="rId\d+" location="[^"]+"\/>/);
  // Every relationship left is a file's link or the drawing: none for a link within the workbook.
  const rels = [...relationshipsById(streamed.rels).values()];
  expect(
    rels.filter((r) => r.Type?.endsWith("/hyperlink")).every((r) => /^[^[\]!]+\.xlsx$/.test(r.Target ?? "")),
  ).toBe(true);
  expect(rels.filter((r) => r.Type?.endsWith("/hyperlink"))).toHaveLength(
    links.filter((l) => !l.endsWith("null]")).length,
  );
});

test("the page is centred, the data bar has no dangling extension, and the chart is wired as addChart wires it", async () => {
  const bytes = await writeSummaryWorkbook(layout, plain);
  const streamed = await summaryPart(bytes, layout.sheetName);
  const whole = await summaryPart(await writeSummaryWorkbookInMemory(layout, plain), layout.sheetName);
  expect(streamed.xml.match(/<printOptions horizontalCentered="1"\/><pageMargins\b/g)).toHaveLength(1);
  expect(streamed.xml).toContain("<dataBar>");
  expect(streamed.xml).not.toContain("x14:id");
  expect(streamed.xml).toMatch(/<\/rowBreaks><drawing r:id="rId\d+"\/><\/worksheet>$/);
  expect(drawingTarget(streamed)).toBe("../drawings/drawing1.xml");
  expect(drawingTarget(whole)).toBe("../drawings/drawing1.xml");
  const types = (await streamed.zip.file("[Content_Types].xml")?.async("string")) ?? "";
  expect(types).toContain('<Override PartName="/xl/charts/chart1.xml"');
  expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml"');
  for (const p of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"])
    expect(await streamed.zip.file(p)?.async("string")).toBe(await whole.zip.file(p)?.async("string"));
});

test("a sheet with neither links nor notes gets the relationships part addChart makes", async () => {
  const bare: SummaryLayout = {
    ...layout,
    cells: layout.cells.map(({ link: _link, note: _note, ...c }) => c),
  };
  expect(bare.cells.some((c) => c.link ?? c.note)).toBe(false);
  const streamed = await summaryPart(await writeSummaryWorkbook(bare, plain), layout.sheetName);
  const whole = await summaryPart(await writeSummaryWorkbookInMemory(bare, plain), layout.sheetName);
  expect(streamed.xml).not.toContain("<hyperlink");
  expect(streamed.rels).not.toBe("");
  expect(streamed.rels).toBe(whole.rels);
  expect(drawingTarget(streamed)).toBe("../drawings/drawing1.xml");
});

test("an ExcelJS whose streaming writer lacks what the hooks replace is detected (the workbook is then written in memory)", () => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet("Tổng hợp");
  expect(canFinishWhileStreaming(wb, ws)).toBe(true);
  const changed = Object.create(ws) as Record<string, unknown>;
  changed._writeHyperlinks = undefined;
  expect(canFinishWhileStreaming(wb, changed)).toBe(false);
  expect(canFinishWhileStreaming({ ...wb, _finalize: undefined }, ws)).toBe(false);
});

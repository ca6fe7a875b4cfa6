/**
 * The native chart of table I (issue #4): its parts are in the package with valid relationships and content
 * types, its series point at the summary's actual and target cells of every indicator row, its caches hold
 * the engine's values, and LibreOffice sees one chart on the summary sheet.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { findLibreOffice, runUno } from "../../scripts/libreoffice";
import { chartFormula, withDrawingElement } from "../../src/adapters/xlsx/summarySheet/chart";
import { relationships, relsPath, sheetParts } from "../../src/adapters/xlsx/summarySheet/packageParts";
import { writeSummaryWorkbook } from "../../src/adapters/xlsx/summarySheet/writeSummary";
import { plainSummary } from "../../src/core/summary/plainTables";
import { type FixtureCase, fixtureCases } from "./support/fixtureCases";
import { layoutFor, SHEET, writeCopy } from "./support/writeCase";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-chart-"));
let cases: FixtureCase[] = [];
beforeAll(async () => {
  cases = (await fixtureCases(tmp)).filter((c) => c.files.length === 1);
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const named = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
};

const read = async (zip: JSZip, p: string) => (await zip.file(p)?.async("string")) ?? "";

/** The chart of the summary sheet: its drawing, chart part and XML, found through the relationships. */
async function chartOf(bytes: Uint8Array, sheet = SHEET) {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await sheetParts(zip)).find((s) => s.name === sheet)?.part ?? "";
  const drawings = (await relationships(zip, part)).filter((r) => r.type.endsWith("/drawing"));
  expect(drawings).toHaveLength(1);
  const drawing = drawings[0]?.target ?? "";
  const charts = (await relationships(zip, drawing)).filter((r) => r.type.endsWith("/chart"));
  expect(charts).toHaveLength(1);
  const chart = charts[0]?.target ?? "";
  return { zip, part, drawing, chart, xml: await read(zip, chart), sheetXml: await read(zip, part) };
}

test("the copy holds the chart parts, with valid relationships and content types", async () => {
  const { bytes } = await writeCopy(named("sheet-per-agency/sample"));
  const { zip, part, drawing, chart, sheetXml } = await chartOf(bytes);
  expect(drawing).toMatch(/^xl\/drawings\/drawing\d+\.xml$/);
  expect(chart).toMatch(/^xl\/charts\/chart\d+\.xml$/);
  const types = await read(zip, "[Content_Types].xml");
  expect(types).toContain(
    `<Override PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
  );
  expect(types).toContain(
    `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
  );
  // The sheet's other relationships (notes, links to files) are kept and ids are unique.
  const rels = await relationships(zip, part);
  expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
  for (const r of rels.filter((x) => !x.external)) expect(zip.file(r.target)).not.toBeNull();
  // <drawing> sits after pageSetup and before legacyDrawing (CT_Worksheet order).
  const at = (tag: string) => sheetXml.search(new RegExp(`<${tag}\\b`));
  expect(at("drawing")).toBeGreaterThan(at("pageSetup"));
  expect(at("drawing")).toBeGreaterThan(at("hyperlinks"));
  if (at("legacyDrawing") >= 0) expect(at("drawing")).toBeLessThan(at("legacyDrawing"));
  const drawingRel = rels.find((r) => r.type.endsWith("/drawing"));
  expect(sheetXml).toContain(`<drawing r:id="${drawingRel?.id ?? ""}"/>`);
  expect(await read(zip, relsPath(drawing))).toContain('Target="../charts/');
  // The chart starts a printed page of its own.
  expect(sheetXml).toMatch(/<rowBreaks\b[^>]*>.*<brk id="\d+"/);
});

test("the series point at the actual and target cells of every indicator row, the caches hold the engine's values", async () => {
  for (const c of cases) {
    const { bytes, layout } = await writeCopy(c);
    const { xml } = await chartOf(bytes);
    const rows = layout.indicators.map((i) => i.row);
    const [first, last] = [Math.min(...rows), Math.max(...rows)];
    const formulas = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]?.replace(/&apos;/g, "'"));
    const sheet = `'${SHEET}'`;
    expect(formulas).toEqual([
      `${sheet}!$B$${first}:$B$${last}`,
      `${sheet}!$M$${first}:$M$${last}`,
      `${sheet}!$B$${first}:$B$${last}`,
      `${sheet}!$L$${first}:$L$${last}`,
    ]);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    // The target series reads the hidden column L: hidden cells must be plotted.
    expect(xml).toContain('<c:plotVisOnly val="0"/>');
    const caches = [...xml.matchAll(/<c:numCache>([\s\S]*?)<\/c:numCache>/g)].map((m) => {
      const out: Array<number | null> = rows.map(() => null);
      for (const p of (m[1] ?? "").matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g))
        out[Number(p[1])] = Number(p[2]);
      return out;
    });
    const engine = layout.indicators.map((i) => {
      const r = c.report.indicators.find((x) => x.id === i.id && x.targetYear === i.primary?.year);
      return r?.actual ?? null;
    });
    const targets = layout.indicators.map((i) => {
      const t = c.plan.indicators.find((x) => x.id === i.id)?.targets.find((x) => x.year === i.primary?.year);
      return typeof t?.value === "number" ? t.value : null;
    });
    expect({ name: c.name, caches }).toEqual({ name: c.name, caches: [engine, targets] });
    // The actuals reach the chart through column M, #N/A (a gap, not a 0 bar) where column E is missing.
    const cellsM = layout.cells.filter((x) => x.col === 13 && rows.includes(x.row));
    expect(cellsM.map((x) => (x.content.kind === "formula" ? x.content.formula : x.content.kind))).toEqual(
      rows.map((r) => `IF(ISNUMBER(E${r}),E${r},NA())`),
    );
    // Every indicator row has its hidden target cell in column L, when its target is a number.
    for (const [n, i] of layout.indicators.entries())
      expect(i.targetValue ?? null).toBe(targets[n] === null ? null : `L${i.row}`);
  }
}, 120_000);

test("regenerating a copy that has a chart replaces it: one chart, no loss reported", async () => {
  const c = named("sheet-per-agency/sample");
  const first = await writeCopy(c);
  const second = await writeCopy(c, first.bytes);
  const zip = await JSZip.loadAsync(second.bytes);
  expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(1);
  await chartOf(second.bytes);
});

test("the separate workbook (values mode) has the chart too; helpers quote names and keep the order", async () => {
  const c = named("sheet-per-agency/sample");
  const bytes = await writeSummaryWorkbook(layoutFor(c, null), plainSummary(c.report, "vi", "2025-11-26"));
  await chartOf(bytes);
  expect(chartFormula("Tổng hợp 2025", "B9:B18")).toBe("'Tổng hợp 2025'!$B$9:$B$18");
  expect(chartFormula("Data", "E9:E18")).toBe("Data!$E$9:$E$18");
  const xml = '<worksheet xmlns:r="x"><pageSetup/><legacyDrawing r:id="rId1"/></worksheet>';
  expect(withDrawingElement(xml, "rId2")).toBe(
    '<worksheet xmlns:r="x"><pageSetup/><drawing r:id="rId2"/><legacyDrawing r:id="rId1"/></worksheet>',
  );
});

const skip = process.env.CHITIEU_SKIP_LIBREOFFICE === "1";
if (skip) console.log("chart.test.ts: CHITIEU_SKIP_LIBREOFFICE=1, so the LibreOffice chart test is skipped.");

(skip ? test.skip : test)(
  "LibreOffice opens the copy and sees one chart on the summary sheet",
  async () => {
    const found = findLibreOffice();
    if ("missing" in found) throw new Error(found.missing);
    const { bytes } = await writeCopy(named("sheet-per-agency/sample"));
    const input = path.join(tmp, "chart.xlsx");
    const out = path.join(tmp, "chart.json");
    fs.writeFileSync(input, bytes);
    runUno(
      found,
      String.raw`
input, out, sheet = args
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(input)), "_blank", 0,
    (prop("Hidden", True),))
try:
    charts = doc.Sheets.getByName(sheet).getCharts()
    found = []
    for i in range(charts.getCount()):
        model = charts.getByIndex(i).getEmbeddedObject()
        diagram = model.getFirstDiagram()
        series = [s for ct in diagram.getCoordinateSystems()[0].getChartTypes() for s in ct.getDataSeries()]
        found.append({"series": len(series)})
    with open(out, "w") as f:
        json.dump({"count": charts.getCount(), "charts": found}, f)
finally:
    doc.close(True)
`,
      [input, out, SHEET],
    );
    const got = JSON.parse(fs.readFileSync(out, "utf8")) as { count: number; charts: unknown[] };
    expect(got).toEqual({ count: 1, charts: [{ series: 2 }] });
  },
  120_000,
);

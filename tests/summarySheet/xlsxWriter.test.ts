/**
 * The .xlsx adapter: the copy keeps the agencies' sheets and names as they were, links point at their cells,
 * regenerating replaces only chitieu's sheet, text stays text, and a workbook ExcelJS would damage is refused.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { addSummaryToCopy, isSummarySheet } from "../../src/adapters/xlsx/summarySheet/writeSummary";
import { writeSummaryOutput } from "../../src/adapters/xlsx/summarySheet/writeSummaryOutput";
import { sheetParts } from "../../src/adapters/xlsx/summarySheet/packageParts";
import { computeAttainment } from "../../src/core/attainment/compute";
import { readObservations } from "../../src/core/mapping/readObservations";
import { plainSummary } from "../../src/core/summary/plainTables";
import { evaluateLayout } from "./support/evaluate";
import { type FixtureCase, fixtureCases } from "./support/fixtureCases";
import { inputBytes, layoutFor, loadExcel, SHEET, writeCopy } from "./support/writeCase";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-writer-"));
let cases: FixtureCase[] = [];
beforeAll(async () => {
  cases = await fixtureCases(tmp);
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const single = () => cases.filter((c) => c.files.length === 1);
const named = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
};

async function part(bytes: Uint8Array, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const p = (await sheetParts(zip)).find((s) => s.name === sheet)?.part ?? "";
  return (await zip.file(p)?.async("string")) ?? "";
}

async function withZip(bytes: Uint8Array, edit: (zip: JSZip, xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file("xl/workbook.xml", edit(zip, xml));
  return zip.generateAsync({ type: "uint8array" });
}

test("every single-workbook fixture: the agencies' sheets read back exactly as before, the summary is added", async () => {
  expect(single().length).toBe(6);
  for (const c of single()) {
    const { bytes } = await writeCopy(c);
    const before = await readWorkbook(inputBytes(c), c.host.name);
    const after = await readWorkbook(bytes, c.host.name);
    expect(after.sheets.filter((s) => s.name !== SHEET)).toEqual(before.sheets);
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), SHEET]);
  }
}, 60_000);

test("the workbook's own defined names are carried over, even those ExcelJS drops", async () => {
  const c = named("sheet-per-agency/sample");
  const own = [
    `<definedName name="Rate">0.1</definedName>`,
    `<definedName name="Gone">#REF!</definedName>`,
    `<definedName name="Local" localSheetId="1">'Đài PT-TH'!$A$1</definedName>`,
  ];
  const input = await withZip(inputBytes(c), (_, xml) =>
    xml.replace("</sheets>", `</sheets><definedNames>${own.join("")}</definedNames>`),
  );
  const { bytes } = await writeCopy(c, input);
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  for (const n of own) expect(xml).toContain(n);
  expect(xml).toMatch(
    /<definedName name="_xlnm.Print_Titles" localSheetId="4">(&apos;|')Đánh giá chỉ tiêu(&apos;|')!\$9:\$9<\/definedName>/,
  );
});

test("links: a cell of this workbook is an internal location, a cell of another file names the file", async () => {
  const c = named("sheet-per-agency/sample");
  const xml = await part((await writeCopy(c)).bytes, SHEET);
  expect(xml).toContain(`location="'Báo Lai Châu'!D9"`);
  expect(xml).not.toMatch(/<hyperlink\b[^>]*r:id=/);

  const multi = named("workbook-per-agency/sample");
  const layout = layoutFor(multi, null);
  const plain = plainSummary(multi.report, "vi", "2025-11-26");
  const zip = await JSZip.loadAsync(
    await (
      await import("../../src/adapters/xlsx/summarySheet/writeSummary")
    ).writeSummaryWorkbook(layout, plain),
  );
  const p = (await sheetParts(zip)).find((s) => s.name === SHEET)?.part ?? "";
  const sheetXml = (await zip.file(p)?.async("string")) ?? "";
  const rels =
    (await zip.file(p.replace("worksheets/", "worksheets/_rels/") + ".rels")?.async("string")) ?? "";
  expect(sheetXml).toMatch(/<hyperlink ref="F\d+" r:id="rId\d+" location="'Báo cáo 1'!D6"\/>/);
  expect(rels).toContain(`Target="merged.xlsx"`);
  expect((await sheetParts(zip)).map((s) => s.name)[0]).toBe(SHEET);
  expect(sheetXml).not.toContain("<f>");
});

test("regenerating replaces chitieu's sheet (found by its marker) and never a user's sheet of the same name", async () => {
  const c = named("sheet-per-agency/sample");
  const first = await writeCopy(c);
  const second = await writeCopy(c, first.bytes);
  const names = (await readWorkbook(second.bytes, "x.xlsx")).sheets.map((s) => s.name);
  expect(names.filter((n) => n.startsWith("Đánh giá"))).toEqual([SHEET]);

  // The user renamed chitieu's sheet: it is still recognised and replaced.
  const renamed = await loadExcel(first.bytes);
  const old = renamed.getWorksheet(SHEET);
  if (!old) throw new Error("no summary");
  old.name = "Báo cáo tháng 11";
  const again = await addSummaryToCopy(
    new Uint8Array(await renamed.xlsx.writeBuffer()),
    c.host.name,
    SHEET,
    (n) => layoutFor(c, c.host.name, n),
  );
  if (again.kind !== "written") throw new Error("not written");
  expect((await loadExcel(again.bytes)).worksheets.filter(isSummarySheet).map((w) => w.name)).toEqual([
    SHEET,
  ]);

  // A user's own sheet with chitieu's name and no marker is kept, word for word.
  const wb = await loadExcel(inputBytes(c));
  wb.addWorksheet(SHEET).getCell("A1").value = "Ghi chú riêng của Sở";
  const result = await addSummaryToCopy(
    new Uint8Array(await wb.xlsx.writeBuffer()),
    c.host.name,
    SHEET,
    (n) => layoutFor(c, c.host.name, n),
  );
  if (result.kind !== "written") throw new Error("not written");
  const out = await loadExcel(result.bytes);
  expect(out.getWorksheet(SHEET)?.getCell("A1").value).toBe("Ghi chú riêng của Sở");
  expect(out.worksheets.filter(isSummarySheet).map((w) => w.name)).toEqual([`${SHEET} (2)`]);
  expect(result.warnings[0]?.en).toContain(`"${SHEET} (2)"`);
});

test("text from a workbook stays text, and odd sheet names are quoted in formulas", async () => {
  const c = named("sheet-per-agency/sample");
  const wb = await loadExcel(inputBytes(c));
  const ws = wb.getWorksheet("Báo Lai Châu");
  if (!ws) throw new Error("no sheet");
  ws.name = "=O'Brien+1";
  ws.getCell("D9").value = '=HYPERLINK("http://x")'; // political_articles 2020: text, not a number
  ws.getCell("I13").value = "@SUM(A1)"; // staff_total
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const workbook = await readWorkbook(bytes, c.host.name);
  const mapping = {
    ...c.mapping,
    mappings: c.mapping.mappings.map((m) => (m.sheet === "Báo Lai Châu" ? { ...m, sheet: "=O'Brien+1" } : m)),
  };
  const observations = readObservations(c.plan, [workbook], mapping);
  const report = computeAttainment(c.plan, observations, { reportYear: 2025 });
  const odd: FixtureCase = { ...c, host: workbook, workbooks: [workbook], mapping, observations, report };
  const { bytes: out, layout } = await writeCopy(odd, bytes);

  const summary = (await loadExcel(out)).getWorksheet(SHEET);
  if (!summary) throw new Error("no summary");
  let formulas = 0;
  summary.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as unknown;
      if (v && typeof v === "object" && "formula" in v) formulas++;
    }),
  );
  expect(formulas).toBe(layout.cells.filter((x) => x.content.kind === "formula").length);
  const texts = layout.cells.flatMap((x) => (x.content.kind === "text" ? [x.content.text] : []));
  expect(texts.some((t) => t.includes("=HYPERLINK"))).toBe(true);
  expect(texts.some((t) => t.includes("'=O''Brien+1'!"))).toBe(true);
  const formulaText = layout.cells.flatMap((x) => (x.content.kind === "formula" ? [x.content.formula] : []));
  expect(formulaText.some((f) => f.includes("'=O''Brien+1'!$D$9"))).toBe(true);
  // The quoted references evaluate: the engine's missing value stays missing, the rest agrees.
  const e = evaluateLayout(workbook.sheets, layout);
  const growth = layout.indicators.find((i) => i.id === "political-articles-growth");
  expect(e.value(growth?.primary?.status ?? "")).toBe("Thiếu số liệu");
  expect(report.indicators.find((r) => r.id === "political-articles-growth")?.status).toBe("no-data");
});

test("a workbook with a chart is not rewritten: the summary goes to a separate workbook, with a warning", async () => {
  const c = named("sheet-per-agency/sample");
  const zip = await JSZip.loadAsync(inputBytes(c));
  zip.file("xl/charts/chart1.xml", "<chartSpace/>");
  const withChart = await zip.generateAsync({ type: "uint8array" });
  const refused = await addSummaryToCopy(withChart, c.host.name, SHEET, (n) => layoutFor(c, c.host.name, n));
  expect(refused).toEqual({ kind: "would-lose", lost: [{ vi: "biểu đồ (1)", en: "charts (1)" }] });

  const out = await writeSummaryOutput({
    plan: c.plan,
    report: c.report,
    observations: c.observations,
    workbooks: [c.host],
    bytesOf: () => Promise.resolve(withChart),
    plain: plainSummary(c.report, "vi", "2025-11-26"),
    language: "vi",
    generatedOn: "2025-11-26",
    baselines: {},
  });
  expect(out.live).toBe(false);
  expect(out.warnings[0]?.en).toMatch(/separate file .* would lose charts \(1\)/);
  const names = (await loadExcel(out.bytes)).worksheets.map((w) => w.name);
  expect(names).toEqual([SHEET, "Tổng hợp", "Theo đơn vị", "Thiếu số liệu"]);
});

test("report-ready: A4 landscape, one page wide, header rows repeated, frozen header, native rules", async () => {
  const c = named("sheet-per-agency/gaps");
  const { bytes, layout } = await writeCopy(c);
  const xml = await part(bytes, SHEET);
  expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*/);
  expect(xml).toMatch(/fitToWidth="1"/);
  expect(xml).toMatch(/<fitToPage|fitToPage="1"/);
  expect(xml).toMatch(new RegExp(`<pane[^>]*ySplit="${layout.freeze.rows}"[^>]*state="frozen"`));
  expect((xml.match(/<cfRule type="cellIs"/g) ?? []).length).toBe(10);
  expect(xml).toContain("<dataBar>");
  expect(xml).not.toContain("<x14:id/>");
  expect(xml).toMatch(/<c r="A10"[^>]*s="\d+"/);
  const wb = await loadExcel(bytes);
  const a1 = wb.getWorksheet(SHEET)?.getCell("A1");
  expect(a1?.font?.name).toBe("Times New Roman");
  expect(a1?.isMerged).toBe(true);
});

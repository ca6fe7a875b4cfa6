/**
 * Workbooks that open but hide or spoil their values: every sheet hidden, Excel errors cached in the mapped
 * cells, and mappings to a cell that cannot exist beside one that is merely empty. Built from the bundled
 * sample of Báo Lai Châu (samples/workbook-per-agency), so that the same cells read fine when nothing is spoilt.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import {
  dateFormattedResults,
  excelErrorsWorkbook,
  hiddenOnlyWorkbook,
  type SampleEntry,
  SAMPLE_WORKBOOK,
  sampleEntries,
} from "../../scripts/fixtures/hostile";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { message } from "../../src/core/i18n/messages";
import { type JsonReport, runCli } from "../support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-hostile-sheets-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const STACK = /\n\s+at .+:\d+:\d+/;

function write(name: string, content: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function mappingFile(name: string, entries: SampleEntry[]): string {
  return write(name, JSON.stringify({ plan: "lai-chau-3414", mappings: entries }));
}

type Missing = JsonReport["indicators"][number]["missing"][number] & {
  raw: string;
  message: { vi: string; en: string };
};

/** Every missing value of the report, once each (an input can be missing for several indicators). */
function missingOf(report: JsonReport): Missing[] {
  const seen = new Map<string, Missing>();
  for (const i of report.indicators)
    for (const m of i.missing as Missing[]) seen.set(`${m.input}|${m.unit}|${m.year ?? ""}`, m);
  return [...seen.values()];
}

describe("a workbook whose every sheet is hidden", () => {
  let file: string;
  beforeAll(async () => {
    file = write("an-het.xlsx", await hiddenOnlyWorkbook());
  });

  test("is read: its sheets, their states and their cells are all there", async () => {
    const wb = await readWorkbook(new Uint8Array(fs.readFileSync(file)), "an-het.xlsx");
    const sample = await readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE_WORKBOOK)), "an-het.xlsx");
    expect(wb.sheets.map((s) => s.state)).toEqual([
      "veryHidden",
      ...sample.sheets.slice(1).map(() => "hidden"),
      "hidden",
    ]);
    expect(wb.sheets.slice(0, sample.sheets.length).map((s) => s.rows)).toEqual(
      sample.sheets.map((s) => s.rows),
    );
  });

  test("summarize without a mapping stops with exit 1 and says every sheet is hidden and how to unhide", async () => {
    const run = await runCli(["summarize", file]);
    const text = message("mapping.nothingVisible", { workbooks: "an-het.xlsx" });
    expect(run.code).toBe(1);
    expect(run.err).toContain(`Lỗi: ${text.vi}\nError: ${text.en}\n`);
    expect(run.out).toBe("");
    expect(run.err).not.toMatch(STACK);
  });

  test("summarize with a mapping into the hidden sheets reads them as usual", async () => {
    const mapping = mappingFile("an-het.json", sampleEntries());
    const hidden = await runCli(["summarize", file, "--mapping", mapping, "--json"]);
    const shown = await runCli(["summarize", SAMPLE_WORKBOOK, "--mapping", mapping, "--json"]);
    expect(hidden.code).toBe(0);
    expect(JSON.parse(hidden.out)).toEqual(JSON.parse(shown.out));
  });

  test("map finds nothing there and says what it did not find (exit 0: proposing nothing is an answer)", async () => {
    const run = await runCli(["map", file, "--json"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.out) as { mappings: unknown[]; unmatched: unknown[] };
    expect(out.mappings).toEqual([]);
    expect(out.unmatched.length).toBeGreaterThan(10);
  });
});

describe("Excel errors cached in mapped cells", () => {
  test("each is missing data naming the error and its cell, never a number, and the indicator has no data", async () => {
    const { bytes, planted } = await excelErrorsWorkbook();
    const file = write("loi-excel.xlsx", bytes);
    const mapping = mappingFile("loi-excel.json", sampleEntries());
    const run = await runCli(["summarize", file, "--mapping", mapping, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as JsonReport;
    const errors = missingOf(report).filter((m) => m.problem === "excel-error");
    expect(
      errors.map((m) => ({ input: m.input, year: m.year, raw: m.raw, source: m.source, text: m.message })),
    ).toEqual(
      expect.arrayContaining(
        planted.map((p) => ({
          input: p.input,
          year: p.year ?? null,
          raw: p.error,
          source: { workbook: "loi-excel.xlsx", sheet: "Báo cáo", cell: p.cell },
          text: message("reading.excelError", { raw: p.error }),
        })),
      ),
    );
    expect(errors).toHaveLength(planted.length);
    const revenue = report.indicators.find((i) => i.id === "revenue-growth" && i.targetYear === 2025);
    expect(revenue?.status).toBe("no-data");
    expect(revenue?.units.find((u) => u.unit === "bao-lai-chau")?.values["revenue@2025"]).toBeNull();

    for (const lang of ["vi", "en"] as const) {
      const text = await runCli(["summarize", file, "--mapping", mapping, "--lang", lang]);
      expect(text.code).toBe(0);
      for (const p of planted)
        expect(text.out).toContain(message("reading.excelError", { raw: p.error })[lang]);
    }
  });
});

describe("formulas in date-formatted cells whose cached result is text, an error or TRUE", () => {
  const at = (missing: Missing[], cell: string) => {
    const m = missing.find((x) => (x.source as { cell?: string } | null)?.cell === cell);
    return m && { problem: m.problem, raw: m.raw };
  };

  test("are read as they are (no crash, no date made up) and kept as they are in a copy with the mapping", async () => {
    const { bytes, entries } = await dateFormattedResults();
    const file = write("cot-ngay.xlsx", bytes);
    const mapping = mappingFile("cot-ngay.json", entries);
    const run = await runCli(["summarize", file, "--mapping", mapping, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as JsonReport;
    const missing = missingOf(report);
    expect(at(missing, "B1")).toEqual({
      problem: "text-not-number",
      raw: "chưa có",
    });
    expect(at(missing, "B2")).toEqual({
      problem: "excel-error",
      raw: "#DIV/0!",
    });
    const autonomy = report.indicators.find((i) => i.id === "autonomy");
    expect(autonomy?.units.find((u) => u.unit === "bao-lai-chau")?.values).toEqual({ autonomous: true });

    const copy = path.join(dir, "cot-ngay-anh-xa.xlsx");
    expect((await runCli(["map", file, "--mapping", mapping, "--save", copy])).code).toBe(0);
    const sheetXml = async (f: string) =>
      (await (await JSZip.loadAsync(fs.readFileSync(f))).file("xl/worksheets/sheet1.xml")?.async("string")) ??
      "";
    const cells = (xml: string) => xml.match(/<c r="B\d"[^>]*>.*?<\/c>/g);
    expect(cells(await sheetXml(copy))).toEqual(cells(await sheetXml(file)));
    expect(await sheetXml(copy)).not.toContain("NaN");
  });

  test("a copy saved by an earlier chitieu, holding NaN for a formula's text, reads as the text NaN instead of crashing", async () => {
    const { bytes, entries } = await dateFormattedResults(true);
    const file = write("ban-sao-cu.xlsx", bytes);
    const run = await runCli(["summarize", file, "--mapping", mappingFile("cu.json", entries), "--json"]);
    expect(run.code).toBe(0);
    const missing = missingOf(JSON.parse(run.out) as JsonReport);
    expect(
      missing
        .filter((m) => m.raw === "NaN")
        .map((m) => m.problem)
        .sort(),
    ).toEqual(["not-yes-no", "text-not-number", "text-not-number"]);
  });
});

describe("a mapping to a cell that cannot exist, and to one that is only empty", () => {
  const revenue2025 = (cell: string): SampleEntry[] =>
    sampleEntries().map((e) => (e.input === "revenue" && e.year === 2025 ? { ...e, cell } : e));

  test.each([
    ["a row past the last of the grid", "I1048577"],
    ["a column past XFD", "XFE7"],
    ["row 0", "I0"],
    ["an address with its sheet", "'Báo cáo'!I7"],
    ["a range", "I7:I8"],
  ])("%s (%s) stops with exit 1 and the address to fix", async (_name, cell) => {
    const run = await runCli([
      "summarize",
      SAMPLE_WORKBOOK,
      "--mapping",
      mappingFile("x.json", revenue2025(cell)),
    ]);
    const index = revenue2025(cell).findIndex((e) => e.cell === cell) + 1;
    const text = message("mapping.badCell", { index, cell });
    expect(run.code).toBe(1);
    expect(run.err).toContain(`Lỗi: ${text.vi}\nError: ${text.en}\n`);
    expect(run.err).not.toMatch(STACK);
  });

  test.each([
    ["the last cell of the grid", "XFD1048576"],
    ["a cell far beyond the data", "Z900"],
    ["a blank cell inside the table", "D7"],
  ])("%s (%s) is read as not reported, with its address, and the run goes on", async (_name, cell) => {
    const run = await runCli([
      "summarize",
      SAMPLE_WORKBOOK,
      "--mapping",
      mappingFile("y.json", revenue2025(cell)),
      "--json",
    ]);
    expect(run.code).toBe(0);
    const missing = missingOf(JSON.parse(run.out) as JsonReport).find(
      (m) => m.input === "revenue" && m.unit === "bao-lai-chau" && m.year === 2025,
    );
    expect(missing).toMatchObject({
      problem: "not-reported",
      raw: "",
      source: { workbook: "bao-lai-chau.xlsx", sheet: "Báo cáo", cell },
      message: message("reading.notReported"),
    });
  });
});

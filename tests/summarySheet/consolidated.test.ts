/**
 * The consolidated workbook (figures in several workbooks): one file with the live summary and a copy of
 * each agency's sheets the mapping uses, each copy equal to its input sheet cell by cell (formulas re-pointed
 * at the copies), the summary's formulas over the copies giving the engine's numbers (HyperFormula); and the
 * fallback to the values workbook when the inputs cannot be copied faithfully.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { withDrawing } from "../support/drawing";
import { CONSOLIDATE_LIMITS, unpackedSize } from "../../src/adapters/xlsx/summarySheet/consolidate";
import { label } from "../../src/core/summary/format";
import { renameSheetRefs } from "../../src/core/workbook/renameSheetRefs";
import { type Workbook } from "../../src/core/workbook/model";
import {
  fromFixture,
  type SeveralCase,
  SOURCE_SHEET,
  trickyCase,
  UNUSED_SHEET,
  writeSeveral,
} from "./support/consolidatedCase";
import { evaluateLayout } from "./support/evaluate";
import { fixtureCases } from "./support/fixtureCases";
import { sheetContents } from "./support/sheetContents";
import { loadExcel, SHEET } from "./support/writeCase";
import { runCli } from "../support/runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-consolidated-"));
let cases: SeveralCase[] = [];
beforeAll(async () => {
  const several = (await fixtureCases(tmp)).filter((c) => c.files.length > 1);
  const plain = await Promise.all(several.map(fromFixture));
  cases = [...plain, ...(await Promise.all(plain.map(trickyCase)))];
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const named = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}; have ${cases.map((x) => x.name).join(", ")}`);
  return c;
};

/** Which copy holds which input sheet, as the summary's title block says ("copy" = file › sheet). */
function origins(out: Workbook): Map<string, { workbook: string; sheet: string }> {
  const summary = out.sheets.find((s) => s.name === SHEET);
  const text = summary?.rows
    .flatMap((r) => r ?? [])
    .map((c) => c?.value)
    .find((v): v is string => typeof v === "string" && v.startsWith("Các trang số liệu"));
  const found = new Map<string, { workbook: string; sheet: string }>();
  for (const m of (text ?? "").matchAll(/"([^"]+)" = (\S+) › ([^;]+?)(?=; "|\.$)/g))
    found.set(m[1] ?? "", { workbook: m[2] ?? "", sheet: m[3] ?? "" });
  return found;
}

test("the cases: workbook-per-agency (sample, gaps) as generated and with tricky names", () => {
  expect(cases.map((c) => c.name)).toEqual([
    "workbook-per-agency/sample",
    "workbook-per-agency/gaps",
    "workbook-per-agency/sample (tricky names)",
    "workbook-per-agency/gaps (tricky names)",
  ]);
});

test("one live file: the summary first, then one copy per used sheet, each equal to its input sheet", async () => {
  for (const c of cases) {
    const read: string[] = [];
    const out = await writeSeveral(c, read);
    expect({ name: c.name, live: out.live, warnings: out.warnings }).toEqual({
      name: c.name,
      live: true,
      warnings: [],
    });
    expect(read).toEqual([...c.files.keys()]); // each input read once, in order
    const model = await readWorkbook(out.bytes, "out.xlsx");
    const copies = origins(model);
    expect(model.sheets.map((s) => s.name)).toEqual([SHEET, ...copies.keys()]);
    const used = new Set(
      c.observations.all.flatMap((o) => (o.source ? [`${o.source.workbook}|${o.source.sheet}`] : [])),
    );
    const copied = [...copies.values()].map((o) => `${o.workbook}|${o.sheet}`);
    // Every used sheet is copied; beyond them only a sheet their formulas reach.
    for (const u of used) expect(copied).toContain(u);
    expect(copied.filter((x) => !used.has(x))).toEqual(
      c.name.includes("tricky") ? [`bao-lai-chau.xlsx|${SOURCE_SHEET}`] : [],
    );
    expect(copied.some((x) => x.endsWith(UNUSED_SHEET))).toBe(false);

    const excel = await loadExcel(out.bytes);
    for (const [copy, from] of copies) {
      const input = await loadExcel(c.files.get(from.workbook) ?? new Uint8Array());
      const rename = (s: string) =>
        [...copies].find(
          ([, o]) => o.workbook === from.workbook && o.sheet.toLowerCase() === s.toLowerCase(),
        )?.[0];
      const before = input.getWorksheet(from.sheet);
      const after = excel.getWorksheet(copy);
      if (!before || !after) throw new Error(`no ${from.sheet} or ${copy}`);
      expect(sheetContents(after, copy)).toEqual(
        sheetContents(before, copy, (f) => renameSheetRefs(f, rename)),
      );
      // And as chitieu reads it: the same cells.
      const was = (
        await readWorkbook(c.files.get(from.workbook) ?? new Uint8Array(), from.workbook)
      ).sheets.find((s) => s.name === from.sheet);
      const now = model.sheets.find((s) => s.name === copy);
      const renamed = was && {
        ...was,
        name: copy,
        rows: was.rows.map((r) =>
          r?.map((cell) =>
            cell?.formula ? { ...cell, formula: renameSheetRefs(cell.formula, rename) } : cell,
          ),
        ),
      };
      expect(now).toEqual(renamed);
    }
  }
}, 120_000);

test("the summary's formulas, evaluated by HyperFormula over the copies, give the engine's numbers", async () => {
  for (const c of cases) {
    const out = await writeSeveral(c);
    const layout = out.layout;
    if (!layout) throw new Error("no layout");
    expect(layout.mode).toBe("live");
    const model = await readWorkbook(out.bytes, "out.xlsx");
    const e = evaluateLayout(
      model.sheets.filter((s) => s.name !== SHEET),
      layout,
    );
    const wrongCells: string[] = [];
    for (const ind of layout.indicators) {
      const r = c.report.indicators.find((x) => x.id === ind.id && x.targetYear === ind.primary?.year);
      if (!ind.primary || !r) continue;
      const actual = e.value(ind.primary.actual);
      const ok =
        r.actual === null ? actual === "" : typeof actual === "number" && Math.abs(actual - r.actual) < 1e-9;
      if (!ok) wrongCells.push(`${c.name} ${ind.id}: ${String(actual)} ≠ ${String(r.actual)}`);
      if (e.value(ind.primary.status) !== label(`status.${r.status}`, "vi"))
        wrongCells.push(`${c.name} ${ind.id} status ${String(e.value(ind.primary.status))}`);
    }
    expect(wrongCells).toEqual([]);
    // Live: the readings are formulas over the copies (no reading points at another file).
    const live = layout.readings.filter((r) => r.live);
    expect(live.length).toBeGreaterThan(0);
    expect(layout.readings.filter((r) => r.source?.workbook)).toEqual([]);
  }
}, 120_000);

test("tricky names: formulas re-pointed at the copies, the input's own name made local, chitieu's names not carried", async () => {
  const c = named("workbook-per-agency/sample (tricky names)");
  const out = await writeSeveral(c);
  const zip = await JSZip.loadAsync(out.bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const excel = await loadExcel(out.bytes);
  const names = excel.worksheets.map((w) => w.name);
  expect(names).toContain("bao-lai-chau - Số 'chính' 2025");
  expect(names).toContain("bao-lai-chau - Nguồn O'Brien");
  expect(names.every((n) => n.length <= 31)).toBe(true);
  const main = excel.getWorksheet("bao-lai-chau - Số 'chính' 2025");
  expect(main?.getCell("I6").formula).toBe("'bao-lai-chau - Nguồn O''Brien'!A1");
  expect(main?.getCell("L2").formula).toBe(`"Số 'chính' 2025!A1 "&'bao-lai-chau - Nguồn O''Brien'!A2`);
  const local = names.indexOf("bao-lai-chau - Số 'chính' 2025");
  expect(xml).toMatch(
    new RegExp(
      `<definedName name="Tong" localSheetId="${local}">(&apos;|')bao-lai-chau - Nguồn O(&apos;|')(&apos;|')Brien(&apos;|')!\\$A\\$1</definedName>`,
    ),
  );
  expect(xml).not.toContain("chitieu.x");
  // The summary's reading of that cell goes through the copy.
  const text = JSON.stringify(out.layout?.cells.filter((x) => x.content.kind === "formula"));
  expect(text).toContain("'bao-lai-chau - Số ''chính'' 2025'!$I$6");
});

test("a chart in one input: the values workbook instead, with a warning saying why and what to do", async () => {
  const c = named("workbook-per-agency/sample");
  const files = new Map(c.files);
  files.set(
    "tap-chi-van-nghe.xlsx",
    await withDrawing(c.files.get("tap-chi-van-nghe.xlsx") ?? new Uint8Array()),
  );
  const out = await writeSeveral({ ...c, files });
  expect(out.live).toBe(false);
  expect(out.warnings).toHaveLength(1);
  expect(out.warnings[0]?.en).toMatch(
    /copying the sheets of tap-chi-van-nghe\.xlsx into one file would lose drawings, charts, pictures\. For a table that recalculates/,
  );
  expect(out.warnings[0]?.vi).toMatch(/tap-chi-van-nghe\.xlsx .*hình vẽ, biểu đồ, ảnh/);
  const names = (await loadExcel(out.bytes)).worksheets.map((w) => w.name);
  expect(names).toEqual([SHEET, "Tổng hợp", "Theo đơn vị", "Thiếu số liệu"]);
});

test("too large to gather: the values workbook, with a warning naming the limit", async () => {
  const c = named("workbook-per-agency/sample");
  const big = await JSZip.loadAsync(c.files.get("so-lieu-toan-tinh.xlsx") ?? new Uint8Array());
  big.file("docProps/padding.bin", new Uint8Array(CONSOLIDATE_LIMITS.unpackedMegabytes * 1024 * 1024 + 1));
  const bytes = await big.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  expect(unpackedSize(bytes)).toBeGreaterThan(CONSOLIDATE_LIMITS.unpackedMegabytes * 1024 * 1024);
  const files = new Map(c.files);
  files.set("so-lieu-toan-tinh.xlsx", bytes);
  const out = await writeSeveral({ ...c, files });
  expect(out.live).toBe(false);
  expect(out.warnings[0]?.en).toMatch(/too large to gather into one file \(≥ 51 MB unpacked, limit 50 MB\)/);
}, 60_000);

test("unpackedSize reads the zip directory", async () => {
  const zip = new JSZip();
  zip.file("a.txt", "x".repeat(1000));
  zip.file("b/c.xml", "<a/>");
  expect(unpackedSize(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }))).toBe(1004);
});

test("chitieu summarize samples/workbook-per-agency/*.xlsx --mapping … -o writes the consolidated live file", async () => {
  const folder = path.join(__dirname, "..", "..", "samples", "workbook-per-agency");
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(folder, f));
  const out = path.join(tmp, "cli-out.xlsx");
  const run = await runCli([
    "summarize",
    ...files,
    "--mapping",
    path.join(folder, "mapping.json"),
    "-o",
    out,
  ]);
  expect(run.code).toBe(0);
  expect(run.err).not.toMatch(/values with links/);
  const model = await readWorkbook(new Uint8Array(fs.readFileSync(out)), "out.xlsx");
  expect(model.sheets.map((s) => s.name)).toEqual([
    SHEET,
    "bao-lai-chau - Báo cáo",
    "dai-ptth-lai-chau - Báo cáo",
    "so-lieu-toan-tinh - Báo cáo",
    "tap-chi-van-nghe - Báo cáo",
  ]);
  const formulas = model.sheets[0]?.rows.flatMap((r) => r ?? []).filter((c) => c?.formula) ?? [];
  expect(formulas.some((c) => c?.formula?.includes("'bao-lai-chau - Báo cáo'!$I$6"))).toBe(true);
}, 60_000);

/**
 * `summarize` reads its workbooks one at a time and keeps only slim copies (src/core/mapping/intake.ts): its
 * output must be what the summary made on the whole workbooks, all in memory at once, gives — text, JSON, the
 * summary workbook and what is said on stderr — on every generated fixture layout, with a mapping file and
 * with auto-detection.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { generateFixtures } from "../scripts/generate-fixtures";
import { layouts } from "../scripts/fixtures/layouts";
import { writeSummaryOutput } from "../src/adapters/xlsx/summarySheet/writeSummaryOutput";
import { loadMapping, loadWorkbook, readBytes } from "../src/cli/files";
import { reportText } from "../src/cli/printReport";
import { readSummaryInputs } from "../src/cli/summaryInputs";
import { detect, detectionScan } from "../src/core/detect/detect";
import { DEFAULT_MIN_CONFIDENCE } from "../src/core/detect/types";
import { bothLanguages, type Language, message } from "../src/core/i18n/messages";
import { summaryIntake } from "../src/core/mapping/intake";
import { readObservations } from "../src/core/mapping/readObservations";
import { type MappingFile } from "../src/core/mapping/schema";
import { builtInPlan } from "../src/core/plan/catalogue";
import { summarize } from "../src/core/summarize";
import { reportToJson } from "../src/core/summary/json";
import { plainSummary } from "../src/core/summary/plainTables";
import { type Workbook } from "../src/core/workbook/model";
import { cellCount } from "../src/core/workbook/slim";
import { runCli } from "./support/runCli";

const plan = builtInPlan("lai-chau-3414");
const TODAY = "2026-11-26";
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-stream-"));
  await generateFixtures(path.join(dir, "sample"), { dataset: "sample" });
  await generateFixtures(path.join(dir, "gaps"), { dataset: "gaps" });
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function filesOf(dataset: string, layout: string): string[] {
  const folder = path.join(dir, dataset, layout);
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(folder, f));
}

type Output = { out: string; err: string; parts: Record<string, string> };

/** The summary as it was made before streaming: every workbook read whole and kept, then the summary. */
async function allAtOnce(files: string[], mappingPath: string | undefined, lang: Language, json: boolean) {
  const workbooks: Workbook[] = [];
  let err = "";
  for (const [i, file] of files.entries()) {
    if (files.length > 1) err += `[${i + 1}/${files.length}] ${file}\n`;
    workbooks.push(await loadWorkbook(file));
  }
  let mapping: MappingFile;
  if (mappingPath) mapping = await loadMapping(mappingPath);
  else {
    // The fixtures hold no saved mapping: detection over all of them, as mappingSources.ts did.
    const detection = detect(plan, workbooks);
    const used = detection.mappings.filter((m) => m.confidence >= DEFAULT_MIN_CONFIDENCE);
    err += `${bothLanguages(message("cli.autoMapping", { count: used.length, min: DEFAULT_MIN_CONFIDENCE, missing: detection.unmatched.length }))}\n`;
    mapping = {
      plan: plan.id,
      mappings: used.map(({ workbook, input, unit, year, sheet, cell }) => ({
        workbook,
        input,
        unit,
        ...(year !== undefined ? { year } : {}),
        sheet,
        cell,
      })),
    };
  }
  const report = summarize(plan, workbooks, mapping, { fallbackYear: 2026, baselines: {} });
  const summary = plainSummary(report, lang, TODAY);
  const out = json ? `${JSON.stringify(reportToJson(report), null, 2)}\n` : `${reportText(summary, lang)}\n`;
  const written = await writeSummaryOutput({
    plan,
    report,
    observations: readObservations(plan, workbooks, mapping),
    workbooks,
    bytesOf: (name) => readBytes(files.find((f) => path.basename(f) === name) ?? name),
    plain: summary,
    language: lang,
    generatedOn: TODAY,
    baselines: {},
  });
  return { out, err, bytes: written.bytes };
}

/** The package's parts as text, but the document properties' time of writing. */
async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name];
    if (!file || file.dir) continue;
    const text = await file.async("string");
    parts[name] =
      name === "docProps/core.xml"
        ? text.replace(/<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g, "")
        : text;
  }
  return parts;
}

async function streamed(files: string[], mappingPath: string | undefined, lang: Language, json: boolean) {
  const output = path.join(dir, "out", `${Math.random().toString(36).slice(2)}.xlsx`);
  const run = await runCli([
    "summarize",
    ...files,
    ...(mappingPath ? ["--mapping", mappingPath] : []),
    ...(json ? ["--json"] : []),
    "--lang",
    lang,
    "-o",
    output,
  ]);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.err}`);
  const wrote = `${bothLanguages(message("cli.wrote", { path: output }))}\n`;
  expect(run.err.endsWith(wrote)).toBe(true);
  return { out: run.out, err: run.err.slice(0, -wrote.length), bytes: fs.readFileSync(output) };
}

async function compare(files: string[], mappingPath: string | undefined, lang: Language, json: boolean) {
  const [a, b] = [
    await allAtOnce(files, mappingPath, lang, json),
    await streamed(files, mappingPath, lang, json),
  ];
  const view = async (o: { out: string; err: string; bytes: Uint8Array }): Promise<Output> => ({
    out: o.out,
    err: o.err,
    parts: await partsOf(o.bytes),
  });
  expect(await view(b)).toEqual(await view(a));
  return a;
}

const cases = Object.keys(layouts).flatMap((layout) =>
  ["sample", "gaps"].map((dataset) => [layout, dataset] as const),
);

describe("summarize, one workbook at a time, gives what it gave on all of them at once", () => {
  test.each(cases)(
    "%s (%s dataset) with its mapping file, JSON and Vietnamese text",
    async (layout, dataset) => {
      const files = filesOf(dataset, layout);
      const mapping = path.join(dir, dataset, layout, "mapping.json");
      const json = await compare(files, mapping, "vi", true);
      expect(JSON.parse(json.out)).toHaveProperty("indicators");
      await compare(files, mapping, "vi", false);
    },
    60_000,
  );

  test.each(cases)(
    "%s (%s dataset) with auto-detection, English text",
    async (layout, dataset) => {
      const files = filesOf(dataset, layout);
      const run = await compare(files, undefined, "en", false);
      expect(run.err).toContain("auto");
      await compare(files, undefined, "en", true);
    },
    60_000,
  );
});

describe("what is kept of each workbook", () => {
  test.each(Object.keys(layouts))(
    "%s: with a mapping file, only the cells its entries name",
    async (layout) => {
      const files = filesOf("sample", layout);
      const mapping = await loadMapping(path.join(dir, "sample", layout, "mapping.json"));
      const { workbooks } = await readSummaryInputs(plan, files, mapping, () => undefined);
      expect(workbooks.map((w) => w.name)).toEqual(files.map((f) => path.basename(f)));
      for (const [i, slim] of workbooks.entries()) {
        const full = await loadWorkbook(files[i] ?? "");
        const entries = mapping.mappings.filter((m) => m.workbook === slim.name).length;
        expect(entries).toBeGreaterThan(0);
        expect(cellCount(slim)).toBeGreaterThan(0);
        expect(cellCount(slim)).toBeLessThanOrEqual(entries);
        expect(cellCount(slim)).toBeLessThan(cellCount(full) / 2);
        // Every sheet is still named, with its state; nothing else of the workbook is kept.
        expect(slim.sheets.map((s) => [s.name, s.state])).toEqual(full.sheets.map((s) => [s.name, s.state]));
        expect(slim.definedNames).toEqual([]);
        expect(slim.sheets.every((s) => s.merges.length === 0)).toBe(true);
      }
    },
  );

  test.each(Object.keys(layouts))(
    "%s: with auto-detection, only the cells detection may propose",
    async (layout) => {
      const files = filesOf("sample", layout);
      const { workbooks, mapping } = await readSummaryInputs(plan, files, undefined, () => undefined);
      expect(mapping.mappings.length).toBeGreaterThan(0);
      for (const [i, slim] of workbooks.entries()) {
        const full = await loadWorkbook(files[i] ?? "");
        const candidates = new Set(
          detectionScan(plan)
            .add(full)
            .map((c) => `${c.sheet}|${c.row}|${c.col}`),
        );
        const kept = slim.sheets.flatMap((s) =>
          s.rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell ? [`${s.name}|${r}|${c}`] : []))),
        );
        expect(kept.length).toBeGreaterThan(0);
        expect(kept.every((k) => candidates.has(k))).toBe(true);
        expect(kept.length).toBeLessThan(cellCount(full) / 2);
      }
    },
  );

  test("a workbook added is not kept: the intake holds the slim copy, not the model it was given", () => {
    const intake = summaryIntake(plan, {
      mappings: [{ workbook: "a.xlsx", input: "staff_total", unit: "bao-lai-chau", sheet: "S", cell: "B2" }],
    });
    const rows: Workbook["sheets"][number]["rows"] = [];
    for (let r = 1; r <= 200; r++) rows[r] = [undefined, { value: `nhãn ${r}` }, { value: r }];
    const sheet = { name: "S", state: "visible" as const, rows, merges: ["A1:B1"] };
    intake.add({ name: "a.xlsx", sheets: [sheet], definedNames: [{ name: "x", ref: "S!A1" }] });
    const [slim] = intake.finish().workbooks;
    expect(slim?.sheets[0]).not.toBe(sheet);
    expect(slim?.sheets[0]?.rows).not.toBe(rows);
    expect(slim ? cellCount(slim) : -1).toBe(1);
    expect(slim?.sheets[0]?.rows[2]?.[2]).toEqual({ value: 2 });
  });
});

import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFixtures } from "../scripts/generate-fixtures";
import { withDrawing } from "./support/drawing";
import { type JsonReport, runCli } from "./support/runCli";

let dir: string;
let args: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-out-"));
  await generateFixtures(dir, { layout: "workbook-per-agency", dataset: "gaps" });
  const folder = path.join(dir, "workbook-per-agency");
  // A drawing in one agency's sheet: the sheets cannot be gathered into one live file (docs/summary-sheet.md),
  // so -o writes the values workbook with the plain tables, the output these tests read.
  const file = path.join(folder, "tap-chi-van-nghe.xlsx");
  fs.writeFileSync(file, await withDrawing(fs.readFileSync(file)));
  args = [
    ...fs
      .readdirSync(folder)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(folder, f)),
    "--mapping",
    path.join(folder, "mapping.json"),
  ];
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}; have ${wb.worksheets.map((w) => w.name).join(", ")}`);
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test.each<["vi" | "en", string, string, Record<string, string>]>([
  [
    "vi",
    "Tổng hợp",
    "Thiếu số liệu",
    {
      achieved: "Đạt",
      "not-achieved": "Chưa đạt",
      "no-data": "Thiếu số liệu",
      "on-track": "Đúng tiến độ",
      "off-track": "Chậm tiến độ",
    },
  ],
  [
    "en",
    "Summary",
    "Missing data",
    {
      achieved: "Achieved",
      "not-achieved": "Not achieved",
      "no-data": "No data",
      "on-track": "On track",
      "off-track": "Off track",
    },
  ],
])(
  "-o (%s) writes one row per indicator and target year with the engine's numbers, and the missing list",
  async (lang, main, missingSheet, labels) => {
    const json = JSON.parse((await runCli(["summarize", ...args, "--json"])).out) as JsonReport;
    const out = path.join(dir, `tong-hop-${lang}.xlsx`);
    const run = await runCli(["summarize", ...args, "-o", out, "--lang", lang]);
    expect(run.code).toBe(0);
    expect(run.err).toContain("tap-chi-van-nghe.xlsx into one file would lose drawings, charts, pictures");
    const rows = await sheetRows(out, main);
    const header = rows.findIndex((r) => r[0] === (lang === "vi" ? "STT" : "No."));
    expect(header).toBeGreaterThan(0);
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(json.indicators.length);
    json.indicators.forEach((ind, i) => {
      const row = body[i] ?? [];
      expect(row[2]).toBe(ind.targetYear);
      expect(row[6]).toBe(labels[ind.status]);
      if (ind.actual === null) expect(row[4] ?? null).toBeNull();
      else if (typeof row[4] === "number") expect(row[4]).toBeCloseTo(ind.actual, 4);
    });
    const missing = await sheetRows(out, missingSheet);
    const distinct = new Set(
      json.indicators.flatMap((i) => i.missing.map((m) => `${m.input}|${m.unit}|${m.year}`)),
    );
    expect(missing.length).toBeGreaterThanOrEqual(distinct.size + 1);
    expect(missing.some((r) => typeof r[4] === "string" && r[4].includes("dai-ptth-lai-chau.xlsx"))).toBe(
      true,
    );
  },
);

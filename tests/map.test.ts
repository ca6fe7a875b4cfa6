import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFixtures } from "../scripts/generate-fixtures";
import { type JsonReport, runCli } from "./support/runCli";

let dir: string;
let form: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-map-"));
  await generateFixtures(dir, { layout: "statistical-form" });
  await generateFixtures(dir, { layout: "workbook-per-agency" });
  form = path.join(dir, "statistical-form", "bieu-mau-thong-ke.xlsx");
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type MapJson = {
  mappings: Array<{
    workbook: string;
    input: string;
    unit: string;
    year?: number;
    sheet: string;
    cell: string;
    confidence: number;
    reason: string;
  }>;
  unmatched: Array<{ input: string; unit: string; year?: number }>;
};

test("map --json gives the contract's fields for every proposal and lists what it did not find", async () => {
  const run = await runCli(["map", form, "--json"]);
  expect(run.code).toBe(0);
  const out = JSON.parse(run.out) as MapJson;
  expect(out.mappings.length).toBeGreaterThan(40);
  for (const m of out.mappings) {
    expect(Object.keys(m)).toEqual(
      expect.arrayContaining(["workbook", "input", "unit", "sheet", "cell", "confidence", "reason"]),
    );
    expect(m.workbook).toBe("bieu-mau-thong-ke.xlsx");
  }
  expect(
    out.mappings.find((m) => m.input === "revenue" && m.unit === "bao-lai-chau" && m.year === 2025)?.cell,
  ).toBe("I14");
  expect(Array.isArray(out.unmatched)).toBe(true);
});

test("map --save writes a copy whose saved mapping summarize then uses, even where detection would differ", async () => {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, "statistical-form", "mapping.json"), "utf8")) as {
    mappings: Array<{ input: string; unit: string; year?: number; cell: string }>;
  };
  // A person corrects one match by hand: the Báo's 2025 revenue is taken from J14 (12 000) instead of I14.
  const corrected = {
    ...truth,
    mappings: truth.mappings.map((m) =>
      m.input === "revenue" && m.unit === "bao-lai-chau" && m.year === 2025 ? { ...m, cell: "J14" } : m,
    ),
  };
  const correctedPath = path.join(dir, "corrected.json");
  fs.writeFileSync(correctedPath, JSON.stringify(corrected));
  const copy = path.join(dir, "out", "copy.xlsx");
  const before = fs.readFileSync(form);
  const saved = await runCli(["map", form, "--mapping", correctedPath, "--save", copy]);
  expect(saved.code).toBe(0);
  expect(saved.err).toMatch(/Đã ghi bản sao kèm ánh xạ \(\d+ ô\)/);
  expect(fs.readFileSync(form).equals(before)).toBe(true);

  const run = await runCli(["summarize", copy, "--json"]);
  expect(run.code).toBe(0);
  expect(run.err).toMatch(/dùng ánh xạ đã lưu trong tệp/);
  const r = JSON.parse(run.out) as JsonReport;
  const rev = r.indicators.find((i) => i.id === "revenue-growth" && i.targetYear === 2025);
  const bao = rev?.units.find((u) => u.unit === "bao-lai-chau");
  expect(bao?.values["revenue@2025"]).toBe(12000);
});

test("map --save refuses to write over an input", async () => {
  const run = await runCli(["map", form, "--save", form]);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/không bao giờ ghi đè/);
});

test("map --save with several workbooks writes a copy of each into a folder, each with its own cells", async () => {
  const folder = path.join(dir, "workbook-per-agency");
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(folder, f));
  const out = path.join(dir, "copies");
  const run = await runCli(["map", ...files, "--save", out]);
  expect(run.code).toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual(files.map((f) => path.basename(f)).sort());
  const again = await runCli(["summarize", ...fs.readdirSync(out).map((f) => path.join(out, f)), "--json"]);
  expect((again.err.match(/dùng ánh xạ đã lưu trong tệp/g) ?? []).length).toBe(files.length);
  const truth = await runCli([
    "summarize",
    ...files,
    "--mapping",
    path.join(folder, "mapping.json"),
    "--json",
  ]);
  const statuses = (r: JsonReport) => r.indicators.map((i) => `${i.id}@${i.targetYear}=${i.status}`);
  expect(statuses(JSON.parse(again.out) as JsonReport)).toEqual(
    statuses(JSON.parse(truth.out) as JsonReport),
  );
});

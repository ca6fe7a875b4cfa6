import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFixtures } from "../scripts/generate-fixtures";
import { layouts } from "../scripts/fixtures/layouts";
import { type JsonReport, runCli } from "./support/runCli";

let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-sum-"));
  await generateFixtures(path.join(dir, "sample"), { dataset: "sample" });
  await generateFixtures(path.join(dir, "gaps"), { dataset: "gaps" });
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function summarizeLayout(dataset: string, layout: string, extra: string[] = []): Promise<JsonReport> {
  const folder = path.join(dir, dataset, layout);
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(folder, f));
  const run = await runCli([
    "summarize",
    ...files,
    "--mapping",
    path.join(folder, "mapping.json"),
    "--json",
    ...extra,
  ]);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.err}`);
  return JSON.parse(run.out) as JsonReport;
}

const statuses = (r: JsonReport) =>
  Object.fromEntries(r.indicators.map((i) => [`${i.id}@${i.targetYear}`, i.status]));

/** Worked out by hand from scripts/fixtures/dataset.ts (see the comments there). */
const SAMPLE_STATUSES = {
  "digital-platforms@2025": "achieved", // yes, yes, no: 2/3 = 67%
  "digital-platforms@2030": "on-track", // 67% is the plan's own 2025 point on the way to 100%
  "ai-data-platform@2025": "not-achieved", // 1/3
  "ai-data-platform@2030": "off-track",
  "security-level-3@2025": "not-achieved", // Báo 3, Đài 2: 1 of 2 electronic agencies
  "converged-newsroom@2025": "achieved",
  "converged-newsroom@2030": "on-track",
  "revenue-growth@2025": "achieved", // Báo +24.5%, Đài +20.06%
  "revenue-growth@2030": "on-track", // 2 of 3 agencies ≥ +20% = 67%
  "staff-trained@2025": "not-achieved", // 175 / 177
  "remote-access@2025": "achieved", // 98 560 / 98 560
  "political-articles-growth@2025": "achieved", // 4 110 / 3 350 = +22.7%
  "autonomy@2025": "achieved",
  "magazine-relicensed@2025": "achieved",
};

const layoutNames = Object.keys(layouts);

describe("summarize on every fixture layout", () => {
  test("there are the four layouts the issue names", () => {
    expect(layoutNames.sort()).toEqual([
      "agencies-as-columns",
      "sheet-per-agency",
      "statistical-form",
      "workbook-per-agency",
    ]);
  });

  test.each(layoutNames)("%s: the sample's statuses and actuals", async (layout) => {
    const r = await summarizeLayout("sample", layout);
    expect(r.plan).toBe("lai-chau-3414");
    expect(r.reportYear).toBe(2025);
    expect(statuses(r)).toEqual(SAMPLE_STATUSES);
    const actual = (id: string, year: number) =>
      r.indicators.find((i) => i.id === id && i.targetYear === year)?.actual;
    expect(actual("revenue-growth", 2025)).toBeCloseTo(2881.5 / 2400 - 1, 4);
    expect(actual("staff-trained", 2025)).toBeCloseTo(175 / 177, 4);
    expect(actual("political-articles-growth", 2025)).toBeCloseTo(4110 / 3350 - 1, 4);
    expect(actual("digital-platforms", 2025)).toBeCloseTo(0.6667, 4);
    expect(r.indicators.every((i) => i.missing.length === 0)).toBe(true);
  });

  test("every layout reads the same values for every unit", async () => {
    const strip = (r: JsonReport) =>
      r.indicators.map((i) => ({ id: i.id, y: i.targetYear, actual: i.actual, units: i.units }));
    const reports = await Promise.all(layoutNames.map((l) => summarizeLayout("sample", l)));
    const first = strip(reports[0] as JsonReport);
    for (const r of reports.slice(1)) expect(strip(r)).toEqual(first);
  });

  test.each(layoutNames)(
    "%s with gaps: what is missing is no-data and listed where it was expected",
    async (layout) => {
      const r = await summarizeLayout("gaps", layout);
      const s = statuses(r);
      expect(s["staff-trained@2025"]).toBe("no-data");
      expect(s["security-level-3@2025"]).toBe("no-data");
      expect(s["revenue-growth@2030"]).toBe("no-data");
      // The magazine's revenue is not part of the 2025 revenue target: still achieved.
      expect(s["revenue-growth@2025"]).toBe("achieved");
      expect(s["digital-platforms@2025"]).toBe("achieved");
      const find = (id: string, year: number) =>
        r.indicators.find((i) => i.id === id && i.targetYear === year);
      expect(find("staff-trained", 2025)?.missing).toEqual([
        expect.objectContaining({
          input: "staff_trained",
          unit: "dai-ptth-lai-chau",
          problem: "not-reported",
        }),
      ]);
      expect(find("staff-trained", 2025)?.missing[0]?.source).not.toBeNull();
      expect(
        find("revenue-growth", 2030)
          ?.missing.map((m) => [m.unit, m.year])
          .sort(),
      ).toEqual([
        ["tap-chi-van-nghe-lai-chau", 2022],
        ["tap-chi-van-nghe-lai-chau", 2025],
      ]);
      expect(find("staff-trained", 2025)?.actual).toBeNull();
    },
  );

  test("--baseline moves the revenue baseline year", async () => {
    const r = await summarizeLayout("sample", "sheet-per-agency", ["--baseline", "revenue-growth=2023"]);
    const rev = r.indicators.find((i) => i.id === "revenue-growth" && i.targetYear === 2025);
    expect(rev?.actual).toBeCloseTo(2881.5 / 2550 - 1, 4);
    expect(rev?.status).toBe("not-achieved");
  });

  test("--year 2024 judges the 2025 targets as progress", async () => {
    const r = await summarizeLayout("sample", "sheet-per-agency", ["--year", "2024"]);
    expect(r.reportYear).toBe(2024);
    const s = statuses(r);
    // 2024: 3 938 articles against 3 350 in 2020 (+17.6%), not yet +20%, and the plan gives no starting
    // point for a straight line: progress is no-data with that reason, not a guess.
    expect(s["political-articles-growth@2025"]).toBe("no-data");
    // Status answers are as of the report year: 2 of 3 already meets 67%.
    expect(s["digital-platforms@2025"]).toBe("on-track");
    expect(s["ai-data-platform@2025"]).toBe("no-data");
  });

  test("the national plan runs on the same mapping's inputs", async () => {
    const folder = path.join(dir, "sample", "sheet-per-agency");
    const mapping = JSON.parse(fs.readFileSync(path.join(folder, "mapping.json"), "utf8")) as {
      mappings: Array<{ input: string }>;
    };
    const national = new Set([
      "revenue",
      "staff_total",
      "staff_trained",
      "digital_platforms",
      "ai_data_platform",
      "security_level",
      "converged_newsroom",
    ]);
    const m2 = { plan: "quoc-gia-348", mappings: mapping.mappings.filter((m) => national.has(m.input)) };
    fs.writeFileSync(path.join(dir, "national.json"), JSON.stringify(m2));
    const run = await runCli([
      "summarize",
      path.join(folder, "bao-cao-theo-don-vi.xlsx"),
      "--plan",
      "quoc-gia-348",
      "--mapping",
      path.join(dir, "national.json"),
      "--json",
    ]);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.out) as JsonReport;
    const s = statuses(r);
    expect(s["converged-newsroom@2025"]).toBe("not-achieved"); // 67% < 80%
    expect(s["digital-platforms@2025"]).toBe("not-achieved"); // 67% < 70%
    expect(s["ai-data-platform@2025"]).toBe("not-achieved"); // 33% < 50%
    expect(s["revenue-growth@2025"]).toBe("achieved"); // 67% ≥ 30%
    expect(s["converged-newsroom@2023"]).toBe("no-data"); // no 2023 status data: never a guess
  });

  test("--plan FILE uses the user's plan: a stricter copy changes the verdict", async () => {
    const plan = JSON.parse(
      fs.readFileSync(
        path.join(__dirname, "..", "src", "core", "plan", "data", "lai-chau-3414.json"),
        "utf8",
      ),
    ) as { id: string; indicators: Array<{ id: string; targets: Array<{ year: number; value: number }> }> };
    const digital = plan.indicators.find((i) => i.id === "digital-platforms");
    const t2025 = digital?.targets.find((t) => t.year === 2025);
    if (!t2025) throw new Error("the built-in plan changed");
    t2025.value = 1;
    const file = path.join(dir, "ke-hoach-chat.json");
    fs.writeFileSync(file, JSON.stringify(plan));
    const r = await summarizeLayout("sample", "sheet-per-agency", ["--plan", file]);
    expect(statuses(r)["digital-platforms@2025"]).toBe("not-achieved");
    expect(statuses(r)["converged-newsroom@2025"]).toBe("achieved");
  });
});

describe("summarize with no mapping", () => {
  test.each(layoutNames)(
    "%s: detection finds the cells and the statuses equal those of the true mapping",
    async (layout) => {
      const folder = path.join(dir, "sample", layout);
      const files = fs
        .readdirSync(folder)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => path.join(folder, f));
      const run = await runCli(["summarize", ...files, "--json"]);
      expect(run.code).toBe(0);
      expect(run.err).toMatch(/Không có --mapping: dùng \d+ ô tự tìm thấy/);
      const auto = JSON.parse(run.out) as JsonReport;
      const truth = await summarizeLayout("sample", layout);
      expect(statuses(auto)).toEqual(statuses(truth));
    },
  );
});

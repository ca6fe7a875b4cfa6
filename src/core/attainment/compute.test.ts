import {
  AGENCIES,
  BAO,
  DAI,
  TAPCHI,
  TINH,
  notReported,
  obs,
  series,
  set,
  yesNo,
} from "../../../tests/support/observations";
import { type Observation } from "../observations/observation";
import { builtInPlan } from "../plan/catalogue";
import { type Reading } from "../values/reading";
import { computeAttainment } from "./compute";
import { type IndicatorResult } from "./types";

const plan = builtInPlan("lai-chau-3414");

function result(
  observations: Observation[],
  id: string,
  targetYear: number,
  reportYear = 2025,
): IndicatorResult {
  const report = computeAttainment(plan, set(...observations), { reportYear });
  const r = report.indicators.find((i) => i.id === id && i.targetYear === targetYear);
  if (!r) throw new Error(`no result for ${id} ${targetYear}`);
  return r;
}

type ProblemKind = Extract<Reading, { kind: "problem" }>["problem"];
const problem = (kind: ProblemKind): Reading => ({
  kind: "problem",
  problem: kind,
  raw: "",
  text: { vi: kind, en: kind },
});

describe("share of units meeting a yes/no criterion (digital-platforms, 67% = 2 of 3 in 2025)", () => {
  test.each<[string, [boolean, boolean, boolean], number, string]>([
    ["three of three", [true, true, true], 1, "achieved"],
    ["two of three is 67% after rounding", [true, true, false], 2 / 3, "achieved"],
    ["one of three", [true, false, false], 1 / 3, "not-achieved"],
    ["none", [false, false, false], 0, "not-achieved"],
  ])("%s", (_name, answers, actual, status) => {
    const r = result(yesNo("digital_platforms", answers), "digital-platforms", 2025);
    expect(r.actual).toBeCloseTo(actual, 10);
    expect(r.status).toBe(status);
    expect(r.count).toEqual({ meeting: answers.filter(Boolean).length, total: 3 });
  });

  test("one agency not reported gives no-data with that agency listed, not a zero", () => {
    const r = result(yesNo("digital_platforms", [true, true, notReported]), "digital-platforms", 2025);
    expect(r.status).toBe("no-data");
    expect(r.actual).toBeNull();
    expect(r.missing).toEqual([
      expect.objectContaining({ input: "digital_platforms", unit: TAPCHI, problem: "not-reported" }),
    ]);
  });

  test("an agency with no mapped cell at all is listed as missing too", () => {
    const r = result(
      [obs("digital_platforms", BAO, null, true), obs("digital_platforms", DAI, null, true)],
      "digital-platforms",
      2025,
    );
    expect(r.status).toBe("no-data");
    expect(r.missing.map((m) => m.unit)).toEqual([TAPCHI]);
    expect(r.missing[0]?.source).toBeNull();
  });

  test("the province-wide unit is not an agency and is not counted", () => {
    const r = result(
      [...yesNo("digital_platforms", [true, true, false]), obs("digital_platforms", TINH, null, false)],
      "digital-platforms",
      2025,
    );
    expect(r.count).toEqual({ meeting: 2, total: 3 });
  });
});

describe("share of units with a numeric criterion and a scope (security-level-3: electronic press only)", () => {
  test.each<[string, Array<number | Reading>, number | null, string]>([
    ["both electronic agencies at level 3+", [3, 4], 1, "achieved"],
    ["one at level 2", [3, 2], 0.5, "not-achieved"],
    ["level 3 exactly meets ≥ 3", [3, 3], 1, "achieved"],
    ["an Excel error is no data", [3, problem("excel-error")], null, "no-data"],
    ["text where a level belongs is no data", [problem("text-not-number"), 3], null, "no-data"],
  ])("%s", (_name, levels, actual, status) => {
    const o = [
      obs("security_level", BAO, null, levels[0] as number | Reading),
      obs("security_level", DAI, null, levels[1] as number | Reading),
    ];
    const r = result(o, "security-level-3", 2025);
    expect(r.status).toBe(status);
    if (actual === null) expect(r.actual).toBeNull();
    else expect(r.actual).toBeCloseTo(actual, 10);
  });

  test("the print magazine is not asked: its 'not applicable' is not missing", () => {
    const o = [
      obs("security_level", BAO, null, 3),
      obs("security_level", DAI, null, 3),
      obs("security_level", TAPCHI, null, problem("not-applicable")),
    ];
    const r = result(o, "security-level-3", 2025);
    expect(r.status).toBe("achieved");
    expect(r.missing).toEqual([]);
    expect(r.units.find((u) => u.unit === TAPCHI)?.counted).toBe(false);
  });

  test("an electronic agency answering 'not applicable' is missing data, not left out", () => {
    const o = [
      obs("security_level", BAO, null, problem("not-applicable")),
      obs("security_level", DAI, null, 3),
    ];
    const r = result(o, "security-level-3", 2025);
    expect(r.status).toBe("no-data");
    expect(r.missing[0]).toMatchObject({ unit: BAO, problem: "not-applicable" });
  });
});

describe("ratio of two sums (staff-trained: Σ trained ÷ Σ total, exact)", () => {
  const staff = (trained: number[], total: number[]): Observation[] =>
    AGENCIES.flatMap((u, i) => [
      obs("staff_trained", u, null, trained[i] ?? 0),
      obs("staff_total", u, null, total[i] ?? 0),
    ]);

  test.each<[string, number[], number[], number, string]>([
    ["everyone trained", [45, 120, 12], [45, 120, 12], 1, "achieved"],
    ["175 of 177 (98.9%) is not 100%", [45, 118, 12], [45, 120, 12], 175 / 177, "not-achieved"],
    [
      "99.6% of a 100% target is not achieved (no rounding of people)",
      [249, 0, 0],
      [250, 0, 0],
      0.996,
      "not-achieved",
    ],
  ])("%s", (_name, trained, total, actual, status) => {
    const r = result(staff(trained, total), "staff-trained", 2025);
    expect(r.actual).toBeCloseTo(actual, 10);
    expect(r.status).toBe(status);
  });

  test("a zero total everywhere gives no-data with a note, not a division by zero", () => {
    const r = result(staff([0, 0, 0], [0, 0, 0]), "staff-trained", 2025);
    expect(r.status).toBe("no-data");
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/denominator/);
  });

  test("remote-access counts the province, not the agencies", () => {
    const o = [
      obs("remote_population_total", TINH, null, 98560),
      obs("remote_population_reached", TINH, null, 98000),
    ];
    const r = result(o, "remote-access", 2025);
    expect(r.actual).toBeCloseTo(98000 / 98560, 10);
    expect(r.status).toBe("not-achieved");
    expect(r.units.map((u) => u.unit)).toEqual([TINH]);
  });
});

describe("growth of a summed series against a baseline year (political-articles-growth vs 2020)", () => {
  test.each<[string, number[], number[], number, string]>([
    ["+22.7%", [1200, 2000, 150], [1500, 2450, 160], 4110 / 3350 - 1, "achieved"],
    ["exactly +20% is achieved despite floating point", [100, 0, 0], [120, 0, 0], 0.2, "achieved"],
    ["+19.9%", [1000, 0, 0], [1199, 0, 0], 0.199, "not-achieved"],
    ["a fall", [1000, 1000, 100], [900, 900, 100], -0.0952381, "not-achieved"],
  ])("%s", (_name, base, now, actual, status) => {
    const o = series("political_articles", {
      [BAO]: { 2020: base[0] ?? 0, 2025: now[0] ?? 0 },
      [DAI]: { 2020: base[1] ?? 0, 2025: now[1] ?? 0 },
      [TAPCHI]: { 2020: base[2] ?? 0, 2025: now[2] ?? 0 },
    });
    const r = result(o, "political-articles-growth", 2025);
    expect(r.actual).toBeCloseTo(actual, 6);
    expect(r.status).toBe(status);
  });

  test("a missing baseline year is no-data naming the year", () => {
    const o = series("political_articles", {
      [BAO]: { 2020: 1, 2025: 2 },
      [DAI]: { 2025: 2 },
      [TAPCHI]: { 2020: 1, 2025: 2 },
    });
    const r = result(o, "political-articles-growth", 2025);
    expect(r.status).toBe("no-data");
    expect(r.missing).toEqual([expect.objectContaining({ unit: DAI, year: 2020 })]);
  });
});

describe("each named unit meeting a growth threshold (revenue-growth 2025: Báo and Đài each ≥ +20% over 2022)", () => {
  const revenue = (bao: [number, number], dai: [number, number], tapchi?: [number, number]): Observation[] =>
    series("revenue", {
      [BAO]: { 2022: bao[0], 2025: bao[1] },
      [DAI]: { 2022: dai[0], 2025: dai[1] },
      ...(tapchi ? { [TAPCHI]: { 2022: tapchi[0], 2025: tapchi[1] } } : {}),
    });

  test.each<[string, [number, number], [number, number], number, string]>([
    [
      "both above: the actual is the lower growth",
      [10000, 12450],
      [2400, 2881.5],
      2881.5 / 2400 - 1,
      "achieved",
    ],
    ["one below", [10000, 12450], [2400, 2800], 2800 / 2400 - 1, "not-achieved"],
    ["both exactly +20%", [1000, 1200], [2400, 2880], 0.2, "achieved"],
  ])("%s", (_name, bao, dai, actual, status) => {
    const r = result(revenue(bao, dai), "revenue-growth", 2025);
    expect(r.actual).toBeCloseTo(actual, 10);
    expect(r.status).toBe(status);
    expect(r.units.map((u) => u.unit)).toEqual([BAO, DAI]);
  });

  test("the magazine's revenue does not count for 2025, even when missing", () => {
    const r = result(revenue([10000, 12450], [2400, 2881.5]), "revenue-growth", 2025);
    expect(r.missing).toEqual([]);
  });

  test("a zero baseline revenue cannot give a growth rate", () => {
    const r = result(revenue([0, 12450], [2400, 2881.5]), "revenue-growth", 2025);
    expect(r.status).toBe("no-data");
    expect(r.missing[0]).toMatchObject({ unit: BAO, year: 2022, problem: "out-of-range" });
  });

  test("the baseline year can be changed", () => {
    const o = series("revenue", { [BAO]: { 2023: 10000, 2025: 11000 }, [DAI]: { 2023: 100, 2025: 200 } });
    const report = computeAttainment(plan, set(...o), {
      reportYear: 2025,
      baselines: { "revenue-growth": 2023 },
    });
    const r = report.indicators.find((i) => i.id === "revenue-growth" && i.targetYear === 2025);
    expect(r?.actual).toBeCloseTo(0.1, 10);
    expect(r?.status).toBe("not-achieved");
    expect(report.baselines["revenue-growth"]).toBe(2023);
  });
});

describe("share of units meeting a growth threshold (revenue-growth 2030: 67% of agencies ≥ +20%)", () => {
  const o = (tapchiNow: number): Observation[] =>
    series("revenue", {
      [BAO]: { 2022: 100, 2025: 125 },
      [DAI]: { 2022: 100, 2025: 121 },
      [TAPCHI]: { 2022: 100, 2025: tapchiNow },
    });

  test("two of three in 2025 already meets 67%: on track", () => {
    const r = result(o(101), "revenue-growth", 2030);
    expect(r.actual).toBeCloseTo(2 / 3, 10);
    expect(r.status).toBe("on-track");
    expect(r.dataYear).toBe(2025);
  });

  test("reported again in a later year with data for that year", () => {
    const later = series("revenue", {
      [BAO]: { 2022: 100, 2027: 90 },
      [DAI]: { 2022: 100, 2027: 130 },
      [TAPCHI]: { 2022: 100, 2027: 100 },
    });
    const r = result(later, "revenue-growth", 2030, 2027);
    expect(r.actual).toBeCloseTo(1 / 3, 10);
    expect(r.status).toBe("off-track");
    expect(r.trajectory?.from).toEqual({ year: 2025, value: 0.67, basis: "plan-start" });
  });
});

describe("a yes/no fact of one unit (magazine-relicensed)", () => {
  test.each<[string, boolean | Reading, number | null, string]>([
    ["re-licensed", true, 1, "achieved"],
    ["not yet", false, 0, "not-achieved"],
    ["not reported", notReported, null, "no-data"],
  ])("%s", (_name, v, actual, status) => {
    const r = result([obs("licensed", TAPCHI, null, v)], "magazine-relicensed", 2025);
    expect(r.actual).toBe(actual);
    expect(r.status).toBe(status);
  });
});

describe("targets still ahead (2030) from the report year's data", () => {
  test("digital platforms: 2 of 3 in 2026 against a line from 67% (2025) to 100% (2030) expects 2.2 → 2 agencies: on track", () => {
    const r = result(yesNo("digital_platforms", [true, true, false]), "digital-platforms", 2030, 2026);
    expect(r.status).toBe("on-track");
    expect(r.trajectory?.expected).toBeCloseTo(0.67 + 0.33 / 5, 10);
    expect(r.trajectory?.expectedUnits).toBe(2);
  });

  test("1 of 3 in 2027 is behind the line (expects 2): off track", () => {
    const r = result(yesNo("ai_data_platform", [true, false, false]), "ai-data-platform", 2030, 2027);
    expect(r.status).toBe("off-track");
    expect(r.trajectory?.neededPerYear).toBeCloseTo((1 - 0.33) / 3, 10);
  });

  test("a target already met is on track", () => {
    const r = result(yesNo("converged_newsroom", [true, true, true]), "converged-newsroom", 2030, 2026);
    expect(r.status).toBe("on-track");
  });

  test("with no starting point and the target not yet met, progress is no-data with the reason", () => {
    const r = result(yesNo("digital_platforms", [true, false, false]), "digital-platforms", 2025, 2024);
    expect(r.status).toBe("no-data");
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/starting point/);
  });

  test("a status input observed for the report year is not used for an earlier year", () => {
    const r = result(yesNo("digital_platforms", [true, true, true]), "digital-platforms", 2025, 2026);
    expect(r.status).toBe("no-data");
    expect(r.missing[0]?.text.en).toMatch(/2025/);
  });
});

describe("out-of-range values", () => {
  test("the unit list says which units were used and as of when", () => {
    const report = computeAttainment(plan, set(), { reportYear: 2025 });
    expect(report.unitList.asOf).toBe("2025-12-31");
    expect(report.unitList.units.map((u) => u.id)).toEqual([BAO, DAI, TAPCHI, TINH]);
  });

  test("every indicator with no data at all is no-data, never achieved", () => {
    const report = computeAttainment(plan, set(), { reportYear: 2025 });
    expect(report.indicators.every((r) => r.status === "no-data")).toBe(true);
    expect(report.indicators).toHaveLength(14);
  });
});

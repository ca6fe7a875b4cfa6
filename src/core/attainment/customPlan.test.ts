import { mergerPlanJson } from "../../../tests/support/customPlan";
import { obs, set } from "../../../tests/support/observations";
import { builtInUnitLists } from "../plan/catalogue";
import { parsePlan } from "../plan/load";
import { computeAttainment } from "./compute";

const plan = parsePlan(mergerPlanJson(), "x.json", builtInUnitLists);

describe("units with validity dates (two agencies merged on 1 July 2025)", () => {
  test("the 2024 list has the two old agencies and the magazine", () => {
    const report = computeAttainment(plan, set(), { reportYear: 2024 });
    expect(report.unitList.units.map((u) => u.id)).toEqual(["bao-x", "dai-x", "tap-chi-x"]);
  });

  test("the 2025 list has the merged agency and the magazine, and says so", () => {
    const report = computeAttainment(plan, set(), { reportYear: 2025 });
    expect(report.unitList.units.map((u) => u.id)).toEqual(["bao-ptth-x", "tap-chi-x"]);
    expect(report.unitList.asOf).toBe("2025-12-31");
    expect(report.unitList.name.vi).toBe("Cơ quan báo chí tỉnh X");
  });

  test("a share is taken over the list in use: 1 of 2 merged-era agencies", () => {
    const o = [
      obs("incidents", "bao-ptth-x", 2025, 1),
      obs("incidents", "tap-chi-x", 2025, 5),
      obs("incidents", "bao-x", 2025, 0),
    ];
    const r = computeAttainment(plan, set(...o), { reportYear: 2025 }).indicators.find(
      (i) => i.id === "few-incidents",
    );
    expect(r?.count).toEqual({ meeting: 1, total: 2 });
    expect(r?.status).toBe("achieved");
  });
});

describe("operators and direction", () => {
  test("a ≤ criterion counts units at or under the limit", () => {
    const o = [obs("incidents", "bao-ptth-x", 2025, 3), obs("incidents", "tap-chi-x", 2025, 3)];
    const r = computeAttainment(plan, set(...o), { reportYear: 2025 }).indicators.find(
      (i) => i.id === "few-incidents",
    );
    expect(r?.actual).toBe(0);
    expect(r?.status).toBe("not-achieved");
  });

  test.each<[number, number, string]>([
    [10, 8, "achieved"],
    [10, 9, "achieved"],
    [10, 9.5, "not-achieved"],
    [10, 12, "not-achieved"],
  ])("lower is better: %p → %p incidents", (before, after, status) => {
    const o = [
      obs("incidents", "bao-ptth-x", 2024, before),
      obs("incidents", "bao-ptth-x", 2025, after),
      obs("incidents", "tap-chi-x", 2024, 0),
      obs("incidents", "tap-chi-x", 2025, 0),
    ];
    const r = computeAttainment(plan, set(...o), { reportYear: 2025 }).indicators.find(
      (i) => i.id === "incident-growth",
    );
    expect(r?.status).toBe(status);
    expect(r?.actual).toBeCloseTo(after / before - 1, 10);
    expect(r?.ratio).toBeCloseTo(-0.1 / (after / before - 1), 10);
  });

  test.each<[number, string]>([
    [60, "achieved"],
    [0, "no-data"],
  ])("a range target: maturity %p", (score, status) => {
    const o = [obs("maturity", "bao-ptth-x", null, score), obs("maturity", "tap-chi-x", null, score)];
    const r = computeAttainment(plan, set(...o), { reportYear: 2025 }).indicators.find(
      (i) => i.id === "maturity-band",
    );
    expect(r?.status).toBe(status);
  });
});

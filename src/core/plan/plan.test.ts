/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any --
   These tests break a plan file on purpose, field by field: the file is untyped JSON, as a user writes it. */
import { mergerPlanJson } from "../../../tests/support/customPlan";
import { PlanError } from "../errors";
import { builtInPlan, builtInPlans, builtInUnitLists } from "./catalogue";
import { parsePlan, parsePlanText } from "./load";

const errorOf = (f: () => unknown): PlanError => {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanError) return e;
    throw e;
  }
  throw new Error("expected a PlanError");
};

const withChange = (change: (p: Record<string, any>) => void): Record<string, unknown> => {
  const p = structuredClone(mergerPlanJson()) as Record<string, any>;
  change(p);
  return p;
};

describe("built-in plans", () => {
  test("lai-chau-3414 and quoc-gia-348 load and pass the schema", () => {
    expect([...builtInPlans().keys()]).toEqual(["lai-chau-3414", "quoc-gia-348"]);
  });

  test("lai-chau-3414 has the contract's units, inputs and indicators", () => {
    const p = builtInPlan("lai-chau-3414");
    expect(p.units.units.map((u) => u.id)).toEqual([
      "bao-lai-chau",
      "dai-ptth-lai-chau",
      "tap-chi-van-nghe-lai-chau",
      "tinh-lai-chau",
    ]);
    expect(p.inputs.map((i) => i.id).sort()).toEqual(
      [
        "political_articles",
        "revenue",
        "staff_total",
        "staff_trained",
        "digital_platforms",
        "ai_data_platform",
        "security_level",
        "converged_newsroom",
        "autonomous",
        "licensed",
        "remote_population_total",
        "remote_population_reached",
      ].sort(),
    );
    expect(p.indicators.map((i) => i.id)).toEqual([
      "digital-platforms",
      "ai-data-platform",
      "security-level-3",
      "converged-newsroom",
      "revenue-growth",
      "staff-trained",
      "remote-access",
      "political-articles-growth",
      "autonomy",
      "magazine-relicensed",
    ]);
    expect(p.units.units.find((u) => u.id === "tap-chi-van-nghe-lai-chau")?.attributes.electronicPress).toBe(
      false,
    );
  });

  test("quoc-gia-348 carries the 2023, 2024, 2025 and 2030 ladder", () => {
    const p = builtInPlan("quoc-gia-348");
    const ladder = p.indicators
      .find((i) => i.id === "converged-newsroom")
      ?.targets.map((t) => [t.year, t.value]);
    expect(ladder).toEqual([
      [2023, 0.3],
      [2024, 0.5],
      [2025, 0.8],
      [2030, 1],
    ]);
  });

  test("an unknown plan id names the known ones", () => {
    expect(errorOf(() => builtInPlan("ha-noi")).text.vi).toContain("lai-chau-3414");
  });
});

describe("a user's plan file", () => {
  test("a valid file loads with its own unit list", () => {
    const p = parsePlan(mergerPlanJson(), "x.json", builtInUnitLists);
    expect(p.units.id).toBe("x-2025");
  });

  test.each<[string, (p: Record<string, any>) => void, string]>([
    ["a missing field", (p) => delete p.title, "title"],
    ["a misspelt field", (p) => (p.indicators[0].targts = p.indicators[0].targets), "indicators[0]"],
    ["a bad operator", (p) => (p.indicators[0].targets[0].op = "≥"), "indicators[0].targets[0].op"],
    [
      "an unknown measure kind",
      (p) => (p.indicators[0].measure.kind = "average"),
      "indicators[0].measure.kind",
    ],
    [
      "a measure naming no input",
      (p) => (p.indicators[0].measure.input = "incident"),
      "indicators[0].measure.input",
    ],
    [
      "a growth of a status input",
      (p) => (p.indicators[1].measure.input = "maturity"),
      "indicators[1].measure.input",
    ],
    [
      "a range with one number",
      (p) => (p.indicators[2].targets[0].value = 1),
      "indicators[2].targets[0].value",
    ],
    [
      "a target year twice",
      (p) => p.indicators[0].targets.push({ year: 2025, op: ">=", value: 1 }),
      "indicators[0].targets[1].year",
    ],
    ["a merger into nothing", (p) => (p.units.units[0].mergedInto = "khong-co"), "units.units[0].mergedInto"],
    ["an upper-case id", (p) => (p.id = "Thu-Nghiem"), "id"],
    ["an unknown unit list", (p) => (p.units = "ha-noi-2024"), "units"],
    ["a duplicate input", (p) => p.inputs.push(p.inputs[0]), "inputs[2].id"],
  ])("%s is refused, naming the field and the file", (_name, change, field) => {
    const e = errorOf(() => parsePlan(withChange(change), "ke-hoach-x.json", builtInUnitLists));
    expect(e.text.vi).toContain("ke-hoach-x.json");
    expect(e.text.en).toContain(`"${field}`);
  });

  test("text that is not JSON is refused with the file name", () => {
    const e = errorOf(() => parsePlanText("{ id: 1", "hong.json", builtInUnitLists));
    expect(e.code).toBe("plan.notJson");
    expect(e.text.vi).toContain("hong.json");
  });

  test("__proto__ keys in a plan file change no object", () => {
    const text = JSON.stringify(mergerPlanJson()).replace(
      '"schemaVersion":1',
      '"__proto__":{"polluted":true},"schemaVersion":1',
    );
    expect(() => parsePlanText(text, "x.json", builtInUnitLists)).toThrow(PlanError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

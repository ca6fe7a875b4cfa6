import { builtInPlan } from "../plan/catalogue";
import { type Input } from "../plan/schema";
import { type Cell } from "../workbook/model";
import { readCell } from "./reading";

const plan = builtInPlan("lai-chau-3414");
const input = (id: string): Input => {
  const found = plan.inputs.find((i) => i.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
};
const percentInput: Input = {
  id: "share",
  name: { vi: "Tỷ lệ", en: "Share" },
  type: "percent",
  series: "status",
  unitOfMeasure: { vi: "%", en: "%" },
  synonyms: [],
  exclusions: [],
  qualifiers: [],
  subjects: [],
};

type Expect = number | boolean | `problem:${string}`;

function outcome(cell: Cell | undefined, i: Input): Expect {
  const r = readCell(cell, i);
  if (r.kind === "problem") return `problem:${r.problem}`;
  return r.value;
}

describe("readCell", () => {
  test.each<[string, Cell | undefined, string, Expect]>([
    ["an absent cell is not reported, not zero", undefined, "revenue", "problem:not-reported"],
    ["an empty string is not reported", { value: "" }, "revenue", "problem:not-reported"],
    ["a cell of spaces is not reported", { value: " \u00a0 " }, "revenue", "problem:not-reported"],
    ["a number is a number", { value: 12450 }, "revenue", 12450],
    ["a real zero stays zero", { value: 0 }, "revenue", 0],
    ["a Vietnamese text number", { value: "12.450" }, "revenue", 12450],
    ["a decimal comma", { value: "2.881,5" }, "revenue", 2881.5],
    ["a dash is a placeholder, not zero", { value: "-" }, "revenue", "problem:not-reported"],
    ["words where a number belongs", { value: "khoảng 4 tỷ" }, "revenue", "problem:text-not-number"],
    ["an Excel error value", { value: { error: "#DIV/0!" } }, "revenue", "problem:excel-error"],
    [
      "a formula's cached error",
      { value: { error: "#N/A" }, formula: "VLOOKUP(A1,B:C,2,0)" },
      "revenue",
      "problem:excel-error",
    ],
    ["a formula's cached result", { value: 45, formula: "SUM(D20:D21)" }, "staff_total", 45],
    ["a negative count", { value: -3 }, "staff_total", "problem:out-of-range"],
    ["a fractional head count", { value: 12.5 }, "staff_total", "problem:out-of-range"],
    ["a date is not a number", { value: new Date("2025-01-01") }, "revenue", "problem:text-not-number"],
    ["TRUE is not a number", { value: true }, "revenue", "problem:text-not-number"],
    ["Có is yes", { value: "Có" }, "digital_platforms", true],
    ["Chưa triển khai is no", { value: "Chưa triển khai" }, "digital_platforms", false],
    ["x is yes", { value: "x" }, "converged_newsroom", true],
    ["1 is yes", { value: 1 }, "converged_newsroom", true],
    ["0 is no", { value: 0 }, "converged_newsroom", false],
    ["TRUE is yes", { value: true }, "autonomous", true],
    ["an empty yes/no cell is not reported, not no", { value: null }, "autonomous", "problem:not-reported"],
    ["an unknown word is not yes/no", { value: "Đang xem xét" }, "autonomous", "problem:not-yes-no"],
    ["2 is not yes/no", { value: 2 }, "autonomous", "problem:not-yes-no"],
    ["Không áp dụng", { value: "Không áp dụng" }, "security_level", "problem:not-applicable"],
    ["N/A", { value: "N/A" }, "security_level", "problem:not-applicable"],
    ["a level", { value: 3 }, "security_level", 3],
    ["a level as text", { value: "3" }, "security_level", 3],
    ["level 6 does not exist", { value: 6 }, "security_level", "problem:out-of-range"],
    ["level 0 does not exist", { value: 0 }, "security_level", "problem:out-of-range"],
    ["TCVN3 yes", { value: "Cã", font: ".VnTime" }, "licensed", true],
    ["TCVN3 no", { value: "Kh«ng", font: ".VnTime" }, "licensed", false],
    ["VNI yes", { value: "Coù", font: "VNI-Times" }, "licensed", true],
    ["VNI no", { value: "Khoâng", font: "VNI-Times" }, "licensed", false],
    ["NFD yes", { value: "Co\u0301".normalize("NFD") }, "licensed", true],
    ["a non-breaking space inside a number", { value: "98\u00a0560" }, "remote_population_total", 98560],
  ])("%s", (_name, cell, inputId, expected) => {
    expect(outcome(cell, input(inputId))).toEqual(expected);
  });

  test.each<[string, Cell, Expect]>([
    ["a fraction formatted as %", { value: 0.85, numFmt: "0%" }, 0.85],
    ["85 in a % column is 85%", { value: 85 }, 0.85],
    ["0.85 in a % column is 85%", { value: 0.85 }, 0.85],
    ["text 85%", { value: "85%" }, 0.85],
    ["text 85", { value: "85" }, 0.85],
    ["text 66,7%", { value: "66,7%" }, 0.667],
    ["above 100% is out of range", { value: "120%" }, "problem:out-of-range"],
    ["1.2 formatted as % is 120%: out of range", { value: 1.2, numFmt: "0.0%" }, "problem:out-of-range"],
  ])("percent: %s", (_name, cell, expected) => {
    const got = outcome(cell, percentInput);
    if (typeof expected === "number") expect(got).toBeCloseTo(expected, 10);
    else expect(got).toEqual(expected);
  });

  test("a problem carries the raw text and a message in both languages", () => {
    const r = readCell({ value: "khoảng 4" }, input("revenue"));
    expect(r).toMatchObject({ kind: "problem", raw: "khoảng 4" });
    if (r.kind !== "problem") throw new Error("expected a problem");
    expect(r.text.vi).toContain("khoảng 4");
    expect(r.text.en).toContain("khoảng 4");
  });
});

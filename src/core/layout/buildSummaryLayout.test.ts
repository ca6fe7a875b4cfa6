import { computeAttainment } from "../attainment/compute";
import { readObservations } from "../mapping/readObservations";
import { builtInPlan } from "../plan/catalogue";
import { sheetFromGrid, type Workbook } from "../workbook/model";
import { buildSummaryLayout } from "./buildSummaryLayout";
import { str } from "./formulaText";
import { type SummaryLayout } from "./types";

const plan = builtInPlan("lai-chau-3414");
const workbook: Workbook = {
  name: "so.xlsx",
  definedNames: [],
  sheets: [
    sheetFromGrid("Số liệu", [
      ["Doanh thu 2022", 10000, 2400],
      ["Doanh thu 2025", "12.450", 2881.5],
      ["Nền tảng số", "Có", "=Không"],
    ]),
  ],
};
const mapping = {
  plan: plan.id,
  mappings: [
    { input: "revenue", unit: "bao-lai-chau", year: 2022, sheet: "Số liệu", cell: "B1" },
    { input: "revenue", unit: "dai-ptth-lai-chau", year: 2022, sheet: "Số liệu", cell: "C1" },
    { input: "revenue", unit: "bao-lai-chau", year: 2025, sheet: "Số liệu", cell: "B2" },
    { input: "revenue", unit: "dai-ptth-lai-chau", year: 2025, sheet: "Số liệu", cell: "C2" },
    { input: "digital_platforms", unit: "bao-lai-chau", sheet: "Số liệu", cell: "B3" },
    { input: "digital_platforms", unit: "dai-ptth-lai-chau", sheet: "Số liệu", cell: "C3" },
  ],
};
const observations = readObservations(plan, [workbook], mapping);
const report = computeAttainment(plan, observations, { reportYear: 2025 });

function layout(lang: "vi" | "en", host: string | null = "so.xlsx"): SummaryLayout {
  return buildSummaryLayout(
    plan,
    report,
    { observations, workbooks: [workbook] },
    { language: lang, generatedOn: "2025-11-26", host },
  );
}
const texts = (l: SummaryLayout) =>
  l.cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));
const header = (l: SummaryLayout) =>
  l.cells
    .filter((c) => c.row === (l.indicators[0]?.row ?? 0) - 1)
    .sort((a, b) => a.col - b.col)
    .map((c) => (c.content.kind === "text" ? c.content.text : ""));

describe("buildSummaryLayout", () => {
  test.each([
    [
      "vi",
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Mục tiêu 2025",
        "Thực hiện",
        "Tỷ lệ đạt",
        "Đánh giá 2025",
        "Mục tiêu 2030",
        "Tiến độ 2030",
        "Nguồn số liệu",
        "Ghi chú",
      ],
    ],
    [
      "en",
      [
        "No.",
        "Indicator",
        "Unit",
        "Target 2025",
        "Actual",
        "Attainment",
        "Assessment 2025",
        "Target 2030",
        "Progress 2030",
        "Sources",
        "Notes",
      ],
    ],
  ] as const)("the main table's header (%s)", (lang, want) => {
    expect(header(layout(lang))).toEqual(want);
  });

  test("the title block names the plan, the province, the date, the data year and the unit list", () => {
    const title = texts(layout("vi")).slice(0, 6).join("\n");
    for (const part of [
      "3414/KH-UBND",
      "Lai Châu",
      "2025-11-26",
      "năm 2025",
      "Báo Lai Châu, Đài Phát thanh",
      "hiệu lực ngày 2025-12-31",
    ])
      expect(title).toContain(part);
  });

  test("one row per indicator; each figure's source is shown and linked", () => {
    const l = layout("vi");
    expect(l.indicators.map((i) => i.id)).toEqual(plan.indicators.map((i) => i.id));
    const revenue = l.readings.find((r) => r.key === "revenue|bao-lai-chau|2025");
    expect(revenue).toMatchObject({ live: true, source: { workbook: null, sheet: "Số liệu", cell: "B2" } });
    const link = l.cells.find((c) => c.link?.cell === "B2");
    expect(link?.content).toEqual({ kind: "text", text: "'Số liệu'!B2" });
  });

  test("cell text starting with = is a problem shown as text, never a formula", () => {
    const l = layout("vi");
    expect(texts(l).some((t) => t.includes('"=Không"'))).toBe(true);
    for (const c of l.cells)
      if (c.content.kind === "formula") expect(c.content.formula).not.toContain("=Không");
  });

  test("values mode writes no formula and links each figure to its file", () => {
    const l = layout("vi", null);
    expect(l.mode).toBe("values");
    expect(l.cells.filter((c) => c.content.kind === "formula")).toEqual([]);
    expect(l.readings.every((r) => r.source === null || r.source.workbook === "so.xlsx")).toBe(true);
  });

  test("string literals in formulas double their quotes", () => {
    expect(str('Đạt "tốt"')).toBe('"Đạt ""tốt"""');
  });

  test("conditional formats colour each Đánh giá word and put a data bar on Tỷ lệ đạt", () => {
    const rules = layout("en").conditionalFormats;
    expect(
      rules.filter((r) => r.kind === "text-equals").map((r) => (r.kind === "text-equals" ? r.text : "")),
    ).toEqual(expect.arrayContaining(["Achieved", "Not achieved", "No data", "On track", "Off track"]));
    expect(rules.find((r) => r.kind === "data-bar")?.range).toMatch(/^F\d+:F\d+$/);
  });
});

/**
 * Checks of the "blind8" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind7's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, target
 * columns, self-reported figures beside verified ones, first figures beside corrected ones, project targets and
 * dollar rows, estimates and revenue lines, phone numbers and birth years, relative reporting periods, legacy
 * fonts) are really there.
 */
import ExcelJS from "exceljs";

import * as b8 from "../scripts/corpus/blind8/generate";
import * as w8 from "../scripts/corpus/blind8/wordings";
import * as w7 from "../scripts/corpus/blind7/wordings";

import { cellText, fold, isFormula, isPlanHeader, knownWordings } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

type Case = b8.Blind8Case;
const b = suite.blindSuite("blind8", b8.buildBlind8Corpus, b8.writeBlind8Corpus);
const { cases, booksOf, sheetsOf } = b;
const blindTexts = [
  ...suite.values(w8.B8_INPUT_WORDINGS),
  ...suite.values(w8.B8_SHORT_HEADERS),
  ...suite.values(w8.B8_AGENCY_WORDINGS),
  ...suite.decoyTexts(w8.B8_DECOYS),
  ...Object.values(w8.B8_ENGLISH_INPUTS),
  ...Object.values(w8.B8_ENGLISH_AGENCIES),
];

describe("blind8 split shape", () => {
  b.itHasItsShape([w8.B8_INPUT_WORDINGS, w8.B8_SHORT_HEADERS, w8.B8_AGENCY_WORDINGS], {
    upTo: 7,
    knownMoreThan: 48,
    newFamilies: b8.BLIND8_NEW_FAMILIES,
    unseen: "each",
  });
});

describe("blind8 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind8");
    expect(existing.size).toBeGreaterThan(500);
    for (const t of [
      ...suite.values(w7.B7_INPUT_WORDINGS),
      ...suite.values(w7.B7_SHORT_HEADERS),
      ...suite.values(w7.B7_AGENCY_WORDINGS),
      ...suite.decoyTexts(w7.B7_DECOYS),
    ])
      expect(existing.has(fold(t))).toBe(true);
    expect(blindTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    // The families' own headers and phrases may be short, so they are only checked for equality.
    const familyTexts = [
      ...Object.values(w8.B8_INSPECTION_HEADERS).flat(),
      ...Object.values(w8.B8_CORRECTION_HEADERS).flat(),
      ...w8.B8_CORRECTION_RULE,
      ...w8.B8_USD_ROWS,
      ...w8.B8_REVENUE_PARTS,
      ...Object.values(w8.B8_BUDGET_HEADERS)
        .flat()
        .map((h) => h.replace("{y}", "2025")),
      ...[...w8.B8_PLAN_HEADERS, ...w8.B8_PARTIAL_HEADERS].map((h) => h.replace("{y}", "2025")),
      ...Object.values(w8.B8_PERIODS).flat(),
    ];
    expect(familyTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(blindTexts.map(fold)).size).toBe(blindTexts.length);
  });

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind6 or blind7 case",
    blindTexts,
    { moreThan: 450, with: ["b6-", "b7-"], timeout: 240_000 },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind8 traps", () => {
  const { count, hasText, sheetOf, cellsWhere, truthCells, family, num, colOf, rowOf, valueOf } = b;

  it("near-miss rows, target and part-of-year columns, gaps, hidden sheets and notes are in many cases", () => {
    const decoys = suite.decoyTexts(w8.B8_DECOYS).map(fold);
    expect(count(hasText((t) => decoys.some((d) => t.includes(d))))).toBeGreaterThanOrEqual(25);
    expect(count(hasText(isPlanHeader))).toBeGreaterThanOrEqual(7);
    const partial = w8.B8_PARTIAL_HEADERS.map((h) => fold(h.replace("{y}", "2025")));
    expect(count(hasText((t) => partial.includes(t)))).toBeGreaterThanOrEqual(4);
    expect(
      count((c) => c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined)),
    ).toBeGreaterThanOrEqual(15);
    expect(count((c) => sheetsOf(c).some((ws) => ws.state !== "visible"))).toBeGreaterThanOrEqual(14);
    const notes = w8.B8_NOTES.map((n) => fold(n.slice(0, 12)));
    expect(count(hasText((t) => notes.some((n) => t.startsWith(n))))).toBeGreaterThanOrEqual(12);
  });

  it("formulas are never truth in the new families, and no truth cell sits in a hidden row", () => {
    let formulas = 0;
    for (const c of cases.filter((x) => x.newFamily)) {
      const found = cellsWhere(c, (cell) => isFormula(cell.value));
      if (found.length > 0) formulas++;
      expect(truthCells(c).filter((t) => found.includes(t))).toEqual([]);
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        expect([c.id, t.cell, ws?.getRow(rowOf(t.cell)).hidden]).toEqual([c.id, t.cell, false]);
      }
    }
    expect(formulas).toBeGreaterThanOrEqual(30);
  });

  b.itHasLastYearBeside(30);

  const sheetNamed = (c: Case, name: string) => [...booksOf(c).values()].map((b) => b.getWorksheet(name));
  const reads = (c: Case, cell: ExcelJS.Cell | undefined, t: Case["truth"][number]) => {
    if (!cell || cellText(cell).trim() === "") return undefined;
    const n = num(cell);
    const v = valueOf(c, t);
    return typeof v === "number" && n !== undefined
      ? n === v
      : fold(cellText(cell)) === fold(cellText(cell_(c, t)));
  };
  const cell_ = (c: Case, t: Case["truth"][number]) => sheetOf(c, t)?.getCell(t.cell) as ExcelJS.Cell;

  it("the minutes keep the verified figure as the value, the agency's own (often different) one beside it", () => {
    let differing = 0;
    let same = 0;
    for (const c of family("b8-inspection-minutes")) {
      const ws = sheetNamed(c, "Biên bản KT")[0];
      expect(c.truth.every((t) => t.sheet === "Biên bản KT" && colOf(t.cell) === "E")).toBe(true);
      const head = (col: string) => fold(ws ? cellText(ws.getCell(`${col}9`)) : "");
      expect(w8.B8_INSPECTION_HEADERS.self.map(fold)).toContain(head("D"));
      expect(w8.B8_INSPECTION_HEADERS.verified.map(fold)).toContain(head("E"));
      for (const t of c.truth.filter((e) => e.unit !== "tinh-lai-chau")) {
        const agrees = reads(c, ws?.getCell(`D${rowOf(t.cell)}`), t);
        if (agrees === false) differing++;
        if (agrees === true) same++;
      }
    }
    expect(differing).toBeGreaterThanOrEqual(7 * 5);
    expect(same).toBeGreaterThanOrEqual(7 * 3);
  });

  it("the bilingual report has English beside each value, a project target and dollar rows, never truth", () => {
    let baselines = 0;
    let dollars = 0;
    const english = new Set(Object.values(w8.B8_ENGLISH_INPUTS).map(fold));
    for (const c of family("b8-bilingual-donor")) {
      const ws = sheetNamed(c, "Báo cáo - Report")[0];
      expect(c.truth.filter((t) => colOf(t.cell) === "H" || t.sheet !== "Báo cáo - Report")).toEqual([]);
      expect(isPlanHeader(ws ? cellText(ws.getCell("H4")) : "")).toBe(true);
      for (const t of c.truth)
        expect(english.has(fold(ws ? cellText(ws.getCell(`C${rowOf(t.cell)}`)) : ""))).toBe(true);
      baselines += c.truth.filter((t) => t.year === 2020 && colOf(t.cell) === "E").length;
      const usd = w8.B8_USD_ROWS.map(fold);
      ws?.eachRow((r) => {
        if (usd.includes(fold(cellText(r.getCell(2)))) && (num(r.getCell(7)) ?? 0) > 0) dollars++;
      });
      let targets = 0;
      ws?.eachRow((r, n) => void (n > 4 && (num(r.getCell(8)) ?? 0) > 0 && targets++));
      expect(targets).toBeGreaterThanOrEqual(4);
    }
    expect(baselines).toBeGreaterThanOrEqual(7 * 2);
    expect(dollars).toBeGreaterThanOrEqual(7 + 7);
  });

  it("a corrected row has its first (wrong) figure beside the value; an uncorrected row keeps the first figure", () => {
    let corrected = 0;
    let kept = 0;
    for (const c of family("b8-correction-sheet")) {
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        expect(["E", "F"]).toContain(colOf(t.cell));
        const row = rowOf(t.cell);
        if (colOf(t.cell) === "F") {
          expect(reads(c, ws?.getCell(`E${row}`), t)).toBe(false);
          corrected++;
        } else if (t.unit !== "tinh-lai-chau") {
          expect(cellText(ws?.getCell(`F${row}`) as ExcelJS.Cell)).toBe("");
          kept++;
        }
      }
      const rule = w8.B8_CORRECTION_RULE.map(fold);
      expect(hasText((t) => rule.includes(t))(c)).toBe(true);
    }
    expect(corrected).toBeGreaterThanOrEqual(7 * 5);
    expect(kept).toBeGreaterThanOrEqual(7 * 8);
  });

  it("settlements hold the values; the estimate never does, and the revenue lines add up to the total", () => {
    let sums = 0;
    for (const c of family("b8-budget-settlement")) {
      for (const t of c.truth.filter((e) => e.year !== undefined)) {
        expect(["E", "F"]).toContain(colOf(t.cell));
        const ws = sheetOf(c, t);
        const est = num(ws?.getCell(`D${rowOf(t.cell)}`));
        expect(est === undefined || est !== valueOf(c, t)).toBe(true);
        if (t.input !== "revenue" || t.year !== 2025) continue;
        const parts = [1, 2, 3].map((k) => num(ws?.getCell(`F${rowOf(t.cell) + k}`)) ?? 0);
        if (parts.every((p) => p === 0)) continue;
        expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(valueOf(c, t) as number, 5);
        sums++;
      }
      const quota = w8.B8_DECOYS.filter((d) => d.measure === "Người").flatMap((d) => d.texts.map(fold));
      expect(hasText((t) => quota.includes(t))(c)).toBe(true);
    }
    expect(sums).toBeGreaterThanOrEqual(7 * 2);
  });

  it("phone numbers and birth years share the agencies' rows and are never truth", () => {
    let phones = 0;
    let births = 0;
    for (const c of family("b8-contact-list")) {
      const ws = sheetNamed(c, "Đầu mối")[0];
      const truthRows = new Set(c.truth.filter((t) => t.unit !== "tinh-lai-chau").map((t) => rowOf(t.cell)));
      expect(c.truth.filter((t) => t.unit !== "tinh-lai-chau" && ["D", "F"].includes(colOf(t.cell)))).toEqual(
        [],
      );
      for (const row of truthRows) {
        const p = ws?.getCell(`F${row}`);
        const text = p ? cellText(p) : "";
        if (/^0\d{3}[. ]\d{3}[. ]\d{3}$/.test(text) || /^9\d{8}$/.test(text)) phones++;
        const b = num(ws?.getCell(`D${row}`));
        if (b !== undefined && b >= 1970 && b <= 2000) births++;
      }
    }
    expect(phones).toBeGreaterThanOrEqual(7 * 3);
    expect(births).toBeGreaterThanOrEqual(7 * 3);
  });

  it("period rows say which year by words; half-year and target rows carry numbers, never truth", () => {
    const yearOf = new Map<string, number>([
      ...w8.B8_PERIODS.current.map((p) => [fold(p), 2025] as const),
      ...w8.B8_PERIODS.previous.map((p) => [fold(p), 2024] as const),
      ...w8.B8_PERIODS.twoBack.map((p) => [fold(p), 2023] as const),
    ]);
    const other = [...w8.B8_PERIODS.half, ...w8.B8_PERIODS.target].map(fold);
    let decoyRows = 0;
    for (const c of family("b8-period-rows")) {
      const ws = sheetNamed(c, "Theo kỳ")[0];
      for (const t of c.truth.filter((e) => e.unit !== "tinh-lai-chau")) {
        const period = fold(ws ? cellText(ws.getCell(`C${rowOf(t.cell)}`)) : "");
        expect([t.cell, yearOf.has(period)]).toEqual([t.cell, true]);
        if (t.year !== undefined) expect(yearOf.get(period)).toBe(t.year);
        else expect(yearOf.get(period)).toBe(2025);
      }
      ws?.eachRow((r) => {
        if (!other.includes(fold(cellText(r.getCell(3))))) return;
        if ([4, 5].some((col) => (num(r.getCell(col)) ?? 0) > 0)) decoyRows++;
      });
    }
    expect(decoyRows).toBeGreaterThanOrEqual(7 * 4);
  });

  b.itHasLegacyFontsAndKinds({
    oneZero: true,
    kinds: ["formula", "number", "number-text", "word"],
    exact: true,
  });
});

b.describeDeterminism();

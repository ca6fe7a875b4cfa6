/**
 * Checks of the "blind14" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind11's and blind12's included), every truth cell holds its
 * slot's value once written and read back, truth and absent partition the plan's slots, and each family's trap is
 * really there, counted.
 */

import * as b9 from "../scripts/corpus/blind9/generate";
import * as b10 from "../scripts/corpus/blind10/generate";
import * as b11 from "../scripts/corpus/blind11/generate";
import * as b12 from "../scripts/corpus/blind12/generate";
import * as b14 from "../scripts/corpus/blind14/generate";
import { monthsOf } from "../scripts/corpus/blind14/tally";
import * as t14 from "../scripts/corpus/blind14/texts";
import * as w14 from "../scripts/corpus/blind14/wordings";
import { isYearly } from "../scripts/corpus/model";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind14", b14.buildBlind14Corpus, b14.writeBlind14Corpus);

const decoys = Object.values(w14.B14_DECOYS);
const blindTexts = [
  ...suite.values(w14.B14_INPUT_WORDINGS),
  ...suite.values(w14.B14_SHORT_HEADERS),
  ...suite.values(w14.B14_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replace(/\s*\{v\}/, "");
/** The families' own fixed texts (titles, captions), checked for equality only: some are short. */
const familyTexts = [
  ...[t14.B14_TALLY, t14.B14_SURVEY, t14.B14_TASKS, t14.B14_SENTENCES, t14.B14_PIVOT, t14.B14_PANELS]
    .flatMap(suite.strings)
    .map(fill),
  ...[...w14.B14_PLAN_HEADERS, ...w14.B14_PARTIAL_HEADERS].map(fill),
];
const partials = w14.B14_PARTIAL_HEADERS.map(fill);

describe("blind14 split shape", () => {
  b.itHasItsShape([w14.B14_INPUT_WORDINGS, w14.B14_SHORT_HEADERS, w14.B14_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b14.BLIND14_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9, blind10, blind11 or blind12 either",
    [
      ...b9.BLIND9_NEW_FAMILIES,
      ...b10.BLIND10_NEW_FAMILIES,
      ...b11.BLIND11_NEW_FAMILIES,
      ...b12.BLIND12_NEW_FAMILIES,
    ],
    b14.BLIND14_NEW_FAMILIES,
    22,
  );
});

describe("blind14 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind11 or blind12 case",
    blindTexts,
    {
      moreThan: 500,
      with: ["b8-", "b9-", "b10-", "b11-", "b12-"],
      without: ["b13-", "b14-"],
      timeout: 600_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind14 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text, count, hasText } = b;
  type Case = (typeof b.cases)[number];
  const cellAt = (c: Case, e: Case["truth"][number], dr: number, dc: number) => {
    const ws = sheetOf(c, e);
    const cell = ws?.getCell(e.cell);
    return ws && cell ? ws.getCell(Number(cell.row) + dr, Number(cell.col) + dc) : undefined;
  };

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w14.B14_NOTES,
      atLeast: { decoys: 30, plans: 45, partials: 25, gaps: 20, hidden: 20, notes: 25 },
    },
  );

  b.itHasLastYearBeside(35);

  b.itHasLegacyFontsAndKinds({
    oneZero: true,
    kinds: ["formula", "number", "number-text", "one-zero", "word"],
    exact: true,
  });

  it("monthly tally book: each year's figure is the total row under twelve month rows that add up to it, beside a part-of-year and a near-miss figure", () => {
    let totals = 0;
    let yearly = 0;
    for (const c of family("b14-monthly-tally-book")) {
      for (const e of c.truth.filter((t) => isYearly(t.input))) {
        yearly++;
        const months = Array.from({ length: 12 }, (_, i) => num(cellAt(c, e, -12 + i, 0)) ?? NaN);
        const sum = Math.round(months.reduce((a, m) => a + m, 0) * 10) / 10;
        if (sum === valueOf(c, e)) totals++;
        expect(/^(t|thang )1$/.test(fold(text(sheetOf(c, e), `A${rowOf(e.cell) - 12}`)))).toBe(true);
      }
      // A part-of-year column beside the years of each table.
      expect(
        cellsWhere(c, (cell) => partials.map(fold).includes(fold(cellText(cell)))).length,
      ).toBeGreaterThanOrEqual(2);
      expect(hasText((t) => suite.decoyTexts([w14.B14_DECOYS.allArticles]).map(fold).includes(t))(c)).toBe(
        true,
      );
    }
    expect(yearly).toBeGreaterThan(150);
    expect(totals).toBe(yearly);
    expect(monthsOf("Quý III/2025")).toEqual([7, 8, 9]);
    expect(monthsOf("Ước 9 tháng năm 2025")).toHaveLength(9);
  });

  it("commune coverage survey: the province's figures are the grand-total row under district sub-totals and communes; agencies' yes/no answers are coded 1/0", () => {
    const grand = t14.B14_SURVEY.grand.map(fold);
    let provinceRows = 0;
    let oneZero = 0;
    for (const c of family("b14-commune-coverage-survey")) {
      for (const e of c.truth.filter((t) => t.unit === "tinh-lai-chau")) {
        const ws = sheetOf(c, e);
        expect(grand).toContain(fold(text(ws, `A${rowOf(e.cell)}`)));
        const above = Array.from({ length: rowOf(e.cell) - 6 }, (_, i) =>
          num(ws?.getCell(`${colOf(e.cell)}${i + 6}`)),
        );
        expect(above.filter((n) => n !== undefined).length).toBeGreaterThanOrEqual(8);
        expect(isFormula(ws?.getCell(e.cell).value)).toBe(true);
        provinceRows++;
      }
      for (const e of c.truth.filter((t) => typeof valueOf(c, t) === "boolean")) {
        const v = sheetOf(c, e)?.getCell(e.cell).value;
        expect(v === 1 || v === 0).toBe(true);
        oneZero++;
      }
    }
    expect(provinceRows).toBeGreaterThanOrEqual(4);
    expect(oneZero).toBeGreaterThan(60);
  });

  it("task appendix: each result sits beside its task's text merged down over the agencies' rows, the target after it under a plan header", () => {
    let merged = 0;
    for (const c of family("b14-task-appendix-progress")) {
      const status = c.truth.filter((t) => !isYearly(t.input) && t.unit !== "tinh-lai-chau");
      for (const e of status) {
        const task = sheetOf(c, e)?.getCell(`B${rowOf(e.cell)}`);
        expect(colOf(e.cell)).toBe("D");
        if (task?.isMerged) merged++;
      }
      expect(hasText(isPlanHeader)(c)).toBe(true);
      const agencyMerged = c.truth.filter(
        (t) => isYearly(t.input) && sheetOf(c, t)?.getCell(`A${rowOf(t.cell)}`).isMerged,
      );
      expect(agencyMerged.length).toBeGreaterThan(10);
    }
    expect(merged).toBeGreaterThan(7 * 12);
  });

  it("split-sentence report: this year's and last year's figures stand in one sentence row, words between them, the plan figure after", () => {
    let pairs = 0;
    for (const c of family("b14-split-sentence-report")) {
      for (const e of c.truth.filter((t) => t.year === 2025)) {
        const last = c.truth.find((t) => t.input === e.input && t.unit === e.unit && t.year === 2024);
        if (!last || rowOf(last.cell) !== rowOf(e.cell)) continue;
        const between = cellAt(c, e, 0, 1);
        expect(between && num(between) === undefined && cellText(between) !== "").toBe(true);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(7 * 4);
  });

  it("pivot export: a hidden source sheet in every case, and Grand Total cells that add a row's figures are never truth", () => {
    const grandWords = t14.B14_PIVOT.grand.map(fold);
    let grandCells = 0;
    for (const c of family("b14-pasted-pivot-values")) {
      expect(b.sheetsOf(c).some((ws) => ws.state === "hidden")).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (!ws) continue;
        const row = ws.getRow(rowOf(e.cell));
        let sum = 0;
        let grand: number | undefined;
        row.eachCell((cell) => {
          const col = Number(cell.col);
          const header = fold(cellText(ws.getCell(4, col)));
          if (grandWords.includes(header)) grand = num(cell);
          else if (col > 1 && typeof cell.value === "number") sum += cell.value;
        });
        if (grand !== undefined && Math.abs(grand - sum) < 0.01) grandCells++;
        expect(grandWords).not.toContain(fold(cellText(ws.getCell(4, Number(ws.getCell(e.cell).col)))));
      }
    }
    expect(grandCells).toBeGreaterThan(7 * 20);
  });

  it("side-by-side panels: truth of the three agencies stands in the same rows of one sheet", () => {
    let shared = 0;
    for (const c of family("b14-side-by-side-panels")) {
      const rows = new Map<string, Set<string>>();
      for (const e of c.truth) {
        const key = `${e.sheet}|${rowOf(e.cell)}`;
        rows.set(key, (rows.get(key) ?? new Set()).add(e.unit));
      }
      shared += [...rows.values()].filter((units) => units.size === 3).length;
    }
    expect(count((c) => c.family === "b14-side-by-side-panels")).toBe(7);
    expect(shared).toBeGreaterThan(7 * 5);
  });
});

b.describeDeterminism();

/**
 * Checks of the "blind15" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind13's and blind14's included), every truth cell holds its
 * slot's value once written and read back, truth and absent partition the plan's slots, and each family's trap is
 * really there, counted.
 */

import * as b9 from "../scripts/corpus/blind9/generate";
import * as b10 from "../scripts/corpus/blind10/generate";
import * as b11 from "../scripts/corpus/blind11/generate";
import * as b12 from "../scripts/corpus/blind12/generate";
import * as b13 from "../scripts/corpus/blind13/generate";
import * as b14 from "../scripts/corpus/blind14/generate";
import * as b15 from "../scripts/corpus/blind15/generate";
import * as t15 from "../scripts/corpus/blind15/texts";
import * as w15 from "../scripts/corpus/blind15/wordings";
import { isYearly } from "../scripts/corpus/model";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind15", b15.buildBlind15Corpus, b15.writeBlind15Corpus);

const decoys = Object.values(w15.B15_DECOYS);
const blindTexts = [
  ...suite.values(w15.B15_INPUT_WORDINGS),
  ...suite.values(w15.B15_SHORT_HEADERS),
  ...suite.values(w15.B15_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replace(/\s*\{v\}/, "");
/** The families' own fixed texts (titles, captions, row names), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t15.B15_COMMISSION,
    t15.B15_AUTONOMY_PLAN,
    t15.B15_ANNEX,
    t15.B15_DEPARTMENTS,
    t15.B15_REPLIES,
    t15.B15_COVERAGE,
  ]
    .flatMap(suite.strings)
    .map(fill),
  ...[...w15.B15_PLAN_HEADERS, ...w15.B15_PARTIAL_HEADERS].map(fill),
];
const partials = w15.B15_PARTIAL_HEADERS.map(fill);
const resultOf = (v: unknown): number | undefined =>
  isFormula(v) ? ((v as { result?: unknown }).result as number | undefined) : undefined;

describe("blind15 split shape", () => {
  b.itHasItsShape([w15.B15_INPUT_WORDINGS, w15.B15_SHORT_HEADERS, w15.B15_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b15.BLIND15_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind14 either",
    [
      ...b9.BLIND9_NEW_FAMILIES,
      ...b10.BLIND10_NEW_FAMILIES,
      ...b11.BLIND11_NEW_FAMILIES,
      ...b12.BLIND12_NEW_FAMILIES,
      ...b13.BLIND13_NEW_FAMILIES,
      ...b14.BLIND14_NEW_FAMILIES,
    ],
    b15.BLIND15_NEW_FAMILIES,
    34,
  );
});

describe("blind15 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind13 or blind14 case",
    blindTexts,
    {
      moreThan: 600,
      with: ["b8-", "b9-", "b10-", "b11-", "b12-", "b13-", "b14-"],
      without: ["b15-", "b16-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind15 traps", () => {
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
      notes: w15.B15_NOTES,
      atLeast: { decoys: 35, plans: 45, partials: 10, gaps: 20, hidden: 20, notes: 25 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: true,
  });

  it("commission acceptance: each year's articles are a formula adding the accepted and the self-produced parts to their left, the ordered quantity (a target) to their right, a hidden price sheet in every case", () => {
    let sums = 0;
    for (const c of family("b15-commission-acceptance")) {
      expect(b.sheetsOf(c).some((ws) => ws.state !== "visible")).toBe(true);
      for (const e of c.truth) {
        expect(e.input).toBe("political_articles");
        const cell = sheetOf(c, e)?.getCell(e.cell);
        if (!isFormula(cell?.value)) continue;
        const parts = (num(cellAt(c, e, 0, -2)) ?? NaN) + (num(cellAt(c, e, 0, -1)) ?? NaN);
        expect(parts).toBe(valueOf(c, e));
        const ordered = num(cellAt(c, e, 0, 1));
        expect(ordered !== undefined && ordered !== valueOf(c, e)).toBe(true);
        sums++;
      }
      const ws = b.sheetsOf(c).find((s) => s.state === "visible");
      expect(isPlanHeader(text(ws, "F4"))).toBe(true);
    }
    expect(sums).toBeGreaterThan(7 * 12);
  });

  it("autonomy plan: total revenue is a SUM over the three parts under it, one of them advertising; the autonomy answer stands under the table", () => {
    let totals = 0;
    let answers = 0;
    const ads = w15.B15_DECOYS.adRevenue.texts.map(fold);
    for (const c of family("b15-autonomy-financial-plan")) {
      for (const e of c.truth) {
        if (e.input === "autonomous") answers++;
        if (e.input !== "revenue") continue;
        const cell = sheetOf(c, e)?.getCell(e.cell);
        if (!isFormula(cell?.value)) continue;
        const parts = [1, 2, 3].map((dr) => num(cellAt(c, e, dr, 0)) ?? NaN);
        expect(Math.round(parts.reduce((a, p) => a + p, 0) * 10) / 10).toBe(valueOf(c, e));
        expect(ads).toContain(fold(text(sheetOf(c, e), `B${rowOf(e.cell) + 2}`)));
        totals++;
      }
    }
    expect(totals).toBeGreaterThan(7 * 2 * 3);
    expect(answers).toBeGreaterThanOrEqual(7 * 2 - 2);
  });

  it("target annex: no truth for 2025 (that column is the assigned target), while the past years and the current state are truth", () => {
    let past = 0;
    let targets = 0;
    for (const c of family("b15-target-assignment-annex")) {
      expect(c.truth.some((t) => t.year === 2025)).toBe(false);
      expect(c.absent.filter((s) => s.year === 2025).length).toBe(6);
      past += c.truth.filter((t) => t.year !== undefined).length;
      const truthAt = new Set(c.truth.map((t) => t.cell));
      targets += cellsWhere(c, (cell, ws) => {
        const header = cellText(ws.getCell(4, Number(cell.col)));
        return isPlanHeader(header) && Number(cell.row) > 4 && num(cell) !== undefined;
      }).filter((w) => !truthAt.has(w.split("|")[2] ?? "")).length;
    }
    expect(past).toBeGreaterThan(7 * 12);
    expect(targets).toBeGreaterThan(7 * 6);
  });

  it("department headcount: the headcount and its trained part are SUM formulas over the departments, last year's row under them", () => {
    const lastYear = t15.B15_DEPARTMENTS.lastYear.map(fold);
    let sums = 0;
    for (const c of family("b15-department-headcount")) {
      for (const e of c.truth.filter((t) => t.input === "staff_total" || t.input === "staff_trained")) {
        const cell = sheetOf(c, e)?.getCell(e.cell);
        if (!isFormula(cell?.value)) continue;
        expect(String((cell?.value as { formula: string }).formula)).toMatch(/^SUM\(/);
        expect(lastYear).toContain(fold(text(sheetOf(c, e), `B${rowOf(e.cell) + 1}`)));
        const before = num(cellAt(c, e, 1, 0));
        expect(before === undefined || before !== valueOf(c, e)).toBe(true);
        sums++;
      }
      expect(c.truth.filter((t) => isYearly(t.input)).length).toBeGreaterThanOrEqual(6);
    }
    expect(sums).toBeGreaterThan(7 * 5);
  });

  it("replies log: a corrected figure's old row comes first with a note pointing to the new one, which is the truth", () => {
    const replaced = t15.B15_REPLIES.replaced.map((t) => fold(t.replace(/\s*\{v\}.*$/, "")));
    let corrections = 0;
    for (const c of family("b15-received-replies-log")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const label = fold(text(ws, `E${row}`));
        const agency = fold(text(ws, `C${row}`));
        for (let r = 4; r < row; r++) {
          if (fold(text(ws, `E${r}`)) !== label || fold(text(ws, `C${r}`)) !== agency) continue;
          expect(replaced.some((p) => fold(text(ws, `G${r}`)).startsWith(p))).toBe(true);
          expect(text(ws, `F${r}`)).not.toBe(text(ws, e.cell));
          corrections++;
        }
      }
    }
    expect(corrections).toBeGreaterThanOrEqual(7 * 2);
  });

  it("press-type coverage: people reached by at least one type is at least every type's figure above it, last year's column beside it; articles are the sum of the types", () => {
    let reached = 0;
    let sums = 0;
    for (const c of family("b15-press-type-coverage")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.input === "remote_population_reached") {
          const types = [1, 2, 3, 4].map((k) => num(cellAt(c, e, -k, 0)) ?? NaN);
          expect(types.every((t) => t < (valueOf(c, e) as number))).toBe(true);
          expect(num(cellAt(c, e, 0, -1))).not.toBe(valueOf(c, e));
          reached++;
        }
        if (e.input === "political_articles" && isFormula(ws?.getCell(e.cell).value)) {
          const parts = [1, 2, 3, 4].map((k) => num(cellAt(c, e, 0, -k)) ?? 0);
          expect(Math.round(parts.reduce((a, p) => a + p, 0) * 10) / 10).toBe(
            resultOf(ws?.getCell(e.cell).value),
          );
          sums++;
        }
      }
      expect(hasText((t) => t === "x")(c)).toBe(true);
      expect(colOf(c.truth[0]?.cell ?? "A1")).not.toBe("A");
    }
    expect(reached).toBeGreaterThanOrEqual(2);
    expect(sums).toBeGreaterThan(7 * 8);
    expect(count((c) => c.family === "b15-press-type-coverage")).toBe(7);
  });
});

b.describeDeterminism();

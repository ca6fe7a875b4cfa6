/**
 * Checks of the "blind22" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind19's and blind20's included), every truth cell holds its
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
import * as b16 from "../scripts/corpus/blind16/generate";
import * as b17 from "../scripts/corpus/blind17/generate";
import * as b18 from "../scripts/corpus/blind18/generate";
import * as b19 from "../scripts/corpus/blind19/generate";
import * as b20 from "../scripts/corpus/blind20/generate";
import * as b22 from "../scripts/corpus/blind22/generate";
import * as t22 from "../scripts/corpus/blind22/texts";
import * as w22 from "../scripts/corpus/blind22/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind22", b22.buildBlind22Corpus, b22.writeBlind22Corpus);

const decoys = Object.values(w22.B22_DECOYS);
const blindTexts = [
  ...suite.values(w22.B22_INPUT_WORDINGS),
  ...suite.values(w22.B22_SHORT_HEADERS),
  ...suite.values(w22.B22_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "12").replaceAll("{p}", "2024");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t22.B22_PARTY, t22.B22_ETHNIC, t22.B22_STAFF, t22.B22_ARCHIVE, t22.B22_VARIANCE, t22.B22_SLIDES]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w22.B22_PLAN_HEADERS, ...w22.B22_PARTIAL_HEADERS].map(fill),
];
const partials = w22.B22_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (d: { texts: readonly string[] }) => d.texts.map(fold);

describe("blind22 split shape", () => {
  b.itHasItsShape([w22.B22_INPUT_WORDINGS, w22.B22_SHORT_HEADERS, w22.B22_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b22.BLIND22_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind20 either",
    [
      ...b9.BLIND9_NEW_FAMILIES,
      ...b10.BLIND10_NEW_FAMILIES,
      ...b11.BLIND11_NEW_FAMILIES,
      ...b12.BLIND12_NEW_FAMILIES,
      ...b13.BLIND13_NEW_FAMILIES,
      ...b14.BLIND14_NEW_FAMILIES,
      ...b15.BLIND15_NEW_FAMILIES,
      ...b16.BLIND16_NEW_FAMILIES,
      ...b17.BLIND17_NEW_FAMILIES,
      ...b18.BLIND18_NEW_FAMILIES,
      ...b19.BLIND19_NEW_FAMILIES,
      ...b20.BLIND20_NEW_FAMILIES,
    ],
    b22.BLIND22_NEW_FAMILIES,
    70,
  );
});

describe("blind22 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind19 or blind20 case",
    blindTexts,
    {
      moreThan: 900,
      with: ["b10-", "b11-", "b12-", "b13-", "b14-", "b15-", "b16-", "b17-", "b18-", "b19-", "b20-"],
      without: ["b21-", "b22-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind22 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w22.B22_NOTES,
      atLeast: { decoys: 38, plans: 30, partials: 7, gaps: 38, hidden: 25, notes: 28 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("party resolution review: a workbook per agency; each result stands under its year (row 8), right of the resolution's own figure; a self-assessment word right of the years; all works under the works", () => {
    let all = 0;
    let targets = 0;
    let verdicts = 0;
    let allWorksBelow = 0;
    for (const c of family("b22-party-resolution-midterm-review")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        expect(text(ws, `${colOf(e.cell)}8`).endsWith(String(e.year ?? 2025))).toBe(true);
        const row = rowOf(e.cell);
        if (num(ws?.getCell(`D${row}`)) !== undefined || text(ws, `D${row}`) !== "") targets++;
        const lastCol = ws?.getRow(8).cellCount ?? 0;
        const verdict = fold(text(ws, `${String.fromCharCode(64 + lastCol - 1)}${row}`));
        if (["dat", "vuot", "chua dat"].includes(verdict)) verdicts++;
        if (e.input === "political_articles") {
          const below = fold(text(ws, `B${row + 1}`));
          if (decoyFolds(w22.B22_DECOYS.allWorks).some((d) => below.includes(d))) allWorksBelow++;
        }
      }
    }
    expect(all).toBeGreaterThan(7 * 30);
    expect(targets).toBe(all);
    expect(verdicts).toBe(all);
    expect(allWorksBelow).toBeGreaterThan(7 * 8);
  });

  it("ethnic-language report: results of 2023, 2024 and 2025 in D, E and G, the year's target in F under a plan head; the ethnic-language part under each agency's works is smaller than them", () => {
    let all = 0;
    let parts = 0;
    let works2025 = 0;
    for (const c of family("b22-ethnic-language-programme-report")) {
      expect(c.files).toHaveLength(1);
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        const col = { 2023: "D", 2024: "E", 2025: "G" }[(e.year ?? 2025) as 2023 | 2024 | 2025];
        expect(colOf(e.cell)).toBe(col);
        expect(isPlanHeader(text(ws, "F4"))).toBe(true);
        if (e.input === "political_articles" && e.year === 2025) {
          works2025++;
          const part = num(ws?.getCell(`G${rowOf(e.cell) + 1}`));
          const below = fold(text(ws, `B${rowOf(e.cell) + 1}`));
          expect(decoyFolds(w22.B22_DECOYS.ethnicWorks).some((d) => below.includes(d))).toBe(true);
          if (part !== undefined && part < Number(valueOf(c, e))) parts++;
        }
      }
    }
    expect(all).toBeGreaterThan(7 * 14);
    expect(works2025).toBeGreaterThan(7 * 2);
    expect(parts).toBe(works2025);
  });

  it("staff statistics: autonomy in C, people in post in E right of a larger quota, trained in L; a SUM row under the agencies; last year's sheet in the same layout holds other counts", () => {
    let totals = 0;
    let quotaAbove = 0;
    let sums = 0;
    let olderDiffer = 0;
    for (const c of family("b22-gender-ethnic-staff-statistics")) {
      const sheets = b.sheetsOf(c);
      const older = sheets.find((s) => s.name.includes("2024"));
      expect(older).toBeDefined();
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(ws?.name.includes("2025")).toBe(true);
        expect({ autonomous: "C", staff_total: "E", staff_trained: "L" }[e.input as "autonomous"]).toBe(
          colOf(e.cell),
        );
        if (e.input !== "staff_total") continue;
        totals++;
        const value = Number(valueOf(c, e));
        if ((num(ws?.getCell(`D${rowOf(e.cell)}`)) ?? 0) > value) quotaAbove++;
        const before = num(older?.getCell(e.cell));
        if (before !== undefined && before !== value) olderDiffer++;
      }
      sums += cellsWhere(
        c,
        (cell) => isFormula(cell.value) && formulaText(cell.value).startsWith("SUM("),
      ).length;
    }
    expect(totals).toBeGreaterThan(7 * 2);
    expect(quotaAbove).toBe(totals);
    expect(olderDiffer).toBe(totals);
    expect(sums).toBeGreaterThan(7 * 10);
  });

  it("yearly archive: a workbook a year; each year's works and revenue in that year's file under the agency's column (D–F), next year's targets under a plan head in G; status answers only in the 2025 file", () => {
    let yearly = 0;
    let status = 0;
    for (const c of family("b22-yearly-report-archive")) {
      expect(c.files.length).toBeGreaterThanOrEqual(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.unit === "tinh-lai-chau") {
          expect(e.workbook.includes("2025")).toBe(true);
          expect(colOf(e.cell)).toBe("D");
          continue;
        }
        expect(["D", "E", "F"]).toContain(colOf(e.cell));
        expect(isPlanHeader(text(ws, "G5"))).toBe(true);
        if (e.year !== undefined) {
          yearly++;
          expect(e.workbook.includes(String(e.year))).toBe(true);
        } else {
          status++;
          expect(e.workbook.includes("2025")).toBe(true);
        }
      }
      const olderStaff = c.files.filter((f) => !f.fileName.includes("2025")).length;
      expect(olderStaff).toBeGreaterThanOrEqual(2);
    }
    expect(yearly).toBeGreaterThan(7 * 15);
    expect(status).toBeGreaterThan(7 * 15);
  });

  it("variance note: a sheet per agency, last year in D and this year in E (both truth for works and revenue), the difference a formula in F; the first sheet sums the agencies with formulas", () => {
    let pairs = 0;
    let diffs = 0;
    let status = 0;
    for (const c of family("b22-variance-explanation-note")) {
      const first = b.sheetsOf(c)[0];
      expect(
        first && cellsWhere(c, (cell, ws) => ws === first && isFormula(cell.value)).length,
      ).toBeGreaterThan(2);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(ws).not.toBe(first);
        if (e.year === undefined) {
          status++;
          expect(colOf(e.cell)).toBe("E");
          continue;
        }
        expect(colOf(e.cell)).toBe(e.year === 2024 ? "D" : "E");
        if (e.year === 2025) {
          pairs++;
          if (isFormula(ws?.getCell(`F${rowOf(e.cell)}`).value)) diffs++;
        }
      }
    }
    expect(status).toBeGreaterThan(7 * 18);
    expect(pairs).toBeGreaterThan(7 * 4);
    expect(diffs).toBeGreaterThan(pairs * 0.7);
  });

  it("conference slides: works and revenue run years down (the year in A) as formulas into a hidden data sheet, a SUM of the agencies in E; the other slides put agencies as rows", () => {
    let viaData = 0;
    let yearly = 0;
    for (const c of family("b22-conference-slide-tables")) {
      const sheets = b.sheetsOf(c);
      expect(sheets.filter((s) => s.state !== "visible")).toHaveLength(1);
      const hidden = sheets.find((s) => s.state !== "visible")?.name ?? "";
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year === undefined) continue;
        yearly++;
        expect(text(ws, `A${rowOf(e.cell)}`)).toBe(String(e.year));
        expect(["B", "C", "D"]).toContain(colOf(e.cell));
        const v = ws?.getCell(e.cell).value;
        if (isFormula(v) && formulaText(v).includes(hidden)) viaData++;
        const sum = ws?.getCell(`E${rowOf(e.cell)}`).value;
        expect(isFormula(sum) && formulaText(sum).startsWith("SUM(")).toBe(true);
      }
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(viaData).toBe(yearly);
  });

  it("the staff statistics' SUM rows and the slides' sums never hold a truth cell", () => {
    for (const c of [
      ...family("b22-gender-ethnic-staff-statistics"),
      ...family("b22-conference-slide-tables"),
    ])
      for (const e of c.truth) {
        const v = sheetOf(c, e)?.getCell(e.cell).value;
        if (isFormula(v)) expect(formulaText(v).startsWith("SUM(")).toBe(false);
        expect(cellText(sheetOf(c, e)!.getCell(e.cell)).trim()).not.toBe("");
      }
  });
});

b.describeDeterminism();

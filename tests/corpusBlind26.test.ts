/**
 * Checks of the "blind26" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind23's and blind24's included), every truth cell holds its
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
import * as b21 from "../scripts/corpus/blind21/generate";
import * as b22 from "../scripts/corpus/blind22/generate";
import * as b23 from "../scripts/corpus/blind23/generate";
import * as b24 from "../scripts/corpus/blind24/generate";
import * as b26 from "../scripts/corpus/blind26/generate";
import * as t26 from "../scripts/corpus/blind26/texts";
import * as w26 from "../scripts/corpus/blind26/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind26", b26.buildBlind26Corpus, b26.writeBlind26Corpus);

const decoys = Object.values(w26.B26_DECOYS);
const blindTexts = [
  ...suite.values(w26.B26_INPUT_WORDINGS),
  ...suite.values(w26.B26_SHORT_HEADERS),
  ...suite.values(w26.B26_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "IV");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t26.B26_PORTFOLIO,
    t26.B26_ASSIGNMENT,
    t26.B26_SCORECARD,
    t26.B26_SUBMISSIONS,
    t26.B26_MONITORING,
    t26.B26_TAX,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w26.B26_PLAN_HEADERS, ...w26.B26_PARTIAL_HEADERS].map(fill),
];
const partials = w26.B26_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (...ds: Array<{ texts: readonly string[] }>) => ds.flatMap((d) => d.texts.map(fold));
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  decoyFolds(...ds).some((d) => fold(text).includes(d));
const among = (text: string, list: readonly string[]) => list.map((t) => fold(fill(t))).includes(fold(text));
const D = w26.B26_DECOYS;
const YEARLY = ["political_articles", "revenue"];

describe("blind26 split shape", () => {
  b.itHasItsShape([w26.B26_INPUT_WORDINGS, w26.B26_SHORT_HEADERS, w26.B26_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b26.BLIND26_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind24 either",
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
      ...b21.BLIND21_NEW_FAMILIES,
      ...b22.BLIND22_NEW_FAMILIES,
      ...b23.BLIND23_NEW_FAMILIES,
      ...b24.BLIND24_NEW_FAMILIES,
    ],
    b26.BLIND26_NEW_FAMILIES,
    94,
  );
});

describe("blind26 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind23 or blind24 case",
    blindTexts,
    {
      moreThan: 900,
      with: [
        "b10-",
        "b11-",
        "b12-",
        "b13-",
        "b14-",
        "b15-",
        "b16-",
        "b17-",
        "b18-",
        "b19-",
        "b20-",
        "b21-",
        "b22-",
        "b23-",
        "b24-",
      ],
      without: ["b25-", "b26-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind26 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w26.B26_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 7, gaps: 30, hidden: 20, notes: 20 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("IT investment portfolio: project outcomes in G under the capital plan head's row, a CMS near-miss project right after the newsroom row; headcount in C and trained in E beside the IT-staff near-miss, autonomy in G; one hidden list sheet", () => {
    let outcomes = 0;
    let newsroom = 0;
    let cmsAfter = 0;
    let people = 0;
    for (const c of family("b26-it-investment-portfolio")) {
      const sheets = b.sheetsOf(c);
      expect(sheets.filter((s) => s.state !== "visible")).toHaveLength(1);
      expect(isPlanHeader(text(sheets[0], "E4"))).toBe(true);
      expect(holdsDecoy(text(sheets[1], "D3"), D.itStaff)).toBe(true);
      for (const e of c.truth) {
        expect(e.year).toBeUndefined();
        const ws = sheetOf(c, e);
        if (ws === sheets[0]) {
          outcomes++;
          expect(colOf(e.cell)).toBe("G");
          if (e.input === "converged_newsroom") {
            newsroom++;
            if (holdsDecoy(text(ws, `B${rowOf(e.cell) + 1}`), D.cmsSoftware)) cmsAfter++;
          }
          continue;
        }
        people++;
        expect(ws).toBe(sheets[1]);
        expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "C" : e.input === "staff_trained" ? "E" : "G");
      }
    }
    expect(outcomes).toBeGreaterThan(7 * 8);
    expect(newsroom).toBeGreaterThan(7);
    expect(cmsAfter).toBe(newsroom);
    expect(people).toBeGreaterThan(7 * 6);
  });

  it("annual assignment follow-up: every agency result sits on a result row right under its assigned-figure row (same label, a plan word in D); years 2020–2025 in E–J, status answers in J; a % row under the yearly results; last year's headcount beside this year's", () => {
    let results = 0;
    let ratios = 0;
    let yearly = 0;
    let lastHeadcount = 0;
    for (const c of family("b26-annual-assignment-follow-up")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.unit === "tinh-lai-chau") {
          expect(colOf(e.cell)).toBe("J");
          continue;
        }
        results++;
        expect(isPlanHeader(text(ws, `D${row}`))).toBe(false);
        expect(isPlanHeader(text(ws, `D${row - 1}`))).toBe(true);
        expect(text(ws, `B${row}`)).toBe(text(ws, `B${row - 1}`));
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe("EFGHIJ"[e.year - 2020]);
          if (isFormula(ws?.getCell(`${colOf(e.cell)}${row + 1}`).value)) ratios++;
          continue;
        }
        expect(colOf(e.cell)).toBe("J");
        if (e.input === "staff_total") {
          const last = num(ws?.getCell(`I${row}`));
          if (last !== undefined && last < Number(valueOf(c, e))) lastHeadcount++;
        }
      }
    }
    expect(results).toBeGreaterThan(7 * 35);
    expect(yearly).toBeGreaterThan(7 * 15);
    expect(ratios).toBeGreaterThan(yearly * 0.8);
    expect(lastHeadcount).toBeGreaterThan(7 * 2);
  });

  it("DX steering scorecard: press figures on '- agency' sub-rows among other sectors' rows; 2024 in E, 2025 and the status answers in F under a target column D; no headcount truth, the trained only as a share; last year's answer differs now and then", () => {
    let yearly = 0;
    let status = 0;
    let olderAnswer = 0;
    for (const c of family("b26-dx-steering-sector-scorecard")) {
      const ws = b.sheetsOf(c)[0];
      expect(isPlanHeader(text(ws, "D4"))).toBe(true);
      expect(cellsWhere(c, (cell) => cellText(cell).trim() === "%").length).toBeGreaterThan(6);
      for (const e of c.truth) {
        expect(["staff_total", "staff_trained"]).not.toContain(e.input);
        const row = rowOf(e.cell);
        expect(text(ws, `B${row}`).startsWith("- ")).toBe(true);
        if (e.year !== undefined) {
          yearly++;
          expect(colOf(e.cell)).toBe(e.year === 2024 ? "E" : "F");
          continue;
        }
        status++;
        expect(colOf(e.cell)).toBe("F");
        const before = text(ws, `E${row}`);
        if (before !== "" && fold(before) !== fold(text(ws, e.cell))) olderAnswer++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 8);
    expect(status).toBeGreaterThan(7 * 12);
    expect(olderAnswer).toBeGreaterThan(7);
  });

  it("reporting-system submissions: truth only on approved annual rows; returned annual rows with other figures and part-of-year rows in most cases; a hidden parameters sheet", () => {
    let all = 0;
    let returned = 0;
    let partialRows = 0;
    for (const c of family("b26-reporting-system-submissions")) {
      const ws = b.sheetsOf(c)[0];
      expect(b.sheetsOf(c).filter((s) => s.state !== "visible")).toHaveLength(1);
      for (const e of c.truth) {
        all++;
        const row = rowOf(e.cell);
        expect(among(text(ws, `F${row}`), t26.B26_SUBMISSIONS.approved)).toBe(true);
        expect(among(text(ws, `D${row}`), t26.B26_SUBMISSIONS.annual)).toBe(true);
      }
      for (let row = 5; row < 20; row++) {
        if (among(text(ws, `F${row}`), t26.B26_SUBMISSIONS.returned)) returned++;
        if (partials.map(fold).includes(fold(text(ws, `D${row}`)))) partialRows++;
      }
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(returned).toBeGreaterThan(7);
    expect(partialRows).toBeGreaterThan(7);
  });

  it("press monitoring review: this year's and last year's political works side by side on a row among all-works, reviewed and ethnic-language near-misses, a formula total at the right; earlier years on a second sheet", () => {
    let works = 0;
    let earlier = 0;
    let totals = 0;
    let staff = 0;
    for (const c of family("b26-press-monitoring-review")) {
      const sheets = b.sheetsOf(c);
      const first = sheets[0];
      const labels = Array.from({ length: 12 }, (_, i) => text(first, `B${7 + i}`));
      expect(labels.some((t) => holdsDecoy(t, D.allWorks))).toBe(true);
      expect(labels.some((t) => holdsDecoy(t, D.reviewedWorks))).toBe(true);
      expect(labels.some((t) => holdsDecoy(t, D.ethnicWorks))).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.input !== "political_articles") {
          staff++;
          expect(ws).toBe(first);
          continue;
        }
        if (e.year !== undefined && e.year >= 2024) {
          works++;
          expect(ws).toBe(first);
          const row = ws!.getRow(rowOf(e.cell));
          let formulas = 0;
          row.eachCell(
            (cell) =>
              void (isFormula(cell.value) && formulaText(cell.value).startsWith("SUM(") && formulas++),
          );
          if (formulas === 2) totals++;
        } else {
          earlier++;
          expect(ws).toBe(sheets[1]);
        }
      }
    }
    expect(works).toBeGreaterThan(7 * 4);
    expect(totals).toBe(works);
    expect(earlier).toBeGreaterThan(7 * 4);
    expect(staff).toBeGreaterThan(7 * 3);
  });

  it("tax revenue declaration: a workbook per agency; each year's revenue a SUM of its four quarters in G, beside a taxable-revenue near-miss that is smaller; autonomy in B5 of the particulars, the average labour (a near-miss) under it", () => {
    let revenue = 0;
    let smallerTaxable = 0;
    let autonomy = 0;
    for (const c of family("b26-tax-revenue-declaration")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.input === "autonomous") {
          autonomy++;
          expect(e.cell).toBe("B5");
          expect(holdsDecoy(text(ws, "A6"), D.averageLabour)).toBe(true);
          continue;
        }
        revenue++;
        expect(e.input).toBe("revenue");
        expect(colOf(e.cell)).toBe("G");
        const v = ws?.getCell(e.cell).value;
        expect(isFormula(v) && formulaText(v).startsWith("SUM(")).toBe(true);
        const row = rowOf(e.cell);
        for (const r of [row - 1, row - 2]) {
          if (!holdsDecoy(text(ws, `B${r}`), D.taxableRevenue)) continue;
          const g = num(ws?.getCell(`G${r}`));
          if (g !== undefined && g < Number(valueOf(c, e))) smallerTaxable++;
        }
      }
    }
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(smallerTaxable).toBe(revenue);
    expect(autonomy).toBeGreaterThan(7 * 2);
  });

  it("no truth cell is empty once read back, and yearly slots only where the plan has years", () => {
    for (const c of b.cases)
      for (const e of c.truth) {
        expect(cellText(sheetOf(c, e)!.getCell(e.cell)).trim()).not.toBe("");
        expect(e.year !== undefined).toBe(YEARLY.includes(e.input));
      }
  });
});

b.describeDeterminism();

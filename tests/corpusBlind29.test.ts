/**
 * Checks of the "blind29" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind27's and blind28's included), every truth cell holds its
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
import * as b25 from "../scripts/corpus/blind25/generate";
import * as b26 from "../scripts/corpus/blind26/generate";
import * as b27 from "../scripts/corpus/blind27/generate";
import * as b28 from "../scripts/corpus/blind28/generate";
import * as b29 from "../scripts/corpus/blind29/generate";
import * as t29 from "../scripts/corpus/blind29/texts";
import * as w29 from "../scripts/corpus/blind29/wordings";

import { colLetter } from "../scripts/fixtures/sheetKit";
import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind29", b29.buildBlind29Corpus, b29.writeBlind29Corpus);

const decoys = Object.values(w29.B29_DECOYS);
const blindTexts = [
  ...suite.values(w29.B29_INPUT_WORDINGS),
  ...suite.values(w29.B29_SHORT_HEADERS),
  ...suite.values(w29.B29_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "IV");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t29.B29_CONTRACT, t29.B29_NEEDS, t29.B29_AUDIT, t29.B29_GAP, t29.B29_QUOTA, t29.B29_DECLARATION]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w29.B29_PLAN_HEADERS, ...w29.B29_PARTIAL_HEADERS].map(fill),
];
const partials = w29.B29_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (...ds: Array<{ texts: readonly string[] }>) => ds.flatMap((d) => d.texts.map(fold));
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  decoyFolds(...ds).some((d) => fold(text).includes(d));
const among = (text: string, list: readonly string[]) => list.map((t) => fold(fill(t))).includes(fold(text));
const D = w29.B29_DECOYS;
const YEARLY = ["political_articles", "revenue"];
/** Distinct family names of blind9 … blind28, once stripped of their prefix. */
const EARLIER_FAMILY_NAMES = 118;
const COMMON = { decoys: 35, plans: 45, partials: 7, gaps: 45, hidden: 30, notes: 30 };
const LAST_YEAR_BESIDE = 30;
const isSum = (v: unknown) => isFormula(v) && formulaText(v).startsWith("SUM(");

describe("blind29 split shape", () => {
  b.itHasItsShape([w29.B29_INPUT_WORDINGS, w29.B29_SHORT_HEADERS, w29.B29_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b29.BLIND29_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind28 either",
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
      ...b25.BLIND25_NEW_FAMILIES,
      ...b26.BLIND26_NEW_FAMILIES,
      ...b27.BLIND27_NEW_FAMILIES,
      ...b28.BLIND28_NEW_FAMILIES,
    ],
    b29.BLIND29_NEW_FAMILIES,
    EARLIER_FAMILY_NAMES,
  );
});

describe("blind29 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind27 or blind28 case",
    blindTexts,
    {
      moreThan: 1000,
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
        "b25-",
        "b26-",
        "b27-",
        "b28-",
      ],
      without: ["b29-", "b30-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind29 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w29.B29_NOTES,
      atLeast: COMMON,
    },
  );

  b.itHasLastYearBeside(LAST_YEAR_BESIDE);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("contract ledger: a workbook per agency, a sheet per year; the year's revenue a SUM of its parts whose first part points at the contracts' total, the commissioned works right under the political works and all works right above them, a plan column in the summary", () => {
    let revenue = 0;
    let contractPart = 0;
    let works = 0;
    let worksBetween = 0;
    for (const c of family("b29-propaganda-contract-ledger")) {
      expect(c.files).toHaveLength(3);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        let plans = 0;
        ws.eachRow((r) => r.eachCell((x) => void (isPlanHeader(cellText(x)) && plans++)));
        expect(plans).toBe(1);
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(colOf(e.cell)).toBe("E");
        expect(ws?.name).toContain(String(e.year));
        if (e.input === "revenue") {
          revenue++;
          expect(isSum(ws?.getCell(e.cell).value)).toBe(true);
          const part = ws?.getCell(`E${row + 1}`).value;
          if (
            holdsDecoy(text(ws, `B${row + 1}`), D.contractIncome) &&
            isFormula(part) &&
            !formulaText(part).includes(":")
          )
            contractPart++;
          continue;
        }
        works++;
        if (
          holdsDecoy(text(ws, `B${row + 1}`), D.contractWorks) &&
          holdsDecoy(text(ws, `B${row - 1}`), D.allWorks) &&
          (num(ws?.getCell(`E${row - 1}`)) ?? 0) > Number(valueOf(c, e))
        )
          worksBetween++;
      }
    }
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(contractPart).toBe(revenue);
    expect(works).toBeGreaterThan(7 * 10);
    expect(worksBetween).toBe(works);
  });

  it("training needs: a sheet per agency after the instructions; staff and trained are the total row's SUMs in C and D over job-group rows, a plan column at H; other training and card holders under the table; status answers in part II's column C", () => {
    let sums = 0;
    let status = 0;
    let underneath = 0;
    for (const c of family("b29-training-needs-assessment")) {
      const sheets = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(sheets).toHaveLength(4);
      for (const ws of sheets.slice(1)) {
        expect(isPlanHeader(text(ws, "H5"))).toBe(true);
        let found = false;
        ws.eachRow((r) => {
          if (holdsDecoy(cellText(r.getCell(2)), D.otherTraining) && num(r.getCell(4)) !== undefined)
            found = true;
        });
        if (found) underneath++;
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.input === "staff_total" || e.input === "staff_trained") {
          expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "C" : "D");
          expect(isSum(ws?.getCell(e.cell).value)).toBe(true);
          sums++;
          continue;
        }
        expect(colOf(e.cell)).toBe("C");
        status++;
      }
    }
    expect(sums).toBeGreaterThan(7 * 4);
    expect(status).toBeGreaterThan(7 * 8);
    expect(underneath).toBe(7 * 3);
  });

  it("audit annex: revenue of past years only, the audited figure beside the unit's own (different) figure and a difference formula; the plan's agencies among units that are not in the plan; the quota left of the people present", () => {
    let revenue = 0;
    let differs = 0;
    let others = 0;
    let staff = 0;
    for (const c of family("b29-state-audit-adjustment-annex")) {
      const [annex, people] = b.sheetsOf(c);
      for (let r = 6; r < 60; r++) if (among(text(annex, `B${r}`), t29.B29_AUDIT.otherUnits)) others++;
      expect(holdsDecoy(text(people, "C4"), D.quota)).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "revenue") {
          revenue++;
          expect(ws).toBe(annex);
          expect(e.year).toBeLessThan(2025);
          const col = Number(ws!.getCell(e.cell).col);
          const third = (col - 3) % 3;
          const other = third === 0 ? col + 1 : col - 1;
          const theirs = num(ws!.getRow(row).getCell(other));
          const diff = ws!.getRow(row).getCell(col - third + 2).value;
          if (theirs !== undefined && theirs !== valueOf(c, e) && isFormula(diff)) differs++;
          continue;
        }
        staff++;
        expect(ws).toBe(people);
        expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "D" : "E");
      }
    }
    expect(revenue).toBeGreaterThan(7 * 5);
    expect(differs).toBe(revenue);
    expect(others).toBeGreaterThanOrEqual(7 * 2);
    expect(staff).toBeGreaterThan(7 * 4);
  });

  it("gap matrix: answers in the present-state column of each agency's group, a proposal column right of each, a target (plan) column at the far right; the province's remote figures in a small table under it", () => {
    let present = 0;
    let proposals = 0;
    let remote = 0;
    for (const c of family("b29-dx-gap-proposal-matrix")) {
      const ws = b.sheetsOf(c)[0]!;
      const width = ws.getRow(4).cellCount;
      expect(isPlanHeader(text(ws, `${colLetter(width - 1)}4`))).toBe(true);
      for (const e of c.truth) {
        if (e.unit === "tinh-lai-chau") {
          remote++;
          continue;
        }
        present++;
        const col = Number(ws.getCell(e.cell).col);
        expect(among(cellText(ws.getRow(5).getCell(col)), t29.B29_GAP.now)).toBe(true);
        if (among(cellText(ws.getRow(5).getCell(col + 1)), t29.B29_GAP.proposal)) proposals++;
      }
    }
    expect(present).toBeGreaterThan(7 * 25);
    expect(proposals).toBe(present);
    expect(remote).toBeGreaterThanOrEqual(4);
  });

  it("quota tracker: political works of each year are the total row's SUM over people and collaborators, all works (larger) just left, years two columns apart, a quota column with a plan head", () => {
    let works = 0;
    let allLeft = 0;
    for (const c of family("b29-reporter-quota-tracker")) {
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        expect(isPlanHeader(text(ws, "D4"))).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        works++;
        expect(e.input).toBe("political_articles");
        expect(isSum(ws?.getCell(e.cell).value)).toBe(true);
        const col = Number(ws?.getCell(e.cell).col);
        const left = num(ws?.getRow(rowOf(e.cell)).getCell(col - 1));
        if (left !== undefined && left > Number(valueOf(c, e))) allLeft++;
      }
    }
    expect(works).toBeGreaterThan(7 * 10);
    expect(allLeft).toBe(works);
  });

  it("database declaration: a sheet per agency; this year in C, last year's works and revenue in D beside it, earlier years in a history table under it; a plan column at F; card holders and all works beside the plan's rows", () => {
    let now = 0;
    let prev = 0;
    let history = 0;
    let cards = 0;
    for (const c of family("b29-press-database-declaration")) {
      const sheets = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(sheets).toHaveLength(3);
      for (const ws of sheets) {
        expect(isPlanHeader(text(ws, "F5"))).toBe(true);
        ws.eachRow((r) => void (holdsDecoy(cellText(r.getCell(2)), D.cardHolders) && cards++));
      }
      for (const e of c.truth) {
        if (e.year === undefined || e.year === 2025) {
          expect(colOf(e.cell)).toBe("C");
          now++;
        } else if (e.year === 2024) {
          expect(colOf(e.cell)).toBe("D");
          prev++;
        } else {
          expect(colOf(e.cell)).toBe(e.input === "revenue" ? "D" : "C");
          history++;
        }
      }
    }
    expect(now).toBeGreaterThan(7 * 25);
    expect(prev).toBeGreaterThan(7 * 3);
    expect(history).toBeGreaterThan(7 * 5);
    expect(cards).toBe(7 * 3);
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

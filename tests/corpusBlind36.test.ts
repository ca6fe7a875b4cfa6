/**
 * Checks of the "blind36" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind33's and blind34's included), every truth cell holds its
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
import * as b30 from "../scripts/corpus/blind30/generate";
import * as b31 from "../scripts/corpus/blind31/generate";
import * as b32 from "../scripts/corpus/blind32/generate";
import * as b33 from "../scripts/corpus/blind33/generate";
import * as b34 from "../scripts/corpus/blind34/generate";
import { COSTING_FIRST_COL, COSTING_HEAD } from "../scripts/corpus/blind36/costing";
import * as b36 from "../scripts/corpus/blind36/generate";
import { IDEOLOGY_HEAD, IDEOLOGY_T2 } from "../scripts/corpus/blind36/ideology";
import { PROCUREMENT_COLS } from "../scripts/corpus/blind36/procurement";
import { SKILLS_COLS, SKILLS_HEAD } from "../scripts/corpus/blind36/skills";
import { MONEY_FIRST_COL, STAFFING_COLS, STAFFING_HEAD } from "../scripts/corpus/blind36/staffing";
import {
  SUPPLY_ALL,
  SUPPLY_FIRST,
  SUPPLY_OWN,
  SURVEY_COLS,
  SURVEY_HEAD,
} from "../scripts/corpus/blind36/survey";
import * as t36 from "../scripts/corpus/blind36/texts";
import * as w36 from "../scripts/corpus/blind36/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind36", b36.buildBlind36Corpus, b36.writeBlind36Corpus);

const decoys = Object.values(w36.B36_DECOYS);
const blindTexts = [
  ...suite.values(w36.B36_INPUT_WORDINGS),
  ...suite.values(w36.B36_SHORT_HEADERS),
  ...suite.values(w36.B36_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{y0}", "2020").replaceAll("{y1}", "2026");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t36.B36_PROCUREMENT,
    t36.B36_COSTING,
    t36.B36_SKILLS,
    t36.B36_IDEOLOGY,
    t36.B36_SURVEY,
    t36.B36_STAFFING,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w36.B36_PLAN_HEADERS, ...w36.B36_PARTIAL_HEADERS].map(fill),
];
const partials = w36.B36_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w36.B36_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const colNo = (col: string) => col.charCodeAt(0) - 64;
const colAt = (n: number) => String.fromCharCode(64 + n);

describe("blind36 split shape", () => {
  b.itHasItsShape([w36.B36_INPUT_WORDINGS, w36.B36_SHORT_HEADERS, w36.B36_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b36.BLIND36_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind34 either",
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
      ...b29.BLIND29_NEW_FAMILIES,
      ...b30.BLIND30_NEW_FAMILIES,
      ...b31.BLIND31_NEW_FAMILIES,
      ...b32.BLIND32_NEW_FAMILIES,
      ...b33.BLIND33_NEW_FAMILIES,
      ...b34.BLIND34_NEW_FAMILIES,
    ],
    b36.BLIND36_NEW_FAMILIES,
    154,
  );
});

describe("blind36 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind33 or blind34 case",
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
        "b29-",
        "b30-",
        "b31-",
        "b32-",
        "b33-",
        "b34-",
      ],
      without: ["b35-", "b36-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind36 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w36.B36_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 14, gaps: 25, hidden: 40, notes: 25 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("contractor-selection plan: a workbook per agency; revenue by year with the development fund (smaller) right under it and next year's target right of the years; staff and statuses in C with the target after investment in D, the quota (larger) under the headcount and cyber-safety trainees under the trained; a hidden scratch sheet", () => {
    let revenue = 0;
    let fundUnder = 0;
    let planRight = 0;
    let statuses = 0;
    let targetBeside = 0;
    let quotaUnder = 0;
    let cyberUnder = 0;
    let staff = 0;
    let trained = 0;
    let hidden = 0;
    for (const c of family("b36-contractor-selection-plan")) {
      expect(c.files).toHaveLength(3);
      hidden += b.sheetsOf(c).filter((s) => s.state !== "visible").length;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.input === "revenue") {
          revenue++;
          const under = num(ws?.getCell(`${colOf(e.cell)}${row + 1}`));
          if (holdsDecoy(text(ws, `B${row + 1}`), D.devFund) && under !== undefined && under < v) fundUnder++;
          // The head row is right above the revenue row; a plan head sits somewhere right of this year's column.
          let col = colNo(colOf(e.cell)) + 1;
          while (col < 12 && !isPlanHeader(text(ws, `${colAt(col)}${row - 1}`))) col++;
          if (col < 12) planRight++;
          continue;
        }
        statuses++;
        expect(colOf(e.cell)).toBe(PROCUREMENT_COLS.state);
        let head = row - 1;
        while (head > 1 && text(ws, `A${head}`) !== "STT") head--;
        if (isPlanHeader(text(ws, `${PROCUREMENT_COLS.target}${head}`))) targetBeside++;
        if (e.input === "staff_total") {
          staff++;
          const q = num(ws?.getCell(`${PROCUREMENT_COLS.state}${row + 1}`));
          if (holdsDecoy(text(ws, `B${row + 1}`), D.quota) && q !== undefined && q > v) quotaUnder++;
        }
        if (e.input === "staff_trained") {
          trained++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.cyberTrained)) cyberUnder++;
        }
      }
    }
    expect(revenue).toBeGreaterThan(7 * 6);
    expect(fundUnder).toBe(revenue);
    expect(planRight).toBe(revenue);
    expect(statuses).toBeGreaterThan(7 * 15);
    expect(targetBeside).toBe(statuses);
    expect(quotaUnder).toBe(staff);
    expect(cyberUnder).toBe(trained);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(hidden).toBe(7 * 3);
  });

  it("unit costing: one workbook, a sheet per agency; political-task pieces under every piece (larger) and over the ordered part (smaller), revenue over advertising alone (smaller); next year's quantity under a plan head right of the years; headcount and trained only in the last year's column, earlier figures left of them", () => {
    let pieces = 0;
    let around = 0;
    let revenue = 0;
    let adsUnder = 0;
    let planHeads = 0;
    let people = 0;
    let earlierLeft = 0;
    for (const c of family("b36-product-unit-costing")) {
      expect(c.files).toHaveLength(1);
      const visible = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(visible).toHaveLength(3);
      for (const ws of visible) {
        let col = COSTING_FIRST_COL;
        while (col < 14 && !isPlanHeader(text(ws, `${colAt(col)}${COSTING_HEAD}`))) col++;
        if (col < 14) planHeads++;
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.input === "political_articles") {
          pieces++;
          const above = num(ws?.getCell(`${col}${row - 1}`));
          const below = num(ws?.getCell(`${col}${row + 1}`));
          if (
            holdsDecoy(text(ws, `B${row - 1}`), D.allPieces) &&
            holdsDecoy(text(ws, `B${row + 1}`), D.ordered) &&
            above !== undefined &&
            above > v &&
            below !== undefined &&
            below < v
          )
            around++;
        } else if (e.input === "revenue") {
          revenue++;
          const below = num(ws?.getCell(`${col}${row + 1}`));
          if (holdsDecoy(text(ws, `B${row + 1}`), D.adsOnly) && below !== undefined && below < v) adsUnder++;
        } else {
          people++;
          expect(["staff_total", "staff_trained"]).toContain(e.input);
          expect(text(ws, `${col}${COSTING_HEAD + 1}`)).toBe("2025");
          if (num(ws?.getCell(`${colAt(colNo(col) - 1)}${row}`)) !== undefined) earlierLeft++;
        }
      }
    }
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(around).toBe(pieces);
    expect(revenue).toBeGreaterThan(7 * 6);
    expect(adsUnder).toBe(revenue);
    expect(planHeads).toBe(7 * 3);
    expect(people).toBeGreaterThan(7 * 4);
    expect(earlierLeft).toBe(people);
  });

  it("digital-skills return: a workbook per agency; headcount (C) and trained (E) are SUM rows under the departments, signature holders (D) and cyber-safety trainees (F) beside them, a plan head in G; statuses in D of sheet two with last year's answers in C and the target in E", () => {
    let sums = 0;
    let people = 0;
    let statuses = 0;
    let pastBeside = 0;
    let hidden = 0;
    for (const c of family("b36-digital-skills-signature-return")) {
      expect(c.files).toHaveLength(3);
      hidden += b.sheetsOf(c).filter((s) => s.state !== "visible").length;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "staff_total" || e.input === "staff_trained") {
          people++;
          expect(colOf(e.cell)).toBe(e.input === "staff_total" ? SKILLS_COLS.staff : SKILLS_COLS.trained);
          if (/^SUM\(/.test(formulaText(ws?.getCell(e.cell).value))) sums++;
          expect(holdsDecoy(text(ws, `${SKILLS_COLS.signature}${SKILLS_HEAD}`), D.signature)).toBe(true);
          expect(holdsDecoy(text(ws, `${SKILLS_COLS.cyber}${SKILLS_HEAD}`), D.cyberTrained)).toBe(true);
          expect(isPlanHeader(text(ws, `${SKILLS_COLS.plan}${SKILLS_HEAD}`))).toBe(true);
          continue;
        }
        statuses++;
        expect(colOf(e.cell)).toBe(SKILLS_COLS.thisYear);
        expect(text(ws, `${SKILLS_COLS.lastYear}${SKILLS_HEAD}`)).toContain("2024");
        expect(isPlanHeader(text(ws, `${SKILLS_COLS.target}${SKILLS_HEAD}`))).toBe(true);
        if (text(ws, `${SKILLS_COLS.lastYear}${row}`) !== "") pastBeside++;
      }
    }
    expect(people).toBeGreaterThan(7 * 4);
    expect(sums).toBe(people);
    expect(statuses).toBeGreaterThan(7 * 12);
    expect(pastBeside).toBe(statuses);
    expect(hidden).toBe(7 * 3);
  });

  it("ideology-defence report: the agencies' political-task pieces by year with the rebuttal part (smaller) under them, the three agencies' sum (a formula, larger) at the top, a part-of-year and a plan head right of the years; table 2's agencies with the core force beside the headcount", () => {
    let pieces = 0;
    let rebuttalUnder = 0;
    let sumAbove = 0;
    let heads = 0;
    let staff = 0;
    let coreBeside = 0;
    let province = 0;
    for (const c of family("b36-ideology-defence-steering-report")) {
      const ws0 = b.sheetsOf(c)[0];
      const headTexts = Array.from({ length: 14 }, (_, i) => text(ws0, `${colAt(i + 1)}${IDEOLOGY_HEAD}`));
      if (headTexts.some(isPlanHeader) && headTexts.some(isPartial)) heads++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.input === "political_articles") {
          pieces++;
          const below = num(ws?.getCell(`${col}${row + 1}`));
          if (holdsDecoy(text(ws, `B${row + 1}`), D.rebuttal) && below !== undefined && below < v)
            rebuttalUnder++;
          const top = ws?.getCell(`${col}${IDEOLOGY_HEAD + 1}`);
          if (isFormula(top?.value) && Number(num(top)) >= v) sumAbove++;
          continue;
        }
        if (e.unit === "tinh-lai-chau") {
          province++;
          continue;
        }
        if (e.input === "staff_total") {
          staff++;
          expect(col).toBe(IDEOLOGY_T2.staff);
          let head = row - 1;
          while (head > 1 && text(ws, `A${head}`) !== "STT") head--;
          if (holdsDecoy(text(ws, `${IDEOLOGY_T2.core}${head}`), D.coreForce)) coreBeside++;
        }
      }
    }
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(rebuttalUnder).toBe(pieces);
    expect(sumAbove).toBe(pieces);
    expect(heads).toBe(7);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(coreBeside).toBe(staff);
    expect(province).toBeGreaterThanOrEqual(2);
  });

  it("audience survey: the province's figures are SUM rows under the districts with the sample and loudspeaker-only columns beside; the agencies' political-task pieces by year row with every piece (larger) three columns right, a part-of-year row (smaller) under the last year and a plan row at the bottom", () => {
    let province = 0;
    let pieces = 0;
    let allRight = 0;
    let partialUnder = 0;
    let last = 0;
    let planBelow = 0;
    for (const c of family("b36-audience-survey-tabulation")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.unit === "tinh-lai-chau") {
          province++;
          expect(col).toBe(e.input === "remote_population_total" ? SURVEY_COLS.total : SURVEY_COLS.reached);
          expect(formulaText(ws?.getCell(e.cell).value)).toMatch(/^SUM\(/);
          expect(holdsDecoy(text(ws, `${SURVEY_COLS.sample}${SURVEY_HEAD}`), D.sample)).toBe(true);
          expect(holdsDecoy(text(ws, `${SURVEY_COLS.speakers}${SURVEY_HEAD}`), D.loudspeakerOnly)).toBe(true);
          continue;
        }
        const g = (SUPPLY_OWN as readonly string[]).indexOf(col);
        expect(g).toBeGreaterThanOrEqual(0);
        if (e.year === undefined) continue;
        pieces++;
        expect(text(ws, `A${row}`)).toBe(String(e.year));
        expect(row).toBeGreaterThanOrEqual(SUPPLY_FIRST);
        const all = num(ws?.getCell(`${SUPPLY_ALL[g]}${row}`));
        if (all !== undefined && all > v) allRight++;
        if (e.year !== 2025) continue;
        last++;
        const under = num(ws?.getCell(`${col}${row + 1}`));
        if (isPartial(text(ws, `A${row + 1}`)) && under !== undefined && under < v) partialUnder++;
        if (isPlanHeader(text(ws, `A${row + 5}`))) planBelow++;
      }
    }
    expect(province).toBeGreaterThanOrEqual(4);
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(allRight).toBe(pieces);
    expect(last).toBeGreaterThan(7 * 2);
    expect(partialUnder).toBe(last);
    expect(planBelow).toBe(last);
  });

  it("staffing plan: the headcount (D) right of the larger quota (C), trained in F, autonomy in I past a plan head in H, a SUM row under the agencies; revenue by year on sheet two with spending under it", () => {
    let staff = 0;
    let quotaLeft = 0;
    let trained = 0;
    let autonomy = 0;
    let revenue = 0;
    let spendingUnder = 0;
    for (const c of family("b36-staffing-recruitment-plan")) {
      const ws0 = b.sheetsOf(c)[0];
      expect(isPlanHeader(text(ws0, `${STAFFING_COLS.plan}${STAFFING_HEAD}`))).toBe(true);
      expect(holdsDecoy(text(ws0, `${STAFFING_COLS.quota}${STAFFING_HEAD}`), D.quota)).toBe(true);
      expect(isFormula(ws0?.getCell(`${STAFFING_COLS.staff}${STAFFING_HEAD + 4}`).value)).toBe(true);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.input === "revenue") {
          revenue++;
          expect(colNo(colOf(e.cell))).toBeGreaterThanOrEqual(MONEY_FIRST_COL);
          const under = num(ws?.getCell(`${colOf(e.cell)}${row + 1}`));
          if (holdsDecoy(text(ws, `B${row + 1}`), D.spending) && under !== undefined && under < v)
            spendingUnder++;
          continue;
        }
        if (e.input === "staff_total") {
          staff++;
          expect(colOf(e.cell)).toBe(STAFFING_COLS.staff);
          const q = num(ws?.getCell(`${STAFFING_COLS.quota}${row}`));
          if (q !== undefined && q > v) quotaLeft++;
        } else if (e.input === "staff_trained") {
          trained++;
          expect(colOf(e.cell)).toBe(STAFFING_COLS.trained);
        } else {
          autonomy++;
          expect(e.input).toBe("autonomous");
          expect(colOf(e.cell)).toBe(STAFFING_COLS.autonomy);
        }
      }
    }
    expect(staff).toBeGreaterThan(7 * 2);
    expect(quotaLeft).toBe(staff);
    expect(trained).toBeGreaterThan(7 * 2);
    expect(autonomy).toBeGreaterThan(7 * 2);
    expect(revenue).toBeGreaterThan(7 * 6);
    expect(spendingUnder).toBe(revenue);
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

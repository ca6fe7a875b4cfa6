/**
 * Checks of the "blind38" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind35's and blind36's included), every truth cell holds its
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
import * as b35 from "../scripts/corpus/blind35/generate";
import * as b36 from "../scripts/corpus/blind36/generate";
import { COMPLIANCE_COLS, COMPLIANCE_HEAD } from "../scripts/corpus/blind38/compliance";
import * as b38 from "../scripts/corpus/blind38/generate";
import { MP_COLS, MP_HEAD, MP_STATUS_COLS } from "../scripts/corpus/blind38/masterPlan";
import { POLICY_COLS, POLICY_FIRST_COL } from "../scripts/corpus/blind38/policy";
import { RANKS_COLS, RANKS_HEADS } from "../scripts/corpus/blind38/ranks";
import { SPENDING_COLS, SPENDING_HEAD, SPENDING_ROWS } from "../scripts/corpus/blind38/spending";
import {
  REMOTE_COLS,
  REMOTE_HEAD,
  SUPERVISION_COLS,
  SUPERVISION_FIRST_COL,
  SUPERVISION_HEAD,
} from "../scripts/corpus/blind38/supervision";
import * as t38 from "../scripts/corpus/blind38/texts";
import * as w38 from "../scripts/corpus/blind38/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind38", b38.buildBlind38Corpus, b38.writeBlind38Corpus);

const decoys = Object.values(w38.B38_DECOYS);
const blindTexts = [
  ...suite.values(w38.B38_INPUT_WORDINGS),
  ...suite.values(w38.B38_SHORT_HEADERS),
  ...suite.values(w38.B38_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "2");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t38.B38_COMPLIANCE,
    t38.B38_SUPERVISION,
    t38.B38_SPENDING,
    t38.B38_POLICY,
    t38.B38_MASTERPLAN,
    t38.B38_RANKS,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w38.B38_PLAN_HEADERS, ...w38.B38_PARTIAL_HEADERS].map(fill),
];
const partials = w38.B38_PARTIAL_HEADERS.map(fill);
const formulaResult = (v: unknown) => (isFormula(v) ? Number((v as { result?: unknown }).result) : undefined);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w38.B38_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const colNo = (col: string) => col.charCodeAt(0) - 64;

describe("blind38 split shape", () => {
  b.itHasItsShape([w38.B38_INPUT_WORDINGS, w38.B38_SHORT_HEADERS, w38.B38_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b38.BLIND38_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind36 either",
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
      ...b35.BLIND35_NEW_FAMILIES,
      ...b36.BLIND36_NEW_FAMILIES,
    ],
    b38.BLIND38_NEW_FAMILIES,
    166,
  );
});

describe("blind38 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind35 or blind36 case",
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
        "b35-",
        "b36-",
      ],
      without: ["b37-", "b38-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind38 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w38.B38_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 14, gaps: 25, hidden: 40, notes: 25 },
    },
  );

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("compliance check: one workbook, a sheet per agency; what the team found in E with the rule (smaller) left of the headcount, a verdict word right of every status and a target head in G; press-card holders (fewer) under the headcount, infosec-course people (fewer) under the trained; two years of revenue with the year in the label; a hidden scratch sheet", () => {
    let staff = 0;
    let ruleLeft = 0;
    let cardsUnder = 0;
    let trained = 0;
    let infosecUnder = 0;
    let statuses = 0;
    let verdicts = 0;
    let revenue = 0;
    let hidden = 0;
    let planHeads = 0;
    for (const c of family("b38-operating-conditions-compliance-check")) {
      expect(c.files).toHaveLength(1);
      const visible = b.sheetsOf(c).filter((s) => s.state === "visible");
      expect(visible).toHaveLength(3);
      hidden += b.sheetsOf(c).length - visible.length;
      for (const ws of visible)
        if (isPlanHeader(text(ws, `${COMPLIANCE_COLS.target}${COMPLIANCE_HEAD}`))) planHeads++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const v = Number(valueOf(c, e));
        expect(colOf(e.cell)).toBe(COMPLIANCE_COLS.actual);
        if (e.input === "revenue") {
          revenue++;
          expect(text(ws, `B${row}`)).toContain(String(e.year));
        } else if (e.input === "staff_total" || e.input === "staff_trained") {
          const under = num(ws?.getCell(`${COMPLIANCE_COLS.actual}${row + 1}`));
          const fewer = under !== undefined && under < v;
          if (e.input === "staff_total") {
            staff++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.pressCards) && fewer) cardsUnder++;
            const rule = num(ws?.getCell(`${COMPLIANCE_COLS.rule}${row}`));
            if (rule !== undefined && rule < v) ruleLeft++;
          } else {
            trained++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.infosecCourse) && fewer) infosecUnder++;
          }
        } else {
          statuses++;
          if (text(ws, `${COMPLIANCE_COLS.verdict}${row}`) !== "") verdicts++;
        }
      }
    }
    expect(planHeads).toBe(7 * 3);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(ruleLeft).toBe(staff);
    expect(cardsUnder).toBe(staff);
    expect(trained).toBeGreaterThan(7 * 2);
    expect(infosecUnder).toBe(trained);
    expect(statuses).toBeGreaterThan(7 * 12);
    expect(verdicts).toBe(statuses);
    expect(revenue).toBeGreaterThan(7 * 4);
    expect(hidden).toBe(7);
  });

  it("council supervision annex: each agency's political-task row between all pieces (larger) above and the border part (smaller) under, revenue over the advertising part (smaller); years as columns under a merged head, the target head right of them; the province's people as SUM totals under the districts with households beside", () => {
    let pieces = 0;
    let around = 0;
    let revenue = 0;
    let adsUnder = 0;
    let heads = 0;
    let province = 0;
    for (const c of family("b38-council-thematic-supervision-annex")) {
      const ws0 = b.sheetsOf(c)[0];
      if (isPlanHeader(text(ws0, `${SUPERVISION_COLS.plan}${SUPERVISION_HEAD}`))) heads++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.unit === "tinh-lai-chau") {
          province++;
          expect(col).toBe(e.input === "remote_population_total" ? REMOTE_COLS.total : REMOTE_COLS.reached);
          expect(String((ws?.getCell(e.cell).value as { formula: string }).formula)).toMatch(/^SUM\(/);
          expect(holdsDecoy(text(ws, `${REMOTE_COLS.households}${REMOTE_HEAD}`), D.households)).toBe(true);
          expect(isPlanHeader(text(ws, `${REMOTE_COLS.plan}${REMOTE_HEAD}`))).toBe(true);
          continue;
        }
        expect(colNo(col) - SUPERVISION_FIRST_COL).toBe(Number(e.year) - 2020);
        expect(text(ws, `${col}${SUPERVISION_HEAD + 1}`)).toContain(String(e.year));
        const above = num(ws?.getCell(`${col}${row - 1}`));
        const below = num(ws?.getCell(`${col}${row + 1}`));
        if (e.input === "political_articles") {
          pieces++;
          if (
            holdsDecoy(text(ws, `B${row - 1}`), D.allPieces) &&
            holdsDecoy(text(ws, `B${row + 1}`), D.borderPieces) &&
            above !== undefined &&
            above > v &&
            below !== undefined &&
            below < v
          )
            around++;
        } else {
          revenue++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.adsIncome) && below !== undefined && below < v)
            adsUnder++;
        }
      }
    }
    expect(heads).toBe(7);
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(around).toBe(pieces);
    expect(revenue).toBeGreaterThan(7 * 9);
    expect(adsUnder).toBe(revenue);
    expect(province).toBeGreaterThanOrEqual(2);
  });

  it("internal spending annex: a workbook per agency; revenue by year row in B with the advertising part (smaller) beside, the state grant after it and all funds (a formula, larger); a part-of-year row and next year's target under 2025; the headcount over the quota (larger), autonomy above it", () => {
    let revenue = 0;
    let adsBeside = 0;
    let allRight = 0;
    let last = 0;
    let partialUnder = 0;
    let staff = 0;
    let quotaBeside = 0;
    let autonomy = 0;
    let hidden = 0;
    for (const c of family("b38-internal-spending-rules-annex")) {
      expect(c.files).toHaveLength(3);
      hidden += b.sheetsOf(c).filter((s) => s.state !== "visible").length;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.input === "revenue") {
          revenue++;
          expect(colOf(e.cell)).toBe(SPENDING_COLS.revenue);
          expect(text(ws, `${SPENDING_COLS.year}${row}`)).toContain(String(e.year));
          expect(holdsDecoy(text(ws, `${SPENDING_COLS.grant}${SPENDING_HEAD}`), D.stateGrant)).toBe(true);
          const ads = num(ws?.getCell(`${SPENDING_COLS.ads}${row}`));
          if (ads !== undefined && ads < v) adsBeside++;
          const all = formulaResult(ws?.getCell(`${SPENDING_COLS.all}${row}`).value);
          if (all !== undefined && all > v) allRight++;
          if (e.year === 2025) {
            last++;
            const part = num(ws?.getCell(`${SPENDING_COLS.revenue}${row + 1}`));
            if (
              isPartial(text(ws, `${SPENDING_COLS.year}${row + 1}`)) &&
              part !== undefined &&
              part < v &&
              isPlanHeader(text(ws, `${SPENDING_COLS.year}${row + 2}`))
            )
              partialUnder++;
          }
        } else if (e.input === "staff_total") {
          staff++;
          expect(e.cell).toBe(`${SPENDING_COLS.answer}${SPENDING_ROWS.staff}`);
          const quota = num(ws?.getCell(`${SPENDING_COLS.quota}${SPENDING_ROWS.staff}`));
          if (quota !== undefined && quota > v) quotaBeside++;
        } else {
          autonomy++;
          expect(e.input).toBe("autonomous");
          expect(e.cell).toBe(`${SPENDING_COLS.answer}${SPENDING_ROWS.autonomy}`);
        }
      }
    }
    expect(revenue).toBeGreaterThan(7 * 8);
    expect(adsBeside).toBe(revenue);
    expect(allRight).toBe(revenue);
    expect(last).toBeGreaterThan(7 * 2);
    expect(partialUnder).toBe(last);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(quotaBeside).toBe(staff);
    expect(autonomy).toBeGreaterThan(7 * 2);
    expect(hidden).toBe(7 * 3);
  });

  it("policy impact assessment: the agencies as columns D–F, the year in each series label, the three agencies' sum (a formula, not smaller) in G; under 2025 the border part, a part-of-year row and the advertising part; forecast rows for 2026 with the same labels further down", () => {
    let yearly = 0;
    let sums = 0;
    let partsUnder = 0;
    let last = 0;
    let forecasts = 0;
    let statuses = 0;
    for (const c of family("b38-support-policy-impact-assessment")) {
      const ws0 = b.sheetsOf(c)[0];
      let caseForecasts = 0;
      ws0?.eachRow((r) => {
        if (text(ws0, `B${r.number}`).includes("2026")) caseForecasts++;
      });
      if (caseForecasts >= 4) forecasts++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colNo(colOf(e.cell));
        expect(col).toBeGreaterThanOrEqual(POLICY_FIRST_COL);
        expect(col).toBeLessThan(POLICY_FIRST_COL + 3);
        const v = valueOf(c, e);
        if (e.year === undefined) {
          statuses++;
          continue;
        }
        yearly++;
        expect(text(ws, `B${row}`)).toContain(String(e.year));
        const sum = formulaResult(ws?.getCell(`${POLICY_COLS.sum}${row}`).value);
        if (sum !== undefined && sum >= Number(v)) sums++;
        if (e.year !== 2025) continue;
        last++;
        if (e.input === "political_articles" && holdsDecoy(text(ws, `B${row + 1}`), D.borderPieces))
          partsUnder++;
        if (
          e.input === "revenue" &&
          isPartial(text(ws, `B${row + 1}`)) &&
          holdsDecoy(text(ws, `B${row + 2}`), D.adsIncome)
        )
          partsUnder++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 20);
    expect(sums).toBe(yearly);
    expect(last).toBeGreaterThan(7 * 4);
    expect(partsUnder).toBe(last);
    expect(forecasts).toBe(7);
    expect(statuses).toBeGreaterThan(7 * 14);
  });

  it("master-plan tables: the input row of each agency over a near-miss row (all pieces, larger; the state grant), 2016 in C left of the years, a plan head in K; the headcount in C with the quota (larger) beside it", () => {
    let pieces = 0;
    let allUnder = 0;
    let revenue = 0;
    let grantUnder = 0;
    let oldLeft = 0;
    let planHeads = 0;
    let staff = 0;
    let quotaBeside = 0;
    for (const c of family("b38-master-plan-status-tables")) {
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        if (isPlanHeader(text(ws, `${MP_COLS.plan}${MP_HEAD}`))) planHeads++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.year !== undefined) {
          const under = num(ws?.getCell(`${colOf(e.cell)}${row + 1}`));
          if (num(ws?.getCell(`${MP_COLS.old}${row}`)) !== undefined) oldLeft++;
          expect(text(ws, `${colOf(e.cell)}${MP_HEAD + 1}`)).toBe(String(e.year));
          if (e.input === "political_articles") {
            pieces++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.allPieces) && under !== undefined && under > v)
              allUnder++;
          } else {
            revenue++;
            if (holdsDecoy(text(ws, `B${row + 1}`), D.stateGrant) && under !== undefined) grantUnder++;
          }
        } else if (e.input === "staff_total") {
          staff++;
          expect(colOf(e.cell)).toBe(MP_STATUS_COLS.staff);
          const quota = num(ws?.getCell(`${MP_STATUS_COLS.quota}${row}`));
          if (quota !== undefined && quota > v) quotaBeside++;
        }
      }
    }
    expect(planHeads).toBe(7 * 3);
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(allUnder).toBe(pieces);
    expect(revenue).toBeGreaterThan(7 * 9);
    expect(grantUnder).toBe(revenue);
    expect(oldLeft).toBe(pieces + revenue);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(quotaBeside).toBe(staff);
  });

  it("rank table: truth only in the 31/12/2025 table, last year's table above it holding other figures at the same places; rank II (a near-miss) among the ranks, infosec-course people (fewer) beside the trained, a plan head in J", () => {
    let staff = 0;
    let lastYearOther = 0;
    let trained = 0;
    let infosecBeside = 0;
    let heads = 0;
    for (const c of family("b38-staff-rank-structure-table")) {
      const ws0 = b.sheetsOf(c)[0];
      for (const head of RANKS_HEADS) {
        if (
          isPlanHeader(text(ws0, `${RANKS_COLS.plan}${head}`)) &&
          holdsDecoy(text(ws0, `${RANKS_COLS.two}${head + 1}`), D.rankTwo) &&
          holdsDecoy(text(ws0, `${RANKS_COLS.infosec}${head}`), D.infosecCourse)
        )
          heads++;
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const v = Number(valueOf(c, e));
        expect(row).toBeGreaterThan(RANKS_HEADS[1] + 1);
        const before = num(ws?.getCell(`${colOf(e.cell)}${row - (RANKS_HEADS[1] - RANKS_HEADS[0])}`));
        if (before !== undefined && before !== v) lastYearOther++;
        if (e.input === "staff_total") {
          staff++;
          expect(colOf(e.cell)).toBe(RANKS_COLS.total);
        } else {
          trained++;
          expect(colOf(e.cell)).toBe(RANKS_COLS.trained);
          const beside = num(ws?.getCell(`${RANKS_COLS.infosec}${row}`));
          if (beside !== undefined && beside < v) infosecBeside++;
        }
      }
    }
    expect(heads).toBe(7 * 2);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(trained).toBeGreaterThan(7 * 2);
    expect(lastYearOther).toBe(staff + trained);
    expect(infosecBeside).toBe(trained);
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

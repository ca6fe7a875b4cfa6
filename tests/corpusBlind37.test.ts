/**
 * Checks of the "blind37" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import { BOOKLET_COLS } from "../scripts/corpus/blind37/booklet";
import * as b37 from "../scripts/corpus/blind37/generate";
import { LICENCE_COLS, LICENCE_RESULTS } from "../scripts/corpus/blind37/licence";
import { MASTERPLAN_T1, MASTERPLAN_T2 } from "../scripts/corpus/blind37/masterplan";
import { PLANNING_T1, PLANNING_T2, PLANNING_T3 } from "../scripts/corpus/blind37/planning";
import { SPENDING_A1, SPENDING_A2, SPENDING_A3 } from "../scripts/corpus/blind37/spending";
import { SUPERVISION_COLS } from "../scripts/corpus/blind37/supervision";
import * as t37 from "../scripts/corpus/blind37/texts";
import * as w37 from "../scripts/corpus/blind37/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind37", b37.buildBlind37Corpus, b37.writeBlind37Corpus);

const decoys = Object.values(w37.B37_DECOYS);
const blindTexts = [
  ...suite.values(w37.B37_INPUT_WORDINGS),
  ...suite.values(w37.B37_SHORT_HEADERS),
  ...suite.values(w37.B37_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{y0}", "2024").replaceAll("{y1}", "2026");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t37.B37_SUPERVISION,
    t37.B37_LICENCE,
    t37.B37_PLANNING,
    t37.B37_MASTERPLAN,
    t37.B37_BOOKLET,
    t37.B37_SPENDING,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w37.B37_PLAN_HEADERS, ...w37.B37_PARTIAL_HEADERS].map(fill),
];
const partials = w37.B37_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
/** A near-miss text without its "Trong đó:" or "-" lead, as a question quotes it. */
const holdsDecoyCore = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds
    .flatMap((d) => d.texts.map((t) => fold(t).replace(/^(trong do:|-)\s*/, "")))
    .some((d) => fold(text).includes(d));
const isPartial = (text: string) => partials.map(fold).includes(fold(text));
const D = w37.B37_DECOYS;
const YEARLY = ["political_articles", "revenue"];
const colNo = (col: string) => col.charCodeAt(0) - 64;
const colAt = (n: number) => String.fromCharCode(64 + n);

describe("blind37 split shape", () => {
  b.itHasItsShape([w37.B37_INPUT_WORDINGS, w37.B37_SHORT_HEADERS, w37.B37_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b37.BLIND37_NEW_FAMILIES,
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
    b37.BLIND37_NEW_FAMILIES,
    166,
  );
});

describe("blind37 wordings", () => {
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

describe("blind37 traps", () => {
  const { sheetOf, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w37.B37_NOTES,
      atLeast: { decoys: 40, plans: 40, partials: 20, gaps: 25, hidden: 40, notes: 25 },
    },
  );

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("council supervision annex: one workbook, a sheet per agency; political-task pieces by year between all pieces (larger, above) and the party-building part (smaller, under), revenue over a part of it (smaller), a plan head right of the years; staff and statuses in the last year's column with last year's answer beside; a hidden list sheet", () => {
    let pieces = 0;
    let around = 0;
    let revenue = 0;
    let partUnder = 0;
    let planHeads = 0;
    let statuses = 0;
    let pastBeside = 0;
    let hidden = 0;
    for (const c of family("b37-council-thematic-supervision-annex")) {
      expect(c.files).toHaveLength(1);
      hidden += b.sheetsOf(c).filter((s) => s.state !== "visible").length;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.unit === "tinh-lai-chau") continue;
        if (isPlanHeader(text(ws, `${SUPERVISION_COLS.plan}${SUPERVISION_COLS.head}`))) planHeads++;
        if (e.input === "political_articles") {
          pieces++;
          const above = num(ws?.getCell(`${col}${row - 1}`));
          const below = num(ws?.getCell(`${col}${row + 1}`));
          if (
            holdsDecoy(text(ws, `B${row - 1}`), D.allPieces) &&
            holdsDecoy(text(ws, `B${row + 1}`), D.partyColumn) &&
            above !== undefined &&
            above > v &&
            below !== undefined &&
            below < v
          )
            around++;
        } else if (e.input === "revenue") {
          revenue++;
          const below = num(ws?.getCell(`${col}${row + 1}`));
          if (
            holdsDecoy(text(ws, `B${row + 1}`), D.orderedRevenue, D.adsRevenue) &&
            below !== undefined &&
            below < v
          )
            partUnder++;
        } else {
          statuses++;
          expect(col).toBe(SUPERVISION_COLS.last);
          if (text(ws, `${SUPERVISION_COLS.before}${row}`) !== "" || e.input === "security_level")
            pastBeside++;
        }
      }
    }
    expect(pieces).toBeGreaterThan(7 * 9);
    expect(around).toBe(pieces);
    expect(revenue).toBeGreaterThan(7 * 6);
    expect(partUnder).toBe(revenue);
    expect(statuses).toBeGreaterThan(7 * 15);
    expect(pastBeside).toBe(statuses);
    expect(planHeads).toBe(pieces + revenue + statuses);
    expect(hidden).toBe(7);
  });

  it("licence self-check: a workbook per agency; statuses in this year's column right of the legal minimum and last year's column, a plan head at the far right, card holders under the headcount and political-theory trainees under the trained; sheet two's political-task pieces under all pieces, revenue over advertising or budget (figures differ), a part-of-year and a plan head right of the years", () => {
    let statuses = 0;
    let heads = 0;
    let staff = 0;
    let cardsUnder = 0;
    let trained = 0;
    let theoryUnder = 0;
    let pieces = 0;
    let allAbove = 0;
    let revenue = 0;
    let decoyUnder = 0;
    let rightHeads = 0;
    for (const c of family("b37-licence-condition-self-check")) {
      expect(c.files).toHaveLength(3);
      expect(b.sheetsOf(c).filter((s) => s.state !== "visible")).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (YEARLY.includes(e.input)) {
          const h = LICENCE_RESULTS.head;
          let partialAt = 0;
          let planAt = 0;
          for (let k = colNo(col) + 1; k < 14; k++) {
            if (partialAt === 0 && isPartial(text(ws, `${colAt(k)}${h}`))) partialAt = k;
            if (planAt === 0 && isPlanHeader(text(ws, `${colAt(k)}${h}`))) planAt = k;
          }
          if (partialAt > 0 && planAt > partialAt) rightHeads++;
          if (e.input === "political_articles") {
            pieces++;
            const above = num(ws?.getCell(`${col}${row - 1}`));
            if (holdsDecoy(text(ws, `B${row - 1}`), D.allPieces) && above !== undefined && above > v)
              allAbove++;
          } else {
            revenue++;
            const below = num(ws?.getCell(`${col}${row + 1}`));
            if (
              holdsDecoy(text(ws, `B${row + 1}`), D.adsRevenue, D.stateBudget) &&
              below !== undefined &&
              below !== v
            )
              decoyUnder++;
          }
          continue;
        }
        statuses++;
        expect(col).toBe(LICENCE_COLS.now);
        const h = LICENCE_COLS.head;
        if (
          text(ws, `${LICENCE_COLS.before}${h}`).includes("2024") &&
          text(ws, `${LICENCE_COLS.now}${h}`).includes("2025") &&
          isPlanHeader(text(ws, `${LICENCE_COLS.plan}${h}`)) &&
          text(ws, `${LICENCE_COLS.minimum}${row}`) !== ""
        )
          heads++;
        if (e.input === "staff_total") {
          staff++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.cardHolders)) cardsUnder++;
        }
        if (e.input === "staff_trained") {
          trained++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.politicalTheory)) theoryUnder++;
        }
      }
    }
    expect(statuses).toBeGreaterThan(7 * 15);
    expect(heads).toBe(statuses);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(cardsUnder).toBe(staff);
    expect(trained).toBeGreaterThan(7 * 2);
    expect(theoryUnder).toBe(trained);
    expect(pieces).toBeGreaterThan(7 * 9);
    expect(allAbove).toBe(pieces);
    expect(revenue).toBeGreaterThan(7 * 6);
    expect(decoyUnder).toBe(revenue);
    expect(rightHeads).toBe(pieces + revenue);
  });

  it("press-planning review: one sheet; table 1 lists the central media's resident offices under the agencies with the same columns, card holders (smaller) beside the headcount and a plan head at the right; table 2's statuses; table 3's political-task pieces under all pieces (larger) with a plan head right of the years", () => {
    let offices = 0;
    let staff = 0;
    let cardsBeside = 0;
    let table2 = 0;
    let pieces = 0;
    let allAbove = 0;
    let planRight = 0;
    let province = 0;
    for (const c of family("b37-press-planning-362-review")) {
      expect(c.files).toHaveLength(1);
      const ws0 = b.sheetsOf(c)[0];
      const officeTexts = t37.B37_PLANNING.centralOffices.map(fold);
      let n = 0;
      ws0?.eachRow((r) => void (officeTexts.includes(fold(cellText(r.getCell(2)))) && n++));
      expect(n).toBeGreaterThanOrEqual(2);
      offices += n;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        let head = row - 1;
        while (head > 1 && text(ws, `A${head}`) !== "STT") head--;
        if (e.unit === "tinh-lai-chau") {
          province++;
          continue;
        }
        if (YEARLY.includes(e.input)) {
          expect(colNo(col)).toBeGreaterThanOrEqual(PLANNING_T3.firstYear);
          if (isPlanHeader(text(ws, `${PLANNING_T3.plan}${head}`))) planRight++;
          if (e.input === "political_articles") {
            pieces++;
            const above = num(ws?.getCell(`${col}${row - 1}`));
            if (holdsDecoy(text(ws, `C${row - 1}`), D.allPieces) && above !== undefined && above > v)
              allAbove++;
          }
          continue;
        }
        if (e.input === "staff_total") {
          staff++;
          expect(col).toBe(PLANNING_T1.staff);
          const cards = num(ws?.getCell(`${PLANNING_T1.cards}${row}`));
          if (
            holdsDecoy(text(ws, `${PLANNING_T1.cards}${head}`), D.cardHolders) &&
            isPlanHeader(text(ws, `${PLANNING_T1.plan}${head}`)) &&
            cards !== undefined &&
            cards < v
          )
            cardsBeside++;
        }
        if (["digital_platforms", "converged_newsroom", "ai_data_platform", "licensed"].includes(e.input)) {
          table2++;
          expect(Object.values(PLANNING_T2)).toContain(col);
        }
      }
    }
    expect(offices).toBeGreaterThanOrEqual(7 * 2);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(cardsBeside).toBe(staff);
    expect(table2).toBeGreaterThan(7 * 6);
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(allAbove).toBe(pieces);
    expect(planRight).toBeGreaterThan(7 * 20);
    expect(province).toBeGreaterThanOrEqual(2);
  });

  it("master-plan annex: years as rows, agencies as merged column groups; political-task pieces right of all pieces (larger); under 2025 a part-of-year row (smaller), then growth, the 2030 target and the vision; statuses with the agencies as columns, a degree row under the headcount", () => {
    let pieces = 0;
    let allLeft = 0;
    let last = 0;
    let partialUnder = 0;
    let targetBelow = 0;
    let statuses = 0;
    let degreeUnder = 0;
    let staff = 0;
    for (const c of family("b37-provincial-master-plan-sector-annex")) {
      expect(c.files).toHaveLength(1);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (YEARLY.includes(e.input)) {
          expect(row - MASTERPLAN_T1.firstYear).toBe(Number(e.year) - 2020);
          expect(text(ws, `B${row}`)).toContain(String(e.year));
          if (e.input === "political_articles") {
            pieces++;
            const left = num(ws?.getCell(`${colAt(colNo(col) - 1)}${row}`));
            if (
              holdsDecoy(text(ws, `${colAt(colNo(col) - 1)}${MASTERPLAN_T1.head}`), D.allPieces) &&
              left !== undefined &&
              left > v
            )
              allLeft++;
          }
          if (e.year === 2025) {
            last++;
            const under = num(ws?.getCell(`${col}${row + 1}`));
            if (isPartial(text(ws, `B${row + 1}`)) && under !== undefined && under < v) partialUnder++;
            if (isPlanHeader(text(ws, `B${row + 3}`))) targetBelow++;
          }
          continue;
        }
        if (e.unit === "tinh-lai-chau") continue;
        statuses++;
        expect(colNo(col)).toBeGreaterThanOrEqual(MASTERPLAN_T2.firstCol);
        expect(colNo(col)).toBeLessThan(MASTERPLAN_T2.firstCol + 3);
        if (e.input === "staff_total") {
          staff++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.degree)) degreeUnder++;
        }
      }
    }
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(allLeft).toBe(pieces);
    expect(last).toBeGreaterThan(7 * 4);
    expect(partialUnder).toBe(last);
    expect(targetBelow).toBe(last);
    expect(statuses).toBeGreaterThan(7 * 15);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(degreeUnder).toBe(staff);
  });

  it("question booklet: numbered questions with the answers on the line under them; yearly answers after their year labels with the plan line under them; status answers under their question with last year's figure or the starting time beside; near-miss questions answered the same way", () => {
    let yearly = 0;
    let labelled = 0;
    let planUnder = 0;
    let statuses = 0;
    let asked = 0;
    let decoyAnswers = 0;
    for (const c of family("b37-ministry-check-question-booklet")) {
      expect(c.files).toHaveLength(1);
      for (const ws of b.sheetsOf(c)) {
        if (ws.state !== "visible") continue;
        ws.eachRow((r, n) => {
          const q = cellText(r.getCell(2));
          if (holdsDecoyCore(q, ...decoys) && num(ws.getCell(`${BOOKLET_COLS.status}${n + 1}`)) !== undefined)
            decoyAnswers++;
        });
      }
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        if (fold(text(ws, `A${row - 1}`)).startsWith("cau") && text(ws, `B${row - 1}`).length > 20) asked++;
        if (YEARLY.includes(e.input)) {
          yearly++;
          if (text(ws, `${colAt(colNo(col) - 1)}${row}`).includes(String(e.year))) labelled++;
          if (isPlanHeader(text(ws, `B${row + 1}`))) planUnder++;
          continue;
        }
        statuses++;
        expect(col).toBe(BOOKLET_COLS.status);
      }
    }
    expect(yearly).toBeGreaterThan(7 * 12);
    expect(labelled).toBe(yearly);
    expect(planUnder).toBe(yearly);
    expect(statuses).toBeGreaterThan(7 * 15);
    expect(asked).toBe(yearly + statuses);
    expect(decoyAnswers).toBeGreaterThanOrEqual(7 * 3 * 4);
  });

  it("spending-rules annex: a workbook per agency; revenue a SUM over its three sources (smaller) with a plan head right of the years; political-task pieces by year row with all pieces (larger) beside, a part-of-year and a plan row under the years; the headcount a SUM of its two parts; no platform, newsroom, AI, security or licence slot", () => {
    let revenue = 0;
    let sums = 0;
    let planRight = 0;
    let pieces = 0;
    let allBeside = 0;
    let last = 0;
    let rowsUnder = 0;
    let staff = 0;
    let staffSums = 0;
    for (const c of family("b37-internal-spending-rules-annex")) {
      expect(c.files).toHaveLength(3);
      expect(
        c.truth.filter((e) =>
          [
            "digital_platforms",
            "converged_newsroom",
            "ai_data_platform",
            "security_level",
            "licensed",
          ].includes(e.input),
        ),
      ).toEqual([]);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        const col = colOf(e.cell);
        const v = Number(valueOf(c, e));
        if (e.input === "revenue") {
          revenue++;
          const cell = ws?.getCell(e.cell);
          const parts = [1, 2, 3].map((k) => num(ws?.getCell(`${col}${row + k}`)));
          if (
            isFormula(cell?.value) &&
            /^SUM\(/.test(formulaText(cell?.value)) &&
            parts.every((p) => p !== undefined && p < v)
          )
            sums++;
          let k = colNo(col) + 1;
          while (k < 14 && !isPlanHeader(text(ws, `${colAt(k)}${SPENDING_A1.head}`))) k++;
          if (k < 14) planRight++;
        } else if (e.input === "political_articles") {
          pieces++;
          expect(col).toBe(SPENDING_A2.political);
          expect(text(ws, `A${row}`)).toBe(String(e.year));
          const all = num(ws?.getCell(`${SPENDING_A2.all}${row}`));
          if (
            holdsDecoy(text(ws, `${SPENDING_A2.all}${SPENDING_A2.head}`), D.allPieces) &&
            all !== undefined &&
            all > v
          )
            allBeside++;
          if (e.year === 2025) {
            last++;
            if (isPartial(text(ws, `A${row + 1}`)) && isPlanHeader(text(ws, `A${row + 2}`))) rowsUnder++;
          }
        } else if (e.input === "staff_total") {
          staff++;
          expect(col).toBe(SPENDING_A3.now);
          if (/^SUM\(/.test(formulaText(ws?.getCell(e.cell).value))) staffSums++;
        }
      }
    }
    expect(revenue).toBeGreaterThan(7 * 6);
    expect(sums).toBe(revenue);
    expect(planRight).toBe(revenue);
    expect(pieces).toBeGreaterThan(7 * 12);
    expect(allBeside).toBe(pieces);
    expect(last).toBeGreaterThan(7 * 2);
    expect(rowsUnder).toBe(last);
    expect(staff).toBeGreaterThan(7 * 2);
    expect(staffSums).toBe(staff);
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

/**
 * Checks of the "blind25" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import * as b25 from "../scripts/corpus/blind25/generate";
import * as t25 from "../scripts/corpus/blind25/texts";
import * as w25 from "../scripts/corpus/blind25/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind25", b25.buildBlind25Corpus, b25.writeBlind25Corpus);

const decoys = Object.values(w25.B25_DECOYS);
const blindTexts = [
  ...suite.values(w25.B25_INPUT_WORDINGS),
  ...suite.values(w25.B25_SHORT_HEADERS),
  ...suite.values(w25.B25_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "IV");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t25.B25_PROJECTS,
    t25.B25_CENSUS,
    t25.B25_COMMENTS,
    t25.B25_GANTT,
    t25.B25_SCORECARD,
    t25.B25_REGISTRATION,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w25.B25_PLAN_HEADERS, ...w25.B25_PARTIAL_HEADERS].map(fill),
];
const partials = w25.B25_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const holdsDecoy = (text: string, ...ds: Array<{ texts: readonly string[] }>) =>
  ds.flatMap((d) => d.texts.map(fold)).some((d) => fold(text).includes(d));
const isWordingOf = (text: string, input: string) =>
  (w25.B25_INPUT_WORDINGS[input] ?? []).some((w) => fold(text).includes(fold(w)));
const D = w25.B25_DECOYS;

describe("blind25 split shape", () => {
  b.itHasItsShape([w25.B25_INPUT_WORDINGS, w25.B25_SHORT_HEADERS, w25.B25_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b25.BLIND25_NEW_FAMILIES,
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
    b25.BLIND25_NEW_FAMILIES,
    94,
  );
});

describe("blind25 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 120);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind23 or blind24 case",
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

describe("blind25 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w25.B25_NOTES,
      atLeast: { decoys: 40, plans: 45, partials: 7, gaps: 25, hidden: 20, notes: 15 },
    },
  );

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("investment projects: each answer in G beside the project's target wording in C, capital figures left of it; unrelated projects carry statuses too; yearly figures on the second sheet under their year, the plan in the last column, a near-miss row under revenue", () => {
    let answers = 0;
    let otherStatuses = 0;
    let yearly = 0;
    let nearBelow = 0;
    let revenues = 0;
    for (const c of family("b25-investment-project-status")) {
      const [list, effect] = b.sheetsOf(c);
      const truthRows = new Set(c.truth.filter((e) => e.sheet === list?.name).map((e) => rowOf(e.cell)));
      for (let r = 6; r < 60; r++)
        if (!truthRows.has(r) && /^\d+$/.test(text(list, `A${r}`)) && text(list, `G${r}`) !== "")
          otherStatuses++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.unit === "tinh-lai-chau") {
          expect(ws).toBe(effect);
          expect(colOf(e.cell)).toBe("G");
          continue;
        }
        if (e.year === undefined) {
          answers++;
          expect(ws).toBe(list);
          expect(colOf(e.cell)).toBe("G");
          expect(isWordingOf(text(ws, `C${row}`), e.input)).toBe(true);
          continue;
        }
        yearly++;
        expect(ws).toBe(effect);
        expect(text(ws, `${colOf(e.cell)}3`).endsWith(String(e.year))).toBe(true);
        const lastCol = String.fromCharCode(64 + (ws?.getRow(3).cellCount ?? 0));
        expect(isPlanHeader(text(ws, `${lastCol}3`))).toBe(true);
        if (e.input === "revenue" && e.year === 2025) {
          revenues++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.adRevenue, D.budgetGrant)) nearBelow++;
        }
      }
    }
    expect(answers).toBeGreaterThan(7 * 14);
    expect(otherStatuses).toBeGreaterThanOrEqual(7 * 3);
    expect(yearly).toBeGreaterThan(7 * 15);
    expect(nearBelow).toBe(revenues);
  });

  it("census questionnaire: a workbook per agency with a hidden code sheet; the headcount at the year's end in E beside a different start figure in D; last year in D and the survey year in E on one row, next year's plan in F; near-miss rows under the headcount", () => {
    let staff = 0;
    let startDiffers = 0;
    let pairs = 0;
    let staffNear = 0;
    for (const c of family("b25-economic-census-questionnaire")) {
      expect(c.files).toHaveLength(3);
      for (const book of b.booksOf(c).values())
        expect(book.worksheets.filter((w) => w.state !== "visible")).toHaveLength(1);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === 2024) {
          expect(colOf(e.cell)).toBe("D");
          const current = c.truth.find(
            (o) => o.workbook === e.workbook && o.input === e.input && o.year === 2025,
          );
          if (current?.cell === `E${row}`) pairs++;
          continue;
        }
        expect(colOf(e.cell)).toBe("E");
        if (e.year === 2025) {
          let head = row - 1;
          while (head > 1 && text(ws, `D${head}`) === "") head--;
          while (head > 1 && !isPlanHeader(text(ws, `F${head}`))) head--;
          expect(isPlanHeader(text(ws, `F${head}`))).toBe(true);
        }
        if (e.input === "staff_total") {
          staff++;
          const start = num(ws?.getCell(`D${row}`));
          if (start !== undefined && start !== Number(valueOf(c, e))) startDiffers++;
          if (holdsDecoy(text(ws, `B${row + 1}`), D.femaleStaff, D.averageStaff)) staffNear++;
        }
      }
    }
    expect(staff).toBeGreaterThan(7 * 2);
    expect(startDiffers).toBe(staff);
    expect(staffNear).toBe(staff);
    expect(pairs).toBeGreaterThan(7 * 4);
  });

  it("draft comments: the agencies' figures in E (last year) and F (this year, and the answers), the proposal in G under a plan head; every agency comments on an all-works or reused-works item with figures of its own", () => {
    let all = 0;
    let decoyRows = 0;
    let province = 0;
    for (const c of family("b25-draft-comment-synthesis")) {
      const ws = b.sheetsOf(c)[0];
      expect(isPlanHeader(text(ws, "G4"))).toBe(true);
      for (const e of c.truth) {
        all++;
        expect(colOf(e.cell)).toBe(e.year === 2024 ? "E" : "F");
        expect(isWordingOf(text(ws, `C${rowOf(e.cell)}`), e.input)).toBe(true);
        if (e.unit === "tinh-lai-chau") province++;
      }
      decoyRows += cellsWhere(
        c,
        (cell, s) =>
          s === ws && cell.address.startsWith("C") && holdsDecoy(cellText(cell), D.allWorks, D.reprinted),
      ).length;
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(decoyRows).toBe(7 * 3);
    expect(province).toBeGreaterThan(1);
  });

  it("Gantt chart: answers and people in D under the result head, the target in E under a plan head, month marks on the task rows; the monthly sheet's year a SUM of the months beside last year, after a part-of-year cumulative column", () => {
    let answers = 0;
    let marked = 0;
    let sums = 0;
    let beside = 0;
    for (const c of family("b25-gantt-rollout-chart")) {
      const [chart, output] = b.sheetsOf(c);
      expect(isPlanHeader(text(chart, "E4"))).toBe(true);
      expect(partials.map(fold)).toContain(fold(text(output, "P3")));
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          answers++;
          expect(ws).toBe(chart);
          expect(colOf(e.cell)).toBe("D");
          if ("FGHIJKLMNOPQ".split("").some((col) => text(ws, `${col}${row}`) !== "")) marked++;
          continue;
        }
        expect(ws).toBe(output);
        if (e.year === 2025) {
          expect(colOf(e.cell)).toBe("Q");
          const v = ws?.getCell(e.cell).value;
          if (isFormula(v) && formulaText(v).startsWith("SUM(")) sums++;
        } else {
          expect(e.year).toBe(2024);
          expect(colOf(e.cell)).toBe("R");
          if (c.truth.some((o) => o.input === e.input && o.unit === e.unit && o.cell === `Q${row}`)) beside++;
        }
      }
    }
    expect(answers).toBeGreaterThan(7 * 20);
    expect(marked).toBe(answers);
    expect(sums).toBeGreaterThan(7 * 4);
    expect(beside).toBeGreaterThan(7 * 4);
  });

  it("balanced scorecard: a sheet per agency and a hidden weights sheet; results in G, last year in H, the target in F under a plan head, weights as percent text in E, scores as formulas in I", () => {
    let all = 0;
    let scores = 0;
    let weights = 0;
    for (const c of family("b25-balanced-scorecard")) {
      const sheets = b.sheetsOf(c);
      expect(sheets.filter((s) => s.state !== "visible")).toHaveLength(1);
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        expect(isPlanHeader(text(ws, "F4"))).toBe(true);
        expect(colOf(e.cell)).toBe(e.year === 2024 ? "H" : "G");
        if (text(ws, `E${row}`).endsWith("%")) weights++;
        if (e.year !== 2024 && isFormula(ws?.getCell(`I${row}`).value)) scores++;
      }
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(weights).toBe(all);
    expect(scores).toBeGreaterThan(7 * 10);
  });

  it("registration and result: the registration workbook holds no truth but targets under a plan head; the result workbook's targets in G are the registered ones; yearly results in D–F, answers in F", () => {
    let all = 0;
    let sameTarget = 0;
    let compared = 0;
    for (const c of family("b25-registration-and-result-files")) {
      expect(c.files).toHaveLength(2);
      const [reg, res] = c.files.map((f) => f.fileName);
      const regSheet = b.booksOf(c).get(reg ?? "")?.worksheets[0];
      expect(isPlanHeader(text(regSheet, "D3"))).toBe(true);
      for (const e of c.truth) {
        all++;
        expect(e.workbook).toBe(res);
        const ws = sheetOf(c, e);
        expect(isPlanHeader(text(ws, "G4"))).toBe(true);
        expect(colOf(e.cell)).toBe(e.year === undefined ? "F" : "DEF"[e.year - 2023]);
        if (e.input === "revenue" && e.year === 2025) {
          compared++;
          const target = num(ws?.getCell(`G${rowOf(e.cell)}`));
          const regValues: number[] = [];
          regSheet?.eachRow((r) => r.eachCell((cell) => void regValues.push(num(cell) ?? NaN)));
          if (target !== undefined && regValues.includes(target)) sameTarget++;
        }
      }
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(compared).toBeGreaterThan(7 * 2);
    expect(sameTarget).toBe(compared);
  });

  it("no truth cell is empty once read back", () => {
    for (const c of b.cases)
      for (const e of c.truth) expect(cellText(sheetOf(c, e)!.getCell(e.cell)).trim()).not.toBe("");
  });
});

b.describeDeterminism();

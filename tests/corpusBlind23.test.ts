/**
 * Checks of the "blind23" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind21's and blind22's included), every truth cell holds its
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
import * as t23 from "../scripts/corpus/blind23/texts";
import * as w23 from "../scripts/corpus/blind23/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind23", b23.buildBlind23Corpus, b23.writeBlind23Corpus);

const decoys = Object.values(w23.B23_DECOYS);
const blindTexts = [
  ...suite.values(w23.B23_INPUT_WORDINGS),
  ...suite.values(w23.B23_SHORT_HEADERS),
  ...suite.values(w23.B23_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "12").replaceAll("{p}", "2024");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t23.B23_CYBER,
    t23.B23_CHRONICLE,
    t23.B23_PAYROLL,
    t23.B23_REMINDER,
    t23.B23_EXTERNAL,
    t23.B23_FREEPAPER,
  ]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w23.B23_PLAN_HEADERS, ...w23.B23_PARTIAL_HEADERS].map(fill),
];
const partials = w23.B23_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const decoyFolds = (d: { texts: readonly string[] }) => d.texts.map(fold);
const notSent = t23.B23_REMINDER.notSent.map(fold);

describe("blind23 split shape", () => {
  b.itHasItsShape([w23.B23_INPUT_WORDINGS, w23.B23_SHORT_HEADERS, w23.B23_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b23.BLIND23_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind22 either",
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
    ],
    b23.BLIND23_NEW_FAMILIES,
    82,
  );
});

describe("blind23 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 150);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind21 or blind22 case",
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
      ],
      without: ["b23-", "b24-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind23 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w23.B23_NOTES,
      atLeast: { decoys: 33, plans: 42, partials: 7, gaps: 40, hidden: 20, notes: 34 },
    },
  );

  b.itHasLastYearBeside(35);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("security report: the approved level in D with the level to ask for next right of it; the trained in D of part II right of the head count, the security-trained and next year's plan beside", () => {
    let levels = 0;
    let proposedBeside = 0;
    let trained = 0;
    let trapsBeside = 0;
    let platforms = 0;
    for (const c of family("b23-cyber-incident-annual-report")) {
      expect(c.files).toHaveLength(1);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "security_level") {
          expect(colOf(e.cell)).toBe("D");
          if (typeof valueOf(c, e) !== "number") continue;
          levels++;
          const next = num(ws?.getCell(`E${row}`));
          if (
            (next !== undefined && next !== valueOf(c, e)) ||
            (next === undefined && text(ws, `E${row}`) !== "")
          )
            proposedBeside++;
        } else if (e.input === "staff_trained") {
          expect(colOf(e.cell)).toBe("D");
          trained++;
          const value = Number(valueOf(c, e));
          const security = num(ws?.getCell(`E${row}`));
          const plan = num(ws?.getCell(`F${row}`));
          if (security !== undefined && security !== value && plan !== undefined && plan > value)
            trapsBeside++;
        } else if (e.input === "staff_total") expect(colOf(e.cell)).toBe("C");
        else {
          platforms++;
          expect(["C", "D", "E"]).toContain(colOf(e.cell));
        }
      }
    }
    expect(levels).toBeGreaterThan(7);
    expect(proposedBeside).toBe(levels);
    expect(trained).toBeGreaterThan(7 * 2);
    expect(trapsBeside).toBe(trained);
    expect(platforms).toBeGreaterThan(7 * 6);
  });

  it("milestone chronicle: a sheet per agency and a cover; each year's articles in C and revenue in E on the row of its year, all articles (more) in D; a SUM row and the 2030 targets under the years, never truth", () => {
    let yearly = 0;
    let allMore = 0;
    let status = 0;
    let sums = 0;
    for (const c of family("b23-anniversary-milestone-chronicle")) {
      expect(b.sheetsOf(c)).toHaveLength(4);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.year === undefined) {
          status++;
          expect(colOf(e.cell)).toBe("C");
          expect(row).toBeGreaterThan(14);
          continue;
        }
        yearly++;
        expect(text(ws, `A${row}`).endsWith(String(e.year))).toBe(true);
        expect(colOf(e.cell)).toBe(e.input === "political_articles" ? "C" : "E");
        if (e.input === "political_articles" && (num(ws?.getCell(`D${row}`)) ?? 0) > Number(valueOf(c, e)))
          allMore++;
      }
      sums += cellsWhere(
        c,
        (cell) => isFormula(cell.value) && formulaText(cell.value).startsWith("SUM("),
      ).length;
    }
    expect(yearly).toBeGreaterThan(7 * 25);
    expect(allMore).toBeGreaterThan(7 * 14);
    expect(status).toBeGreaterThan(7 * 20);
    expect(sums).toBe(7 * 6);
  });

  it("payroll return: a file per agency; this year's figures in G between a part-of-year column and the assigned plan; the head count over its two parts, often their sum; revenue of 2023, 2024 and 2025 in D, E and G", () => {
    let totals = 0;
    let planAbove = 0;
    let viaSum = 0;
    let revenue = 0;
    let partialHeads = 0;
    for (const c of family("b23-payroll-headcount-return")) {
      expect(c.files).toHaveLength(3);
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        if (partials.map(fold).includes(fold(text(ws, "F5")))) partialHeads++;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const row = rowOf(e.cell);
        if (e.input === "revenue") {
          revenue++;
          expect(colOf(e.cell)).toBe(
            { 2023: "D", 2024: "E", 2025: "G" }[(e.year ?? 0) as 2023 | 2024 | 2025],
          );
          continue;
        }
        expect(colOf(e.cell)).toBe("G");
        if (e.input !== "staff_total") continue;
        totals++;
        const value = Number(valueOf(c, e));
        if ((num(ws?.getCell(`H${row}`)) ?? 0) > value) planAbove++;
        const v = ws?.getCell(e.cell).value;
        if (isFormula(v) && formulaText(v) === `G${row + 1}+G${row + 2}`) viaSum++;
        expect((num(ws?.getCell(`G${row + 1}`)) ?? 0) + (num(ws?.getCell(`G${row + 2}`)) ?? 0)).toBe(value);
      }
    }
    expect(partialHeads).toBe(7 * 3);
    expect(totals).toBeGreaterThan(7 * 2);
    expect(planAbove).toBe(totals);
    expect(viaSum).toBeGreaterThan(totals * 0.3);
    expect(revenue).toBeGreaterThan(7 * 7);
  });

  it("reminder letter: a letter and its annex; what has not come in says so in words and is never truth; last time's estimates of 2024 sit three columns right of this time's figures, and differ", () => {
    let words = 0;
    let estimates = 0;
    let of2024 = 0;
    for (const c of family("b23-overdue-reminder-letter")) {
      expect(b.sheetsOf(c)).toHaveLength(2);
      words += cellsWhere(c, (cell) => notSent.includes(fold(cellText(cell)))).length;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(notSent).not.toContain(fold(cellText(ws!.getCell(e.cell))));
        if (e.unit === "tinh-lai-chau") {
          expect(colOf(e.cell)).toBe("C");
          continue;
        }
        expect(["C", "D", "E"]).toContain(colOf(e.cell));
        if (e.year !== 2024) continue;
        of2024++;
        const right = String.fromCharCode(colOf(e.cell).charCodeAt(0) + 3);
        const before = num(ws?.getCell(`${right}${rowOf(e.cell)}`));
        if (before !== undefined && before !== valueOf(c, e)) estimates++;
      }
    }
    expect(words).toBeGreaterThan(7);
    expect(of2024).toBeGreaterThan(7 * 4);
    expect(estimates).toBe(of2024);
  });

  it("external-information review: each year's articles in its column (D–I, 2020–2025), the period's SUM in J and the plan head over K; the external-information part under them is smaller; the head count in the 2025 column", () => {
    let yearly = 0;
    let partSmaller = 0;
    let sums = 0;
    let heads = 0;
    for (const c of family("b23-external-information-report")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(isPlanHeader(text(ws, "K4"))).toBe(true);
        const row = rowOf(e.cell);
        if (e.input === "staff_total") {
          heads++;
          expect(colOf(e.cell)).toBe("I");
          continue;
        }
        yearly++;
        expect(colOf(e.cell)).toBe("DEFGHI"[(e.year ?? 0) - 2020]);
        const below = fold(text(ws, `B${row + 1}`));
        expect(decoyFolds(w23.B23_DECOYS.externalInfo).some((d) => below.includes(d))).toBe(true);
        if ((num(ws?.getCell(`${colOf(e.cell)}${row + 1}`)) ?? Infinity) < Number(valueOf(c, e)))
          partSmaller++;
        const sum = ws?.getCell(`J${row}`).value;
        if (isFormula(sum) && formulaText(sum).startsWith("SUM(")) sums++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 12);
    expect(partSmaller).toBe(yearly);
    expect(sums).toBe(yearly);
    expect(heads).toBeGreaterThan(7 * 2);
  });

  it("free-paper roll-up: the province's totals are SUM formulas on this year's sheet, last year's sheet holds other numbers there; the agencies' articles stand over the smaller remote-area part", () => {
    let province = 0;
    let lastYearDiffers = 0;
    let articles = 0;
    let partSmaller = 0;
    for (const c of family("b23-free-paper-distribution-remote")) {
      const sheets = b.sheetsOf(c);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.unit === "tinh-lai-chau") {
          province++;
          expect(ws?.name.includes("2025")).toBe(true);
          const v = ws?.getCell(e.cell).value;
          expect(isFormula(v) && formulaText(v).startsWith("SUM(")).toBe(true);
          const older = sheets.find((s) => s.name.includes("2024"));
          const before = num(older?.getCell(e.cell));
          if (before !== undefined && before !== valueOf(c, e)) lastYearDiffers++;
          continue;
        }
        articles++;
        const part = num(ws?.getCell(`${colOf(e.cell)}${rowOf(e.cell) + 1}`));
        if (part !== undefined && part < Number(valueOf(c, e))) partSmaller++;
      }
    }
    expect(province).toBeGreaterThan(0);
    expect(lastYearDiffers).toBe(province);
    expect(articles).toBeGreaterThan(7 * 6);
    expect(partSmaller).toBe(articles);
  });
});

b.describeDeterminism();

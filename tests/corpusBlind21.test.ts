/**
 * Checks of the "blind21" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import * as b21 from "../scripts/corpus/blind21/generate";
import * as t21 from "../scripts/corpus/blind21/texts";
import * as w21 from "../scripts/corpus/blind21/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind21", b21.buildBlind21Corpus, b21.writeBlind21Corpus);

const decoys = Object.values(w21.B21_DECOYS);
const blindTexts = [
  ...suite.values(w21.B21_INPUT_WORDINGS),
  ...suite.values(w21.B21_SHORT_HEADERS),
  ...suite.values(w21.B21_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "12");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t21.B21_EDITORIAL, t21.B21_CIRCULATION, t21.B21_JOBS, t21.B21_EVIDENCE, t21.B21_EMAIL, t21.B21_LABOUR]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w21.B21_PLAN_HEADERS, ...w21.B21_PARTIAL_HEADERS].map(fill),
];
const partials = w21.B21_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);
const resultOf = (v: unknown) => Number((v as { result?: unknown }).result);

describe("blind21 split shape", () => {
  b.itHasItsShape([w21.B21_INPUT_WORDINGS, w21.B21_SHORT_HEADERS, w21.B21_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b21.BLIND21_NEW_FAMILIES,
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
    b21.BLIND21_NEW_FAMILIES,
    70,
  );
});

describe("blind21 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind19 or blind20 case",
    blindTexts,
    {
      moreThan: 800,
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

describe("blind21 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w21.B21_NOTES,
      atLeast: { decoys: 33, plans: 33, partials: 10, gaps: 45, hidden: 25, notes: 27 },
    },
  );

  b.itHasLastYearBeside(28);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("editorial topic register: a sheet per agency, years as rows; the political-task works in D beside more works published in all and the topics registered; a target row of next year below", () => {
    let bigger = 0;
    let all = 0;
    let targets = 0;
    for (const c of family("b21-editorial-topic-register")) {
      expect(c.files).toHaveLength(1);
      expect(b.sheetsOf(c).filter((s) => s.state !== "visible")).toHaveLength(1);
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        expect(e.input).toBe("political_articles");
        expect(colOf(e.cell)).toBe("D");
        expect(text(ws, `A${rowOf(e.cell)}`)).toBe(String(e.year));
        const others = ["B", "C"].map((col) => num(ws?.getCell(`${col}${rowOf(e.cell)}`)) ?? 0);
        if (Math.max(...others) > Number(valueOf(c, e))) bigger++;
      }
      targets += cellsWhere(c, (cell) => Number(cell.col) === 1 && isPlanHeader(cellText(cell))).length;
    }
    expect(all).toBeGreaterThan(7 * 12);
    expect(bigger).toBe(all);
    expect(targets).toBeGreaterThan(7 * 2);
  });

  it("circulation and revenue statement: a file per agency; income a SUM over its parts (advertising among them, smaller); a target column beside the years", () => {
    let sums = 0;
    let income = 0;
    for (const c of family("b21-circulation-revenue-statement")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(
          cellsWhere(c, (cell, s) => s === ws && Number(cell.row) === 6 && isPlanHeader(cellText(cell)))
            .length,
        ).toBe(1);
        if (e.input !== "revenue") continue;
        income++;
        const v = ws?.getCell(e.cell).value;
        if (!isFormula(v)) continue;
        const m = /^SUM\([A-Z]+(\d+):[A-Z]+(\d+)\)$/.exec(formulaText(v));
        expect(m).not.toBeNull();
        const parts = Array.from({ length: Number(m?.[2]) - Number(m?.[1]) + 1 }, (_, i) =>
          num(ws?.getCell(`${colOf(e.cell)}${Number(m?.[1]) + i}`)),
        );
        expect(parts).toHaveLength(3);
        expect(parts.every((p) => p !== undefined && p < Number(valueOf(c, e)))).toBe(true);
        sums++;
      }
    }
    expect(income).toBeGreaterThan(7 * 6);
    expect(sums).toBeGreaterThan(income * 0.8);
  });

  it("job-position scheme: a file per agency; headcount and trained people are the grand total's formulas in D and E, below group SUMs and right of an assigned quota; the yearly workload on a second sheet", () => {
    let staff = 0;
    let subtotals = 0;
    let yearly = 0;
    for (const c of family("b21-job-position-scheme")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year !== undefined) {
          yearly++;
          expect(["political_articles", "revenue"]).toContain(e.input);
          continue;
        }
        staff++;
        expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "D" : "E");
        expect(isFormula(ws?.getCell(e.cell).value)).toBe(true);
        expect(isPlanHeader(text(ws, "C6"))).toBe(true);
        expect(num(ws?.getCell(`C${rowOf(e.cell)}`))).toBeGreaterThan(0);
      }
      subtotals += cellsWhere(
        c,
        (cell) => isFormula(cell.value) && formulaText(cell.value).startsWith("SUM("),
      ).length;
    }
    expect(staff).toBeGreaterThan(7 * 4);
    expect(subtotals).toBeGreaterThan(7 * 10);
    expect(yearly).toBeGreaterThan(7 * 15);
  });

  it("evidence index: this year's results in D, last year's in C (truth only for yearly figures); points, documents with numbers and the department's points right of them; the lists on a hidden sheet", () => {
    let documents = 0;
    let status = 0;
    let lastYear = 0;
    for (const c of family("b21-dti-evidence-index")) {
      expect(c.files).toHaveLength(1);
      expect(b.sheetsOf(c).filter((s) => s.state !== "visible")).toHaveLength(1);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year === 2024) {
          lastYear++;
          expect(colOf(e.cell)).toBe("C");
          continue;
        }
        expect(colOf(e.cell)).toBe("D");
        if (e.year === undefined && e.unit !== "tinh-lai-chau") status++;
        if (/\d+\//.test(text(ws, `F${rowOf(e.cell)}`))) documents++;
      }
    }
    expect(status).toBeGreaterThan(7 * 15);
    expect(lastYear).toBeGreaterThan(7 * 4);
    expect(documents).toBeGreaterThan(status * 0.6);
  });

  it("e-mail compilation: one visible sheet of pasted replies, each under a sender line; years as columns or in labels; the status answers in B; an older paste hidden", () => {
    let senders = 0;
    let yearSeen = 0;
    let yearly = 0;
    for (const c of family("b21-email-reply-compilation")) {
      expect(c.files).toHaveLength(1);
      const sheets = b.sheetsOf(c);
      expect(sheets.filter((s) => s.state === "visible")).toHaveLength(1);
      senders += cellsWhere(c, (cell) => /^(tu|from): /.test(fold(cellText(cell)))).length;
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year === undefined) continue;
        yearly++;
        const label = fold(text(ws, `A${rowOf(e.cell)}`));
        let head = "";
        for (let r = rowOf(e.cell) - 1; r > 0 && head === ""; r--) {
          const cell = ws?.getCell(`${colOf(e.cell)}${r}`);
          if (typeof cell?.value === "string" && /^(nam )?20\d\d$/.test(fold(cellText(cell))))
            head = cellText(cell);
        }
        if (label.includes(String(e.year)) || head.endsWith(String(e.year))) yearSeen++;
      }
    }
    expect(senders).toBe(7 * 3);
    expect(yearly).toBeGreaterThan(7 * 12);
    expect(yearSeen).toBe(yearly);
  });

  it("labour change report: the second half-year's sheet holds the headcount as start + hired - left; the first half-year's sheet beside it holds other figures; a total row sums the units", () => {
    let differ = 0;
    let all = 0;
    for (const c of family("b21-labour-change-report")) {
      expect(c.files).toHaveLength(1);
      const sheets = b.sheetsOf(c);
      expect(sheets).toHaveLength(2);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(["staff_total", "staff_trained"]).toContain(e.input);
        expect(colOf(e.cell)).toBe(e.input === "staff_total" ? "F" : "H");
        const other = sheets.find((s) => s !== ws);
        if (e.input === "staff_total") {
          all++;
          const v = ws?.getCell(e.cell).value;
          expect(
            isFormula(v) && formulaText(v) === `C${rowOf(e.cell)}+D${rowOf(e.cell)}-E${rowOf(e.cell)}`,
          ).toBe(true);
          const early = other?.getCell(e.cell).value;
          if (isFormula(early) && resultOf(early) !== Number(valueOf(c, e))) differ++;
        }
      }
      expect(
        cellsWhere(c, (cell) => isFormula(cell.value) && formulaText(cell.value).startsWith("SUM(")).length,
      ).toBeGreaterThanOrEqual(12);
    }
    expect(all).toBeGreaterThan(7 * 2);
    expect(differ).toBe(all);
  });
});

b.describeDeterminism();

/**
 * Checks of the "blind20" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind17's and blind18's included), every truth cell holds its
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
import * as b20 from "../scripts/corpus/blind20/generate";
import * as t20 from "../scripts/corpus/blind20/texts";
import * as w20 from "../scripts/corpus/blind20/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind20", b20.buildBlind20Corpus, b20.writeBlind20Corpus);

const decoys = Object.values(w20.B20_DECOYS);
const blindTexts = [
  ...suite.values(w20.B20_INPUT_WORDINGS),
  ...suite.values(w20.B20_SHORT_HEADERS),
  ...suite.values(w20.B20_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "12");
/** The families' own fixed texts (titles, captions, column heads), checked for equality only: some are short. */
const familyTexts = [
  ...[t20.B20_DIGEST, t20.B20_ROYALTY, t20.B20_DOSSIER, t20.B20_CHECK, t20.B20_ISO, t20.B20_RECON]
    .flatMap(suite.strings)
    .filter((t) => t.length > 3)
    .map(fill),
  ...[...w20.B20_PLAN_HEADERS, ...w20.B20_PARTIAL_HEADERS].map(fill),
];
const partials = w20.B20_PARTIAL_HEADERS.map(fill);
const formulaText = (v: unknown) => String((v as { formula: string }).formula);

describe("blind20 split shape", () => {
  b.itHasItsShape([w20.B20_INPUT_WORDINGS, w20.B20_SHORT_HEADERS, w20.B20_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b20.BLIND20_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind18 either",
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
    ],
    b20.BLIND20_NEW_FAMILIES,
    58,
  );
});

describe("blind20 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind17 or blind18 case",
    blindTexts,
    {
      moreThan: 800,
      with: ["b10-", "b11-", "b12-", "b13-", "b14-", "b15-", "b16-", "b17-", "b18-"],
      without: ["b19-", "b20-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind20 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w20.B20_NOTES,
      atLeast: { decoys: 35, plans: 42, partials: 7, gaps: 30, hidden: 20, notes: 20 },
    },
  );

  b.itHasLastYearBeside(28);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("socio-economic digest: agency figures stand on '- …' sub-rows under their year's column (the plan between 2024 and 2025), below parent rows summing them", () => {
    let sums = 0;
    let all = 0;
    for (const c of family("b20-socioeconomic-indicator-digest")) {
      expect(c.files).toHaveLength(1);
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        const head = text(ws, `${colOf(e.cell)}7`);
        expect(head.endsWith(String(e.year ?? 2025))).toBe(true);
        expect(["D", "E", "G"]).toContain(colOf(e.cell));
        if (e.unit !== "tinh-lai-chau") expect(text(ws, `B${rowOf(e.cell)}`).startsWith("- ")).toBe(true);
        expect(isPlanHeader(text(ws, "F7"))).toBe(true);
      }
      sums += cellsWhere(
        c,
        (cell) => isFormula(cell.value) && formulaText(cell.value).startsWith("SUM("),
      ).length;
    }
    expect(all).toBeGreaterThan(7 * 20);
    expect(sums).toBeGreaterThan(7 * 5);
  });

  it("royalty ledger: a workbook per agency; political-task works stand below a SUM of all works in a sheet named for their year, revenue in the summary beside the royalty fund", () => {
    let below = 0;
    let articles = 0;
    let revenue = 0;
    for (const c of family("b20-royalty-fund-ledger")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.input === "political_articles") {
          articles++;
          expect(ws?.name.includes(String(e.year))).toBe(true);
          expect(colOf(e.cell)).toBe("C");
          const sums: number[] = [];
          for (let r = 1; r < rowOf(e.cell); r++) {
            const v = ws?.getCell(`C${r}`).value;
            if (isFormula(v)) sums.push(Number((v as { result?: number }).result));
          }
          const value = valueOf(c, e);
          if (sums.length === 1 && typeof value === "number" && (sums[0] ?? 0) > value) below++;
        } else {
          revenue++;
          expect(e.input).toBe("revenue");
          expect(colOf(e.cell)).toBe("B");
          expect(text(ws, `A${rowOf(e.cell)}`).endsWith(String(e.year))).toBe(true);
          expect(num(ws?.getCell(`D${rowOf(e.cell)}`))).toBeLessThan(Number(valueOf(c, e)));
        }
      }
      expect(c.truth.every((t) => t.year !== undefined)).toBe(true);
    }
    expect(articles).toBeGreaterThan(7 * 5);
    expect(below).toBe(articles);
    expect(revenue).toBeGreaterThan(7 * 5);
  });

  it("commendation dossier: each year's result stands right of that year's planned figure (2023 E, 2024 G, 2025 I); this year's criteria in E with a self-assessment beside", () => {
    let planned = 0;
    let yearly = 0;
    for (const c of family("b20-commendation-dossier")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        if (e.year === undefined) {
          expect(colOf(e.cell)).toBe("E");
          continue;
        }
        yearly++;
        const col = { 2023: "E", 2024: "G", 2025: "I" }[e.year as 2023 | 2024 | 2025];
        expect(colOf(e.cell)).toBe(col);
        const left = String.fromCharCode(colOf(e.cell).charCodeAt(0) - 1);
        expect(isPlanHeader(text(ws, `${left}9`))).toBe(true);
        if (num(ws?.getCell(`${left}${rowOf(e.cell)}`)) !== undefined) planned++;
      }
    }
    expect(yearly).toBeGreaterThan(7 * 10);
    expect(planned).toBeGreaterThan(yearly * 0.8);
  });

  it("validation-check template: answers stand in D (2024) or E (this year) of an agency's sheet, each beside a check formula; the drop-down lists sit on a hidden sheet", () => {
    let okBeside = 0;
    let all = 0;
    for (const c of family("b20-validation-check-template")) {
      const sheets = b.sheetsOf(c);
      expect(sheets.filter((s) => s.state !== "visible").length).toBe(2);
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        expect(colOf(e.cell)).toBe(e.year === 2024 ? "D" : "E");
        const check = ws?.getCell(`G${rowOf(e.cell)}`);
        expect(isFormula(check?.value)).toBe(true);
        if (check && fold(cellText(check)) === "ok") okBeside++;
      }
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(okBeside).toBeGreaterThan(all * 0.5);
  });

  it("ISO quality objectives: a sheet per year; last year's sheet holds only 2024 figures, this year's the rest; a target left, a half-year figure and a pass/fail word around each result", () => {
    let verdicts = 0;
    let all = 0;
    for (const c of family("b20-iso-quality-objectives")) {
      expect(c.files).toHaveLength(3);
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        expect(ws?.name).toBe(`MTCL ${e.year === 2024 ? 2024 : 2025}`);
        expect(colOf(e.cell)).toBe("G");
        expect(isPlanHeader(text(ws, "E5"))).toBe(true);
        expect(partials).toContain(text(ws, "F5").replace(String(e.year ?? 2025), "2025"));
        if (["dat", "khong dat"].includes(fold(text(ws, `H${rowOf(e.cell)}`)))) verdicts++;
      }
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(verdicts).toBe(all);
  });

  it("reconciliation record: the agreed figure stands in G right of the department's and the agency's figures, which differ from it in many rows; yearly labels carry their year", () => {
    let differ = 0;
    let numbers = 0;
    for (const c of family("b20-reconciliation-record")) {
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        expect(colOf(e.cell)).toBe("G");
        if (e.year !== undefined) expect(fold(text(ws, `B${rowOf(e.cell)}`))).toContain(String(e.year));
        const value = valueOf(c, e);
        if (typeof value !== "number") continue;
        numbers++;
        const dept = num(ws?.getCell(`D${rowOf(e.cell)}`));
        expect(dept).toBeDefined();
        if (dept !== value) differ++;
      }
    }
    expect(numbers).toBeGreaterThan(7 * 12);
    expect(differ).toBeGreaterThan(numbers * 0.4);
  });
});

b.describeDeterminism();

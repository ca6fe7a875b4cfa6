/**
 * Checks of the "blind19" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import * as b19 from "../scripts/corpus/blind19/generate";
import * as t19 from "../scripts/corpus/blind19/texts";
import * as w19 from "../scripts/corpus/blind19/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind19", b19.buildBlind19Corpus, b19.writeBlind19Corpus);

const decoys = Object.values(w19.B19_DECOYS);
const blindTexts = [
  ...suite.values(w19.B19_INPUT_WORDINGS),
  ...suite.values(w19.B19_SHORT_HEADERS),
  ...suite.values(w19.B19_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replaceAll("{y}", "2025").replaceAll("{n}", "12");
/** The families' own fixed texts (titles, captions, fields), checked for equality only: some are short. */
const familyTexts = [
  ...[
    t19.B19_CONFERENCE,
    t19.B19_SOCIO,
    t19.B19_THEMES,
    t19.B19_ROYALTY,
    t19.B19_REGISTRY,
    t19.B19_MANAGEMENT,
  ]
    .flatMap(suite.strings)
    .map(fill),
  ...[...w19.B19_PLAN_HEADERS, ...w19.B19_PARTIAL_HEADERS].map(fill),
];
const partials = w19.B19_PARTIAL_HEADERS.map(fill);
const formulaOf = (v: unknown) => (isFormula(v) ? String((v as { formula: string }).formula) : "");

describe("blind19 split shape", () => {
  b.itHasItsShape([w19.B19_INPUT_WORDINGS, w19.B19_SHORT_HEADERS, w19.B19_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b19.BLIND19_NEW_FAMILIES,
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
    b19.BLIND19_NEW_FAMILIES,
    58,
  );
});

describe("blind19 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 150);

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

describe("blind19 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w19.B19_NOTES,
      atLeast: { decoys: 30, plans: 35, partials: 7, gaps: 30, hidden: 30, notes: 20 },
    },
  );

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("staff conference appendix: a workbook per agency; last year's result in D, this year's in F, this year's target between them and next year's at the end", () => {
    let targets = 0;
    for (const c of family("b19-staff-conference-appendix")) {
      expect(c.files).toHaveLength(3);
      for (const f of c.files)
        expect(new Set(c.truth.filter((t) => t.workbook === f.fileName).map((t) => t.unit)).size).toBe(1);
      for (const e of c.truth) expect(colOf(e.cell)).toBe(e.year === 2024 ? "D" : "F");
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        expect(isPlanHeader(text(ws, "E6"))).toBe(true);
        expect(isPlanHeader(text(ws, "I6"))).toBe(true);
      }
      for (const e of c.truth.filter((t) => t.year === 2025 || t.input.startsWith("staff"))) {
        const target = num(sheetOf(c, e)?.getCell(`E${rowOf(e.cell)}`));
        if (target !== undefined) {
          expect(target).not.toBe(valueOf(c, e));
          targets++;
        }
      }
    }
    expect(targets).toBeGreaterThan(7 * 10);
  });

  it("socio-economic annex: the press rows stand among other sectors' rows; each agency's figures are on its own sub-row under an item whose total is a SUM", () => {
    let sums = 0;
    const others = [...t19.B19_SOCIO.economy, ...t19.B19_SOCIO.society, ...t19.B19_SOCIO.media].map((t) =>
      fold(t),
    );
    for (const c of family("b19-socioeconomic-report-annex")) {
      const labels = b.sheetsOf(c).flatMap((ws) => {
        const out: string[] = [];
        ws.getColumn(2).eachCell((cell) => void out.push(fold(cellText(cell))));
        return out;
      });
      expect(others.filter((o) => labels.includes(o)).length).toBe(9);
      for (const e of c.truth) {
        const label = text(sheetOf(c, e), `B${rowOf(e.cell)}`);
        if (e.unit === "tinh-lai-chau") expect(label.startsWith("-")).toBe(false);
        else expect(label.startsWith("- ")).toBe(true);
      }
      sums += cellsWhere(c, (cell) => formulaOf(cell.value).startsWith("SUM(")).length;
    }
    expect(sums).toBeGreaterThan(7 * 4);
  });

  it("theme appendix sheets: one sheet per theme, each input on its theme's sheet, totals as SUM formulas and a part-of-year column on the content sheet", () => {
    const S = t19.B19_THEMES.sheets;
    const sheetFor = (input: string) =>
      input === "political_articles"
        ? S.content
        : input === "revenue"
          ? S.economy
          : input.startsWith("staff")
            ? S.staff
            : input.startsWith("remote")
              ? S.remote
              : S.infra;
    let sums = 0;
    let partial = 0;
    for (const c of family("b19-theme-appendix-sheets")) {
      expect(b.sheetsOf(c).filter((ws) => ws.state === "visible").length).toBeGreaterThanOrEqual(4);
      for (const e of c.truth) expect(e.sheet).toBe(sheetFor(e.input));
      sums += cellsWhere(c, (cell) => formulaOf(cell.value).startsWith("SUM(")).length;
      if (cellsWhere(c, (cell) => partials.map(fold).includes(fold(cellText(cell)))).length > 0) partial++;
    }
    expect(sums).toBeGreaterThan(7 * 6);
    expect(partial).toBe(7);
  });

  it("royalty ledger: each year's figure is the SUM of the kinds of work in its column, on the sheet of its year, beside a larger total of all works", () => {
    let checked = 0;
    for (const c of family("b19-royalty-ledger-tally")) {
      expect(c.files.length).toBeGreaterThanOrEqual(2);
      for (const e of c.truth) {
        expect(e.input).toBe("political_articles");
        expect(e.sheet).toContain(String(e.year));
        const ws = sheetOf(c, e);
        const cell = ws?.getCell(e.cell);
        expect(formulaOf(cell?.value).startsWith("SUM(")).toBe(true);
        const col = colOf(e.cell);
        let parts = 0;
        for (let r = 5; r < rowOf(e.cell); r++) parts += num(ws?.getCell(`${col}${r}`)) ?? 0;
        expect(parts).toBe(valueOf(c, e));
        const other = num(ws?.getCell(`${col === "C" ? "D" : "C"}${rowOf(e.cell)}`));
        expect(other).toBeGreaterThan(valueOf(c, e) as number);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(7 * 8);
  });

  it("press registry: the province's agencies stand beside central resident offices and bulletins that have figures and answers of their own; no truth on their rows", () => {
    const names = [...t19.B19_REGISTRY.resident, ...t19.B19_REGISTRY.bulletins].map(([n]) => fold(n));
    let neighbours = 0;
    for (const c of family("b19-press-registry-in-province")) {
      const rows = new Set<number>();
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible"))
        ws.getColumn(2).eachCell((cell, r) => {
          if (names.includes(fold(cellText(cell)))) {
            rows.add(r);
            if (num(ws.getCell(`F${r}`)) !== undefined || num(ws.getCell(`E${r}`)) !== undefined)
              neighbours++;
          }
        });
      expect(rows.size).toBeGreaterThanOrEqual(5);
      for (const e of c.truth) expect(rows.has(rowOf(e.cell))).toBe(false);
    }
    expect(neighbours).toBeGreaterThanOrEqual(7 * 5);
  });

  it("state management report: two header rows, each yearly figure under its year, the revenue target after the years, a total row of SUM formulas", () => {
    let sums = 0;
    for (const c of family("b19-state-management-wide-report")) {
      for (const e of c.truth.filter((t) => t.unit !== "tinh-lai-chau")) {
        const ws = sheetOf(c, e);
        expect(rowOf(e.cell)).toBeGreaterThanOrEqual(7);
        if (e.year !== undefined) expect(text(ws, `${colOf(e.cell)}5`)).toContain(String(e.year));
      }
      const plans = cellsWhere(c, (cell) => isPlanHeader(cellText(cell)));
      expect(plans.length).toBe(1);
      const planCol = plans[0]?.split("|")[2] ?? "";
      expect(rowOf(planCol)).toBe(5);
      const revenue = c.truth.filter((t) => t.input === "revenue").map((t) => colOf(t.cell));
      for (const col of revenue)
        expect(col.length <= colOf(planCol).length && col < colOf(planCol)).toBe(true);
      sums += cellsWhere(c, (cell) => formulaOf(cell.value).startsWith("SUM(")).length;
    }
    expect(sums).toBeGreaterThan(7 * 6);
  });
});

b.describeDeterminism();

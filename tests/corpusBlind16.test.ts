/**
 * Checks of the "blind16" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind13's and blind14's included), every truth cell holds its
 * slot's value once written and read back, truth and absent partition the plan's slots, and each family's trap is
 * really there, counted.
 */

import * as b9 from "../scripts/corpus/blind9/generate";
import * as b10 from "../scripts/corpus/blind10/generate";
import * as b11 from "../scripts/corpus/blind11/generate";
import * as b12 from "../scripts/corpus/blind12/generate";
import * as b13 from "../scripts/corpus/blind13/generate";
import * as b14 from "../scripts/corpus/blind14/generate";
import * as b16 from "../scripts/corpus/blind16/generate";
import * as t16 from "../scripts/corpus/blind16/texts";
import * as w16 from "../scripts/corpus/blind16/wordings";
import { isYearly } from "../scripts/corpus/model";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind16", b16.buildBlind16Corpus, b16.writeBlind16Corpus);

const decoys = Object.values(w16.B16_DECOYS);
const blindTexts = [
  ...suite.values(w16.B16_INPUT_WORDINGS),
  ...suite.values(w16.B16_SHORT_HEADERS),
  ...suite.values(w16.B16_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) =>
  t
    .replaceAll("{y}", "2025")
    .replaceAll("{n}", "12")
    .replace(/\s*\{v\}/, "");
/** The families' own fixed texts (titles, captions, fields), checked for equality only: some are short. */
const familyTexts = [
  ...[t16.B16_CHARTS, t16.B16_GROWTH, t16.B16_COUNCIL, t16.B16_PROPOSAL, t16.B16_MERGE, t16.B16_ORDERS]
    .flatMap(suite.strings)
    .map(fill),
  ...[...w16.B16_PLAN_HEADERS, ...w16.B16_PARTIAL_HEADERS].map(fill),
];
const partials = w16.B16_PARTIAL_HEADERS.map(fill);

describe("blind16 split shape", () => {
  b.itHasItsShape([w16.B16_INPUT_WORDINGS, w16.B16_SHORT_HEADERS, w16.B16_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b16.BLIND16_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind14 either",
    [
      ...b9.BLIND9_NEW_FAMILIES,
      ...b10.BLIND10_NEW_FAMILIES,
      ...b11.BLIND11_NEW_FAMILIES,
      ...b12.BLIND12_NEW_FAMILIES,
      ...b13.BLIND13_NEW_FAMILIES,
      ...b14.BLIND14_NEW_FAMILIES,
    ],
    b16.BLIND16_NEW_FAMILIES,
    34,
  );
});

describe("blind16 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind13 or blind14 case",
    blindTexts,
    {
      moreThan: 600,
      with: ["b10-", "b11-", "b12-", "b13-", "b14-"],
      without: ["b15-", "b16-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind16 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;
  type Case = (typeof b.cases)[number];
  const cellAt = (c: Case, e: Case["truth"][number], dr: number, dc: number) => {
    const ws = sheetOf(c, e);
    const cell = ws?.getCell(e.cell);
    return ws && cell ? ws.getCell(Number(cell.row) + dr, Number(cell.col) + dc) : undefined;
  };

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w16.B16_NOTES,
      atLeast: { decoys: 30, plans: 45, partials: 20, gaps: 40, hidden: 30, notes: 35 },
    },
  );

  b.itHasLastYearBeside(50);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: true,
  });

  it("chart data blocks: each year's figure stands under its year in the block's header row, and the count of agencies meeting a status item beside the agencies' answers is never truth", () => {
    let underYear = 0;
    let counts = 0;
    for (const c of family("b16-chart-data-blocks")) {
      for (const e of c.truth.filter((t) => isYearly(t.input))) {
        const ws = sheetOf(c, e);
        let r = rowOf(e.cell) - 1;
        const isYearHeader = (at: string) =>
          typeof ws?.getCell(at).value === "string" && /^(nam )?20\d\d$/.test(fold(text(ws, at)));
        while (r > 1 && !isYearHeader(`${colOf(e.cell)}${r}`)) r--;
        if (fold(text(ws, `${colOf(e.cell)}${r}`)).endsWith(String(e.year))) underYear++;
      }
      const truth = new Set(b.truthCells(c));
      for (const e of c.truth.filter((t) => typeof valueOf(c, t) === "boolean")) {
        const count = sheetOf(c, e)?.getCell(`E${rowOf(e.cell)}`);
        if (
          count &&
          typeof count.value === "number" &&
          !truth.has(`${e.workbook}|${e.sheet}|E${rowOf(e.cell)}`)
        )
          counts++;
      }
    }
    const yearly = family("b16-chart-data-blocks").flatMap((c) => c.truth.filter((t) => isYearly(t.input)));
    expect(yearly.length).toBeGreaterThan(7 * 15);
    expect(underYear).toBe(yearly.length);
    expect(counts).toBeGreaterThan(7 * 4);
  });

  it("growth workings: figures pulled by formula from a hidden input sheet (which holds the same number), a SUM row adding the agencies, growth rates computed beside", () => {
    let pulled = 0;
    let sums = 0;
    let growth = 0;
    for (const c of family("b16-growth-rate-workings")) {
      for (const e of c.truth) {
        const v = sheetOf(c, e)?.getCell(e.cell).value;
        if (!isFormula(v)) continue;
        const [sheetName, at] = (v as { formula: string }).formula.split("!");
        const raw = b.booksOf(c).get(e.workbook)?.getWorksheet(sheetName);
        expect(raw?.state).toBe("hidden");
        expect(num(raw?.getCell(at ?? "A1"))).toBe(valueOf(c, e));
        pulled++;
      }
      sums += cellsWhere(
        c,
        (cell) => isFormula(cell.value) && /^SUM\(/.test(String((cell.value as { formula: string }).formula)),
      ).length;
      growth += cellsWhere(
        c,
        (cell) =>
          isFormula(cell.value) && /^ROUND\(\(/.test(String((cell.value as { formula: string }).formula)),
      ).length;
    }
    expect(pulled).toBeGreaterThan(40);
    expect(sums).toBeGreaterThan(7 * 4);
    expect(growth).toBeGreaterThan(7 * 4);
  });

  it("council appendix: every figure stands in a table under a question line merged across the sheet; targets stand only in the last column", () => {
    let asked = 0;
    let all = 0;
    let withPlan = 0;
    for (const c of family("b16-council-query-appendix")) {
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        let r = rowOf(e.cell) - 1;
        while (r > 3 && !ws?.getCell(`A${r}`).isMerged) r--;
        if (r > 3 && ws?.getCell(`H${r}`).isMerged) asked++;
        expect(colOf(e.cell)).not.toBe("H");
      }
      const plans = cellsWhere(c, (cell) => isPlanHeader(cellText(cell)));
      for (const p of plans) expect(colOf(p.split("|")[2] ?? "")).toBe("H");
      if (plans.length > 0) withPlan++;
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(asked).toBe(all);
    expect(withPlan).toBe(7);
  });

  it("project proposal: a workbook per agency, the current state in D with the promised state beside it, drop-down lists on a sheet not shown", () => {
    let promised = 0;
    for (const c of family("b16-project-proposal-baseline")) {
      expect(c.files).toHaveLength(3);
      for (const f of c.files)
        expect(
          new Set(
            c.truth.filter((t) => t.workbook === f.fileName && t.unit !== "tinh-lai-chau").map((t) => t.unit),
          ).size,
        ).toBeLessThanOrEqual(1);
      expect(b.sheetsOf(c).some((ws) => ws.state !== "visible")).toBe(true);
      for (const e of c.truth.filter((t) => !isYearly(t.input))) {
        expect(colOf(e.cell)).toBe("D");
        if (cellText(cellAt(c, e, 0, 1) ?? sheetOf(c, e)!.getCell("Z1")) !== "") promised++;
      }
    }
    expect(promised).toBeGreaterThan(7 * 10);
  });

  it("mail merge source: every figure is under a one-word field name without diacritics (the year in it for yearly ones), named in the letter's text", () => {
    let named = 0;
    let all = 0;
    for (const c of family("b16-mail-merge-source")) {
      const letter = b.reloadedTexts(c).filter((t) => t.includes("«"));
      for (const e of c.truth) {
        all++;
        const field = text(sheetOf(c, e), `${colOf(e.cell)}1`);
        expect(/^[A-Za-z0-9_]+$/.test(field)).toBe(true);
        if (e.year !== undefined) expect(field.endsWith(String(e.year))).toBe(true);
        if (letter.some((t) => t.includes(`«${field}»`))) named++;
      }
    }
    expect(all).toBeGreaterThan(7 * 25);
    expect(named).toBe(all);
  });

  it("order acceptance: this year's articles and revenue each stand over an 'of which ordered' row holding part A's accepted sum, smaller than the whole", () => {
    let parts = 0;
    for (const c of family("b16-order-acceptance-record")) {
      for (const e of c.truth.filter((t) => t.year === 2025)) {
        const below = num(cellAt(c, e, 1, 0));
        const whole = valueOf(c, e);
        expect(typeof whole === "number" && below !== undefined && below < whole && below > 0).toBe(true);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(7 * 4);
  });
});

b.describeDeterminism();

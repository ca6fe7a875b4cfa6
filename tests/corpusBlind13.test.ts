/**
 * Checks of the "blind13" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind11's and blind12's included), every truth cell holds its
 * slot's value once written and read back, truth and absent partition the plan's slots, and each family's trap is
 * really there, counted.
 */

import * as b9 from "../scripts/corpus/blind9/generate";
import * as b10 from "../scripts/corpus/blind10/generate";
import * as b11 from "../scripts/corpus/blind11/generate";
import * as b12 from "../scripts/corpus/blind12/generate";
import * as b13 from "../scripts/corpus/blind13/generate";
import * as t13 from "../scripts/corpus/blind13/texts";
import * as w13 from "../scripts/corpus/blind13/wordings";

import { cellText, fold, isFormula } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind13", b13.buildBlind13Corpus, b13.writeBlind13Corpus);
const decoys = Object.values(w13.B13_DECOYS);
const blindTexts = [
  ...suite.values(w13.B13_INPUT_WORDINGS),
  ...suite.values(w13.B13_SHORT_HEADERS),
  ...suite.values(w13.B13_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) => t.replace("{y}", "2025");
/** The families' own titles, captions and row names of three words or more (checked for equality only). */
const familyTexts = [
  ...[t13.B13_YEARBOOK, t13.B13_ROADMAP, t13.B13_CHANNELS, t13.B13_PROFILE, t13.B13_MATRIX, t13.B13_TALLY]
    .flatMap(suite.strings)
    .filter((t) => t.split(" ").length >= 3)
    .map(fill),
  ...[...w13.B13_PLAN_HEADERS, ...w13.B13_PARTIAL_HEADERS].map(fill),
];

describe("blind13 split shape", () => {
  b.itHasItsShape([w13.B13_INPUT_WORDINGS, w13.B13_SHORT_HEADERS, w13.B13_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b13.BLIND13_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9, blind10, blind11 or blind12 either",
    [
      ...b9.BLIND9_NEW_FAMILIES,
      ...b10.BLIND10_NEW_FAMILIES,
      ...b11.BLIND11_NEW_FAMILIES,
      ...b12.BLIND12_NEW_FAMILIES,
    ],
    b13.BLIND13_NEW_FAMILIES,
    22,
  );
});

describe("blind13 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 40);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind11 or blind12 case",
    blindTexts,
    {
      moreThan: 600,
      with: ["b8-", "b9-", "b10-", "b11-", "b12-"],
      without: ["b13-", "b14-"],
      timeout: 500_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind13 traps", () => {
  const { sheetOf, cellsWhere, truthCells, family, num, colOf, rowOf, valueOf, text } = b;
  type Case = (typeof b.cases)[number];
  type Entry = Case["truth"][number];
  const cellOf = (c: Case, e: Entry) => sheetOf(c, e)?.getCell(e.cell);
  const yearlyTruth = (c: Case) => c.truth.filter((t) => t.year !== undefined);
  const at = (address: string, dCol: number, dRow: number) => {
    const col = colOf(address);
    let n = 0;
    for (const ch of col) n = n * 26 + ch.charCodeAt(0) - 64;
    n += dCol;
    let letters = "";
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
      letters = String.fromCharCode(65 + ((x - 1) % 26)) + letters;
    return `${letters}${rowOf(address) + dRow}`;
  };

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and remarks are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials: w13.B13_PARTIAL_HEADERS.map(fill),
      notes: w13.B13_NOTES,
      atLeast: { decoys: 30, plans: 35, partials: 24, gaps: 40, hidden: 20, notes: 44 },
    },
  );

  b.itHasLastYearBeside(40);

  b.itHasLegacyFontsAndKinds({
    oneZero: true,
    kinds: ["formula", "number", "number-text", "one-zero", "word"],
    exact: true,
  });

  it("yearbook: status answers sit in the 2025 column under the yearly figures, beside sum rows and extra columns", () => {
    const cs = family("b13-yearbook-series");
    expect(cs).toHaveLength(7);
    for (const c of cs) {
      const cols2025 = new Set(
        yearlyTruth(c)
          .filter((t) => t.year === 2025)
          .map((t) => colOf(t.cell)),
      );
      const status = c.truth.filter((t) => t.year === undefined);
      expect([c.id, status.length > 10 && status.every((t) => cols2025.has(colOf(t.cell)))]).toEqual([
        c.id,
        true,
      ]);
    }
    const truth = (c: Case) => new Set(truthCells(c));
    const sums = cs.filter(
      (c) =>
        cellsWhere(
          c,
          (cell, ws) =>
            isFormula(cell.value) && !truth(c).has(`${c.truth[0]?.workbook}|${ws.name}|${cell.address}`),
        ).length > 0,
    );
    expect(sums.length).toBeGreaterThanOrEqual(3);
  });

  it("roadmap: right above each done figure is the plan figure of the same year, never the same number", () => {
    const cs = family("b13-roadmap-plan-actual");
    expect(cs).toHaveLength(7);
    for (const c of cs) {
      const planned = yearlyTruth(c)
        .filter((t) => (t.year ?? 0) >= 2021)
        .map((t) => {
          const above = num(sheetOf(c, t)?.getCell(at(t.cell, 0, -1)));
          return above !== undefined && above !== valueOf(c, t);
        });
      expect([c.id, planned.filter(Boolean).length]).toEqual([c.id, planned.length]);
      expect(planned.length).toBeGreaterThan(10);
    }
    // Last year's state of a status item is written left of this year's answer.
    const before = cs.filter((c) =>
      c.truth.some((t) => t.year === undefined && text(sheetOf(c, t), at(t.cell, -1, 0)) !== ""),
    );
    expect(before.length).toBeGreaterThanOrEqual(5);
  });

  it("channel breakdown: each total is the sum of the channel or source figures left of it (never truth)", () => {
    const cs = family("b13-channel-breakdown");
    expect(cs).toHaveLength(7);
    let summed = 0;
    for (const c of cs) {
      for (const t of yearlyTruth(c)) {
        const ws = sheetOf(c, t);
        let sum = 0;
        let n = 0;
        for (let d = -1; d >= -4; d--) {
          const v = num(ws?.getCell(at(t.cell, d, 0)));
          if (v === undefined || colOf(at(t.cell, d, 0)) === "A") break;
          sum += v;
          n++;
        }
        if (n >= 2 && Math.abs(sum - Number(valueOf(c, t))) < 0.01) summed++;
      }
    }
    expect(summed).toBeGreaterThan(100);
    const partial = w13.B13_PARTIAL_HEADERS.map((h) => fold(fill(h)));
    expect(
      cs.filter((c) => cellsWhere(c, (cell) => partial.includes(fold(cellText(cell)))).length > 0).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it("profile card: a file per agency, answers in two columns of name/answer pairs, detail numbers that are no input", () => {
    const cs = family("b13-agency-profile-card");
    expect(cs).toHaveLength(7);
    for (const c of cs) {
      expect(c.files.length).toBeGreaterThanOrEqual(3);
      const cols = new Set(c.truth.map((t) => colOf(t.cell)));
      expect([c.id, [...cols].sort()]).toEqual([c.id, ["C", "F"]]);
      const truth = new Set(truthCells(c));
      const founded = cellsWhere(
        c,
        (cell, ws) =>
          typeof cell.value === "number" &&
          cell.value > 1900 &&
          cell.value < 2010 &&
          colOf(cell.address) === "F" &&
          ws.name !== "",
      );
      expect(founded.filter((f) => !truth.has(f)).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("coded entry matrix: yes/no typed as 1/0 under question codes, a code book and a list sheet nobody sees", () => {
    const cs = family("b13-coded-entry-matrix");
    expect(cs).toHaveLength(7);
    const oneZero = cs.flatMap((c) =>
      c.truth.filter((t) => typeof valueOf(c, t) === "boolean" && typeof cellOf(c, t)?.value === "number"),
    );
    expect(oneZero.length).toBeGreaterThanOrEqual(20);
    for (const c of cs) {
      const sheets = b.sheetsOf(c);
      expect(sheets.length).toBe(3);
      expect(sheets.filter((s) => s.state === "veryHidden")).toHaveLength(1);
      for (const t of c.truth)
        expect([c.id, /^C\d\d/.test(text(sheetOf(c, t), `${colOf(t.cell)}1`))]).toEqual([c.id, true]);
    }
  });

  it("campaign tally: this year's total sums the topic rows, last year's total right below it", () => {
    const cs = family("b13-campaign-topic-tally");
    expect(cs).toHaveLength(7);
    let stacked = 0;
    for (const c of cs) {
      for (const t of c.truth.filter((e) => e.input === "political_articles" && e.year === 2025)) {
        expect(isFormula(cellOf(c, t)?.value)).toBe(true);
        const prev = c.truth.find((e) => e.input === t.input && e.unit === t.unit && e.year === 2024);
        if (prev && prev.sheet === t.sheet && prev.cell === at(t.cell, 0, 1)) stacked++;
      }
    }
    expect(stacked).toBeGreaterThanOrEqual(12);
    const topics = t13.B13_TALLY.topics.map(fold);
    for (const c of cs)
      expect(cellsWhere(c, (cell) => topics.includes(fold(cellText(cell)))).length).toBeGreaterThanOrEqual(4);
  });

  it("merged labels: the name of many answers is a merged range left of them (roadmap, channel breakdown, profile card)", () => {
    const merged = (c: Case) =>
      c.truth.filter((t) => {
        const ws = sheetOf(c, t);
        const cell = ws?.getCell(t.cell);
        if (!ws || !cell) return false;
        return Array.from({ length: Number(cell.col) - 1 }, (_, i) =>
          ws.getCell(Number(cell.row), i + 1),
        ).some((left) => left.isMerged && cellText(left) !== "");
      }).length;
    for (const name of ["b13-roadmap-plan-actual", "b13-channel-breakdown", "b13-agency-profile-card"])
      for (const c of family(name)) expect([c.id, merged(c) >= 5]).toEqual([c.id, true]);
  });
});

b.describeDeterminism();

/**
 * Checks of the "blind7" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind6's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, target and
 * part-of-year columns, quarters beside the whole year, dashboard formulas mirroring the data, national and
 * neighbouring figures, points columns, example tables, collapsed monthly rows, footnotes, hidden sheets, legacy
 * fonts) are really there.
 */

import * as b7 from "../scripts/corpus/blind7/generate";
import * as w7 from "../scripts/corpus/blind7/wordings";
import * as w6 from "../scripts/corpus/blind6/wordings";
import * as w5 from "../scripts/corpus/blind5/wordings";
import { type SampleValue } from "../scripts/corpus/model";
import { cellText, fold, isFormula, isPlanHeader, knownWordings } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

type Case = b7.Blind7Case;
const b = suite.blindSuite("blind7", b7.buildBlind7Corpus, b7.writeBlind7Corpus);
const { cases, booksOf, sheetsOf } = b;
const blindTexts = [
  ...suite.values(w7.B7_INPUT_WORDINGS),
  ...suite.values(w7.B7_SHORT_HEADERS),
  ...suite.values(w7.B7_AGENCY_WORDINGS),
  ...suite.decoyTexts(w7.B7_DECOYS),
];

describe("blind7 split shape", () => {
  b.itHasItsShape([w7.B7_INPUT_WORDINGS, w7.B7_SHORT_HEADERS, w7.B7_AGENCY_WORDINGS], {
    upTo: 6,
    knownMoreThan: 42,
    newFamilies: b7.BLIND7_NEW_FAMILIES,
    unseen: "each",
  });
});

describe("blind7 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind7");
    expect(existing.size).toBeGreaterThan(450);
    for (const t of [
      ...suite.values(w6.B6_INPUT_WORDINGS),
      ...suite.values(w6.B6_SHORT_HEADERS),
      ...suite.values(w5.B5_INPUT_WORDINGS),
    ])
      expect(existing.has(fold(t))).toBe(true);
    expect(blindTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(blindTexts.map(fold)).size).toBe(blindTexts.length);
  });

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind5 or blind6 case",
    blindTexts,
    { moreThan: 400, with: ["b6-"], timeout: 240_000 },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind7 traps", () => {
  const { count, hasText, sheetOf, cellsWhere, truthCells, family, num, colOf, rowOf, valueOf } = b;

  it("near-miss rows, target and part-of-year columns, gaps, hidden sheets and notes are in many cases", () => {
    const decoys = suite.decoyTexts(w7.B7_DECOYS).map(fold);
    expect(count(hasText((t) => decoys.some((d) => t.includes(d))))).toBeGreaterThanOrEqual(25);
    expect(count(hasText(isPlanHeader))).toBeGreaterThanOrEqual(7);
    const partial = w7.B7_PARTIAL_HEADERS.map((h) => fold(h.replace("{y}", "2025")));
    expect(count(hasText((t) => partial.includes(t)))).toBeGreaterThanOrEqual(4);
    expect(
      count((c) => c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined)),
    ).toBeGreaterThanOrEqual(15);
    expect(count((c) => sheetsOf(c).some((ws) => ws.state !== "visible"))).toBeGreaterThanOrEqual(14);
    const notes = w7.B7_NOTES.map((n) => fold(n.slice(0, 12)));
    expect(count(hasText((t) => notes.some((n) => t.startsWith(n))))).toBeGreaterThanOrEqual(12);
  });

  it("formulas are never truth in the new families, and no truth cell sits in a hidden row", () => {
    let formulas = 0;
    for (const c of cases.filter((x) => x.newFamily)) {
      const found = cellsWhere(c, (cell) => isFormula(cell.value));
      if (found.length > 0) formulas++;
      expect(truthCells(c).filter((t) => found.includes(t))).toEqual([]);
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        expect([c.id, t.cell, ws?.getRow(rowOf(t.cell)).hidden]).toEqual([c.id, t.cell, false]);
      }
    }
    expect(formulas).toBeGreaterThanOrEqual(30);
  });

  it("quarters sit left of the whole year and add up to it; targets, nine months and footnotes beside it", () => {
    let sums = 0;
    for (const c of family("b7-quarterly-year-total")) {
      const ws = booksOf(c).values().next().value?.getWorksheet("Theo quý");
      for (const t of c.truth.filter((e) => e.sheet === "Theo quý" && e.year === 2025)) {
        expect(colOf(t.cell)).toBe("I");
        const row = rowOf(t.cell);
        const parts = ["E", "F", "G", "H"].map((col) => num(ws?.getCell(`${col}${row}`)) ?? 0);
        if (parts.every((p) => p === 0)) continue;
        expect(parts.every((p) => p > 0 && p < (valueOf(c, t) as number))).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(valueOf(c, t) as number, 5);
        sums++;
      }
      for (const t of c.truth.filter((e) => e.sheet === "Theo quý" && e.year === 2024))
        expect(colOf(t.cell)).toBe("J");
      const k = fold(ws ? cellText(ws.getCell("K4")) : "");
      const l = fold(ws ? cellText(ws.getCell("L4")) : "");
      expect([k, isPlanHeader(k) || k.startsWith("so sanh")]).toEqual([k, true]);
      expect(
        l === "ghi chu so lieu" || w7.B7_PARTIAL_HEADERS.some((h) => fold(h.replace("{y}", "2025")) === l),
      ).toBe(true);
    }
    expect(sums).toBeGreaterThanOrEqual(35);
    const marked = (c: Case) => cellsWhere(c, (cell) => /"(\(\*\)|¹)"$/.test(cell.numFmt ?? ""));
    const withMarks = [...family("b7-quarterly-year-total"), ...family("b7-outline-groups")].filter((c) => {
      const cells = marked(c);
      const truth = truthCells(c);
      expect(cells.filter((x) => !truth.includes(x))).toEqual([]);
      if (cells.length === 0) return false;
      const notes = w7.B7_FOOTNOTES.map((f) => fold(f.slice(0, f.indexOf("{n}"))));
      expect(hasText((t) => notes.some((n) => t.startsWith(n) && /\d/.test(t.slice(n.length))))(c)).toBe(
        true,
      );
      return true;
    });
    expect(withMarks.length).toBeGreaterThanOrEqual(5);
  });

  it("the dashboard mirrors the data sheet by formulas, next to targets and ratios, over a hidden list", () => {
    let mirrors = 0;
    for (const c of family("b7-dashboard-formulas")) {
      const book = booksOf(c).values().next().value;
      const board = book?.getWorksheet("Dashboard");
      expect(c.truth.some((t) => t.sheet === "Dashboard")).toBe(false);
      expect(book?.worksheets.filter((ws) => ws.state !== "visible").map((ws) => ws.name)).toEqual(["Lists"]);
      const truthValues = new Set(c.truth.map((t) => valueOf(c, t)));
      board?.eachRow((r) =>
        r.eachCell((cell) => {
          const v = cell.value;
          if (!isFormula(v) || !/^'[^']+'!/.test((v as { formula: string }).formula)) return;
          expect(truthValues.has((v as { result?: SampleValue }).result as SampleValue)).toBe(true);
          mirrors++;
        }),
      );
      expect(hasText(isPlanHeader)(c)).toBe(true);
    }
    expect(mirrors).toBeGreaterThanOrEqual(6 * 8);
  });

  it("national targets and a neighbouring province's figures sit beside the province's, never truth", () => {
    let neighbours = 0;
    let nationalFigures = 0;
    for (const c of family("b7-national-comparison")) {
      const ws = booksOf(c).values().next().value?.getWorksheet("So sánh toàn quốc");
      expect(c.truth.filter((t) => ["F", "G", "H"].includes(colOf(t.cell)))).toEqual([]);
      const national = cellsWhere(c, (cell) => fold(cellText(cell)).startsWith("toan quoc:"));
      expect(national.length).toBeGreaterThanOrEqual(4);
      const refs = w7.B7_NATIONAL_HEADERS.map(fold);
      expect(hasText((t) => refs.includes(t))(c)).toBe(true);
      const truthRows = new Set(c.truth.map((t) => rowOf(t.cell)));
      ws?.eachRow((r, n) => {
        if ((num(r.getCell(7)) ?? 0) > 0) nationalFigures++;
        if (!fold(cellText(r.getCell(2))).includes("bao dien bien phu")) return;
        expect(truthRows.has(n)).toBe(false);
        neighbours += ["C", "D", "E"].filter((col) => (num(r.getCell(col)) ?? 0) > 0).length;
      });
    }
    expect(neighbours).toBeGreaterThanOrEqual(7 * 6);
    expect(nationalFigures).toBeGreaterThanOrEqual(7 * 4);
  });

  it("points columns and the ranking sheet carry numbers, never the results", () => {
    let points = 0;
    for (const c of family("b7-emulation-scoring")) {
      expect(
        c.truth.every((t) => t.sheet === "Tiêu chí chung toàn tỉnh" || ["C", "D"].includes(colOf(t.cell))),
      ).toBe(true);
      expect(c.truth.some((t) => t.sheet === "Xếp loại")).toBe(false);
      const headers = w7.B7_POINT_HEADERS.map(fold);
      points += cellsWhere(
        c,
        (cell, ws) =>
          typeof cell.value === "number" &&
          Number(cell.col) >= 5 &&
          headers.includes(fold(cellText(ws.getCell(6, Number(cell.col))))),
      ).length;
    }
    expect(points).toBeGreaterThanOrEqual(7 * 3 * 8 * 3);
  });

  it("the instructions' example table holds invented figures on the same labels, never truth", () => {
    let examples = 0;
    for (const c of family("b7-instructions-example")) {
      for (const book of booksOf(c).values()) {
        expect(book.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
          ["Hướng dẫn", "visible"],
          ["Biểu 01", "visible"],
          ["Danh mục", "hidden"],
        ]);
        const guide = book.getWorksheet("Hướng dẫn");
        guide?.eachRow((r, n) => {
          if (n > 7 && (num(r.getCell(5)) ?? 0) > 0) examples++;
        });
      }
      expect(c.truth.some((t) => t.sheet !== "Biểu 01")).toBe(false);
      expect(hasText((t) => w7.B7_EXAMPLE_LINES.some((l) => t.includes(fold(l.slice(0, 10)))))(c)).toBe(true);
    }
    expect(examples).toBeGreaterThanOrEqual(7 * 2 * 3);
  });

  it("monthly rows are grouped, collapsed and add up to the visible total above them", () => {
    let sums = 0;
    for (const c of family("b7-outline-groups")) {
      const ws = booksOf(c).values().next().value?.getWorksheet("Theo dõi");
      expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
      let collapsed = 0;
      ws?.eachRow({ includeEmpty: true }, (r) => void (r.hidden && r.outlineLevel === 2 && collapsed++));
      expect(collapsed).toBeGreaterThanOrEqual(12 * 4);
      for (const t of c.truth.filter((e) => e.year !== undefined)) {
        const row = rowOf(t.cell);
        expect(ws?.getRow(row).outlineLevel).toBe(1);
        const months = Array.from(
          { length: 12 },
          (_, i) => num(ws?.getCell(`${colOf(t.cell)}${row + i + 1}`)) ?? 0,
        );
        if (months.every((m) => m === 0)) continue;
        expect(months.every((m) => m > 0 && m < (valueOf(c, t) as number))).toBe(true);
        expect(months.reduce((a, b) => a + b, 0)).toBeCloseTo(valueOf(c, t) as number, 5);
        sums++;
      }
    }
    expect(sums).toBeGreaterThanOrEqual(60);
  });

  b.itHasLastYearBeside(30);

  b.itHasLegacyFontsAndKinds({
    oneZero: true,
    kinds: ["formula", "number", "number-text", "word"],
    exact: true,
  });
});

b.describeDeterminism();

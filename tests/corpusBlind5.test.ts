/**
 * Checks of the "blind5" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind4's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, target,
 * part-of-year and previous-period columns, struck-through log entries, merged totals, hidden sheets and columns,
 * legacy fonts) are really there.
 */
import ExcelJS from "exceljs";
import { legacyEncodingOfFont } from "../src/core/text/legacyEncoding";
import { parseVietnameseNumber } from "../src/core/values/parseNumber";
import * as b5 from "../scripts/corpus/blind5/generate";
import * as w5 from "../scripts/corpus/blind5/wordings";
import * as b4 from "../scripts/corpus/blind4/generate";
import * as b3 from "../scripts/corpus/blind3/generate";
import * as b2 from "../scripts/corpus/blind2/generate";
import { BLIND_NEW_FAMILIES } from "../scripts/corpus/blind/families";
import { NEW_FAMILIES } from "../scripts/corpus/fresh/families";
import { FAMILIES } from "../scripts/corpus/generate";
import { slotKey, universe } from "../scripts/corpus/model";
import {
  cellText,
  earlierSplitCases,
  fold,
  isFormula,
  isPlanHeader,
  knownWordings,
  problemsOf,
} from "./support/splitChecks";
import {
  cellsWhere as cellsWhereIn,
  leaksInto,
  reloadedSplit,
  swappedValueRejections,
} from "./support/splitSuite";

type Case = b5.Blind5Case;
const split = reloadedSplit("blind5", b5.buildBlind5Corpus, b5.writeBlind5Corpus);
let cases: Case[] = [];

beforeAll(async () => {
  cases = await split.load();
}, 120_000);
afterAll(split.cleanup);

const { booksOf, sheetsOf, reloadedTexts } = split;
const values = <T>(r: Readonly<Record<string, readonly T[]>>): T[] => Object.values(r).flat();
const blindTexts = [
  ...values(w5.B5_INPUT_WORDINGS),
  ...values(w5.B5_SHORT_HEADERS),
  ...values(w5.B5_AGENCY_WORDINGS),
  ...w5.B5_DECOYS.flatMap((d) => [...d.texts]),
  ...Object.values(w5.B5_TARGET_LINES),
  ...w5.B5_TARGET_LINES_2030,
  ...w5.B5_MERGED_AGENCY,
];

describe("blind5 split shape", () => {
  it("has ≥ 4 wordings per input and unit, ≥ 3 headers, and 6 layout families no other split has", () => {
    for (const input of universe().map((s) => s.input)) {
      expect([input, (w5.B5_INPUT_WORDINGS[input] ?? []).length >= 4]).toEqual([input, true]);
      expect([input, (w5.B5_SHORT_HEADERS[input] ?? []).length >= 3]).toEqual([input, true]);
    }
    for (const list of Object.values(w5.B5_AGENCY_WORDINGS)) expect(list.length).toBeGreaterThanOrEqual(4);
    const known = new Set(
      [
        FAMILIES,
        NEW_FAMILIES,
        BLIND_NEW_FAMILIES,
        b2.BLIND2_NEW_FAMILIES,
        b3.BLIND3_NEW_FAMILIES,
        b4.BLIND4_NEW_FAMILIES,
      ]
        .flatMap((list: ReadonlyArray<{ name: string }>) => list.map((f) => f.name))
        .map((name) => name.replace(/^(fresh|blind|b2|b3|b4)-/, "")),
    );
    expect(known.size).toBeGreaterThan(30);
    const added = new Set(cases.filter((c) => c.newFamily).map((c) => c.family));
    expect(added).toEqual(new Set(b5.BLIND5_NEW_FAMILIES.map((f) => f.name)));
    expect(added.size).toBe(6);
    for (const f of added) expect([f, known.has(f.replace(/^b5-/, ""))]).toEqual([f, false]);
    expect(new Set(cases.filter((c) => !c.newFamily).map((c) => c.family))).toEqual(
      new Set(FAMILIES.map((f) => f.name)),
    );
    expect(
      cases.every((c) => c.split === "blind5") && new Set(cases.map((c) => c.id)).size === cases.length,
    ).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(cases.reduce((n, c) => n + c.truth.length, 0)).toBeGreaterThan(2000);
    for (const c of cases) {
      let n = 0;
      for (const ws of sheetsOf(c)) ws.eachRow((r) => r.eachCell(() => void n++));
      expect([c.id, n < 2000]).toEqual([c.id, true]);
    }
  });
});

describe("blind5 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind5");
    expect(existing.size).toBeGreaterThan(300);
    expect(blindTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(blindTexts.map(fold)).size).toBe(blindTexts.length);
  });

  it("never appear in a tune, held-out, fresh, blind, blind2, blind3 or blind4 case", async () => {
    const folded = blindTexts.map(fold);
    const others = await earlierSplitCases("blind5");
    expect(others.length).toBeGreaterThan(280);
    expect(leaksInto(folded, others)).toEqual([]);
  }, 180_000);

  it("every input wording, header, agency name, near-miss row and target line shows up in the split", () => {
    const texts = cases.flatMap((c) => reloadedTexts(c).map(fold));
    expect(blindTexts.map(fold).filter((w) => !texts.some((t) => t.includes(w)))).toEqual([]);
  });
});

describe("blind5 truth", () => {
  it("every label points at a visible, non-empty cell holding the slot's value after a reload; truth + absent are the plan's slots", () => {
    for (const c of cases) {
      expect([c.id, problemsOf(c, booksOf(c))]).toEqual([c.id, []]);
      const file = split.truthFile(c);
      expect([file.plan, file.split, file.family]).toEqual(["lai-chau-3414", "blind5", c.family]);
      expect([file.mappings, file.absent]).toEqual([c.truth, c.absent]);
    }
  });

  it("(control) the value check rejects a cell holding another slot's value", () => {
    const rejected = swappedValueRejections(cases, booksOf);
    expect(rejected.filter((r) => !r)).toEqual([]);
    expect(rejected.length).toBeGreaterThanOrEqual(6);
  });
});

describe("blind5 traps", () => {
  const count = (pred: (c: Case) => boolean) => cases.filter(pred).length;
  const hasText = (pred: (t: string) => boolean) => (c: Case) => reloadedTexts(c).some((t) => pred(fold(t)));
  const cellsWhere = (c: Case, pred: (cell: ExcelJS.Cell, ws: ExcelJS.Worksheet) => boolean) =>
    cellsWhereIn(booksOf(c), pred);
  const truthCells = (c: Case) => c.truth.map((t) => `${t.workbook}|${t.sheet}|${t.cell}`);
  const family = (name: string) => cases.filter((c) => c.family === name);

  it("near-miss rows, target and part-of-year columns, gaps, hidden sheets and notes are in many cases", () => {
    const decoys = w5.B5_DECOYS.flatMap((d) => d.texts.map(fold));
    expect(count(hasText((t) => decoys.some((d) => t.includes(d))))).toBeGreaterThanOrEqual(20);
    expect(count(hasText(isPlanHeader))).toBeGreaterThanOrEqual(15);
    const partial = w5.B5_PARTIAL_HEADERS.map((h) => fold(h.replace("{y}", "2025")));
    expect(count(hasText((t) => partial.includes(t)))).toBeGreaterThanOrEqual(4);
    expect(
      count((c) => c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined)),
    ).toBeGreaterThanOrEqual(10);
    expect(count((c) => sheetsOf(c).some((ws) => ws.state !== "visible"))).toBeGreaterThanOrEqual(15);
    const notes = w5.B5_NOTES.map((n) => fold(n.slice(0, 12)));
    expect(count(hasText((t) => notes.some((n) => t.startsWith(n))))).toBeGreaterThanOrEqual(12);
  });

  it("total formulas, struck-through log entries, merged totals and previous-period answers are never truth", () => {
    let formulas = 0;
    for (const c of cases) {
      const found = cellsWhere(c, (cell) => isFormula(cell.value));
      if (!c.newFamily) continue;
      if (found.length > 0) formulas++;
      expect(truthCells(c).filter((t) => found.includes(t))).toEqual([]);
    }
    expect(formulas).toBeGreaterThanOrEqual(8);
    const struck = family("b5-monitoring-log").filter(
      (c) => cellsWhere(c, (cell) => !!cell.font?.strike).length > 0,
    );
    expect(struck.length).toBeGreaterThanOrEqual(2);
    for (const c of family("b5-merger-report")) {
      const main = c.files[0]?.workbook.worksheets[0]?.name;
      expect(c.truth.filter((t) => t.sheet === main && t.cell.startsWith("F"))).toEqual([]);
      expect(sheetsOf(c).some((ws) => ws.state === "hidden")).toBe(true);
    }
    for (const c of family("b5-system-export")) {
      expect(c.truth.filter((t) => t.cell.startsWith("I") && t.year !== 2024)).toEqual([]);
      expect(c.truth.some((t) => t.cell.startsWith("I") && t.year === 2024)).toBe(true);
      expect(sheetsOf(c)[0]?.getColumn(1).hidden).toBe(true);
    }
  });

  it("last year's value sits beside this year's in many cases (both truth, each with its year)", () => {
    const beside = (c: Case) =>
      c.truth.some((a) =>
        c.truth.some((b) => {
          if (a.year !== 2025 || b.year !== 2024 || a.input !== b.input || a.unit !== b.unit) return false;
          const ws = a.sheet === b.sheet ? booksOf(c).get(a.workbook)?.getWorksheet(a.sheet) : undefined;
          if (!ws || a.workbook !== b.workbook) return false;
          const [ca, cb] = [ws.getCell(a.cell), ws.getCell(b.cell)];
          return Math.abs(Number(ca.row) - Number(cb.row)) + Math.abs(Number(ca.col) - Number(cb.col)) <= 2;
        }),
      );
    expect(count(beside)).toBeGreaterThanOrEqual(25);
  });

  it("legacy fonts carry part of the cases, and values come as numbers, number text, formulas and words", () => {
    const legacy = count(
      (c) => cellsWhere(c, (cell) => legacyEncodingOfFont(cell.font?.name) !== null).length > 0,
    );
    expect(legacy).toBeGreaterThanOrEqual(10);
    expect(legacy).toBeLessThan(cases.length);
    const kinds = new Set<string>();
    for (const c of cases)
      for (const e of c.truth) {
        const cell = booksOf(c).get(e.workbook)?.getWorksheet(e.sheet)?.getCell(e.cell);
        const v = cell?.value;
        if (typeof v === "number")
          kinds.add(typeof c.values[slotKey(e)] === "boolean" ? "one-zero" : "number");
        else if (isFormula(v)) kinds.add("formula");
        else if (cell && parseVietnameseNumber(cellText(cell)) !== null) kinds.add("number-text");
        else kinds.add("word");
      }
    expect([...kinds].sort()).toEqual(["formula", "number", "number-text", "one-zero", "word"]);
    const unitFormats = count(
      (c) => cellsWhere(c, (cell) => /#,##0[.0]*" /.test(cell.numFmt ?? "")).length > 0,
    );
    expect(unitFormats).toBeGreaterThanOrEqual(5);
  });
});

describe("blind5 determinism", () => {
  it("is deterministic for its seed, differs for another, and other seeds keep every invariant", async () => {
    const again = await b5.buildBlind5Corpus();
    expect(again.map((c) => [c.id, c.family, c.truth, c.absent])).toEqual(
      cases.map((c) => [c.id, c.family, c.truth, c.absent]),
    );
    const other = await b5.buildBlind5Corpus({ seed: 7, casesPerFamily: 3 });
    const mine = new Map(cases.map((c) => [c.id, JSON.stringify(c.truth)]));
    expect(other.filter((c) => mine.get(c.id) !== JSON.stringify(c.truth)).length).toBeGreaterThan(0);
    for (const seed of [1, 2, 3, 2026])
      for (const c of await b5.buildBlind5Corpus({ seed, casesPerFamily: 4 })) {
        const books = new Map(c.files.map((f) => [f.fileName, f.workbook]));
        expect([`${seed}/${c.id}`, problemsOf(c, books)]).toEqual([`${seed}/${c.id}`, []]);
      }
  }, 90_000);
});

/**
 * Checks of the "blind10" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind8's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, plan columns,
 * quarters and months beside the year, a superseded form submission, follow-up years and hidden lists in a
 * questionnaire, the merged agency's column, points beside declared values, hidden drafts and rows, legacy fonts)
 * are really there.
 */
import ExcelJS from "exceljs";
import { legacyEncodingOfFont } from "../src/core/text/legacyEncoding";
import { parseVietnameseNumber } from "../src/core/values/parseNumber";
import * as b10 from "../scripts/corpus/blind10/generate";
import * as w10 from "../scripts/corpus/blind10/wordings";
import * as b8 from "../scripts/corpus/blind8/generate";
import * as w8 from "../scripts/corpus/blind8/wordings";
import * as b7 from "../scripts/corpus/blind7/generate";
import * as b6 from "../scripts/corpus/blind6/generate";
import * as b5 from "../scripts/corpus/blind5/generate";
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

type Case = b10.Blind10Case;
const split = reloadedSplit("blind10", b10.buildBlind10Corpus, b10.writeBlind10Corpus);
let cases: Case[] = [];

beforeAll(async () => {
  cases = await split.load();
}, 120_000);
afterAll(split.cleanup);

const { booksOf, sheetsOf, reloadedTexts } = split;
const values = <T>(r: Readonly<Record<string, readonly T[]>>): T[] => Object.values(r).flat();
const decoyTexts = (l: ReadonlyArray<{ texts: readonly string[] }>) => l.flatMap((d) => [...d.texts]);
const blindTexts = [
  ...values(w10.B10_INPUT_WORDINGS),
  ...values(w10.B10_SHORT_HEADERS),
  ...values(w10.B10_AGENCY_WORDINGS),
  ...decoyTexts(w10.B10_DECOYS),
];

describe("blind10 split shape", () => {
  it("has ≥ 4 wordings per input and unit, ≥ 3 headers, and 6 layout families no other split has", () => {
    for (const input of universe().map((s) => s.input)) {
      expect([input, (w10.B10_INPUT_WORDINGS[input] ?? []).length >= 4]).toEqual([input, true]);
      expect([input, (w10.B10_SHORT_HEADERS[input] ?? []).length >= 3]).toEqual([input, true]);
    }
    for (const list of Object.values(w10.B10_AGENCY_WORDINGS)) expect(list.length).toBeGreaterThanOrEqual(4);
    const known = new Set(
      [
        FAMILIES,
        NEW_FAMILIES,
        BLIND_NEW_FAMILIES,
        b2.BLIND2_NEW_FAMILIES,
        b3.BLIND3_NEW_FAMILIES,
        b4.BLIND4_NEW_FAMILIES,
        b5.BLIND5_NEW_FAMILIES,
        b6.BLIND6_NEW_FAMILIES,
        b7.BLIND7_NEW_FAMILIES,
        b8.BLIND8_NEW_FAMILIES,
      ]
        .flatMap((list: ReadonlyArray<{ name: string }>) => list.map((f) => f.name))
        .map((name) => name.replace(/^(fresh|blind|b2|b3|b4|b5|b6|b7|b8)-/, "")),
    );
    expect(known.size).toBeGreaterThan(54);
    const added = new Set(cases.filter((c) => c.newFamily).map((c) => c.family));
    expect(added).toEqual(new Set(b10.BLIND10_NEW_FAMILIES.map((f) => f.name)));
    expect(added.size).toBe(6);
    expect([...added].filter((f) => known.has(f.replace(/^b10-/, "")))).toEqual([]);
    expect(new Set(cases.filter((c) => !c.newFamily).map((c) => c.family))).toEqual(
      new Set(FAMILIES.map((f) => f.name)),
    );
    expect(
      cases.every((c) => c.split === "blind10") && new Set(cases.map((c) => c.id)).size === cases.length,
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

describe("blind10 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind10");
    expect(existing.size).toBeGreaterThan(500);
    for (const t of [
      ...values(w8.B8_INPUT_WORDINGS),
      ...values(w8.B8_SHORT_HEADERS),
      ...values(w8.B8_AGENCY_WORDINGS),
      ...decoyTexts(w8.B8_DECOYS),
    ])
      expect(existing.has(fold(t))).toBe(true);
    expect(blindTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    // The families' own headers and phrases may be short, so they are only checked for equality.
    const y = (h: string) => h.replace("{y}", "2025");
    const familyTexts = [
      ...Object.values(w10.B10_BRIEFING).flat(2).map(y),
      ...Object.values(w10.B10_FORM).flat(),
      ...Object.values(w10.B10_LOG).flat().map(y),
      ...Object.values(w10.B10_SURVEY).flat(),
      ...Object.values(w10.B10_MERGER).flat(),
      ...Object.values(w10.B10_ASSESS).flat(),
      ...[...w10.B10_PLAN_HEADERS, ...w10.B10_PARTIAL_HEADERS].map(y),
    ];
    expect(familyTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(blindTexts.map(fold)).size).toBe(blindTexts.length);
  });

  it("never appear in a tune, held-out, fresh, blind, blind2 … blind7 or blind8 case", async () => {
    const folded = blindTexts.map(fold);
    const others = await earlierSplitCases("blind10");
    expect(others.length).toBeGreaterThan(500);
    expect(others.some((c) => c.id.startsWith("b7-"))).toBe(true);
    expect(others.some((c) => c.id.startsWith("b8-"))).toBe(true);
    expect(leaksInto(folded, others)).toEqual([]);
  }, 300_000);

  it("every input wording, header, agency name and near-miss row shows up in the split", () => {
    const texts = cases.flatMap((c) => reloadedTexts(c).map(fold));
    expect(blindTexts.map(fold).filter((w) => !texts.some((t) => t.includes(w)))).toEqual([]);
  });
});

describe("blind10 truth", () => {
  it("every label points at a visible, non-empty cell holding the slot's value after a reload; truth + absent are the plan's slots", () => {
    for (const c of cases) {
      expect([c.id, problemsOf(c, booksOf(c))]).toEqual([c.id, []]);
      const file = split.truthFile(c);
      expect([file.plan, file.split, file.family]).toEqual(["lai-chau-3414", "blind10", c.family]);
      expect([file.mappings, file.absent]).toEqual([c.truth, c.absent]);
    }
  });

  it("(control) the value check rejects a cell holding another slot's value", () => {
    const rejected = swappedValueRejections(cases, booksOf);
    expect(rejected.filter((r) => !r)).toEqual([]);
    expect(rejected.length).toBeGreaterThanOrEqual(6);
  });
});

describe("blind10 traps", () => {
  const count = (pred: (c: Case) => boolean) => cases.filter(pred).length;
  const hasText = (pred: (t: string) => boolean) => (c: Case) => reloadedTexts(c).some((t) => pred(fold(t)));
  const sheetOf = (c: Case, e: { workbook: string; sheet: string }) =>
    booksOf(c).get(e.workbook)?.getWorksheet(e.sheet);
  const cellsWhere = (c: Case, pred: (cell: ExcelJS.Cell, ws: ExcelJS.Worksheet) => boolean) =>
    cellsWhereIn(booksOf(c), pred);
  const truthCells = (c: Case) => c.truth.map((t) => `${t.workbook}|${t.sheet}|${t.cell}`);
  const family = (name: string) => cases.filter((c) => c.family === name);
  const num = (cell: ExcelJS.Cell | undefined) =>
    cell ? parseVietnameseNumber(cellText(cell))?.value : undefined;
  const colOf = (address: string) => address.replace(/\d+$/, "");
  const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
  const valueOf = (c: Case, t: Case["truth"][number]) => c.values[slotKey(t)];
  const text = (ws: ExcelJS.Worksheet | undefined, at: string) => (ws ? cellText(ws.getCell(at)) : "");
  const sum = (ns: ReadonlyArray<number | undefined>) => ns.reduce<number>((a, b) => a + (b ?? 0), 0);

  it("near-miss rows, plan columns, part-of-year rows, gaps, hidden sheets and notes are in many cases", () => {
    const decoys = decoyTexts(w10.B10_DECOYS).map(fold);
    expect(count(hasText((t) => decoys.some((d) => t.includes(d))))).toBeGreaterThanOrEqual(25);
    expect(count(hasText(isPlanHeader))).toBeGreaterThanOrEqual(7);
    const partial = w10.B10_PARTIAL_HEADERS.map((h) => fold(h.replace("{y}", "2025")));
    expect(count(hasText((t) => partial.includes(t)))).toBeGreaterThanOrEqual(3);
    expect(
      count((c) => c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined)),
    ).toBeGreaterThanOrEqual(15);
    expect(count((c) => sheetsOf(c).some((ws) => ws.state !== "visible"))).toBeGreaterThanOrEqual(20);
    const notes = w10.B10_NOTES.map((n) => fold(n.slice(0, 12)));
    expect(count(hasText((t) => notes.some((n) => t.startsWith(n))))).toBeGreaterThanOrEqual(12);
  });

  it("formulas are never truth in the new families, and no truth cell sits in a hidden row", () => {
    let formulas = 0;
    let hiddenRows = 0;
    for (const c of cases.filter((x) => x.newFamily)) {
      const found = cellsWhere(c, (cell) => isFormula(cell.value));
      if (found.length > 0) formulas++;
      expect(truthCells(c).filter((t) => found.includes(t))).toEqual([]);
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        expect([c.id, t.cell, ws?.getRow(rowOf(t.cell)).hidden]).toEqual([c.id, t.cell, false]);
      }
      if (sheetsOf(c).some((ws) => ws.state === "visible" && ws.getRows(1, 200)?.some((r) => r.hidden)))
        hiddenRows++;
    }
    expect(formulas).toBeGreaterThanOrEqual(12);
    expect(hiddenRows).toBeGreaterThanOrEqual(2);
  });

  it("last year's value sits beside this year's in many cases (both truth, each with its year)", () => {
    const beside = (c: Case) =>
      c.truth.some((a) =>
        c.truth.some((b) => {
          if (a.year !== 2025 || b.year !== 2024 || a.input !== b.input || a.unit !== b.unit) return false;
          const ws = a.sheet === b.sheet ? sheetOf(c, a) : undefined;
          if (!ws || a.workbook !== b.workbook) return false;
          const [ca, cb] = [ws.getCell(a.cell), ws.getCell(b.cell)];
          return Math.abs(Number(ca.row) - Number(cb.row)) + Math.abs(Number(ca.col) - Number(cb.col)) <= 2;
        }),
      );
    expect(count(beside)).toBeGreaterThanOrEqual(25);
  });

  it("the briefing's quarters add up to the year's value beside it; plan figures sit in their own column", () => {
    let sums = 0;
    let plans = 0;
    for (const c of family("b10-quarterly-briefing")) {
      const ws = booksOf(c).values().next().value?.getWorksheet("Giao ban Q4");
      expect(isPlanHeader(text(ws, "J6"))).toBe(true);
      for (const t of c.truth.filter((e) => e.sheet === "Giao ban Q4")) {
        expect(["H", "I"]).toContain(colOf(t.cell));
        const row = rowOf(t.cell);
        if (t.input === "political_articles" && t.year === 2025) {
          const quarters = ["D", "E", "F", "G"].map((col) => num(ws?.getCell(`${col}${row}`)));
          if (quarters.every((q) => q !== undefined)) {
            expect(sum(quarters)).toBe(valueOf(c, t));
            sums++;
          }
        }
        if (text(ws, `J${row}`) !== "") plans++;
      }
    }
    expect(sums).toBeGreaterThanOrEqual(7 * 2);
    expect(plans).toBeGreaterThanOrEqual(7 * 6);
  });

  it("a superseded form submission sits before the one holding the agency's values, never truth", () => {
    const superseded = w10.B10_FORM.superseded.map(fold);
    let rows = 0;
    for (const c of family("b10-online-form-export")) {
      const ws = sheetOf(c, { workbook: c.files[0]?.fileName ?? "", sheet: w10.B10_FORM.sheet });
      const last = ws?.getRow(1).cellCount ?? 0;
      const truthRows = new Set(
        c.truth.filter((t) => t.sheet === w10.B10_FORM.sheet).map((t) => rowOf(t.cell)),
      );
      ws?.eachRow((r, n) => {
        if (!superseded.includes(fold(cellText(r.getCell(last))))) return;
        rows++;
        expect(truthRows.has(n)).toBe(false);
        const agency = fold(cellText(r.getCell(3)));
        const later = [...truthRows].filter((m) => m > n && fold(text(ws, `C${m}`)) === agency);
        expect([c.id, later.length]).toEqual([c.id, 1]);
      });
      // The consent and remark columns (the last two) never hold a value.
      const lastCols = [last - 1, last].map((n) => ws?.getCell(1, n).address.replace(/\d+$/, ""));
      expect(c.truth.filter((t) => lastCols.includes(colOf(t.cell)))).toEqual([]);
    }
    expect(rows).toBeGreaterThanOrEqual(4);
  });

  it("the log's year row is the sum of its months; the whole-province column and the cumulative rows are never truth", () => {
    let sums = 0;
    let cumulative = 0;
    const partial = w10.B10_PARTIAL_HEADERS.map((h) => fold(h.replace("{y}", "2025")));
    for (const c of family("b10-monthly-log")) {
      for (const t of c.truth.filter((e) => e.input === "political_articles")) {
        expect(t.sheet).toBe(`Năm ${t.year}`);
        expect(colOf(t.cell)).not.toBe("E");
        const ws = sheetOf(c, t);
        const row = rowOf(t.cell);
        const months: Array<number | undefined> = [];
        for (let r = 5; r < row; r++) {
          if (partial.includes(fold(text(ws, `A${r}`)))) continue;
          months.push(num(ws?.getCell(`${colOf(t.cell)}${r}`)));
        }
        expect(months.length).toBe(12);
        if (months.every((m) => m !== undefined)) {
          expect(sum(months)).toBe(valueOf(c, t));
          sums++;
        }
      }
      for (const ws of sheetsOf(c))
        ws.eachRow((r) => void (partial.includes(fold(cellText(r.getCell(1)))) && cumulative++));
    }
    expect(sums).toBeGreaterThanOrEqual(7 * 10);
    expect(cumulative).toBeGreaterThanOrEqual(2);
  });

  it("questionnaire answers sit under their questions; follow-up years and the hidden lists never hold values", () => {
    const prompts = [...w10.B10_SURVEY.answer].map(fold);
    const since = [...w10.B10_SURVEY.since].map(fold);
    let years = 0;
    let followUps = 0;
    for (const c of family("b10-survey-sheet")) {
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        expect(t.sheet).toBe(w10.B10_SURVEY.sheet);
        expect(prompts).toContain(fold(text(ws, `B${rowOf(t.cell)}`)));
        if (t.year !== undefined) {
          expect(num(ws?.getCell(`${colOf(t.cell)}${rowOf(t.cell) - 1}`))).toBe(t.year);
          years++;
        }
      }
      for (const book of booksOf(c).values()) {
        expect(book.getWorksheet(w10.B10_SURVEY.lists)?.state).toBe("hidden");
        book.getWorksheet(w10.B10_SURVEY.sheet)?.eachRow((r) => {
          if (!since.includes(fold(cellText(r.getCell(2))))) return;
          const y = num(r.getCell(6));
          if (y !== undefined && y >= 2018 && y <= 2024) followUps++;
        });
      }
    }
    expect(years).toBeGreaterThanOrEqual(7 * 20);
    expect(followUps).toBeGreaterThanOrEqual(5);
  });

  it("the merged agency's column adds the newspaper and the station and is never truth", () => {
    let sums = 0;
    for (const c of family("b10-merger-handover")) {
      const truth = c.truth.filter((t) => t.sheet === w10.B10_MERGER.sheet);
      expect(truth.filter((t) => !["D", "E"].includes(colOf(t.cell)))).toEqual([]);
      const ws = truth[0] ? sheetOf(c, truth[0]) : undefined;
      expect(w10.B10_MERGER.newAgency.map(fold)).toContain(fold(text(ws, "F3")));
      for (const t of truth.filter((e) => colOf(e.cell) === "D" && e.input === "political_articles")) {
        const row = rowOf(t.cell);
        const other = truth.find((e) => e.cell === `E${row}`);
        if (!other) continue;
        expect(num(ws?.getCell(`F${row}`))).toBe((valueOf(c, t) as number) + (valueOf(c, other) as number));
        sums++;
      }
      expect(truth.some((t) => t.unit === "tap-chi-van-nghe-lai-chau")).toBe(true);
    }
    expect(sums).toBeGreaterThanOrEqual(7 * 3);
  });

  it("the self-assessment declares values in one column, points beside them, and a total formula", () => {
    let points = 0;
    for (const c of family("b10-self-assessment")) {
      for (const t of c.truth) {
        const ws = sheetOf(c, t);
        if (t.sheet === w10.B10_ASSESS.area) {
          expect(colOf(t.cell)).toBe("B");
          continue;
        }
        expect(colOf(t.cell)).toBe("C");
        if (typeof num(ws?.getCell(`D${rowOf(t.cell)}`)) === "number") points++;
      }
      const totals = cellsWhere(c, (cell, ws) => isFormula(cell.value) && ws.name.startsWith("TĐG"));
      expect(totals.length).toBe(3);
    }
    expect(points).toBeGreaterThanOrEqual(7 * 20);
  });

  it("legacy fonts carry part of the cases, and values come as numbers, number text and words", () => {
    const legacy = count(
      (c) => cellsWhere(c, (cell) => legacyEncodingOfFont(cell.font?.name) !== null).length > 0,
    );
    expect(legacy).toBeGreaterThanOrEqual(10);
    expect(legacy).toBeLessThan(cases.length);
    const kinds = new Set<string>();
    for (const c of cases)
      for (const e of c.truth) {
        const cell = sheetOf(c, e)?.getCell(e.cell);
        const v = cell?.value;
        if (typeof v === "number")
          kinds.add(typeof c.values[slotKey(e)] === "boolean" ? "one-zero" : "number");
        else if (isFormula(v)) kinds.add("formula");
        else if (cell && parseVietnameseNumber(cellText(cell)) !== null) kinds.add("number-text");
        else kinds.add("word");
      }
    for (const kind of ["number", "number-text", "word"]) expect([...kinds]).toContain(kind);
    const unitFormats = count(
      (c) => cellsWhere(c, (cell) => /#,##0[.0]*" /.test(cell.numFmt ?? "")).length > 0,
    );
    expect(unitFormats).toBeGreaterThanOrEqual(5);
  });
});

describe("blind10 determinism", () => {
  it("is deterministic for its seed, differs for another, and other seeds keep every invariant", async () => {
    const again = await b10.buildBlind10Corpus();
    expect(again.map((c) => [c.id, c.family, c.truth, c.absent])).toEqual(
      cases.map((c) => [c.id, c.family, c.truth, c.absent]),
    );
    const other = await b10.buildBlind10Corpus({ seed: 7, casesPerFamily: 3 });
    const mine = new Map(cases.map((c) => [c.id, JSON.stringify(c.truth)]));
    expect(other.filter((c) => mine.get(c.id) !== JSON.stringify(c.truth)).length).toBeGreaterThan(0);
    for (const seed of [1, 2, 3, 2026])
      for (const c of await b10.buildBlind10Corpus({ seed, casesPerFamily: 4 })) {
        const books = new Map(c.files.map((f) => [f.fileName, f.workbook]));
        expect([`${seed}/${c.id}`, problemsOf(c, books)]).toEqual([`${seed}/${c.id}`, []]);
      }
  }, 90_000);
});

/**
 * Checks of the "blind9" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind8's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, target and
 * part-of-year columns, scores beside figures, quarters beside the whole year, superseded form responses, people
 * lists with birth years, cards and their chart source, forecasts under answers, legacy fonts) are really there.
 */
import ExcelJS from "exceljs";
import { legacyEncodingOfFont } from "../src/core/text/legacyEncoding";
import { parseVietnameseNumber } from "../src/core/values/parseNumber";
import * as b9 from "../scripts/corpus/blind9/generate";
import * as w9 from "../scripts/corpus/blind9/wordings";
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

type Case = b9.Blind9Case;
const split = reloadedSplit("blind9", b9.buildBlind9Corpus, b9.writeBlind9Corpus);
let cases: Case[] = [];

beforeAll(async () => {
  cases = await split.load();
}, 120_000);
afterAll(split.cleanup);

const { booksOf, sheetsOf, reloadedTexts } = split;
const values = <T>(r: Readonly<Record<string, readonly T[]>>): T[] => Object.values(r).flat();
const decoyTexts = (l: ReadonlyArray<{ texts: readonly string[] }>) => l.flatMap((d) => [...d.texts]);
const blindTexts = [
  ...values(w9.B9_INPUT_WORDINGS),
  ...values(w9.B9_SHORT_HEADERS),
  ...values(w9.B9_AGENCY_WORDINGS),
  ...decoyTexts(w9.B9_DECOYS),
];
const y2025 = (t: string) => t.replace("{y}", "2025");

describe("blind9 split shape", () => {
  it("has ≥ 4 wordings per input and unit, ≥ 3 headers, and 6 layout families no other split has", () => {
    for (const input of universe().map((s) => s.input)) {
      expect([input, (w9.B9_INPUT_WORDINGS[input] ?? []).length >= 4]).toEqual([input, true]);
      expect([input, (w9.B9_SHORT_HEADERS[input] ?? []).length >= 3]).toEqual([input, true]);
    }
    for (const list of Object.values(w9.B9_AGENCY_WORDINGS)) expect(list.length).toBeGreaterThanOrEqual(4);
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
    expect(added).toEqual(new Set(b9.BLIND9_NEW_FAMILIES.map((f) => f.name)));
    expect(added.size).toBe(6);
    for (const f of added) expect([f, known.has(f.replace(/^b9-/, ""))]).toEqual([f, false]);
    expect(new Set(cases.filter((c) => !c.newFamily).map((c) => c.family))).toEqual(
      new Set(FAMILIES.map((f) => f.name)),
    );
    expect(
      cases.every((c) => c.split === "blind9") && new Set(cases.map((c) => c.id)).size === cases.length,
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

describe("blind9 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind9");
    expect(existing.size).toBeGreaterThan(500);
    for (const t of [
      ...values(w8.B8_INPUT_WORDINGS),
      ...values(w8.B8_SHORT_HEADERS),
      ...values(w8.B8_AGENCY_WORDINGS),
      ...decoyTexts(w8.B8_DECOYS),
    ])
      expect(existing.has(fold(t))).toBe(true);
    expect(blindTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    // The families' own headers and phrases may be short, so they are only checked for equality (quarter names
    // and job titles are everyday words, left out).
    const familyTexts = [
      ...Object.values(w9.B9_SCORING_HEADERS).flat(),
      ...Object.values(w9.B9_SCORING_TEXTS).flat(),
      ...[...w9.B9_QUARTERS.year, ...w9.B9_QUARTERS.diff, ...w9.B9_QUARTERS.general, ...w9.B9_QUARTERS.draft],
      ...Object.values(w9.B9_FORM).flat(),
      ...[w9.B9_TRAINING.title, w9.B9_TRAINING.summary, w9.B9_TRAINING.courses, w9.B9_TRAINING.cert].flat(),
      ...Object.values(w9.B9_DASHBOARD).flat(),
      ...Object.values(w9.B9_QUESTIONNAIRE).flat(),
      ...Object.values(w9.B9_TITLES),
      ...[...w9.B9_PLAN_HEADERS, ...w9.B9_PARTIAL_HEADERS],
    ].map(y2025);
    expect(familyTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(blindTexts.map(fold)).size).toBe(blindTexts.length);
  });

  it("never appear in a tune, held-out, fresh, blind, blind2 … blind7 or blind8 case", async () => {
    const folded = blindTexts.map(fold);
    const others = await earlierSplitCases("blind9");
    expect(others.length).toBeGreaterThan(500);
    expect(others.some((c) => c.id.startsWith("b8-"))).toBe(true);
    expect(others.some((c) => c.id.startsWith("b9-"))).toBe(false);
    expect(leaksInto(folded, others)).toEqual([]);
  }, 240_000);

  it("every input wording, header, agency name and near-miss row shows up in the split", () => {
    const texts = cases.flatMap((c) => reloadedTexts(c).map(fold));
    expect(blindTexts.map(fold).filter((w) => !texts.some((t) => t.includes(w)))).toEqual([]);
  });
});

describe("blind9 truth", () => {
  it("every label points at a visible, non-empty cell holding the slot's value after a reload; truth + absent are the plan's slots", () => {
    for (const c of cases) {
      expect([c.id, problemsOf(c, booksOf(c))]).toEqual([c.id, []]);
      const file = split.truthFile(c);
      expect([file.plan, file.split, file.family]).toEqual(["lai-chau-3414", "blind9", c.family]);
      expect([file.mappings, file.absent]).toEqual([c.truth, c.absent]);
    }
  });

  it("(control) the value check rejects a cell holding another slot's value", () => {
    const rejected = swappedValueRejections(cases, booksOf);
    expect(rejected.filter((r) => !r)).toEqual([]);
    expect(rejected.length).toBeGreaterThanOrEqual(6);
  });
});

describe("blind9 traps", () => {
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

  it("near-miss rows, target and part-of-year columns, gaps, hidden sheets and notes are in many cases", () => {
    const decoys = decoyTexts(w9.B9_DECOYS).map(fold);
    expect(count(hasText((t) => decoys.some((d) => t.includes(d))))).toBeGreaterThanOrEqual(35);
    expect(count(hasText(isPlanHeader))).toBeGreaterThanOrEqual(15);
    const partial = w9.B9_PARTIAL_HEADERS.map((h) => fold(y2025(h)));
    expect(count(hasText((t) => partial.includes(t)))).toBeGreaterThanOrEqual(3);
    expect(
      count((c) => c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined)),
    ).toBeGreaterThanOrEqual(15);
    expect(count((c) => sheetsOf(c).some((ws) => ws.state !== "visible"))).toBeGreaterThanOrEqual(36);
    const notes = w9.B9_NOTES.map((n) => fold(n.slice(0, 12)));
    expect(count(hasText((t) => notes.some((n) => t.startsWith(n))))).toBeGreaterThanOrEqual(15);
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
    expect(formulas).toBeGreaterThanOrEqual(4 * 7);
  });

  it("the scoring sheets keep the figure in D, scores beside it, a total formula, targets that differ", () => {
    let targets = 0;
    for (const c of family("b9-merit-scoresheet")) {
      for (const t of c.truth) {
        expect([t.cell, colOf(t.cell)]).toEqual([t.cell, "D"]);
        const ws = sheetOf(c, t);
        const row = rowOf(t.cell);
        for (const col of ["C", "E", "F"]) expect(typeof ws?.getCell(`${col}${row}`).value).toBe("number");
        const plan = num(ws?.getCell(`H${row}`));
        if (plan !== undefined) {
          expect(plan).not.toBe(valueOf(c, t));
          targets++;
        }
      }
      const visible = sheetsOf(c).filter((ws) => ws.state === "visible");
      const totalled = visible.filter((ws) => {
        let found = false;
        ws.getColumn(3).eachCell((cell) => void (found = found || isFormula(cell.value)));
        return found;
      });
      expect(totalled.length).toBe(visible.length);
      expect(sheetsOf(c).filter((ws) => ws.state === "hidden").length).toBe(1);
    }
    expect(targets).toBeGreaterThanOrEqual(3 * 6);
  });

  it("quarters add up to the whole-year value, which alone is truth, on the sheet of its year", () => {
    let sums = 0;
    for (const c of family("b9-quarterly-breakdown")) {
      for (const t of c.truth.filter((e) => e.year !== undefined)) {
        expect([t.cell, colOf(t.cell), t.sheet]).toEqual([t.cell, "H", `Theo quý ${t.year}`]);
        const ws = sheetOf(c, t);
        const row = rowOf(t.cell);
        const parts = ["D", "E", "F", "G"].map((col) => num(ws?.getCell(`${col}${row}`)));
        if (parts.some((p) => p === undefined)) continue;
        const total = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
        expect(total).toBeCloseTo(valueOf(c, t) as number, 5);
        expect(parts.every((p) => p !== valueOf(c, t))).toBe(true);
        expect(isFormula(ws?.getCell(`I${row}`).value)).toBe(true);
        sums++;
      }
      expect(c.truth.filter((t) => t.year === undefined).every((t) => !t.sheet.startsWith("Theo quý"))).toBe(
        true,
      );
    }
    expect(sums).toBeGreaterThanOrEqual(7 * 10);
  });

  it("a superseded form response sits above the final one, with other figures, never truth", () => {
    const superseded = w9.B9_FORM.superseded.map(fold);
    let differing = 0;
    for (const c of family("b9-survey-export")) {
      const ws = sheetsOf(c)[0];
      const last = ws?.actualColumnCount ?? 0;
      const oldRows: number[] = [];
      ws?.eachRow((r, n) => void (superseded.includes(fold(cellText(r.getCell(last)))) && oldRows.push(n)));
      expect(oldRows.length).toBe(1);
      const old = oldRows[0] ?? 0;
      expect(c.truth.some((t) => t.sheet === ws?.name && rowOf(t.cell) === old)).toBe(false);
      for (const t of c.truth.filter((e) => e.sheet === ws?.name && rowOf(e.cell) === old + 1)) {
        const before = num(ws?.getCell(`${colOf(t.cell)}${old}`));
        if (before !== undefined && before !== valueOf(c, t)) differing++;
      }
      expect(text(ws, `C${old}`)).toBe(text(ws, `C${old + 1}`));
    }
    expect(differing).toBeGreaterThanOrEqual(7 * 3);
  });

  it("the training lists hold birth years, hours and a head count that is not the trained figure", () => {
    let people = 0;
    for (const c of family("b9-training-register")) {
      for (const [file, wb] of booksOf(c)) {
        const ws = wb.getWorksheet("DS học viên");
        if (!ws) continue;
        const summary = c.truth.filter((t) => t.workbook === file && t.sheet === ws.name);
        expect(summary.map((t) => [t.input, colOf(t.cell)]).sort()).toEqual(
          summary.map((t) => [t.input, "E"]).sort(),
        );
        const counted = cellsWhereIn(new Map([[file, wb]]), (cell) => isFormula(cell.value));
        expect(counted.length).toBe(1);
        const headCount = (ws.getCell((counted[0] ?? "").split("|")[2] ?? "A1").value as { result?: number })
          .result;
        for (const t of summary) expect(headCount).not.toBe(valueOf(c, t));
        ws.eachRow((r, n) => {
          const year = num(r.getCell(3));
          if (n > 4 && year !== undefined && year >= 1970 && year <= 2000) people++;
        });
      }
    }
    expect(people).toBeGreaterThanOrEqual(7 * 3 * 5);
  });

  it("a card's label is right above its figure; the hidden chart source repeats figures by formula", () => {
    let charted = 0;
    for (const c of family("b9-dashboard-cards")) {
      const cards = c.truth.filter((t) => t.sheet === sheetsOf(c)[0]?.name);
      expect(cards.length).toBeGreaterThanOrEqual(10);
      for (const t of cards) {
        const ws = sheetOf(c, t);
        const above = `${colOf(t.cell)}${rowOf(t.cell) - 1}`;
        expect([t.cell, text(ws, above).length > 0]).toEqual([t.cell, true]);
      }
      const hidden = sheetsOf(c).find((ws) => ws.state === "hidden");
      hidden?.eachRow((r) => {
        if (isFormula(r.getCell(2).value)) charted++;
      });
    }
    expect(charted).toBeGreaterThanOrEqual(7 * 4);
  });

  it("questionnaires put forecasts under the series answers and a phone number at the end, never truth", () => {
    const forecast = w9.B9_QUESTIONNAIRE.forecast.map(fold);
    let forecasts = 0;
    let phones = 0;
    for (const c of family("b9-info-request-form")) {
      for (const [file, wb] of booksOf(c))
        for (const ws of wb.worksheets.filter((s) => s.state === "visible"))
          ws.eachRow((r, n) => {
            if (forecast.includes(fold(cellText(r.getCell(2))))) {
              expect(c.truth.some((t) => t.workbook === file && rowOf(t.cell) === n)).toBe(false);
              if ((num(r.getCell(3)) ?? 0) > 0) forecasts++;
            }
            if (/0\d{3}\.\d{3}\.\d{3}/.test(cellText(r.getCell(2)))) phones++;
          });
    }
    expect(forecasts).toBeGreaterThanOrEqual(7 * 5);
    expect(phones).toBeGreaterThanOrEqual(7 * 3);
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
        const cell = sheetOf(c, e)?.getCell(e.cell);
        const v = cell?.value;
        if (typeof v === "number") kinds.add("number");
        else if (isFormula(v)) kinds.add("formula");
        else if (cell && parseVietnameseNumber(cellText(cell)) !== null) kinds.add("number-text");
        else kinds.add("word");
      }
    expect([...kinds].sort()).toEqual(["formula", "number", "number-text", "word"]);
    const unitFormats = count(
      (c) => cellsWhere(c, (cell) => /#,##0[.0]*" /.test(cell.numFmt ?? "")).length > 0,
    );
    expect(unitFormats).toBeGreaterThanOrEqual(5);
  });
});

describe("blind9 determinism", () => {
  it("is deterministic for its seed, differs for another, and other seeds keep every invariant", async () => {
    const again = await b9.buildBlind9Corpus();
    expect(again.map((c) => [c.id, c.family, c.truth, c.absent])).toEqual(
      cases.map((c) => [c.id, c.family, c.truth, c.absent]),
    );
    const other = await b9.buildBlind9Corpus({ seed: 7, casesPerFamily: 3 });
    const mine = new Map(cases.map((c) => [c.id, JSON.stringify(c.truth)]));
    expect(other.filter((c) => mine.get(c.id) !== JSON.stringify(c.truth)).length).toBeGreaterThan(0);
    for (const seed of [1, 2, 3, 2026])
      for (const c of await b9.buildBlind9Corpus({ seed, casesPerFamily: 4 })) {
        const books = new Map(c.files.map((f) => [f.fileName, f.workbook]));
        expect([`${seed}/${c.id}`, problemsOf(c, books)]).toEqual([`${seed}/${c.id}`, []]);
      }
  }, 90_000);
});

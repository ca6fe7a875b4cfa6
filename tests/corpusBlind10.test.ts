/**
 * Checks of the "blind10" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind8's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, plan columns,
 * quarters and months beside the year, a superseded form submission, follow-up years and hidden lists in a
 * questionnaire, the merged agency's column, points beside declared values, hidden drafts and rows, legacy fonts)
 * are really there.
 */

import * as b10 from "../scripts/corpus/blind10/generate";
import * as w10 from "../scripts/corpus/blind10/wordings";
import * as w8 from "../scripts/corpus/blind8/wordings";

import { cellText, fold, isFormula, isPlanHeader, knownWordings } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind10", b10.buildBlind10Corpus, b10.writeBlind10Corpus);
const { cases, booksOf, sheetsOf } = b;
const blindTexts = [
  ...suite.values(w10.B10_INPUT_WORDINGS),
  ...suite.values(w10.B10_SHORT_HEADERS),
  ...suite.values(w10.B10_AGENCY_WORDINGS),
  ...suite.decoyTexts(w10.B10_DECOYS),
];

describe("blind10 split shape", () => {
  b.itHasItsShape([w10.B10_INPUT_WORDINGS, w10.B10_SHORT_HEADERS, w10.B10_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b10.BLIND10_NEW_FAMILIES,
    unseen: "list",
  });
});

describe("blind10 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind10");
    expect(existing.size).toBeGreaterThan(500);
    for (const t of [
      ...suite.values(w8.B8_INPUT_WORDINGS),
      ...suite.values(w8.B8_SHORT_HEADERS),
      ...suite.values(w8.B8_AGENCY_WORDINGS),
      ...suite.decoyTexts(w8.B8_DECOYS),
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

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind7 or blind8 case",
    blindTexts,
    { moreThan: 500, with: ["b7-", "b8-"], timeout: 300_000 },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind10 traps", () => {
  const { count, hasText, sheetOf, cellsWhere, truthCells, family, num, colOf, rowOf, valueOf, text } = b;
  const sum = (ns: ReadonlyArray<number | undefined>) => ns.reduce<number>((a, b) => a + (b ?? 0), 0);

  it("near-miss rows, plan columns, part-of-year rows, gaps, hidden sheets and notes are in many cases", () => {
    const decoys = suite.decoyTexts(w10.B10_DECOYS).map(fold);
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

  b.itHasLastYearBeside(25);

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

  b.itHasLegacyFontsAndKinds(
    { oneZero: true, kinds: ["number", "number-text", "word"], exact: false },
    "legacy fonts carry part of the cases, and values come as numbers, number text and words",
  );
});

b.describeDeterminism();

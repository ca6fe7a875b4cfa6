/**
 * Checks of the "blind9" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind8's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, target and
 * part-of-year columns, scores beside figures, quarters beside the whole year, superseded form responses, people
 * lists with birth years, cards and their chart source, forecasts under answers, legacy fonts) are really there.
 */

import * as b9 from "../scripts/corpus/blind9/generate";
import * as w9 from "../scripts/corpus/blind9/wordings";
import * as w8 from "../scripts/corpus/blind8/wordings";
import { cellText, fold, isFormula, isPlanHeader, knownWordings } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind9", b9.buildBlind9Corpus, b9.writeBlind9Corpus);
const { cases, booksOf, sheetsOf } = b;
const blindTexts = [
  ...suite.values(w9.B9_INPUT_WORDINGS),
  ...suite.values(w9.B9_SHORT_HEADERS),
  ...suite.values(w9.B9_AGENCY_WORDINGS),
  ...suite.decoyTexts(w9.B9_DECOYS),
];
const y2025 = (t: string) => t.replace("{y}", "2025");

describe("blind9 split shape", () => {
  b.itHasItsShape([w9.B9_INPUT_WORDINGS, w9.B9_SHORT_HEADERS, w9.B9_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b9.BLIND9_NEW_FAMILIES,
    unseen: "each",
  });
});

describe("blind9 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind9");
    expect(existing.size).toBeGreaterThan(500);
    for (const t of [
      ...suite.values(w8.B8_INPUT_WORDINGS),
      ...suite.values(w8.B8_SHORT_HEADERS),
      ...suite.values(w8.B8_AGENCY_WORDINGS),
      ...suite.decoyTexts(w8.B8_DECOYS),
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

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind7 or blind8 case",
    blindTexts,
    { moreThan: 500, with: ["b8-"], without: ["b9-"], timeout: 240_000 },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind9 traps", () => {
  const { count, hasText, sheetOf, cellsWhere, truthCells, family, num, colOf, rowOf, valueOf, text } = b;

  it("near-miss rows, target and part-of-year columns, gaps, hidden sheets and notes are in many cases", () => {
    const decoys = suite.decoyTexts(w9.B9_DECOYS).map(fold);
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
        const counted = suite.cellsWhere(new Map([[file, wb]]), (cell) => isFormula(cell.value));
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

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: true,
  });
});

b.describeDeterminism();

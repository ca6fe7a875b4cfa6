/**
 * Checks of the "blind5" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind4's included), every truth cell holds its slot's value once
 * written and read back, truth and absent partition the plan's slots, and the traps (near-miss rows, target,
 * part-of-year and previous-period columns, struck-through log entries, merged totals, hidden sheets and columns,
 * legacy fonts) are really there.
 */

import * as b5 from "../scripts/corpus/blind5/generate";
import * as w5 from "../scripts/corpus/blind5/wordings";

import { fold, isFormula, isPlanHeader, knownWordings } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind5", b5.buildBlind5Corpus, b5.writeBlind5Corpus);
const { cases, sheetsOf } = b;
const blindTexts = [
  ...suite.values(w5.B5_INPUT_WORDINGS),
  ...suite.values(w5.B5_SHORT_HEADERS),
  ...suite.values(w5.B5_AGENCY_WORDINGS),
  ...w5.B5_DECOYS.flatMap((d) => [...d.texts]),
  ...Object.values(w5.B5_TARGET_LINES),
  ...w5.B5_TARGET_LINES_2030,
  ...w5.B5_MERGED_AGENCY,
];

describe("blind5 split shape", () => {
  b.itHasItsShape([w5.B5_INPUT_WORDINGS, w5.B5_SHORT_HEADERS, w5.B5_AGENCY_WORDINGS], {
    upTo: 4,
    knownMoreThan: 30,
    newFamilies: b5.BLIND5_NEW_FAMILIES,
    unseen: "each",
  });
});

describe("blind5 wordings", () => {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings("blind5");
    expect(existing.size).toBeGreaterThan(300);
    expect(blindTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(blindTexts.map(fold)).size).toBe(blindTexts.length);
  });

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2, blind3 or blind4 case",
    blindTexts,
    { moreThan: 280, timeout: 180_000 },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name, near-miss row and target line shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind5 traps", () => {
  const { count, hasText, cellsWhere, truthCells, family } = b;

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

  b.itHasLastYearBeside(25);

  b.itHasLegacyFontsAndKinds({
    oneZero: true,
    kinds: ["formula", "number", "number-text", "one-zero", "word"],
    exact: true,
  });
});

b.describeDeterminism();

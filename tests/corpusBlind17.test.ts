/**
 * Checks of the "blind17" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
 * families, wordings no other list or split has, blind15's and blind16's included), every truth cell holds its
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
import * as t17 from "../scripts/corpus/blind17/texts";
import * as w17 from "../scripts/corpus/blind17/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

/** Counts the traps must exceed (measured on seed 20330207, with a margin). */
const EARLIER_NAMES = 46;
const LEAK_CASES = 1000;
const COMMON = { decoys: 38, plans: 46, partials: 15, gaps: 35, hidden: 25, notes: 30 };
const LAST_YEAR = 50;
const JOURNAL = { wrong: 45, pointed: 22 };
const REVIEW = { cumulative: 160, starts: 115 };
const ESTIMATE = { sums: 50 };
const DRAFTS = { differing: 200 };
const SECTIONS = { sums: 35 };
const PASSPORT = { refCards: 9 };

const b = suite.blindSuite("blind17", b17.buildBlind17Corpus, b17.writeBlind17Corpus);

const decoys = Object.values(w17.B17_DECOYS);
const blindTexts = [
  ...suite.values(w17.B17_INPUT_WORDINGS),
  ...suite.values(w17.B17_SHORT_HEADERS),
  ...suite.values(w17.B17_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) =>
  t
    .replaceAll("{y}", "2025")
    .replaceAll("{n}", "12")
    .replace(/\s*\{v\}/, "");
/** The families' own fixed texts (titles, banners, heads, statuses), checked for equality only: some are short. */
const familyTexts = [
  ...[t17.B17_JOURNAL, t17.B17_REVIEW, t17.B17_ESTIMATE, t17.B17_DRAFTS, t17.B17_SECTIONS, t17.B17_PASSPORT]
    .flatMap(suite.strings)
    .map(fill),
  ...[...w17.B17_PLAN_HEADERS, ...w17.B17_PARTIAL_HEADERS].map(fill),
];
const partials = w17.B17_PARTIAL_HEADERS.map(fill);
const among = (list: readonly string[], t: string, y = 2025, n = "\\d+") =>
  list.some((s) =>
    new RegExp(
      `^${fold(s)
        .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        .replaceAll("{y}", String(y))
        .replaceAll("{n}", n)
        .replace(/\\?\{v\\?\}/, ".*")}$`,
    ).test(fold(t)),
  );

describe("blind17 split shape", () => {
  b.itHasItsShape([w17.B17_INPUT_WORDINGS, w17.B17_SHORT_HEADERS, w17.B17_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b17.BLIND17_NEW_FAMILIES,
    unseen: "each",
  });

  suite.itHasNoEarlierFamilyName(
    "has no family name of blind9 … blind16 either",
    [
      ...b9.BLIND9_NEW_FAMILIES,
      ...b10.BLIND10_NEW_FAMILIES,
      ...b11.BLIND11_NEW_FAMILIES,
      ...b12.BLIND12_NEW_FAMILIES,
      ...b13.BLIND13_NEW_FAMILIES,
      ...b14.BLIND14_NEW_FAMILIES,
      ...b15.BLIND15_NEW_FAMILIES,
      ...b16.BLIND16_NEW_FAMILIES,
    ],
    b17.BLIND17_NEW_FAMILIES,
    EARLIER_NAMES,
  );
});

describe("blind17 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 150);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind15 or blind16 case",
    blindTexts,
    {
      moreThan: LEAK_CASES,
      with: ["b10-", "b11-", "b12-", "b13-", "b14-", "b15-", "b16-"],
      without: ["b17-", "b18-"],
      timeout: 900_000,
    },
  );

  b.itAppearsInSplit(
    "every input wording, header, agency name and near-miss row shows up in the split",
    blindTexts,
  );
});

b.describeTruth();

describe("blind17 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w17.B17_NOTES,
      atLeast: COMMON,
    },
  );

  b.itHasLastYearBeside(LAST_YEAR);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: true,
  });

  it("approval journal: every figure stands on a row marked approved; returned and cancelled rows hold other figures, a cancelled one names the row that replaced it", () => {
    let wrong = 0;
    let pointed = 0;
    for (const c of family("b17-approval-workflow-journal")) {
      const truth = new Set(b.truthCells(c));
      for (const e of c.truth) {
        const status = text(sheetOf(c, e), `G${rowOf(e.cell)}`);
        expect([e.cell, among(t17.B17_JOURNAL.approved, status)]).toEqual([e.cell, true]);
      }
      const ws = b.sheetsOf(c)[0];
      ws?.eachRow((row, r) => {
        const status = cellText(row.getCell(7));
        const rejected = among(t17.B17_JOURNAL.rejected, status);
        const superseded = among(t17.B17_JOURNAL.superseded, status);
        if (!rejected && !superseded) return;
        expect(truth.has(`${c.files[0]?.fileName}|${ws.name}|F${r}`)).toBe(false);
        if (num(row.getCell(6)) !== undefined) wrong++;
        if (superseded) {
          const n = Number(/\d+/.exec(status)?.[0]);
          let target = 0;
          ws.eachRow((other, rr) => void (other.getCell(1).value === n && (target = rr)));
          if (
            target > r &&
            truth.has(`${c.files[0]?.fileName}|${ws.name}|F${target}`) &&
            cellText(ws.getCell(`C${target}`)) === cellText(row.getCell(3)) &&
            cellText(ws.getCell(`E${target}`)) === cellText(row.getCell(5))
          )
            pointed++;
        }
      });
    }
    expect(wrong).toBeGreaterThan(JOURNAL.wrong);
    expect(pointed).toBeGreaterThan(JOURNAL.pointed);
  });

  it("five-year review: yearly figures stand under their year with a cumulative and an average beside that are never truth; each end-of-period state stands right of the start-of-period state", () => {
    let cumulative = 0;
    let starts = 0;
    for (const c of family("b17-five-year-review-annex")) {
      const truth = new Set(b.truthCells(c));
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const r = rowOf(e.cell);
        if (e.year !== undefined) {
          const head = text(ws, `${colOf(e.cell)}5`);
          expect([e.cell, fold(head).includes(String(e.year))]).toEqual([e.cell, true]);
          const sum = num(ws?.getCell(`J${r}`));
          if (sum !== undefined && e.year > 2020 && sum > (valueOf(c, e) as number)) cumulative++;
          expect(truth.has(`${e.workbook}|${e.sheet}|J${r}`)).toBe(false);
        } else if (e.unit !== "tinh-lai-chau") {
          expect(["D", "F", "H"]).toContain(colOf(e.cell));
          let h = r - 1;
          while (h > 1 && !among(t17.B17_REVIEW.end, text(ws, `${colOf(e.cell)}${h}`))) h--;
          expect(h).toBeGreaterThan(1);
          const left = ws?.getCell(r, Number(ws.getCell(e.cell).col) - 1);
          if (left && cellText(left) !== "") starts++;
        }
      }
    }
    expect(cumulative).toBeGreaterThan(REVIEW.cumulative);
    expect(starts).toBeGreaterThan(REVIEW.starts);
  });

  it("budget estimate: a workbook per agency; this year's figures in the expected-outturn column, never under the assigned estimate or next year's target; total income is the SUM of the three parts above it; a scratch sheet hidden", () => {
    let sums = 0;
    for (const c of family("b17-next-year-budget-estimate")) {
      expect(c.files).toHaveLength(3);
      expect(b.sheetsOf(c).some((ws) => ws.state === "hidden")).toBe(true);
      for (const e of c.truth) {
        expect(["F", "H", "I", "J"]).not.toContain(colOf(e.cell));
        if (e.year === 2025) expect(colOf(e.cell)).toBe("G");
        const cell = sheetOf(c, e)?.getCell(e.cell);
        if (e.input === "revenue" && isFormula(cell?.value)) {
          const r = rowOf(e.cell);
          const parts = [1, 2, 3].map((k) => num(sheetOf(c, e)?.getCell(`${colOf(e.cell)}${r - k}`)) ?? 0);
          expect(Math.abs(parts.reduce((a, x) => a + x, 0) - (valueOf(c, e) as number))).toBeLessThan(0.01);
          sums++;
        }
      }
      expect(
        cellsWhere(c, (cell) => isPlanHeader(cellText(cell)) && cellText(cell).includes("2026")).length,
      ).toBe(3);
    }
    expect(sums).toBeGreaterThan(ESTIMATE.sums);
  });

  it("draft tabs: every figure is on the one sheet whose banner says final; drafts say not to use them and hold other figures at the same cells", () => {
    let differing = 0;
    for (const c of family("b17-superseded-draft-tabs")) {
      const sheets = b.sheetsOf(c);
      const finals = sheets.filter((ws) => among(t17.B17_DRAFTS.finalBanners, text(ws, "A1")));
      expect(finals).toHaveLength(1);
      const drafts = sheets.filter((ws) => among(t17.B17_DRAFTS.draftBanners, text(ws, "A1")));
      expect(drafts.length).toBeGreaterThanOrEqual(1);
      expect(drafts.length + 1).toBe(sheets.length);
      for (const e of c.truth) {
        expect(e.sheet).toBe(finals[0]?.name);
        for (const d of drafts) {
          const n = num(d.getCell(e.cell));
          if (n !== undefined && typeof valueOf(c, e) === "number" && n !== valueOf(c, e)) differing++;
        }
      }
    }
    expect(differing).toBeGreaterThan(DRAFTS.differing);
  });

  it("section output: this year's and last year's political articles are SUMs of the section rows, beside an all-articles total that is larger and never truth", () => {
    let sums = 0;
    for (const c of family("b17-section-output-statistics")) {
      expect(c.files).toHaveLength(3);
      const truth = new Set(b.truthCells(c));
      for (const e of c.truth.filter((t) => t.input === "political_articles")) {
        const ws = sheetOf(c, e);
        const cell = ws?.getCell(e.cell);
        expect(isFormula(cell?.value)).toBe(true);
        expect(String((cell?.value as { formula: string }).formula)).toMatch(/^SUM\(/);
        const all = num(ws?.getCell(`D${rowOf(e.cell)}`));
        expect(all !== undefined && all > (valueOf(c, e) as number)).toBe(true);
        expect(truth.has(`${e.workbook}|${e.sheet}|D${rowOf(e.cell)}`)).toBe(false);
        sums++;
      }
    }
    expect(sums).toBeGreaterThan(SECTIONS.sums);
  });

  it("indicator passport: every figure sits in a card under its metadata block; reference cards outside the plan hold figures of their own, none truth", () => {
    let refCards = 0;
    for (const c of family("b17-indicator-passport")) {
      const truth = new Set(b.truthCells(c));
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        let r = rowOf(e.cell) - 1;
        while (r > 1 && !among(t17.B17_PASSPORT.fields.code, text(ws, `A${r}`))) r--;
        expect([e.cell, r > 1 || among(t17.B17_PASSPORT.fields.code, text(ws, "A1"))]).toEqual([
          e.cell,
          true,
        ]);
        expect(rowOf(e.cell) - r).toBeLessThan(14);
      }
      const ws = b.sheetsOf(c)[0];
      if (!ws) continue;
      const codes: number[] = [];
      ws.eachRow(
        (row, r) => void (among(t17.B17_PASSPORT.fields.code, cellText(row.getCell(1))) && codes.push(r)),
      );
      codes.forEach((r, k) => {
        if (!among(t17.B17_PASSPORT.decoyNote, text(ws, `B${r + 1}`))) return;
        refCards++;
        const end = codes[k + 1] ?? ws.rowCount + 1;
        let figures = 0;
        for (let row = r; row < end; row++)
          for (const col of ["B", "C", "D"]) {
            expect(truth.has(`${c.files[0]?.fileName}|${ws.name}|${col}${row}`)).toBe(false);
            if (typeof ws.getCell(`${col}${row}`).value === "number") figures++;
          }
        expect(figures).toBeGreaterThan(0);
      });
    }
    expect(refCards).toBeGreaterThan(PASSPORT.refCards);
  });
});

b.describeDeterminism();

/**
 * Checks of the "blind18" split ITSELF (not of any matcher): it keeps its promise of being unseen (its own layout
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
import * as b18 from "../scripts/corpus/blind18/generate";
import * as t18 from "../scripts/corpus/blind18/texts";
import * as w18 from "../scripts/corpus/blind18/wordings";

import { cellText, fold, isFormula, isPlanHeader } from "./support/splitChecks";
import * as suite from "./support/splitSuite";

const b = suite.blindSuite("blind18", b18.buildBlind18Corpus, b18.writeBlind18Corpus);

const decoys = Object.values(w18.B18_DECOYS);
const blindTexts = [
  ...suite.values(w18.B18_INPUT_WORDINGS),
  ...suite.values(w18.B18_SHORT_HEADERS),
  ...suite.values(w18.B18_AGENCY_WORDINGS),
  ...suite.decoyTexts(decoys),
];
const fill = (t: string) =>
  t
    .replaceAll("{y}", "2025")
    .replaceAll("{n}", "12")
    .replace(/\s*\{v\}/, "");
/** The families' own fixed texts (titles, captions, fields), checked for equality only: some are short. */
const familyTexts = [
  ...[t18.B18_ZALO, t18.B18_TERM, t18.B18_PDF, t18.B18_CLUSTER, t18.B18_ESTIMATE, t18.B18_LETTER]
    .flatMap(suite.strings)
    .map(fill),
  ...[...w18.B18_PLAN_HEADERS, ...w18.B18_PARTIAL_HEADERS].map(fill),
];
const partials = w18.B18_PARTIAL_HEADERS.map(fill);

describe("blind18 split shape", () => {
  b.itHasItsShape([w18.B18_INPUT_WORDINGS, w18.B18_SHORT_HEADERS, w18.B18_AGENCY_WORDINGS], {
    upTo: 8,
    knownMoreThan: 54,
    newFamilies: b18.BLIND18_NEW_FAMILIES,
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
    b18.BLIND18_NEW_FAMILIES,
    46,
  );
});

describe("blind18 wordings", () => {
  b.itIsUnknown(blindTexts, familyTexts, 80);

  b.itLeaksNowhere(
    "never appear in a tune, held-out, fresh, blind, blind2 … blind15 or blind16 case",
    blindTexts,
    {
      moreThan: 700,
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

describe("blind18 traps", () => {
  const { sheetOf, cellsWhere, family, num, colOf, rowOf, valueOf, text } = b;

  b.itHasCommonTraps(
    "near-miss rows, plan and part-of-year figures, gaps, hidden sheets and notes are common",
    {
      decoys: suite.decoyTexts(decoys),
      partials,
      notes: w18.B18_NOTES,
      atLeast: { decoys: 30, plans: 45, partials: 10, gaps: 30, hidden: 20, notes: 25 },
    },
  );

  b.itHasLastYearBeside(40);

  b.itHasLegacyFontsAndKinds({
    oneZero: false,
    kinds: ["formula", "number", "number-text", "word"],
    exact: false,
  });

  it("zalo group extract: every figure stands in the extracted-figure column; figures sent wrong are struck through, and a later row for the same item and year holds the right one", () => {
    let struck = 0;
    let corrected = 0;
    for (const c of family("b18-zalo-group-extract")) {
      for (const e of c.truth) expect(colOf(e.cell)).toBe("G");
      const wrong = cellsWhere(c, (cell) => cell.font?.strike === true && colOf(cell.address) === "G");
      for (const w of wrong) {
        struck++;
        const [, sheetName, at] = w.split("|");
        const ws = b
          .booksOf(c)
          .get(c.files[0]?.fileName ?? "")
          ?.getWorksheet(sheetName);
        const r = rowOf(at ?? "A1");
        const later = c.truth.find(
          (t) =>
            rowOf(t.cell) > r &&
            text(ws, `E${rowOf(t.cell)}`) === text(ws, `E${r}`) &&
            text(ws, `F${rowOf(t.cell)}`) === text(ws, `F${r}`),
        );
        if (later && num(ws?.getCell(at ?? "A1")) !== valueOf(c, later)) corrected++;
      }
    }
    expect(struck).toBeGreaterThanOrEqual(7 * 2);
    expect(corrected).toBe(struck);
  });

  it("term review appendix: each yearly figure stands under its year, status items under 2025; the term's sum is a SUM formula and the resolution's target stands only after the years", () => {
    let sums = 0;
    let all = 0;
    for (const c of family("b18-term-review-appendix")) {
      for (const e of c.truth) {
        all++;
        const ws = sheetOf(c, e);
        expect(fold(text(ws, `${colOf(e.cell)}7`)).endsWith(String(e.year ?? 2025))).toBe(true);
      }
      sums += cellsWhere(
        c,
        (cell) => isFormula(cell.value) && /^SUM\(/.test(String((cell.value as { formula: string }).formula)),
      ).length;
      const plans = cellsWhere(c, (cell) => isPlanHeader(cellText(cell)));
      expect(plans.length).toBeGreaterThan(0);
      for (const p of plans) expect(colOf(p.split("|")[2] ?? "")).toBe("L");
    }
    expect(all).toBeGreaterThan(7 * 30);
    expect(sums).toBeGreaterThan(7 * 4);
  });

  it("pdf converted pages: the header row repeats on later pages, figures are text, and the plan column sits between last year's and this year's results", () => {
    let repeated = 0;
    let asText = 0;
    let numbers = 0;
    for (const c of family("b18-pdf-converted-pages")) {
      const heads = cellsWhere(c, (cell) => isPlanHeader(cellText(cell)));
      for (const h of heads) expect(colOf(h.split("|")[2] ?? "")).toBe("I");
      if (heads.length > 1) repeated++;
      for (const e of c.truth.filter((t) => typeof valueOf(c, t) === "number")) {
        numbers++;
        if (typeof sheetOf(c, e)?.getCell(e.cell).value === "string") asText++;
        expect(["E", "G", "K"]).toContain(colOf(e.cell));
      }
    }
    expect(repeated).toBe(7);
    expect(numbers).toBeGreaterThan(7 * 15);
    expect(asText).toBeGreaterThan(numbers * 0.6);
  });

  it("north-west cluster exchange: each Lai Châu row stands among five neighbours' rows with figures, under a cluster average", () => {
    let rows = 0;
    for (const c of family("b18-northwest-cluster-exchange")) {
      const others = [
        ...t18.B18_CLUSTER.newspapers,
        ...t18.B18_CLUSTER.stations,
        ...t18.B18_CLUSTER.magazines,
      ];
      for (const e of c.truth) {
        const ws = sheetOf(c, e);
        const label = text(ws, `B${rowOf(e.cell)}`);
        expect(others.includes(label as (typeof others)[number])).toBe(false);
        expect(t18.B18_CLUSTER.provinces.includes(label as (typeof t18.B18_CLUSTER.provinces)[number])).toBe(
          false,
        );
      }
      for (const ws of b.sheetsOf(c)) {
        const names: string[] = [];
        ws.getColumn(2).eachCell((cell) => void names.push(cellText(cell)));
        const neighbours = names.filter(
          (n) =>
            others.includes(n as (typeof others)[number]) || t18.B18_CLUSTER.provinces.some((p) => p === n),
        );
        expect(neighbours.length).toBe(5);
        rows++;
      }
      expect(
        cellsWhere(
          c,
          (cell) =>
            isFormula(cell.value) && String((cell.value as { formula: string }).formula).includes("AVERAGE"),
        ).length,
      ).toBeGreaterThan(10);
    }
    expect(rows).toBeGreaterThanOrEqual(7 * 3);
  });

  it("estimate and next year's plan: last year's result in D, this year's estimate in G, two plan columns and a part-of-year column beside them", () => {
    let partial = 0;
    for (const c of family("b18-estimate-next-year-plan")) {
      for (const e of c.truth) expect(colOf(e.cell)).toBe(e.year === 2024 ? "D" : "G");
      for (const ws of b.sheetsOf(c).filter((s) => s.state === "visible")) {
        expect(isPlanHeader(text(ws, "E5"))).toBe(true);
        expect(isPlanHeader(text(ws, "J4"))).toBe(true);
        if (partials.map(fold).includes(fold(text(ws, "F5")))) partial++;
      }
      for (const e of c.truth.filter((t) => t.year === 2025)) {
        const part = num(sheetOf(c, e)?.getCell(`F${rowOf(e.cell)}`));
        const whole = valueOf(c, e);
        if (part !== undefined) expect(typeof whole === "number" && part < whole).toBe(true);
      }
    }
    expect(partial).toBeGreaterThanOrEqual(7 * 3);
  });

  it("reply letter: a workbook per agency; next year's targets repeat the inputs' wordings below the answers with figures that are not truth", () => {
    let repeats = 0;
    for (const c of family("b18-reply-letter-table")) {
      expect(c.files).toHaveLength(3);
      for (const f of c.files)
        expect(new Set(c.truth.filter((t) => t.workbook === f.fileName).map((t) => t.unit)).size).toBe(1);
      const truth = new Set(b.truthCells(c));
      const wordings = suite.values(w18.B18_INPUT_WORDINGS).map(fold);
      for (const [file, book] of b.booksOf(c)) {
        const ws = book.worksheets.find((s) => s.state === "visible");
        const lastTruth = Math.max(...c.truth.filter((t) => t.workbook === file).map((t) => rowOf(t.cell)));
        ws?.eachRow((r, n) => {
          if (n <= lastTruth) return;
          const label = fold(cellText(r.getCell(1))).replace(/^- /, "");
          if (
            wordings.includes(label) &&
            !truth.has(`${file}|${ws.name}|F${n}`) &&
            num(r.getCell(6)) !== undefined
          )
            repeats++;
        });
      }
    }
    expect(repeats).toBeGreaterThan(7 * 5);
  });
});

b.describeDeterminism();

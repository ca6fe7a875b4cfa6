/**
 * What every blind split's guard test does the same way (tests/corpusBlind5 … 10.test.ts): writing the split's cases
 * to a temporary folder and reading them back, looking for its wordings in earlier splits' cases, reading a case's
 * truth file, swapping two values to see the value check reject them, and listing cells. Each test keeps its own
 * assertions.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { BLIND_NEW_FAMILIES } from "../../scripts/corpus/blind/families";
import * as b2 from "../../scripts/corpus/blind2/generate";
import * as b3 from "../../scripts/corpus/blind3/generate";
import * as b4 from "../../scripts/corpus/blind4/generate";
import * as b5 from "../../scripts/corpus/blind5/generate";
import * as b6 from "../../scripts/corpus/blind6/generate";
import * as b7 from "../../scripts/corpus/blind7/generate";
import * as b8 from "../../scripts/corpus/blind8/generate";
import { NEW_FAMILIES } from "../../scripts/corpus/fresh/families";
import { FAMILIES } from "../../scripts/corpus/generate";
import { slotKey, universe, type SampleValue } from "../../scripts/corpus/model";
import type { SplitCase } from "../../scripts/corpus/splitHarness";
import { legacyEncodingOfFont } from "../../src/core/text/legacyEncoding";
import { parseVietnameseNumber } from "../../src/core/values/parseNumber";
import {
  cellText,
  earlierSplitCases,
  fold,
  isFormula,
  isPlanHeader,
  knownWordings,
  problemsOf,
  textsOf,
  type Books,
  type LaterSplit,
} from "./splitChecks";

/** A split written to a temporary folder and read back: `load` in beforeAll, `cleanup` in afterAll. */
export function reloadedSplit<C extends SplitCase<string>>(
  split: string,
  build: () => Promise<C[]>,
  write: (dir: string, cases: readonly C[]) => Promise<void>,
) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `chitieu-${split}-`));
  const reloaded = new Map<string, Books>();
  const booksOf = (c: C): Books => reloaded.get(c.id) ?? new Map();
  return {
    tmp,
    /** Builds the cases, writes them and reads every workbook back; returns the cases. */
    load: async (): Promise<C[]> => {
      const cases = await build();
      await write(tmp, cases);
      for (const c of cases) {
        const books = new Map<string, ExcelJS.Workbook>();
        for (const f of c.files) {
          const book = new ExcelJS.Workbook();
          await book.xlsx.readFile(path.join(tmp, split, c.id, f.fileName));
          books.set(f.fileName, book);
        }
        reloaded.set(c.id, books);
      }
      return cases;
    },
    cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }),
    booksOf,
    sheetsOf: (c: C) => [...booksOf(c).values()].flatMap((b) => b.worksheets),
    reloadedTexts: (c: C) => textsOf([...booksOf(c)].map(([fileName, workbook]) => ({ fileName, workbook }))),
    /** The truth file written for a case. */
    truthFile: (c: C) =>
      JSON.parse(fs.readFileSync(path.join(tmp, split, c.id, "truth.json"), "utf8")) as Record<
        string,
        unknown
      >,
  };
}

/** "wording (case id)" for every folded wording found inside a text of another split's case. */
export function leaksInto(
  folded: readonly string[],
  others: ReadonlyArray<{ id: string; files: Parameters<typeof textsOf>[0] }>,
): string[] {
  const leaks = new Set<string>();
  for (const c of others) {
    const texts = textsOf(c.files).map(fold);
    for (const h of folded) if (texts.some((t) => t.includes(h))) leaks.add(`${h} (${c.id})`);
  }
  return [...leaks];
}

/**
 * For each of the first `count` cases with two different numeric truth values: whether the value check, given the
 * second value for the first cell, reports that cell.
 */
export function swappedValueRejections<C extends SplitCase<string>>(
  cases: readonly C[],
  booksOf: (c: C) => Books,
  count = 12,
): boolean[] {
  const out: boolean[] = [];
  for (const c of cases.slice(0, count)) {
    const [a, b] = c.truth.filter((e) => typeof c.values[slotKey(e)] === "number");
    if (!a || !b || c.values[slotKey(a)] === c.values[slotKey(b)]) continue;
    const swapped = { ...c, values: { ...c.values, [slotKey(a)]: c.values[slotKey(b)] as SampleValue } };
    out.push(problemsOf(swapped, booksOf(c)).some((p) => p.includes(a.cell)));
  }
  return out;
}

/** "file|sheet|address" of every cell of the books that `pred` holds for. */
export function cellsWhere(
  books: Books,
  pred: (cell: ExcelJS.Cell, ws: ExcelJS.Worksheet) => boolean,
): string[] {
  const out: string[] = [];
  for (const [file, book] of books)
    for (const ws of book.worksheets)
      ws.eachRow((r) =>
        r.eachCell((cell) => void (pred(cell, ws) && out.push(`${file}|${ws.name}|${cell.address}`))),
      );
  return out;
}

/** Every value of a record of lists, flattened. */
export const values = <T>(r: Readonly<Record<string, readonly T[]>>): T[] => Object.values(r).flat();

/** Every text of a list of near-miss rows. */
export const decoyTexts = (l: ReadonlyArray<{ texts: readonly string[] }>): string[] =>
  l.flatMap((d) => [...d.texts]);

/** Every string inside a family's text table (nested objects and lists). */
export const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

type Reloaded<C extends SplitCase<string>> = Pick<
  ReturnType<typeof reloadedSplit<C>>,
  "booksOf" | "reloadedTexts" | "truthFile"
>;

/**
 * The small lambdas the traps tests of a split read cells with; `cases` is read when they run (after beforeAll).
 */
export function trapHelpers<C extends SplitCase<string>>(split: Reloaded<C>, cases: () => readonly C[]) {
  const { booksOf, reloadedTexts } = split;
  return {
    count: (pred: (c: C) => boolean) => cases().filter(pred).length,
    hasText: (pred: (t: string) => boolean) => (c: C) => reloadedTexts(c).some((t) => pred(fold(t))),
    sheetOf: (c: C, e: { workbook: string; sheet: string }) =>
      booksOf(c).get(e.workbook)?.getWorksheet(e.sheet),
    cellsWhere: (c: C, pred: (cell: ExcelJS.Cell, ws: ExcelJS.Worksheet) => boolean) =>
      cellsWhere(booksOf(c), pred),
    truthCells: (c: C) => c.truth.map((t) => `${t.workbook}|${t.sheet}|${t.cell}`),
    family: (name: string) => cases().filter((c) => c.family === name),
    num: (cell: ExcelJS.Cell | undefined) =>
      cell ? parseVietnameseNumber(cellText(cell))?.value : undefined,
    colOf: (address: string) => address.replace(/\d+$/, ""),
    rowOf: (address: string) => Number(address.replace(/^[A-Z]+/, "")),
    valueOf: (c: C, t: C["truth"][number]) => c.values[slotKey(t)],
    text: (ws: ExcelJS.Worksheet | undefined, at: string) => (ws ? cellText(ws.getCell(at)) : ""),
  };
}

/**
 * Declares the split's "<name> truth" describe: every truth cell holds its slot's value after a reload and the truth
 * file says the plan, split and family; the value check (control) rejects swapped values.
 */
export function describeTruth<C extends SplitCase<string>>(
  name: string,
  split: Reloaded<C>,
  cases: () => readonly C[],
): void {
  describe(`${name} truth`, () => {
    it("every label points at a visible, non-empty cell holding the slot's value after a reload; truth + absent are the plan's slots", () => {
      for (const c of cases()) {
        expect([c.id, problemsOf(c, split.booksOf(c))]).toEqual([c.id, []]);
        const file = split.truthFile(c);
        expect([file.plan, file.split, file.family]).toEqual(["lai-chau-3414", name, c.family]);
        expect([file.mappings, file.absent]).toEqual([c.truth, c.absent]);
      }
    });

    it("(control) the value check rejects a cell holding another slot's value", () => {
      const rejected = swappedValueRejections(cases(), split.booksOf);
      expect(rejected.filter((r) => !r)).toEqual([]);
      expect(rejected.length).toBeGreaterThanOrEqual(6);
    });
  });
}

/** Declares the test that every one of the split's texts shows up in some case once read back. */
export function itAppearsInSplit<C extends SplitCase<string>>(
  title: string,
  texts: readonly string[],
  split: Pick<Reloaded<C>, "reloadedTexts">,
  cases: () => readonly C[],
): void {
  it(title, () => {
    const found = cases().flatMap((c) => split.reloadedTexts(c).map(fold));
    expect(texts.map(fold).filter((w) => !found.some((t) => t.includes(w)))).toEqual([]);
  });
}

/**
 * Declares the test that none of the split's texts appears in an earlier split's case: there are more than
 * `moreThan` such cases, some with each id prefix of `with`, none with one of `without`.
 */
export function itLeaksNowhere(
  title: string,
  split: LaterSplit,
  texts: readonly string[],
  o: { moreThan: number; with?: readonly string[]; without?: readonly string[]; timeout: number },
): void {
  it(
    title,
    async () => {
      const folded = texts.map(fold);
      const others = await earlierSplitCases(split);
      expect(others.length).toBeGreaterThan(o.moreThan);
      for (const p of o.with ?? []) expect(others.some((c) => c.id.startsWith(p))).toBe(true);
      for (const p of o.without ?? []) expect(others.some((c) => c.id.startsWith(p))).toBe(false);
      expect(leaksInto(folded, others)).toEqual([]);
    },
    o.timeout,
  );
}

/** Loads the split once for the file (beforeAll) into `into`, and removes its temporary folder afterwards. */
export function loadSplitOnce<C extends SplitCase<string>>(
  split: Pick<ReturnType<typeof reloadedSplit<C>>, "load" | "cleanup">,
  into: C[],
): void {
  beforeAll(async () => {
    into.push(...(await split.load()));
  }, 120_000);
  afterAll(split.cleanup);
}

type Family = { name: string };

/** The layout families of the tuned corpus, fresh, blind and blind2 … blind`last`, in that order. */
function familiesUpTo(last: number): ReadonlyArray<readonly Family[]> {
  const later = [
    b2.BLIND2_NEW_FAMILIES,
    b3.BLIND3_NEW_FAMILIES,
    b4.BLIND4_NEW_FAMILIES,
    b5.BLIND5_NEW_FAMILIES,
    b6.BLIND6_NEW_FAMILIES,
    b7.BLIND7_NEW_FAMILIES,
    b8.BLIND8_NEW_FAMILIES,
  ];
  return [FAMILIES, NEW_FAMILIES, BLIND_NEW_FAMILIES, ...later.slice(0, last - 1)];
}

type Lists = Readonly<Record<string, readonly string[]>>;

/**
 * Declares the shape test: ≥ 4 wordings per input and unit (`wordings`: input wordings, short headers, agency
 * names), ≥ 3 headers, the split's 6 new families (`newFamilies`, named "bN-…") none of which an earlier split has
 * (the tuned corpus, fresh, blind, blind2 … blind`upTo`: more than `knownMoreThan` names once stripped of their
 * prefix), the tuned families beside them, ≥ 50 cases, > 2000 truth cells, < 2000 cells a case. `unseen`: whether
 * the unknown new families are checked one by one or as a list.
 */
export function itHasItsShape<C extends SplitCase<string> & { newFamily: boolean }>(
  title: string,
  name: string,
  split: Pick<ReturnType<typeof reloadedSplit<C>>, "sheetsOf">,
  cases: () => readonly C[],
  wordings: readonly [Lists, Lists, Lists],
  o: { upTo: number; knownMoreThan: number; newFamilies: readonly Family[]; unseen: "each" | "list" },
): void {
  const [inputWordings, shortHeaders, agencyWordings] = wordings;
  const earlierPrefix = new RegExp(
    `^(fresh|blind|${Array.from({ length: o.upTo - 1 }, (_, i) => `b${i + 2}`).join("|")})-`,
  );
  const prefix = new RegExp(`^b${name.replace("blind", "")}-`);
  it(title, () => {
    for (const input of universe().map((s) => s.input)) {
      expect([input, (inputWordings[input] ?? []).length >= 4]).toEqual([input, true]);
      expect([input, (shortHeaders[input] ?? []).length >= 3]).toEqual([input, true]);
    }
    for (const list of Object.values(agencyWordings)) expect(list.length).toBeGreaterThanOrEqual(4);
    const known = new Set(
      familiesUpTo(o.upTo)
        .flatMap((list) => list.map((f) => f.name))
        .map((n) => n.replace(earlierPrefix, "")),
    );
    expect(known.size).toBeGreaterThan(o.knownMoreThan);
    const added = new Set(
      cases()
        .filter((c) => c.newFamily)
        .map((c) => c.family),
    );
    expect(added).toEqual(new Set(o.newFamilies.map((f) => f.name)));
    expect(added.size).toBe(6);
    if (o.unseen === "each")
      for (const f of added) expect([f, known.has(f.replace(prefix, ""))]).toEqual([f, false]);
    else expect([...added].filter((f) => known.has(f.replace(prefix, "")))).toEqual([]);
    expect(
      new Set(
        cases()
          .filter((c) => !c.newFamily)
          .map((c) => c.family),
      ),
    ).toEqual(new Set(FAMILIES.map((f) => f.name)));
    expect(
      cases().every((c) => c.split === name) && new Set(cases().map((c) => c.id)).size === cases().length,
    ).toBe(true);
    expect(cases().length).toBeGreaterThanOrEqual(50);
    expect(cases().reduce((n, c) => n + c.truth.length, 0)).toBeGreaterThan(2000);
    for (const c of cases()) {
      let n = 0;
      for (const ws of split.sheetsOf(c)) ws.eachRow((r) => r.eachCell(() => void n++));
      expect([c.id, n < 2000]).toEqual([c.id, true]);
    }
  });
}

/** Declares the test that last year's value sits beside this year's (both truth) in at least `atLeast` cases. */
export function itHasLastYearBeside<C extends SplitCase<string>>(
  split: Reloaded<C>,
  cases: () => readonly C[],
  atLeast: number,
): void {
  const { count, sheetOf } = trapHelpers(split, cases);
  it("last year's value sits beside this year's in many cases (both truth, each with its year)", () => {
    const beside = (c: C) =>
      c.truth.some((a) =>
        c.truth.some((b) => {
          if (a.year !== 2025 || b.year !== 2024 || a.input !== b.input || a.unit !== b.unit) return false;
          const ws = a.sheet === b.sheet ? sheetOf(c, a) : undefined;
          if (!ws || a.workbook !== b.workbook) return false;
          const [ca, cb] = [ws.getCell(a.cell), ws.getCell(b.cell)];
          return Math.abs(Number(ca.row) - Number(cb.row)) + Math.abs(Number(ca.col) - Number(cb.col)) <= 2;
        }),
      );
    expect(count(beside)).toBeGreaterThanOrEqual(atLeast);
  });
}

/**
 * Declares the test that legacy fonts carry ≥ 10 cases but not all, ≥ 5 cases put units into number formats, and
 * truth cells hold the `kinds` of values (exactly these, or at least these): numbers (`oneZero`: 1/0 for yes/no
 * told apart), number text, formulas, words.
 */
export function itHasLegacyFontsAndKinds<C extends SplitCase<string>>(
  title: string,
  split: Reloaded<C>,
  cases: () => readonly C[],
  o: { oneZero: boolean; kinds: readonly string[]; exact: boolean },
): void {
  const { count, sheetOf, cellsWhere: where } = trapHelpers(split, cases);
  it(title, () => {
    const legacy = count(
      (c) => where(c, (cell) => legacyEncodingOfFont(cell.font?.name) !== null).length > 0,
    );
    expect(legacy).toBeGreaterThanOrEqual(10);
    expect(legacy).toBeLessThan(cases().length);
    const kinds = new Set<string>();
    for (const c of cases())
      for (const e of c.truth) {
        const cell = sheetOf(c, e)?.getCell(e.cell);
        const v = cell?.value;
        if (typeof v === "number")
          kinds.add(o.oneZero && typeof c.values[slotKey(e)] === "boolean" ? "one-zero" : "number");
        else if (isFormula(v)) kinds.add("formula");
        else if (cell && parseVietnameseNumber(cellText(cell)) !== null) kinds.add("number-text");
        else kinds.add("word");
      }
    if (o.exact) expect([...kinds].sort()).toEqual(o.kinds);
    else for (const kind of o.kinds) expect([...kinds]).toContain(kind);
    const unitFormats = count((c) => where(c, (cell) => /#,##0[.0]*" /.test(cell.numFmt ?? "")).length > 0);
    expect(unitFormats).toBeGreaterThanOrEqual(5);
  });
}

/**
 * Declares the "<name> determinism" describe: the same seed builds the same cases, another seed other ones, and
 * cases of other seeds keep every invariant.
 */
export function describeDeterminism<C extends SplitCase<string>>(
  name: string,
  build: (o?: { seed?: number; casesPerFamily?: number }) => Promise<C[]>,
  cases: () => readonly C[],
): void {
  describe(`${name} determinism`, () => {
    it("is deterministic for its seed, differs for another, and other seeds keep every invariant", async () => {
      const again = await build();
      expect(again.map((c) => [c.id, c.family, c.truth, c.absent])).toEqual(
        cases().map((c) => [c.id, c.family, c.truth, c.absent]),
      );
      const other = await build({ seed: 7, casesPerFamily: 3 });
      const mine = new Map(cases().map((c) => [c.id, JSON.stringify(c.truth)]));
      expect(other.filter((c) => mine.get(c.id) !== JSON.stringify(c.truth)).length).toBeGreaterThan(0);
      for (const seed of [1, 2, 3, 2026])
        for (const c of await build({ seed, casesPerFamily: 4 })) {
          const books = new Map(c.files.map((f) => [f.fileName, f.workbook]));
          expect([`${seed}/${c.id}`, problemsOf(c, books)]).toEqual([`${seed}/${c.id}`, []]);
        }
    }, 90_000);
  });
}

/**
 * The split's wordings and its families' own texts are none the repository already knows, and its wordings are all
 * different (`familyMoreThan`: how many family texts there must be at least, when checked).
 */
export function itIsUnknown(
  name: LaterSplit,
  blindTexts: readonly string[],
  familyTexts: readonly string[],
  familyMoreThan?: number,
): void {
  it("none equals a wording the repository already knows (corpus, earlier splits, plans, vocabulary, fixtures)", () => {
    const existing = knownWordings(name);
    expect(existing.size).toBeGreaterThan(500);
    expect(blindTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    if (familyMoreThan !== undefined) expect(familyTexts.length).toBeGreaterThan(familyMoreThan);
    expect(familyTexts.filter((t) => existing.has(fold(t)))).toEqual([]);
    expect(new Set(blindTexts.map(fold)).size).toBe(blindTexts.length);
  });
}

/** The split's new family names, without their "bN-" prefix, are none of `earlier`'s (`earlierCount` of them). */
export function itHasNoEarlierFamilyName(
  title: string,
  earlier: ReadonlyArray<{ name: string }>,
  mine: ReadonlyArray<{ name: string }>,
  earlierCount: number,
): void {
  it(title, () => {
    const strip = (n: string) => n.replace(/^b\d+-/, "");
    const twins = new Set(earlier.map((f) => strip(f.name)));
    expect(twins.size).toBe(earlierCount);
    expect(mine.map((f) => f.name).filter((n) => twins.has(strip(n)))).toEqual([]);
  });
}

/** How many cases at least show each of the common traps. */
export type CommonTrapCounts = {
  decoys: number;
  plans: number;
  partials: number;
  gaps: number;
  hidden: number;
  notes: number;
};

/**
 * Near-miss rows (any text of `o.decoys`), plan headers, part-of-year headers (`o.partials`, filled in), an agency's
 * missing slot, a sheet not visible and a note (the first 12 characters of one of `o.notes`) are each in many cases.
 */
export function itHasCommonTraps<C extends SplitCase<string>>(
  title: string,
  split: Reloaded<C> & Pick<ReturnType<typeof reloadedSplit<C>>, "sheetsOf">,
  cases: () => readonly C[],
  o: {
    decoys: readonly string[];
    partials: readonly string[];
    notes: readonly string[];
    atLeast: CommonTrapCounts;
  },
): void {
  const { count, hasText } = trapHelpers(split, cases);
  it(title, () => {
    const decoys = o.decoys.map(fold);
    expect(count(hasText((t) => decoys.some((d) => t.includes(d))))).toBeGreaterThanOrEqual(o.atLeast.decoys);
    expect(count(hasText(isPlanHeader))).toBeGreaterThanOrEqual(o.atLeast.plans);
    const partial = o.partials.map(fold);
    expect(count(hasText((t) => partial.includes(t)))).toBeGreaterThanOrEqual(o.atLeast.partials);
    expect(
      count((c) => c.absent.some((s) => s.unit !== "tinh-lai-chau" && s.year === undefined)),
    ).toBeGreaterThanOrEqual(o.atLeast.gaps);
    expect(count((c) => split.sheetsOf(c).some((ws) => ws.state !== "visible"))).toBeGreaterThanOrEqual(
      o.atLeast.hidden,
    );
    const notes = o.notes.map((n) => fold(n.slice(0, 12)));
    expect(count(hasText((t) => notes.some((n) => t.startsWith(n))))).toBeGreaterThanOrEqual(o.atLeast.notes);
  });
}

const LEGACY_TITLE =
  "legacy fonts carry part of the cases, and values come as numbers, number text, formulas and words";
const SHAPE_TITLE =
  "has ≥ 4 wordings per input and unit, ≥ 3 headers, and 6 layout families no other split has";

/**
 * A blind split's guard test in one object: the split loaded once for the file (`cases` filled in beforeAll), its
 * reading helpers, the trap helpers and the shared tests bound to the split.
 */
export function blindSuite<C extends SplitCase<string> & { newFamily: boolean }>(
  name: LaterSplit,
  build: (o?: { seed?: number; casesPerFamily?: number }) => Promise<C[]>,
  write: (dir: string, cases: readonly C[]) => Promise<void>,
) {
  const split = reloadedSplit(name, build, write);
  const cases: C[] = [];
  loadSplitOnce(split, cases);
  const all = () => cases;
  return {
    ...split,
    split,
    cases,
    ...trapHelpers(split, all),
    describeTruth: () => describeTruth(name, split, all),
    describeDeterminism: () => describeDeterminism(name, build, all),
    itAppearsInSplit: (title: string, texts: readonly string[]) => itAppearsInSplit(title, texts, split, all),
    itLeaksNowhere: (title: string, texts: readonly string[], o: Parameters<typeof itLeaksNowhere>[3]) =>
      itLeaksNowhere(title, name, texts, o),
    itHasItsShape: (
      wordings: Parameters<typeof itHasItsShape<C>>[4],
      o: Parameters<typeof itHasItsShape<C>>[5],
    ) => itHasItsShape(SHAPE_TITLE, name, split, all, wordings, o),
    itHasLastYearBeside: (atLeast: number) => itHasLastYearBeside(split, all, atLeast),
    itIsUnknown: (blindTexts: readonly string[], familyTexts: readonly string[], familyMoreThan?: number) =>
      itIsUnknown(name, blindTexts, familyTexts, familyMoreThan),
    itHasCommonTraps: (title: string, o: Parameters<typeof itHasCommonTraps<C>>[3]) =>
      itHasCommonTraps(title, split, all, o),
    itHasLegacyFontsAndKinds: (o: Parameters<typeof itHasLegacyFontsAndKinds<C>>[3], title = LEGACY_TITLE) =>
      itHasLegacyFontsAndKinds(title, split, all, o),
  };
}

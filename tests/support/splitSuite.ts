/**
 * What every blind split's guard test does the same way (tests/corpusBlind5 … 8.test.ts): writing the split's cases
 * to a temporary folder and reading them back, looking for its wordings in earlier splits' cases, reading a case's
 * truth file, swapping two values to see the value check reject them, and listing cells. Each test keeps its own
 * assertions.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { slotKey, type SampleValue } from "../../scripts/corpus/model";
import type { SplitCase } from "../../scripts/corpus/splitHarness";
import { fold, problemsOf, textsOf, type Books } from "./splitChecks";

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

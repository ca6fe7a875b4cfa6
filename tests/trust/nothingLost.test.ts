/**
 * Nothing lost (issue #6), as properties over random workbooks: sheet names with quotes, Vietnamese and digits;
 * text, numbers typed as text, booleans, dates, formulas with cached results, Excel errors, rich text, links;
 * fonts, fills, borders, number formats; merges; hidden and very hidden sheets; the workbook's own defined
 * names (cells, ranges, constants, #REF!, sheet-scoped). For each, with a random valid mapping:
 * - saveMappingCopy keeps every original sheet as it was (values, formulas, styles, merges, state, formats)
 *   and every original defined name, adds one meta sheet and the mapping's names, and reads back the mapping;
 * - saving the copy again gives the same workbook (same names, one meta sheet);
 * - the input bytes are never modified;
 * - detect and summarize return values, never throw.
 * The workbooks come from support/randomWorkbook.ts (shared with nothingLostSummary.test.ts).
 * Runs: 60 workbooks saved (about 8 s) and 150 read (about 2 s) on a 2-core machine. On failure fast-check
 * prints the seed and path; CHITIEU_FC_SEED=<seed> CHITIEU_FC_PATH=<path> replays exactly that case.
 */
import fc from "fast-check";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { saveMappingCopy } from "../../src/adapters/xlsx/saveMapping";
import { detect } from "../../src/core/detect/detect";
import { DEFAULT_MIN_CONFIDENCE } from "../../src/core/detect/types";
import { isMappingName, META_SHEET_NAME, readSavedMapping } from "../../src/core/mapping/persisted";
import { type MappingEntry } from "../../src/core/mapping/schema";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { summarize } from "../../src/core/summarize";
import {
  buildBook as build,
  contents,
  definedNames,
  randomBook,
  randomMapping,
} from "./support/randomWorkbook";

const plan = builtInPlan("lai-chau-3414");
const SAVED = { savedBy: "chitieu property", savedAt: "2025-03-01T08:00:00.000Z" };
const RUNS_SAVED = 60;
const RUNS_READ = 150;
const replay = process.env.CHITIEU_FC_SEED
  ? { seed: Number(process.env.CHITIEU_FC_SEED), path: process.env.CHITIEU_FC_PATH }
  : {};

const book = randomBook();
const mapping = (sheets: readonly string[]) => randomMapping(plan, sheets);

const isOwn = (xml: string) => isMappingName(/name="([^"]*)"/.exec(xml)?.[1] ?? "");
const key = (e: MappingEntry) =>
  `${e.input}|${e.unit}|${e.year ?? ""}|${e.sheet}|${e.cell.replace(/\$/g, "").toUpperCase()}`;

describe("nothing lost", () => {
  test(`saveMappingCopy keeps every sheet and name, adds only the mapping, and is idempotent (${RUNS_SAVED} workbooks)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        book.chain((b) => fc.tuple(fc.constant(b), mapping(b.sheets.map((s) => s.name)))),
        async ([b, entries]) => {
          const input = await build(b);
          const untouched = input.slice();
          const first = await saveMappingCopy(input, plan, entries, SAVED, "random.xlsx");
          const second = await saveMappingCopy(first.bytes, plan, entries, SAVED, "random.xlsx");
          expect(Buffer.from(input).equals(Buffer.from(untouched))).toBe(true);

          const original = await contents(input);
          const copy = await contents(first.bytes);
          expect(copy.slice(0, original.length)).toEqual(original);
          expect(copy.slice(original.length)).toEqual([
            expect.objectContaining({ name: META_SHEET_NAME, state: "veryHidden" }),
          ]);
          expect(await contents(second.bytes)).toEqual(copy);

          const originalNames = await definedNames(input);
          const copyNames = await definedNames(first.bytes);
          expect(copyNames.filter((n) => !isOwn(n))).toEqual(originalNames);
          expect(copyNames.filter(isOwn)).toHaveLength(entries.length);
          expect(await definedNames(second.bytes)).toEqual(copyNames);
          expect(first.warnings).toEqual([]);

          const originalModel = await readWorkbook(input, "random.xlsx");
          const saved = await readWorkbook(first.bytes, "random.xlsx");
          expect(saved.sheets.filter((s) => s.name !== META_SHEET_NAME)).toEqual(originalModel.sheets);
          const read = readSavedMapping(saved, plan);
          expect(read?.lost).toEqual([]);
          expect(read?.warnings).toEqual([]);
          expect((read?.entries ?? []).map(key).sort()).toEqual(entries.map(key).sort());
        },
      ),
      { numRuns: RUNS_SAVED, ...replay },
    );
  }, 60_000);

  test(`detect and summarize return values on any workbook (${RUNS_READ} workbooks)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        book.chain((b) => fc.tuple(fc.constant(b), mapping(b.sheets.map((s) => s.name)))),
        async ([b, entries]) => {
          const wb = await readWorkbook(await build(b), "random.xlsx");
          const detection = detect(plan, [wb]);
          expect(Array.isArray(detection.mappings) && Array.isArray(detection.unmatched)).toBe(true);
          const auto = detection.mappings
            .filter((m) => m.confidence >= DEFAULT_MIN_CONFIDENCE)
            .map(({ input, unit, year, sheet, cell }) => ({
              input,
              unit,
              ...(year ? { year } : {}),
              sheet,
              cell,
            }));
          for (const mappings of [entries, auto, []]) {
            const report = summarize(plan, [wb], { plan: plan.id, mappings }, { fallbackYear: 2025 });
            expect(report.indicators.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: RUNS_READ, ...replay },
    );
  }, 60_000);
});

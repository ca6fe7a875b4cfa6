/**
 * The values the summary's formulas stand on: one row per (input, unit, year) an indicator asks for, with
 * the agency's cell it comes from, and whether that row can be a live formula over the cell.
 */
import { type EvalContext, type Lookup, lookup, valueOf } from "../attainment/context";

import { type Input } from "../plan/schema";
import { parseA1 } from "../workbook/address";
import { type Cell, findSheet, getCell, type Workbook } from "../workbook/model";
import {
  checkFormula,
  emulateCheck,
  emulateParse,
  type NotLiveReason,
  parseFormula,
  reasonOf,
} from "./readingFormula";
import { type YesNoLists } from "./readingFormula";
import { sheetRef } from "./formulaText";

export type ReadingRow = {
  key: string;
  input: Input;
  unit: string;
  /** The year of the value (null for a status input as of the report year). */
  year: number | null;
  lookup: Lookup;
  cell: Cell | undefined;
  /** chitieu's reading: a number, 1/0 for yes/no, null when missing. */
  value: number | null;
  /** The limit row this one may not exceed (trained ≤ total). */
  limit: ReadingRow | null;
  live: boolean;
  reason: NotLiveReason | null;
};

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
}

function keyOf(input: string, unit: string, year: number | null): string {
  return `${input}|${unit}|${year ?? "now"}`;
}

/** The readings an attainment needs, created on first use; `host` is the workbook the sheet goes into. */
export class ReadingTable {
  private readonly rows = new Map<string, ReadingRow>();

  constructor(
    private readonly ctx: EvalContext,
    private readonly workbooks: readonly Workbook[],
    private readonly host: string | null,
    private readonly lists: YesNoLists,
  ) {}

  /** The reading of `input` for `unit` in `year` as the engine looks it up (see lookup in context.ts). */
  need(inputId: string, unit: string, year: number): ReadingRow {
    const found = lookup(this.ctx, inputId, unit, year);
    const key = keyOf(inputId, unit, found.year);
    const known = this.rows.get(key);
    if (known) return known;
    const input = this.ctx.inputs.get(inputId);
    if (!input) throw new Error(`no input ${inputId} in the plan`);
    const limitId = input.notGreaterThan;
    const limit =
      limitId !== undefined && found.source !== null ? this.need(limitId, unit, found.year ?? year) : null;
    const row = this.decide(key, input, unit, found, limit);
    this.rows.set(key, row);
    return row;
  }

  all(): ReadingRow[] {
    return [...this.rows.values()];
  }

  private decide(
    key: string,
    input: Input,
    unit: string,
    found: Lookup,
    limit: ReadingRow | null,
  ): ReadingRow {
    const v = valueOf(found);
    const value = v === null ? null : typeof v === "boolean" ? (v ? 1 : 0) : v;
    const cell = found.source
      ? this.cellAt(found.source.workbook, found.source.sheet, found.source.cell)
      : undefined;
    const base = { key, input, unit, year: found.year, lookup: found, cell, value, limit };
    const notFor = found.year !== null && input.series === "status";
    const reason: NotLiveReason | null =
      found.source === null
        ? "noSource"
        : notFor
          ? "notForYear"
          : found.source.workbook !== this.host
            ? "otherWorkbook"
            : null;
    if (reason !== null) return { ...base, live: false, reason };
    const parsed = emulateParse(input, cell, this.lists);
    const limitValue = limit && limit.value !== null ? limit.value : null;
    const emulated = parsed === "date" ? NaN : emulateCheck(input, cell, parsed, limitValue);
    if (!Number.isNaN(emulated) && sameNumber(emulated, value)) return { ...base, live: true, reason: null };
    return { ...base, live: false, reason: reasonOf(cell) };
  }

  private cellAt(workbook: string, sheet: string, address: string): Cell | undefined {
    const ws = this.workbooks.find((w) => w.name === workbook);
    const at = parseA1(address);
    const s = ws ? findSheet(ws, sheet) : undefined;
    return s && at ? getCell(s, at.row, at.col) : undefined;
  }
}

/** The two formulas of a live reading row: the hidden parse and the visible, checked reading. */
export function readingFormulas(
  row: ReadingRow,
  parseCell: string,
  limitCell: string | null,
  lists: YesNoLists,
): { parse: string; reading: string } | null {
  const source = row.lookup.source;
  if (!row.live || !source) return null;
  return {
    parse: parseFormula(row.input, sheetRef(source.sheet, source.cell), lists),
    reading: checkFormula(row.input, row.cell, parseCell, limitCell),
  };
}

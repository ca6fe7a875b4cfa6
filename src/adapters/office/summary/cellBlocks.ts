/**
 * A SummaryLayout's cells as Office.js writes them in few requests: one rectangle of inputs and one of number
 * formats for the whole table, and the cells that share a style gathered into rectangles (one set of format
 * writes per rectangle, not per cell). Pure: no Office.js here.
 */
import { type LayoutCell, type StyleName, type SummaryLayout } from "../../../core/layout/types";
import { columnLetters } from "../../../core/workbook/address";

/** A rectangle of the sheet, 1-based and inclusive, as the layout counts. */
export type Block = { top: number; left: number; bottom: number; right: number };

export function blockAddress(b: Block): string {
  const first = `${columnLetters(b.left)}${b.top}`;
  const last = `${columnLetters(b.right)}${b.bottom}`;
  return first === last ? first : `${first}:${last}`;
}

/**
 * What Office.js `formulas` takes for a cell so that Excel stores exactly the layout's content: a formula with
 * its "="; a number as a number; text behind an apostrophe, which Excel drops and which makes it keep the text
 * as typed (never a formula for "=…", never a number or date for "12", "1/2", "85%", never a sign for "+…",
 * "-…", "@…"); null for an empty cell (left alone: the sheet is new).
 */
export function inputOf(cell: LayoutCell): string | number | null {
  const c = cell.content;
  switch (c.kind) {
    case "formula":
      return `=${c.formula}`;
    case "number":
      return c.value;
    case "text":
      return `'${c.text}`;
    case "empty":
      return null;
  }
}

/** The rectangle A1:…, large enough for every cell of the layout. */
export function extentOf(layout: SummaryLayout): Block {
  let bottom = 1;
  let right = 1;
  for (const c of layout.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top: 1, left: 1, bottom, right };
}

/** The inputs (for `Range.formulas`) and number formats of every cell of `extent`, row by row. */
export function contentGrids(
  layout: SummaryLayout,
  extent: Block,
): { inputs: Array<Array<string | number | null>>; formats: string[][] } {
  const rows = extent.bottom - extent.top + 1;
  const cols = extent.right - extent.left + 1;
  const inputs = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, (): string | number | null => null),
  );
  const formats = Array.from({ length: rows }, () => Array.from({ length: cols }, () => "General"));
  for (const c of layout.cells) {
    const r = c.row - extent.top;
    const k = c.col - extent.left;
    const line = inputs[r];
    const formatLine = formats[r];
    if (!line || !formatLine) continue;
    line[k] = inputOf(c);
    formatLine[k] = layout.styles[c.style].numFmt ?? "General";
  }
  return { inputs, formats };
}

/**
 * The layout's cells grouped by style into rectangles: runs of one style along a row, then identical runs of
 * consecutive rows joined. Every cell of the layout is in exactly one block.
 */
export function styleBlocks(cells: readonly LayoutCell[]): Array<{ style: StyleName; block: Block }> {
  const byRow = new Map<number, LayoutCell[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const open = new Map<string, { style: StyleName; block: Block }>();
  const done: Array<{ style: StyleName; block: Block }> = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const line = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    const runs: Array<{ style: StyleName; left: number; right: number }> = [];
    for (const c of line) {
      const last = runs[runs.length - 1];
      if (last && last.style === c.style && last.right === c.col - 1) last.right = c.col;
      else runs.push({ style: c.style, left: c.col, right: c.col });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.style}|${run.left}|${run.right}`;
      seen.add(key);
      const current = open.get(key);
      if (current && current.block.bottom === row - 1) current.block.bottom = row;
      else {
        if (current) done.push(current);
        open.set(key, {
          style: run.style,
          block: { top: row, left: run.left, bottom: row, right: run.right },
        });
      }
    }
    for (const [key, value] of open)
      if (!seen.has(key) && value.block.bottom < row) {
        done.push(value);
        open.delete(key);
      }
  }
  return [...done, ...open.values()].sort((a, b) => a.block.top - b.block.top || a.block.left - b.block.left);
}

/** Consecutive rows of one height joined, so that each height is one write. */
export function heightRuns(
  heights: ReadonlyArray<{ row: number; height: number }>,
): Array<{ from: number; to: number; height: number }> {
  const byRow = new Map(heights.map((h) => [h.row, h.height]));
  const runs: Array<{ from: number; to: number; height: number }> = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const height = byRow.get(row) ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.height === height) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}

/**
 * Excel's column width in points (what Office.js `columnWidth` takes) for a width in characters (what the
 * layout and the .xlsx file give): the file's width is in widths of the default font's digit, 7 pixels for
 * Calibri 11, and a pixel is 0.75 point.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

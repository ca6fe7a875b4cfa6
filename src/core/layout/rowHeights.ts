/**
 * Row heights for wrapped text. Spreadsheets do not grow a row to fit wrapped text written by a program
 * (LibreOffice keeps the default height), so the height is estimated from the text's length.
 */
import { type CellStyle, type LayoutCell, type StyleName } from "./types";

/** Characters of Times New Roman 13 that fit in one unit of column width (measured: about 0.85). */
const CHARS_PER_WIDTH = 0.85;
const LINE_HEIGHT = 17;

/** The merges by their first cell (row, column): the first merge starting there, as columns from..to. */
function mergesByStart(merges: readonly string[]): Map<string, { from: number; to: number }> {
  const out = new Map<string, { from: number; to: number }>();
  for (const m of merges) {
    const r = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    if (!r?.[1] || !r[3]) continue;
    const from = [...r[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const to = [...r[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const key = `${Number(r[2])}:${from}`;
    if (!out.has(key)) out.set(key, { from, to });
  }
  return out;
}

function span(
  starts: ReadonlyMap<string, { from: number; to: number }>,
  row: number,
  col: number,
  widths: readonly number[],
): number {
  const m = starts.get(`${row}:${col}`);
  if (m) return widths.slice(m.from - 1, m.to).reduce((a, b) => a + b, 0);
  return widths[col - 1] ?? 10;
}

export function estimateHeights(
  cells: readonly LayoutCell[],
  merges: readonly string[],
  widths: readonly number[],
  styles: Record<StyleName, CellStyle>,
  fromRow: number,
): Array<{ row: number; height: number }> {
  const lines = new Map<number, number>();
  const starts = mergesByStart(merges);
  for (const c of cells) {
    if (c.row < fromRow || c.content.kind !== "text" || !styles[c.style].wrap) continue;
    const size = styles[c.style].font.size / 13;
    const perLine = Math.max(1, Math.floor((span(starts, c.row, c.col, widths) * CHARS_PER_WIDTH) / size));
    const n = c.content.text
      .split("\n")
      .reduce((acc, part) => acc + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines.set(c.row, Math.max(lines.get(c.row) ?? 1, n));
  }
  return [...lines]
    .filter(([, n]) => n > 1)
    .map(([row, n]) => ({ row, height: Math.min(409, n * LINE_HEIGHT + 4) }));
}

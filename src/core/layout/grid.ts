/** A small collector of layout cells: the builders say what goes where, this keeps the bookkeeping. */
import { columnLetters } from "../workbook/address";
import { type LayoutCell, type LayoutContent, type LayoutLink, type StyleName } from "./types";

/** A formula's reading cells are placeholders until table II has its rows: ⟦key⟧. */
export const token = (key: string): string => `⟦${key}⟧`;

export class Grid {
  readonly cells: LayoutCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Array<{ row: number; height: number }> = [];
  /** Where each cell is in `cells`, by row and column: a summary of 1,000 agencies has over 100,000 cells. */
  private readonly index = new Map<number, number>();

  constructor(private readonly mode: "live" | "values") {}

  text(row: number, col: number, text: string, style: StyleName, extra: Extra = {}): void {
    this.put(row, col, text === "" ? { kind: "empty" } : { kind: "text", text }, style, extra);
  }

  number(row: number, col: number, value: number | null, style: StyleName, extra: Extra = {}): void {
    this.put(row, col, value === null ? { kind: "empty" } : { kind: "number", value }, style, extra);
  }

  /**
   * A number for a chart: a formula giving the cell's number or #N/A (a gap, never a 0 bar) when live; the
   * number, or nothing, in values mode.
   */
  chartNumber(row: number, col: number, source: string, value: number | null): void {
    if (this.mode === "values") this.number(row, col, value, "percent");
    else
      this.put(
        row,
        col,
        { kind: "formula", formula: `IF(ISNUMBER(${source}),${source},NA())`, result: value },
        "percent",
        {},
      );
  }

  /** A formula with chitieu's result; in values mode only the result is written. */
  formula(
    row: number,
    col: number,
    formula: string,
    result: string | number | null,
    style: StyleName,
    extra: Extra = {},
  ): void {
    if (this.mode === "values") {
      if (typeof result === "number") this.number(row, col, result, style, extra);
      else this.text(row, col, result ?? "", style, extra);
      return;
    }
    this.put(row, col, { kind: "formula", formula, result: result === "" ? null : result }, style, extra);
  }

  /** Merges columns from..to of a row; the first cell holds the content, the others the style. */
  merge(row: number, from: number, to: number, style: StyleName, toRow = row): void {
    for (let r = row; r <= toRow; r++)
      for (let c = from; c <= to; c++)
        if ((r !== row || c !== from) && !this.index.has(at(r, c)))
          this.put(r, c, { kind: "empty" }, style, {});
    this.merges.push(`${columnLetters(from)}${row}:${columnLetters(to)}${toRow}`);
  }

  height(row: number, height: number): void {
    this.rowHeights.push({ row, height });
  }

  /** Replaces every ⟦key⟧ in formulas with the cell `address(key)` gives. */
  resolve(address: (key: string) => string): void {
    for (const c of this.cells)
      if (c.content.kind === "formula")
        c.content = {
          ...c.content,
          formula: c.content.formula.replace(/⟦([^⟧]+)⟧/g, (_, k: string) => address(k)),
        };
  }

  private put(row: number, col: number, content: LayoutContent, style: StyleName, extra: Extra): void {
    const key = at(row, col);
    const i = this.index.get(key);
    const cell: LayoutCell = { row, col, content, style, ...extra };
    if (i !== undefined) this.cells[i] = cell;
    else this.index.set(key, this.cells.push(cell) - 1);
  }
}

/** A cell's key in the index (a sheet has at most 16,384 columns). */
const at = (row: number, col: number): number => row * 16384 + col;

export type Extra = { link?: LayoutLink; note?: string };

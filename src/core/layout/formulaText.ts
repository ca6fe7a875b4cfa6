/** Small pieces of Excel formula text, written the same way everywhere. */
import { EPSILON } from "../attainment/compare";
import { quoteSheetName } from "../workbook/address";

/** A string literal inside a formula: quotes doubled, so any text stays text. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number as formula text: plain decimal notation, never "1e-9" or locale separators. */
export function num(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(15).replace(/\.?0+$/, "") : text;
}

/** `'Báo cáo'!$D$5`: a source cell, its sheet name quoted as a formula needs. */
export function sheetRef(sheet: string, cell: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  const abs = m ? `$${m[1]}$${m[2]}` : cell;
  return `${quoteSheetName(sheet)}!${abs}`;
}

/** The tolerance exact comparisons allow (EPSILON in compare.ts), written out: some engines cannot read 1E-9. */
export const EPS = EPSILON.toFixed(9);

/** `x op target`, exactly up to EPSILON, as meets() in compare.ts. */
export function compareExpr(
  x: string,
  op: ">=" | "<=" | "=" | "range",
  target: number | readonly [number, number],
): string {
  if (Array.isArray(target)) {
    const [lo, hi] = target as readonly [number, number];
    return `AND(${x}>=${num(lo)}-${EPS},${x}<=${num(hi)}+${EPS})`;
  }
  const t = num(target as number);
  switch (op) {
    case ">=":
      return `${x}>=${t}-${EPS}`;
    case "<=":
      return `${x}<=${t}+${EPS}`;
    case "=":
    case "range":
      return `ABS(${x}-${t})<=${EPS}`;
  }
}

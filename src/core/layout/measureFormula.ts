/**
 * Each measure kind as formula text over the reading cells: `ready` is TRUE when every value it needs is
 * there (and a growth's baseline or a ratio's denominator is not 0), `actual` is the figure. Mirrors
 * evaluateMeasure in attainment/measures.ts; the tests check both give the same numbers.
 */
import { type IndicatorResult } from "../attainment/types";
import { type Measure } from "../plan/schema";
import { compareExpr, EPS, num } from "./formulaText";
import { type ReadingRow } from "./readings";

export type MeasureFormula = { ready: string; actual: string; rows: ReadingRow[] };

type Need = (input: string, unit: string, year: number) => ReadingRow;
type At = (row: ReadingRow) => string;

const sum = (refs: string[]) => (refs.length === 1 ? (refs[0] ?? "0") : `SUM(${refs.join(",")})`);

/**
 * The formula of a measure for one data year, or null when it cannot be live (no unit counted, or the
 * engine left the result without units, e.g. a baseline after the data year).
 */
export function measureFormula(
  m: Measure,
  result: IndicatorResult,
  year: number,
  need: Need,
  at: At,
): MeasureFormula | null {
  const counted = result.units.filter((u) => u.counted).map((u) => u.unit);
  if (counted.length === 0) return null;
  const all = (rows: ReadingRow[]) => `COUNT(${rows.map(at).join(",")})=${rows.length}`;

  switch (m.kind) {
    case "share-of-units": {
      const rows = counted.map((u) => need(m.input, u, year));
      const c = m.criterion;
      const one = (r: ReadingRow) =>
        typeof c.value === "boolean"
          ? `IF(${at(r)}=${c.value ? 1 : 0},1,0)`
          : `IF(${compareExpr(at(r), c.op, c.value)},1,0)`;
      return { ready: all(rows), actual: `(${rows.map(one).join("+")})/${rows.length}`, rows };
    }
    case "share-of-units-growth":
    case "each-unit-growth": {
      const units = m.kind === "each-unit-growth" ? m.units : counted;
      const pairs = units.map((u) => [need(m.input, u, m.baselineYear), need(m.input, u, year)] as const);
      const rows = pairs.flat();
      const ready = `AND(${all(rows)},${pairs.map(([b]) => `${at(b)}<>0`).join(",")})`;
      const growth = ([b, n]: readonly [ReadingRow, ReadingRow]) => `${at(n)}/${at(b)}-1`;
      if (m.kind === "each-unit-growth")
        return { ready, actual: `MIN(${pairs.map(growth).join(",")})`, rows };
      const one = (p: readonly [ReadingRow, ReadingRow]) =>
        `IF(${growth(p)}>=${num(m.threshold)}-${EPS},1,0)`;
      return { ready, actual: `(${pairs.map(one).join("+")})/${pairs.length}`, rows };
    }
    case "growth-of-sum": {
      const base = counted.map((u) => need(m.input, u, m.baselineYear));
      const now = counted.map((u) => need(m.input, u, year));
      const rows = [...base, ...now];
      const b = sum(base.map(at));
      return { ready: `AND(${all(rows)},${b}<>0)`, actual: `${sum(now.map(at))}/${b}-1`, rows };
    }
    case "ratio-of-sums": {
      const nums = counted.map((u) => need(m.numerator, u, year));
      const dens = counted.map((u) => need(m.denominator, u, year));
      const rows = [...nums, ...dens];
      const d = sum(dens.map(at));
      return { ready: `AND(${all(rows)},${d}<>0)`, actual: `${sum(nums.map(at))}/${d}`, rows };
    }
    case "unit-fact": {
      const row = need(m.input, m.unit, year);
      return { ready: all([row]), actual: at(row), rows: [row] };
    }
  }
}

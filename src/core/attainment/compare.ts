/** Comparisons with targets: the rounding rules live here and nowhere else. */

/** Floating-point noise allowed in "exact" comparisons: 1.2 × 100 ÷ 100 − 1 is +20%, not 19.999…%. */
export const EPSILON = 1e-9;

export type Op = ">=" | "<=" | "=" | "range";

/** Rounds half away from zero to `decimals` places, robust to binary noise (0.665 → 0.67). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + EPSILON)) / f;
}

/**
 * Whether `actual` meets `op target`, exactly up to EPSILON. Round first (see roundTo) where a rule says so.
 * @example meets(0.67, ">=", 0.67) // true
 */
export function meets(actual: number, op: Op, target: number | readonly [number, number]): boolean {
  if (Array.isArray(target)) {
    const [lo, hi] = target as readonly [number, number];
    return actual >= lo - EPSILON && actual <= hi + EPSILON;
  }
  const t = target as number;
  switch (op) {
    case ">=":
      return actual >= t - EPSILON;
    case "<=":
      return actual <= t + EPSILON;
    case "=":
    case "range":
      return Math.abs(actual - t) <= EPSILON;
  }
}

/** Tỷ lệ đạt: actual ÷ target, or target ÷ actual when lower is better; null where it means nothing. */
export function attainmentRatio(
  actual: number,
  op: Op,
  target: number | readonly [number, number],
  direction: "higher" | "lower",
): number | null {
  if (Array.isArray(target)) return null;
  const t = target as number;
  if (direction === "lower" || op === "<=") return actual === 0 ? null : t / actual;
  return t === 0 ? null : actual / t;
}

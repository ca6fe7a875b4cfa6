/**
 * Thực hiện, Tỷ lệ đạt, Đánh giá and Tiến độ of one target as formulas, with the rules of compute.ts:
 * shares of units are compared after ROUND(x, 2) (docs/adr/0003), ratios and growth exactly up to 1E-9;
 * a target ahead is on track when met or when the report year's figure is on the straight line
 * (trajectory.ts), counted in whole units for shares.
 */
import { trajectoryOf } from "../attainment/trajectory";
import { type Indicator, type Measure, type Target } from "../plan/schema";
import { compareExpr, num, str } from "./formulaText";
import { type MeasureFormula } from "./measureFormula";

export type StatusWords = {
  achieved: string;
  notAchieved: string;
  onTrack: string;
  offTrack: string;
  noData: string;
};

const SHARE_KINDS = new Set<Measure["kind"]>(["share-of-units", "share-of-units-growth"]);

/** The figure compared with the target: rounded for shares of units (or where the target says so). */
export function comparedExpr(x: string, target: Target, measure: Measure): string {
  const precision = target.precision ?? (SHARE_KINDS.has(measure.kind) ? 2 : undefined);
  return precision === undefined ? x : `ROUND(${x},${precision})`;
}

/** Tỷ lệ đạt over the actual cell `x`: compared ÷ target, or target ÷ compared when lower is better. */
export function ratioFormula(
  x: string,
  indicator: Indicator,
  target: Target,
  measure: Measure,
): string | null {
  if (Array.isArray(target.value)) return null;
  const t = target.value;
  const c = comparedExpr(x, target, measure);
  const direction = indicator.direction ?? (target.op === "<=" ? "lower" : "higher");
  if (direction === "lower" || target.op === "<=")
    return `IF(ISNUMBER(${x}),IF(${c}=0,"",${num(t)}/${c}),"")`;
  if (t === 0) return null;
  return `IF(ISNUMBER(${x}),${c}/${num(t)},"")`;
}

/** Đánh giá of a target whose year has come, over the actual cell `x`. */
export function pastStatusFormula(x: string, target: Target, measure: Measure, words: StatusWords): string {
  const met = compareExpr(comparedExpr(x, target, measure), target.op, target.value);
  return `IF(ISNUMBER(${x}),IF(${met},${str(words.achieved)},${str(words.notAchieved)}),${str(words.noData)})`;
}

/**
 * Tiến độ of a target still ahead, with the measure's formula inlined (its figure is for the report year).
 * `effectiveMeasure` gives each target's measure as compute.ts uses it (baselines chosen by the user).
 */
export function progressFormula(args: {
  indicator: Indicator;
  target: Target;
  measure: Measure;
  effectiveMeasure: (t: Target) => Measure;
  formula: MeasureFormula;
  unitsCounted: number;
  reportYear: number;
  words: StatusWords;
}): string {
  const { indicator, target, measure, formula, words } = args;
  const isShare = SHARE_KINDS.has(measure.kind);
  const a = `(${formula.actual})`;
  const c = comparedExpr(a, target, measure);
  const met = compareExpr(c, target.op, target.value);
  const line = trajectoryOf({
    indicator,
    target,
    measure,
    effectiveMeasure: args.effectiveMeasure,
    actual: 0,
    reportYear: args.reportYear,
    ...(isShare ? { unitsCounted: args.unitsCounted, meeting: 0 } : {}),
  });
  const noData = str(words.noData);
  if (!line) return `IF(${formula.ready},IF(${met},${str(words.onTrack)},${noData}),${noData})`;
  const goal = Array.isArray(target.value) ? target.value[0] : target.value;
  const higher =
    (indicator.direction ?? (target.op === "<=" ? "lower" : goal >= line.from.value ? "higher" : "lower")) ===
    "higher";
  const onLine =
    isShare && line.expectedUnits !== undefined
      ? `ROUND(${a}*${args.unitsCounted},0)${higher ? ">=" : "<="}${line.expectedUnits}`
      : compareExpr(c, higher ? ">=" : "<=", line.expected);
  return `IF(${formula.ready},IF(OR(${met},${onLine}),${str(words.onTrack)},${str(words.offTrack)}),${noData})`;
}

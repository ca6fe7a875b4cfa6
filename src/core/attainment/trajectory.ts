import { type Indicator, type Measure, type Target } from "../plan/schema";
import { EPSILON } from "./compare";
import { type Trajectory } from "./types";

/**
 * Progress towards a target still ahead, on a straight line from a starting point to the target.
 *
 * Starting point: the latest earlier target of the same indicator measured the same way whose year has come
 * (the plan's own milestone, e.g. 67% in 2025 on the way to 100% in 2030), else the target's `from`.
 * Expected now = from + (target − from) × (report year − from year) ÷ (target year − from year).
 * For shares of units the line is read in whole units, rounded down: 2.2 agencies expected means 2.
 * The rate view: the change per year still needed (target − actual) ÷ years left, against the change per
 * year seen since the starting point. On a straight line both views agree; the rate view says by how much.
 */
export function trajectoryOf(args: {
  indicator: Indicator;
  target: Target;
  measure: Measure;
  effectiveMeasure: (t: Target) => Measure;
  actual: number;
  reportYear: number;
  unitsCounted?: number;
  meeting?: number;
}): Trajectory | null {
  const { indicator, target, actual, reportYear } = args;
  const goal = Array.isArray(target.value) ? target.value[0] : target.value;
  const origin = originOf(indicator, target, args.measure, args.effectiveMeasure, reportYear);
  if (!origin) return null;
  const span = target.year - origin.year;
  const elapsed = reportYear - origin.year;
  const expected = origin.value + ((goal - origin.value) * elapsed) / span;
  const higher =
    (indicator.direction ?? (target.op === "<=" ? "lower" : goal >= origin.value ? "higher" : "lower")) ===
    "higher";
  const neededPerYear = (goal - actual) / (target.year - reportYear);
  const seenPerYear = elapsed > 0 ? (actual - origin.value) / elapsed : null;

  let onTrack: boolean;
  let expectedUnits: number | undefined;
  if (args.unitsCounted !== undefined && args.meeting !== undefined) {
    expectedUnits = higher
      ? Math.floor(expected * args.unitsCounted + EPSILON)
      : Math.ceil(expected * args.unitsCounted - EPSILON);
    onTrack = higher ? args.meeting >= expectedUnits : args.meeting <= expectedUnits;
  } else {
    onTrack = higher ? actual >= expected - EPSILON : actual <= expected + EPSILON;
  }
  return {
    from: origin,
    expected,
    ...(expectedUnits !== undefined ? { expectedUnits } : {}),
    neededPerYear,
    seenPerYear,
    onTrack,
  };
}

function originOf(
  indicator: Indicator,
  target: Target,
  measure: Measure,
  effectiveMeasure: (t: Target) => Measure,
  reportYear: number,
): Trajectory["from"] | null {
  const same = JSON.stringify(measure);
  const earlier = indicator.targets
    .filter(
      (t) => t.year < target.year && t.year <= reportYear && JSON.stringify(effectiveMeasure(t)) === same,
    )
    .sort((a, b) => b.year - a.year)[0];
  if (earlier) {
    const v = Array.isArray(earlier.value) ? earlier.value[0] : earlier.value;
    return { year: earlier.year, value: v, basis: "earlier-target" };
  }
  if (target.from && target.from.year <= reportYear) return { ...target.from, basis: "plan-start" };
  return null;
}

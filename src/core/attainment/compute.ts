import { message } from "../i18n/messages";
import { type ObservationSet } from "../observations/observation";
import { type Indicator, type Measure, type Plan, type Target } from "../plan/schema";
import { activeUnits } from "../units/activeUnits";
import { attainmentRatio, meets, roundTo } from "./compare";
import { type EvalContext } from "./context";
import { evaluateMeasure } from "./measures";
import { trajectoryOf } from "./trajectory";
import { type AttainmentReport, type IndicatorResult, type Status } from "./types";

export type AttainmentOptions = {
  reportYear: number;
  /** Indicator id → baseline year, replacing the plan's (e.g. revenue-growth → 2023). */
  baselines?: Readonly<Record<string, number>>;
};

const SHARE_KINDS = new Set<Measure["kind"]>(["share-of-units", "share-of-units-growth"]);
/** Shares of units compare after rounding to whole percent, as the plan writes them (2 of 3 is 67%). */
const SHARE_PRECISION = 2;

/** The measure a target uses: its own or the indicator's, with a baseline year the user chose. */
export function measureFor(
  indicator: Indicator,
  target: Target,
  baselines: Readonly<Record<string, number>>,
): Measure {
  const m = target.measure ?? indicator.measure;
  const chosen = baselines[indicator.id];
  return chosen !== undefined && "baselineYear" in m ? { ...m, baselineYear: chosen } : m;
}

/**
 * Attainment of every indicator and target year of a plan, from what was observed.
 * Targets whose year has come (≤ report year) are achieved / not-achieved on that year's data; targets
 * ahead are on-track / off-track on the report year's data (see trajectoryOf). Anything missing gives
 * no-data with the list of what is missing: never a zero, never a guess.
 * @example computeAttainment(builtInPlan("lai-chau-3414"), observations, { reportYear: 2025 })
 */
export function computeAttainment(
  plan: Plan,
  observations: ObservationSet,
  options: AttainmentOptions,
): AttainmentReport {
  const baselines = options.baselines ?? {};
  const units = activeUnits(plan.units, options.reportYear);
  const ctx: EvalContext = {
    plan,
    inputs: new Map(plan.inputs.map((i) => [i.id, i])),
    units,
    observations,
    reportYear: options.reportYear,
  };
  const indicators: IndicatorResult[] = [];
  for (const indicator of plan.indicators) {
    for (const target of [...indicator.targets].sort((a, b) => a.year - b.year)) {
      indicators.push(evaluateTarget(ctx, indicator, target, baselines));
    }
  }
  const usedBaselines: Record<string, number> = {};
  for (const ind of plan.indicators)
    for (const t of ind.targets) {
      const m = measureFor(ind, t, baselines);
      if ("baselineYear" in m) usedBaselines[ind.id] ??= m.baselineYear;
    }
  return {
    plan: { id: plan.id, version: plan.version, number: plan.document.number, title: plan.title },
    reportYear: options.reportYear,
    unitList: {
      id: plan.units.id,
      name: plan.units.name,
      asOf: `${options.reportYear}-12-31`,
      units: units.map((u) => ({ id: u.id, name: u.name })),
    },
    baselines: usedBaselines,
    indicators,
  };
}

function evaluateTarget(
  ctx: EvalContext,
  indicator: Indicator,
  target: Target,
  baselines: Readonly<Record<string, number>>,
): IndicatorResult {
  const measure = measureFor(indicator, target, baselines);
  const past = target.year <= ctx.reportYear;
  const dataYear = past ? target.year : ctx.reportYear;
  const outcome =
    "baselineYear" in measure && measure.baselineYear >= dataYear
      ? {
          actual: null,
          units: [],
          missing: [],
          notes: [message("baseline.afterData", { baseline: measure.baselineYear, year: dataYear })],
        }
      : evaluateMeasure(ctx, measure, dataYear);
  const isShare = SHARE_KINDS.has(measure.kind);
  const precision = target.precision ?? (isShare ? SHARE_PRECISION : undefined);
  const direction = indicator.direction ?? (target.op === "<=" ? "lower" : "higher");

  const result: IndicatorResult = {
    id: indicator.id,
    name: indicator.name,
    unitOfMeasure: indicator.unitOfMeasure,
    targetYear: target.year,
    dataYear,
    measure: measure.kind,
    actual: outcome.actual,
    op: target.op,
    target: target.value,
    display: target.display ?? String(target.value),
    ratio: null,
    status: "no-data",
    ...(outcome.count ? { count: outcome.count } : {}),
    units: outcome.units,
    missing: outcome.missing,
    notes: [...outcome.notes, ...(target.note ? [target.note] : [])],
  };
  if (outcome.actual === null) return result;

  const compared = precision === undefined ? outcome.actual : roundTo(outcome.actual, precision);
  const met = meets(compared, target.op, target.value);
  result.ratio = attainmentRatio(compared, target.op, target.value, direction);
  if (past) {
    result.status = met ? "achieved" : "not-achieved";
    return result;
  }
  const trajectory = trajectoryOf({
    indicator,
    target,
    measure,
    effectiveMeasure: (t) => measureFor(indicator, t, baselines),
    actual: compared,
    reportYear: ctx.reportYear,
    unitsCounted: isShare ? outcome.count?.total : undefined,
    meeting: isShare ? outcome.count?.meeting : undefined,
  });
  if (trajectory) result.trajectory = trajectory;
  const status: Status =
    met || trajectory?.onTrack === true ? "on-track" : trajectory ? "off-track" : "no-data";
  if (!met && !trajectory) result.notes.push(message("trajectory.noOrigin"));
  result.status = status;
  return result;
}

import { type AttainmentReport, type IndicatorResult } from "../attainment/types";

/** Fractions in JSON are rounded to 4 decimals (0.6667); the engine keeps full precision. */
const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10_000) / 10_000);

/** The `summarize --json` document: the contract other tools read (see README). */
export function reportToJson(report: AttainmentReport): unknown {
  return {
    plan: report.plan.id,
    planVersion: report.plan.version,
    planNumber: report.plan.number,
    reportYear: report.reportYear,
    unitList: {
      id: report.unitList.id,
      asOf: report.unitList.asOf,
      units: report.unitList.units.map((u) => u.id),
    },
    baselines: report.baselines,
    indicators: report.indicators.map(indicatorJson),
  };
}

function indicatorJson(r: IndicatorResult): unknown {
  return {
    id: r.id,
    targetYear: r.targetYear,
    dataYear: r.dataYear,
    measure: r.measure,
    actual: round4(r.actual),
    op: r.op,
    target: r.target,
    ratio: round4(r.ratio),
    status: r.status,
    ...(r.count ? { count: r.count } : {}),
    units: r.units.map((u) => ({
      unit: u.unit,
      counted: u.counted,
      values: u.values,
      meets: u.meets,
      ...(u.growth !== undefined ? { growth: round4(u.growth) } : {}),
    })),
    missing: r.missing.map((m) => ({
      input: m.input,
      unit: m.unit,
      year: m.year,
      problem: m.problem,
      raw: m.raw,
      source: m.source,
      message: m.text,
    })),
    ...(r.trajectory
      ? {
          trajectory: {
            from: r.trajectory.from,
            expected: round4(r.trajectory.expected),
            ...(r.trajectory.expectedUnits !== undefined
              ? { expectedUnits: r.trajectory.expectedUnits }
              : {}),
            neededPerYear: round4(r.trajectory.neededPerYear),
            seenPerYear: round4(r.trajectory.seenPerYear),
            onTrack: r.trajectory.onTrack,
          },
        }
      : {}),
    notes: r.notes,
  };
}

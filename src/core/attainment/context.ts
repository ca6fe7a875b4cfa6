import { message } from "../i18n/messages";
import { type ObservationSet, type Source } from "../observations/observation";
import { type Input, type Plan, type Unit } from "../plan/schema";
import { type Reading, problem } from "../values/reading";
import { type Missing } from "./types";

/** What every measure needs: the plan, the units on the list, the observations, the report year. */
export type EvalContext = {
  plan: Plan;
  inputs: ReadonlyMap<string, Input>;
  units: readonly Unit[];
  observations: ObservationSet;
  reportYear: number;
};

export type Lookup = { reading: Reading; source: Source | null; year: number | null };

/**
 * The reading of an input for a unit in a year. Yearly series need that year's value; a status input is
 * taken as of the report year unless an observation names the year asked for.
 */
export function lookup(ctx: EvalContext, inputId: string, unit: string, year: number): Lookup {
  const input = ctx.inputs.get(inputId);
  const yearly = input?.series === "yearly";
  const exact = ctx.observations.get(inputId, unit, year);
  if (exact) return { reading: exact.reading, source: exact.source, year };
  if (!yearly) {
    const current = ctx.observations.get(inputId, unit, null);
    if (current && year === ctx.reportYear)
      return { reading: current.reading, source: current.source, year: null };
    if (current)
      return {
        reading: problem("not-reported", "", message("reading.notForYear", { year })),
        source: current.source,
        year,
      };
  }
  return {
    reading: problem("not-reported", "", message("reading.notMapped")),
    source: null,
    year: yearly ? year : null,
  };
}

/** The missing-data entry for a lookup that gave no usable value. */
export function missingOf(inputId: string, unit: string, l: Lookup): Missing | null {
  if (l.reading.kind !== "problem") return null;
  return {
    input: inputId,
    unit,
    year: l.year,
    problem: l.reading.problem,
    raw: l.reading.raw,
    source: l.source,
    text: l.reading.text,
  };
}

export function numberOf(l: Lookup): number | null {
  return l.reading.kind === "number" ? l.reading.value : null;
}

export function valueOf(l: Lookup): number | boolean | null {
  return l.reading.kind === "problem" ? null : l.reading.value;
}

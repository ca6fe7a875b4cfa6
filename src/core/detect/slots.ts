/** The values a plan asks for: one per input, unit and (for a yearly series) year. */
import { type Plan } from "../plan/schema";
import { inScope } from "../units/activeUnits";
import { type Unmatched } from "./types";

/**
 * Every value the plan needs, the way detection counts them: each input for every unit it applies to; a yearly
 * input for each baseline year the indicators name and for the report year (when known), years in order.
 * @example requiredSlots(builtInPlan("lai-chau-3414"), 2025).length // > 0
 */
export function requiredSlots(plan: Plan, reportYear: number | null): Unmatched[] {
  const out: Unmatched[] = [];
  for (const input of plan.inputs) {
    const units = plan.units.units.filter((u) => inScope(u, input.appliesTo));
    const years = input.series === "yearly" ? neededYears(plan, input.id, reportYear) : [null];
    for (const u of units)
      for (const y of years) out.push({ input: input.id, unit: u.id, ...(y !== null ? { year: y } : {}) });
  }
  return out;
}

function neededYears(plan: Plan, inputId: string, reportYear: number | null): number[] {
  const years = new Set<number>();
  for (const ind of plan.indicators)
    for (const m of [ind.measure, ...ind.targets.map((t) => t.measure)])
      if (m && "baselineYear" in m && m.input === inputId) years.add(m.baselineYear);
  if (reportYear !== null) years.add(reportYear);
  return [...years].sort((a, b) => a - b);
}

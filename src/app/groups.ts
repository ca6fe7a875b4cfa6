/** The plan's inputs grouped under the indicator that first uses them, as the pane lists the mapping. */
import { type Indicator, type Input, type Measure, type Plan } from "../core/plan/schema";

export type InputGroup = { indicator: Indicator | null; inputs: Input[] };

function inputsOf(m: Measure): string[] {
  return m.kind === "ratio-of-sums" ? [m.numerator, m.denominator] : [m.input];
}

/**
 * Each input once, under the first indicator whose measure (or a target's measure) reads it; inputs no
 * indicator reads directly (e.g. a bound like "trained ≤ total") come last, under `indicator: null`.
 * @example inputGroups(plan)[0].indicator?.id // the plan's first indicator
 */
export function inputGroups(plan: Plan): InputGroup[] {
  const placed = new Set<string>();
  const groups: InputGroup[] = [];
  const byId = new Map(plan.inputs.map((i) => [i.id, i]));
  for (const indicator of plan.indicators) {
    const ids = [
      indicator.measure,
      ...indicator.targets.flatMap((t) => (t.measure ? [t.measure] : [])),
    ].flatMap(inputsOf);
    const inputs: Input[] = [];
    for (const id of ids) {
      const input = byId.get(id);
      if (!input || placed.has(id)) continue;
      placed.add(id);
      inputs.push(input);
    }
    if (inputs.length > 0) groups.push({ indicator, inputs });
  }
  const rest = plan.inputs.filter((i) => !placed.has(i.id));
  if (rest.length > 0) groups.push({ indicator: null, inputs: rest });
  return groups;
}

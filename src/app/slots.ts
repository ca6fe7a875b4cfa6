/** The values a plan asks for: one per input, unit and (for a yearly series) year. */
import { type Unmatched } from "../core/detect/types";
import { type Language } from "../core/i18n/messages";
import { type Plan } from "../core/plan/schema";
import { inScope } from "../core/units/activeUnits";

export type Slot = { input: string; unit: string; year?: number };

/** The identity of a slot, for maps and React keys. */
export function slotKey(slot: Slot): string {
  return `${slot.input}|${slot.unit}|${slot.year ?? ""}`;
}

export function sameSlot(a: Slot, b: Slot): boolean {
  return slotKey(a) === slotKey(b);
}

/** Only the slot's fields (an entry or a proposal carries more). */
export function slotOf(s: Slot): Slot {
  return { input: s.input, unit: s.unit, ...(s.year !== undefined ? { year: s.year } : {}) };
}

/**
 * Every value the plan needs, the way detection counts them: each input for every unit it applies to; a yearly
 * input for each baseline year the indicators name and for the report year (when known).
 * @example requiredSlots(builtInPlan("lai-chau-3414"), 2025).length // > 0
 */
export function requiredSlots(plan: Plan, reportYear: number | null): Slot[] {
  const out: Slot[] = [];
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

/** The slots of `all` that `taken` does not cover, in `all`'s order. */
export function missingSlots(all: readonly Slot[], taken: readonly Slot[]): Unmatched[] {
  const have = new Set(taken.map(slotKey));
  return all.filter((s) => !have.has(slotKey(s))).map(slotOf);
}

/** "Doanh thu · Báo Lai Châu · 2025" in the person's language. */
export function slotLabel(plan: Plan, slot: Slot, lang: Language): string {
  const input = plan.inputs.find((i) => i.id === slot.input)?.name[lang] ?? slot.input;
  const unit = plan.units.units.find((u) => u.id === slot.unit)?.name[lang] ?? slot.unit;
  return `${input} · ${unit}${slot.year !== undefined ? ` · ${slot.year}` : ""}`;
}

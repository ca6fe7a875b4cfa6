/** The values a plan asks for: one per input, unit and (for a yearly series) year. */
import { type Unmatched } from "../core/detect/types";
import { type Language } from "../core/i18n/messages";
import { type Plan } from "../core/plan/schema";

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

export { requiredSlots } from "../core/detect/slots";

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

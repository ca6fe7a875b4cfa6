import { MappingError } from "../errors";
import { message } from "../i18n/messages";
import { type Input, type Plan } from "../plan/schema";
import { type MappingEntry } from "./schema";

/**
 * Checks mapping entries against the plan: known input and unit, a year for a yearly series, no slot twice.
 * Returns each entry's input. `slotKey` says when two entries are the same slot (defined names fold case).
 * @throws MappingError naming the entry (1-based) and what is wrong.
 */
export function checkEntries(
  plan: Plan,
  entries: readonly MappingEntry[],
  slotKey: (e: MappingEntry) => string = (e) => `${e.input}|${e.unit}|${e.year ?? ""}`,
): Input[] {
  const inputs = new Map(plan.inputs.map((i) => [i.id, i]));
  const units = plan.units.units.map((u) => u.id);
  const firstAt = new Map<string, number>();
  return entries.map((entry, i) => {
    const index = i + 1;
    const input = inputs.get(entry.input);
    if (!input)
      throw new MappingError(
        "mapping.unknownInput",
        message("mapping.unknownInput", { index, input: entry.input, known: [...inputs.keys()].join(", ") }),
      );
    if (!units.includes(entry.unit))
      throw new MappingError(
        "mapping.unknownUnit",
        message("mapping.unknownUnit", { index, unit: entry.unit, known: units.join(", ") }),
      );
    if (input.series === "yearly" && entry.year === undefined)
      throw new MappingError(
        "mapping.yearRequired",
        message("mapping.yearRequired", { index, input: entry.input }),
      );
    const key = slotKey(entry);
    const first = firstAt.get(key);
    if (first !== undefined)
      throw new MappingError(
        "mapping.duplicate",
        message("mapping.duplicate", {
          index,
          first,
          input: entry.input,
          unit: entry.unit,
          year: entry.year !== undefined ? ` / ${entry.year}` : "",
        }),
      );
    firstAt.set(key, index);
    return input;
  });
}

import { type DefinedName } from "../../core/workbook/model";
import { type Capabilities } from "./requirements";

/** Queues the load of a name collection (`workbook.names` or a sheet's `names`) for `definedNamesOf`. */
export function loadNames(names: Excel.NamedItemCollection, can: Capabilities): void {
  names.load(can.nameFormula ? "items/name,items/value,items/formula" : "items/name,items/value");
}

/**
 * The names of a loaded collection as the core's model has them: the reference without its `=`
 * (`'Báo Lai Châu'!$I$10`, `#REF!$I$10`, `0.1`), from `formula` when the host has it (ExcelApi 1.7), else `value`
 * (the address for a range, `#REF!` for a deleted cell).
 */
export function definedNamesOf(names: Excel.NamedItemCollection, can: Capabilities): DefinedName[] {
  return names.items.map((item) => {
    const formula: unknown = can.nameFormula ? item.formula : undefined;
    const value: unknown = item.value;
    const ref = typeof formula === "string" ? formula.replace(/^=/, "") : String(value);
    return { name: item.name, ref };
  });
}

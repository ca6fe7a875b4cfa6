import { type Scope, type Unit, type UnitList } from "../plan/schema";

/** The units on the list on 31 December of a year: started by then and not ended before it. */
export function activeUnits(list: UnitList, year: number): Unit[] {
  const day = `${year}-12-31`;
  return list.units.filter((u) => (u.validFrom ?? "0000") <= day && (u.validTo ?? "9999") >= day);
}

/** Whether a unit is of the scope's kind and has every attribute the scope asks for. */
export function inScope(unit: Unit, scope: Scope | undefined): boolean {
  const kind = scope?.kind ?? "agency";
  if (unit.kind !== kind) return false;
  return Object.entries(scope?.where ?? {}).every(([k, v]) => unit.attributes[k] === v);
}

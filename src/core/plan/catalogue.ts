import { PlanError } from "../errors";
import { message } from "../i18n/messages";
import laiChau3414 from "./data/lai-chau-3414.json";
import quocGia348 from "./data/quoc-gia-348.json";
import unitsLaiChau2023 from "./data/units-lai-chau-2023.json";
import { parsePlan, parseUnitList } from "./load";
import { type Plan, type UnitList } from "./schema";

/** The unit lists plans may name by id. */
export const builtInUnitLists: ReadonlyMap<string, UnitList> = new Map(
  [parseUnitList(unitsLaiChau2023, "units-lai-chau-2023.json")].map((l) => [l.id, l]),
);

const builtInSources: ReadonlyArray<readonly [unknown, string]> = [
  [laiChau3414, "lai-chau-3414.json"],
  [quocGia348, "quoc-gia-348.json"],
];

let cache: ReadonlyMap<string, Plan> | undefined;

/** The plans that ship with chitieu, validated like any user's plan file. */
export function builtInPlans(): ReadonlyMap<string, Plan> {
  cache ??= new Map(
    builtInSources.map(([json, source]) => {
      const plan = parsePlan(json, source, builtInUnitLists);
      return [plan.id, plan] as const;
    }),
  );
  return cache;
}

/**
 * @throws PlanError when no built-in plan has that id.
 * @example builtInPlan("lai-chau-3414").document.number // "3414/KH-UBND"
 */
export function builtInPlan(id: string): Plan {
  const plan = builtInPlans().get(id);
  if (!plan)
    throw new PlanError(
      "plan.unknown",
      message("plan.unknown", { id, known: [...builtInPlans().keys()].join(", ") }),
    );
  return plan;
}

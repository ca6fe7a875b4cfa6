/** Which plans the pane offers, and which one a workbook was mapped for. */
import { builtInPlans, builtInUnitLists } from "../core/plan/catalogue";
import { parsePlanText } from "../core/plan/load";
import { type Plan } from "../core/plan/schema";
import { readSavedMapping } from "../core/mapping/persisted";
import { type Workbook } from "../core/workbook/model";

export const DEFAULT_PLAN_ID = "lai-chau-3414";

/** The built-in plans, the default first. */
export function offeredPlans(): Plan[] {
  const all = [...builtInPlans().values()];
  return [...all.filter((p) => p.id === DEFAULT_PLAN_ID), ...all.filter((p) => p.id !== DEFAULT_PLAN_ID)];
}

/**
 * The built-in plan a workbook's saved mapping names (its `chitieu_meta` sheet), else the default plan.
 * @example planForWorkbooks([model]).id // "lai-chau-3414"
 */
export function planForWorkbooks(
  workbooks: readonly Workbook[],
  plans: readonly Plan[] = offeredPlans(),
): Plan {
  const fallback = plans[0];
  if (!fallback) throw new Error("no built-in plan");
  for (const wb of workbooks) {
    const savedFor = readSavedMapping(wb, fallback)?.plan;
    const plan = plans.find((p) => p.id === savedFor);
    if (plan) return plan;
  }
  return fallback;
}

/**
 * A plan file the person chose, checked like any plan (the core's loader).
 * @throws PlanError naming the file and the first bad field.
 */
export function planFromFile(text: string, fileName: string): Plan {
  return parsePlanText(text, fileName, builtInUnitLists);
}

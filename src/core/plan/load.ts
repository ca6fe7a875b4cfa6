import { type ZodError } from "zod";
import { PlanError } from "../errors";
import { message } from "../i18n/messages";
import { checkPlanReferences } from "./references";
import { planSchema, unitListSchema, type Plan, type UnitList } from "./schema";

/** Turns a zod issue path into the dotted form people read: `indicators[2].targets[0].value`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

export function firstIssue(error: ZodError): { field: string; problem: string } {
  const issue = error.issues[0];
  if (!issue) return { field: "(root)", problem: "is invalid" };
  return { field: formatPath(issue.path) || "(root)", problem: issue.message };
}

/**
 * Validates plan JSON (already parsed) and resolves its unit list.
 * @throws PlanError naming the source and the first bad field.
 * @example parsePlan(JSON.parse(text), "my-plan.json", builtInUnitLists)
 */
export function parsePlan(json: unknown, source: string, unitLists: ReadonlyMap<string, UnitList>): Plan {
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    const { field, problem } = firstIssue(parsed.error);
    throw new PlanError("plan.invalid", message("plan.invalid", { source, field, problem }));
  }
  const file = parsed.data;
  let units: UnitList;
  if (typeof file.units === "string") {
    const list = unitLists.get(file.units);
    if (!list)
      throw new PlanError(
        "plan.invalid",
        message("plan.invalid", {
          source,
          field: "units",
          problem: `names no built-in unit list "${file.units}" (known: ${[...unitLists.keys()].join(", ")})`,
        }),
      );
    units = list;
  } else {
    units = file.units;
  }
  const plan: Plan = { ...file, units };
  const problems = checkPlanReferences(plan);
  const first = problems[0];
  if (first)
    throw new PlanError(
      "plan.invalid",
      message("plan.invalid", { source, field: first.path, problem: first.problem }),
    );
  return plan;
}

/** Parses plan text (a file's content); JSON syntax errors become a PlanError too. */
export function parsePlanText(text: string, source: string, unitLists: ReadonlyMap<string, UnitList>): Plan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PlanError("plan.notJson", message("plan.notJson", { source, detail: (e as Error).message }));
  }
  return parsePlan(json, source, unitLists);
}

export function parseUnitList(json: unknown, source: string): UnitList {
  const parsed = unitListSchema.safeParse(json);
  if (!parsed.success) {
    const { field, problem } = firstIssue(parsed.error);
    throw new PlanError("plan.invalid", message("plan.invalid", { source, field, problem }));
  }
  return parsed.data;
}

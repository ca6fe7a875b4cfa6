import { type Measure, type Plan } from "./schema";

export type PlanProblem = { path: string; problem: string };

/** Checks what the schema alone cannot: every id a measure names exists and fits its use. */
export function checkPlanReferences(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const inputs = new Map(plan.inputs.map((i) => [i.id, i]));
  const units = new Set(plan.units.units.map((u) => u.id));

  const duplicates = (ids: string[], where: string): void => {
    const seen = new Set<string>();
    ids.forEach((x, i) => {
      if (seen.has(x)) problems.push({ path: `${where}[${i}].id`, problem: `repeats the id "${x}"` });
      seen.add(x);
    });
  };
  duplicates(
    plan.inputs.map((i) => i.id),
    "inputs",
  );
  duplicates(
    plan.indicators.map((i) => i.id),
    "indicators",
  );
  duplicates(
    plan.units.units.map((u) => u.id),
    "units.units",
  );

  plan.units.units.forEach((u, i) => {
    if (u.mergedInto !== undefined && !units.has(u.mergedInto))
      problems.push({ path: `units.units[${i}].mergedInto`, problem: `names no unit "${u.mergedInto}"` });
    if (u.validFrom && u.validTo && u.validFrom > u.validTo)
      problems.push({ path: `units.units[${i}].validTo`, problem: "is before validFrom" });
  });

  plan.inputs.forEach((input, i) => {
    if (input.notGreaterThan !== undefined && !inputs.has(input.notGreaterThan))
      problems.push({
        path: `inputs[${i}].notGreaterThan`,
        problem: `names no input "${input.notGreaterThan}"`,
      });
  });

  const checkInput = (path: string, inputId: string, need?: { yearly?: boolean; yesNo?: boolean }): void => {
    const input = inputs.get(inputId);
    if (!input) {
      problems.push({ path, problem: `names no input "${inputId}"` });
      return;
    }
    if (need?.yearly && input.series !== "yearly")
      problems.push({ path, problem: `names "${inputId}", which is not a yearly series` });
    if (need?.yesNo === true && input.type !== "yes-no")
      problems.push({ path, problem: `names "${inputId}", which is not a yes/no input` });
    if (need?.yesNo === false && input.type === "yes-no")
      problems.push({ path, problem: `names "${inputId}", a yes/no input, where a number is needed` });
  };
  const checkUnit = (path: string, unitId: string): void => {
    if (!units.has(unitId)) problems.push({ path, problem: `names no unit "${unitId}"` });
  };

  const checkMeasure = (m: Measure, path: string): void => {
    switch (m.kind) {
      case "share-of-units":
        checkInput(`${path}.input`, m.input);
        if (inputs.get(m.input)?.type === "yes-no" && typeof m.criterion.value !== "boolean")
          problems.push({
            path: `${path}.criterion.value`,
            problem: "must be true or false for a yes/no input",
          });
        if (inputs.get(m.input)?.type !== "yes-no" && typeof m.criterion.value !== "number")
          problems.push({ path: `${path}.criterion.value`, problem: "must be a number for a numeric input" });
        break;
      case "ratio-of-sums":
        checkInput(`${path}.numerator`, m.numerator, { yesNo: false });
        checkInput(`${path}.denominator`, m.denominator, { yesNo: false });
        break;
      case "growth-of-sum":
      case "share-of-units-growth":
        checkInput(`${path}.input`, m.input, { yearly: true, yesNo: false });
        break;
      case "each-unit-growth":
        checkInput(`${path}.input`, m.input, { yearly: true, yesNo: false });
        m.units.forEach((u, i) => checkUnit(`${path}.units[${i}]`, u));
        break;
      case "unit-fact":
        checkInput(`${path}.input`, m.input, { yesNo: true });
        checkUnit(`${path}.unit`, m.unit);
        break;
    }
  };

  plan.indicators.forEach((ind, i) => {
    checkMeasure(ind.measure, `indicators[${i}].measure`);
    const years = new Set<number>();
    ind.targets.forEach((t, j) => {
      const path = `indicators[${i}].targets[${j}]`;
      if (years.has(t.year)) problems.push({ path: `${path}.year`, problem: `repeats the year ${t.year}` });
      years.add(t.year);
      if (t.measure) checkMeasure(t.measure, `${path}.measure`);
      if ((t.op === "range") !== Array.isArray(t.value))
        problems.push({ path: `${path}.value`, problem: 'must be [low, high] exactly when op is "range"' });
      if (Array.isArray(t.value) && t.value[0] > t.value[1])
        problems.push({ path: `${path}.value`, problem: "has its low end above its high end" });
      if (t.from && t.from.year >= t.year)
        problems.push({ path: `${path}.from.year`, problem: "must be before the target year" });
    });
  });
  return problems;
}

import { type Message, message } from "../i18n/messages";
import { type Measure, type Scope, type Unit } from "../plan/schema";
import { inScope } from "../units/activeUnits";
import { meets } from "./compare";
import { type EvalContext, lookup, missingOf, numberOf, valueOf } from "./context";
import { type Missing, type UnitLine } from "./types";

/** What a measure gives for one data year, before it is compared with a target. */
export type MeasureOutcome = {
  actual: number | null;
  units: UnitLine[];
  missing: Missing[];
  count?: { meeting: number; total: number };
  notes: Message[];
};

/** The units a measure counts: in its scope and asked the input (appliesTo). Others are listed, not counted. */
function scoped(
  ctx: EvalContext,
  scope: Scope | undefined,
  inputIds: string[],
): { unit: Unit; counted: boolean }[] {
  const kind = scope?.kind ?? "agency";
  return ctx.units
    .filter((u) => u.kind === kind)
    .map((unit) => ({
      unit,
      counted:
        inScope(unit, scope) &&
        inputIds.every((id) => {
          const applies = ctx.inputs.get(id)?.appliesTo;
          return applies === undefined || inScope(unit, applies);
        }),
    }));
}

function line(unit: Unit, counted: boolean): UnitLine {
  return { unit: unit.id, name: unit.name, counted, values: {}, meets: null };
}

function growthOf(base: number | null, now: number | null): number | null {
  if (base === null || now === null || base === 0) return null;
  return now / base - 1;
}

/** Growth needs a non-zero baseline: a zero is a real value, but no growth rate can be taken from it. */
function zeroBaseline(unit: string, input: string, year: number): Missing {
  return {
    input,
    unit,
    year,
    problem: "out-of-range",
    raw: "0",
    source: null,
    text: message("growth.zeroBaseline", { year }),
  };
}

/**
 * Evaluates a measure with the data of one year.
 * @example evaluateMeasure(ctx, { kind: "growth-of-sum", input: "political_articles", baselineYear: 2020 }, 2025)
 */
export function evaluateMeasure(ctx: EvalContext, m: Measure, year: number): MeasureOutcome {
  const missing: Missing[] = [];
  const notes: Message[] = [];
  const read = (input: string, unit: string, y: number, l: UnitLine, label: string) => {
    const found = lookup(ctx, input, unit, y);
    l.values[label] = valueOf(found);
    const miss = missingOf(input, unit, found);
    if (miss) missing.push(miss);
    return found;
  };

  switch (m.kind) {
    case "share-of-units": {
      const lines = scoped(ctx, m.scope, [m.input]).map(({ unit, counted }) => {
        const l = line(unit, counted);
        if (!counted) return l;
        const v = valueOf(read(m.input, unit.id, year, l, m.input));
        if (v !== null)
          l.meets =
            typeof v === "boolean"
              ? v === m.criterion.value
              : meets(v, m.criterion.op, m.criterion.value as number);
        return l;
      });
      return share(lines, missing, notes);
    }
    case "share-of-units-growth": {
      const lines = scoped(ctx, m.scope, [m.input]).map(({ unit, counted }) => {
        const l = line(unit, counted);
        if (!counted) return l;
        l.growth = unitGrowth(unit.id, m.input, m.baselineYear, year, l);
        if (l.growth !== null && l.growth !== undefined) l.meets = meets(l.growth, ">=", m.threshold);
        return l;
      });
      return share(lines, missing, notes);
    }
    case "each-unit-growth": {
      const lines = m.units.map((id) => {
        const unit = ctx.plan.units.units.find((u) => u.id === id);
        const l: UnitLine = {
          unit: id,
          name: unit?.name ?? { vi: id, en: id },
          counted: true,
          values: {},
          meets: null,
        };
        l.growth = unitGrowth(id, m.input, m.baselineYear, year, l);
        return l;
      });
      const growths = lines.map((l) => l.growth);
      const actual =
        missing.length === 0 && growths.every((g) => typeof g === "number") ? Math.min(...growths) : null;
      return { actual, units: lines, missing, notes };
    }
    case "growth-of-sum": {
      let base = 0;
      let now = 0;
      const lines = scoped(ctx, m.scope, [m.input]).map(({ unit, counted }) => {
        const l = line(unit, counted);
        if (!counted) return l;
        const b = numberOf(read(m.input, unit.id, m.baselineYear, l, `${m.input}@${m.baselineYear}`));
        const n = numberOf(read(m.input, unit.id, year, l, `${m.input}@${year}`));
        base += b ?? 0;
        now += n ?? 0;
        l.growth = growthOf(b, n);
        return l;
      });
      if (missing.length === 0 && base === 0)
        missing.push(zeroBaseline(ctx.plan.units.id, m.input, m.baselineYear));
      return { actual: missing.length === 0 ? now / base - 1 : null, units: lines, missing, notes };
    }
    case "ratio-of-sums": {
      let num = 0;
      let den = 0;
      const lines = scoped(ctx, m.scope, [m.numerator, m.denominator]).map(({ unit, counted }) => {
        const l = line(unit, counted);
        if (!counted) return l;
        num += numberOf(read(m.numerator, unit.id, year, l, m.numerator)) ?? 0;
        den += numberOf(read(m.denominator, unit.id, year, l, m.denominator)) ?? 0;
        return l;
      });
      if (missing.length === 0 && den === 0) notes.push(message("ratio.zeroDenominator"));
      return { actual: missing.length === 0 && den !== 0 ? num / den : null, units: lines, missing, notes };
    }
    case "unit-fact": {
      const unit = ctx.plan.units.units.find((u) => u.id === m.unit);
      const l: UnitLine = {
        unit: m.unit,
        name: unit?.name ?? { vi: m.unit, en: m.unit },
        counted: true,
        values: {},
        meets: null,
      };
      const v = valueOf(read(m.input, m.unit, year, l, m.input));
      l.meets = typeof v === "boolean" ? v : null;
      return { actual: typeof v === "boolean" ? (v ? 1 : 0) : null, units: [l], missing, notes };
    }
  }

  function unitGrowth(unit: string, input: string, baseYear: number, y: number, l: UnitLine): number | null {
    const b = numberOf(read(input, unit, baseYear, l, `${input}@${baseYear}`));
    const n = numberOf(read(input, unit, y, l, `${input}@${y}`));
    if (b === 0 && n !== null) missing.push(zeroBaseline(unit, input, baseYear));
    return growthOf(b, n);
  }
}

function share(lines: UnitLine[], missing: Missing[], notes: Message[]): MeasureOutcome {
  const counted = lines.filter((l) => l.counted);
  const meeting = counted.filter((l) => l.meets === true).length;
  if (counted.length === 0) {
    notes.push(message("share.noUnits"));
    return { actual: null, units: lines, missing, notes };
  }
  const known = missing.length === 0;
  return {
    actual: known ? meeting / counted.length : null,
    units: lines,
    missing,
    count: known ? { meeting, total: counted.length } : undefined,
    notes,
  };
}

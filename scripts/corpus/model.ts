/** The slot of an input for a unit (yearly inputs need the year; 2025 when none is given). */
export function slotOf(input: string, unit: UnitId, year?: number): Slot {
  return isYearly(input) ? { input, unit, year: year ?? 2025 } : { input, unit };
}

/**
 * What a corpus case is about: the plan's slots (input × unit × year), the values one imagined set of agencies
 * reported, which of them they left out, and the near-miss numbers the traps show (targets, sub-totals, …).
 */
import { AGENCY_IDS, INPUTS, slotKey, type SampleValue, type Slot, type UnitId } from "../fixtures/dataset";
import type { Rng } from "./random";
import { type LabelledEntry } from "../../src/core/mapping/schema";

export type { SampleValue, Slot, UnitId } from "../fixtures/dataset";
export { slotKey } from "../fixtures/dataset";

export type Split = "tune" | "heldout";

export type TruthEntry = LabelledEntry;

export const PLAN_ID = "lai-chau-3414";
export const YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
export const AGENCIES: readonly UnitId[] = AGENCY_IDS;
export const PROVINCE: UnitId = "tinh-lai-chau";
export const MAGAZINE: UnitId = "tap-chi-van-nghe-lai-chau";
export const YEARLY = ["political_articles", "revenue"] as const;
export type YearlyInput = (typeof YEARLY)[number];

export function isYearly(input: string): input is YearlyInput {
  return (YEARLY as readonly string[]).includes(input);
}

export type InputKind = "count" | "money" | "yes-no" | "level";

export function kindOf(input: string): InputKind {
  const spec = INPUTS.find((s) => s.id === input);
  if (!spec) throw new Error(`unknown input ${input}`);
  return spec.kind;
}

/** Status inputs an agency reports (the magazine's security level included: it is "Không áp dụng"). */
export function statusInputsOf(unit: UnitId): string[] {
  return INPUTS.filter((s) => s.years === undefined && s.units.includes(unit)).map((s) => s.id);
}

/**
 * Every slot a matcher may be asked about: yearly inputs for each agency and each year 2020–2025, status inputs
 * once for each unit they apply to. A case's truth and absent lists partition this.
 */
export function universe(): Slot[] {
  const slots: Slot[] = [];
  for (const input of YEARLY)
    for (const unit of AGENCIES) for (const year of YEARS) slots.push({ input, unit, year });
  for (const unit of [...AGENCIES, PROVINCE])
    for (const input of statusInputsOf(unit)) slots.push({ input, unit });
  return slots;
}

export type CaseData = {
  /** The value behind a slot (every slot has one, reported or not). */
  value(slot: Slot): SampleValue;
  /** False when the agency left the slot out (gap) or the workbook does not show that year. */
  shown(slot: Slot): boolean;
  /** The years each yearly input is shown for. */
  years: Readonly<Record<YearlyInput, readonly number[]>>;
  /** Whether the workbook carries the province's remote-area figures at all. */
  province: boolean;
  /** The gaps (slots left out on purpose), for layouts that drop whole rows. */
  gaps: ReadonlySet<string>;
};

const BASE_ARTICLES: Readonly<Record<string, readonly [number, number]>> = {
  "bao-lai-chau": [850, 1600],
  "dai-ptth-lai-chau": [1500, 2700],
  "tap-chi-van-nghe-lai-chau": [70, 190],
};
const BASE_REVENUE: Readonly<Record<string, readonly [number, number]>> = {
  "bao-lai-chau": [6500, 12500],
  "dai-ptth-lai-chau": [1800, 3600],
  "tap-chi-van-nghe-lai-chau": [180, 420],
};
const STAFF: Readonly<Record<string, readonly [number, number]>> = {
  "bao-lai-chau": [34, 62],
  "dai-ptth-lai-chau": [88, 142],
  "tap-chi-van-nghe-lai-chau": [7, 15],
};
/** Chance an agency answers "yes" to each yes/no input. */
const YES_CHANCE: Readonly<Record<string, readonly [number, number, number]>> = {
  digital_platforms: [0.95, 0.95, 0.5],
  ai_data_platform: [0.6, 0.45, 0.05],
  converged_newsroom: [0.75, 0.6, 0.05],
  autonomous: [0.7, 0.6, 0.1],
};

function yearsFrom(first: number): number[] {
  return YEARS.filter((y) => y >= first);
}

export function makeCaseData(rng: Rng, options: { province?: boolean } = {}): CaseData {
  const values = new Map<string, SampleValue>();
  const set = (slot: Slot, v: SampleValue) => values.set(slotKey(slot), v);
  AGENCIES.forEach((unit, index) => {
    const [a0, a1] = BASE_ARTICLES[unit] ?? [100, 200];
    let articles = rng.int(a0, a1);
    const [r0, r1] = BASE_REVENUE[unit] ?? [100, 200];
    let revenue = rng.int(r0, r1);
    const halves = unit === "dai-ptth-lai-chau" && rng.chance(0.5);
    for (const year of YEARS) {
      set({ input: "political_articles", unit, year }, articles);
      set({ input: "revenue", unit, year }, halves ? revenue + (rng.chance(0.5) ? 0.5 : 0) : revenue);
      articles = Math.round(articles * (1.01 + rng.next() * 0.08));
      revenue = Math.round(revenue * (0.97 + rng.next() * 0.15));
    }
    const [s0, s1] = STAFF[unit] ?? [10, 20];
    const staff = rng.int(s0, s1);
    set({ input: "staff_total", unit }, staff);
    set({ input: "staff_trained", unit }, Math.max(0, staff - rng.pick([0, 0, 1, 2, 3, 5])));
    for (const [input, chances] of Object.entries(YES_CHANCE)) {
      set({ input, unit }, rng.chance(chances[index] ?? 0.5));
    }
    set(
      { input: "security_level", unit },
      unit === MAGAZINE ? "not-applicable" : rng.pick(unit === "bao-lai-chau" ? [2, 3, 3] : [1, 2, 3]),
    );
    if (unit === MAGAZINE) set({ input: "licensed", unit }, rng.chance(0.6));
  });
  const population = rng.int(78000, 126000);
  set({ input: "remote_population_total", unit: PROVINCE }, population);
  set({ input: "remote_population_reached", unit: PROVINCE }, population - rng.pick([0, 0, 120, 860, 2400]));

  const years: Record<YearlyInput, readonly number[]> = {
    political_articles: yearsFrom(rng.pick([2020, 2020, 2020, 2021, 2022])),
    revenue: yearsFrom(rng.pick([2022, 2022, 2020, 2021, 2023])),
  };
  const gaps = pickGaps(rng, years);
  const province = options.province ?? rng.chance(0.5);
  return {
    value(slot) {
      const v = values.get(slotKey(slot));
      if (v === undefined) throw new Error(`no value for ${slotKey(slot)}`);
      return v;
    },
    shown(slot) {
      if (slot.unit === PROVINCE && !province) return false;
      if (slot.year !== undefined && isYearly(slot.input) && !years[slot.input].includes(slot.year))
        return false;
      return values.has(slotKey(slot)) && !gaps.has(slotKey(slot));
    },
    years,
    province,
    gaps,
  };
}

/** 0–4 gaps: one status answer, one year of a series, a whole series, or an agency silent on a block. */
function pickGaps(rng: Rng, years: Readonly<Record<YearlyInput, readonly number[]>>): Set<string> {
  const gaps = new Set<string>();
  const count = rng.pick([0, 1, 1, 2, 2, 3, 4]);
  for (let i = 0; i < count; i++) {
    const unit = rng.pick(AGENCIES);
    const what = rng.int(0, 9);
    if (what < 4) {
      gaps.add(slotKey({ input: rng.pick(statusInputsOf(unit)), unit }));
    } else if (what < 7) {
      const input = rng.pick(YEARLY);
      gaps.add(slotKey({ input, unit, year: rng.pick(years[input]) }));
    } else if (what < 8) {
      for (const year of YEARS) gaps.add(slotKey({ input: rng.pick(YEARLY), unit: MAGAZINE, year }));
    } else if (what < 9) {
      for (const input of ["digital_platforms", "ai_data_platform", "converged_newsroom"]) {
        gaps.add(slotKey({ input, unit }));
      }
    } else {
      gaps.add(slotKey({ input: "remote_population_reached", unit: PROVINCE }));
    }
  }
  return gaps;
}

/** Plausible numbers that sit near a real value without being it (a trap must never equal the truth by luck). */
export function nearMiss(rng: Rng, value: number, low = 0.9, high = 1.08): number {
  for (let i = 0; i < 8; i++) {
    const v = Math.round(value * (low + rng.next() * (high - low)));
    if (v !== value) return v;
  }
  return value + 1;
}

/** A round target, as plans state them: 1.2 × a baseline rounded to tens or hundreds. */
export function roundTarget(value: number): number {
  const step = value >= 2000 ? 100 : value >= 200 ? 10 : 1;
  return Math.round((value * 1.2) / step) * step;
}

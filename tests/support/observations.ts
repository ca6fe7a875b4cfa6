import { type Observation, ObservationSet } from "../../src/core/observations/observation";
import { type Reading } from "../../src/core/values/reading";

/** A reading from a plain value: number, yes/no, or a problem kind. */
export function reading(v: number | boolean | Reading): Reading {
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "yes-no", value: v };
  return v;
}

export function obs(
  input: string,
  unit: string,
  year: number | null,
  v: number | boolean | Reading,
): Observation {
  return { input, unit, year, reading: reading(v), source: { workbook: "t.xlsx", sheet: "S", cell: "A1" } };
}

export function set(...o: Observation[]): ObservationSet {
  return new ObservationSet(o);
}

export const BAO = "bao-lai-chau";
export const DAI = "dai-ptth-lai-chau";
export const TAPCHI = "tap-chi-van-nghe-lai-chau";
export const TINH = "tinh-lai-chau";
export const AGENCIES = [BAO, DAI, TAPCHI] as const;

/** Yes/no answers of the three agencies for one input. */
export function yesNo(
  input: string,
  answers: [boolean | Reading, boolean | Reading, boolean | Reading],
): Observation[] {
  return AGENCIES.map((u, i) => obs(input, u, null, answers[i] as boolean | Reading));
}

/** A yearly series: unit → { year: value }. */
export function series(
  input: string,
  values: Record<string, Record<number, number | Reading>>,
): Observation[] {
  return Object.entries(values).flatMap(([unit, byYear]) =>
    Object.entries(byYear).map(([y, v]) => obs(input, unit, Number(y), v)),
  );
}

export const notReported: Reading = {
  kind: "problem",
  problem: "not-reported",
  raw: "",
  text: { vi: "x", en: "x" },
};

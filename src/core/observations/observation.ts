import { type Reading } from "../values/reading";

export type Source = { workbook: string; sheet: string; cell: string };

/** One value of one input for one unit: (input, unit, year) → reading, with where it came from. */
export type Observation = {
  input: string;
  unit: string;
  /** The year of a yearly series; null for a status input observed as of the report year. */
  year: number | null;
  reading: Reading;
  source: Source | null;
};

function key(input: string, unit: string, year: number | null): string {
  return `${input}\u0000${unit}\u0000${year ?? ""}`;
}

/** Observations indexed for lookup. The first observation of a key wins; the mapping check forbids repeats. */
export class ObservationSet {
  private readonly byKey = new Map<string, Observation>();

  constructor(readonly all: readonly Observation[]) {
    for (const o of all) {
      const k = key(o.input, o.unit, o.year);
      if (!this.byKey.has(k)) this.byKey.set(k, o);
    }
  }

  get(input: string, unit: string, year: number | null): Observation | undefined {
    return this.byKey.get(key(input, unit, year));
  }

  /** The largest year any yearly observation has, or null. */
  latestYear(): number | null {
    let max: number | null = null;
    for (const o of this.all) if (o.year !== null && (max === null || o.year > max)) max = o.year;
    return max;
  }
}

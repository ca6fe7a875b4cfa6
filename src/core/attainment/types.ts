import { type Message } from "../i18n/messages";
import { type ProblemKind } from "../values/reading";

export type PastStatus = "achieved" | "not-achieved" | "no-data";
export type FutureStatus = "on-track" | "off-track" | "no-data";
export type Status = PastStatus | FutureStatus;

/** A value the computation needed and could not use, with where it was expected. */
export type Missing = {
  input: string;
  unit: string;
  year: number | null;
  problem: ProblemKind;
  /** What the cell held, as text ("" for an empty cell). */
  raw: string;
  /** `workbook`, `sheet` and `cell` of the source, or null when nothing was mapped. */
  source: { workbook: string; sheet: string; cell: string } | null;
  text: Message;
};

/** One unit's part in an indicator: the values read, and whether it meets the criterion. */
export type UnitLine = {
  unit: string;
  name: Message;
  /** False when the measure's scope or the input leaves this unit out (e.g. a print magazine's security level). */
  counted: boolean;
  /** Input id → value read (null when missing), for the years used: `revenue@2022`, `revenue@2025`, `staff_total`. */
  values: Record<string, number | boolean | null>;
  /** Whether the unit meets the criterion (shares and each-unit kinds); null when unknown or not relevant. */
  meets: boolean | null;
  /** The unit's growth over the baseline year, for growth kinds. */
  growth?: number | null;
};

/** The straight line from a starting point to a future target, and the yearly pace it asks for. */
export type Trajectory = {
  from: { year: number; value: number; basis: "earlier-target" | "plan-start" };
  /** Where the straight line stands in the report year. */
  expected: number;
  /** For shares of units: the whole number of units the line asks for by now (rounded down). */
  expectedUnits?: number;
  /** Change per year still needed to reach the target by its year. */
  neededPerYear: number;
  /** Change per year seen since the starting point; null in the starting year itself. */
  seenPerYear: number | null;
  onTrack: boolean;
};

export type IndicatorResult = {
  id: string;
  name: Message;
  unitOfMeasure: Message;
  targetYear: number;
  /** The year whose data was used: the target year, or the report year for a target still ahead. */
  dataYear: number;
  measure: string;
  actual: number | null;
  op: ">=" | "<=" | "=" | "range";
  target: number | [number, number];
  display: string;
  /** Actual ÷ target (target ÷ actual when lower is better); null when it has no meaning. */
  ratio: number | null;
  status: Status;
  /** For shares of units: how many meet and how many count. */
  count?: { meeting: number; total: number };
  units: UnitLine[];
  missing: Missing[];
  trajectory?: Trajectory;
  notes: Message[];
};

export type AttainmentReport = {
  plan: { id: string; version: string; number: string; title: Message };
  reportYear: number;
  unitList: { id: string; name: Message; asOf: string; units: Array<{ id: string; name: Message }> };
  baselines: Record<string, number>;
  indicators: IndicatorResult[];
};

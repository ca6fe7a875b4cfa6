/**
 * A case of the blind11 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, plus the few helpers the split's
 * families share (the figure of a slot whether shown or not, the previous year's status answer, a blank).
 */
import { put } from "../../fixtures/sheetKit";
import type ExcelJS from "exceljs";
import { listSplit, listsOf } from "../listContext";
import { kindOf, type SampleValue, type Slot, type UnitId } from "../model";
import { FILE_SLUGS } from "../sheets";
import * as W from "./wordings";

/** The share of a year each part-of-year period of B11_PARTIAL_HEADERS covers (10 months, 6, 9, one quarter). */
const PARTIAL_SHARES: ReadonlyArray<readonly [number, number]> = [
  [0.78, 0.86],
  [0.45, 0.55],
  [0.7, 0.78],
  [0.22, 0.28],
];

const SPLIT = listSplit(listsOf("blind11", "B11", W, { fileSlugs: FILE_SLUGS }));

/** How a blind11 author types values: own yes/no words, number text now and then, dashes for gaps. */
export const pickBlind11Style = SPLIT.pickStyle;

export class Blind11Context extends SPLIT.Context {
  /** The slot's figure when it is a number (shown or not), else undefined. */
  figure(slot: Slot): number | undefined {
    const v = this.data.value(slot);
    return typeof v === "number" ? v : undefined;
  }

  /**
   * What the unit answered a year earlier for a status input: a nearby head count, the same or a lower level,
   * "no" now and then where it says "yes" today. Never a slot of the plan.
   */
  lastYearAnswer(input: string, unit: UnitId): SampleValue {
    const now = this.data.value({ input, unit });
    if (typeof now === "boolean") return now && this.rng.chance(0.4) ? false : now;
    if (now === "not-applicable") return now;
    if (kindOf(input) === "level") return Math.max(1, now - this.rng.pick([0, 1]));
    return this.near(input, unit, 0.86, 0.99);
  }

  /** Writes a value that is not a slot's (a previous answer, a part): words through the voice, numbers as typed. */
  other(ws: ExcelJS.Worksheet, at: string, input: string, value: SampleValue): void {
    const words = this.words(input, value);
    if (words !== null) this.write(ws, at, words, "word", { align: "center" });
    else if (typeof value === "number") this.number(ws, at, value);
  }

  /** A part-of-year period of `year` (stable within the case) and a share of the year's figure it could hold. */
  partialPeriod(year = 2025): { header: string; share: number } {
    const header = this.partialHeader(year);
    const i = W.B11_PARTIAL_HEADERS.findIndex((h) => h.replace("{y}", String(year)) === header);
    const [lo, hi] = PARTIAL_SHARES[i] ?? [0.5, 0.6];
    return { header, share: lo + this.rng.next() * (hi - lo) };
  }

  /** A number the author computed (a percentage, a part): plain, one decimal at most. */
  computed(ws: ExcelJS.Worksheet, at: string, n: number, decimals = 1): void {
    const f = 10 ** decimals;
    const v = Math.round(n * f) / f;
    put(ws, at, v, { numFmt: Number.isInteger(v) ? "#,##0" : "#,##0.0" });
  }
}

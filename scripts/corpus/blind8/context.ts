/**
 * A case of the blind8 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from scripts/corpus/blind8/wordings.ts, autonomy in
 * its own words, and near-miss figures for the decoy rows.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { AGENCIES, PROVINCE, type CaseData, type SampleValue, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  B8_AGENCY_WORDINGS,
  B8_AUTONOMY,
  B8_INPUT_WORDINGS,
  B8_LABEL_UNITS,
  B8_LEVEL_TEXTS,
  B8_LICENSE,
  B8_MEASURES,
  B8_NOT_APPLICABLE,
  B8_NOTES,
  B8_PARTIAL_HEADERS,
  B8_PLAN_HEADERS,
  B8_SHORT_HEADERS,
  B8_UNIT_FORMATS,
  B8_YES_NO,
  type B8Decoy,
} from "./wordings";

const LISTS: SplitLists = {
  split: "blind8",
  inputWordings: B8_INPUT_WORDINGS,
  shortHeaders: B8_SHORT_HEADERS,
  agencyWordings: B8_AGENCY_WORDINGS,
  labelUnits: B8_LABEL_UNITS,
  measures: B8_MEASURES,
  notes: B8_NOTES,
  levelTexts: B8_LEVEL_TEXTS,
  unitFormats: B8_UNIT_FORMATS,
  planHeaders: B8_PLAN_HEADERS,
  partialHeaders: B8_PARTIAL_HEADERS,
  yesNo: B8_YES_NO,
  license: B8_LICENSE,
  notApplicable: B8_NOT_APPLICABLE,
};

/** How a blind8 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind8Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind8Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }

  /** Autonomy is said as such, whatever words the author uses for the platforms; the rest as the lists say. */
  override words(input: string, value: SampleValue): string | null {
    if (input === "autonomous" && typeof value === "boolean") return value ? B8_AUTONOMY[0] : B8_AUTONOMY[1];
    return super.words(input, value);
  }

  /** A number near the slot's value, never equal to it (a trap must not hold the truth by luck). */
  near(input: string, unit: UnitId, lo: number, hi: number, year?: number): number {
    const base = this.data.value(year === undefined ? { input, unit } : { input, unit, year });
    const n = typeof base === "number" ? base : 40;
    const v = Math.max(1, Math.round(n * (lo + this.rng.next() * (hi - lo))));
    return v === n ? v + 1 : v;
  }

  /** A decoy's figure for a unit: near the value of the input it imitates, never equal to it. */
  decoyValue(decoy: B8Decoy, unit: UnitId): number {
    const near = decoy.near.startsWith("remote_")
      ? PROVINCE
      : AGENCIES.includes(unit)
        ? unit
        : "bao-lai-chau";
    const yearly = decoy.near === "political_articles" || decoy.near === "revenue";
    return this.near(decoy.near, near, decoy.scale[0], decoy.scale[1], yearly ? 2025 : undefined);
  }
}

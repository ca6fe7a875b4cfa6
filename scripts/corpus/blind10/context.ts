/**
 * A case of the blind10 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, autonomy in its own words, and
 * near-miss figures for the decoy rows.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { AGENCIES, PROVINCE, type CaseData, type SampleValue, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  B10_AGENCY_WORDINGS,
  B10_AUTONOMY,
  B10_FILE_SLUGS,
  B10_INPUT_WORDINGS,
  B10_LABEL_UNITS,
  B10_LEVEL_TEXTS,
  B10_LICENSE,
  B10_MEASURES,
  B10_NOT_APPLICABLE,
  B10_NOTES,
  B10_PARTIAL_HEADERS,
  B10_PLAN_HEADERS,
  B10_SHORT_HEADERS,
  B10_UNIT_FORMATS,
  B10_YES_NO,
  type B10Decoy,
} from "./wordings";

const LISTS: SplitLists = {
  split: "blind10",
  inputWordings: B10_INPUT_WORDINGS,
  shortHeaders: B10_SHORT_HEADERS,
  agencyWordings: B10_AGENCY_WORDINGS,
  labelUnits: B10_LABEL_UNITS,
  measures: B10_MEASURES,
  notes: B10_NOTES,
  levelTexts: B10_LEVEL_TEXTS,
  unitFormats: B10_UNIT_FORMATS,
  planHeaders: B10_PLAN_HEADERS,
  partialHeaders: B10_PARTIAL_HEADERS,
  yesNo: B10_YES_NO,
  license: B10_LICENSE,
  notApplicable: B10_NOT_APPLICABLE,
};

/** How a blind10 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind10Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind10Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }

  /** Autonomy said as such unless the author ticks (Y/N, ✓/✗); the rest as the lists say. */
  override words(input: string, value: SampleValue): string | null {
    const ticks = this.style.yesNo[0].length <= 1;
    if (input === "autonomous" && typeof value === "boolean" && !ticks)
      return value ? B10_AUTONOMY[0] : B10_AUTONOMY[1];
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
  decoyValue(decoy: B10Decoy, unit: UnitId, year = 2025): number {
    const at = decoy.near.startsWith("remote_") ? PROVINCE : AGENCIES.includes(unit) ? unit : "bao-lai-chau";
    const yearly = decoy.near === "political_articles" || decoy.near === "revenue";
    return this.near(decoy.near, at, decoy.scale[0], decoy.scale[1], yearly ? year : undefined);
  }

  /** The file-name slug of a unit, the same within the case. */
  slug(unit: UnitId): string {
    return this.choose(`slug|${unit}`, B10_FILE_SLUGS[unit]);
  }
}

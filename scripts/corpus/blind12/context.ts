/**
 * A case of the blind12 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, plus what the split's families
 * need: file slugs, near-miss figures, a choice among a family's fixed texts.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { type CaseData, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  B12_AGENCY_WORDINGS,
  B12_AUTONOMY,
  B12_FILE_SLUGS,
  B12_INPUT_WORDINGS,
  B12_LABEL_UNITS,
  B12_LEVEL_TEXTS,
  B12_LICENSE,
  B12_MEASURES,
  B12_NOT_APPLICABLE,
  B12_NOTES,
  B12_PARTIAL_HEADERS,
  B12_PLAN_HEADERS,
  B12_SHORT_HEADERS,
  B12_UNIT_FORMATS,
  B12_YES_NO,
  type B12Decoy,
} from "./wordings";

const LISTS: SplitLists = {
  split: "blind12",
  inputWordings: B12_INPUT_WORDINGS,
  shortHeaders: B12_SHORT_HEADERS,
  agencyWordings: B12_AGENCY_WORDINGS,
  labelUnits: B12_LABEL_UNITS,
  measures: B12_MEASURES,
  notes: B12_NOTES,
  levelTexts: B12_LEVEL_TEXTS,
  unitFormats: B12_UNIT_FORMATS,
  planHeaders: B12_PLAN_HEADERS,
  partialHeaders: B12_PARTIAL_HEADERS,
  yesNo: B12_YES_NO,
  license: B12_LICENSE,
  notApplicable: B12_NOT_APPLICABLE,
  autonomy: { words: B12_AUTONOMY, notWithTicks: true },
};

/** How a blind12 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind12Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind12Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }

  /** The file-name slug of a unit, the same within the case. */
  slug(unit: UnitId): string {
    return this.choose(`slug|${unit}`, B12_FILE_SLUGS[unit]);
  }

  /** One of a family's fixed texts, the same for the same key within the case; {y} and {v} filled in. */
  pickText(key: string, list: readonly string[], fill: { y?: number; v?: string } = {}): string {
    let text = this.choose(key, list);
    if (fill.y !== undefined) text = text.replace("{y}", String(fill.y));
    if (fill.v !== undefined) text = text.replace("{v}", fill.v);
    return text;
  }

  /** A near-miss row's text and figure for a unit (and year, for yearly imitations). */
  decoyRow(d: B12Decoy, unit: UnitId, key = "", year = 2025): { text: string; value: number } {
    return { text: this.decoyLabel(d, key), value: this.decoyValue(d, unit, year) };
  }
}

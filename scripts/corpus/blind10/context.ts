/**
 * A case of the blind10 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, autonomy in its own words, and
 * near-miss figures for the decoy rows.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { type CaseData } from "../model";
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
  autonomy: { words: B10_AUTONOMY, notWithTicks: true },
  fileSlugs: B10_FILE_SLUGS,
};

/** How a blind10 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind10Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind10Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }
}

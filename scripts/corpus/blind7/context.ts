/**
 * A case of the blind7 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from scripts/corpus/blind7/wordings.ts, autonomy in
 * its own words, and near-miss figures for the decoy rows.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { type CaseData } from "../model";
import type { Rng } from "../random";
import {
  B7_AGENCY_WORDINGS,
  B7_AUTONOMY,
  B7_INPUT_WORDINGS,
  B7_LABEL_UNITS,
  B7_LEVEL_TEXTS,
  B7_LICENSE,
  B7_MEASURES,
  B7_NOT_APPLICABLE,
  B7_NOTES,
  B7_PARTIAL_HEADERS,
  B7_PLAN_HEADERS,
  B7_SHORT_HEADERS,
  B7_UNIT_FORMATS,
  B7_YES_NO,
} from "./wordings";

const LISTS: SplitLists = {
  split: "blind7",
  inputWordings: B7_INPUT_WORDINGS,
  shortHeaders: B7_SHORT_HEADERS,
  agencyWordings: B7_AGENCY_WORDINGS,
  labelUnits: B7_LABEL_UNITS,
  measures: B7_MEASURES,
  notes: B7_NOTES,
  levelTexts: B7_LEVEL_TEXTS,
  unitFormats: B7_UNIT_FORMATS,
  planHeaders: B7_PLAN_HEADERS,
  partialHeaders: B7_PARTIAL_HEADERS,
  yesNo: B7_YES_NO,
  license: B7_LICENSE,
  notApplicable: B7_NOT_APPLICABLE,
  autonomy: { words: B7_AUTONOMY },
};

/** How a blind7 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind7Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind7Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }
}

/**
 * A case of the blind8 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from scripts/corpus/blind8/wordings.ts, autonomy in
 * its own words, and near-miss figures for the decoy rows.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { type CaseData } from "../model";
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
  autonomy: { words: B8_AUTONOMY },
};

/** How a blind8 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind8Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind8Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }
}

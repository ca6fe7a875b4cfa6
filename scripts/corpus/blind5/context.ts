/**
 * A case of the blind5 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from scripts/corpus/blind5/wordings.ts, and numbers
 * that sometimes carry their unit in the cell's number format ("1.245 tin bài" shown, 1245 stored).
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import type { CaseData } from "../model";
import type { Rng } from "../random";
import {
  B5_AGENCY_WORDINGS,
  B5_INPUT_WORDINGS,
  B5_LABEL_UNITS,
  B5_LEVEL_TEXTS,
  B5_LICENSE,
  B5_MEASURES,
  B5_NOT_APPLICABLE,
  B5_NOTES,
  B5_PARTIAL_HEADERS,
  B5_PLAN_HEADERS,
  B5_SHORT_HEADERS,
  B5_UNIT_FORMATS,
  B5_YES_NO,
} from "./wordings";

const LISTS: SplitLists = {
  split: "blind5",
  inputWordings: B5_INPUT_WORDINGS,
  shortHeaders: B5_SHORT_HEADERS,
  agencyWordings: B5_AGENCY_WORDINGS,
  labelUnits: B5_LABEL_UNITS,
  measures: B5_MEASURES,
  notes: B5_NOTES,
  levelTexts: B5_LEVEL_TEXTS,
  unitFormats: B5_UNIT_FORMATS,
  planHeaders: B5_PLAN_HEADERS,
  partialHeaders: B5_PARTIAL_HEADERS,
  yesNo: B5_YES_NO,
  license: B5_LICENSE,
  notApplicable: B5_NOT_APPLICABLE,
};

/** How a blind5 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind5Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind5Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }
}

/**
 * A case of the blind9 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from scripts/corpus/blind9/wordings.ts, and near-miss
 * figures for the decoy rows and the families' own traps.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { type CaseData } from "../model";
import type { Rng } from "../random";
import {
  B9_AGENCY_WORDINGS,
  B9_INPUT_WORDINGS,
  B9_LABEL_UNITS,
  B9_LEVEL_TEXTS,
  B9_LICENSE,
  B9_MEASURES,
  B9_NOT_APPLICABLE,
  B9_NOTES,
  B9_PARTIAL_HEADERS,
  B9_PLAN_HEADERS,
  B9_SHORT_HEADERS,
  B9_UNIT_FORMATS,
  B9_YES_NO,
} from "./wordings";

const LISTS: SplitLists = {
  split: "blind9",
  inputWordings: B9_INPUT_WORDINGS,
  shortHeaders: B9_SHORT_HEADERS,
  agencyWordings: B9_AGENCY_WORDINGS,
  labelUnits: B9_LABEL_UNITS,
  measures: B9_MEASURES,
  notes: B9_NOTES,
  levelTexts: B9_LEVEL_TEXTS,
  unitFormats: B9_UNIT_FORMATS,
  planHeaders: B9_PLAN_HEADERS,
  partialHeaders: B9_PARTIAL_HEADERS,
  yesNo: B9_YES_NO,
  license: B9_LICENSE,
  notApplicable: B9_NOT_APPLICABLE,
};

/** How a blind9 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind9Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind9Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }
}

/**
 * A case of the blind6 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from scripts/corpus/blind6/wordings.ts, numbers that
 * sometimes carry their unit in the cell's number format ("1.245 TP" shown, 1245 stored), autonomy in its own
 * words, and near-miss figures for the decoy rows.
 */
import type { ValueStyle, Voice } from "../context";
import { ListContext, pickListStyle, type SplitLists } from "../listContext";
import { type CaseData } from "../model";
import type { Rng } from "../random";
import {
  B6_AGENCY_WORDINGS,
  B6_INPUT_WORDINGS,
  B6_LABEL_UNITS,
  B6_LEVEL_TEXTS,
  B6_LICENSE,
  B6_MEASURES,
  B6_NOT_APPLICABLE,
  B6_NOTES,
  B6_PARTIAL_HEADERS,
  B6_PLAN_HEADERS,
  B6_SHORT_HEADERS,
  B6_UNIT_FORMATS,
  B6_YES_NO,
} from "./wordings";

const LISTS: SplitLists = {
  split: "blind6",
  inputWordings: B6_INPUT_WORDINGS,
  shortHeaders: B6_SHORT_HEADERS,
  agencyWordings: B6_AGENCY_WORDINGS,
  labelUnits: B6_LABEL_UNITS,
  measures: B6_MEASURES,
  notes: B6_NOTES,
  levelTexts: B6_LEVEL_TEXTS,
  unitFormats: B6_UNIT_FORMATS,
  planHeaders: B6_PLAN_HEADERS,
  partialHeaders: B6_PARTIAL_HEADERS,
  yesNo: B6_YES_NO,
  license: B6_LICENSE,
  notApplicable: B6_NOT_APPLICABLE,
  autonomy: { words: ["Đã tự chủ", "Chưa tự chủ"] },
};

/** How a blind6 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind6Style(rng: Rng): ValueStyle {
  return pickListStyle(LISTS, rng);
}

export class Blind6Context extends ListContext {
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, data, voice, style, LISTS);
  }
}

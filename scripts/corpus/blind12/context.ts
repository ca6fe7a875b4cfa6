/**
 * A case of the blind12 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, plus what the split's families
 * need: near-miss figures, a choice among a family's fixed texts.
 */
import { listSplit, listsOf } from "../listContext";
import type { UnitId } from "../model";
import * as W from "./wordings";

const SPLIT = listSplit(listsOf("blind12", "B12", W));

/** How a blind12 author types values: own yes/no words, number text now and then, dashes for gaps. */
export const pickBlind12Style = SPLIT.pickStyle;

export class Blind12Context extends SPLIT.Context {
  /** One of a family's fixed texts, the same for the same key within the case; {y} and {v} filled in. */
  pickText(key: string, list: readonly string[], fill: { y?: number; v?: string } = {}): string {
    let text = this.choose(key, list);
    if (fill.y !== undefined) text = text.replace("{y}", String(fill.y));
    if (fill.v !== undefined) text = text.replace("{v}", fill.v);
    return text;
  }

  /** A near-miss row's text and figure for a unit (and year, for yearly imitations). */
  decoyRow(d: W.B12Decoy, unit: UnitId, key = "", year = 2025): { text: string; value: number } {
    return { text: this.decoyLabel(d, key), value: this.decoyValue(d, unit, year) };
  }
}

/**
 * A case of the blind15 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, plus what the split's families
 * need: a choice among a family's fixed texts and a near-miss row's text and figure.
 */
import { listSplit, listsOf } from "../listContext";
import type { UnitId } from "../model";
import * as W from "./wordings";

const SPLIT = listSplit(listsOf("blind15", "B15", W));

/** How a blind15 author types values: own yes/no words, number text now and then, dashes for gaps. */
export const pickBlind15Style = SPLIT.pickStyle;

export class Blind15Context extends SPLIT.Context {
  /** One of a family's fixed texts, the same for the same key within the case; {y} and {v} filled in. */
  pickText(key: string, list: readonly string[], fill: { y?: number; v?: string } = {}): string {
    let text = this.choose(key, list);
    if (fill.y !== undefined) text = text.replaceAll("{y}", String(fill.y));
    if (fill.v !== undefined) text = text.replaceAll("{v}", fill.v);
    return text;
  }

  /** The case's number within its family (1 for "…-01"), for spreading a family's choices over its cases. */
  get caseNo(): number {
    return Number(/(\d+)$/.exec(this.id)?.[1] ?? "1");
  }

  /** The item of `list` this case takes in turn (the next case takes the next one). */
  inTurn<T>(list: readonly T[], offset = 0): T {
    const item = list[(this.caseNo + offset) % list.length];
    if (item === undefined) throw new Error("inTurn on an empty list");
    return item;
  }

  /** A near-miss row's text and figure for a unit (and year, for yearly imitations). */
  decoyRow(d: W.B15Decoy, unit: UnitId, key = "", year = 2025): { text: string; value: number } {
    return { text: this.decoyLabel(d, key), value: this.decoyValue(d, unit, year) };
  }
}

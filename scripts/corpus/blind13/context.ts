/**
 * A case of the blind13 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, plus what the split's families
 * need: near-miss rows, a choice among a family's fixed texts, yes/no typed as 1/0.
 */
import type ExcelJS from "exceljs";
import { put } from "../../fixtures/sheetKit";
import { listSplit, listsOf } from "../listContext";
import type { Slot, UnitId } from "../model";
import * as W from "./wordings";

const SPLIT = listSplit(listsOf("blind13", "B13", W));

/** How a blind13 author types values: own yes/no words, number text now and then, dashes for gaps. */
export const pickBlind13Style = SPLIT.pickStyle;

export class Blind13Context extends SPLIT.Context {
  /** One of a family's fixed texts, the same for the same key within the case; {y} filled in. */
  pickText(key: string, list: readonly string[], year?: number): string {
    const text = this.choose(key, list);
    return year === undefined ? text : text.replace("{y}", String(year));
  }

  /** A near-miss row's text and figure for a unit (and year, for yearly imitations). */
  decoyRow(d: W.B13Decoy, unit: UnitId, key = "", year = 2025): { text: string; value: number } {
    return { text: this.decoyLabel(d, key), value: this.decoyValue(d, unit, year) };
  }

  /**
   * Writes the slot's value like value(), but a yes/no answer as 1 or 0 (the code-book way); returns whether a
   * value was written.
   */
  flag(file: string, ws: ExcelJS.Worksheet, at: string, slot: Slot): boolean {
    const v = this.data.shown(slot) ? this.data.value(slot) : undefined;
    if (typeof v !== "boolean") return this.value(file, ws, at, slot);
    put(ws, at, v ? 1 : 0, { align: "center", numFmt: "0" });
    this.record(file, ws.name, at, slot);
    return true;
  }
}

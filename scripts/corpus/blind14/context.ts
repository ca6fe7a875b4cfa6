/**
 * A case of the blind14 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, plus what the split's families
 * need: near-miss figures, a choice among a family's fixed texts, 1/0 answers.
 */
import type ExcelJS from "exceljs";
import { put } from "../../fixtures/sheetKit";
import { listSplit, listsOf } from "../listContext";
import type { Slot, UnitId } from "../model";
import * as W from "./wordings";

const SPLIT = listSplit(listsOf("blind14", "B14", W));

/** How a blind14 author types values: own yes/no words, number text now and then, dashes for gaps. */
export const pickBlind14Style = SPLIT.pickStyle;

export class Blind14Context extends SPLIT.Context {
  /** One of a family's fixed texts, the same for the same key within the case; {y} and {v} filled in. */
  pickText(key: string, list: readonly string[], fill: { y?: number; v?: string } = {}): string {
    let text = this.choose(key, list);
    if (fill.y !== undefined) text = text.replaceAll("{y}", String(fill.y));
    if (fill.v !== undefined) text = text.replaceAll("{v}", fill.v);
    return text;
  }

  /** A near-miss row's text and figure for a unit (and year, for yearly imitations). */
  decoyRow(d: W.B14Decoy, unit: UnitId, key = "", year = 2025): { text: string; value: number } {
    return { text: this.decoyLabel(d, key), value: this.decoyValue(d, unit, year) };
  }

  /**
   * Writes a slot as a coded answer (1/0 for yes/no, the bare number for a level or a count) and records it;
   * a slot left out or not applicable stays empty. Returns whether a value was written.
   */
  coded(file: string, ws: ExcelJS.Worksheet, at: string, slot: Slot): boolean {
    if (!this.data.shown(slot)) return false;
    const v = this.data.value(slot);
    if (typeof v === "boolean") put(ws, at, v ? 1 : 0, { align: "center" });
    else if (typeof v === "number")
      put(ws, at, v, { numFmt: Number.isInteger(v) ? "#,##0" : "#,##0.0", align: "right" });
    else return false;
    this.record(file, ws.name, at, slot);
    return true;
  }
}

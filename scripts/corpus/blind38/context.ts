/**
 * A case of the blind38 split: the shared list-driven context (scripts/corpus/listContext.ts) with every wording,
 * unit name, measure, note, level text and yes/no word taken from ./wordings.ts, plus what the split's families
 * need: a choice among a family's fixed texts, near-miss rows and figures, trap figures and formulas.
 */
import type ExcelJS from "exceljs";
import { put } from "../../fixtures/sheetKit";
import { listSplit, listsOf } from "../listContext";
import { type Slot, type UnitId } from "../model";
import * as W from "./wordings";

const SPLIT = listSplit(listsOf("blind38", "B38", W));

/** How a blind38 author types values: own yes/no words, number text now and then, dashes for gaps. */
export const pickBlind38Style = SPLIT.pickStyle;

export class Blind38Context extends SPLIT.Context {
  /** One of a family's fixed texts, the same for the same key within the case; {y} filled in. */
  pickText(key: string, list: readonly string[], y?: number): string {
    const text = this.choose(key, list);
    return y === undefined ? text : text.replaceAll("{y}", String(y));
  }

  /** A near-miss row's text and figure for a unit (and year, for yearly imitations). */
  decoyRow(d: W.B38Decoy, unit: UnitId, key = "", year = 2025): { text: string; value: number } {
    return { text: this.decoyLabel(d, key), value: this.decoyValue(d, unit, year) };
  }

  /** The slot's number when it is shown and numeric, else undefined. */
  shownNumber(slot: Slot): number | undefined {
    if (!this.data.shown(slot)) return undefined;
    const v = this.data.value(slot);
    return typeof v === "number" ? v : undefined;
  }

  /** Writes a slot through a formula (its cached result the value) when it is a number; else as value() does. */
  viaFormula(file: string, ws: ExcelJS.Worksheet, at: string, slot: Slot, formula: string): boolean {
    const n = this.shownNumber(slot);
    return this.value(file, ws, at, slot, n === undefined ? {} : { formula });
  }

  /** Writes a trap figure (never truth) as the author types numbers. */
  figure(
    ws: ExcelJS.Worksheet,
    at: string,
    n: number,
    style: { bold?: boolean; italic?: boolean } = {},
  ): void {
    this.number(ws, at, n, style);
  }

  /** A formula with its cached result (never truth). */
  formula(ws: ExcelJS.Worksheet, at: string, formula: string, result: number | string, bold = false): void {
    const numFmt = typeof result === "number" ? (Number.isInteger(result) ? "#,##0" : "#,##0.0") : undefined;
    put(ws, at, { formula, result }, { numFmt, bold });
  }
}

/**
 * A case of the blind3 split: the corpus's CaseContext (voices, values, truth recorder) with every wording, unit
 * name, measure, note and yes/no word taken from scripts/corpus/blind3/wordings.ts.
 */
import type ExcelJS from "exceljs";
import { put, vnNumberText } from "../../fixtures/sheetKit";
import { CaseContext, type ValueStyle, type Voice } from "../context";
import { kindOf, type CaseData, type Slot, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  B3_ACTUAL_WORDS,
  B3_AGENCY_WORDINGS,
  B3_FOOTNOTES,
  B3_INPUT_WORDINGS,
  B3_LABEL_UNITS,
  B3_LICENSE,
  B3_MEASURES,
  B3_NOT_APPLICABLE,
  B3_NOTES,
  B3_PARTIAL_HEADERS,
  B3_PLAN_HEADERS,
  B3_SHORT_HEADERS,
  B3_TARGET_WORDS,
  B3_YES_NO,
} from "./wordings";

/** How a blind3 author types values: number text often, own yes/no words, dashes for gaps. */
export function pickBlind3Style(rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0, 0.4, 1]),
    yesNo: rng.pick(B3_YES_NO),
    license: rng.pick(B3_LICENSE),
    notApplicable: rng.pick(B3_NOT_APPLICABLE),
    levelText: rng.chance(0.4),
    dash: rng.pick([0, 0.4, 0.8]),
  };
}

function listFor(table: Readonly<Record<string, readonly string[]>>, input: string): readonly string[] {
  const list = table[input] ?? table[kindOf(input)];
  if (!list || list.length === 0) throw new Error(`no blind3 wording for ${input}`);
  return list;
}

export class Blind3Context extends CaseContext {
  private readonly picks = new Map<string, string>();

  /** The base class's split only steers its own tuned lists; every wording method is overridden here. */
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, "heldout", data, voice, style);
  }

  private stable(key: string, choose: () => string): string {
    const known = this.picks.get(key);
    if (known !== undefined) return known;
    const value = choose();
    this.picks.set(key, value);
    return value;
  }

  override wording(input: string, key = ""): string {
    return this.stable(`w|${input}|${key}`, () => this.rng.pick(listFor(B3_INPUT_WORDINGS, input)));
  }

  /** A short column header for the input. */
  header(input: string, key = ""): string {
    return this.stable(`h|${input}|${key}`, () => this.rng.pick(listFor(B3_SHORT_HEADERS, input)));
  }

  override agency(unit: UnitId, key = ""): string {
    return this.stable(`a|${unit}|${key}`, () => this.rng.pick(B3_AGENCY_WORDINGS[unit]));
  }

  override labelUnit(input: string, key = ""): string {
    return this.stable(`u|${input}|${key}`, () => this.rng.pick(listFor(B3_LABEL_UNITS, input)));
  }

  override measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.stable(`m|${input}`, () => this.rng.pick(listFor(B3_MEASURES, input)));
  }

  override note(year = 2025): string {
    return this.rng
      .pick(B3_NOTES)
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(12, 260)))
      .replace("{y}", String(year));
  }

  footnote(year = 2025): string {
    return this.rng.pick(B3_FOOTNOTES).replace("{y}", String(year));
  }

  planHeader(year = 2025): string {
    return this.stable(`p|${year}`, () => this.rng.pick(B3_PLAN_HEADERS)).replace("{y}", String(year));
  }

  partialHeader(year = 2025): string {
    return this.stable(`q|${year}`, () => this.rng.pick(B3_PARTIAL_HEADERS)).replace("{y}", String(year));
  }

  actualWord(): string {
    return this.stable("act", () => this.rng.pick(B3_ACTUAL_WORDS));
  }

  targetWord(): string {
    return this.stable("tgt", () => this.rng.pick(B3_TARGET_WORDS));
  }

  /**
   * A slot as a pivot or a check column holds it: yes/no as 1/0, numbers as numbers; nothing for "not
   * applicable" or an unreported slot (the caller leaves the cell empty). Records truth.
   * @returns whether a value was written
   */
  flag(file: string, ws: ExcelJS.Worksheet, at: string, slot: Slot): boolean {
    if (!this.data.shown(slot)) return false;
    const value = this.data.value(slot);
    if (value === "not-applicable") return false;
    if (typeof value === "boolean") put(ws, at, value ? 1 : 0, { numFmt: "0" });
    else put(ws, at, value, { numFmt: Number.isInteger(value) ? "#,##0" : "#,##0.0" });
    this.record(file, ws.name, at, slot);
    return true;
  }
}

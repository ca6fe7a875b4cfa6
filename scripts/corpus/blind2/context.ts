/**
 * A case of the blind2 split: the corpus's CaseContext (voices, values, truth recorder) with every wording, unit
 * name, measure, note and yes/no word taken from scripts/corpus/blind2/wordings.ts.
 */
import type ExcelJS from "exceljs";
import { vnNumberText } from "../../fixtures/sheetKit";
import { CaseContext, type ValueStyle, type Voice } from "../context";
import { kindOf, type CaseData, type Slot, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  B2_AGENCY_WORDINGS,
  B2_INPUT_WORDINGS,
  B2_LABEL_UNITS,
  B2_LAST_YEAR_HEADERS,
  B2_LICENSE,
  B2_MARKS,
  B2_MEASURES,
  B2_NOT_APPLICABLE,
  B2_NOTES,
  B2_PLAN_HEADERS,
  B2_SHORT_HEADERS,
  B2_TICKS,
  B2_YES_NO,
} from "./wordings";

/** How a blind2 author types values: some number text, own yes/no words, dashes for gaps. */
export function pickBlind2Style(rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0, 0.35, 1]),
    yesNo: rng.pick(B2_YES_NO),
    license: rng.pick(B2_LICENSE),
    notApplicable: rng.pick(B2_NOT_APPLICABLE),
    levelText: rng.chance(0.35),
    dash: rng.pick([0, 0.5, 0.8]),
  };
}

function listFor(table: Readonly<Record<string, readonly string[]>>, input: string): readonly string[] {
  const list = table[input] ?? table[kindOf(input)];
  if (!list || list.length === 0) throw new Error(`no blind2 wording for ${input}`);
  return list;
}

export class Blind2Context extends CaseContext {
  private readonly picks = new Map<string, string>();
  readonly ticks: readonly [string, string];

  /** The base class's split only steers its own tuned lists; every wording method is overridden here. */
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, "heldout", data, voice, style);
    this.ticks = rng.fork("ticks").pick(B2_TICKS);
  }

  private stable(key: string, choose: () => string): string {
    const known = this.picks.get(key);
    if (known !== undefined) return known;
    const value = choose();
    this.picks.set(key, value);
    return value;
  }

  override wording(input: string, key = ""): string {
    return this.stable(`w|${input}|${key}`, () => this.rng.pick(listFor(B2_INPUT_WORDINGS, input)));
  }

  /** A short column header for the input. */
  header(input: string, key = ""): string {
    return this.stable(`h|${input}|${key}`, () => this.rng.pick(listFor(B2_SHORT_HEADERS, input)));
  }

  override agency(unit: UnitId, key = ""): string {
    return this.stable(`a|${unit}|${key}`, () => this.rng.pick(B2_AGENCY_WORDINGS[unit]));
  }

  override labelUnit(input: string, key = ""): string {
    return this.stable(`u|${input}|${key}`, () => this.rng.pick(listFor(B2_LABEL_UNITS, input)));
  }

  override measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.stable(`m|${input}`, () => this.rng.pick(listFor(B2_MEASURES, input)));
  }

  override note(year = 2025): string {
    return this.rng
      .pick(B2_NOTES)
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(12, 260)))
      .replace("{y}", String(year));
  }

  /** A plan/target header for a year ("KH giao 2025"), stable within the case. */
  planHeader(year = 2025): string {
    return this.stable(`p|${year}`, () => this.rng.pick(B2_PLAN_HEADERS)).replace("{y}", String(year));
  }

  /** A last-year header ("Cùng kỳ năm 2024"). */
  lastYearHeader(year = 2024): string {
    return this.stable(`l|${year}`, () => this.rng.pick(B2_LAST_YEAR_HEADERS)).replace("{y}", String(year));
  }

  /** A label, sometimes with a footnote marker after it. */
  marked(text: string, chance = 0.25): string {
    return this.rng.chance(chance) ? `${text}${this.rng.pick(B2_MARKS)}` : text;
  }

  /** A checklist tick for a yes/no slot (words for a level or not-applicable); records truth. */
  tick(file: string, ws: ExcelJS.Worksheet, at: string, slot: Slot): boolean {
    const value = this.data.shown(slot) ? this.data.value(slot) : undefined;
    if (typeof value !== "boolean") return this.value(file, ws, at, slot);
    this.write(ws, at, value ? this.ticks[0] : this.ticks[1], "word", { align: "center" });
    this.record(file, ws.name, at, slot);
    return true;
  }
}

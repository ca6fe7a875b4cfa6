/**
 * A case of the blind4 split: the corpus's CaseContext (voices, values, truth recorder) with every wording, unit
 * name, measure, note, level text and yes/no word taken from scripts/corpus/blind4/wordings.ts.
 */
import { vnNumberText } from "../../fixtures/sheetKit";
import { CaseContext, type ValueStyle, type Voice } from "../context";
import { kindOf, type CaseData, type SampleValue, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  B4_ACTUAL_WORDS,
  B4_AGENCY_WORDINGS,
  B4_FOOTNOTES,
  B4_INPUT_WORDINGS,
  B4_LABEL_UNITS,
  B4_LEVEL_TEXTS,
  B4_LICENSE,
  B4_MEASURES,
  B4_NOT_APPLICABLE,
  B4_NOTES,
  B4_PARTIAL_HEADERS,
  B4_PLAN_HEADERS,
  B4_SHORT_HEADERS,
  B4_YES_NO,
} from "./wordings";

/** How a blind4 author types values: number text often, own yes/no words, dashes for gaps. */
export function pickBlind4Style(rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0.3, 0.5, 1]),
    yesNo: rng.pick(B4_YES_NO),
    license: rng.pick(B4_LICENSE),
    notApplicable: rng.pick(B4_NOT_APPLICABLE),
    levelText: rng.chance(0.5),
    dash: rng.pick([0, 0.5, 0.9]),
  };
}

function listFor(table: Readonly<Record<string, readonly string[]>>, input: string): readonly string[] {
  const list = table[input] ?? table[kindOf(input)];
  if (!list || list.length === 0) throw new Error(`no blind4 wording for ${input}`);
  return list;
}

export class Blind4Context extends CaseContext {
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
    return this.stable(`w|${input}|${key}`, () => this.rng.pick(listFor(B4_INPUT_WORDINGS, input)));
  }

  /** A short column header for the input. */
  header(input: string, key = ""): string {
    return this.stable(`h|${input}|${key}`, () => this.rng.pick(listFor(B4_SHORT_HEADERS, input)));
  }

  override agency(unit: UnitId, key = ""): string {
    return this.stable(`a|${unit}|${key}`, () => this.rng.pick(B4_AGENCY_WORDINGS[unit]));
  }

  override labelUnit(input: string, key = ""): string {
    return this.stable(`u|${input}|${key}`, () => this.rng.pick(listFor(B4_LABEL_UNITS, input)));
  }

  override label(
    input: string,
    o: { prefix?: string; unit?: boolean; year?: number; key?: string } = {},
  ): string {
    return super.label(input, o).trim();
  }

  override measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.stable(`m|${input}`, () => this.rng.pick(listFor(B4_MEASURES, input)));
  }

  override note(year = 2025): string {
    return this.rng
      .pick(B4_NOTES)
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(12, 260)))
      .replace("{y}", String(year));
  }

  /** Security levels in this author's own words ("Cấp 3", "Mức 3"), the rest as the base class writes them. */
  override words(input: string, value: SampleValue): string | null {
    if (kindOf(input) === "level" && typeof value === "number" && this.style.levelText)
      return this.stable("lvl", () => this.rng.pick(B4_LEVEL_TEXTS)).replace("{n}", String(value));
    return super.words(input, value);
  }

  footnote(year = 2025): string {
    return this.rng.pick(B4_FOOTNOTES).replace("{y}", String(year));
  }

  planHeader(year = 2025): string {
    return this.stable(`p|${year}`, () => this.rng.pick(B4_PLAN_HEADERS)).replace("{y}", String(year));
  }

  partialHeader(year = 2025): string {
    return this.stable(`q|${year}`, () => this.rng.pick(B4_PARTIAL_HEADERS)).replace("{y}", String(year));
  }

  actualWord(): string {
    return this.stable("act", () => this.rng.pick(B4_ACTUAL_WORDS));
  }
}

/**
 * A case of the blind split: the corpus's CaseContext (voices, values, truth recorder) with every wording, agency
 * name, unit, note and yes/no word taken from scripts/corpus/blind/wordings.ts.
 */
import { vnNumberText } from "../../fixtures/sheetKit";
import { CaseContext, type ValueStyle, type Voice } from "../context";
import { kindOf, type CaseData, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  BLIND_AGENCY_WORDINGS,
  BLIND_INPUT_WORDINGS,
  BLIND_LABEL_UNITS,
  BLIND_LICENSE,
  BLIND_MEASURES,
  BLIND_NOT_APPLICABLE,
  BLIND_NOTES,
  BLIND_SHORT_HEADERS,
  BLIND_YES_NO,
} from "./wordings";

/** How a blind case's author types values: some number text, blind yes/no words, dashes for gaps. */
export function pickBlindStyle(rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0, 0.4, 1]),
    yesNo: rng.pick(BLIND_YES_NO),
    license: rng.pick(BLIND_LICENSE),
    notApplicable: rng.pick(BLIND_NOT_APPLICABLE),
    levelText: rng.chance(0.4),
    dash: rng.pick([0, 0.4, 0.7]),
  };
}

function listFor(table: Readonly<Record<string, readonly string[]>>, input: string): readonly string[] {
  const list = table[input] ?? table[kindOf(input)];
  if (!list || list.length === 0) throw new Error(`no blind wording for ${input}`);
  return list;
}

export class BlindContext extends CaseContext {
  private readonly picks = new Map<string, string>();

  /**
   * The base class's split only steers which tuned wordings it picks; every wording method is overridden here,
   * so the value passed ("heldout") never chooses text.
   */
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
    return this.stable(`w|${input}|${key}`, () => this.rng.pick(listFor(BLIND_INPUT_WORDINGS, input)));
  }

  /** A short column header for the input (layouts with inputs across). */
  header(input: string, key = ""): string {
    return this.stable(`h|${input}|${key}`, () => this.rng.pick(listFor(BLIND_SHORT_HEADERS, input)));
  }

  override agency(unit: UnitId, key = ""): string {
    return this.stable(`a|${unit}|${key}`, () => this.rng.pick(BLIND_AGENCY_WORDINGS[unit]));
  }

  override labelUnit(input: string, key = ""): string {
    return this.stable(`u|${input}|${key}`, () => this.rng.pick(listFor(BLIND_LABEL_UNITS, input)));
  }

  override measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.stable(`m|${input}`, () => this.rng.pick(listFor(BLIND_MEASURES, input)));
  }

  override note(year = 2025): string {
    return this.rng
      .pick(BLIND_NOTES)
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(12, 260)))
      .replace("{y}", String(year));
  }
}

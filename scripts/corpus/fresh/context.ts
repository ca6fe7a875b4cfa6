/**
 * A case of the fresh split: the corpus's CaseContext (voices, values, truth recorder) with every wording, agency
 * name, unit, note and yes/no word taken from scripts/corpus/fresh/wordings.ts instead of the tuned lists.
 */
import { vnNumberText } from "../../fixtures/sheetKit";
import { CaseContext, type ValueStyle, type Voice } from "../context";
import { kindOf, type CaseData, type UnitId } from "../model";
import type { Rng } from "../random";
import {
  FRESH_AGENCY_WORDINGS,
  FRESH_INPUT_WORDINGS,
  FRESH_LABEL_UNITS,
  FRESH_LICENSE,
  FRESH_MEASURES,
  FRESH_NOT_APPLICABLE,
  FRESH_NOTES,
  FRESH_YES_NO,
} from "./wordings";

/** How a fresh case's author types values: more number text, new yes/no words, more dashes for gaps. */
export function pickFreshStyle(rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0.3, 0.6, 1]),
    yesNo: rng.pick(FRESH_YES_NO),
    license: rng.pick(FRESH_LICENSE),
    notApplicable: rng.pick(FRESH_NOT_APPLICABLE),
    levelText: rng.chance(0.5),
    dash: rng.pick([0, 0.5, 0.8]),
  };
}

function listFor(table: Readonly<Record<string, readonly string[]>>, input: string): readonly string[] {
  const list = table[input] ?? table[kindOf(input)];
  if (!list || list.length === 0) throw new Error(`no fresh wording for ${input}`);
  return list;
}

export class FreshContext extends CaseContext {
  private readonly picks = new Map<string, string>();

  /**
   * The base class's split only steers which tuned wordings it picks; every wording method is overridden here,
   * so the value passed ("heldout") is never used to choose text.
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
    return this.stable(`w|${input}|${key}`, () => this.rng.pick(listFor(FRESH_INPUT_WORDINGS, input)));
  }

  override agency(unit: UnitId, key = ""): string {
    return this.stable(`a|${unit}|${key}`, () => this.rng.pick(FRESH_AGENCY_WORDINGS[unit]));
  }

  override labelUnit(input: string, key = ""): string {
    return this.stable(`u|${input}|${key}`, () => this.rng.pick(listFor(FRESH_LABEL_UNITS, input)));
  }

  override measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.stable(`m|${input}`, () => this.rng.pick(listFor(FRESH_MEASURES, input)));
  }

  override note(year = 2025): string {
    return this.rng
      .pick(FRESH_NOTES)
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(12, 260)))
      .replace("{y}", String(year));
  }
}

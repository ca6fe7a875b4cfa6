/**
 * A case of the blind6 split: the corpus's CaseContext (voices, values, truth recorder) with every wording, unit
 * name, measure, note, level text and yes/no word taken from scripts/corpus/blind6/wordings.ts, numbers that
 * sometimes carry their unit in the cell's number format ("1.245 TP" shown, 1245 stored), and near-miss figures
 * for the decoy rows.
 */
import type ExcelJS from "exceljs";
import { put, vnNumberText, type CellStyle } from "../../fixtures/sheetKit";
import { CaseContext, type ValueStyle, type Voice } from "../context";
import {
  AGENCIES,
  kindOf,
  PROVINCE,
  type CaseData,
  type SampleValue,
  type Slot,
  type UnitId,
} from "../model";
import type { Rng } from "../random";
import {
  B6_AGENCY_WORDINGS,
  B6_INPUT_WORDINGS,
  B6_LABEL_UNITS,
  B6_LEVEL_TEXTS,
  B6_LICENSE,
  B6_MEASURES,
  B6_NOT_APPLICABLE,
  B6_NOTES,
  B6_PARTIAL_HEADERS,
  B6_PLAN_HEADERS,
  B6_SHORT_HEADERS,
  B6_UNIT_FORMATS,
  B6_YES_NO,
  type B6Decoy,
} from "./wordings";

/** How a blind6 author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickBlind6Style(rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0, 0.25, 0.6]),
    yesNo: rng.pick(B6_YES_NO),
    license: rng.pick(B6_LICENSE),
    notApplicable: rng.pick(B6_NOT_APPLICABLE),
    levelText: rng.chance(0.45),
    dash: rng.pick([0, 0.4, 0.8]),
  };
}

function listFor(table: Readonly<Record<string, readonly string[]>>, input: string): readonly string[] {
  const list = table[input] ?? table[kindOf(input)];
  if (!list || list.length === 0) throw new Error(`no blind6 wording for ${input}`);
  return list;
}

export class Blind6Context extends CaseContext {
  private readonly picks = new Map<string, string>();
  private readonly turns = new Map<string, number>();
  /** The number format of the value being written (set by value(), read by number()). */
  private format: string | undefined;
  /** Whether this author puts units into number formats. */
  private readonly unitFormats: boolean;

  /** The base class's split only steers its own tuned lists; every wording method is overridden here. */
  constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
    super(id, rng, "heldout", data, voice, style);
    this.unitFormats = rng.chance(0.35);
  }

  private stable(key: string, choose: () => string): string {
    const known = this.picks.get(key);
    if (known !== undefined) return known;
    const value = choose();
    this.picks.set(key, value);
    return value;
  }

  override wording(input: string, key = ""): string {
    return this.stable(`w|${input}|${key}`, () => this.rng.pick(listFor(B6_INPUT_WORDINGS, input)));
  }

  /** A short column or log header for the input. */
  header(input: string, key = ""): string {
    return this.stable(`h|${input}|${key}`, () => {
      // Each new key takes the next header of the list, so one case shows several of them.
      const list = listFor(B6_SHORT_HEADERS, input);
      const turn = this.turns.get(input) ?? this.rng.int(0, list.length - 1);
      this.turns.set(input, turn + 1);
      return list[turn % list.length] ?? "";
    });
  }

  override agency(unit: UnitId, key = ""): string {
    return this.stable(`a|${unit}|${key}`, () => this.rng.pick(B6_AGENCY_WORDINGS[unit]));
  }

  override labelUnit(input: string, key = ""): string {
    return this.stable(`u|${input}|${key}`, () => this.rng.pick(listFor(B6_LABEL_UNITS, input)));
  }

  override label(
    input: string,
    o: { prefix?: string; unit?: boolean; year?: number; key?: string } = {},
  ): string {
    return super.label(input, o).trim();
  }

  override measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.stable(`m|${input}`, () => this.rng.pick(listFor(B6_MEASURES, input)));
  }

  override note(year = 2025): string {
    return this.rng
      .pick(B6_NOTES)
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(12, 260)))
      .replace("{y}", String(year));
  }

  /** Security levels and autonomy in this author's words, the rest as the base class writes them. */
  override words(input: string, value: SampleValue): string | null {
    // Autonomy is said as such, whatever words the author uses for the platforms.
    if (input === "autonomous" && typeof value === "boolean") return value ? "Đã tự chủ" : "Chưa tự chủ";
    if (kindOf(input) === "level" && typeof value === "number" && this.style.levelText)
      return this.stable("lvl", () => this.rng.pick(B6_LEVEL_TEXTS)).replace("{n}", String(value));
    return super.words(input, value);
  }

  override value(
    file: string,
    ws: ExcelJS.Worksheet,
    at: string,
    slot: Slot,
    opts: { formula?: string; dash?: boolean } = {},
  ): boolean {
    this.format = this.unitFormats ? this.unitFormat(slot.input) : undefined;
    try {
      return super.value(file, ws, at, slot, opts);
    } finally {
      this.format = undefined;
    }
  }

  override number(ws: ExcelJS.Worksheet, at: string, n: number, style: CellStyle = {}): void {
    if (this.rng.chance(this.style.textNumbers)) {
      put(ws, at, vnNumberText(n), { align: "right", ...style });
      return;
    }
    const base = Number.isInteger(n) ? "#,##0" : "#,##0.0";
    const numFmt = this.format === undefined ? base : this.format.replace("#,##0", base);
    put(ws, at, n, { numFmt, ...style });
  }

  private unitFormat(input: string): string | undefined {
    const list = B6_UNIT_FORMATS[input] ?? B6_UNIT_FORMATS[kindOf(input)];
    if (list === undefined) return undefined;
    return this.stable(`f|${input}`, () => this.rng.pick(list));
  }

  decoyLabel(decoy: B6Decoy, key = ""): string {
    return this.stable(`d|${decoy.texts[0] ?? ""}|${key}`, () => this.rng.pick(decoy.texts));
  }

  planHeader(year = 2025): string {
    return this.stable(`p|${year}`, () => this.rng.pick(B6_PLAN_HEADERS)).replace("{y}", String(year));
  }

  partialHeader(year = 2025): string {
    return this.stable(`q|${year}`, () => this.rng.pick(B6_PARTIAL_HEADERS)).replace("{y}", String(year));
  }

  /** A decoy's figure for a unit: near the value of the input it imitates, never equal to it. */
  decoyValue(decoy: B6Decoy, unit: UnitId): number {
    const near = decoy.near.startsWith("remote_")
      ? PROVINCE
      : AGENCIES.includes(unit)
        ? unit
        : "bao-lai-chau";
    const base = this.data.value(
      decoy.near === "political_articles" || decoy.near === "revenue"
        ? { input: decoy.near, unit: near, year: 2025 }
        : { input: decoy.near, unit: near },
    );
    const n = typeof base === "number" ? base : 40;
    const [lo, hi] = decoy.scale;
    const v = Math.max(1, Math.round(n * (lo + this.rng.next() * (hi - lo))));
    return v === n ? v + 1 : v;
  }

  /** One of a list, the same for the same key within the case. */
  choose(key: string, list: readonly string[]): string {
    return this.stable(`c|${key}`, () => this.rng.pick(list));
  }
}

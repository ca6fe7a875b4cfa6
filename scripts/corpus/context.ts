/**
 * One case being built: its random stream, the way its author types (Unicode, NFD, no diacritics, legacy fonts),
 * how values are written (numbers, Vietnamese number text, words, formulas), and the truth recorder that refuses a
 * slot or a cell twice. Layouts write every label and value through here.
 */
import type ExcelJS from "exceljs";
import {
  FONT,
  put,
  TCVN3,
  TCVN3_UPPER,
  UNICODE,
  VNI,
  vnNumberText,
  type CellStyle,
  type Script,
} from "../fixtures/sheetKit";
import {
  isYearly,
  kindOf,
  slotKey,
  universe,
  type CaseData,
  type SampleValue,
  type Slot,
  type Split,
  type TruthEntry,
  type UnitId,
} from "./model";
import type { Rng } from "./random";
import {
  AGENCY_WORDINGS,
  ARTICLE_MEASURES,
  ARTICLE_UNITS,
  choices,
  INPUT_WORDINGS,
  LABEL_UNITS,
  LICENSE_WORDS,
  MEASURE_WORDS,
  NOT_APPLICABLE_WORDS,
  NOTE_TEXTS,
  YES_NO_PAIRS,
} from "./wordings";

export type Role = "label" | "text" | "upper" | "word";
export type Voice = { name: string; label: Script; text: Script; upper: Script; word: Script };

/** Diacritics dropped, as typed on a keyboard without a Vietnamese input method. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

const ASCII: Script = { font: FONT, encode: stripDiacritics };
const NFD: Script = { font: FONT, encode: (t) => t.normalize("NFD") };
const ARIAL: Script = { font: "Arial", encode: (t) => t };

export const VOICES: readonly Voice[] = [
  { name: "unicode", label: UNICODE, text: UNICODE, upper: UNICODE, word: UNICODE },
  { name: "arial", label: ARIAL, text: ARIAL, upper: ARIAL, word: ARIAL },
  { name: "nfd", label: NFD, text: NFD, upper: NFD, word: NFD },
  { name: "nfd-labels", label: NFD, text: UNICODE, upper: UNICODE, word: UNICODE },
  { name: "ascii", label: ASCII, text: ASCII, upper: ASCII, word: ASCII },
  { name: "tcvn3", label: TCVN3, text: TCVN3, upper: TCVN3_UPPER, word: TCVN3 },
  { name: "tcvn3-labels", label: TCVN3, text: UNICODE, upper: UNICODE, word: UNICODE },
  { name: "vni", label: VNI, text: VNI, upper: VNI, word: VNI },
];

/** Weighted: most workbooks are plain Unicode. */
const VOICE_WEIGHTS: Readonly<Record<string, number>> = {
  unicode: 5,
  arial: 2,
  nfd: 1,
  "nfd-labels": 1,
  ascii: 1,
  tcvn3: 2,
  "tcvn3-labels": 1,
  vni: 2,
};

export function pickVoice(rng: Rng): Voice {
  const bag = VOICES.flatMap((v) => Array<Voice>(VOICE_WEIGHTS[v.name] ?? 1).fill(v));
  return rng.pick(bag);
}

export type ValueStyle = {
  /** Chance a number is typed as Vietnamese text ("12.450", "2.881,5"). */
  textNumbers: number;
  yesNo: readonly [string, string];
  license: readonly [string, string];
  notApplicable: string;
  /** Security level written "Cấp độ 3" rather than 3. */
  levelText: boolean;
  /** Chance an unreported cell holds "-" rather than nothing. */
  dash: number;
};

export function pickValueStyle(rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0, 0.3, 1]),
    yesNo: rng.pick(YES_NO_PAIRS),
    license: rng.pick([...LICENSE_WORDS, ["Có", "Không"] as const]),
    notApplicable: rng.pick(NOT_APPLICABLE_WORDS),
    levelText: rng.chance(0.35),
    dash: rng.pick([0, 0, 0.5]),
  };
}

export class CaseContext {
  readonly truth: TruthEntry[] = [];
  private readonly slotsTaken = new Set<string>();
  private readonly cellsTaken = new Set<string>();
  private readonly cache = new Map<string, string>();

  constructor(
    readonly id: string,
    readonly rng: Rng,
    readonly split: Split,
    readonly data: CaseData,
    readonly voice: Voice,
    readonly style: ValueStyle,
  ) {}

  /** A stable choice per key: the same author words the same thing the same way within a case. */
  private once(key: string, choose: () => string): string {
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const value = choose();
    this.cache.set(key, value);
    return value;
  }

  wording(input: string, key = ""): string {
    return this.once(`w|${input}|${key}`, () => {
      const list = INPUT_WORDINGS[input];
      if (!list) throw new Error(`no wordings for ${input}`);
      return this.rng.pick(choices(list, this.split, this.rng.chance(0.6)));
    });
  }

  agency(unit: UnitId, key = ""): string {
    return this.once(`a|${unit}|${key}`, () =>
      this.rng.pick(choices(AGENCY_WORDINGS[unit], this.split, this.rng.chance(0.5))),
    );
  }

  /** The unit written inside a label, e.g. "(Tr.đ)". */
  labelUnit(input: string, key = ""): string {
    return this.once(`u|${input}|${key}`, () =>
      input === "political_articles"
        ? this.rng.pick(ARTICLE_UNITS)
        : this.rng.pick(LABEL_UNITS[kindOf(input)]),
    );
  }

  /** The ĐVT column text. */
  measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.once(`m|${input}`, () =>
      input === "political_articles"
        ? this.rng.pick(ARTICLE_MEASURES)
        : this.rng.pick(MEASURE_WORDS[kindOf(input)]),
    );
  }

  /** A label with optional numbering before and the unit or a year after. */
  label(input: string, o: { prefix?: string; unit?: boolean; year?: number; key?: string } = {}): string {
    let text = this.wording(input, o.key);
    if (o.year !== undefined) text = `${text} năm ${o.year}`;
    if (o.unit) text = `${text} ${this.labelUnit(input, o.key)}`;
    return o.prefix ? `${o.prefix} ${text}` : text;
  }

  /** Writes text in the case's voice; text a legacy font cannot hold falls back to a Unicode font, as people do. */
  write(ws: ExcelJS.Worksheet, at: string, text: string, role: Role = "text", style: CellStyle = {}): void {
    if (text === "") return;
    const script = this.voice[role];
    const source = role === "upper" ? text.toUpperCase() : text;
    try {
      put(ws, at, script.encode(source), { ...style, font: script.font });
    } catch {
      put(ws, at, source, { ...style, font: FONT });
    }
  }

  writeMerged(
    ws: ExcelJS.Worksheet,
    range: string,
    text: string,
    role: Role = "text",
    style: CellStyle = {},
  ): void {
    ws.mergeCells(range);
    this.write(ws, range.split(":")[0] ?? range, text, role, { align: "center", wrap: true, ...style });
  }

  /** A number as this author types it. */
  number(ws: ExcelJS.Worksheet, at: string, n: number, style: CellStyle = {}): void {
    if (this.rng.chance(this.style.textNumbers)) put(ws, at, vnNumberText(n), { align: "right", ...style });
    else put(ws, at, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.0", ...style });
  }

  /** The words of a value (yes/no, level, not applicable), or null for a plain number. */
  words(input: string, value: SampleValue): string | null {
    if (value === "not-applicable") return this.style.notApplicable;
    if (typeof value === "boolean") {
      const odd = input === "autonomous" && this.style.yesNo[0].includes("triển khai");
      const pair =
        input === "licensed" ? this.style.license : odd ? (["Có", "Chưa"] as const) : this.style.yesNo;
      return value ? pair[0] : pair[1];
    }
    if (kindOf(input) === "level" && this.style.levelText) return `Cấp độ ${value}`;
    return null;
  }

  /**
   * Writes the slot's value at `at` and records it as truth, or (not shown) leaves the cell empty or "-".
   * Returns whether a value was written.
   */
  value(
    file: string,
    ws: ExcelJS.Worksheet,
    at: string,
    slot: Slot,
    opts: { formula?: string; dash?: boolean } = {},
  ): boolean {
    if (!this.data.shown(slot)) {
      if (opts.dash !== false && this.rng.chance(this.style.dash)) put(ws, at, "-", { align: "center" });
      return false;
    }
    const value = this.data.value(slot);
    const shown = this.words(slot.input, value);
    if (shown !== null) this.write(ws, at, shown, "word", { align: "center" });
    else if (typeof value === "number" && opts.formula !== undefined)
      put(ws, at, { formula: opts.formula, result: value }, { numFmt: "#,##0" });
    else if (typeof value === "number") this.number(ws, at, value);
    this.record(file, ws.name, at, slot);
    return true;
  }

  record(file: string, sheet: string, cell: string, slot: Slot): void {
    const key = slotKey(slot);
    const where = `${file}|${sheet}|${cell}`;
    if (this.slotsTaken.has(key)) throw new Error(`${this.id}: slot ${key} placed twice`);
    if (this.cellsTaken.has(where)) throw new Error(`${this.id}: cell ${where} holds two slots`);
    if (slot.year !== undefined && !isYearly(slot.input)) throw new Error(`${this.id}: ${key} is not yearly`);
    this.slotsTaken.add(key);
    this.cellsTaken.add(where);
    const year = slot.year === undefined ? {} : { year: slot.year };
    this.truth.push({ workbook: file, input: slot.input, unit: slot.unit, ...year, sheet, cell });
  }

  /** Plan slots with no truth entry: not reported, or not in these workbooks at all. */
  absent(): Slot[] {
    return universe().filter((s) => !this.slotsTaken.has(slotKey(s)));
  }

  /** A "Ghi chú" text with numbers in it (never a value). */
  note(year = 2025): string {
    const template = this.rng.pick(NOTE_TEXTS);
    return template
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(120, 2600)))
      .replace("{y}", String(year));
  }
}

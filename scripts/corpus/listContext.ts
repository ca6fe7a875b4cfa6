/**
 * What the splits written blind from blind5 on share: a case's CaseContext (voices, values, truth recorder) whose
 * every wording, unit name, measure, note, level text and yes/no word comes from the split's own lists
 * (`SplitLists`), and numbers that sometimes carry their unit in the cell's number format ("1.245 tin bài" shown,
 * 1245 stored). Each split passes its lists (scripts/corpus/blind5/context.ts, blind6/context.ts) and adds what is
 * its own.
 */
import type ExcelJS from "exceljs";
import { put, vnNumberText, type CellStyle } from "../fixtures/sheetKit";
import { CaseContext, type ValueStyle, type Voice } from "./context";
import { AGENCIES, PROVINCE, kindOf, type CaseData, type SampleValue, type Slot, type UnitId } from "./model";
import type { Rng } from "./random";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** A split's own words, by input (or by kind of input) where it says so. */
export type SplitLists = {
  /** The split's name, for messages ("blind5"). */
  split: string;
  inputWordings: ByInput;
  shortHeaders: ByInput;
  agencyWordings: Readonly<Record<UnitId, readonly string[]>>;
  labelUnits: ByInput;
  measures: ByInput;
  notes: readonly string[];
  levelTexts: readonly string[];
  unitFormats: ByInput;
  planHeaders: readonly string[];
  partialHeaders: readonly string[];
  yesNo: ReadonlyArray<ValueStyle["yesNo"]>;
  license: ReadonlyArray<ValueStyle["license"]>;
  notApplicable: ReadonlyArray<ValueStyle["notApplicable"]>;
  /**
   * How the split says autonomy (yes, no), whatever words it uses for the platforms; `notWithTicks`: not when the
   * author ticks (one-character yes/no words). Without it, autonomy is written as the other yes/no inputs.
   */
  autonomy?: { words: readonly [string, string]; notWithTicks?: boolean };
  /** The file-name slugs of each unit, for splits that name files after a unit (`slug()`). */
  fileSlugs?: Readonly<Record<UnitId, readonly string[]>>;
};

/** Where a split's wordings module keeps each list: the export named `<prefix>_<name>` ("B12_INPUT_WORDINGS"). */
const LIST_EXPORTS = {
  inputWordings: "INPUT_WORDINGS",
  shortHeaders: "SHORT_HEADERS",
  agencyWordings: "AGENCY_WORDINGS",
  labelUnits: "LABEL_UNITS",
  measures: "MEASURES",
  notes: "NOTES",
  levelTexts: "LEVEL_TEXTS",
  unitFormats: "UNIT_FORMATS",
  planHeaders: "PLAN_HEADERS",
  partialHeaders: "PARTIAL_HEADERS",
  yesNo: "YES_NO",
  license: "LICENSE",
  notApplicable: "NOT_APPLICABLE",
} as const;

type ListKey = keyof typeof LIST_EXPORTS;

/** A split's wordings module (or any object) exporting every list under that convention, and its autonomy words. */
export type SplitWordings<P extends string> = {
  readonly [K in ListKey as `${P}_${(typeof LIST_EXPORTS)[K]}`]: SplitLists[K];
} & { readonly [K in `${P}_AUTONOMY`]: readonly [string, string] };

/**
 * The lists of a split whose wordings module follows the naming convention (`import * as W from "./wordings"`),
 * autonomy in its own words but not when the author ticks.
 */
export function listsOf<P extends string>(
  split: string,
  prefix: P,
  words: SplitWordings<P>,
  more: Pick<SplitLists, "fileSlugs"> = {},
): SplitLists {
  const named = words as unknown as Readonly<Record<string, unknown>>;
  const lists: Record<string, unknown> = { split };
  for (const [key, name] of Object.entries(LIST_EXPORTS)) lists[key] = named[`${prefix}_${name}`];
  lists.autonomy = { words: named[`${prefix}_AUTONOMY`], notWithTicks: true };
  lists.fileSlugs = more.fileSlugs ?? named[`${prefix}_FILE_SLUGS`];
  return lists as SplitLists;
}

/** A near-miss row's imitation of an input: the input it imitates and the factor range of its figure. */
export type NearDecoy = { near: string; scale: readonly [number, number] };

/** How such an author types values: own yes/no words, number text now and then, dashes for gaps. */
export function pickListStyle(lists: SplitLists, rng: Rng): ValueStyle {
  return {
    textNumbers: rng.pick([0, 0, 0.25, 0.6]),
    yesNo: rng.pick(lists.yesNo),
    license: rng.pick(lists.license),
    notApplicable: rng.pick(lists.notApplicable),
    levelText: rng.chance(0.45),
    dash: rng.pick([0, 0.4, 0.8]),
  };
}

export class ListContext extends CaseContext {
  private readonly picks = new Map<string, string>();
  private readonly turns = new Map<string, number>();
  /** The number format of the value being written (set by value(), read by number()). */
  private format: string | undefined;
  /** Whether this author puts units into number formats. */
  private readonly unitFormats: boolean;

  /** The base class's split only steers its own tuned lists; every wording method is overridden here. */
  constructor(
    id: string,
    rng: Rng,
    data: CaseData,
    voice: Voice,
    style: ValueStyle,
    private readonly lists: SplitLists,
  ) {
    super(id, rng, "heldout", data, voice, style);
    this.unitFormats = rng.chance(0.35);
  }

  protected stable(key: string, choose: () => string): string {
    const known = this.picks.get(key);
    if (known !== undefined) return known;
    const value = choose();
    this.picks.set(key, value);
    return value;
  }

  override wording(input: string, key = ""): string {
    return this.stable(`w|${input}|${key}`, () =>
      this.rng.pick(this.listFor(this.lists.inputWordings, input)),
    );
  }

  /** A short column or log header for the input. */
  header(input: string, key = ""): string {
    return this.stable(`h|${input}|${key}`, () => {
      // Each new key takes the next header of the list, so one case shows several of them.
      const list = this.listFor(this.lists.shortHeaders, input);
      const turn = this.turns.get(input) ?? this.rng.int(0, list.length - 1);
      this.turns.set(input, turn + 1);
      return list[turn % list.length] ?? "";
    });
  }

  override agency(unit: UnitId, key = ""): string {
    return this.stable(`a|${unit}|${key}`, () => this.rng.pick(this.lists.agencyWordings[unit]));
  }

  override labelUnit(input: string, key = ""): string {
    return this.stable(`u|${input}|${key}`, () => this.rng.pick(this.listFor(this.lists.labelUnits, input)));
  }

  override label(
    input: string,
    o: { prefix?: string; unit?: boolean; year?: number; key?: string } = {},
  ): string {
    return super.label(input, o).trim();
  }

  override measure(input: string, decoy?: { measure: string }): string {
    if (decoy !== undefined) return decoy.measure;
    return this.stable(`m|${input}`, () => this.rng.pick(this.listFor(this.lists.measures, input)));
  }

  override note(year = 2025): string {
    return this.rng
      .pick(this.lists.notes)
      .replace("{p}", vnNumberText(this.rng.int(21, 189) / 10))
      .replace("{n}", vnNumberText(this.rng.int(12, 260)))
      .replace("{y}", String(year));
  }

  /** Security levels and autonomy in this author's words, the rest as the base class writes them. */
  override words(input: string, value: SampleValue): string | null {
    const autonomy = this.lists.autonomy;
    if (autonomy && input === "autonomous" && typeof value === "boolean") {
      const ticks = autonomy.notWithTicks === true && this.style.yesNo[0].length <= 1;
      if (!ticks) return value ? autonomy.words[0] : autonomy.words[1];
    }
    if (kindOf(input) === "level" && typeof value === "number" && this.style.levelText)
      return this.stable("lvl", () => this.rng.pick(this.lists.levelTexts)).replace("{n}", String(value));
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
    const list = this.lists.unitFormats[input] ?? this.lists.unitFormats[kindOf(input)];
    if (list === undefined) return undefined;
    return this.stable(`f|${input}`, () => this.rng.pick(list));
  }

  decoyLabel(decoy: { texts: readonly string[] }, key = ""): string {
    return this.stable(`d|${decoy.texts[0] ?? ""}|${key}`, () => this.rng.pick(decoy.texts));
  }

  planHeader(year = 2025): string {
    return this.stable(`p|${year}`, () => this.rng.pick(this.lists.planHeaders)).replace("{y}", String(year));
  }

  partialHeader(year = 2025): string {
    return this.stable(`q|${year}`, () => this.rng.pick(this.lists.partialHeaders)).replace(
      "{y}",
      String(year),
    );
  }

  /** A number near the slot's value (factor lo..hi), never equal to it: a trap must not hold the truth by luck. */
  near(input: string, unit: UnitId, lo: number, hi: number, year?: number): number {
    const base = this.data.value(year === undefined ? { input, unit } : { input, unit, year });
    const n = typeof base === "number" ? base : 40;
    const v = Math.max(1, Math.round(n * (lo + this.rng.next() * (hi - lo))));
    return v === n ? v + 1 : v;
  }

  /** A decoy's figure for a unit: near the value of the input it imitates (of `year` if yearly), never equal. */
  decoyValue(decoy: NearDecoy, unit: UnitId, year = 2025): number {
    const at = decoy.near.startsWith("remote_") ? PROVINCE : AGENCIES.includes(unit) ? unit : "bao-lai-chau";
    const yearly = decoy.near === "political_articles" || decoy.near === "revenue";
    return this.near(decoy.near, at, decoy.scale[0], decoy.scale[1], yearly ? year : undefined);
  }

  /** The file-name slug of a unit, the same within the case. */
  slug(unit: UnitId): string {
    const slugs = this.lists.fileSlugs;
    if (!slugs) throw new Error(`no ${this.lists.split} file slugs`);
    return this.choose(`slug|${unit}`, slugs[unit]);
  }

  /** One of a list, the same for the same key within the case. */
  choose(key: string, list: readonly string[]): string {
    return this.stable(`c|${key}`, () => this.rng.pick(list));
  }

  private listFor(table: Readonly<Record<string, readonly string[]>>, input: string): readonly string[] {
    const list = table[input] ?? table[kindOf(input)];
    if (!list || list.length === 0) throw new Error(`no ${this.lists.split} wording for ${input}`);
    return list;
  }
}

/**
 * A split's style picker and context class bound to its lists: the split exports the picker and extends the class
 * with what is its own.
 */
export function listSplit(lists: SplitLists) {
  return {
    pickStyle: (rng: Rng): ValueStyle => pickListStyle(lists, rng),
    Context: class extends ListContext {
      constructor(id: string, rng: Rng, data: CaseData, voice: Voice, style: ValueStyle) {
        super(id, rng, data, voice, style, lists);
      }
    },
  };
}

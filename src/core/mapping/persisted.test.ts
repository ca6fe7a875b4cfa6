import fc from "fast-check";
import { MappingError } from "../errors";
import { builtInPlan } from "../plan/catalogue";
import { type Plan } from "../plan/schema";
import {
  sheetFromGrid,
  type CellScalar,
  type DefinedName,
  type Sheet,
  type Workbook,
} from "../workbook/model";
import {
  buildSavedMapping,
  decodeMappingName,
  encodeMappingName,
  formatCellRef,
  META_CHUNK_LENGTH,
  META_MARKER,
  META_SHEET_NAME,
  parseCellRef,
  readSavedMapping,
  splitChunks,
  type MappingKey,
  type MappingToWrite,
} from "./persisted";
import { type MappingEntry } from "./schema";

const plan = builtInPlan("lai-chau-3414");
const SAVED = { savedBy: "chitieu test", savedAt: "2025-03-01T08:00:00.000Z" };
const BOOK = "bao-cao.xlsx";

/** A workbook as an adapter would read it back after writing `toWrite`. */
function workbookWith(
  toWrite: MappingToWrite,
  options: { names?: DefinedName[]; meta?: Sheet | null; sheets?: Sheet[] } = {},
): Workbook {
  const metaSheet =
    options.meta === undefined
      ? {
          ...sheetFromGrid(META_SHEET_NAME, [[META_MARKER], ...toWrite.metaChunks.map((c) => [c])]),
          state: "veryHidden" as const,
        }
      : options.meta;
  return {
    name: BOOK,
    sheets: [
      ...(options.sheets ?? [sheetFromGrid("Báo Lai Châu", [[1]])]),
      ...(metaSheet ? [metaSheet] : []),
    ],
    definedNames: options.names ?? toWrite.names,
  };
}

function metaSheetOf(...texts: CellScalar[]): Sheet {
  return {
    ...sheetFromGrid(
      META_SHEET_NAME,
      texts.map((t) => [t]),
    ),
    state: "veryHidden",
  };
}

const revenue2025: MappingEntry = {
  input: "revenue",
  unit: "bao-lai-chau",
  year: 2025,
  sheet: "Báo Lai Châu",
  cell: "I10",
};
const staff: MappingEntry = {
  input: "staff_total",
  unit: "dai-ptth-lai-chau",
  sheet: "Đài PT-TH",
  cell: "$e$12",
};

/** Every slot of the plan: each input with each unit, yearly inputs with years, status ones with and without. */
function allSlots(p: Plan): MappingKey[] {
  const years = [1990, 2020, 2022, 2025, 2030, 2100];
  return p.inputs.flatMap((input) =>
    p.units.units.flatMap((unit) => {
      const withYears = years.map((year) => ({ input: input.id, unit: unit.id, year }));
      return input.series === "yearly" ? withYears : [{ input: input.id, unit: unit.id }, ...withYears];
    }),
  );
}

describe("encodeMappingName and decodeMappingName", () => {
  test("a name is chitieu.<input>.<unit>.y<year> with - written _", () => {
    expect(encodeMappingName({ input: "revenue", unit: "bao-lai-chau", year: 2025 })).toBe(
      "chitieu.revenue.bao_lai_chau.y2025",
    );
    expect(encodeMappingName({ input: "staff_total", unit: "dai-ptth-lai-chau" })).toBe(
      "chitieu.staff_total.dai_ptth_lai_chau",
    );
  });

  test.each(allSlots(plan).map((slot) => [encodeMappingName(slot), slot] as const))(
    "%s decodes back to its input, unit and year",
    (name, slot) => {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/);
      expect(decodeMappingName(name, plan)).toEqual(slot);
    },
  );

  test.each([
    ["upper case", "CHITIEU.REVENUE.BAO_LAI_CHAU.Y2025"],
    ["mixed case", "ChiTieu.Revenue.Bao_Lai_Chau.y2025"],
    ["spaces around", "  chitieu.revenue.bao_lai_chau.y2025 "],
  ])("names compare case-blind, as Excel's do: %s", (_, name) => {
    expect(decodeMappingName(name, plan)).toEqual({ input: "revenue", unit: "bao-lai-chau", year: 2025 });
  });

  test.each([
    ["another tool's name", "Print_Area"],
    ["another prefix", "other.revenue.bao_lai_chau.y2025"],
    ["an input the plan lacks", "chitieu.advertising.bao_lai_chau.y2025"],
    ["a unit the plan lacks", "chitieu.revenue.bao_dien_bien.y2025"],
    ["no unit", "chitieu.revenue"],
    ["a year out of range", "chitieu.revenue.bao_lai_chau.y1800"],
    ["a year of two digits", "chitieu.revenue.bao_lai_chau.y25"],
    ["one part too many", "chitieu.revenue.bao_lai_chau.y2025.x"],
    ["a dash, which Excel names cannot hold", "chitieu.revenue.bao-lai-chau.y2025"],
  ])("%s decodes to null", (_, name) => {
    expect(decodeMappingName(name, plan)).toBeNull();
  });

  test("a unit id that looks like a year part is still a unit", () => {
    const custom: Plan = {
      ...plan,
      units: { ...plan.units, units: [...plan.units.units, { ...plan.units.units[0]!, id: "y2025" }] },
    };
    expect(decodeMappingName("chitieu.revenue.y2025", custom)).toEqual({ input: "revenue", unit: "y2025" });
    expect(decodeMappingName("chitieu.revenue.y2025.y2024", custom)).toEqual({
      input: "revenue",
      unit: "y2025",
      year: 2024,
    });
  });

  test("ids that fold to the same name decode to null and cannot be saved", () => {
    const first = plan.units.units[0]!;
    const twins: Plan = {
      ...plan,
      units: {
        ...plan.units,
        units: [
          { ...first, id: "bao-a" },
          { ...first, id: "bao_a" },
        ],
      },
    };
    expect(decodeMappingName("chitieu.revenue.bao_a.y2025", twins)).toBeNull();
    expect(() => buildSavedMapping(twins, [{ ...revenue2025, unit: "bao-a" }], SAVED)).toThrow(
      /bao-a, bao_a/,
    );
  });

  test.each<[string, MappingKey]>([
    ["an id with a space", { input: "doanh thu", unit: "bao-lai-chau" }],
    ["an empty id", { input: "revenue", unit: "" }],
    ["an id with a dot", { input: "revenue.total", unit: "bao-lai-chau" }],
    ["a year out of range", { input: "revenue", unit: "bao-lai-chau", year: 3000 }],
    ["a fractional year", { input: "revenue", unit: "bao-lai-chau", year: 2025.5 }],
    ["a name over 255 characters", { input: "a".repeat(250), unit: "bao-lai-chau" }],
  ])("%s cannot become a name", (_, key) => {
    expect(() => encodeMappingName(key)).toThrow(MappingError);
  });
});

describe("formatCellRef and parseCellRef", () => {
  test.each([
    ["Báo Lai Châu", "I10", "'Báo Lai Châu'!$I$10"],
    ["O'Brien", "b3", "'O''Brien'!$B$3"],
    ["2025", "A1", "'2025'!$A$1"],
    ["A1", "A1", "'A1'!$A$1"],
    ["XFD1", "A1", "'XFD1'!$A$1"],
    ["R1C1", "A1", "'R1C1'!$A$1"],
    ["R", "A1", "'R'!$A$1"],
    ["TRUE", "A1", "'TRUE'!$A$1"],
    ["Báo cáo!2025", "C4", "'Báo cáo!2025'!$C$4"],
    ["Sheet1", "$E$12", "Sheet1!$E$12"],
    ["Tong_hop", "AA100", "Tong_hop!$AA$100"],
    ["It's 'quoted'", "D5", "'It''s ''quoted'''!$D$5"],
  ])("sheet %j, cell %s is written %s and read back", (sheet, cell, ref) => {
    expect(formatCellRef(sheet, cell)).toBe(ref);
    expect(parseCellRef(ref)).toEqual({ kind: "cell", sheet, cell: cell.replace(/\$/g, "").toUpperCase() });
  });

  test("a bad cell has no reference", () => {
    expect(formatCellRef("Sheet1", "E0")).toBeNull();
    expect(formatCellRef("Sheet1", "12E")).toBeNull();
  });

  test.each([
    ["Sheet1!E12", { kind: "cell", sheet: "Sheet1", cell: "E12" }],
    ["=Sheet1!$E$12", { kind: "cell", sheet: "Sheet1", cell: "E12" }],
    ["'Sheet ''x'''!$E$12", { kind: "cell", sheet: "Sheet 'x'", cell: "E12" }],
    ["2025!$A$1", { kind: "cell", sheet: "2025", cell: "A1" }],
    ["'a!b'!$C$4", { kind: "cell", sheet: "a!b", cell: "C4" }],
    ["#REF!", { kind: "deleted" }],
    ["=#REF!", { kind: "deleted" }],
    ["Sheet1!#REF!", { kind: "deleted" }],
    ["'Báo Lai Châu'!#REF!", { kind: "deleted" }],
    ["#REF!$E$12", { kind: "deleted" }],
    ["Sheet1!$A$1:$B$2", { kind: "other" }],
    ["0.1", { kind: "other" }],
    ["[1]Sheet1!$A$1", { kind: "other" }],
    ["'unclosed!$A$1", { kind: "other" }],
    ["'Sheet1'$A$1", { kind: "other" }],
  ])("%s reads as %j", (ref, expected) => {
    expect(parseCellRef(ref)).toEqual(expected);
  });
});

describe("buildSavedMapping", () => {
  test("one absolute workbook name per entry, and the meta JSON", () => {
    const toWrite = buildSavedMapping(
      plan,
      [revenue2025, { ...staff, confirmed: false, confidence: 0.8 }],
      SAVED,
    );
    expect(toWrite.names).toEqual([
      { name: "chitieu.revenue.bao_lai_chau.y2025", ref: "'Báo Lai Châu'!$I$10" },
      { name: "chitieu.staff_total.dai_ptth_lai_chau", ref: "'Đài PT-TH'!$E$12" },
    ]);
    expect(JSON.parse(toWrite.metaChunks.join(""))).toEqual({
      format: "chitieu-mapping",
      version: 1,
      plan: "lai-chau-3414",
      planVersion: plan.version,
      savedBy: SAVED.savedBy,
      savedAt: SAVED.savedAt,
      entries: [
        {
          name: "chitieu.revenue.bao_lai_chau.y2025",
          input: "revenue",
          unit: "bao-lai-chau",
          year: 2025,
          confirmed: true,
          sheet: "Báo Lai Châu",
          cell: "I10",
        },
        {
          name: "chitieu.staff_total.dai_ptth_lai_chau",
          input: "staff_total",
          unit: "dai-ptth-lai-chau",
          confirmed: false,
          confidence: 0.8,
          sheet: "Đài PT-TH",
          cell: "E12",
        },
      ],
    });
  });

  test.each<[string, MappingEntry[], RegExp]>([
    ["an input the plan lacks", [{ ...revenue2025, input: "advertising" }], /advertising/],
    ["a unit the plan lacks", [{ ...revenue2025, unit: "bao-dien-bien" }], /bao-dien-bien/],
    ["a yearly input without a year", [{ ...revenue2025, year: undefined }], /year/],
    ["a bad cell", [{ ...revenue2025, cell: "I0" }], /I0/],
    [
      "the same value twice",
      [revenue2025, { ...revenue2025, cell: "J10" }],
      /repeats revenue \/ bao-lai-chau \/ 2025/,
    ],
  ])("%s is refused", (_, entries, pattern) => {
    expect(() => buildSavedMapping(plan, entries, SAVED)).toThrow(MappingError);
    expect(() => buildSavedMapping(plan, entries, SAVED)).toThrow(pattern);
  });

  test("a long mapping is cut into chunks Excel can hold", () => {
    const entries = allSlots(plan)
      .filter((s) => s.year !== undefined)
      .map((s, i) => ({ ...s, sheet: "Báo Lai Châu", cell: `A${i + 1}`, reason: "lý do ".repeat(40) }));
    const { metaChunks } = buildSavedMapping(plan, entries, SAVED);
    expect(metaChunks.length).toBeGreaterThan(1);
    for (const chunk of metaChunks) expect(chunk.length).toBeLessThanOrEqual(META_CHUNK_LENGTH);
    const read = readSavedMapping(workbookWith(buildSavedMapping(plan, entries, SAVED)), plan);
    expect(read?.entries).toHaveLength(entries.length);
    expect(read?.warnings).toEqual([]);
  });

  test.each([
    ["an apostrophe", "abcd'efg"],
    ["an equals sign", "abcd=efg"],
    ["a digit", "abcd1234"],
    ["a minus sign", "abcd-efg"],
  ])("no chunk after the first starts with %s when a safer cut is near", (_, text) => {
    const chunks = splitChunks(text, 5);
    expect(chunks.join("")).toBe(text);
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^[a-z]/);
  });

  test("a text with no safe cut is still cut at the limit", () => {
    expect(splitChunks("1".repeat(250), 100)).toEqual(["1".repeat(100), "1".repeat(100), "1".repeat(50)]);
  });

  test("chunks never split a character outside the BMP", () => {
    const text = "a" + "😀".repeat(10);
    const chunks = splitChunks(text, 4);
    expect(chunks.join("")).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(4);
      expect(chunk).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe("readSavedMapping", () => {
  const toWrite = buildSavedMapping(
    plan,
    [revenue2025, { ...staff, confirmed: false, reason: "nhãn khớp" }],
    SAVED,
  );

  test("a workbook with no chitieu names and no meta sheet has no saved mapping", () => {
    expect(readSavedMapping(workbookWith(toWrite, { names: [], meta: null }), plan)).toBeNull();
  });

  test("a name from another tool is ignored", () => {
    const names = [
      { name: "Print_Area", ref: "'Báo Lai Châu'!$A$1:$K$40" },
      { name: "chitieuX.revenue.bao_lai_chau.y2025", ref: "Sheet1!$A$1" },
    ];
    expect(readSavedMapping(workbookWith(toWrite, { names, meta: null }), plan)).toBeNull();
    const withOurs = readSavedMapping(workbookWith(toWrite, { names: [...names, ...toWrite.names] }), plan);
    expect(withOurs?.entries).toHaveLength(2);
    expect(withOurs?.warnings).toEqual([]);
  });

  test("what was saved is read back, with who saved it", () => {
    expect(readSavedMapping(workbookWith(toWrite), plan)).toEqual({
      plan: "lai-chau-3414",
      planVersion: plan.version,
      savedBy: SAVED.savedBy,
      savedAt: SAVED.savedAt,
      entries: [
        { workbook: BOOK, ...revenue2025, confirmed: true },
        { workbook: BOOK, ...staff, cell: "E12", confirmed: false, reason: "nhãn khớp" },
      ],
      lost: [],
      warnings: [],
    });
  });

  test("a name moved by an inserted row wins over the address in the meta sheet", () => {
    const names = [
      { name: "chitieu.revenue.bao_lai_chau.y2025", ref: "'Báo Lai Châu'!$I$11" },
      { name: "chitieu.staff_total.dai_ptth_lai_chau", ref: "'Đài PT-TH'!$F$12" },
    ];
    const read = readSavedMapping(workbookWith(toWrite, { names }), plan);
    expect(read?.entries.map((e) => `${e.sheet}!${e.cell}`)).toEqual(["Báo Lai Châu!I11", "Đài PT-TH!F12"]);
  });

  test("a name whose cell was deleted (#REF!) is lost, not guessed", () => {
    const names = [
      { name: "chitieu.revenue.bao_lai_chau.y2025", ref: "'Báo Lai Châu'!#REF!" },
      toWrite.names[1]!,
    ];
    const read = readSavedMapping(workbookWith(toWrite, { names }), plan);
    expect(read?.entries.map((e) => e.input)).toEqual(["staff_total"]);
    expect(read?.lost).toEqual([
      {
        name: "chitieu.revenue.bao_lai_chau.y2025",
        input: "revenue",
        unit: "bao-lai-chau",
        year: 2025,
        formerly: { sheet: "Báo Lai Châu", cell: "I10" },
      },
    ]);
  });

  test("a #REF! name without a meta entry is lost too", () => {
    const names = [{ name: "chitieu.revenue.bao_lai_chau.y2024", ref: "#REF!" }];
    const read = readSavedMapping(workbookWith(toWrite, { names, meta: null }), plan);
    expect(read?.lost).toEqual([
      { name: "chitieu.revenue.bao_lai_chau.y2024", input: "revenue", unit: "bao-lai-chau", year: 2024 },
    ]);
  });

  test("a meta entry whose name is gone (deleted, or dropped by a library) is lost", () => {
    const read = readSavedMapping(workbookWith(toWrite, { names: [toWrite.names[1]!] }), plan);
    expect(read?.lost.map((l) => l.name)).toEqual(["chitieu.revenue.bao_lai_chau.y2025"]);
    expect(read?.entries.map((e) => e.input)).toEqual(["staff_total"]);
  });

  test("names without a meta sheet are read from the name, unconfirmed", () => {
    const read = readSavedMapping(workbookWith(toWrite, { meta: null }), plan);
    expect(read).toEqual({
      plan: null,
      entries: [
        { workbook: BOOK, ...revenue2025, confirmed: false },
        { workbook: BOOK, ...staff, cell: "E12", confirmed: false },
      ],
      lost: [],
      warnings: [],
    });
  });

  test("names in another case still match their meta entries", () => {
    const names = toWrite.names.map((n) => ({ ...n, name: n.name.toUpperCase() }));
    const read = readSavedMapping(workbookWith(toWrite, { names }), plan);
    expect(read?.entries.map((e) => e.confirmed)).toEqual([true, false]);
    expect(read?.lost).toEqual([]);
  });

  test("a name of the format that the plan cannot read is a warning", () => {
    const names = [...toWrite.names, { name: "chitieu.advertising.bao_lai_chau.y2025", ref: "Sheet1!$A$1" }];
    const read = readSavedMapping(workbookWith(toWrite, { names }), plan);
    expect(read?.entries).toHaveLength(2);
    expect(read?.warnings).toHaveLength(1);
    expect(read?.warnings[0]?.en).toMatch(/chitieu\.advertising\.bao_lai_chau\.y2025.*matches no input/);
  });

  test("a name pointing at a range or at a constant is a warning", () => {
    const names = [
      { name: "chitieu.revenue.bao_lai_chau.y2025", ref: "'Báo Lai Châu'!$I$10:$I$11" },
      { name: "chitieu.staff_total.dai_ptth_lai_chau", ref: "45" },
    ];
    const read = readSavedMapping(workbookWith(toWrite, { names }), plan);
    expect(read?.entries).toEqual([]);
    expect(read?.warnings.map((w) => w.en)).toEqual([
      expect.stringMatching(/does not point at one cell/),
      expect.stringMatching(/does not point at one cell \(45\)/),
    ]);
  });

  test.each<[string, CellScalar[]]>([
    ["JSON cut short", [META_MARKER, toWrite.metaChunks[0]!.slice(0, 40)]],
    ["no JSON at all", [META_MARKER]],
    ["a number where a chunk belongs", [META_MARKER, 42]],
    [
      "another format",
      [META_MARKER, JSON.stringify({ format: "other", version: 1, plan: null, entries: [] })],
    ],
    [
      "a later version",
      [META_MARKER, JSON.stringify({ format: "chitieu-mapping", version: 2, plan: null, entries: [] })],
    ],
    ["a later marker", ["chitieu-mapping v2", toWrite.metaChunks[0]!]],
    [
      "an entry without confirmed",
      [
        META_MARKER,
        JSON.stringify({
          format: "chitieu-mapping",
          version: 1,
          plan: "lai-chau-3414",
          entries: [{ name: "chitieu.revenue.bao_lai_chau.y2025", input: "revenue", unit: "bao-lai-chau" }],
        }),
      ],
    ],
  ])("a damaged meta sheet (%s) gives a warning and the names-only reading", (_, texts) => {
    const read = readSavedMapping(workbookWith(toWrite, { meta: metaSheetOf(...texts) }), plan);
    expect(read?.plan).toBeNull();
    expect(read?.entries.map((e) => [e.input, e.cell, e.confirmed])).toEqual([
      ["revenue", "I10", false],
      ["staff_total", "E12", false],
    ]);
    expect(read?.warnings).toHaveLength(1);
    expect(read?.warnings[0]?.vi).toMatch(/chitieu_meta.*bị hỏng/);
    expect(read?.warnings[0]?.en).toMatch(/chitieu_meta.*is damaged/);
  });

  test("the meta sheet is known by its marker, not its name", () => {
    const renamed = { ...metaSheetOf(META_MARKER, ...toWrite.metaChunks), name: "Sheet9" };
    expect(readSavedMapping(workbookWith(toWrite, { meta: renamed }), plan)?.savedBy).toBe(SAVED.savedBy);
    const impostor = { ...sheetFromGrid(META_SHEET_NAME, [["Ghi chú"], [toWrite.metaChunks[0]!]]) };
    const read = readSavedMapping(workbookWith(toWrite, { meta: impostor }), plan);
    expect(read?.plan).toBeNull();
    expect(read?.warnings).toEqual([]);
    expect(readSavedMapping(workbookWith(toWrite, { meta: impostor, names: [] }), plan)).toBeNull();
  });

  test("a meta sheet alone still says what was lost", () => {
    const read = readSavedMapping(workbookWith(toWrite, { names: [] }), plan);
    expect(read?.entries).toEqual([]);
    expect(read?.lost.map((l) => l.input)).toEqual(["revenue", "staff_total"]);
  });

  test("a mapping saved for another plan says so", () => {
    const json = JSON.parse(toWrite.metaChunks.join("")) as Record<string, unknown>;
    const other = metaSheetOf(META_MARKER, JSON.stringify({ ...json, plan: "quoc-gia-348" }));
    const read = readSavedMapping(workbookWith(toWrite, { meta: other }), plan);
    expect(read?.plan).toBe("quoc-gia-348");
    expect(read?.warnings[0]?.en).toMatch(/saved for plan "quoc-gia-348"; plan "lai-chau-3414" is in use/);
  });

  test("__proto__ keys in the meta JSON change no object", () => {
    const json = toWrite.metaChunks
      .join("")
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"')
      .replace(
        '{"name"',
        '{"__proto__":{"confirmed":false,"polluted":true},"constructor":{"prototype":{"polluted":true}},"name"',
      );
    const read = readSavedMapping(workbookWith(toWrite, { meta: metaSheetOf(META_MARKER, json) }), plan);
    expect(read?.warnings).toEqual([]);
    expect(read?.entries[0]?.confirmed).toBe(true);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(read?.entries[0])).toBe(Object.prototype);
    expect((read as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("saving and reading back (property)", () => {
  const slots = allSlots(plan).filter((s, i, all) => all.findIndex((o) => sameSlot(o, s)) === i);
  // Sheet names Excel allows: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '.
  const sheetName = fc
    .string({ unit: fc.constantFrom(..."aZ09 _-.!'()&%#@ÁàĐđẠệƯữ😀"), minLength: 1, maxLength: 31 })
    .filter((s) => !s.startsWith("'") && !s.endsWith("'") && s.trim() !== "");
  const cell = fc
    .record({ row: fc.integer({ min: 1, max: 1_048_576 }), col: fc.integer({ min: 1, max: 16_384 }) })
    .map(({ row, col }) => {
      let letters = "";
      for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return `${letters}${row}`;
    });

  test("every entry comes back at its sheet and cell, nothing lost", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...slots), {
          selector: (s) => `${s.input}|${s.unit}|${s.year ?? ""}`,
          maxLength: 30,
        }),
        fc.array(fc.tuple(sheetName, cell), { minLength: 30, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (chosen, places, confirmed) => {
          const entries = chosen.map((slot, i) => ({
            ...slot,
            sheet: places[i]![0],
            cell: places[i]![1],
            confirmed: confirmed[i]!,
          }));
          const toWrite = buildSavedMapping(plan, entries, SAVED);
          const read = readSavedMapping(
            workbookWith(toWrite, { meta: chosen.length ? undefined : null }),
            plan,
          );
          if (chosen.length === 0) return read === null;
          expect(read?.entries).toEqual(entries.map((e) => ({ workbook: BOOK, ...e })));
          expect(read?.lost).toEqual([]);
          expect(read?.warnings).toEqual([]);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

function sameSlot(a: MappingKey, b: MappingKey): boolean {
  return a.input === b.input && a.unit === b.unit && a.year === b.year;
}

/**
 * The mapping kept in the workbook, through Office.js: saved in Excel, it reads the same from the .xlsx in the
 * CLI; saved by the CLI, it loads the same in Excel (docs/adr/0006-mapping-inside-the-workbook.md).
 */
import { ExcelApiError } from "../../src/adapters/office/errors";
import { loadMapping, saveMapping } from "../../src/adapters/office/mappingStore";
import { readWorkbookModel } from "../../src/adapters/office/readWorkbookModel";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { saveMappingCopy } from "../../src/adapters/xlsx/saveMapping";
import { MappingError, WorkbookError } from "../../src/core/errors";
import { isMetaMarker, META_MARKER, readSavedMapping } from "../../src/core/mapping/persisted";
import { type MappingEntry } from "../../src/core/mapping/schema";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { createFakeExcel, type WorkbookSpec } from "./fakeExcel";
import { newSheet, type DocumentState } from "./fakeExcel/document";
import { loadFixtures, type Fixture } from "./support/fixtures";
import { specFromXlsx, xlsxFromDocument } from "./support/xlsxBridge";

const plan = builtInPlan("lai-chau-3414");
const SAVED = { savedBy: "chitieu test", savedAt: "2025-03-01T08:00:00.000Z" };

let fixtures: Fixture[] = [];
beforeAll(async () => {
  fixtures = await loadFixtures();
}, 60_000);

function fixture(file: string): Fixture {
  return fixtures.find((f) => f.file === file) ?? fail(`no fixture ${file}`);
}

async function fakeOf(bytes: Uint8Array, extra: Partial<WorkbookSpec> = {}) {
  return createFakeExcel({ ...(await specFromXlsx(bytes)), ...extra });
}

/** The entries as a reader gives them back: cells without `$`, in a stable order. */
function normalised(entries: readonly MappingEntry[]): string[] {
  return entries
    .map((e) => [e.input, e.unit, e.year ?? "", e.sheet, e.cell.replace(/\$/g, "").toUpperCase()].join(" | "))
    .sort();
}

function metaSheets(document: DocumentState) {
  return document.sheets.filter((s) => isMetaMarker(valueAt(document, s.name, "0,0")));
}

function valueAt(document: DocumentState, sheet: string, key: string): string | null {
  const v = document.sheets.find((s) => s.name === sheet)?.cells.get(key)?.value;
  return typeof v === "string" ? v : null;
}

describe("made in Excel works in the CLI, and the other way round", () => {
  test("saved through Office.js into each fixture: the .xlsx reads back the same mapping as a CLI copy", async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
    for (const { file, bytes, entries } of fixtures) {
      const excel = await fakeOf(bytes);
      await expect(
        saveMapping(excel.context, plan, entries, SAVED, { isSetSupported: excel.isSetSupported }),
      ).resolves.toEqual({ names: entries.length });
      expect({ file, syncs: excel.fake.syncCount }).toEqual({ file, syncs: 3 });

      const fromExcel = readSavedMapping(
        await readWorkbook(await xlsxFromDocument(excel.fake.document), file),
        plan,
      );
      const copy = await saveMappingCopy(bytes, plan, entries, SAVED, file);
      const fromCli = readSavedMapping(await readWorkbook(copy.bytes, file), plan);
      expect(fromExcel).toEqual(fromCli);
      expect(normalised(fromExcel?.entries ?? [])).toEqual(normalised(entries));
      expect(fromExcel).toMatchObject({ plan: plan.id, savedBy: SAVED.savedBy, lost: [], warnings: [] });
    }
  }, 60_000);

  test("saved by the CLI (saveMappingCopy), loaded in Excel by loadMapping: identical", async () => {
    for (const { file, bytes, entries } of fixtures) {
      const copy = await saveMappingCopy(bytes, plan, entries, SAVED, file);
      const expected = readSavedMapping(await readWorkbook(copy.bytes, file), plan);
      const excel = await fakeOf(copy.bytes);
      const loaded = await loadMapping(excel.context, plan, file, { isSetSupported: excel.isSetSupported });
      expect(loaded).toEqual(expected);
      expect(loaded?.entries).toHaveLength(entries.length);
      expect({ file, syncs: excel.fake.syncCount }).toEqual({ file, syncs: 3 });
    }
  }, 60_000);

  test("loadMapping reads what readSavedMapping reads from the whole workbook model", async () => {
    const { file, bytes, entries } = fixture("bieu-mau-thong-ke.xlsx");
    const excel = await fakeOf((await saveMappingCopy(bytes, plan, entries, SAVED, file)).bytes);
    const options = { isSetSupported: excel.isSetSupported };
    const whole = readSavedMapping(await readWorkbookModel(excel.context, file, options), plan);
    expect(await loadMapping(excel.context, plan, file, options)).toEqual(whole);
  });

  test("a workbook without a saved mapping: null, in two syncs", async () => {
    const excel = await fakeOf(fixture("bao-lai-chau.xlsx").bytes);
    expect(
      await loadMapping(excel.context, plan, "x.xlsx", { isSetSupported: excel.isSetSupported }),
    ).toBeNull();
    expect(excel.fake.syncCount).toBe(2);
  });
});

describe("saveMapping", () => {
  test("saving again replaces the CLI's very hidden meta sheet and names instead of adding to them", async () => {
    const { file, bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const excel = await fakeOf((await saveMappingCopy(bytes, plan, entries, SAVED, file)).bytes);
    const half = entries.slice(0, Math.ceil(entries.length / 2));
    await saveMapping(
      excel.context,
      plan,
      half,
      { ...SAVED, savedBy: "again" },
      { isSetSupported: excel.isSetSupported },
    );

    const document = excel.fake.document;
    expect(metaSheets(document).map((s) => [s.name, s.visibility])).toEqual([["chitieu_meta", "VeryHidden"]]);
    expect(document.names.map((n) => n.name).sort()).toEqual(
      half.map((e) => `chitieu.${e.input}.${e.unit}${e.year ? `.y${e.year}` : ""}`.replace(/-/g, "_")).sort(),
    );
    const loaded = await loadMapping(excel.context, plan, file, { isSetSupported: excel.isSetSupported });
    expect(loaded?.savedBy).toBe("again");
    expect(normalised(loaded?.entries ?? [])).toEqual(normalised(half));
    expect(loaded?.lost).toEqual([]);
  });

  test("column A is Text before the JSON is written, and a long mapping in several chunks reads back whole", async () => {
    const { file, bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const long = entries.map((e, i) => ({
      ...e,
      reason: `${i}: ${"nhãn “Doanh thu”, cột 2025; ".repeat(400)}`,
    }));
    const excel = await fakeOf(bytes);
    await saveMapping(excel.context, plan, long, SAVED, { isSetSupported: excel.isSetSupported });
    const meta = metaSheets(excel.fake.document)[0] ?? fail("no meta sheet");
    const column = [...meta.cells.entries()].sort(
      ([a], [b]) => Number(a.split(",")[0]) - Number(b.split(",")[0]),
    );
    expect(column.length).toBeGreaterThan(3);
    expect(column[0]?.[1]).toMatchObject({ value: META_MARKER, numberFormat: "@" });
    for (const [, cell] of column) {
      expect(cell.numberFormat).toBe("@");
      expect(typeof cell.value).toBe("string");
      expect(cell.formula).toBeUndefined();
    }
    const loaded = await loadMapping(excel.context, plan, file, { isSetSupported: excel.isSetSupported });
    expect(loaded?.entries.map((e) => e.reason)).toEqual(long.map((e) => e.reason));
  });

  test("a sheet of the agency's own called chitieu_meta is never overwritten: a message, nothing written", async () => {
    const { bytes, entries } = fixture("bao-lai-chau.xlsx");
    const excel = await fakeOf(bytes);
    excel.fake.document.sheets.push({
      ...newSheet("Chitieu_Meta"),
      cells: new Map([["0,0", { value: "Ghi chú của đơn vị" }]]),
    });
    const before = structuredClone(excel.fake.document);
    const saving = saveMapping(excel.context, plan, entries, SAVED, { isSetSupported: excel.isSetSupported });
    await expect(saving).rejects.toBeInstanceOf(WorkbookError);
    await expect(saving).rejects.toMatchObject({
      code: "saveMapping.metaSheetTaken",
      text: {
        vi: expect.stringContaining("Chitieu_Meta") as unknown,
        en: expect.stringMatching(/Rename that sheet/) as unknown,
      },
    });
    expect(excel.fake.document).toEqual(before);
    expect(excel.fake.syncCount).toBe(2);
  });

  test("a marked meta sheet someone renamed is still found and replaced", async () => {
    const { file, bytes, entries } = fixture("bao-lai-chau.xlsx");
    const excel = await fakeOf((await saveMappingCopy(bytes, plan, entries, SAVED, file)).bytes);
    const meta = metaSheets(excel.fake.document)[0] ?? fail("no meta sheet");
    meta.name = "Cũ";
    await saveMapping(excel.context, plan, entries, SAVED, { isSetSupported: excel.isSetSupported });
    expect(metaSheets(excel.fake.document).map((s) => s.name)).toEqual(["chitieu_meta"]);
  });

  test("entries the plan does not know are refused before Excel is asked anything", async () => {
    const excel = await fakeOf(fixture("bao-lai-chau.xlsx").bytes);
    const bad: MappingEntry[] = [
      { input: "no-such-input", unit: "bao-lai-chau", sheet: "Báo cáo", cell: "A1" },
    ];
    await expect(
      saveMapping(excel.context, plan, bad, SAVED, { isSetSupported: excel.isSetSupported }),
    ).rejects.toBeInstanceOf(MappingError);
    expect(excel.fake.syncCount).toBe(0);
  });

  test("a protected workbook structure is reported before anything changes, with what to do", async () => {
    const { file, bytes, entries } = fixture("bao-lai-chau.xlsx");
    const excel = await fakeOf((await saveMappingCopy(bytes, plan, entries, SAVED, file)).bytes, {
      structureProtected: true,
    });
    const before = structuredClone(excel.fake.document);
    const saving = saveMapping(excel.context, plan, entries.slice(1), SAVED, {
      isSetSupported: excel.isSetSupported,
    });
    await expect(saving).rejects.toBeInstanceOf(ExcelApiError);
    await expect(saving).rejects.toThrow(/Unprotect/);
    expect(excel.fake.document).toEqual(before);
    expect(excel.fake.syncCount).toBe(1);
  });

  test("on an Excel without workbook protection info, Excel's own refusal is translated", async () => {
    const { bytes, entries } = fixture("bao-lai-chau.xlsx");
    const excel = await fakeOf(bytes, { structureProtected: true, apiVersion: 6 });
    const saving = saveMapping(excel.context, plan, entries, SAVED, { isSetSupported: excel.isSetSupported });
    await expect(saving).rejects.toMatchObject({ code: "office.accessDenied", officeCode: "AccessDenied" });
    expect(excel.fake.document.names).toEqual([]);
  });

  test("a mapped sheet deleted in Excel: its entries are reported lost, with where they were", async () => {
    const { file, bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const excel = await fakeOf(bytes);
    const options = { isSetSupported: excel.isSetSupported };
    await saveMapping(excel.context, plan, entries, SAVED, options);
    excel.context.workbook.worksheets.getItem("Đài PT-TH").delete();
    await excel.context.sync();
    const loaded = await loadMapping(excel.context, plan, file, options);
    const onDai = entries.filter((e) => e.sheet === "Đài PT-TH");
    expect(onDai.length).toBeGreaterThan(0);
    expect(loaded?.lost.map((l) => l.formerly?.sheet)).toEqual(onDai.map(() => "Đài PT-TH"));
    expect(loaded?.entries).toHaveLength(entries.length - onDai.length);
  });
});

describe("names outside the mapping", () => {
  const spec = (): WorkbookSpec => ({
    sheets: [
      {
        name: "Báo cáo",
        cells: { B2: 1200 },
        names: [{ name: "chitieu.staff_total.bao_lai_chau", formula: "='Báo cáo'!$B$2" }],
      },
      {
        name: "cu",
        visibility: "VeryHidden",
        cells: { A1: META_MARKER, A2: "{}" },
        names: [
          { name: "chitieu.revenue.bao_lai_chau.y2024", formula: "=cu!$A$1" },
          { name: "Rieng", formula: "=cu!$A$2" },
        ],
      },
    ],
    names: [
      { name: "Rate", formula: "=0.1" },
      { name: "CHITIEU.Revenue.Bao_Lai_Chau.y2019", formula: "='Báo cáo'!$B$2" },
    ],
  });

  test("earlier chitieu. names go in any case and scope; names scoped to the old meta sheet go with it; others stay", async () => {
    const excel = createFakeExcel(spec());
    const entry = { input: "revenue", unit: "bao-lai-chau", year: 2025, sheet: "Báo cáo", cell: "B2" };
    await saveMapping(excel.context, plan, [entry], SAVED, { isSetSupported: excel.isSetSupported });
    const document = excel.fake.document;
    expect(document.names.map((n) => [n.name, n.formula])).toEqual([
      ["Rate", "=0.1"],
      ["chitieu.revenue.bao_lai_chau.y2025", "='Báo cáo'!$B$2"],
    ]);
    expect(document.sheets.map((s) => [s.name, s.visibility, s.names.length])).toEqual([
      ["Báo cáo", "Visible", 0],
      ["chitieu_meta", "VeryHidden", 0],
    ]);
    expect(excel.fake.syncCount).toBe(3);
  });
});

/**
 * The mapping saved inside a copy of real workbooks: read back with the xlsx reader, saved twice, next to the
 * workbook's own names, and moved by LibreOffice when a row is inserted above a mapped cell.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateFixtures } from "../../../scripts/generate-fixtures";
import { WorkbookError } from "../../core/errors";
import { isMetaMarker, META_MARKER, readSavedMapping } from "../../core/mapping/persisted";
import { type MappingEntry } from "../../core/mapping/schema";
import { builtInPlan } from "../../core/plan/catalogue";
import { parseA1 } from "../../core/workbook/address";
import { findSheet, getCell, type Workbook } from "../../core/workbook/model";
import { readWorkbook } from "./readWorkbook";
import { saveMappingCopy } from "./saveMapping";
import { findLibreOffice, runUno } from "../../../scripts/libreoffice";

const plan = builtInPlan("lai-chau-3414");
const SAVED = { savedBy: "chitieu test", savedAt: "2025-03-01T08:00:00.000Z" };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-save-"));

type Fixture = { file: string; bytes: Uint8Array; entries: MappingEntry[] };
const fixtures: Fixture[] = [];

beforeAll(async () => {
  await generateFixtures(tmp);
  for (const layout of fs.readdirSync(tmp)) {
    const dir = path.join(tmp, layout);
    const mapping = JSON.parse(fs.readFileSync(path.join(dir, "mapping.json"), "utf8")) as {
      mappings: MappingEntry[];
    };
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")))
      fixtures.push({
        file,
        bytes: new Uint8Array(fs.readFileSync(path.join(dir, file))),
        entries: mapping.mappings.filter((e) => e.workbook === file),
      });
  }
}, 60_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function fixture(file: string): Fixture {
  const found = fixtures.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file} (have ${fixtures.map((f) => f.file).join(", ")})`);
  return found;
}

/** The entries as the reader gives them back: this workbook, cells without `$`, in name order. */
function normalised(entries: readonly MappingEntry[], workbook: string): string[] {
  return entries
    .map((e) =>
      [workbook, e.input, e.unit, e.year ?? "", e.sheet, e.cell.replace(/\$/g, "").toUpperCase()].join(" | "),
    )
    .sort();
}

async function workbookXml(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
  if (xml === undefined) throw new Error("no xl/workbook.xml");
  return xml;
}

function definedNames(xml: string): string[] {
  return [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
}

function valueAt(workbook: Workbook, sheet: string, cell: string): unknown {
  const at = parseA1(cell);
  const ws = findSheet(workbook, sheet);
  if (!at || !ws) throw new Error(`no ${sheet}!${cell} in ${workbook.name}`);
  return getCell(ws, at.row, at.col)?.value ?? null;
}

async function withZip(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

describe("saveMappingCopy", () => {
  test("every fixture workbook: the copy holds the mapping, hides it, and keeps every sheet's cells", async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
    for (const { file, bytes, entries } of fixtures) {
      const before = createHash("sha256").update(bytes).digest("hex");
      const { bytes: copy, warnings } = await saveMappingCopy(bytes, plan, entries, SAVED, file);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(before);
      expect(warnings).toEqual([]);

      const original = await readWorkbook(bytes, file);
      const saved = await readWorkbook(copy, file);
      const read = readSavedMapping(saved, plan);
      expect({ file, entries: normalised(read?.entries ?? [], file) }).toEqual({
        file,
        entries: normalised(entries, file),
      });
      expect(read?.entries.every((e) => e.confirmed)).toBe(true);
      expect(read).toMatchObject({ plan: plan.id, savedBy: SAVED.savedBy, lost: [], warnings: [] });

      const metas = saved.sheets.filter((s) => isMetaMarker(getCell(s, 1, 1)?.value));
      expect(metas.map((s) => [s.name, s.state])).toEqual([["chitieu_meta", "veryHidden"]]);
      expect(saved.sheets.filter((s) => s.name !== "chitieu_meta")).toEqual(original.sheets);
    }
  }, 30_000);

  test("xl/workbook.xml holds one workbook-scoped, absolute name per entry", async () => {
    const { bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const names = definedNames(await workbookXml((await saveMappingCopy(bytes, plan, entries, SAVED)).bytes));
    expect(names).toHaveLength(entries.length);
    expect(names).toContain(
      `<definedName name="chitieu.political_articles.bao_lai_chau.y2020">'Báo Lai Châu'!$D$9</definedName>`,
    );
    expect(names).toContain(
      `<definedName name="chitieu.revenue.bao_lai_chau.y2025">'Báo Lai Châu'!$I$10</definedName>`,
    );
    for (const name of names)
      expect(name).toMatch(/^<definedName name="chitieu\.[a-z0-9_.]+">'[^']+'!\$[A-Z]+\$\d+</);
  });

  test("saving again replaces the names and the meta sheet instead of adding to them", async () => {
    const { file, bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const first = await saveMappingCopy(bytes, plan, entries, SAVED);
    const half = entries.slice(0, Math.ceil(entries.length / 2));
    const second = await saveMappingCopy(first.bytes, plan, half, { ...SAVED, savedBy: "again" });
    const xml = await workbookXml(second.bytes);
    expect(definedNames(xml)).toHaveLength(half.length);
    expect(xml.match(/<sheet\b[^>]*name="chitieu_meta"/g)).toHaveLength(1);
    const saved = await readWorkbook(second.bytes, file);
    expect(saved.sheets.filter((s) => isMetaMarker(getCell(s, 1, 1)?.value))).toHaveLength(1);
    const read = readSavedMapping(saved, plan);
    expect(read?.savedBy).toBe("again");
    expect(normalised(read?.entries ?? [], file)).toEqual(normalised(half, file));
    expect(read?.lost).toEqual([]);
  });

  test("the workbook's own names are carried over as they were, even those ExcelJS drops", async () => {
    const { bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const own = [
      `<definedName name="Rate">0.1</definedName>`,
      `<definedName name="Total">'Toàn tỉnh'!$D$9</definedName>`,
      `<definedName name="Gone">#REF!</definedName>`,
      `<definedName name="Local" localSheetId="1">'Đài PT-TH'!$A$1</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Báo Lai Châu'!$A$1:$K$40</definedName>`,
    ];
    const stale = `<definedName name="CHITIEU.revenue.bao_lai_chau.y2019">'Báo Lai Châu'!$A$1</definedName>`;
    const input = await withZip(bytes, async (zip) => {
      const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      zip.file(
        "xl/workbook.xml",
        xml.replace("</sheets>", `</sheets><definedNames>${own.join("")}${stale}</definedNames>`),
      );
    });
    const names = definedNames(await workbookXml((await saveMappingCopy(input, plan, entries, SAVED)).bytes));
    expect(names.slice(0, own.length)).toEqual(own);
    expect(names.slice(own.length)).toHaveLength(entries.length);
    expect(names.join("")).not.toContain("y2019");
  });

  test("names scoped to the replaced meta sheet go quietly; names scoped to no sheet are counted as lost", async () => {
    const { bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const first = await saveMappingCopy(bytes, plan, entries, SAVED);
    const metaIndex = (await readWorkbook(first.bytes, "x.xlsx")).sheets.findIndex(
      (s) => s.name === "chitieu_meta",
    );
    const input = await withZip(first.bytes, async (zip) => {
      const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      const extra =
        `<definedName name="OnMeta" localSheetId="${metaIndex}">chitieu_meta!$A$1</definedName>` +
        `<definedName name="Orphan" localSheetId="99">'Báo Lai Châu'!$A$1</definedName>`;
      zip.file("xl/workbook.xml", xml.replace("<definedNames>", `<definedNames>${extra}`));
    });
    const second = await saveMappingCopy(input, plan, entries, SAVED);
    const names = definedNames(await workbookXml(second.bytes)).join("");
    expect(names).not.toMatch(/OnMeta|Orphan/);
    expect(second.warnings.map((w) => w.en)).toEqual([
      expect.stringMatching(/lacks defined names \(1\) that/),
    ]);
  });

  test("sheets named like a number or a cell get quoted references that read back", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("2025").getCell("B2").value = 1234;
    wb.addWorksheet("A1").getCell("C3").value = 56;
    wb.addWorksheet("O'Brien").getCell("D4").value = 7;
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const entries: MappingEntry[] = [
      { input: "revenue", unit: "bao-lai-chau", year: 2025, sheet: "2025", cell: "B2" },
      { input: "staff_total", unit: "bao-lai-chau", sheet: "A1", cell: "C3" },
      { input: "staff_trained", unit: "bao-lai-chau", sheet: "O'Brien", cell: "D4" },
    ];
    const { bytes } = await saveMappingCopy(input, plan, entries, SAVED);
    expect(definedNames(await workbookXml(bytes))).toEqual([
      `<definedName name="chitieu.revenue.bao_lai_chau.y2025">'2025'!$B$2</definedName>`,
      `<definedName name="chitieu.staff_total.bao_lai_chau">'A1'!$C$3</definedName>`,
      `<definedName name="chitieu.staff_trained.bao_lai_chau">'O''Brien'!$D$4</definedName>`,
    ]);
    const saved = await readWorkbook(bytes, "so.xlsx");
    const read = readSavedMapping(saved, plan);
    expect(read?.entries.map((e) => valueAt(saved, e.sheet, e.cell))).toEqual([1234, 56, 7]);
  });

  test("a copy that lacks parts of the original says which", async () => {
    const { bytes, entries } = fixture("bao-cao-theo-don-vi.xlsx");
    const input = await withZip(bytes, (zip) => {
      zip.file("xl/charts/chart1.xml", "<chartSpace/>");
      zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
      return Promise.resolve();
    });
    const { warnings } = await saveMappingCopy(input, plan, entries, SAVED);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.en).toMatch(/lacks charts \(1\); pivot tables \(1\) that the original has/);
    expect(warnings[0]?.vi).toMatch(/thiếu biểu đồ \(1\); bảng tổng hợp \(pivot\) \(1\)/);
  });

  test("a sheet called chitieu_meta that is not chitieu's is left alone", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Chitieu_Meta").getCell("A1").value = "ghi chú của cơ quan";
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(saveMappingCopy(input, plan, [], SAVED)).rejects.toThrow(WorkbookError);
    await expect(saveMappingCopy(input, plan, [], SAVED)).rejects.toThrow(/Chitieu_Meta/);
  });

  test("bytes that are not a workbook are refused", async () => {
    await expect(
      saveMappingCopy(new TextEncoder().encode("a;b\n1;2"), plan, [], SAVED, "x.csv"),
    ).rejects.toThrow(/x\.csv is not an \.xlsx workbook/);
    await expect(
      saveMappingCopy(new Uint8Array([0x50, 0x4b, 3, 4, 0]), plan, [], SAVED, "cut.xlsx"),
    ).rejects.toThrow(WorkbookError);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// LibreOffice inserts and deletes rows, as a person would in Excel; the names must follow their cells.

/**
 * Runs headless LibreOffice through Python-UNO: argv = soffice, source, sheet, then edits `insert|delete:ROW:OUT`,
 * each made on a fresh load of the source and saved as .xlsx to OUT. One LibreOffice start for all edits.
 */
const EDIT_ROWS_PY = String.raw`
src, sheet_name, edits = args[0], args[1], args[2:]
for edit in edits:
    kind, row, dst = edit.split(":", 2)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
        (prop("Hidden", True),))
    rows = doc.Sheets.getByName(sheet_name).Rows
    if kind == "insert":
        rows.insertByIndex(int(row) - 1, 1)
    else:
        rows.removeByIndex(int(row) - 1, 1)
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)),
        (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    doc.close(True)
`;

const skipLibreOffice = process.env.CHITIEU_SKIP_LIBREOFFICE === "1";
if (skipLibreOffice)
  console.log("saveMapping.test.ts: CHITIEU_SKIP_LIBREOFFICE=1, so the LibreOffice row tests are skipped.");

(skipLibreOffice ? describe.skip : describe)("rows inserted and deleted in LibreOffice", () => {
  const file = "bao-cao-theo-don-vi.xlsx";
  const sheet = "Báo Lai Châu";
  let entries: MappingEntry[] = [];
  let row = 0;
  let before: Workbook;
  let inserted: Workbook;
  let deleted: Workbook;
  let insertedBytes: Uint8Array;

  beforeAll(async () => {
    const libreOffice = findLibreOffice();
    if ("missing" in libreOffice) throw new Error(libreOffice.missing);
    ({ entries } = fixture(file));
    // The first mapped row of the sheet: inserting there moves every mapped cell below; deleting it loses a row.
    row = Math.min(...entries.filter((e) => e.sheet === sheet).map((e) => parseA1(e.cell)?.row ?? Infinity));
    const { bytes: copy } = await saveMappingCopy(fixture(file).bytes, plan, entries, SAVED, file);
    const src = path.join(tmp, "with-mapping.xlsx");
    fs.writeFileSync(src, copy);
    const insertedPath = path.join(tmp, "row-inserted.xlsx");
    const deletedPath = path.join(tmp, "row-deleted.xlsx");
    runUno(
      libreOffice,
      EDIT_ROWS_PY,
      [src, sheet, `insert:${row}:${insertedPath}`, `delete:${row}:${deletedPath}`],
      50_000,
    );
    before = await readWorkbook(copy, file);
    insertedBytes = new Uint8Array(fs.readFileSync(insertedPath));
    inserted = await readWorkbook(insertedBytes, file);
    deleted = await readWorkbook(new Uint8Array(fs.readFileSync(deletedPath)), file);
  }, 60_000);

  const key = (e: MappingEntry) => `${e.input}|${e.unit}|${e.year ?? ""}`;
  /** Where each entry is after `shift` rows were added (or removed) at `row` of the sheet; null when deleted. */
  const expectedCell = (e: MappingEntry, shift: number): string | null => {
    const at = parseA1(e.cell);
    if (!at) throw new Error(`bad cell ${e.cell}`);
    if (e.sheet !== sheet || at.row < row) return e.cell;
    if (shift < 0 && at.row === row) return null;
    return `${e.cell.replace(/\d+$/, "")}${at.row + shift}`;
  };

  test("a row inserted above mapped cells moves their names, and each still reads the same value", () => {
    const read = readSavedMapping(inserted, plan);
    expect(read).toMatchObject({ plan: plan.id, lost: [], warnings: [] });
    const now = new Map((read?.entries ?? []).map((e) => [key(e), e]));
    expect(now.size).toBe(entries.length);
    let moved = 0;
    for (const e of entries) {
      const found = now.get(key(e));
      expect(`${key(e)} ${found?.sheet}!${found?.cell}`).toBe(`${key(e)} ${e.sheet}!${expectedCell(e, 1)}`);
      if (found) expect(valueAt(inserted, found.sheet, found.cell)).toEqual(valueAt(before, e.sheet, e.cell));
      if (expectedCell(e, 1) !== e.cell) moved += 1;
    }
    expect(moved).toBeGreaterThan(5);
  });

  test("a deleted row's names are lost, not guessed, and the others move up", () => {
    const read = readSavedMapping(deleted, plan);
    const gone = entries.filter((e) => expectedCell(e, -1) === null);
    expect(gone.length).toBeGreaterThan(0);
    expect(
      read?.lost.map((l) => `${l.input}|${l.unit}|${l.year ?? ""} was ${l.formerly?.cell}`).sort(),
    ).toEqual(gone.map((e) => `${key(e)} was ${e.cell}`).sort());
    const now = new Map((read?.entries ?? []).map((e) => [key(e), e]));
    expect(now.size).toBe(entries.length - gone.length);
    for (const e of entries.filter((x) => expectedCell(x, -1) !== null))
      expect(`${key(e)} ${now.get(key(e))?.cell}`).toBe(`${key(e)} ${expectedCell(e, -1)}`);
  });

  test("LibreOffice writes the very hidden meta sheet back as hidden; saving again makes it very hidden", async () => {
    const meta = (wb: Workbook) => wb.sheets.filter((s) => getCell(s, 1, 1)?.value === META_MARKER);
    expect(meta(inserted).map((s) => s.state)).toEqual(["hidden"]);
    const again = await readWorkbook(
      (await saveMappingCopy(insertedBytes, plan, entries, SAVED)).bytes,
      file,
    );
    expect(meta(again).map((s) => s.state)).toEqual(["veryHidden"]);
  });
});

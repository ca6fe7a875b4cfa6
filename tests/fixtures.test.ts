/**
 * Tests of the fixture generator itself: the written .xlsx files, read back with ExcelJS, must hold every dataset
 * value exactly where mapping.json says, in the layout's own representation.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { decodeLegacy, legacyEncodingOfFont } from "../src/core/text/legacyEncoding";
import {
  DATASETS,
  expectedSlots,
  findValue,
  GAPS,
  inputSpec,
  slotKey,
  type SampleValue,
} from "../scripts/fixtures/dataset";
import { layouts, type MappingEntry } from "../scripts/fixtures/layouts";
import { generateFixtures, parseArgs } from "../scripts/generate-fixtures";

type MappingFile = { plan: string; mappings: MappingEntry[] };
type Generated = { mapping: MappingFile; books: Map<string, ExcelJS.Workbook>; dir: string };

const LAYOUTS = Object.keys(layouts);
const DATASET_NAMES = ["sample", "gaps"] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-fx-"));
const generated = new Map<string, Generated>();

beforeAll(async () => {
  for (const ds of DATASET_NAMES) {
    const outDir = path.join(tmp, ds);
    await generateFixtures(outDir, { dataset: ds });
    for (const layout of LAYOUTS) {
      const dir = path.join(outDir, layout);
      const mapping = JSON.parse(fs.readFileSync(path.join(dir, "mapping.json"), "utf8")) as MappingFile;
      const books = new Map<string, ExcelJS.Workbook>();
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"))) {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(path.join(dir, file));
        books.set(file, book);
      }
      generated.set(`${layout}/${ds}`, { mapping, books, dir });
    }
  }
}, 60_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function get(layout: string, ds: string): Generated {
  const g = generated.get(`${layout}/${ds}`);
  if (!g) throw new Error(`not generated: ${layout}/${ds}`);
  return g;
}

function sheetOf(g: Generated, workbook: string, sheet: string): ExcelJS.Worksheet {
  const ws = g.books.get(workbook)?.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${workbook}!${sheet}`);
  return ws;
}

function cellOf(g: Generated, e: MappingEntry): ExcelJS.Cell {
  return sheetOf(g, e.workbook, e.sheet).getCell(e.cell);
}

/** A text cell as a reader sees it: decoded from its legacy font, NFC. */
function textOf(cell: ExcelJS.Cell): string | undefined {
  if (typeof cell.value !== "string") return undefined;
  const encoding = legacyEncodingOfFont(cell.font?.name);
  return (encoding ? decodeLegacy(cell.value, encoding) : cell.value).normalize("NFC");
}

function findText(ws: ExcelJS.Worksheet, wanted: string): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && textOf(cell) === wanted) found = cell;
    }),
  );
  return found;
}

/** The stored value, before any decoding. */
function rawValue(cell: ExcelJS.Cell | undefined): ExcelJS.CellValue | undefined {
  return cell?.value;
}

const YES = new Set(["Có", "Đã triển khai", "Đạt", "x"]);
const NO = new Set(["Không", "Chưa triển khai", "Chưa đạt", "Chưa"]);
/** "1. Số tin, bài phục vụ nhiệm vụ chính trị" as a cell in the .VnTime font stores it. */
const TCVN3_LABEL = "1. Sè tin, bµi phôc vô nhiÖm vô chÝnh trÞ";
const VN_NUMBER = /^\d{1,3}(?:[.\u00a0]\d{3})*(?:,\d+)?$/;

/** An independent reading of a mapped cell back into a dataset value (undefined: empty). */
function readBack(cell: ExcelJS.Cell): SampleValue | undefined {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "object" && "formula" in value && typeof value.result === "number")
    return value.result;
  const text = textOf(cell);
  if (text === undefined) throw new Error(`${cell.address}: unexpected ${JSON.stringify(value)}`);
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  if (text === "Không áp dụng") return "not-applicable";
  if (VN_NUMBER.test(text)) return Number(text.replace(/[.\u00a0]/g, "").replace(",", "."));
  throw new Error(`${cell.address}: unreadable text ${JSON.stringify(text)}`);
}

describe.each(LAYOUTS.flatMap((layout) => DATASET_NAMES.map((ds) => [layout, ds] as const)))(
  "layout %s, dataset %s",
  (layout, ds) => {
    const dataset = DATASETS[ds];
    if (!dataset) throw new Error(ds);

    it("writes mapping.json for plan lai-chau-3414 naming only written workbooks and sheets", () => {
      const g = get(layout, ds);
      expect(g.mapping.plan).toBe("lai-chau-3414");
      for (const e of g.mapping.mappings) {
        expect(g.books.has(e.workbook)).toBe(true);
        expect(() => sheetOf(g, e.workbook, e.sheet)).not.toThrow();
        expect(e.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
      }
    });

    it("maps every expected slot exactly once, with a year only for yearly inputs", () => {
      const { mappings } = get(layout, ds).mapping;
      const counts = new Map<string, number>();
      for (const e of mappings) {
        counts.set(slotKey(e), (counts.get(slotKey(e)) ?? 0) + 1);
        expect(e.year !== undefined).toBe(inputSpec(e.input).years !== undefined);
      }
      const expected = expectedSlots().map(slotKey).sort();
      expect([...counts.keys()].sort()).toEqual(expected);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      for (const v of dataset.values) expect(counts.get(slotKey(v))).toBe(1);
    });

    it("never maps two values to one cell, nor to a merged cell's hidden part", () => {
      const g = get(layout, ds);
      const cells = g.mapping.mappings.map((e) => `${e.workbook}!${e.sheet}!${e.cell}`);
      expect(new Set(cells).size).toBe(cells.length);
      for (const e of g.mapping.mappings) {
        const cell = cellOf(g, e);
        if (cell.isMerged) expect(cell.master.address).toBe(cell.address);
      }
    });

    it("holds each value in its mapped cell, and leaves unreported values empty", () => {
      const g = get(layout, ds);
      for (const e of g.mapping.mappings) {
        const cell = cellOf(g, e);
        const where = `${e.workbook}!${e.sheet}!${e.cell} (${slotKey(e)})`;
        expect({ where, value: readBack(cell) }).toEqual({ where, value: findValue(dataset, e) });
      }
    });

    it("stamps the workbooks as chitieu fixtures with a fixed date", () => {
      for (const book of get(layout, ds).books.values()) {
        expect(book.creator).toBe("chitieu fixtures");
        expect(book.created.toISOString().slice(0, 10)).toBe("2025-11-20");
        expect(book.modified.toISOString().slice(0, 10)).toBe("2025-11-20");
      }
    });
  },
);

function entries(layout: string, ds = "sample"): Array<MappingEntry & { cellRef: ExcelJS.Cell }> {
  const g = get(layout, ds);
  return g.mapping.mappings.map((e) => ({ ...e, cellRef: cellOf(g, e) }));
}

describe("gaps dataset", () => {
  it.each(LAYOUTS)("%s: the unreported values' cells exist in the mapping and are empty", (layout) => {
    const byKey = new Map(entries(layout, "gaps").map((e) => [slotKey(e), e]));
    expect(GAPS.length).toBe(4);
    for (const gap of GAPS) {
      const e = byKey.get(slotKey(gap));
      expect(e).toBeDefined();
      expect(e?.cellRef.value ?? null).toBeNull();
    }
  });
});

describe("representations", () => {
  it.each(["sheet-per-agency", "workbook-per-agency"])(
    "%s: real numbers with #,##0 formats, Có/Không",
    (layout) => {
      for (const e of entries(layout)) {
        const v = e.cellRef.value;
        expect(e.cellRef.font?.name).toBe("Times New Roman");
        if (typeof v === "number") expect(e.cellRef.numFmt).toMatch(/^#,##0/);
        else expect(["Có", "Không", "Không áp dụng"]).toContain(v);
      }
    },
  );

  it("agencies-as-columns: every value is text, with Vietnamese separators, an NBSP and an NFD label", () => {
    const all = entries("agencies-as-columns");
    for (const e of all) expect(typeof e.cellRef.value).toBe("string");
    const texts = all.map((e) => e.cellRef.value);
    expect(texts).toEqual(expect.arrayContaining(["12.450", "2.881,5", "1.200", "98\u00a0560", "Chưa"]));
    const ws = sheetOf(get("agencies-as-columns", "sample"), "tong-hop-co-quan-bao-chi.xlsx", "Tổng hợp");
    const labels = ws.getColumn(2).values.filter((v): v is string => typeof v === "string");
    const nfd = labels.filter((l) => l !== l.normalize("NFC"));
    expect(nfd).toHaveLength(1);
    expect(nfd[0]?.normalize("NFC")).toContain("được đào tạo");
    expect(labels).toContain("Số tin, bài phục vụ nhiệm vụ chính trị năm 2020");
    expect(labels).toContain("Doanh thu năm 2022 (Tr.đồng)");
  });

  it("agencies-as-columns: the scratch sheet Nháp is hidden and full of numbers", () => {
    const book = get("agencies-as-columns", "sample").books.get("tong-hop-co-quan-bao-chi.xlsx");
    const scratch = book?.getWorksheet("Nháp");
    expect(scratch?.state).toBe("hidden");
    expect(typeof scratch?.getCell("A1").value).toBe("number");
    expect(book?.getWorksheet("Tổng hợp")?.state).toBe("visible");
  });

  it("statistical-form: legacy fonts on the magazine's and the Đài's sheets, encoded text in the cells", () => {
    const all = entries("statistical-form");
    const words = (sheet: string) =>
      all.filter((e) => e.sheet === sheet && typeof e.cellRef.value === "string").map((e) => e.cellRef);
    const tcvn = words("Biểu 01-TCVN");
    expect(tcvn.length).toBeGreaterThan(0);
    for (const cell of tcvn) expect(cell.font?.name).toBe(".VnTime");
    expect(tcvn.map((c) => c.value)).toEqual(expect.arrayContaining(["Cã", "Kh«ng"]));
    const vni = words("Biểu 01-PTTH");
    expect(vni.length).toBeGreaterThan(0);
    for (const cell of vni) expect(cell.font?.name).toBe("VNI-Times");
    for (const cell of [...tcvn, ...vni]) expect(cell.value).not.toBe(textOf(cell));
    const ws = sheetOf(get("statistical-form", "sample"), "bieu-mau-thong-ke.xlsx", "Biểu 01-TCVN");
    const label = findText(ws, "1. Số tin, bài phục vụ nhiệm vụ chính trị");
    expect(label?.font?.name).toBe(".VnTime");
    expect(rawValue(label)).toBe(TCVN3_LABEL);
  });

  it("statistical-form: staff_total is a SUM formula over two sub-rows, with its cached result", () => {
    const formulas = entries("statistical-form").filter(
      (e) => typeof e.cellRef.value === "object" && e.cellRef.value !== null,
    );
    expect(formulas).toHaveLength(1);
    const [f] = formulas;
    expect(f?.input).toBe("staff_total");
    const value = f?.cellRef.value as ExcelJS.CellFormulaValue;
    const match = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(value.formula);
    expect(match).not.toBeNull();
    const ws = f?.cellRef.worksheet;
    const parts = [match?.[1], match?.[2]].map((a) => ws?.getCell(a ?? "A1").value);
    expect(value.result).toBe(45);
    expect(parts.reduce((a: number, b) => a + (typeof b === "number" ? b : NaN), 0)).toBe(45);
  });
});

describe("statistical-form structure", () => {
  const SHEETS = ["Biểu 01-BLC", "Biểu 01-PTTH", "Biểu 01-TCVN", "Biểu 02-Tỉnh"];

  it.each(SHEETS)("%s: 'Thực hiện' is merged over the six year columns", (sheet) => {
    const ws = sheetOf(get("statistical-form", "sample"), "bieu-mau-thong-ke.xlsx", sheet);
    const head = findText(ws, "Thực hiện");
    expect(head).toBeDefined();
    const row = Number(head?.row);
    const col = Number(head?.col);
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    expect(merges).toContain(`${head?.address}:${ws.getCell(row, col + 5).address}`);
    for (let i = 0; i < 6; i++) expect(textOf(ws.getCell(row + 1, col + i))).toBe(`Năm ${2020 + i}`);
    expect(textOf(ws.getCell("A1"))).toMatch(/^Biểu số: 0[12]\/CĐS-BC$/);
    expect(findText(ws, "Đơn vị nhận báo cáo: Sở Khoa học và Công nghệ")).toBeDefined();
  });

  it.each(SHEETS)("%s: the Kế hoạch column holds plan figures and is never mapped", (sheet) => {
    const ws = sheetOf(get("statistical-form", "sample"), "bieu-mau-thong-ke.xlsx", sheet);
    const plan = findText(ws, "Kế hoạch 2025");
    expect(plan).toBeDefined();
    const col = plan?.col;
    const planValues = ws
      .getColumn(Number(col))
      .values.filter((v, row) => row > Number(plan?.row) + 2 && v !== null && v !== undefined);
    expect(planValues.length).toBeGreaterThan(0);
    const mapped = entries("statistical-form").filter((e) => e.sheet === sheet);
    expect(mapped.length).toBeGreaterThan(0);
    for (const e of mapped) expect(e.cellRef.col).not.toBe(col);
  });
});

describe("workbook-per-agency", () => {
  it("writes four workbooks, one sheet 'Báo cáo' each, titled with the agency", () => {
    const g = get("workbook-per-agency", "sample");
    expect([...g.books.keys()].sort()).toEqual(
      [
        "bao-lai-chau.xlsx",
        "dai-ptth-lai-chau.xlsx",
        "so-lieu-toan-tinh.xlsx",
        "tap-chi-van-nghe.xlsx",
      ].sort(),
    );
    for (const book of g.books.values()) {
      expect(book.worksheets.map((w) => w.name)).toEqual(["Báo cáo"]);
      const title = book.getWorksheet("Báo cáo")?.getCell("A1").value;
      expect(title).toMatch(/^BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025 — /);
    }
    const units = new Set(g.mapping.mappings.map((e) => `${e.workbook}:${e.unit}`));
    expect([...units].sort()).toEqual([
      "bao-lai-chau.xlsx:bao-lai-chau",
      "dai-ptth-lai-chau.xlsx:dai-ptth-lai-chau",
      "so-lieu-toan-tinh.xlsx:tinh-lai-chau",
      "tap-chi-van-nghe.xlsx:tap-chi-van-nghe-lai-chau",
    ]);
  });
});

describe("generator", () => {
  it("is deterministic: a second run writes the same mapping files", async () => {
    const again = path.join(tmp, "again");
    const written = await generateFixtures(again, { layout: "statistical-form" });
    expect(written.map((p) => path.relative(again, p))).toEqual([
      path.join("statistical-form", "bieu-mau-thong-ke.xlsx"),
      path.join("statistical-form", "mapping.json"),
    ]);
    const first = fs.readFileSync(path.join(get("statistical-form", "sample").dir, "mapping.json"), "utf8");
    expect(fs.readFileSync(path.join(again, "statistical-form", "mapping.json"), "utf8")).toBe(first);
  });

  it("rejects unknown datasets and layouts", async () => {
    await expect(generateFixtures(path.join(tmp, "x"), { dataset: "nope" })).rejects.toThrow(
      /unknown dataset/,
    );
    await expect(generateFixtures(path.join(tmp, "x"), { layout: "nope" })).rejects.toThrow(/unknown layout/);
  });

  it("parses its command line", () => {
    expect(parseArgs(["out", "--dataset", "gaps", "--layout", "statistical-form"])).toEqual({
      outDir: "out",
      options: { dataset: "gaps", layout: "statistical-form" },
    });
    expect(() => parseArgs([])).toThrow(/usage/);
    expect(() => parseArgs(["out", "--layout"])).toThrow(/needs a value/);
  });
});

/**
 * The Office.js reader against the xlsx reader: the same workbook, loaded into the fake Excel and read by
 * `readWorkbookModel`, must give what `readWorkbook` gives from the file — with a number of syncs that does not
 * grow with sheets or cells.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { ExcelApiError } from "../../src/adapters/office/errors";
import { BYTES_PER_CELL } from "../../src/adapters/office/payload";
import { readWorkbookModel } from "../../src/adapters/office/readWorkbookModel";
import { findSheet, getCell, type Workbook } from "../../src/core/workbook/model";
import { createFakeExcel, type SheetSpec, type WorkbookSpec } from "./fakeExcel";
import { cellCount, comparable } from "./support/compare";
import { loadFixtures, type Fixture } from "./support/fixtures";
import { specFromXlsx } from "./support/xlsxBridge";

let fixtures: Fixture[] = [];
beforeAll(async () => {
  fixtures = await loadFixtures();
}, 60_000);

/** A workbook with what the fixtures lack: dates, errors, booleans, formulas, hidden sheets, names, no styles. */
async function oddities(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Báo Lai Châu");
  ws.getCell("A1").value = "Tiêu đề gộp";
  ws.mergeCells("A1:C1");
  ws.getCell("A2").value = 12450;
  ws.getCell("A2").numFmt = "#,##0";
  ws.getCell("B2").value = { formula: "A2*2", result: 24900 };
  ws.getCell("C2").value = {
    formula: "1/0",
    result: { error: "#DIV/0!" },
  } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = "Sè tin, bµi";
  ws.getCell("A3").font = { name: ".VnTime" };
  ws.getCell("C3").value = true;
  ws.getCell("A4").value = { error: "#N/A" };
  ws.getCell("B4").value = new Date(Date.UTC(2025, 0, 15));
  ws.getCell("B4").numFmt = "dd/mm/yyyy";
  ws.getCell("C4").value = { text: "trang web", hyperlink: "https://example.invalid" };
  ws.getCell("D5").value = "0123";
  ws.getCell("D5").numFmt = "@";
  ws.getCell("E6").value = { formula: "DATE(2024,12,31)", result: new Date(Date.UTC(2024, 11, 31)) };
  ws.getCell("E6").numFmt = "d/m/yyyy";
  ws.getCell("A7").value = 11800;
  ws.getCell("A7").font = { strike: true };
  ws.getCell("B7").value = { richText: [{ text: "Đã có", font: { strike: true } }] };
  wb.addWorksheet("Trống");
  const hidden = wb.addWorksheet("Nháp");
  hidden.state = "hidden";
  hidden.getCell("B2").value = 1;
  const very = wb.addWorksheet("O'Brien, Ltd");
  very.state = "veryHidden";
  very.getCell("A1").value = "x";
  very.mergeCells("A3:B4");
  wb.definedNames.add("'Báo Lai Châu'!$A$2", "chitieu.revenue.bao_lai_chau.y2025");
  wb.definedNames.add("'Nháp'!$B$2", "Tong");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function bothReaders(bytes: Uint8Array, file: string, spec: Partial<WorkbookSpec> = {}) {
  const expected = await readWorkbook(bytes, file);
  const excel = createFakeExcel({ ...(await specFromXlsx(bytes)), ...spec });
  const actual = await readWorkbookModel(excel.context, file, { isSetSupported: excel.isSetSupported });
  return { expected, actual, fake: excel.fake };
}

describe("readWorkbookModel gives what readWorkbook gives for the same workbook", () => {
  test("every fixture workbook, in two syncs each", async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
    for (const { file, bytes } of fixtures) {
      const { expected, actual, fake } = await bothReaders(bytes, file);
      expect(comparable(actual)).toEqual(comparable(expected));
      expect({ file, syncs: fake.syncCount }).toEqual({ file, syncs: 2 });
      expect(cellCount(actual)).toBeGreaterThan(20);
    }
  }, 60_000);

  test("the fonts that matter are there: legacy-font text keeps its font for the core to decode", async () => {
    const { file, bytes } =
      fixtures.find((f) => f.layout === "statistical-form") ?? fail("no statistical-form");
    const { actual } = await bothReaders(bytes, file);
    const fonts = new Set(
      actual.sheets.flatMap((s) => s.rows.flatMap((line) => (line ?? []).map((c) => c?.font))),
    );
    expect(fonts).toEqual(new Set(["Times New Roman", "VNI-Times", ".VnTime", ".VnTimeH"]));
  });

  test("dates, errors, booleans, formulas, hidden and very hidden sheets, names, unstyled cells", async () => {
    const { expected, actual, fake } = await bothReaders(await oddities(), "odd.xlsx");
    expect(comparable(actual)).toEqual(comparable(expected));
    expect(fake.syncCount).toBe(2);
    const sheet = findSheet(actual, "Báo Lai Châu") ?? fail("no sheet");
    expect(getCell(sheet, 4, 2)?.value).toEqual(new Date(Date.UTC(2025, 0, 15)));
    expect(getCell(sheet, 2, 3)).toMatchObject({ value: { error: "#DIV/0!" }, formula: "1/0" });
    expect(getCell(sheet, 5, 4)).toMatchObject({ value: "0123", numFmt: "@" });
    expect(actual.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Báo Lai Châu", "visible"],
      ["Trống", "visible"],
      ["Nháp", "hidden"],
      ["O'Brien, Ltd", "veryHidden"],
    ]);
    expect(findSheet(actual, "O'Brien, Ltd")?.merges).toEqual(["A3:B4"]);
  });
});

/** `count` sheets of `rows` × `cols` numbers and labels. */
function bigSpec(count: number, rows: number, cols: number): WorkbookSpec {
  const sheets: SheetSpec[] = Array.from({ length: count }, (_, s) => {
    const cells: NonNullable<SheetSpec["cells"]> = {};
    for (let r = 1; r <= rows; r++)
      for (let c = 0; c < cols; c++)
        cells[`${String.fromCharCode(65 + c)}${r}`] =
          c === 0
            ? { value: `Chỉ tiêu ${r}`, font: "Times New Roman" }
            : { value: r * c, numberFormat: "#,##0" };
    return { name: `Đơn vị ${s + 1}`, cells, merges: [`A${rows + 2}:C${rows + 2}`] };
  });
  return { sheets, names: [{ name: "Tong", formula: "='Đơn vị 1'!$B$2" }] };
}

async function readFake(spec: WorkbookSpec, budget?: number) {
  const excel = createFakeExcel(spec);
  const model = await readWorkbookModel(excel.context, "big.xlsx", {
    isSetSupported: excel.isSetSupported,
    ...(budget !== undefined ? { payloadBudget: budget } : {}),
  });
  return { model, fake: excel.fake };
}

describe("syncs do not grow with sheets or cells", () => {
  test.each([1, 4, 40])("%i sheets: 2 syncs", async (count) => {
    const { model, fake } = await readFake(bigSpec(count, 30, 8));
    expect(fake.syncCount).toBe(2);
    expect(model.sheets).toHaveLength(count);
    expect(cellCount(model)).toBe(count * 30 * 8);
  });

  test("a used range Excel on the web would refuse at once is read in row blocks, one sync per batch", async () => {
    const spec = bigSpec(3, 400, 10);
    const { model: whole } = await readFake(spec);
    const budget = 150 * 10 * BYTES_PER_CELL; // 150 rows of 10 columns per batch
    const { model, fake } = await readFake({ ...spec, payloadLimit: budget * 1.25 }, budget);
    expect(model).toEqual(whole);
    // sheets and names; the refused whole read; the used ranges; then ⌈400/150⌉ = 3 blocks per sheet.
    expect(fake.syncCount).toBe(1 + 1 + 1 + 3 * 3);
    expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(budget * 1.25);
  });

  test("a batch still too large for Excel is halved until it passes", async () => {
    const spec = bigSpec(2, 400, 10);
    const { model: whole } = await readFake(spec);
    const limit = 60 * 10 * BYTES_PER_CELL;
    const { model, fake } = await readFake({ ...spec, payloadLimit: limit }, 10 * limit);
    expect(model).toEqual(whole);
    expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(limit);
    expect(fake.syncCount).toBeLessThan(40);
  });

  test("a single row Excel refuses ends the read with a message saying what to do", async () => {
    const excel = createFakeExcel({ ...bigSpec(1, 5, 10), payloadLimit: 300 });
    const reading = readWorkbookModel(excel.context, "big.xlsx", { isSetSupported: excel.isSetSupported });
    await expect(reading).rejects.toBeInstanceOf(ExcelApiError);
    await expect(reading).rejects.toMatchObject({
      code: "office.payloadTooLarge",
      officeCode: "ResponsePayloadSizeLimitExceeded",
    });
  });
});

describe("older Excel", () => {
  const mixedFonts: WorkbookSpec = {
    sheets: [
      {
        name: "Một phông",
        cells: { A1: { value: "Sè liÖu", font: ".VnTime" }, B1: { value: 3, font: ".VnTime" } },
      },
      {
        name: "Hai phông",
        cells: { A1: { value: "Soá", font: "VNI-Times" }, B1: { value: "Số", font: "Arial" } },
      },
    ],
  };

  test("without ExcelApi 1.9 a sheet's single font is still known; mixed fonts are not guessed", async () => {
    const excel = createFakeExcel({ ...mixedFonts, apiVersion: 8 });
    const model = await readWorkbookModel(excel.context, "old.xlsx", {
      isSetSupported: excel.isSetSupported,
    });
    const font = (sheet: string, col: number) =>
      getCell(findSheet(model, sheet) ?? fail(sheet), 1, col)?.font;
    expect([font("Một phông", 1), font("Một phông", 2)]).toEqual([".VnTime", ".VnTime"]);
    expect([font("Hai phông", 1), font("Hai phông", 2)]).toEqual([undefined, undefined]);
    expect(excel.fake.syncCount).toBe(2);
  });

  test("without ExcelApi 1.9 a range struck through as a whole is known; a mixed one is not guessed", async () => {
    const excel = createFakeExcel({
      sheets: [
        { name: "Gạch hết", cells: { A1: { value: 11800, strikethrough: true } } },
        { name: "Gạch một ô", cells: { A1: { value: 11800, strikethrough: true }, B1: { value: 12450 } } },
      ],
      apiVersion: 8,
    });
    const model = await readWorkbookModel(excel.context, "old.xlsx", {
      isSetSupported: excel.isSetSupported,
    });
    const struck = (sheet: string, col: number) =>
      getCell(findSheet(model, sheet) ?? fail(sheet), 1, col)?.struck;
    expect(struck("Gạch hết", 1)).toBe(true);
    expect([struck("Gạch một ô", 1), struck("Gạch một ô", 2)]).toEqual([undefined, undefined]);
  });

  test("without ExcelApi 1.13 merged areas are not asked for", async () => {
    const spec: WorkbookSpec = {
      sheets: [{ name: "S", cells: { A1: "x" }, merges: ["A1:B1"] }],
      apiVersion: 12,
    };
    const excel = createFakeExcel(spec);
    const model: Workbook = await readWorkbookModel(excel.context, "old.xlsx", {
      isSetSupported: excel.isSetSupported,
    });
    expect(model.sheets[0]?.merges).toEqual([]);
  });

  test("a host that claims a requirement set it lacks gives a message, not a crash", async () => {
    const excel = createFakeExcel({ ...mixedFonts, apiVersion: 8 });
    const reading = readWorkbookModel(excel.context, "old.xlsx", { isSetSupported: () => true });
    await expect(reading).rejects.toMatchObject({ code: "office.apiNotFound", officeCode: "ApiNotFound" });
    await expect(reading).rejects.toThrow(/Update Office/);
  });
});

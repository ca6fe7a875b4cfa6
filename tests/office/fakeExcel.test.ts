/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests read properties before load and sync on purpose: the fake must then throw as Excel does. */
/**
 * The fake Excel behaves like the real API where the adapter could go wrong: nothing is readable before load and
 * sync, writes wait for sync, Excel's own rules on sheets, names and typed input, payload limits, API sets.
 */
import { createFakeExcel, FakeOfficeError, type WorkbookSpec } from "./fakeExcel";

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: "Báo cáo",
      cells: {
        A1: { value: "Tiêu đề", font: ".VnTime" },
        A2: { value: 45672, numberFormat: "dd/mm/yyyy" },
        B2: { value: { error: "#N/A" } },
        C2: { value: 2, formula: "=1+1" },
      },
      merges: ["A1:C1", "A7:A8"],
    },
    { name: "Ẩn", visibility: "VeryHidden", cells: { A1: "x" } },
  ],
  names: [{ name: "Tong", formula: "='Báo cáo'!$C$2" }],
};

/** The Office error a read throws. */
function thrownBy(read: () => unknown): FakeOfficeError {
  try {
    read();
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw e;
  }
  return fail("nothing thrown");
}

async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  return promise.then(
    () => fail("no error"),
    (e: unknown) => (e instanceof FakeOfficeError ? e : fail(`not an Office error: ${String(e)}`)),
  );
}

describe("load and sync", () => {
  test("a property is readable only after load and sync, with Office's PropertyNotLoaded error before", async () => {
    const { context, fake } = createFakeExcel(SPEC);
    const range = context.workbook.worksheets.getItem("Báo cáo").getRange("A1:C2");
    expect(() => range.values).toThrow(
      `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    range.load("values,valueTypes");
    expect(thrownBy(() => range.values)).toMatchObject({ code: "PropertyNotLoaded", name: "RichApi.Error" });
    await context.sync();
    expect(range.values).toEqual([
      ["Tiêu đề", "", ""],
      [45672, "#N/A", 2],
    ]);
    expect(range.valueTypes).toEqual([
      ["String", "Empty", "Empty"],
      ["Double", "Error", "Double"],
    ]);
    expect(thrownBy(() => range.numberFormat)).toMatchObject({ code: "PropertyNotLoaded" });
    expect(fake.syncCount).toBe(1);
  });

  test("loaded values are a snapshot: a later write shows only after loading again", async () => {
    const { context } = createFakeExcel(SPEC);
    const range = context.workbook.worksheets.getItem("Báo cáo").getRange("D1");
    range.load("values");
    await context.sync();
    range.values = [[7]];
    expect(range.values).toEqual([[""]]);
    await context.sync();
    expect(range.values).toEqual([[""]]);
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([[7]]);
  });

  test("writes wait for sync and are applied in order", async () => {
    const { context, fake } = createFakeExcel(SPEC);
    const sheet = context.workbook.worksheets.getItem("Báo cáo");
    sheet.getRange("E1").values = [["một"]];
    sheet.getRange("E1").values = [["hai"]];
    expect(fake.document.sheets[0]?.cells.get("0,4")).toBeUndefined();
    await context.sync();
    expect(fake.document.sheets[0]?.cells.get("0,4")?.value).toBe("hai");
  });

  test("isNullObject is known after sync; a ClientResult's value too (ValueNotLoaded before)", async () => {
    const { context } = createFakeExcel(SPEC);
    const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
    const fonts = context.workbook.worksheets
      .getItem("Báo cáo")
      .getRange("A1:B1")
      .getCellProperties({ format: { font: { name: true } } });
    expect(thrownBy(() => missing.isNullObject)).toMatchObject({ code: "PropertyNotLoaded" });
    expect(thrownBy(() => fonts.value)).toMatchObject({ code: "ValueNotLoaded" });
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(fonts.value).toEqual([
      [{ format: { font: { name: ".VnTime" } } }, { format: { font: { name: "Calibri" } } }],
    ]);
  });

  test("a missing sheet fails the sync with ItemNotFound", async () => {
    const { context } = createFakeExcel(SPEC);
    context.workbook.worksheets.getItem("Không có").load("name");
    expect((await rejection(context.sync())).code).toBe("ItemNotFound");
  });

  test("a collection's items need loading; merged areas come as Excel writes their address", async () => {
    const { context } = createFakeExcel(SPEC);
    const sheets = context.workbook.worksheets;
    expect(thrownBy(() => sheets.items)).toMatchObject({ code: "PropertyNotLoaded" });
    sheets.load("items/name,items/visibility");
    const merged = sheets.getItem("Báo cáo").getRange().getMergedAreasOrNullObject().load("address");
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["Báo cáo", "Visible"],
      ["Ẩn", "VeryHidden"],
    ]);
    expect(merged.address).toBe("'Báo cáo'!A1:C1, 'Báo cáo'!A7:A8");
  });
});

describe("Excel's rules", () => {
  test("typed input: =… is a formula, ' is dropped, 123 is a number; in a Text cell all stay text", async () => {
    const { context, fake } = createFakeExcel(SPEC);
    const sheet = context.workbook.worksheets.getItem("Báo cáo");
    sheet.getRange("A10:D10").values = [["=SUM(A1:A2)", "'0123", "123", "TRUE"]];
    const text = sheet.getRange("A11:D11");
    text.numberFormat = [["@", "@", "@", "@"]];
    text.values = [["=SUM(A1:A2)", "'0123", "123", "TRUE"]];
    await context.sync();
    const cells = fake.document.sheets[0]?.cells;
    expect(["9,0", "9,1", "9,2", "9,3"].map((k) => cells?.get(k))).toEqual([
      { value: null, formula: "=SUM(A1:A2)" },
      { value: "0123", quotePrefix: true },
      { value: 123 },
      { value: true },
    ]);
    expect(["10,0", "10,1", "10,2", "10,3"].map((k) => cells?.get(k)?.value)).toEqual([
      "=SUM(A1:A2)",
      "'0123",
      "123",
      "TRUE",
    ]);
  });

  test("an array of the wrong size is refused with InvalidArgument", async () => {
    const { context } = createFakeExcel(SPEC);
    context.workbook.worksheets.getItem("Báo cáo").getRange("A1:B1").values = [["x"]];
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });

  test("a very hidden sheet cannot be deleted until its visibility changes; the last visible sheet stays", async () => {
    const { context, fake } = createFakeExcel(SPEC);
    const hidden = context.workbook.worksheets.getItem("Ẩn");
    hidden.delete();
    expect((await rejection(context.sync())).code).toBe("InvalidOperation");
    hidden.visibility = "Hidden";
    hidden.delete();
    await context.sync();
    expect(fake.document.sheets.map((s) => s.name)).toEqual(["Báo cáo"]);
    context.workbook.worksheets.getItem("Báo cáo").visibility = "Hidden";
    expect((await rejection(context.sync())).code).toBe("InvalidOperation");
  });

  test("names: a formula with =, a text constant without; duplicates refused; a deleted sheet leaves #REF!", async () => {
    const { context } = createFakeExcel(SPEC);
    const names = context.workbook.names;
    names.add("chitieu.revenue.bao_lai_chau.y2025", "='Ẩn'!$A$1");
    names.add("Loai", "Báo in");
    await context.sync();
    names.add("TONG", "=1");
    expect((await rejection(context.sync())).code).toBe("ItemAlreadyExists");
    const hidden = context.workbook.worksheets.getItem("Ẩn");
    hidden.visibility = "Hidden";
    hidden.delete();
    names.load("items/name,items/type,items/value,items/formula");
    await context.sync();
    expect(names.items.map((n) => [n.name, n.type, n.value as unknown, n.formula as unknown])).toEqual([
      ["Tong", "Range", "'Báo cáo'!$C$2", "='Báo cáo'!$C$2"],
      ["chitieu.revenue.bao_lai_chau.y2025", "Error", "#REF!", "=#REF!$A$1"],
      ["Loai", "String", "Báo in", '="Báo in"'],
    ]);
  });

  test("a protected sheet refuses writes with AccessDenied", async () => {
    const { context } = createFakeExcel({ sheets: [{ name: "S", protected: true }] });
    context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    expect((await rejection(context.sync())).code).toBe("AccessDenied");
  });

  test("an older Excel lacks newer API sets: ApiNotFound at sync", async () => {
    const excel = createFakeExcel({ ...SPEC, apiVersion: 8 });
    expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(false);
    excel.context.workbook.worksheets
      .getItem("Báo cáo")
      .getRange("A1")
      .getCellProperties({ format: { font: { name: true } } });
    expect((await rejection(excel.context.sync())).code).toBe("ApiNotFound");
  });

  test("a response above the payload limit is refused and nothing loaded is delivered", async () => {
    const { context, fake } = createFakeExcel({ ...SPEC, payloadLimit: 100 });
    const range = context.workbook.worksheets.getItem("Báo cáo").getRange("A1:Z20").load("values");
    expect((await rejection(context.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(thrownBy(() => range.values)).toMatchObject({ code: "PropertyNotLoaded" });
    expect(fake.syncCount).toBe(1);
  });

  test("a request above the payload limit is refused before anything is written", async () => {
    const { context, fake } = createFakeExcel({ ...SPEC, payloadLimit: 100 });
    context.workbook.worksheets.getItem("Báo cáo").getRange("A20").values = [["x".repeat(200)]];
    expect((await rejection(context.sync())).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.document.sheets[0]?.cells.get("19,0")).toBeUndefined();
  });
});

/**
 * The Office.js summary writer on the fake Excel: what it writes, how many syncs, what Excel versions lack,
 * a user's own sheet, protection, and that a failure anywhere in the batch leaves the workbook as it was.
 */
import { ExcelApiError } from "../../src/adapters/office/errors";
import { writeSummarySheet } from "../../src/adapters/office/writeSummary";
import { createFakeExcel, type FakeExcel } from "./fakeExcel";
import { type DocumentState, type SheetState } from "./fakeExcel/document";
import { formatRect } from "./fakeExcel/grid";
import { SOURCE_SHEET, syntheticLayout, syntheticWorkbook, TRICKY_TEXTS } from "./support/syntheticLayout";

const BASE = "Đánh giá";

function fake(indicators: number, extra: Partial<Parameters<typeof createFakeExcel>[0]> = {}): FakeExcel {
  return createFakeExcel({ ...syntheticWorkbook(indicators), ...extra });
}

function write(excel: FakeExcel, indicators: number, base = BASE) {
  return writeSummarySheet(excel.context, base, (name) => syntheticLayout(indicators, name), {
    isSetSupported: excel.isSetSupported,
  });
}

function sheetOf(document: DocumentState, name: string): SheetState {
  const sheet = document.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${document.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

const at = (sheet: SheetState, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  const col = [...(m?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.cells.get(`${Number(m?.[2]) - 1},${col - 1}`);
};

describe("sync counts", () => {
  test("three syncs for a summary, the same for 10 and for 1,000 indicators", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const excel = fake(n);
      await write(excel, n);
      counts.push(excel.fake.syncCount);
      expect(sheetOf(excel.fake.document, BASE).cells.size).toBeGreaterThan(n * 5);
    }
    expect(counts[0]).toBeLessThanOrEqual(3);
    expect(counts[1]).toBe(counts[0]);
  });

  test("regenerating over an earlier summary also takes three syncs", async () => {
    const excel = fake(10);
    await write(excel, 10);
    const before = excel.fake.syncCount;
    await write(excel, 10);
    expect(excel.fake.syncCount - before).toBe(3);
  });
});

describe("what is written", () => {
  test("values, formulas, formats, merges, widths, heights, links, notes, rules, panes, print, chart, active", async () => {
    const excel = fake(12);
    const result = await write(excel, 12);
    expect(result).toEqual({ sheetName: BASE, warnings: [] });
    const document = excel.fake.document;
    const sheet = sheetOf(document, BASE);
    expect(document.sheets.map((s) => s.name)).toEqual([SOURCE_SHEET, BASE]);
    expect(document.active).toBe(sheet);
    expect(sheet.tabColor).toBe("#1F4E79");
    expect(at(sheet, "C3")).toMatchObject({ formula: `='${SOURCE_SHEET}'!B2`, numberFormat: "#,##0" });
    expect(at(sheet, "D4")?.numberFormat).toBe("0.0%");
    expect(at(sheet, "A3")).toMatchObject({ value: 1, font: "Times New Roman" });
    expect(at(sheet, "A1")?.format).toMatchObject({ size: 15, bold: true, horizontal: "Center", wrap: true });
    expect(at(sheet, "A2")?.format).toMatchObject({
      fill: "#DDEBF7",
      borders: { top: { style: "Continuous" } },
    });
    expect(at(sheet, "E3")?.hyperlink).toEqual({ documentReference: `'${SOURCE_SHEET}'!B2` });
    expect(at(sheet, "E3")?.value).toBe(`'${SOURCE_SHEET}'!B2`);
    expect(sheet.merges.map(formatRect)).toEqual(["A1:C1"]);
    expect(sheet.columns.get(5)).toMatchObject({ hidden: true });
    expect(sheet.columns.get(1)?.width).toBeGreaterThan(sheet.columns.get(0)?.width ?? Infinity);
    expect(sheet.rowHeights.get(0)).toBe(24);
    expect(sheet.comments).toHaveLength(12);
    expect(sheet.comments[0]).toEqual({ kind: "note", at: { row: 2, col: 2 }, content: "Ô nguồn B2" });
    expect(sheet.conditionalFormats.map((f) => [f.type, formatRect(f.rect)])).toEqual([
      ["CellValue", "E3:E14"],
      ["DataBar", "D3:D14"],
    ]);
    expect(sheet.conditionalFormats[0]).toMatchObject({
      rule: { formula1: '="Đạt"', operator: "EqualTo" },
      fill: "#C6EFCE",
      fontColor: "#006100",
    });
    expect(sheet.freeze).toEqual({ rows: 2, cols: 2 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:E14",
      printTitleRows: "2:2",
      leftMargin: 36,
    });
    expect(sheet.pageBreaks).toEqual([14]);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "Thực hiện", plotVisibleOnly: false });
    expect(chart?.position).toEqual({ start: "A16", end: "D33" });
    expect(
      chart?.series.map((s) => [
        s.name,
        s.values && formatRect(s.values.rect),
        s.xValues && formatRect(s.xValues.rect),
      ]),
    ).toEqual([
      ["Thực hiện", "C3:C14", "B3:B14"],
      ["Tỷ lệ", "D3:D14", "B3:B14"],
    ]);
  });

  test("texts starting with =, +, -, @ (or looking like numbers) stay text, never formulas", async () => {
    const excel = fake(30);
    await write(excel, 30);
    const sheet = sheetOf(excel.fake.document, BASE);
    const texts = syntheticLayout(30, BASE).cells.filter(
      (c) => c.content.kind === "text" && TRICKY_TEXTS.includes(c.content.text),
    );
    expect(new Set(texts.map((c) => (c.content.kind === "text" ? c.content.text : ""))).size).toBe(
      TRICKY_TEXTS.length,
    );
    for (const c of texts) {
      const cell = sheet.cells.get(`${c.row - 1},${c.col - 1}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(c.content.kind === "text" ? c.content.text : null);
    }
  });

  test("older Excel: comments at ExcelApi 1.10, and warnings for what 1.7 cannot do", async () => {
    const excel10 = fake(3, { apiVersion: 10 });
    expect((await write(excel10, 3)).warnings).toEqual([]);
    expect(sheetOf(excel10.fake.document, BASE).comments.map((c) => c.kind)).toEqual([
      "comment",
      "comment",
      "comment",
    ]);

    const excel7 = fake(3, { apiVersion: 7 });
    const { warnings } = await write(excel7, 3);
    expect(warnings.map((w) => w.en)).toEqual([
      expect.stringContaining("notes"),
      expect.stringContaining("printing"),
      expect.stringContaining("chart"),
    ]);
    const sheet = sheetOf(excel7.fake.document, BASE);
    expect([sheet.comments, sheet.charts, sheet.pageLayout]).toEqual([[], [], {}]);
    expect(at(sheet, "C3")?.formula).toBe(`='${SOURCE_SHEET}'!B2`);
  });

  test("before ExcelApi 1.7: a message saying to update, and nothing asked of Excel", async () => {
    const excel = fake(3, { apiVersion: 6 });
    const error = await write(excel, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelApiError);
    expect((error as ExcelApiError).officeCode).toBe("ApiNotFound");
    expect(excel.fake.syncCount).toBe(0);
  });
});

describe("the sheets around it", () => {
  test("regenerating gives the same workbook as writing once; the source sheet is untouched", async () => {
    const excel = fake(20);
    const source = structuredClone(sheetOf(excel.fake.document, SOURCE_SHEET));
    await write(excel, 20);
    const once = structuredClone(excel.fake.document);
    await write(excel, 20);
    expect(excel.fake.document).toEqual(once);
    expect(sheetOf(excel.fake.document, SOURCE_SHEET)).toEqual(source);
  });

  test("a sheet of the person's own with the base name is never touched: the summary takes another name", async () => {
    const excel = fake(5);
    excel.fake.document.sheets.push({
      ...sheetOf(excel.fake.document, SOURCE_SHEET),
      name: BASE,
      cells: new Map([["0,0", { value: "của tôi" }]]),
    });
    const own = structuredClone(sheetOf(excel.fake.document, BASE));
    const first = await write(excel, 5);
    expect(first.sheetName).toBe(`${BASE} (2)`);
    expect(first.warnings.map((w) => w.en)).toEqual([
      expect.stringContaining(`"${BASE}" that is not chitieu's`),
    ]);
    expect(excel.fake.syncCount).toBe(3);
    // Its links and formulas name the sheet it is in.
    expect(sheetOf(excel.fake.document, `${BASE} (2)`).cells.size).toBeGreaterThan(20);
    // Again: the earlier "(2)" summary is replaced, the person's sheet still kept.
    const second = await write(excel, 5);
    expect(second.sheetName).toBe(`${BASE} (2)`);
    expect(excel.fake.document.sheets.map((s) => s.name)).toEqual([SOURCE_SHEET, BASE, `${BASE} (2)`]);
    expect(sheetOf(excel.fake.document, BASE)).toEqual(own);
  });

  test("a protected structure: a message saying what to do, before anything is written", async () => {
    const excel = fake(5, { structureProtected: true });
    const before = structuredClone(excel.fake.document);
    const error = await write(excel, 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelApiError);
    expect((error as ExcelApiError).message).toBeDefined();
    expect((error as ExcelApiError).officeCode).toBe("AccessDenied");
    expect(excel.fake.syncCount).toBe(1);
    expect(excel.fake.document).toEqual(before);
  });
});

describe("a failure in the middle", () => {
  /** A workbook with an earlier summary, and how many commands the build (sync 2) and swap (sync 3) carry. */
  async function withEarlier(n: number) {
    const excel = fake(n);
    await write(excel, n);
    return excel;
  }

  test("at every command of the build, the workbook is afterwards exactly as before", async () => {
    const n = 4;
    const probe = await withEarlier(n);
    const start = probe.fake.syncCount;
    await write(probe, n);
    const buildOps = probe.fake.operationCounts[start + 1] ?? 0;
    expect(buildOps).toBeGreaterThan(100);
    for (let op = 0; op < buildOps; op++) {
      const excel = await withEarlier(n);
      const before = structuredClone(excel.fake.document);
      excel.fake.failOperation(excel.fake.syncCount + 2, op);
      await expect(write(excel, n)).rejects.toBeInstanceOf(ExcelApiError);
      expect({ op, document: excel.fake.document }).toEqual({ op, document: before });
    }
  });

  test("at every command of the swap, the workbook keeps exactly one summary under its name", async () => {
    const n = 4;
    const probe = await withEarlier(n);
    const start = probe.fake.syncCount;
    await write(probe, n);
    const swapOps = probe.fake.operationCounts[start + 2] ?? 0;
    expect(swapOps).toBeGreaterThanOrEqual(3);
    for (let op = 0; op < swapOps; op++) {
      const excel = await withEarlier(n);
      const before = structuredClone(excel.fake.document);
      excel.fake.failOperation(excel.fake.syncCount + 3, op);
      await expect(write(excel, n)).rejects.toBeInstanceOf(ExcelApiError);
      const names = excel.fake.document.sheets.map((s) => s.name);
      expect({ op, names }).toEqual({ op, names: [SOURCE_SHEET, BASE] });
      const { active, ...rest } = excel.fake.document;
      const { active: activeBefore, ...restBefore } = before;
      expect(rest).toEqual(restBefore);
      expect(active?.name).toBe(activeBefore?.name);
    }
  });
});

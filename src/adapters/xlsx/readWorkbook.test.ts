import ExcelJS from "exceljs";
import { WorkbookError } from "../../core/errors";
import { findSheet, getCell } from "../../core/workbook/model";
import { readWorkbook, sniffFormat } from "./readWorkbook";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readWorkbook", () => {
  let model: Awaited<ReturnType<typeof readWorkbook>>;

  beforeAll(async () => {
    const bytes = await bytesOf((wb) => {
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
      ws.getCell("B3").value = {
        richText: [
          { text: "Cã", font: { name: ".VnTime" } },
          { text: " / Yes", font: { name: "Arial" } },
        ],
      };
      ws.getCell("C3").value = true;
      ws.getCell("A4").value = { error: "#N/A" };
      ws.getCell("B4").value = new Date(Date.UTC(2025, 0, 15));
      ws.getCell("C4").value = { text: "trang web", hyperlink: "https://example.invalid" };
      ws.getCell("A5").value = 1180;
      ws.getCell("A5").font = { strike: true };
      ws.getCell("B5").value = { richText: [{ text: "Đã có", font: { strike: true } }] };
      ws.getCell("C5").value = { richText: [{ text: "Đã", font: { strike: true } }, { text: " có" }] };
      const hidden = wb.addWorksheet("Nháp");
      hidden.state = "hidden";
      hidden.getCell("A1").value = 1;
      const very = wb.addWorksheet("chitieu_meta");
      very.state = "veryHidden";
      wb.definedNames.add("'Báo Lai Châu'!$A$2", "chitieu.revenue.bao_lai_chau.y2025");
    });
    model = await readWorkbook(bytes, "t.xlsx");
  });

  const cell = (sheet: string, row: number, col: number) => {
    const s = findSheet(model, sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    return getCell(s, row, col);
  };

  test("keeps the file name and every sheet with its state", () => {
    expect(model.name).toBe("t.xlsx");
    expect(model.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Báo Lai Châu", "visible"],
      ["Nháp", "hidden"],
      ["chitieu_meta", "veryHidden"],
    ]);
  });

  test("a merged range's value stands only in its first cell, and the range is recorded", () => {
    expect(cell("Báo Lai Châu", 1, 1)?.value).toBe("Tiêu đề gộp");
    expect(cell("Báo Lai Châu", 1, 2)).toBeUndefined();
    expect(findSheet(model, "Báo Lai Châu")?.merges).toEqual(["A1:C1"]);
  });

  test("numbers keep their format; formulas keep the cached result and the formula", () => {
    expect(cell("Báo Lai Châu", 2, 1)).toMatchObject({ value: 12450, numFmt: "#,##0" });
    expect(cell("Báo Lai Châu", 2, 2)).toMatchObject({ value: 24900, formula: "A2*2" });
    expect(cell("Báo Lai Châu", 2, 3)).toMatchObject({ value: { error: "#DIV/0!" }, formula: "1/0" });
  });

  test("a legacy font is kept for the core to decode; rich-text runs are decoded run by run", () => {
    expect(cell("Báo Lai Châu", 3, 1)).toMatchObject({ value: "Sè tin, bµi", font: ".VnTime" });
    expect(cell("Báo Lai Châu", 3, 2)?.value).toBe("Có / Yes");
  });

  test("a struck-through cell is marked; rich text only when every run is struck", () => {
    expect(cell("Báo Lai Châu", 5, 1)).toMatchObject({ value: 1180, struck: true });
    expect(cell("Báo Lai Châu", 5, 2)).toMatchObject({ value: "Đã có", struck: true });
    expect(cell("Báo Lai Châu", 5, 3)?.struck).toBeUndefined();
    expect(cell("Báo Lai Châu", 2, 1)?.struck).toBeUndefined();
  });

  test("booleans, error values, dates and hyperlinks", () => {
    expect(cell("Báo Lai Châu", 3, 3)?.value).toBe(true);
    expect(cell("Báo Lai Châu", 4, 1)?.value).toEqual({ error: "#N/A" });
    expect(cell("Báo Lai Châu", 4, 2)?.value).toEqual(new Date(Date.UTC(2025, 0, 15)));
    expect(cell("Báo Lai Châu", 4, 3)?.value).toBe("trang web");
  });

  test("defined names are read with their references", () => {
    expect(model.definedNames).toEqual([
      { name: "chitieu.revenue.bao_lai_chau.y2025", ref: "'Báo Lai Châu'!$A$2" },
    ]);
  });
});

describe("sniffFormat", () => {
  test.each<[string, number[], string]>([
    ["an empty file", [], "empty"],
    ["a zip (.xlsx)", [0x50, 0x4b, 3, 4], "zip"],
    ["an OLE container (.xls, encrypted .xlsx)", [0xd0, 0xcf, 0x11, 0xe0, 0xa1], "ole"],
    ["text", [0x53, 0x54, 0x54], "other"],
  ])("%s", (_name, bytes, kind) => {
    expect(sniffFormat(new Uint8Array(bytes))).toBe(kind);
  });

  test("a zip that is not a workbook is a WorkbookError, not a crash", async () => {
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    await expect(readWorkbook(zipHeaderOnly, "x.xlsx")).rejects.toBeInstanceOf(WorkbookError);
  });
});

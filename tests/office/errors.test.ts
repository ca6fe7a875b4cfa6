/**
 * What Excel refuses, as the person sees it: Office.js error codes, thrown by the fake Excel, become ExcelApiError
 * with a Vietnamese and an English message that names the action and what to do.
 */
import { ExcelApiError, translateOfficeError } from "../../src/adapters/office/errors";
import { loadMapping, saveMapping } from "../../src/adapters/office/mappingStore";
import { readWorkbookModel } from "../../src/adapters/office/readWorkbookModel";
import { ChitieuError, MappingError } from "../../src/core/errors";
import { message } from "../../src/core/i18n/messages";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { createFakeExcel, type WorkbookSpec } from "./fakeExcel";

const plan = builtInPlan("lai-chau-3414");
const SPEC: WorkbookSpec = { sheets: [{ name: "Báo cáo", cells: { A1: "Doanh thu", B1: 1200 } }] };
const ENTRY = { input: "revenue", unit: "bao-lai-chau", year: 2025, sheet: "Báo cáo", cell: "B1" };

function reading(code: string) {
  const excel = createFakeExcel(SPEC);
  excel.fake.failNextSync(code, `Excel said ${code}`);
  return readWorkbookModel(excel.context, "bao-cao.xlsx", { isSetSupported: excel.isSetSupported });
}

describe("Office error codes become messages that say what to do", () => {
  test.each([
    // [Office code, our code, Vietnamese advice, English advice, Excel's own words kept for support]
    [
      "InvalidOperationInCellEditMode",
      "office.cellEditMode",
      /nhấn Enter hoặc Esc/,
      /Press Enter or Esc/,
      false,
    ],
    ["AccessDenied", "office.accessDenied", /bỏ bảo vệ/, /Unprotect it/, true],
    ["ApiNotFound", "office.apiNotFound", /cập nhật Office/, /Update Office/, true],
    ["RequestPayloadSizeLimitExceeded", "office.payloadTooLarge", /quá lớn/, /too large/, true],
    ["ResponsePayloadSizeLimitExceeded", "office.payloadTooLarge", /quá lớn/, /too large/, true],
    ["GeneralException", "office.generalException", /đóng rồi mở lại/, /close and reopen/, true],
    ["Conflict", "office.failed", /Conflict/, /Conflict/, true],
  ])("%s → %s", async (officeCode, code, vi, en, detailed) => {
    const error = await reading(officeCode).then(
      () => fail("no error"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelApiError);
    expect(error).toMatchObject({ code, officeCode });
    const { text } = error as ExcelApiError;
    expect(text.vi).toMatch(vi);
    expect(text.vi).toContain("đọc sổ tính");
    expect(text.en).toMatch(en);
    expect(text.en).toContain("reading the workbook");
    expect(text.en.includes(`Excel said ${officeCode}`)).toBe(detailed);
  });

  test("a cell being edited stops a save with the save named; once the cell is left, the save goes through", async () => {
    const excel = createFakeExcel(SPEC);
    const options = { isSetSupported: excel.isSetSupported };
    excel.fake.document.cellEditMode = true;
    const saving = saveMapping(
      excel.context,
      plan,
      [ENTRY],
      { savedBy: "t", savedAt: "2025-01-01" },
      options,
    );
    await expect(saving).rejects.toMatchObject({
      code: "office.cellEditMode",
      text: { en: expect.stringContaining("saving the mapping into the workbook") as unknown },
    });
    excel.fake.document.cellEditMode = false;
    await saveMapping(excel.context, plan, [ENTRY], { savedBy: "t", savedAt: "2025-01-01" }, options);
    const loaded = await loadMapping(excel.context, plan, "bao-cao.xlsx", options);
    expect(loaded?.entries).toMatchObject([{ input: "revenue", sheet: "Báo cáo", cell: "B1" }]);
  });

  test("loading names its own action", async () => {
    const excel = createFakeExcel(SPEC);
    excel.fake.failNextSync("GeneralException");
    await expect(
      loadMapping(excel.context, plan, "x.xlsx", { isSetSupported: excel.isSetSupported }),
    ).rejects.toThrow(/reading the mapping saved in the workbook/);
  });
});

describe("what is not Excel refusing passes through unchanged", () => {
  const action = message("office.action.read");

  test("a property read before load and sync is the add-in's mistake: rethrown as Office threw it", async () => {
    const excel = createFakeExcel(SPEC);
    const sheets = excel.context.workbook.worksheets;
    sheets.load("items/name");
    let thrown: unknown;
    try {
      void sheets.items[0]?.visibility;
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: "PropertyNotLoaded" });
    expect(translateOfficeError(thrown, action)).toBe(thrown);
    await excel.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Báo cáo"]);
  });

  test("our own errors and plain bugs are not dressed up", () => {
    const ours = new MappingError("mapping.badCell", message("mapping.badCell", { index: 1, cell: "?" }));
    const bug = new TypeError("x is undefined");
    expect(translateOfficeError(ours, action)).toBe(ours);
    expect(translateOfficeError(bug, action)).toBe(bug);
    expect(translateOfficeError("text", action)).toBe("text");
  });

  test("ExcelApiError is a ChitieuError, so the task pane shows it like every other", async () => {
    await expect(reading("AccessDenied")).rejects.toBeInstanceOf(ChitieuError);
  });
});

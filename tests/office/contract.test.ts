/**
 * One contract for both writers of the summary sheet: for the same layout, the .xlsx copy (ExcelJS, read back
 * from the file) and the sheet written through Office.js (on the fake Excel) hold the same cells — contents and
 * formulas, number formats, fonts, fills, alignment, borders — the same merges, conditional formats, frozen
 * panes, column widths and hidden columns.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSummarySheet } from "../../src/adapters/office/writeSummary";
import { extentOf } from "../../src/adapters/office/summary/cellBlocks";
import { type FixtureCase, fixtureCases } from "../summarySheet/support/fixtureCases";
import { inputBytes, layoutFor, loadExcel, SHEET, writeCopy } from "../summarySheet/support/writeCase";
import { createFakeExcel } from "./fakeExcel";
import { specFromXlsx } from "./support/xlsxBridge";
import { viewOfExcelJs, viewOfFake } from "./support/summaryReadBack";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-contract-"));
let cases: FixtureCase[] = [];
beforeAll(async () => {
  cases = await fixtureCases(tmp);
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("every single-workbook fixture: the .xlsx copy and the Office.js sheet hold the same summary", async () => {
  const single = cases.filter((c) => c.files.length === 1);
  expect(single.length).toBe(6);
  for (const c of single) {
    const copy = await writeCopy(c);
    const ws = (await loadExcel(copy.bytes)).getWorksheet(SHEET);
    if (!ws) throw new Error(`${c.name}: no ${SHEET} in the copy`);

    const excel = createFakeExcel(await specFromXlsx(inputBytes(c)));
    const written = await writeSummarySheet(excel.context, SHEET, (name) => layoutFor(c, c.host.name, name), {
      isSetSupported: excel.isSetSupported,
    });
    expect(written.sheetName).toBe(SHEET);
    const sheet = excel.fake.document.sheets.find((s) => s.name === SHEET);
    if (!sheet) throw new Error(`${c.name}: no ${SHEET} in the fake`);

    const extent = extentOf(copy.layout);
    const columns = copy.layout.columns.length;
    const fromFile = viewOfExcelJs(ws, extent.bottom, extent.right, columns);
    const fromOffice = viewOfFake(
      sheet,
      excel.fake.document.defaultFont,
      extent.bottom,
      extent.right,
      columns,
    );
    // Cell by cell, so that a difference names its cell.
    fromFile.cells.forEach((cell, i) =>
      expect({ case: c.name, ...fromOffice.cells[i] }).toEqual({ case: c.name, ...cell }),
    );
    expect(fromOffice.merges).toEqual(fromFile.merges);
    expect(fromOffice.rules).toEqual(fromFile.rules);
    expect(fromOffice.freeze).toEqual(fromFile.freeze);
    expect(fromOffice.columns).toEqual(fromFile.columns);
    // The comparison is not empty: formulas, merges, rules and hidden columns are there to compare.
    expect(
      fromFile.cells.filter((x) => typeof x.content === "string" && x.content.startsWith("=")).length,
    ).toBeGreaterThan(10);
    expect(fromFile.merges.length).toBeGreaterThan(5);
    expect(fromFile.rules.length).toBeGreaterThan(5);
    expect(fromFile.columns.some((x) => x.hidden)).toBe(true);
  }
}, 120_000);

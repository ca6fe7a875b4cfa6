/**
 * The Excel host of the pane and the ribbon command, over the fake Excel of tests/office (Office.js' behaviour:
 * load before read, queued writes, Office-shaped errors) holding a generated agency workbook.
 */
import { specFromXlsx } from "../office/support/xlsxBridge";
import { createFakeExcel } from "../office/fakeExcel";
import { runSummaryCommand } from "../../src/commands/runCommand";
import { createOfficeHost, workbookNameFromUrl } from "../../src/taskpane/hosts/officeHost";
import { readSavedMapping } from "../../src/core/mapping/persisted";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { type AppFixture, sheetPerAgency } from "../app/support/fixture";

let fx: AppFixture;
beforeAll(async () => {
  fx = await sheetPerAgency();
}, 60_000);

const options = { language: "vi" as const, today: () => new Date("2026-11-26T00:00:00Z") };

async function excel() {
  const fake = createFakeExcel(await specFromXlsx(fx.bytes));
  const host = createOfficeHost({
    workbookName: fx.fileName,
    isSetSupported: fake.isSetSupported,
    run: (work) => work(fake.context),
  });
  return { fake, host };
}

test("the ribbon command over Excel: saves the detected mapping, writes and activates the summary sheet", async () => {
  const { fake, host } = await excel();
  const outcome = await runSummaryCommand(host, options);
  expect(outcome).toEqual({ kind: "written", sheetName: "Đánh giá chỉ tiêu" });
  const doc = fake.fake.document;
  expect(doc.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["Đánh giá chỉ tiêu", "chitieu_meta"]),
  );
  expect(doc.active?.name).toBe("Đánh giá chỉ tiêu");
  // The mapping is in the workbook in the CLI's format: read back through the host, it is all there.
  const [model] = await host.readModels();
  const saved = model ? readSavedMapping(model, builtInPlan("lai-chau-3414")) : null;
  expect(saved?.entries.length).toBeGreaterThan(10);
});

test("the selected cell is the top-left cell of Excel's selection, quoted sheet names unquoted", async () => {
  // The fake Excel does not model the selection: this context answers only getSelectedRange, after a sync.
  let synced = false;
  const range = {
    load: () => range,
    get address() {
      if (!synced) throw new Error("address read before sync");
      return "'Báo ''Lai'' Châu'!D9:E12";
    },
  };
  const context = {
    workbook: { getSelectedRange: () => range },
    sync: () => ((synced = true), Promise.resolve()),
  };
  const host = createOfficeHost({
    workbookName: fx.fileName,
    run: (work) => work(context as unknown as Excel.RequestContext),
  });
  await expect(host.selectedCell()).resolves.toEqual({
    workbook: fx.fileName,
    sheet: "Báo 'Lai' Châu",
    cell: "D9",
  });
});

test("the workbook's name comes from its URL", () => {
  expect(workbookNameFromUrl("https://x.sharepoint.com/Shared%20Documents/B%C3%A1o%20c%C3%A1o.xlsx")).toBe(
    "Báo cáo.xlsx",
  );
  expect(workbookNameFromUrl("C:\\Users\\a\\bao-cao.xlsx")).toBe("bao-cao.xlsx");
  expect(workbookNameFromUrl("")).toBe("workbook.xlsx");
});

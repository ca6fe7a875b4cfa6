/** The fake Excel refuses what Excel refuses when a sheet is written, and fails a chosen command on demand. */
import { createFakeExcel } from "./fakeExcel";

const spec = () => ({ sheets: [{ name: "A", cells: { A1: 1 } }, { name: "B" }] });

test("renaming to a taken name (any case) or under a protected structure is refused; references follow a rename", async () => {
  const { fake } = createFakeExcel({ ...spec(), names: [{ name: "x", formula: "=A!$A$1" }] });
  const b = fake.workbook.worksheets.getItem("B");
  b.name = "a";
  await expect(fake.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  fake.workbook.worksheets.getItem("A").name = "Báo cáo";
  await fake.sync();
  expect(fake.document.names[0]?.formula).toBe("='Báo cáo'!$A$1");
  fake.document.structureProtected = true;
  fake.workbook.worksheets.getItem("B").name = "C";
  await expect(fake.sync()).rejects.toMatchObject({ code: "AccessDenied" });
});

test("the last visible sheet cannot be deleted; a hidden sheet cannot be activated", async () => {
  const { fake } = createFakeExcel(spec());
  fake.workbook.worksheets.getItem("B").delete();
  await fake.sync();
  fake.workbook.worksheets.getItem("A").delete();
  await expect(fake.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  const { fake: other } = createFakeExcel({ sheets: [{ name: "A" }, { name: "H", visibility: "Hidden" }] });
  other.workbook.worksheets.getItem("H").activate();
  await expect(other.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
});

test("failOperation: the commands before the chosen one stay applied, the ones after it do not run", async () => {
  const { fake } = createFakeExcel(spec());
  const sheet = fake.workbook.worksheets.getItem("B");
  sheet.getRange("A1").values = [["one"]];
  sheet.getRange("A2").values = [["two"]];
  // Commands: getItem, getRange A1, write A1, getRange A2, write A2.
  fake.failOperation(1, 3);
  await expect(fake.sync()).rejects.toMatchObject({ code: "GeneralException" });
  const cells = fake.document.sheets[1]?.cells;
  expect([cells?.get("0,0")?.value, cells?.get("1,0")]).toEqual(["one", undefined]);
  expect(fake.operationCounts).toEqual([5]);
});

test("a text written behind an apostrophe stays text even when it looks like a formula", async () => {
  const { fake } = createFakeExcel(spec());
  fake.workbook.worksheets.getItem("B").getRange("A1:B1").formulas = [["'=1+1", "=1+1"]];
  await fake.sync();
  const cells = fake.document.sheets[1]?.cells;
  expect([cells?.get("0,0"), cells?.get("0,1")]).toEqual([
    { value: "=1+1", quotePrefix: true },
    { value: null, formula: "=1+1" },
  ]);
});

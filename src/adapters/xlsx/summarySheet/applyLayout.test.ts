import ExcelJS from "exceljs";
import { mergeAll } from "./applyLayout";

const ranges = ["A1:F1", "B3:B4", "C3:E3", "AA10:AB12", "G2:G2", "C4:E4"];

describe("mergeAll", () => {
  test("merges as ExcelJS's mergeCells does, range by range: the same merges, in the same order", () => {
    const ours = new ExcelJS.Workbook().addWorksheet("S");
    const theirs = new ExcelJS.Workbook().addWorksheet("S");
    for (const ws of [ours, theirs]) ws.getCell("A1").value = "title";
    mergeAll(ours, ranges);
    for (const r of ranges) theirs.mergeCells(r);
    expect(ours.model.merges).toEqual(theirs.model.merges);
    expect(ours.model.merges).toHaveLength(ranges.length);
    for (const address of ["B1", "F1", "B4", "D3", "AB12", "E4"]) {
      expect(ours.getCell(address).isMerged).toBe(true);
      expect(ours.getCell(address).master.address).toBe(theirs.getCell(address).master.address);
    }
    expect(ours.getCell("F1").value).toBe("title");
  });

  test.each([
    ["the same range twice", ["A1:B2", "A1:B2"]],
    ["a range over another's corner", ["B2:C3", "A1:B2"]],
    ["a range inside another", ["A1:D4", "B2:C3"]],
    ["a range over an earlier merge of the sheet", ["C3:C9"]],
  ])("%s is refused with ExcelJS's own error", (_, rs) => {
    const ours = new ExcelJS.Workbook().addWorksheet("S");
    const theirs = new ExcelJS.Workbook().addWorksheet("S");
    for (const ws of [ours, theirs]) ws.mergeCells("A5:D5");
    let expected: unknown;
    try {
      for (const r of rs) theirs.mergeCells(r);
    } catch (e) {
      expected = e;
    }
    expect(expected).toBeInstanceOf(Error);
    expect(() => mergeAll(ours, rs)).toThrow((expected as Error).message);
    // What was merged before the refusal stays, as with ExcelJS.
    expect(ours.model.merges).toEqual(theirs.model.merges);
  });
});

import { renameSheetRefs, sheetRefsIn, sheetsNamedIn } from "./renameSheetRefs";

const NEW: Record<string, string> = {
  "báo cáo": "bao - Báo cáo",
  sheet1: "Sheet1 (2)",
  "o'brien": "bao - O'Brien",
  jan: "bao - Jan",
  dec: "bao - Dec",
  "2025": "so - 2025",
  data: "Data2",
  tổng_hợp: "x - Tổng_hợp",
};
const rename = (s: string) => NEW[s.toLowerCase()];

describe("renameSheetRefs", () => {
  test.each([
    ["quoted name with a space", "'Báo cáo'!D5*2", "'bao - Báo cáo'!D5*2"],
    ["unquoted name", "Sheet1!A1+Sheet1!$B$2", "'Sheet1 (2)'!A1+'Sheet1 (2)'!$B$2"],
    ["unquoted to unquoted keeps no quotes", "SUM(Data!A1:A9)", "SUM(Data2!A1:A9)"],
    ["doubled apostrophe", "'O''Brien'!C3", "'bao - O''Brien'!C3"],
    ["a name read case-insensitively", "'BÁO CÁO'!A1", "'bao - Báo cáo'!A1"],
    ["Vietnamese letters unquoted", "Tổng_hợp!B2", "'x - Tổng_hợp'!B2"],
    ["a name that looks like a number", "'2025'!A1", "'so - 2025'!A1"],
    ["3D reference, unquoted", "SUM(Jan:Dec!B2)", "SUM('bao - Jan:bao - Dec'!B2)"],
    ["3D reference, quoted", "SUM('Jan:Dec'!B2)", "SUM('bao - Jan:bao - Dec'!B2)"],
    [
      "text inside a string literal is left alone",
      `"Báo cáo!A1 "&'Báo cáo'!A1`,
      `"Báo cáo!A1 "&'bao - Báo cáo'!A1`,
    ],
    ["a string with doubled quotes", `"say ""Sheet1!A1"""&Sheet1!A1`, `"say ""Sheet1!A1"""&'Sheet1 (2)'!A1`],
    [
      "another file's reference is left alone",
      "[1]Sheet1!A1+'[Book.xlsx]Báo cáo'!A1",
      "[1]Sheet1!A1+'[Book.xlsx]Báo cáo'!A1",
    ],
    ["a structured reference is left alone", "SUM(Table1[Sheet1])", "SUM(Table1[Sheet1])"],
    ["an error value is not a sheet", "IF(#REF!=1,Sheet1!A1)", "IF(#REF!=1,'Sheet1 (2)'!A1)"],
    ["a sheet not renamed stays byte for byte", "other!A1+'Other sheet'!B2", "other!A1+'Other sheet'!B2"],
    [
      "functions and names are not sheets",
      "SUM(A1:B2)+Tong*2+ISNUMBER(C3)",
      "SUM(A1:B2)+Tong*2+ISNUMBER(C3)",
    ],
    ["a whole column and row", "SUM('Báo cáo'!D:D)+Sheet1!3:3", "SUM('bao - Báo cáo'!D:D)+'Sheet1 (2)'!3:3"],
  ])("%s", (_, formula, want) => {
    expect(renameSheetRefs(formula, rename)).toBe(want);
  });

  test("with nothing to rename, every formula comes back identical", () => {
    for (const f of ["'Báo cáo'!D5", "Jan:Dec!A1", `"a'b"&'x''y'!A1`, "[2]'Q 1'!A1", "#DIV/0!"])
      expect(renameSheetRefs(f, () => undefined)).toBe(f);
  });
});

describe("sheetRefsIn and sheetsNamedIn", () => {
  test("finds each prefix with its place", () => {
    const f = "1+'O''Brien'!A1";
    expect(sheetRefsIn(f)).toEqual([{ first: "O'Brien", last: null, start: 2, end: 13 }]);
  });
  test("a 3D reference names every sheet between its ends, in tab order", () => {
    expect(sheetsNamedIn("SUM(Jan:Mar!A1)+Apr!B1", ["Jan", "Feb", "Mar", "Apr", "May"])).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
    ]);
  });
  test("a sheet the workbook lacks is still named", () => {
    expect(sheetsNamedIn("'Gone'!A1", ["Jan"])).toEqual(["Gone"]);
  });
});

import { type Sheet } from "../../core/workbook/model";
import { addCells, cellOf, dateOfSerial, isDateFormat } from "./excelCells";

describe("cellOf reads a cell as the xlsx adapter would", () => {
  test.each([
    ["an empty cell is no cell", ["", "Empty", "General", "", "Calibri"], undefined],
    [
      "text keeps its font",
      ["Sè liÖu", "String", "General", "Sè liÖu", ".VnTime"],
      { value: "Sè liÖu", font: ".VnTime" },
    ],
    [
      "a number keeps its format",
      [12450, "Double", "#,##0", 12450, undefined],
      { value: 12450, numFmt: "#,##0" },
    ],
    ["an error is a value", ["#N/A", "Error", "General", "#N/A", undefined], { value: { error: "#N/A" } }],
    ["a formula keeps its result", [4, "Double", "General", "=2*2", undefined], { value: 4, formula: "2*2" }],
    [
      "an empty formula result",
      ["", "Empty", "General", '=IF(1,"")', undefined],
      { value: null, formula: 'IF(1,"")' },
    ],
    ["a boolean", [true, "Boolean", "General", true, undefined], { value: true }],
    [
      "a number in a date format is a date",
      [45672, "Double", "dd/mm/yyyy", 45672, undefined],
      { value: new Date(Date.UTC(2025, 0, 15)), numFmt: "dd/mm/yyyy" },
    ],
    [
      "only a number becomes a date: a text or boolean result in a date format stays as it is",
      ["1", "String", "dd/mm/yyyy", '=TEXT(1,"0")', undefined],
      { value: "1", formula: 'TEXT(1,"0")', numFmt: "dd/mm/yyyy" },
    ],
    [
      "a boolean in a date format",
      [true, "Boolean", "dd/mm/yyyy", "=1=1", undefined],
      { value: true, formula: "1=1", numFmt: "dd/mm/yyyy" },
    ],
  ] as const)("%s", (_, [value, type, format, formula, font], expected) => {
    expect(cellOf(value, type, format, formula, font)).toEqual(expected);
  });
});

describe("isDateFormat follows ExcelJS's rule", () => {
  test.each([
    ["dd/mm/yyyy", true],
    ["h:mm", true],
    ["[$-42A]d mmmm yyyy", true],
    ["General", false],
    ["#,##0", false],
    ['0 "ngày"', false],
    ["[Red]0.0", false],
  ])("%s → %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

test("dateOfSerial: 1900 system, UTC", () => {
  expect(dateOfSerial(25569)).toEqual(new Date(0));
  expect(dateOfSerial(45672.5)).toEqual(new Date(Date.UTC(2025, 0, 15, 12)));
});

test("addCells places a range's cells at their 1-based position, one font for all when that is all Excel said", () => {
  const rows: Sheet["rows"] = [];
  addCells(rows, {
    rowIndex: 2,
    columnIndex: 1,
    values: [
      ["a", ""],
      [1, "b"],
    ],
    valueTypes: [
      ["String", "Empty"],
      ["Double", "String"],
    ],
    numberFormat: [
      ["General", "General"],
      ["0%", "@"],
    ],
    formulas: [
      ["a", ""],
      [1, "b"],
    ],
    fonts: "Arial",
  });
  expect(rows[3]?.[2]).toEqual({ value: "a", font: "Arial" });
  expect(rows[3]?.[3]).toBeUndefined();
  expect(rows[4]?.[2]).toEqual({ value: 1, numFmt: "0%", font: "Arial" });
  expect(rows[4]?.[3]).toEqual({ value: "b", numFmt: "@", font: "Arial" });
});

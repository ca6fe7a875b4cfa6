import { mergedRangesOf } from "./mergedAreas";

describe("mergedRangesOf", () => {
  test.each([
    ["Sheet1!A1:C1, Sheet1!A7:A8", ["A1:C1", "A7:A8"]],
    ["'Báo Lai Châu'!$A$1:$J$1", ["A1:J1"]],
    ["'O''Brien, Ltd'!A1:B2, 'O''Brien, Ltd'!D4:E5", ["A1:B2", "D4:E5"]],
    ["'Wow!'!a3:b4", ["A3:B4"]],
    ["", []],
  ])("%s", (address, expected) => {
    expect(mergedRangesOf(address)).toEqual(expected);
  });
});

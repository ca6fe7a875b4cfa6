import { parseVietnameseNumber } from "./parseNumber";

describe("parseVietnameseNumber", () => {
  test.each([
    ["12.450", 12450, false],
    ["2.881,5", 2881.5, false],
    ["1.200", 1200, false],
    ["12.450.000", 12450000, false],
    ["12.450.000,75", 12450000.75, false],
    ["12,5", 12.5, false],
    ["0,85", 0.85, false],
    ["12.5", 12.5, false],
    ["0.500", 0.5, false],
    ["1,234.5", 1234.5, false],
    ["1,234,567", 1234567, false],
    ["98 560", 98560, false],
    ["98\u00a0560", 98560, false],
    ["  45 ", 45, false],
    ["85%", 0.85, true],
    ["85 %", 0.85, true],
    ["66,7%", 0.667, true],
    ["-12", -12, false],
    ["(120)", -120, false],
    ["+5", 5, false],
    ["０", null, false],
  ])("reads %j as %p", (text, value, percent) => {
    const r = parseVietnameseNumber(text);
    if (value === null) expect(r).toBeNull();
    else {
      expect(r?.value).toBeCloseTo(value, 10);
      expect(r?.percent).toBe(percent);
    }
  });

  test.each([
    "",
    "abc",
    "12a",
    "khoảng 4",
    "1.2.3",
    "12.45.000",
    "1,2,3",
    "1.234,5,6",
    "12.",
    ",5",
    "--5",
    "1 2",
    "≥ 20%",
  ])("refuses %j rather than guess", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  test("reads text typed in NFD and with thin spaces the same", () => {
    expect(parseVietnameseNumber("1\u2009200\u202f000")?.value).toBe(1200000);
  });
});

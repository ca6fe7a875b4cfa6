import { HyperFormula } from "hyperformula";
import { type Input } from "../plan/schema";
import { readCell } from "../values/reading";
import { classifyWord } from "../values/words";
import { type Cell } from "../workbook/model";
import { checkFormula, emulateCheck, emulateParse, excelTrim, parseFormula } from "./readingFormula";
import spellings from "./yesNoSpellings.json";
import { yesNoLists } from "./yesNoWords";

const amount: Input = {
  id: "revenue",
  name: { vi: "Doanh thu", en: "Revenue" },
  type: "amount",
  series: "yearly",
  unitOfMeasure: { vi: "triệu đồng", en: "million VND" },
  min: 0,
  synonyms: [],
  exclusions: [],
  qualifiers: [],
  subjects: [],
};
const count: Input = { ...amount, id: "staff", type: "count", series: "status", integer: true };
const yesNo: Input = { ...amount, id: "platforms", type: "yes-no", series: "status" };
const lists = yesNoLists(["Có (từ 2024)"]);

/** The parse and check formulas evaluated by a spreadsheet engine on one cell value. */
function evaluate(input: Input, value: string | number | boolean | null): unknown {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  hf.addSheet("Báo cáo");
  hf.addSheet("S");
  const src = hf.getSheetId("Báo cáo") ?? 0;
  const s = hf.getSheetId("S") ?? 1;
  hf.setCellContents({ sheet: src, row: 0, col: 0 }, typeof value === "string" ? `'${value}` : value);
  hf.setCellContents({ sheet: s, row: 0, col: 0 }, `=${parseFormula(input, "'Báo cáo'!$A$1", lists)}`);
  hf.setCellContents({ sheet: s, row: 0, col: 1 }, `=${checkFormula(input, { value }, "$A$1", null)}`);
  const got = hf.getCellValue({ sheet: s, row: 0, col: 1 });
  return got === "" ? null : got;
}

describe("a live reading reads a cell as chitieu does", () => {
  test.each<[Input, string | number | boolean | null, number | null]>([
    [amount, 12450, 12450],
    [amount, "12.450", 12450],
    [amount, "2.881,5", 2881.5],
    [amount, "12,5", 12.5],
    [amount, "98\u00a0560", 98560],
    [amount, " 1 200 ", 1200],
    [amount, "12.450.000", 12450000],
    [amount, "", null],
    [amount, null, null],
    [amount, "-", null],
    [amount, "chưa có số liệu", null],
    [amount, "khoảng 4", null],
    [amount, "1.2.3", null],
    [amount, "12,", null],
    [amount, -5, null],
    [count, 45.5, null],
    [count, "45", 45],
    [yesNo, true, 1],
    [yesNo, false, 0],
    [yesNo, 1, 1],
    [yesNo, 2, null],
    [yesNo, "Có", 1],
    [yesNo, "  ĐÃ TRIỂN KHAI ", 1],
    [yesNo, "Chưa triển khai", 0],
    [yesNo, "x", 1],
    [yesNo, "Có (từ 2024)", 1],
    [yesNo, "Không áp dụng", null],
    [yesNo, "Có lẽ", null],
  ])("%#: %j → %j, as the engine reads it", (input, value, want) => {
    const cell: Cell | undefined = value === null ? undefined : { value };
    const reading = readCell(cell, input);
    const engine = reading.kind === "problem" ? null : Number(reading.value);
    expect(engine).toBe(want);
    const parsed = emulateParse(input, cell, lists);
    expect(emulateCheck(input, cell, parsed === "date" ? null : parsed, null)).toBe(want);
    expect(evaluate(input, value)).toBe(want);
  });

  test("text the formula cannot read as chitieu does is told apart by the emulation", () => {
    // English grouping: chitieu reads 1234.5; the formula refuses it, so the value is written instead.
    const cell = { value: "1,234.5" };
    expect(readCell(cell, amount)).toEqual({ kind: "number", value: 1234.5 });
    expect(emulateParse(amount, cell, lists)).toBeNull();
    expect(emulateParse(amount, { value: new Date("2025-01-01") }, lists)).toBe("date");
  });

  test("trained above total is not used", () => {
    expect(emulateCheck(count, { value: 46 }, 46, 45)).toBeNull();
    expect(emulateCheck(count, { value: 45 }, 45, 45)).toBe(45);
  });

  test("every Vietnamese spelling is read in its class by classifyWord", () => {
    for (const w of spellings.yes)
      expect([w, classifyWord(w) ?? (w === "1" ? "yes" : null)]).toEqual([w, "yes"]);
    for (const w of spellings.no)
      expect([w, classifyWord(w) ?? (w === "0" ? "no" : null)]).toEqual([w, "no"]);
  });

  test("Excel's TRIM: ASCII spaces only, runs folded", () => {
    expect(excelTrim("  a   b\u00a0 ")).toBe("a b");
  });
});

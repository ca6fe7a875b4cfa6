import { type Workbook } from "./model";
import { cellCount, ownText, slimWorkbook } from "./slim";

/** A workbook whose text is cut out of one long string, as a reader cuts it out of a file's XML. */
function cutWorkbook(): { workbook: Workbook; xml: string } {
  const xml = `<sst>${"x".repeat(5000)}<t>Không áp dụng (not applicable)</t><font>Times New Roman</font></sst>`;
  const cut = (from: string, to: string) => xml.slice(xml.indexOf(from) + from.length, xml.indexOf(to));
  const value = cut("<t>", "</t>");
  const font = cut("<font>", "</font>");
  const rows: Workbook["sheets"][number]["rows"] = [];
  rows[3] = [
    undefined,
    { value: 1 },
    { value, numFmt: "@", font },
    { value: { error: "#DIV/0!" }, formula: "1/0" },
  ];
  rows[4] = [undefined, { value: new Date("2025-12-31T00:00:00Z"), font }];
  const sheet = { name: cut("<t>", " ("), state: "visible" as const, rows, merges: ["A1:B1"] };
  return { workbook: { name: "a.xlsx", sheets: [sheet], definedNames: [{ name: "n", ref: "S!A1" }] }, xml };
}

describe("slimWorkbook", () => {
  test("keeps only the cells asked for, every sheet's name and state, no merges or names", () => {
    const { workbook } = cutWorkbook();
    const slim = slimWorkbook(workbook, [
      { sheet: "Không áp dụng", row: 3, col: 2 },
      { sheet: "Không áp dụng", row: 3, col: 3 },
      { sheet: "Không áp dụng", row: 9, col: 9 },
      { sheet: "Elsewhere", row: 3, col: 1 },
    ]);
    expect(cellCount(slim)).toBe(2);
    expect(slim.sheets.map((s) => [s.name, s.state, s.merges])).toEqual([["Không áp dụng", "visible", []]]);
    expect(slim.definedNames).toEqual([]);
    expect(slim.sheets[0]?.rows[4]).toBeUndefined();
  });

  test("the cells are copies: equal, properties in the same order, not the model's objects", () => {
    const { workbook } = cutWorkbook();
    const at = [3, 4].flatMap((row) => [1, 2, 3].map((col) => ({ sheet: "Không áp dụng", row, col })));
    const slim = slimWorkbook(workbook, at);
    for (const { row, col } of at) {
      const was = workbook.sheets[0]?.rows[row]?.[col];
      const now = slim.sheets[0]?.rows[row]?.[col];
      expect(now).toEqual(was);
      if (was === undefined) continue;
      expect(now).not.toBe(was);
      expect(Object.keys(now ?? {})).toEqual(Object.keys(was));
      if (was.value instanceof Date) expect(now?.value).toEqual(was.value);
    }
    expect(JSON.stringify(slim.sheets[0]?.rows[3])).toBe(JSON.stringify(workbook.sheets[0]?.rows[3]));
  });
});

describe("ownText", () => {
  test("gives the same text, whatever it was cut from", () => {
    const { xml } = cutWorkbook();
    for (const text of ["", "a", xml.slice(5000, 5060), xml, 'Tiếng Việt có dấu \u0000 "quoted" \\ \n'])
      expect(ownText(text)).toBe(text);
  });
});

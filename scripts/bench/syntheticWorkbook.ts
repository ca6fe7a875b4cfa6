import { type Cell, type Sheet, type Workbook } from "../../src/core/workbook/model";

/** A deterministic generator: the same size gives the same workbook. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = [
  "Số tin, bài phục vụ nhiệm vụ chính trị tháng",
  "Doanh thu quảng cáo",
  "Tổng doanh thu",
  "Số lượt truy cập trang điện tử",
  "Số giờ phát sóng",
  "Số người được tập huấn nghiệp vụ",
  "Chi phí sản xuất chương trình",
  "Số bản in phát hành",
  "Tin ảnh",
  "Phóng sự",
  "Bài viết chuyên đề",
  "Video clip trên mạng xã hội",
];

/**
 * A workbook of `cells` non-empty cells: a detail sheet of labelled numeric rows (some labels look like the
 * plan's inputs, some are decoys), under a header row of years, beside a small report sheet per agency.
 */
export function syntheticWorkbook(
  cells: number,
  seed = 1,
  /** "months": the detail sheet's columns are the months of 2025 (parts of the year: detection rules them out
   * early); "years": they are years 2006–2024, so every row whose label names an input gives candidates. */
  columns_: "months" | "years" = "months",
  /** "number": each row's label ends on its row number ("Doanh thu quảng cáo 12345"), as a long list's codes do:
   * labels that differ only in that number share one analysis (src/core/detect/numbered.ts). "letters": the row's
   * number is written in letters ("… mã bcdf"), so each label is analysed on its own (only partial matching's memo,
   * which reads a word no input holds by its place alone, is shared, src/core/detect/partial.ts). */
  labels: "number" | "letters" = "number",
): Workbook {
  const rnd = prng(seed);
  const columns = 20;
  const rowsNeeded = Math.ceil(cells / columns);
  const rows: Sheet["rows"] = [];
  const header: Array<Cell | undefined> = [];
  header[1] = { value: "Chỉ tiêu" };
  for (let c = 2; c <= columns; c++)
    header[c] = { value: columns_ === "months" ? `Tháng ${c - 1} năm 2025` : `Năm ${2004 + c}` };
  rows[1] = header;
  let count = columns;
  for (let r = 2; count < cells; r++) {
    const line: Array<Cell | undefined> = [];
    const head = LABELS[Math.floor(rnd() * LABELS.length)] ?? "";
    line[1] = { value: labels === "number" ? `${head} ${r}` : `${head} mã ${inLetters(r)}` };
    count++;
    for (let c = 2; c <= columns && count < cells; c++, count++)
      line[c] = { value: Math.round(rnd() * 100000) };
    rows[r] = line;
    if (r > rowsNeeded + 10) break;
  }
  const detail: Sheet = { name: "Chi tiết 2025", state: "visible", rows, merges: [] };
  const agency = (name: string): Sheet => {
    const grid: Array<Array<Cell | undefined> | undefined> = [];
    grid[1] = [undefined, { value: `Đơn vị báo cáo: ${name}` }];
    grid[3] = [undefined, { value: "Chỉ tiêu" }, { value: "Năm 2022" }, { value: "Năm 2025" }];
    grid[4] = [undefined, { value: "Tổng doanh thu (Tr.đồng)" }, { value: 1000 }, { value: 1250 }];
    grid[5] = [
      undefined,
      { value: "Số tin, bài phục vụ nhiệm vụ chính trị" },
      { value: 900 },
      { value: 1100 },
    ];
    grid[6] = [undefined, { value: "Tòa soạn hội tụ" }, undefined, { value: "Có" }];
    return { name, state: "visible", rows: grid, merges: [] };
  };
  return {
    name: `bench-${cells}.xlsx`,
    sheets: [
      detail,
      agency("Báo Lai Châu"),
      agency("Đài PT-TH Lai Châu"),
      agency("Tạp chí Văn nghệ Lai Châu"),
    ],
    definedNames: [],
  };
}

/** A number written in consonants ("bcdf…"), base 16: a word of its own for every row. */
function inLetters(n: number): string {
  const digits = "bcdfghklmnpqrstv";
  let out = "";
  for (let x = n; x > 0; x = Math.floor(x / digits.length)) out = (digits[x % digits.length] ?? "") + out;
  return out || "b";
}

export function countCells(wb: Workbook): number {
  let n = 0;
  for (const s of wb.sheets) for (const row of s.rows) if (row) for (const c of row) if (c) n++;
  return n;
}

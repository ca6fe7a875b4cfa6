import { builtInPlan } from "../plan/catalogue";
import { type Cell, type CellScalar, type Sheet, sheetFromGrid, type Workbook } from "../workbook/model";
import { detect } from "./detect";
import { type Proposal } from "./types";

const plan = builtInPlan("lai-chau-3414");
const wb = (name: string, ...sheets: Sheet[]): Workbook => ({ name, sheets, definedNames: [] });
const sheet = (name: string, grid: Array<Array<CellScalar | Cell>>, extra: Partial<Sheet> = {}): Sheet => ({
  ...sheetFromGrid(name, grid),
  ...extra,
});

function find(proposals: Proposal[], input: string, unit: string, year?: number): string | undefined {
  const p = proposals.find((x) => x.input === input && x.unit === unit && x.year === year);
  return p ? `${p.sheet}!${p.cell}` : undefined;
}

describe("detect: layouts", () => {
  test("a sheet per agency with years as columns (unit from the sheet name)", () => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet("Báo Lai Châu", [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2025"],
          [1, "Tổng doanh thu", "Tr.đồng", 10000, 12450],
          [2, "Tòa soạn hội tụ", "Có/Không", null, "Có"],
        ]),
      ),
    ]);
    expect(find(d.mappings, "revenue", "bao-lai-chau", 2022)).toBe("Báo Lai Châu!D2");
    expect(find(d.mappings, "revenue", "bao-lai-chau", 2025)).toBe("Báo Lai Châu!E2");
    expect(find(d.mappings, "converged_newsroom", "bao-lai-chau")).toBe("Báo Lai Châu!E3");
    expect(d.mappings.find((m) => m.input === "revenue")?.reason).toMatch(/tên trang "Báo Lai Châu"/);
    expect(d.reportYear).toBe(2025);
  });

  test("agencies as columns with the year in the row label", () => {
    const d = detect(plan, [
      wb(
        "b.xlsx",
        sheet("Tổng hợp", [
          ["Chỉ tiêu", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tạp chí VNLC"],
          ["Doanh thu năm 2022 (Tr.đồng)", "10.000", "2.400", "300"],
          ["Doanh thu năm 2025 (Tr.đồng)", "12.450", "2.881,5", "310"],
        ]),
      ),
    ]);
    expect(find(d.mappings, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Tổng hợp!C3");
    expect(find(d.mappings, "revenue", "tap-chi-van-nghe-lai-chau", 2022)).toBe("Tổng hợp!D2");
  });

  test("a long list: one row per agency, indicator and year", () => {
    const d = detect(plan, [
      wb(
        "c.xlsx",
        sheet("Dữ liệu", [
          ["Đơn vị", "Chỉ tiêu", "Năm", "Giá trị"],
          ["Báo Lai Châu", "Tổng doanh thu", 2022, 10000],
          ["Báo Lai Châu", "Tổng doanh thu", 2025, 12450],
          ["Đài PTTH Lai Châu", "Tổng doanh thu", 2025, 2881.5],
        ]),
      ),
    ]);
    expect(find(d.mappings, "revenue", "bao-lai-chau", 2022)).toBe("Dữ liệu!D2");
    expect(find(d.mappings, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Dữ liệu!D4");
  });

  test("transposed: indicators as columns, agencies as rows, the year in the title", () => {
    const d = detect(plan, [
      wb(
        "d.xlsx",
        sheet("Năm 2025", [
          ["BÁO CÁO NĂM 2025"],
          [],
          ["Đơn vị", "Tổng doanh thu (Tr.đồng)", "Tự chủ tài chính"],
          ["Báo Lai Châu", 12450, "Có"],
          ["Tạp chí Văn nghệ", 310, "Không"],
        ]),
      ),
    ]);
    expect(find(d.mappings, "revenue", "bao-lai-chau", 2025)).toBe("Năm 2025!B4");
    expect(find(d.mappings, "autonomous", "tap-chi-van-nghe-lai-chau")).toBe("Năm 2025!C5");
  });

  test("the unit from the 'Đơn vị báo cáo' line, not from the receiving unit", () => {
    const d = detect(plan, [
      wb(
        "e.xlsx",
        sheet("Biểu 01", [
          ["Đơn vị báo cáo: Đài Phát thanh và Truyền hình Lai Châu"],
          ["Đơn vị nhận báo cáo: Sở Khoa học và Công nghệ"],
          ["Chỉ tiêu", "Thực hiện 2025"],
          ["Cấp độ an toàn hệ thống thông tin", 2],
        ]),
      ),
    ]);
    expect(find(d.mappings, "security_level", "dai-ptth-lai-chau")).toBe("Biểu 01!B4");
  });

  test("one workbook per agency: the unit from the file name", () => {
    const d = detect(plan, [
      wb(
        "tap-chi-van-nghe.xlsx",
        sheet("Sheet1", [
          ["Chỉ tiêu", "2025"],
          ["Được cấp phép lại", "Đã cấp phép"],
        ]),
      ),
    ]);
    expect(find(d.mappings, "licensed", "tap-chi-van-nghe-lai-chau")).toBe("Sheet1!B2");
  });

  test("labels in a legacy font and in NFD", () => {
    const d = detect(plan, [
      wb(
        "f.xlsx",
        sheet("Báo LC", [
          ["Chỉ tiêu", "Năm 2025"],
          [{ value: "Tù chñ tµi chÝnh", font: ".VnTime" }, "Có"],
          ["Vận hành mô hình tòa soạn hội tụ".normalize("NFD"), "x"],
        ]),
      ),
    ]);
    expect(find(d.mappings, "autonomous", "bao-lai-chau")).toBe("Báo LC!B2");
    expect(find(d.mappings, "converged_newsroom", "bao-lai-chau")).toBe("Báo LC!B3");
  });
});

describe("detect: traps", () => {
  test("a plan column beside the actual one is not read", () => {
    const d = detect(plan, [
      wb(
        "g.xlsx",
        sheet("Báo Lai Châu", [
          ["Chỉ tiêu", "Kế hoạch 2025", "Thực hiện 2025", "Tỷ lệ % TH/KH", "Ghi chú"],
          ["Tổng doanh thu", 12000, 12450, 1.04, "Năm 2025 ước"],
        ]),
      ),
    ]);
    expect(find(d.mappings, "revenue", "bao-lai-chau", 2025)).toBe("Báo Lai Châu!C2");
    expect(d.mappings.filter((m) => m.input === "revenue")).toHaveLength(1);
  });

  test("decoy rows: advertising revenue and all articles are not the plan's inputs", () => {
    const d = detect(plan, [
      wb(
        "h.xlsx",
        sheet("Báo Lai Châu", [
          ["Chỉ tiêu", "Năm 2025"],
          ["Doanh thu quảng cáo", 3000],
          ["Tổng số tin, bài", 9000],
          ["Số lượt truy cập", 100000],
          ["Số người được tập huấn nghiệp vụ", 20],
        ]),
      ),
    ]);
    expect(d.mappings).toEqual([]);
  });

  test("prefers 'not found' to a guess: a decoy alone is left unmatched and listed", () => {
    const d = detect(plan, [
      wb(
        "i.xlsx",
        sheet("Báo Lai Châu", [
          ["Chỉ tiêu", "Năm 2025"],
          ["Doanh thu quảng cáo", 3000],
        ]),
      ),
    ]);
    expect(d.unmatched).toContainEqual({ input: "revenue", unit: "bao-lai-chau", year: 2022 });
  });

  test("hidden scratch sheets are not read", () => {
    const hidden = sheet(
      "Nháp",
      [
        ["Chỉ tiêu", "Năm 2025"],
        ["Tổng doanh thu", 1],
      ],
      { state: "hidden" },
    );
    const d = detect(plan, [wb("j.xlsx", { ...hidden, name: "Báo Lai Châu" })]);
    expect(d.mappings).toEqual([]);
  });

  test("last year's sheet loses to this year's for a status input", () => {
    const d = detect(plan, [
      wb(
        "k.xlsx",
        sheet("Báo Lai Châu 2024", [
          ["Chỉ tiêu", "Giá trị"],
          ["Cấp độ an toàn hệ thống thông tin", 2],
        ]),
        sheet("Báo Lai Châu 2025", [
          ["Chỉ tiêu", "Giá trị"],
          ["Cấp độ an toàn hệ thống thông tin", 3],
        ]),
      ),
    ]);
    expect(find(d.mappings, "security_level", "bao-lai-chau")).toBe("Báo Lai Châu 2025!B2");
  });

  test("a totals column and a code column are not an agency's value", () => {
    const d = detect(plan, [
      wb(
        "l.xlsx",
        sheet("Tổng hợp", [
          ["Chỉ tiêu", "Mã số", "Báo Lai Châu", "Cộng"],
          ["Tổng doanh thu năm 2025", "02", 12450, 15641],
        ]),
      ),
    ]);
    expect(d.mappings.map((m) => m.cell)).toEqual(["C2"]);
  });

  test("every proposal carries a confidence between 0 and 1 and a reason in both languages", () => {
    const d = detect(plan, [
      wb(
        "m.xlsx",
        sheet("Đài PT-TH", [
          ["Chỉ tiêu", "Năm 2025"],
          ["Tổng doanh thu", 1],
        ]),
      ),
    ]);
    const p = d.mappings[0];
    expect(p?.confidence).toBeGreaterThan(0.6);
    expect(p?.confidence).toBeLessThanOrEqual(1);
    expect(p?.reason).toMatch(/Nhãn "Tổng doanh thu"/);
    expect(p?.reasonEn).toMatch(/Label "Tổng doanh thu"/);
  });

  test("a column of figures under one label, with nothing on the rows to tell them apart, is not an answer", () => {
    const column = sheet("Báo Lai Châu", [["Tổng số cán bộ", "Ghi chú"], [45], [46], [47]]);
    expect(detect(plan, [wb("n.xlsx", column)]).mappings).toEqual([]);
    const single = sheet("Báo Lai Châu", [["Tổng số cán bộ", "Ghi chú"], [45]]);
    expect(find(detect(plan, [wb("o.xlsx", single)]).mappings, "staff_total", "bao-lai-chau")).toBe(
      "Báo Lai Châu!A2",
    );
  });
});

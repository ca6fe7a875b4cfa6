import { builtInPlan } from "../plan/catalogue";
import { type Cell, type CellScalar, type Sheet, sheetFromGrid, type Workbook } from "../workbook/model";
import { detect } from "./detect";
import { DEFAULT_MIN_CONFIDENCE, type Proposal } from "./types";

/** Layout structure that tells which agency, year and kind of figure a cell is (ADR 0007, "Generalising"). */
const plan = builtInPlan("lai-chau-3414");
const wb = (name: string, ...sheets: Sheet[]): Workbook => ({ name, sheets, definedNames: [] });
const sheet = (name: string, grid: Array<Array<CellScalar | Cell>>, merges: string[] = []): Sheet => ({
  ...sheetFromGrid(name, grid),
  merges,
});
const used = (d: { mappings: Proposal[] }) =>
  d.mappings.filter((m) => m.confidence >= DEFAULT_MIN_CONFIDENCE);
const at = (ps: Proposal[], input: string, unit: string, year?: number) =>
  ps
    .filter((p) => p.input === input && p.unit === unit && p.year === year)
    .map((p) => `${p.sheet}!${p.cell}`)[0];

const agenciesHeader = ["STT", "Chỉ tiêu", "ĐVT", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tạp chí VNLC"];

describe("a sheet per year: the year is the sheet's name", () => {
  // A label that names revenue less surely: the year's clue decides whether it is used.
  const label = "Nguồn thu của cơ quan báo chí";
  const header = ["STT", "Chỉ tiêu", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tạp chí VNLC"];
  test.each([
    ["Năm 2024", "Năm 2025"],
    ["2024", "2025"],
    ["N2024", "N2025"],
  ])("sheets %s and %s", (older, newer) => {
    const d = detect(plan, [
      wb(
        "so-lieu.xlsx",
        sheet(older, [header, [1, label, 900, 400, 90]]),
        sheet(newer, [header, [1, label, 1000, 450, 95]]),
      ),
    ]);
    const ps = used(d);
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe(`${older}!C2`);
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2025)).toBe(`${newer}!E2`);
  });
});

describe("agencies stacked in blocks: the agency from the heading above, the year from the one header", () => {
  const header = [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Ghi chú"]];
  const block = (heading: string, row: number): Array<Array<CellScalar | Cell>> => [
    [heading],
    [1, "Tổng doanh thu", "Tr.đồng", 100 * row, 110 * row],
    [2, "Tòa soạn hội tụ", "Có/Không", null, "Có"],
  ];
  test.each([
    ["merged headings", true],
    ["plain headings", false],
  ])("%s", (_name, merged) => {
    const grid = [
      ...header,
      ...block("I. BÁO LAI CHÂU", 1),
      ...block("II. ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH", 2),
      ...block("III. BBT VĂN NGHỆ LAI CHÂU", 3),
    ];
    const merges = merged ? ["A2:F2", "A5:F5", "A8:F8"] : [];
    const ps = used(detect(plan, [wb("khoi.xlsx", sheet("Tổng hợp", grid, merges))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Tổng hợp!E3");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Tổng hợp!D6");
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2025)).toBe("Tổng hợp!E9");
    expect(at(ps, "converged_newsroom", "tap-chi-van-nghe-lai-chau")).toBe("Tổng hợp!E10");
  });
});

describe("cells of a data row are its content, not headers of the columns below", () => {
  test.each([
    // Right after the label: only the figure in it tells it from a header.
    ["a figure in words right after the label", ["Trên 12.700", 400, 90]],
    // After the row's values: the row's content whatever it says.
    ["a target word after the row's values", [1100, 400, "Triển khai"]],
  ] as const)("%s", (_name, plan4) => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet("Năm 2025", [
          agenciesHeader,
          [1, "Số tin, bài phục vụ nhiệm vụ chính trị", "Tin, bài", 1200, 2400, 150],
          [2, "Doanh thu quảng cáo", "Tr.đồng", 300, 100, 10],
          [3, "Số lượt truy cập", "Lượt", 120000, 90000, 3000],
          [4, "Kế hoạch: Tổng doanh thu", "Tr.đồng", ...plan4],
          [5, "Tổng doanh thu", "Tr.đồng", 1000, 450, 95],
          [6, "Tòa soạn hội tụ", "Có/Không", "Có", "Không", plan4[2]],
          [7, "Số sự cố mất an toàn thông tin", "Vụ", 1, 2, 0],
          [8, "Số hộ gia đình có máy thu hình", "Hộ", 10, 20, 30],
          [9, "Tổng số cán bộ, phóng viên", "Người", 50, 120, 14],
        ]),
      ),
    ]);
    const ps = used(d);
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Năm 2025!D6");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Năm 2025!D10");
    expect(at(ps, "staff_total", "tap-chi-van-nghe-lai-chau")).toBe("Năm 2025!F10");
  });
});

describe("row numbers before the label are not values", () => {
  test.each([["1"], [1]])("parent row numbered %j, sub-rows by year", (n) => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet("Tổng hợp", [
          ["STT", "Nội dung", "ĐVT", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tạp chí VNLC"],
          [n, "TỔNG DOANH THU", "Tr.đ"],
          ["+", "Năm 2024", null, 900, 400, 90],
          ["+", "Năm 2025", null, 1000, 450, 95],
        ]),
      ),
    ]);
    const ps = used(d);
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Tổng hợp!E3");
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2025)).toBe("Tổng hợp!F4");
  });
});

describe("a question with its years as sub-rows (questionnaires)", () => {
  test.each([
    ["+ 2024", "+ 2025"],
    ["- Năm 2024:", "- Năm 2025:"],
    ["• 2024", "2025"],
    ["Trong đó năm 2024", "Riêng năm 2025"],
  ])("sub-rows %j and %j under a parent label, below a title that names the report's year", (y1, y2) => {
    const d = detect(plan, [
      wb(
        "phieu.xlsx",
        sheet(
          "Báo Lai Châu",
          [
            ["PHIẾU THU THẬP THÔNG TIN NĂM 2025"],
            [null],
            ["Câu", "Nội dung câu hỏi", "Trả lời", "Ghi chú"],
            ["Câu 1", "Tổng doanh thu trong năm (triệu đồng):"],
            [null, y1, "9.485"],
            [null, y2, 10047],
          ],
          ["A1:D1"],
        ),
      ),
    ]);
    const ps = used(d);
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Báo Lai Châu!C5");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Báo Lai Châu!C6");
    // "+ 2024" is the row's year, never a figure of 2,024.
    expect(d.mappings.some((m) => m.cell.startsWith("B"))).toBe(false);
  });

  test("a section number '1.1' before a parent label is numbering, not a value", () => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet("Tổng hợp", [
          [
            "STT",
            "Nội dung",
            "ĐVT",
            "Tòa soạn Báo Lai Châu - Cơ quan của Đảng bộ tỉnh Lai Châu",
            "Đài PT và TH tỉnh",
          ],
          ["1.1", "TỔNG DOANH THU", "Tr.đ"],
          ["-", "Năm 2024", null, 900, 400],
          ["-", "Năm 2025", null, 1000, 450],
        ]),
      ),
    ]);
    const ps = used(d);
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Tổng hợp!D3");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Tổng hợp!E4");
  });
});

describe("a sheet per indicator: the title names the input, the rows name the agencies", () => {
  const grid = (title: string): Array<Array<CellScalar | Cell>> => [
    [title],
    ["(Đơn vị tính: triệu đồng)"],
    [null],
    ["STT", "Cơ quan báo chí", "N.2024", "N.2025", "2025 so với 2024 (%)", "Mức phấn đấu 2025"],
    [1, "Báo Đảng bộ tỉnh Lai Châu", 10214, 11036, 108, 13200],
    [2, "Đài PT-TH tỉnh", 3628, 4427.5, 122, 5300],
    [null, "Cộng 3 cơ quan", 13842, 15463.5],
  ];
  test.each([["TỔNG DOANH THU CỦA CÁC CƠ QUAN BÁO CHÍ"], ["DOANH THU SỰ NGHIỆP & DỊCH VỤ"]])(
    "%s",
    (title) => {
      const d = detect(plan, [wb("a.xlsx", sheet("02-Doanh thu", grid(title), ["A1:F1"]))]);
      const ps = used(d);
      expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("02-Doanh thu!C5");
      expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("02-Doanh thu!D6");
      // Neither the growth column, nor the target column, nor the total row.
      expect(ps.filter((p) => /^(E|F)\d|7$/.test(p.cell))).toEqual([]);
    },
  );

  test("a title that names several inputs names none", () => {
    const d = detect(plan, [wb("a.xlsx", sheet("S", grid("DOANH THU VÀ NHÂN LỰC CÁC CƠ QUAN"), ["A1:F1"]))]);
    expect(used(d)).toEqual([]);
  });

  test("figures that happen to lie between 1990 and 2099 do not make a row of year headers", () => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet("S", [
          ["SỐ TIN, BÀI MỚI PHỤC VỤ NHIỆM VỤ CHÍNH TRỊ"],
          ["STT", "Đơn vị", "Năm 2023", "Năm 2024", "Năm 2025"],
          [1, "Đài PT-TH tỉnh", 1897, 2010, 2078],
          [2, "Báo Lai Châu", 1500, 1600, 1700],
        ]),
      ),
    ]);
    const ps = used(d);
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("S!D3");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("S!E4");
  });
});

describe("parts of the year and other years' files", () => {
  test("quarter columns are parts of the year: the full year's column is the figure", () => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet(
          "Biểu",
          [
            ["Cơ quan báo cáo: Báo Lai Châu"],
            ["STT", "Chỉ tiêu", "Năm 2025", null, null, null, null],
            [null, null, "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
            [1, "Tổng doanh thu", 2719, 2659, 2445, 2619, 10442],
          ],
          ["C2:G2"],
        ),
      ),
    ]);
    expect(at(used(d), "revenue", "bao-lai-chau", 2025)).toBe("Biểu!G4");
  });

  test("a year's own file is the source of its figure; another year's file repeating it is not", () => {
    const file = (year: number, prev: number, cur: number) =>
      wb(
        `So lieu nam ${year}.xlsx`,
        sheet("Tổng hợp", [
          [`TỔNG HỢP SỐ LIỆU NĂM ${year}`],
          ["STT", "Nội dung", `Năm trước (${year - 1})`, `Năm ${year}`],
          ["I", "BÁO LAI CHÂU"],
          [1, "Tổng doanh thu", prev, cur],
        ]),
      );
    const ps = used(detect(plan, [file(2024, 9000, 9500), file(2023, 8800, 9000)]));
    expect(ps.find((p) => p.input === "revenue" && p.year === 2023)?.workbook).toBe("So lieu nam 2023.xlsx");
    expect(ps.find((p) => p.input === "revenue" && p.year === 2024)?.workbook).toBe("So lieu nam 2024.xlsx");
  });

  test("words run together in a file name name the unit ('BaoLC_BC_CDS_2025.xlsx')", () => {
    const d = detect(plan, [
      wb(
        "BaoLC_BC_CDS_2025.xlsx",
        sheet("Sheet1", [
          ["STT", "Chỉ tiêu", "Năm 2025"],
          [1, "Tổng doanh thu", 9000],
        ]),
      ),
    ]);
    expect(at(used(d), "revenue", "bao-lai-chau", 2025)).toBe("Sheet1!C2");
  });
});

describe("a summary whose formulas copy the agencies' sheets", () => {
  test("the figure's own cell is mapped, not its copy", () => {
    const agency = sheet("Báo Lai Châu", [
      ["BÁO LAI CHÂU"],
      ["STT", "Chỉ tiêu", "Năm 2025"],
      // As sure a label as the summary's: without the rule the copy, higher on its sheet, would win the tie.
      [1, "Doanh thu", 12265],
    ]);
    const summary = sheet("TH chung", [
      ["Chỉ tiêu", "Báo Lai Châu"],
      ["Tổng doanh thu năm 2025", { value: 12265, formula: "'Báo Lai Châu'!C3" }],
    ]);
    const ps = used(detect(plan, [wb("a.xlsx", summary, agency)]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Báo Lai Châu!C3");
  });

  test("even when the agency's own sheet says nothing the matcher reads, the copy leads to the figure's cell", () => {
    const agency = sheet("Số liệu BLC", [
      [null, null, null],
      [null, null, null],
      [null, "Mục 2", 12265],
    ]);
    const summary = sheet("TH chung", [
      ["Chỉ tiêu", "Báo Lai Châu"],
      ["Tổng doanh thu năm 2025", { value: 12265, formula: "'Số liệu BLC'!$C$3" }],
    ]);
    const ps = used(detect(plan, [wb("a.xlsx", summary, agency)]));
    const p = ps.find((x) => x.input === "revenue");
    expect(p ? `${p.sheet}!${p.cell}` : null).toBe("Số liệu BLC!C3");
    expect(p?.reasonEn).toContain("TH chung!B2 copies this cell");
  });
});

describe("the unit of measure of a row corroborates or contradicts a weak match", () => {
  const label = "Mức hệ thống thông tin được phê duyệt (cấp 1-5)";
  test.each([
    ["Cấp độ", "Cấp độ 3", true],
    ["Vụ", 3, false],
  ] as const)("ĐVT %s, value %j → proposed: %s", (measure, value, proposed) => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet("Báo Lai Châu", [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025"],
          [1, label, measure, value],
        ]),
      ),
    ]);
    expect(at(used(d), "security_level", "bao-lai-chau") !== undefined).toBe(proposed);
  });
});

describe("a status answer of this year beats one left on last year's sheet", () => {
  test("even when last year's label matches better", () => {
    const d = detect(plan, [
      wb(
        "a.xlsx",
        sheet("Báo Lai Châu", [
          ["Chỉ tiêu", "ĐVT", "Năm 2025"],
          ["Sản xuất theo mô hình hội tụ", "Có/Không", "Có"],
        ]),
        sheet("Năm 2024", [
          ["Chỉ tiêu", "ĐVT", "Thực hiện 2024"],
          ["Báo Lai Châu"],
          ["Vận hành mô hình tòa soạn hội tụ", "Có/Không", "Không"],
        ]),
      ),
    ]);
    expect(at(used(d), "converged_newsroom", "bao-lai-chau")).toBe("Báo Lai Châu!C2");
  });
});

describe("a weak match does not turn a title into a label", () => {
  // The title shares "tạp" (of "tạp chí") and "chuyển đổi" with "tập huấn chuyển đổi số": a weak match at most.
  const title = "BÁO CÁO CHUYỂN ĐỔI SỐ NĂM 2025 - TẠP CHÍ VNLC";
  test("the title still names the unit of the sheet", () => {
    const d = detect(plan, [
      wb(
        "bao-cao-3.xlsx",
        sheet("Biểu 01", [
          [title],
          [],
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025"],
          [1, "Tổng số cán bộ, phóng viên", "Người", 14],
        ]),
      ),
    ]);
    expect(at(used(d), "staff_total", "tap-chi-van-nghe-lai-chau")).toBe("Biểu 01!D4");
  });
});

describe("tables titled by an input: years or states as rows, agencies as columns", () => {
  const agencies = ["Năm", "Đài LCTV", "Báo Lai Châu", "Tạp chí VNLC"];
  const grid: Array<Array<CellScalar | Cell>> = [
    ["Bảng 1. Số tin, bài phục vụ nhiệm vụ chính trị"],
    agencies,
    ["Năm 2024", 2400, 1300, 80],
    ["Năm 2025", 2500, 1400, 90],
    [],
    ["Bảng 2. Tổng biên chế, hợp đồng của cơ quan"],
    ["Nội dung", ...agencies.slice(1)],
    ["Hiện trạng", 117, 55, 14],
    ["Số biên chế được UBND tỉnh giao", 68, 47, 9],
  ];
  test("each agency's figure of each year, and the state row under the second title", () => {
    const ps = used(detect(plan, [wb("bang.xlsx", sheet("PL", grid))]));
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("PL!B3");
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("PL!D4");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("PL!C8");
    // The longer row under the title is a label of its own (a decoy), not the title's figure.
    expect(ps.some((p) => p.cell === "C9")).toBe(false);
  });
});

describe("agency blocks of years under indicators as columns", () => {
  test("a row opening with a bare year is that year's row of the block's agency", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Đơn vị / Năm", "Tin-bài chính trị", "Tổng doanh thu (tr.đ)"],
      ["Báo Lai Châu"],
      ["2024", 1228, 11245],
      [2025, 1312, 11435],
      ["Đài PT-TH tỉnh"],
      [2024, 3155, 4487],
      ["2025", 3307, 4676],
    ];
    const ps = used(detect(plan, [wb("khoi.xlsx", sheet("Theo co quan", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Theo co quan!B3");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Theo co quan!C4");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Theo co quan!C6");
  });
});

describe("agencies side by side, each heading its own columns", () => {
  test("the outline under each heading is that agency's", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"],
      ["I. Báo Lai Châu", null, null, "II. Đài PT-TH tỉnh"],
      ["1.1. Tổng doanh thu năm 2025:", 8542, null, "2.1. Tổng doanh thu năm 2025:", 3218],
      ["1.2. Tòa soạn hội tụ:", "Đã có", null, "2.2. Tòa soạn hội tụ:", "Chưa có"],
    ];
    const ps = used(detect(plan, [wb("de-cuong.xlsx", sheet("Phần II", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Phần II!B3");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Phần II!E3");
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Phần II!E4");
  });
});

describe("a note at the far right of a row of figures", () => {
  test("does not turn the figures before it into row numbers", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TẠP CHÍ VNLC (HỘI VHNT)"],
      [],
      ["Tin bài chính trị", null, null, "Lao động toàn cơ quan"],
      ["Số thực tế 2025", "Số thực tế 2024", null, "Hiện trạng"],
      [195, 185, null, 11, "Gồm 238 hợp đồng lao động theo vụ việc"],
    ];
    const ps = used(detect(plan, [wb("kpi.xlsx", sheet("KPI", grid, ["A3:B3"]))]));
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("KPI!A5");
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2024)).toBe("KPI!B5");
  });
});

describe("a header row with one year typed as a number and the next as text", () => {
  test("'2024' | 'Năm 2025' head their columns; '- Năm 2024: | 2012' is a sub-row's figure", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Báo Lai Châu"],
      ["Nội dung", "2024", "Năm 2025"],
      ["Tổng doanh thu", 12002, 13418],
      ["Tin bài phục vụ nhiệm vụ chính trị:"],
      ["- Năm 2024:", 2012],
      ["- Năm 2025:", 2050],
    ];
    const ps = used(detect(plan, [wb("nhanh.xlsx", sheet("BC", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("BC!B3");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("BC!C3");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("BC!B5");
  });
});

describe("a header row naming two inputs is not a parent label of the year rows under it", () => {
  test("each column keeps its own label on rows naming a year", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU"],
      ["Năm", "Tin bài nhiệm vụ chính trị", "Tổng doanh thu (tr.đ)"],
      ["Năm 2024", 1161, 11527],
      ["Năm 2025", 1206, 12265],
    ];
    const ps = used(detect(plan, [wb("bao.xlsx", sheet("Báo", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Báo!C3");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Báo!B4");
  });
});

describe("a sub-row naming its year as the estimated actual", () => {
  test("'+ Ước thực hiện 2025' under a parent label is that label's 2025 figure", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Báo Lai Châu"],
      ["STT", "Nội dung", "ĐVT", "Số liệu"],
      [1, "Tin bài phục vụ nhiệm vụ chính trị", "Tin/bài"],
      [null, "+ Năm 2024", null, 1180],
      [null, "+ Ước thực hiện 2025", null, 1222],
    ];
    const ps = used(detect(plan, [wb("nam.xlsx", sheet("Báo", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Báo!D5");
  });
});

describe("a header row of indicators holding a phrase that opens with 'đã'", () => {
  test("'Đã dự tập huấn số' among other labels heads its column; a question's answer stays an answer", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Đơn vị", "Tin bài chính trị", "Tổng doanh thu", "Số CB-PV-BTV", "Đã dự tập huấn số"],
      ["Báo Lai Châu"],
      ["Hiện trạng", null, null, 48, 43],
      [],
      ["Câu 12", "Hoàn thành thủ tục cấp lại giấy phép hoạt động báo chí?", "Đã có giấy phép mới"],
    ];
    const ps = used(
      detect(plan, [
        wb("kpi.xlsx", sheet("Theo co quan", grid)),
        wb("TC Văn nghệ LC.xlsx", sheet("Phiếu", grid.slice(4))),
      ]),
    );
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Theo co quan!E3");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Theo co quan!D3");
    expect(at(ps, "licensed", "tap-chi-van-nghe-lai-chau")).toBe("Phiếu!C1");
  });
});

describe("a note at the far right of a row of answers", () => {
  test("does not turn the first answer into a row number", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LC (TỈNH ỦY)"],
      ["Qua lớp đào tạo CĐS", null, null, null, "Tòa soạn hội tụ"],
      ["Hiện trạng", null, null, null, "Hiện trạng"],
      ["56", null, null, null, "Đã thực hiện", "Trong đó 225 tác phẩm bằng tiếng dân tộc thiểu số"],
    ];
    const ps = used(detect(plan, [wb("kpi.xlsx", sheet("KPI", grid))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("KPI!A4");
  });
});

describe("numbers in the first column that look like years", () => {
  test("a log's row numbers 1990–2099 under a report do not make its figures the report's", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"],
      [1, "Tổng doanh thu", "triệu đồng", 12450],
      [2, "Tổng số lãnh đạo, cán bộ, phóng viên, biên tập viên", "người", 42],
      [],
      ["Nhật ký truy cập"],
      ...Array.from({ length: 120 }, (_, i) => [1990 + i, (i * 7919) % 1003]),
    ];
    const ps = detect(plan, [wb("Báo Lai Châu.xlsx", sheet("Báo Lai Châu", grid))]).mappings;
    expect(ps.filter((p) => p.input === "staff_total").map((p) => p.cell)).toEqual(["D3"]);
  });
});

describe("tables one after another, each titled", () => {
  test("a title the matcher cannot read ends the table above it", () => {
    const agencies = ["Nội dung", "Đài LCTV", "Báo Lai Châu", "Tạp chí VNLC"];
    const grid: Array<Array<CellScalar | Cell>> = [
      ["(Đơn vị tính: tin, bài)"],
      ["Bảng 6. Ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong phân tích công chúng"],
      agencies,
      ["Đến cuối năm 2025", "Đã thực hiện", "Chưa thực hiện", "Đã thực hiện"],
      ["Bảng 7. Vận hành phòng máy chủ dự phòng của đơn vị"],
      agencies,
      ["Tình hình hiện nay", "Đã thực hiện", "Chưa thực hiện", "Chưa thực hiện"],
    ];
    const ps = used(detect(plan, [wb("bang.xlsx", sheet("PL", grid))]));
    expect(at(ps, "ai_data_platform", "dai-ptth-lai-chau")).toBe("PL!B4");
    expect(ps.some((p) => p.cell === "B7")).toBe(false);
  });
});

describe("a target written in words under a 'Mục tiêu' column", () => {
  test("is the row's target, not a label of the result after it", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TT", "Chỉ tiêu", "Báo Lai Châu"],
      [null, null, "Mục tiêu", "Kết quả"],
      [4, "Nhân sự đã tham gia lớp tập huấn chuyển đổi số báo chí", "100% CB, PV, BTV", 47],
    ];
    const ps = used(detect(plan, [wb("th-kh.xlsx", sheet("TH-KH", grid, ["C1:D1"]))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("TH-KH!D3");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBeUndefined();
  });
});

describe("a header row of years, one written 'Năm 2024' and the next a bare '2025'", () => {
  test("both head their column groups", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TT", "Chỉ tiêu", "Năm 2024", null, "2025"],
      [null, null, "Báo Lai Châu", null, "Báo Lai Châu"],
      [null, null, "Mục tiêu", "Kết quả", "Mục tiêu", "Kết quả"],
      [1, "Tổng doanh thu", "9.000", 9123, "≥ 120%", 9500],
    ];
    const merges = ["C1:D1", "E1:F1", "C2:D2", "E2:F2"];
    const ps = used(detect(plan, [wb("th-kh.xlsx", sheet("TH-KH", grid, merges))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("TH-KH!D4");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("TH-KH!F4");
  });
});

describe("an entry its author struck through", () => {
  test("is neither a figure nor a label: the entry typed again below is the figure", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Ngày nhập", "Đơn vị", "Chỉ tiêu", "Năm", "Số liệu"],
      ["05/11/2025", "Báo Lai Châu", "Tổng doanh thu", "Năm 2025", { value: 11800, struck: true }],
      ["12/11/2025", "Báo Lai Châu", "Tổng doanh thu", "Năm 2025", 12450],
      ["12/11/2025", "Báo Lai Châu", { value: "Tòa soạn hội tụ", struck: true }, null, "Có"],
    ];
    const ps = detect(plan, [wb("nhat-ky.xlsx", sheet("Nhật ký", grid))]).mappings;
    expect(ps.filter((p) => p.input === "revenue").map((p) => p.cell)).toEqual(["E3"]);
    expect(ps.some((p) => p.input === "converged_newsroom")).toBe(false);
  });
});

describe("a yes/no unit under the ĐVT column", () => {
  test("is the row's unit of measure, not its answer", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"],
      ["-", "Tòa soạn hội tụ (C/K)", "Co-Khong", null, "Có (đang vận hành)"],
    ];
    const ps = detect(plan, [wb("Dai PTTH Lai Chau.xlsx", sheet("Báo cáo", grid))]).mappings;
    expect(ps.filter((p) => p.input === "converged_newsroom").map((p) => p.cell)).toEqual(["E2"]);
    // Left unanswered, the row proposes nothing (not its unit).
    const blank = detect(plan, [
      wb("Dai PTTH Lai Chau.xlsx", sheet("Báo cáo", [grid[0] ?? [], (grid[1] ?? []).slice(0, 3)])),
    ]);
    expect(blank.mappings.filter((p) => p.input === "converged_newsroom")).toEqual([]);
  });
});

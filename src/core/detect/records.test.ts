import { builtInPlan } from "../plan/catalogue";
import { type Cell, type CellScalar, type Sheet, sheetFromGrid, type Workbook } from "../workbook/model";
import { detect } from "./detect";
import { encodeLegacy } from "../text/legacyEncoding";
import { DEFAULT_MIN_CONFIDENCE, type Proposal } from "./types";

/**
 * Tables of records and breakdowns (ADR 0007, rules 35–40): a breakdown whose total column is the figure, a ledger
 * whose "Cộng năm" lines are, a form's responses where the later answer stands, an answer that repeats its question.
 */
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

describe("a breakdown under a title: the total column is the figure, the parts are not", () => {
  // Row 4 names the parts; "Mạng xã hội" happens to be a plan word, "Truyền hình" and "Điện tử" name no agency
  // here, and "Cơ quan" heads the column of agencies without naming one.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["TIN, BÀI PHỤC VỤ NHIỆM VỤ CHÍNH TRỊ - CHIA THEO LOẠI HÌNH"],
    [],
    ["STT", "Cơ quan", "Năm", "Chia theo loại hình", null, null, null, "Cộng (SL tác phẩm)"],
    [null, null, null, "Báo in", "Truyền hình", "Điện tử", "Mạng xã hội"],
    [1, "Báo Lai Châu", 2024, 400, null, 800, 700, 1900],
    [null, null, 2025, 420, null, 820, 760, 2000],
    [2, "Đài PT-TH tỉnh", 2024, 500, 600, 400, 300, 1800],
    [null, null, 2025, 510, 640, 420, 330, 1900],
  ];
  const merges = ["A1:H1", "D3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4", "B5:B6", "B7:B8"];

  test("each agency's year is read from its total, the agency from the row that names it", () => {
    const ps = used(detect(plan, [wb("tong-hop.xlsx", sheet("Theo loại hình", grid, merges))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Theo loại hình!H5");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Theo loại hình!H6");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Theo loại hình!H8");
    // No part is proposed for anything.
    expect(ps.filter((p) => /^Theo loại hình![D-G]/.test(`${p.sheet}!${p.cell}`))).toEqual([]);
  });
});

describe("a ledger: quarters are entries, the line closing each year is the year's figure", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["SỔ THEO DÕI: DT CÁC NGUỒN"],
    ["Đơn vị: Báo Lai Châu"],
    [],
    ["Kỳ", "Diễn giải nguồn thu", "Số tiền", "Ghi chú"],
    ["Quý I/2024", "Thu quảng cáo", 2000],
    ["Quý II/2024", "Liên kết sản xuất chuyên trang", 3000],
    ["Cộng năm 2024", null, 5000],
    ["Quý I/2025", "Thu quảng cáo", 2500],
    ["Quý II/2025", "Dịch vụ in, phát hành", 3100],
    ["Cộng năm 2025", null, 5600],
  ];
  test("'Cộng năm 2024' and 'Cộng năm 2025' are the years' revenue; no quarter is", () => {
    const ps = used(detect(plan, [wb("so-theo-doi.xlsx", sheet("Sổ thu", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Sổ thu!C7");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Sổ thu!C10");
    expect(ps.map((p) => p.cell).sort()).toEqual(["C10", "C7"]);
  });
});

describe("a form's responses: an agency that answered twice answered last in the later row", () => {
  const header = [
    "Dấu thời gian",
    "Tên cơ quan trả lời",
    "Tổng số cán bộ, viên chức (người)",
    "Tin bài nhiệm vụ chính trị năm 2024",
    "Đơn vị tự bảo đảm chi thường xuyên?",
  ];
  test("the later row stands; the timestamp's year is not the figures' year", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      header,
      ["14/11/2025 18:50:52", "Báo Lai Châu", 42, 1400, "Chưa tự chủ"],
      ["15/11/2025 09:12:03", "Đài PT-TH tỉnh", 120, 1800, "Chưa tự chủ"],
      ["16/11/2025 11:20:39", "Báo Lai Châu", 48, 1450, "Đã tự chủ"],
    ];
    const ps = used(detect(plan, [wb("phieu (cau tra loi).xlsx", sheet("Câu trả lời", grid))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Câu trả lời!C4");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Câu trả lời!D4");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Câu trả lời!C3");
    // An answer that repeats its column's words ("Đã tự chủ" under "… tự bảo đảm chi thường xuyên?") is the answer.
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Câu trả lời!E4");
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("Câu trả lời!E3");
  });
});

describe("an answer that repeats the words of its question is the answer", () => {
  test("'Đơn vị tự bảo đảm chi thường xuyên' | 'Đã tự chủ'", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU"],
      ["Tên chỉ tiêu", "Hiện trạng năm 2025"],
      ["1. Đơn vị tự bảo đảm chi thường xuyên (Đã/Chưa)", "Đã tự chủ"],
      ["2. Tổng số người làm việc", 41],
    ];
    const ps = used(detect(plan, [wb("bao-cao.xlsx", sheet("Báo LC", grid))]));
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Báo LC!B3");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Báo LC!B4");
  });
});

describe("'Kỳ trước' / 'Năm trước' hold the year before the report's", () => {
  const grid = (title: string | null): Array<Array<CellScalar | Cell>> => [
    ...(title ? [[title]] : []),
    ["Tên đơn vị", "Tên chỉ tiêu", "Kỳ trước", "Kỳ báo cáo"],
    ["Báo Lai Châu", "Tổng doanh thu", 10881, 11530],
    ["Báo Lai Châu", "Tổng số người làm việc", 44, 45],
  ];
  test("with the report year known, the previous column's figure is that year's", () => {
    const ps = used(detect(plan, [wb("xuat.xlsx", sheet("KetQua", grid("Kỳ báo cáo: Năm 2025")))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("KetQua!D3");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("KetQua!C3");
    // A status answer is this year's: last year's column does not take its place.
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("KetQua!D4");
  });
  test("with no report year, the previous column gives nothing", () => {
    const ps = detect(plan, [wb("xuat.xlsx", sheet("KetQua", grid(null)))]).mappings;
    expect(ps.filter((p) => p.cell.startsWith("C"))).toEqual([]);
  });
});

describe("a table continued on the next sheet reads with the first sheet's header", () => {
  const first: Array<Array<CellScalar | Cell>> = [
    ["TỔNG HỢP SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ"],
    ["STT", "Chỉ tiêu", "ĐVT", "2024", "2025", "Hiện trạng"],
    ["A", "B", "C", 1, 2, 3],
    ["A", "BÁO LAI CHÂU"],
    [1, "Tổng doanh thu", "Tr.đồng", 10000, 11000],
    [2, "Tổng số người làm việc", "Người", null, null, 45],
  ];
  const next = (says: string): Array<Array<CellScalar | Cell>> => [
    [says],
    ["A", "B", "C", 1, 2, 3],
    ["B", "ĐÀI PT-TH TỈNH"],
    [3, "Tổng doanh thu", "Tr.đồng", 3000, 3300],
    [4, "Tổng số người làm việc", "Người", null, null, 110],
  ];
  test("'(tiếp theo)': the years and the state column come from the sheet before; the agency from its own heading", () => {
    const ps = used(
      detect(plan, [wb("bieu.xlsx", sheet("Trang 1", first), sheet("Trang 2", next("Trang 1 (tiếp theo)")))]),
    );
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Trang 1!E5");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Trang 2!D4");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Trang 2!E4");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Trang 2!F5");
    // The reason names the cells the official sees on that sheet, not the rows read before them.
    const reason = ps.find((p) => p.sheet === "Trang 2" && p.cell === "E4")?.reasonEn;
    expect(reason).toContain('"Tổng doanh thu" (B4)');
    expect(reason).toContain('"ĐÀI PT-TH TỈNH" (B3)');
    expect(reason).toContain("cell E4");
  });
  test("a sheet that does not say it continues borrows nothing", () => {
    const ps = used(
      detect(plan, [wb("bieu.xlsx", sheet("Trang 1", first), sheet("Trang 2", next("Ghi chú")))]),
    );
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBeUndefined();
  });
});

describe("an export that names its periods by where they stand to the report's", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["Kỳ báo cáo: Năm 2025"],
    ["Tên đơn vị", "Tên chỉ tiêu", "Năm gốc", "Số liệu năm gốc", "Cùng kỳ năm trước", "Kỳ này"],
    ["Báo Lai Châu", "Tổng doanh thu", 2022, 9000, 10500, 11200],
    ["Báo Lai Châu", "Tổng số người làm việc", null, null, 44, null],
  ];
  test("the base year's figure is the year in its row; last year's and this period's are the years before and of the report", () => {
    const ps = used(detect(plan, [wb("xuat.xlsx", sheet("KetQua", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2022)).toBe("KetQua!D3");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("KetQua!E3");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("KetQua!F3");
    // Last year's staff is not this year's: left unmatched rather than guessed.
    expect(at(ps, "staff_total", "bao-lai-chau")).toBeUndefined();
  });
});

describe("rows named by their period: the year each stands for, counted back from the report year", () => {
  // Agencies as row blocks, a "Kỳ báo cáo" column naming each row's period relative to the report year.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["TỔNG HỢP SỐ LIỆU THEO KỲ BÁO CÁO"],
    ["Năm báo cáo: 2025"],
    [],
    ["STT", "Cơ quan", "Kỳ báo cáo", "Tin bài NVCT", "Tổng doanh thu", "Tổng số lao động"],
    [1, "Báo Lai Châu", "Năm kề trước", 1356, 9611],
    [null, null, "Sáu tháng năm nay", 487, 6276],
    [null, null, "Năm báo cáo", 1475, 10561, 62],
    [null, null, "Hai năm trước", 1200, 9000, 58],
    [null, null, "KH năm nay", 1500, 11000],
    [2, "Đài PT-TH tỉnh", "Năm báo cáo", 2119, 3942],
    [null, null, "Năm trước nữa", 1900, 3500, 120],
  ];
  const ps = () => used(detect(plan, [wb("theo-ky.xlsx", sheet("Theo kỳ", grid))]));

  test("the report year's row, the year before's and two years before's", () => {
    const found = ps();
    expect(at(found, "political_articles", "bao-lai-chau", 2025)).toBe("Theo kỳ!D7");
    expect(at(found, "political_articles", "bao-lai-chau", 2024)).toBe("Theo kỳ!D5");
    expect(at(found, "revenue", "bao-lai-chau", 2023)).toBe("Theo kỳ!E8");
    expect(at(found, "revenue", "dai-ptth-lai-chau", 2023)).toBe("Theo kỳ!E11");
    expect(at(found, "staff_total", "bao-lai-chau")).toBe("Theo kỳ!F7");
  });

  test("a part of the year and the year's plan are never the figure; a past row's state is not the state now", () => {
    const cells = ps().map((p) => `${p.sheet}!${p.cell}`);
    for (const c of ["Theo kỳ!D6", "Theo kỳ!E6", "Theo kỳ!D9", "Theo kỳ!E9", "Theo kỳ!F8", "Theo kỳ!F11"])
      expect([c, cells.includes(c)]).toEqual([c, false]);
  });

  test("with no report year known, a period's row gets no year", () => {
    const noYear = grid.map((row, i) => (i === 1 ? [] : row));
    const found = used(detect(plan, [wb("theo-ky.xlsx", sheet("Theo kỳ", noYear))]));
    expect(found.filter((p) => p.input === "political_articles")).toEqual([]);
  });
});

describe("an answer that shares a word with an input is still an answer", () => {
  // "Có, đang vận hành" shares "vận hành" with the converged newsroom's words; under indicators as columns, with
  // no label on its row, it was read as a label and its cell lost.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["Cơ quan", "Đưa nội dung lên nền tảng số", "Ứng dụng trí tuệ nhân tạo", "Tòa soạn hội tụ"],
    ["Báo Lai Châu", "Có, đang vận hành", "Chưa có, chưa vận hành", "Đã hoàn thành"],
    ["Đài PT-TH tỉnh", "Có, đang vận hành", "Có, đang vận hành", "Chưa hoàn thành"],
  ];

  test("each agency's answers are proposed in their columns", () => {
    const found = used(detect(plan, [wb("hien-trang.xlsx", sheet("Hiện trạng", grid))]));
    expect(at(found, "digital_platforms", "bao-lai-chau")).toBe("Hiện trạng!B2");
    expect(at(found, "ai_data_platform", "bao-lai-chau")).toBe("Hiện trạng!C2");
    expect(at(found, "converged_newsroom", "bao-lai-chau")).toBe("Hiện trạng!D2");
    expect(at(found, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Hiện trạng!D3");
  });
});

describe("figures an agency declared beside the figures that stand", () => {
  // An inspection's minutes: what the agency declared, then what the inspectors found. A correction sheet: the old
  // figure, then the one it is corrected to (left empty when the old one stands).
  const minutes: Array<Array<CellScalar | Cell>> = [
    ["BIÊN BẢN KIỂM TRA NĂM 2025"],
    [],
    ["TT", "Nội dung kiểm tra", "ĐVT", "Số liệu đơn vị kê khai", "Số liệu sau kiểm tra", "Ghi chú"],
    ["I", "Báo Lai Châu"],
    [1, "Tổng số lao động", "Người", 52, 50],
    [2, "Đưa nội dung lên nền tảng số", "Đã/Chưa thực hiện", "Đã có", "Đã có"],
  ];
  const correction: Array<Array<CellScalar | Cell>> = [
    ["BẢNG ĐIỀU CHỈNH SỐ LIỆU NĂM 2025"],
    ["Đơn vị báo cáo: Báo Lai Châu"],
    ["STT", "Chỉ tiêu", "Số liệu cũ", "Đề nghị sửa thành", "Lý do điều chỉnh"],
    [1, "Tổng doanh thu", 12984, 12829, "Cộng thiếu quý IV"],
    [2, "Tổng số lao động", 49],
  ];

  test("the inspectors' figure is the figure, even where both say the same", () => {
    const found = used(detect(plan, [wb("bien-ban.xlsx", sheet("Biên bản", minutes))]));
    expect(at(found, "staff_total", "bao-lai-chau")).toBe("Biên bản!E5");
    expect(at(found, "digital_platforms", "bao-lai-chau")).toBe("Biên bản!E6");
  });

  test("the corrected figure stands; where none is given, the old one does", () => {
    const found = used(detect(plan, [wb("dieu-chinh.xlsx", sheet("Điều chỉnh", correction))]));
    expect(at(found, "revenue", "bao-lai-chau", 2025)).toBe("Điều chỉnh!D4");
    expect(at(found, "staff_total", "bao-lai-chau")).toBe("Điều chỉnh!C5");
  });
});

describe("answers that say what they answer", () => {
  // The row's label names nothing the plan counts ("Phương án …" is set aside for autonomy), but each answer does.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["STT", "Chỉ tiêu", "ĐVT", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tạp chí Văn nghệ"],
    [1, "Tổng số lao động", "Người", 36, 142, 12],
    [2, "Phương án tài chính được phê duyệt (Đã/Chưa)", "Có/Chưa", "Chưa tự chủ", "Đã tự chủ", "Chưa tự chủ"],
  ];

  test("each agency's answer is its autonomy", () => {
    const found = used(detect(plan, [wb("nam-2025.xlsx", sheet("Năm 2025", grid))]));
    expect(at(found, "autonomous", "bao-lai-chau")).toBe("Năm 2025!D3");
    expect(at(found, "autonomous", "dai-ptth-lai-chau")).toBe("Năm 2025!E3");
    expect(at(found, "autonomous", "tap-chi-van-nghe-lai-chau")).toBe("Năm 2025!F3");
  });

  // Two columns of figures (declared, verified); on one row the label is read weakly as another input, and the
  // answers name their own. The verified column keeps its header for the rows below.
  const minutes: Array<Array<CellScalar | Cell>> = [
    ["TT", "Nội dung kiểm tra", "Số liệu đơn vị kê khai", "Số liệu sau kiểm tra"],
    ["I", "Đài PT-TH tỉnh"],
    [1, "Tổng số lao động", 107, 107],
    [2, "Số hội viên Hội Nhà báo", 68, 68],
    [3, "Số đầu ấn phẩm", 4, 4],
    [
      4,
      "Phương án tự chủ tài chính: tự bảo đảm chi thường xuyên",
      "Chưa tự chủ chi thường xuyên",
      "Đã tự chủ chi thường xuyên",
    ],
    [5, "Đưa nội dung lên nền tảng số", "Chưa có", "Đã có"],
    [6, "Tổng doanh thu năm 2025", 2044, 2100],
  ];

  test("an answer in a column of figures is an answer, and the column keeps its header", () => {
    const found = used(detect(plan, [wb("bien-ban.xlsx", sheet("Biên bản", minutes))]));
    expect(at(found, "autonomous", "dai-ptth-lai-chau")).toBe("Biên bản!D6");
    expect(at(found, "digital_platforms", "dai-ptth-lai-chau")).toBe("Biên bản!D7");
    expect(at(found, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Biên bản!D8");
  });
});

describe("a list of contact people with each agency's figures", () => {
  // A person's post ("Trưởng phòng Điện tử") shares words with the electronic newspaper's name, and a birth year
  // and a phone number sit before the figures: none of them says whose figures these are.
  const grid: Array<Array<CellScalar | Cell>> = [
    [
      "STT",
      "Cơ quan",
      "Họ và tên",
      "Năm sinh",
      "Chức vụ",
      "Điện thoại",
      "Tổng số lao động",
      "Tin bài NVCT 2025",
    ],
    [1, "Báo Lai Châu", "Lường Thị Bích", 1974, "Kỹ thuật viên", "0942 242 331", 59, 1259],
    [2, "Đài PT-TH tỉnh", "Nguyễn Minh Đức", 1980, "Trưởng phòng Điện tử", "0942.336.607", 140, 3215],
  ];

  test("each row's figures are the agency's named in its first column", () => {
    const found = used(detect(plan, [wb("dau-moi.xlsx", sheet("Đầu mối", grid))]));
    expect(at(found, "staff_total", "bao-lai-chau")).toBe("Đầu mối!G2");
    expect(at(found, "staff_total", "dai-ptth-lai-chau")).toBe("Đầu mối!G3");
    expect(at(found, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Đầu mối!H3");
  });
});

describe("a status typed in a budget's first free column", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["THUYẾT MINH DỰ TOÁN, QUYẾT TOÁN NĂM 2025"],
    ["Báo Lai Châu"],
    ["STT", "Nội dung", "ĐVT", "Dự toán được giao 2025", "Quyết toán 2025"],
    ["I", "Tổng doanh thu", "Tr.đồng", 9085, 10532],
    [null, "Tòa soạn hội tụ", "Có/Chưa", "Có", "Chưa có"],
    [null, "Thông tin về cơ chế tự chủ và hạ tầng số"],
    [null, "Đưa nội dung lên nền tảng số", null, "Đã triển khai xong"],
    [null, "Tự chủ chi thường xuyên", null, "Chưa tự chủ chi thường xuyên"],
    [null, "Ứng dụng trí tuệ nhân tạo", null, "Có"],
  ];

  test("a status ('Đã …', 'Chưa …') alone on its row is the answer; a target beside the actual is not", () => {
    const found = used(detect(plan, [wb("quyet-toan.xlsx", sheet("QT Báo", grid))]));
    expect(at(found, "digital_platforms", "bao-lai-chau")).toBe("QT Báo!D7");
    expect(at(found, "autonomous", "bao-lai-chau")).toBe("QT Báo!D8");
    expect(at(found, "converged_newsroom", "bao-lai-chau")).toBe("QT Báo!E5");
    // "Có" under the plan column may be a target: not proposed.
    expect(at(found, "ai_data_platform", "bao-lai-chau")).toBeUndefined();
    expect(at(found, "revenue", "bao-lai-chau", 2025)).toBe("QT Báo!E4");
  });
});

describe("a target written in words under a plan column", () => {
  // Year groups over agency sub-columns, each with "Kết quả" and "Kế hoạch"; the plan cells hold targets in words.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["TT", "Chỉ tiêu", "2024", null, null, null, "Năm 2025"],
    [null, null, "Báo Lai Châu", null, "Đài PT-TH tỉnh", null, "Báo Lai Châu", null],
    [null, null, "Kết quả", "Kế hoạch", "Kết quả", "Kế hoạch", "Kết quả", "Kế hoạch"],
    [
      1,
      "Số tin, bài phục vụ nhiệm vụ chính trị",
      1772,
      "Tăng 20% so với năm 2020",
      3099,
      "≥ 20%",
      1811,
      "Tăng 20%",
    ],
  ];

  test("says nothing of the actuals in the columns after it", () => {
    const merges = ["C1:F1", "G1:H1", "C2:D2", "E2:F2", "G2:H2"];
    const found = used(detect(plan, [wb("ma-tran.xlsx", sheet("Ma trận", grid, merges))]));
    expect(at(found, "political_articles", "bao-lai-chau", 2024)).toBe("Ma trận!C4");
    expect(at(found, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("Ma trận!E4");
    expect(at(found, "political_articles", "bao-lai-chau", 2025)).toBe("Ma trận!G4");
  });
});

describe("agencies as columns, each described at length", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    [
      "STT",
      "Chỉ tiêu",
      "Khối báo in, điện tử - nguyên Báo Lai Châu, cơ quan ngôn luận của Đảng bộ",
      "Khối phát thanh, truyền hình - nguyên Đài PT-TH tỉnh",
      "Cộng",
    ],
    [1, "Số tin, bài phục vụ nhiệm vụ chính trị"],
    [null, "- Năm 2024", 1492, 2850, 4342],
    [null, "- Năm 2025", 1520, 3054, 4574],
  ];

  test("the long header still names the newspaper", () => {
    const found = used(detect(plan, [wb("hop-nhat.xlsx", sheet("Số liệu", grid))]));
    expect(at(found, "political_articles", "bao-lai-chau", 2025)).toBe("Số liệu!C4");
    expect(at(found, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Số liệu!D4");
  });
});

describe("a target naming an input, in a column of targets", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["TT", "Nhiệm vụ, chỉ tiêu", "Chỉ tiêu KH", "Kết quả thực hiện năm 2025", "Mức độ hoàn thành"],
    ["I", "Tạp chí Văn nghệ Lai Châu"],
    [1, "Số hội viên Hội Nhà báo", 6, 6, "Đạt"],
    [2, "Số đầu ấn phẩm", 4, 4, "Đạt"],
    [3, "Tổng số lao động", null, 8, "Chưa đạt"],
    [4, "Số người được bồi dưỡng chuyển đổi số", "100% CB, PV, BTV", 8, "Vượt"],
    [5, "Xuất bản trên nền tảng số", "Hoàn thành trước 2025", "Có", "Vượt"],
    [6, "Ứng dụng trí tuệ nhân tạo", "Hoàn thành trước 2025", "Chưa", "Chưa đạt"],
    [7, "Vận hành tòa soạn hội tụ", "Có", "-"],
  ];

  test("heads no column: the targets' column stays a column of targets", () => {
    const found = used(detect(plan, [wb("danh-gia.xlsx", sheet("Đánh giá", grid))]));
    expect(at(found, "staff_trained", "tap-chi-van-nghe-lai-chau")).toBe("Đánh giá!D6");
    expect(at(found, "staff_total", "tap-chi-van-nghe-lai-chau")).toBe("Đánh giá!D5");
    expect(found.filter((p) => p.cell === "C9")).toEqual([]);
  });
});

describe("a year above the columns' own periods", () => {
  // A financial statement: the title's year spans the table; the columns say "Năm nay" and "Năm trước".
  const grid: Array<Array<CellScalar | Cell>> = [
    ["Đơn vị: Báo Lai Châu"],
    ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG"],
    ["Năm 2025"],
    ["STT", "CHỈ TIÊU", "Mã số", "Năm nay", "Năm trước"],
    ["1", "Tổng doanh thu", "20", 11519, 11238],
  ];

  test("is the report's year: the previous column is the year before", () => {
    const found = used(detect(plan, [wb("bctc.xlsx", sheet("B02", grid, ["A2:E2", "A3:E3"]))]));
    expect(at(found, "revenue", "bao-lai-chau", 2025)).toBe("B02!D5");
    expect(at(found, "revenue", "bao-lai-chau", 2024)).toBe("B02!E5");
  });
});

describe("a questionnaire: each question alone on its row, the agency's answer on the first row of figures below", () => {
  // Rule 63. The answer line says only who answers ("Đơn vị trả lời:"); the row after it (a forecast) is no answer.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["PHIẾU CUNG CẤP THÔNG TIN"],
    ["Đài PT-TH tỉnh Lai Châu"],
    [],
    [null, "Câu 1. Số tác phẩm báo chí phục vụ nhiệm vụ chính trị (tác phẩm)"],
    [null, null, "Năm 2024", "Năm 2025"],
    [null, "Đơn vị trả lời:", 1850, 1977],
    [null, "Dự kiến đến năm 2030:", 2493],
    [],
    [null, "Câu 2. Số người làm việc hiện có tại thời điểm báo cáo"],
    [null, "Đơn vị trả lời:", 130],
    [],
    [null, "Câu 3. Kinh phí đặt hàng được giao trong dự toán"],
    [null, "Đơn vị trả lời:", 1522],
  ];

  test("the answers are the questions' figures, by the years above them; the forecast is not", () => {
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phiếu", grid))]));
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("Phiếu!C6");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Phiếu!D6");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Phiếu!C10");
    expect(ps.filter((p) => p.cell === "C7" || p.cell === "C13")).toEqual([]);
  });
});

describe("a monthly log: an estimated month is still a month, the year's line is the figure", () => {
  // Rule 65: "Tháng 11 (ước)" was read as the actual ("ước" = estimated actual) and proposed for the year.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["SỔ THEO DÕI TÁC PHẨM PHỤC VỤ NHIỆM VỤ CHÍNH TRỊ - NĂM 2025"],
    [],
    ["Tháng", "Báo Lai Châu", "Đài PT-TH Lai Châu"],
    ["Tháng 10", 125, 199],
    ["Tháng 11 (ước)", 102, 167],
    ["Tháng 12 (ước)", 125, 242],
    ["Cộng năm", 1176, 2173],
  ];

  test("only the year's line is proposed", () => {
    const ps = used(detect(plan, [wb("so-theo-doi.xlsx", sheet("Năm 2025", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Năm 2025!B7");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Năm 2025!C7");
    expect(ps.filter((p) => /^[BC][456]$/.test(p.cell))).toEqual([]);
  });
});

describe("a survey: 'Câu 2.' in a cell of its own, each question merged across the answer columns", () => {
  // Rule 66. The question merged across C:H heads those columns; after its answer it heads nothing more (the next
  // question names nothing the plan reads, and its answer is not the last question's second figure). Rule 67: a
  // header row of years ("Năm | 2022 | 2023") between a question and its answer keeps the question.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["PHIẾU KHẢO SÁT THỰC TRẠNG CHUYỂN ĐỔI SỐ"],
    ["Tên cơ quan: Đài Phát thanh - Truyền hình tỉnh Lai Châu"],
    [],
    ["Câu 1.", "Tổng số người làm việc tại cơ quan"],
    [null, "Trả lời:", 93],
    ["Câu 2.", "Số người đã qua bồi dưỡng chuyển đổi số báo chí"],
    [null, "Trả lời:", 93],
    ["Câu 3.", "Số người được cấp, đổi thẻ nhà báo giai đoạn 2021-2025"],
    [null, "Trả lời:", 58],
    ["Câu 4.", "Tổng các khoản thu sự nghiệp - đơn vị: triệu đồng"],
    [null, "Năm", 2024, 2025],
    [null, "Trả lời:", 3800, 3950],
    ["Câu 5.", "Số tài khoản mạng xã hội chính thức của cơ quan"],
    [null, "Trả lời:", 9],
  ];
  const merges = ["B4:H4", "B6:H6", "B8:H8", "B10:H10", "B13:H13"];

  test("each answer is its own question's, and nothing else is proposed", () => {
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phiếu khảo sát", grid, merges))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Phiếu khảo sát!C5");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Phiếu khảo sát!C7");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Phiếu khảo sát!C12");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Phiếu khảo sát!D12");
    expect(ps.filter((p) => p.cell === "C9" || p.cell === "C14")).toEqual([]);
  });
});

describe("a self-assessment sheet: a long title ending on the agency after a dash names it surely", () => {
  // Rule 68: "KẾT QUẢ TỰ ĐÁNH GIÁ … NĂM 2025 - BÁO LAI CHÂU" is longer than a heading, yet names its agency as
  // surely as a masthead.
  const grid: Array<Array<CellScalar | Cell>> = [
    [
      "KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CƠ QUAN BÁO CHÍ TRÊN ĐỊA BÀN TỈNH NĂM 2025 - BÁO LAI CHÂU",
    ],
    [],
    ["Mã TC", "Tiêu chí đánh giá", "Giá trị kê khai", "Điểm tối đa", "Điểm tự đánh giá"],
    ["4.3", "Tổng nguồn thu sự nghiệp, dịch vụ của tòa soạn năm 2025", 16908, 2, 1],
  ];

  test("the figure is proposed with the title's agency", () => {
    const ps = used(detect(plan, [wb("tu-danh-gia.xlsx", sheet("TĐG", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("TĐG!C4");
  });
});

describe("one workbook per agency: a sheet that names no agency takes the one its file and titles name", () => {
  // Rule 71. "DS tap huan CDS - DaiLC.xlsx" names an input too (tập huấn CĐS), so the agency is read from the part
  // after its dash; the list's title names the same agency, which makes it surer.
  const list = sheet("DS học viên", [
    ["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI BỒI DƯỠNG NĂM 2025"],
    ["Đài PT&TH tỉnh LC"],
    [],
    ["STT", "Họ và tên", "Năm sinh"],
    [1, "Lò Văn Minh", 1995],
  ]);
  const info = sheet("Thông tin đơn vị", [
    ["STT", "Nội dung", "Số liệu"],
    [1, "Doanh thu hoạt động báo chí và dịch vụ gắn với báo chí năm 2025", 3357],
    [2, "Số cán bộ, viên chức, người lao động đang làm việc", 109],
  ]);

  test("the file's part after the dash and the title agree: the information sheet is the Đài's", () => {
    const ps = used(detect(plan, [wb("DS tap huan CDS - DaiLC.xlsx", list, info)]));
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Thông tin đơn vị!C2");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Thông tin đơn vị!C3");
  });

  test("a title alone names it when the file does not", () => {
    const ps = used(detect(plan, [wb("DS tap huan CDS.xlsx", list, info)]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Thông tin đơn vị!C3");
  });

  test("titles naming two agencies name none for the workbook", () => {
    const two = sheet("Tổng hợp", [["Báo Lai Châu và Đài PT-TH Lai Châu"]]);
    const ps = used(detect(plan, [wb("DS tap huan CDS.xlsx", list, two, info)]));
    expect(ps.filter((p) => p.sheet === "Thông tin đơn vị")).toEqual([]);
  });
});

describe("a dashboard: a second row of cards whose labels stand where figures stood above", () => {
  // Rule 72. Row 5's labels sit in the columns of row 2's figures, beside a stray target figure (I5): still labels.
  const grid: Array<Array<CellScalar | Cell>> = [
    ["Tin bài phục vụ nhiệm vụ chính trị năm 2025", null, "Tổng doanh thu năm 2025", null, "Lượt xem video"],
    [1722, null, 14109, null, 46],
    [],
    ["ĐÀI PT-TH LAI CHÂU"],
    [
      "Tin bài phục vụ nhiệm vụ chính trị năm 2025",
      null,
      "Tổng doanh thu năm 2025",
      null,
      "Quân số cơ quan",
      null,
      null,
      "Kế hoạch giao",
      3271,
    ],
    [2541, null, 3712, null, 92],
  ];

  test("the second row's figures are the Đài's", () => {
    const ps = used(detect(plan, [wb("bang-tin.xlsx", sheet("Tổng quan", [["BÁO LAI CHÂU"], ...grid]))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Tổng quan!E7");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Tổng quan!C7");
  });
});

describe("a title's unit-of-measure line does not end the title's table (rule 75)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["SỔ THEO DÕI TÁC PHẨM PHỤC VỤ NHIỆM VỤ CHÍNH TRỊ - NĂM 2025"],
    ["Đơn vị tính: TP"],
    [],
    ["Tháng", "Báo Lai Châu", "Đài PT-TH Lai Châu"],
    ["Tháng 1/2025", 145, 269],
    ["Tháng 2/2025", 163, 85],
    ["Cộng cả năm", 1313, 2197],
  ];

  test("the year's line is proposed under the agencies' columns", () => {
    const ps = used(detect(plan, [wb("so-theo-doi.xlsx", sheet("Năm 2025", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Năm 2025!B7");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Năm 2025!C7");
  });
});

describe("a card's remark with a figure under its number does not head the card below (rule 80)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["BÁO LAI CHÂU"],
    ["Tin bài phục vụ nhiệm vụ chính trị năm 2025", null, "Tổng doanh thu năm 2025"],
    [1520, null, 12038],
    ["So với cùng kỳ: -3,3%", null, "So với cùng kỳ: -3,1%"],
    [],
    ["Số người được bồi dưỡng chuyển đổi số", null, "Có nền tảng số?"],
    [57, null, "Đã có"],
  ];

  test("the cards under the remarks are proposed", () => {
    const ps = used(detect(plan, [wb("bang-tin.xlsx", sheet("Tổng quan", grid))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Tổng quan!A7");
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBe("Tổng quan!C7");
  });
});

describe("an answer repeating its question's words is the answer (rule 81)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["PHIẾU CUNG CẤP THÔNG TIN"],
    ["Tạp chí Văn nghệ Lai Châu"],
    [],
    [null, "Câu hỏi 10: Đã được cấp lại giấy phép hoạt động tạp chí in?"],
    [null, "Đơn vị trả lời:", "Đã được cấp lại"],
  ];

  test("'Đã được cấp lại' under the question is the licence's answer", () => {
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phiếu", grid))]));
    expect(at(ps, "licensed", "tap-chi-van-nghe-lai-chau")).toBe("Phiếu!C5");
  });
});

describe("a level typed in a budget's first free column is the answer; under a target column it is the target (rule 83)", () => {
  const rows = (head: string): Array<Array<CellScalar | Cell>> => [
    ["THUYẾT MINH DỰ TOÁN, QUYẾT TOÁN NĂM 2025"],
    ["Báo Lai Châu"],
    ["STT", "Nội dung", "ĐVT", head, "Quyết toán 2025"],
    [1, "Doanh thu sự nghiệp", "trđ", 9085, 10532],
    [2, "Hệ thống báo điện tử đạt cấp độ an toàn thông tin", null, "Cấp 2"],
  ];

  test("under 'Dự toán được giao 2025' it is proposed", () => {
    const ps = used(detect(plan, [wb("qt.xlsx", sheet("QT", rows("Dự toán được giao 2025")))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("QT!D5");
  });
  test("under 'Mục tiêu 2025' it is not", () => {
    const ps = used(detect(plan, [wb("qt.xlsx", sheet("QT", rows("Mục tiêu 2025")))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBeUndefined();
  });
});

describe("a dashboard's tiles: each figure named by the caption under it (rule 84)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["SỐ LIỆU TRÌNH CHIẾU HỘI NGHỊ"],
    [],
    ["BÁO LAI CHÂU"],
    [1437, null, "1.394", null, 42, null, "Chưa đưa vào sử dụng"],
    [
      "Tin bài mới phục vụ nhiệm vụ chính trị năm 2025",
      null,
      "Tin bài mới phục vụ nhiệm vụ chính trị năm 2024",
      null,
      "Số người được tập huấn chuyển đổi số",
      null,
      "Mô hình tòa soạn hội tụ",
    ],
    [null, null, "Năm 2023: 1.328", null, "Chỉ tiêu giao: 50"],
    [],
    [2, null, "Đã tự chủ", null, 44],
    ["Cấp độ ATTT được phê duyệt", null, "Tự chủ chi thường xuyên", null, "Tổng số người làm việc"],
  ];

  test("the figures above the captions are proposed, with the caption's year; the captions head nothing below", () => {
    const ps = used(detect(plan, [wb("hoi-nghi.xlsx", sheet("Tổng quan", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Tổng quan!A4");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Tổng quan!C4");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Tổng quan!E4");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("Tổng quan!G4");
    // The second row of tiles: an answer naming its input is a tile too; none takes the first row's captions.
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("Tổng quan!A8");
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Tổng quan!C8");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Tổng quan!E8");
    expect(ps).toHaveLength(7);
  });

  test("a row of figures under labelled columns is no row of tiles: the texts under it are the next row's labels", () => {
    const table: Array<Array<CellScalar | Cell>> = [
      ["Báo Lai Châu"],
      ["Tổng số người làm việc", "Số người được tập huấn chuyển đổi số"],
      [44, 30],
      ["Tin bài mới phục vụ nhiệm vụ chính trị năm 2025", "Mô hình tòa soạn hội tụ"],
    ];
    const ps = used(detect(plan, [wb("bang.xlsx", sheet("Bảng", table))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Bảng!A3");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Bảng!B3");
    expect(ps).toHaveLength(2);
  });
});

describe("a fill-in outline: a year after the label names the figures after it; a row listing years continues the label (rules 85, 86)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["ĐỀ CƯƠNG BÁO CÁO NĂM 2025"],
    [null, "Tên cơ quan báo cáo:", null, "Đài PT-TH tỉnh Lai Châu"],
    [
      null,
      "Tổng doanh thu của cơ quan báo chí trong năm 2025:",
      null,
      3260.5,
      "triệu đồng; năm 2024:",
      3249.5,
      "; tốc độ tăng",
      0.3,
      "%",
    ],
    [null, "Số liệu các năm 2020, 2021, 2022, 2023:", null, 2760.5, ";", 2949.5, ";", 3221, ";", 3141.5],
    [null, "Trong đó: số đã qua đào tạo, bồi dưỡng về chuyển đổi số:", null, 115, "người; tỷ lệ", 90, "%"],
  ];

  test("each figure takes the year written just before it, or its place in the list of years", () => {
    const ps = used(detect(plan, [wb("de-cuong.xlsx", sheet("BC 2025", grid))]));
    const unit = "dai-ptth-lai-chau";
    expect(at(ps, "revenue", unit, 2025)).toBe("BC 2025!D3");
    expect(at(ps, "revenue", unit, 2024)).toBe("BC 2025!F3");
    expect(at(ps, "revenue", unit, 2020)).toBe("BC 2025!D4");
    expect(at(ps, "revenue", unit, 2021)).toBe("BC 2025!F4");
    expect(at(ps, "revenue", unit, 2022)).toBe("BC 2025!H4");
    expect(at(ps, "revenue", unit, 2023)).toBe("BC 2025!J4");
    // "; tốc độ tăng" and "người; tỷ lệ" say what the figure after them is, not the figures before them.
    expect(at(ps, "staff_trained", unit)).toBe("BC 2025!D5");
    expect(ps.filter((p) => p.cell === "H3" || p.cell === "F5")).toEqual([]);
  });
});

describe("a target merged down an item's rows says nothing of its actuals, nor heads the rows below (rule 87)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["TT", "Nội dung mục tiêu", "Mục tiêu đến 2025", "Đơn vị báo cáo", "Kết quả thực hiện", null],
    [null, null, null, null, "Năm 2024", "Năm 2025"],
    [
      "1",
      "Số người đã được bồi dưỡng kỹ năng chuyển đổi số",
      "100% được bồi dưỡng",
      "Báo Lai Châu",
      null,
      36,
    ],
    [null, null, null, "Đài PT-TH tỉnh", null, 121],
    ["2", "Tin, bài mới phục vụ nhiệm vụ chính trị", "≥ 20% so với 2020", "Báo Lai Châu", 1281, 1328],
    [null, null, null, "Đài PT-TH tỉnh", 2162, 2285],
  ];
  const merges = ["E1:F1", "B3:B4", "C3:C4", "B5:B6", "C5:C6"];

  test("every agency's figures are proposed, on the item's first row and on the rows under it", () => {
    const ps = used(detect(plan, [wb("theo-doi.xlsx", sheet("Theo dõi", grid, merges))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Theo dõi!F3");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Theo dõi!F4");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Theo dõi!F5");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("Theo dõi!E6");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Theo dõi!F6");
  });
});

describe("a staff table by department: the total row is the agency's figure (rules 88-90)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["BÁO LAI CHÂU"],
    ["THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG ĐỘI NGŨ"],
    ["STT", "Phòng, ban", "Tổng biên chế + HĐ có mặt", "Lý luận chính trị", "Bồi dưỡng về CĐS"],
    [null, null, null, "Cao cấp", "Được ĐT, BD chuyển đổi số"],
    [1, "Ban Biên tập", 11, 3, 11],
    [2, "Phòng Thời sự - Chính trị", 9, 2, 9],
    [3, "Phòng Báo điện tử", 8, 1, 8],
    [null, "TỔNG CỘNG", 28, 6, 28],
  ];
  const merges = ["A3:A4", "B3:B4", "C3:C4"];

  test("the total row is proposed for the agency; no department row is, nor the political theory column", () => {
    const ps = detect(plan, [wb("doi-ngu.xlsx", sheet("Đội ngũ", grid, merges))]).mappings;
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Đội ngũ!C8");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Đội ngũ!E8");
    expect(ps.map((p) => p.cell).sort()).toEqual(["C8", "E8"]);
  });

  test("under agencies as rows, the total row is nobody's", () => {
    const rows: Array<Array<CellScalar | Cell>> = [
      ["STT", "Cơ quan", "Tổng biên chế + HĐ có mặt"],
      [1, "Báo Lai Châu", 42],
      [2, "Đài PT-TH Lai Châu", 120],
      [null, "TỔNG CỘNG", 162],
    ];
    const ps = detect(plan, [wb("doi-ngu.xlsx", sheet("Đội ngũ", rows))]).mappings;
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Đội ngũ!C2");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Đội ngũ!C3");
    expect(ps.filter((p) => p.cell === "C4")).toEqual([]);
  });
});

describe("tiles: a caption under an empty tile or a tile's remark; a lone tile's caption naming nothing heads nothing (rule 84)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["BÁO LAI CHÂU"],
    [1437, null, 42, null, "Đơn vị chưa gửi"],
    [
      "Tin bài mới phục vụ nhiệm vụ chính trị năm 2025",
      null,
      "Số người được tập huấn chuyển đổi số",
      null,
      "Tổng số người làm việc",
    ],
    [],
    [49],
    ["Phóng viên được cấp thẻ nhà báo (người)"],
    [],
    ["ĐÀI PT-TH LAI CHÂU"],
    [2209, null, 120],
    ["Tin bài mới phục vụ nhiệm vụ chính trị năm 2025", null, "Số người được tập huấn chuyển đổi số"],
  ];

  test("each agency's tiles are read by their captions", () => {
    const ps = used(detect(plan, [wb("hoi-nghi.xlsx", sheet("Tổng quan", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Tổng quan!A2");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Tổng quan!C2");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Tổng quan!A9");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Tổng quan!C9");
    expect(ps).toHaveLength(4);
  });
});

describe("a row of figures under a label naming nothing is no row of tiles for the labelled row under it (rule 84)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["Chỉ tiêu", "ĐVT", "Báo Lai Châu", "Đài PT-TH Lai Châu"],
    ["Số cộng tác viên thường xuyên", "Người", 41, 50],
    ["Nền tảng dữ liệu tập trung ứng dụng AI", "Có-Chưa", "-", "Chưa vận hành"],
  ];
  test("the labelled row keeps its answers", () => {
    const ps = used(detect(plan, [wb("so.xlsx", sheet("Thông tin", grid))]));
    expect(at(ps, "ai_data_platform", "dai-ptth-lai-chau")).toBe("Thông tin!D3");
  });
});

describe("an inventory of systems: the approved level, not the proposed one (rule 92)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    [
      "STT",
      "Tên hệ thống thông tin",
      "Phân loại",
      "Cấp độ đề xuất",
      "Cấp độ được phê duyệt",
      "Quyết định phê duyệt",
    ],
    ["I", "BÁO LAI CHÂU"],
    [1, "Báo Lai Châu điện tử", "Báo điện tử", 3, 2, "Số 60/QĐ-UBND ngày 6/10/2023"],
  ];
  test("the approved column is proposed", () => {
    const ps = used(detect(plan, [wb("dm.xlsx", sheet("Danh mục", grid))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("Danh mục!E3");
  });
});

describe("a province's districts: the row adding them up is the province's figure (rule 88)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["NGƯỜI DÂN VÙNG SÂU, VÙNG XA ĐƯỢC TIẾP CẬN BÁO CHÍ (THEO HUYỆN)"],
    ["STT", "Huyện, thành phố", "Dân số vùng sâu, vùng xa", "Số hộ dân các xã vùng sâu, vùng xa"],
    [1, "Thành phố Lai Châu", 18924, 3291],
    [2, "Huyện Tam Đường", 16778, 2938],
    [null, "Tổng cộng các huyện", 35702, 6229],
  ];
  test("the total row is proposed; the households column is no population", () => {
    const ps = used(detect(plan, [wb("vsvx.xlsx", sheet("Theo huyện", grid))]));
    expect(at(ps, "remote_population_total", "tinh-lai-chau")).toBe("Theo huyện!C5");
    expect(ps.map((p) => p.cell)).toEqual(["C5"]);
  });
});

describe("tiles: a lone tile holding an answer that names its input, with its caption (rule 84)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["ĐÀI PT-TH LAI CHÂU"],
    ["Chưa tự chủ"],
    ["Tự chủ tài chính - ĐVSN"],
    [],
    [2209, null, 120],
    ["Tin bài mới phục vụ nhiệm vụ chính trị năm 2025", null, "Số người được tập huấn chuyển đổi số"],
  ];
  test("the answer and the tiles below are read", () => {
    const ps = used(detect(plan, [wb("hoi-nghi.xlsx", sheet("Tổng quan", grid))]));
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("Tổng quan!A2");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Tổng quan!A5");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Tổng quan!C5");
  });
});

describe("a text sharing a few words with an input after the row's label does not replace it (rule 94)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["STT", "Hệ thống, nền tảng", "Hạ tầng vận hành", "Năm vận hành", "Hiện trạng triển khai"],
    ["I", "Đài PT-TH Lai Châu"],
    [1, "Tòa soạn hội tụ đã đi vào hoạt động", "Trung tâm dữ liệu tỉnh", 2025, "Có - đã triển khai"],
  ];
  test("the newsroom's answer is read under its own label, not under the hosting's words", () => {
    const ps = used(detect(plan, [wb("dm.xlsx", sheet("Danh mục", grid))]));
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Danh mục!E3");
    expect(at(ps, "ai_data_platform", "dai-ptth-lai-chau")).toBeUndefined();
  });
});

describe("a summary computing its figures from another sheet yields to the figure's own cell (rule 95)", () => {
  const data: Array<Array<CellScalar | Cell>> = [
    ["STT", "Kỳ số liệu", "Đơn vị nhập", "Tên chỉ tiêu", "Loại", "Giá trị"],
    [
      1,
      "Năm 2025",
      "Báo Lai Châu",
      "Lực lượng lãnh đạo, PV, BTV, nhân viên đang làm việc tại cơ quan",
      "Số thực hiện",
      43,
    ],
  ];
  const summary: Array<Array<CellScalar | Cell>> = [
    ["Chỉ tiêu", "Báo Lai Châu"],
    [
      "Tổng số người làm việc",
      {
        value: 43,
        formula: "SUMIFS('Export'!$F:$F,'Export'!$C:$C,\"Báo Lai Châu\",'Export'!$B:$B,\"Năm 2025\")",
      },
    ],
  ];
  test("the export's cell is proposed, not the SUMIFS over it", () => {
    const ps = used(detect(plan, [wb("export.xlsx", sheet("Export", data), sheet("Tổng hợp", summary))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Export!F2");
  });
});

describe("a remark in brackets under the title says nothing of the columns' role (rule 96)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["BÁO CÁO ĐÁNH GIÁ THU, CHI TÀI CHÍNH NĂM 2025"],
    ["(Phục vụ đánh giá mức độ tự chủ)"],
    ["Đài PT-TH Lai Châu"],
    ["STT", "Chỉ tiêu thu, chi", "Dự toán năm 2025", "Quyết toán năm 2023", "Thực hiện năm 2024"],
    ["I", "Doanh thu từ hoạt động sự nghiệp, dịch vụ của đơn vị", 3100, 2358, 2545],
  ];
  test("the settled year's revenue is read", () => {
    const ps = used(detect(plan, [wb("tc.xlsx", sheet("Biểu 02", grid, ["A1:E1", "A2:E2"]))]));
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2023)).toBe("Biểu 02!D5");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Biểu 02!E5");
  });
});

describe("the total of an agency's parts wins over a part whose name names the agency (rules 88, 97)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["BBT TẠP CHÍ VĂN NGHỆ LAI CHÂU"],
    ["STT", "Phòng, ban, bộ phận", "Tổng biên chế + HĐ có mặt"],
    [1, "Ban Biên tập Tạp chí", 5],
    [2, "Bộ phận Trị sự", 3],
    [null, "TỔNG CỘNG", 8],
  ];
  test("the total row is the magazine's staff", () => {
    const ps = used(detect(plan, [wb("doi-ngu.xlsx", sheet("TCVN", grid))]));
    expect(at(ps, "staff_total", "tap-chi-van-nghe-lai-chau")).toBe("TCVN!C5");
  });
});

describe("an inventory of systems: the row naming the electronic press system is the agency's level (rule 98)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["STT", "Tên hệ thống thông tin", "Cấp độ được phê duyệt", "Năm đưa vào sử dụng"],
    ["I", "ĐÀI PT-TH LAI CHÂU"],
    [1, "Hệ thống thư điện tử công vụ", 1, 2019],
    [2, "Trang thông tin điện tử tổng hợp của Đài", 2, 2021],
    [3, "Hệ thống lưu trữ tư liệu số (MAM)", 2, 2022],
  ];
  test("the level of 'Trang thông tin điện tử …' is proposed, no other system's", () => {
    const ps = used(detect(plan, [wb("dm.xlsx", sheet("Danh mục", grid))]));
    expect(at(ps, "security_level", "dai-ptth-lai-chau")).toBe("Danh mục!C4");
  });
});

describe("a header row under a title naming one input is no answer line (rule 99)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["TỔNG HỢP CÁC LỚP TẬP HUẤN NĂM 2025"],
    [],
    ["STT", "Tên lớp", "Đơn vị tổ chức", "Ngày học", "Hình thức", "Báo Lai Châu"],
    [1, "Khóa trực tuyến về báo chí dữ liệu", "Bộ TT&TT", "21-24/8/2025", "Trực tuyến", 6],
    [],
    ["SỐ NGƯỜI ĐÃ ĐƯỢC BỒI DƯỠNG, KHÔNG TÍNH TRÙNG"],
    ["STT", "Cơ quan", "Người làm việc (tổng)", "Đã qua BD-CĐS (người)", "Tỷ lệ đã bồi dưỡng (%)"],
    [1, "Báo Lai Châu", 35, 30, 0.857],
    [2, "Đài PT-TH Lai Châu", 141, 139, 0.986],
  ];
  test("'Đã qua BD-CĐS (người)' heads its column", () => {
    const ps = used(detect(plan, [wb("th.xlsx", sheet("Tập huấn", grid, ["A6:E6"]))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Tập huấn!D8");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Tập huấn!D9");
    // Read under its own header, not under the title above the table.
    expect(ps.find((p) => p.cell === "D8")?.reason).toContain("Đã qua BD-CĐS (người)");
  });
});

describe("a row label naming the input only weakly yields to a column header naming it by its phrase (rule 100)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["STT", "Cơ quan", "Hình thức", "Số người được đào tạo, bồi dưỡng về chuyển đổi số"],
    [1, "Báo Lai Châu", "Tập huấn", 30],
    [2, "Đài PT-TH tỉnh", "Tập huấn", 120],
  ];
  test("each agency's figure is read under the header, with the header as its label", () => {
    const d = detect(plan, [wb("dao-tao.xlsx", sheet("Đào tạo", grid))]);
    const ps = used(d);
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Đào tạo!D2");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Đào tạo!D3");
    expect(ps.find((p) => p.cell === "D2")?.reasonEn).toContain('Label "Số người được đào tạo');
  });
});

describe("a yearbook: an input's heading, then a row per agency (rules 101–103)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["MỘT SỐ CHỈ TIÊU CHỦ YẾU VỀ HOẠT ĐỘNG BÁO CHÍ"],
    ["Danh mục", "ĐVT", "2023", "2024", "2025", "KH giao năm 2025"],
    ["I. Tin bài mới phục vụ NVCT & thông tin thiết yếu", "tin-bài"],
    ["- Báo Lai Châu", null, 1600, 1700, 1800, 2000],
    ["- Đài PT-TH tỉnh", null, 1500, 1550, 1650, 1900],
    ["II. Kết quả thu (doanh thu) của năm", "tr.đồng"],
    ["- Báo Lai Châu", null, 9000, 9500, 10000, 12000],
    ["III. Dự toán NSNN giao trong năm", "tr.đồng"],
    ["- Đài PT-TH tỉnh", null, 2000, 2100, 2200, 2300],
    ["IV. Đã chuyển sang cơ chế tự chủ về tài chính", "Có/Chưa"],
    ["- Báo Lai Châu", null, null, null, "Đã được giao tự chủ", null],
    ["V. Tòa soạn hội tụ (vận hành thực tế)", "Có/Chưa"],
    ["- Đài PT-TH tỉnh", null, null, null, null, "Đang vận hành"],
  ];
  const ps = used(detect(plan, [wb("nien-giam.xlsx", sheet("Báo chí", grid))]));

  test("a heading with its unit of measure beside it names the rows of agencies under it (rule 101)", () => {
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Báo chí!E4");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2023)).toBe("Báo chí!C5");
  });
  test("…and a heading naming the input weakly does, when the unit of measure is the input's (rule 103)", () => {
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Báo chí!E7");
  });
  test("the next heading, the plan's figures, ends the last one's rows (rule 101)", () => {
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBeUndefined();
  });
  test("an answer naming the heading's input, after an agency's name, is the agency's answer (rule 102)", () => {
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Báo chí!E11");
  });
  test("a status typed under a plan column that is not a budget's is the status planned (rule 104)", () => {
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBeUndefined();
  });
});

describe("an agency's profile card: each label's own year, not the title's (rules 105, 106)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["HỒ SƠ CƠ QUAN BÁO CHÍ NĂM 2025"],
    ["Báo Lai Châu"],
    ["Tin bài NVCT (SL) - 2025", null, 1227, null, "Tổng thu SN+DV - 2025", 9689],
    ["Lũy kế đến 30/6/2025", null, 512, null, "Lũy kế đến 30/6/2025", 5106],
    ["Tin bài NVCT (SL) - 2024", null, 1201, null, "Tổng thu SN+DV - 2024", 9878],
  ];
  const ps = used(detect(plan, [wb("bao_lc_2025.xlsx", sheet("Hồ sơ", grid, ["A1:F1", "A2:F2"]))]));
  test("a label's year beats the year of a title across the sheet (rule 105)", () => {
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Hồ sơ!C5");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Hồ sơ!F5");
  });
  test("figures up to the end of June are a part of the year, not the year (rule 106)", () => {
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Hồ sơ!C3");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Hồ sơ!F3");
    expect(ps.filter((p) => p.cell.endsWith("4"))).toEqual([]);
  });
});

describe("articles by channel under a title naming them: the column headed by the input is the figure (rules 107, 108)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["ĐÀI PT&TH TỈNH LAI CHÂU"],
    [],
    ["Tổng số tin bài mới phục vụ nhiệm vụ chính trị - phân theo kênh đăng, phát"],
    ["Năm", "Sóng phát thanh", "Sóng truyền hình", "Cổng TTĐT", "Tin-bài NVCT (SL)"],
    ["Năm 2024", 514, 529, 256, 1299],
    ["Quý I-III/2025", 300, 280, 200, 780],
    ["2025", 450, 420, 300, 1170],
  ];
  const ps = used(detect(plan, [wb("kenh.xlsx", sheet("Đài", grid))]));
  test("each year's figure is the input's column, never a channel's (rule 108)", () => {
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("Đài!E5");
    expect(ps.filter((p) => /^[B-D]/.test(p.cell))).toEqual([]);
  });
  test("three quarters of 2025 are not 2025 (rule 107)", () => {
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Đài!E7");
  });
});

describe("a summary written as sentences split across cells (rules 105, 111, 112)", () => {
  const grid: Array<Array<CellScalar | Cell>> = [
    ["TÓM TẮT SỐ LIỆU PHỤC VỤ HỌP GIAO BAN BÁO CHÍ"],
    ["(Tài liệu phục vụ giao ban quý IV/2025)"],
    [],
    ["1. Báo Lai Châu"],
    [
      "- Lượng tin bài viết về nhiệm vụ chính trị được xuất bản trong năm 2025:",
      null,
      null,
      1382,
      "TB; cùng kỳ 2024 là",
      1336,
      "TB",
    ],
    ["- Nhân sự hiện có của cơ quan báo chí (người):", null, null, 50, "trong đó đã tập huấn:", 48, "ng"],
  ];
  const ps = used(detect(plan, [wb("tom-tat.xlsx", sheet("Tóm tắt", grid, ["A1:K1", "A2:K2", "A4:G4"]))]));
  test("'cùng kỳ 2024 là' before a figure says its year, over the title's (rules 105, 111)", () => {
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Tóm tắt!D5");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Tóm tắt!F5");
  });
  test("'trong đó đã tập huấn:' after the row's first figure names the figure after it (rule 112)", () => {
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Tóm tắt!D6");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Tóm tắt!F6");
  });
});

describe("a survey's entries under question codes, with a codebook sheet (rule 113)", () => {
  const entries = sheet("Data entry", [
    ["ID", "Đơn vị trả lời", "C01_2024", "C01_2025", "C01_KH", "C02_2025", "C03"],
    ["DV01", "Báo Lai Châu", 1172, 1250, 1383, 10496, 46],
    ["DV02", "Đài PT-TH tỉnh", 2429, 2497, 3039, 2497, 120],
  ]);
  const codebook = sheet("Codebook", [
    ["Mã câu", "Nội dung câu hỏi", "Cách ghi"],
    ["C01", "Tổng số tin bài mới phục vụ nhiệm vụ chính trị (tự sản xuất)", "Ghi số"],
    ["C02", "Tổng thu từ hoạt động sự nghiệp, quảng cáo, dịch vụ báo chí", "Ghi số"],
    ["C03", "Tổng số người làm việc tại cơ quan", "Ghi số"],
  ]);
  test("each code is read as its question; the plan column and the ID column are not figures", () => {
    const ps = used(detect(plan, [wb("nhap-lieu.xlsx", entries, codebook)]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Data entry!D2");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("Data entry!C3");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Data entry!F2");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Data entry!G3");
    expect(ps.filter((p) => p.cell.startsWith("E") || p.sheet === "Codebook")).toEqual([]);
  });
  test("codes nobody explains stay codes", () => {
    const ps = used(detect(plan, [wb("nhap-lieu.xlsx", entries)]));
    expect(ps).toEqual([]);
  });
});

describe("workings, chart data and merge sources (ADR 0007, ninth round)", () => {
  test("workings computing a growth from a figure name the figure after their colon (rules 116, 117)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BẢNG TÍNH TỐC ĐỘ TĂNG TRƯỞNG: TỔNG THU SN+DV (CẢ NĂM)"],
      ["Đơn vị tính: triệu đồng"],
      [],
      ["STT", "Cơ quan báo chí", "2020 (năm gốc)", "Năm 2024", "Năm 2025", "Lũy kế 10 tháng/2025", "% tăng"],
      [1, "Báo Lai Châu", 8616, 10980, 11500, 9000, 4.7],
      [2, "Đài PT-TH tỉnh", 2803, 3024, null, 2500, null],
    ];
    const ps = used(detect(plan, [wb("tang-truong.xlsx", sheet("TT tổng thu", grid, ["A1:G1"]))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2020)).toBe("TT tổng thu!C5");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("TT tổng thu!E5");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("TT tổng thu!D6");
    // Ten months of 2025 are not the year: the radio's 2025 is missing, not 2500.
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBeUndefined();
    expect(ps.filter((p) => /^TT tổng thu![FG]/.test(`${p.sheet}!${p.cell}`))).toEqual([]);
  });

  test("a chart's data block: its caption over the years keeps the block's title (rule 118)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BĐ3. Tin, bài mới phục vụ nhiệm vụ chính trị địa phương (tin, bài)"],
      ["Tên chuỗi số liệu (SP báo chí NVCT mới)", "Năm 2023", "Năm 2024", "Năm 2025", "KH giao 2025"],
      ["Toà soạn báo tỉnh Lai Châu", 1481, 1597, 1650, 2000],
      ["Đài tỉnh LChâu (phát thanh, truyền hình)", 2261, 2285, 2300, 2500],
    ];
    const ps = used(detect(plan, [wb("bieu-do.xlsx", sheet("Số liệu vẽ biểu đồ", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Số liệu vẽ biểu đồ!D3");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2023)).toBe("Số liệu vẽ biểu đồ!B4");
  });

  test("years typed as text after a caption naming the input head the block's columns (rule 130)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BD1. Tong DT hoat dong bao chi va dich vu di kem (tr.dong)"],
      ["Chuoi / Nam (DT toan CQ (moi nguon))", "2022", "2023", "2024", "2025"],
      ["Bao LChau (in + dien tu)", 11908, 11958, 12615, 13485],
      ["Dai PT va TH Lai Chau - co quan thuoc UBND tinh", 2689, 2880, 2955, 3231],
    ];
    const ps = used(detect(plan, [wb("bieu-do.xlsx", sheet("Data bieu do", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2022)).toBe("Data bieu do!B3");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Data bieu do!E4");
  });

  test("a header row naming agencies side by side ends the agency a row above named (rule 133)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Hình 4 - Tổng thu sự nghiệp (triệu đồng)"],
      ["Đơn vị \\ Năm", "Năm 2024", "Năm 2025"],
      ["Tạp chí VNLC (Hội VHNT tỉnh)", 364, 373],
      [],
      ["Hình 5 - Bảng nguồn: tình hình triển khai theo từng cơ quan"],
      ["Đơn vị", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tạp chí Văn nghệ Lai Châu", "Số CQ đã đạt"],
      ["Cấp độ HTTT trang báo ĐT", "Cấp 3", "Cấp 3", "Không áp dụng (tạp chí in)", 2],
    ];
    const ps = used(detect(plan, [wb("bieu-do.xlsx", sheet("Data", grid))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("Data!B7");
    expect(at(ps, "security_level", "tap-chi-van-nghe-lai-chau")).toBe("Data!D7");
    expect(ps.filter((p) => p.cell.startsWith("E"))).toEqual([]);
  });

  test("a header that opens as an answer does ('Đã TH về CĐS') is still a header (rule 119)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Tên chuỗi số liệu", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"],
      ["Toà soạn báo tỉnh Lai Châu", 7387, 8164, 8565, 8614],
      [],
      ["BĐ5. Lao động & số người đã tập huấn theo cơ quan"],
      ["Tên chuỗi số liệu", "Tổng LĐ của CQ (ng)", "Đã TH về CĐS", "Tỷ lệ người đã tập huấn (%)", "Ghi chú"],
      ["Toà soạn báo tỉnh Lai Châu", 54, 54, 100],
      ["Đài tỉnh LChâu (phát thanh, truyền hình)", 123, 120, 97.6],
    ];
    const ps = used(detect(plan, [wb("bieu-do.xlsx", sheet("Số liệu", grid))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Số liệu!B6");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Số liệu!B7");
  });

  test("a mail merge's fields read with the letter's lines; a letter's date is no figure's year (rules 120, 122)", () => {
    const source = sheet("Nguon_tron", [
      ["TenCoQuan", "NgayCV", "TinBaiNVCT_2024", "TinBaiNVCT_2025", "KH_TinBaiNVCT_2025", "TongThuBC_2025"],
      ["Báo Lai Châu - tiếng nói của Đảng bộ tỉnh", "06/12/2025", 1682, 1740, 2000, 8873],
      ["Đài PT và TH Lai Châu", "05/12/2025", 3340, 3521, 4400, 3513.5],
    ]);
    const letter = sheet("Mau_thu", [
      ["Kính gửi: «TenCoQuan»"],
      ["- Sản phẩm báo chí mới phục vụ NVCT (tin + bài) (2024): «TinBaiNVCT_2024»"],
      ["- Sản phẩm báo chí mới phục vụ NVCT (tin + bài) (2025): «TinBaiNVCT_2025»"],
      ["- Thu từ hoạt động sự nghiệp báo chí - tổng cộng các nguồn (2025): «TongThuBC_2025»"],
      ["- Chỉ tiêu giao năm 2025: «KH_TinBaiNVCT_2025»"],
    ]);
    const ps = used(detect(plan, [wb("tron-thu.xlsx", source, letter)]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Nguon_tron!C2");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Nguon_tron!D2");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("Nguon_tron!C3");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Nguon_tron!F3");
    expect(ps.filter((p) => p.cell.startsWith("E") || p.sheet === "Mau_thu")).toEqual([]);
    // Without the letter, the field names say nothing.
    expect(used(detect(plan, [wb("tron-thu.xlsx", source)]))).toEqual([]);
  });
});

describe("a log of figures received, kinds of press, departments (ADR 0007, ninth round)", () => {
  test("the way a figure came is no note on it; a later entry replaces one marked so (rules 123–125)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["NHẬT KÝ NHẬN SỐ LIỆU BÁO CÁO CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025"],
      [],
      ["STT", "Thời điểm nhận", "Đơn vị gửi", "Kênh gửi", "Nội dung số liệu", "Giá trị báo cáo", "Ghi chú"],
      [
        1,
        "10/11/2025 09:50",
        "BLC - tòa soạn báo",
        "Email công vụ",
        "Doanh thu thực hiện toàn đơn vị năm 2024",
        10784,
      ],
      [
        2,
        "10/11/2025 11:35",
        "LTV - Đài PT-TH LChâu",
        "Gọi điện thoại báo số",
        "Sản lượng tin bài chính trị năm 2024",
        2338,
        "Đã gửi lại, thay bằng số liệu ngày 14/11/2025",
      ],
      [
        3,
        "14/11/2025 13:53",
        "LTV - Đài PT-TH LChâu",
        "Văn bản giấy",
        "Sản lượng tin bài chính trị năm 2024",
        2448,
        "Gửi lại, đính chính số liệu ngày 14/11/2025",
      ],
    ];
    const ps = used(detect(plan, [wb("nhat-ky.xlsx", sheet("Theo dõi", grid, ["A1:G1"]))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Theo dõi!F4");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2024)).toBe("Theo dõi!F6");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBeUndefined();
  });

  test("a row with a label of its own naming nothing is no year sub-row of the row above (rule 134)", () => {
    const own = "Tác phẩm mới phục vụ tuyên truyền chính trị";
    const decoy = "Tổng số tin bài trên trang điện tử";
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Cơ quan báo chí", "Chỉ tiêu", "ĐVT", "Kỳ", "Kết quả"],
      [1, "Dai PTTH tinh LaiChau", own, "Tin bài/năm", "Năm 2022", 2919],
      [2, "Dai PTTH tinh LaiChau", decoy, "Tin, bài", "Năm 2022", 5138],
      [3, "Dai PTTH tinh LaiChau", own, "Tin bài/năm", "Năm 2023", 3164],
      [4, "Dai PTTH tinh LaiChau", decoy, "Tin, bài", "Năm 2023", 5238],
    ];
    const ps = used(detect(plan, [wb("csdl.xlsx", sheet("CSDL", grid))]));
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2022)).toBe("CSDL!F2");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2023)).toBe("CSDL!F4");
    expect(ps.filter((p) => p.cell === "F3" || p.cell === "F5")).toEqual([]);
  });

  test("kinds of press beside their sum are parts of the agency's figure (rule 126)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TIN BÀI NVCT CHIA THEO LOẠI HÌNH"],
      [],
      ["STT", "Cơ quan", "Năm 2025"],
      [null, null, "Báo in", "Phát thanh", "Truyền hình", "Điện tử", "Cộng các loại hình"],
      [1, "Báo Lai Châu - Tỉnh ủy", 1125, null, null, 763, 1888],
      [2, "LTV - Đài PT-TH LChâu", null, 1081, 900, 700, 2681],
    ];
    const merges = ["A1:G1", "C3:G3", "A3:A4", "B3:B4"];
    const ps = used(detect(plan, [wb("loai-hinh.xlsx", sheet("Theo loại hình", grid, merges))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Theo loại hình!G5");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Theo loại hình!G6");
    expect(ps.filter((p) => /^Theo loại hình![C-F]/.test(`${p.sheet}!${p.cell}`))).toEqual([]);
    // ("Tổng các loại hình" sums them as well.)
    const total = grid.map((row, i) => (i === 3 ? [...row.slice(0, 6), "Tổng các loại hình"] : row));
    const again = used(detect(plan, [wb("loai-hinh.xlsx", sheet("Theo loại hình", total, merges))]));
    expect(at(again, "political_articles", "bao-lai-chau", 2025)).toBe("Theo loại hình!G5");
  });

  test("a count of agencies under the agencies' rows is no agency's figure (rule 127)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Cơ quan", "Nhân sự cơ quan, người", "ATTT - cấp"],
      [1, "Báo Lai Châu", 49, 3],
      [2, "Đài PT-TH tỉnh", 112, 3],
      [3, "Tạp chí Văn nghệ Lai Châu", 7, "Không thuộc đối tượng"],
      [null, "Cộng số cơ quan", null, 2],
    ];
    const ps = used(detect(plan, [wb("tinh-hinh.xlsx", sheet("CĐS", grid))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("CĐS!D2");
    expect(ps.filter((p) => p.cell.endsWith("5"))).toEqual([]);
  });

  test("'Tin, bài CT&TTTY' names political articles; so does a sum under 'Bộ phận / phòng ban' (rules 129, 132)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TẠP CHÍ VĂN NGHỆ LAI CHÂU"],
      [],
      ["STT", "Bộ phận / phòng ban", "Tin, bài CT&TTTY năm 2025"],
      [1, "Ban Biên tập tạp chí", 74],
      [2, "Bộ phận Trị sự - Phát hành", 122],
      [null, "Cộng toàn đơn vị", 196],
    ];
    const ps = used(detect(plan, [wb("nhan-luc.xlsx", sheet("TC", grid, ["A1:C1"]))]));
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("TC!C6");
    expect(ps.filter((p) => !p.cell.endsWith("6"))).toEqual([]);
  });

  test("departments are no agencies; their sum under the agency's name is its figure (rules 128, 129)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BLC - TÒA SOẠN BÁO"],
      [],
      ["TIN BÀI NVCT CHIA THEO PHÒNG BAN SẢN XUẤT"],
      ["STT", "Phòng, ban chuyên môn", "Năm 2024", "Năm 2025"],
      [1, "Ban Thư ký tòa soạn", 252, 471],
      [2, "Ban Thời sự - Chính trị", 469, 256],
      [3, "Ban Báo điện tử", 441, 398],
      [null, "Tổng cộng toàn cơ quan", 1162, 1125],
    ];
    const ps = used(detect(plan, [wb("nhan-luc.xlsx", sheet("BLC", grid, ["A1:D1", "A3:D3"]))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("BLC!C8");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("BLC!D8");
    expect(ps.filter((p) => !p.cell.endsWith("8"))).toEqual([]);
  });
});

describe("tenth round: drafts beside the copy sent, an indicator's card (ADR 0007, rules 135–138)", () => {
  const table = (articles: number): Array<Array<CellScalar | Cell>> => [
    ["Chỉ tiêu", "Báo Lai Châu", "Đài PT-TH tỉnh"],
    ["Tin, bài phục vụ nhiệm vụ chính trị năm 2025", articles, articles + 1000],
  ];
  test.each([
    ["Nháp 1 (15-10)", "Chính thức gửi Sở"],
    ["Bản cũ", "Tổng hợp"],
    ["Số liệu chưa sửa", "Tổng hợp"],
    ["Nhap lan 2", "BAN CHOT 20-11"],
  ])("a sheet named a draft or an old copy ('%s') yields to '%s' (rule 135)", (draft, sent) => {
    const ps = used(detect(plan, [wb("so-lieu.xlsx", sheet(draft, table(1500)), sheet(sent, table(1600)))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe(`${sent}!B2`);
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe(`${sent}!C2`);
  });
  test("a sheet of entries ('Nhập số liệu') is no draft: alone, or beside another, its figures are read (rule 135)", () => {
    const alone = used(detect(plan, [wb("so-lieu.xlsx", sheet("Nhập số liệu", table(1500)))]));
    expect(at(alone, "political_articles", "bao-lai-chau", 2025)).toBe("Nhập số liệu!B2");
    const draftOnly = used(detect(plan, [wb("so-lieu.xlsx", sheet("Nháp", table(1500)))]));
    expect(at(draftOnly, "political_articles", "bao-lai-chau", 2025)).toBe("Nháp!B2");
  });

  // An indicator's card: its title, fields (code, short name, method, source), then a table of agencies by year.
  const card: Array<Array<CellScalar | Cell>> = [
    ["Chỉ tiêu 1 - Tác phẩm mới phục vụ nhiệm vụ chính trị được đăng, phát"],
    ["Mã số chỉ tiêu", "CT-01"],
    ["Tên gọi gọn", "TB NVCT mới"],
    ["Phương pháp tính", "So sánh với năm 2020 (gốc) để tính mức tăng 20%"],
    ["Nguồn lấy số", "Hệ thống quản lý nội dung (CMS), sổ kế toán"],
    ["Kỳ thu thập", "Hằng năm"],
    ["Cơ quan / kỳ", "Báo Lai Châu", "Đài PT-TH tỉnh"],
    ["Số liệu 2024", 1890, 2100],
    ["Số liệu 2025", 1954, 2133],
    ["Mục tiêu 2025", 2330, 2400],
    [],
    ["Chỉ tiêu 2 - Thu QC - TT (một phần tổng thu)"],
    ["Mã số chỉ tiêu", "CT-02"],
    ["Khái niệm, nội hàm", "Chỉ tiêu tham khảo, không thuộc Kế hoạch 3414"],
    ["Đơn vị tính của chỉ tiêu", "Tr.đ"],
    ["Nguồn lấy số", "Sổ kế toán"],
    ["Cơ quan / kỳ", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tạp chí Văn nghệ"],
    ["Số liệu 2024", 4969, 723, 160],
    ["Số liệu 2025", 5336, 826, 170],
  ];
  test("an indicator's card: its fields keep the title, a field's key heads no column (rules 136, 137)", () => {
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phiếu", card))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Phiếu!B8");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Phiếu!C9");
    expect(ps.filter((p) => p.cell.endsWith("10"))).toEqual([]);
  });
  test("the next numbered heading ends the card before it, whatever its words (rule 138)", () => {
    // (The magazine, in the second card only, would otherwise take the first card's title.)
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phiếu", card))]));
    expect(ps.filter((p) => Number(p.cell.slice(1)) > 11)).toEqual([]);
  });

  test("a journal of entries: the year column 'Kỳ (năm)' gives each row's year; a refused entry yields to the approved one (rules 139, 140)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["NHẬT KÝ TIẾP NHẬN SỐ LIỆU NĂM 2025"],
      [],
      [
        "STT",
        "Ngày giờ nhập",
        "Đơn vị nhập",
        "Nội dung chỉ tiêu",
        "Kỳ (năm)",
        "Số liệu đơn vị nhập",
        "Tình trạng xử lý",
      ],
      [1, "01/11/2025 7:00", "Báo Lai Châu", "Tin bài NVCT mới", 2023, 1005, "Trả lại - sai số liệu"],
      [2, "01/11/2025 9:00", "Báo Lai Châu", "Tin bài NVCT mới", 2024, 1174, "Phê duyệt (chốt)"],
      [3, "02/11/2025 8:00", "Báo Lai Châu", "Tin bài NVCT mới", 2023, 1253, "Phê duyệt (chốt)"],
    ];
    const ps = used(detect(plan, [wb("nhat-ky-2025.xlsx", sheet("Nhật ký", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Nhật ký!F5");
    expect(at(ps, "political_articles", "bao-lai-chau", 2023)).toBe("Nhật ký!F6");
  });
  test("state at the start and at the end of the period: the end's is the state (rule 142)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TRẠNG THÁI CÁC CƠ QUAN ĐẦU KỲ VÀ CUỐI KỲ (2021-2025)"],
      ["Chỉ tiêu / nội dung", "Báo Lai Châu", null, "Đài PT-TH tỉnh"],
      [null, "Trước giai đoạn", "Hết giai đoạn", "Trước giai đoạn", "Hết giai đoạn"],
      ["Tổng số cán bộ, phóng viên, biên tập viên", 39, 44, 119, 142],
      ["Tổ chức tòa soạn theo hướng hội tụ", "Chưa", "Rồi", "Chưa", "Chưa"],
    ];
    const ps = used(detect(plan, [wb("tong-ket.xlsx", sheet("PL", grid, ["B2:C2", "D2:E2"]))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("PL!C4");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("PL!E4");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("PL!C5");
  });

  test("rows leaving the agency's cell empty under the row that named it are that agency's, as if merged down (rule 146)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TỔNG HỢP SỐ LIỆU GỬI QUA NHÓM ZALO"],
      ["STT", "Người gửi", "Số liệu về", "Năm số liệu", "Con số trích ra"],
      [1, "Nguyễn Thu Hà (Đài PT-TH tỉnh)", "Doanh thu gộp (trđ)", 2022, 3233],
      [2, null, "Doanh thu gộp (trđ)", 2023, 3385],
      [3, null, "Doanh thu gộp (trđ)", 2024, 3663],
      [4, "Lường Thị Thanh (Báo Lai Châu)", "Doanh thu gộp (trđ)", 2024, 11306],
    ];
    const ps = used(detect(plan, [wb("zalo.xlsx", sheet("Zalo", grid))]));
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2023)).toBe("Zalo!E4");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Zalo!E5");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Zalo!E6");
  });

  test("a question that opens as an answer does ('Đã có TS hội tụ chưa') is the row's label, not its answer (rule 149)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Cơ quan", "Nội dung tin nhắn", "Số liệu về", "Con số trích ra"],
      [
        1,
        "Đài Truyền hình Lai Châu",
        "Về nội dung tòa soạn đã vận hành theo mô hình hội tụ, Đài: ✗ ạ",
        "Đã có TS hội tụ chưa",
        "✗",
      ],
    ];
    const ps = used(detect(plan, [wb("zalo.xlsx", sheet("Zalo", grid))]));
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Zalo!E2");
  });

  test("a refusal that reads as a 'no' ('Không duyệt, nhập nhầm') still marks its entry refused (rule 151)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Cơ quan gửi", "Chỉ tiêu nhập", "Năm số liệu", "Số liệu đơn vị nhập", "Tình trạng xử lý"],
      [1, "Đài PT-TH tỉnh", "Tổng doanh thu", 2024, 2106, "Không duyệt, nhập nhầm"],
      [2, "Đài PT-TH tỉnh", "Tổng doanh thu", 2024, 3390, "Duyệt - hợp lệ"],
    ];
    const ps = used(detect(plan, [wb("nhat-ky-2025.xlsx", sheet("Nhật ký", grid))]));
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Nhật ký!E3");
  });

  test("a column named only as the previous period, right of one naming an input, is that input's previous year (rule 152)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["THỐNG KÊ TIN BÀI THEO CHUYÊN MỤC - NĂM 2025"],
      ["Đơn vị: Báo Lai Châu"],
      ["STT", "Chuyên mục", "Tin bài CT (mới)", "Năm trước (2024)", "Ghi chú"],
      [1, "Thời sự", 408, 241],
      [2, "Kinh tế", 392, 274],
      [
        null,
        "Tổng cộng toàn cơ quan",
        { value: 800, formula: "SUM(C4:C5)" },
        { value: 515, formula: "SUM(D4:D5)" },
      ],
    ];
    const ps = used(detect(plan, [wb("tk-2025.xlsx", sheet("TK", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("TK!C6");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("TK!D6");
  });

  test("a province-wide figure is the plan's province's row, not another province's (rule 155)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["SỐ LIỆU SO SÁNH CỤM THI ĐUA CÁC TỈNH TÂY BẮC NĂM 2025"],
      ["TT", "Địa phương", "Dân VS,VX (người)", "Nhân khẩu VSVX được phủ sóng báo chí"],
      [1, "Yên Bái", 113568, 113363],
      [2, "Toàn bộ địa bàn LChâu", 113601, 113500],
      [3, "Điện Biên", 121366, 117330],
    ];
    const ps = used(detect(plan, [wb("cum.xlsx", sheet("Vùng sâu", grid))]));
    expect(at(ps, "remote_population_total", "tinh-lai-chau")).toBe("Vùng sâu!C4");
    expect(at(ps, "remote_population_reached", "tinh-lai-chau")).toBe("Vùng sâu!D4");
  });

  test("…also under a message's row that gives no figure of its own, only its number (rule 146)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Người gửi", "Nội dung tin nhắn", "Số liệu về", "Năm số liệu", "Con số trích ra"],
      [1, "Nguyễn Thu Hà (T/c Văn nghệ Lai Châu)", "Tạp chí báo cáo doanh thu: năm 2022: 218; năm 2023: 237"],
      [2, null, null, "Tổng thu cả năm (Tr.đ)", 2022, 218],
      [3, null, null, "Tổng thu cả năm (Tr.đ)", 2023, 237],
    ];
    const ps = used(detect(plan, [wb("zalo.xlsx", sheet("Zalo", grid))]));
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2022)).toBe("Zalo!F3");
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2023)).toBe("Zalo!F4");
  });

  test("a label wrapped over two rows, as a page converted from PDF leaves it, is read whole (rule 156)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch 2025", "TH 2025"],
      ["I. BÁO LAI CHÂU"],
      ["3", "Lực lượng lãnh đạo, PV, BTV,", "Người", "64", "57"],
      [null, "KTV và nhân viên hiện có"],
      ["4", "Lãnh đạo, PV, BTV được cử đi", "Người", "67", "55"],
      [null, "bồi dưỡng kỹ năng báo chí số"],
      ["c) Nội dung báo chí đã có mặt trên các nền tảng số", null, null, null, "Đã có"],
      ["d) Có hệ thống dữ liệu tập trung tích hợp AI"],
    ];
    const ps = used(detect(plan, [wb("converted.xlsx", sheet("Sheet1 (PDF)", grid))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Sheet1 (PDF)!E5");
    // ("d) …" opens a new item: no part of the label above it.)
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBe("Sheet1 (PDF)!E7");
  });

  test("with no title naming its input surely, a card's field that does titles it; a section's letter is no field's key (rule 157)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Chỉ tiêu 6 - Nhân lực đã qua lớp CĐS (lãnh đạo, phóng viên, biên tập viên)"],
      ["Mã số chỉ tiêu", "CT-06"],
      ["Tên viết tắt trong biểu", "Số đã BD về CĐS"],
      ["Nguồn lấy số liệu", "Hệ thống quản lý nội dung (CMS), sổ kế toán"],
      ["Giá trị theo đơn vị", "Báo Lai Châu", "Đài PT-TH tỉnh"],
      ["Số liệu 2025", 45, 134],
    ];
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phiếu", grid))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Phiếu!B6");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Phiếu!C6");
    // (A section's letter is no field's key: "B | NGUỒN THU" titles nothing.)
    const sections: Array<Array<CellScalar | Cell>> = [
      ["STT", "Chỉ tiêu", "ĐVT", "Báo Lai Châu", "Đài PT-TH tỉnh", "Tổng", "Ghi chú"],
      ["A", "NỘI DUNG THÔNG TIN"],
      ["B", "NGUỒN THU"],
      [
        "1",
        "Tổng thu từ hoạt động sự nghiệp, quảng cáo, dịch vụ báo chí (triệu đ)",
        "Triệu đ",
        "7.864",
        2850,
        10714,
      ],
      ["2", "Doanh thu quảng cáo", "Tr.đồng", 2087, 730],
    ];
    const byYear = used(
      detect(plan, [wb("so-lieu.xlsx", sheet("N2020", sections), sheet("N2021", sections))]),
    );
    expect(at(byYear, "revenue", "bao-lai-chau", 2020)).toBe("N2020!D4");
  });

  test("under a card titled by its input, a year's answers ('Số liệu 2025 | Chưa tự chủ | Đã tự chủ') are answers (rule 158)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Chỉ tiêu 9 - Tự chủ tài chính theo NĐ 60"],
      ["Mã số chỉ tiêu", "CT-09"],
      ["Đơn vị tính của chỉ tiêu", "C/K"],
      ["Cơ quan / kỳ", "Báo Lai Châu", "Đài PT-TH tỉnh"],
      ["Số liệu 2025", "Chưa tự chủ", "Đã tự chủ"],
    ];
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phiếu", grid))]));
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Phiếu!B5");
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("Phiếu!C5");
  });
});

describe("eleventh round (ADR 0007): reconciliations and items under their total", () => {
  test("a reconciliation's agreed column stands beside the department's and the agency's figures (rule 159)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BIÊN BẢN ĐỐI CHIẾU SỐ LIỆU NĂM 2025 - BÁO LAI CHÂU"],
      [],
      [
        "TT",
        "Nội dung",
        "ĐVT",
        "Số Sở đã tổng hợp",
        "Số đơn vị gửi",
        "Chênh lệch",
        "Số thống nhất sau đối chiếu",
      ],
      ["1", "Tin bài phục vụ nhiệm vụ chính trị năm 2025", "tin, bài", 1410, 1392, -18, 1392],
      ["2", "Tổng thu sự nghiệp, dịch vụ báo chí năm 2025", "Triệu", 9738, 9912, 174, 9900],
    ];
    const ps = used(detect(plan, [wb("bien-ban.xlsx", sheet("ĐC - Báo Lai Châu", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("ĐC - Báo Lai Châu!G4");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("ĐC - Báo Lai Châu!G5");
  });

  test("agencies listed as items under a row with their total are its parts, a note after them or not (rule 160)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Chỉ tiêu", "ĐVT", "TH năm 2024", "Kế hoạch 2025", "Ước TH năm 2025", "Ghi chú"],
      ["1", "Tổng số tác phẩm đăng, phát (mọi chủ đề)", "tin, bài"],
      [null, "- Báo Lai Châu", null, 2220, 2500, 2691],
      [null, "- Đài PT-TH tỉnh", null, 5650, 5800, 5453],
      ["2", "Tin bài phục vụ nhiệm vụ chính trị", "tin, bài", 3962, 4870, 4208],
      [null, "- Báo Lai Châu", null, 1125, 1370, 1167, "Gồm tin bài đăng lại"],
      [null, "- Đài PT-TH tỉnh", null, 2837, 3500, 3041],
      ["3", "Dân số trung bình toàn tỉnh", "Người", 449435, 452000, 456279],
    ];
    const ps = used(detect(plan, [wb("ktxh.xlsx", sheet("KTXH", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("KTXH!D6");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("KTXH!F6");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("KTXH!F7");
    // (the total is no agency's: the item above it heads nothing)
    expect(ps.filter((p) => /^[D-F]5$/.test(p.cell))).toEqual([]);
  });

  test("a row counting its agencies that meet it ('2/3') titles their ticks; an item left blank heads nothing (rule 161)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Chỉ tiêu", "ĐVT", "Ước TH năm 2025"],
      ["1", "Vận hành tòa soạn hội tụ", "Cơ quan (đạt)", "2/3"],
      [null, "- Báo Lai Châu", null, "✓"],
      [null, "- Đài PT-TH tỉnh", null, "✓"],
      [null, "- Tạp chí Văn nghệ", null, "✗"],
      ["2", "Có kênh nội dung trên nền tảng số", "Cơ quan (đạt)", "2/3"],
      [null, "- Báo Lai Châu"],
      [null, "- Đài PT-TH tỉnh", null, "✓"],
      ["3", "Toàn bộ đội ngũ cán bộ, viên chức và lao động hợp đồng", "Người", 175],
      [null, "- Báo Lai Châu", null, 56],
      [null, "- Đài PT-TH tỉnh", null, 119],
    ];
    const ps = used(detect(plan, [wb("ktxh.xlsx", sheet("KTXH", grid))]));
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("KTXH!D3");
    expect(at(ps, "converged_newsroom", "tap-chi-van-nghe-lai-chau")).toBe("KTXH!D5");
    expect(at(ps, "digital_platforms", "dai-ptth-lai-chau")).toBe("KTXH!D8");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("KTXH!D10");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("KTXH!D11");
    expect(ps.filter((p) => p.cell === "D9")).toEqual([]);
  });
  test("a header row of years typed as text, with headers naming inputs right of them, is a header row (rule 163)", () => {
    const grid = (trained: string): Array<Array<CellScalar | Cell>> => [
      ["SỐ LIỆU HOẠT ĐỘNG CỦA CÁC CƠ QUAN BÁO CHÍ ĐỊA PHƯƠNG NĂM 2025"],
      ["(Số liệu các cơ quan báo chí gửi về Sở, đã tổng hợp)"],
      [],
      [
        "STT",
        "Đơn vị báo cáo số liệu",
        "Báo, tạp chí in",
        null,
        "Sóng PT-TH",
        null,
        "Tổng số tin, bài đã đăng phát",
      ]
        .concat([
          "Tin bài mới (NVCT)",
          null,
          null,
          "Doanh thu các năm (triệu đồng)",
          null,
          null,
          null,
          "Nhân lực",
        ])
        .concat([null, null]),
      [
        null,
        null,
        "Số kỳ phát hành",
        "Số bản bình quân/kỳ",
        "Giờ phát thanh/ngày",
        "Giờ truyền hình/ngày",
        null,
      ]
        .concat(["2023", "2024", "2025", "2023", "2024", "2025", "Kế hoạch đề ra 2025", trained])
        .concat(["PV, BTV được cấp thẻ nhà báo kỳ 2021-2025", "Tổng số người đang LV"]),
      [
        "A",
        "B",
        "(1)",
        "(2)",
        "(3)",
        "(4)",
        "(5)",
        "(6)",
        "(7)",
        "(8)",
        "(9)",
        "(10)",
        "(11)",
        "(12)",
        "(13)",
      ],
      [1, "Báo Lai Châu", 149, 2200, "-", "-", 3466, 1384, 1492, 1619, 7391, 7272, 7365, 8300, 59, 37, 61],
      [
        2,
        "Đài PT-TH Lai Châu",
        "-",
        "-",
        20,
        15,
        4044,
        1973,
        2081,
        2260,
        3661,
        4039,
        4437,
        4700,
        139,
        74,
        140,
      ],
    ];
    const merges = ["A1:Q1", "A2:Q2", "C4:D4", "E4:F4", "H4:J4", "K4:N4", "O4:Q4", "A4:A5", "B4:B5", "G4:G5"];
    for (const trained of ["Nguoi da qua lop CDS BC", "Người đã qua lớp CĐS BC"]) {
      const ps = used(detect(plan, [wb("phu-luc.xlsx", sheet("Số liệu", grid(trained), merges))]));
      expect(at(ps, "political_articles", "bao-lai-chau", 2023)).toBe("Số liệu!H7");
      expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Số liệu!J8");
      expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Số liệu!L8");
    }
    // (…and so is a header after the years that reads as an answer, "Đã BD CĐS (người)", among years and a target)
    const answering: Array<Array<CellScalar | Cell>> = [
      ["SỐ LIỆU HOẠT ĐỘNG CỦA CÁC CƠ QUAN BÁO CHÍ ĐỊA PHƯƠNG NĂM 2025"],
      [],
      [],
      [
        "STT",
        "Đơn vị báo cáo số liệu",
        "Báo, tạp chí in",
        null,
        "Sóng PT-TH",
        null,
        "Tổng số tin, bài đã đăng phát",
      ]
        .concat([
          "Tin bài mới (NVCT)",
          null,
          null,
          null,
          "Doanh thu các năm (triệu đồng)",
          null,
          null,
          null,
          null,
        ])
        .concat([null, "Nhân lực, đào tạo", null, null]),
      [
        null,
        null,
        "Số kỳ phát hành",
        "Số bản bình quân/kỳ",
        "Giờ phát thanh/ngày",
        "Giờ truyền hình/ngày",
        null,
      ]
        .concat([
          "2022",
          "2023",
          "2024",
          "2025",
          "2021",
          "2022",
          "2023",
          "2024",
          "2025",
          "Kế hoạch đề ra 2025",
        ])
        .concat(["Đã BD CĐS (người)", "PV, BTV được cấp thẻ nhà báo kỳ 2021-2025", "Tổng số người đang LV"]),
      [
        1,
        "Tòa soạn Báo Lai Châu, Tỉnh ủy LC",
        149,
        2200,
        "-",
        "-",
        3466,
        1282,
        1384,
        1492,
        1619,
        6538,
        6977,
      ].concat([7391, 7272, 7365, 8300, 59, 37, 59]),
    ];
    const merges2 = ["A1:T1", "C4:D4", "E4:F4", "H4:K4", "L4:Q4", "R4:T4", "A4:A5", "B4:B5", "G4:G5"];
    const two = used(detect(plan, [wb("phu-luc.xlsx", sheet("Số liệu", answering, merges2))]));
    expect(two.filter((p) => /^[A-Z]5$/.test(p.cell))).toEqual([]);
    expect(at(two, "political_articles", "bao-lai-chau", 2024)).toBe("Số liệu!J6");
  });

  test("a term ('kỳ 2021-2025') in a row's words lists no years of the figures after it (rule 165)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["1. Báo Lai Châu"],
      ["- Kết quả thu sự nghiệp (tổng các nguồn) trong năm 2025:", null, null, 9120, "triệu đồng"],
      ["- Phóng viên được cấp thẻ nhà báo kỳ 2021-2025:", null, null, 21, "người"],
    ];
    const ps = used(detect(plan, [wb("tom-tat.xlsx", sheet("Tóm tắt", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Tóm tắt!D2");
    expect(ps.filter((p) => p.cell === "D3")).toEqual([]);
  });
  test("'Cộng cả năm' under a breakdown by kind of work is the year's figure, the kinds its parts; royalties are no staff (rules 166, 167)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["SỔ THEO DÕI TÁC PHẨM VÀ NHUẬN BÚT NĂM 2025"],
      ["Báo Lai Châu (Phòng Hành chính - Trị sự)"],
      [],
      ["STT", "Loại tác phẩm", "Số tác phẩm (tất cả)", "Tin bài mới (NVCT)", "Nhuận bút, thù lao (đồng)"],
      [1, "Tin", 869, 345, 174669000],
      [2, "Bài phản ánh, chuyên đề", 389, 159, 73521000],
      [3, "Phóng sự, ký sự", 699, 348, 236262000],
      [null, "Cộng cả năm", 1957, 852, 484452000],
    ];
    const ps = used(detect(plan, [wb("nhuan-but.xlsx", sheet("TP-NB 2025", grid, ["A1:E1", "A2:E2"]))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("TP-NB 2025!D8");
    expect(ps.filter((p) => p.input === "staff_total")).toEqual([]);
  });
  test("'Tác phẩm mới phục vụ NV chính trị' names the new political works by the plan's phrase, before the reposted ones (rule 168)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TỔNG HỢP TÁC PHẨM VÀ NHUẬN BÚT ĐÃ CHI NĂM 2025"],
      ["CƠ QUAN BÁO LAI CHÂU"],
      ["TT", "Nội dung tác phẩm", "Số lượng tác phẩm", "KH được giao năm 2025"],
      ["II", "Phân theo chủ đề tuyên truyền"],
      ["1", "Tác phẩm mới phục vụ NV chính trị (tin, bài, phóng sự ngắn)", "1.980", 2390],
      ["2", "Tin bai NVCT phat lai, dang lai", 1076],
    ];
    const ps = used(detect(plan, [wb("nhuan-but.xlsx", sheet("NB 2025", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("NB 2025!C5");
  });
  test("a reconciliation's agreed column left '-' leaves its row unsettled: the figures it would settle are not read (rule 172)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BIÊN BẢN ĐỐI CHIẾU SỐ LIỆU NĂM 2025 - BÁO LAI CHÂU"],
      [],
      ["TT", "Nội dung", "ĐVT", "Số Sở đã tổng hợp", "Số đơn vị gửi", "Số thống nhất sau đối chiếu"],
      ["1", "Tổng thu sự nghiệp, dịch vụ năm 2024", "Triệu", 12807, null, "-"],
      ["2", "Tổng thu sự nghiệp, dịch vụ năm 2025", "Triệu", 13196, 14169, 14169],
    ];
    const ps = used(detect(plan, [wb("bien-ban.xlsx", sheet("ĐC - Báo Lai Châu", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBeUndefined();
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("ĐC - Báo Lai Châu!F5");
    // (a settled year's '-' says nothing of another year's column: "Quyết toán 2023 | -" beside "Ước TH 2025")
    const years: Array<Array<CellScalar | Cell>> = [
      ["STT", "Chỉ tiêu thu, chi", "Quyết toán các năm", null, "Ước thực hiện năm 2025"],
      [null, null, "Năm 2023", "Năm 2024"],
      ["II", "Tổng doanh thu hoạt động báo chí, dịch vụ và đặt hàng", "-", 11564, 12118],
    ];
    const other = used(detect(plan, [wb("qt.xlsx", sheet("Bao LC", years, ["C1:D1"]))]));
    expect(at(other, "revenue", "bao-lai-chau", 2025)).toBe("Bao LC!E3");
  });
  test("under the last agency's rows, a row adding up all three ('Cộng ba cơ quan: …') is no agency's; a part of the year is no year's figure (rules 175, 176)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Nội dung", "ĐVT", "Năm 2025", "Năm 2024", "Quý III/2025 lũy kế"],
      ["I", "Báo Lai Châu"],
      [null, "Số thu thực hiện của cơ quan báo chí", "Tr.đ", 9120, 8740, 7410],
      ["II", "TC Văn nghệ LChâu (Hội VHNT)"],
      [null, "Số thu thực hiện của cơ quan báo chí", "Tr.đ", 223, 213, 181],
      [null, "Cộng hai cơ quan: Thu tự tạo năm (tr.đ)", null, 9343, 8953],
      [null, "Cộng ba cơ quan: Thu tự tạo năm (tr.đ)", null, 9343, 8953],
    ];
    const ps = used(detect(plan, [wb("theo-doi.xlsx", sheet("Theo dõi", grid))]));
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2025)).toBe("Theo dõi!D5");
    expect(ps.filter((p) => p.cell === "D7" || p.cell === "F5")).toEqual([]);
  });
  test("a column of automatic checks ('Kiểm tra tự động' | 'Chưa nhập') answers nothing (rule 177)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["MẪU NHẬP SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ"],
      ["Cơ quan nhập liệu: Đài PT-TH Lai Châu"],
      ["STT", "Nội dung cần nhập", "ĐVT", "Số liệu năm 2025", "Kiểm tra tự động"],
      [
        "1",
        "Tòa soạn hoạt động theo mô hình hội tụ đa phương tiện",
        "C/K",
        "-",
        { value: "Chưa nhập", formula: 'IF(D4="-","Chưa nhập","OK")' },
      ],
      [
        "2",
        "Giao quyền tự chủ tài chính cho cơ quan báo",
        "C/K",
        "Chưa tự chủ",
        { value: "OK", formula: 'IF(D5="-","Chưa nhập","OK")' },
      ],
    ];
    const ps = used(detect(plan, [wb("mau-nhap.xlsx", sheet("Đài LTV", grid))]));
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("Đài LTV!D5");
    expect(ps.filter((p) => p.cell.startsWith("E"))).toEqual([]);
  });
});

describe("twelfth round (ADR 0007): slides, registers, evidence indexes", () => {
  test("a slide's table showing a hidden sheet's figures ('='nguon_slide'!B2') is read as typed in, not as a copy (rule 178)", () => {
    const source = {
      ...sheet("nguon_slide", [["TB"], ["2024", 1224, 1862, 190], ["2025", 1258, 1897, 192]]),
      state: "hidden" as const,
    };
    const ref = (cell: string, value: number) => ({ value, formula: `'nguon_slide'!${cell}` });
    const slide = sheet(
      "Slide 2",
      [
        ["TIN, BÀI PHỤC VỤ NHIỆM VỤ CHÍNH TRỊ QUA CÁC NĂM"],
        [],
        ["TB NVCT mới (SX)"],
        ["Năm / Đơn vị", "Tòa soạn Báo Lai Châu", "Đài PT-TH tỉnh Lai Châu", "Tạp chí VN Lai Châu"],
        ["2024", ref("B2", 1224), ref("C2", 1862), ref("D2", 190)],
        ["2025", ref("B3", 1258), ref("C3", 1897), ref("D3", 192)],
      ],
      ["A1:D1"],
    );
    const ps = used(detect(plan, [wb("slide.xlsx", source, slide)]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Slide 2!B6");
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2024)).toBe("Slide 2!D5");
  });
  test("a register's first column 'Năm xuất bản' holds each row's year; 'Năm vận hành' after a system's figures does not (rule 179)", () => {
    const register: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU - CƠ QUAN NGÔN LUẬN ĐẢNG BỘ"],
      ["SỔ ĐĂNG KÝ ĐỀ TÀI - THEO DÕI TÁC PHẨM XUẤT BẢN"],
      [],
      ["Năm xuất bản", "Đề tài đăng ký", "Tổng tin bài đã xuất bản", "Tin bài CT-TT đã đăng"],
      ["2024", 1921, 3805, 1482],
      ["2025", 1710, 3722, "1.580"],
    ];
    const ps = used(detect(plan, [wb("so-de-tai.xlsx", sheet("bao_LC", register))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("bao_LC!D6");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("bao_LC!D5");
    // (a system's year of going live says nothing of when its level was approved: the first system's stands)
    const inventory: Array<Array<CellScalar | Cell>> = [
      ["STT", "Tên hệ thống thông tin", "Cấp độ đã phê duyệt", "Năm vận hành"],
      ["I", "BÁO LAI CHÂU"],
      [1, "Báo Lai Châu điện tử", "Mức 2", 2016],
      [2, "Trang thông tin tổng hợp", "Mức 1", 2024],
    ];
    const inv = used(detect(plan, [wb("danh-muc.xlsx", sheet("HTTT", inventory))]));
    expect(at(inv, "security_level", "bao-lai-chau")).toBe("HTTT!C3");
  });

  test("'t/p' is 'tác phẩm' written short: 'SL t/p chính trị' counts the political articles (rule 180)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BAO LAI CHAU - TOA SOAN"],
      [],
      ["Năm", "Tổng số tác phẩm đã đăng, phát (mọi chủ đề)", "SL t/p chính trị"],
      ["2025", "2.169", 1177],
    ];
    const ps = used(detect(plan, [wb("so-de-tai.xlsx", sheet("BLC", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("BLC!C4");
  });
  test("'Đạt (%) so chỉ tiêu' in a header row heads a column of percentages: no answer 'Đạt', and the row stays a header (rule 181)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TIẾNG DÂN TỘC NĂM 2025"],
      [],
      ["TT", "Nội dung thống kê", "ĐV tính", "Thực hiện 2024", "Thực hiện năm 2025", "Đạt (%) so chỉ tiêu"],
      ["I", "BÁO LAI CHÂU"],
      ["1", "Tin bài NV chính trị (mới, tự sản xuất)", "Tin - bài", 1216, 1290, 85.4],
      ["2", "Lực lượng làm báo hiện có", "Người", 51, 60],
    ];
    const ps = used(detect(plan, [wb("bc.xlsx", sheet("Tieng DTTS", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Tieng DTTS!D5");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Tieng DTTS!E5");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Tieng DTTS!E6");
  });
  test("'Quay phim - phát thanh viên', a job on a staffing table, names no radio station: the table's total row is the agency's (rule 182)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BAO LAI CHAU - TOA SOAN"],
      ["TONG HOP VI TRI VIEC LAM"],
      [],
      ["TT", "Vị trí việc làm", "KH giao đầu năm 2025", "Tong nguoi LV hien co", "Có CN tập huấn CĐS"],
      ["1", "Phóng viên (các ban)", 12, 11, 11],
      ["2", "Quay phim - phát thanh viên", 6, 6, 4],
      [
        null,
        "Tổng cộng (I+II)",
        { value: 18, formula: "C5+C6" },
        { value: 17, formula: "D5+D6" },
        { value: 15, formula: "E5+E6" },
      ],
    ];
    const ps = used(detect(plan, [wb("de-an.xlsx", sheet("Bieu tong hop", grid))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Bieu tong hop!D7");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Bieu tong hop!E7");
    expect(ps.filter((p) => p.unit === "dai-ptth-lai-chau")).toEqual([]);
  });
  test("a labour report for '6 tháng cuối năm 2025': the staff at its end are the year's, not its opening count or its change, nor a centre the agency has (rules 184–186)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BAO CAO THAY DOI LAO DONG"],
      ["Kỳ báo cáo: 6 tháng cuối năm 2025"],
      [],
      [
        "TT",
        "Tên cơ quan, đơn vị",
        "Lao động đầu kỳ",
        "Biến động lao động trong kỳ",
        "Quân số CQ cuối kỳ",
        "Có CN tập huấn CĐS",
        "Tổng thu (tr.đ)",
      ],
      [1, "Báo Lai Châu", 56, 1, 57, 57, 4200],
      [2, "Đài PT-TH Lai Châu", 134, 1, 135, 132, 1600],
      [3, "Trung tâm dịch vụ truyền thông (thuộc Đài)", 6, -1, 5, 0, 300],
    ];
    const ps = used(detect(plan, [wb("bc-lao-dong.xlsx", sheet("6T cuoi 2025", grid, ["A2:G2"]))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("6T cuoi 2025!E5");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("6T cuoi 2025!E6");
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("6T cuoi 2025!F6");
    // (the second half's revenue is a part of the year's)
    expect(ps.filter((p) => p.input === "revenue")).toEqual([]);
  });
  test("'Kết quả tự đánh giá 2025' is the agency's own answer of that year, beside last period's result (rule 187)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TÒA SOẠN BÁO LAI CHÂU (IN + ĐIỆN TỬ)"],
      ["BẢNG KÊ MINH CHỨNG CÁC TIÊU CHÍ CHUYỂN ĐỔI SỐ BÁO CHÍ"],
      [],
      [
        "Mã TC",
        "Tên tiêu chí",
        "KQ kỳ trước (2024)",
        "Kết quả tự đánh giá 2025",
        "Văn bản, tài liệu minh chứng",
      ],
      [
        "TC01",
        "Tổng các khoản thu sự nghiệp và dịch vụ của cơ quan (triệu đồng)",
        10241,
        11457,
        "Báo cáo số 75/BC-CQ",
      ],
      ["TC02", "Tòa soạn hội tụ (đã chạy)", "Chưa xây dựng", "Đã đưa vào sử dụng", "Kế hoạch số 83/KH-CQ"],
    ];
    const ps = used(detect(plan, [wb("bang-ke.xlsx", sheet("bao_LC", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("bao_LC!D5");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("bao_LC!C5");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("bao_LC!D6");
  });
  test("an evidence index's title 'BẢNG KÊ MINH CHỨNG …' across the table names the document, not a column of notes (rule 188)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BAO LAI CHAU - TOA SOAN"],
      ["BANG KE MINH CHUNG TIEU CHI CDS"],
      [],
      ["TT", "Tieu chi", "Kết quả năm 2024", "KQ năm 2025 (tự kê)", "Điểm tự chấm", "Minh chứng kèm theo"],
      ["TC01", "Tòa soạn hội tụ (đã chạy)", "Chưa vận hành", "Đã vận hành", "2", "Công văn số 271/CV-BBT"],
      [
        "TC02",
        "Thu từ hoạt động báo chí, dịch vụ, liên kết (cộng chung) (tr.đ)",
        10109,
        "11.109",
        "4",
        "Kế hoạch",
      ],
    ];
    const ps = used(detect(plan, [wb("bang-ke.xlsx", sheet("bao_LC", grid, ["A1:F1", "A2:F2"]))]));
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("bao_LC!D5");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("bao_LC!D6");
  });

  test("criteria numbered 'TC01', 'TC02' on each agency's sheet, each named on its row, are not read with another sheet's meaning of the code (rule 189)", () => {
    const header = ["Mã TC", "Tên tiêu chí", "Kết quả năm 2025"];
    const bao = sheet("bao_LC", [
      ["BÁO LAI CHÂU"],
      header,
      ["TC01", "Nội dung báo chí của cơ quan có mặt trên nền tảng số trong nước", "Đã vận hành"],
      ["TC02", "Tòa soạn hội tụ (đã chạy)", "Đã vận hành"],
      ["TC03", "Tổng các khoản thu sự nghiệp và dịch vụ của cơ quan (tr.đ)", 11457],
    ]);
    const tapChi = sheet("TCVN_LC", [
      ["TẠP CHÍ VĂN NGHỆ LAI CHÂU"],
      header,
      // (its own criterion, in words the matcher does not read: bao_LC's TC01 would make it the digital platforms)
      ["TC01", "Ấn phẩm song ngữ Việt - Mông?", "Đã vận hành"],
      ["TC02", "Tổng các khoản thu sự nghiệp và dịch vụ của cơ quan (tr.đ)", 273],
      ["TC03", "Tòa soạn hội tụ (đã chạy)", "Chưa vận hành"],
    ]);
    const ps = used(detect(plan, [wb("bang-ke.xlsx", bao, tapChi)]));
    expect(at(ps, "digital_platforms", "tap-chi-van-nghe-lai-chau")).toBeUndefined();
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2025)).toBe("TCVN_LC!C4");
    expect(at(ps, "converged_newsroom", "tap-chi-van-nghe-lai-chau")).toBe("TCVN_LC!C5");
  });

  test("'Cấp độ an toàn HTTT của báo/tạp chí điện tử' names kinds of press, not the magazine: on the newspaper's sheet it is the newspaper's (rule 190)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU - TÒA SOẠN"],
      ["STT", "Chỉ tiêu", "Năm 2025"],
      [1, "Cấp độ an toàn HTTT của báo/tạp chí điện tử được duyệt", "Cấp độ 3"],
    ];
    const ps = used(detect(plan, [wb("bc.xlsx", sheet("bao_LC", grid))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("bao_LC!C3");
    expect(at(ps, "security_level", "tap-chi-van-nghe-lai-chau")).toBeUndefined();
  });

  test("a status under 'KQ kỳ trước (2024)' is the previous period's, even with its year beside the words (rule 191)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TẠP CHÍ VĂN NGHỆ LAI CHÂU"],
      ["Mã TC", "Tiêu chí", "KQ kỳ trước (2024)", "Kết quả 2025"],
      ["TC01", "Tổ chức sản xuất theo mô hình tòa soạn đa nền tảng hội tụ (có/chưa)", "Chưa vận hành", null],
      ["TC02", "Tổng các khoản thu sự nghiệp và dịch vụ của cơ quan (tr.đ)", 268, 280],
    ];
    const ps = used(detect(plan, [wb("bang-ke.xlsx", sheet("TCVN", grid))]));
    expect(at(ps, "converged_newsroom", "tap-chi-van-nghe-lai-chau")).toBeUndefined();
    // (a yearly figure there is that year's)
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2024)).toBe("TCVN!C4");
  });
  test("after a blank row, 'Chỉ tiêu | Tình trạng' starts a table whose answers stand where the last table's units of measure were (rule 192)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["From: Dai Phat thanh - TH Lai Chau (LTV) <daiptth.lc@gmail.com>"],
      ["Noi dung", "ĐVT", "Con so"],
      ["Tác phẩm báo chí bám sát nhiệm vụ chính trị (tin + bài) năm 2025", "Tin/bài", 3240],
      ["Tổng nguồn thu ngoài ngân sách của đơn vị năm 2025", "Tr.đồng", 4032.5],
      ["Quân số cán bộ, PV, BTV, KTV, nhân viên của đơn vị", "Ng", 114],
      [],
      ["Chỉ tiêu", "Tình trạng"],
      ["Mô hình tòa soạn hội tụ, đa phương tiện đã vận hành", "Chưa xây dựng"],
      ["Đơn vị SNCL đã tự chủ chi thường xuyên", "Đã tự bảo đảm"],
    ];
    const ps = used(detect(plan, [wb("email.xlsx", sheet("Tong hop", grid))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Tong hop!C5");
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Tong hop!B8");
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("Tong hop!B9");
  });
  test("'Tạp chí văn nghệ đã có giấy phép mới' asks whether the magazine is licensed again (rule 193)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"],
      ["1", "Tap chi van nghe da co giay phep moi (có / chưa)", "C/K", "Được cấp phép"],
    ];
    const ps = used(detect(plan, [wb("chi-tieu.xlsx", sheet("2025", grid))]));
    expect(at(ps, "licensed", "tap-chi-van-nghe-lai-chau")).toBe("2025!D2");
  });

  test("'Đã có giấy phép mới' under the magazine's column, below a table titled by the licence, answers it (rule 194)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["Bảng 10. Giấy phép hoạt động báo chí (in) được cấp lại"],
      ["Nội dung", "Báo Lai Châu", "Đài LCTV", "Tạp chí VNLC (Hội VHNT)", "Cộng"],
      ["Tình hình hiện nay", null, null, "Đã có giấy phép mới"],
    ];
    const ps = used(detect(plan, [wb("bang.xlsx", sheet("Các bảng", grid))]));
    expect(at(ps, "licensed", "tap-chi-van-nghe-lai-chau")).toBe("Các bảng!D3");
  });
  test("a title naming its agency after a dash, the name holding a dash of its own ('… NĂM 2025 - ĐÀI PHÁT THANH - TH LAI CHÂU (LTV)'), names the agency (rule 195)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BAO CAO SO LIEU CHUYEN DOI SO BAO CHI NAM 2025 - DAI PHAT THANH - TH LAI CHAU (LTV)"],
      [],
      ["Noi dung", "DVT", "Nam 2024", "Nam 2025", "Thuc trang"],
      ["- Thu tu hoat dong bao chi, dich vu, lien ket (cong chung) (tr.d)", "trd", 3880, 4012],
      ["- Quan so can bo, PV, BTV, KTV, nhan vien cua don vi (nguoi)", "Ng", null, null, 132],
    ];
    const ps = used(detect(plan, [wb("Book2.xlsx", sheet("Báo cáo", grid, ["A1:E1"]))]));
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Báo cáo!D4");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Báo cáo!E5");
  });
  test("'Lũy kế' beside 'Năm 2024' and 'Năm 2025' spans the years: the title remark's year is not its own (rule 196)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU - CƠ QUAN NGÔN LUẬN ĐẢNG BỘ"],
      ["SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ BÁO CHÍ"],
      ["(Kèm theo Báo cáo ngày 20/11/2025)"],
      [],
      ["Tên chỉ tiêu", "Năm 2023", "Năm 2024", "Năm 2025", "Lũy kế", "KH năm 2025"],
      ["- SL tác phẩm phục vụ chính trị - tư tưởng của Đảng bộ tỉnh (tin/bài)", 1119, 1171, 1207, 3497, 1300],
    ];
    const ps = used(detect(plan, [wb("bao-cao.xlsx", sheet("Bao LC", grid, ["A1:F1", "A2:F2", "A3:F3"]))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Bao LC!D6");
    expect(ps.filter((p) => p.cell === "E6")).toEqual([]);
  });
  test("'ĐBKK' is 'đặc biệt khó khăn': the people of the hardest-hit areas are the remote population; copies sent there count no one (rules 197, 198)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["STT", "Noi dung", "DVT", "Hien trang"],
      [1, "TIEP CAN THONG TIN VUNG SAU, VUNG XA"],
      ["-", "So nhan khau thuoc dia ban DBKK, bien gioi", "nguoi", 110304],
      ["-", "Số bản báo cấp không thu tiền cho vùng ĐBKK", "hộ", 2536],
    ];
    const ps = used(detect(plan, [wb("BC CDS 2025.xlsx", sheet("Biểu 01", grid))]));
    expect(at(ps, "remote_population_total", "tinh-lai-chau")).toBe("Biểu 01!D3");
    expect(ps.filter((p) => p.cell === "D4")).toEqual([]);
  });
  test("'Mức Nghị quyết giao', the level a resolution assigned, is a target: its figure is no year's actual (rule 199)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["CHI BỘ TẠP CHÍ VHNT LAI CHÂU (ĐỊNH KỲ)"],
      ["(Kèm theo Báo cáo số 73-BC/CB ngày 28/11/2025 của Chi ủy)"],
      [],
      ["TT", "Nội dung chỉ tiêu theo Nghị quyết", "ĐV tính", "Mức Nghị quyết giao", "Năm 2024", "Năm 2025"],
      ["1", "Nguồn thu toàn đơn vị - tổng cộng các nguồn", "Tr.đ", 390, 301, "-"],
    ];
    const ps = used(detect(plan, [wb("pl-nq.xlsx", sheet("PL NQ", grid, ["A1:F1", "A2:F2"]))]));
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2024)).toBe("PL NQ!E5");
    expect(ps.filter((p) => p.cell === "D5")).toEqual([]);
  });
});

describe("thirteenth round (ADR 0007): chronicles, reminder letters, incident reports", () => {
  test("a chronicle's 'Mốc năm' holds each row's year (rule 201)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU"],
      ["CÁC DẤU MỐC PHÁT TRIỂN QUA CÁC NĂM"],
      [],
      ["Mốc năm", "Nguồn số liệu", "TB mới NVCT tỉnh", "Doanh thu gộp toàn cơ quan"],
      ["2024", "Sổ lưu", 1628, 14198],
      ["2025", "Sổ lưu", 1717, 14078],
    ];
    const ps = used(detect(plan, [wb("ky-yeu.xlsx", sheet("Báo LC", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Báo LC!C5");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Báo LC!D6");
  });
  test("on a row whose year stands in a column of years, a remark sharing words with an input does not outweigh the column header (rule 202)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU"],
      [],
      ["Năm", "Sự kiện, dấu mốc nổi bật trong năm", "TB mới NVCT tỉnh", "Doanh thu gộp toàn cơ quan"],
      ["2023", "Tổ chức lại các phòng chuyên môn theo hướng đa phương tiện", 1505, 14192],
      ["2024", "Thí điểm sản xuất nội dung theo quy trình hội tụ", 1628, 14198],
      ["2025", "Tham gia Giải báo chí toàn quốc", 1717, 14078],
    ];
    const ps = used(detect(plan, [wb("ky-yeu.xlsx", sheet("Báo LC", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2023)).toBe("Báo LC!C4");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Báo LC!C5");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Báo LC!D5");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBeUndefined();
  });
  test("'Năm 2023' written out in a column of years is the row's year: the remark beside it names no input (rule 203)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU"],
      [],
      ["Mốc năm", "Những việc làm được nổi bật", "TB mới NVCT tỉnh", "Doanh thu gộp toàn cơ quan"],
      ["Năm 2023", "Hoàn thành nâng cấp hệ thống quản trị nội dung (CMS)", 1286, 8962],
      ["Năm 2024", "Tăng cường tuyên truyền bầu cử", 1394, 9931],
    ];
    const ps = used(detect(plan, [wb("ky-yeu.xlsx", sheet("Báo LC", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2023)).toBe("Báo LC!C4");
    expect(at(ps, "revenue", "bao-lai-chau", 2023)).toBe("Báo LC!D4");
  });
  test("a level proposed for a year after the report's ('Cấp độ đề xuất nâng lên năm 2026') is not the level reached (rule 204)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TỔNG HỢP KẾT QUẢ BẢO ĐẢM AN TOÀN THÔNG TIN TẠI CÁC CƠ QUAN BÁO CHÍ NĂM 2025"],
      [],
      ["Số TT", "Tên cơ quan, đơn vị", "ATTT HT xuất bản (cấp)", "Cấp độ đề xuất nâng lên năm 2026"],
      ["1", "Báo Lai Châu", 2, "3"],
      ["2", "Đài PT-TH Lai Châu", "1", 2],
    ];
    const ps = used(detect(plan, [wb("bc-attt.xlsx", sheet("ATTT", grid))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("ATTT!C4");
    expect(at(ps, "security_level", "dai-ptth-lai-chau")).toBe("ATTT!C5");
  });
  test("the staff in charge of information security ('Nhân sự phụ trách an toàn thông tin') are no security level (rule 205)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TỔNG HỢP AN TOÀN THÔNG TIN NĂM 2025"],
      [],
      ["Số TT", "Tên cơ quan, đơn vị", "ATTT HT xuất bản (cấp)", "Nhân sự phụ trách an toàn thông tin"],
      ["1", "Báo Lai Châu", 2, 4],
      ["2", "Tạp chí Văn nghệ Lai Châu", "Không thuộc đối tượng", "1"],
    ];
    const ps = used(detect(plan, [wb("bc-attt.xlsx", sheet("ATTT", grid))]));
    expect(ps.filter((p) => p.cell.startsWith("D"))).toEqual([]);
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("ATTT!C4");
  });
  test("a row of another owner under 'Chủ quản hệ thống' ('Sở Y tế') takes no agency from the rows above (rule 208)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["DANH MỤC HỆ THỐNG THÔNG TIN ĐÃ ĐƯỢC XÁC ĐỊNH CẤP ĐỘ"],
      [],
      ["STT", "Tên hệ thống thông tin", "Chủ quản hệ thống", "Cấp độ theo QĐ phê duyệt"],
      ["1", "Báo điện tử Lai Châu", "Báo Lai Châu", 2],
      ["2", "Trang tin nội bộ tạp chí", "Tạp chí Văn nghệ Lai Châu", "K/AD"],
      ["3", "Phần mềm quản lý hồ sơ sức khỏe điện tử", "Sở Y tế", 4],
    ];
    const ps = detect(plan, [wb("dm-httt.xlsx", sheet("PL01", grid))]).mappings;
    expect(ps.filter((p) => p.cell === "D6")).toEqual([]);
  });
  test("a year's figure received this period stands before last period's estimate of it ('Kỳ trước - năm 2024 (ước tính)') (rule 209)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["TÌNH HÌNH TIẾP NHẬN SỐ LIỆU CỦA CÁC CƠ QUAN BÁO CHÍ"],
      [],
      [
        "TT",
        "Chỉ tiêu cần báo cáo",
        "Số liệu đã nhận trong kỳ báo cáo năm 2025",
        "Kỳ trước - năm 2024 (ước tính)",
      ],
      [null, null, "Báo Lai Châu", "Báo Lai Châu"],
      ["1", "Sản lượng tin bài mới về nhiệm vụ chính trị năm 2024", 1492, 1455],
      ["2", "Sản lượng tin bài mới về nhiệm vụ chính trị năm 2025", 1603, null],
    ];
    const ps = used(detect(plan, [wb("cv-don-doc.xlsx", sheet("PL", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("PL!C5");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("PL!C6");
  });
  test("a numbered section's title across the table ('I. CÁC TIÊU CHÍ ĐÁNH GIÁ ĐỊNH TÍNH') does not make its answers derived (rule 210)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BẢNG XẾP HẠNG CÁC CƠ QUAN BÁO CHÍ THEO TỪNG CHỈ SỐ NĂM 2025"],
      [],
      ["I. CÁC TIÊU CHÍ ĐÁNH GIÁ ĐỊNH TÍNH"],
      [
        "TT",
        "Cơ quan báo chí",
        "Kho dữ liệu chung, có trí tuệ nhân tạo",
        "Cấp ATTT của HT (QĐ duyệt)",
        null,
        null,
      ],
      ["1", "Báo LC (cơ quan của Tỉnh ủy)", "Chưa làm", "cap 2"],
      ["2", "Dai PTTH tinh Lai Chau - LTV", "Đã làm xong", "cap 1"],
    ];
    const ps = used(detect(plan, [wb("xep-hang.xlsx", sheet("Xep hang 2025", grid, ["A3:F3"]))]));
    expect(at(ps, "ai_data_platform", "bao-lai-chau")).toBe("Xep hang 2025!C5");
    expect(at(ps, "security_level", "dai-ptth-lai-chau")).toBe("Xep hang 2025!D6");
  });
  test("staff recruited, retired or transferred in the year are movements, not the staff (rule 213)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO CÁO LAO ĐỘNG, TIỀN LƯƠNG NĂM 2025"],
      ["Đơn vị báo cáo - Báo Lai Châu"],
      ["Số TT", "Nội dung báo cáo", "ĐV tính", "Số liệu năm 2025"],
      ["1", "Quân số cán bộ, nhân viên hiện có", "Người", { value: 59, formula: "D5+D6" }],
      ["-", "Trong đó: viên chức trong biên chế", "Người", 42],
      ["-", "Lao động hợp đồng khoán việc", "Người", 17],
      ["2", "Số lao động tuyển mới trong năm", "Người", 3],
      ["3", "Số lao động nghỉ hưu, chuyển công tác", "Người", 4],
    ];
    const ps = used(detect(plan, [wb("ld-tl.xlsx", sheet("Biểu LĐ-TL", grid))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Biểu LĐ-TL!D4");
    expect(ps.filter((p) => p.cell === "D7" || p.cell === "D8")).toEqual([]);
  });
  test("'Tổng cộng các năm' under rows of years adds them up: no year's figure, and the last year's row stands (rule 215)", () => {
    const grid: Array<Array<CellScalar | Cell>> = [
      ["BÁO LAI CHÂU"],
      [],
      ["Năm", "Sự kiện nổi bật trong năm", "TB mới NVCT tỉnh", "DT mọi nguồn (tr đồng)"],
      ["2024", "Hoàn thành nâng cấp hệ thống quản trị nội dung (CMS)", 1767, 12079],
      ["2025", "Tổ chức lại các phòng chuyên môn theo hướng đa phương tiện", 1893, 12985],
      [
        "Tổng cộng các năm",
        null,
        { value: 3660, formula: "SUM(C4:C5)" },
        { value: 25064, formula: "SUM(D4:D5)" },
      ],
    ];
    const ps = used(detect(plan, [wb("Ky yeu chang duong 2025.xlsx", sheet("Báo LC", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Báo LC!C5");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Báo LC!D5");
    expect(ps.filter((p) => p.cell.endsWith("6"))).toEqual([]);
  });
});

describe("fourteenth round (ADR 0007): steering scorecards, assignment books, tax returns, system exports", () => {
  const scorecard = (head: string, rows: Array<Array<CellScalar | Cell>>) => [
    ["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH: BẢNG THEO DÕI CHỈ TIÊU 2025"],
    [],
    [
      head,
      "Nhóm chỉ tiêu / chỉ tiêu",
      "ĐVT",
      "KH giao năm 2025",
      "Số liệu thực tế 2025",
      "Sở, ngành đầu mối",
    ],
    ...rows,
  ];
  test.each([
    [
      "a remark under the column of the department in charge leaves a numbered item's label alone on its row: it titles the agencies' rows below (rule 217)",
      "",
    ],
    ["an item's number under 'TT', a column of codes, still numbers its row (rule 219)", "TT"],
  ])("%s", (_title, head) => {
    const grid = scorecard(head, [
      ["4.7", "Sản lượng tác phẩm mới về nhiệm vụ chính trị (tin, bài)", "Tin-bài", null, null, "Sở VHTT&DL"],
      [null, "- Báo Lai Châu", null, 1620, "1.472"],
      [null, "- Đài PT-TH tỉnh", null, 2600, "2.379"],
    ]);
    const ps = used(detect(plan, [wb("chi-tieu.xlsx", sheet("KQ chi tieu", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("KQ chi tieu!E5");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("KQ chi tieu!E6");
  });
  test("…nor does such a remark on a row naming no input head its column for the rows below (rule 217)", () => {
    const grid = [
      ["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH: BẢNG THEO DÕI CHỈ TIÊU 2025"],
      [],
      [
        "",
        "Nhóm chỉ tiêu / chỉ tiêu",
        "ĐVT",
        "KH giao năm 2025",
        "Số liệu thực tế 2025",
        "Cơ quan chủ trì theo dõi",
      ],
      ["4.8", "Tổng tác phẩm đã đăng, phát trong năm (mọi chủ đề)", "Tác phẩm", null, null, "Sở VHTT&DL"],
      [null, "- Báo Lai Châu", null, null, "3.447"],
      ["4.9", "Tổng thu sự nghiệp, dịch vụ trong năm", "Triệu đ", null, null, "Sở VHTT&DL"],
      [null, "- Báo Lai Châu", null, 16100, "13.435"],
      [null, "- Đài PT-TH tỉnh", null, 3500, 2954],
    ];
    const ps = used(detect(plan, [wb("chi-tieu.xlsx", sheet("KQ chi tieu", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("KQ chi tieu!E7");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("KQ chi tieu!E8");
  });
  test("the next item numbered as the title's ends the title's rows, whatever its words say (rule 218)", () => {
    const grid = scorecard("", [
      ["4.9", "Tổng thu sự nghiệp, dịch vụ trong năm", "Triệu đ", null, null, "Sở VHTT&DL"],
      [null, "- Báo Lai Châu", null, 16100, "13.435"],
      ["4.10", "Tỷ lệ người làm báo được đánh giá cao", "%", null, null, "Sở VHTT&DL"],
      [null, "- Đài PT-TH tỉnh", null, 100, 91.7],
    ]);
    const ps = used(detect(plan, [wb("chi-tieu.xlsx", sheet("KQ chi tieu", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("KQ chi tieu!E5");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBeUndefined();
  });
  test.each([
    [
      "an agency's name typed as three words run together ('BaoLaiChau') names it (rule 220)",
      "BaoLaiChau",
      "bao-lai-chau",
    ],
    ["'LCh' is Lai Châu: 'TCVN LCh' is the magazine (rule 221)", "TCVN LCh", "tap-chi-van-nghe-lai-chau"],
  ])("%s", (_title, name, unit) => {
    const grid = [
      ["SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025"],
      [],
      ["Cơ quan", "Tổng doanh thu (triệu đồng)"],
      [name, 370],
    ];
    const ps = used(detect(plan, [wb("so-lieu.xlsx", sheet("Tong hop", grid))]));
    expect(at(ps, "revenue", unit, 2025)).toBe("Tong hop!B4");
  });
  test("under 'Loại số liệu', the kind of each row, 'Mức đạt (%)' is that row's kind and heads no rows below it (rule 222)", () => {
    const grid = [
      ["SỔ THEO DÕI CHỈ TIÊU GIAO VÀ KẾT QUẢ THỰC HIỆN HẰNG NĂM"],
      ["BÁO LAI CHÂU"],
      [],
      ["STT", "Chỉ tiêu được giao", "ĐVT", "Loại số liệu", "Năm 2024", "Năm 2025"],
      ["1", "Tác phẩm mới về nhiệm vụ chính trị", "Tin-bài", "KH UBND tỉnh giao", 1870, 1910],
      [null, null, null, "Thực hiện thực tế", 1555, 1604],
      [null, null, null, "Mức đạt (%)", 83.2, 84],
      ["2", "Tổng doanh thu của cơ quan", "Tr. đồng", "KH UBND tỉnh giao", 14300, 14400],
      [null, null, null, "Thực hiện thực tế", 12354, 12106],
    ];
    const merges = ["B5:B6", "C5:C6", "B8:B9", "C8:C9"];
    const ps = used(detect(plan, [wb("so-theo-doi.xlsx", sheet("Báo LC", grid, merges))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Báo LC!F6");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Báo LC!E9");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Báo LC!F9");
  });
  const taxReturn = (...sections: string[]) => [
    ["BÁO LAI CHÂU"],
    ["TỔNG HỢP DOANH THU KÊ KHAI THUẾ GIÁ TRỊ GIA TĂNG THEO NĂM"],
    [],
    [
      "STT",
      "Nội dung kê khai",
      "Tờ khai quý I",
      "Tờ khai quý II",
      "Tờ khai quý III",
      "Tờ khai quý IV",
      "Tổng 4 quý",
    ],
    ...sections.flatMap((number, i) => [
      [number, `Năm tài chính ${2026 - sections.length + i}`],
      ["1", "Doanh thu tính thuế GTGT", 1041 + i, 1268, 1230, 1508, 5047 + i],
      ["2", "Tổng doanh thu thực hiện của cơ quan báo chí", 2241 + i, 2730, 2648, 3248, 10867 + i],
    ]),
  ];
  test("a section naming only its year ('II | Năm tài chính 2025') gives the rows below it that year, as the first section's gave its own (rule 223)", () => {
    const ps = used(detect(plan, [wb("DT_ke_khai.xlsx", sheet("Ke khai GTGT", taxReturn("I", "II")))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Ke khai GTGT!G7");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Ke khai GTGT!G10");
  });
  test("a section's number under 'STT' heads no column: 'V' after 'IV' is that section's number, not a tick (rule 224)", () => {
    const ps = used(
      detect(plan, [wb("DT_ke_khai.xlsx", sheet("Ke khai GTGT", taxReturn("I", "II", "III", "IV", "V")))]),
    );
    expect(at(ps, "revenue", "bao-lai-chau", 2021)).toBe("Ke khai GTGT!G7");
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Ke khai GTGT!G16");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Ke khai GTGT!G19");
  });
  test("'Tổng thu hoạt động báo chí, dịch vụ (mọi nguồn)' is the revenue, before the taxable part (rule 225)", () => {
    const grid = [
      ["BÁO LAI CHÂU"],
      [],
      ["STT", "Nội dung", "Năm 2025"],
      ["1", "DT tính thuế GTGT", 5047],
      ["2", "Tổng thu hoạt động báo chí, dịch vụ trong năm (mọi nguồn)", 10867],
    ];
    const ps = used(detect(plan, [wb("DT_2025.xlsx", sheet("Báo LC", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Báo LC!C5");
  });
  test("under 'Bộ phận chủ trì' the names are the agency's departments ('Ban Điện tử'), never an agency (rule 226)", () => {
    const grid = [
      ["BIỂU ĐỒ TIẾN ĐỘ TRIỂN KHAI CÁC HẠNG MỤC CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025"],
      [],
      ["TT", "Hạng mục công việc", "Bộ phận chủ trì", "Kết quả đến 31/12/2025", "T1", "T2"],
      ["A. Đài PTTH Lai Châu"],
      ["1", "Tổng số CBVC-NLĐ hiện có của cơ quan", "Ban Điện tử", 114, "x"],
      ["2", "Tòa soạn hội tụ đa nền tảng của cơ quan", "Ban Điện tử", "Chưa có", null, "x"],
    ];
    const ps = used(detect(plan, [wb("gantt.xlsx", sheet("Gantt CDS", grid, ["A4:F4"]))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Gantt CDS!D5");
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Gantt CDS!D6");
    expect(ps.filter((p) => p.unit === "bao-lai-chau")).toEqual([]);
  });
  test("a state under 'Kết quả đạt 2024' beside 'Kết quả đạt 2025' left empty is not the state in 2025 (rule 227)", () => {
    const grid = [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025"],
      [],
      ["TT", "Chỉ tiêu", "Kết quả đạt 2024", "Kết quả đạt 2025"],
      ["1", "Phát hành nội dung trên nền tảng số"],
      [null, "- Báo Lai Châu", "Đã có", null],
      [null, "- Đài PT-TH tỉnh", "Chưa có", "Đã có"],
      [null, "- Tạp chí Văn nghệ Lai Châu", "Đã có", "-"],
    ];
    const ps = used(detect(plan, [wb("kq.xlsx", sheet("KQ", grid))]));
    expect(at(ps, "digital_platforms", "dai-ptth-lai-chau")).toBe("KQ!D6");
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBeUndefined();
    expect(at(ps, "digital_platforms", "tap-chi-van-nghe-lai-chau")).toBeUndefined();
  });
  test("a column's label naming its year ('Tin-bài CT mới - 2024') says the year before the row's period ('Năm 2025 - báo cáo chính thức') (rule 228)", () => {
    const grid = [
      ["HỆ THỐNG THÔNG TIN BÁO CÁO TỈNH - DỮ LIỆU XUẤT"],
      [],
      ["#", "Tên đơn vị gửi", "Kỳ BC (hệ thống)", "Tin-bài CT mới - 2024", "Tin-bài CT mới - 2025"],
      ["1", "Báo Lai Châu", "Năm 2025 - báo cáo chính thức", 1249, 1280],
    ];
    const ps = used(detect(plan, [wb("export.xlsx", sheet("Export", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Export!D4");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Export!E4");
  });
  test("a title saying its figures are of the years before ('… - các năm trước') compares nothing: each figure is its year's (rule 230)", () => {
    const grid = [
      ["Sản lượng tác phẩm mới về nhiệm vụ chính trị (tin, bài) - các năm trước (theo báo cáo lưu)"],
      [],
      ["STT", "Đơn vị báo chí", "2020", "2021", "2022", "2023"],
      ["1", "Báo Lai Châu", 1334, 1386, 1422, 1489],
      ["2", "Đài Phát thanh và Truyền hình tỉnh", 2326, 2510, 2714, 2909],
    ];
    const ps = used(detect(plan, [wb("hau-kiem.xlsx", sheet("Số liệu 2020-2023", grid, ["A1:F1"]))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2020)).toBe("Số liệu 2020-2023!C4");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2023)).toBe("Số liệu 2020-2023!F5");
  });
  test("'Ban Điện tử', a desk of the agency, is no agency: the rows of a portfolio keep the agency of their section (rule 231)", () => {
    const grid = [
      ["DANH MỤC DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ CỦA CÁC CƠ QUAN BÁO CHÍ"],
      [],
      ["STT", "Dự án / nhiệm vụ", "Đầu mối thực hiện", "Tổng mức đầu tư (tr.đ)", "Hiện trạng đến nay"],
      ["I", "ĐÀI PTTH LAI CHÂU"],
      ["1", "Cung cấp nội dung trên nền tảng số, mạng xã hội trong nước", "Ban Điện tử", 5400, "Đã vận hành"],
      ["II", "TẠP CHÍ VĂN NGHỆ LAI CHÂU"],
      ["1", "Nền tảng dữ liệu tập trung có tích hợp AI", "Ban Điện tử", 900, "Chưa"],
    ];
    const ps = used(detect(plan, [wb("danh-muc.xlsx", sheet("Danh muc", grid))]));
    expect(at(ps, "digital_platforms", "dai-ptth-lai-chau")).toBe("Danh muc!E5");
    expect(at(ps, "ai_data_platform", "tap-chi-van-nghe-lai-chau")).toBe("Danh muc!E7");
    expect(ps.filter((p) => p.unit === "bao-lai-chau")).toEqual([]);
  });
  test("a row's own label saying what its figures are ('Dự toán NSNN giao …') heads no column: the indicators below keep their labels (rule 232)", () => {
    const grid = [
      ["THẺ ĐIỂM CÂN BẰNG (BSC) - CHỈ SỐ ĐO LƯỜNG HIỆU QUẢ NĂM 2025"],
      ["Đơn vị: Báo Lai Châu"],
      [],
      ["Khía cạnh", "Mã KPI", "Chỉ số đo lường (KPI)", "ĐVT", "Mục tiêu 2025", "Thực hiện 2025"],
      ["Tài chính", "F1", "Tổng thu toàn cơ quan", "trđ", 13700, 11854],
      [null, "F2", "Dự toán NSNN giao chi thường xuyên năm", null, null, 11397],
      ["Quy trình nội bộ", "I1", "AI + kho DL tập trung", "Đã/Chưa", "Đạt", "Đạt"],
      [null, "I2", "TS hội tụ vận hành?", "Có/chưa", "Đạt", "Chưa đạt"],
    ];
    const ps = used(detect(plan, [wb("bsc.xlsx", sheet("KPI", grid, ["A5:A6", "A7:A8"]))]));
    expect(at(ps, "ai_data_platform", "bao-lai-chau")).toBe("KPI!F7");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("KPI!F8");
  });
  test("'Đầu kỳ (01/01/2025)' beside 'Cuối kỳ (31/12/2025)' holds the count the period opened with: the staff now are at its end (rule 233)", () => {
    const grid = [
      ["PHIẾU THU THẬP THÔNG TIN VỀ ĐƠN VỊ SỰ NGHIỆP"],
      [],
      ["Tên đơn vị: Báo Lai Châu"],
      [],
      [null, "Câu hỏi / chỉ tiêu", "Mã số câu", "Đầu kỳ (01/01/2025)", "Cuối kỳ (31/12/2025)"],
      ["Câu 4.", "Tổng số CBVC-NLĐ hiện có của cơ quan", "30", "56", 54],
    ];
    const ps = used(detect(plan, [wb("phieu.xlsx", sheet("Phieu", grid))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Phieu!E6");
  });
  test("'DThu toàn ĐV': after 'toàn', 'ĐV' is the agency (đơn vị), not the services (dịch vụ) (rule 229)", () => {
    const grid = [
      ["HỆ THỐNG THÔNG TIN BÁO CÁO TỈNH - DỮ LIỆU XUẤT"],
      [],
      ["#", "Tên đơn vị gửi", "DThu toàn ĐV - 2024", "DThu toàn ĐV - 2025"],
      ["1", "Báo Lai Châu", 16588, 18179],
    ];
    const ps = used(detect(plan, [wb("export.xlsx", sheet("Export", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Export!D4");
  });
});

describe("fifteenth round (ADR 0007): interview records, association branches, division returns, ministry sheets", () => {
  test("'Trả lời: | Số liệu từng năm: | Năm 2020 …' opening the answer keeps the question: the figures below are its own (rule 234)", () => {
    const grid = [
      ["BIÊN BẢN GHI NHẬN TRẢ LỜI PHỎNG VẤN KHẢO SÁT THỰC ĐỊA"],
      ["Cơ quan được khảo sát: Báo Lai Châu"],
      [],
      ["Câu 9.", "Số tác phẩm phục vụ nhiệm vụ chính trị của tỉnh đã đăng, phát?"],
      ["Trả lời:", "Số liệu từng năm (đơn vị cung cấp):", "Năm 2024", "Năm 2025"],
      [null, null, 1543, 1671],
      ["Câu 11.", "Tổng nguồn thu của cơ quan trong năm?"],
      ["Trả lời:", "Số liệu từng năm (đơn vị cung cấp):", "Năm 2024", "Năm 2025"],
      [null, null, 11315, 11127],
    ];
    const ps = used(detect(plan, [wb("phieu-phong-van.xlsx", sheet("Phieu PV", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Phieu PV!C6");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Phieu PV!D6");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Phieu PV!D9");
  });
  test("a title merged across C:H heads no column beyond it with a header of its own: 'TP dự giải báo chí' in I is not the year's articles (rule 235)", () => {
    const grid = [
      ["HỘI NHÀ BÁO TỈNH LAI CHÂU - THỐNG KÊ CHI HỘI NĂM 2025"],
      [],
      [null, null, "Số tác phẩm báo chí phục vụ nhiệm vụ chính trị địa phương đã xuất bản (tin/bài)"],
      [
        "STT",
        "Chi hội",
        "Năm 2020",
        "Năm 2021",
        "Năm 2022",
        "Năm 2023",
        "Năm 2024",
        "Năm 2025",
        "TP dự giải báo chí",
      ],
      [1, "Chi hội Công an tỉnh", 247, 262, 268, 283, 294, 322, 2],
      [2, "CH Tạp chí Văn nghệ Lai Châu - cơ quan của Hội VHNT tỉnh", null, 199, null, null, null, "-", 9],
    ];
    const ps = detect(plan, [wb("chi-hoi.xlsx", sheet("Hoat dong", grid, ["A1:I1", "C3:H3"]))]).mappings;
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2021)).toBe("Hoat dong!D6");
    expect(ps.filter((p) => p.cell.startsWith("I"))).toEqual([]);
  });
  test("'Trang tin điện tử', 'Cổng thông tin điện tử': another body's website, not the newspaper (rule 236)", () => {
    const grid = [
      ["THỐNG KÊ HỘI VIÊN CÁC CHI HỘI NHÀ BÁO"],
      [],
      ["STT", "Chi hội", "Người làm việc có mặt thực tế"],
      [1, "Chi hội Công an tỉnh (Trang tin điện tử)", 31],
      [2, "Chi hội Đài PT-TH Lai Châu", 92],
    ];
    const ps = detect(plan, [wb("hoi-vien.xlsx", sheet("Hoi vien", grid))]).mappings;
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Hoi vien!C5");
    expect(ps.filter((p) => p.unit === "bao-lai-chau")).toEqual([]);
  });
  test("training in state management ('Bồi dưỡng QLNN, ngoại ngữ') is not digital-transformation training (rule 237)", () => {
    const grid = [
      [
        "STT",
        "Cơ quan / chỉ tiêu",
        "Quân số thực tế (ng)",
        "Đã học lớp CĐS báo chí",
        "Bồi dưỡng QLNN, ngoại ngữ (người)",
      ],
      ["1", "Đài PT&TH Lai Châu (LTV, kênh tỉnh)", 130, 125, 68],
    ];
    const ps = used(detect(plan, [wb("nhan-luc.xlsx", sheet("Data", grid))]));
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Data!D2");
  });
  test("'được UBND tỉnh giao' is assigned as 'được giao' is: the quota beside the staff counted is no actual (rule 238)", () => {
    const grid = [
      ["STT", "Cơ quan", "Số người làm việc được UBND tỉnh giao", "Quân số thực tế (ng)"],
      ["1", "Đài PT&TH Lai Châu (LTV, kênh tỉnh)", 168, 130],
      ["2", "Tạp chí VN Lai Châu (ấn phẩm in)", 11, 9],
    ];
    const ps = used(detect(plan, [wb("nhan-luc.xlsx", sheet("Data", grid))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Data!D2");
    expect(at(ps, "staff_total", "tap-chi-van-nghe-lai-chau")).toBe("Data!D3");
  });
  test("'Mức tự chủ được giao': the autonomy granted is the state, not a target (rule 238)", () => {
    const grid = [
      ["STT", "Tên cơ quan báo chí", "Mức tự chủ được giao"],
      ["1", "Báo Lai Châu", "Đã tự chủ"],
    ];
    const ps = used(detect(plan, [wb("tu-chu.xlsx", sheet("Tu chu", grid))]));
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Tu chu!C2");
  });
  test("an earlier numbered question ('Câu 3. Biên chế được tỉnh giao') says nothing of what the next one's answer is (rule 239)", () => {
    const grid = [
      ["PHIẾU KHẢO SÁT THỰC TRẠNG CHUYỂN ĐỔI SỐ"],
      ["Tên cơ quan: Báo Lai Châu"],
      [],
      ["Câu 3.", "Biên chế sự nghiệp được tỉnh giao năm nay"],
      [null, "Trả lời", 52],
      ["Câu 4.", "Nội dung báo chí được đưa lên nền tảng số"],
      [null, "Trả lời", "Đã đưa vào sử dụng"],
    ];
    const ps = detect(plan, [wb("phieu.xlsx", sheet("Phiếu", grid, ["B4:H4", "B6:H6"]))]).mappings;
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBe("Phiếu!C7");
  });
  test("'- DV: TRIEU DONG' typed without tones closes the label with its unit of measure (rule 240)", () => {
    const grid = [
      ["TONG HOP SO LIEU CHI TIEU CHUYEN DOI SO CAC CO QUAN BAO CHI TINH"],
      [],
      ["STT", "Noi dung", "DVT", "Toa soan Bao Lai Chau", "Dai Phat thanh - Truyen hinh Lai Chau (LTV)"],
      ["1", "TONG THU CUA CO QUAN BAO CHI TRONG KY (MOI NGUON) - DV: TRIEU DONG", "Tr.d"],
      ["-", "Nam 2024", null, 9278, 2713],
      ["-", "Nam 2025", null, 9320, 2961],
    ];
    const ps = used(detect(plan, [wb("tong-hop.xlsx", sheet("Tong hop", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Tong hop!D6");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Tong hop!E5");
  });
  test("under a section of another province ('II | Tỉnh Lào Cai'), a magazine by its own name is that province's (rule 241)", () => {
    const grid = [
      ["BẢNG TỔNG HỢP CỦA CỤC BÁO CHÍ: SỐ LIỆU CÁC CƠ QUAN BÁO CHÍ ĐỊA PHƯƠNG"],
      [],
      ["TT", "Địa phương", "Tên cơ quan báo chí", "Người làm việc có mặt thực tế"],
      ["I", "Toàn tỉnh Lai Châu"],
      ["1", null, "Tạp chí Văn nghệ Lai Châu", 8],
      ["2", null, "Đài Phát thanh, Truyền hình tỉnh", 92],
      ["II", "Tỉnh Lào Cai"],
      ["1", null, "Tạp chí Phan Xi Păng", 14],
      ["2", null, "Đài PT-TH tỉnh", 152],
    ];
    const ps = used(detect(plan, [wb("cuc-bao-chi.xlsx", sheet("Phieu thu thap", grid))]));
    expect(at(ps, "staff_total", "tap-chi-van-nghe-lai-chau")).toBe("Phieu thu thap!D5");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Phieu thu thap!D6");
    expect(ps.filter((p) => Number(p.cell.slice(1)) > 7)).toEqual([]);
  });
  test("'Số lượt cán bộ … (người)': attendances the label counts in people are people trained (rule 242)", () => {
    const grid = [
      ["BẢN CAM KẾT THỰC HIỆN NHIỆM VỤ NĂM 2025"],
      ["Bên cam kết: Đài Phát thanh - Truyền hình Lai Châu"],
      [],
      ["TT", "Nội dung đăng ký", "ĐVT", "Chỉ tiêu KH 2025", "Kết quả thực hiện 2025"],
      ["1", "Số lượt cán bộ được trang bị kiến thức CĐS nghề báo (người)", "ng", 110, 90],
    ];
    const ps = detect(plan, [wb("cam-ket.xlsx", sheet("Cam ket", grid))]).mappings;
    expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Cam ket!E5");
  });
  test("'Chỉ tiêu số lượng người làm việc được duyệt' is the approved quota: the staff now are on the next row (rule 243)", () => {
    const grid = [
      ["BẢN CAM KẾT THỰC HIỆN NHIỆM VỤ NĂM 2025"],
      ["Bên cam kết: Đài Phát thanh - Truyền hình Lai Châu"],
      [],
      ["TT", "Nội dung đăng ký", "ĐVT", "Kết quả thực hiện 2025"],
      ["1", "Chỉ tiêu số lượng người làm việc được duyệt", "Người", 110],
      ["2", "Nhân lực hiện có của đơn vị (tất cả các loại hợp đồng)", "Người", 92],
    ];
    const ps = used(detect(plan, [wb("cam-ket.xlsx", sheet("Cam ket", grid))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Cam ket!D6");
  });
  test("'… theo Nghị định 60/2021/NĐ-CP': the decree a label cites is not among its words (rule 244)", () => {
    const grid = [
      ["Phòng Kế hoạch - Tài chính gửi"],
      ["Tổng thu của cơ quan báo chí trong kỳ (mọi nguồn) (triệu đ)"],
      ["STT", "Cơ quan / chỉ tiêu", "2023", "2024", "2025"],
      ["1", "Cơ quan Báo Lai Châu (Tỉnh ủy)", 10059, 10412, 10869],
      [],
      ["Mức tự chủ (theo QĐ giao)"],
      [null, "Mức tự chủ tài chính theo Nghị định 60/2021/NĐ-CP"],
      ["1", "Cơ quan Báo Lai Châu (Tỉnh ủy)", "Đã tự chủ"],
    ];
    const ps = used(detect(plan, [wb("nguon-thu.xlsx", sheet("Data", grid))]));
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Data!C8");
  });
  test("a state under 'Phương án tự chủ giai đoạn 2021–2023' was the state then: the current column's is the state now (rule 245)", () => {
    const grid = [
      ["TỔNG HỢP PHƯƠNG ÁN TỰ CHỦ CỦA CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP"],
      [],
      [
        "STT",
        "Tên đơn vị sự nghiệp công lập",
        "Cơ quan chủ quản",
        "Tổng nhân lực hiện có (người)",
        "Thu sự nghiệp, dịch vụ – Thu toàn cơ quan, tr.đ/năm",
        null,
        "Phương án tự chủ giai đoạn 2021–2023",
        "Tự chủ TC của đơn vị (giai đoạn 2024–2026, hiện hành)",
      ],
      [null, null, null, null, "Năm 2024", "Năm 2025"],
      ["I", "Lĩnh vực y tế"],
      [
        "1",
        "Bệnh viện Đa khoa tỉnh",
        "Sở Y tế",
        452,
        79476,
        83734,
        "Đã tự chủ chi thường xuyên",
        "Chưa tự chủ",
      ],
      ["II", "Lĩnh vực văn hóa, thông tin, báo chí"],
      ["1", "Báo Lai Châu", "Tỉnh ủy Lai Châu", 38, 8006, 8137, "Chưa tự chủ", "Đã tự chủ chi thường xuyên"],
      ["2", "Đài PTTH Lai Châu", "UBND tỉnh", 97, 2892, 3059, "Đã tự chủ chi thường xuyên", "Chưa tự chủ"],
    ];
    const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4"];
    const ps = used(detect(plan, [wb("tu-chu.xlsx", sheet("DS", grid, merges))]));
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("DS!H8");
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("DS!H9");
  });
  test.each([
    ["Lãnh đạo, PV, BTV, NLĐ đã học xong lớp CĐS", "staff_trained"],
    ["Qua tập huấn số hóa (người)", "staff_trained"],
    ["Nhân lực hiện có của toàn cơ quan báo chí", "staff_total"],
  ])("'%s' names %s by a phrase of its own, surely (rule 246)", (label, input) => {
    const grid = [
      ["ĐÀI PTTH LAI CHÂU – ĐÀI TỈNH"],
      ["SỐ LIỆU THỐNG KÊ SẢN LƯỢNG XUẤT BẢN, PHÁT SÓNG VÀ NGUỒN THU"],
      [],
      ["TT", "Nội dung thống kê", "ĐVT", "Năm 2024", "Năm 2025"],
      ["1", "Tổng số tác phẩm đăng, phát trong năm (mọi đề tài)", "tác phẩm", 5462, 5558],
      ["II", "Hiện trạng chuyển đổi số của cơ quan – Tình trạng đến 31/12/2025"],
      [null, label, "người", 90],
    ];
    const found = detect(plan, [wb("so-lieu.xlsx", sheet("So lieu", grid, ["A2:E2"]))]).mappings.find(
      (p) => p.input === input && p.unit === "dai-ptth-lai-chau",
    );
    expect(found?.cell).toBe("D7");
    expect(found?.confidence).toBeGreaterThan(0.75);
  });
  test("residents of hard-to-reach areas are the remote population, not staff; communes are not people; 'GP tạp chí' is the licence (rule 247)", () => {
    const grid = [
      ["BIỂU 01 - VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ"],
      [],
      [
        "STT",
        "Địa bàn",
        "Số xã, thị trấn vùng ĐBKK",
        "Tổng số người dân sinh sống tại vùng khó khăn, biên giới",
      ],
      ["1", "Cả tỉnh Lai Châu (các xã VSVX)", 56, 102486],
    ];
    const ps = used(detect(plan, [wb("vung-dtts.xlsx", sheet("Bieu 01", grid))]));
    expect(at(ps, "remote_population_total", "tinh-lai-chau")).toBe("Bieu 01!D4");
    expect(ps.filter((p) => p.input === "staff_total" || p.cell === "C4")).toEqual([]);
    const magazine = [
      ["TẠP CHÍ VĂN NGHỆ LAI CHÂU"],
      [],
      ["TT", "Nội dung", "ĐVT", "Tình trạng"],
      ["1", "GP tạp chí (tình trạng)", "Có/Chưa", "Đã cấp phép lại"],
    ];
    const licence = used(detect(plan, [wb("tap-chi.xlsx", sheet("So lieu", magazine))]));
    expect(at(licence, "licensed", "tap-chi-van-nghe-lai-chau")).toBe("So lieu!D4");
  });
});

describe("sixteenth round (ADR 0007): IT application forms, press database declarations, audit annexes, union statistics", () => {
  test("a numbered section's heading across the table keeps the column headers above over its rows; a section of the total does not (rule 248)", () => {
    const grid = [
      ["BÁO CÁO SỐ LIỆU ỨNG DỤNG CNTT VÀ CHUYỂN ĐỔI SỐ NĂM 2025"],
      ["Đơn vị báo cáo: Báo Lai Châu"],
      [],
      ["Mã", "Nội dung thống kê", "ĐVT", "Số liệu năm 2024", "Số liệu năm 2025", "Chỉ tiêu KH giao 2025"],
      ["I. HẠ TẦNG KỸ THUẬT"],
      ["1.1", "Số máy tính đang sử dụng", "chiếc", 45, 48],
      ["1.2", "Băng thông kết nối Internet", "Mbps", 100, 300],
      ["II. NGUỒN NHÂN LỰC"],
      ["2.1", "Tổng số nhân lực đang làm việc tại cơ quan", "người", 45, 46],
      ["2.2", "Nhân lực đã được tập huấn về CĐS báo chí", "người", 41, 45],
      ["III. NỘI DUNG SỐ VÀ NGUỒN THU"],
      ["3.1", "Số tác phẩm mới về nhiệm vụ chính trị trong năm", "tác phẩm", 1330, 1397, 1550],
    ];
    const merges = ["A1:F1", "A5:F5", "A8:F8", "A11:F11"];
    const ps = used(detect(plan, [wb("cntt.xlsx", sheet("PL01", grid, merges))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("PL01!E9");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("PL01!E10");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("PL01!D12");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("PL01!E12");
    const stacked = [
      ["SỐ LIỆU CÁC CƠ QUAN BÁO CHÍ TỈNH"],
      [],
      ["STT", "Nội dung chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"],
      ["I. BÁO LAI CHÂU"],
      ["-", "Số tác phẩm tuyên truyền nhiệm vụ chính trị", "tin bài", null, 2111],
      ["-", "Tổng số nhân lực", "người", 51, 52],
      ["-", "Số tin, bài đăng trên mạng xã hội", "tin bài", 558, 876],
      ["-", "Lượt xem trên các nền tảng", "lượt", 3527, 4120],
      ["II. TỔNG CỘNG CÁC CƠ QUAN"],
      ["", "Số tác phẩm tuyên truyền nhiệm vụ chính trị", "tin bài", 4052, 4294],
    ];
    const blocks = used(
      detect(plan, [wb("tong-hop.xlsx", sheet("So lieu", stacked, ["A1:E1", "A4:E4", "A9:E9"]))]),
    );
    expect(at(blocks, "political_articles", "bao-lai-chau", 2025)).toBe("So lieu!E5");
    expect(blocks.filter((p) => p.cell.endsWith("10"))).toEqual([]);
  });
  test("an agency named before the association it belongs to ('TC Văn nghệ thuộc Hội VHNT tỉnh') is that agency (rule 249)", () => {
    const grid = [
      ["SỐ LIỆU CÁC CƠ QUAN BÁO CHÍ TỈNH"],
      [],
      ["STT", "Chỉ tiêu", "Năm 2024", "Năm 2025"],
      ["I. BÁO LAI CHÂU - ĐIỆN TỬ & IN"],
      ["-", "Số tác phẩm tuyên truyền nhiệm vụ chính trị", 1532, 1664],
      ["II. TC VĂN NGHỆ THUỘC HỘI VHNT TỈNH"],
      ["-", "Số tác phẩm tuyên truyền nhiệm vụ chính trị", 155, 158],
    ];
    const ps = used(detect(plan, [wb("tong-hop.xlsx", sheet("So lieu", grid))]));
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("So lieu!D7");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("So lieu!D5");
  });
  test("'Ban biên tập TC Văn nghệ' is the magazine its board edits (rule 249)", () => {
    const grid = [
      ["PHIẾU KHAI BÁO THÔNG TIN CƠ QUAN BÁO CHÍ"],
      ["Tên cơ quan: Ban biên tập TC Văn nghệ"],
      [],
      ["Mã", "Tên trường thông tin", "Kỳ này (năm 2025)", "Kỳ trước (năm 2024)"],
      ["NL.01", "Tổng số nhân lực", 7, 6],
    ];
    const ps = used(detect(plan, [wb("csdl.xlsx", sheet("KB LC-03", grid))]));
    expect(at(ps, "staff_total", "tap-chi-van-nghe-lai-chau")).toBe("KB LC-03!C5");
  });
  test("'Kỳ khai báo' heads a column of years and names no newspaper; 'Số TP mới NVCT/năm' counts per year, no column of years (rule 250)", () => {
    const grid = [
      ["PHIẾU KHAI BÁO THÔNG TIN CƠ QUAN BÁO CHÍ"],
      ["Tên cơ quan: Đài PT-TH Lai Châu"],
      [],
      ["SỐ LIỆU CÁC KỲ KHAI BÁO TRƯỚC"],
      ["Kỳ khai báo", null, "Số TP mới NVCT/năm", "Tổng thu SN+DV+QC (trđ)"],
      [2022, null, 2051, 3804],
      [2023, null, 2086, 3782],
    ];
    const d = detect(plan, [wb("csdl.xlsx", sheet("KB LC-02", grid))]);
    const ps = used(d);
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2023)).toBe("KB LC-02!C7");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2022)).toBe("KB LC-02!D6");
    expect(d.mappings.filter((p) => (p.year ?? 0) > 2025)).toEqual([]);
    expect(d.reportYear).toBe(2023);
  });
  test("answers in words right of a row's label ('Người đứng đầu | Phó Tổng biên tập') head no column: the period headers above stay (rule 251)", () => {
    const grid = [
      ["PHIẾU KHAI BÁO THÔNG TIN CƠ QUAN BÁO CHÍ (TRÍCH XUẤT TỪ CSDL QUỐC GIA)"],
      ["Tên cơ quan: Tạp chí Văn nghệ Lai Châu"],
      ["Mã định danh: LC-03"],
      [],
      [
        "Mã",
        "Tên trường thông tin",
        "Kỳ này (năm 2025)",
        "Giá trị kỳ 2024",
        "Trạng thái xác thực",
        "Chỉ tiêu KH 2025",
      ],
      ["1", "TT CHUNG"],
      ["TC.01", "Số giấy phép hoạt động", "GP số 124/GP-BVHTTDL", "GP số 124/GP-BVHTTDL"],
      ["TC.02", "Người đứng đầu cơ quan", "Phó Tổng biên tập phụ trách", "Phó Tổng biên tập phụ trách"],
      ["TC.03", "Địa chỉ trụ sở", "P. Tân Phong, TP Lai Châu", "P. Tân Phong, TP Lai Châu"],
      ["2", "NHÂN SỰ (TỔNG HỢP)"],
      ["NL.01", "Hội viên chi hội Nhà báo cơ quan", 2, 2, "Đã xác thực"],
      ["3", "NỘI DUNG"],
      ["ND.01", "Số TP mới NVCT/năm", 128, null, "Đã xác thực", 138],
      ["4", "KINH TẾ BÁO CHÍ"],
      ["TCH.01", "Tổng thu SN+DV+QC (trđ)", null, 461, "Đã xác thực", 590],
    ];
    const ps = used(detect(plan, [wb("csdl.xlsx", sheet("KB LC-03", grid))]));
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("KB LC-03!C13");
    expect(at(ps, "revenue", "tap-chi-van-nghe-lai-chau", 2024)).toBe("KB LC-03!D15");
  });
  test("an unnumbered heading alone across the table between rows of figures keeps the column headers above over its rows; a sentence across the table does not (rule 252)", () => {
    const grid = [
      ["BIỂU THỐNG KÊ HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM 2025"],
      ["Công đoàn cơ sở Báo Lai Châu"],
      [],
      ["Mã dòng", "Chỉ tiêu thống kê", "ĐVT", "Năm trước (2024)", "Năm báo cáo (2025)", "Kế hoạch 2025"],
      ["01", "Số đoàn viên công đoàn tại cơ quan", "đoàn viên", 30, 31],
      ["02", "Tổng số người đang làm việc", "người", 34, 35],
      ["03", "Trong đó: lao động nữ", "người", null, 15],
      ["04", "Thu nhập bình quân (triệu đồng/người/tháng)", "tr.đ", 7.1, 7.8],
      ["Phong trào thi đua lao động giỏi, lao động sáng tạo"],
      ["05", "Tin, bài mới phục vụ nhiệm vụ chính trị", "tác phẩm", 1604, 1675, 1800],
      ["06", "Toàn bộ nguồn thu trong năm của cơ quan (triệu đ)", "tr.đ", 12783, 12817],
    ];
    const merges = ["A1:F1", "A9:F9"];
    const ps = used(detect(plan, [wb("cdcs.xlsx", sheet("Bieu 01", grid, merges))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Bieu 01!D10");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Bieu 01!E10");
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Bieu 01!E11");
    const remark = grid.map((row, i) =>
      i === 8
        ? [
            "Khó khăn: kinh phí đầu tư hạ tầng còn hạn chế, đến nay mới bố trí được khoảng 2.368 triệu đồng cho chuyển đổi số của cơ quan",
          ]
        : row,
    );
    const after = used(detect(plan, [wb("cdcs.xlsx", sheet("Bieu 01", remark, merges))]));
    expect(after.filter((p) => p.input === "political_articles" && p.year === 2024)).toEqual([]);
  });
  test("'CỘNG CHUNG CẢ CƠ QUAN' totals the agency's rows and names no input: the columns' labels say what it counts (rule 253)", () => {
    const grid = [
      ["BẢNG THEO DÕI THỰC HIỆN ĐỊNH MỨC TÁC PHẨM CỦA PHÓNG VIÊN, BIÊN TẬP VIÊN"],
      ["Báo Đảng bộ tỉnh Lai Châu (BLC)"],
      [],
      ["STT", "Họ tên PV, BTV", "Bộ phận", "Năm 2024 (TP)", null, "Năm 2025 (TP)", null],
      [
        null,
        null,
        null,
        "Tổng tác phẩm",
        "Tin bài NV chính trị mới",
        "Tổng tác phẩm",
        "Tin bài NV chính trị mới",
      ],
      ["1", "Giàng Văn Phương", "Phòng Kỹ thuật", 418, 177, 374, 292],
      ["2", "Lò Thu Hải", "Ban Điện tử", 461, 331, 485, 305],
      ["CỘNG CHUNG CẢ CƠ QUAN", null, null, 879, 508, 859, 597],
    ];
    const d = detect(plan, [wb("dinh-muc.xlsx", sheet("Theo dõi ĐM", grid, ["D4:E4", "F4:G4"]))]);
    const ps = used(d);
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Theo dõi ĐM!E8");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Theo dõi ĐM!G8");
    expect(d.mappings.filter((p) => p.input === "revenue")).toEqual([]);
  });
  test("a section naming no agency of the plan ('IV. CẢ TỈNH LCH (VSVX)') ends the agency section above it, and the total's rows after it are no agency's (rule 254)", () => {
    const grid = [
      ["SỐ LIỆU CÁC CƠ QUAN BÁO CHÍ TỈNH"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "TH 2024", "TH 2025", "Hiện trạng"],
      ["I. BÁO LAI CHÂU (BẢN ĐIỆN TỬ + BẢN IN)"],
      ["1", "Tin, bài mới viết phục vụ nhiệm vụ chính trị địa phương", "Tác phẩm", 1650, 1798],
      ["2", "Nhân sự toàn cơ quan (biên chế + hợp đồng lao động)", "Người", null, null, 52],
      ["II. TC VĂN NGHỆ LC"],
      ["1", "Tin, bài mới viết phục vụ nhiệm vụ chính trị địa phương", "Tác phẩm", 169, 179],
      ["2", "Nhân sự đã được bồi dưỡng kỹ năng chuyển đổi số báo chí", "Người", null, null, 12],
      ["III. CẢ TỈNH LCH (VSVX)"],
      ["1", "Tổng dân số các xã, thôn vùng sâu, vùng xa, biên giới", "Người", null, null, 111006],
      ["IV. TỔNG CỘNG CÁC CƠ QUAN"],
      [null, "Tin, bài mới viết phục vụ nhiệm vụ chính trị địa phương", null, 1819, 1977],
      [null, "Nhân sự toàn cơ quan (biên chế + hợp đồng lao động)", null, null, null, 167],
    ];
    const merges = ["A1:F1", "A4:F4", "A7:F7", "A10:F10", "A12:F12"];
    const d = detect(plan, [wb("tong-hop.xlsx", sheet("Số liệu", grid, merges))]);
    expect(at(used(d), "staff_total", "bao-lai-chau")).toBe("Số liệu!F6");
    expect(
      d.mappings.filter((p) => p.input === "staff_total" && p.unit === "tap-chi-van-nghe-lai-chau"),
    ).toEqual([]);
  });
  test("'(QĐ giao)' is the quota assigned, '(theo QĐ giao tự chủ)' the powers granted; 'KTNN xác định lại' replaces 'Theo BC của đơn vị' (rule 255)", () => {
    const staff = [
      ["PHỤ LỤC 05 - NHÂN SỰ, TỰ CHỦ CỦA ĐƠN VỊ ĐƯỢC KIỂM TOÁN"],
      [],
      [
        "STT",
        "Tên đơn vị",
        "Số người làm việc (QĐ giao)",
        "Số người làm việc hiện có",
        "Đơn vị tự chủ (theo QĐ giao tự chủ)",
      ],
      ["1", "Đài PT-TH Lai Châu (kênh LTV)", 104, 89, "Đã tự chủ"],
    ];
    const ps = used(detect(plan, [wb("kiem-toan.xlsx", sheet("PL05", staff))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("PL05!D4");
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("PL05!E4");
    const revenue = [
      ["PHỤ LỤC SỐ 03: KẾT QUẢ KIỂM TOÁN NGUỒN THU SỰ NGHIỆP"],
      ["Đài PT-TH Lai Châu"],
      ["STT", "Chỉ tiêu", "Niên độ 2024", null, "Niên độ 2025", null],
      [null, null, "Theo BC của đơn vị", "KTNN xác định lại", "Theo BC của đơn vị", "KTNN xác định lại"],
      ["1", "Tổng thu sự nghiệp cả năm", 4205, 4122, 4390, 4301],
    ];
    const rs = used(detect(plan, [wb("kiem-toan.xlsx", sheet("PL03", revenue, ["C3:D3", "E3:F3"]))]));
    expect(at(rs, "revenue", "dai-ptth-lai-chau", 2024)).toBe("PL03!D5");
    expect(at(rs, "revenue", "dai-ptth-lai-chau", 2025)).toBe("PL03!F5");
  });
  test("a sheet of the year so far ('Den 30-9-2025') yields to the whole year's sheet ('Nam 2025') beside it (rule 256)", () => {
    const year = (period: string, a: number, b: number): Sheet =>
      sheet(period === "9" ? "Den 30-9-2025" : "Nam 2025", [
        ["KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP TUYÊN TRUYỀN"],
        [null, period === "9" ? "Lũy kế đến 30/9/2025" : "Năm thực hiện: 2025"],
        [],
        ["TT", "Cơ quan báo chí", "SPBC mới về NVCT trong năm", "Σ nguồn thu đơn vị"],
        ["1", "Báo Lai Châu", a, b],
      ]);
    const both = used(detect(plan, [wb("phoi-hop.xlsx", year("9", 1380, 7790), year("12", 1937, 10641))]));
    expect(at(both, "political_articles", "bao-lai-chau", 2025)).toBe("Nam 2025!C5");
    const alone = used(detect(plan, [wb("phoi-hop.xlsx", year("9", 1380, 7790))]));
    expect(at(alone, "political_articles", "bao-lai-chau", 2025)).toBe("Den 30-9-2025!C5");
  });
  test("a title naming its unit after a dash keeps it though its other words brush an input's (rule 257)", () => {
    const grid = [
      ["BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025 - TC VĂN NGHỆ LC (HỘI VHNT)"],
      ["(Số liệu tính đến ngày 20/11/2025)"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "TH 2024", "TH 2025"],
      ["-", "Tong so tin bai moi tuyen truyen nhiem vu chinh tri dia phuong", "tin-bài", 202, 210],
    ];
    const ps = used(detect(plan, [wb("BC CDS 2025 (3).xlsx", sheet("Số liệu", grid, ["A1:E1"]))]));
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("Số liệu!E5");
  });
});

describe("seventeenth round (ADR 0007): statistical indicator forms broken down by agency", () => {
  // The provincial statistical indicator system's form: each indicator on its coded row (its total, or blank), a
  // lead-in, then one row per agency; a short name under "Tên rút gọn" at the far right.
  const head = [
    "Mã CTTK",
    "Tên chỉ tiêu, phân tổ chủ yếu",
    "ĐVT",
    "Năm 2023",
    "Năm 2024",
    "Năm 2025",
    "Cơ quan cung cấp",
    "Tên rút gọn",
  ];
  const byAgency = [null, "Phân theo cơ quan báo chí:"];
  test("a lead-in between an indicator's total and its agencies' rows keeps them its parts; one after them leads to other parts (rule 258)", () => {
    const grid = [
      ["SỐ LIỆU CHỈ TIÊU THỐNG KÊ LĨNH VỰC BÁO CHÍ CẤP TỈNH"],
      [],
      head,
      [
        "0911",
        "Số tin, bài mới tuyên truyền nhiệm vụ chính trị (không tính bài đăng lại)",
        "TP",
        3720,
        3921,
        4094,
      ],
      byAgency,
      ["0911.1", "- Báo LC (cơ quan của Đảng bộ tỉnh)", null, 1429, 1527, 1654],
      ["0911.2", "- Đài Phát thanh, Truyền hình Lai Châu - LTV", null, 2074, 2171, 2205],
      ["0911.3", "- Tạp chí Văn nghệ LC thuộc Hội Liên hiệp VHNT", null, 217, "-", 235],
      [null, "Chia theo loại hình báo chí:"],
      [null, "+ Báo in, tạp chí in", null, null, 223, 1374],
    ];
    const ps = used(detect(plan, [wb("HTCTTK.xlsx", sheet("Chi tieu phan to", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Chi tieu phan to!F6");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2023)).toBe("Chi tieu phan to!D7");
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("Chi tieu phan to!F8");
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2024)).toBeUndefined();
  });
  test("an indicator's row without figures heads its agencies' rows; its short name may name it again, or name it surely where its label is weak (rule 259)", () => {
    const grid = [
      ["SỐ LIỆU CHỈ TIÊU THỐNG KÊ LĨNH VỰC BÁO CHÍ CẤP TỈNH"],
      [],
      head,
      [
        "0918",
        "Mô hình tòa soạn hội tụ (đa nền tảng) đã hình thành",
        "Đã/Chưa",
        null,
        null,
        null,
        "Sở VHTTDL tổng hợp",
        "Tòa soạn hội tụ - tình trạng",
      ],
      byAgency,
      ["0918.1", "- Báo LC (cơ quan của Đảng bộ tỉnh)", null, "Chưa có", "Chưa có", "Đã có (đang dùng)"],
      [
        "0918.2",
        "- Đài Phát thanh, Truyền hình Lai Châu - LTV",
        null,
        "Chưa có",
        "Chưa có",
        "Đã có (đang dùng)",
      ],
      [
        "0922",
        "Nhân sự toàn cơ quan có mặt đến cuối kỳ",
        "ng",
        null,
        null,
        179,
        "Sở VHTTDL tổng hợp",
        "Quân số cơ quan (ng)",
      ],
      byAgency,
      ["0922.1", "- Báo LC (cơ quan của Đảng bộ tỉnh)", null, null, 42, 46],
      ["0922.2", "- Đài Phát thanh, Truyền hình Lai Châu - LTV", null, 118, 117, 124],
      [
        "0928",
        "Hệ thống thông tin xuất bản được xác định ở cấp độ",
        "Cấp (1-5)",
        null,
        null,
        null,
        "Các cơ quan báo chí báo cáo",
        "Cấp ATTT (QĐ duyệt)",
      ],
      byAgency,
      ["0928.1", "- Báo LC (cơ quan của Đảng bộ tỉnh)", null, 1, null, 2],
      ["0928.2", "- Đài Phát thanh, Truyền hình Lai Châu - LTV", null, 1, 1, 1],
    ];
    const ps = used(detect(plan, [wb("HTCTTK.xlsx", sheet("Phân tổ 2025", grid))]));
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("Phân tổ 2025!F6");
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Phân tổ 2025!F7");
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Phân tổ 2025!F10");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Phân tổ 2025!F11");
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("Phân tổ 2025!F14");
    expect(at(ps, "security_level", "dai-ptth-lai-chau")).toBe("Phân tổ 2025!F15");
  });
  test("an answer naming the indicator on an agency's row under it is that agency's answer, not a label (rule 260)", () => {
    const grid = [
      ["SỐ LIỆU CHỈ TIÊU THỐNG KÊ LĨNH VỰC BÁO CHÍ CẤP TỈNH"],
      [],
      head,
      [
        "0919",
        "Mức độ tự chủ tài chính: tự đảm bảo chi thường xuyên",
        "Đã/Chưa",
        null,
        null,
        null,
        "Sở VHTTDL tổng hợp",
        "Cơ chế TC tài chính CQ",
      ],
      byAgency,
      [
        "0919.1",
        "- Báo LC (cơ quan của Đảng bộ tỉnh)",
        null,
        "Chưa tự chủ",
        "Đã tự chủ chi thường xuyên",
        "Đã tự chủ chi thường xuyên",
      ],
      [
        "0919.3",
        "- Tạp chí Văn nghệ LC thuộc Hội Liên hiệp VHNT",
        null,
        "Chưa tự chủ",
        "Chưa tự chủ",
        "Chưa tự chủ",
      ],
    ];
    const d = detect(plan, [wb("HTCTTK.xlsx", sheet("Chi tieu phan to", grid))]);
    const baoLC = d.mappings.find((m) => m.input === "autonomous" && m.unit === "bao-lai-chau");
    expect(baoLC?.cell).toBe("F6");
    expect(baoLC?.reasonEn).toContain('Label "Mức độ tự chủ tài chính');
  });
  test("a total of the agency's service and public-service revenue ('dịch vụ và sự nghiệp') is its revenue (rule 261)", () => {
    const grid = [
      ["SỐ LIỆU PHỤC VỤ TỔNG KẾT THI HÀNH LUẬT BÁO CHÍ"],
      ["Đơn vị: Báo Lai Châu"],
      ["STT", "Nội dung", "ĐVT", "Năm 2024", "Năm 2025"],
      ["1", "Tổng thu từ hoạt động dịch vụ và sự nghiệp của cơ quan", "Tr.đ", 7235, 7410],
      ["2", "- Trong đó: thu từ quảng cáo, thông tin tài trợ", "Tr.đ", 1089, 2198],
    ];
    const ps = used(detect(plan, [wb("tong-ket.xlsx", sheet("PL1", grid))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("PL1!E4");
  });
  test("a state given year by year, '-' under the report's year: the state now is not given; '-' after one figure in a column of units is no year's (rule 262)", () => {
    const grid = [
      ["SỐ LIỆU CHỈ TIÊU THỐNG KÊ LĨNH VỰC BÁO CHÍ CẤP TỈNH"],
      [],
      head,
      [
        "0911",
        "Số tin, bài mới tuyên truyền nhiệm vụ chính trị (không tính bài đăng lại)",
        "TP",
        3720,
        3921,
        4094,
      ],
      byAgency,
      ["0911.1", "- Báo LC (cơ quan của Đảng bộ tỉnh)", null, 1429, 1527, "-"],
      [
        "0917",
        "Hệ thống phân tích dữ liệu độc giả có AI dùng chung toàn cơ quan",
        "Có/Chưa",
        null,
        null,
        null,
        "Sở VHTTDL tổng hợp",
        "Phân tích DL bằng AI (tập trung)",
      ],
      byAgency,
      [
        "0917.1",
        "- Báo LC (cơ quan của Đảng bộ tỉnh)",
        null,
        "Chưa có",
        "Đã có (đang dùng)",
        "Đã có (đang dùng)",
      ],
      ["0917.2", "- Đài Phát thanh, Truyền hình Lai Châu - LTV", null, "Chưa có", "Chưa có", "-"],
      [
        "0915",
        "Số người làm việc tại cơ quan báo chí (tính cả HĐLĐ)",
        "Người",
        null,
        null,
        187,
        "Các cơ quan báo chí báo cáo",
        "NS hiện có/cuối kỳ",
      ],
      byAgency,
      ["0915.1", "- Báo LC (cơ quan của Đảng bộ tỉnh)", null, 51, 51, 56],
      ["0915.2", "- Đài Phát thanh, Truyền hình Lai Châu - LTV", null, 95, 110, "-"],
    ];
    // (any proposal, whatever its confidence)
    const ps = detect(plan, [
      wb("HTCTTK cap tinh - bao chi 2025.xlsx", sheet("Chi tieu phan to", grid)),
    ]).mappings;
    // (a yearly count's earlier years are still theirs)
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Chi tieu phan to!E6");
    expect(at(ps, "ai_data_platform", "bao-lai-chau")).toBe("Chi tieu phan to!F9");
    expect(at(ps, "ai_data_platform", "dai-ptth-lai-chau")).toBeUndefined();
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Chi tieu phan to!F13");
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBeUndefined();
    // A report's list under a table of years far above: the column after the answer holds units ("Có/Không", "-").
    const report = [
      ["BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025"],
      ["Đơn vị: Báo Lai Châu"],
      ["Chỉ tiêu / năm", 2020, 2021, 2022, 2023, 2024, 2025],
      ["Nguồn thu đạt được trong năm, Tr.đ", 11592, 12966, 13175, 14171, 15306, 15966],
      ["3. Hạ tầng số, nền tảng"],
      [
        "- Phân phối tin bài trên các nền tảng số trong nước:",
        null,
        null,
        null,
        null,
        "Đã triển khai",
        "Có/Không",
      ],
      ["- TÒA SOẠN HỘI TỤ ĐA NỀN TẢNG:", null, null, null, null, "Đã triển khai", "-"],
    ];
    const listed = used(detect(plan, [wb("BC 2025 - BLC.xlsx", sheet("Báo cáo", report))]));
    expect(at(listed, "converged_newsroom", "bao-lai-chau")).toBe("Báo cáo!F7");
  });
  test("staff who attended a class ('đã dự lớp … làm báo số') are the trained, not the staff (rule 263)", () => {
    const grid = [
      ["SỐ LIỆU NHÂN LỰC NĂM 2025"],
      ["Đơn vị: Báo Lai Châu"],
      ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"],
      ["1", "Quân số cơ quan có mặt đến cuối kỳ", "người", 46],
      ["2", "Nhân sự đã dự lớp nâng cao năng lực làm báo số", "người", 45],
    ];
    const ps = used(detect(plan, [wb("nhan-luc.xlsx", sheet("NL", grid))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("NL!D4");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("NL!D5");
  });
});

describe("seventeenth round (ADR 0007): a year-end summary beside last year's actuals", () => {
  const grid = [
    ["SỐ LIỆU TỔNG KẾT NĂM 2025 VÀ SO SÁNH VỚI 6 THÁNG ĐẦU NĂM"],
    ["Tạp chí Văn nghệ LC thuộc Hội Liên hiệp VHNT"],
    [],
    [
      "STT",
      "Các mặt công tác chủ yếu",
      "ĐVT",
      "KH giao năm 2025",
      "TH 6 tháng 2025 (đã báo cáo)",
      "Kết quả thực hiện năm 2025",
      "TH năm 2024 (cùng kỳ)",
      "TH/KH (%)",
    ],
    [
      "1",
      "Sản phẩm tuyên truyền nhiệm vụ chính trị được sản xuất mới trong kỳ (tác phẩm)",
      "TP",
      187,
      92,
      168,
      166,
      "89,8%",
    ],
    ["2", "Kho dữ liệu dùng chung của tòa soạn, có công cụ AI phân tích", "Đã/Chưa", "Duy trì", "", "-", "✘"],
    [
      "3",
      "Tạp chí đã được Bộ cho phép hoạt động trở lại",
      "Có/Chưa",
      "Đạt theo lộ trình",
      "",
      "Đã được cấp phép lại",
      "Đã được cấp phép lại",
    ],
  ];
  test("'TH năm 2024 (cùng kỳ)' holds 2024's actuals, not a comparison (rule 264)", () => {
    const ps = used(detect(plan, [wb("PL so lieu tong ket nam 2025.xlsx", sheet("Tạp chí", grid))]));
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("Tạp chí!F5");
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2024)).toBe("Tạp chí!G5");
  });
  test("a state under last year's column, this year's column before it left '-': the state now is not given (rule 265)", () => {
    const d = detect(plan, [wb("PL so lieu tong ket nam 2025.xlsx", sheet("Tạp chí", grid))]);
    expect(d.mappings.filter((m) => m.input === "ai_data_platform")).toEqual([]);
  });
  test("'được Bộ cho phép hoạt động trở lại' is the magazine's licence (rule 266)", () => {
    const ps = used(detect(plan, [wb("PL so lieu tong ket nam 2025.xlsx", sheet("Tạp chí", grid))]));
    expect(at(ps, "licensed", "tap-chi-van-nghe-lai-chau")).toBe("Tạp chí!F7");
  });
});

describe("seventeenth round (ADR 0007): a development scheme's outlook", () => {
  test("an answer naming its input under this year's column, after a label naming nothing, is the row's answer (rule 270)", () => {
    const grid = [
      ["BIỂU THỰC TRẠNG VÀ ĐỊNH HƯỚNG PHÁT TRIỂN CƠ QUAN BÁO CHÍ ĐẾN NĂM 2030"],
      ["BLC - Báo in & Báo điện tử"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Thực trạng (số thực hiện)", null, "Mục tiêu giai đoạn 2026-2030"],
      [null, null, null, 2024, 2025, 2026, 2027],
      ["1", "Tin bài CT mới (tp)", "Tác phẩm", 1307, 1339, 1545, 1755],
      [
        "2",
        "Cơ chế TC tài chính CQ",
        "Có/Chưa",
        null,
        "Đã tự chủ chi thường xuyên",
        "Đã tự chủ chi thường xuyên",
        "Đã tự chủ chi thường xuyên",
      ],
    ];
    const ps = used(
      detect(plan, [wb("De an phat trien 2026-2030 - BLC.xlsx", sheet("PL1", grid, ["D4:E4", "F4:G4"]))]),
    );
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("PL1!E6");
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("PL1!E7");
  });
  test("'Qua lớp làm báo số' counts the trained; the funding of training ('Kinh phí đào tạo lại đội ngũ') counts no one (rule 267)", () => {
    const grid = [
      ["BIỂU THỰC TRẠNG VÀ ĐỊNH HƯỚNG PHÁT TRIỂN CƠ QUAN BÁO CHÍ ĐẾN NĂM 2030"],
      ["Đơn vị: Báo Lai Châu"],
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"],
      ["1", "Qua lớp làm báo số", "Người", 51, 55],
    ];
    const funding = [
      ["DỰ TRÙ KINH PHÍ ĐỀ ÁN 2026-2030"],
      ["STT", "Nội dung", 2026, 2027, 2028, 2029, 2030],
      ["1", "Kinh phí đào tạo lại đội ngũ", 3839, 2710, 4615, 4937, 3284],
    ];
    const d = detect(plan, [
      wb("De an 2026-2030 - Bao Lai Chau.xlsx", sheet("PL2", funding), sheet("PL1", grid)),
    ]);
    const trained = d.mappings.filter((m) => m.input === "staff_trained");
    expect(trained.map((m) => `${m.sheet}!${m.cell}`)).toEqual(["PL1!E4"]);
  });
});

describe("seventeenth round (ADR 0007): the same period a year before", () => {
  const report = (
    year: number,
    lastYear: string,
    label = "Tác phẩm báo chí mới làm trong năm để phục vụ nhiệm vụ chính trị địa phương",
    current = `Thực hiện năm ${year} (chính thức)`,
  ) => [
    [`PHỤ LỤC SỐ LIỆU PHỤC VỤ HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM ${year}`],
    ["Báo Lai Châu - khối in và khối điện tử"],
    [],
    ["STT", "Các mặt công tác chủ yếu", "ĐVT", `KH giao năm ${year}`, current, lastYear, "% TH/KH năm"],
    ["1", label, "Tác phẩm", 1660, 1335, 1321, "80,4%"],
  ];
  test("'Cùng kỳ năm 2024' heads 2024's figures, not a comparison (rule 268)", () => {
    const ps = used(
      detect(plan, [wb("Phu luc tong ket 2025.xlsx", sheet("BLC", report(2025, "Cùng kỳ năm 2024")))]),
    );
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("BLC!E5");
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("BLC!F5");
  });
  test("last period's column yields to the year's own workbook (rule 269)", () => {
    const ps = used(
      detect(plan, [
        wb("BC CDS bao chi nam 2025.xlsx", sheet("Năm 2025", report(2025, "Cùng kỳ năm 2024"))),
        // (the year's own workbook names the input and the actuals less surely)
        wb(
          "BaoCao_2024.xlsx",
          sheet(
            "Năm 2024",
            report(
              2024,
              "Năm trước (2023)",
              "Số tin, bài mới phục vụ NV chính trị (tự SX)",
              "Năm nay (2024)",
            ),
          ),
        ),
      ]),
    );
    const y2024 = ps.find((p) => p.input === "political_articles" && p.year === 2024);
    expect(y2024?.workbook).toBe("BaoCao_2024.xlsx");
    expect(y2024?.cell).toBe("E5");
  });
});

describe("eighteenth round (ADR 0007): a research project's data appendix", () => {
  const series = [
    ["PHỤ LỤC SỐ LIỆU ĐIỀU TRA PHỤC VỤ ĐỀ TÀI KHOA HỌC CẤP TỈNH VỀ CHUYỂN ĐỔI SỐ BÁO CHÍ"],
    ["Nguồn: nhóm nghiên cứu thu thập tại các cơ quan báo chí, tháng 11/2025"],
    [],
    ["TT", "Biến số, chỉ tiêu", "ĐVT", "Giá trị thực tế theo năm", null, null, "Kịch bản dự báo (cơ sở)"],
    [null, null, null, 2023, 2024, 2025, 2026, 2030],
    ["I", "Bao LChau (ngon luan cua Dang bo tinh)"],
    ["+", "Số người hiện có mặt tại đơn vị (cả biên chế, hợp đồng)", "Ng.", 35, 37, 40, 43, 53],
    ["+", "Cộng nguồn thu trong năm của cơ quan báo chí", "tr. đồng", 10329, 10729, 11207, 11880, 14570],
    ["-", "Doanh thu từ nền tảng số (YouTube, Zalo OA…)", "Triệu", 1069, 860, 1201],
    ["+", "Da tap huan bao so", "người LĐ", 25, 31, 37, 40, 49],
    ["IV", "Địa bàn toàn tỉnh (tỉnh LChâu)"],
    [
      "+",
      "Nhân khẩu tại các địa bàn vùng sâu, vùng xa và biên giới",
      "Người",
      83709,
      84738,
      85767,
      86197,
      87055,
    ],
  ];
  const states = (heading: string) => [
    ["THỰC TRẠNG ỨNG DỤNG CÔNG NGHỆ SỐ TẠI THỜI ĐIỂM ĐIỀU TRA"],
    [],
    ["TT", "Cơ quan báo chí", "Có kênh trên NT số (có/chưa)", "Tòa soạn hội tụ? (đã chạy/chưa)"],
    ["1", "Báo LC - tòa soạn in/điện tử", "Chưa triển khai", "Chưa triển khai"],
    [],
    [heading],
    ["TT", null, "Đưa lên NT số (đã/chưa)", "TS hội tụ: đã/chưa vận hành"],
    ["1", "Báo LC - tòa soạn in/điện tử", "Đang vận hành", "Đang vận hành"],
  ];
  const book = (heading = "Kiến nghị của đề tài cho giai đoạn 2026-2030") =>
    wb(
      "PL_so_lieu_de_tai_CDS_bao_chi.xlsx",
      sheet("PL1", series, ["D4:F4", "G4:H4", "B6:H6", "B11:H11"]),
      sheet("PL2", states(heading), ["A6:D6"]),
    );
  const ps = used(detect(plan, [book()]));
  const all = detect(plan, [book()]).mappings;

  test("a forecast's columns ('Kịch bản dự báo') are no year's actuals (rule 271)", () => {
    expect(all.filter((m) => (m.year ?? 0) > 2025)).toEqual([]);
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("PL1!F7");
  });
  test("a numbered section naming only the province does not hide the column headers above it (rule 273)", () => {
    expect(at(ps, "remote_population_total", "tinh-lai-chau")).toBe("PL1!F12");
  });
  test.each(["Kiến nghị của đề tài cho giai đoạn 2026-2030", "Định hướng đề xuất đến năm 2030"])(
    "a heading after the table naming a plan's years heads the second table as planned, however long: %s (rule 272)",
    (heading) => {
      const states = used(detect(plan, [book(heading)]));
      expect(at(states, "digital_platforms", "bao-lai-chau")).toBe("PL2!C4");
      expect(at(states, "converged_newsroom", "bao-lai-chau")).toBe("PL2!D4");
    },
  );
  test("revenue from digital platforms is a part of revenue; 'Đã tập huấn báo số' counts the trained (rule 277)", () => {
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("PL1!F8");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("PL1!F10");
  });
});

describe("eighteenth round (ADR 0007): a roll-up of the province's press and the districts' media centres", () => {
  const grid = [
    [
      "TỔNG HỢP SỐ LIỆU HOẠT ĐỘNG CỦA CƠ QUAN BÁO CHÍ TỈNH VÀ TRUNG TÂM TRUYỀN THÔNG - VĂN HÓA CẤP HUYỆN NĂM 2025",
    ],
    [],
    ["TT", "Tên đơn vị (tỉnh, huyện)", "Sản phẩm báo chí", null, "Nguồn thu (triệu đồng)", null, "Ghi chú"],
    [
      null,
      null,
      "Tổng tin, bài, ảnh, video đã xuất bản (mọi thể loại)",
      "Tin-bài NVCT (mới)",
      "Thu toàn đơn vị (cả năm, tr.đ)",
      "Riêng phần thu quảng cáo, tài trợ chương trình",
    ],
    [
      "I",
      "Cơ quan báo chí cấp tỉnh",
      { value: 6673, formula: "SUM(C6:C7)" },
      { value: 1640, formula: "SUM(D6:D7)" },
      { value: 13923, formula: "SUM(E6:E7)" },
      { value: 5458, formula: "SUM(F6:F7)" },
    ],
    [
      "1",
      "BLC - Báo Đảng bộ tỉnh",
      2292,
      1527,
      10540,
      4169,
      "Đơn vị bổ sung số liệu bằng điện thoại ngày 18/11",
    ],
    ["2", "Đài PTTH Lai Châu (kênh LTV)", 4381, 113, 3383, 1289],
    ["II", "Trung tâm Truyền thông - Văn hóa các huyện", 4646, 1917, 1431, 307],
  ];
  const ps = used(
    detect(plan, [wb("TH_bao_chi_va_TTTT-VH_huyen_2025.xlsx", sheet("Nam 2025", grid, ["C3:D3", "E3:F3"]))]),
  );
  test("a column's own header describing a part keeps the group header's input off it; the group header says it more surely for its sibling (rule 274)", () => {
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Nam 2025!E6");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2025)).toBe("Nam 2025!E7");
    // (the part's column first)
    const swapped = [
      ["TỔNG HỢP SỐ LIỆU HOẠT ĐỘNG CỦA CƠ QUAN BÁO CHÍ TỈNH NĂM 2025"],
      [],
      ["TT", "Tên đơn vị", "Sản phẩm báo chí", null, "Nguồn thu (triệu đồng)", null],
      [
        null,
        null,
        "Tổng tin, bài (mọi thể loại)",
        "Tin-bài NVCT (mới)",
        grid[3]?.[5] ?? null,
        grid[3]?.[4] ?? null,
      ],
      ["1", "BLC - Báo Đảng bộ tỉnh", 2292, 1527, 4169, 10540],
      ["2", "Đài PTTH Lai Châu (kênh LTV)", 4381, 113, 1289, 3383],
    ];
    const first = used(
      detect(plan, [wb("Tong hop 2025.xlsx", sheet("Nam 2025", swapped, ["C3:D3", "E3:F3"]))]),
    );
    expect(at(first, "revenue", "bao-lai-chau", 2025)).toBe("Nam 2025!F5");
  });
  test("'bao' cut off from 'chi' in a file's name names no agency (rule 278)", () => {
    const press = [
      ["SỐ LIỆU TỔNG HỢP NĂM 2025"],
      ["STT", "Chỉ tiêu", "Năm 2025"],
      ["1", "Tin-bài NVCT (mới)", 5124],
      ["2", "Tổng doanh thu (triệu đồng)", 17059],
    ];
    const d = detect(plan, [wb("TH_bao_chi_va_TTTT-VH_huyen_2025.xlsx", sheet("Tong hop", press))]);
    expect(d.mappings).toEqual([]);
    const own = detect(plan, [wb("TH_Bao_LC_2025.xlsx", sheet("Tong hop", press))]);
    expect(at(used(own), "political_articles", "bao-lai-chau", 2025)).toBe("Tong hop!C3");
  });
});

describe("eighteenth round (ADR 0007): a report on the national digital transformation day", () => {
  const grid = [
    ["KẾT QUẢ HƯỞNG ỨNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10/2025 CỦA CÁC CƠ QUAN BÁO CHÍ TỈNH"],
    [],
    ["STT", "Nội dung hưởng ứng, kết quả", "ĐVT", "Báo Lai Châu", "Đài tỉnh Lai Châu (PT & TH, kênh LTV)"],
    ["1", "Tác phẩm mới đăng, phát phục vụ NVCT địa phương năm 2025", "TP", 1588, 2773],
    [null, "- Cùng kỳ năm 2024 (để so sánh)", "TP", 1568, 2581],
    ["2", "Tổng thu từ hoạt động báo chí, dịch vụ (mọi nguồn) năm 2025", "Triệu", 13048, 3674],
    [null, "  + Số liệu năm 2024 của chỉ tiêu trên", "Triệu", 12442, 3591],
    ["3", "Đơn vị tự bảo đảm chi thường xuyên theo NĐ 60 (đã được giao)", "Có/chưa", "✘", "✔"],
  ];
  const ps = used(detect(plan, [wb("BC_huong_ung_Ngay_CDS_10-10_2025.xlsx", sheet("Ngay CDS", grid))]));
  test("a sub-row naming only the same period of another year holds the row above's figure for it (rule 275)", () => {
    expect(at(ps, "political_articles", "bao-lai-chau", 2024)).toBe("Ngay CDS!D5");
    expect(at(ps, "revenue", "dai-ptth-lai-chau", 2024)).toBe("Ngay CDS!E7");
  });
  test("autonomy '(đã được giao)' is granted already, a state, not a target (rule 276)", () => {
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Ngay CDS!D8");
    expect(at(ps, "autonomous", "dai-ptth-lai-chau")).toBe("Ngay CDS!E8");
  });
});

describe.each(["Điều kiện tối thiểu (hạng II)", "Mức chuẩn để xếp hạng II"])(
  "eighteenth round (ADR 0007): a public unit's grading dossier, its standards under %s",
  (standard) => {
    const grid = [
      ["BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM THEO TIÊU CHÍ XẾP HẠNG ĐƠN VỊ SỰ NGHIỆP NĂM 2025"],
      ["Đơn vị đề nghị xếp hạng: Báo Lai Châu"],
      [],
      ["STT", "Tiêu chí xếp hạng", "ĐVT", standard, "Thực trạng tại đơn vị (số liệu)"],
      ["1", "Tổng số người đang làm việc thực tế tại tòa soạn", "Ng", "Tối thiểu 30 người làm việc", 41],
      ["-", "Trong tổng số: viên chức", "Ng", null, 25],
      [
        "2",
        "Tổng thu từ hoạt động báo chí, dịch vụ (mọi nguồn) năm 2022",
        "tr. đồng",
        "Có nguồn thu ổn định 3 năm liền",
        12492,
      ],
      ["3", "Tổng thu từ hoạt động báo chí, dịch vụ (mọi nguồn) năm 2023", "tr. đồng", null, 13196],
    ];
    const ps = used(detect(plan, [wb("Bang diem xep hang DVSN - bao_LC.xlsx", sheet("Cham diem", grid))]));
    test("a row's criterion under the standards names no figure of its own (rule 271)", () => {
      expect(at(ps, "revenue", "bao-lai-chau", 2022)).toBe("Cham diem!E7");
    });
    test("'Trong tổng số: viên chức' is a part of the staff (rule 277)", () => {
      expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Cham diem!E5");
    });
  },
);

describe("eighteenth round (ADR 0007): a spokesperson regime report", () => {
  const grid = [
    ["THÔNG TIN CHÍNH THỐNG CỦA TỈNH ĐƯỢC CÁC CƠ QUAN BÁO CHÍ ĐỊA PHƯƠNG ĐĂNG, PHÁT NĂM 2025"],
    [],
    ["STT", "Đơn vị đăng, phát", "TB phục vụ NV chính trị", "TB từ nguồn thông cáo báo chí"],
    ["1", "Báo LC - tòa soạn in/điện tử", 1440, 194],
    ["2", "Đài tỉnh Lai Châu (PT & TH, kênh LTV)", 2473, 431],
  ];
  const d = detect(plan, [wb("BC_thuc_hien_quy_che_phat_ngon_2025.xlsx", sheet("Bieu 02", grid))]);
  test("a province-wide input is never read on an agency's own row (rule 279)", () => {
    expect(d.mappings.filter((m) => m.unit === "tinh-lai-chau")).toEqual([]);
    expect(at(used(d), "political_articles", "bao-lai-chau", 2025)).toBe("Bieu 02!C4");
  });
});

describe("eighteenth round (ADR 0007): a six-month preliminary review, a sheet per agency", () => {
  const review = (agency: string) => [
    ["BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025 - BIỂU SỐ LIỆU KÈM THEO"],
    [agency],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kết quả năm 2024 (chính thức)",
      "Sơ kết 6T năm 2025",
      "Ước TH cả năm 2025 (đơn vị báo)",
      "Kế hoạch được giao 2025",
    ],
    [
      "1",
      "Tác phẩm báo chí mới phục vụ nhiệm vụ chính trị tại địa phương",
      "Tác phẩm",
      1484,
      652,
      1522,
      1810,
    ],
    ["2", "Mức tự chủ chi thường xuyên đã được phê duyệt phương án", "Có-Chưa", "✗", null, "✓"],
    ["3", "Tổng số tiền thu vào trong năm của cơ quan (mọi khoản)", "Tr đ", 10887, 4911, null, 12500],
  ];
  const ps = used(
    detect(plan, [
      wb(
        "SoKet_6T_2025_bieu.xlsx",
        sheet("Bao LChau", review("TS Báo Lai Châu (Thành phố LC)")),
        sheet("Dai tinh", review("Đài PT-TH LChâu (trực thuộc UBND)")),
      ),
    ]),
  );
  test("'(đơn vị báo)' closing a header is the figure as the unit reports it, no newspaper (rule 280)", () => {
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Dai tinh!F5");
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Bao LChau!F5");
  });
  test("'6T' is six months written short: a part of the year (rule 281)", () => {
    expect(ps.filter((p) => p.cell.startsWith("E"))).toEqual([]);
    expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Bao LChau!D7");
  });
  test("autonomy 'đã được phê duyệt phương án' is approved, a state; the plan is how it came about (rule 282)", () => {
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Bao LChau!F6");
  });
});

describe("eighteenth round (ADR 0007): a relay station register and a digital literacy return", () => {
  test("a column headed 'Số liệu/đánh giá' holds the agency's answers, figures or ratings (rule 283)", () => {
    const grid = [
      ["THÔNG TIN BỔ SUNG VỀ ĐƠN VỊ QUẢN LÝ TRẠM NĂM 2025"],
      ["Đài PT-TH LChâu (trực thuộc UBND)"],
      [],
      ["TT", "Nội dung", "Số liệu/đánh giá", "ĐVT"],
      ["1", "Người làm việc thực tế tại cơ quan, kể cả hợp đồng khoán", 142, "Người"],
      ["2", "Mức cấp độ ATTT hệ thống tác nghiệp điện tử", "Cấp độ 1", "Cấp độ"],
    ];
    const ps = used(detect(plan, [wb("So theo doi tram PL 2025.xlsx", sheet("Số liệu chung", grid))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Số liệu chung!C5");
    expect(at(ps, "security_level", "dai-ptth-lai-chau")).toBe("Số liệu chung!C6");
  });
  test.each([
    "Hoàn thành khóa học kỹ năng số cơ bản (Bình dân học vụ số)",
    "Da hoc xong khoa ky nang so pho cap",
  ])(
    "basic digital skills for all ('%s') are not press digital transformation training (rule 284)",
    (basic) => {
      const grid = [
        ["BIỂU TỔNG HỢP BỒI DƯỠNG CHUYỂN ĐỔI SỐ KHỐI BÁO CHÍ TỈNH NĂM 2025"],
        [],
        ["STT", "Tên cơ quan thực hiện", "Quân số cơ quan (ng)", basic, "Đã học lớp CĐS dành cho nhà báo"],
        ["1", "BLC - Báo in & điện tử", 36, 27, 35],
        ["2", "Đài PT-TH LChâu (trực thuộc UBND)", 126, 73, 123],
      ];
      const ps = used(detect(plan, [wb("Tong hop ky nang so 2025.xlsx", sheet("Bieu 01", grid))]));
      expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Bieu 01!E4");
      expect(at(ps, "staff_trained", "dai-ptth-lai-chau")).toBe("Bieu 01!E5");
    },
  );
});

describe("eighteenth round (ADR 0007): a tally of content exchanged between the agencies", () => {
  const grid = [
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN QUY CHẾ PHỐI HỢP TRAO ĐỔI TIN, BÀI GIỮA CÁC CƠ QUAN BÁO CHÍ TỈNH"],
    ["(Kèm theo Báo cáo sơ kết thực hiện Quy chế phối hợp năm 2025)"],
    [],
    ["Năm thực hiện", "Báo Lai Châu - Tỉnh ủy", null, "Đài Phát thanh – Truyền hình LC", null],
    [
      null,
      "TP phục vụ NV chính trị",
      "Tin bài chia sẻ cho đơn vị bạn",
      "Tin-bài chính trị tỉnh",
      "Tin bài chia sẻ",
    ],
    ["Năm TH 2024", 1527, 650, 1854, 800],
    ["Năm TH 2025 (ước cả năm)", 1652, 599, 1987, 351],
    ["Lũy kế 10 tháng/2025", 1241, 527, 1523, 255],
    [
      "Tổng cộng giai đoạn",
      { value: 3179, formula: "SUM(B6:B7)" },
      1249,
      { value: 3841, formula: "SUM(D6:D7)" },
      1151,
    ],
    [],
    ["Tình hình ứng dụng nền tảng (đến thời điểm báo cáo)"],
    ["Dua noi dung bao chi cua don vi len cac nen tang so", "Rồi", null, "Chưa"],
    ["Tổ chức hoạt động theo mô hình tòa soạn hội tụ đa nền tảng", "Chưa", null, "Rồi"],
  ];
  const ps = used(
    detect(plan, [
      wb("TH_trao_doi_tin_bai_2025.xlsx", sheet("Trao đổi", grid, ["B4:C4", "D4:E4", "A4:A5", "A11:E11"])),
    ]),
  );
  test("a total under rows each labelled by its year is the period's, no year's (rule 286)", () => {
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Trao đổi!B7");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Trao đổi!D7");
  });
  test("a heading between the table of figures and rows of answers keeps the agencies' column headers (rule 285)", () => {
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBe("Trao đổi!B12");
    expect(at(ps, "converged_newsroom", "dai-ptth-lai-chau")).toBe("Trao đổi!D13");
  });
});

describe("eighteenth round (ADR 0007): an AI tool pilot's evaluation form", () => {
  const grid = [
    ["PHIẾU ĐÁNH GIÁ KẾT QUẢ THÍ ĐIỂM ỨNG DỤNG TRÍ TUỆ NHÂN TẠO TRONG HOẠT ĐỘNG BÁO CHÍ NĂM 2025"],
    [],
    [null, "Tên cơ quan báo chí:", "Báo Lai Châu (bản in, điện tử)"],
    [],
    ["Mục", "Nội dung đánh giá", "ĐVT", "Kết quả tự đánh giá"],
    ["1", "Đã xây dựng quy chế sử dụng AI trong tác nghiệp", "có/chưa", "Đã có"],
    ["2", "Đã có nền tảng dữ liệu tập trung tích hợp AI", "có/chưa", "Chưa có"],
    ["3", "Có dự định mua bản quyền phần mềm AI trong năm tới", "có/chưa", "Đã có"],
    ["4", "Đã dùng thử công cụ AI tạo sinh (chatbot, chuyển giọng nói)", "có/chưa", "Đã có"],
  ];
  test("AI rules, plans to buy AI and generative AI tools tried are no data platform with AI (rule 287)", () => {
    const ps = used(detect(plan, [wb("PDG_AI_BLChau_2025.xlsx", sheet("Phiếu", grid))]));
    expect(at(ps, "ai_data_platform", "bao-lai-chau")).toBe("Phiếu!D7");
  });
});

describe("eighteenth round (ADR 0007): titles as typed", () => {
  test("a title in a legacy font is read decoded; a part between dashes names the agency where the whole names none (rule 288)", () => {
    const vni = (text: string): Cell => ({ value: encodeLegacy(text, "vni"), font: "VNI-Times" });
    const grid: Array<Array<CellScalar | Cell>> = [
      [vni("BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025 - TC VĂN NGHỆ LAI CHÂU - HỘI VĂN HỌC NT")],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"],
      [
        "1.1",
        "Số tác phẩm, tin bài phục vụ nhiệm vụ chính trị địa phương đã đăng, phát",
        "tin-bài",
        193,
        195,
      ],
    ];
    const ps = used(detect(plan, [wb("bao-cao-3.xlsx", sheet("Báo cáo", grid))]));
    expect(at(ps, "political_articles", "tap-chi-van-nghe-lai-chau", 2025)).toBe("Báo cáo!E4");
  });
  test("an assessment's title gives the report's year (rule 288)", () => {
    const grid = [
      ["ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025"],
      [],
      ["TT", "Nhiệm vụ, chỉ tiêu", "Mục tiêu KH 3414", "Kết quả đạt được", "Mức độ hoàn thành"],
      [null, "BÁO L.CHÂU"],
      ["1", "Số tin, bài tuyên truyền các nhiệm vụ chính trị, sự kiện trọng đại", 1214, 1247, "Đạt"],
      [null, "ĐÀI PT-TH TỈNH"],
      ["1", "Số tin, bài tuyên truyền các nhiệm vụ chính trị, sự kiện trọng đại", 2400, 2512, "Đạt"],
    ];
    const ps = used(detect(plan, [wb("ket-qua-thuc-hien.xlsx", sheet("Đánh giá", grid))]));
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Đánh giá!D5");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Đánh giá!D7");
  });
  test("'banner trên trang điện tử' names no newspaper (rule 289)", () => {
    const grid = [
      ["ĐÀI PHÁT THANH – TRUYỀN HÌNH LC"],
      ["BẢNG KÊ CHI TIẾT HÓA ĐƠN GTGT ĐÃ LẬP NĂM 2022"],
      [
        "Số thứ tự HĐ",
        "Ký hiệu, số hóa đơn",
        "Ngày lập hóa đơn",
        "Người mua / nội dung dịch vụ",
        "Doanh thu chưa có thuế",
      ],
      ["1", "1C22TLC/00000337", "22/01/2022", "Công ty TNHH Chè Tân Uyên - quảng cáo sản phẩm", 1478],
      ["2", "1C22TLC/00000203", "24/02/2022", "Viettel Lai Châu - banner trên trang điện tử", 2232],
    ];
    const d = detect(plan, [wb("BangKe_HDDT_DaiTinh_PTTH.xlsx", sheet("Bảng kê HĐĐT 2022", grid))]);
    expect(d.mappings.filter((m) => m.unit === "bao-lai-chau")).toEqual([]);
  });
});

describe("nineteenth round (ADR 0007): an advertiser's media kit", () => {
  const sales = (yearHeader: string, total: string) =>
    sheet("Doanh số", [
      ["BÁO LAI CHÂU"],
      ["KẾT QUẢ KINH DOANH DỊCH VỤ THEO NĂM (TRIỆU ĐỒNG)"],
      [],
      [yearHeader, "Doanh thu quảng cáo", "Tài trợ chương trình", total],
      [2023, 3100, 2900, 12700],
      [2024, 2970, 3250, 14000],
      ["Năm 2025", 3820, 3440, 14600],
      ["Lũy kế đến 31/10/2025", null, null, 10900],
      ["Chỉ tiêu KH 2026", null, null, 16200],
    ]);
  test.each(["Niên độ", "Năm thống kê số liệu"])(
    "bare years under '%s' are each row's year (rule 292)",
    (yearHeader) => {
      const ps = used(detect(plan, [wb("ho-so-nang-luc.xlsx", sales(yearHeader, "Tổng thu cả năm"))]));
      expect(at(ps, "revenue", "bao-lai-chau", 2023)).toBe("Doanh số!D5");
      expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Doanh số!D6");
    },
  );
  test("the year so far ('Lũy kế đến 31/10/2025') yields to the whole year's row (rule 293)", () => {
    const ps = used(detect(plan, [wb("ho-so-nang-luc.xlsx", sales("Niên độ", "Tổng thu cả năm"))]));
    expect(at(ps, "revenue", "bao-lai-chau", 2025)).toBe("Doanh số!D7");
  });
  test.each(["Tổng nguồn thu ĐV", "Thu SN cộng DV cả năm"])(
    "'%s' is the agency's whole revenue: ĐV is the agency, 'cộng' joins the parts (rules 290, 291)",
    (total) => {
      const ps = used(detect(plan, [wb("ho-so-nang-luc.xlsx", sales("Niên độ", total))]));
      expect(at(ps, "revenue", "bao-lai-chau", 2024)).toBe("Doanh số!D6");
    },
  );
  test("a row 'Thực hiện đến 15/11/2025' yields to the row of 2025 in a column of years (rule 293)", () => {
    const grid = [
      ["KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC VỀ TIẾP CẬN BÁO CHÍ"],
      [],
      ["Năm thống kê số liệu", "Tin-bài CT mới đăng", null, "Toàn bộ tác phẩm đã đăng, phát"],
      [null, "Báo Lai Châu", "Đài PT-TH Lai Châu", "Báo Lai Châu", "Đài PT-TH Lai Châu"],
      [2024, 1364, 2100, 2140, 3888],
      [2025, 1482, 2203, 2233, 3856],
      ["Thực hiện đến 15/11/2025", 1180, 1700, 2138, 2588],
    ];
    const ps = used(
      detect(plan, [wb("khao-sat.xlsx", sheet("Nguồn tin", grid, ["B3:C3", "D3:E3", "A3:A4"]))]),
    );
    expect(at(ps, "political_articles", "bao-lai-chau", 2025)).toBe("Nguồn tin!B6");
    expect(at(ps, "political_articles", "dai-ptth-lai-chau", 2025)).toBe("Nguồn tin!C6");
  });
  test("a state given 'đến 30/11/2025' is still the state now (rule 293 is for yearly figures)", () => {
    const grid = [
      ["ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025"],
      [],
      ["TT", "Nhiệm vụ, chỉ tiêu", "Chỉ tiêu KH", "Kết quả thực hiện đến 30/11/2025", "Mức độ hoàn thành"],
      [null, "BÁO LAI CHÂU"],
      ["1", "Phân phối nội dung trên nền tảng số", "Có", "Có", "Đạt"],
      ["2", "Vận hành mô hình tòa soạn hội tụ", "Có", "Chưa", "Chưa đạt"],
    ];
    const ps = used(detect(plan, [wb("danh-gia.xlsx", sheet("Đánh giá", grid))]));
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBe("Đánh giá!D5");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("Đánh giá!D6");
  });
});

describe("nineteenth round (ADR 0007): tables of bid packages and returns in parts", () => {
  test("a text under its own header after a figure ('Quý III/2024' under 'Thời gian tổ chức') says nothing of the figures after it; a short header with a remark in brackets heads its column (rules 295, 296)", () => {
    const grid = [
      ["DANH MỤC CÁC GÓI THẦU VÀ TÌNH TRẠNG SAU ĐẦU TƯ"],
      ["Đơn vị thụ hưởng: Báo Lai Châu"],
      [],
      [
        "STT",
        "Tên gói thầu",
        "Giá gói thầu (triệu đồng)",
        "Thời gian tổ chức",
        "Tình trạng gói thầu",
        "Hiện trạng sau đầu tư (đến tháng 11/2025)",
        "Kế hoạch được giao 2025",
      ],
      [
        "1",
        "Thuê dịch vụ giám sát, bảo đảm an toàn thông tin",
        3270,
        "Quý I/2025",
        "Đã nghiệm thu",
        "Mức 3",
        "Mức 3",
      ],
      ["2", "Đào tạo, bồi dưỡng kỹ năng số cho PV, BTV", 1080, "Quý III/2024", "Đang đánh giá HSDT", 45, 71],
      [
        "3",
        "Phát triển ứng dụng phân phối nội dung lên nền tảng số",
        320,
        "Quý II/2025",
        "Đã ký hợp đồng",
        "Có",
        "Có",
      ],
    ];
    const ps = used(detect(plan, [wb("goi-thau.xlsx", sheet("Gói thầu", grid))]));
    expect(at(ps, "security_level", "bao-lai-chau")).toBe("Gói thầu!F5");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Gói thầu!F6");
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBe("Gói thầu!F7");
  });
  test("a table's header after a blank row and a lone heading ends the measure column of the table above (rule 294)", () => {
    const grid = [
      ["KẾT QUẢ HOẠT ĐỘNG CỦA TẠP CHÍ VĂN NGHỆ LAI CHÂU"],
      [],
      ["TT", "Nội dung", "ĐVT", 2024, 2025],
      ["1", "Số tác phẩm mới phục vụ nhiệm vụ chính trị", "TP", 96, 101],
      [],
      ["Phần B - Tổ chức, hạ tầng, pháp lý"],
      ["TT", "Nội dung", "Thực trạng đến nay", "Ghi chú"],
      ["1", "Tổng số người làm việc hiện có tại cơ quan", 15],
      ["2", "Cơ chế tự chủ tài chính đang được áp dụng", "Chưa tự chủ"],
      ["3", "Vận hành tòa soạn đa phương tiện theo mô hình hội tụ", "Chưa"],
    ];
    const ps = used(detect(plan, [wb("hoi-vhnt.xlsx", sheet("Tạp chí", grid))]));
    expect(at(ps, "autonomous", "tap-chi-van-nghe-lai-chau")).toBe("Tạp chí!C9");
    expect(at(ps, "converged_newsroom", "tap-chi-van-nghe-lai-chau")).toBe("Tạp chí!C10");
  });
  test("the matched phrase's own part is no exclusion; security and collaborators' training is no staff training; 'biên tập hội tụ' is the converged newsroom (rule 297)", () => {
    const grid = [
      ["BÁO LAI CHÂU"],
      ["HIỆN TRẠNG VÀ SỰ CẦN THIẾT ĐẦU TƯ"],
      ["STT", "Nội dung", "Hiện trạng tại thời điểm lập hồ sơ", "Mục tiêu khi hoàn thành"],
      ["1", "Quân số hiện có: viên chức và lao động hợp đồng", 113, 117],
      ["2", "Người được trang bị kiến thức chuyển đổi số (đã học xong)", 112, 116],
      ["-", "Tập huấn an ninh mạng, bảo mật", 36],
      ["-", "Lượt CTV được tập huấn kỹ năng đưa tin", 40],
      ["3", "Phòng biên tập hội tụ (đa kênh, một quy trình)", "Chưa đưa vào dùng", "Đã đưa vào dùng"],
    ];
    const ps = used(detect(plan, [wb("KHLCNT_BaoLaiChau.xlsx", sheet("Phụ lục", grid))]));
    expect(at(ps, "staff_total", "bao-lai-chau")).toBe("Phụ lục!C4");
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Phụ lục!C5");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBe("Phụ lục!C8");
  });
});

describe("nineteenth round (ADR 0007): districts and their total", () => {
  const districts = (total: string, head: string) => [
    ["DÂN CƯ CÁC BẢN VÙNG KHÓ VÀ SỐ NGƯỜI ĐƯỢC TIẾP CẬN BÁO CHÍ"],
    [],
    ["STT", "Địa bàn", head, "Dân VSVX đã tiếp cận BC"],
    ["1", "Thành phố Lai Châu", 7027, 6899],
    ["2", "Huyện Tam Đường", 11960, 11886],
    ["3", "Huyện Phong Thổ", 10164, 10030],
    [null, total, 29151, 28815],
  ];
  test.each([
    ["CỘNG CÁC HUYỆN", "Nhân khẩu bản xa"],
    ["CỘNG 3 HUYỆN, THÀNH PHỐ", "Nhân khẩu bản xa"],
    ["Toàn địa bàn Lai Châu - khu vực khó khăn", "Dân cư bản xa, biên giới"],
  ])(
    "'%s' adds up the districts, the province's figure; '%s' counts the remote population (rules 298, 299)",
    (total, head) => {
      const ps = used(detect(plan, [wb("dieu-tra.xlsx", sheet("Theo huyện", districts(total, head)))]));
      expect(at(ps, "remote_population_total", "tinh-lai-chau")).toBe("Theo huyện!C7");
      expect(at(ps, "remote_population_reached", "tinh-lai-chau")).toBe("Theo huyện!D7");
    },
  );
  test("'Dân được phủ báo' counts the people the press reaches (rule 302)", () => {
    const grid = [
      ["Biểu 3. Vùng sâu, vùng xa"],
      ["STT", "Nội dung", "Toàn tỉnh", "Ghi chú"],
      ["1", "Số dân vùng sâu, vùng xa, biên giới", 99722],
      ["2", "Dân được phủ báo", 97310],
      ["3", "Chỉ tiếp cận qua đài truyền thanh xã", 43472],
    ];
    const ps = used(detect(plan, [wb("phu-luc.xlsx", sheet("Vùng sâu", grid))]));
    expect(at(ps, "remote_population_reached", "tinh-lai-chau")).toBe("Vùng sâu!C4");
  });
  test("'Số LĐ đang làm tại ĐV' counts the labour working at the agency, not its leaders (rule 298)", () => {
    const grid = [
      ["ĐÀI PHÁT THANH, TRUYỀN HÌNH LAI CHÂU"],
      ["MẠNG LƯỚI CỘNG TÁC VIÊN CƠ SỞ"],
      [],
      ["Lực lượng chuyên nghiệp tại tòa soạn", "Số lượng (người)"],
      ["Số LĐ đang làm tại ĐV", 123],
      ["Số người làm báo đã học xong lớp kỹ năng số", 118],
    ];
    const ps = used(detect(plan, [wb("ctv.xlsx", sheet("Đài tỉnh", grid))]));
    expect(at(ps, "staff_total", "dai-ptth-lai-chau")).toBe("Đài tỉnh!B5");
  });
});

describe("nineteenth round (ADR 0007): a digital skills return with last year's column", () => {
  const grid = [
    ["KẾT QUẢ BỒI DƯỠNG KỸ NĂNG SỐ VÀ SỬ DỤNG CHỮ KÝ SỐ"],
    ["Tòa soạn Báo Lai Châu in & điện tử"],
    [],
    ["STT", "Chỉ số hạ tầng, cơ chế", "Đã báo cáo năm 2024", "Tình hình năm 2025", "KH được UBND giao 2026"],
    ["1", "Kho dữ liệu dùng chung có phân tích AI", "Không", null, "x"],
    ["2", "Mô hình tòa soạn đa phương tiện hội tụ đang vận hành", "Không", null, "x"],
    ["3", "Đơn vị được giao tự bảo đảm kinh phí chi thường xuyên", "Không", "x", "x"],
  ];
  const ps = used(detect(plan, [wb("boi-duong-ky-nang-so.xlsx", sheet("Biểu 2", grid))]));
  test("autonomy 'được giao tự bảo đảm' is granted, a state (rule 300)", () => {
    expect(at(ps, "autonomous", "bao-lai-chau")).toBe("Biểu 2!D7");
  });
  test("with no year known for the sheet, a state under last year's column is not taken where this year's is blank (rule 301)", () => {
    expect(at(ps, "ai_data_platform", "bao-lai-chau")).toBeUndefined();
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBeUndefined();
  });
});

describe("nineteenth round (ADR 0007): whose, not what", () => {
  test("'của tòa soạn' names whose the content is: digital platforms, not the converged newsroom (rule 303)", () => {
    const grid = [
      ["TÒA SOẠN BÁO LAI CHÂU"],
      ["HỒ SƠ NĂNG LỰC CUNG CẤP DỊCH VỤ QUẢNG CÁO"],
      [],
      ["Nội dung", "Thông tin"],
      ["Sản phẩm của tòa soạn được đẩy lên nền tảng số", "Rồi"],
      ["Lượt truy cập trung bình mỗi tháng", 129000],
    ];
    const ps = used(detect(plan, [wb("ho-so-nang-luc.xlsx", sheet("Giới thiệu", grid))]));
    expect(at(ps, "digital_platforms", "bao-lai-chau")).toBe("Giới thiệu!B5");
    expect(at(ps, "converged_newsroom", "bao-lai-chau")).toBeUndefined();
  });
});

describe("nineteenth round (ADR 0007): an award nomination form", () => {
  test("'được trang bị kiến thức chuyển đổi số' counts the staff trained (rule 304)", () => {
    const grid = [
      ["HỒ SƠ THAM DỰ GIẢI THƯỞNG CĐS NĂM 2025 (CƠ QUAN BÁO CHÍ)"],
      [],
      [null, "Tên cơ quan dự giải:", "Báo Lai Châu - khối in và khối điện tử"],
      [],
      [
        "STT",
        "Nội dung kê khai",
        "ĐVT",
        "Năm 2023",
        "Năm 2024",
        "Năm 2025",
        "Điểm tự đánh giá",
        "Minh chứng kèm theo",
      ],
      ["A - Giới thiệu chung"],
      [1, "Quân số cán bộ, viên chức và người lao động của cơ quan (người)", "Người", 54, null, null, 4],
      [2, "Lãnh đạo, PV, BTV, nhân viên được trang bị kiến thức chuyển đổi số", "Người", 54, null, null, 9],
    ];
    const merges = ["A1:H1", "C3:H3", "A6:H6", "D7:F7", "D8:F8"];
    const ps = used(detect(plan, [wb("ho-so-giai-thuong.xlsx", sheet("Phiếu đề cử", grid, merges))]));
    expect(at(ps, "staff_trained", "bao-lai-chau")).toBe("Phiếu đề cử!D8");
    // (the phrase itself, not a guess from the label's words: the reason the official reads names it)
    const trained = ps.find((p) => p.input === "staff_trained");
    expect(trained?.reason).toContain('khớp "trang bị kiến thức chuyển đổi số"');
  });
});

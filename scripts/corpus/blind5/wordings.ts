/**
 * Every text the blind5 split shows for the plan's inputs, units, near-miss rows, headers, notes and value words.
 * Written from how provincial officials and press agencies type these figures (log entries, system exports,
 * returned templates, the plan's own target lines, the 2025 merger), without looking at any other split's lists,
 * the plans' synonyms or the detector. tests/corpusBlind5.test.ts checks that none of them is already known.
 */
import type { UnitId } from "../model";

/** How an input is written as a row label. Keys: input ids. */
export const B5_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tổng số tin, bài mới đăng phát phục vụ nhiệm vụ chính trị của tỉnh",
    "Tin, bài, phóng sự mới sản xuất về nhiệm vụ chính trị, bảo vệ Tổ quốc",
    "Sản phẩm báo chí mới (tin, bài) tuyên truyền nhiệm vụ chính trị - thông tin thiết yếu",
    "SL tin bài mới phục vụ NVCT, TTTY",
    "Số tác phẩm báo chí mới phục vụ nhiệm vụ chính trị, thông tin thiết yếu",
  ],
  revenue: [
    "Tổng doanh thu của cơ quan báo chí (tất cả các nguồn)",
    "Doanh thu từ hoạt động báo chí và dịch vụ liên quan",
    "Tổng nguồn thu sự nghiệp (quảng cáo, dịch vụ, đặt hàng)",
    "Tổng số thu hoạt động sự nghiệp của đơn vị",
    "Doanh thu thực hiện trong năm của cơ quan",
  ],
  staff_total: [
    "Biên chế và hợp đồng hiện có của cơ quan báo chí",
    "Tổng số CB, VC, NLĐ của đơn vị",
    "Quân số lãnh đạo, phóng viên, biên tập viên toàn cơ quan",
    "Nhân sự hiện có (LĐ, PV, BTV, KTV)",
  ],
  staff_trained: [
    "Số người đã qua tập huấn, bồi dưỡng kỹ năng chuyển đổi số báo chí",
    "Nhân sự đã được trang bị kiến thức, kỹ năng số làm báo",
    "LĐ, PV, BTV hoàn thành lớp bồi dưỡng chuyển đổi số",
    "Cán bộ, phóng viên đã có chứng nhận bồi dưỡng CĐS báo chí",
  ],
  digital_platforms: [
    "Phân phối nội dung trên nền tảng số (ưu tiên nền tảng Việt Nam)",
    "Có kênh phát hành nội dung trên các nền tảng số trong nước",
    "Nội dung báo chí đã được đưa lên mạng xã hội, ứng dụng số",
    "Hiện diện trên nền tảng số (Zalo, YouTube, TikTok, ứng dụng riêng)",
  ],
  ai_data_platform: [
    "Ứng dụng AI và nền tảng dữ liệu tập trung trong hoạt động tòa soạn",
    "Sử dụng nền tảng phân tích dữ liệu tổng hợp có trí tuệ nhân tạo",
    "Nền tảng dữ liệu tập trung ứng dụng AI (phân tích bạn đọc, xử lý dữ liệu)",
    "Đã ứng dụng TTNT, phân tích dữ liệu lớn để tối ưu hoạt động",
  ],
  converged_newsroom: [
    "Vận hành theo mô hình tòa soạn hội tụ, đa phương tiện",
    "Quy trình sản xuất tin bài theo tòa soạn hội tụ (một đầu vào, nhiều đầu ra)",
    "Mô hình newsroom hội tụ đã đi vào vận hành",
    "Tòa soạn đa phương tiện hội tụ đi vào hoạt động",
  ],
  autonomous: [
    "Mức độ tự chủ: tự bảo đảm toàn bộ chi thường xuyên",
    "Đơn vị tự chủ về tài chính theo Nghị định 60/2021/NĐ-CP",
    "Đã được giao quyền tự chủ tài chính",
    "Thực hiện tự chủ chi thường xuyên theo phương án được duyệt",
  ],
  security_level: [
    "Cấp độ an toàn HTTT đã được phê duyệt",
    "Hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ",
    "Cấp độ bảo đảm an toàn hệ thống thông tin (theo NĐ 85/2016)",
    "ATTT: cấp độ hệ thống đã xác định",
  ],
  licensed: [
    "Hồ sơ đề nghị cấp lại giấy phép tạp chí đã được chấp thuận",
    "Giấy phép hoạt động báo chí in (cấp lại)",
    "Được Bộ cấp lại giấy phép xuất bản tạp chí",
    "Cấp phép lại cho Tạp chí theo quy hoạch báo chí",
  ],
  remote_population_total: [
    "Dân số các xã khu vực III, xã biên giới của tỉnh",
    "Tổng số dân khu vực vùng sâu, vùng xa (người)",
    "Số nhân khẩu vùng đặc biệt khó khăn, vùng biên",
    "Dân số thuộc địa bàn vùng sâu, vùng xa trên toàn tỉnh",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, vùng xa xem, nghe, đọc được ít nhất một loại hình báo chí tỉnh",
    "Người dân vùng sâu vùng xa được tiếp cận báo chí địa phương",
    "Số dân được phủ sóng, phát hành báo chí tỉnh ở vùng sâu, vùng xa",
    "Trong số đó: dân được tiếp cận thông tin báo chí tỉnh",
  ],
};

/** Short column or log headers (typed in a hurry). */
export const B5_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin bài NVCT mới", "SL tin-bài chính trị", "Tin, bài CT (mới)"],
  revenue: ["DThu cả năm", "Thu SN & DV (trđ)", "Doanh thu (mọi nguồn)"],
  staff_total: ["Tổng quân số", "NS hiện có (ng)", "Tổng CB-VC-NLĐ"],
  staff_trained: ["Người đã học CĐS", "Đã qua tập huấn số", "Số người có CN CĐS"],
  digital_platforms: ["Có mặt trên NTS", "Đưa ND lên NTS", "Phân phối qua NTS"],
  ai_data_platform: ["Dữ liệu TT + TTNT", "AI/dữ liệu tập trung", "Dùng nền tảng AI?"],
  converged_newsroom: ["Mô hình TSHT", "TSHT đã chạy", "Hội tụ đa PT"],
  autonomous: ["TC tài chính (Y/N)", "Tự bảo đảm chi TX (C/K)", "Giao tự chủ?"],
  security_level: ["Cấp độ hệ thống đã duyệt", "Cấp độ ATTT duyệt", "HSĐX cấp độ"],
  licensed: ["GP mới của TC", "GP tạp chí (cấp lại)", "Tình trạng GP"],
  remote_population_total: ["Dân số VSVX", "Tổng dân VS-VX", "Số khẩu xã KV III"],
  remote_population_reached: ["Số dân xem/nghe/đọc được", "Số dân được phủ", "Được phủ BC tỉnh"],
};

/** How a unit is named. The province entry names the province-wide figures. */
export const B5_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu, cơ quan ngôn luận của Đảng bộ",
    "BBT Báo Lai Châu (điện tử + in)",
    "Khối Báo in - điện tử Lai Châu",
    "Báo Lai Châu (Tỉnh ủy)",
    "Báo LC (bản in, bản điện tử)",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh và TH Lai Châu",
    "LTV - Đài Phát thanh Truyền hình",
    "Kênh LTV - Đài tỉnh",
    "Đài Truyền hình Lai Châu (LTV)",
    "Đài PT-TH (UBND tỉnh)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ - Hội Văn học Nghệ thuật",
    "TCVN Lai Châu (ấn phẩm in)",
    "Tòa soạn Tạp chí Văn nghệ LC",
    "Ban biên tập Tạp chí Văn nghệ Lai Châu",
  ],
  "tinh-lai-chau": [
    "Số liệu chung cấp tỉnh",
    "Địa bàn tỉnh Lai Châu (số chung)",
    "Sở VHTTDL tổng hợp toàn tỉnh",
    "Các xã VSVX (toàn tỉnh)",
  ],
};

/** The agency formed in 2025 from the newspaper and the radio-TV station (never a plan unit). */
export const B5_MERGED_AGENCY: readonly string[] = [
  "Báo và Phát thanh, Truyền hình Lai Châu",
  "Báo và PT-TH Lai Châu (sau hợp nhất)",
];

/** What each predecessor is called inside the merged agency's workbook. */
export const B5_PREDECESSORS: Readonly<Record<"bao-lai-chau" | "dai-ptth-lai-chau", readonly string[]>> = {
  "bao-lai-chau": ["{a} (trước hợp nhất)", "Khối báo in, điện tử - nguyên {a}"],
  "dai-ptth-lai-chau": ["{a} (trước hợp nhất)", "Khối phát thanh, truyền hình - nguyên {a}"],
};

export const B5_MERGED_TOTALS: readonly string[] = ["Cộng đơn vị hợp nhất", "Toàn cơ quan sau sáp nhập"];

export type B5DecoyValue = "near" | "percent" | "small" | "large";

/** A row that reads like an input and is not one. `near`: the input whose numbers it resembles. */
export type B5Decoy = {
  near: string;
  texts: readonly string[];
  measure: string;
  value: B5DecoyValue;
};

export const B5_DECOYS: readonly B5Decoy[] = [
  {
    near: "political_articles",
    texts: [
      "Tin, bài cộng tác viên gửi đến (chưa sử dụng)",
      "Tin, bài khai thác, đăng lại từ báo Trung ương",
    ],
    measure: "tin, bài",
    value: "near",
  },
  {
    near: "political_articles",
    texts: ["Số chuyên trang, chuyên mục tuyên truyền chính trị", "Số kỳ phát sóng chuyên mục chính trị"],
    measure: "chuyên mục",
    value: "small",
  },
  {
    near: "revenue",
    texts: [
      "Kinh phí NSNN cấp bù, hỗ trợ hoạt động thường xuyên",
      "Dự toán ngân sách nhà nước giao trong năm",
    ],
    measure: "triệu đồng",
    value: "near",
  },
  {
    near: "revenue",
    texts: ["Mức tăng doanh thu so với năm gốc", "Tốc độ tăng nguồn thu so năm trước"],
    measure: "%",
    value: "percent",
  },
  {
    near: "staff_trained",
    texts: ["Số lượt người tham gia tập huấn CĐS", "Lượt CB, PV dự hội thảo về báo chí số"],
    measure: "lượt",
    value: "large",
  },
  {
    near: "staff_trained",
    texts: ["Tỷ lệ CB, PV, BTV đã được bồi dưỡng CĐS", "Tỷ lệ nhân sự có kỹ năng số đạt"],
    measure: "%",
    value: "percent",
  },
  {
    near: "staff_total",
    texts: ["Số hội viên Hội Nhà báo đang công tác tại cơ quan", "Cộng tác viên thường xuyên có hợp đồng"],
    measure: "người",
    value: "near",
  },
  {
    near: "remote_population_reached",
    texts: [
      "Số hộ vùng sâu được hỗ trợ đầu thu truyền hình số",
      "Số bản báo cấp không thu tiền cho vùng ĐBKK",
    ],
    measure: "hộ",
    value: "large",
  },
  {
    near: "digital_platforms",
    texts: ["Số kênh, tài khoản trên mạng xã hội đang vận hành", "Lượt xem, nghe trên nền tảng số (nghìn)"],
    measure: "kênh",
    value: "small",
  },
  {
    near: "security_level",
    texts: ["Số hệ thống thông tin đang vận hành tại đơn vị", "Số lần diễn tập ứng cứu sự cố ATTT"],
    measure: "hệ thống",
    value: "small",
  },
];

/** Units written after a label. */
export const B5_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tin/bài)", "- đơn vị: tin, bài", "[tin,bài]"],
  revenue: ["(ĐVT: tr.đồng)", "- triệu VNĐ", "[trđ]"],
  count: ["(người)", "- đơn vị: người", "[ng]"],
  "yes-no": ["(có/chưa)", "- đánh dấu có/chưa", "[C/K]"],
  level: ["(cấp độ)", "- ghi cấp độ", "[cấp]"],
};

/** The ĐVT column. */
export const B5_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin-bài", "tin/bài", "Tác phẩm"],
  revenue: ["Trđ", "Tr. đồng", "Triệu VNĐ"],
  count: ["Người", "ng", "Người (CB)"],
  "yes-no": ["Có/Chưa", "C/K", "Đánh dấu"],
  level: ["Cấp", "Cấp độ (1-5)", "Mức"],
};

/** Number formats that show the unit after a typed number (the value stays a number). */
export const B5_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tin bài"', '#,##0" tin, bài"'],
  revenue: ['#,##0" trđ"', '#,##0" tr.đồng"'],
  count: ['#,##0" người"', '#,##0" ng"'],
};

/** Notes with numbers in them (never a value). */
export const B5_NOTES: readonly string[] = [
  "Số ước đến hết 31/12/{y}, sẽ cập nhật khi quyết toán",
  "Trong đó {n} tin, bài đăng trên nền tảng số",
  "Tăng {p}% so với cùng kỳ năm trước",
  "Đã trừ {n} tin bài phát lại",
  "Theo báo cáo tài chính 9 tháng năm {y}",
  "Số liệu lấy từ phần mềm quản lý tòa soạn ngày 15/11/{y}",
];

/** Plan/target column headers ({y}: year). */
export const B5_PLAN_HEADERS: readonly string[] = ["KH giao {y}", "Kế hoạch năm {y}", "Mục tiêu {y}"];

/** Part-of-year column headers ({y}: year). */
export const B5_PARTIAL_HEADERS: readonly string[] = [
  "9 tháng đầu năm {y}",
  "Lũy kế đến 30/9/{y}",
  "6 tháng năm {y}",
];

/** Headers of the year a value belongs to in a relative-period export. */
export const B5_PERIOD_HEADERS = {
  previous: ["Kỳ trước", "Cùng kỳ năm trước"],
  current: ["Kỳ báo cáo", "Kỳ này"],
  base: ["Số liệu năm gốc", "Giá trị năm gốc"],
} as const;

/** Yes/no words this split's authors use (every pair is read as yes/no by the value reader). */
export const B5_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã vận hành", "Chưa vận hành"],
  ["Đã đáp ứng", "Chưa đáp ứng"],
  ["Đã xây dựng", "Chưa xây dựng"],
  ["✓", "Chưa"],
  ["Có", "Không có"],
];

export const B5_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp giấy phép", "Chưa có giấy phép"],
  ["Đã cấp phép lại", "Chưa cấp lại"],
  ["Đã có quyết định", "Chưa có quyết định"],
];

export const B5_NOT_APPLICABLE: readonly string[] = [
  "Không thuộc đối tượng",
  "Không phải báo điện tử",
  "N/A",
];

/** Security level as words ({n}: the level). */
export const B5_LEVEL_TEXTS: readonly string[] = ["Cấp độ {n}", "Cấp {n}", "Mức {n}"];

/** Who typed a log entry. */
export const B5_CLERKS: readonly string[] = [
  "Văn thư BBT",
  "P. Hành chính - Trị sự",
  "Phòng Kỹ thuật - Công nghệ",
  "Kế toán đơn vị",
  "Thư ký tòa soạn",
];

/** What a superseded log entry says. */
export const B5_SUPERSEDED: readonly string[] = [
  "Nhập nhầm, đã điều chỉnh tại dòng {k}",
  "Số cũ - thay bằng dòng {k}",
  "Hủy, xem số liệu đính chính dòng {k}",
];

/** Remarks that an agency adds as cell comments. */
export const B5_COMMENTS: readonly string[] = [
  "Số cũ gửi lần 1: {n}",
  "Đơn vị đề nghị Sở ghi nhận số đã sửa",
  "Căn cứ sổ theo dõi đến ngày 20/11/{y}",
];

/** Titles of the plan's own target lines, grouping the inputs that measure them. */
export const B5_TARGET_LINES: Readonly<Record<string, string>> = {
  digital_platforms: "67% cơ quan báo chí tỉnh đưa nội dung lên nền tảng số (ưu tiên nền tảng trong nước)",
  ai_data_platform: "67% cơ quan báo chí tỉnh dùng nền tảng phân tích, xử lý dữ liệu tập trung, ứng dụng AI",
  security_level: "100% cơ quan báo chí điện tử đảm bảo an toàn HTTT cấp độ 3 trở lên",
  converged_newsroom: "67% cơ quan báo chí tỉnh vận hành mô hình tòa soạn hội tụ",
  revenue: "Báo Lai Châu, Đài PT-TH tăng doanh thu tối thiểu 20%",
  staff: "100% lãnh đạo, cán bộ, PV, BTV được đào tạo, bồi dưỡng về chuyển đổi số báo chí",
  remote: "Duy trì 100% người dân vùng sâu, vùng xa tiếp cận ít nhất một loại hình báo chí tỉnh",
  political_articles: "Hằng năm tăng 20% số lượng tin, bài mới phục vụ nhiệm vụ chính trị",
  autonomous: "67% cơ quan báo chí tỉnh tự chủ (Báo Lai Châu, Đài PT-TH)",
  licensed: "Cấp phép lại Tạp chí Văn nghệ Lai Châu, hoạt động đúng tôn chỉ chuyên ngành",
};

/** The plan's 2030 target lines (rows that carry no agency figure, only progress words). */
export const B5_TARGET_LINES_2030: readonly string[] = [
  "Đến 2030: 100% cơ quan báo chí tỉnh đưa nội dung lên nền tảng số",
  "Đến 2030: 100% cơ quan báo chí tỉnh dùng nền tảng dữ liệu tập trung, AI",
  "Đến 2030: 100% cơ quan báo chí tỉnh vận hành tòa soạn hội tụ",
];

/** Progress words in the 2030 rows ({y}: a year). */
export const B5_PROGRESS: readonly [string, string] = ["Duy trì, nâng cấp", "Phấn đấu hoàn thành năm {y}"];

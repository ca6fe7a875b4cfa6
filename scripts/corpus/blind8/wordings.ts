/**
 * Every text the "blind8" split shows, written without looking at the detector, its vocabulary or the other splits'
 * lists: how an inspection team's secretary, a donor project's officer, a department accountant, a clerk keeping
 * the focal-point list or a statistician keeping period rows would name the plan's inputs and the agencies.
 * tests/corpusBlind8.test.ts checks that none of these equals a wording the repository already knows or appears in
 * another split's cases.
 */
import type { UnitId } from "../model";

/** Row labels and questions for each input (at least four each). */
export const B8_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Khối lượng tin, bài mới tuyên truyền nhiệm vụ chính trị đã đăng, phát",
    "Tin bài sáng tạo mới phục vụ chính trị, thông tin thiết yếu (đã xuất bản)",
    "Số tác phẩm mới đăng phát về nhiệm vụ chính trị, bảo vệ Tổ quốc",
    "Lượng tin, bài tự làm mới về nhiệm vụ chính trị của địa phương",
    "Tổng tin bài mới (không kể phát lại) về nhiệm vụ chính trị",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp báo chí thực hiện",
    "Nguồn thu từ quảng cáo, đặt hàng, dịch vụ của cơ quan (thực thu)",
    "Số thực thu từ hoạt động sự nghiệp báo chí",
    "Thực thu sự nghiệp (không gồm kinh phí ngân sách cấp)",
    "Doanh thu sự nghiệp báo chí đã thu về",
  ],
  staff_total: [
    "Số người thực tế có mặt cuối kỳ (cả biên chế và hợp đồng)",
    "Lực lượng hiện có của cơ quan báo chí, tính theo người",
    "Tổng lao động đang công tác tại đơn vị cuối năm",
    "Cán bộ, người lao động có mặt thực tế tại cơ quan",
  ],
  staff_trained: [
    "Người đã dự và hoàn thành lớp bồi dưỡng chuyển đổi số báo chí",
    "Số cán bộ, PV, BTV đã được bồi dưỡng nghiệp vụ báo chí số",
    "Nhân lực được trang bị kiến thức, kỹ năng CĐS báo chí (người)",
    "Số người có chứng nhận bồi dưỡng chuyển đổi số báo chí",
  ],
  digital_platforms: [
    "Phân phối nội dung báo chí qua nền tảng số trong nước",
    "Nội dung của cơ quan có mặt trên các nền tảng số (ưu tiên trong nước)",
    "Xuất bản nội dung trên nền tảng số",
    "Đưa sản phẩm báo chí lên các nền tảng số, mạng xã hội Việt",
  ],
  ai_data_platform: [
    "Vận hành nền tảng dữ liệu tổng hợp tập trung có ứng dụng AI",
    "Hệ thống xử lý dữ liệu tập trung tích hợp trí tuệ nhân tạo",
    "Đã đưa vào dùng nền tảng phân tích dữ liệu tập trung (AI)",
    "Nền tảng tổng hợp, phân tích dữ liệu tập trung có AI",
  ],
  converged_newsroom: [
    "Vận hành tòa soạn hội tụ (sản xuất một lần, phát hành đa nền tảng)",
    "Tổ chức sản xuất theo tòa soạn hội tụ, đa nền tảng",
    "Hoạt động theo mô hình tòa soạn hội tụ, cơ quan truyền thông đa phương tiện",
    "Áp dụng tòa soạn hội tụ trong sản xuất nội dung",
  ],
  autonomous: [
    "Tự bảo đảm toàn bộ chi thường xuyên theo phương án tự chủ được duyệt",
    "Phương án tự chủ tài chính: tự bảo đảm chi thường xuyên",
    "Mức tự chủ: tự lo chi thường xuyên",
    "Đơn vị tự bảo đảm chi thường xuyên (theo quyết định giao tự chủ)",
  ],
  security_level: [
    "Cấp độ an toàn thông tin được phê duyệt cho hệ thống báo điện tử, cổng TTĐT",
    "Hồ sơ đề xuất cấp độ ATTT đã duyệt cho hệ thống điện tử",
    "Mức cấp độ an toàn HTTT của trang báo/cổng điện tử",
    "Hệ thống báo điện tử, cổng TTĐT đạt cấp độ an toàn thông tin",
  ],
  licensed: [
    "Tạp chí Văn nghệ được cấp lại giấy phép xuất bản bản in",
    "Giấy phép hoạt động tạp chí in sau khi đề nghị cấp lại",
    "Hồ sơ cấp lại giấy phép tạp chí in: kết quả",
    "Cấp lại giấy phép tạp chí in (Hội VHNT)",
  ],
  remote_population_total: [
    "Số dân sinh sống ở vùng sâu, vùng xa, khu vực biên giới",
    "Dân số các xã vùng sâu, vùng xa và biên giới (người)",
    "Tổng số người dân thuộc vùng sâu, vùng xa, biên giới",
    "Dân cư vùng sâu, vùng xa, biên giới trên địa bàn tỉnh",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, vùng xa, biên giới được tiếp cận báo chí của tỉnh",
    "Người dân vùng sâu, biên giới tiếp cận ít nhất một loại hình báo chí tỉnh",
    "Dân số vùng sâu, vùng xa được phủ thông tin báo chí của tỉnh",
    "Người dân vùng khó khăn đã tiếp cận báo chí địa phương",
  ],
};

/** Column and table headers (at least three each). */
export const B8_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tin bài mới NVCT đã đăng phát",
    "Lượng TB chính trị mới",
    "TB mới phục vụ NVCT (cái)",
  ],
  revenue: ["Thực thu sự nghiệp", "Nguồn thu sự nghiệp (tr.đồng)", "Thực thu báo chí"],
  staff_total: ["Lao động có mặt cuối kỳ", "Tổng lao động thực tế", "Người có mặt thực tế"],
  staff_trained: ["Đã bồi dưỡng CĐS báo chí", "Người có chứng nhận CĐS", "Đã dự lớp CĐS báo chí"],
  digital_platforms: ["Phân phối qua NT số", "Xuất bản trên NT số", "Có nội dung trên NT số VN"],
  ai_data_platform: [
    "NT dữ liệu tập trung có AI",
    "PT dữ liệu tập trung ứng dụng AI",
    "Xử lý DL tập trung + AI",
  ],
  converged_newsroom: ["Tòa soạn hội tụ đã vận hành", "Sản xuất hội tụ đa nền tảng", "TS hội tụ (có/chưa)"],
  autonomous: ["Đơn vị tự lo toàn bộ CTX", "Phương án tự chủ CTX", "Mức tự chủ được duyệt"],
  security_level: ["Cấp độ ATTT đã phê duyệt", "Cấp độ an toàn HT điện tử", "ATTT hệ thống (cấp độ)"],
  licensed: ["GP tạp chí in (cấp lại)", "Kết quả cấp lại GP in", "Cấp lại GP xuất bản in"],
  remote_population_total: [
    "Tổng dân VS-VX-BG (người)",
    "Dân cư vùng khó khăn",
    "Số dân vùng sâu, biên giới",
  ],
  remote_population_reached: [
    "Dân VS-VX-BG tiếp cận BC",
    "Đã tiếp cận BC tỉnh (người)",
    "Dân được phủ thông tin BC",
  ],
};

/** How the agencies (and the province) are named (at least four each). */
export const B8_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Tòa soạn Báo Lai Châu (Tỉnh ủy)",
    "Báo Lai Châu - báo in, báo điện tử",
    "Báo Lai Châu (báo Đảng của tỉnh)",
    "Báo tỉnh Lai Châu (cơ quan Đảng bộ tỉnh)",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh và Truyền hình tỉnh Lai Châu (UBND tỉnh)",
    "Đài PTTH Lai Châu - kênh LTV",
    "Cơ quan Đài PT-TH tỉnh Lai Châu",
    "Đài tỉnh Lai Châu (phát thanh, truyền hình)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ Lai Châu (Hội VHNT tỉnh)",
    "Tòa soạn Tạp chí Văn nghệ Lai Châu",
    "Tạp chí VNLC trực thuộc Hội VHNT tỉnh",
    "Cơ quan Tạp chí Văn nghệ tỉnh Lai Châu",
  ],
  "tinh-lai-chau": [
    "Vùng sâu, vùng xa, biên giới tỉnh Lai Châu (số liệu chung)",
    "Số liệu chung của tỉnh về vùng sâu, biên giới",
    "Khu vực vùng sâu, xa và biên giới toàn tỉnh Lai Châu",
    "Toàn tỉnh Lai Châu (địa bàn khó khăn)",
  ],
};

/** English names for the bilingual report (donor projects). */
export const B8_ENGLISH_INPUTS: Readonly<Record<string, string>> = {
  political_articles: "New political-task news items produced",
  revenue: "Press revenue collected (VND million)",
  staff_total: "Staff on payroll at year end (persons)",
  staff_trained: "Staff trained in press digital transformation",
  digital_platforms: "Content distributed on digital platforms",
  ai_data_platform: "Centralised data platform with AI in use",
  converged_newsroom: "Converged newsroom in operation",
  autonomous: "Financially self-reliant for recurrent spending",
  security_level: "Approved information security level",
  licensed: "Print magazine licence renewed",
  remote_population_total: "Population of remote and border areas",
  remote_population_reached: "Remote-area residents reached by provincial press",
};
export const B8_ENGLISH_AGENCIES: Readonly<Record<UnitId, string>> = {
  "bao-lai-chau": "Lai Chau Provincial Newspaper",
  "dai-ptth-lai-chau": "Lai Chau Radio and Television Station",
  "tap-chi-van-nghe-lai-chau": "Lai Chau Arts and Literature Review",
  "tinh-lai-chau": "Lai Chau province (remote and border areas)",
};

/** A near-miss row: a figure of the same kind beside the real one, never a plan input. */
export type B8Decoy = {
  texts: readonly string[];
  measure: string;
  /** The input whose value it sits near, and how far (a factor range). */
  near: string;
  scale: readonly [number, number];
};

export const B8_DECOYS: readonly B8Decoy[] = [
  {
    texts: [
      "Tin bài dịch sang tiếng Mông, tiếng Thái phát lại",
      "Tin bài phát lại bằng tiếng dân tộc thiểu số",
    ],
    measure: "Tin/bài",
    near: "political_articles",
    scale: [0.2, 0.5],
  },
  {
    texts: ["Tin bài cộng tác viên cơ sở gửi về (chưa biên tập)", "Bản tin cơ sở nhận qua hộp thư cộng tác"],
    measure: "Tin/bài",
    near: "political_articles",
    scale: [0.3, 0.7],
  },
  {
    texts: ["Kinh phí đặt hàng do ngân sách tỉnh bố trí", "Dự toán ngân sách giao đầu năm cho đơn vị"],
    measure: "Tr.đồng",
    near: "revenue",
    scale: [1.2, 2.0],
  },
  {
    texts: ["Chi tiền lương và các khoản đóng góp theo lương", "Chi mua sắm trang thiết bị kỹ thuật số"],
    measure: "Tr.đồng",
    near: "revenue",
    scale: [0.3, 0.8],
  },
  {
    texts: ["Chỉ tiêu biên chế được giao năm nay", "Số lượng người làm việc được giao theo đề án"],
    measure: "Người",
    near: "staff_total",
    scale: [1.05, 1.3],
  },
  {
    texts: [
      "Lượt người tham gia hội thảo, tọa đàm về chuyển đổi số",
      "Lượt cử người đi học tại Học viện Báo chí",
    ],
    measure: "Lượt",
    near: "staff_trained",
    scale: [1.4, 2.4],
  },
  {
    texts: ["Số bản, thôn vùng sâu chưa có sóng di động", "Số hộ dân vùng biên được cấp thiết bị thu"],
    measure: "Bản/hộ",
    near: "remote_population_total",
    scale: [0.01, 0.06],
  },
  {
    texts: [
      "Lượt xem video trung bình trên nền tảng số (nghìn)",
      "Số tài khoản đăng ký nhận bản tin điện tử",
    ],
    measure: "Nghìn lượt",
    near: "staff_total",
    scale: [3, 9],
  },
];

/** The unit written inside a label. */
export const B8_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(đơn vị tính: tin bài)", "[tin, bài]", "(cái)"],
  money: ["(đơn vị: tr.đồng)", "[triệu đồng]", "(ĐVT: triệu)"],
  count: ["(đơn vị tính: người)", "[người]"],
  "yes-no": ["(có hay chưa)", "[đã/chưa thực hiện]"],
  level: ["(ghi số cấp độ)", "[cấp độ]"],
};

/** The ĐVT column. */
export const B8_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin bài", "Cái", "TB"],
  money: ["Tr.đồng", "Triệu đồng", "trđ"],
  count: ["Người", "Ng"],
  "yes-no": ["Có/Chưa", "Đã/Chưa thực hiện"],
  level: ["Cấp độ (1-5)", "Cấp"],
};

/** Number formats that carry the unit ("1.245 tin bài" shown, 1245 stored). */
export const B8_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tin, bài"', '#,##0" TB"'],
  money: ['#,##0" trđ"', '#,##0" tr.đồng"'],
  count: ['#,##0" lao động"', '#,##0" ng"'],
};

export const B8_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã thực hiện xong", "Chưa thực hiện được"],
  ["Có, đang vận hành", "Chưa có, chưa vận hành"],
  ["Đã triển khai xong", "Chưa bắt đầu"],
  ["Đã có", "Chưa có"],
];
export const B8_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp lại giấy phép", "Chưa cấp lại giấy phép"],
  ["Đã được cấp lại GP", "Chưa được cấp lại GP"],
];
export const B8_NOT_APPLICABLE: readonly string[] = [
  "Không thuộc đối tượng",
  "Không áp dụng (tạp chí in)",
  "K/AD",
];
export const B8_LEVEL_TEXTS: readonly string[] = ["Mức {n}", "CẤP {n}"];
/** Autonomy said as such. */
export const B8_AUTONOMY: readonly [string, string] = [
  "Đã tự chủ chi thường xuyên",
  "Chưa tự chủ chi thường xuyên",
];

/** Target columns (a plan figure, never the actual). */
export const B8_PLAN_HEADERS: readonly string[] = [
  "KH giao năm {y}",
  "Kế hoạch được giao {y}",
  "Mục tiêu năm {y}",
];
/** Part-of-year columns. */
export const B8_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 6 tháng {y}",
  "Đến hết tháng 9/{y}",
  "Ước 10 tháng {y}",
];

/** Notes with numbers in them ({p} a percent, {n} a count, {y} a year). */
export const B8_NOTES: readonly string[] = [
  "Số liệu chốt ngày 15/11/{y}; còn {n} tin chờ duyệt",
  "Giảm {p}% do cắt giảm đặt hàng",
  "Có {n} sản phẩm đa phương tiện trong số này",
  "Đối chiếu sổ kế toán: lệch {n} triệu do hạch toán chậm",
  "Bằng {p}% năm trước",
];

/** The inspection minutes: the agency's own figure and the inspectors' (the inspectors' is the value). */
export const B8_INSPECTION_HEADERS = {
  self: ["Đơn vị tự báo cáo", "Số liệu đơn vị kê khai", "Theo báo cáo của cơ quan"],
  verified: ["Đoàn kiểm tra xác định", "Số liệu sau kiểm tra", "Kết quả kiểm tra thực tế"],
  diff: ["Lệch so với kê khai", "Sai lệch (+/-)"],
} as const;
/** Remarks on a row of the minutes ({n} a number that is not the value). */
export const B8_INSPECTION_REMARKS: readonly string[] = [
  "Đơn vị tính trùng {n} tin bài đăng lại",
  "Chưa có hồ sơ chứng minh {n} sản phẩm",
  "Khớp sổ sách",
  "Kiểm tra trên phần mềm quản lý nội dung",
  "Loại {n} hợp đồng chưa thanh toán",
];

/** The correction sheet: first report, corrected figure, reason. */
export const B8_CORRECTION_HEADERS = {
  old: ["Số đã báo cáo (lần 1)", "Số liệu gửi ngày 20/10", "Số liệu cũ"],
  fixed: ["Số liệu điều chỉnh", "Số sau điều chỉnh", "Đề nghị sửa thành"],
  reason: ["Lý do điều chỉnh", "Giải trình của đơn vị"],
} as const;
export const B8_CORRECTION_REASONS: readonly string[] = [
  "Nhầm số của năm trước",
  "Cộng thiếu số liệu quý IV",
  "Tính cả tin bài phát lại, nay loại ra",
  "Theo quyết toán đã được duyệt",
  "Nhập sai dòng",
];
/** The note that tells a reader unchanged rows keep the first figure. */
export const B8_CORRECTION_RULE: readonly string[] = [
  "Ghi chú: chỉ tiêu không ghi số điều chỉnh thì giữ nguyên số đã báo cáo.",
  "Các dòng để trống cột điều chỉnh: số liệu lần 1 vẫn đúng.",
];

/** The bilingual report's column headers ({y} a year). */
export const B8_BILINGUAL_HEADERS = {
  baseline: "Năm gốc 2020 / Baseline 2020",
  year: "Thực hiện {y} / Actual {y}",
  target: ["Mục tiêu dự án / Project target", "Kế hoạch dự án / Project plan"],
  remarks: "Ghi chú / Remarks",
} as const;
/** Rows of the bilingual report that convert or add donor money (never the revenue). */
export const B8_USD_ROWS: readonly string[] = [
  "Doanh thu quy đổi ra USD / Revenue in USD equivalent",
  "Kinh phí dự án hỗ trợ (USD) / Project grant disbursed (USD)",
];

/** The settlement sheet: estimate, settlements. */
export const B8_BUDGET_HEADERS = {
  estimate: ["Dự toán được giao {y}", "Dự toán năm {y}"],
  settled: ["Quyết toán {y}", "Số quyết toán năm {y}"],
} as const;
/** Parts of the revenue in the settlement sheet. */
export const B8_REVENUE_PARTS: readonly string[] = [
  "Thu quảng cáo, tài trợ",
  "Thu đặt hàng tuyên truyền",
  "Thu dịch vụ, liên kết sản xuất",
];

/** The focal-point list: people's columns (never a plan input). */
export const B8_CONTACT_HEADERS: readonly string[] = [
  "Họ và tên đầu mối",
  "Năm sinh",
  "Chức vụ",
  "Điện thoại di động",
  "Email công vụ",
];
export const B8_PEOPLE: readonly string[] = [
  "Lò Văn Thắng",
  "Tao Thị Hương",
  "Nguyễn Minh Đức",
  "Giàng A Sử",
  "Hoàng Thị Liên",
  "Vàng Văn Pao",
  "Trần Quốc Khánh",
  "Lường Thị Bích",
];
export const B8_POSTS: readonly string[] = [
  "Phó Tổng biên tập",
  "Trưởng phòng Điện tử",
  "Phó Giám đốc",
  "Thư ký tòa soạn",
  "Kỹ thuật viên",
];

/** Relative reporting periods ("Kỳ báo cáo"): the year they stand for, or a part/target (never a value). */
export const B8_PERIODS = {
  current: ["Năm nay", "Năm báo cáo"],
  previous: ["Năm kề trước", "Năm liền trước"],
  twoBack: ["Hai năm trước", "Năm trước nữa"],
  half: ["6 tháng đầu năm nay", "Sáu tháng năm nay"],
  target: ["Kế hoạch năm nay", "KH năm nay"],
} as const;

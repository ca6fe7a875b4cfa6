/**
 * Every word the blind4 split writes: input labels, short column headers, agency names, measures, value words,
 * plan / part-of-year / previous-year headers, near-miss rows, notes and cover titles. Written from the plan's
 * text and the way provincial agencies word their reports, without looking at the detector or at any other
 * split's wordings (tests/corpusBlind4.test.ts compares them in code: none may equal or leak into another).
 */
import type { UnitId } from "../model";

/** Row labels of each plan input (no plan words in them: "kế hoạch", "KH", "mục tiêu"). */
export const B4_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Lượng tác phẩm báo chí tuyên truyền nhiệm vụ chính trị của địa phương",
    "Tin, bài, phóng sự phản ánh nhiệm vụ chính trị được xuất bản, phát sóng",
    "SO TAC PHAM TUYEN TRUYEN NHIEM VU CHINH TRI",
    "Sản phẩm báo chí phục vụ các nhiệm vụ chính trị trọng tâm (tin + bài)",
    "Số tin, bày phục vụ nhiệm vụ chánh trị đã đăng phát",
  ],
  revenue: [
    "Tổng nguồn thu từ hoạt động dịch vụ, quảng cáo, liên kết",
    "Doanh thu sự nghiệp (quảng cáo, tài trợ, phát hành)",
    "Thu từ hoạt động báo chí và dịch vụ (tổng cộng)",
    "DOANH THU THUẦN TỪ HOẠT ĐỘNG KINH TẾ BÁO CHÍ",
    "Tổng doanh thu tư quảng cáo, dich vụ, phát hành",
  ],
  staff_total: [
    "Tổng biên chế và hợp đồng (lãnh đạo, PV, BTV, kỹ thuật viên)",
    "Số người hiện đang công tác tại tòa soạn, đài",
    "Đội ngũ cán bộ, phóng viên, biên tập viên hiện có",
    "Tổng số CB, PV, BTV, KTV của đơn vị",
  ],
  staff_trained: [
    "Số CB, PV, BTV đã qua tập huấn kỹ năng số",
    "Nhân sự được bồi dưỡng kiến thức chuyển đổi số báo chí",
    "Số người đã tham gia lớp đào tạo về CĐS báo chí",
    "Lãnh đạo, phóng viên được cập nhật kỹ năng công nghệ số",
  ],
  digital_platforms: [
    "Phân phối nội dung trên các nền tảng số (mạng xã hội, ứng dụng)",
    "Có kênh phát hành nội dung trên nền tảng số",
    "Xuất bản, phát sóng trên môi trường số (website, app, MXH)",
    "Nội dung được đưa lên không gian mạng, nền tảng trực tuyến",
  ],
  ai_data_platform: [
    "Hệ thống phân tích dữ liệu tập trung tích hợp AI",
    "Ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong phân tích công chúng",
    "Nền tảng dữ liệu khán giả dùng công nghệ AI",
    "Sử dụng công cụ AI để phân tích dữ liệu tập trung",
  ],
  converged_newsroom: [
    "Mô hình tòa soạn hội tụ đa phương tiện",
    "Tổ chức sản xuất theo mô hình tòa soạn đa nền tảng, hội tụ",
    "Tòa soạn số hội tụ (newsroom hội tụ)",
    "Vận hành phòng biên tập hội tụ",
  ],
  autonomous: [
    "Cơ chế tự chủ chi thường xuyên của đơn vị",
    "Đơn vị SN công tự đảm bảo toàn bộ chi TX",
    "Áp dụng cơ chế tài chính tự chủ (Nghị định 60)",
    "Mức độ tự chủ tài chính của cơ quan báo chí",
  ],
  security_level: [
    "HTTT của đơn vị đã có quyết định phê duyệt cấp độ",
    "Cấp độ bảo đảm an toàn HTTT đã được xác định",
    "Phân loại cấp độ an toàn thông tin của hệ thống",
    "ATTT hệ thống thông tin - cấp độ được phê duyệt",
  ],
  licensed: [
    "Tình trạng cấp lại giấy phép xuất bản tạp chí",
    "Giấy phép hoạt động báo chí (in) được cấp lại",
    "Hoàn thành thủ tục cấp lại giấy phép tạp chí",
    "Cấp lại GP hoạt động tạp chí văn nghệ",
  ],
  remote_population_total: [
    "Tổng số dân các xã, thôn vùng sâu, vùng xa, biên giới",
    "Dân số khu vực vùng cao, biên giới của tỉnh",
    "Số nhân khẩu vùng sâu, vùng xa và biên giới",
    "Quy mô dân số địa bàn đặc biệt khó khăn, biên giới",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, vùng xa được tiếp cận ít nhất 01 loại hình báo chí",
    "Người dân vùng cao, biên giới nghe, xem, đọc được báo chí của tỉnh",
    "Số nhân khẩu vùng sâu, vùng xa tiếp cận báo chí thiết yếu",
    "Dân số vùng biên giới được phủ sóng, tiếp cận báo chí tỉnh",
  ],
};

/** Column headers (short). */
export const B4_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm NVCT", "SL tin/bài NV chính trị", "Tin-bài TT chính trị"],
  revenue: ["Tổng thu SN (tr.đ)", "DT dịch vụ + QC", "Thu SN+DV (triệu)"],
  staff_total: ["Tổng nhân sự hiện có", "Số CB-PV-BTV", "Lao động toàn cơ quan"],
  staff_trained: ["Đã dự tập huấn số", "Được bồi dưỡng số", "Qua lớp đào tạo CĐS"],
  digital_platforms: ["Phát hành trên NT số", "Có kênh nền tảng số", "Hiện diện trên MT số"],
  ai_data_platform: ["Phân tích DL có AI (hệ thống)", "Công cụ AI + DL tập trung", "Kho DL tập trung + AI"],
  converged_newsroom: ["TS đa PT hội tụ", "Phòng BT hội tụ", "Newsroom hội tụ"],
  autonomous: ["Tự lo chi TX", "Tự đảm bảo KP", "Cơ chế TC tự chủ"],
  security_level: ["Cấp HTTT đã duyệt", "Mức bảo vệ HTTT", "Phân loại ATTT"],
  licensed: ["Giấy phép TC in", "Tái cấp giấy phép", "Giấy phép mới TC"],
  remote_population_total: ["Dân số VS-VX-BG", "Nhân khẩu vùng cao", "Dân cư xã ĐBKK, BG"],
  remote_population_reached: ["Dân nghe-xem-đọc BC tỉnh", "Số dân tiếp cận BC tỉnh", "Dân cư được phủ sóng"],
};

/** New ways of naming each unit: full official names, short names, codes, the governing body, English. */
export const B4_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Cơ quan Báo Đảng bộ tỉnh Lai Châu",
    "Lai Chau Party Newspaper (LCN)",
    "BÁO LC (Tỉnh ủy)",
    "Tòa soạn Báo - cơ quan ngôn luận Đảng bộ LC",
    "Báo in và điện tử Lai Châu",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT và TH Lai Châu (LTV)",
    "Lai Chau Radio & TV Station (LRTV)",
    "Đài LCTV",
    "Đài tỉnh (PT-TH Lai Châu)",
    "Đài PTTH (trực thuộc UBND tỉnh)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VNLC (Hội VHNT)",
    "Lai Chau Journal of Literature & Arts",
    "Ban biên tập Tạp chí Văn nghệ",
    "Tạp chí Văn nghệ (cơ quan của Hội VHNT LC)",
    "Tạp chí thuộc Hội VH-NT Lai Châu",
  ],
  "tinh-lai-chau": [
    "Địa bàn toàn tỉnh Lai Châu",
    "Lai Chau province",
    "Tỉnh LC (số liệu chung)",
    "Chung toàn địa bàn tỉnh",
  ],
};

/** Measures (ĐVT), by input or by kind. */
export const B4_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "tin/bài", "Sản phẩm"],
  count: ["Người", "người", "Ng"],
  money: ["Triệu đ", "Tr. đồng", "triệu VNĐ"],
  "yes-no": ["Có / Chưa", "Đã/Chưa", "(x)"],
  level: ["Cấp", "Cấp độ ATTT", "Mức"],
};

/** Units written inside a label, by input or by kind. */
export const B4_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tác phẩm)", "(tin-bài)", "- ĐV: tin bài"],
  count: ["(người)", "(ng)", "- ĐV: người"],
  money: ["(triệu đ)", "(tr.VNĐ)", "- ĐV: triệu đồng"],
  "yes-no": ["(có/chưa)", "(đã/chưa)", ""],
  level: ["(cấp độ)", "(mức)", ""],
};

export const B4_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Đã thực hiện", "Chưa thực hiện"],
  ["Rồi", "Chưa"],
  ["Có (đã vận hành)", "Không"],
  ["✓", "✗"],
  ["Đã triển khai", "Chưa triển khai"],
];

export const B4_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp phép lại", "Chưa cấp phép"],
  ["Được cấp phép lại", "Chưa được cấp phép"],
  ["Đã có giấy phép mới", "Đang chờ cấp phép"],
];

export const B4_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng",
  "K/áp dụng",
  "N/A",
  "Không thuộc đối tượng",
];

/** Security levels as text ("{n}" is the level). */
export const B4_LEVEL_TEXTS: readonly string[] = ["Cấp độ {n}", "Cấp {n}", "Mức {n}"];

/** Plan / target column or row headers ("{y}" the year); not all use the word "kế hoạch". */
export const B4_PLAN_HEADERS: readonly string[] = [
  "Chỉ tiêu giao {y}",
  "Mục tiêu năm {y}",
  "KH giao {y}",
  "Kế hoạch được giao {y}",
  "Phấn đấu đạt {y}",
  "Chỉ tiêu phấn đấu {y}",
];

/** Part-of-year headers ("{y}" the year). */
export const B4_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 6 tháng {y}",
  "Quý III/{y}",
  "Ước 9 tháng {y}",
  "Tính đến 30/6/{y}",
];

/** "Actual" column words. */
export const B4_ACTUAL_WORDS: readonly string[] = ["TH", "Thực hiện", "Kết quả", "Số thực tế"];

/** A near-miss row: a label close to an input, whose number is not the input's value. */
export type B4Decoy = {
  input: string;
  /** "near": a number near the input's value; "words": a yes/no answer to another question. */
  kind: "near" | "words";
  texts: readonly string[];
};

export const B4_DECOYS: readonly B4Decoy[] = [
  {
    input: "political_articles",
    kind: "near",
    texts: [
      "Tin, bài khai thác lại từ cơ quan báo chí khác (không tính)",
      "Tác phẩm bằng tiếng dân tộc Mông, Thái, Dao",
    ],
  },
  {
    input: "revenue",
    kind: "near",
    texts: [
      "Kinh phí ngân sách nhà nước cấp (không phải doanh thu)",
      "Chi phí hoạt động thường xuyên trong năm",
    ],
  },
  {
    input: "staff_total",
    kind: "near",
    texts: ["Cộng tác viên, hợp đồng thời vụ", "Số biên chế được UBND tỉnh giao"],
  },
  {
    input: "staff_trained",
    kind: "near",
    texts: ["Số lượt đăng ký học chưa hoàn thành khóa", "Lượt người dự hội thảo về công nghệ"],
  },
  {
    input: "digital_platforms",
    kind: "words",
    texts: ["Đề án chuyển đổi số của đơn vị đã được phê duyệt", "Có trang fanpage chính thức đã xác thực"],
  },
  {
    input: "security_level",
    kind: "words",
    texts: ["Hồ sơ đề xuất cấp độ đang trình thẩm định"],
  },
  {
    input: "remote_population_total",
    kind: "near",
    texts: ["Dân số trung bình toàn tỉnh (niên giám thống kê)", "Số hộ vùng cao có máy thu hình"],
  },
];

/** Notes with numbers in them ({p} a percentage, {n} a count, {y} a year); never a value. */
export const B4_NOTES: readonly string[] = [
  "Tăng {p}% so với cùng kỳ năm trước",
  "Trong đó {n} tác phẩm bằng tiếng dân tộc thiểu số",
  "Số liệu tạm tính đến ngày 15/11/{y}",
  "Bình quân {n} lượt truy cập mỗi ngày",
  "Gồm {n} hợp đồng lao động theo vụ việc",
];

export const B4_FOOTNOTES: readonly string[] = [
  "(*) Số liệu năm {y} là số ước thực hiện cả năm",
  "(**) Đơn vị chưa tổng hợp số liệu quý IV/{y}",
  "Nguồn: báo cáo của các cơ quan báo chí gửi Sở, tháng 11/{y}",
];

/** Cover sheet titles ({y} the year). */
export const B4_COVER_TITLES: readonly string[] = [
  "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ CƠ QUAN BÁO CHÍ NĂM {y}",
  "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT THỰC HIỆN KẾ HOẠCH 3414 NĂM {y}",
  "SỐ LIỆU PHỤC VỤ SƠ KẾT CHUYỂN ĐỔI SỐ BÁO CHÍ {y}",
];

/**
 * Every word of the "blind" split, written from the plan text (3414/KH-UBND), the domain notes and the way
 * provincial offices word report rows — without looking at the detector or at any other split's lists. Row
 * labels, agency names, near-miss rows, headers, units and value words. tests/corpusBlind.test.ts checks that
 * none of the row labels, agency names or near-miss rows equals a wording the repository already knows.
 */
import type { UnitId } from "../model";

/** Row labels per plan input: paraphrases, long official phrasing, abbreviations, typos, units inside. */
export const BLIND_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tin, bài, phóng sự mới đăng/phát tuyên truyền NV chính trị",
    "SL tác phẩm báo chí mới (tin/bài) về nhiệm vụ chính trị, TT thiết yếu",
    "Tổng tin bài tự sản xuất phục vụ tuyên truyền chính trị - thiết yếu",
    "Sô tin, bai mới phuc vụ nhiệm vu chính trị (tự SX)",
    "TIN, BÀI TUYÊN TRUYỀN NHIỆM VỤ CHÍNH TRỊ ĐƯỢC XUẤT BẢN MỚI TRONG KỲ",
  ],
  revenue: [
    "Tổng thu từ hoạt động báo chí, dịch vụ (doanh thu)",
    "Doanh thu sự nghiệp & dịch vụ của cơ quan báo chí",
    "Nguồn thu đạt được trong năm, Tr.đ",
    "DT hoạt động báo chí (gồm QC, đặt hàng, dịch vụ khác)",
    "tong doanh thu cua co quan trong nam (trieu dong)",
  ],
  staff_total: [
    "Số CB, PV, BTV, nhân viên hiện có",
    "Tổng biên chế và hợp đồng lao động của cơ quan báo chí",
    "Nhân lực hiện có (cán bộ, phóng viên, biên tập viên, người lao động)",
    "Tổng số người đang làm việc tại cơ quan (người)",
  ],
  staff_trained: [
    "Trong đó: số người đã qua tập huấn, bồi dưỡng về CĐS báo chí",
    "Số lãnh đạo, PV, BTV được bồi dưỡng kỹ năng số",
    "Nhân sự đã được trang bị kiến thức chuyển đổi số báo chí",
    "Trong đó đã dự lớp bồi dưỡng chuyển đổi số (người)",
  ],
  digital_platforms: [
    "Đưa nội dung lên nền tảng số (ưu tiên nền tảng trong nước)",
    "Phân phối tin bài trên các nền tảng số trong nước (Zalo, Lotus, YouTube…)",
    "Có hiện diện nội dung trên nền tảng số/mạng xã hội",
    "Cung cấp sản phẩm báo chí qua nền tảng số",
  ],
  ai_data_platform: [
    "Nền tảng phân tích dữ liệu tập trung có tích hợp trí tuệ nhân tạo",
    "Ứng dụng AI phân tích dữ liệu bạn đọc/khán thính giả",
    "Hệ thống dữ liệu tập trung + AI hỗ trợ tác nghiệp",
    "Sử dụng công cụ AI, dữ liệu lớn trong phân tích công chúng",
  ],
  converged_newsroom: [
    "Vận hành mô hình tòa soạn đa phương tiện hội tụ",
    "Tòa soạn hội tụ (tích hợp in, điện tử, phát thanh, truyền hình)",
    "Đã tổ chức sản xuất theo mô hình tòa soạn số hội tụ",
    "TOA SOAN HOI TU DA NEN TANG",
  ],
  autonomous: [
    "Cơ chế tự chủ tài chính (tự bảo đảm chi thường xuyên)",
    "Đơn vị sự nghiệp tự chủ chi thường xuyên",
    "Thực hiện tự chủ về tài chính theo NĐ 60/2021/NĐ-CP",
    "Mức độ tự chủ: tự đảm bảo chi thường xuyên?",
  ],
  security_level: [
    "Cấp độ an toàn HTTT của trang/báo điện tử",
    "HTTT báo điện tử đã được phê duyệt cấp độ ATTT",
    "Mức độ bảo đảm an toàn hệ thống thông tin (cấp độ đã duyệt)",
    "ATTT mạng - cấp độ hồ sơ đề xuất được phê duyệt",
  ],
  licensed: [
    "Tình trạng giấy phép hoạt động tạp chí (đã cấp lại)",
    "Được cấp lại giấy phép xuất bản tạp chí in",
    "Giấy phép hoạt động báo chí in (cấp lại, điều chỉnh)",
  ],
  remote_population_total: [
    "Dân số khu vực vùng sâu, vùng xa, biên giới",
    "Tổng số dân vùng sâu, vùng xa trên địa bàn",
    "Số nhân khẩu tại các xã vùng sâu, vùng xa, biên giới (người)",
  ],
  remote_population_reached: [
    "Trong đó: số dân được tiếp cận ít nhất 01 loại hình báo chí tỉnh",
    "Người dân vùng sâu, vùng xa tiếp cận được báo chí của tỉnh",
    "Số người dân vùng khó khăn được phủ sóng/nhận báo chí tỉnh",
  ],
};

/** Short column headers for layouts that put inputs across (years down, one sheet per indicator). */
export const BLIND_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin bài NV chính trị (mới)", "Tin/bài tuyên truyền chính trị"],
  revenue: ["Tổng thu (tr.đ)", "Doanh thu cơ quan"],
  staff_total: ["Tổng nhân lực đang có", "Tổng CB-PV-BTV"],
  staff_trained: ["Đã bồi dưỡng CĐS", "Qua tập huấn CĐS"],
  digital_platforms: ["Có ND trên NT số", "Phát hành trên NTS"],
  ai_data_platform: ["Dữ liệu tập trung + AI", "Có nền tảng AI tập trung?"],
  converged_newsroom: ["TS hội tụ", "Tòa soạn hội tụ?"],
  autonomous: ["Tự chủ chi TX", "Tự chủ TC"],
  security_level: ["Cấp ATTT đã duyệt", "Mức ATTT được duyệt"],
  licensed: ["GP cấp lại", "Giấy phép (TC)"],
};

/** Agency (and province) names as offices write them in their own reports. */
export const BLIND_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Đảng bộ tỉnh Lai Châu",
    "Báo Lai Châu (bản in & điện tử)",
    "Báo Lai Châu - Ban Biên tập, trị sự",
    "BAO LAI CHAU - CO QUAN DANG BO",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH tỉnh Lai Châu",
    "Đài Phát thanh - Truyền hình tỉnh LC",
    "Đài PTTH Lai Châu (LTV)",
    "Dai phat thanh truyen hinh LChau",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ thuộc Hội VHNT tỉnh LC",
    "TC Văn nghệ tỉnh Lai Châu (bản in)",
    "Tạp chí VNLC - Hội Văn học Nghệ thuật",
    "Tap chi Van nghe LChau",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh Lai Châu (các xã vùng sâu, vùng xa)",
    "Địa bàn tỉnh - khu vực VSVX",
    "Chung toàn tỉnh (vùng sâu, vùng xa, biên giới)",
  ],
};

/** How a near-miss row's number relates to the real one. */
export type DecoyKind = "near" | "over" | "share" | "growth" | "count" | "big" | "small";

/** A row that reads like a plan input but is something else (never truth). */
export type BlindDecoy = { near: string; texts: readonly string[]; measure: string; kind: DecoyKind };

export const BLIND_DECOYS: readonly BlindDecoy[] = [
  {
    near: "political_articles",
    texts: ["Tin, bài khai thác lại từ nguồn khác", "Tin bài cộng tác viên gửi đến (chưa biên tập)"],
    measure: "Tin/bài",
    kind: "near",
  },
  {
    near: "political_articles",
    texts: ["Lượt nghe, xem trên nền tảng số (lượt)", "Số lượt tương tác trên fanpage"],
    measure: "Lượt",
    kind: "big",
  },
  {
    near: "revenue",
    texts: ["Chi hoạt động thường xuyên trong năm", "Kinh phí NSNN cấp cho cơ quan"],
    measure: "Tr.đồng",
    kind: "near",
  },
  {
    near: "revenue",
    texts: ["Tỷ lệ tăng thu so với năm liền trước (%)"],
    measure: "%",
    kind: "growth",
  },
  {
    near: "staff_total",
    texts: ["Số hội viên có thẻ nhà báo còn hạn", "CTV gửi bài thường xuyên (người)"],
    measure: "Người",
    kind: "near",
  },
  {
    near: "staff_trained",
    texts: ["Tỷ lệ nhân sự đã qua bồi dưỡng CĐS (%)"],
    measure: "%",
    kind: "share",
  },
  {
    near: "staff_trained",
    texts: ["Lượt người dự tập huấn trong năm"],
    measure: "Lượt người",
    kind: "over",
  },
  {
    near: "digital_platforms",
    texts: ["Số nền tảng số đang phát hành nội dung", "Số tài khoản mạng xã hội chính thức"],
    measure: "Nền tảng",
    kind: "count",
  },
  {
    near: "security_level",
    texts: ["Số sự cố mất an toàn thông tin trong năm"],
    measure: "Vụ",
    kind: "small",
  },
  {
    near: "remote_population_total",
    texts: ["Số thôn, bản vùng sâu được phủ sóng PT-TH", "Số xã vùng sâu, vùng xa, biên giới"],
    measure: "Thôn/xã",
    kind: "count",
  },
  {
    near: "remote_population_reached",
    texts: ["Tỷ lệ dân vùng sâu được tiếp cận báo chí (%)"],
    measure: "%",
    kind: "share",
  },
];

/** Section titles of the blind row lists (themes of the plan's section II). */
export const BLIND_THEMES: ReadonlyArray<readonly [titles: readonly string[], inputs: readonly string[]]> = [
  [["Nội dung thông tin phục vụ nhiệm vụ chính trị", "Sản phẩm báo chí"], ["political_articles"]],
  [["Kết quả tài chính, nguồn thu", "Kinh tế báo chí - doanh thu"], ["revenue"]],
  [
    ["Đội ngũ cán bộ, phóng viên", "Nhân lực và bồi dưỡng CĐS"],
    ["staff_total", "staff_trained"],
  ],
  [
    ["Hạ tầng số, nền tảng và ATTT", "Công nghệ, nền tảng số"],
    ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"],
  ],
  [
    ["Cơ chế tài chính, giấy phép", "Tự chủ và cấp phép"],
    ["autonomous", "licensed"],
  ],
  [
    ["Phủ sóng, tiếp cận báo chí vùng sâu, vùng xa", "Người dân VSVX tiếp cận thông tin"],
    ["remote_population_total", "remote_population_reached"],
  ],
];

/** Plan/target column or row headers ({y} = year). */
export const BLIND_PLAN_HEADERS: readonly string[] = [
  "Chỉ tiêu giao {y}",
  "Mức phấn đấu {y}",
  "KH giao {y}",
  "Mục tiêu {y}",
  "Số giao theo KH 3414",
  "Dự kiến {y}",
];

/** Headers over actual figures. */
export const BLIND_ACTUAL_HEADERS: readonly string[] = [
  "Số thực hiện",
  "Kết quả đạt được",
  "Số liệu thực tế",
  "Thực hiện các năm",
];

export const BLIND_YEAR_HEADERS: readonly string[] = [
  "Năm {y}",
  "{y}",
  "N.{y}",
  "TH năm {y}",
  "Năm {y} (TH)",
];

export const BLIND_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(số tin/bài)", "(TP báo chí)", "- tin, bài"],
  count: ["(ng.)", "(số người)", "- người"],
  money: ["(tr. đồng)", "(triệu VNĐ)", "(Tr.VND)"],
  "yes-no": ["(Có/Chưa)", "(có hay không)"],
  level: ["(cấp)", "(cấp độ 1-5)"],
};

export const BLIND_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin/bài", "tin - bài", "Tác phẩm"],
  count: ["Người", "người", "Ng"],
  money: ["Tr.VNĐ", "Triệu", "tr.đ"],
  "yes-no": ["Có/Không", "-", "Đ/C"],
  level: ["Cấp", "Cấp độ"],
};

/** Yes/no words the authors of the blind split use (first yes, then no). */
export const BLIND_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Có", "Không"],
  ["Đã triển khai", "Chưa triển khai"],
  ["Đã có", "Chưa có"],
  ["Đã thực hiện", "Chưa thực hiện"],
  ["Có (đang vận hành)", "Chưa"],
];

export const BLIND_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Chưa được cấp"],
  ["Có", "Chưa"],
];

export const BLIND_NOT_APPLICABLE: readonly string[] = ["Không áp dụng", "Không áp dụng (tạp chí in)"];

/** Notes with numbers in them ({n}, {p}, {y}): never values. */
export const BLIND_NOTES: readonly string[] = [
  "Số liệu ước đến 30/11/{y}, tăng {p}% so với cùng kỳ",
  "Trong đó {n} tin bài đăng trên nền tảng số",
  "Đã trình cấp có thẩm quyền, chờ phê duyệt ({y})",
  "Bao gồm {n} trường hợp hợp đồng vụ việc",
  "Số liệu do phòng Kế toán cung cấp",
];

/** Narrative sentences of the annual report family ({n}, {p}, {y}, {a} = agency). */
export const BLIND_NARRATIVE: readonly string[] = [
  "Năm {y}, {a} tiếp tục đẩy mạnh ứng dụng công nghệ số, nâng tỷ lệ nội dung số lên {p}%, với khoảng {n} lượt truy cập mỗi ngày.",
  "Trong kỳ, đơn vị cử {n} lượt cán bộ tham gia các lớp tập huấn do Bộ, tỉnh tổ chức; chất lượng tin bài từng bước được nâng lên.",
  "Khó khăn: kinh phí đầu tư hạ tầng còn hạn chế, đến nay mới bố trí được khoảng {n} triệu đồng cho CĐS ({p}% nhu cầu).",
  "Phương hướng năm {y}: phấn đấu tăng {p}% số tin bài, hoàn thiện hồ sơ đề xuất cấp độ an toàn thông tin.",
];

/** Names of hidden scratch sheets. */
export const BLIND_SCRATCH_NAMES: readonly string[] = ["Nháp", "tam tinh", "Sheet3", "DL cu", "copy (2)"];

/** File-name stems per unit. */
export const BLIND_FILE_STEMS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BLC", "Bao_LaiChau", "baolaichau"],
  "dai-ptth-lai-chau": ["LTV", "Dai_PT-TH", "daiptth"],
  "tap-chi-van-nghe-lai-chau": ["TCVNLC", "TapChi_VN", "tapchivannghe"],
  "tinh-lai-chau": ["VSVX", "ToanTinh", "vungsau"],
};

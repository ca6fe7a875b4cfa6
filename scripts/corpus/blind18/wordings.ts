/**
 * The blind18 split's own words: how its authors name the plan's inputs, the agencies, the near-miss rows, units,
 * notes and answers. Written without looking at the detector, its vocabulary, the plan's synonym lists or any other
 * split's lists; the guard test (tests/corpusBlind18.test.ts) checks in code that none equals a known wording.
 */
import type { ValueStyle } from "../context";
import type { NearDecoy } from "../listContext";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B18_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tin, bài, phóng sự mới phục vụ nhiệm vụ chính trị của địa phương",
    "SL tác phẩm mới tuyên truyền NV chính trị (tin/bài/PS)",
    "So tin bai moi phuc vu nhiem vu chinh tri tai dia phuong",
    "Lượng tin bài mới đăng, phát phục vụ chính trị - thời sự địa phương",
    "Tác phẩm báo chí mới phục vụ chỉ đạo, điều hành và NVCT",
  ],
  revenue: [
    "Tổng thu hoạt động sự nghiệp và dịch vụ báo chí",
    "Tong thu su nghiep, dich vu cua co quan bao chi",
    "Tổng số thu trong năm (gồm quảng cáo, đặt hàng, liên kết)",
    "Doanh số thu gộp của toàn cơ quan, mọi nguồn",
    "Thu từ hoạt động báo chí và dịch vụ - cộng chung",
  ],
  staff_total: [
    "Lực lượng lãnh đạo, PV, BTV, KTV và nhân viên hiện có",
    "Tổng biên chế cộng hợp đồng tại cơ quan báo chí",
    "Tong nhan su dang cong tac tai don vi bao chi",
    "Số lãnh đạo, viên chức, lao động hợp đồng có mặt đến 31/12",
  ],
  staff_trained: [
    "Số người đã qua lớp bồi dưỡng về chuyển đổi số báo chí",
    "Trong đó: đã được tập huấn CĐS trong lĩnh vực báo chí",
    "So nguoi da hoc ve chuyen doi so bao chi",
    "Lãnh đạo, PV, BTV được cử đi bồi dưỡng kỹ năng báo chí số",
  ],
  digital_platforms: [
    "Phát hành nội dung trên nền tảng số (Zalo OA, YouTube, TikTok...)",
    "Phan phoi tac pham bao chi qua nen tang so noi dia",
    "Có kênh phân phối nội dung trên nền tảng số trong nước",
    "Nội dung báo chí đã có mặt trên các nền tảng số",
  ],
  ai_data_platform: [
    "Dùng nền tảng dữ liệu tập trung có trí tuệ nhân tạo để phân tích",
    "Co nen tang du lieu tap trung, phan tich bang AI (tri tue nhan tao)",
    "Ứng dụng AI phân tích dữ liệu bạn đọc, khán thính giả trên nền tảng tập trung",
    "Có hệ thống dữ liệu tập trung tích hợp AI",
  ],
  converged_newsroom: [
    "Tòa soạn, đài đã vận hành theo mô hình hội tụ",
    "Toa soan hoi tu da duoc van hanh",
    "Sản xuất nội dung theo quy trình tòa soạn hội tụ đa nền tảng",
    "Mô hình tổ chức tòa soạn hội tụ (đã áp dụng hay chưa)",
  ],
  autonomous: [
    "Đơn vị tự bảo đảm chi thường xuyên (tự chủ tài chính)",
    "Tu chu - da tu lo 100% chi TX",
    "Được giao quyền tự chủ tài chính (nhóm 2 trở lên)",
    "Cơ chế tự chủ tài chính của cơ quan báo chí hiện nay",
  ],
  security_level: [
    "Cấp độ ATTT hệ thống thông tin đã được phê duyệt (1-5)",
    "Cap do an toan HTTT chinh duoc phe duyet",
    "HTTT chính của cơ quan được phê duyệt ở cấp độ",
    "Mức cấp độ bảo đảm an toàn hệ thống thông tin theo HSĐX",
  ],
  licensed: [
    "Tạp chí được Bộ cấp lại GPHĐ",
    "TC da nhan GP hoat dong cap lai chua",
    "Cấp lại giấy phép cho tạp chí in (kết quả)",
    "Giấy phép hoạt động mới của Tạp chí đã có",
  ],
  remote_population_total: [
    "Tổng dân số các xã, thôn bản vùng sâu, vùng xa, biên giới",
    "Tong nhan khau cac ban vung sau, vung xa, bien gioi",
    "Số dân thuộc khu vực vùng sâu, vùng xa toàn tỉnh",
    "Dân số vùng sâu, xa, biên giới trên địa bàn",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, vùng xa tiếp cận được ít nhất 01 loại hình báo chí tỉnh",
    "Trong đó: số người tiếp cận được báo chí của tỉnh",
    "So dan vung sau, vung xa duoc tiep can bao chi tinh",
    "Người dân vùng sâu, xa, biên giới được đọc, nghe, xem báo chí tỉnh",
  ],
};

/** Short column headers (log columns, cluster tables). */
export const B18_SHORT_HEADERS: ByInput = {
  political_articles: ["TB mới phục vụ NVCT (SL)", "SL tác phẩm chính trị", "Tin/bài chính trị mới"],
  revenue: ["Tổng thu cả năm (Tr.đ)", "Thu SN&DV (triệu)", "Doanh thu gộp (trđ)"],
  staff_total: ["Số nhân lực có mặt 31/12", "Tổng LĐ hiện có", "Tổng người đang công tác"],
  staff_trained: ["Đã học CĐS báo chí", "Số đã bồi dưỡng số", "SL đã dự lớp CĐS-BC"],
  digital_platforms: ["Đã lên các NT số chưa", "Có kênh trên NTS", "Phát ND qua NTS"],
  ai_data_platform: ["Dữ liệu TT + AI", "NT dữ liệu AI?", "PT dữ liệu có dùng AI"],
  converged_newsroom: ["Đã có TS hội tụ chưa", "TS hội tụ: có/chưa", "Mô hình hội tụ?"],
  autonomous: ["Tự chủ tài chính: đã/chưa", "ĐV tự bảo đảm chi TX", "Tự chủ (có/chưa)"],
  security_level: ["HSĐX cấp độ được duyệt", "ATTT - cấp độ", "Mức ATTT HSĐX đã duyệt"],
  licensed: ["Tạp chí có GP mới chưa", "Tình hình cấp lại GP tạp chí", "GP hoạt động (đã cấp lại)"],
  remote_population_total: ["Nhân khẩu VSVX, BG", "Tổng dân vùng sâu xa", "Dân VS,VX (người)"],
  remote_population_reached: [
    "Nhân khẩu VSVX được phủ BC",
    "Số người được phủ BC tỉnh",
    "Số tiếp cận ≥ 01 loại hình BC tỉnh",
  ],
};

export const B18_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo LaiChâu (Tỉnh ủy)",
    "Tờ Báo Lai Châu",
    "Bao Lai Chau - co quan Tinh uy",
    "Cơ quan ngôn luận Đảng bộ tỉnh LC",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH tỉnh LChâu",
    "Dai PT-TH tinh Lai Chau (LCTV)",
    "Đài Truyền hình Lai Châu (PT-TH)",
    "ĐPTTH Lai Châu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VănNghệ LC",
    "Tap chi Van nghe (Hoi VHNT LC)",
    "Tạp chí của Hội VHNT Lai Châu",
    "T/c Văn nghệ Lai Châu",
  ],
  "tinh-lai-chau": [
    "Toàn bộ địa bàn LChâu",
    "Cả tỉnh Lai Châu",
    "Tinh LChau (toan tinh)",
    "Trên địa bàn cả tỉnh LChâu",
  ],
};

/** Units inside a label, by input or by kind of input. */
export const B18_LABEL_UNITS: ByInput = {
  political_articles: ["(tin/bài/PS)", "(tác phẩm)"],
  count: ["(người)", "(ng)"],
  money: ["(triệu đ)", "(trđ)"],
  "yes-no": ["(có/chưa)", "(Có/Không)"],
  level: ["(cấp)", "(1-5)"],
};

/** The ĐVT column, by input or by kind of input. */
export const B18_MEASURES: ByInput = {
  political_articles: ["Tin/bài", "Tác phẩm"],
  count: ["Người", "ng"],
  money: ["Triệu đ", "Trđ"],
  "yes-no": ["Có/chưa", "Có/Không"],
  level: ["Cấp", "Cấp độ"],
};

/** Remarks with numbers in them ({p} a percentage, {n} a number, {y} the year): never a value. */
export const B18_NOTES: readonly string[] = [
  "Số liệu chốt ngày 20/11/{y}, tăng {p}% so cùng kỳ",
  "Chưa gồm {n} tin bài đăng lại trên mạng xã hội",
  "Ước tính cho tháng 12/{y} theo bình quân {p}%",
  "Đã trừ {n} tin bài trùng giữa bản in và điện tử",
  "Theo sổ theo dõi của phòng Thư ký tòa soạn, {y}",
];

export const B18_LEVEL_TEXTS: readonly string[] = ["Cấp độ {n}", "cấp {n}", "Mức {n}", "Cap do {n}"];

/** Number formats with a unit after the number ("1.245 tin bài" shown, 1245 stored). */
export const B18_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin bài"', '#,##0" t/b"'],
  money: ['#,##0" tr.đ"', '#,##0" triệu"'],
  count: ['#,##0" người"', '#,##0" ng"'],
};

/** Plan columns ({y} the year). */
export const B18_PLAN_HEADERS: readonly string[] = [
  "Chỉ tiêu KH giao {y}",
  "KH UBND tỉnh giao {y}",
  "Mục tiêu phấn đấu {y}",
];

/** Part-of-year columns ({y} the year). */
export const B18_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 10 tháng/{y}",
  "Số liệu đến 15/10/{y}",
  "Quý I - III/{y}",
];

export const B18_YES_NO: ReadonlyArray<ValueStyle["yesNo"]> = [
  ["Đã vận hành", "Chưa vận hành"],
  ["Có", "Chưa"],
  ["Đã có", "Chưa có"],
  ["✓", "✗"],
  ["Rồi", "Chưa"],
];

export const B18_LICENSE: ReadonlyArray<ValueStyle["license"]> = [
  ["Đã được cấp lại", "Chưa được cấp lại"],
  ["Đã có GP mới", "Đang chờ cấp"],
];

export const B18_NOT_APPLICABLE: ReadonlyArray<ValueStyle["notApplicable"]> = [
  "Không áp dụng",
  "K/áp dụng",
  "Không thuộc đối tượng",
  "Không áp dụng (tạp chí in)",
];

export const B18_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

export const B18_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLChau", "bao_lai_chau_2025", "BLC-TS"],
  "dai-ptth-lai-chau": ["DaiPTTH-LC", "dai_ptth_2025", "DPTTH"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN-LC", "tap_chi_vn_2025", "TCVNLC-HVHNT"],
  "tinh-lai-chau": ["ToanTinh-LC", "vung_sau_xa_2025", "SoVHTTDL"],
};

/** A near-miss row: the input it imitates, the factor range of its figure, and how it is worded. */
export type B18Decoy = NearDecoy & { texts: readonly string[] };

export const B18_DECOYS = {
  allArticles: {
    near: "political_articles",
    scale: [1.4, 2.3],
    texts: [
      "Tổng số tin, bài, ảnh đã đăng phát (mọi chủ đề)",
      "Tong tin bai dang phat ca nam (tat ca chuyen muc)",
    ],
  },
  reposts: {
    near: "political_articles",
    scale: [0.2, 0.5],
    texts: ["Tin bài khai thác, dẫn lại từ nguồn khác", "Tin bài đăng lại trên fanpage, Zalo OA"],
  },
  adRevenue: {
    near: "revenue",
    scale: [0.15, 0.45],
    texts: ["Riêng nguồn thu QC, tài trợ", "Thu quang cao, tai tro (rieng)"],
  },
  stateOrder: {
    near: "revenue",
    scale: [0.35, 0.7],
    texts: ["Kinh phí NS tỉnh đặt hàng tuyên truyền", "Nhà nước đặt hàng - kinh phí được giao"],
  },
  collaborators: {
    near: "staff_total",
    scale: [0.3, 0.8],
    texts: ["Cộng tác viên thường xuyên (ngoài biên chế)", "CTV viết bài, dựng hình thường xuyên"],
  },
  seminar: {
    near: "staff_trained",
    scale: [1.3, 2.4],
    texts: ["Số lượt người dự hội thảo về báo chí số", "Luot nguoi tham du toa dam CDS bao chi"],
  },
  channels: {
    near: "digital_platforms",
    scale: [0.05, 0.15],
    texts: ["Số kênh, tài khoản mạng xã hội đang quản lý", "So kenh/tai khoan MXH cua co quan"],
  },
  households: {
    near: "remote_population_total",
    scale: [0.18, 0.26],
    texts: [
      "Số hộ vùng sâu, vùng xa được hỗ trợ thiết bị nghe nhìn",
      "Ho dan vung sau xa duoc cap radio, tivi",
    ],
  },
  villages: {
    near: "remote_population_reached",
    scale: [0.0006, 0.0012],
    texts: ["Số thôn, bản có loa truyền thanh hoạt động", "Thon ban co cum loa truyen thanh"],
  },
} as const satisfies Readonly<Record<string, B18Decoy>>;

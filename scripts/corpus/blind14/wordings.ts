/**
 * The words of the "blind14" split, written without looking at the detector, its vocabulary or any other split's
 * lists: how officials label each plan input, short headers, agency names, units, yes/no words, plan and
 * part-of-year headers, near-miss rows and notes. The families' fixed texts are in ./texts.ts.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** How officials label each plan input (≥ 4 each, some typed without diacritics). */
export const B14_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tin, bài tuyên truyền nhiệm vụ chính trị của tỉnh",
    "Tin, bài phục vụ nhiệm vụ chính trị, sự kiện trọng đại của địa phương",
    "Sản phẩm báo chí phục vụ nhiệm vụ chính trị (tin, bài, phóng sự, ký sự)",
    "So tin bai tuyen truyen nhiem vu chinh tri dia phuong",
    "Lượng tin bài viết về nhiệm vụ chính trị được xuất bản/phát sóng",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp báo chí thực hiện được trong năm",
    "Doanh thu hoạt động báo chí, in ấn và dịch vụ truyền thông",
    "Tổng thu (quảng cáo, đặt hàng, dịch vụ, liên kết khác)",
    "Tong doanh thu thuc hien trong nam cua co quan",
    "Kết quả thu sự nghiệp (tổng các nguồn)",
  ],
  staff_total: [
    "Tổng số người làm việc tại cơ quan (biên chế + hợp đồng)",
    "Số lãnh đạo, phóng viên, biên tập viên, kỹ thuật viên hiện có",
    "Tổng cán bộ, PV, BTV toàn cơ quan đến thời điểm báo cáo",
    "Nhan su hien co cua co quan bao chi (nguoi)",
  ],
  staff_trained: [
    "Số người đã tham gia tập huấn về chuyển đổi số báo chí",
    "Cán bộ, PV, BTV đã qua lớp bồi dưỡng kỹ năng CĐS",
    "So nguoi duoc boi duong ve chuyen doi so bao chi",
    "Lượt người được tập huấn nghiệp vụ báo chí số (tính theo người)",
  ],
  digital_platforms: [
    "Phân phối nội dung trên các nền tảng số (web, app, mạng xã hội)",
    "Nội dung báo chí có mặt trên các nền tảng số trong nước",
    "Phát hành sản phẩm qua nền tảng số, ưu tiên nền tảng Việt",
    "Da dua noi dung bao chi len nen tang so chua",
  ],
  ai_data_platform: [
    "Nền tảng dữ liệu tập trung có tích hợp trí tuệ nhân tạo",
    "Ứng dụng AI phân tích dữ liệu bạn đọc, khán thính giả",
    "Hệ thống phân tích dữ liệu dùng chung (có ứng dụng AI)",
    "Nen tang phan tich du lieu tap trung ung dung AI cua co quan",
  ],
  converged_newsroom: [
    "Đã tổ chức lại sản xuất theo mô hình tòa soạn hội tụ",
    "Tổ chức sản xuất theo mô hình tòa soạn hội tụ, đa phương tiện",
    "Toà soạn hội tụ (sản xuất một lần, phát hành đa kênh)",
    "Van hanh toa soan hoi tu tai co quan",
  ],
  security_level: [
    "Cấp độ bảo đảm an toàn HTTT đã được phê duyệt",
    "Hồ sơ đề xuất cấp độ ATTT của trang/cổng điện tử",
    "Mức an toàn thông tin của hệ thống báo điện tử (theo NĐ 85)",
    "Cap do ATTT cua he thong thong tin da phe duyet",
  ],
  autonomous: [
    "Mức độ tự chủ chi thường xuyên (tự bảo đảm)",
    "Cơ chế tự chủ tài chính của đơn vị sự nghiệp báo chí",
    "Đơn vị tự bảo đảm một phần hoặc toàn bộ chi thường xuyên",
    "Tu chu tai chinh (theo ND 60/2021/ND-CP)",
  ],
  licensed: [
    "Giấy phép hoạt động tạp chí đã được cấp lại",
    "Tạp chí in đã được cấp lại giấy phép xuất bản chưa",
    "Tình hình cấp lại giấy phép hoạt động của Tạp chí",
    "Cap lai giay phep hoat dong tap chi van nghe",
  ],
  remote_population_total: [
    "Tổng số dân các xã vùng sâu, vùng xa, biên giới",
    "Dân số khu vực vùng sâu, vùng xa, biên giới toàn tỉnh",
    "Số nhân khẩu vùng khó khăn, biên giới của tỉnh",
    "Dan so cac xa bien gioi, vung sau vung xa",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, vùng xa đã tiếp cận tối thiểu 01 loại hình báo chí của tỉnh",
    "Người dân vùng biên, vùng khó được tiếp cận báo chí thiết yếu của tỉnh",
    "Số người được tiếp cận thông tin qua ít nhất một loại hình báo chí tỉnh",
    "Dan vung sau vung xa tiep can it nhat 1 loai hinh bao chi",
  ],
};

/** Short column and field headers (≥ 3 each). */
export const B14_SHORT_HEADERS: ByInput = {
  political_articles: ["TB p/vụ NV chính trị", "SL tin-bài CT", "Tin bài chính trị (sp)"],
  revenue: ["Tổng thu SN (tr)", "DThu báo chí", "Thu sự nghiệp cả năm"],
  staff_total: ["Tổng nhân sự (ng)", "Tổng CB+PV+BTV", "Tổng quân số (ng)"],
  staff_trained: ["SL đã tập huấn CĐS (ng)", "Qua BD chuyển đổi số", "Người qua lớp CĐS báo chí"],
  digital_platforms: ["Có ND trên nền tảng số (C/K)", "Phân phối đa nền tảng", "Phát hành số đa kênh"],
  ai_data_platform: ["Nền tảng DL-AI tập trung", "Hệ thống AI + kho DL", "Phân tích dữ liệu bằng AI (C/K)"],
  converged_newsroom: ["Hội tụ tòa soạn (đã/chưa)", "Mô hình hội tụ ĐPT", "Tòa soạn hội tụ (C/K)"],
  security_level: ["Cấp ATTT đã phê duyệt hồ sơ", "Cấp độ ATTT trang ĐT", "Cấp bảo đảm HTTT"],
  autonomous: ["Tự chủ tài chính (mức)", "Mức tự chủ chi TX", "Tự bảo đảm chi TX?"],
  licensed: ["GP cấp lại?", "Cấp lại GP tạp chí (C/K)", "GP hoạt động mới của TC"],
  remote_population_total: ["Tổng dân số xã VSVX-BG", "Dân số vùng khó (người)", "Nhân khẩu xã biên giới"],
  remote_population_reached: [
    "Dân tiếp cận ≥ 01 loại hình BC",
    "Số dân TC ≥1 loại hình",
    "SL người dân TC báo chí tỉnh",
  ],
};

/** How each unit is named (≥ 4 each). */
export const B14_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo tỉnh LChâu",
    "B.Lai Châu (ấn phẩm Đảng bộ)",
    "Báo Lai Châu điện tử & in",
    "Bao Lai Chau (TS)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT-TH tỉnh (LChâu)",
    "Đài tỉnh LChâu",
    "Dai PT-TH t. LChau",
    "Đài Phát thanh Truyền hình tỉnh LChâu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "TC Văn nghệ (LChâu)",
    "Tạp chí VN-LChâu",
    "Tap chi VNghe LC",
    "Tạp chí của Hội VHNT LChâu",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh Lai Châu (vùng sâu, vùng xa)",
    "Địa bàn tỉnh (8 huyện, thành phố)",
    "Tỉnh LC - các xã vùng khó",
    "Tong hop cap tinh LChau",
  ],
};

/** How people name a unit's file. */
export const B14_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BLC", "BaoLaiChau_2025", "bao_lc"],
  "dai-ptth-lai-chau": ["PTTH_LC", "DaiLaiChau", "dai_ptth"],
  "tap-chi-van-nghe-lai-chau": ["TCVN_LC", "TapChi_VanNghe", "tapchi"],
  "tinh-lai-chau": ["ToanTinh", "VSVX_LC", "tinh"],
};

/** The unit written inside a label. */
export const B14_LABEL_UNITS: ByInput = {
  political_articles: ["(tin-bài)", "(số sản phẩm)"],
  money: ["(triệu)", "(tr.VNĐ)"],
  count: ["(ng)", "(người)"],
  "yes-no": ["(C/K)", "(đã/chưa)"],
  level: ["(cấp)", "(cấp độ)"],
};

/** The ĐVT column. */
export const B14_MEASURES: ByInput = {
  political_articles: ["TB", "Tin-bài", "sản phẩm"],
  money: ["Triệu VNĐ", "tr.đ"],
  count: ["ng", "Người"],
  "yes-no": ["C/K", "Đã/Chưa"],
  level: ["Cấp", "Mức"],
};

/** Units some authors put into the number format ("1.245 TB" shown, 1245 stored). */
export const B14_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" TB"', '#,##0" sp"'],
  money: ['#,##0" tr.đ"', '#,##0" triệu"'],
  count: ['#,##0" ng"'],
};

/** Remarks; {p}, {n}, {y} are filled in. */
export const B14_NOTES: readonly string[] = [
  "Số liệu năm {y} là số ước đến 31/12, tăng {p}% so cùng kỳ",
  "Có kèm theo {n} sản phẩm phát trên kênh YouTube của đơn vị",
  "Bản giấy đã gửi Sở ngày 20/11/{y}",
  "Ước tính, chưa quyết toán với Kho bạc",
  "Đối chiếu lại với phòng Kế toán trước {n} ngày",
];

export const B14_LEVEL_TEXTS: readonly string[] = ["Mức {n}", "CẤP ĐỘ {n}", "cấp {n}"];

/** Plan / target headers, {y} filled in. */
export const B14_PLAN_HEADERS: readonly string[] = [
  "KH giao {y}",
  "Mục tiêu KH {y}",
  "Kế hoạch được giao năm {y}",
  "Chỉ tiêu KH năm {y}",
];

/** Part-of-year headers, {y} filled in. */
export const B14_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 6 tháng/{y}",
  "Ước 9 tháng năm {y}",
  "Quý III/{y}",
  "10 tháng đầu {y}",
];

export const B14_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Rồi", "Chưa"],
  ["✓", "✗"],
  ["Đã thực hiện", "Chưa thực hiện"],
  ["Đã vận hành", "Chưa triển khai"],
];

export const B14_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Chưa được cấp lại"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];

export const B14_NOT_APPLICABLE: readonly string[] = ["Không áp dụng", "K/áp dụng", "Không thuộc đối tượng"];

export const B14_AUTONOMY: readonly [string, string] = ["Đã tự chủ một phần", "Chưa tự chủ"];

export type B14Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

const decoy = (
  near: string,
  scale: readonly [number, number],
  measure: string,
  ...texts: string[]
): B14Decoy => ({
  near,
  scale,
  measure,
  texts,
});

/** Near-miss rows: a figure like an input's that is NOT the input. */
export const B14_DECOYS = {
  allArticles: decoy(
    "political_articles",
    [1.4, 2.2],
    "TB",
    "Tổng số tin, bài đã đăng, phát trong năm (mọi chủ đề)",
    "Tổng sản lượng tin bài các chuyên mục",
    "Tong so tin bai xuat ban, phat song",
  ),
  socialPosts: decoy(
    "political_articles",
    [0.3, 0.6],
    "lượt",
    "Tin bài đăng lại trên Facebook, Zalo, YouTube",
    "Số video ngắn đăng mạng xã hội của đơn vị",
  ),
  adIncome: decoy(
    "revenue",
    [0.2, 0.45],
    "tr.đ",
    "Riêng thu quảng cáo, tài trợ chương trình",
    "Thu từ quảng cáo, liên kết truyền thông",
  ),
  stateOrder: decoy(
    "revenue",
    [0.4, 0.7],
    "tr.đ",
    "Kinh phí đặt hàng từ ngân sách tỉnh",
    "Kinh phí NSNN giao nhiệm vụ báo chí",
  ),
  pressCards: decoy(
    "staff_total",
    [0.4, 0.7],
    "ng",
    "Số người đang có thẻ nhà báo",
    "Phóng viên được cấp thẻ nhà báo kỳ 2021-2025",
  ),
  politicalCourse: decoy(
    "staff_trained",
    [0.3, 0.8],
    "lượt",
    "Lượt bồi dưỡng lý luận chính trị trong năm",
    "Người học lớp nghiệp vụ báo chí truyền thống",
  ),
  tvHouseholds: decoy(
    "remote_population_total",
    [0.15, 0.3],
    "hộ",
    "Số hộ vùng sâu nhận hỗ trợ đầu thu DVB-T2",
    "Hộ gia đình có máy thu thanh, thu hình",
  ),
  fmCoverage: decoy(
    "remote_population_reached",
    [0.8, 0.95],
    "người",
    "Dân số trong vùng phủ sóng phát thanh FM của Đài",
    "Số dân nghe được Đài huyện, Đài xã",
  ),
} as const satisfies Readonly<Record<string, B14Decoy>>;

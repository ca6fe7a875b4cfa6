/**
 * The blind38 split's own words: input wordings, short headers, agency names, near-miss rows, units, notes and
 * answer words. Written without looking at any other split's lists, the corpus's vocabulary or the detector; the
 * guard test (tests/corpusBlind38.test.ts) checks in code that none equals a wording the repository already knows.
 */
import type { ValueStyle } from "../context";
import type { NearDecoy } from "../listContext";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** How the split's authors name each input in a row label. */
export const B38_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tin, bài đã đăng/phát phục vụ nhiệm vụ chính trị của tỉnh",
    "Tin-bài tuyên truyền nhiệm vụ chính trị (đã xuất bản, phát sóng)",
    "So tin bai phuc vu nhiem vu chinh tri dia phuong da dang phat",
    "Sản phẩm báo chí (tin, bài) phục vụ NVCT được giao",
    "Lượng tin bài viết mới cho nhiệm vụ chính trị",
  ],
  revenue: [
    "Tổng doanh thu sự nghiệp và dịch vụ của cơ quan",
    "Doanh thu từ hoạt động sự nghiệp, dịch vụ (cộng các nguồn)",
    "Tong doanh thu tu cac hoat dong bao chi, dich vu",
    "Nguồn thu sự nghiệp báo chí đạt được (tổng cộng)",
    "Doanh thu thuần từ hoạt động báo chí và dịch vụ",
  ],
  staff_total: [
    "Tổng số người làm việc hiện có tại đơn vị (biên chế + HĐ)",
    "Số lượng người làm việc có mặt đến thời điểm báo cáo",
    "Tong so nguoi lam viec hien co o co quan bao",
    "Đội ngũ hiện có: lãnh đạo, PV, BTV, KTV, nhân viên",
  ],
  staff_trained: [
    "Số người đã dự bồi dưỡng kỹ năng số cho người làm báo",
    "Nhân lực đã qua tập huấn nghiệp vụ CĐS trong báo chí",
    "So nguoi da duoc dao tao, boi duong ve CDS bao chi",
    "Người làm việc đã học các lớp chuyển đổi số (lũy kế)",
  ],
  digital_platforms: [
    "Nội dung báo chí đã đưa lên nền tảng số, ưu tiên nền tảng Việt",
    "Phát hành sản phẩm báo chí qua kênh số và mạng xã hội",
    "Da phat hanh noi dung qua nen tang so (app, MXH)",
    "Hiện diện nội dung trên nền tảng số (app, MXH, OTT)",
  ],
  ai_data_platform: [
    "Khai thác kho dữ liệu tập trung bằng công cụ phân tích AI",
    "Hạ tầng dữ liệu dùng chung, phân tích bằng trí tuệ nhân tạo",
    "Da co kho DL dung chung + cong cu AI phan tich",
    "Đã dùng công cụ AI khai thác kho dữ liệu tập trung",
  ],
  converged_newsroom: [
    "Tòa soạn đã chuyển sang mô hình hội tụ nhiều loại hình",
    "Tổ chức sản xuất theo mô hình tòa soạn hội tụ (đa nền tảng)",
    "Van hanh toa soan hoi tu da nen tang",
    "Quy trình tòa soạn tích hợp (hội tụ) đã vận hành",
  ],
  autonomous: [
    "Mức độ tự bảo đảm chi thường xuyên (tự chủ tài chính)",
    "Đơn vị sự nghiệp tự chủ về tài chính theo NĐ 60",
    "Don vi tu bao dam chi TX (muc tu chu)",
    "Phân loại tự chủ tài chính đơn vị sự nghiệp công",
  ],
  security_level: [
    "Cấp độ an toàn hệ thống thông tin báo điện tử được phê duyệt",
    "Hồ sơ đề xuất cấp độ ATTT của hệ thống báo chí điện tử",
    "Cap do an toan thong tin he thong dien tu da duyet",
    "Phân loại cấp độ bảo đảm ATTT (HTTT báo chí)",
  ],
  licensed: [
    "Tạp chí in: hồ sơ cấp lại giấy phép",
    "Giấy phép hoạt động tạp chí in (đã cấp lại hay chưa)",
    "TC Van nghe: giay phep in da cap lai hay chua",
    "Thủ tục cấp phép lại cho Tạp chí đã hoàn tất",
  ],
  remote_population_total: [
    "Dân số các thôn, bản vùng sâu, vùng xa, biên giới",
    "Tổng nhân khẩu khu vực vùng sâu vùng xa biên giới",
    "Nhan khau cac ban vung sau, xa, bien gioi",
    "Người dân sinh sống ở xã, bản vùng khó khăn, biên giới",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, xa, biên giới tiếp cận được ít nhất 1 loại hình báo chí",
    "Nhân khẩu vùng khó khăn đã tiếp cận ≥ 1 loại hình báo chí thiết yếu",
    "So dan vung sau xa duoc tiep can it nhat mot loai hinh bao chi",
    "Người dân vùng biên giới, vùng xa được tiếp cận báo chí thiết yếu",
  ],
};

/** Short column or log headers for each input. */
export const B38_SHORT_HEADERS: ByInput = {
  political_articles: ["Tin-bài NVCT (cái)", "Số TB phục vụ NV chính trị", "T.bài chính trị"],
  revenue: ["D.thu sự nghiệp (tr.đ)", "Tổng d/thu (trđ)", "Doanh thu SN+DV"],
  staff_total: ["Người làm việc h/có", "Tổng nhân lực (ng.)", "SL người LV"],
  staff_trained: ["Đã BD CĐS (ng.)", "Số ng. qua lớp CĐS báo chí", "Đã dự tập huấn số (ng.)"],
  digital_platforms: ["Có phát hành qua NT số", "Phân phối số (C/K)", "Kênh số ưu tiên trong nước"],
  ai_data_platform: ["DL tập trung + AI?", "Kho DL + phân tích AI", "AI khai thác DL tập trung"],
  converged_newsroom: ["Tòa soạn hội tụ - có/chưa", "Hội tụ (C/K) tòa soạn", "Đã có tòa soạn hội tụ?"],
  autonomous: ["Đã tự chủ TC chưa", "Mức tự đảm bảo chi TX", "Mức tự chủ theo NĐ60"],
  security_level: ["Cấp độ HT báo điện tử", "Cấp độ (đã duyệt)", "ATTT báo điện tử - cấp"],
  licensed: ["TC đã có GP mới?", "Cấp phép lại TC?", "Tình trạng GPXB"],
  remote_population_total: ["Dân số vùng khó (ng.)", "Nhân khẩu thôn bản xa", "DS VS-VX-BG"],
  remote_population_reached: ["Đã tiếp cận BC (ng.)", "NK tiếp cận ≥1 loại hình", "Tiếp cận báo chí TY"],
};

/** How the split's authors name each unit. */
export const B38_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu – báo Đảng, bản in và điện tử",
    "BLC - Báo in & điện tử Lai Châu",
    "Bao Lai Chau (in, dien tu, mang XH)",
    "Cơ quan Báo Lai Châu, tỉnh LC",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH Lai Châu (LCTV)",
    "LCTV - Đài tỉnh",
    "Đài Phát thanh – Truyền hình tỉnh L.Châu",
    "Dai PT&TH L.Chau (kenh LCTV)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "TC Văn nghệ thuộc Hội VHNT Lai Châu",
    "Tạp chí VNLC (ấn phẩm Hội VHNT)",
    "Tap chi Van nghe tinh LC - thuoc Hoi VHNT",
    "TCVN Lai Châu - Hội Văn học NT",
  ],
  "tinh-lai-chau": [
    "Tỉnh LC: các bản vùng sâu xa, biên giới",
    "Địa bàn tỉnh Lai Châu – khu vực khó khăn",
    "Tinh Lai Chau (tong cac huyen, TP)",
    "Cộng toàn tỉnh (8 đơn vị cấp huyện)",
  ],
};

export type B38Decoy = NearDecoy & { texts: readonly string[] };

/** Near-miss rows: what sits beside an input and is not it (its figure near the input's value, never equal). */
export const B38_DECOYS = {
  allPieces: {
    texts: [
      "Tổng số tin, bài, ảnh, clip đã xuất bản (mọi chủ đề)",
      "Tong tin bai cac the loai da dang, phat",
    ],
    near: "political_articles",
    scale: [1.6, 2.4],
  },
  borderPieces: {
    texts: ["Trong đó: tin bài về biên giới, dân tộc", "Riêng mảng đối ngoại - biên giới"],
    near: "political_articles",
    scale: [0.12, 0.3],
  },
  adsIncome: {
    texts: ["Trong đó: QC, tài trợ, liên kết", "Riêng doanh thu quảng cáo - tài trợ"],
    near: "revenue",
    scale: [0.25, 0.55],
  },
  stateGrant: {
    texts: ["Kinh phí NSNN giao chi thường xuyên", "Ngân sách tỉnh cấp (chi TX, đặt hàng)"],
    near: "revenue",
    scale: [0.7, 1.4],
  },
  allSources: {
    texts: ["Tổng nguồn tài chính (thu SN + NSNN)", "Cộng nguồn kinh phí được sử dụng"],
    near: "revenue",
    scale: [1.8, 2.6],
  },
  pressCards: {
    texts: ["Người đang giữ thẻ nhà báo (kỳ 2021-2025)", "Trong đó: PV, BTV được cấp thẻ"],
    near: "staff_total",
    scale: [0.3, 0.6],
  },
  quotaSeats: {
    texts: ["Số lượng người làm việc được giao (định biên)", "Số biên chế/ vị trí UBND tỉnh phân bổ"],
    near: "staff_total",
    scale: [1.1, 1.3],
  },
  infosecCourse: {
    texts: ["Số người dự lớp ATTT cơ bản", "Được bồi dưỡng an toàn thông tin mạng"],
    near: "staff_trained",
    scale: [0.2, 0.45],
  },
  households: {
    texts: ["Số hộ gia đình vùng sâu, xa", "Số hộ dân (hộ)"],
    near: "remote_population_total",
    scale: [0.18, 0.24],
  },
  rankTwo: {
    texts: ["Viên chức hạng II và tương đương", "Chức danh hạng II (PV chính, BTV chính)"],
    near: "staff_total",
    scale: [0.2, 0.4],
  },
} as const satisfies Readonly<Record<string, B38Decoy>>;

export const B38_LABEL_UNITS: ByInput = {
  political_articles: ["(tin-bài)", "(đơn vị: tin/bài)", "(cái tin, bài)"],
  money: ["(triệu đ)", "(đv: trđ)", "(Tr.VNĐ)"],
  count: ["(người làm việc)", "(ng)", "(đơn vị: người)"],
  remote_population_total: ["(người)", "(nhân khẩu)"],
  remote_population_reached: ["(người)", "(nhân khẩu)"],
  "yes-no": ["(có hay chưa)", "(Có/Chưa)"],
  level: ["(cấp)", "(cấp 1-5)"],
};

export const B38_MEASURES: ByInput = {
  political_articles: ["tin-bài", "Tin/bài viết", "t.bài"],
  money: ["Tr.VNĐ", "trđ", "triệu"],
  count: ["ng.", "Người LV", "người"],
  remote_population_total: ["người", "nhân khẩu"],
  remote_population_reached: ["người", "nhân khẩu"],
  "yes-no": ["C/K", "Có-Chưa"],
  level: ["Cấp", "cấp độ"],
};

export const B38_NOTES = [
  "Số liệu ước tính đến 15/11/{y}, còn {n} tin bài chờ phân loại",
  "Lưu ý: đã trừ {n} sản phẩm phát lại, trùng lặp",
  "Đơn vị rà soát lại ngày 20/11/{y}; chênh lệch {p}% so với báo cáo quý III",
  "Ghi chú của Sở: số năm {y} đối chiếu phần mềm CMS, lệch {n}",
];

export const B38_LEVEL_TEXTS = ["Mức {n}", "cấp {n}", "Level {n}"];

export const B38_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin-bài"', '#,##0" t/b"'],
  money: ['#,##0" tr.đ"', '#,##0" triệu"'],
  count: ['#,##0" ng."', '#,##0" người"'],
};

export const B38_PLAN_HEADERS = [
  "KH tỉnh giao {y}",
  "Mục tiêu phấn đấu {y}",
  "Kế hoạch {y} (UBND giao)",
  "Chỉ tiêu KH năm {y} của tỉnh",
];

export const B38_PARTIAL_HEADERS = ["Ước 10 tháng/{y}", "Lũy kế 9T.{y}", "6 tháng đầu {y} (sơ bộ)"];

export const B38_YES_NO: ReadonlyArray<ValueStyle["yesNo"]> = [
  ["Đã triển khai", "Chưa triển khai"],
  ["Có", "Chưa"],
  ["✓", "✗"],
  ["Đã có", "Chưa có"],
];

export const B38_LICENSE: ReadonlyArray<ValueStyle["license"]> = [
  ["Đã được cấp phép", "Chưa được cấp phép"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];

export const B38_NOT_APPLICABLE: ReadonlyArray<ValueStyle["notApplicable"]> = [
  "K/áp dụng",
  "Không áp dụng",
  "Không thuộc đối tượng",
];

export const B38_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

export const B38_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLC", "bao_lai_chau", "BLC"],
  "dai-ptth-lai-chau": ["LCTV", "dai_ptth", "DaiPTTH_LC"],
  "tap-chi-van-nghe-lai-chau": ["TCVN_LC", "tapchi_vannghe", "TC-VanNghe"],
  "tinh-lai-chau": ["toan_tinh", "TinhLC", "tong_hop"],
};

/**
 * The "blind28" split's own words: how its authors name each input, unit and measure, their notes, level texts,
 * yes/no words, plan and part-of-year headers, and the near-miss rows its families put beside the inputs. Written
 * without reading the detector, its vocabulary or any other split's lists; the guard test
 * (tests/corpusBlind28.test.ts) checks in code that none equals a wording the repository already knows.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** Row labels of each input, as the split's authors type them. */
export const B28_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tin, bài, phóng sự tuyên truyền nhiệm vụ chính trị của tỉnh đã đăng phát",
    "So tac pham bao chi phuc vu nhiem vu chinh tri dia phuong da xuat ban",
    "Sản phẩm báo chí phục vụ NVCT (tin, bài, ảnh, phóng sự) trong năm",
    "Lượng tin bài đăng phát theo đặt hàng nhiệm vụ chính trị tỉnh giao",
    "Tác phẩm tuyên truyền chính trị đã đăng, phát (tin, bài, chương trình)",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp và dịch vụ trong năm của cơ quan",
    "Doanh thu toan don vi (quang cao, phat hanh, dat hang, dich vu)",
    "Tổng số thu hoạt động báo chí, dịch vụ của đơn vị",
    "Nguồn thu từ hoạt động báo chí và các dịch vụ gắn kèm (tổng)",
    "Tong thu cua co quan bao chi trong ky (moi nguon)",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan (biên chế + hợp đồng)",
    "So nguoi lam viec co mat den cuoi ky bao cao",
    "Nhân lực hiện có của đơn vị (tất cả các loại hợp đồng)",
    "Tổng số CBVC-NLĐ đang công tác tại cơ quan",
    "Quân số thực tế của cơ quan báo chí",
  ],
  staff_trained: [
    "Số người đã dự lớp bồi dưỡng kỹ năng chuyển đổi số báo chí",
    "CBVC, PV, BTV đã được tập huấn về CĐS trong hoạt động báo chí",
    "Nhan luc da qua boi duong chuyen doi so bao chi",
    "Người đã hoàn thành khóa học CĐS dành cho người làm báo",
    "Số lượt cán bộ được trang bị kiến thức CĐS nghề báo (người)",
  ],
  digital_platforms: [
    "Nội dung của cơ quan đã có mặt trên nền tảng số nội địa",
    "Co phan phoi noi dung tren nen tang so trong nuoc",
    "Phát hành tác phẩm qua nền tảng số (app, mạng xã hội Việt)",
    "Hiện diện nội dung trên môi trường nền tảng số",
  ],
  ai_data_platform: [
    "Có hệ thống dữ liệu tập trung ứng dụng trí tuệ nhân tạo phân tích",
    "Nen tang phan tich du lieu tap trung co AI",
    "Ứng dụng AI vào kho dữ liệu dùng chung để phân tích bạn đọc",
    "Hạ tầng dữ liệu tập trung, phân tích bằng công nghệ AI",
  ],
  converged_newsroom: [
    "Vận hành mô hình tòa soạn hội tụ đa phương tiện",
    "Toa soan hoi tu (tich hop san xuat da nen tang)",
    "Đã tổ chức sản xuất theo mô hình tòa soạn tích hợp, hội tụ",
    "Mô hình tòa soạn hội tụ - xuất bản đa kênh",
  ],
  autonomous: [
    "Cơ quan đã tự bảo đảm toàn bộ chi thường xuyên",
    "Co che tu chu (don vi SN tu dam bao chi TX)",
    "Mức tự chủ tài chính theo Nghị định 60/2021/NĐ-CP",
    "Tự chủ về tài chính (tự lo chi thường xuyên)",
  ],
  security_level: [
    "Cấp độ an toàn hệ thống thông tin của báo/trang điện tử đã được duyệt",
    "Cap do ATTT he thong thong tin (theo ND 85/2016)",
    "Mức độ bảo đảm ATTT theo cấp độ của hệ thống tin điện tử",
    "Cấp độ ATTT được thẩm định, phê duyệt hồ sơ",
  ],
  licensed: [
    "Tạp chí in đã hoàn thành cấp lại giấy phép hoạt động",
    "Giay phep xuat ban tap chi (cap lai/sua doi)",
    "Tình trạng cấp lại GPHĐ báo chí của Tạp chí",
    "Hoàn tất thủ tục cấp lại giấy phép xuất bản tạp chí",
  ],
  remote_population_total: [
    "Tổng số dân sinh sống ở vùng sâu, vùng xa, biên giới của tỉnh",
    "Dan so sinh song tai cac xa VSVX, bien gioi cua tinh",
    "Số nhân khẩu thuộc địa bàn vùng sâu, vùng xa, vùng biên",
    "Tổng dân cư vùng khó khăn, biên giới (người)",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa đã được đọc, nghe, xem ít nhất một loại báo chí của tỉnh",
    "So nguoi dan vung sau vung xa tiep can duoc bao chi",
    "Dân cư vùng khó khăn đã tiếp cận thông tin báo chí của tỉnh",
    "Nhân khẩu vùng biên được phủ sóng, phát hành báo chí thiết yếu",
  ],
};

/** Short column or log headers of each input. */
export const B28_SHORT_HEADERS: ByInput = {
  political_articles: ["Tin bài NVCT đã đăng", "TP phục vụ chính trị", "SP báo chí NVCT tỉnh giao"],
  revenue: ["Tổng nguồn thu (tr.đ)", "Tong thu SN + DV (trd)", "Tổng thu cả cơ quan, trđ"],
  staff_total: ["Người làm việc có mặt thực tế", "Người có mặt cuối kỳ", "Quân số thực tế (ng)"],
  staff_trained: ["Người đã học CĐS nghề báo", "Da hoc lop CDS bao chi", "Người học xong lớp CĐS báo chí"],
  digital_platforms: ["ND đưa lên NT số (app VN)", "Nội dung lên NT số nội", "Phát hành qua NT số VN"],
  ai_data_platform: [
    "Kho dữ liệu dùng chung + AI phân tích",
    "He DL dung chung, phan tich AI (co/chua)",
    "Phân tích bạn đọc bằng AI",
  ],
  converged_newsroom: ["Tòa soạn hội tụ đa PT", "Tổ chức TS kiểu hội tụ", "Toa soan hoi tu da kenh"],
  autonomous: ["Tự bảo đảm chi TX (đv)", "Mức tự chủ được giao", "Tu chu tai chinh don vi SN"],
  security_level: ["Cấp ATTT hệ thống", "Cap do ATTT HT duoc duyet HS", "ATTT HT đạt cấp"],
  licensed: ["Tạp chí in: GP cấp lại", "Cap lai giay phep TC", "GPHĐ tạp chí in (cấp lại)"],
  remote_population_total: [
    "Nhân khẩu VSVX-biên giới",
    "Dân các bản vùng khó (ng)",
    "Số dân các xã vùng biên",
  ],
  remote_population_reached: [
    "Dân VSVX đã tiếp cận báo chí",
    "So dan VSVX nghe, xem, doc bao",
    "Số dân được phủ BC",
  ],
};

/** Each unit as the split's authors name it. */
export const B28_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Cơ quan Báo Lai Châu (Tỉnh ủy)",
    "Bao Lai Chau - co quan ngon luan Dang bo tinh",
    "Tòa soạn Báo Lai Châu - Đảng bộ tỉnh",
    "BÁO LAI CHÂU (bản in + bản điện tử)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH Lai Châu (LTV, kênh tỉnh)",
    "Dai Phat thanh - Truyen hinh Lai Chau (LTV)",
    "Đài Phát thanh, Truyền hình tỉnh",
    "Đài tỉnh (PT, TH và điện tử) Lai Châu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VHNT Lai Châu (Hội VHNT)",
    "Tap chi Van nghe - Hoi Van hoc nghe thuat LC",
    "Tạp chí Văn nghệ Lai Châu - cơ quan của Hội VHNT tỉnh",
    "Tạp chí VN Lai Châu (ấn phẩm in)",
  ],
  "tinh-lai-chau": [
    "Khắp địa bàn tỉnh Lai Châu",
    "Toan tinh (cac xa VSVX, bien gioi)",
    "Số chung tỉnh Lai Châu (VSVX)",
    "Cả tỉnh LC (các xã vùng khó)",
  ],
};

/** The unit written inside a label, by input or kind. */
export const B28_LABEL_UNITS: ByInput = {
  political_articles: ["(tin/bài)", "(tác phẩm)", "- ĐV: tin, bài"],
  money: ["(triệu đ)", "(trđ)", "- ĐV: triệu đồng"],
  count: ["(người)", "(ng)", "- ĐV: người"],
  "yes-no": ["(có/chưa)", "(đã/chưa)"],
  level: ["(cấp)", "(cấp 1-5)"],
};

/** The ĐVT column texts. */
export const B28_MEASURES: ByInput = {
  political_articles: ["tin/bài", "Tác phẩm", "tin, bài, PS"],
  money: ["Tr.đ", "triệu", "Triệu VNĐ"],
  count: ["Người", "ng", "người"],
  "yes-no": ["Có/Chưa", "đ/c"],
  level: ["Cấp", "cấp độ"],
};

/** Notes an author adds ({p} a decimal, {n} a count, {y} the year): never a value. */
export const B28_NOTES: readonly string[] = [
  "Số liệu tổng hợp đến hết 30/11/{y}, tăng {p}% so cùng kỳ",
  "Đối chiếu sổ sách kế toán ngày 05/12/{y}, lệch {n} do điều chỉnh",
  "Bao gồm {n} tác phẩm tiếng dân tộc (Mông, Dao, Thái)",
  "Chưa tính các hợp đồng ký tháng 12/{y}",
  "Theo Quyết định giao tự chủ số {n}/QĐ-UBND",
  "Ước tính, sẽ chuẩn xác lại khi quyết toán năm {y}",
];

/** Security levels in words ({n} the level): readable as a level. */
export const B28_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "cấp {n}", "CẤP ĐỘ {n}"];

/** Number formats carrying a unit (the value stays a plain number). */
export const B28_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" t/bài"', '#,##0" TP"'],
  money: ['#,##0" trđ"', '#,##0" tr"'],
  count: ['#,##0" ng"'],
};

/** Plan-figure headers ({y} the year): each reads as a plan header. */
export const B28_PLAN_HEADERS: readonly string[] = [
  "KH giao {y}",
  "Chỉ tiêu KH {y}",
  "Kế hoạch được giao",
  "Mục tiêu năm {y}",
  "KH năm {y} (giao)",
];

/** Part-of-year headers ({y} the year). */
export const B28_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 9 tháng {y}",
  "Ước 10 tháng năm {y}",
  "Đến 30/9/{y}",
  "Hết quý III/{y}",
];

export const B28_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Đã triển khai", "Chưa triển khai"],
  ["Có", "Chưa"],
  ["Đã vận hành", "Chưa thực hiện"],
  ["✓", "✗"],
];

export const B28_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp phép lại", "Chưa cấp phép"],
  ["Đã được cấp lại", "Chưa được cấp lại"],
];

export const B28_NOT_APPLICABLE: readonly string[] = ["Không áp dụng", "K/áp dụng", "Không thuộc đối tượng"];

/** How the split says autonomy (yes, no). */
export const B28_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** File-name slugs of each unit. */
export const B28_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau_28", "bao_lc", "BLC-toa-soan"],
  "dai-ptth-lai-chau": ["DaiPTTH_LC", "dai_ptth", "LTV"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVHNT", "tc_van_nghe", "TCVN-LC"],
  "tinh-lai-chau": ["ToanTinh_LC", "tinh_lc", "VSVX-LC"],
};

/** A near-miss row: its texts, the input it imitates and the factor range of its figure. */
export type B28Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure?: string;
};

export const B28_DECOYS = {
  /** All articles published (political ones are part). */
  allProducts: {
    texts: ["Tổng sản phẩm báo chí đã xuất bản (mọi chủ đề)", "Tong tin bai, tac pham da dang phat"],
    near: "political_articles",
    scale: [1.4, 2.2],
  },
  /** Articles re-used from other outlets. */
  reposted: {
    texts: ["Tin bài khai thác, trích đăng từ nguồn khác", "Tin bai dang lai tu bao ban"],
    near: "political_articles",
    scale: [0.15, 0.4],
  },
  /** Advertising revenue (a part of revenue). */
  advertising: {
    texts: ["Trong đó - quảng cáo, tài trợ, PR", "Thu QC, truyen thong, su kien"],
    near: "revenue",
    scale: [0.25, 0.55],
  },
  /** The state budget allocated (not revenue). */
  budgetAllocated: {
    texts: ["Kinh phí NSNN giao để chi thường xuyên trong năm", "NSNN cap (chi thuong xuyen)"],
    near: "revenue",
    scale: [0.5, 1.3],
  },
  /** Headcount quota assigned (not the staff present). */
  quota: {
    texts: ["Số người làm việc được UBND giao", "Chỉ tiêu số lượng người làm việc được duyệt"],
    near: "staff_total",
    scale: [1.08, 1.3],
  },
  /** Staff trained in other fields. */
  otherTraining: {
    texts: ["Người được bồi dưỡng lý luận chính trị trong năm", "Boi duong QLNN, ngoai ngu (nguoi)"],
    near: "staff_trained",
    scale: [0.2, 0.6],
  },
  /** Journalists holding press cards. */
  cardHolders: {
    texts: ["Hội viên đang giữ thẻ nhà báo hạn 2021-2025", "Hoi vien Hoi Nha bao (chi hoi)"],
    near: "staff_total",
    scale: [0.4, 0.75],
  },
  /** Households (not people) in remote areas. */
  remoteHouseholds: {
    texts: ["Số hộ dân vùng sâu, vùng xa, biên giới", "So ho vung kho khan duoc cap radio"],
    near: "remote_population_total",
    scale: [0.18, 0.26],
  },
} satisfies Record<string, B28Decoy>;

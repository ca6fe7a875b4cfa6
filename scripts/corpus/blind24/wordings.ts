/**
 * The blind24 split's own words: how its authors name each input, agency and header, the units and measures they
 * type, their notes, yes/no words, plan and part-of-year headers, and the near-miss rows its families put beside
 * the real ones. Written without looking at any other list (the guard test compares them in code).
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** Long labels for each input: with and without diacritics, abbreviated, with extra words. */
export const B24_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Sản phẩm báo chí mới tuyên truyền nhiệm vụ chính trị của tỉnh",
    "So tac pham moi phuc vu tuyen truyen chinh tri dia phuong",
    "Tin, bài, phóng sự mới về nhiệm vụ chính trị (đầu sản phẩm)",
    "TP mới p/v NVCT của tỉnh",
    "Lượng tác phẩm mới đăng phát phục vụ chính trị",
  ],
  revenue: [
    "Tổng thu từ hoạt động sự nghiệp, dịch vụ báo chí",
    "Tong so thu su nghiep, dich vu cua toa soan trong nam",
    "Doanh thu SN & DV (quảng cáo, phát hành, tài trợ...)",
    "Thu sự nghiệp báo chí trong năm tài chính",
    "Nguồn thu tự tạo của đơn vị báo chí",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan (cả HĐ)",
    "Tong so nguoi lam viec thuc te tai don vi",
    "Nhân sự thực có đến cuối kỳ báo cáo",
    "Số CB, VC, NLĐ thực có mặt tại đơn vị",
  ],
  staff_trained: [
    "Số người đã qua bồi dưỡng kỹ năng chuyển đổi số báo chí",
    "So nguoi da duoc tap huan ve CDS bao chi",
    "Nhân sự đã học về CĐS (lãnh đạo, PV, BTV)",
    "Người được trang bị kiến thức chuyển đổi số báo chí",
  ],
  digital_platforms: [
    "Phân phối nội dung lên các nền tảng số (ưu tiên nền tảng trong nước)",
    "Phan phoi tac pham len nen tang so (uu tien trong nuoc)",
    "Có đưa nội dung lên nền tảng số hay không",
    "Nội dung báo chí xuất hiện trên các nền tảng số",
  ],
  ai_data_platform: [
    "Nền tảng tập trung phân tích dữ liệu người dùng, có ứng dụng AI",
    "Nen tang du lieu tap trung ung dung tri tue nhan tao",
    "Hệ thống phân tích dữ liệu độc giả, khán thính giả (AI)",
    "Có nền tảng dữ liệu tập trung + AI",
  ],
  converged_newsroom: [
    "Vận hành theo mô hình tòa soạn hội tụ nhiều loại hình",
    "Van hanh toa soan hoi tu (da phuong tien)",
    "Tòa soạn tích hợp đa phương tiện đã đi vào vận hành",
    "Mô hình tòa soạn hội tụ, xuất bản đa kênh",
  ],
  autonomous: [
    "Cơ quan đã tự lo được toàn bộ chi thường xuyên",
    "Muc tu chu: tu dam bao chi thuong xuyen (nhom 2)",
    "Mức tự chủ tài chính: tự bảo đảm chi TX",
    "Đơn vị tự chủ tài chính (nhóm 2) chưa?",
  ],
  security_level: [
    "Cấp độ ATTT của HTTT (theo quyết định phê duyệt)",
    "Cap do an toan thong tin cua he thong bao dien tu",
    "Hệ thống thông tin được xác định ở cấp độ mấy",
    "Mức bảo đảm ATTT theo cấp độ của HTTT chính",
  ],
  licensed: [
    "Tạp chí in đã nhận giấy phép hoạt động mới chưa",
    "Tap chi duoc cap phep hoat dong lai",
    "Giấy phép hoạt động tạp chí (cấp lại theo quy hoạch)",
    "Tình hình cấp lại GPHĐ của tạp chí",
  ],
  remote_population_total: [
    "Dân số sinh sống tại vùng sâu, vùng xa, biên giới",
    "Dan so khu vuc vung sau vung xa bien gioi cua tinh",
    "Tổng số dân VSVX, biên giới (người)",
    "Người dân sinh sống ở vùng khó khăn, biên giới",
  ],
  remote_population_reached: [
    "Số dân VSVX, biên giới tiếp cận ít nhất 1 loại hình báo chí",
    "So nguoi dan vung sau vung xa duoc tiep can bao chi thiet yeu",
    "Người dân vùng khó khăn được tiếp cận thông tin báo chí",
    "Dân VSVX được phủ ít nhất một loại hình báo chí",
  ],
};

/** Short column or log headers. */
export const B24_SHORT_HEADERS: ByInput = {
  political_articles: ["TP mới p/v chính trị", "Số TP mới phục vụ NVCT tỉnh", "SP báo chí CT mới"],
  revenue: ["Thu SN-DV báo chí", "Tổng thu SN-DV (triệu)", "Nguồn thu tự tạo"],
  staff_total: ["Người đang làm (thực tế, cả HĐ)", "Nhân sự thực có", "Tổng CB-VC-NLĐ có mặt"],
  staff_trained: ["Số đã qua lớp CĐS báo chí", "Người dự tập huấn CĐS BC", "Số người học xong CĐS BC"],
  digital_platforms: ["Đưa nội dung lên NT số (có/chưa)", "Phát hành lên NT số", "Nội dung có mặt trên NTS"],
  ai_data_platform: [
    "Kho dữ liệu chung, có trí tuệ nhân tạo",
    "NT phân tích DL/AI",
    "Phân tích dữ liệu bằng AI (tập trung)",
  ],
  converged_newsroom: ["Mô hình TS hội tụ đã chạy", "Tòa soạn HT (vận hành)", "Hội tụ đa loại hình"],
  autonomous: ["Tự trang trải được chi TX (nhóm 2)", "Nhóm tự chủ chi TX", "TC chi thường xuyên"],
  security_level: ["Cấp độ ATTT được duyệt (HTTT)", "Cấp độ HTTT phê duyệt", "Cấp ATTT của HT (QĐ duyệt)"],
  licensed: ["GPHĐ cấp lại", "Tạp chí in có GP cấp lại", "GPHĐ tạp chí in mới"],
  remote_population_total: ["Dân VSVX & biên giới (ng.)", "Tổng dân vùng ĐBKK, BG", "DS vùng sâu, biên giới"],
  remote_population_reached: [
    "Số dân được phủ sóng, phát hành BC",
    "Dân tiếp cận ≥1 loại BC",
    "Được phủ BC thiết yếu",
  ],
};

/** How the agencies and the province are named. */
export const B24_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo LC (cơ quan của Tỉnh ủy)",
    "Bao LChau (ban in + dien tu)",
    "Tòa soạn Báo tỉnh Lai Châu (Tỉnh ủy)",
    "BLC – Đảng bộ tỉnh",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT-TH LChâu (kênh LTV)",
    "Dai PTTH tinh Lai Chau - LTV",
    "Đài PT & TH tỉnh (LCh)",
    "Cơ quan Đài PT&TH tỉnh nhà",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "T/c Văn nghệ Lai Châu (Hội VHNT)",
    "Tap chi Van nghe tinh LChau (in)",
    "Tạp chí Văn nghệ - Hội VHNT tỉnh LC",
    "BBT tạp chí Văn nghệ Lai Châu",
  ],
  "tinh-lai-chau": [
    "Trên toàn tỉnh LChâu",
    "Toan tinh Lai Chau (8 huyen, TP)",
    "Cấp tỉnh - Lai Châu",
    "Phạm vi toàn tỉnh Lai Châu",
  ],
};

/** Units written inside a label, by input or by kind of input. */
export const B24_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(TP)", "(sản phẩm)"],
  count: ["(người)", "(ng.)"],
  money: ["(triệu đồng)", "(Tr.đ)", "(trđ)"],
  "yes-no": ["(có/chưa)", "(C/K)"],
  level: ["(cấp)", "(mức)"],
};

/** The ĐVT column. */
export const B24_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "TP", "Sản phẩm"],
  count: ["Người", "ng"],
  money: ["Tr.đồng", "Triệu"],
  "yes-no": ["Có/Chưa", "C/K"],
  level: ["Cấp", "Mức"],
};

/** Notes beside or under a table ({p} a decimal, {n} a number, {y} the year). */
export const B24_NOTES: readonly string[] = [
  "Số liệu chốt ngày 30/11/{y}, đã trừ {n} tác phẩm đăng lại",
  "Thu tính theo sổ kế toán, chưa kiểm toán; tăng {p}% so cùng kỳ",
  "Nguồn: phần mềm quản trị tòa soạn, trích xuất tháng 12/{y}",
  "Theo dõi cộng dồn; khoảng {n} sản phẩm chưa phân loại chủ đề",
  "Đơn vị tự tổng hợp, Sở chưa thẩm định lại ({y})",
];

/** Security levels written in words ({n} the level): read back as levels. */
export const B24_LEVEL_TEXTS: readonly string[] = ["Mức {n}", "Level {n}", "cap {n}"];

/** Number formats that carry a unit. */
export const B24_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" TP"', '#,##0" tác phẩm"'],
  money: ['#,##0" trđ"', '#,##0" tr.đ"'],
  count: ['#,##0" người"'],
};

/** Plan column heads ({y} the year): read as plan by a person. */
export const B24_PLAN_HEADERS: readonly string[] = [
  "KH được giao năm {y}",
  "Mục tiêu phấn đấu {y}",
  "Kế hoạch (giao đầu năm {y})",
  "Chỉ tiêu KH đăng ký {y}",
];

/** Part-of-year heads ({y} the year): the fourth quarter alone. */
export const B24_PARTIAL_HEADERS: readonly string[] = [
  "Riêng quý IV/{y}",
  "Quý IV năm {y} (3 tháng)",
  "Trong quý 4-{y}",
];

export const B24_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã đưa vào dùng", "Chưa đưa vào dùng"],
  ["Có (đang dùng)", "Không có"],
  ["Rồi", "Chưa"],
  ["Đã làm xong", "Chưa làm"],
];

export const B24_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại giấy phép", "Chưa được cấp lại"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];

export const B24_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng (tạp chí in)",
  "K/AD",
  "Không thuộc diện đối tượng",
];

/** Autonomy as its authors say it (yes, no). */
export const B24_AUTONOMY = ["Đã tự chủ chi thường xuyên", "Chưa tự chủ"] as const;

/** How files are named after a unit. */
export const B24_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLChau", "bao_lc_2025"],
  "dai-ptth-lai-chau": ["DaiLTV", "dai_ptth_lc_2025"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVNghe", "tc_vhnt_lc_2025"],
  "tinh-lai-chau": ["ToanTinhLC", "tinh_lc_2025"],
};

/** A near-miss row: its texts, the input it imitates and the factor range of its figure. */
export type B24Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
};

export const B24_DECOYS = {
  allTopicWorks: {
    texts: ["Tổng tác phẩm đã đăng, phát (mọi chủ đề)", "Tong tac pham dang phat ke ca giai tri"],
    near: "political_articles",
    scale: [1.6, 2.4],
  },
  reusedWorks: {
    texts: ["Tác phẩm khai thác lại từ nguồn bạn", "TP dẫn lại từ báo bạn, TTXVN"],
    near: "political_articles",
    scale: [0.2, 0.45],
  },
  budgetGrant: {
    texts: ["Kinh phí NSNN cấp chi thường xuyên trong năm", "Nguon NSNN giao du toan chi TX"],
    near: "revenue",
    scale: [1.3, 2.2],
  },
  adRevenue: {
    texts: ["Riêng phần thu quảng cáo, truyền thông", "Trong đó: thu QC-TT hợp đồng"],
    near: "revenue",
    scale: [0.3, 0.6],
  },
  cardHolders: {
    texts: ["Số người có thẻ hành nghề báo chí", "Trong đó: được cấp thẻ HNBC"],
    near: "staff_total",
    scale: [0.4, 0.7],
  },
  collaborators: {
    texts: ["CTV thường xuyên (ngoài biên chế, HĐ)", "CTV ký hợp đồng theo tác phẩm"],
    near: "staff_total",
    scale: [0.5, 1.5],
  },
  securityTrained: {
    texts: ["Người được tập huấn an toàn thông tin", "Tap huan ATTT (luot nguoi)"],
    near: "staff_trained",
    scale: [0.1, 0.4],
  },
  platformPosts: {
    texts: ["Bài đăng trên fanpage, kênh video năm nay", "Luot bai dang len mang xa hoi"],
    near: "political_articles",
    scale: [2.5, 4],
  },
  provincePopulation: {
    texts: ["Dân số toàn tỉnh (trung bình năm)", "Dan so trung binh toan tinh LC"],
    near: "remote_population_total",
    scale: [3.5, 4.5],
  },
} as const satisfies Readonly<Record<string, B24Decoy>>;

/**
 * How the blind17 split words the plan's inputs, the agencies, the near-miss rows, units, notes and answers: written
 * for this split without looking at the detector, its vocabulary, the plans' synonyms or any other split's lists.
 * The guard test (tests/corpusBlind17.test.ts) checks in code that none of them equals a wording the repository
 * already knows.
 */
import type { UnitId } from "../model";

export const B17_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tin, bài mới đăng phát về nhiệm vụ chính trị (sản xuất trong năm)",
    "SL tin bai moi phuc vu nhiem vu chinh tri cua dia phuong",
    "Tin/bài tuyên truyền NV chính trị - sản xuất mới",
    "Tác phẩm mới phục vụ nhiệm vụ chính trị được đăng, phát",
    "So tac pham phuc vu NVCT dang/phat moi",
  ],
  revenue: [
    "Tổng số thu hoạt động báo chí, dịch vụ trong năm",
    "Tong cac nguon thu SN cua co quan (Tr.d)",
    "Doanh thu toàn cơ quan (gồm quảng cáo, đặt hàng, dịch vụ khác)",
    "Thu sự nghiệp - cộng tất cả các nguồn",
  ],
  staff_total: [
    "Tổng nhân lực (lãnh đạo, PV, BTV, KTV, hành chính)",
    "Tong so nguoi lam viec thuc te o co quan ngay 31/12",
    "Số CB, VC, NLĐ hiện có đến 31/12",
    "Lực lượng cán bộ toàn cơ quan",
  ],
  staff_trained: [
    "Số người đã dự bồi dưỡng kỹ năng chuyển đổi số báo chí",
    "So CB, PV, BTV da duoc tap huan CDS",
    "Nhân lực đã qua lớp CĐS (lãnh đạo, phóng viên, biên tập viên)",
    "Trong tổng số: đã được bồi dưỡng về báo chí số",
  ],
  digital_platforms: [
    "Nội dung được phân phối trên nền tảng số (ưu tiên nền tảng Việt)",
    "Co dua noi dung len nen tang so",
    "Phát hành sản phẩm báo chí trên các nền tảng số trong nước",
    "Nền tảng số: có cung cấp nội dung",
  ],
  ai_data_platform: [
    "Nền tảng dữ liệu tập trung, có phân tích bằng trí tuệ nhân tạo",
    "Ung dung AI phan tich du lieu tap trung",
    "Hệ thống phân tích dữ liệu tổng hợp (AI) đã dùng",
    "Phân tích dữ liệu bạn đọc, khán thính giả bằng AI",
  ],
  converged_newsroom: [
    "Tòa soạn đã vận hành theo mô hình hội tụ đa kênh",
    "Toa soan van hanh kieu hoi tu (C/K)",
    "Mô hình tòa soạn số hội tụ (đa nền tảng, một đầu mối)",
    "Tổ chức tòa soạn theo hướng hội tụ",
  ],
  autonomous: [
    "Đơn vị tự chủ tài chính (tự đảm bảo chi TX)",
    "Tu chu tai chinh theo ND 60",
    "Tự chủ về tài chính - tình hình thực hiện",
    "Mức tự chủ: tự bảo đảm chi thường xuyên",
  ],
  security_level: [
    "Cấp độ ATTT hệ thống thông tin được duyệt",
    "Cap do an toan HTTT da phe duyet",
    "Hệ thống thông tin đạt cấp độ an toàn (đã phê duyệt hồ sơ)",
    "Mức cấp độ bảo đảm ATTT của trang, cổng điện tử",
  ],
  licensed: [
    "Tạp chí VN đã làm xong thủ tục cấp lại GP hoạt động",
    "Tap chi xin cap lai GP: ket qua",
    "Giấy phép hoạt động tạp chí (cấp lại)",
    "Hoàn thành cấp lại giấy phép báo chí in",
  ],
  remote_population_total: [
    "Dân số của các xã VS, VX, biên giới thuộc tỉnh",
    "Tong nhan khau VS VX BG toan tinh",
    "Nhân khẩu các bản vùng khó khăn, biên giới (cả tỉnh)",
    "Tổng dân cư vùng sâu xa, biên giới",
  ],
  remote_population_reached: [
    "Dân vùng sâu, vùng xa được tiếp cận ≥ 1 loại hình báo chí tỉnh",
    "So dan VSVX tiep can it nhat mot loai hinh bao chi",
    "Nhân khẩu vùng khó khăn nghe, xem, đọc được báo chí địa phương",
    "Trong đó: số dân tiếp cận được báo, đài tỉnh",
  ],
};

/** Short column and log headers. */
export const B17_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["TB NVCT mới", "Tin bài CT (mới)", "NVCT - tin/bài"],
  revenue: ["Σ các khoản thu SN (Tr.đ)", "DT toàn đơn vị", "Thu (cộng các nguồn)"],
  staff_total: ["Tổng NL", "Số người h.có", "CB+VC+NLĐ (người)"],
  staff_trained: ["Số đã BD về CĐS", "Số đã học lớp báo chí số", "Đã tập huấn số"],
  digital_platforms: ["Lên NT số (C/K)", "PP nội dung số", "Có mặt trên n.tảng số?"],
  ai_data_platform: ["Kho DL tập trung có AI", "AI-dữ liệu", "PT dữ liệu bằng AI"],
  converged_newsroom: ["TS hội tụ (C/K)", "Mô hình hội tụ - có chưa?", "Tòa soạn HT đa kênh"],
  autonomous: ["Tự chủ TC (C/K)", "TCTC", "Tự chủ chi TX?"],
  security_level: ["Số cấp độ ATTT đã được duyệt", "Cấp độ ATTT HT (duyệt)", "ATTT - cấp mấy"],
  licensed: ["GP cấp lại? (t/c)", "T/c: đã có GP mới?", "Giấy phép mới?"],
  remote_population_total: ["Dân VS, VX, BG (tổng)", "NK vùng sâu-xa (người)", "Tổng số dân VS-VX-BG (ng)"],
  remote_population_reached: ["Dân đã t.cận BC tỉnh", "Dân được TC", "TC báo chí (người)"],
};

/** Agencies as headers, sheet names and row labels call them (≤ 31 characters: some name sheets). */
export const B17_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (Đảng bộ tỉnh)",
    "Bao Lai Chau (co quan)",
    "Báo LChâu (Tỉnh ủy)",
    "Báo Đảng tỉnh LC",
  ],
  "dai-ptth-lai-chau": ["Đài PTTH tỉnh Lai Châu", "Dai PT - TH tinh LC", "ĐPTTH LC", "Đài PT-TH (tỉnh LC)"],
  "tap-chi-van-nghe-lai-chau": [
    "TC Văn nghệ - Hội VHNT",
    "Tap chi Van nghe tinh LC",
    "T/c V.nghệ Lai Châu",
    "Tạp chí VN tỉnh",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh (vùng sâu, vùng xa)",
    "Tinh LC (so chung)",
    "Cả tỉnh (VSVX)",
    "Cộng chung tỉnh LC",
  ],
};

/** A near-miss row: its texts, the input it imitates, the factor range of its figure and its ĐVT. */
export type B17Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B17_DECOYS = {
  allArticles: {
    texts: [
      "Tổng tin, bài đăng phát (mọi thể loại)",
      "Toan bo tin bai da xuat ban, phat song",
      "Tổng sản phẩm báo chí đã đăng, phát",
    ],
    near: "political_articles",
    scale: [1.6, 2.6],
    measure: "tin, bài",
  },
  reused: {
    texts: ["Tin, bài NVCT đăng lại, khai thác từ nguồn khác", "Tin bai NVCT su dung lai (khong tinh moi)"],
    near: "political_articles",
    scale: [0.3, 0.6],
    measure: "tin, bài",
  },
  adIncome: {
    texts: ["Trong đó thu quảng cáo, tài trợ", "Thu QC - TT (một phần tổng thu)"],
    near: "revenue",
    scale: [0.25, 0.55],
    measure: "Tr.đ",
  },
  stateBudget: {
    texts: ["KP ngân sách cấp để chi TX (không phải thu)", "NSNN cấp (không tính vào thu SN)"],
    near: "revenue",
    scale: [0.8, 1.4],
    measure: "Tr.đ",
  },
  contributors: {
    texts: ["CTV thường xuyên (có HĐ cộng tác)", "So CTV ky hop dong nam"],
    near: "staff_total",
    scale: [0.2, 0.5],
    measure: "người",
  },
  otherCourses: {
    texts: ["Lượt tập huấn nghiệp vụ (không thuộc CĐS)", "Số lượt đi học lý luận chính trị"],
    near: "staff_trained",
    scale: [0.3, 0.8],
    measure: "lượt",
  },
  households: {
    texts: ["Số hộ vùng sâu được cấp đầu thu, radio", "Ho VSVX nhan thiet bi nghe nhin"],
    near: "remote_population_reached",
    scale: [0.18, 0.3],
    measure: "hộ",
  },
} as const satisfies Readonly<Record<string, B17Decoy>>;

/** Units written inside labels, by input or by kind of input. */
export const B17_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tin, bài/năm)", "[tin-bài]"],
  money: ["(triệu đ)", "[Tr.đ]", "(tr. đồng)"],
  count: ["(ng)", "[người]"],
  "yes-no": ["(có / chưa)", "[C/K]"],
  level: ["(cấp)", "[cấp độ 1-5]"],
};

/** The ĐVT column. */
export const B17_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["tin, bài", "Tin-bài", "TP"],
  money: ["Tr.đ", "triệu đ", "Tr đồng"],
  count: ["Người", "ng"],
  "yes-no": ["C/K", "Có - Chưa", ""],
  level: ["Cấp", "cấp độ"],
};

/** Notes beside figures: numbers in them, never a value. */
export const B17_NOTES = [
  "Đã đối chiếu sổ sách ngày 20/11/{y}",
  "Chênh {n} tin bài do chuyển kỳ",
  "Ước đến hết 31/12/{y}, tăng {p}%",
  "Có {n} sản phẩm phát lại, không tính",
  "Số liệu phòng KT-TC cung cấp, {p}% từ đặt hàng",
] as const;

/** Security levels in words ({n} the level). */
export const B17_LEVEL_TEXTS = ["Cấp độ {n}", "cấp {n}", "Mức {n}"] as const;

/** Number formats that carry the unit ("1.245 tin, bài" shown, 1245 stored). */
export const B17_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tin, bài"', '#,##0" TP"'],
  money: ['#,##0" tr.đ"'],
  count: ['#,##0" ng"'],
};

/** Headers over targets (the traps), {y} the year. */
export const B17_PLAN_HEADERS = [
  "KH năm {y} (giao)",
  "Mục tiêu đến {y}",
  "Kế hoạch đề ra {y}",
  "Chỉ tiêu KH {y} được giao",
] as const;

/** Headers over part-of-year figures, {y} the year. */
export const B17_PARTIAL_HEADERS = ["6 tháng đầu {y}", "Ước đến 30/9/{y}", "Lũy kế 10 tháng/{y}"] as const;

export const B17_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Có", "Không có"],
  ["Đã đưa vào vận hành", "Chưa đưa vào vận hành"],
  ["✓", "✗"],
  ["Rồi", "Chưa"],
];
export const B17_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại giấy phép", "Chưa được cấp lại"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];
export const B17_NOT_APPLICABLE = [
  "Không thuộc đối tượng đánh giá",
  "K/áp dụng (tạp chí in)",
  "Không áp dụng",
] as const;
export const B17_AUTONOMY = ["Đã tự chủ", "Chưa tự chủ"] as const;

/** File-name slugs of each unit. */
export const B17_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc", "BLC"],
  "dai-ptth-lai-chau": ["DaiPTTH", "dai_ptth_lc", "DPTTH"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN", "tapchi_vnlc", "TapChiVanNghe"],
  "tinh-lai-chau": ["ToanTinh", "tinh_lc", "TT"],
};

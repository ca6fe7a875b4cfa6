/**
 * The blind15 split's own words: how its authors word every input, agency, column header, near-miss row, unit,
 * note, yes/no answer and level. Written without looking at the detector's vocabulary, the plan's synonym lists or
 * any other split's lists; the guard test (tests/corpusBlind15.test.ts) checks in code that none equals a wording
 * the repository already knows.
 */
import type { NearDecoy } from "../listContext";
import type { UnitId } from "../model";

/** Row labels of each input (with and without diacritics, abbreviated, with extra words). */
export const B15_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tin, bài sản xuất mới tuyên truyền nhiệm vụ chính trị, thông tin thiết yếu (tổng)",
    "Tong so tin, bai moi lam trong nam ve nhiem vu chinh tri",
    "SL tin, bài mới về NV chính trị - TT thiết yếu",
    "Tác phẩm mới phục vụ tuyên truyền chính trị (tin + bài + phóng sự)",
    "Sản lượng tin bài chính trị, thiết yếu sản xuất mới trong năm",
  ],
  revenue: [
    "Tổng thu của cơ quan (tất cả các nguồn)",
    "Tong doanh thu cac nguon cua don vi",
    "Doanh thu thực hiện toàn đơn vị",
    "Tổng số thu từ hoạt động báo chí và dịch vụ",
    "DT tổng cộng của cơ quan báo chí",
  ],
  staff_total: [
    "Số người làm việc hiện có (LĐ, CB, PV, BTV, KTV)",
    "Tong so nguoi lam viec, co mat den 31/12",
    "Nhân sự toàn cơ quan tính đến cuối năm",
    "Tổng lao động hiện có của tòa soạn",
  ],
  staff_trained: [
    "Số người đã được bồi dưỡng về CĐS báo chí (lũy kế)",
    "So nguoi da qua tap huan chuyen doi so bao chi",
    "Nhân sự đã học kiến thức, kỹ năng CĐS báo chí",
    "Trong số đó, đã được tập huấn CĐS",
  ],
  digital_platforms: [
    "Nội dung đã đưa lên nền tảng số (ưu tiên nền tảng Việt)",
    "Dua noi dung bao chi len nen tang so (uu tien trong nuoc)",
    "Phát hành nội dung qua các nền tảng số trong năm",
    "Có kênh phân phối nội dung trên nền tảng số",
  ],
  ai_data_platform: [
    "Đang dùng nền tảng DL tập trung, có AI, để phân tích và xử lý",
    "Su dung nen tang phan tich du lieu tap trung, co AI",
    "Ứng dụng AI phân tích, xử lý dữ liệu tổng hợp tập trung",
    "Hệ thống dữ liệu dùng chung có trí tuệ nhân tạo (AI)",
  ],
  converged_newsroom: [
    "Tòa soạn vận hành theo mô hình hội tụ",
    "Toa soan hoi tu (da/chua van hanh)",
    "Áp dụng mô hình tòa soạn hội tụ, sản xuất đa nền tảng",
    "Vận hành tòa soạn hội tụ (converged newsroom)",
  ],
  autonomous: [
    "Đơn vị sự nghiệp tự chủ tài chính (tự bảo đảm chi TX)",
    "Tu chu tai chinh theo co che moi",
    "Cơ chế tự chủ tài chính đã được phê duyệt",
    "Cơ quan báo chí đã tự chủ tài chính hay chưa",
  ],
  security_level: [
    "Cấp độ ATTT được duyệt cho hệ thống của tòa soạn",
    "Cap do ATTT cua he thong (theo ho so duoc duyet)",
    "Hệ thống thông tin đạt cấp độ an toàn",
    "Cấp độ bảo đảm ATTT của trang, cổng điện tử",
  ],
  licensed: [
    "Cấp phép lại hoạt động tạp chí",
    "Cap lai giay phep hoat dong bao chi (tap chi)",
    "Giấy phép hoạt động tạp chí đã cấp lại",
    "Tạp chí được Bộ cấp lại giấy phép",
  ],
  remote_population_total: [
    "Tổng dân số vùng sâu, vùng xa và các xã biên giới",
    "Dan so vung sau vung xa toan tinh",
    "Số dân khu vực vùng sâu, vùng xa, biên giới",
    "Nhân khẩu vùng sâu, vùng xa (tổng số)",
  ],
  remote_population_reached: [
    "Người dân VS, VX tiếp cận được ít nhất 01 loại hình báo chí tỉnh",
    "So dan vung sau vung xa duoc tiep can bao chi cua tinh",
    "Số dân vùng sâu, xa được tiếp cận báo chí của tỉnh",
    "Trong số đó, tiếp cận được ít nhất một loại hình báo chí",
  ],
};

/** Short column headers and log keys of each input. */
export const B15_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin bài NVCT làm mới", "SL tin-bài NV chính trị (mới)", "Tin, bài CT&TTTY"],
  revenue: ["Tổng thu cả năm (mọi nguồn)", "DThu các nguồn", "Tổng DT toàn cơ quan"],
  staff_total: ["Tổng số LĐ hiện có", "Tổng người đang làm việc", "Nhân sự cơ quan, người"],
  staff_trained: ["Đã BD CĐS", "Đã qua lớp CĐS báo chí", "Người học CĐS xong"],
  digital_platforms: ["Có lên nền tảng số", "Nội dung lên NTS", "Đã phát hành qua NT số?"],
  ai_data_platform: ["NT phân tích DL tập trung có AI", "CSDL tập trung có AI?", "Phân tích DL bằng AI"],
  converged_newsroom: ["Tòa soạn hội tụ đã có?", "TS vận hành hội tụ", "Mô hình hội tụ (TS)"],
  autonomous: ["Tự chủ về TC: đã / chưa", "Đã tự chủ tài chính?", "Cơ chế tự chủ TC của đv"],
  security_level: ["Cấp độ HTTT (đã duyệt)", "Cấp ATTT của HT chính", "ATTT - cấp"],
  licensed: ["GP tạp chí cấp lại", "Cấp lại GP tạp chí (đã/chưa)", "Tình hình GP mới của TC"],
  remote_population_total: ["Dân số VSVX toàn tỉnh", "Dân VS-VX (người)", "Tổng dân VSVX"],
  remote_population_reached: [
    "Dân VSVX tiếp cận BC",
    "Số dân được tiếp cận BC tỉnh",
    "Người tiếp cận ≥ 01 loại hình BC tỉnh",
  ],
};

/** How the agencies and the province are called in headers, rows and sheet names (≤ 31 characters). */
export const B15_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (báo Đảng)",
    "Bao LaiChau - Tinh uy",
    "BLC - tòa soạn báo",
    "Tòa soạn Báo LChâu",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH tỉnh Lai Châu (LTV)",
    "Dai PTTH tinh LaiChau",
    "Đài PT-TH thuộc UBND tỉnh",
    "LTV - Đài PT-TH LChâu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VNghệ LC - Hội VHNT",
    "Tap chi VanNghe LaiChau",
    "TC VNghệ LaiChau - tạp chí in",
    "Tạp chí Hội Văn học NT tỉnh",
  ],
  "tinh-lai-chau": [
    "Trên địa bàn toàn tỉnh LC",
    "Toan tinh LC (tong hop)",
    "Cấp tỉnh - số chung",
    "Tỉnh LC - chung",
  ],
};

/** A near-miss row: the input it imitates, the factor range of its figure, its ĐVT and its wordings. */
export type B15Decoy = NearDecoy & { measure: string; texts: readonly string[] };

export const B15_DECOYS = {
  allArticles: {
    near: "political_articles",
    scale: [1.4, 2.3],
    measure: "tin, bài",
    texts: [
      "Tổng số tin, bài, chương trình đã phát hành (mọi chủ đề)",
      "Tong tin bai xuat ban trong nam (tat ca)",
    ],
  },
  orderedArticles: {
    near: "political_articles",
    scale: [0.4, 0.7],
    measure: "tin, bài",
    texts: ["Số tin, bài theo đơn đặt hàng của tỉnh", "Tin bai dat hang, giao nhiem vu"],
  },
  adRevenue: {
    near: "revenue",
    scale: [0.15, 0.4],
    measure: "tr.đ",
    texts: ["Thu QC, tài trợ sản xuất chương trình", "Thu QC - tài trợ (tr.đ)"],
  },
  recurrentSpend: {
    near: "revenue",
    scale: [1.1, 1.6],
    measure: "tr.đ",
    texts: ["Tổng chi thường xuyên trong năm", "Chi hoat dong thuong xuyen (tong)"],
  },
  contractors: {
    near: "staff_total",
    scale: [0.15, 0.35],
    measure: "người",
    texts: ["CTV thường xuyên (có ký hợp đồng)", "So cong tac vien ky hop dong"],
  },
  trainedOther: {
    near: "staff_trained",
    scale: [0.3, 0.8],
    measure: "lượt người",
    texts: [
      "Lượt người dự tập huấn nghiệp vụ khác (không về CĐS)",
      "Bồi dưỡng lý luận chính trị (lượt người)",
    ],
  },
  followers: {
    near: "digital_platforms",
    scale: [60, 400],
    measure: "lượt",
    texts: ["Lượt theo dõi trên các kênh số của cơ quan", "Người theo dõi fanpage, kênh video (lượt)"],
  },
  attacks: {
    near: "security_level",
    scale: [0.5, 3],
    measure: "lần",
    texts: ["Số lần phát hiện tấn công, dò quét hệ thống", "Sự cố ATTT đã xử lý trong năm"],
  },
  households: {
    near: "remote_population_reached",
    scale: [0.18, 0.3],
    measure: "hộ",
    texts: ["Số hộ VSVX có thiết bị thu sóng PT-TH", "Hộ dân được cấp đầu thu, loa truyền thanh"],
  },
} as const satisfies Readonly<Record<string, B15Decoy>>;

/** Units written inside labels, by input or kind. */
export const B15_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tin,bài)", "- tin bài"],
  money: ["(tr. đồng)", "- triệu đ"],
  count: ["(ng)", "- người"],
  "yes-no": ["(có / chưa)", "(đánh dấu)"],
  level: ["(cấp 1-5)", "- cấp"],
};

/** ĐVT column texts. */
export const B15_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["tin - bài", "Tin bài/năm"],
  money: ["tr. đồng", "Triệu đ"],
  count: ["Ng.", "người/đv"],
  "yes-no": ["Có-Chưa", "đ/giá"],
  level: ["Cấp (1-5)", "cấp"],
};

/** Notes left in "Ghi chú" cells ({p} percent, {n} number, {y} year). */
export const B15_NOTES = [
  "Số liệu do phòng Tổ chức - Hành chính gửi ngày 18/11/{y}",
  "Đã đối chiếu với sổ kế toán, chênh {n} so với lần trước",
  "Tăng khoảng {p}% so cùng kỳ (ước)",
  "Chưa gồm {n} tin bài phát lại",
  "Đơn vị gửi qua hệ thống QLVB ngày 20/11/{y}",
] as const;

export const B15_LEVEL_TEXTS = ["Mức {n}", "Cấp {n}", "Level {n}"] as const;

/** Number formats with the unit in them ("1.245 tin bài" shown, 1245 stored). */
export const B15_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tin bài"', '#,##0" t/b"'],
  revenue: ['#,##0" trđ"'],
  count: ['#,##0" ng"'],
};

/** Headers over targets ({y}: the year). */
export const B15_PLAN_HEADERS = [
  "KH năm {y}",
  "Mục tiêu {y} (theo KH 3414)",
  "Chỉ tiêu KH giao {y}",
] as const;
/** Headers over part-of-year figures. */
export const B15_PARTIAL_HEADERS = [
  "Lũy kế đến 30/9/{y}",
  "Ước 10 tháng {y}",
  "6 tháng đầu năm {y}",
] as const;

export const B15_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Đã làm", "Chưa làm"],
  ["Rồi", "Chưa"],
  ["Đang vận hành", "Chưa vận hành"],
];
export const B15_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại giấy phép", "Chưa được cấp lại"],
  ["Đã có giấy phép mới", "Đang chờ cấp phép"],
];
export const B15_NOT_APPLICABLE = [
  "Không áp dụng (tạp chí in)",
  "K/áp dụng",
  "Không thuộc đối tượng",
] as const;
export const B15_AUTONOMY = ["Đã tự chủ", "Chưa tự chủ"] as const;

/** File-name slugs of each unit. */
export const B15_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau_BC", "bao_lc"],
  "dai-ptth-lai-chau": ["DaiLTV", "dai_pt_th"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVanNghe", "tc_van_nghe"],
  "tinh-lai-chau": ["TongHopTinh", "toan_tinh"],
};

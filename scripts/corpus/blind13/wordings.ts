/**
 * Every text a blind13 case shows for the plan's inputs, units and traps: written without looking at the detector,
 * its vocabulary or any other split's lists. Exports follow the `B13_<LIST>` convention of listContext.ts.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B13_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tin bài mới phục vụ NVCT & thông tin thiết yếu (sản xuất trong năm)",
    "Sản lượng tin, bài tuyên truyền nhiệm vụ chính trị do cơ quan tự sản xuất",
    "Tong so tin bai moi phuc vu nhiem vu chinh tri (tu san xuat)",
    "Tin/bài NVCT, thông tin thiết yếu đã đăng, phát (bài mới)",
    "Số tác phẩm mới về nhiệm vụ chính trị được xuất bản, phát sóng",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp và dịch vụ trong năm",
    "Doanh thu hoạt động báo chí (mọi nguồn, đã gồm đặt hàng)",
    "Tổng thu từ hoạt động sự nghiệp, quảng cáo, dịch vụ báo chí",
    "Tong doanh thu cua co quan trong nam bao cao",
    "Kết quả thu (doanh thu) của năm",
  ],
  staff_total: [
    "Tổng số người đang làm việc (lãnh đạo, PV, BTV, KTV, hành chính)",
    "Quân số lãnh đạo, phóng viên, biên tập viên, người lao động hiện có",
    "Tổng biên chế, hợp đồng của cơ quan tại thời điểm báo cáo",
    "Số lãnh đạo + PV + BTV + nhân viên có mặt đến 31/12",
  ],
  staff_trained: [
    "Số người đã qua lớp tập huấn, bồi dưỡng kỹ năng chuyển đổi số báo chí",
    "Lãnh đạo, PV, BTV được bồi dưỡng kiến thức CĐS báo chí (người, không tính trùng)",
    "So can bo, PV, BTV da duoc tap huan ve chuyen doi so",
    "Nhân lực đã được bồi dưỡng nghiệp vụ làm báo số",
  ],
  digital_platforms: [
    "Đưa sản phẩm báo chí lên các nền tảng số (ưu tiên nền tảng trong nước)",
    "Có phân phối nội dung trên nền tảng số, mạng xã hội trong nước",
    "Sản phẩm báo chí đã hiện diện trên app, MXH, OTT",
    "Phân phối nội dung qua nền tảng số (ứng dụng, MXH, OTT)",
  ],
  ai_data_platform: [
    "Ứng dụng nền tảng dữ liệu tập trung có AI để phân tích, xử lý thông tin",
    "Sử dụng hệ thống phân tích dữ liệu lớn, trí tuệ nhân tạo trong tác nghiệp",
    "Nen tang xu ly, phan tich du lieu tong hop tich hop AI",
    "Đã dùng công cụ AI và kho dữ liệu chung để tối ưu hoạt động",
  ],
  converged_newsroom: [
    "Vận hành tòa soạn hội tụ, sản xuất nội dung đa kênh",
    "Tổ chức sản xuất theo mô hình tòa soạn hội tụ (converged newsroom)",
    "Đã đưa tòa soạn hội tụ vào vận hành chính thức",
    "Toa soan hoi tu (van hanh thuc te)",
  ],
  autonomous: [
    "Cơ chế tài chính: tự bảo đảm chi thường xuyên",
    "Đơn vị sự nghiệp tự chủ tài chính (nhóm 1, 2)",
    "Đã áp dụng tự chủ theo Nghị định 60/2021",
    "Da chuyen sang co che tu chu ve tai chinh",
  ],
  security_level: [
    "Cấp độ HTTT được phê duyệt hồ sơ đề xuất (theo NĐ 85/2016)",
    "Mức cấp độ an toàn của hệ thống thông tin báo điện tử/cổng TTĐT",
    "Hệ thống thông tin xuất bản điện tử đạt cấp độ ATTT",
    "Cap do an toan thong tin cua he thong xuat ban dien tu",
  ],
  licensed: [
    "Tình hình cấp lại giấy phép hoạt động tạp chí in",
    "Giấy phép hoạt động báo chí in đã được cấp lại",
    "Được Bộ cấp giấy phép mới cho tạp chí",
    "Hoan thanh thu tuc cap phep lai Tap chi",
  ],
  remote_population_total: [
    "Tổng dân số các xã, bản vùng sâu, vùng xa, biên giới",
    "Quy mô dân số vùng sâu, vùng xa, biên giới (theo rà soát)",
    "Số nhân khẩu trên địa bàn vùng sâu, xa, biên giới",
    "Tong nhan khau xa, ban vung sau vung xa bien gioi",
  ],
  remote_population_reached: [
    "Số người vùng sâu, vùng xa được tiếp cận tối thiểu 01 loại hình báo chí tỉnh",
    "Dân vùng sâu, vùng xa tiếp cận được ít nhất một loại hình báo chí địa phương",
    "Người dân vùng sâu, xa, biên giới nghe, xem, đọc được báo chí tỉnh",
    "So nguoi dan vung sau vung xa duoc tiep can bao chi cua tinh",
  ],
};

/** Column and code-book headers: short, as typed in a narrow column. */
export const B13_SHORT_HEADERS: ByInput = {
  political_articles: [
    "Tin-bài NVCT (SL)",
    "Tin-bài mới NVCT/TTTY",
    "SL bai NVCT tu SX",
    "TP báo chí NVCT (mới)",
  ],
  revenue: ["Tổng thu SN+DV", "Doanh thu gộp cả năm", "DThu báo chí", "Thu năm (triệu)"],
  staff_total: [
    "Tổng nhân lực hiện có",
    "Quân số toàn cơ quan (ng)",
    "Tong so LĐ-PV-BTV",
    "Tổng người làm việc thực tế",
  ],
  staff_trained: ["Số người học CĐS báo chí", "Qua bồi dưỡng CĐS (ng)", "So nguoi da boi duong so"],
  digital_platforms: ["Phát hành qua NT số (Y/N)", "Kênh phân phối số", "ND so hoa len app/MXH"],
  ai_data_platform: [
    "Nền tảng DL tập trung + AI",
    "Phân tích DL/AI",
    "DL tap trung co AI (Y/N)",
    "Dùng AI-Big data",
  ],
  converged_newsroom: ["TSHT đã vận hành?", "Tòa soạn hội tụ (Y/N)", "Hoi tu (toa soan)"],
  autonomous: ["Nhóm tự chủ", "Tự chủ TC (Y/N)", "Tu chu chi thuong xuyen (Y/N)"],
  security_level: ["Cấp HT XBĐT", "Cấp độ ATTT được duyệt (HT XBĐT)", "Cap ATTT XB dien tu"],
  licensed: ["GP in (cấp lại)", "GP tạp chí mới", "Tinh hinh GP moi"],
  remote_population_total: ["DS vùng sâu xa BG", "Nhân khẩu VS-VX-BG", "Nhan khau VSVX (ra soat)"],
  remote_population_reached: [
    "Số dân tiếp cận báo tỉnh",
    "Người được tiếp cận (VSVX)",
    "Nguoi dan tiep can duoc",
  ],
};

export const B13_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (cơ quan Đảng bộ tỉnh LC)",
    "Bao Lai Chau - TU",
    "Báo Lai Châu, bản in và điện tử",
    "BLC - Tỉnh ủy LC",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH tỉnh L.Châu",
    "Dai PT-TH tinh Lai Chau (DPTTH)",
    "Đài PTTH (UBND tỉnh)",
    "Đài PT,TH tỉnh LChâu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VNLC thuộc Hội VHNT",
    "TC Van nghe tinh LC (thuoc Hoi)",
    "TC Văn nghệ (Hội Văn học NT tỉnh)",
    "Tạp chí VN Lai Châu (Hội)",
  ],
  "tinh-lai-chau": [
    "Toàn địa bàn tỉnh (VSVX)",
    "Cả tỉnh (7 huyện, 1 TP)",
    "Ca tinh - so lieu chung VS,VX",
    "Tỉnh Lai Châu (chung)",
  ],
};

export const B13_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau_hoso", "bao_lc_2025"],
  "dai-ptth-lai-chau": ["DaiPTTH_LC_hoso", "dai-ptth-2025"],
  "tap-chi-van-nghe-lai-chau": ["TCVanNghe_hoso", "tap-chi-vnlc-2025"],
  "tinh-lai-chau": ["ToanTinh_VSVX_2025", "so-lieu-chung-tinh"],
};

export const B13_LABEL_UNITS: ByInput = {
  political_articles: ["(tin/bài)", "- tin bài"],
  money: ["(tr. đồng)", "(triệu đ)"],
  count: ["(người)", "(ng)"],
  "yes-no": ["(có/chưa)", "(Y/N)"],
  level: ["(cấp)", "(mức)"],
};

export const B13_MEASURES: ByInput = {
  political_articles: ["tin-bài", "Tác phẩm"],
  money: ["Triệu đ", "tr.đồng"],
  count: ["người", "Ng."],
  "yes-no": ["Có/Chưa", "Y/N"],
  level: ["Mức", "Cấp"],
};

export const B13_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin, bài"', '#,##0" bài"'],
  money: ['#,##0" tr.đ"', '#,##0" triệu"'],
  count: ['#,##0" người"'],
};

/** Remarks (the first 12 characters are always literal text). */
export const B13_NOTES: readonly string[] = [
  "Số liệu ước tính đến 31/12/{y}",
  "Theo báo cáo quyết toán, tăng {p}% so cùng kỳ",
  "Chưa gồm các sản phẩm đăng lại ({n} tin)",
  "Đối chiếu với sổ theo dõi tháng 12/{y}",
  "Trong đó có {n} sản phẩm đa phương tiện",
];

export const B13_LEVEL_TEXTS: readonly string[] = ["Mức {n}", "Mức 0{n}", "cấp độ {n}"];

/** Headers of plan/target figures (each says Kế hoạch, KH or Mục tiêu). */
export const B13_PLAN_HEADERS: readonly string[] = [
  "KH giao năm {y}",
  "Mục tiêu {y} (theo KH 3414)",
  "Kế hoạch được giao {y}",
  "Chỉ tiêu KH {y}",
];

/** Headers of part-of-year figures. */
export const B13_PARTIAL_HEADERS: readonly string[] = [
  "6 tháng đầu năm {y}",
  "Ước TH 9 tháng {y}",
  "Lũy kế đến 30/6/{y}",
  "Quý I-III/{y}",
];

export const B13_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã thực hiện", "Chưa thực hiện"],
  ["Rồi", "Chưa"],
  ["x", "k"],
  ["✓", "✗"],
  ["Đang vận hành", "Chưa có"],
];

export const B13_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp phép lại", "Chưa được cấp phép"],
  ["Đã có GP mới", "Đang chờ cấp GP"],
];

export const B13_NOT_APPLICABLE: readonly string[] = [
  "K/AD",
  "Không áp dụng (tạp chí in)",
  "Không thuộc đối tượng áp dụng",
];

export const B13_AUTONOMY: readonly [string, string] = ["Đã được giao tự chủ", "Chưa được giao"];

/** A near-miss row: a figure of another, similar indicator, near the one it imitates. */
export type B13Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B13_DECOYS = {
  allArticles: {
    texts: [
      "Tổng số tin, bài, phóng sự đã đăng phát (mọi chủ đề)",
      "Tong tin bai da dang, phat ca nam (tat ca chuyen muc)",
    ],
    near: "political_articles",
    scale: [1.4, 2.1],
    measure: "tin-bài",
  },
  reposts: {
    texts: ["Tin bài khai thác, đăng lại từ nguồn khác", "Sản phẩm tiếp sóng, đăng lại (không tự sản xuất)"],
    near: "political_articles",
    scale: [0.2, 0.5],
    measure: "tin-bài",
  },
  ads: {
    texts: ["Riêng thu quảng cáo, tài trợ", "Thu QC - tài trợ chương trình"],
    near: "revenue",
    scale: [0.2, 0.45],
    measure: "Triệu đ",
  },
  budget: {
    texts: ["Kinh phí ngân sách cấp (đặt hàng, giao nhiệm vụ)", "Dự toán NSNN giao trong năm"],
    near: "revenue",
    scale: [0.5, 0.9],
    measure: "Triệu đ",
  },
  cards: {
    texts: ["Số PV, BTV đang có thẻ nhà báo", "Thẻ nhà báo còn hiệu lực (chiếc)"],
    near: "staff_total",
    scale: [0.4, 0.7],
    measure: "người",
  },
  otherCourses: {
    texts: ["Lượt người dự các lớp nghiệp vụ khác (không về CĐS)", "Luot tap huan nghiep vu chung"],
    near: "staff_trained",
    scale: [0.3, 0.8],
    measure: "lượt",
  },
  households: {
    texts: ["Số hộ vùng sâu, vùng xa được hỗ trợ đầu thu, radio", "Ho duoc cap dau thu truyen hinh so"],
    near: "remote_population_total",
    scale: [0.1, 0.25],
    measure: "hộ",
  },
} as const satisfies Readonly<Record<string, B13Decoy>>;

/** The near-miss rows that imitate an input. */
export function b13DecoysNear(input: string): B13Decoy[] {
  return Object.values(B13_DECOYS).filter((d) => d.near === input);
}

/**
 * The blind26 split's own words: how its authors word the plan's inputs, the agencies, the near-miss rows, units,
 * notes and answers. Written for this split without looking at any other split's lists or the detector's
 * vocabulary; the guard test (tests/corpusBlind26.test.ts) checks in code that none equals a known wording.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B26_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tin, bài mới viết phục vụ nhiệm vụ chính trị địa phương",
    "Tac pham moi phuc vu NV chinh tri cua tinh",
    "Sản lượng tác phẩm mới về nhiệm vụ chính trị (tin, bài)",
    "Số TP báo chí mới tuyên truyền nhiệm vụ chính trị được giao",
    "Tin bài NV chính trị sản xuất mới trong năm",
  ],
  revenue: [
    "Tổng thu hoạt động báo chí, dịch vụ trong năm (mọi nguồn)",
    "Tong so thu su nghiep, dich vu trong nam",
    "Tổng doanh thu thực hiện của cơ quan báo chí",
    "Thu sự nghiệp tổng cộng (QC, đặt hàng, dịch vụ khác)",
  ],
  staff_total: [
    "Tổng nhân sự hiện có (LĐ, CB, PV, BTV, KTV)",
    "Tong so nguoi hien dang lam viec tai toa soan/dai",
    "Nhân sự toàn cơ quan (biên chế + hợp đồng lao động)",
    "Số cán bộ, phóng viên, biên tập viên, kỹ thuật viên hiện có",
  ],
  staff_trained: [
    "Nhân sự đã được bồi dưỡng kỹ năng chuyển đổi số báo chí",
    "So nguoi da qua lop boi duong CDS bao chi",
    "Số LĐ, CB, PV, BTV hoàn thành bồi dưỡng nghiệp vụ báo chí số",
    "Đã được tập huấn về CĐS trong hoạt động báo chí",
  ],
  digital_platforms: [
    "Phát hành nội dung trên nền tảng số (ưu tiên nền tảng Việt)",
    "Noi dung bao chi dua len nen tang so",
    "Có kênh phân phối nội dung trên các nền tảng số",
    "Cung cấp nội dung trên nền tảng số, mạng xã hội trong nước",
  ],
  ai_data_platform: [
    "Nền tảng phân tích dữ liệu tập trung tích hợp trí tuệ nhân tạo",
    "Nen tang du lieu tap trung co tich hop AI",
    "Ứng dụng AI phân tích, xử lý dữ liệu tập trung của cơ quan",
    "Hệ thống dữ liệu dùng chung có công cụ AI phân tích",
  ],
  converged_newsroom: [
    "Mô hình tòa soạn hội tụ đã đi vào vận hành",
    "Toa soan hoi tu (da phuong tien, da nen tang)",
    "Đã tổ chức sản xuất theo mô hình tòa soạn hội tụ đa nền tảng",
    "Vận hành tòa soạn số hội tụ đa loại hình",
  ],
  autonomous: [
    "Đơn vị tự đảm bảo chi thường xuyên theo NĐ 60 (tự chủ TC)",
    "Tu chu tai chinh - chi thuong xuyen",
    "Đơn vị sự nghiệp tự lo 100% chi thường xuyên từ nguồn thu",
    "Đơn vị đã tự chủ về tài chính hay chưa",
  ],
  security_level: [
    "Cấp độ an toàn HTTT được phê duyệt hồ sơ",
    "Cap do ATTT cua he thong thong tin bao dien tu",
    "Hệ thống thông tin đạt cấp độ an toàn (đã phê duyệt)",
    "Phân loại cấp độ ATTT hệ thống thông tin của cơ quan",
  ],
  licensed: [
    "Tạp chí in được cấp lại giấy phép hoạt động (mới)",
    "Tap chi da duoc cap GP hoat dong moi",
    "Tình trạng cấp lại giấy phép (tạp chí in)",
    "Thủ tục cấp lại giấy phép hoạt động đã hoàn thành",
  ],
  remote_population_total: [
    "Tổng dân số các xã, thôn vùng sâu, vùng xa, biên giới",
    "Dan so cac xa vung sau vung xa bien gioi",
    "Số dân khu vực vùng sâu, vùng xa của tỉnh",
    "Nhân khẩu vùng sâu, vùng xa, vùng biên",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa tiếp cận ít nhất 01 loại hình báo chí tỉnh",
    "So nguoi vung sau, vung xa doc/xem/nghe duoc bao chi tinh",
    "Dân số vùng sâu, vùng xa đã được tiếp cận báo chí của tỉnh",
    "Số người vùng sâu, vùng xa được xem, nghe, đọc báo chí tỉnh",
  ],
};

export const B26_SHORT_HEADERS: ByInput = {
  political_articles: ["SL tin-bài NVCT mới viết", "TP NV chính trị", "Tin-bài CT mới"],
  revenue: ["DThu toàn ĐV", "Σ thu SN+DV", "Tong thu (trd)"],
  staff_total: ["NS hiện có (người)", "NS toàn CQ", "Tong so NS"],
  staff_trained: ["Đã qua BD kỹ năng số", "NS qua bồi dưỡng số", "Da boi duong ky nang so"],
  digital_platforms: ["ND phát hành trên NTS", "ND số hóa đã phát hành đa kênh", "Phan phoi noi dung so"],
  ai_data_platform: ["Nền tảng DL tích hợp AI", "DL tập trung AI", "He DL + tri tue nhan tao"],
  converged_newsroom: ["TS hội tụ đang chạy", "Tòa soạn HT đa nền tảng", "Newsroom hoi tu (LTV/BLC)"],
  autonomous: ["Mức tự chủ TC", "Tự bảo đảm chi TX (đơn vị)", "TC chi TX (tu dam bao?)"],
  security_level: ["Cấp độ HTTT đã duyệt", "ATTT: cấp được duyệt", "Cap do ATTT phe duyet"],
  licensed: ["GP HĐ tạp chí (cấp lại 2025)", "Đã nhận GP mới chưa", "GPHD tap chi - cap lai"],
  remote_population_total: ["Dân số VS, VX, BG", "Dan so vung sau-xa", "Số khẩu vùng khó khăn"],
  remote_population_reached: [
    "Số dân đã tiếp cận BC tỉnh (ng)",
    "Dân VS/VX tiếp cận được BC",
    "So dan VSVX tiep can BC",
  ],
};

export const B26_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo LCh - cơ quan Đảng bộ",
    "BaoLaiChau (BLCh)",
    "Báo Lai Châu (bản điện tử + bản in)",
    "BÁO LAI CHÂU (BLCh)",
  ],
  "dai-ptth-lai-chau": [
    "Đài LTV (PT-TH tỉnh Lai Châu)",
    "Dai PTTH Lai Chau - LTV",
    "LTV - Đài PTTH tỉnh",
    "Đài Phát thanh và Truyền hình tỉnh (LTV)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "TC Văn nghệ LC - Hội VHNT",
    "Tap chi VN Lai Chau (in)",
    "TC Văn nghệ tỉnh LCh",
    "TCVN LCh - Hội VHNT tỉnh",
  ],
  "tinh-lai-chau": [
    "Tỉnh LC - toàn địa bàn",
    "Toan tinh 8 huyen/TP",
    "Cả tỉnh LCh (VSVX)",
    "Địa bàn tỉnh - số liệu chung",
  ],
};

/** Units written inside labels, by input or by kind of input. */
export const B26_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin/bài/phóng sự)"],
  count: ["(ng)", "(người)"],
  money: ["(triệu đ)", "(trđ)"],
  "yes-no": ["(đã/chưa)", "(có hay không)"],
  level: ["(cấp)"],
};

/** The "ĐVT" column. */
export const B26_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "Tin-bài"],
  count: ["Người", "ng"],
  money: ["Triệu đ", "Tr. đồng"],
  "yes-no": ["Đã/Chưa", ""],
  level: ["Cấp"],
};

/** Number formats carrying a unit ("1.245 tp" shown, 1245 stored). */
export const B26_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tp"', '#,##0" tin bài"'],
  money: ['#,##0" trđ"'],
  count: ['#,##0" người"'],
};

/** "Ghi chú" texts ({p} a percentage, {n} a number, {y} the year): never a value. */
export const B26_NOTES = [
  "Số liệu chốt đến ngày 20/11/{y}",
  "Tăng {p}% so cùng kỳ năm trước",
  "Chưa gồm {n} tin bài của cộng tác viên",
  "Đơn vị đã gửi bản giấy kèm theo",
  "Theo báo cáo của đơn vị ngày 18/11/{y}",
] as const;

/** Security levels in words ({n} the level); short enough to read as a level. */
export const B26_LEVEL_TEXTS = ["Cấp {n}", "Mức {n}", "cấp độ {n}", "Level {n}"] as const;

export const B26_PLAN_HEADERS = [
  "KH giao năm {y}",
  "Chỉ tiêu kế hoạch {y}",
  "Mục tiêu đến {y}",
  "Kế hoạch (giao đầu năm)",
  "KH {y} (UBND giao)",
] as const;

export const B26_PARTIAL_HEADERS = [
  "Lũy kế 9 tháng {y}",
  "6 tháng đầu năm {y}",
  "Riêng quý IV/{y}",
  "Ước đến 30/9/{y}",
] as const;

export const B26_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Có", "Không"],
  ["Đã vận hành", "Chưa"],
  ["✓", "✗"],
  ["Đã triển khai", "Không triển khai"],
];

export const B26_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp phép lại", "Chưa cấp phép"],
  ["Đã được cấp lại", "Chưa được cấp lại"],
  ["Được cấp phép lại", "Chưa cấp phép lại"],
];

export const B26_NOT_APPLICABLE = [
  "Không áp dụng",
  "K/áp dụng (tạp chí in)",
  "Không thuộc đối tượng",
] as const;

export const B26_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** How people name an agency's file. */
export const B26_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc", "Bao-LC"],
  "dai-ptth-lai-chau": ["DaiPTTH", "dai_ptth_lc", "LTV"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVHNT", "tc_van_nghe", "TCVN-LC"],
  "tinh-lai-chau": ["ToanTinh", "toan_tinh", "Tinh-LC"],
};

/** A near-miss row: same theme, another quantity; its figure is near the value of the input it imitates. */
export type B26Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B26_DECOYS = {
  allWorks: {
    texts: [
      "Tổng tác phẩm đã đăng, phát trong năm (mọi chủ đề, mọi loại hình)",
      "Tong so tin bai da xuat ban phat song trong nam",
    ],
    near: "political_articles",
    scale: [1.7, 2.6],
    measure: "Tác phẩm",
  },
  ethnicWorks: {
    texts: [
      "Trong đó: tin bài tiếng dân tộc (Mông, Thái, Dao)",
      "Tác phẩm phát bằng 3 thứ tiếng dân tộc thiểu số",
    ],
    near: "political_articles",
    scale: [0.15, 0.4],
    measure: "Tác phẩm",
  },
  reviewedWorks: {
    texts: ["Số tác phẩm được Sở đọc, xem, nghe hậu kiểm", "Tin bai da hau kiem"],
    near: "political_articles",
    scale: [0.3, 0.7],
    measure: "Tác phẩm",
  },
  flawedWorks: {
    texts: ["Số tác phẩm có sai sót phải đính chính", "Tin bài bị nhắc nhở do sai sót nội dung"],
    near: "political_articles",
    scale: [0.005, 0.03],
    measure: "Tác phẩm",
  },
  taxableRevenue: {
    texts: ["Doanh thu chịu thuế GTGT (quảng cáo, dịch vụ)", "DT tinh thue GTGT"],
    near: "revenue",
    scale: [0.35, 0.7],
    measure: "Triệu đ",
  },
  vatPayable: {
    texts: ["Thuế GTGT phải nộp trong kỳ", "Thue GTGT da nop NSNN"],
    near: "revenue",
    scale: [0.03, 0.07],
    measure: "Triệu đ",
  },
  orderFunds: {
    texts: ["Kinh phí NSNN giao thực hiện nhiệm vụ đặt hàng", "KP dat hang tu ngan sach tinh"],
    near: "revenue",
    scale: [0.45, 0.85],
    measure: "Triệu đ",
  },
  itStaff: {
    texts: ["Trong đó: cán bộ chuyên trách CNTT", "Nhân sự kỹ thuật, CNTT, số hóa"],
    near: "staff_total",
    scale: [0.06, 0.2],
    measure: "Người",
  },
  averageLabour: {
    texts: ["Số lao động bình quân trong năm (tính thuế TNCN)", "Lao dong binh quan (quyet toan thue)"],
    near: "staff_total",
    scale: [0.7, 0.88],
    measure: "Người",
  },
  otherTraining: {
    texts: ["Lượt người dự tập huấn nghiệp vụ chung", "So luot boi duong ly luan chinh tri"],
    near: "staff_trained",
    scale: [0.3, 0.7],
    measure: "Lượt",
  },
  cardHolders: {
    texts: ["Số người được cấp thẻ nhà báo còn hạn", "PV, BTV dang giu the nha bao con han"],
    near: "staff_total",
    scale: [0.35, 0.6],
    measure: "Người",
  },
  cmsSoftware: {
    texts: ["Phần mềm quản lý quy trình xuất bản (CMS)", "He thong dung phi tuyen, tu luu tru"],
    near: "converged_newsroom",
    scale: [1, 1],
    measure: "Đã/Chưa",
  },
  remoteHouseholds: {
    texts: ["Số hộ gia đình các xã vùng sâu, vùng xa", "Ho dan vung bien duoc cap bao mien phi"],
    near: "remote_population_total",
    scale: [0.18, 0.3],
    measure: "Hộ",
  },
} as const satisfies Readonly<Record<string, B26Decoy>>;

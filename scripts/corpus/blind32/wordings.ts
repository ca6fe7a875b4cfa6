/**
 * The blind32 split's own words: how its authors name each input, agency and near-miss row, written without
 * looking at the detector, its vocabulary or any other split's lists. The guard test (tests/corpusBlind32.test.ts)
 * checks in code that none equals a wording the repository already knows.
 */
import type { UnitId } from "../model";

export const B32_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Lượng tin, bài viết mới phục vụ NV chính trị, bảo vệ Tổ quốc",
    "So tac pham moi phuc vu nhiem vu chinh tri cua dia phuong",
    "Tin/bài/phóng sự mới tuyên truyền nhiệm vụ chính trị, thông tin thiết yếu (tác phẩm)",
    "Sản lượng tin bài chính trị - thiết yếu mới xuất bản, phát sóng",
    "Tác phẩm báo chí mới phục vụ nhiệm vụ chính trị tại địa phương",
  ],
  revenue: [
    "Tổng số thu của đơn vị trong năm (mọi nguồn)",
    "Tong so tien thu vao trong nam cua co quan (moi khoan)",
    "Doanh thu toàn đơn vị (QC + đặt hàng + DV khác)",
    "Thu sự nghiệp, dịch vụ - tổng cộng các nguồn",
  ],
  staff_total: [
    "Người làm việc thực tế tại cơ quan, kể cả hợp đồng khoán",
    "Toan bo lanh dao, phong vien, bien tap vien, nhan vien",
    "Số CBVC-NLĐ toàn cơ quan",
    "Nhân sự cơ quan (LĐ, PV, BTV, KTV, hành chính)",
  ],
  staff_trained: [
    "Số CBVC-NLĐ đã được bồi dưỡng chuyên đề chuyển đổi số báo chí",
    "Da qua tap huan ky nang lam bao so, chuyen doi so bao chi",
    "Người được đào tạo kiến thức, kỹ năng CĐS trong hoạt động báo chí",
    "Nhân sự hoàn thành bồi dưỡng nghiệp vụ báo chí số (CĐS)",
  ],
  digital_platforms: [
    "Phát hành nội dung qua nền tảng số (ưu tiên nền tảng Việt)",
    "Bao chi phan phoi qua nen tang so ngoai website",
    "Cung cấp nội dung trên ứng dụng, nền tảng số trong và ngoài nước",
    "Sản phẩm báo chí được phân phối lên nền tảng số",
  ],
  ai_data_platform: [
    "Nền tảng dữ liệu dùng chung tích hợp trí tuệ nhân tạo để phân tích",
    "Co nen tang AI xu ly du lieu dung chung",
    "Hệ thống phân tích dữ liệu tập trung có AI hỗ trợ tối ưu hoạt động",
    "Sử dụng nền tảng AI xử lý dữ liệu tổng hợp của cơ quan",
  ],
  converged_newsroom: [
    "Tổ chức tòa soạn theo mô hình hội tụ đa phương tiện",
    "Co van hanh mo hinh toa soan hoi tu khong",
    "Mô hình hội tụ: một tòa soạn - nhiều nền tảng",
    "Tòa soạn đã hội tụ (một đầu mối, nhiều kênh)",
  ],
  autonomous: [
    "Cơ chế tự chủ tài chính (tự bảo đảm chi thường xuyên) của đơn vị",
    "Don vi tu chu ve tai chinh (chi thuong xuyen)",
    "Mức tự chủ chi thường xuyên đã được phê duyệt phương án",
    "Đơn vị sự nghiệp tự chủ hoàn toàn/một phần chi thường xuyên",
  ],
  security_level: [
    "Cấp độ an toàn HTTT báo điện tử / cổng TTĐT đã được duyệt",
    "Cap do bao dam an toan he thong thong tin duoc phe duyet",
    "HTTT của cơ quan được phê duyệt ở cấp độ",
    "Mức cấp độ ATTT hệ thống tác nghiệp điện tử",
  ],
  licensed: [
    "Giấy phép hoạt động tạp chí in đã được cấp lại",
    "Tap chi van nghe: tinh hinh xin cap lai GPHD",
    "Kết quả cấp lại giấy phép tạp chí (in)",
    "Tình trạng giấy phép hoạt động tạp chí sau rà soát, sắp xếp",
  ],
  remote_population_total: [
    "Dân số các xã, bản vùng sâu, vùng xa, biên giới của tỉnh",
    "Tong so nhan khau cac ban vung sau vung xa",
    "Số khẩu ở các thôn bản vùng sâu, xa, giáp biên",
    "Dân cư vùng sâu, xa, biên giới (toàn bộ)",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, vùng xa được tiếp cận từ 01 loại hình báo chí của tỉnh trở lên",
    "Nguoi dan vung sau vung xa tiep can duoc bao chi tinh nha",
    "Nhân khẩu vùng sâu, xa đã được nghe, xem, đọc báo chí địa phương",
    "Dân cư vùng sâu, xa có tiếp cận tối thiểu 1 loại hình báo chí tỉnh",
  ],
};

/** Short column heads (tables with the inputs across). */
export const B32_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tác phẩm mới vì NV chính trị",
    "SL tin bài phục vụ NVCT-TTTY",
    "TP moi phuc vu chinh tri (so)",
  ],
  revenue: ["Tổng thu toàn đơn vị", "Tong thu cac nguon (trd)", "DT các nguồn cộng lại"],
  staff_total: ["Tổng CBVC-NLĐ hiện có", "Quân số cơ quan (ng)", "Tong nhan luc co quan"],
  staff_trained: ["Đã bồi dưỡng CĐS-báo chí", "Đã học lớp CĐS dành cho nhà báo", "So nguoi hoc CDS nghe bao"],
  digital_platforms: ["Đưa ND lên NT số", "Phân phối trên NT số?", "Co mat tren nen tang so (NT Viet)"],
  ai_data_platform: ["Kho DL chung có phân tích AI", "Phân tích DL bằng AI?", "AI phan tich DL tap trung"],
  converged_newsroom: [
    "Tòa soạn gộp đa nền tảng",
    "Hội tụ (1 TS-nhiều NT)",
    "Gop toa soan da nen tang (Y/N)",
  ],
  autonomous: ["Tự chủ chi TX (PA duyệt)", "Tự chủ TC đơn vị?", "Tu chu tai chinh DVSN"],
  security_level: ["Hồ sơ cấp độ đã duyệt: cấp", "ATTT-cấp được phê duyệt", "Cap ATTT duoc duyet ho so (so)"],
  licensed: ["Cấp lại GPHĐ tạp chí?", "Tạp chí: GP mới đã có?", "Tap chi co GPHD moi chua"],
  remote_population_total: [
    "Tổng khẩu vùng khó (VS/VX/BG)",
    "Nhân khẩu VSVX-BG",
    "Tong dan vung sau-xa-bien gioi",
  ],
  remote_population_reached: [
    "Dân VS-VX tiếp cận BC tỉnh",
    "Số dân VSVX được tiếp cận BC",
    "Dan VSVX tiep can BC tinh",
  ],
};

export const B32_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "BLC: tờ báo của Đảng bộ tỉnh",
    "Bao LChau - co quan Dang bo tinh",
    "BLC - Báo in & điện tử",
    "TS Báo Lai Châu (Thành phố LC)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT-TH LChâu (trực thuộc UBND)",
    "Dai PTTH tinh LChau (UBND)",
    "Đài tỉnh - PT&TH LChâu",
    "Đài Lai Châu (PT-TH)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "TC VNLC thuộc Hội VHNT",
    "Tap chi VN LChau (Hoi VHNT)",
    "TCVN LChâu (văn nghệ)",
    "Ấn phẩm tạp chí Hội VHNT tỉnh",
  ],
  "tinh-lai-chau": [
    "Cộng chung cả tỉnh LChâu",
    "Ca tinh LChau (tong)",
    "Tỉnh LChâu - tổng hợp",
    "Toàn địa bàn tỉnh (LChâu)",
  ],
};

/** Units written inside labels, by input or kind. */
export const B32_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tác phẩm)", "(tin/bài/PS)"],
  count: ["(người)", "(ng.)"],
  money: ["(triệu đ)", "(tr. đồng)"],
  "yes-no": ["(có/chưa)", "(đ/c)"],
  level: ["(cấp)", "(mức 1-5)"],
};

/** The ĐVT column. */
export const B32_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "Tin-bài"],
  count: ["Người", "Ng"],
  money: ["Tr đ", "Triệu đ"],
  "yes-no": ["C/K", "Có-Chưa"],
  level: ["Cấp độ", "Mức"],
};

export const B32_NOTES: readonly string[] = [
  "So cùng kỳ tăng {p}% (số liệu sơ bộ)",
  "Số liệu chốt ngày 15/12/{y}, chưa thẩm định",
  "Có {n} tác phẩm đăng lại từ báo bạn, không tính",
  "Đơn vị báo cáo bổ sung qua email ngày 02/12/{y}",
  "Tăng {p}% do có thêm chuyên mục tiếng dân tộc",
];

export const B32_LEVEL_TEXTS: readonly string[] = ["Cấp độ {n}", "Cấp {n}", "Mức {n}"];

/** Units in number formats ("1.245 tác phẩm" shown, 1245 stored). */
export const B32_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tác phẩm"', '#,##0" tin-bài"'],
  money: ['#,##0" tr.đ"'],
  count: ['#,##0" người"'],
};

/** Column heads over targets (the plan-column trap); {y} the year. */
export const B32_PLAN_HEADERS: readonly string[] = [
  "KH phấn đấu {y}",
  "Mục tiêu đăng ký năm {y}",
  "Kế hoạch được giao {y}",
  "Chỉ tiêu KH giao ({y})",
];

/** Column heads over part-of-year figures (never truth). */
export const B32_PARTIAL_HEADERS: readonly string[] = [
  "Thực hiện 6 tháng đầu {y}",
  "Sơ kết 6T năm {y}",
  "6 tháng/{y} (lũy kế)",
];

export const B32_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Rồi", "Chưa"],
  ["Có", "Không"],
  ["Đã vận hành", "Chưa"],
  ["✓", "✗"],
];
export const B32_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp phép lại", "Chưa được cấp phép"],
  ["Đã cấp lại GP", "Chưa cấp lại"],
];
export const B32_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng",
  "K/áp dụng (tạp chí in)",
  "Không thuộc đối tượng",
];
export const B32_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

export const B32_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BLC", "bao_lai_chau", "Bao-LChau"],
  "dai-ptth-lai-chau": ["DaiPTTH", "dai_lai_chau", "Dai-LChau"],
  "tap-chi-van-nghe-lai-chau": ["TCVNLC", "tap_chi_vn", "TapChi-LChau"],
  "tinh-lai-chau": ["ToanTinh", "toan_tinh", "Tinh-LChau"],
};

/** A near-miss row: same theme as an input, another quantity. */
export type B32Decoy = {
  near: string;
  scale: readonly [number, number];
  measure: string;
  texts: readonly string[];
};

export const B32_DECOYS = {
  disaster: {
    near: "political_articles",
    scale: [0.08, 0.3],
    measure: "Tin-bài",
    texts: ["Tin, bài về phòng, chống thiên tai, bão lũ", "Tin bai dua tin sat lo, lu quet"],
  },
  allOutput: {
    near: "political_articles",
    scale: [1.4, 2.6],
    measure: "Tác phẩm",
    texts: ["Toàn bộ tin, bài, phóng sự đã phát hành (mọi chủ đề)", "Tong san luong tin bai moi chuyen muc"],
  },
  fieldReporters: {
    near: "staff_total",
    scale: [0.2, 0.5],
    measure: "Lượt người",
    texts: ["PV, KTV trực tiếp tác nghiệp tại vùng thiên tai", "Luot phong vien xuong diem sat lo"],
  },
  support: {
    near: "revenue",
    scale: [0.05, 0.2],
    measure: "Tr đ",
    texts: ["Kinh phí hỗ trợ đột xuất khắc phục thiên tai", "Tien ung ho, tai tro cua doanh nghiep sau bao"],
  },
  households: {
    near: "remote_population_reached",
    scale: [0.18, 0.3],
    measure: "Hộ",
    texts: ["Hộ dân thu được sóng PT-TH của tỉnh", "So ho co thiet bi thu song mat dat"],
  },
  webAds: {
    near: "revenue",
    scale: [0.1, 0.35],
    measure: "Tr đ",
    texts: ["Thu quảng cáo, tài trợ trên trang điện tử", "Thu QC truc tuyen (banner, video)"],
  },
  digitalCourse: {
    near: "staff_trained",
    scale: [0.55, 0.95],
    measure: "Người",
    texts: [
      "Hoàn thành khóa học kỹ năng số cơ bản (Bình dân học vụ số)",
      "Da hoc xong khoa ky nang so pho cap",
    ],
  },
  vneid: {
    near: "staff_total",
    scale: [0.8, 0.97],
    measure: "Người",
    texts: ["CBVC đã kích hoạt định danh điện tử mức 2", "So TK dinh danh muc 2 da kich hoat"],
  },
  exhibits: {
    near: "political_articles",
    scale: [0.02, 0.06],
    measure: "Sản phẩm",
    texts: [
      "Sản phẩm báo chí mang đi trưng bày tại Hội Báo",
      "So an pham, video gioi thieu tai gian trung bay",
    ],
  },
  delegates: {
    near: "staff_total",
    scale: [0.1, 0.3],
    measure: "Người",
    texts: ["Cán bộ, PV được cử dự Hội Báo toàn quốc", "So nguoi di du Hoi Bao toan quoc"],
  },
  certificates: {
    near: "staff_total",
    scale: [0.7, 0.96],
    measure: "Chứng thư",
    texts: ["Chứng thư số cá nhân đã cấp cho CBVC", "So chung thu so ca nhan dang hieu luc"],
  },
  mailboxes: {
    near: "staff_total",
    scale: [1.03, 1.2],
    measure: "Hộp thư",
    texts: ["Hộp thư điện tử công vụ đang dùng", "So hop thu cong vu @laichau.gov.vn"],
  },
  signedDocs: {
    near: "political_articles",
    scale: [1.5, 3],
    measure: "Văn bản",
    texts: ["Văn bản đi có ký số trong năm", "VB di duoc ky so tren he thong QLVB"],
  },
} as const satisfies Readonly<Record<string, B32Decoy>>;

/**
 * How the blind20 split words the plan's inputs, the agencies, the near-miss rows, units, notes and answers. Written
 * blind: none of these was taken from the corpus's lists, the plans' data files, the detector's vocabulary or any
 * other split (the guard test checks that none equals a wording the repository already knows).
 */
import type { UnitId } from "../model";

/** Long labels of each input, as row labels in the families' tables. */
export const B20_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tin, bài viết mới phục vụ nhiệm vụ chính trị địa phương",
    "So tin bai moi tuyen truyen nhiem vu chinh tri cua tinh",
    "Sản phẩm tin/bài NVCT do cơ quan tự sản xuất",
    "Lượng tin, bài tự sản xuất về nhiệm vụ chính trị",
    "Tác phẩm mới phục vụ NV chính trị (tin, bài, phóng sự ngắn)",
  ],
  revenue: [
    "Tổng thu từ hoạt động sự nghiệp và dịch vụ báo chí",
    "Doanh thu toàn đơn vị tính cả mọi nguồn",
    "Tong thu su nghiep, dich vu trong nam",
    "Tổng số thu của cơ quan báo chí (quảng cáo, đặt hàng, liên kết…)",
    "Thu SN, DV toàn cơ quan",
  ],
  staff_total: [
    "Tổng nhân sự làm báo của cơ quan (lãnh đạo, PV, BTV, KTV)",
    "Toàn bộ đội ngũ cán bộ, viên chức và lao động hợp đồng",
    "Tong nhan luc dang lam viec (ca HD khoan)",
    "Lực lượng cán bộ, phóng viên, biên tập viên hiện có (cộng)",
  ],
  staff_trained: [
    "Số người đã được bồi dưỡng nghiệp vụ chuyển đổi số trong báo chí",
    "Nhân sự đã qua lớp CĐS báo chí (tính lũy kế)",
    "So CB, PV, BTV da hoc ve chuyen doi so bao chi",
    "Trong tổng số: đã tham gia tập huấn, bồi dưỡng về CĐS",
  ],
  digital_platforms: [
    "Phân phối sản phẩm báo chí trên nền tảng số trong và ngoài nước",
    "Co dua san pham bao chi len kenh so ngoai website",
    "Có kênh nội dung trên nền tảng số (Zalo OA, YouTube, TikTok…)",
    "Nội dung được phát hành qua các nền tảng số",
  ],
  ai_data_platform: [
    "Sử dụng nền tảng dữ liệu tập trung có trí tuệ nhân tạo để phân tích",
    "Ung dung AI phan tich du lieu ban doc tap trung",
    "Nền tảng phân tích dữ liệu tổng hợp (có AI)",
    "Có hệ thống dữ liệu tập trung ứng dụng trí tuệ nhân tạo",
  ],
  converged_newsroom: [
    "Tòa soạn hoạt động theo mô hình hội tụ đa phương tiện",
    "Van hanh toa soan hoi tu (1 dau vao, nhieu dau ra)",
    "Đã tổ chức tòa soạn hội tụ (converged newsroom)",
    "Tổ chức sản xuất theo kiểu tòa soạn hội tụ",
  ],
  autonomous: [
    "Tự cân đối được chi thường xuyên từ nguồn thu của đơn vị",
    "Tu chu tai chinh theo ND 60/2021",
    "Thực hiện tự chủ về tài chính (chi thường xuyên)",
    "Giao quyền tự chủ tài chính cho cơ quan báo (theo phương án)",
  ],
  security_level: [
    "Cấp độ an toàn HTTT của trang/báo điện tử đã phê duyệt",
    "Cap do bao dam an toan he thong thong tin cua co quan",
    "Hệ thống thông tin báo điện tử đạt cấp độ ATTT",
    "Cấp độ ATTT của hệ thống xuất bản điện tử",
  ],
  licensed: [
    "Tạp chí in đã nhận giấy phép hoạt động cấp lại",
    "Hoàn tất cấp lại giấy phép xuất bản tạp chí in",
    "GP hoat dong Tap chi da duoc Bo cap lai",
    "Tình trạng cấp giấy phép mới của Tạp chí",
  ],
  remote_population_total: [
    "Tổng dân số các xã vùng sâu, vùng xa, biên giới của tỉnh",
    "Dan so vung sau, vung xa va bien gioi",
    "Số dân thuộc địa bàn vùng sâu, vùng xa (người)",
    "Quy mô dân số khu vực vùng sâu, vùng xa, biên giới",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa đã tiếp cận tối thiểu 01 loại hình báo chí của tỉnh",
    "So dan vung sau vung xa tiep can bao chi cua tinh",
    "Dân vùng sâu, xa, biên giới được tiếp cận báo chí địa phương",
    "Trong đó: số người tiếp cận được ít nhất một loại hình báo chí tỉnh",
  ],
};

/** Short column and check headers of each input. */
export const B20_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin bài NVCT tự làm mới", "Tin/bài chính trị tự SX", "SL tin bài NV chính trị"],
  revenue: ["Tổng thu SN-DV cả năm", "Doanh thu cả đơn vị", "Thu toàn cơ quan (Tr.đ)"],
  staff_total: ["Tổng biên chế + HĐ toàn đơn vị", "Tổng số người làm báo", "Quân số cơ quan báo"],
  staff_trained: ["Đã học lớp CĐS BC", "Người đã qua BD-CĐS", "SL người đã học CĐS"],
  digital_platforms: ["Có lên kênh số ngoài?", "Kênh số (C/K)", "Nội dung lên NTS (C/K)"],
  ai_data_platform: ["Kho dữ liệu chung + AI?", "Nền tảng DL-AI (C/K)", "AI phân tích DL bạn đọc"],
  converged_newsroom: ["Tòa soạn HT đa PT", "Mô hình hội tụ (C/K)", "Đã có TS hội tụ ĐPT?"],
  autonomous: ["Tự chủ TC đến 2025", "Tự trang trải chi TX?", "Tự chủ (C/K)"],
  security_level: ["Cấp ATTT được Sở duyệt", "Cấp độ HTTT BĐT", "ATTT (cấp số)"],
  licensed: ["Đã cấp lại GP TC?", "GP mới Tạp chí in", "Tình hình GP cấp lại"],
  remote_population_total: ["Dân số VSVX-BG (ng)", "Nhân khẩu VS/VX/BG", "Cộng dân số vùng sâu, xa, BG"],
  remote_population_reached: [
    "Số dân VSVX có tiếp cận BC",
    "Người dân VSVX được BC tỉnh phủ tới",
    "Dân VSVX xem/nghe/đọc được BC tỉnh",
  ],
};

/** The agencies (and the province) as headers, row labels and sheet names call them. */
export const B20_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (cơ quan của Tỉnh ủy)",
    "Cơ quan Báo LC - TU Lai Châu",
    "Tòa soạn Báo Lai Châu (báo in + điện tử)",
    "Báo tỉnh L.Châu (BLC)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT-TH Lai Châu - kênh LTV",
    "Dai PTTH tinh LChau",
    "Đài Phát thanh, Truyền hình LC",
    "Đài LTV",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VHNT tỉnh L.Châu",
    "Tap chi Van nghe (Hoi VHNT LChau)",
    "TC Văn nghệ - Hội VHNT tỉnh",
    "TC Văn nghệ L.Châu (in)",
  ],
  "tinh-lai-chau": [
    "Tính chung địa bàn toàn tỉnh LC",
    "Chung cả tỉnh L.Châu",
    "Tinh LC (toan tinh)",
    "Địa bàn Lai Châu",
  ],
};

/** A near-miss row: the input it imitates, the factor range of its figure, and its texts. */
export type B20Decoy = { near: string; scale: readonly [number, number]; texts: readonly string[] };

export const B20_DECOYS = {
  allArticles: {
    near: "political_articles",
    scale: [1.7, 2.6],
    texts: [
      "Tổng tin, bài, ảnh, video đã đăng phát trong năm",
      "Toàn bộ tác phẩm xuất bản, phát sóng (mọi chủ đề)",
    ],
  },
  reposted: {
    near: "political_articles",
    scale: [0.25, 0.55],
    texts: ["Tin, bài khai thác lại, đăng lại từ nguồn khác", "Tin bai NVCT phat lai, dang lai"],
  },
  adIncome: {
    near: "revenue",
    scale: [0.3, 0.6],
    texts: ["Trong đó: thu quảng cáo, tài trợ, liên kết", "Thu quảng cáo banner, bài PR trên trang điện tử"],
  },
  stateOrder: {
    near: "revenue",
    scale: [0.45, 0.8],
    texts: ["Kinh phí Nhà nước đặt hàng, giao nhiệm vụ", "Ngân sách tỉnh hỗ trợ hoạt động báo chí"],
  },
  collaborators: {
    near: "staff_total",
    scale: [0.3, 0.7],
    texts: ["Cộng tác viên thường xuyên (không tính biên chế)", "Số cộng tác viên có hợp đồng viết bài"],
  },
  otherTraining: {
    near: "staff_trained",
    scale: [0.3, 0.7],
    texts: [
      "Lượt cán bộ dự lớp lý luận chính trị, QLNN",
      "Người được bồi dưỡng nghiệp vụ chung (không về CĐS)",
    ],
  },
  followers: {
    near: "digital_platforms",
    scale: [40, 260],
    texts: ["Lượt theo dõi trên các kênh số (nghìn lượt)"],
  },
  incidents: {
    near: "security_level",
    scale: [1, 4],
    texts: ["Số lần phát hiện mã độc, tấn công vào hệ thống"],
  },
  households: {
    near: "remote_population_reached",
    scale: [0.18, 0.3],
    texts: ["Hộ vùng sâu, vùng xa được hỗ trợ đầu thu, anten"],
  },
  provincePopulation: {
    near: "remote_population_total",
    scale: [3.6, 5.2],
    texts: ["Dân số trung bình toàn tỉnh năm báo cáo"],
  },
} as const satisfies Readonly<Record<string, B20Decoy>>;

/** Units written inside labels. */
export const B20_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tin, bài mới)", "(đơn vị: tin/bài)"],
  count: ["(đơn vị: người)", "(ng.)"],
  money: ["(triệu đ)", "(đv: tr.đồng)"],
  "yes-no": ["(Có/Chưa)", "(đánh dấu)"],
  level: ["(cấp 1-5)", "(mức cấp độ)"],
};

/** The ĐVT column. */
export const B20_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin-bài", "tin, bài"],
  count: ["Người", "ng"],
  money: ["Tr.đ", "Triệu"],
  "yes-no": ["Có/Chưa", "C/K"],
  level: ["Cấp", "Cấp độ"],
};

/** Number formats carrying the unit. */
export const B20_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tin-bài"'],
  count: ['#,##0" ng"'],
  money: ['#,##0" tr.đ"'],
};

export const B20_NOTES = [
  "Số liệu chốt ngày 15/11/{y}",
  "Tăng {p}% so với cùng kỳ",
  "Gồm cả {n} tin bài đăng lại",
  "Đã trừ số trùng lặp giữa các kênh",
  "Số ước đến hết tháng 12/{y}",
] as const;

export const B20_LEVEL_TEXTS = ["Cấp độ {n}", "cấp {n}", "Mức {n}"] as const;

export const B20_PLAN_HEADERS = [
  "Mục tiêu phấn đấu {y}",
  "KH được giao năm {y}",
  "Kế hoạch đăng ký {y}",
] as const;
export const B20_PARTIAL_HEADERS = ["Lũy kế 9 tháng {y}", "Ước 6 tháng đầu {y}", "TH đến 30/9/{y}"] as const;

export const B20_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Có (đang vận hành)", "Không"],
  ["Đã thực hiện xong", "Chưa làm"],
  ["✓", "✗"],
];
export const B20_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Chưa được cấp lại"],
  ["Đã có giấy phép mới", "Đang chờ cấp phép"],
];
export const B20_NOT_APPLICABLE = [
  "Không áp dụng (tạp chí in)",
  "K/áp dụng",
  "Không thuộc đối tượng",
] as const;
export const B20_AUTONOMY = ["Đã tự chủ", "Chưa tự chủ"] as const;

export const B20_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc"],
  "dai-ptth-lai-chau": ["DaiLTV", "dai_pt-th"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVHNT", "tapchi_vn"],
  "tinh-lai-chau": ["ToanTinh", "dia_ban_tinh"],
};

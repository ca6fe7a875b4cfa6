/**
 * The blind35 split's own words: every input wording, short header, agency name, unit, measure, note, level text,
 * yes/no pair and near-miss row its cases show. Written without looking at the detector, its vocabulary, the plan's
 * synonyms or any other split's lists; the guard test (tests/corpusBlind35.test.ts) checks in code that none equals
 * a wording the repository already knows.
 */
import type { NearDecoy } from "../listContext";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B35_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tác phẩm mới phục vụ nhiệm vụ chính trị đã đăng, phát",
    "Tin, bài, phóng sự mới tuyên truyền nhiệm vụ chính trị của tỉnh",
    "SL tác phẩm báo chí mới phục vụ NVCT địa phương",
    "Tong so tac pham moi phuc vu nhiem vu chinh tri dia phuong",
    "Sản phẩm báo chí mới về nhiệm vụ chính trị (tin + bài)",
  ],
  revenue: [
    "Tổng các khoản thu sự nghiệp, dịch vụ của cơ quan báo chí",
    "Doanh thu toàn cơ quan báo chí (mọi nguồn thu)",
    "Tong cac khoan thu cua toa soan trong nam tai chinh",
    "Tổng nguồn thu sự nghiệp của đơn vị trong năm",
  ],
  staff_total: [
    "Tổng số người làm việc hiện có tại cơ quan",
    "Số lao động có mặt đến cuối kỳ (biên chế + hợp đồng)",
    "Tong so nguoi lam viec hien co cua don vi",
    "Lực lượng làm việc toàn cơ quan",
  ],
  staff_trained: [
    "Số người đã học xong lớp kỹ năng số dành cho người làm báo",
    "Lãnh đạo, PV, BTV đã dự lớp bồi dưỡng CĐS báo chí",
    "So nguoi lam bao da hoc xong lop ky nang so",
    "Nhân sự đã hoàn thành tập huấn chuyển đổi số trong nghề báo",
  ],
  digital_platforms: [
    "Nội dung đã được phân phối trên nền tảng số",
    "Sản phẩm của tòa soạn được đẩy lên nền tảng số",
    "Tin bai cua co quan da day len nen tang so",
    "Tin bài có mặt trên các nền tảng số nội địa",
  ],
  ai_data_platform: [
    "Có nền tảng gom và phân tích dữ liệu dùng trí tuệ nhân tạo",
    "Kho dữ liệu dùng chung có công cụ phân tích AI",
    "Kho du lieu dung chung co phan tich bang AI",
    "Dùng nền tảng số liệu tập trung tích hợp TTNT",
  ],
  converged_newsroom: [
    "Vận hành tòa soạn đa phương tiện theo mô hình hội tụ",
    "Tòa soạn hội tụ nhiều loại hình đã chạy chính thức",
    "Toa soan hoi tu da phuong tien dang van hanh",
    "Quy trình sản xuất dùng chung một tòa soạn hội tụ",
  ],
  autonomous: [
    "Mức tự bảo đảm chi thường xuyên của đơn vị",
    "Đơn vị sự nghiệp tự chủ về tài chính",
    "Muc tu chu ve tai chinh cua toa soan",
    "Cơ chế tự chủ tài chính đang được áp dụng",
  ],
  security_level: [
    "Cấp độ ATTT được cấp có thẩm quyền duyệt cho trang báo điện tử",
    "Cấp độ bảo đảm an toàn hệ thống thông tin xuất bản điện tử",
    "Cap do an toan thong tin cua he thong dien tu",
    "ATTT: cấp độ được duyệt cho hệ thống xuất bản trên mạng",
  ],
  licensed: [
    "Tạp chí nhận lại giấy phép sau thời hạn cũ",
    "Việc cấp phép lại cho Tạp chí Văn nghệ",
    "Tap chi da nhan giay phep hoat dong cap lai",
    "Giấy phép của tạp chí sau khi xin cấp lại",
  ],
  remote_population_total: [
    "Số người sống ở các bản vùng sâu, xa, giáp biên",
    "Tổng số dân vùng sâu, vùng xa và biên giới của tỉnh",
    "Tong nhan khau cac xa vung sau vung xa bien gioi",
    "Số nhân khẩu khu vực vùng sâu, vùng xa",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, vùng xa tiếp cận ít nhất một loại hình báo chí của tỉnh",
    "Người dân vùng sâu, xa được tiếp cận báo chí thiết yếu",
    "So dan vung sau vung xa duoc tiep can bao chi tinh",
    "Nhân khẩu vùng sâu, vùng xa đã được tiếp cận thông tin báo chí",
  ],
};

export const B35_SHORT_HEADERS: ByInput = {
  political_articles: ["TP mới cho NVCT tỉnh", "TP mới (NVCT) trong năm", "SL tin bài NVCT mới"],
  revenue: ["Thu SN cộng DV cả năm", "Tổng thu cả tòa soạn", "Tổng nguồn thu ĐV"],
  staff_total: ["Người đang làm việc ở tòa soạn", "Số LĐ đang làm tại ĐV", "Người LV toàn CQ"],
  staff_trained: ["Người đã học KN số", "Đã qua khóa KN số nghề báo", "Học xong lớp KN số"],
  digital_platforms: ["Có phát hành lên NT số", "Tin bài đẩy lên NT số", "Phân phối lên NTS"],
  ai_data_platform: ["Kho DL chung có AI phân tích", "Có kho DL phân tích chung", "DL tập trung/TTNT"],
  converged_newsroom: ["TS hội tụ (chạy chính thức)", "Mô hình TS hợp nhất đa PT", "SX theo mô hình hội tụ"],
  autonomous: ["Mức tự chủ của ĐV", "ĐVSN tự chủ TC đến đâu", "ĐV tự lo chi TX"],
  security_level: ["Cấp ATTT đã duyệt (trang ĐT)", "Cấp độ HTTT điện tử", "Mức AT HTTT"],
  licensed: ["GP cấp lại cho TC", "Cấp lại GP HĐ", "TC nhận GP mới chưa"],
  remote_population_total: ["Nhân khẩu VSVX+BG", "Dân cư vùng sâu, xa (người)", "DS vùng sâu, xa, BG"],
  remote_population_reached: [
    "Dân VSVX được đọc/nghe/xem BC tỉnh",
    "Được tiếp cận ≥1 loại hình BC",
    "Người dân VSVX đã tiếp cận BC",
  ],
};

export const B35_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo LC, tiếng nói Đảng bộ tỉnh nhà",
    "Bao Lai Chau - co quan ngon luan Tinh uy",
    "Tòa soạn báo Đảng tỉnh Lai Châu",
    "Báo LC: bản in và bản điện tử",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH tỉnh LC (kênh LTV)",
    "Dai phat song PT-TH cua tinh Lai Chau",
    "Đài Phát thanh, Truyền hình của tỉnh",
    "Đài tỉnh (phát thanh, truyền hình Lai Châu)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ của Hội VHNT Lai Châu",
    "Tap chi VN Lai Chau (thuoc Hoi VHNT)",
    "Tạp chí của Hội Văn học - Nghệ thuật tỉnh",
    "TC Văn nghệ Lai Châu (bản in)",
  ],
  "tinh-lai-chau": [
    "Toàn địa bàn Lai Châu - khu vực khó khăn",
    "Tinh Lai Chau - khu vuc vung sau",
    "Vùng khó khăn toàn tỉnh LC",
    "Cả tỉnh (7 huyện, 1 thành phố)",
  ],
};

export const B35_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin, bài)", "- ĐVT: tác phẩm"],
  count: ["(người)", "(ng)", "- ĐVT: người"],
  money: ["(triệu đ)", "(trđ)", "- ĐVT: tr. đồng"],
  "yes-no": ["(đã/chưa)", "(có/chưa)"],
  level: ["(cấp)", "(cấp độ)"],
};

export const B35_MEASURES: ByInput = {
  political_articles: ["tác phẩm", "TP", "tin-bài"],
  count: ["người", "ng."],
  money: ["tr.đ", "triệu đ."],
  "yes-no": ["đã/chưa", "có-chưa"],
  level: ["cấp", "cấp độ"],
};

export const B35_NOTES: readonly string[] = [
  "Số liệu chốt đến hết ngày 30/11/{y}, tăng {p}% so với cùng kỳ",
  "Theo sổ theo dõi của phòng Thư ký tòa soạn, {n} tác phẩm chờ duyệt",
  "So lieu do don vi tu tong hop, chua qua kiem toan ({y})",
  "Đã đối chiếu với Kho bạc Nhà nước tỉnh; chênh lệch {n} tr.đ",
  "Chờ Sở Tài chính thẩm định lại, dự kiến điều chỉnh {p}%",
];

export const B35_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "cấp độ {n}"];

export const B35_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" TP"', '#,##0" tin-bài"'],
  count: ['#,##0" ng"'],
  money: ['#,##0" trđ"', '#,##0" tr.đ"'],
};

export const B35_PLAN_HEADERS: readonly string[] = [
  "KH giao năm {y}",
  "Mục tiêu đến {y}",
  "Kế hoạch được giao {y}",
  "Chỉ tiêu KH {y}",
];

export const B35_PARTIAL_HEADERS: readonly string[] = [
  "Ước 9 tháng {y}",
  "Lũy kế đến 31/10/{y}",
  "Sáu tháng đầu năm {y}",
];

export const B35_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Rồi", "Chưa"],
  ["Đã đưa vào dùng", "Chưa đưa vào dùng"],
  ["Có", "Không"],
  ["x", "k"],
];

export const B35_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp phép lại", "Chưa được cấp lại"],
  ["Đã cấp lại GP", "Chưa cấp lại"],
];

export const B35_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng (tạp chí in)",
  "K/áp dụng",
  "Không thuộc diện áp dụng",
];

export const B35_AUTONOMY: readonly [string, string] = ["Đã tự chủ chi thường xuyên", "Chưa tự chủ"];

export const B35_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc", "Bao LC"],
  "dai-ptth-lai-chau": ["DaiPTTH_LC", "dai_ptth", "Dai LTV"],
  "tap-chi-van-nghe-lai-chau": ["TCVanNghe", "tap_chi_vn", "TC VHNT"],
  "tinh-lai-chau": ["ToanTinh", "toan_tinh", "Tinh LC"],
};

/** A near-miss row: texts a careless matcher may take for an input, and how its figure relates to that input. */
export type B35Decoy = NearDecoy & { texts: readonly string[] };

export const B35_DECOYS = {
  /** Part of the political-task works: those fighting hostile views (steering committee 35). */
  counterViews: {
    texts: [
      "Trong đó: bài đấu tranh, phản bác quan điểm sai trái, thù địch",
      "Trong đó: tin bài bảo vệ nền tảng tư tưởng của Đảng",
    ],
    near: "political_articles",
    scale: [0.08, 0.2],
  },
  /** Everything published, every section: more than the political-task works. */
  allPublished: {
    texts: [
      "Tổng số tin, bài, ảnh đã đăng phát ở mọi chuyên mục",
      "Toàn bộ sản phẩm đăng, phát trong năm (kể cả tin thường)",
    ],
    near: "political_articles",
    scale: [1.6, 2.4],
  },
  /** The core team against hostile views: part of the staff. */
  coreForce: {
    texts: ["Thành viên lực lượng nòng cốt (Tổ 35) của cơ quan", "PV, BTV tham gia tổ nòng cốt BCĐ 35"],
    near: "staff_total",
    scale: [0.2, 0.45],
  },
  /** Advertising and sponsorship: part of the revenue. */
  adRevenue: {
    texts: ["Thu quảng cáo, tài trợ trên báo/sóng", "Doanh thu quảng cáo truyền thống (in, phát sóng)"],
    near: "revenue",
    scale: [0.25, 0.45],
  },
  /** The province's ordering budget: part of the revenue. */
  stateOrder: {
    texts: ["Kinh phí Nhà nước đặt hàng sản phẩm báo chí", "Thu từ nhiệm vụ do ngân sách tỉnh đặt hàng"],
    near: "revenue",
    scale: [0.3, 0.5],
  },
  /** Online advertising: a small part of the revenue. */
  onlineAds: {
    texts: [
      "Quảng cáo trực tuyến (banner, video, bài PR)",
      "Doanh thu QC trên website, ứng dụng, mạng xã hội",
    ],
    near: "revenue",
    scale: [0.05, 0.15],
  },
  /** The year's spending: close to the revenue. */
  spending: {
    texts: ["Tổng chi thường xuyên đã thực hiện trong năm", "Chi phí hợp lý, hợp lệ đã quyết toán"],
    near: "revenue",
    scale: [0.82, 0.95],
  },
  /** The development fund set aside from the surplus: small. */
  devFund: {
    texts: ["Trích lập Quỹ phát triển hoạt động sự nghiệp", "Số trích Quỹ PTHĐSN (tối thiểu 15%)"],
    near: "revenue",
    scale: [0.01, 0.04],
  },
  /** The association's members: more than the magazine's staff. */
  members: {
    texts: ["Tổng số hội viên Hội VHNT tỉnh", "Hội viên sinh hoạt tại các chi hội chuyên ngành"],
    near: "staff_total",
    scale: [6, 12],
  },
  /** Members who took a creative-writing course: not the magazine's trained staff. */
  membersTrained: {
    texts: ["Hội viên dự trại sáng tác, bồi dưỡng nghiệp vụ", "Lượt hội viên được bồi dưỡng sáng tác"],
    near: "staff_trained",
    scale: [1.5, 3],
  },
  /** Members' works the magazine printed: part of its works. */
  memberWorks: {
    texts: [
      "Tác phẩm của hội viên in trên tạp chí",
      "Tác phẩm văn học, nghệ thuật của hội viên được công bố",
    ],
    near: "political_articles",
    scale: [0.4, 0.7],
  },
  /** Works sent in by grassroots correspondents: part of the works. */
  correspondentWorks: {
    texts: ["Tin bài do cộng tác viên cơ sở gửi về", "Tác phẩm của mạng lưới CTV các huyện"],
    near: "political_articles",
    scale: [0.2, 0.4],
  },
  /** The correspondents themselves: not staff. */
  correspondents: {
    texts: ["Số cộng tác viên thường xuyên ở huyện", "CTV cơ sở có thẻ cộng tác"],
    near: "staff_total",
    scale: [0.5, 1.4],
  },
  /** Correspondents trained to write news: not the staff trained in digital transformation. */
  correspondentsTrained: {
    texts: ["CTV đã dự tập huấn viết tin cơ sở", "Lượt CTV được tập huấn kỹ năng đưa tin"],
    near: "staff_trained",
    scale: [0.3, 0.8],
  },
  /** The ad department's people: part of the staff. */
  adStaff: {
    texts: ["Nhân sự phòng Dịch vụ - Quảng cáo", "Người làm công tác kinh doanh quảng cáo"],
    near: "staff_total",
    scale: [0.06, 0.15],
  },
  /** The people trained in a project package, as contracted: more than those trained so far. */
  contractedTrainees: {
    texts: ["Số học viên theo hợp đồng gói thầu", "Lượt học viên dự kiến đào tạo theo gói"],
    near: "staff_trained",
    scale: [1.2, 1.6],
  },
  /** People of the border communes only: part of the remote population. */
  borderPeople: {
    texts: ["Riêng nhân khẩu các xã sát biên", "Nhân khẩu 8 xã giáp biên"],
    near: "remote_population_total",
    scale: [0.25, 0.45],
  },
} as const satisfies Readonly<Record<string, B35Decoy>>;

/**
 * The blind37 split's own words: how its authors name the plan's inputs, the agencies, short column heads, units,
 * near-miss rows, notes and answers. Written blind (no other split's or the matcher's lists read); the guard test
 * (tests/corpusBlind37.test.ts) checks in code that none equals a wording the repository already knows.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B37_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tin, bài, tác phẩm tuyên truyền nhiệm vụ chính trị của địa phương đã đăng, phát",
    "Số lượng sản phẩm thông tin phục vụ nhiệm vụ chính trị (tin, bài, phóng sự, chuyên đề)",
    "So tin bai moi phuc vu nhiem vu chinh tri cua tinh trong nam",
    "Tác phẩm báo chí mới về nhiệm vụ chính trị được xuất bản, phát sóng",
    "Sản lượng tin, bài mới cho nhiệm vụ chính trị tỉnh giao",
    "Tin bài tuyên truyền các nhiệm vụ chính trị trọng tâm của tỉnh (bài mới)",
  ],
  revenue: [
    "Tổng số tiền thu được từ sự nghiệp, dịch vụ toàn cơ quan",
    "Tong so thu cua toa soan/dai trong nam (moi nguon)",
    "Doanh thu (tổng cộng các nguồn: quảng cáo, đặt hàng, liên kết, dịch vụ)",
    "Tổng số thu thực tế của đơn vị trong năm tài chính",
    "DT tổng hợp toàn cơ quan",
  ],
  staff_total: [
    "Tổng số người làm việc tại cơ quan (kể cả hợp đồng)",
    "Tổng nhân sự hiện có: lãnh đạo, PV, BTV, kỹ thuật viên, hành chính",
    "Tong so nguoi dang lam viec cua co quan",
    "Đội ngũ hiện có (tổng cộng toàn cơ quan)",
    "Nhân lực toàn cơ quan có mặt đến cuối năm",
  ],
  staff_trained: [
    "Số người đã được bồi dưỡng, tập huấn về chuyển đổi số báo chí",
    "Nhân sự đã qua đào tạo chuyển đổi số (lãnh đạo, PV, BTV, KTV)",
    "So CB, PV, BTV da hoc lop CDS bao chi (luy ke)",
    "Người đã hoàn thành chương trình bồi dưỡng kỹ năng báo chí số",
    "Đã tham gia khóa tập huấn CĐS (người)",
  ],
  digital_platforms: [
    "Cung cấp nội dung báo chí trên các nền tảng số trong nước và mạng xã hội",
    "Phát hành nội dung qua nền tảng số (app, website, MXH)",
    "Noi dung co mat tren nen tang so, MXH (co/khong)",
    "Nội dung được phân phối trên môi trường số, ưu tiên nền tảng Việt",
  ],
  ai_data_platform: [
    "Đã có nền tảng gom và phân tích dữ liệu tập trung, tích hợp AI",
    "Đã ứng dụng AI trong phân tích dữ liệu người đọc, người xem",
    "He thong gom du lieu tap trung co AI phan tich",
    "Hệ thống dữ liệu dùng chung có AI hỗ trợ tác nghiệp",
  ],
  converged_newsroom: [
    "Sản xuất tin bài theo quy trình tòa soạn hội tụ (một đầu vào, nhiều đầu ra)",
    "Toa soan hoi tu - dang chay that (co/khong)",
    "Mô hình tòa soạn tích hợp, sản xuất một lần - phân phối nhiều kênh",
    "Vận hành tòa soạn hội tụ đa phương tiện, đa nền tảng",
  ],
  autonomous: [
    "Tự bảo đảm chi thường xuyên theo Nghị định 60 (tự chủ tài chính)",
    "Tu chu TC muc tu dam bao chi TX (ND60/2021)",
    "Được giao tự chủ tài chính ở mức tự bảo đảm chi thường xuyên",
    "Tự chủ TC - tự đảm bảo chi TX",
    "Phân loại tự chủ tài chính của đơn vị sự nghiệp báo chí",
  ],
  security_level: [
    "Cấp độ bảo đảm an toàn hệ thống thông tin được phê duyệt (theo NĐ 85)",
    "Cap do an toan HTTT cua bao dien tu, cong TTDT",
    "HTTT báo chí điện tử đã được phê duyệt ở cấp độ",
    "Mức cấp độ ATTT được cấp có thẩm quyền phê duyệt",
  ],
  licensed: [
    "Tạp chí in đã nhận giấy phép mới (cấp lại)",
    "Tap chi da co GPHD cap lai theo QH",
    "Cấp lại GP hoạt động báo chí in (tạp chí)",
    "Hoàn thành việc cấp lại giấy phép cho Tạp chí",
  ],
  remote_population_total: [
    "Cộng dân số 2 khu vực: vùng sâu xa và xã biên giới",
    "Dan so vung sau vung xa, bien gioi (nguoi)",
    "Số dân thuộc địa bàn đặc biệt khó khăn, vùng biên",
    "Nhân khẩu vùng sâu, vùng xa, vùng biên giới (toàn tỉnh)",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa tiếp cận được ít nhất một loại hình báo chí của tỉnh",
    "So dan vung sau vung xa duoc tiep can bao chi dia phuong",
    "Dân vùng biên, vùng khó khăn được nghe, xem, đọc báo chí tỉnh (người)",
    "Số người vùng sâu, vùng xa được phủ sóng, tiếp nhận thông tin báo chí tỉnh",
  ],
};

/** Short column and answer heads. */
export const B37_SHORT_HEADERS: ByInput = {
  political_articles: ["Tin bài NVCT (mới, tự SX)", "Số TP chính trị mới", "TP phục vụ NVCT (tin/bài)"],
  revenue: ["DT tổng (tr.đ)", "Thu SN, DV gộp 12 tháng", "Tổng DThu cơ quan"],
  staff_total: ["Tổng nhân lực (ng)", "Tổng số ng. làm việc", "Nhân sự toàn CQ"],
  staff_trained: ["Người đã học CĐS (lũy kế)", "Học xong lớp CĐS (người)", "Số ng. đã học CĐS"],
  digital_platforms: ["Có mặt trên NT số/MXH", "Phân phối đa NT số", "Kênh số (app/web/MXH)"],
  ai_data_platform: ["AI phân tích kho DL dùng chung", "AI đọc dữ liệu độc giả", "Dữ liệu tập trung-AI"],
  converged_newsroom: ["Tòa soạn HT đa NT", "TS hội tụ - đã vận hành chưa", "Đã gộp quy trình SX hội tụ"],
  autonomous: ["Tự cân đối chi TX (NĐ 60)", "Cơ chế TC: tự chủ chi TX?", "Nhóm tự chủ (NĐ60)"],
  security_level: ["Cấp độ HTTT (NĐ85)", "HTTT - cấp được duyệt", "Cấp an toàn của HT (đã duyệt)"],
  licensed: ["GPHĐ mới cho tạp chí (Y/N)", "Giấy phép TC đổi mới", "Đã đổi GP tạp chí in"],
  remote_population_total: [
    "Dân vùng sâu+xa+biên (ng)",
    "Quy mô dân vùng sâu",
    "Số khẩu ở vùng khó khăn, biên giới",
  ],
  remote_population_reached: [
    "Dân vùng sâu xem/nghe/đọc được",
    "Đã tiếp cận báo tỉnh",
    "Đã được phủ báo tỉnh",
  ],
};

export const B37_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (Tỉnh ủy quản lý)",
    "BaoLaiChau (TU)",
    "TS Báo Lai Châu (in & e-paper)",
    "BLC - Báo LChâu",
  ],
  "dai-ptth-lai-chau": [
    "Đài LTV Lai Châu",
    "Dai Phat thanh-TH LChau",
    "Đài LC (PT, TH, điện tử)",
    "Đài tỉnh (PT-TH) Lai Châu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VN-LC thuộc Hội VHNT",
    "TCVN LaiChau (Hoi VHNT)",
    "TC Văn nghệ LChâu (in)",
    "Tạp chí Văn-nghệ Lai Châu",
  ],
  "tinh-lai-chau": [
    "Tổng chung cả tỉnh LC",
    "Toan tinh (LC)",
    "Cấp tỉnh - tổng hợp",
    "Khắp tỉnh LChâu (chung)",
  ],
};

export const B37_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc", "BLC-toasoan"],
  "dai-ptth-lai-chau": ["DaiLTV", "dai_ptth_lc", "PTTH-LaiChau"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN", "tc_van_nghe", "VanNghe-LC"],
  "tinh-lai-chau": ["ToanTinh", "toan_tinh", "LC-chung"],
};

/** Units written inside labels, by input or kind of input. */
export const B37_LABEL_UNITS: ByInput = {
  political_articles: ["(tin/bài/tác phẩm)", "(sản phẩm)"],
  money: ["(triệu VNĐ)", "(tr. đồng)"],
  count: ["(ng.)", "(người, có mặt)"],
  "yes-no": ["(Có / Không)", "(đánh dấu)"],
  level: ["(cấp)", "(1 - 5)"],
};

/** The unit column. */
export const B37_MEASURES: ByInput = {
  political_articles: ["Tin/bài/TP", "Tác phẩm"],
  money: ["Triệu VNĐ", "tr.đ"],
  count: ["Ng", "Người."],
  "yes-no": ["C/K", "Có - Không"],
  level: ["Cấp độ ATTT", "Mức"],
};

export const B37_NOTES: readonly string[] = [
  "Số liệu đã rà soát lại ngày 15/11/{y}",
  "Bao gồm cả {n} tin bài của cộng tác viên",
  "Tăng khoảng {p}% so cùng kỳ",
  "Ước tính đến hết tháng 12/{y}",
  "Theo sổ theo dõi của phòng Thư ký tòa soạn",
  "Có {n} tác phẩm đoạt giải các cấp",
];

export const B37_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "Cấp độ {n}", "Level {n}"];

/** Number formats carrying a unit ("1.245 tin bài" shown, 1245 stored). */
export const B37_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin-bài"', '#,##0" TP"'],
  money: ['#,##0" trđ"', '#,##0" tr.VNĐ"'],
  count: ['#,##0" ng"'],
};

export const B37_PLAN_HEADERS: readonly string[] = [
  "KH năm {y} (giao đầu năm)",
  "Mục tiêu phấn đấu {y}",
  "Chỉ tiêu kế hoạch giao {y}",
  "Kế hoạch điều chỉnh {y}",
  "Muc tieu KH {y}",
];

export const B37_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế đến 30/9/{y}",
  "Ước 6 tháng đầu {y}",
  "Số liệu 10 tháng {y}",
  "Quý I-III/{y}",
];

export const B37_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Có (đã triển khai)", "Chưa"],
  ["Đã đưa vào sử dụng", "Chưa đưa vào sử dụng"],
  ["x", "Không"],
  ["Đã triển khai thực hiện", "Chưa triển khai"],
];

export const B37_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Chưa được cấp lại"],
  ["Đã có giấy phép mới", "Đang chờ cấp phép"],
];

export const B37_NOT_APPLICABLE: readonly string[] = [
  "Không thuộc đối tượng",
  "K/áp dụng - tạp chí in",
  "N/A (tạp chí in)",
];

export const B37_AUTONOMY: readonly [string, string] = ["Đã tự chủ chi thường xuyên", "Chưa tự chủ"];

/** A near-miss row: its texts, the input it imitates and the factor range of its figure. */
export type B37Decoy = { texts: readonly string[]; near: string; scale: readonly [number, number] };

export const B37_DECOYS = {
  allPieces: {
    texts: [
      "Tổng số tác phẩm đã đăng, phát trong năm (mọi thể loại)",
      "Tong cong tin, bai, anh, clip da xuat ban trong nam",
      "Toàn bộ tin, bài, phóng sự đã đăng phát",
    ],
    near: "political_articles",
    scale: [1.5, 2.3],
  },
  partyColumn: {
    texts: [
      "Trong đó: tin bài chuyên mục xây dựng Đảng",
      "- Riêng chuyên mục Bảo vệ nền tảng tư tưởng của Đảng",
    ],
    near: "political_articles",
    scale: [0.15, 0.35],
  },
  orderedRevenue: {
    texts: ["Trong đó: thu từ nhiệm vụ đặt hàng của tỉnh", "- Kinh phí đặt hàng, giao nhiệm vụ từ NSĐP"],
    near: "revenue",
    scale: [0.3, 0.6],
  },
  adsRevenue: {
    texts: ["Thu dịch vụ quảng cáo, tài trợ chương trình", "Trong đó: thu quảng cáo trên nền tảng số"],
    near: "revenue",
    scale: [0.15, 0.4],
  },
  stateBudget: {
    texts: ["Dự toán chi thường xuyên NSNN giao trong năm", "Kinh phí NSNN cấp bù hoạt động thường xuyên"],
    near: "revenue",
    scale: [0.8, 1.4],
  },
  spending: {
    texts: ["Tổng chi hoạt động thực tế trong năm", "Chi thường xuyên đã quyết toán"],
    near: "revenue",
    scale: [0.75, 0.95],
  },
  cardHolders: {
    texts: ["Người có thẻ nhà báo đang còn hiệu lực", "Trong đó: PV, BTV có thẻ hành nghề"],
    near: "staff_total",
    scale: [0.4, 0.7],
  },
  quota: {
    texts: ["Số người làm việc được giao theo QĐ của UBND tỉnh", "Biên chế sự nghiệp UBND tỉnh giao"],
    near: "staff_total",
    scale: [1.1, 1.4],
  },
  degree: {
    texts: ["Trong đó: trình độ đại học trở lên", "- Có trình độ thạc sĩ, đại học"],
    near: "staff_total",
    scale: [0.6, 0.9],
  },
  politicalTheory: {
    texts: [
      "Số người được cử học lý luận chính trị cao cấp, trung cấp",
      "Đã qua bồi dưỡng nghiệp vụ quản lý nhà nước (người)",
    ],
    near: "staff_trained",
    scale: [0.2, 0.5],
  },
  devices: {
    texts: ["Số hộ được cấp radio, loa thông minh", "Hộ dân vùng khó được hỗ trợ thiết bị thu"],
    near: "remote_population_reached",
    scale: [0.18, 0.3],
  },
  visits: {
    texts: [
      "Lượt truy cập, xem, nghe trên các kênh số (nghìn lượt)",
      "Lượt tương tác trên fanpage, kênh video",
    ],
    near: "political_articles",
    scale: [12, 40],
  },
} as const satisfies Readonly<Record<string, B37Decoy>>;

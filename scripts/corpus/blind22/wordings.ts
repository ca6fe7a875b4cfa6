/**
 * The blind22 split's own words: how its authors name the plan's inputs, the agencies and the near-miss rows, the
 * units and measures they type, their notes, yes/no words and column heads. Written without looking at the
 * detector, its vocabulary, the plan's synonyms or any other split's lists; the guard test
 * (tests/corpusBlind22.test.ts) checks in code that none equals a wording the repository already knows.
 */
import type { ValueStyle } from "../context";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B22_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tin, bài mới phục vụ nhiệm vụ chính trị của địa phương (sản xuất trong năm)",
    "Số lượng tác phẩm mới tuyên truyền nhiệm vụ chính trị được đăng, phát",
    "Tin bài NV chính trị (mới, tự sản xuất)",
    "So tin bai moi phuc vu nhiem vu chinh tri tinh Lai Chau",
    "Tác phẩm báo chí mới phục vụ NVCT - tổng số đăng, phát",
  ],
  revenue: [
    "Tổng thu từ hoạt động sự nghiệp và dịch vụ của cơ quan",
    "Doanh thu cả năm của cơ quan báo chí (mọi nguồn)",
    "Tong so tien thu duoc ca nam cua co quan bao chi",
    "Tổng số thu (sự nghiệp, dịch vụ, liên kết, tài trợ)",
    "Nguồn thu toàn đơn vị - tổng cộng các nguồn",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan (kể cả hợp đồng)",
    "Lực lượng làm báo hiện có: lãnh đạo, PV, BTV, KTV",
    "Tong so can bo, phong vien, bien tap vien hien co mat",
    "Số CBVC và lao động hợp đồng của cơ quan (tổng)",
  ],
  staff_trained: [
    "Số người đã qua tập huấn, bồi dưỡng về chuyển đổi số báo chí",
    "Lãnh đạo, PV, BTV đã được bồi dưỡng kỹ năng CĐS (lũy kế)",
    "So can bo, PV da hoc xong lop boi duong CDS",
    "Nhân lực đã hoàn thành chương trình bồi dưỡng CĐS báo chí",
  ],
  digital_platforms: [
    "Phân phối tin, bài lên nền tảng số (ưu tiên nền tảng Việt)",
    "Đưa nội dung lên nền tảng số trong nước và xuyên biên giới",
    "Dua noi dung bao chi len cac nen tang so cua don vi",
    "Có kênh phát hành nội dung của cơ quan trên nền tảng số",
  ],
  ai_data_platform: [
    "Dùng nền tảng dữ liệu tập trung có trí tuệ nhân tạo hỗ trợ",
    "Ứng dụng AI phân tích dữ liệu trên nền tảng dùng chung của cơ quan",
    "Nen tang du lieu dung chung, phan tich tu dong bang AI",
    "Có hệ thống dữ liệu tập trung, phân tích bằng AI (trí tuệ nhân tạo)",
  ],
  converged_newsroom: [
    "Tòa soạn vận hành theo mô hình hội tụ đa nền tảng",
    "Tổ chức tòa soạn hội tụ (sản xuất một lần, phân phối nhiều kênh)",
    "Mo hinh toa soan hoi tu cua co quan da van hanh chinh thuc",
    "Quy trình sản xuất theo mô hình hội tụ, đa phương tiện của đơn vị",
  ],
  autonomous: [
    "Cơ quan tự đảm bảo chi thường xuyên (tự chủ tài chính)",
    "Tự chủ về tài chính theo NĐ 60 (nhóm 1 hoặc nhóm 2)",
    "Don vi da tu chu ve tai chinh",
    "Mức tự chủ tài chính đơn vị sự nghiệp đạt được",
  ],
  security_level: [
    "Hệ thống thông tin báo điện tử: cấp độ an toàn đã phê duyệt",
    "Cấp độ bảo đảm ATTT được duyệt của hệ thống xuất bản điện tử",
    "Cap do an toan thong tin he thong dien tu duoc duyet",
    "Cấp độ an toàn HTTT (theo hồ sơ cấp độ được phê duyệt)",
  ],
  licensed: [
    "Tạp chí văn nghệ: giấy phép hoạt động in mới được cấp lại",
    "Giấy phép hoạt động của tạp chí đã được cấp lại",
    "Tap chi van nghe da co giay phep moi (cap lai)",
    "Hoàn tất cấp lại giấy phép (tạp chí in, định kỳ)",
  ],
  remote_population_total: [
    "Dân số thuộc các xã, thôn bản vùng sâu, vùng xa, biên giới",
    "Số dân sinh sống tại vùng sâu, vùng xa, biên giới (toàn bộ)",
    "Dan so vung sau, vung xa, bien gioi tren dia ban",
    "Nhân khẩu khu vực vùng sâu, vùng xa, biên giới - tổng",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa được tiếp cận tối thiểu một loại hình báo chí tỉnh",
    "Số dân vùng sâu, vùng xa đã tiếp cận được báo chí của tỉnh nhà",
    "Nguoi dan vung sau, vung xa tiep can duoc bao chi tinh",
    "Dân cư vùng sâu, vùng xa tiếp cận ít nhất 1 loại hình báo chí địa phương",
  ],
};

/** Short column or slide heads, by input. */
export const B22_SHORT_HEADERS: ByInput = {
  political_articles: ["TB NVCT mới (SX)", "Tin-bài chính trị mới", "Số TP phục vụ NVCT (mới)"],
  revenue: ["Tiền thu cả năm - trđ", "Tổng thu ĐV (tr.đ)", "DThu toàn đơn vị"],
  staff_total: ["LĐ hiện có toàn cơ quan", "Quân số đơn vị (người)", "Người làm việc - tổng"],
  staff_trained: ["Người đã học BD CĐS", "Số đã bồi dưỡng CĐS", "Hoàn thành BD chuyển đổi số (ng)"],
  digital_platforms: ["ND lên NT số?", "Có phát hành trên NT số (C/K)", "Kênh nền tảng số?"],
  ai_data_platform: ["Nền tảng DL dùng chung có AI", "AI - dữ liệu tập trung", "DL tập trung/AI?"],
  converged_newsroom: ["Tòa soạn hội tụ - có chưa?", "Tòa soạn HT (đa NT)", "Vận hành hội tụ (C/K)"],
  autonomous: ["Tự chủ tài chính - có chưa?", "Mức tự chủ (NĐ60)", "ĐV tự bảo đảm chi TX?"],
  security_level: ["Cấp ATTT duyệt", "Cấp độ HTTT (duyệt)", "Cấp độ ATTT hệ thống (duyệt)"],
  licensed: ["GP tạp chí - cấp lại chưa?", "GPHĐ tạp chí: đã cấp lại?", "GP tạp chí mới?"],
  remote_population_total: ["Dân số vùng khó VSVX-BG", "Dân VS-VX-BG - tổng số", "Nhân khẩu VSVX (ng)"],
  remote_population_reached: [
    "Số dân VSVX đã tiếp cận BC",
    "Tiếp cận BC tỉnh (ng)",
    "Số dân được TC báo chí",
  ],
};

export const B22_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo LChâu (báo Đảng, in + ĐT)",
    "Bao Lai Chau [chu quan: Tinh uy]",
    "Báo Lai Châu - khối báo in/điện tử",
    "Tòa soạn Báo Lai Châu (TBT ký)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT-TH Lai Châu (Đài tỉnh)",
    "Dai PT - TH tinh Lai Chau (Dai tinh)",
    "Đài tỉnh (PT-TH) LC",
    "Đài PT&TH tỉnh LC (phát sóng)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VHNT Lai Châu (định kỳ)",
    "Tap chi VN - an pham cua Hoi VHNT tinh",
    "Tạp chí VN Lai Châu (số định kỳ, bản in)",
    "Tạp chí do Hội VHNT tỉnh xuất bản",
  ],
  "tinh-lai-chau": [
    "Chung toàn tỉnh LC",
    "Toan dia ban tinh - vung sau, vung xa",
    "Địa bàn tỉnh Lai Châu (chung)",
    "Cả tỉnh (VSVX-BG)",
  ],
};

/** Units written inside labels, by input or kind. */
export const B22_LABEL_UNITS: ByInput = {
  political_articles: ["(tin/bài mới)", "(đơn vị: tin, bài)"],
  count: ["(ng)", "(đơn vị: người)"],
  money: ["(trđ)", "(ĐVT: triệu đ)", "(tr. đồng)"],
  "yes-no": ["(có / chưa)", "(đánh dấu)"],
  level: ["(cấp 1-5)", "(mức)"],
};

/** The ĐVT column. */
export const B22_MEASURES: ByInput = {
  political_articles: ["tin/bài", "Tin - bài", "TP"],
  count: ["ng", "Người", "người"],
  money: ["triệu đ", "Tr.đ", "trđ"],
  "yes-no": ["", "C/K"],
  level: ["Cấp", "mức"],
};

/** Units carried in number formats ("1.245 tin/bài" shown, 1245 stored). */
export const B22_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin/bài"', '#,##0" TP"'],
  count: ['#,##0" ng"', '#,##0" người"'],
  money: ['#,##0" trđ"', '#,##0" tr.đ"'],
};

/** Notes in a "Ghi chú" column ({p}: a percentage, {n}: a count, {y}: the year). */
export const B22_NOTES: readonly string[] = [
  "Số liệu chốt ngày 15/11/{y}",
  "Tăng {p}% so cùng kỳ",
  "Đã đối chiếu với phòng Hành chính - Tổng hợp",
  "Có {n} sản phẩm phát lại trên YouTube",
  "Phòng Thư ký tòa soạn tổng hợp",
];

export const B22_LEVEL_TEXTS: readonly string[] = ["Mức {n}", "Cấp {n}", "Level {n}"];

/** Heads announcing a target figure ({y}: the year). */
export const B22_PLAN_HEADERS: readonly string[] = [
  "KH giao đầu năm {y}",
  "Mục tiêu đề ra năm {y}",
  "Chỉ tiêu KH năm {y} (UBND giao)",
];

/** Heads of a part-of-year figure ({y}: the year). */
export const B22_PARTIAL_HEADERS: readonly string[] = [
  "Ước 10 tháng/{y}",
  "Số liệu hết quý III/{y}",
  "Sơ bộ 9 tháng năm {y}",
];

export const B22_YES_NO: ReadonlyArray<ValueStyle["yesNo"]> = [
  ["Đã có", "Chưa có"],
  ["Rồi", "Chưa"],
  ["✓", "✗"],
  ["Có triển khai", "Không triển khai"],
  ["Đang vận hành", "Chưa có"],
];
export const B22_LICENSE: ReadonlyArray<ValueStyle["license"]> = [
  ["Được cấp phép", "Chưa được cấp phép"],
  ["Đã cấp phép", "Chưa cấp phép"],
];
export const B22_NOT_APPLICABLE: ReadonlyArray<ValueStyle["notApplicable"]> = [
  "K/a",
  "N/A",
  "Không thuộc đối tượng",
  "KAD",
];
export const B22_AUTONOMY: readonly [string, string] = ["Đã đạt", "Chưa đạt"];

export const B22_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau_CDS", "Bao-LC"],
  "dai-ptth-lai-chau": ["DaiPTTH-LC", "Dai_PT_TH"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVHNT", "TC-VanNghe"],
  "tinh-lai-chau": ["ToanTinh_LC", "Tinh-LC"],
};

/** A near-miss row: the input it imitates, the factor range of its figure, its texts. */
export type B22Decoy = { near: string; scale: readonly [number, number]; texts: readonly string[] };

export const B22_DECOYS = {
  allWorks: {
    near: "political_articles",
    scale: [1.8, 3.2],
    texts: [
      "Toàn bộ tin, bài, ảnh, video đã đăng, phát trong năm",
      "Tổng sản phẩm báo chí phát hành (mọi chủ đề)",
    ],
  },
  ethnicWorks: {
    near: "political_articles",
    scale: [0.15, 0.45],
    texts: ["Trong đó: bằng tiếng dân tộc thiểu số", "Riêng tin, bài tiếng dân tộc (Mông, Thái, Dao)"],
  },
  rerun: {
    near: "political_articles",
    scale: [0.3, 0.7],
    texts: ["Tin, bài khai thác lại, phát lại", "Sản phẩm biên tập lại từ nguồn khác"],
  },
  adIncome: {
    near: "revenue",
    scale: [0.15, 0.45],
    texts: ["Riêng thu quảng cáo, truyền thông", "Thu từ hợp đồng quảng cáo, PR"],
  },
  orderFund: {
    near: "revenue",
    scale: [0.3, 0.8],
    texts: ["Kinh phí đặt hàng của tỉnh (ngân sách)", "NS tỉnh đặt hàng sản phẩm báo chí"],
  },
  pressCards: {
    near: "staff_total",
    scale: [0.4, 0.8],
    texts: ["Người có thẻ nhà báo còn hạn", "Số thẻ nhà báo đang lưu hành"],
  },
  ethnicStaff: {
    near: "staff_total",
    scale: [0.1, 0.35],
    texts: ["PV, BTV thông thạo tiếng dân tộc", "Người biết tiếng Mông/Thái trong cơ quan"],
  },
  otherCourses: {
    near: "staff_trained",
    scale: [0.3, 0.8],
    texts: ["Lượt dự lớp nghiệp vụ khác (không CĐS)", "Lượt cử đi học lý luận, nghiệp vụ"],
  },
  followers: {
    near: "digital_platforms",
    scale: [300, 1800],
    texts: ["Lượt theo dõi các kênh số của cơ quan", "Người đăng ký kênh YouTube, Zalo OA"],
  },
  receivers: {
    near: "remote_population_reached",
    scale: [0.15, 0.3],
    texts: ["Hộ được hỗ trợ đầu thu, chảo thu vệ tinh", "Số hộ nghe, xem được sóng Đài tỉnh"],
  },
} as const satisfies Readonly<Record<string, B22Decoy>>;

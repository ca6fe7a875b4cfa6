/**
 * Every text the "blind6" split shows, written without looking at the detector, its vocabulary or the other splits'
 * lists: how a finance officer, a personnel clerk, a department's survey form or an agency's self-assessment would
 * name the plan's inputs and the agencies. tests/corpusBlind6.test.ts checks that none of these equals a wording the
 * repository already knows or appears in another split's cases.
 */
import type { UnitId } from "../model";

/** Row labels and questions for each input (at least four each). */
export const B6_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Lượng tin bài mới đăng phát tuyên truyền nhiệm vụ chính trị",
    "Sản phẩm báo chí mới về nhiệm vụ chính trị địa phương",
    "Số tác phẩm mới đăng, phát phục vụ chính trị - thời sự",
    "Tin, bài, phóng sự mới thực hiện nhiệm vụ chính trị được giao",
    "Tổng tác phẩm tuyên truyền chính trị xuất bản mới",
  ],
  revenue: [
    "Tổng nguồn thu từ hoạt động báo chí và dịch vụ",
    "Thu sự nghiệp, dịch vụ của cơ quan báo chí",
    "Doanh thu quảng cáo, liên kết, đặt hàng và dịch vụ khác",
    "Tổng thu (không kể NSNN cấp chi thường xuyên)",
    "Nguồn thu hợp pháp ngoài ngân sách của đơn vị",
  ],
  staff_total: [
    "Tổng số người làm việc (biên chế và hợp đồng)",
    "Nhân sự hiện có của cơ quan tại thời điểm báo cáo",
    "Số lượng CB, PV, BTV, KTV hiện có",
    "Lực lượng làm báo toàn cơ quan",
  ],
  staff_trained: [
    "Người đã được tập huấn kỹ năng số làm báo",
    "Số CB, PV, BTV đã bồi dưỡng nghiệp vụ CĐS",
    "Nhân sự đã qua lớp tập huấn chuyển đổi số báo chí",
    "Số người đã học chuyển đổi số trong báo chí",
  ],
  digital_platforms: [
    "Phân phối nội dung lên nền tảng số",
    "Có kênh phát hành trên nền tảng số (ưu tiên nền tảng trong nước)",
    "Xuất bản, phát sóng song song trên nền tảng số",
    "Hiện diện trên nền tảng số của cơ quan",
  ],
  ai_data_platform: [
    "Hệ thống dữ liệu tập trung có phân tích bằng AI",
    "Ứng dụng trí tuệ nhân tạo phân tích dữ liệu độc giả, khán thính giả",
    "Kho dữ liệu dùng chung tích hợp công nghệ AI",
    "Nền tảng số hóa, phân tích dữ liệu tập trung ứng dụng AI",
  ],
  converged_newsroom: [
    "Tổ chức sản xuất theo mô hình hội tụ (một đầu vào, nhiều đầu ra)",
    "Vận hành mô hình tòa soạn hội tụ, đa nền tảng",
    "Quy trình sản xuất tin bài hội tụ đa nền tảng",
    "Vận hành newsroom hội tụ chung cho in, điện tử, MXH",
  ],
  autonomous: [
    "Mức tự chủ: tự bảo đảm toàn bộ chi thường xuyên",
    "Đơn vị tự đảm bảo chi thường xuyên",
    "Phương án tự chủ tài chính được phê duyệt",
    "Thực hiện cơ chế tự chủ tài chính của đơn vị",
  ],
  security_level: [
    "HTTT báo điện tử được phê duyệt cấp độ an toàn",
    "Cấp độ bảo đảm an toàn HTTT của trang, cổng điện tử",
    "Mức an toàn hệ thống thông tin đã xác định",
    "Phân loại cấp độ an toàn thông tin (theo NĐ 85)",
  ],
  licensed: [
    "Tạp chí được cấp lại giấy phép hoạt động",
    "Giấy phép hoạt động tạp chí in (cấp lại)",
    "Đã có quyết định cấp phép lại cho tạp chí in",
    "Tình trạng giấy phép xuất bản tạp chí",
  ],
  remote_population_total: [
    "Tổng nhân khẩu thuộc các xã khu vực III, biên giới",
    "Tổng số người dân vùng khó khăn, vùng biên",
    "Số dân các xã đặc biệt khó khăn, biên giới",
    "Nhân khẩu vùng sâu, vùng xa trên địa bàn",
  ],
  remote_population_reached: [
    "Người dân vùng khó khăn được tiếp cận ít nhất một loại hình báo chí",
    "Số người vùng sâu, vùng xa tiếp cận thông tin báo chí tỉnh",
    "Dân vùng biên giới được phủ sóng, phát hành báo",
    "Số dân vùng khó khăn tiếp cận báo chí địa phương",
  ],
};

/** Column and summary headers (at least three each). */
export const B6_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["TB chính trị mới", "SL tác phẩm CT", "Tác phẩm phục vụ NVCT"],
  revenue: ["Thu SN-DV (trđ)", "Nguồn thu (trđ)", "DT các nguồn"],
  staff_total: ["Tổng số LĐ (người)", "Quân số cơ quan", "Biên chế + HĐ"],
  staff_trained: ["Đã tập huấn KN số", "Đã BD kỹ năng số", "Học xong lớp CĐS"],
  digital_platforms: ["Lên NT số", "Kênh số", "Đăng phát qua app, MXH"],
  ai_data_platform: ["Hạ tầng DL dùng chung có AI", "Kho DL-AI", "PT dữ liệu AI"],
  converged_newsroom: ["Hội tụ ĐPT", "Newsroom HT", "Tòa soạn ĐPT"],
  autonomous: ["Tự bảo đảm CTX", "Tự lo chi thường xuyên", "NĐ 60 tự chủ"],
  security_level: ["Cấp độ ATHT đã duyệt", "ATTT (cấp đã duyệt)", "ATHTTT cấp"],
  licensed: ["Tình trạng GPHĐ", "GP cấp lại (TC)", "Giấy phép HĐ"],
  remote_population_total: ["Nhân khẩu VS-VX", "Dân vùng biên", "Dân số xã KV III"],
  remote_population_reached: ["Dân đã được tiếp cận BC", "Được phủ sóng/PH", "Người tiếp cận ≥1 loại hình"],
};

/** How the agencies (and the province) are named (at least four each). */
export const B6_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Ban Biên tập Báo Lai Châu (BLC)",
    "Báo Lai Châu (cơ quan của Đảng bộ tỉnh)",
    "Báo Lai Châu, Tỉnh ủy Lai Châu",
    "Báo LC (bản in + điện tử)",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh và TH tỉnh LC",
    "Đài PT-TH trực thuộc UBND tỉnh",
    "Đài PTTH Lai Châu (phát thanh + truyền hình)",
    "Đài tỉnh (phát thanh, truyền hình)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ, Hội VHNT Lai Châu",
    "Tạp chí VN Lai Châu (Hội Văn học Nghệ thuật)",
    "Tạp chí Văn nghệ LC - ấn phẩm in",
    "Tạp chí Văn nghệ tỉnh, cơ quan của Hội VHNT",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh (vùng khó khăn)",
    "Khu vực khó khăn của tỉnh Lai Châu",
    "Các xã vùng sâu, vùng xa toàn tỉnh",
    "Tỉnh LC (tổng hợp chung)",
  ],
};

/** A near-miss row: a figure of the same kind beside the real one, never a plan input. */
export type B6Decoy = {
  texts: readonly string[];
  measure: string;
  /** The input whose value it sits near, and how far (a factor range). */
  near: string;
  scale: readonly [number, number];
};

export const B6_DECOYS: readonly B6Decoy[] = [
  {
    texts: ["Tin bài khai thác lại từ TTXVN, báo TW", "Tin bài đăng lại, phát lại (không tính mới)"],
    measure: "Tác phẩm",
    near: "political_articles",
    scale: [0.3, 0.7],
  },
  {
    texts: ["Tác phẩm gửi dự Giải Báo chí tỉnh", "Tác phẩm đoạt giải báo chí các cấp"],
    measure: "Tác phẩm",
    near: "political_articles",
    scale: [0.01, 0.04],
  },
  {
    texts: ["Kinh phí NSNN cấp chi thường xuyên", "Dự toán ngân sách giao trong năm"],
    measure: "Trđ",
    near: "revenue",
    scale: [1.2, 2.4],
  },
  {
    texts: ["Chi nhuận bút, thù lao tác giả", "Chi phí sản xuất chương trình, ấn phẩm"],
    measure: "Trđ",
    near: "revenue",
    scale: [0.2, 0.5],
  },
  {
    texts: ["Cộng tác viên có hợp đồng viết bài", "Số hội viên Hội Nhà báo tại cơ quan"],
    measure: "Người",
    near: "staff_total",
    scale: [0.4, 0.8],
  },
  {
    texts: ["Người đang giữ thẻ nhà báo (kỳ hạn 2021-2025)", "Phóng viên có thẻ nhà báo còn hạn"],
    measure: "Người",
    near: "staff_total",
    scale: [0.5, 0.85],
  },
  {
    texts: ["Số hộ dân vùng sâu, vùng xa", "Thôn, bản được cấp báo miễn phí"],
    measure: "Hộ",
    near: "remote_population_total",
    scale: [0.2, 0.3],
  },
  {
    texts: ["Tài khoản mạng xã hội đang quản lý", "Kênh, trang MXH của cơ quan"],
    measure: "Kênh",
    near: "staff_total",
    scale: [0.05, 0.15],
  },
];

/** The unit written inside a label. */
export const B6_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tác phẩm)", "(TP)", "- tin/bài"],
  money: ["(trđ)", "(triệu)", "- tr.đồng"],
  count: ["(ng)", "(người)", "- người"],
  "yes-no": ["(Đã/Chưa)", "(có hay chưa)"],
  level: ["(cấp)", "(mức)"],
};

/** The ĐVT column. */
export const B6_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "TP", "Tin/bài"],
  money: ["Trđ", "Triệu", "Tr.đồng"],
  count: ["Người", "Ng"],
  "yes-no": ["Đã/Chưa", "Có/Chưa"],
  level: ["Cấp", "Mức"],
};

/** Number formats that carry the unit ("1.245 TP" shown, 1245 stored). */
export const B6_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" TP"', '#,##0" tác phẩm"'],
  money: ['#,##0" trđ"', '#,##0" triệu"'],
  count: ['#,##0" ng"', '#,##0" người"'],
};

export const B6_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã vận hành", "Chưa vận hành"],
  ["Đã đầu tư", "Chưa đầu tư"],
  ["Rồi", "Chưa"],
  ["Đã hoàn thành", "Chưa hoàn thành"],
];
export const B6_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Đang chờ cấp"],
  ["Đã cấp", "Chưa cấp"],
];
export const B6_NOT_APPLICABLE: readonly string[] = [
  "Không phải báo điện tử",
  "K/AD",
  "Không thuộc đối tượng",
];
export const B6_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}"];

/** Target columns (a plan figure, never the actual). */
export const B6_PLAN_HEADERS: readonly string[] = ["KH giao {y}", "Mục tiêu năm {y}", "Kế hoạch {y} (giao)"];
/** Part-of-year columns. */
export const B6_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế đến 30/9/{y}",
  "Ước 10 tháng {y}",
  "Sáu tháng đầu {y}",
];

/** Notes with numbers in them ({p} a percent, {n} a count, {y} a year). */
export const B6_NOTES: readonly string[] = [
  "Số liệu chốt ngày 15/11/{y}, có {n} tác phẩm tiếng dân tộc",
  "Tăng {p}% so với cùng kỳ năm trước",
  "Đã đối chiếu với phòng Kế toán, chênh {n} triệu do ghi nhận chậm",
  "Chưa gồm {n} sản phẩm trên kênh TikTok, YouTube",
  "Bình quân {p} tác phẩm/người/tháng",
];

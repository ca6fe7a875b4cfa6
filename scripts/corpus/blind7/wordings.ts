/**
 * Every text the "blind7" split shows, written without looking at the detector, its vocabulary or the other splits'
 * lists: how the department's statistician, an emulation committee's secretary, a dashboard builder or a template's
 * author would name the plan's inputs and the agencies. tests/corpusBlind7.test.ts checks that none of these equals
 * a wording the repository already knows or appears in another split's cases.
 */
import type { UnitId } from "../model";

/** Row labels and questions for each input (at least four each). */
export const B7_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tác phẩm mới bám sát nhiệm vụ chính trị của tỉnh",
    "Số lượng tin, bài, phóng sự mới phục vụ nhiệm vụ chính trị",
    "Sản lượng tin bài chính trị sản xuất mới trong năm",
    "Tin bài tự sản xuất tuyên truyền nhiệm vụ chính trị",
    "Số tác phẩm báo chí mới về chủ trương, đường lối, nhiệm vụ chính trị",
  ],
  revenue: [
    "Tổng số thu ngoài ngân sách cấp trong năm",
    "Doanh thu báo chí (quảng cáo, đặt hàng, dịch vụ)",
    "Số thu thực hiện của cơ quan báo chí",
    "Thu từ hoạt động báo chí, dịch vụ và liên kết",
    "Giá trị doanh thu tự tạo của đơn vị",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan báo chí",
    "Số người làm việc hiện có (gồm hợp đồng)",
    "Tổng số cán bộ, phóng viên, biên tập viên và người lao động",
    "Đội ngũ hiện có của cơ quan (người)",
  ],
  staff_trained: [
    "Số người đã được đào tạo, tập huấn về chuyển đổi số báo chí",
    "Người làm báo đã qua tập huấn CĐS",
    "Cán bộ, PV, BTV được trang bị kỹ năng chuyển đổi số",
    "Số lượt người đã hoàn thành bồi dưỡng kỹ năng số (không trùng)",
  ],
  digital_platforms: [
    "Đưa nội dung báo chí lên các nền tảng số",
    "Cung cấp nội dung trên nền tảng số, ưu tiên nền tảng Việt",
    "Nội dung được phân phối qua nền tảng số",
    "Sử dụng nền tảng số để phát hành nội dung",
  ],
  ai_data_platform: [
    "Có nền tảng dữ liệu tập trung, phân tích bằng trí tuệ nhân tạo",
    "Ứng dụng AI trên hệ thống dữ liệu tập trung của cơ quan",
    "Nền tảng quản trị dữ liệu tập trung ứng dụng AI",
    "Hệ thống phân tích dữ liệu tập trung dùng trí tuệ nhân tạo",
  ],
  converged_newsroom: [
    "Sản xuất tin bài theo quy trình tòa soạn hội tụ của cơ quan",
    "Mô hình tòa soạn hội tụ được áp dụng",
    "Tòa soạn hội tụ (sản xuất đa phương tiện tập trung)",
    "Triển khai mô hình tòa soạn hội tụ, đa phương tiện",
  ],
  autonomous: [
    "Cơ chế tự chủ: tự bảo đảm chi thường xuyên",
    "Được giao tự chủ tài chính (tự bảo đảm chi thường xuyên)",
    "Cơ quan thuộc loại tự bảo đảm toàn bộ chi thường xuyên",
    "Tự chủ về tài chính của cơ quan báo chí",
  ],
  security_level: [
    "Cấp độ an toàn hệ thống thông tin của báo, cổng điện tử",
    "Hệ thống thông tin báo điện tử đạt cấp độ an toàn",
    "Cấp độ ATTT được phê duyệt cho hệ thống điện tử",
    "An toàn HTTT: cấp độ đã được thẩm định",
  ],
  licensed: [
    "Tạp chí in được cấp lại giấy phép",
    "Cấp lại giấy phép hoạt động báo chí in cho tạp chí",
    "Giấy phép tạp chí in sau khi cấp lại",
    "Kết quả cấp lại giấy phép cho Tạp chí",
  ],
  remote_population_total: [
    "Quy mô dân số vùng sâu, vùng xa và xã biên giới",
    "Tổng dân số vùng sâu, vùng xa, biên giới của tỉnh",
    "Số nhân khẩu ở vùng sâu, xa và biên giới",
    "Dân số thuộc địa bàn vùng sâu, vùng xa, biên giới",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, xa, biên giới tiếp cận được báo chí tỉnh",
    "Số dân vùng sâu, vùng xa được tiếp cận ít nhất một loại hình báo chí",
    "Nhân khẩu vùng biên, vùng sâu đã tiếp cận báo chí",
    "Dân cư vùng sâu, vùng xa nghe, xem, đọc được báo chí tỉnh",
  ],
};

/** Column and dashboard headers (at least three each). */
export const B7_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["TB phục vụ NVCT (mới)", "SL tin bài chính trị", "TP mới (NVCT)"],
  revenue: ["Doanh thu tự tạo", "Thu tự tạo năm (tr.đ)", "Thu ngoài NS"],
  staff_total: ["Nhân sự hiện có toàn CQ", "Số người đang làm việc thực tế", "Số người hiện có"],
  staff_trained: ["Đã qua tập huấn CĐS", "Được đào tạo KN số", "Số người qua lớp CĐS"],
  digital_platforms: ["ND trên nền tảng số", "Phát hành số", "Có mặt trên NT số"],
  ai_data_platform: ["Nền tảng DL tập trung/AI", "Nền tảng DL AI", "AI phân tích DL"],
  converged_newsroom: ["Có TS hội tụ chưa", "Vận hành TS hội tụ", "TSHT đa phương tiện"],
  autonomous: ["Tự chủ chi thường xuyên (đã/chưa)", "Giao tự chủ TC", "Loại hình tự chủ CTX"],
  security_level: ["Cấp ATTT của hệ thống điện tử", "Cấp ATTT được duyệt", "Mức ATTT đạt"],
  licensed: ["GP in cấp lại (TC)", "Tình hình cấp lại GPHĐ", "GP sau cấp lại"],
  remote_population_total: ["Dân số vùng sâu + biên giới", "Nhân khẩu vùng biên", "Nhân khẩu VS, VX, BG"],
  remote_population_reached: [
    "Số dân đã tiếp cận báo chí",
    "Người dân tiếp cận BC tỉnh",
    "Tiếp cận ≥ 1 loại hình",
  ],
};

/** How the agencies (and the province) are named (at least four each). */
export const B7_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu - bản in và điện tử",
    "Báo LChâu (Đảng bộ tỉnh)",
    "Báo Lai Châu - cơ quan ngôn luận của Đảng bộ",
    "BBT Báo Lai Châu (tòa soạn)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT & TH tỉnh LChâu",
    "Đài Phát thanh - Truyền hình LC",
    "Cơ quan Đài PTTH tỉnh",
    "Đài PT-TH Lai Châu (cổng TTĐT)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VN thuộc Hội VHNT Lai Châu",
    "TC Văn nghệ LChâu (Hội VHNT)",
    "Ban biên tập Tạp chí Văn nghệ LC",
    "Tạp chí in Văn nghệ Lai Châu",
  ],
  "tinh-lai-chau": [
    "Địa bàn vùng sâu, vùng xa toàn tỉnh",
    "Toàn tỉnh LC (vùng sâu, xa, biên giới)",
    "Các xã biên giới, vùng sâu của tỉnh",
    "Tỉnh Lai Châu - vùng khó khăn",
  ],
};

/** A near-miss row: a figure of the same kind beside the real one, never a plan input. */
export type B7Decoy = {
  texts: readonly string[];
  measure: string;
  /** The input whose value it sits near, and how far (a factor range). */
  near: string;
  scale: readonly [number, number];
};

export const B7_DECOYS: readonly B7Decoy[] = [
  {
    texts: ["Tin bài chia sẻ lại từ cơ quan báo chí khác", "Tin bài biên tập lại, tổng hợp từ nguồn khác"],
    measure: "Tin/bài",
    near: "political_articles",
    scale: [0.25, 0.6],
  },
  {
    texts: ["Tin bài đặt hàng theo hợp đồng tuyên truyền", "Tác phẩm tuyên truyền theo đơn đặt hàng các sở"],
    measure: "Tin/bài",
    near: "political_articles",
    scale: [0.1, 0.3],
  },
  {
    texts: ["Kinh phí ngân sách tỉnh giao thực hiện nhiệm vụ", "Ngân sách cấp cho hoạt động thường xuyên"],
    measure: "Tr.đ",
    near: "revenue",
    scale: [1.3, 2.2],
  },
  {
    texts: ["Nộp ngân sách và các khoản thuế", "Chi trả nhuận bút và thù lao trong năm"],
    measure: "Tr.đ",
    near: "revenue",
    scale: [0.08, 0.35],
  },
  {
    texts: ["Cộng tác viên thường xuyên của cơ quan", "Người cộng tác đưa tin ở cơ sở"],
    measure: "Người",
    near: "staff_total",
    scale: [0.35, 0.75],
  },
  {
    texts: ["Số lượt người dự các lớp tập huấn (có trùng)", "Lượt cán bộ được cử đi học các lớp"],
    measure: "Lượt",
    near: "staff_trained",
    scale: [1.3, 2.1],
  },
  {
    texts: ["Số hộ gia đình vùng sâu, vùng xa, biên giới", "Số thôn, bản vùng biên được phủ sóng"],
    measure: "Hộ",
    near: "remote_population_total",
    scale: [0.18, 0.28],
  },
  {
    texts: ["Lượt truy cập trung bình mỗi ngày (nghìn)", "Người theo dõi các trang mạng xã hội (nghìn)"],
    measure: "Nghìn",
    near: "staff_total",
    scale: [2, 6],
  },
];

/** The unit written inside a label. */
export const B7_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tin, bài)", "- đơn vị: tin bài", "(số TP)"],
  money: ["(tr.đ)", "- đơn vị: triệu đồng", "(trđ/năm)"],
  count: ["(số người)", "- đơn vị: người"],
  "yes-no": ["(đã/chưa)", "- trả lời đã hay chưa"],
  level: ["(cấp độ mấy)", "- ghi cấp độ"],
};

/** The ĐVT column. */
export const B7_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin/bài", "Số TP", "Tin, bài"],
  money: ["Tr.đ", "Triệu đ", "Trđ"],
  count: ["Người", "Số người"],
  "yes-no": ["Đã/chưa", "Có/chưa có"],
  level: ["Cấp độ", "Cấp"],
};

/** Number formats that carry the unit ("1.245 tin bài" shown, 1245 stored). */
export const B7_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tin bài"', '#,##0" TP mới"'],
  money: ['#,##0" tr.đ"', '#,##0" triệu đ"'],
  count: ['#,##0" người"', '#,##0" ng."'],
};

export const B7_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã đưa vào khai thác", "Chưa đưa vào khai thác"],
  ["Đã có, đang dùng", "Chưa có, đang khảo sát"],
  ["Đã làm", "Chưa làm"],
  ["Đã xong", "Chưa xong"],
];
export const B7_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã nhận giấy phép mới", "Chưa nhận giấy phép"],
  ["Đã có GP mới", "Chưa có GP mới"],
];
export const B7_NOT_APPLICABLE: readonly string[] = ["Không áp dụng với tạp chí", "K/AD (tạp chí in)", "N/A"];
export const B7_LEVEL_TEXTS: readonly string[] = ["Level {n}", "CẤP ĐỘ {n}"];
/** Autonomy said as such. */
export const B7_AUTONOMY: readonly [string, string] = ["Đã được giao tự chủ", "Chưa được giao tự chủ"];

/** Target columns (a plan figure, never the actual). */
export const B7_PLAN_HEADERS: readonly string[] = ["Chỉ tiêu KH {y}", "KH năm {y}", "Mục tiêu đặt ra {y}"];
/** Part-of-year columns. */
export const B7_PARTIAL_HEADERS: readonly string[] = [
  "Ước 9 tháng {y}",
  "Đến 31/10/{y}",
  "Quý III/{y} lũy kế",
];

/** Notes with numbers in them ({p} a percent, {n} a count, {y} a year). */
export const B7_NOTES: readonly string[] = [
  "Theo sổ theo dõi đến ngày 20/11/{y}, gồm {n} tin ảnh",
  "Tăng {p}% so với năm liền kề",
  "Trong đó {n} triệu từ hợp đồng ký cuối năm {y}",
  "Không tính {n} tác phẩm phát lại",
  "Đạt {p}% so với cùng kỳ",
];

/** The national targets of 348/QĐ-TTg and 781/QĐ-BTTTT (percent of agencies), shown beside the province's. */
export const B7_NATIONAL: Readonly<Record<string, { text: string; y2025: number }>> = {
  digital_platforms: { text: "Toàn quốc: 70% cơ quan báo chí", y2025: 70 },
  ai_data_platform: { text: "Toàn quốc: 50% cơ quan báo chí", y2025: 50 },
  converged_newsroom: { text: "Toàn quốc: 80% cơ quan báo chí", y2025: 80 },
  staff_trained: { text: "Toàn quốc: 100% người làm báo", y2025: 100 },
  security_level: { text: "Toàn quốc: 100% đạt cấp 3 trở lên", y2025: 100 },
};

/** Column headers of the national comparison (never the actual). */
export const B7_NATIONAL_HEADERS: readonly string[] = [
  "Bình quân toàn quốc",
  "Số liệu cả nước (tham khảo)",
  "Trung bình các tỉnh miền núi phía Bắc",
];

/** The example lines of an instructions sheet: how to fill, with an example figure ({n}). */
export const B7_EXAMPLE_LINES: readonly string[] = [
  "Ví dụ: đơn vị có {n} tin bài thì ghi {n}, không ghi chữ",
  "VD minh họa: ô số liệu ghi {n}",
  "Ghi số nguyên, ví dụ {n}; không ghi đơn vị tính",
];

/** The emulation table's points columns (never the actual). */
export const B7_POINT_HEADERS: readonly string[] = [
  "Điểm chuẩn",
  "Điểm tự chấm",
  "Điểm Hội đồng chấm",
  "Điểm thưởng",
];

/** Footnotes under a table, with a number each ({n}) that is not the figure. */
export const B7_FOOTNOTES: readonly string[] = [
  "(*) Số liệu đã điều chỉnh; báo cáo 6 tháng ghi {n}",
  "(*) Trong đó có {n} sản phẩm bằng tiếng dân tộc",
  "¹ Chưa gồm {n} tin bài đăng lại trên fanpage",
  "(**) Số liệu của đơn vị gửi lần đầu là {n}",
];

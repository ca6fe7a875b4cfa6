/**
 * Every text the "blind3" split writes: row wordings, short column headers, agency names, units, measures,
 * value words, near-miss rows, plan / partial-period headers, notes and footnotes. Written from the plan text
 * (3414/KH-UBND), the domain notes and the way provincial departments word their report tables, without looking
 * at the detector or at any other split's lists. tests/corpusBlind3.test.ts checks in code that none of them
 * equals a wording the repository already has, and that none leaks into another split.
 */
import type { UnitId } from "../model";

/** Row wordings per plan input: paraphrases, official long phrasing, abbreviations, typos, no diacritics. */
export const B3_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tổng số tin, bài, phóng sự tuyên truyền nhiệm vụ chính trị của địa phương",
    "Sản phẩm báo chí phục vụ nhiệm vụ chính trị (tin, bài, phóng sự, ảnh)",
    "SỐ TIN BÀI TUYÊN TRUYỀN NHIỆM VỤ CHÍNH TRỊ ĐƯỢC ĐĂNG PHÁT",
    "Số lượng tác phẩm phục vụ nhiệm vụ chính trị đã xuất bản",
    "Tin bai phuc vu nhiem vu chinh tri cua tinh",
    "Số tin,bài tuyên truyền các nhiệm vụ chính trị, sự kiện trọng đại",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp của cơ quan báo chí",
    "Doanh thu từ hoạt động báo chí và dịch vụ",
    "Tổng thu (quảng cáo, đặt hàng, dịch vụ khác)",
    "TỔNG DOANH THU THỰC HIỆN TRONG NĂM",
    "Tong doanh thu cua don vi",
  ],
  staff_total: [
    "Tổng số cán bộ, viên chức, người lao động hiện có",
    "Số lượng nhân sự (lãnh đạo, PV, BTV, KTV)",
    "Biên chế được giao cộng lao động hợp đồng",
    "Nhân lực hiện có tại đơn vị",
    "Tong so can bo vien chuc nguoi lao dong",
  ],
  staff_trained: [
    "Trong đó: số người đã qua tập huấn kỹ năng chuyển đổi số",
    "Số cán bộ, PV, BTV được bồi dưỡng kiến thức CĐS",
    "Nhân sự đã tham gia lớp tập huấn chuyển đổi số báo chí",
    "So nguoi duoc dao tao ve chuyen doi so bao chi",
  ],
  digital_platforms: [
    "Phân phối nội dung trên các nền tảng số (website, mạng xã hội, ứng dụng)",
    "Hiện diện trên nền tảng số trong nước",
    "Nội dung báo chí được đưa lên môi trường số",
    "Xuất bản, phát sóng trên nền tảng số",
  ],
  ai_data_platform: [
    "Hệ thống phân tích dữ liệu độc giả tập trung có ứng dụng AI",
    "Nền tảng dữ liệu lớn, trí tuệ nhân tạo phục vụ phân tích khán giả",
    "Sử dụng AI trong phân tích, xử lý dữ liệu tập trung",
    "Nen tang du lieu tap trung tich hop tri tue nhan tao",
  ],
  converged_newsroom: [
    "Tòa soạn đa phương tiện theo hướng hội tụ, đa nền tảng",
    "Tổ chức sản xuất theo mô hình toà soạn hội tụ",
    "Tòa soạn hội tụ (converged newsroom)",
    "Xây dựng, vận hành toà soạn số hội tụ đa nền tảng",
  ],
  autonomous: [
    "Cơ chế tự chủ về tài chính (chi thường xuyên)",
    "Tự đảm bảo toàn bộ chi thường xuyên (nhóm 2)",
    "Thực hiện tự chủ tài chính theo Nghị định 60/2021/NĐ-CP",
    "Tự chủ kinh phí hoạt động của cơ quan báo chí",
  ],
  security_level: [
    "Cấp độ bảo đảm an toàn HTTT được phê duyệt",
    "Hồ sơ đề xuất cấp độ ATTT (cấp độ được duyệt)",
    "An toàn thông tin theo cấp độ của trang điện tử",
    "Phân loại cấp độ an toàn hệ thống thông tin báo điện tử",
  ],
  licensed: [
    "Xin cấp lại GPXB tạp chí in",
    "Giấy phép hoạt động báo chí (cấp lại)",
    "Tình trạng giấy phép của Tạp chí",
    "Hoàn thành thủ tục cấp phép lại cho tạp chí in",
  ],
  remote_population_total: [
    "Dân số toàn bộ các xã VSVX, biên giới (theo niên giám)",
    "Số dân khu vực vùng cao, biên giới",
    "Dân số vùng khó khăn, đặc biệt khó khăn",
    "Tong so dan vung sau vung xa",
  ],
  remote_population_reached: [
    "Trong đó: số dân được tiếp cận ít nhất 01 loại hình báo chí của tỉnh",
    "Số người dân vùng sâu được xem, nghe, đọc báo chí địa phương",
    "Số dân vùng khó khăn tiếp cận thông tin báo chí thiết yếu",
    "Nguoi dan vung sau vung xa duoc tiep can bao chi cua tinh",
  ],
};

/** Short column headers (matrices, pivots, tiles). */
export const B3_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin-bài p/v NVCT", "SL tin, bài CT", "Tin/bài chính trị"],
  revenue: ["Tổng số thu (tr.đ)", "Doanh thu năm (trđ)", "Thu sự nghiệp + DV"],
  staff_total: ["Tổng nhân sự", "CB, VC, NLĐ", "Số nhân lực hiện có"],
  staff_trained: ["Qua tập huấn về CĐS", "Được bồi dưỡng CĐS", "Số người qua đào tạo số"],
  digital_platforms: ["Lên nền tảng số?", "Nền tảng số (C/K)", "Phân phối số"],
  ai_data_platform: ["Nền tảng DL-AI", "Phân tích DL + AI", "Dữ liệu tập trung AI"],
  converged_newsroom: ["Tòa soạn HT", "TSHT (hội tụ)", "Vận hành TSHT?"],
  autonomous: ["Tự chủ t.chính", "Tự đảm bảo chi TX", "Cơ chế tự chủ?"],
  security_level: ["Cấp độ ATHTTT", "Cấp độ ATTT đạt", "Cấp ATTT phê duyệt"],
  licensed: ["Giấy phép (cấp lại)", "Tái cấp phép", "GP hoạt động mới"],
  remote_population_total: ["Dân số VS, VX", "Dân số vùng khó", "DS vùng biên"],
  remote_population_reached: ["Người dân đã tiếp cận BC tỉnh", "Số dân tiếp cận BC", "Tiếp cận ≥1 loại hình"],
};

export const B3_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu - bộ phận tổng hợp",
    "Báo L.Châu",
    "BBT Báo LC (cơ quan Đảng)",
    "Cơ quan ngôn luận của Đảng bộ tỉnh LC",
  ],
  "dai-ptth-lai-chau": [
    "Đài PTTH LChâu (kênh LTV)",
    "Đài PT - TH LChâu",
    "Đài Phát thanh Truyền hình tỉnh LC",
  ],
  "tap-chi-van-nghe-lai-chau": ["T/c Văn nghệ LC", "TC VănNghệ L.Châu", "Tạp chí thuộc Hội VHNT Lai Châu"],
  "tinh-lai-chau": ["Khu vực VSVX toàn tỉnh", "Tỉnh LChâu (vùng sâu, vùng xa)", "Địa bàn các xã biên giới"],
};

/** Units inside labels, by input or by kind. */
export const B3_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tác phẩm)", "(tin/bài)", "(sản phẩm)"],
  money: ["(Triệu VNĐ)", "(trđ)", "(đơn vị: triệu đồng)"],
  count: ["(nhân sự)", "(ng)", "(người LĐ)"],
  remote_population_total: ["(nhân khẩu)", "(người dân)", "(khẩu)"],
  remote_population_reached: ["(nhân khẩu)", "(người dân)", "(khẩu)"],
  "yes-no": ["(Có/Chưa)", "(C/K)", "(Đã/Chưa)"],
  level: ["(cấp)", "(cấp 1-5)", "(mức)"],
};

/** The ĐVT column, by input or by kind. */
export const B3_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "Tin/bài", "TP"],
  money: ["Trđ", "Triệu VNĐ", "Tr.VNĐ"],
  count: ["Ng", "Người LĐ", "Nhân sự"],
  remote_population_total: ["Nhân khẩu", "Người dân", "Khẩu"],
  remote_population_reached: ["Nhân khẩu", "Người dân", "Khẩu"],
  "yes-no": ["C/K", "Đã/Chưa", "Có-Không"],
  level: ["Cấp", "Mức độ", "Cấp (1-5)"],
};

/** Yes/no words the value reader reads (src/core/values/words.json and its short phrases). */
export const B3_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Đã thực hiện", "Chưa thực hiện"],
  ["Rồi", "Chưa"],
  ["Có (đang vận hành)", "Không"],
  ["Đã đưa vào sử dụng", "Chưa đưa vào sử dụng"],
  ["Hoàn thành", "Chưa hoàn thành"],
  ["Y", "N"],
];

export const B3_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Được cấp phép lại", "Chưa được cấp phép"],
  ["Đã có giấy phép mới", "Đang chờ cấp phép"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];

export const B3_NOT_APPLICABLE: readonly string[] = [
  "Không thuộc diện áp dụng",
  "K/áp dụng (tạp chí in)",
  "N/A",
  "Không phải báo điện tử",
];

/** Notes beside a value ({n} a number, {p} a percentage, {y} a year): never a value themselves. */
export const B3_NOTES: readonly string[] = [
  "Tăng {p}% so với cùng kỳ",
  "Gồm {n} tin bài tiếng dân tộc Mông, Thái",
  "Số liệu ước đến 31/12/{y}",
  "Có {n} tin bài phát lại trên kênh YouTube",
  "Đã trừ {n} triệu thu hộ",
];

/** Footnotes under a table. */
export const B3_FOOTNOTES: readonly string[] = [
  "(*) Số liệu năm {y} là số ước thực hiện cả năm.",
  "(**) Không bao gồm cộng tác viên và lao động thời vụ.",
  "Ghi chú: doanh thu tính bằng triệu đồng, chưa gồm thuế GTGT.",
  "Nguồn: tổng hợp từ báo cáo của các phòng chuyên môn, chốt số liệu ngày 15/11/{y}.",
];

/** A plan/target column header ({y} the year). */
export const B3_PLAN_HEADERS: readonly string[] = [
  "KH {y} (UBND giao)",
  "Mục tiêu đến {y}",
  "Kế hoạch được giao {y}",
  "KH năm {y}",
  "Chỉ tiêu giao năm {y}",
];

/** A part-of-year column ({y} the year): figures smaller than the year's, never a value. */
export const B3_PARTIAL_HEADERS: readonly string[] = [
  "6 tháng đầu năm {y}",
  "Lũy kế 9 tháng {y}",
  "Quý III/{y}",
  "Ước 10 tháng {y}",
];

/** Actual / plan words under an agency in a three-level header. */
export const B3_ACTUAL_WORDS: readonly string[] = ["TH", "Thực hiện", "Kết quả"];
export const B3_TARGET_WORDS: readonly string[] = ["KH", "Kế hoạch", "Mục tiêu"];

/** Rows that look like an input and are not: their numbers sit near the input's. */
export type B3Decoy = { near: string; texts: readonly string[]; measure: string; low: number; high: number };

export const B3_DECOYS: readonly B3Decoy[] = [
  {
    near: "political_articles",
    texts: [
      "Số tin, bài cộng tác viên gửi đến",
      "Tin, bài dịch sang tiếng dân tộc (Mông, Thái)",
      "Số tin bài khai thác lại từ cơ quan báo chí Trung ương",
    ],
    measure: "Tác phẩm",
    low: 0.2,
    high: 0.7,
  },
  {
    near: "revenue",
    texts: ["Chi thường xuyên trong năm", "Nộp ngân sách nhà nước", "Kinh phí NSNN cấp để đặt hàng"],
    measure: "Trđ",
    low: 0.3,
    high: 0.95,
  },
  {
    near: "staff_total",
    texts: ["Lực lượng CTV có hợp đồng", "Số hợp đồng thuê khoán việc"],
    measure: "Ng",
    low: 0.3,
    high: 0.9,
  },
  {
    near: "staff_trained",
    texts: ["Số lượt người dự hội thảo, tọa đàm về CĐS", "Số người được cử đi học lý luận chính trị"],
    measure: "Lượt",
    low: 0.2,
    high: 1.6,
  },
  {
    near: "remote_population_total",
    texts: ["Số hộ dân các xã VSVX", "Số nhân khẩu thôn bản chưa phủ sóng phát thanh"],
    measure: "Hộ",
    low: 0.15,
    high: 0.3,
  },
];

/** Cover sheet lines and scratch sheet names. */
export const B3_COVER_TITLES: readonly string[] = [
  "BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM {y}",
  "HỒ SƠ BÁO CÁO THỰC HIỆN KẾ HOẠCH 3414/KH-UBND NĂM {y}",
  "TÀI LIỆU TỔNG HỢP SỐ LIỆU CĐS BÁO CHÍ KỲ BÁO CÁO {y}",
];
export const B3_SCRATCH_NAMES: readonly string[] = ["Nháp tính", "tam_tinh", "Số cũ (đừng xóa)", "KiemTra"];

/**
 * Every word the "blind10" split shows, written without looking at the detector, its vocabulary or any other
 * split's wordings: how officials of a provincial press agency or of the provincial department word each input,
 * name each agency, head a column, write a unit, a plan figure, a note, a yes/no answer; the near-miss rows; and
 * the furniture of the six new layout families (./families1.ts, ./families2.ts).
 */
import type { ValueStyle } from "../context";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** Label wordings by input: long, short, with units, abbreviated, numbered, without diacritics. */
export const B10_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tác phẩm báo chí mới phục vụ nhiệm vụ chính trị của tỉnh",
    "Tin, bài, phóng sự mới tuyên truyền nhiệm vụ chính trị được đăng, phát",
    "SL tin bài mới (phục vụ NVCT địa phương)",
    "So tac pham moi phuc vu nhiem vu chinh tri dia phuong",
    "Sản phẩm báo chí mới về các nhiệm vụ chính trị trọng tâm (tin/bài)",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp, dịch vụ của tòa soạn",
    "Doanh thu hoạt động báo chí, dịch vụ (triệu đồng)",
    "Tong thu hoat dong su nghiep, dich vu",
    "Tổng các khoản thu SN (QC, liên kết, đặt hàng, DV)",
    "Thu từ hoạt động sự nghiệp, dịch vụ báo chí của đơn vị",
  ],
  staff_total: [
    "Tổng số người làm việc tại cơ quan (biên chế + HĐLĐ)",
    "Số cán bộ, viên chức, người lao động hiện có tại cơ quan",
    "Lực lượng CB, PV, BTV, KTV toàn cơ quan",
    "Tong so CB, VC, NLD cua co quan",
    "Nhân lực thực có tại thời điểm báo cáo (người)",
  ],
  staff_trained: [
    "Số CB, PV, BTV đã qua bồi dưỡng kỹ năng chuyển đổi số",
    "Số người đã được tập huấn chuyên sâu về CĐS báo chí",
    "Nhân lực đã qua đào tạo, bồi dưỡng CĐS trong lĩnh vực báo chí",
    "So nguoi da qua boi duong chuyen doi so bao chi",
    "Người làm báo đã hoàn thành chương trình bồi dưỡng CĐS (người)",
  ],
  digital_platforms: [
    "Phân phối nội dung báo chí trên các nền tảng số (ưu tiên nền tảng Việt)",
    "Có kênh phát hành nội dung trên nền tảng số (Zalo OA, YouTube, TikTok…)",
    "Noi dung bao chi duoc dua len nen tang so",
    "Hiện diện nội dung của cơ quan trên nền tảng số trong và ngoài nước",
  ],
  ai_data_platform: [
    "Ứng dụng nền tảng phân tích dữ liệu tập trung có tích hợp AI",
    "Có hệ thống phân tích dữ liệu độc giả tập trung, ứng dụng trí tuệ nhân tạo",
    "Nen tang du lieu tap trung ung dung AI de phan tich",
    "Khai thác dữ liệu lớn, AI trên một nền tảng dùng chung của cơ quan",
  ],
  converged_newsroom: [
    "Vận hành theo mô hình tòa soạn hội tụ, đa nền tảng",
    "Tổ chức sản xuất một lần, phân phối đa kênh (toà soạn hội tụ)",
    "Da van hanh mo hinh toa soan hoi tu da nen tang",
    "Áp dụng quy trình tòa soạn số hội tụ tại cơ quan",
  ],
  autonomous: [
    "Cơ quan tự bảo đảm chi thường xuyên (tự chủ tài chính)",
    "Thực hiện cơ chế tự chủ tài chính theo Nghị định 60/2021/NĐ-CP",
    "Tu chu tai chinh (tu dam bao chi thuong xuyen)",
    "Đơn vị sự nghiệp công lập tự chủ về tài chính",
  ],
  security_level: [
    "Cấp độ an toàn HTTT được phê duyệt của hệ thống báo điện tử/cổng TTĐT",
    "Hồ sơ đề xuất cấp độ ATTT đã được cấp có thẩm quyền phê duyệt",
    "Cap do ATTT cua he thong (theo ND 85/2016/ND-CP)",
    "Mức bảo đảm an toàn thông tin của hệ thống thông tin chính",
  ],
  licensed: [
    "Tình trạng cấp lại giấy phép hoạt động tạp chí in",
    "Được cấp lại giấy phép xuất bản tạp chí văn nghệ",
    "Da co quyet dinh cap lai giay phep tap chi in",
    "Tạp chí đã có giấy phép hoạt động mới theo Luật Báo chí 2016",
  ],
  remote_population_total: [
    "Tổng số dân các xã, thôn bản vùng sâu, vùng xa, biên giới",
    "Dân số khu vực vùng sâu, vùng xa, biên giới của tỉnh (người)",
    "Số nhân khẩu thuộc địa bàn vùng sâu, vùng xa, biên giới",
    "Dan so vung sau, vung xa, bien gioi toan tinh",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, vùng xa, biên giới tiếp cận được ít nhất một loại hình báo chí của tỉnh",
    "Dân VSVX-BG được tiếp cận ≥ 1 loại hình báo chí thiết yếu",
    "Số dân ở vùng khó khăn được phủ sóng, tiếp cận báo chí địa phương",
    "Nguoi dan vung sau vung xa tiep can duoc bao chi cua tinh",
  ],
};

/** Short column headers by input (at least three each). */
export const B10_SHORT_HEADERS: ByInput = {
  political_articles: ["TP mới/NVCT", "Tin bài NVCT (mới)", "SL TP tuyên truyền CT"],
  revenue: ["Tổng thu SN-DV", "Thu SN (trđ)", "Nguồn thu cơ quan (trđ)"],
  staff_total: ["Tổng CB+VC+LĐ", "Nhân lực hiện có (ng)", "Tổng LĐ cơ quan"],
  staff_trained: ["Đã qua BD CĐS", "Người đã tập huấn CĐS", "NL đã ĐT-BD CĐS"],
  digital_platforms: ["Có PH trên NT số", "Kênh NT số?", "PP nội dung NTS"],
  ai_data_platform: ["NT phân tích DL (AI)", "PT dữ liệu tập trung/AI", "NT dữ liệu có AI?"],
  converged_newsroom: ["TS hội tụ (vận hành)", "Áp dụng TSHT", "Toà soạn HT?"],
  autonomous: ["Tự chủ TC?", "TC theo NĐ 60", "Tự đảm bảo chi t.xuyên"],
  security_level: ["Cấp độ HTTT duyệt", "ATTT (cấp phê duyệt)", "Cấp ATHT"],
  licensed: ["GP hoạt động (tạp chí)", "Cấp lại GP?", "GPHĐ tạp chí (cấp lại)"],
  remote_population_total: ["Số dân địa bàn VSVX, BG", "Dân số các xã VS-VX-BG", "Nhân khẩu địa bàn khó"],
  remote_population_reached: [
    "Dân VSVX được tiếp cận BC tỉnh",
    "Tiếp cận ≥1 LHBC (ng)",
    "Dân đã tiếp cận ≥1 loại BC",
  ],
};

/** Agency names: formal, short, abbreviated, older or informal. */
export const B10_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "BBT Báo Lai Châu (Tỉnh ủy)",
    "Báo Lai Châu (trực thuộc Tỉnh ủy)",
    "Báo Lai Châu (TU Lai Châu)",
    "Bao Lai Chau - thuoc Tinh uy",
    "Báo Lai Châu - bản in & điện tử",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh - Truyền hình tỉnh Lai Châu (LTV)",
    "Đài PT&TH LC",
    "Đài tỉnh (LTV)",
    "Dai PT-TH tinh Lai Chau (LTV)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "BBT Tạp chí Văn nghệ LC (Hội VHNT)",
    "TC VN Lai Châu (Hội VHNT)",
    "Tạp chí Văn nghệ (thuộc Hội VHNT tỉnh)",
    "Tap chi VN LaiChau - ban in",
  ],
  "tinh-lai-chau": [
    "Toàn địa bàn tỉnh Lai Châu",
    "Địa bàn toàn tỉnh (Sở tổng hợp)",
    "Tỉnh Lai Châu - số liệu chung",
    "Khu vực toàn tỉnh LC",
  ],
};

/** The unit written after a label, by input or by kind. */
export const B10_LABEL_UNITS: ByInput = {
  political_articles: ["(TP)", "(tin/bài/PS)", "- đơn vị: tác phẩm"],
  count: ["(ng)", "- đơn vị: người", "(số người)"],
  money: ["(trđ)", "(triệu đ)", "- đơn vị: triệu đồng"],
  "yes-no": ["(có/chưa)", "(C/K)"],
  level: ["(cấp)", "(cấp độ 1-5)"],
};

/** The ĐVT column. */
export const B10_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "TP", "Tin-bài"],
  count: ["Người", "ng"],
  money: ["Trđ", "Triệu đ"],
  "yes-no": ["C/K", "Có-Chưa"],
  level: ["Cấp", "Cấp độ"],
};

/** Units in number formats ("1.245 TP" shown, 1245 stored). */
export const B10_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" TP"', '#,##0" tác phẩm"'],
  count: ['#,##0" ng"'],
  money: ['#,##0" trđ"', '#,##0" tr.đồng"'],
};

/** Remarks in a notes column: never a value, though they carry numbers. */
export const B10_NOTES: readonly string[] = [
  "Tăng {p}% so với cùng kỳ năm trước",
  "Số liệu tạm tính đến 15/11/{y}",
  "Trong đó {n} TP đăng trên nền tảng số",
  "Chưa gồm {n} tin phát lại, trích đăng",
  "Đối chiếu sổ theo dõi của phòng Thư ký tòa soạn",
  "Đã trừ {n} tác phẩm cộng tác viên chưa nghiệm thu",
  "Số liệu ước thực hiện tháng 11, 12/{y}",
];

export const B10_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "Level {n}", "cấp độ {n}"];

/** Plan / target headers: a plan figure sits under them, never an actual value. */
export const B10_PLAN_HEADERS: readonly string[] = [
  "Chỉ tiêu KH {y}",
  "Mục tiêu đến {y}",
  "KH giao {y}",
  "Kế hoạch được giao {y}",
];

/** Part-of-year headers: a partial figure sits under them, never the year's value. */
export const B10_PARTIAL_HEADERS: readonly string[] = [
  "Ước 9 tháng {y}",
  "6 tháng đầu năm {y}",
  "Lũy kế đến 30/9/{y}",
  "Quý III/{y}",
];

export const B10_YES_NO: ReadonlyArray<ValueStyle["yesNo"]> = [
  ["Đã vận hành", "Chưa vận hành"],
  ["Đã đưa vào sử dụng", "Chưa đưa vào sử dụng"],
  ["Đã xây dựng", "Chưa xây dựng"],
  ["Y", "N"],
  ["✓", "✗"],
  ["Đã có, đang vận hành", "Chưa có, đang nghiên cứu"],
];

export const B10_LICENSE: ReadonlyArray<ValueStyle["license"]> = [
  ["Đã được cấp", "Chưa được cấp"],
  ["Đã cấp lại", "Đang chờ cấp"],
  ["Đã có giấy phép", "Chưa có giấy phép"],
];

export const B10_NOT_APPLICABLE: ReadonlyArray<ValueStyle["notApplicable"]> = [
  "Không thuộc đối tượng",
  "n/a",
  "Không phải báo điện tử",
];

/** Autonomy answered as such, whatever the author's words for platforms. */
export const B10_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** A near-miss row: looks like an input, is not one; its figure sits near the input it imitates. */
export type B10Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B10_DECOYS: readonly B10Decoy[] = [
  {
    texts: ["Số tin, bài phát lại, trích đăng từ cơ quan báo chí khác", "Tin bai phat lai, trich dang"],
    near: "political_articles",
    scale: [0.2, 0.5],
    measure: "Tin-bài",
  },
  {
    texts: ["Số tác phẩm tham dự Giải Báo chí tỉnh Lai Châu"],
    near: "political_articles",
    scale: [0.02, 0.06],
    measure: "Tác phẩm",
  },
  {
    texts: ["Tin, bài cộng tác viên gửi về (chưa biên tập)"],
    near: "political_articles",
    scale: [0.3, 0.7],
    measure: "Tin-bài",
  },
  {
    texts: ["Kinh phí ngân sách cấp để đặt hàng sản phẩm báo chí", "Kinh phi NS dat hang"],
    near: "revenue",
    scale: [0.5, 0.85],
    measure: "Trđ",
  },
  {
    texts: ["Tổng chi hoạt động thường xuyên trong năm"],
    near: "revenue",
    scale: [0.9, 1.15],
    measure: "Trđ",
  },
  {
    texts: ["Biên chế sự nghiệp được tỉnh giao năm nay", "Chỉ tiêu biên chế giao năm"],
    near: "staff_total",
    scale: [0.8, 0.97],
    measure: "Người",
  },
  {
    texts: ["Số cộng tác viên thường xuyên của cơ quan"],
    near: "staff_total",
    scale: [0.3, 0.8],
    measure: "Người",
  },
  {
    texts: ["Số lượt người tham dự lớp tập huấn (tính cả lượt lặp lại)"],
    near: "staff_trained",
    scale: [1.3, 2.2],
    measure: "Lượt",
  },
  {
    texts: ["Số người được cấp, đổi thẻ nhà báo giai đoạn 2021-2025"],
    near: "staff_trained",
    scale: [0.4, 0.7],
    measure: "Người",
  },
  {
    texts: ["Dân số trung bình toàn tỉnh (niên giám)"],
    near: "remote_population_total",
    scale: [4, 5],
    measure: "Người",
  },
  {
    texts: ["Số hộ vùng sâu, vùng xa được hỗ trợ đầu thu truyền hình số vệ tinh"],
    near: "remote_population_reached",
    scale: [0.12, 0.2],
    measure: "Hộ",
  },
];

/** b10-quarterly-briefing: the briefing table's own headers. */
export const B10_BRIEFING = {
  title: [
    "TỔNG HỢP SỐ LIỆU GIAO BAN CÔNG TÁC BÁO CHÍ QUÝ IV VÀ CẢ NĂM",
    "SỐ LIỆU PHỤC VỤ HỘI NGHỊ GIAO BAN BÁO CHÍ CUỐI NĂM",
  ],
  quarters: [
    ["Quý I năm {y}", "Quý II năm {y}", "Quý III năm {y}", "Quý IV năm {y}"],
    ["Q1-{y}", "Q2-{y}", "Q3-{y}", "Q4-{y}"],
  ],
  year: ["Cả năm {y}", "Tổng cả năm {y}", "Thực hiện năm {y}"],
  previous: ["Cùng kỳ {y}", "Năm {y} (để so sánh)", "Thực hiện {y}"],
  older: ["Các năm trước", "Số liệu 2020-2023"],
  draft: "Q3 (số liệu cũ)",
} as const;

/** b10-online-form-export: the form export's fixed columns and the department's remarks. */
export const B10_FORM = {
  stamp: ["Dấu thời gian", "Timestamp"],
  email: ["Địa chỉ email", "Email Address"],
  agency: ["Tên cơ quan báo chí", "Cơ quan điền phiếu"],
  consent: ["Đồng ý cho Sở công bố số liệu?", "Cơ quan đồng ý chia sẻ dữ liệu với Sở"],
  resent: ["Bản gửi lại, thay thế lần gửi trước", "Gửi bổ sung, lấy số liệu lần này"],
  superseded: ["Đã được thay thế bởi bản gửi sau", "Bản nháp, không sử dụng"],
  remark: "Ghi chú của Sở",
  sheet: "Câu trả lời biểu mẫu 1",
  extra: "Sở bổ sung",
} as const;

/** b10-monthly-log: month rows, the year's row, the whole-province column. */
export const B10_LOG = {
  months: ["Tháng {m}", "T{m}", "Tháng {m}/{y}"],
  total: ["Cộng cả năm", "Tổng năm {y}", "Cộng năm"],
  average: ["Bình quân/tháng", "TB tháng"],
  province: ["Cộng toàn tỉnh", "Tổng các cơ quan"],
  estimate: "(ước)",
  general: "Thông tin chung",
  oldTotal: "Cộng (số cũ, trước đối chiếu)",
} as const;

/** b10-survey-sheet: the questionnaire's parts, prompts and the hidden lists sheet. */
export const B10_SURVEY = {
  title: "PHIẾU KHẢO SÁT THỰC TRẠNG CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG BÁO CHÍ",
  parts: [
    "Phần I. Nhân lực",
    "Phần II. Hạ tầng, nền tảng và an toàn thông tin",
    "Phần III. Kết quả hoạt động",
    "Phần IV. Địa bàn",
  ],
  answer: ["Trả lời:", "Trả lời", "Đáp án:"],
  hint: ["(Đánh dấu hoặc ghi: Có / Chưa)", "(chọn trong danh sách)"],
  since: ["Nếu có, năm bắt đầu triển khai:", "Năm đưa vào sử dụng (nếu có):"],
  filler: ["Người điền phiếu:", "Chức vụ:", "Điện thoại liên hệ:"],
  lists: "DM_luachon",
  sheet: "Phiếu khảo sát",
} as const;

/** b10-merger-handover: the minutes' sides and the merged agency's name. */
export const B10_MERGER = {
  newAgency: ["Báo và Phát thanh, Truyền hình Lai Châu (sau hợp nhất)", "Cơ quan mới sau sắp xếp"],
  minutes: [
    "Hôm nay, tại trụ sở cơ quan, các bên tiến hành bàn giao số liệu phục vụ sắp xếp, hợp nhất.",
    "Căn cứ Đề án sắp xếp cơ quan báo chí địa phương, hai bên thống nhất số liệu tại Phụ lục kèm theo.",
  ],
  sides: ["Bên giao:", "Bên nhận:"],
  outside: "Đơn vị không thuộc diện hợp nhất",
  area: "Số liệu địa bàn (Sở cung cấp)",
  assets: "Giá trị tài sản, công cụ bàn giao",
  draft: "Số liệu dự kiến (nháp)",
  sheet: "Phụ lục số liệu",
} as const;

/** b10-self-assessment: the self-assessment export's columns and pillars. */
export const B10_ASSESS = {
  columns: [
    "Mã TC",
    "Tiêu chí đánh giá",
    "Giá trị kê khai",
    "Điểm tối đa",
    "Điểm tự đánh giá",
    "Tài liệu minh chứng",
  ],
  pillars: [
    "Trụ cột 1. Chiến lược chuyển đổi số",
    "Trụ cột 2. Hạ tầng, nền tảng số và an toàn thông tin",
    "Trụ cột 3. Tổ chức bộ máy, nhân lực",
    "Trụ cột 4. Độc giả, khán thính giả, nguồn thu",
  ],
  extra: [
    "Tỷ lệ nội dung được số hóa, lưu trữ điện tử (%)",
    "Số nền tảng mạng xã hội có tài khoản chính thức",
  ],
  totalRow: "Tổng điểm tự đánh giá",
  rankRow: "Xếp loại mức độ trưởng thành",
  ranks: ["Khá", "Đạt mức trung bình", "Tốt"],
  evidence: ["QĐ phê duyệt kèm theo", "Báo cáo số liệu năm", "Đường link minh chứng"],
  config: "Cấu hình trọng số",
  area: "Thông tin địa bàn",
} as const;

/** Short file names per unit. */
export const B10_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc"],
  "dai-ptth-lai-chau": ["DaiLTV", "dai_ptth_lc"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVHNT", "tc_van_nghe"],
  "tinh-lai-chau": ["SoLieuDiaBan", "dia_ban_tinh"],
};

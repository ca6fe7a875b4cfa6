/**
 * Every text the blind9 split shows, written without looking at the detector, its vocabulary or any other split's
 * lists: how provincial officials word each input (long, short, with units, abbreviated, numbered, without
 * diacritics), short column headers, agency names (formal, short, abbreviated, older), near-miss rows, plan and
 * part-of-year headers, yes/no words, notes, and the texts of the six blind9 layout families.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B9_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số lượng tác phẩm báo chí mới phục vụ nhiệm vụ chính trị của địa phương",
    "Tác phẩm mới tuyên truyền nhiệm vụ chính trị (tin, bài, phóng sự, ký sự)",
    "SL tin/bai/phong su moi phuc vu NVCT dia phuong",
    "2.1. Sản lượng tác phẩm tuyên truyền NVCT được xuất bản, phát sóng mới",
    "Tổng sản phẩm báo chí mới về nhiệm vụ chính trị đã đăng, phát",
  ],
  revenue: [
    "Tổng các khoản thu sự nghiệp của cơ quan (không gồm NSNN cấp)",
    "Thu sự nghiệp (quảng cáo, dịch vụ, đặt hàng sản xuất)",
    "Tong thu su nghiep cua don vi trong nam",
    "Doanh thu hoạt động báo chí và dịch vụ gắn với báo chí",
    "3.2. Nguồn thu từ hoạt động sự nghiệp, dịch vụ",
  ],
  staff_total: [
    "Tổng số người làm việc tại cơ quan (lãnh đạo, PV, BTV, KTV, nhân viên)",
    "Số người làm việc hiện có tại thời điểm báo cáo",
    "Tong so CCVC va nguoi lao dong cua co quan",
    "Quân số toàn cơ quan (kể cả hợp đồng)",
    "Số cán bộ, viên chức, người lao động đang làm việc",
  ],
  staff_trained: [
    "Số người đã qua lớp tập huấn kỹ năng số dành cho người làm báo",
    "Trong đó: đã tham gia lớp bồi dưỡng về CĐS báo chí",
    "So nguoi da duoc boi duong ky nang so trong bao chi",
    "Nhân lực đã được tập huấn nghiệp vụ báo chí số",
  ],
  digital_platforms: [
    "Đưa nội dung lên các nền tảng số (ưu tiên nền tảng trong nước)",
    "Có phân phối nội dung trên nền tảng số hay không",
    "Phan phoi noi dung bao chi len nen tang so",
    "Hiện diện trên nền tảng số (cổng TTĐT, ứng dụng, mạng xã hội)",
  ],
  ai_data_platform: [
    "Ứng dụng nền tảng phân tích dữ liệu tập trung có trí tuệ nhân tạo",
    "Đã dùng hệ thống phân tích dữ liệu tập trung tích hợp AI",
    "Nen tang phan tich du lieu tap trung ung dung AI",
    "Sử dụng công cụ AI phân tích dữ liệu bạn đọc, khán thính giả",
  ],
  converged_newsroom: [
    "Tổ chức lại tòa soạn theo hướng hội tụ, xuất bản đa nền tảng",
    "Đã tổ chức sản xuất theo mô hình tòa soạn hội tụ",
    "Toa soan hoi tu, san xuat da nen tang",
    "Mô hình trung tâm sản xuất nội dung hội tụ (converged)",
  ],
  autonomous: [
    "Tự bảo đảm chi thường xuyên (tự chủ tài chính)",
    "Cơ quan đã thực hiện cơ chế tự chủ tài chính",
    "Tu chu tai chinh - tu dam bao chi thuong xuyen",
    "Mức tự chủ: tự lo toàn bộ kinh phí chi thường xuyên",
  ],
  security_level: [
    "Cấp độ an toàn HTTT đã được phê duyệt hồ sơ",
    "Hồ sơ cấp độ của hệ thống thông tin chính đã duyệt ở mức",
    "Cap do ATTT he thong thong tin cua co quan",
    "Mức bảo đảm an toàn thông tin theo cấp độ (NĐ 85/2016)",
  ],
  licensed: [
    "Được cấp lại giấy phép hoạt động tạp chí",
    "Tình trạng cấp phép lại của Tạp chí",
    "Da duoc cap lai giay phep hoat dong tap chi in",
    "Giấy phép hoạt động báo chí in (cấp lại theo quy hoạch)",
  ],
  remote_population_total: [
    "Dân số các xã, thôn bản vùng sâu, vùng xa, biên giới",
    "Tổng dân số khu vực vùng sâu, vùng xa trên địa bàn tỉnh",
    "Dan so cac xa vung sau vung xa, bien gioi",
    "Số nhân khẩu thuộc địa bàn đặc biệt khó khăn, biên giới",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, vùng xa được tiếp cận ít nhất một loại hình báo chí thiết yếu",
    "Bà con vùng sâu, vùng xa đã đọc, nghe, xem được báo chí tỉnh",
    "So dan VSVX duoc tiep can bao chi thiet yeu",
    "Dân cư vùng khó khăn được phủ sóng hoặc nhận báo",
  ],
};

export const B9_SHORT_HEADERS: ByInput = {
  political_articles: ["TP báo chí NVCT", "Tác phẩm CT mới", "SL tác phẩm NVCT"],
  revenue: ["Thu SN (triệu)", "Σ thu sự nghiệp", "Thu SN cả năm"],
  staff_total: ["Tổng người LV", "Người LV hiện có", "Quân số CQ"],
  staff_trained: ["Đã học lớp số", "Người được BD số", "Học viên lớp CĐS"],
  digital_platforms: ["ND lên NT số", "ND trên NTS", "Có NTS?"],
  ai_data_platform: ["Phân tích DL (AI)", "AI dữ liệu TT", "Có AI phân tích DL"],
  converged_newsroom: ["TS hội tụ?", "MH hội tụ ĐNT", "Hội tụ đa NT"],
  autonomous: ["Tự chủ tài chính?", "Tự đảm nhận chi TX", "TC tài chính (đã/chưa)"],
  security_level: ["Cấp HT được duyệt", "Cấp độ HT đã duyệt", "Mức ATTT (cấp)"],
  licensed: ["Cấp lại GP TC", "GP TC cấp lại", "GP hoạt động TC"],
  remote_population_total: ["DS vùng sâu xa", "DS vùng khó", "Dân VSVX-BG"],
  remote_population_reached: ["Dân VSVX được TC", "Số dân đã TC báo tỉnh", "Tiếp cận BC thiết yếu"],
};

export const B9_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu, tiếng nói của Đảng bộ và nhân dân các dân tộc tỉnh",
    "Cơ quan Báo Đảng tỉnh Lai Châu",
    "BÁO LC - IN VÀ ĐIỆN TỬ",
    "Bao LC (Dang bo tinh)",
    "Báo in & điện tử Lai Châu",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH tỉnh LC",
    "Đài PT - TH Lai Châu (trực thuộc UBND)",
    "Dai PT-TH tinh Lai Chau (UBND tinh)",
    "Đài tỉnh - PT-TH Lai Châu",
    "Đài Truyền hình - Phát thanh Lai Châu (tên cũ)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ (Hội VHNT Lai Châu)",
    "Tạp chí của Hội VHNT tỉnh",
    "TCVN Lai Châu - Hội VHNT",
    "Tap chi Van nghe (Hoi VHNT)",
  ],
  "tinh-lai-chau": [
    "Toàn địa bàn tỉnh Lai Châu",
    "Cấp tỉnh (tổng hợp chung)",
    "Tỉnh LC - khu vực VSVX",
    "Toan tinh (so lieu chung)",
  ],
};
/** The unit written inside a label. */
export const B9_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(TP)", "(tin/bài/PS)"],
  count: ["(người)", "(ng.)"],
  money: ["(triệu VNĐ)", "(Tr. VNĐ)", "(trđ)"],
  "yes-no": ["(đã/chưa)", "(có/chưa)"],
  level: ["(cấp)", "(cấp độ 1-5)"],
};

/** The ĐVT column. */
export const B9_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "TP", "Tin/bài"],
  count: ["Người", "ng"],
  money: ["Tr.VNĐ", "Triệu VNĐ", "trđ"],
  "yes-no": ["Đã/Chưa", "Có/Chưa"],
  level: ["Cấp", "Cấp độ"],
};

export const B9_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tác phẩm"', '#,##0" TP"'],
  revenue: ['#,##0" tr.VNĐ"', '#,##0" trđ"'],
  staff_total: ['#,##0" người"'],
  staff_trained: ['#,##0" người"'],
  remote_population_total: ['#,##0" nhân khẩu"'],
  remote_population_reached: ['#,##0" nhân khẩu"'],
};

export const B9_NOTES: readonly string[] = [
  "Số ước tính đến 31/12/{y}, sẽ chuẩn xác khi quyết toán",
  "Tăng {p}% so với cùng kỳ, chủ yếu từ đặt hàng",
  "Trong đó {n} tác phẩm đăng trên nền tảng số",
  "Chờ Sở Tài chính thẩm định lại số liệu",
  "Đơn vị chưa gửi tài liệu minh chứng kèm theo",
  "Theo Quyết định giao nhiệm vụ số {n}/QĐ-UBND",
];

export const B9_LEVEL_TEXTS: readonly string[] = ["cấp độ {n}", "Cap do {n}"];

export const B9_PLAN_HEADERS: readonly string[] = [
  "KH giao {y}",
  "Mục tiêu phấn đấu {y}",
  "Kế hoạch được giao năm {y}",
  "Mức KH năm {y}",
];

export const B9_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 9 tháng {y}",
  "Ước 6 tháng đầu năm {y}",
  "TH đến 30/9/{y}",
];

export const B9_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Rồi", "Chưa"],
  ["Có (x)", "Không (-)"],
  ["Đã thực hiện", "Chưa thực hiện"],
  ["Đã đáp ứng", "Chưa đáp ứng"],
];

export const B9_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Chưa cấp lại"],
  ["Đã cấp lại", "Đang chờ cấp"],
];

export const B9_NOT_APPLICABLE: readonly string[] = [
  "Không thuộc đối tượng",
  "KAD",
  "Không phải báo điện tử",
];

export type B9Decoy = {
  texts: readonly string[];
  /** The input whose figure it imitates. */
  near: string;
  /** How far from that figure, as a factor range. */
  scale: readonly [number, number];
  measure: string;
};

/** Rows that look like an input but are not. */
export const B9_DECOYS: readonly B9Decoy[] = [
  {
    texts: ["Bài cộng tác viên gửi về còn tồn, chưa sử dụng", "Bài CTV gửi chưa đăng"],
    near: "political_articles",
    scale: [0.2, 0.45],
    measure: "Tin/bài",
  },
  {
    texts: ["Tác phẩm được chọn gửi dự giải báo chí cấp tỉnh", "Số TP gửi dự giải BC tỉnh"],
    near: "political_articles",
    scale: [0.02, 0.06],
    measure: "Tác phẩm",
  },
  {
    texts: ["Số chuyên trang, chuyên mục thường kỳ về NVCT"],
    near: "political_articles",
    scale: [0.01, 0.03],
    measure: "Chuyên mục",
  },
  {
    texts: ["Kinh phí NSNN cấp bù chi thường xuyên trong năm", "Dự toán NSNN giao chi thường xuyên"],
    near: "revenue",
    scale: [0.8, 1.4],
    measure: "Tr.VNĐ",
  },
  {
    texts: ["Kinh phí đặt hàng được giao trong dự toán"],
    near: "revenue",
    scale: [0.3, 0.6],
    measure: "Tr.VNĐ",
  },
  {
    texts: ["Số nộp ngân sách nhà nước trong năm", "Nộp NSNN (thuế, phí)"],
    near: "revenue",
    scale: [0.03, 0.09],
    measure: "Tr.VNĐ",
  },
  {
    texts: ["Số lượng người làm việc được giao (biên chế)", "Chỉ tiêu biên chế được UBND tỉnh giao"],
    near: "staff_total",
    scale: [0.85, 1.2],
    measure: "Người",
  },
  {
    texts: ["Số hợp đồng lao động thời vụ, cộng tác viên"],
    near: "staff_total",
    scale: [0.2, 0.5],
    measure: "Người",
  },
  {
    texts: ["Số lượt người dự hội thảo về CĐS", "Lượt cán bộ tham dự tọa đàm chuyển đổi số"],
    near: "staff_trained",
    scale: [1.3, 2.4],
    measure: "Lượt người",
  },
  {
    texts: ["Số người được cử đi học trung cấp, cao cấp LLCT"],
    near: "staff_trained",
    scale: [0.05, 0.2],
    measure: "Người",
  },
  {
    texts: ["Số hộ nghèo được tặng đầu thu kỹ thuật số", "Hộ nghèo được cấp đầu thu DVB-T2"],
    near: "remote_population_total",
    scale: [0.08, 0.2],
    measure: "Hộ",
  },
  {
    texts: ["Số bản báo cấp không thu tiền cho thôn bản", "Bản báo cấp miễn phí vùng khó"],
    near: "remote_population_reached",
    scale: [0.03, 0.09],
    measure: "Bản",
  },
];

/** Emulation scoring sheet: the column headers. */
export const B9_SCORING_HEADERS = {
  criterion: ["Nội dung tiêu chí chấm điểm", "Tiêu chí thi đua"],
  max: ["Điểm chuẩn", "Điểm tối đa"],
  result: ["Kết quả đạt được (số liệu)", "Số liệu thực hiện của đơn vị"],
  self: ["Điểm đơn vị tự chấm", "Tự chấm"],
  council: ["Điểm Hội đồng TĐKT chấm", "Điểm thẩm định"],
  evidence: ["Minh chứng, tài liệu kèm theo", "Căn cứ/minh chứng"],
} as const;

export const B9_SCORING_TEXTS = {
  sections: [
    "I. Tiêu chí về sản phẩm báo chí",
    "II. Tiêu chí về tổ chức, tài chính",
    "III. Tiêu chí chuyển đổi số",
  ],
  total: ["Tổng điểm (100 điểm)", "Cộng điểm thi đua"],
  scale: ["Thang điểm TĐ khối báo chí", "Điểm cộng, điểm trừ"],
} as const;

/** Quarter breakdown: the quarter and whole-year headers. */
export const B9_QUARTERS = {
  quarters: [
    ["Quý I", "Quý II", "Quý III", "Quý IV"],
    ["Q1", "Q2", "Q3", "Q4"],
    ["Quý 1", "Quý 2", "Quý 3", "Quý 4"],
  ],
  year: ["Cả năm", "Tổng cả năm", "Cộng năm"],
  diff: ["Chênh lệch (kiểm tra)", "Kiểm tra cộng quý"],
  general: ["Thông tin chung các cơ quan báo chí", "Hiện trạng đến cuối năm"],
  draft: ["Số liệu quý tạm tính", "Nháp quý"],
} as const;

/** Online form export: metadata column headers and response texts. */
export const B9_FORM = {
  timestamp: ["Dấu thời gian", "Thời điểm gửi phiếu"],
  email: ["Địa chỉ email", "Email người gửi"],
  unit: ["Tên cơ quan báo chí", "Đơn vị trả lời"],
  note: ["Ghi chú của người nhập", "Nhận xét khi nhập phiếu"],
  superseded: ["Phiếu cũ - đơn vị đã gửi lại phiếu khác", "Gửi nhầm, thay bằng phiếu sau"],
  sheet: ["Câu trả lời biểu mẫu 1", "Ket qua phieu"],
  settings: ["Cấu hình biểu mẫu", "Danh mục câu hỏi"],
} as const;

/** Training register: columns and summary words. */
export const B9_TRAINING = {
  title: ["Danh sách cán bộ được cử đi bồi dưỡng CĐS năm {y}", "Sổ theo dõi tập huấn kỹ năng số năm {y}"],
  name: ["Họ và tên", "Họ tên học viên"],
  birth: ["Năm sinh", "Sinh năm"],
  role: ["Chức danh", "Chức vụ, vị trí việc làm"],
  course: ["Tên lớp/khóa bồi dưỡng", "Khóa học"],
  hours: ["Số tiết", "Thời lượng (tiết)"],
  cert: ["Số chứng nhận", "Số giấy chứng nhận"],
  summary: ["Tổng hợp chung của đơn vị", "Số liệu tổng hợp"],
  roles: ["Phóng viên", "Biên tập viên", "Kỹ thuật viên", "Phó Trưởng phòng", "Quay phim", "Phát thanh viên"],
  courses: [
    "Lớp kỹ năng sản xuất nội dung số",
    "Bồi dưỡng báo chí đa phương tiện",
    "Tập huấn AI trong tác nghiệp",
    "Lớp an toàn thông tin cho người làm báo",
  ],
  info: ["Thông tin đơn vị", "TT chung"],
} as const;

export const B9_FAMILY_NAMES = [
  "Lò",
  "Giàng",
  "Tao",
  "Nguyễn",
  "Vàng",
  "Hoàng",
  "Phàn",
  "Lường",
  "Trần",
  "Sùng",
];
export const B9_GIVEN_NAMES = [
  "Văn Thắng",
  "Thị Hoa",
  "A Sử",
  "Thị Mai",
  "Văn Minh",
  "Seo Chử",
  "Thị Ngọc",
  "Đức Anh",
  "Thu Hương",
  "Văn Páo",
  "Thị Lan",
  "Quang Huy",
];

/** Dashboard: sheet names and card texts. */
export const B9_DASHBOARD = {
  sheet: ["Tổng quan", "Bảng tin nhanh"],
  series: ["Chuỗi số liệu", "Dữ liệu theo năm"],
  chart: ["Data_bieu_do", "chart_src"],
  growth: ["So với cùng kỳ: {p}%", "Tăng trưởng: +{p}%"],
  updated: ["Cập nhật lúc 16h30 ngày 20/11/{y}", "Số liệu chốt ngày 15/11/{y}"],
  title: ["THÔNG TIN NHANH VỀ CHUYỂN ĐỔI SỐ BÁO CHÍ", "BẢNG TIN CHỈ TIÊU CĐS BÁO CHÍ TỈNH"],
} as const;

/** Questionnaire answered by each agency. */
export const B9_QUESTIONNAIRE = {
  title: ["PHIẾU CUNG CẤP THÔNG TIN", "PHIẾU KHẢO SÁT THỰC TRẠNG CĐS BÁO CHÍ"],
  answer: ["Trả lời:", "Đơn vị trả lời:"],
  question: ["Câu {n}.", "Câu hỏi {n}:"],
  forecast: ["Dự kiến đến năm 2030:", "Dự kiến giai đoạn 2026-2030:"],
  platforms: [
    "Tên nền tảng: Zalo OA, YouTube, Facebook ({n} nghìn lượt theo dõi)",
    "Kênh đang dùng: website, TikTok, ứng dụng di động ({n} nghìn người theo dõi)",
  ],
  contact: ["Người điền phiếu: {name}, ĐT: {phone}", "Cán bộ đầu mối: {name} - SĐT {phone}"],
  sheet: ["Phiếu", "Phieu TT"],
  guide: [
    "Đề nghị đơn vị điền vào ô trống, không sửa nội dung câu hỏi",
    "Số liệu tính đến 31/10, ước đến hết năm",
  ],
} as const;

/** Sheet names and file names the blind9 authors use. */
export const B9_CODES: Readonly<Record<UnitId, string>> = {
  "bao-lai-chau": "BaoLC",
  "dai-ptth-lai-chau": "DaiLC",
  "tap-chi-van-nghe-lai-chau": "TapchiVN",
  "tinh-lai-chau": "ToanTinh",
};

/** Titles and small texts of the families. */
export const B9_TITLES = {
  scoring: "Bảng chấm điểm thi đua năm {y}",
  scoringGuide: "(Kèm theo Hướng dẫn số 12/HD-HĐTĐKT ngày 05/11/{y})",
  scoringProvince: "Chỉ tiêu chung toàn tỉnh",
  quarterly: "Số liệu theo quý năm {y}",
  lastYear: "Kết quả năm trước (tham khảo)",
  series: "Diễn biến các năm trước",
  contactRow: "Người lập: {name} - ĐT {phone}",
} as const;

/**
 * Every word the "blind11" split shows: how its authors write each plan input, short column headers, agency
 * names, units, notes, yes/no words, near-miss rows and the texts of its six layout families. Written without
 * looking at the detector, its vocabulary or any other split's lists; the guard test (tests/corpusBlind11.test.ts)
 * checks in code that none equals a wording the repository already knows.
 */
import type { ValueStyle } from "../context";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** Row labels, as officials of the newspaper, the station, the magazine and the department type them. */
export const B11_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tin, bài sản xuất mới phục vụ nhiệm vụ chính trị, thông tin thiết yếu trong năm",
    "Tin bai moi tuyen truyen nhiem vu chinh tri, TT thiet yeu",
    "Sản lượng tin, bài tuyên truyền NVCT và thông tin thiết yếu",
    "Số tác phẩm mới (tin, bài, phóng sự) phục vụ nhiệm vụ chính trị",
    "New political-task items / Tin, bài mới phục vụ nhiệm vụ chính trị",
    "Tổng số tin, bài mới đăng, phát về nhiệm vụ chính trị, thông tin thiết yếu",
  ],
  revenue: [
    "Tổng doanh thu của cơ quan báo chí trong năm",
    "Doanh thu từ hoạt động sự nghiệp, dịch vụ của đơn vị",
    "Tong doanh thu trong nam cua co quan",
    "Nguồn thu từ hoạt động báo chí, quảng cáo, dịch vụ - tổng cộng",
    "Annual revenue / Tổng doanh thu cả năm",
    "Tổng số thu sự nghiệp và dịch vụ của cơ quan",
  ],
  staff_total: [
    "Tổng số lãnh đạo, cán bộ, PV, BTV hiện có của cơ quan",
    "Tong so LD, CB, PV, BTV cua co quan",
    "Số người làm việc có mặt (lãnh đạo, phóng viên, biên tập viên, cán bộ)",
    "Lực lượng lãnh đạo, PV, BTV, nhân viên đang làm việc tại cơ quan",
    "Headcount / Tổng số cán bộ, PV, BTV hiện có",
  ],
  staff_trained: [
    "Số lãnh đạo, cán bộ, PV, BTV đã được đào tạo, bồi dưỡng kiến thức, kỹ năng CĐS báo chí",
    "So nguoi da duoc boi duong ve chuyen doi so bao chi",
    "Trong đó: số đã qua đào tạo, bồi dưỡng về chuyển đổi số",
    "Nhân lực đã được tập huấn kỹ năng chuyển đổi số báo chí",
    "Trained in digital transformation / Đã được bồi dưỡng về CĐS",
  ],
  digital_platforms: [
    "Cơ quan có phân phối nội dung trên các nền tảng số",
    "Phan phoi noi dung len nen tang so (uu tien nen tang trong nuoc)",
    "Có mặt trên các nền tảng số trong nước (báo điện tử, ứng dụng, mạng xã hội)",
    "Nội dung báo chí đã được đưa lên nền tảng số của cơ quan",
    "Content on digital platforms / Nội dung đã lên nền tảng số",
  ],
  ai_data_platform: [
    "Sử dụng nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung có ứng dụng AI",
    "Nen tang du lieu tap trung co ung dung tri tue nhan tao",
    "Ứng dụng trí tuệ nhân tạo (AI) trong phân tích dữ liệu độc giả, khán thính giả",
    "Hệ thống phân tích dữ liệu tập trung kết hợp AI để tối ưu hoạt động",
    "AI-driven data platform / Nền tảng dữ liệu tập trung ứng dụng AI",
  ],
  converged_newsroom: [
    "Vận hành mô hình tòa soạn hội tụ, đa phương tiện của cơ quan",
    "Toa soan hoi tu da di vao van hanh",
    "Mô hình tòa soạn hội tụ đã đi vào hoạt động",
    "Tổ chức sản xuất tin, bài theo mô hình toà soạn hội tụ",
    "Converged newsroom in operation / Tòa soạn hội tụ đang vận hành",
  ],
  autonomous: [
    "Cơ quan báo chí đã tự chủ về tài chính",
    "Tu chu chi thuong xuyen (theo ND 60/2021/ND-CP)",
    "Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp",
    "Đơn vị đã chuyển sang cơ chế tự bảo đảm kinh phí hoạt động",
    "Financial self-reliance / Tự chủ tài chính của cơ quan",
  ],
  security_level: [
    "Cấp độ an toàn hệ thống thông tin báo chí điện tử đã được phê duyệt",
    "Cap do ATTT cua he thong thong tin bao chi dien tu",
    "Hệ thống thông tin báo chí điện tử đạt cấp độ ATTT",
    "Phân loại cấp độ HTTT báo chí điện tử (theo NĐ 85/2016/NĐ-CP)",
    "Approved security level / Cấp độ ATTT được phê duyệt",
  ],
  licensed: [
    "Tạp chí đã được cấp lại giấy phép hoạt động báo chí in",
    "Tap chi VNLC da duoc Bo cap lai giay phep chua",
    "Giấy phép hoạt động tạp chí in (cấp lại theo quy hoạch)",
    "Tạp chí được Bộ cấp phép lại, hoạt động đúng tôn chỉ mục đích",
    "Re-licensing of the magazine / Cấp phép lại tạp chí",
  ],
  remote_population_total: [
    "Dân số các xã, thôn vùng sâu, vùng xa trên địa bàn tỉnh",
    "Tong so nhan khau o cac xa vung sau, vung xa",
    "Số dân sinh sống ở vùng sâu, vùng xa, biên giới",
    "Người dân ở vùng sâu, vùng xa - tổng số",
    "Remote-area population / Dân số vùng sâu, vùng xa toàn tỉnh",
  ],
  remote_population_reached: [
    "Số nhân khẩu vùng sâu, vùng xa đã tiếp cận ít nhất 01 loại hình báo chí tỉnh",
    "So dan vung sau, vung xa tiep can duoc bao chi cua tinh",
    "Người dân vùng sâu, vùng xa được tiếp cận báo chí địa phương",
    "Dân số vùng sâu, vùng xa tiếp cận được báo, đài của tỉnh",
    "Reached by provincial press / Số dân vùng sâu được tiếp cận báo chí tỉnh",
  ],
};

/** Short column and code-list headers, several per input (a case shows more than one). */
export const B11_SHORT_HEADERS: ByInput = {
  political_articles: [
    "Tin-bài NVCT mới",
    "SL tin, bài CT-TTTY",
    "Tin bài mới (NV chính trị)",
    "Tin/bài mới vì NVCT",
  ],
  revenue: ["DT sự nghiệp + DV", "Tổng DT (tr.đ)", "Doanh thu cả năm", "Tổng thu SN & DV (triệu)"],
  staff_total: [
    "Nhân lực có mặt",
    "Tổng LĐ-CB-PV-BTV",
    "Quân số cơ quan (có mặt)",
    "Tổng biên chế + HĐ có mặt",
  ],
  staff_trained: ["Đã qua lớp CĐS (người)", "Số qua tập huấn CĐS", "Được ĐT, BD chuyển đổi số"],
  digital_platforms: ["ND lên nền tảng số", "Phân phối trên NTS", "Lên NTS trong nước?"],
  ai_data_platform: ["DL tập trung có AI?", "Nền tảng PTDL (AI)", "Ứng dụng AI (C/K)"],
  converged_newsroom: ["Đã có TS hội tụ?", "TSHT đi vào vận hành", "Toà soạn hội tụ ĐPT"],
  autonomous: ["Tự chủ kinh phí?", "Tự lo chi TX (NĐ60)", "Tự chủ (NĐ 60)"],
  security_level: ["Cấp độ HT BC điện tử", "ATTT: cấp đã duyệt", "Cấp bảo đảm ATTT"],
  licensed: ["Cấp phép lại TC", "GP in cấp lại?", "Cấp lại GP (TC)"],
  remote_population_total: ["Nhân khẩu vùng sâu xa", "Số dân vùng sâu xa", "DS vùng khó khăn"],
  remote_population_reached: [
    "Nhân khẩu VSVX được tiếp cận",
    "Dân tiếp cận ≥1 loại hình BC",
    "Được tiếp cận báo, đài tỉnh",
  ],
};

/** How each unit is named, in four or five ways. */
export const B11_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu - cơ quan ngôn luận của Đảng bộ tỉnh",
    "Bao Lai Chau - Tinh uy",
    "Tòa soạn BLC (Tỉnh ủy)",
    "Báo LC (Tỉnh ủy Lai Châu)",
    "Lai Chau Party newspaper / Báo Lai Châu",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh - Truyền hình LC (trực thuộc UBND tỉnh)",
    "Dai PT-TH tinh LC",
    "Đài PT-TH Lai Châu (UBND tỉnh)",
    "Đài PTTH tỉnh - khối phát thanh, truyền hình",
    "Lai Chau Radio-Television / Đài PT-TH",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ Lai Châu (Hội Văn học - Nghệ thuật tỉnh)",
    "Tap chi VN Lai Chau (Hoi VHNT)",
    "BBT Tạp chí VN Lai Châu",
    "Tạp chí VNLC - Hội VHNT tỉnh",
    "Lai Chau Arts magazine / Tạp chí Văn nghệ",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh Lai Châu (Sở tổng hợp)",
    "Tinh Lai Chau (toan dia ban)",
    "Chung toàn tỉnh - 8 huyện, thành phố",
    "Địa bàn toàn tỉnh LC",
    "Province-wide / Toàn tỉnh Lai Châu",
  ],
};

/** The unit written inside a label. */
export const B11_LABEL_UNITS: ByInput = {
  political_articles: ["(tin, bài)", "(tác phẩm)", "- tin/bài"],
  revenue: ["(triệu đồng)", "(tr.đồng)", "(Tr.VNĐ)"],
  staff_total: ["(người)", "(ng)"],
  staff_trained: ["(người)", "(lượt người)"],
  remote_population_total: ["(người)", "(nhân khẩu)"],
  remote_population_reached: ["(người)", "(nhân khẩu)"],
  "yes-no": ["(Có/Chưa)", "(đã/chưa)"],
  level: ["(cấp)", "(cấp độ 1-5)"],
};

/** The ĐVT column text. */
export const B11_MEASURES: ByInput = {
  political_articles: ["Tin, bài", "Tin/bài", "Tác phẩm"],
  revenue: ["Tr.đồng", "Triệu đ", "Tr.VNĐ"],
  count: ["Người", "người"],
  "yes-no": ["Có/Chưa", "Đã/Chưa"],
  level: ["Cấp", "Cấp độ"],
};

/** Notes beside a figure ({p}: a percentage, {n}: a number, {y}: a year); never a value. */
export const B11_NOTES: readonly string[] = [
  "Số ước đến 31/12/{y}, chính xác hóa khi quyết toán",
  "Tăng {p}% so với cùng kỳ",
  "Trong đó {n} tin, bài bằng tiếng Mông, tiếng Thái",
  "Số liệu đến hết tháng 10/{y}",
  "Giảm do cắt giảm {n} chương trình phát lại",
  "Có {n} hợp đồng lao động chưa tính vào tổng",
  "Theo Quyết định giao dự toán đầu năm {y}",
];

export const B11_LEVEL_TEXTS: readonly string[] = ["Cấp độ {n}", "Cấp {n}", "Mức {n}", "Level {n}"];

/** Numbers that carry their unit in the cell's number format ("1.245 tin, bài" shown, 1245 stored). */
export const B11_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin, bài"', '#,##0" tác phẩm"'],
  revenue: ['#,##0" tr.đ"', '#,##0" triệu"'],
  count: ['#,##0" người"', '#,##0" ng."'],
};

/** Plan columns ({y}: the year): never truth, always to the right of the figures. */
export const B11_PLAN_HEADERS: readonly string[] = [
  "KH giao năm {y}",
  "Chỉ tiêu KH {y}",
  "Mục tiêu năm {y}",
  "Kế hoạch {y} (giao)",
];

/** Part-of-year periods ({y}: the year): never the whole year's figure. */
export const B11_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 10 tháng {y}",
  "6 tháng đầu năm {y}",
  "9 tháng năm {y}",
  "Quý III/{y}",
];

export const B11_YES_NO: ReadonlyArray<ValueStyle["yesNo"]> = [
  ["Có", "Không"],
  ["Đã có", "Chưa có"],
  ["Đã triển khai", "Chưa triển khai"],
  ["Đang vận hành", "Chưa"],
  ["✔", "✘"],
  ["Đã thực hiện", "Chưa thực hiện"],
];

export const B11_LICENSE: ReadonlyArray<ValueStyle["license"]> = [
  ["Đã được cấp phép lại", "Chưa được cấp lại"],
  ["Đã cấp lại", "Đang chờ cấp lại"],
  ["Đã có giấy phép mới", "Chưa có giấy phép mới"],
];

export const B11_NOT_APPLICABLE: ReadonlyArray<ValueStyle["notApplicable"]> = [
  "Không áp dụng",
  "K/áp dụng",
  "Không thuộc đối tượng",
  "Không áp dụng (tạp chí in)",
];

export const B11_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** A near-miss row: a figure that sounds like an input and is not it. */
export type B11Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B11_DECOYS: readonly B11Decoy[] = [
  {
    texts: [
      "Số tin, bài bằng tiếng dân tộc thiểu số (Mông, Thái, Dao)",
      "Tin bai tieng dan toc da dang, phat",
    ],
    near: "political_articles",
    scale: [0.12, 0.3],
    measure: "Tin, bài",
  },
  {
    texts: ["Tin, bài của cộng tác viên được sử dụng", "So tin bai CTV gui ve duoc dang"],
    near: "political_articles",
    scale: [0.2, 0.45],
    measure: "Tin, bài",
  },
  {
    texts: ["Lượt chia sẻ tin, bài lên mạng xã hội", "Luot chia se tin bai tren MXH (nghin luot)"],
    near: "political_articles",
    scale: [1.6, 2.8],
    measure: "Lượt",
  },
  {
    texts: ["Kinh phí ngân sách cấp chi thường xuyên trong năm", "Kinh phi NSNN giao tu chu"],
    near: "revenue",
    scale: [0.55, 0.9],
    measure: "Tr.đồng",
  },
  {
    texts: ["Thu quảng cáo trên các nền tảng số (phần của tổng thu)", "Doanh thu quang cao so (mot phan)"],
    near: "revenue",
    scale: [0.08, 0.25],
    measure: "Tr.đồng",
  },
  {
    texts: ["Số lượng người làm việc được giao theo đề án vị trí việc làm", "Chi tieu bien che giao (nguoi)"],
    near: "staff_total",
    scale: [1.04, 1.25],
    measure: "Người",
  },
  {
    texts: ["Lượt người dự các lớp tập huấn về CĐS (tính cả lượt lặp)", "Luot hoc vien tap huan CDS"],
    near: "staff_trained",
    scale: [1.4, 2.3],
    measure: "Lượt người",
  },
  {
    texts: ["Số hộ gia đình ở vùng sâu, vùng xa, biên giới", "So ho dan vung sau vung xa"],
    near: "remote_population_total",
    scale: [0.18, 0.24],
    measure: "Hộ",
  },
  {
    texts: ["Số hộ được hỗ trợ đầu thu truyền hình số mặt đất", "Ho duoc cap dau thu DVB-T2"],
    near: "remote_population_reached",
    scale: [0.05, 0.12],
    measure: "Hộ",
  },
  {
    texts: ["Số kênh, tài khoản đang vận hành trên nền tảng số", "So trang, kenh MXH cua co quan"],
    near: "digital_platforms",
    scale: [0.08, 0.2],
    measure: "Kênh",
  },
];

/** The target-tracking table of the department (b11-target-tracker). */
export const B11_TRACKER = {
  files: ["Theo doi chi tieu KH 3414 nam 2025.xlsx", "Bang theo doi muc tieu CDS bao chi.xlsx"],
  sheets: ["Theo dõi 2025", "Tien do KH3414", "Bảng theo dõi"],
  hiddenSheets: ["Ban cu 2024", "nhap_tam"],
  titles: [
    "Bảng theo dõi kết quả thực hiện các mục tiêu chuyển đổi số báo chí",
    "Tổng hợp tiến độ thực hiện các mục tiêu tại Kế hoạch số 3414/KH-UBND",
  ],
  subtitles: ["(Số liệu do các cơ quan báo chí báo cáo, Sở tổng hợp)", "(Cập nhật đến ngày 20/11/2025)"],
  labelHeaders: ["Mục tiêu, chỉ tiêu", "Nội dung mục tiêu"],
  targetHeaders: ["Mục tiêu đến 2025 theo KH 3414", "Mức mục tiêu (KH 3414)"],
  unitHeaders: ["Cơ quan thực hiện", "Đơn vị báo cáo"],
  resultHeaders: ["Kết quả thực hiện theo năm", "Kết quả đạt được"],
  changeHeaders: ["Tăng/giảm so với năm trước (%)", "So năm liền trước (%)"],
  verdictHeaders: ["Cơ quan tự đánh giá", "Đánh giá mức độ"],
  verdicts: {
    met: ["Đạt", "Vượt"],
    missed: ["Chưa đạt", "Không đạt"],
    none: ["Chưa đánh giá", "Chưa có cơ sở"],
  },
  targets: {
    political_articles: ["Tăng 20%/năm", "≥ 20% so với 2020"],
    revenue: ["Tăng tối thiểu 20%", "≥ 20% (Báo, Đài)"],
    staff_total: ["-", ""],
    staff_trained: ["100% (lãnh đạo, PV, BTV)", "100% được bồi dưỡng"],
    digital_platforms: ["67% (2/3 cơ quan)", "67% số cơ quan"],
    ai_data_platform: ["67% số cơ quan", "2/3 cơ quan"],
    converged_newsroom: ["67% số cơ quan", "2/3 cơ quan"],
    autonomous: ["67% (Báo, Đài)", "02 cơ quan"],
    security_level: ["100% cấp độ 3 trở lên", "Cấp 3 trở lên"],
    licensed: ["Được cấp lại giấy phép", "Cấp lại GP"],
    remote_population_total: ["-", ""],
    remote_population_reached: ["Duy trì 100% người dân", "Duy trì 100%"],
  } as Readonly<Record<string, readonly string[]>>,
  oldSheetNote: ["Số liệu ước tính tại thời điểm 11/2024 (chưa chính thức)", "Bản tổng hợp cũ - không dùng"],
  oldEstimate: ["Ước 2024 (báo cáo cũ)", "Ước TH 2024 lần 1"],
} as const;

/** The agencies' revenue-and-expenditure report (b11-finance-settlement). */
export const B11_FINANCE = {
  titles: [
    "Báo cáo tình hình thực hiện dự toán thu, chi năm 2025",
    "Báo cáo đánh giá thu, chi tài chính và nhân lực năm 2025",
  ],
  subtitles: [
    "(Kèm theo Báo cáo số ......./BC ngày ..... tháng 11 năm 2025)",
    "(Phục vụ đánh giá mức độ tự chủ)",
  ],
  moneyLine: ["Đơn vị tính: Triệu đồng", "ĐVT: triệu đồng"],
  budgetHeaders: ["Dự toán được giao {y}", "Dự toán năm {y}"],
  actualHeaders: { past: "Quyết toán năm {y}", last: "Thực hiện năm {y}", now: "Ước thực hiện năm {y}" },
  compareHeaders: ["UTH {y} so với TH {x} (%)", "So sánh {y}/{x} (%)"],
  codeHeader: ["Mã số", "Mã"],
  contentHeader: ["Nội dung", "Chỉ tiêu thu, chi"],
  sections: { income: "TÌNH HÌNH THU", spending: "TÌNH HÌNH CHI", balance: "CHÊNH LỆCH THU - CHI" },
  incomeParts: {
    "bao-lai-chau": [
      "Thu quảng cáo, thông tin tuyên truyền theo hợp đồng",
      "Thu phát hành báo in",
      "Thu từ đặt hàng, giao nhiệm vụ",
      "Thu khác",
    ],
    "dai-ptth-lai-chau": [
      "Thu quảng cáo, tài trợ chương trình",
      "Thu dịch vụ sản xuất chương trình theo hợp đồng",
      "Thu từ đặt hàng, giao nhiệm vụ",
      "Thu khác",
    ],
    "tap-chi-van-nghe-lai-chau": ["Thu phát hành tạp chí", "Thu từ đặt hàng, giao nhiệm vụ", "Thu khác"],
  } as Readonly<Record<string, readonly string[]>>,
  spendingTotal: ["Tổng chi hoạt động thường xuyên", "Tổng chi trong năm"],
  spendingParts: ["Chi thanh toán cho cá nhân", "Chi nghiệp vụ chuyên môn", "Chi mua sắm, sửa chữa tài sản"],
  staffTitle: ["NHÂN LỰC VÀ CƠ CHẾ TỰ CHỦ", "TÌNH HÌNH NHÂN LỰC, TỰ CHỦ"],
  hiddenSheets: ["So lieu tam", "Nhap so lieu"],
  files: ["BC thu chi 2025 - {slug}.xlsx", "Tai chinh_{slug}_2025.xlsx"],
} as const;

/** The reporting system's data export (b11-portal-data-rows). */
export const B11_EXPORT = {
  files: ["Xuat du lieu he thong bao cao 2025.xlsx", "export_baocao_CDSBC_2025.xlsx"],
  dataSheets: ["DuLieu", "Export_2025"],
  pivotSheets: ["TongHop", "Pivot 2025"],
  catalogSheets: ["DM_ChiTieu", "danhmuc"],
  banner: [
    "Dữ liệu xuất từ Hệ thống thông tin báo cáo tỉnh Lai Châu - ngày 20/11/2025 08:15",
    "Kết xuất từ phần mềm báo cáo trực tuyến (bản đầy đủ)",
  ],
  headers: {
    stt: "STT",
    period: ["Kỳ báo cáo", "Kỳ số liệu"],
    unit: ["Đơn vị báo cáo", "Đơn vị nhập"],
    code: ["Mã chỉ tiêu (hệ thống)", "Mã CT"],
    name: ["Tên chỉ tiêu", "Chỉ tiêu báo cáo"],
    measure: ["ĐVT", "Đơn vị tính"],
    kind: ["Loại số liệu", "Loại"],
    value: ["Giá trị", "Số liệu"],
    state: ["Trạng thái", "Tình trạng duyệt"],
    stamp: ["Ngày cập nhật", "Cập nhật lần cuối"],
  },
  year: "Năm {y}",
  kinds: {
    actual: ["Thực hiện", "Số thực hiện"],
    estimate: ["Ước thực hiện", "Ước cả năm"],
    plan: ["Kế hoạch", "Số kế hoạch"],
  },
  states: ["Đã duyệt", "Chờ duyệt", "Đã gửi"],
  codePrefixes: ["CDSBC.", "BC3414-"],
  pivotTitle: ["Tổng hợp số thực hiện năm 2025 theo đơn vị (công thức)", "Bảng tổng hợp tự động"],
  catalogHeaders: ["Mã", "Tên chỉ tiêu", "ĐVT", "Mức KH 2025"],
} as const;

/** The staff quantity-and-quality table (b11-staff-quality-table). */
export const B11_ROSTER = {
  files: ["Thong ke doi ngu bao chi 2025.xlsx", "So luong chat luong doi ngu.xlsx"],
  titles: [
    "Thống kê số lượng, chất lượng đội ngũ người làm báo",
    "Báo cáo số lượng, chất lượng nhân lực năm 2025",
  ],
  subtitles: ["(Tính đến ngày 31/10/2025)", "(Số có mặt tại thời điểm báo cáo)"],
  deptHeader: ["Phòng, ban, bộ phận", "Đơn vị trực thuộc"],
  groups: {
    among: "Trong đó",
    degree: "Trình độ chuyên môn",
    politics: "Lý luận chính trị",
    title: "Chức danh nghề nghiệp",
    digital: "Bồi dưỡng về CĐS báo chí",
  },
  cols: {
    women: "Nữ",
    party: "Đảng viên",
    ethnic: "Dân tộc thiểu số",
    master: "Thạc sĩ",
    bachelor: "Đại học",
    college: "Cao đẳng, trung cấp",
    senior: "Cao cấp",
    middle: "Trung cấp",
    reporter: "Phóng viên",
    editor: "Biên tập viên",
    other: "Khác",
    notYet: "Chưa bồi dưỡng",
  },
  totalRow: ["Tổng cộng", "Cộng toàn cơ quan"],
  departments: {
    "bao-lai-chau": [
      "Ban Biên tập",
      "Phòng Thời sự - Chính trị",
      "Phòng Kinh tế - Xã hội",
      "Phòng Báo điện tử",
      "Phòng Văn hóa - Văn nghệ",
      "Phòng Hành chính - Trị sự",
    ],
    "dai-ptth-lai-chau": [
      "Ban Giám đốc",
      "Phòng Thời sự",
      "Phòng Chuyên đề - Văn nghệ",
      "Phòng Biên tập tiếng dân tộc",
      "Phòng Kỹ thuật - Công nghệ",
      "Phòng Thông tin điện tử",
      "Phòng Tổ chức - Hành chính",
    ],
    "tap-chi-van-nghe-lai-chau": ["Ban Biên tập Tạp chí", "Bộ phận Trị sự", "Bộ phận Biên tập - Trình bày"],
  } as Readonly<Record<string, readonly string[]>>,
  quotaLine: ["Số người làm việc được giao năm 2025:", "Biên chế giao theo đề án VTVL:"],
  contractLine: ["Hợp đồng lao động ngoài biên chế:", "Lao động hợp đồng (không tính):"],
  summarySheet: ["TH cac co quan bao chi", "Tổng hợp nhân lực báo chí"],
  summaryTitle: ["Tổng hợp nhân lực các cơ quan báo chí tỉnh", "Tổng hợp từ các biểu của cơ quan"],
} as const;

/** The department's report outline, filled in by each agency (b11-fill-in-outline). */
export const B11_OUTLINE = {
  files: ["De cuong bao cao KH3414 - {slug}.xlsx", "DeCuong_2025_{slug}.xlsx"],
  provinceFile: ["De cuong - phan so lieu chung.xlsx", "DeCuong_SoLieuChung_2025.xlsx"],
  sheets: ["De cuong", "Báo cáo", "BC 2025"],
  titles: [
    "Đề cương báo cáo kết quả thực hiện Kế hoạch số 3414/KH-UBND năm 2025",
    "Đề cương báo cáo chuyển đổi số báo chí năm 2025",
  ],
  subtitles: [
    "(Kèm theo Công văn số ..../STTTT-TTBCXB ngày 02/10/2025)",
    "(Các cơ quan điền số liệu vào chỗ trống)",
  ],
  reporterLine: "Tên cơ quan báo cáo:",
  sections: ["I. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM 2025", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ"],
  topics: {
    platforms: "1. Về nền tảng số và dữ liệu",
    security: "2. Về an toàn thông tin",
    revenue: "3. Về nguồn thu",
    people: "4. Về nhân lực",
    articles: "5. Về tin, bài phục vụ nhiệm vụ chính trị",
    autonomy: "6. Về tự chủ và cấp phép",
  },
  hints: ["(ghi Đã/Chưa)", "(điền Có hoặc Chưa)"],
  channelsLine: ["Tên các nền tảng đang phân phối nội dung:", "Các kênh đang sử dụng:"],
  channels: [
    "Báo điện tử, Fanpage, kênh YouTube, Zalo OA",
    "Cổng TTĐT, ứng dụng di động, YouTube, TikTok",
    "Fanpage Facebook",
  ],
  decisionLine: ["Số, ngày quyết định phê duyệt cấp độ:", "Quyết định phê duyệt HSĐXCĐ:"],
  decisions: ["Số 125/QĐ-BLC ngày 12/6/2024", "Số 48/QĐ-ĐPTTH ngày 03/4/2023", "Đang lập hồ sơ"],
  inYear: [" năm {y}:", " {y}:"],
  unitThen: { money: "triệu đồng; năm {y}:", count: "tin, bài; năm {y}:", base: "tin, bài; năm gốc {y}:" },
  growth: ["; tăng", "; tốc độ tăng"],
  percent: "%",
  earlierYears: ["Các năm trước (lần lượt {a}):", "Số liệu các năm {a}:"],
  part: ["Trong đó, thu quảng cáo trên nền tảng số:", "Riêng doanh thu từ nền tảng số:"],
  staffThen: ["người; tỷ lệ", "người, đạt"],
  people: "người",
  share: "% dân số vùng sâu, vùng xa",
  provinceTitle: ["Phần số liệu chung toàn tỉnh (Sở tổng hợp)", "Số liệu chung (do Sở điền)"],
  wholeProvince: ["Dân số toàn tỉnh (tham khảo):", "Tổng dân số của tỉnh:"],
  blank: ["………", "..........", "……………"],
  troubles: [
    "- Kinh phí đầu tư hạ tầng kỹ thuật số còn hạn chế.",
    "- Nhân lực công nghệ thông tin còn thiếu, chưa chuyên sâu.",
    "- Chưa có nền tảng dữ liệu dùng chung cấp tỉnh.",
  ],
  proposals: [
    "- Đề nghị bố trí kinh phí đặt hàng tăng khoảng 20% so với năm trước.",
    "- Đề nghị tổ chức tập huấn chuyên sâu về AI cho phóng viên.",
  ],
} as const;

/** The department's list of information systems and platforms (b11-system-inventory). */
export const B11_INVENTORY = {
  files: ["Danh muc HTTT va nen tang so cac co quan bao chi.xlsx", "DM he thong thong tin 2025.xlsx"],
  sheets: ["Danh mục HTTT", "DM_HTTT", "He thong"],
  titles: [
    "Danh mục hệ thống thông tin, nền tảng số của các cơ quan báo chí tỉnh",
    "Thống kê hệ thống thông tin và phân loại cấp độ an toàn",
  ],
  subtitles: ["(Phục vụ rà soát theo Nghị định 85/2016/NĐ-CP)", "(Số liệu rà soát tháng 11/2025)"],
  headers: {
    name: ["Tên hệ thống, nền tảng", "Tên hệ thống thông tin"],
    kind: ["Loại hình", "Phân loại"],
    vendor: ["Đơn vị cung cấp", "Đơn vị phát triển"],
    origin: ["Nguồn gốc", "Trong nước/Nước ngoài"],
    proposed: ["Cấp độ đề xuất", "Cấp độ theo hồ sơ đề xuất"],
    approved: ["Cấp độ được phê duyệt", "Cấp độ đã phê duyệt"],
    decision: ["Quyết định phê duyệt", "Số QĐ phê duyệt"],
    since: ["Năm đưa vào sử dụng", "Năm vận hành"],
    audience: ["Lượt truy cập/theo dõi", "Người theo dõi"],
  },
  pressSystem: {
    "bao-lai-chau": ["Báo Lai Châu điện tử", "Báo điện tử"],
    "dai-ptth-lai-chau": ["Trang thông tin điện tử của Đài", "Cổng TTĐT phát thanh, truyền hình"],
    "tap-chi-van-nghe-lai-chau": ["Hệ thống báo chí điện tử (không có)", "Báo chí điện tử"],
  } as Readonly<Record<string, readonly [string, string]>>,
  /** Name, kind, origin, level ("-": none), vendor. */
  others: [
    [
      "Hệ thống quản trị nội dung tòa soạn (CMS)",
      "Quản trị nội dung tòa soạn",
      "Trong nước",
      "2",
      "VNPT Lai Châu",
    ],
    ["Ứng dụng đọc, nghe, xem trên di động", "Ứng dụng di động", "Trong nước", "2", "Viettel Lai Châu"],
    ["Trang Fanpage Facebook", "Trang, kênh mạng xã hội", "Nước ngoài", "-", "Meta Platforms"],
    ["Kênh YouTube chính thức", "Trang, kênh mạng xã hội", "Nước ngoài", "-", "Google LLC"],
    ["Tài khoản Zalo OA", "Trang, kênh mạng xã hội", "Trong nước", "-", "VNG"],
    ["Hệ thống thư điện tử công vụ", "Hạ tầng dùng chung", "Trong nước", "1", "VNPT Lai Châu"],
    ["Hệ thống lưu trữ tư liệu số (MAM)", "Lưu trữ", "Trong nước", "2", "Tự phát triển"],
    ["Trang thông tin tổng hợp", "Trang thông tin", "Trong nước", "1", "Viettel Lai Châu"],
  ] as ReadonlyArray<readonly [string, string, string, string, string]>,
  vendors: ["VNPT Lai Châu", "Viettel Lai Châu", "Tự phát triển"],
  pending: ["Đang thẩm định hồ sơ", "Chưa phê duyệt"],
  selfCheckTitle: [
    "Tự đánh giá theo Kế hoạch 3414 (Sở tổng hợp)",
    "Kết quả rà soát về nền tảng số, dữ liệu và tòa soạn",
  ],
  selfCheckHeader: ["Nội dung rà soát", "Chỉ tiêu rà soát"],
} as const;

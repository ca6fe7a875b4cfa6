/**
 * The blind19 split's own words: how its authors name the plan's inputs, the agencies and the near-miss rows, their
 * column headers, units, notes and answer words. Written blind (without the detector's vocabulary, the plan's
 * synonym lists or any other split's lists); the guard test checks in code that none equals a wording the
 * repository already knows.
 */
import type { UnitId } from "../model";

export const B19_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tin, bài sáng tác mới phục vụ nhiệm vụ chính trị địa phương",
    "Số lượng tác phẩm mới tuyên truyền NV chính trị của tỉnh",
    "So tin bai moi lam phuc vu nhiem vu chinh tri cua tinh nha",
    "Tổng tin, bài mới thực hiện nhiệm vụ chính trị được giao",
    "Tác phẩm báo chí mới (tin, bài) cho nhiệm vụ chính trị, thời sự tỉnh",
  ],
  revenue: [
    "Tổng doanh thu thực hiện trong năm của đơn vị",
    "Tong doanh thu tat ca cac nguon cua co quan",
    "Doanh thu toàn đơn vị (gồm QC, đặt hàng, dịch vụ, thu khác)",
    "Tổng số thu từ hoạt động báo chí và dịch vụ liên quan",
    "Cộng doanh thu các nguồn của cơ quan báo chí",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan (LĐ, CB, PV, BTV)",
    "Tong so nhan luc cua co quan (bien che va hop dong)",
    "Tổng nhân lực hiện có tại đơn vị báo chí",
    "Số lãnh đạo, cán bộ, phóng viên, biên tập viên hiện có (cộng)",
  ],
  staff_trained: [
    "Số người đã được bồi dưỡng kiến thức, kỹ năng chuyển đổi số báo chí",
    "So nguoi da qua lop tap huan CDS nganh bao chi",
    "Nhân lực đã được trang bị kỹ năng CĐS trong hoạt động báo chí",
    "Trong tổng số: đã được đào tạo về chuyển đổi số báo chí",
  ],
  digital_platforms: [
    "Phát hành nội dung trên các nền tảng số (ưu tiên nền tảng Việt)",
    "Noi dung bao chi duoc dang tai tren nen tang so",
    "Có hiện diện nội dung trên nền tảng số trong nước, quốc tế",
    "Nội dung của cơ quan đã có mặt trên các nền tảng số",
  ],
  ai_data_platform: [
    "Dùng nền tảng dữ liệu tập trung có phân tích bằng AI",
    "Nen tang phan tich du lieu tap trung ung dung tri tue nhan tao",
    "Ứng dụng AI phân tích, xử lý dữ liệu tập trung của tòa soạn",
    "Có nền tảng tổng hợp, phân tích dữ liệu tập trung (AI)",
  ],
  converged_newsroom: [
    "Tòa soạn đã chuyển sang vận hành mô hình hội tụ",
    "Toa soan hoi tu (da van hanh hay chua)",
    "Áp dụng mô hình toà soạn hội tụ, đa nền tảng trong sản xuất",
    "Mô hình tổ chức tòa soạn hội tụ được đưa vào vận hành",
  ],
  autonomous: [
    "Đơn vị tự chủ về tài chính (tự bảo đảm chi TX)",
    "Don vi bao chi da tu chu tai chinh (chi TX)",
    "Đã thực hiện cơ chế tự chủ tài chính theo quy định",
    "Mức tự chủ: tự lo toàn bộ chi thường xuyên",
  ],
  security_level: [
    "Cấp độ bảo đảm an toàn HTTT của báo điện tử/cổng TTĐT",
    "Cap do an toan thong tin he thong bao dien tu",
    "Hệ thống thông tin được phê duyệt ở cấp độ ATTT",
    "Mức cấp độ ATTT của hệ thống xuất bản điện tử",
  ],
  licensed: [
    "Tạp chí in đã hoàn tất cấp lại giấy phép hoạt động",
    "Tap chi in duoc cap lai GP hoat dong chua",
    "Kết quả cấp lại giấy phép cho tạp chí in",
    "Giấy phép hoạt động tạp chí (đã cấp lại hay chưa)",
  ],
  remote_population_total: [
    "Tổng số dân thuộc các xã, bản vùng sâu, xa, biên giới",
    "Tong dan cu vung sau, xa, bien gioi toan tinh",
    "Số dân sinh sống tại vùng sâu, vùng xa, biên giới",
    "Dân cư vùng sâu, xa, biên giới (tổng số người)",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, xa, biên giới tiếp cận ít nhất 01 loại hình báo chí tỉnh",
    "So dan vung sau, xa da duoc tiep can it nhat 1 loai bao tinh",
    "Người dân vùng sâu, vùng xa đã tiếp cận báo chí thiết yếu của tỉnh",
    "Trong số đó: tiếp cận được ít nhất một loại báo chí tỉnh",
  ],
};

/** Short column headers (tables with inputs as columns). */
export const B19_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["TP mới NVCT", "Tin bài mới (NVCT)", "SL tác phẩm NVCT mới"],
  revenue: ["Tổng DT đơn vị", "DT toàn cơ quan báo (trđ)", "Tổng thu các nguồn"],
  staff_total: ["Tổng NL hiện có", "Tổng số người đang LV", "NL cơ quan (tổng)"],
  staff_trained: ["Đã BD CĐS (người)", "Người đã qua lớp CĐS BC", "NL được tập huấn CĐS"],
  digital_platforms: ["Có mặt trên NT số (C/K)", "ND đăng trên NTS", "Phát hành trên NTS (có/chưa)"],
  ai_data_platform: [
    "NT dữ liệu tập trung + AI",
    "Phân tích DL tập trung bằng AI (C/K)",
    "AI - DL tập trung",
  ],
  converged_newsroom: ["Mô hình TS hội tụ (đã có/chưa)", "Toà soạn hội tụ (đã VH)", "Hội tụ tòa soạn (C/K)"],
  autonomous: ["Tự chủ TC (chi TX)", "Đã tự chủ t.chính chưa", "Tự chủ (tài chính)"],
  security_level: ["Cấp ATHT được phê (báo ĐT)", "HTTT báo ĐT: cấp ATTT", "Cấp ATTT được duyệt (1-5)"],
  licensed: ["Hoàn tất cấp lại GP (t/chí)", "Cấp mới/lại GP t/chí", "GP hoạt động (cấp lại)"],
  remote_population_total: ["Dân vùng sâu/xa (tổng)", "Tổng dân VS, VX, BG", "DS vùng sâu, xa (người)"],
  remote_population_reached: [
    "Dân VS-VX được tiếp cận BC tỉnh",
    "Số người t.cận BC tỉnh",
    "Tiếp cận BC (người)",
  ],
};

export const B19_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (cơ quan Đảng bộ tỉnh)",
    "Bao Lai Chau - tieng noi Dang bo tinh",
    "Báo L.Châu (in + điện tử)",
    "Tòa soạn Báo Lai Châu, Tỉnh ủy LC",
  ],
  "dai-ptth-lai-chau": [
    "Đài phát thanh & truyền hình tỉnh LC",
    "Dai PT-TH tinh Lai Chau (Dai tinh)",
    "Đài PTTH t.Lai Châu",
    "Đài Phát thanh - TH Lai Châu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VN Lai Châu thuộc Hội VHNT",
    "Tap chi Van nghe cua tinh Lai Chau (Hoi VHNT)",
    "T/c Văn nghệ LChâu",
    "Tạp chí Văn nghệ - Hội VHNT Lai Châu",
  ],
  "tinh-lai-chau": [
    "Toàn địa bàn tỉnh LC",
    "Toan dia ban tinh LChau",
    "Tỉnh Lai Châu (toàn tỉnh)",
    "Chung cả tỉnh Lai Châu",
  ],
};

/** Units written inside labels, by input or kind. */
export const B19_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tin/bài)", "(tác phẩm)"],
  count: ["(ng)", "(người LĐ)"],
  money: ["(trđ)", "(triệu đ)"],
  "yes-no": ["(C/K)", "(có/chưa)"],
  level: ["(cấp)"],
};

/** The ĐVT column, by input or kind. */
export const B19_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "tin-bài"],
  count: ["Ng", "người"],
  money: ["Triệu đ", "trđ"],
  "yes-no": ["C/K", "Có/chưa"],
  level: ["Cấp độ", "Mức"],
};

/** Number formats with the unit in them ("1.245 tin bài" shown, 1245 stored). */
export const B19_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tin bài"', '#,##0" TP"'],
  count: ['#,##0" người"'],
  money: ['#,##0" tr.đ"', '#,##0" triệu"'],
};

/** Notes beside figures ({p} a percentage, {n} a number, {y} the year): never values. */
export const B19_NOTES: readonly string[] = [
  "Số liệu tạm tính đến ngày 15/11/{y}",
  "Tăng {p}% so với cùng kỳ năm trước",
  "Đã gồm {n} tin, bài chuyên mục tiếng dân tộc",
  "Chưa gồm nguồn tài trợ {n} tr.đ",
  "Đơn vị gửi bổ sung qua email ngày 02/12/{y}",
];

/** Security levels in words ({n} the level): read as a level. */
export const B19_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "cấp độ {n}", "Mức {n}"];

/** Column headers over targets (the traps), {y} the year. */
export const B19_PLAN_HEADERS: readonly string[] = [
  "KH được giao năm {y}",
  "Mục tiêu phấn đấu {y}",
  "Kế hoạch đề ra {y}",
  "Chỉ tiêu KH tỉnh giao {y}",
];

/** Column headers over part-of-year figures (the traps), {y} the year. */
export const B19_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 10 tháng {y}",
  "Ước 6 tháng đầu năm {y}",
  "TH đến hết quý III/{y}",
];

export const B19_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Có", "Chưa"],
  ["Đã vận hành", "Chưa"],
  ["x", "Chưa"],
  ["Đã triển khai xong", "Chưa triển khai"],
];
export const B19_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Chưa được cấp lại"],
  ["Đã cấp phép lại", "Đang chờ cấp"],
];
export const B19_NOT_APPLICABLE: readonly string[] = ["Không áp dụng", "K/áp dụng", "Không thuộc đối tượng"];
export const B19_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** How the split's authors name an agency's file. */
export const B19_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLC", "Bao_Lai_Chau", "TSBaoLaiChau"],
  "dai-ptth-lai-chau": ["DaiPTTH", "Dai_PTTH_LC", "DaiLaiChau"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN", "TC_VanNghe", "TapchiVNLC"],
  "tinh-lai-chau": ["ToanTinh", "Tinh_LC", "DiaBanTinh"],
};

/** A near-miss row: its texts, the input it imitates and the factor range of its figure. */
export type B19Decoy = { texts: readonly string[]; near: string; scale: readonly [number, number] };

export const B19_DECOYS = {
  allArticles: {
    texts: ["Tổng số tin, bài, ảnh, video đã đăng phát trong năm", "Tong tin bai da xuat ban (moi the loai)"],
    near: "political_articles",
    scale: [1.6, 2.4],
  },
  reposted: {
    texts: ["Tin, bài khai thác lại, chia sẻ từ nguồn khác", "Tin bai dang lai tu bao Trung uong"],
    near: "political_articles",
    scale: [0.3, 0.6],
  },
  adRevenue: {
    texts: ["Thu từ quảng cáo, tài trợ chương trình", "Doanh thu QC trên ấn phẩm điện tử"],
    near: "revenue",
    scale: [0.2, 0.45],
  },
  orderFunds: {
    texts: ["Kinh phí đặt hàng tuyên truyền từ NS tỉnh", "Thu dat hang tu ngan sach tinh"],
    near: "revenue",
    scale: [0.4, 0.7],
  },
  unionMembers: {
    texts: ["Số đoàn viên công đoàn cơ sở", "Đoàn viên CĐ cơ quan (người)"],
    near: "staff_total",
    scale: [0.7, 0.95],
  },
  pressCards: {
    texts: ["Số người có thẻ nhà báo còn hiệu lực", "PV, BTV được cấp thẻ nhà báo kỳ 2021-2025"],
    near: "staff_total",
    scale: [0.4, 0.7],
  },
  theoryCourses: {
    texts: ["Số người học lý luận chính trị trung cấp trở lên", "Lượt bồi dưỡng nghiệp vụ báo chí khác"],
    near: "staff_trained",
    scale: [0.2, 0.5],
  },
  channels: {
    texts: ["Số kênh, trang mạng xã hội đang vận hành", "So tai khoan MXH chinh thuc cua co quan"],
    near: "digital_platforms",
    scale: [0.1, 0.3],
  },
  incidents: {
    texts: ["Số cảnh báo, sự cố ATTT đã xử lý", "Lượt rà quét lỗ hổng bảo mật"],
    near: "security_level",
    scale: [2, 6],
  },
  households: {
    texts: ["Số hộ có phương tiện nghe, xem", "Ho dan duoc ho tro dau thu, chao thu"],
    near: "remote_population_reached",
    scale: [0.15, 0.3],
  },
} as const satisfies Readonly<Record<string, B19Decoy>>;

/**
 * The blind25 split's own words: how its authors name each plan input, agency and unit, the short headers of its
 * tables, its near-miss rows, notes, plan and part-of-year headers and answer words. Written without looking at
 * any other list; the guard test (tests/corpusBlind25.test.ts) checks in code that none is already known.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B25_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tác phẩm mới tuyên truyền nhiệm vụ chính trị của tỉnh (tin, bài, phóng sự)",
    "Số tin bài mới phục vụ NVCT địa phương tự sản xuất trong năm",
    "Tin, bài, chương trình mới về nhiệm vụ chính trị do đơn vị thực hiện",
    "So tac pham moi tuyen truyen nhiem vu chinh tri trong ky",
    "SL tin/bài/PS mới - mảng tuyên truyền NVCT của tỉnh",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp và dịch vụ của cơ quan báo chí",
    "Doanh thu toàn đơn vị trong năm (mọi nguồn, trừ NSNN cấp)",
    "Tong thu cua co quan bao chi tu hoat dong su nghiep, dich vu",
    "Thu sự nghiệp, dịch vụ, liên kết - tổng cộng cả năm",
    "Tổng số thu đạt được của đơn vị (không tính ngân sách cấp)",
  ],
  staff_total: [
    "Người làm việc có tên trong bảng lương, cả biên chế lẫn HĐ",
    "Lao động có mặt đến ngày 31/12 của toàn cơ quan",
    "Tong so CBVC-NLD hien co cua co quan",
    "Nhân lực toàn cơ quan (lãnh đạo, PV, BTV, KTV, NLĐ)",
  ],
  staff_trained: [
    "Người đã dự lớp bồi dưỡng kỹ năng số cho người làm báo",
    "Lãnh đạo, PV, BTV được tập huấn về CĐS báo chí (lũy kế người)",
    "Nhân lực đã được đào tạo chuyển đổi số trong giai đoạn",
    "So nguoi da duoc boi duong nghiep vu bao chi so",
  ],
  digital_platforms: [
    "Đưa nội dung báo chí lên các nền tảng số (ưu tiên nền tảng Việt)",
    "Có phân phối sản phẩm báo chí trên nền tảng số",
    "Phat hanh san pham bao chi len nen tang so ben thu ba",
    "Hiện diện nội dung trên nền tảng số (web, app, mạng xã hội)",
  ],
  ai_data_platform: [
    "Nền tảng phân tích dữ liệu tập trung có ứng dụng trí tuệ nhân tạo",
    "Có hệ thống dữ liệu độc giả tập trung dùng AI để phân tích",
    "Ung dung AI tren nen tang du lieu tap trung cua co quan",
    "Nền tảng DL tập trung có AI (phân tích hành vi bạn đọc)",
  ],
  converged_newsroom: [
    "Đã tổ chức lại sản xuất theo tòa soạn hội tụ đa nền tảng",
    "Tòa soạn số hội tụ đã đi vào hoạt động ổn định",
    "Toa soan hoi tu da nen tang cua co quan",
    "Mô hình tổ chức sản xuất nội dung theo hướng hội tụ",
  ],
  autonomous: [
    "Cơ quan tự lo được toàn bộ chi thường xuyên từ nguồn thu",
    "Thực hiện cơ chế tự chủ tài chính ở mức tự bảo đảm chi",
    "Tu chu tai chinh (don vi tu lo chi thuong xuyen)",
    "Đơn vị được giao quyền tự chủ về tài chính theo NĐ 60",
  ],
  security_level: [
    "Cấp độ an toàn HTTT được phê duyệt của báo, cổng điện tử",
    "Hệ thống thông tin của cơ quan đạt cấp độ bảo đảm an toàn",
    "Cap do ATTT he thong (da phe duyet ho so de xuat)",
    "Mức bảo đảm an toàn thông tin của trang điện tử đơn vị",
  ],
  licensed: [
    "Tạp chí đã nhận giấy phép hoạt động mới sau khi cấp lại",
    "Giấy phép hoạt động của tạp chí (thủ tục cấp lại)",
    "Tinh trang cap phep lai cho tap chi van nghe",
    "Đã hoàn tất thủ tục cấp phép lại cho tạp chí chưa",
  ],
  remote_population_total: [
    "Dân số sinh sống tại vùng sâu, vùng xa, vùng biên giới của tỉnh",
    "Tổng số dân ở các xã vùng cao, biên giới trên địa bàn",
    "Dan so vung sau vung xa, bien gioi toan tinh",
    "Số nhân khẩu khu vực khó khăn, biên giới của tỉnh",
  ],
  remote_population_reached: [
    "Số người ở vùng sâu, vùng xa nghe, xem, đọc được ít nhất 1 loại hình báo chí",
    "Số dân vùng cao, biên giới được tiếp cận thông tin báo chí thiết yếu",
    "Nguoi dan vung sau vung xa da duoc tiep can bao chi",
    "Nhân khẩu vùng khó khăn đã tiếp cận ≥1 loại hình báo chí",
  ],
};

export const B25_SHORT_HEADERS: ByInput = {
  political_articles: ["TP mới tuyên truyền NVCT", "Tin bài CT mới tự SX", "SL TP NV chính trị (mới)"],
  revenue: ["Tổng thu SN+DV cả năm", "DThu cả năm toàn ĐV", "Tổng thu (trđ) toàn CQ"],
  staff_total: ["Tổng NL cơ quan", "CBVC-NLĐ hiện có", "Số người LV tại CQ"],
  staff_trained: ["Đã BD kỹ năng CĐS", "Được TH CĐS (người)", "NL đã ĐT số"],
  digital_platforms: ["PP trên NT số?", "Đưa ND lên NTS?", "Hiện diện NT số?"],
  ai_data_platform: ["Nền tảng DL có AI?", "AI + kho DL tập trung", "Có nền tảng AI phân tích?"],
  converged_newsroom: ["TS hội tụ vận hành?", "Mô hình SX hội tụ", "TS hội tụ đa nền tảng"],
  autonomous: ["Tự chủ TC (mức)", "TC chi TX?", "Tự lo chi TX (TC)"],
  security_level: ["Cấp độ HT được duyệt", "ATTT (cấp được duyệt)", "Cấp HTTT đơn vị"],
  licensed: ["GPHĐ tạp chí cấp lại", "Cấp lại GPHĐ?", "GP của TC đã cấp?"],
  remote_population_total: ["Dân số vùng VS/VX/BG", "Nhân khẩu vùng cao, BG", "Số dân vùng KK-BG"],
  remote_population_reached: ["Dân đã TC báo chí thiết yếu", "Người dân TC được BC", "TC ≥1 loại hình BC"],
};

export const B25_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu, cơ quan ngôn luận Đảng bộ",
    "Báo Lai Châu - CQ của Tỉnh ủy LC",
    "CQ Báo LChâu (bản in+ĐT)",
    "Tòa soạn Báo Lai Châu (BLC)",
  ],
  "dai-ptth-lai-chau": [
    "LTV - Đài tỉnh Lai Châu",
    "Dai Phat thanh va Truyen hinh tinh LC",
    "Đài PTTH LChâu (LTV)",
    "Đài PT-TH (LTV) tỉnh LC",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VN Lai Châu - Hội VHNT",
    "Tap chi Van nghe (LC)",
    "VNLC - Tạp chí Văn nghệ",
    "Tạp chí VNghệ tỉnh LChâu",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh Lai Châu (VS-VX-BG)",
    "Tinh Lai Chau - khu vuc kho khan",
    "Địa bàn vùng cao toàn tỉnh",
    "Khu vực VS, VX, BG của tỉnh",
  ],
};

/** How authors name a unit's file. */
export const B25_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc", "BLC-phieu"],
  "dai-ptth-lai-chau": ["DaiPTTH", "dai_ptth_lc", "LTV-phieu"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN", "tapchi_vnlc", "TCVN-phieu"],
  "tinh-lai-chau": ["ToanTinh", "toan_tinh", "VSVX-phieu"],
};

export const B25_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin, bài, PS)"],
  money: ["(tr.đ)", "(Triệu VNĐ)"],
  count: ["(người)", "(ng)"],
  "yes-no": ["(Có/Chưa)", "(đã/chưa)"],
  level: ["(cấp 1-5)", "(Cấp độ)"],
};

export const B25_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "Tin-bài"],
  money: ["Tr.đồng", "trđ"],
  count: ["Người", "ng."],
  "yes-no": ["Có/chưa", "Đã/Chưa"],
  level: ["Cấp"],
};

export const B25_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tác phẩm"', '#,##0" tin/bài"'],
  money: ['#,##0" trđ"', '#,##0" tr.đồng"'],
  count: ['#,##0" người"'],
};

export const B25_NOTES: readonly string[] = [
  "Số liệu sơ bộ, đơn vị sẽ chuẩn xác lại sau khi quyết toán; chênh {n} so với báo cáo quý",
  "Đã đối chiếu với sổ theo dõi của phòng Kế toán ngày {n}",
  "Tăng trưởng bình quân khoảng {p}% mỗi năm (tự tính)",
  "Theo biên bản kiểm tra của Sở năm {y}",
  "Chưa bao gồm số liệu của chi nhánh, văn phòng đại diện",
];

export const B25_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "cấp độ {n}", "Level {n}"];

export const B25_PLAN_HEADERS: readonly string[] = [
  "KH giao năm {y}",
  "Mục tiêu đến hết {y}",
  "Chỉ tiêu KH được giao {y}",
  "Kế hoạch đề ra ({y})",
];

export const B25_PARTIAL_HEADERS: readonly string[] = ["Lũy kế 9 tháng năm {y}", "6 tháng đầu {y}"];

export const B25_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Có", "Không"],
  ["Đã vận hành", "Chưa có"],
  ["✔", "✘"],
  ["Đạt", "Chưa đạt"],
];

export const B25_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp phép lại", "Chưa được cấp lại"],
  ["Đã cấp lại", "Đang chờ cấp lại"],
];

export const B25_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng",
  "K/áp dụng",
  "Không thuộc diện áp dụng",
  "N/A",
];

export const B25_AUTONOMY: readonly [string, string] = ["Đã tự chủ chi thường xuyên", "Chưa tự chủ"];

/** A near-miss row: its texts, the input it imitates and the factor range of its figure. */
export type B25Decoy = { texts: readonly string[]; near: string; scale: readonly [number, number] };

export const B25_DECOYS = {
  allWorks: {
    texts: [
      "Tổng số tin, bài, PS đã đăng phát (mọi chủ đề)",
      "Toàn bộ tác phẩm đăng, phát trong năm kể cả tin vắn",
    ],
    near: "political_articles",
    scale: [1.6, 2.4],
  },
  reprinted: {
    texts: ["Tin bài khai thác, trích đăng lại từ nguồn khác", "Tác phẩm sử dụng lại của TTXVN, VTV"],
    near: "political_articles",
    scale: [0.2, 0.5],
  },
  adRevenue: {
    texts: ["Trong đó: thu quảng cáo, tài trợ chương trình", "Riêng thu QC - TT - liên kết"],
    near: "revenue",
    scale: [0.3, 0.6],
  },
  budgetGrant: {
    texts: ["Dự toán NSNN giao chi thường xuyên năm", "Ngân sách tỉnh cấp (không phải nguồn thu)"],
    near: "revenue",
    scale: [0.8, 1.5],
  },
  femaleStaff: {
    texts: ["Trong đó: lao động nữ (người)", "Riêng nữ CBVC-NLĐ"],
    near: "staff_total",
    scale: [0.35, 0.55],
  },
  averageStaff: {
    texts: ["Lao động bình quân trong năm báo cáo", "LĐ bình quân (theo bảng lương)"],
    near: "staff_total",
    scale: [0.85, 0.97],
  },
  trainingTurns: {
    texts: ["Số lượt người dự các lớp tập huấn (lượt)", "Lượt CBVC được cử đi học ngắn hạn"],
    near: "staff_trained",
    scale: [1.3, 2.2],
  },
  households: {
    texts: ["Hộ gia đình sinh sống ở xã vùng sâu, biên giới (hộ)", "Hộ dân vùng khó khăn được cấp radio, TV"],
    near: "remote_population_total",
    scale: [0.18, 0.28],
  },
  disbursed: {
    texts: ["Giá trị giải ngân lũy kế đến cuối năm", "Vốn đã thanh toán khối lượng hoàn thành"],
    near: "revenue",
    scale: [0.15, 0.7],
  },
} as const satisfies Readonly<Record<string, B25Decoy>>;

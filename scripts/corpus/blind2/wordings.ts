/**
 * Every word of the "blind2" split: row labels, short column headers, unit names, near-miss rows, plan and
 * last-year headers, notes and yes/no answers. Written from the plan text and the way provincial departments word
 * their tables, without looking at the detector, its vocabulary or the other splits' lists (tests/corpusBlind2.test.ts
 * checks in code that none of these equals a known wording and that none appears in another split's cases).
 */
import type { UnitId } from "../model";

/** Row labels: ≥ 3 per input (official long phrasing, abbreviations, no diacritics, "Trong đó" sub-rows). */
export const B2_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tin, bài sản xuất mới tuyên truyền nhiệm vụ chính trị của địa phương",
    "SL tin/bài mới phục vụ NVCT",
    "So tac pham moi tuyen truyen chinh tri dang, phat trong nam",
    "Sản lượng tác phẩm báo chí phục vụ chính trị (tin, bài mới)",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp và dịch vụ báo chí",
    "Tong nguon thu bao chi + dich vu khac",
    "Nguồn thu hoạt động (quảng cáo, đặt hàng, dịch vụ...)",
  ],
  staff_total: [
    "Tổng biên chế và hợp đồng (LĐ, PV, BTV, KTV)",
    "Số người đang làm việc tại cơ quan báo chí",
    "Tong so CB, PV, BTV hien co mat",
  ],
  staff_trained: [
    "Trong đó: số đã qua tập huấn, bồi dưỡng kỹ năng số",
    "Số CB, PV, BTV đã được tập huấn về CĐS báo chí",
    "So nguoi da duoc boi duong kien thuc chuyen doi so",
  ],
  digital_platforms: [
    "Phân phối nội dung trên nền tảng số (mạng xã hội, ứng dụng)",
    "Có đưa sản phẩm báo chí lên các nền tảng số trong nước",
    "Xuat ban noi dung len nen tang so",
  ],
  ai_data_platform: [
    "Nền tảng dữ liệu tổng hợp tập trung có ứng dụng AI",
    "Có hệ thống phân tích, xử lý dữ liệu tập trung tích hợp trí tuệ nhân tạo",
    "Ung dung AI trong phan tich du lieu tap trung",
  ],
  converged_newsroom: [
    "Tổ chức hoạt động theo mô hình toà soạn hội tụ",
    "Mô hình tòa soạn đa phương tiện hội tụ đã vận hành",
    "Van hanh toa soan hoi tu (convergence newsroom)",
  ],
  autonomous: [
    "Đơn vị sự nghiệp tự bảo đảm chi thường xuyên",
    "Cơ chế tự chủ tài chính (tự bảo đảm một phần/toàn bộ)",
    "Tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP của Chính phủ",
  ],
  security_level: [
    "Cấp độ bảo đảm ATTT của hệ thống thông tin",
    "HTTT đã được phê duyệt cấp độ an toàn",
    "Cap do ATTT he thong duoc duyet (1-5)",
  ],
  licensed: [
    "Tình trạng cấp lại giấy phép hoạt động tạp chí",
    "Giấy phép xuất bản tạp chí in đã được cấp lại",
    "Cap lai GPHD tap chi van nghe",
  ],
  remote_population_total: [
    "Tổng dân số các xã vùng sâu, vùng xa, biên giới",
    "Số dân khu vực vùng sâu, vùng xa và biên giới (tổng)",
    "Dan so vung sau vung xa bien gioi toan tinh",
  ],
  remote_population_reached: [
    "Trong đó: dân được tiếp cận tối thiểu 1 loại hình BC tỉnh",
    "Số người vùng sâu, xa tiếp cận được báo chí thiết yếu của tỉnh",
    "Dan vung sau xa duoc tiep can bao chi cua tinh",
  ],
};

/** Short column headers, for layouts with inputs across or codes in a flat table. */
export const B2_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tin bài NVCT", "SL tin, bài mới", "Tác phẩm chính trị mới"],
  revenue: ["Thu cả năm (trđ)", "Doanh thu BC&DV", "Nguồn thu SN"],
  staff_total: ["Tổng số CB+PV+BTV", "Quân số hiện có (người)", "Tổng số người LV"],
  staff_trained: ["Đã tập huấn CĐS", "Số người qua bồi dưỡng số", "ĐT-BD kỹ năng số"],
  digital_platforms: ["Nội dung trên NTS", "Lên nền tảng số trong nước", "Phân phối trên MXH/app"],
  ai_data_platform: ["NT dữ liệu + AI", "Phân tích DL tập trung (AI)", "DL tập trung có AI"],
  converged_newsroom: ["Hội tụ toà soạn (Y/N)", "MH hội tụ đa phương tiện", "TS đa phương tiện hội tụ"],
  autonomous: ["Tự bảo đảm chi TX", "Tự chủ TC (NĐ60)", "Cơ chế tự chủ SN"],
  security_level: ["Cấp độ HTTT", "Cấp ATTT HTTT (1-5)", "Cấp ATTT đã phê duyệt HS"],
  licensed: ["GP được cấp lại", "Cấp lại GP tạp chí", "GPHĐ tạp chí mới"],
  remote_population_total: ["Dân số xã VS/VX/BG", "Tổng dân vùng khó khăn", "Dân số vùng BG, VS"],
  remote_population_reached: [
    "Dân tiếp cận BC tỉnh",
    "Số dân được tiếp cận BC",
    "Tiếp cận từ 1 loại hình BC",
  ],
};

/** Codes of a flat export ("CT01" …): never words, so they are not compared as wordings. */
export const B2_CODES: Readonly<Record<string, string>> = {
  political_articles: "CT01",
  revenue: "CT02",
  staff_total: "CT03",
  staff_trained: "CT03.1",
  digital_platforms: "CT04",
  ai_data_platform: "CT05",
  converged_newsroom: "CT06",
  autonomous: "CT07",
  security_level: "CT08",
  licensed: "CT09",
  remote_population_total: "CT10",
  remote_population_reached: "CT10.1",
};

/** ≥ 3 names per unit. */
export const B2_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["Toà soạn BLC (báo in + điện tử)", "Báo LC (cơ quan ngôn luận ĐBT)", "Báo LChâu"],
  "dai-ptth-lai-chau": ["Đài PTTH tỉnh LC", "Đài PT và TH LChâu", "Đài tỉnh (PT-TH)"],
  "tap-chi-van-nghe-lai-chau": ["TCVNghệ Lai Châu", "Tạp chí VHNT Lai Châu", "Hội VHNT - Tạp chí VN"],
  "tinh-lai-chau": ["Toàn tỉnh (các xã VSVX)", "Phạm vi toàn tỉnh LC", "Tỉnh LC - khu vực khó khăn"],
};

/** Units typed inside a label, by kind (articles have their own). */
export const B2_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tin/bài)", "- ĐV: tác phẩm", "[tin bài]"],
  count: ["(người)", "- ĐV: người", "[ng]"],
  money: ["(tr.đ)", "- ĐV: triệu đồng", "[trđ]"],
  "yes-no": ["(có/chưa)", "- Đã/Chưa", "[C/K]"],
  level: ["(cấp)", "- cấp độ (1-5)", "[cấp]"],
};

/** The unit-of-measure column. */
export const B2_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "tin/bài", "TP"],
  count: ["người", "Ng", "Người"],
  money: ["Triệu", "trđ", "Tr. đồng"],
  "yes-no": ["Đã/Chưa", "C/K", "-"],
  level: ["Cấp", "cấp độ", "Level"],
};

/** Near-miss rows: about the same thing as an input, never its value. */
export type B2Decoy = {
  near: string;
  texts: readonly string[];
  measure: string;
  /** A number near the input's value, or a yes/no word. */
  value: "number" | "word";
};

export const B2_DECOYS: readonly B2Decoy[] = [
  {
    near: "political_articles",
    texts: ["Tin, bài khai thác lại từ báo Trung ương", "Tin bai cong tac vien (tinh nhuan but)"],
    measure: "tin/bài",
    value: "number",
  },
  {
    near: "revenue",
    texts: ["Kinh phí ngân sách cấp chi thường xuyên", "Thu quảng cáo trên nền tảng số (nằm trong tổng thu)"],
    measure: "trđ",
    value: "number",
  },
  {
    near: "staff_total",
    texts: ["CTV ký hợp đồng cộng tác dài hạn", "Lao dong thoi vu, khoan viec"],
    measure: "người",
    value: "number",
  },
  {
    near: "staff_trained",
    texts: ["Số lượt người dự hội nghị, hội thảo về CĐS", "Số người cử đi học cao cấp lý luận chính trị"],
    measure: "lượt",
    value: "number",
  },
  {
    near: "digital_platforms",
    texts: ["Dự kiến mở thêm kênh trên nền tảng số năm 2026"],
    measure: "-",
    value: "word",
  },
  {
    near: "ai_data_platform",
    texts: ["Đang khảo sát giải pháp AI (chưa bố trí vốn)"],
    measure: "-",
    value: "word",
  },
  {
    near: "security_level",
    texts: ["Số sự cố mất ATTT ghi nhận trong năm"],
    measure: "vụ",
    value: "number",
  },
  {
    near: "remote_population_total",
    texts: ["Số hộ dân trong vùng phủ sóng phát thanh", "Dân số toàn tỉnh (niên giám thống kê)"],
    measure: "hộ",
    value: "number",
  },
  {
    near: "remote_population_reached",
    texts: ["Số thôn, bản có cụm loa truyền thanh không dây"],
    measure: "thôn, bản",
    value: "number",
  },
];

/** Plan / target headers (the cells under them are never truth). */
export const B2_PLAN_HEADERS = [
  "KH giao {y}",
  "Mục tiêu năm {y}",
  "Kế hoạch năm {y}",
  "Chỉ tiêu KH {y}",
  "KH phấn đấu {y}",
] as const;

/** Last year's figure beside this year's (never truth for a status input). */
export const B2_LAST_YEAR_HEADERS = ["Cùng kỳ năm {y}", "Năm trước ({y})", "Số liệu {y} (đã BC)"] as const;

/** Answers the value reader reads (yes, no). */
export const B2_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã vận hành", "Chưa vận hành"],
  ["Đã thực hiện", "Chưa thực hiện"],
  ["Rồi", "Chưa"],
  ["Đã đưa vào sử dụng", "Chưa đưa vào sử dụng"],
  ["Y", "N"],
  ["Có", "Chưa có"],
];

export const B2_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp phép lại", "Chưa được cấp phép"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
  ["Được cấp phép lại", "Chưa"],
];

export const B2_NOT_APPLICABLE = ["Không thuộc đối tượng", "N/A", "K/áp dụng (tạp chí in)"] as const;

/** Ticks of a checklist: yes, no. */
export const B2_TICKS: ReadonlyArray<readonly [string, string]> = [
  ["x", "✗"],
  ["✓", "☐"],
  ["X", "✘"],
  ["✔", "K"],
];

/** Notes with numbers that are never values ({n} a count, {p} a share, {y} a year). */
export const B2_NOTES = [
  "Số liệu ước tính đến 30/11/{y}, sẽ cập nhật khi quyết toán",
  "Tăng {p}% do mở thêm chuyên mục song ngữ",
  "Có {n} tin bài phát lại trên kênh YouTube",
  "Đã trừ {n} tin, bài trùng lặp giữa ấn phẩm in và điện tử",
  "Theo QĐ phê duyệt cấp độ số {n}/QĐ-UBND",
] as const;

/** Footnote markers put after some labels, and the footnotes under a table. */
export const B2_MARKS = [" (1)", " (*)", "(**)", " (2)"] as const;
export const B2_FOOTNOTES = [
  "(1) Số liệu năm {y} là số ước thực hiện cả năm.",
  "(*) Không bao gồm tin, bài đăng lại trên mạng xã hội.",
  "(**) Số liệu do phòng Hành chính - Tổng hợp cung cấp.",
  "(2) Tính theo biên chế được giao và hợp đồng lao động.",
] as const;

/** Long opening paragraphs (a note before the table). */
export const B2_PREAMBLES = [
  "Căn cứ Kế hoạch số 3414/KH-UBND ngày 08/9/2023 của UBND tỉnh về chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030; thực hiện văn bản đề nghị của Sở, đơn vị tổng hợp số liệu như sau. Số liệu năm {y} là số ước đến hết ngày 31/12; các cột dự kiến chỉ mang tính tham khảo, không dùng để đánh giá.",
  "Lưu ý khi nhập số liệu: (1) chỉ nhập số, không nhập đơn vị tính; (2) các chỉ tiêu định tính ghi Đã/Chưa; (3) số liệu tài chính tính bằng triệu đồng; (4) hạn gửi về Sở trước ngày 25/11/{y}. Bảng dưới đây đã được rà soát, thống nhất với phòng Kế hoạch - Tài chính.",
] as const;

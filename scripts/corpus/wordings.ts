/**
 * How officials word the plan's inputs, the agencies and the near-miss rows, written for this corpus (not taken from
 * the plan's synonym lists). Wordings tagged "heldout" appear ONLY in held-out cases; the test asserts that no
 * tune case contains one, so a matcher tuned on the tune split has never seen them.
 */
import type { InputKind, Split, UnitId } from "./model";

export type Tag = "both" | "heldout";
export type Wording = { text: string; tag: Tag };

const b = (text: string): Wording => ({ text, tag: "both" });
const h = (text: string): Wording => ({ text, tag: "heldout" });

export const INPUT_WORDINGS: Readonly<Record<string, readonly Wording[]>> = {
  political_articles: [
    b("Số tin, bài phục vụ nhiệm vụ chính trị"),
    b("Số lượng tin, bài mới phục vụ nhiệm vụ chính trị, thông tin thiết yếu"),
    b("Tin, bài tuyên truyền nhiệm vụ chính trị của tỉnh"),
    b("Số tin bài phục vụ NVCT, bảo vệ Tổ quốc"),
    h("Sản phẩm báo chí phục vụ nhiệm vụ chính trị, thông tin thiết yếu"),
    h("Số tác phẩm (tin, bài, phóng sự) tuyên truyền chính trị, thời sự"),
  ],
  revenue: [
    b("Tổng doanh thu"),
    b("Doanh thu của đơn vị"),
    b("Tổng doanh thu (quảng cáo, đặt hàng, dịch vụ)"),
    b("Tổng nguồn thu sự nghiệp"),
    h("Tổng các khoản thu hợp pháp"),
    h("Kết quả thu sự nghiệp, dịch vụ (tổng số)"),
  ],
  staff_total: [
    b("Tổng số lãnh đạo, cán bộ, phóng viên, biên tập viên"),
    b("Tổng số CB, PV, BTV"),
    b("Số người làm việc (lãnh đạo, cán bộ, PV, BTV)"),
    b("Tổng số cán bộ, viên chức, người lao động"),
    h("Nhân lực hiện có của cơ quan báo chí"),
    h("Quân số (biên chế và hợp đồng)"),
  ],
  staff_trained: [
    b("Số lãnh đạo, cán bộ, PV, BTV được đào tạo, bồi dưỡng về chuyển đổi số"),
    b("Trong đó: được đào tạo, bồi dưỡng kiến thức CĐS báo chí"),
    b("Số người được tập huấn kỹ năng chuyển đổi số báo chí"),
    b("CB, PV, BTV đã qua bồi dưỡng CĐS"),
    h("Số người đã tham gia lớp kỹ năng số, báo chí số"),
    h("Được trang bị kiến thức, kỹ năng làm báo trên môi trường số"),
  ],
  digital_platforms: [
    b("Đưa nội dung lên các nền tảng số"),
    b("Phân phối nội dung trên nền tảng số (ưu tiên nền tảng trong nước)"),
    b("Có nội dung trên nền tảng số (Zalo, YouTube, Facebook...)"),
    h("Hiện diện trên môi trường số, mạng xã hội"),
    h("Xuất bản, phát sóng nội dung đa nền tảng"),
  ],
  ai_data_platform: [
    b("Sử dụng nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung ứng dụng AI"),
    b("Ứng dụng trí tuệ nhân tạo (AI) trong phân tích, xử lý dữ liệu"),
    b("Nền tảng dữ liệu tập trung có ứng dụng AI"),
    h("Khai thác dữ liệu lớn, trí tuệ nhân tạo phục vụ tác nghiệp"),
    h("Hệ thống phân tích hành vi độc giả dùng AI"),
  ],
  converged_newsroom: [
    b("Vận hành mô hình tòa soạn hội tụ"),
    b("Mô hình toà soạn hội tụ"),
    b("Tòa soạn hội tụ, đa phương tiện"),
    h("Tổ chức sản xuất nội dung theo mô hình hội tụ"),
    h("Trung tâm sản xuất nội dung tích hợp (newsroom)"),
  ],
  autonomous: [
    b("Tự chủ tài chính"),
    b("Đơn vị tự bảo đảm chi thường xuyên"),
    b("Mức độ tự chủ (tự chủ chi thường xuyên)"),
    h("Thực hiện cơ chế tự chủ theo Nghị định 60/2021/NĐ-CP"),
    h("Cơ chế tài chính: tự trang trải"),
  ],
  security_level: [
    b("Cấp độ an toàn hệ thống thông tin"),
    b("Cấp độ ATTT của HTTT được phê duyệt"),
    b("HTTT được phê duyệt hồ sơ đề xuất cấp độ"),
    h("Phân loại cấp độ bảo đảm an toàn HTTT (NĐ 85/2016)"),
    h("Mức bảo vệ hệ thống thông tin (cấp 1-5)"),
  ],
  licensed: [
    b("Được cấp phép lại"),
    b("Được cấp lại giấy phép hoạt động báo chí"),
    b("Tình trạng cấp lại giấy phép hoạt động"),
    h("Hoàn thành thủ tục cấp đổi giấy phép xuất bản"),
  ],
  remote_population_total: [
    b("Dân số vùng sâu, vùng xa"),
    b("Tổng số dân vùng sâu, vùng xa, biên giới"),
    b("Số nhân khẩu các xã vùng sâu, vùng xa"),
    h("Dân cư khu vực đặc biệt khó khăn, biên giới"),
  ],
  remote_population_reached: [
    b("Số người dân vùng sâu, vùng xa được tiếp cận ít nhất một loại hình báo chí của tỉnh"),
    b("Trong đó: được tiếp cận báo chí của tỉnh"),
    b("Số dân vùng sâu, vùng xa tiếp cận được thông tin báo chí thiết yếu"),
    h("Người dân vùng khó khăn được xem, nghe, đọc ít nhất 01 loại hình báo chí tỉnh"),
  ],
};

/** Agencies as headers, sheet names and row labels call them. Short forms fit sheet names (≤ 31 characters). */
export const AGENCY_WORDINGS: Readonly<Record<UnitId, readonly Wording[]>> = {
  "bao-lai-chau": [
    b("Báo Lai Châu"),
    b("Báo LC"),
    b("Báo Lai Châu (in, điện tử)"),
    h("Cơ quan Báo Lai Châu"),
  ],
  "dai-ptth-lai-chau": [
    b("Đài Phát thanh và Truyền hình Lai Châu"),
    b("Đài PT-TH tỉnh"),
    b("Đài PTTH Lai Châu"),
    b("Đài Phát thanh - Truyền hình tỉnh"),
    h("Đài PT&TH Lai Châu"),
    h("Đài PT-TH LC"),
  ],
  "tap-chi-van-nghe-lai-chau": [
    b("Tạp chí Văn nghệ Lai Châu"),
    b("Tạp chí VNLC"),
    b("Tạp chí Văn nghệ"),
    h("TC Văn nghệ Lai Châu"),
    h("Tạp chí Văn nghệ (Hội VHNT tỉnh)"),
  ],
  "tinh-lai-chau": [b("Toàn tỉnh"), b("Tỉnh Lai Châu"), b("Toàn tỉnh Lai Châu")],
};

/** Every held-out-only text (inputs and agencies), for the disjointness check. */
export function heldoutOnlyTexts(): string[] {
  const all = [...Object.values(INPUT_WORDINGS), ...Object.values(AGENCY_WORDINGS)].flat();
  return all.filter((w) => w.tag === "heldout").map((w) => w.text);
}

/** The wordings a case of this split may use; held-out cases lean to the held-out ones. */
export function choices(list: readonly Wording[], split: Split, preferHeldout: boolean): string[] {
  const held = list.filter((w) => w.tag === "heldout").map((w) => w.text);
  const both = list.filter((w) => w.tag === "both").map((w) => w.text);
  if (split === "tune") return both;
  return preferHeldout && held.length > 0 ? held : both;
}

/** Units written inside labels: "(người)", "(Tr.đ)", "(tin, bài)". */
export const LABEL_UNITS: Readonly<Record<InputKind, readonly string[]>> = {
  count: ["(người)"],
  money: ["(Tr.đ)", "(Trđ)", "(triệu đồng)", "(Tr.đồng)"],
  "yes-no": ["(có/không)", "(nếu có)"],
  level: ["(cấp độ)"],
};
export const ARTICLE_UNITS = ["(tin, bài)", "(tin/bài)"] as const;

/** The "ĐVT" column. */
export const MEASURE_WORDS: Readonly<Record<InputKind, readonly string[]>> = {
  count: ["Người", "người"],
  money: ["Tr.đồng", "Trđ", "Triệu đồng", "Tr.đ"],
  "yes-no": ["Có/Không", "", "Có/không"],
  level: ["Cấp độ", "Cấp"],
};
export const ARTICLE_MEASURES = ["Tin, bài", "Tin/bài", "tin bài"] as const;

/** Yes/no words agencies type (a case keeps one pair). */
export const YES_NO_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["Có", "Không"],
  ["Có", "Chưa"],
  ["Đã triển khai", "Chưa triển khai"],
  ["Đạt", "Chưa đạt"],
  ["x", "Không"],
  ["Đã thực hiện", "Chưa thực hiện"],
];
export const LICENSE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp phép lại", "Chưa cấp phép"],
  ["Được cấp phép lại", "Chưa được cấp phép"],
];
export const NOT_APPLICABLE_WORDS = ["Không áp dụng", "Không áp dụng (không phải báo điện tử)"] as const;

/** Near-miss rows: same theme, wrong quantity. */
export type DecoyRow = {
  id: string;
  near: string;
  kind: "count" | "money" | "yes-no" | "big";
  measure: string;
  texts: string[];
};

export const DECOYS: readonly DecoyRow[] = [
  {
    id: "total_articles",
    near: "political_articles",
    kind: "count",
    measure: "Tin, bài",
    texts: [
      "Tổng số tin, bài đã xuất bản, phát sóng",
      "Tổng số tin, bài, ảnh",
      "Tổng số tin bài trên trang điện tử",
    ],
  },
  {
    id: "social_posts",
    near: "political_articles",
    kind: "count",
    measure: "Tin, bài",
    texts: ["Số tin, bài đăng trên mạng xã hội", "Tin, bài phát hành trên Facebook, Zalo, YouTube"],
  },
  {
    id: "visits",
    near: "digital_platforms",
    kind: "big",
    measure: "Lượt",
    texts: [
      "Số lượt truy cập",
      "Số lượt truy cập, lượt xem trên nền tảng số",
      "Lượt xem, lượt nghe trên các nền tảng",
    ],
  },
  {
    id: "ad_revenue",
    near: "revenue",
    kind: "money",
    measure: "Tr.đồng",
    texts: ["Doanh thu quảng cáo", "Trong đó: thu quảng cáo", "Thu từ quảng cáo, tài trợ"],
  },
  {
    id: "budget",
    near: "revenue",
    kind: "money",
    measure: "Tr.đồng",
    texts: ["Kinh phí ngân sách nhà nước cấp", "Dự toán NSNN giao"],
  },
  {
    id: "press_cards",
    near: "staff_total",
    kind: "count",
    measure: "Người",
    texts: ["Số PV, BTV có thẻ nhà báo", "Số hội viên Hội Nhà báo"],
  },
  {
    id: "trained_other",
    near: "staff_trained",
    kind: "count",
    measure: "Lượt người",
    texts: [
      "Số người được tập huấn nghiệp vụ báo chí",
      "Số lượt CB được bồi dưỡng lý luận chính trị",
      "Số người được đào tạo sau đại học",
    ],
  },
  {
    id: "cms",
    near: "converged_newsroom",
    kind: "yes-no",
    measure: "Có/Không",
    texts: ["Có phần mềm quản trị nội dung (CMS) tòa soạn", "Hệ thống quản lý tòa soạn điện tử"],
  },
  {
    id: "incidents",
    near: "security_level",
    kind: "count",
    measure: "Vụ",
    texts: ["Số sự cố mất an toàn thông tin", "Số lần bị tấn công mạng được phát hiện"],
  },
  {
    id: "households",
    near: "remote_population_reached",
    kind: "count",
    measure: "Hộ",
    texts: ["Số hộ gia đình có máy thu hình", "Số hộ được hỗ trợ đầu thu truyền hình số"],
  },
];

export function decoysNear(input: string): DecoyRow[] {
  return DECOYS.filter((d) => d.near === input);
}

/** Column headers over actual values, and over targets (the traps). */
export const ACTUAL_HEADERS = ["Thực hiện", "TH", "Ước TH", "Ước thực hiện", "Kết quả thực hiện"] as const;
export const PLAN_HEADERS = ["Kế hoạch", "KH", "Mục tiêu", "KH giao", "Chỉ tiêu KH"] as const;
export const NOTE_TEXTS = [
  "Tăng {p}% so với năm trước",
  "Trong đó báo in: {n} tin, bài",
  "Số liệu ước đến 31/12/{y}",
  "KH giao {n}",
  "Cả năm dự kiến {n}",
  "Theo Quyết định số 12/QĐ-UBND",
] as const;

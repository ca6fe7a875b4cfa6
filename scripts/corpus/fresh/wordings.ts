/**
 * Wordings of the "fresh" split, written on 2026-11-26 by a helper that did not read the matcher, its vocabulary,
 * the plan's synonym lists or the tune/held-out wordings (scripts/corpus/wordings.ts). They come from how
 * provincial reports word these figures (the plan's text, the domain notes, the usual officialese). The test in
 * tests/corpus.test.ts checks that none equals a wording the repository already knows and that none shows up in
 * a tune or held-out case. Never tune a matcher on these.
 */
import type { UnitId } from "../model";

/** At least three ways to word each plan input. */
export const FRESH_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Số lượng tin, bài tuyên truyền nhiệm vụ chính trị của địa phương được sản xuất mới",
    "Tác phẩm báo chí mới phục vụ tuyên truyền chính trị và thông tin thiết yếu",
    "Tổng số tác phẩm mới về nhiệm vụ chính trị, thông tin thiết yếu đã đăng, phát",
    "Tin, bài, phóng sự sản xuất mới phản ánh nhiệm vụ chính trị của tỉnh",
  ],
  revenue: [
    "Doanh thu của đơn vị (tính tất cả các nguồn)",
    "Tổng nguồn thu sự nghiệp trong năm",
    "Tổng thu từ hoạt động báo chí và dịch vụ",
    "Tổng các khoản thu của cơ quan báo chí",
  ],
  staff_total: [
    "Nhân sự toàn cơ quan: lãnh đạo, viên chức, phóng viên, biên tập viên",
    "Tổng số CB, VC, người lao động của cơ quan",
    "Số người làm việc tại cơ quan (lãnh đạo, PV, BTV, viên chức, hợp đồng)",
    "Tổng biên chế và lao động hợp đồng hiện có",
  ],
  staff_trained: [
    "Số người đã qua tập huấn kỹ năng chuyển đổi số trong hoạt động báo chí",
    "Trong đó: đã được bồi dưỡng kiến thức, kỹ năng CĐS",
    "CB, PV, BTV đã tham gia lớp bồi dưỡng về báo chí số",
    "Nhân sự được tập huấn nghiệp vụ báo chí trên môi trường số",
  ],
  digital_platforms: [
    "Phát hành nội dung trên nền tảng số (Zalo, YouTube, Facebook, ứng dụng di động)",
    "Cung cấp tin, bài, chương trình trên môi trường mạng và nền tảng số",
    "Nội dung báo chí được phân phối lên các nền tảng số trong nước và xuyên biên giới",
    "Đã đưa sản phẩm báo chí lên không gian mạng, nền tảng số",
  ],
  ai_data_platform: [
    "Ứng dụng AI và nền tảng dữ liệu tập trung để phân tích, xử lý thông tin",
    "Nền tảng phân tích dữ liệu độc giả, khán thính giả có ứng dụng trí tuệ nhân tạo",
    "Đã dùng công cụ phân tích dữ liệu lớn, trí tuệ nhân tạo (AI) dùng chung",
    "Hệ thống dữ liệu tập trung có tích hợp AI",
  ],
  security_level: [
    "Hệ thống thông tin được phê duyệt cấp độ ATTT",
    "Cấp độ bảo đảm an toàn HTTT của báo điện tử, cổng TTĐT",
    "Mức độ an toàn thông tin theo hồ sơ đề xuất cấp độ đã duyệt",
    "Phân loại cấp độ an toàn cho trang tin, báo điện tử của đơn vị",
  ],
  converged_newsroom: [
    "Tòa soạn hội tụ, đa phương tiện đã đi vào hoạt động",
    "Tổ chức sản xuất theo mô hình tòa soạn đa nền tảng (hội tụ)",
    "Xây dựng và vận hành tòa soạn số hội tụ",
    "Áp dụng quy trình sản xuất nội dung hội tụ",
  ],
  autonomous: [
    "Mức độ tự chủ: tự bảo đảm chi thường xuyên",
    "Đơn vị tự bảo đảm toàn bộ chi thường xuyên",
    "Thực hiện cơ chế tự chủ về tài chính (tự chủ chi thường xuyên)",
    "Cơ quan báo chí tự cân đối thu, chi",
  ],
  licensed: [
    "Cấp lại giấy phép hoạt động tạp chí in",
    "Giấy phép xuất bản tạp chí đã được Bộ cấp lại",
    "Hoàn thành thủ tục cấp lại giấy phép hoạt động báo chí",
    "Tạp chí có giấy phép hoạt động mới",
  ],
  remote_population_total: [
    "Tổng số nhân khẩu các xã vùng sâu, vùng xa, biên giới",
    "Số dân thuộc các xã khu vực III, vùng đặc biệt khó khăn",
    "Dân số các xã, bản vùng cao, vùng biên",
    "Quy mô dân số khu vực vùng sâu, vùng xa",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa được xem, nghe, đọc báo chí của tỉnh",
    "Trong đó: số người tiếp cận được ít nhất 01 loại hình báo chí địa phương",
    "Số nhân khẩu vùng khó khăn được tiếp cận báo chí tỉnh",
    "Dân cư vùng sâu, vùng xa tiếp cận thông tin báo chí của tỉnh",
  ],
};

/** New names of the units: full official names, abbreviations, old or informal names. */
export const FRESH_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Tòa soạn Báo Lai Châu",
    "Báo Lai Châu - Cơ quan của Đảng bộ tỉnh Lai Châu",
    "Báo Đảng tỉnh Lai Châu",
    "Ban Biên tập Báo Lai Châu",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh - Truyền hình tỉnh Lai Châu",
    "Đài Phát thanh Truyền hình LC",
    "Đài PT và TH tỉnh Lai Châu",
    "Đài Phát thanh, Truyền hình Lai Châu (LTV)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ thuộc Hội VHNT Lai Châu",
    "TC Văn nghệ LC",
    "Tạp chí của Hội Văn học Nghệ thuật tỉnh Lai Châu",
    "Tạp chí Văn nghệ Lai Châu (bản in)",
  ],
  "tinh-lai-chau": [
    "Địa bàn tỉnh Lai Châu",
    "Các xã vùng sâu, vùng xa của tỉnh",
    "Số liệu chung toàn địa bàn",
  ],
};

export type FreshDecoyKind = "count" | "money" | "yes-no" | "big" | "previous" | "planned";

/**
 * Near-miss rows: the same theme, a different quantity ("count", "money", "yes-no", "big"), last year's figure of
 * the very input ("previous"), or the input's planned figure ("planned"). Never truth.
 */
export type FreshDecoy = {
  id: string;
  near: string;
  kind: FreshDecoyKind;
  measure: string;
  texts: readonly string[];
};

export const FRESH_DECOYS: readonly FreshDecoy[] = [
  {
    id: "reposted",
    near: "political_articles",
    kind: "count",
    measure: "Tác phẩm",
    texts: ["Tin, bài khai thác, đăng lại từ nguồn khác", "Số tác phẩm dự Giải Báo chí tỉnh"],
  },
  {
    id: "articles_prev",
    near: "political_articles",
    kind: "previous",
    measure: "Tác phẩm",
    texts: ["Tin, bài tuyên truyền nhiệm vụ chính trị năm trước (cùng kỳ)"],
  },
  {
    id: "articles_plan",
    near: "political_articles",
    kind: "planned",
    measure: "Tác phẩm",
    texts: ["Số tin, bài tuyên truyền chính trị theo kế hoạch giao"],
  },
  {
    id: "revenue_prev",
    near: "revenue",
    kind: "previous",
    measure: "Triệu đồng",
    texts: ["Doanh thu năm trước", "Tổng thu cùng kỳ năm trước"],
  },
  {
    id: "revenue_plan",
    near: "revenue",
    kind: "planned",
    measure: "Triệu đồng",
    texts: ["Nguồn thu kế hoạch giao trong năm", "Dự toán thu sự nghiệp được giao"],
  },
  {
    id: "state_budget",
    near: "revenue",
    kind: "money",
    measure: "Triệu đồng",
    texts: [
      "Kinh phí ngân sách nhà nước cấp chi thường xuyên",
      "Thu từ hợp đồng tuyên truyền với các sở, ngành",
    ],
  },
  {
    id: "card_holders",
    near: "staff_total",
    kind: "count",
    measure: "Người",
    texts: ["Số người được cấp thẻ nhà báo", "Số cộng tác viên thường xuyên"],
  },
  {
    id: "quota",
    near: "staff_total",
    kind: "planned",
    measure: "Người",
    texts: ["Số biên chế được giao"],
  },
  {
    id: "trainee_visits",
    near: "staff_trained",
    kind: "count",
    measure: "Lượt người",
    texts: ["Số lượt người tham gia tập huấn (tính cả lặp lại)", "Số người được cử đi học thạc sĩ báo chí"],
  },
  {
    id: "social_channels",
    near: "digital_platforms",
    kind: "count",
    measure: "Kênh",
    texts: ["Số trang, kênh trên mạng xã hội đang hoạt động"],
  },
  {
    id: "interactions",
    near: "digital_platforms",
    kind: "big",
    measure: "Lượt",
    texts: ["Lượt tương tác trên các nền tảng số"],
  },
  {
    id: "speech_tool",
    near: "ai_data_platform",
    kind: "yes-no",
    measure: "Có/Không",
    texts: ["Dùng phần mềm chuyển giọng nói thành văn bản"],
  },
  {
    id: "attacks",
    near: "security_level",
    kind: "count",
    measure: "Lần",
    texts: ["Số lần bị tấn công mạng, sự cố ATTT trong năm"],
  },
  {
    id: "newsroom_project",
    near: "converged_newsroom",
    kind: "yes-no",
    measure: "Có/Không",
    texts: ["Đề án xây dựng tòa soạn hội tụ đã được phê duyệt"],
  },
  {
    id: "autonomy_plan",
    near: "autonomous",
    kind: "yes-no",
    measure: "Có/Không",
    texts: ["Phương án tự chủ giai đoạn 2026-2030 đã trình cấp có thẩm quyền"],
  },
  {
    id: "issues",
    near: "licensed",
    kind: "count",
    measure: "Số",
    texts: ["Số kỳ tạp chí xuất bản trong năm", "Số bản in bình quân mỗi kỳ"],
  },
  {
    id: "remote_households",
    near: "remote_population_total",
    kind: "count",
    measure: "Hộ",
    texts: ["Số hộ gia đình vùng sâu, vùng xa", "Số hộ được cấp báo, tạp chí miễn phí"],
  },
  {
    id: "province_population",
    near: "remote_population_total",
    kind: "big",
    measure: "Người",
    texts: ["Dân số trung bình toàn tỉnh"],
  },
];

export function freshDecoysNear(input: string): FreshDecoy[] {
  return FRESH_DECOYS.filter((d) => d.near === input);
}

/** Units written inside labels or headers. */
export const FRESH_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tác phẩm)", "(tin, bài)"],
  count: ["(người)", "(Người)"],
  money: ["(triệu đồng)", "(Triệu đ)"],
  "yes-no": ["(Có/Chưa)", "(x: đã thực hiện)"],
  level: ["(cấp)", "(cấp độ)"],
};

/** ĐVT column texts. */
export const FRESH_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "Tin, bài"],
  count: ["Người"],
  money: ["Triệu đồng", "Tr. đồng"],
  "yes-no": ["Có/Chưa", "-"],
  level: ["Cấp", "Cấp độ"],
};

/** How a yes / no answer is typed. */
export const FRESH_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã triển khai", "Chưa triển khai"],
  ["Có", "Chưa có"],
  ["x", "Chưa"],
  ["Đã thực hiện", "Chưa thực hiện"],
];

export const FRESH_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Đang chờ cấp phép"],
  ["Đã có giấy phép mới", "Chưa có giấy phép"],
];

export const FRESH_NOT_APPLICABLE = ["Không thuộc đối tượng", "K/áp dụng (tạp chí in)"] as const;

export const FRESH_NOTES = [
  "Số liệu ước đến 31/12/{y}",
  "Tăng {p}% so với năm trước",
  "Chênh lệch {n} so với báo cáo 6 tháng",
  "Theo báo cáo quyết toán năm {y}",
  "Chưa gồm số liệu tháng 12",
] as const;

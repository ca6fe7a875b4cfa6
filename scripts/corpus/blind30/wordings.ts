/**
 * The blind30 split's own words: every input wording, short header, agency name, near-miss row, unit, note and
 * answer word a blind30 case shows. Written without looking at the detector, its vocabulary or any other split's
 * lists; the guard test (tests/corpusBlind30.test.ts) checks in code that none equals a wording already known.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B30_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số lượng tác phẩm mới tuyên truyền nhiệm vụ chính trị của địa phương",
    "Tin, bài, phóng sự mới phục vụ nhiệm vụ chính trị (sản xuất mới trong năm)",
    "So tac pham moi lam ve nhiem vu chinh tri dia phuong trong nam",
    "Sản phẩm báo chí mới về nhiệm vụ chính trị, tính theo tác phẩm",
  ],
  revenue: [
    "Tổng các nguồn thu sự nghiệp, dịch vụ cơ quan tự tạo ra",
    "Tổng số thu của đơn vị từ mọi nguồn hợp pháp",
    "Tong cac khoan thu su nghiep + dich vu cua co quan",
    "Toàn bộ nguồn thu trong năm của cơ quan (không gồm NSNN cấp)",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan (cả hợp đồng)",
    "Toàn bộ nhân lực hiện có của cơ quan báo chí",
    "Tong so nhan luc dang lam viec tai co quan",
    "Số người đang công tác thực tế (biên chế + hợp đồng lao động)",
  ],
  staff_trained: [
    "Số người đã học xong lớp kỹ năng số cho người làm báo",
    "Nhân lực đã được tập huấn về CĐS báo chí (lũy kế đến cuối năm)",
    "So nguoi da qua boi duong ve chuyen doi so bao chi",
    "Lãnh đạo, PV, BTV, KTV đã dự lớp bồi dưỡng chuyển đổi số",
  ],
  digital_platforms: [
    "Đã đưa nội dung báo chí lên các nền tảng số (ưu tiên nền tảng trong nước)",
    "Phân phối sản phẩm báo chí của cơ quan trên nền tảng số",
    "Co dua noi dung bao chi len nen tang so hay khong",
    "Tác phẩm của cơ quan đã hiện diện trên các nền tảng số",
  ],
  ai_data_platform: [
    "Vận hành nền tảng dữ liệu tập trung có ứng dụng trí tuệ nhân tạo",
    "Đã có hệ thống phân tích dữ liệu tập trung dùng AI",
    "Nen tang du lieu tap trung, phan tich bang AI (da co)",
    "Hạ tầng dữ liệu dùng chung có phân tích bằng trí tuệ nhân tạo",
  ],
  converged_newsroom: [
    "Quy trình sản xuất đã chuyển sang mô hình tòa soạn hội tụ đa phương tiện",
    "Cơ quan đã vận hành tòa soạn hội tụ",
    "Mo hinh toa soan hoi tu da dua vao van hanh",
    "Tòa soạn số hội tụ (đa nền tảng) đã đi vào hoạt động",
  ],
  autonomous: [
    "Đơn vị đã tự chủ về tài chính (tự bảo đảm toàn bộ chi thường xuyên)",
    "Đạt cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
    "Tu chu tai chinh - tu bao dam chi thuong xuyen cua co quan",
    "Cơ quan thực hiện tự chủ tài chính theo Nghị định 60/2021",
  ],
  security_level: [
    "Cấp độ an toàn hệ thống thông tin của hệ thống báo chí điện tử đã được phê duyệt",
    "Mức cấp độ ATTT được phê duyệt cho hệ thống xuất bản điện tử",
    "Cap do an toan HTTT cua he thong bao chi dien tu (da phe duyet)",
    "HTTT báo chí điện tử: cấp độ bảo đảm an toàn được duyệt",
  ],
  licensed: [
    "Tạp chí đã nhận giấy phép hoạt động báo chí cấp lại",
    "Giấy phép hoạt động của tạp chí (cấp lại) đã có",
    "Tap chi van nghe da nhan lai giay phep xuat ban",
    "Tạp chí in đã xong thủ tục xin cấp phép lại",
  ],
  remote_population_total: [
    "Dân số các xã vùng sâu, vùng xa, biên giới trên địa bàn tỉnh",
    "Tổng số dân sinh sống ở vùng sâu, vùng xa, khu vực biên giới",
    "Dan so cac xa vung sau vung xa bien gioi cua tinh",
    "Số nhân khẩu vùng sâu, vùng xa và biên giới toàn tỉnh",
  ],
  remote_population_reached: [
    "Người dân ở vùng sâu, vùng xa đã được tiếp cận tối thiểu một loại hình báo chí",
    "Dân vùng sâu, vùng xa, biên giới tiếp cận được báo chí thiết yếu",
    "So dan vung sau vung xa duoc tiep can it nhat 1 loai hinh bao chi",
    "Nhân khẩu vùng khó khăn đã tiếp cận ≥ 1 loại hình báo chí của tỉnh",
  ],
};

export const B30_SHORT_HEADERS: ByInput = {
  political_articles: [
    "TP mới p.vụ NVCT (tác phẩm)",
    "Tác phẩm NV chính trị (mới)",
    "SPBC mới về NVCT trong năm",
  ],
  revenue: ["Tổng số thu cả năm", "Σ nguồn thu đơn vị", "Thu SN-DV toàn đơn vị"],
  staff_total: ["Nhân lực hiện có tại CQ (người)", "Σ người đang làm việc", "Tổng NL đang công tác"],
  staff_trained: ["Đã bồi dưỡng CĐS (người)", "NL qua tập huấn CĐS", "Người được BD chuyển đổi số"],
  digital_platforms: ["Phân phối trên NT số", "ND lên nền tảng số?", "Hiện diện trên NTS (Y/N)"],
  ai_data_platform: [
    "NT dữ liệu tập trung kèm AI",
    "Phân tích DL tập trung bằng AI?",
    "Dữ liệu tập trung/TTNT",
  ],
  converged_newsroom: ["TS hội tụ đã vận hành", "Mô hình TS hội tụ?", "Tòa soạn hội tụ đa PT (vận hành)"],
  autonomous: ["Tự chủ TC (ĐVSN)?", "Đạt tự chủ tài chính?", "Tự chủ (mức tự bảo đảm CTX)"],
  security_level: ["Cấp độ ATTT (phê duyệt)", "Cấp ATHTTT đã duyệt", "ATTT - cấp độ HT báo ĐT"],
  licensed: ["GP tạp chí đã cấp lại?", "Đã có GP hoạt động mới", "GPHĐ tạp chí: cấp lại xong?"],
  remote_population_total: ["Dân số VS-VX-BG toàn tỉnh", "Số dân vùng sâu/xa/BG", "Σ nhân khẩu vùng khó"],
  remote_population_reached: [
    "Dân VS-VX đã tiếp cận",
    "Nhân khẩu đã tiếp cận BC",
    "Đã tiếp cận ≥1 loại hình BC tỉnh",
  ],
};

export const B30_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu, tiếng nói Đảng bộ tỉnh",
    "Bao Lai Chau - co quan Dang bo tinh",
    "Cơ quan Báo Lai Châu (in + điện tử)",
    "Báo LChâu (BLC)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH tỉnh LChâu (Đài tỉnh)",
    "Dai Phat thanh - Truyen hinh tinh LChau",
    "Đài Phát thanh, Truyền hình tỉnh LChâu",
    "Đài PTTH t. LChâu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VNLC thuộc Hội VHNT tỉnh",
    "Tap chi VN cua Hoi VHNT tinh LChau",
    "Tạp chí Văn nghệ tỉnh Lai Châu (bản in)",
    "TC Văn nghệ t. LChâu",
  ],
  "tinh-lai-chau": [
    "Địa bàn tỉnh Lai Châu (toàn tỉnh)",
    "Toan dia ban tinh LChau (tong)",
    "Chung toàn tỉnh Lai Châu",
    "Tỉnh LChâu - số tổng hợp",
  ],
};

/** The file-name slugs of each unit. */
export const B30_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLChau", "bao_lai_chau", "Bao-LC"],
  "dai-ptth-lai-chau": ["DaiPTTH-LChau", "dai_ptth", "Dai-LC"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN-LChau", "tap_chi_vn", "TCVN-LC"],
  "tinh-lai-chau": ["ToanTinh-LChau", "toan_tinh", "Tinh-LC"],
};

/** Units written into labels ("(người)"), by input or by kind of input. */
export const B30_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin, bài, PS)", "- tác phẩm"],
  count: ["(người)", "- người", "(nhân khẩu)"],
  money: ["(triệu đ)", "- tr.đồng", "(đv: triệu)"],
  "yes-no": ["(có/chưa)", "(đã/chưa)"],
  level: ["(cấp)", "(cấp 1-5)"],
};

/** ĐVT column texts. */
export const B30_MEASURES: ByInput = {
  political_articles: ["tác phẩm", "tin/bài/PS"],
  count: ["người", "nhân khẩu", "ng."],
  money: ["tr.đ", "triệu đ", "Tr. đồng"],
  "yes-no": ["có/chưa", "đã/chưa"],
  level: ["cấp", "cấp độ"],
};

export const B30_NOTES: readonly string[] = [
  "Số liệu tạm tính, còn {n} tác phẩm chờ đối chiếu",
  "Tăng khoảng {p}% so với cùng kỳ, theo sổ theo dõi",
  "Đã rà soát với Phòng Tài vụ (năm {y})",
  "Chênh {n} so với số báo cáo 6 tháng do điều chỉnh",
  "So lieu lay tu phan mem ke toan, chot cuoi nam {y}",
];

export const B30_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "cấp độ {n}"];

/** Number formats carrying a unit, by input or kind. */
export const B30_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tác phẩm"', '#,##0" TP"'],
  count: ['#,##0" người"', '#,##0" ng."'],
  money: ['#,##0" tr.đ"', '#,##0" triệu"'],
};

/** Plan or target column heads ({y}: the year). */
export const B30_PLAN_HEADERS: readonly string[] = [
  "Mục tiêu NQ năm {y}",
  "KH giao đầu năm {y}",
  "Kế hoạch đề ra cho {y}",
  "Chỉ tiêu KH được giao {y}",
];

/** Part-of-year heads ({y}: the year). */
export const B30_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế đến 30/9/{y}",
  "Chín tháng đầu năm {y}",
  "Ước 6 tháng năm {y}",
  "Số đến hết quý III/{y}",
];

export const B30_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã đưa vào dùng", "Chưa đưa vào dùng"],
  ["Có (đã vận hành)", "Không (chưa vận hành)"],
  ["Đã thực hiện xong", "Chưa thực hiện xong"],
  ["✓", "✗"],
];

export const B30_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã có giấy phép mới", "Chưa có giấy phép mới"],
  ["Được cấp phép lại", "Chưa được cấp phép lại"],
];

export const B30_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng - tạp chí in",
  "N/A (không có báo điện tử)",
  "Không thuộc đối tượng (bản in)",
];

export const B30_AUTONOMY: readonly [string, string] = ["Đã tự chủ chi thường xuyên", "Chưa tự chủ"];

/** A near-miss row: its texts, the input whose figure it imitates and the factor range of that figure. */
export type B30Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B30_DECOYS = {
  allWorks: {
    texts: ["Tổng tác phẩm đã đăng, phát cả năm (mọi đề tài)", "Toàn bộ tin bài đã xuất bản, kể cả đăng lại"],
    near: "political_articles",
    scale: [1.6, 2.4],
    measure: "tác phẩm",
  },
  coordination: {
    texts: [
      "Trong đó: tác phẩm theo chương trình phối hợp với sở, ngành",
      "Tin bài đặt theo hợp đồng phối hợp tuyên truyền",
    ],
    near: "political_articles",
    scale: [0.2, 0.45],
    measure: "tác phẩm",
  },
  advertising: {
    texts: ["Trong đó: phần thu quảng cáo và tài trợ", "Thu từ quảng cáo - tài trợ (phần)"],
    near: "revenue",
    scale: [0.3, 0.6],
    measure: "tr.đ",
  },
  stateBudget: {
    texts: ["Kinh phí NSNN cấp trong năm", "Ngân sách tỉnh hỗ trợ phối hợp tuyên truyền"],
    near: "revenue",
    scale: [0.12, 0.3],
    measure: "tr.đ",
  },
  auditAdjust: {
    texts: ["KTNN kiến nghị điều chỉnh số thu", "Số thu phải điều chỉnh theo kiểm toán"],
    near: "revenue",
    scale: [0.01, 0.06],
    measure: "tr.đ",
  },
  digitalRevenue: {
    texts: ["Trong đó: doanh thu từ hoạt động số", "Thu từ nền tảng số (một phần)"],
    near: "revenue",
    scale: [0.05, 0.2],
    measure: "tr.đ",
  },
  quota: {
    texts: ["Số người làm việc được giao theo quyết định", "Biên chế, hợp đồng được giao năm"],
    near: "staff_total",
    scale: [1.05, 1.25],
    measure: "người",
  },
  partyMembers: {
    texts: ["Tổng số đảng viên của chi bộ", "Đảng viên chính thức + dự bị"],
    near: "staff_total",
    scale: [0.4, 0.75],
    measure: "đảng viên",
  },
  unionMembers: {
    texts: ["Số đoàn viên CĐCS tại cơ quan", "Đoàn viên CĐ đang sinh hoạt"],
    near: "staff_total",
    scale: [0.82, 0.97],
    measure: "đoàn viên",
  },
  itStaff: {
    texts: ["Cán bộ chuyên trách CNTT của cơ quan", "Nhân sự kỹ thuật CNTT chuyên trách"],
    near: "staff_total",
    scale: [0.06, 0.16],
    measure: "người",
  },
  computers: {
    texts: ["Số máy tính đang sử dụng tại cơ quan", "Máy tính để bàn, xách tay đang dùng"],
    near: "staff_total",
    scale: [0.8, 1.3],
    measure: "chiếc",
  },
  otherTraining: {
    texts: ["Lượt người dự tập huấn nghiệp vụ khác (ngoài CĐS)", "Lượt học lý luận chính trị các cấp"],
    near: "staff_trained",
    scale: [0.3, 0.8],
    measure: "lượt",
  },
} as const satisfies Readonly<Record<string, B30Decoy>>;

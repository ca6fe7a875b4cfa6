/**
 * The blind29 split's own words: how its authors word the plan's inputs, the agencies, short column heads, units,
 * notes, yes/no answers and the near-miss rows its families put beside the inputs. Written without looking at the
 * detector's vocabulary or any other split's lists; the guard test checks in code that none equals a known wording.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B29_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tin, bài, ấn phẩm mới phục vụ nhiệm vụ chính trị của địa phương",
    "Tong so tin bai moi tuyen truyen nhiem vu chinh tri dia phuong",
    "SL tác phẩm mới phục vụ nhiệm vụ chính trị (tin, bài, phóng sự)",
    "Sản phẩm tin bài mới thực hiện nhiệm vụ chính trị, tính theo tác phẩm",
    "Số tin-bài mới về nhiệm vụ chính trị được đăng, phát trong năm",
  ],
  revenue: [
    "Tổng thu sự nghiệp và dịch vụ trong năm của cơ quan",
    "Tong doanh thu cua co quan bao chi ca nam",
    "Tổng số thu của cơ quan (gồm đặt hàng, QC, dịch vụ khác)",
    "DT toàn cơ quan - cộng tất cả các nguồn thu",
    "Tổng doanh thu thuần cả năm, mọi nguồn thu",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan (cả HĐLĐ)",
    "Tong so nguoi lam viec thuc te co mat",
    "Số lượng CB, VC, NLĐ có mặt cuối kỳ báo cáo",
    "Nhân sự toàn cơ quan: lãnh đạo, PV, BTV, KTV, hành chính",
  ],
  staff_trained: [
    "Số người đã qua bồi dưỡng nghiệp vụ chuyển đổi số báo chí",
    "So CB-PV-BTV hoan thanh tap huan CDS nganh bao chi",
    "Nhân sự đã tham gia khóa bồi dưỡng CĐS trong lĩnh vực báo chí",
    "CB, PV, BTV đã học xong lớp chuyển đổi số báo chí",
  ],
  digital_platforms: [
    "Phân phối tin bài lên nền tảng số trong nước và MXH",
    "Co noi dung phat hanh tren cac nen tang so",
    "Đã đưa sản phẩm báo chí lên nền tảng số (app, Zalo OA, YouTube)",
    "Nội dung số được phát hành qua nền tảng số, mạng xã hội",
  ],
  ai_data_platform: [
    "Dùng nền tảng dữ liệu tập trung có tích hợp trí tuệ nhân tạo",
    "Dung chung 1 nen tang du lieu tap trung, co phan tich AI",
    "Ứng dụng AI phân tích dữ liệu độc giả, khán thính giả tập trung",
    "Hệ thống dữ liệu tập trung, phân tích bằng AI (có/chưa)",
  ],
  converged_newsroom: [
    "Tòa soạn đã vận hành theo mô hình hội tụ đa nền tảng",
    "Toa soan van hanh hoi tu (mot dau vao - nhieu kenh ra)",
    "Mô hình tổ chức tòa soạn hội tụ (1 đầu vào, nhiều đầu ra)",
    "Tòa soạn hội tụ - sản xuất tập trung, phân phối đa kênh",
  ],
  autonomous: [
    "Cơ quan tự chủ tài chính (tự bảo đảm chi TX)",
    "Da tu chu tai chinh chua",
    "Thực hiện tự chủ tài chính theo NĐ 60 (tự đảm bảo chi thường xuyên)",
    "Tự chủ về tài chính - mức tự bảo đảm chi TX trở lên",
  ],
  security_level: [
    "Cấp độ ATTT của hệ thống thông tin báo điện tử đã được duyệt",
    "Cap do an toan HTTT bao dien tu, cong TTDT",
    "Hồ sơ cấp độ an toàn HTTT đã phê duyệt (cấp mấy)",
    "Cấp độ bảo đảm an toàn thông tin HTTT xuất bản điện tử",
  ],
  licensed: [
    "Tạp chí in đã hoàn tất thủ tục xin cấp lại giấy phép",
    "Tap chi da duoc cap lai giay phep chua",
    "Kết quả cấp lại giấy phép hoạt động tạp chí in",
    "Giấy phép hoạt động tạp chí: đã cấp lại/chưa",
  ],
  remote_population_total: [
    "Nhân khẩu các thôn bản vùng sâu, xa, biên giới (theo niên giám)",
    "Tong nhan khau dia ban VS-VX-BG toan tinh",
    "Dân số khu vực vùng sâu, vùng xa toàn tỉnh",
    "Số nhân khẩu cư trú tại vùng sâu, xa, biên giới của tỉnh",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, vùng xa đã tiếp cận ít nhất 1 loại hình báo chí tỉnh",
    "So dan vung sau vung xa tiep can bao chi tinh",
    "Người dân vùng sâu, vùng xa được tiếp cận báo, đài của tỉnh",
    "Dân vùng sâu, vùng xa đọc/nghe/xem được ít nhất một loại hình báo chí của tỉnh",
  ],
};

/** Short column and log heads. */
export const B29_SHORT_HEADERS: ByInput = {
  political_articles: ["TB mới NVCT (tác phẩm)", "Tin bài NV chính trị mới", "Số TP mới NVCT/năm"],
  revenue: ["Tổng thu (trđ, mọi nguồn)", "DT tổng các nguồn", "Tổng thu SN+DV+QC (trđ)"],
  staff_total: ["Tổng nhân sự có mặt", "Người làm việc (cả HĐ)", "Tổng số NLV hiện có"],
  staff_trained: ["Đã qua BD CĐS báo chí", "Đã tập huấn CĐS (người)", "Số người đã học lớp CĐS"],
  digital_platforms: ["Đưa lên NT số (C/K)", "Phát hành qua NT số, MXH", "ND số trên NTS trong nước"],
  ai_data_platform: [
    "NT DL tập trung + AI (C/K)",
    "Kho DL tập trung, khai thác AI",
    "AI phân tích DL độc giả",
  ],
  converged_newsroom: ["TS hội tụ đa nền tảng (C/K)", "Mô hình TS hội tụ?", "Vận hành TS hội tụ?"],
  autonomous: ["Đã tự chủ chi TX?", "TC tự bảo đảm chi TX", "Tự chủ chi TX: đã/chưa"],
  security_level: ["Cấp độ HTTT (báo ĐT/cổng)", "ATTT (cấp độ duyệt)", "Cấp ATTT được duyệt HS"],
  licensed: ["Đã cấp lại GP tạp chí?", "Cấp lại GPHĐ của tạp chí in", "Tình trạng GP tạp chí"],
  remote_population_total: ["Nhân khẩu thôn bản VS-VX-BG", "Tổng nhân khẩu VSVX", "Dân vùng sâu xa (người)"],
  remote_population_reached: [
    "Nhân khẩu VSVX tiếp cận BC tỉnh",
    "Khẩu VSVX xem/nghe/đọc ≥ 01 loại hình",
    "Số khẩu VSVX được tiếp cận",
  ],
};

export const B29_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (cơ quan Tỉnh ủy)",
    "BÁO LAI CHÂU - ĐIỆN TỬ & IN",
    "Bao Lai Chau (ban in + dien tu)",
    "Báo Đảng bộ tỉnh Lai Châu (BLC)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT-TH Lai Châu (kênh LTV)",
    "Dai Phat thanh va Truyen hinh tinh LC - LTV",
    "Đài tỉnh (PT&TH) Lai Châu",
    "Đài Phát thanh Truyền hình Lai Châu – LTV",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "TC Văn nghệ LC (Hội VHNT)",
    "Tap chi Van nghe (VHNT tinh LC)",
    "TC Văn nghệ thuộc Hội VHNT tỉnh",
    "Ban biên tập TC Văn nghệ",
  ],
  "tinh-lai-chau": [
    "Lai Châu - số liệu chung toàn tỉnh",
    "Toan tinh Lai Chau - tong hop",
    "Chung toàn địa bàn Lai Châu",
    "Cấp tỉnh (VS-VX-BG)",
  ],
};

/** Units written inside labels, by input or kind. */
export const B29_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin-bài)"],
  money: ["(trđ)", "(tr. đồng)", "(triệu)"],
  count: ["(ng)", "(người)"],
  "yes-no": ["(có/chưa)", "(Đ/C)"],
  level: ["(cấp)", "(cấp độ duyệt)"],
};

/** The ĐVT column. */
export const B29_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "tin-bài"],
  money: ["Trđ", "Triệu đ"],
  count: ["Ng", "Người"],
  "yes-no": ["Có/Chưa", "C/K"],
  level: ["Cấp", "Cấp độ"],
};

/** Number formats that carry a unit ("1.245 tp" shown, 1245 stored). */
export const B29_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tp"', '#,##0" tin-bài"'],
  money: ['#,##0" trđ"'],
  count: ['#,##0" ng"'],
};

export const B29_NOTES = [
  "Số liệu đã đối chiếu sổ kế toán, chênh {n} trđ do làm tròn",
  "Tăng {p}% so với cùng kỳ năm trước",
  "Có {n} tác phẩm dịch sang tiếng Mông, tiếng Dao",
  "Chưa gồm {n} tác phẩm đăng lại từ báo Trung ương",
  "Số liệu chốt ngày 20/11/{y}, phòng TC-HC xác nhận",
  "Dự kiến bổ sung {n} người theo đề án vị trí việc làm",
] as const;

export const B29_LEVEL_TEXTS = ["Cấp {n}", "Mức {n}", "cấp độ {n}"] as const;

export const B29_PLAN_HEADERS = [
  "KH giao năm {y}",
  "Mục tiêu đến {y}",
  "Kế hoạch đã giao {y}",
  "Chỉ tiêu KH {y} (QĐ giao)",
] as const;

export const B29_PARTIAL_HEADERS = [
  "Lũy kế đến 30/9/{y}",
  "Ước 10 tháng {y}",
  "Số liệu hết quý III/{y}",
] as const;

export const B29_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã vận hành", "Chưa vận hành"],
  ["Có", "Không"],
  ["Rồi", "Chưa"],
  ["Đã đưa vào dùng", "Chưa làm"],
];

export const B29_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại phép", "Đang chờ cấp phép"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];

export const B29_NOT_APPLICABLE = [
  "Không áp dụng (tạp chí in)",
  "K/áp dụng",
  "Không thuộc đối tượng áp dụng",
] as const;

export const B29_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

export const B29_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "BLC", "bao_lc"],
  "dai-ptth-lai-chau": ["DaiLTV", "PTTH_LC", "dai_ptth"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN", "TCVNLC", "tapchi"],
  "tinh-lai-chau": ["ToanTinh", "tinh_LC", "TT"],
};

/** A near-miss row: the input it imitates, its figure's factor range of that input, and its ĐVT. */
export type B29Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B29_DECOYS = {
  allWorks: {
    texts: ["Tổng tác phẩm đã đăng/phát thuộc mọi chủ đề", "Tong tac pham xuat ban, phat song ca nam"],
    near: "political_articles",
    scale: [1.35, 1.9],
    measure: "Tác phẩm",
  },
  contractWorks: {
    texts: ["Tin, bài thực hiện theo hợp đồng tuyên truyền", "Tác phẩm đặt hàng theo HĐ với sở, ngành"],
    near: "political_articles",
    scale: [0.2, 0.45],
    measure: "Tác phẩm",
  },
  contractIncome: {
    texts: ["Thu từ hợp đồng tuyên truyền, quảng bá", "Tiền HĐ tuyên truyền đã thanh toán"],
    near: "revenue",
    scale: [0.25, 0.45],
    measure: "Trđ",
  },
  advertising: {
    texts: ["Tiền QC, tài trợ SX chương trình, chuyên mục", "Trong đó: quảng cáo + tài trợ"],
    near: "revenue",
    scale: [0.1, 0.25],
    measure: "Trđ",
  },
  stateBudget: {
    texts: ["NSNN cấp bù chi thường xuyên (không là thu)", "NSNN cấp (không tính vào thu)"],
    near: "revenue",
    scale: [0.45, 0.9],
    measure: "Trđ",
  },
  trainingNeed: {
    texts: ["Nhu cầu bồi dưỡng kỹ năng số năm tới", "Số người đăng ký học CĐS đợt sau"],
    near: "staff_trained",
    scale: [0.2, 0.6],
    measure: "Người",
  },
  otherTraining: {
    texts: ["Đã bồi dưỡng lý luận chính trị, ngoại ngữ", "Được cử học QLNN, LLCT trong năm"],
    near: "staff_trained",
    scale: [0.2, 0.7],
    measure: "Người",
  },
  quota: {
    texts: ["Số người làm việc UBND tỉnh giao theo QĐ", "Chỉ tiêu số lượng người làm việc (QĐ giao)"],
    near: "staff_total",
    scale: [1.05, 1.25],
    measure: "Người",
  },
  cardHolders: {
    texts: ["Số người có thẻ nhà báo còn hạn", "Hội viên chi hội Nhà báo cơ quan"],
    near: "staff_total",
    scale: [0.3, 0.65],
    measure: "Người",
  },
} as const satisfies Readonly<Record<string, B29Decoy>>;

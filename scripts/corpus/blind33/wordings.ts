/**
 * The blind33 split's own words: how its authors name the plan's inputs, the agencies, units, notes, plan and
 * part-of-year headers, yes/no answers and near-miss rows. Written without looking at any matcher's vocabulary or
 * at the other splits' lists; the guard test (tests/corpusBlind33.test.ts) checks in code that none equals a
 * wording the repository already knows.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B33_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tin, bài mới sản xuất phục vụ nhiệm vụ chính trị của địa phương",
    "Số TP báo chí (tin/bài) mới phục vụ nhiệm vụ chính trị tỉnh nhà",
    "Tin bai moi tuyen truyen nhiem vu chinh tri (don vi tu san xuat)",
    "Lượng tin, bài mới về NV chính trị, thông tin thiết yếu do đơn vị thực hiện",
    "Tác phẩm mới đăng, phát phục vụ NVCT địa phương",
  ],
  revenue: [
    "Tổng thu từ hoạt động báo chí, dịch vụ (mọi nguồn)",
    "Tong doanh thu tu hoat dong su nghiep va dich vu cua don vi",
    "Doanh thu toàn đơn vị (gồm QC, đặt hàng, dịch vụ khác)",
    "Cộng nguồn thu trong năm của cơ quan báo chí",
  ],
  staff_total: [
    "Tổng lao động đang làm việc (quản lý, PV, BTV, KTV, HĐLĐ)",
    "Tong so nguoi dang lam viec thuc te tai toa soan",
    "Số người hiện có mặt tại đơn vị (cả biên chế, hợp đồng)",
    "Nhân sự thực có đến thời điểm báo cáo",
  ],
  staff_trained: [
    "Số người đã dự lớp bồi dưỡng kiến thức, kỹ năng CĐS báo chí",
    "So nguoi da duoc boi duong ve chuyen doi so bao chi (luy ke)",
    "Nhân sự đã qua tập huấn nghiệp vụ làm báo số, CĐS",
    "Lãnh đạo, PV, BTV, KTV đã hoàn thành bồi dưỡng về chuyển đổi số",
  ],
  digital_platforms: [
    "Phát hành sản phẩm qua nền tảng số (ưu tiên nền tảng Việt Nam)",
    "Noi dung bao chi da dua len nen tang so cua don vi",
    "Đã có kênh phân phối nội dung trên các nền tảng số",
    "Sản phẩm báo chí hiện diện trên nền tảng số trong nước",
  ],
  ai_data_platform: [
    "Nền tảng dữ liệu dùng chung có phân tích bằng trí tuệ nhân tạo",
    "Ap dung nen tang phan tich du lieu tap trung co AI",
    "Hệ thống phân tích dữ liệu tập trung tích hợp AI (đã đưa vào dùng)",
    "Đã vận hành nền tảng xử lý dữ liệu tập trung, ứng dụng AI",
  ],
  converged_newsroom: [
    "Tòa soạn hội tụ đã đi vào vận hành chính thức",
    "Toa soan hoi tu cua co quan (da van hanh)",
    "Mô hình sản xuất nội dung hội tụ đa nền tảng tại cơ quan",
    "Áp dụng quy trình tòa soạn hội tụ trong sản xuất tin bài",
  ],
  autonomous: [
    "Đơn vị tự bảo đảm chi thường xuyên theo NĐ 60 (đã được giao)",
    "Tu chu tai chinh cua don vi (tu dam bao chi thuong xuyen)",
    "Đã được giao quyền tự chủ về tài chính",
    "Mức tự chủ chi thường xuyên đã được phê duyệt (nhóm)",
  ],
  security_level: [
    "HTTT chính của đơn vị đã được duyệt cấp độ an toàn",
    "Cap do an toan cua he thong thong tin (da phe duyet)",
    "Cấp độ bảo đảm ATTT đã được cấp có thẩm quyền phê duyệt",
    "Mức cấp độ ATTT của báo điện tử, cổng thông tin",
  ],
  licensed: [
    "Tạp chí đã được cấp lại giấy phép hoạt động mới",
    "Tap chi in da co giay phep hoat dong moi (cap lai)",
    "Giấy phép hoạt động tạp chí (cấp lại theo Luật Báo chí)",
    "Hoàn thành cấp lại GP hoạt động báo chí in",
  ],
  remote_population_total: [
    "Tổng dân số sống tại xã vùng sâu, vùng xa, biên giới",
    "Tong nhan khau vung sau, vung xa, bien gioi (toan tinh)",
    "Nhân khẩu tại các địa bàn vùng sâu, vùng xa và biên giới",
    "Số dân các xã khu vực III, xã biên giới",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa tiếp cận được tối thiểu 1 loại hình báo chí tỉnh",
    "So dan vung sau vung xa duoc tiep can bao chi cua tinh nha",
    "Dân vùng sâu, xa, biên giới đã tiếp cận ít nhất một loại hình báo chí",
    "Số người dân vùng khó được đọc, nghe, xem báo chí của tỉnh",
  ],
};

/** Short column and row heads. */
export const B33_SHORT_HEADERS: ByInput = {
  political_articles: ["TP mới phục vụ NVCT (tin+bài)", "TB phục vụ NV chính trị", "Tin-bai NVCT (moi)"],
  revenue: ["Tổng thu (mọi nguồn)", "Thu toàn đơn vị (cả năm, tr.đ)", "Tong thu SN + DV (trieu)"],
  staff_total: ["LĐ thực có mặt (người)", "Tổng LĐ có mặt cuối kỳ", "Nhan su hien co mat"],
  staff_trained: ["Đã qua BD CĐS (người)", "Đã học lớp CĐS báo chí (ng)", "Da tap huan bao so"],
  digital_platforms: ["Đưa lên NT số (đã/chưa)", "Có kênh trên NT số (có/chưa)", "NT so: co kenh phat hanh?"],
  ai_data_platform: ["Nền tảng DL + AI", "Phân tích DL tập trung AI", "AI + kho du lieu tap trung"],
  converged_newsroom: [
    "TS hội tụ (đã chạy)",
    "Tòa soạn hội tụ? (đã chạy/chưa)",
    "TS hoi tu: da/chua van hanh",
  ],
  autonomous: ["Tự chủ chi TX (NĐ60)", "Đã giao tự chủ", "Tu chu tai chinh (nhom)"],
  security_level: ["Cấp độ ATTT (QĐ phê duyệt)", "ATTT - cấp đã duyệt", "Cap do HTTT (da duyet HS)"],
  licensed: ["GP tạp chí (cấp lại?)", "Đã có GP mới (tạp chí)", "Cap lai GP - tap chi in"],
  remote_population_total: [
    "Dân số VSVX + biên giới",
    "Tổng dân vùng sâu, xa (ng)",
    "Dan so xa kho khan, bien gioi",
  ],
  remote_population_reached: [
    "Dân VSVX đã tiếp cận BC tỉnh (ng)",
    "Đã tiếp cận báo chí tỉnh",
    "Tiep can >=1 loai hinh",
  ],
};

export const B33_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (ấn phẩm in + báo điện tử)",
    "Bao LChau (ngon luan cua Dang bo tinh)",
    "BLC - Báo Đảng bộ tỉnh",
    "Báo LC - tòa soạn in/điện tử",
  ],
  "dai-ptth-lai-chau": [
    "Đài PTTH Lai Châu (kênh LTV)",
    "Dai PT-TH tinh (kenh LTV)",
    "Đài tỉnh Lai Châu (PT & TH, kênh LTV)",
    "Đài Phát thanh-Truyền hình t. Lai Châu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VHNT LChâu (Hội Văn học NT)",
    "Tap chi Van nghe LChau (ban in)",
    "TC Văn nghệ (thuộc Hội VHNT)",
    "Tạp chí Văn nghệ t. Lai Châu",
  ],
  "tinh-lai-chau": [
    "Tỉnh LC (toàn địa bàn, 8 huyện/TP)",
    "Toan dia ban tinh (8 huyen, TP)",
    "Địa bàn toàn tỉnh (tỉnh LChâu)",
    "Cả tỉnh Lai Châu (tổng hợp chung)",
  ],
};

/** Units written inside a label. */
export const B33_LABEL_UNITS: ByInput = {
  political_articles: ["(tin/bài/TP)", "(tác phẩm)", "(TP)"],
  remote_population_total: ["(người)", "(nhân khẩu)"],
  remote_population_reached: ["(người)", "(lượt người dân)"],
  count: ["(ng.)", "(người LĐ)", "(ng)"],
  money: ["(triệu)", "(tr. đồng)", "(Tr)"],
  "yes-no": ["(có/chưa)", "(đã/chưa)"],
  level: ["(cấp)", "(cấp độ 1-5)"],
};

/** The ĐVT column. */
export const B33_MEASURES: ByInput = {
  political_articles: ["TP", "Tác phẩm", "tin/bài/TP"],
  remote_population_total: ["Người", "nhân khẩu"],
  remote_population_reached: ["Người", "người dân"],
  count: ["Ng.", "người LĐ", "Ng"],
  money: ["Triệu", "tr. đồng", "Tr"],
  "yes-no": ["Có/chưa", "đã/chưa"],
  level: ["Cấp", "cấp độ"],
};

/** Number formats carrying the unit ("1.245 TP" shown, 1245 stored). */
export const B33_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" TP"', '#,##0" tác phẩm"'],
  count: ['#,##0" ng."'],
  money: ['#,##0" triệu"', '#,##0" tr.đ"'],
};

export const B33_NOTES: readonly string[] = [
  "Đã đối chiếu với sổ theo dõi, tăng {p}% so cùng kỳ",
  "Số liệu chốt ngày 20/11/{y}, chưa gồm tháng 12",
  "Có {n} sản phẩm phát lại, không tính",
  "Đơn vị bổ sung số liệu bằng điện thoại ngày 18/11",
  "Chênh lệch {n} do cách tính khác năm trước",
];

export const B33_LEVEL_TEXTS: readonly string[] = ["Cấp độ {n}", "cấp {n}", "Mức {n}"];

/** Headers over targets (the traps). Every one reads as a plan header. */
export const B33_PLAN_HEADERS: readonly string[] = [
  "KH đầu năm {y}",
  "Mục tiêu phấn đấu {y}",
  "Chỉ tiêu theo KH số 3414 ({y})",
  "Ke hoach duoc giao {y}",
];

/** Headers over part-of-year figures. */
export const B33_PARTIAL_HEADERS: readonly string[] = [
  "TH 9 tháng/{y}",
  "Lũy kế đến 30/9/{y}",
  "Thực hiện 10 tháng năm {y}",
];

export const B33_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Đã hoàn thành", "Chưa hoàn thành"],
  ["Có (x)", "Không (-)"],
  ["✔", "✘"],
  ["Đang vận hành", "Chưa triển khai"],
];
export const B33_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp phép lại (GP mới)", "Chưa cấp phép (đang làm hồ sơ)"],
  ["Đã cấp phép lại", "Chưa được cấp phép"],
];
export const B33_NOT_APPLICABLE: readonly string[] = ["Không thuộc đối tượng", "N/A", "KAD"];
export const B33_AUTONOMY: readonly [string, string] = ["Có (tự chủ nhóm 2)", "Chưa (nhóm 4)"];

export const B33_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BLChau", "bao_LC", "BaoLaiChau-2025"],
  "dai-ptth-lai-chau": ["DaiLC", "dai_ptth_LC", "PTTH-LaiChau"],
  "tap-chi-van-nghe-lai-chau": ["TCVNghe", "tapchi_VN_LC", "VanNghe-LC"],
  "tinh-lai-chau": ["ToanTinhLC", "tinh_LC", "LC-toan-tinh"],
};

/** A near-miss row: the input it imitates, the factor range of its figure, its ĐVT. */
export type B33Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B33_DECOYS = {
  /** All articles of every genre: more than the political-task ones. */
  allOutput: {
    texts: ["Tổng số TP đã đăng, phát mọi thể loại", "Tong tin bai, anh, video da xuat ban (moi the loai)"],
    near: "political_articles",
    scale: [1.4, 2.2],
    measure: "TP",
  },
  /** Articles about digital transformation itself. */
  dxArticles: {
    texts: ["Tin, bài tuyên truyền về chuyển đổi số, Ngày CĐS 10/10", "TB tuyen truyen CDS quoc gia"],
    near: "political_articles",
    scale: [0.06, 0.18],
    measure: "TP",
  },
  /** Articles drawn from press releases and press conferences. */
  fromReleases: {
    texts: ["Tin bài khai thác từ thông cáo, họp báo của tỉnh", "TB tu nguon thong cao bao chi"],
    near: "political_articles",
    scale: [0.08, 0.2],
    measure: "TP",
  },
  /** Articles reflecting citizens' complaints. */
  complaints: {
    texts: ["Tin bài phản ánh, kiến nghị của bạn đọc đã chuyển cơ quan chức năng", "TB phan anh - kien nghi"],
    near: "political_articles",
    scale: [0.04, 0.12],
    measure: "TP",
  },
  /** Advertising revenue only. */
  adRevenue: {
    texts: ["Riêng phần thu quảng cáo, tài trợ chương trình", "Thu QC, tai tro (rieng)"],
    near: "revenue",
    scale: [0.2, 0.45],
    measure: "Triệu",
  },
  /** State-ordered funds. */
  orderFunds: {
    texts: ["Kinh phí NSNN đặt hàng, giao nhiệm vụ trong năm", "Kinh phi dat hang (ngan sach tinh cap)"],
    near: "revenue",
    scale: [0.3, 0.6],
    measure: "Triệu",
  },
  /** Revenue from digital platforms only. */
  digitalRevenue: {
    texts: ["Doanh thu từ nền tảng số (YouTube, Zalo OA…)", "Thu tu nen tang so (rieng)"],
    near: "revenue",
    scale: [0.03, 0.12],
    measure: "Triệu",
  },
  /** The headcount the agency is allotted, not the one it has. */
  quota: {
    texts: ["Số người làm việc được giao theo đề án VTVL đã duyệt", "So nguoi lam viec duoc giao (chi tieu)"],
    near: "staff_total",
    scale: [1.06, 1.3],
    measure: "Ng.",
  },
  /** Staff with a university degree. */
  degree: {
    texts: ["Số người có trình độ đại học trở lên", "Trinh do DH tro len"],
    near: "staff_total",
    scale: [0.55, 0.85],
    measure: "Ng.",
  },
  /** Online course sittings (lượt), not people. */
  moocs: {
    texts: ["Lượt học trên nền tảng học trực tuyến mở (MOOCs)", "Luot tham gia khoa hoc truc tuyen"],
    near: "staff_trained",
    scale: [1.4, 2.6],
    measure: "Lượt",
  },
  /** Households with a TV set in remote communes. */
  tvHouseholds: {
    texts: ["Số hộ vùng sâu, xa có thiết bị thu xem truyền hình", "Ho co dau thu, may thu hinh (vung kho)"],
    near: "remote_population_total",
    scale: [0.18, 0.3],
    measure: "Hộ",
  },
} as const satisfies Readonly<Record<string, B33Decoy>>;

/**
 * The blind34 split's own words: how its authors name each input, agency and near-miss row, the units and
 * measures they write, their notes, level texts, yes/no words and plan or part-of-year headers. Written without
 * looking at the detector's vocabulary or any other split's lists; the guard test (tests/corpusBlind34.test.ts)
 * checks that none equals a wording the repository already knows.
 */
import type { ValueStyle } from "../context";
import type { NearDecoy } from "../listContext";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B34_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tác phẩm, tin bài phục vụ nhiệm vụ chính trị địa phương đã đăng, phát",
    "Tin bai phuc vu nhiem vu chinh tri (da xuat ban, phat song)",
    "SL tin, bài tuyên truyền NV chính trị - thời sự của tỉnh",
    "Tổng tin/bài đăng phát phục vụ NVCT của Đảng, Nhà nước và tỉnh",
    "Tác phẩm báo chí phục vụ nhiệm vụ chính trị (tin, bài, phóng sự, ký sự)",
  ],
  revenue: [
    "Tổng thu từ hoạt động sự nghiệp và dịch vụ của đơn vị",
    "Doanh thu toàn đơn vị (gồm QC, dịch vụ, đặt hàng)",
    "Tong thu ca nam cua co quan bao chi (moi nguon)",
    "Tổng số thu phát sinh trong năm (sự nghiệp + dịch vụ)",
  ],
  staff_total: [
    "Tổng người làm việc tại cơ quan, tính cả biên chế và HĐLĐ",
    "Tong so vien chuc, nguoi lao dong hien co",
    "Tổng nhân sự: lãnh đạo, PV, BTV, KTV, hành chính",
    "Số lượng người làm việc thực có đến 31/12",
  ],
  staff_trained: [
    "Số người đã dự bồi dưỡng kiến thức, kỹ năng CĐS báo chí (lũy kế)",
    "Nhan su da qua tap huan chuyen doi so bao chi",
    "Trong số đó: đã qua lớp bồi dưỡng CĐS lĩnh vực báo chí",
    "Số LĐ, PV, BTV hoàn thành tập huấn về CĐS báo chí",
  ],
  digital_platforms: [
    "Phân phối nội dung lên các nền tảng số (Zalo OA, YouTube, TikTok…)",
    "Dua noi dung bao chi cua don vi len cac nen tang so",
    "Nội dung được phát hành trên nền tảng số, ưu tiên nền tảng Việt",
    "Có kênh phân phối nội dung báo chí trên nền tảng số",
  ],
  ai_data_platform: [
    "Nền tảng tổng hợp, phân tích dữ liệu tập trung có tích hợp trí tuệ nhân tạo",
    "Da co nen tang du lieu tap trung tich hop AI",
    "Sử dụng nền tảng dữ liệu dùng chung có AI để phân tích, xử lý",
    "Ứng dụng AI trên nền tảng phân tích dữ liệu tập trung của cơ quan",
  ],
  converged_newsroom: [
    "Tổ chức hoạt động theo mô hình tòa soạn hội tụ đa nền tảng",
    "Toa soan hoi tu (da di vao van hanh)",
    "Vận hành tòa soạn hội tụ: sản xuất một lần, phát hành nhiều kênh",
    "Mô hình TSHT (tòa soạn hội tụ) đã đưa vào hoạt động",
  ],
  autonomous: [
    "Đơn vị sự nghiệp tự bảo đảm chi thường xuyên (tự chủ tài chính)",
    "Tu chu tai chinh - tu dam bao chi TX (co/chua)",
    "Mức tự chủ tài chính: tự bảo đảm toàn bộ chi thường xuyên",
    "Cơ quan tự chủ về tài chính theo NĐ 60 (nhóm 2 trở lên)",
  ],
  security_level: [
    "Cấp độ an toàn HTTT của báo/trang điện tử (đã phê duyệt HSĐX)",
    "Cap do ATTT cua HTTT theo ho so da phe duyet",
    "Hệ thống thông tin được phê duyệt cấp độ an toàn (theo NĐ 85)",
    "Cấp độ bảo đảm ATTT do cấp có thẩm quyền phê duyệt",
  ],
  licensed: [
    "Tạp chí đã nhận lại giấy phép hoạt động báo chí in",
    "Tap chi da nhan giay phep hoat dong moi (cap lai)",
    "Hoàn tất cấp lại GPHĐ báo chí (tạp chí in)",
    "Giấy phép hoạt động của tạp chí đã cấp lại",
  ],
  remote_population_total: [
    "Tổng dân số khu vực vùng sâu, vùng xa, biên giới của tỉnh",
    "Dan so vung sau vung xa bien gioi (nguoi)",
    "Số dân thuộc các xã vùng sâu, vùng xa, biên giới",
    "Tổng số nhân khẩu vùng sâu, vùng xa, vùng biên",
  ],
  remote_population_reached: [
    "Số người dân VSVX, biên giới tiếp cận ít nhất 01 loại hình báo chí của tỉnh",
    "Dan VSVX duoc tiep can bao chi cua tinh",
    "Người dân vùng sâu, xa, biên giới tiếp cận được ít nhất một loại hình báo chí tỉnh",
    "Trong số đó: người tiếp cận được báo chí của tỉnh",
  ],
};

/** Short column heads for the same inputs (at least three each). */
export const B34_SHORT_HEADERS: ByInput = {
  political_articles: ["Tin bài NVCT (đã đăng phát)", "TP phục vụ NV chính trị", "Tin-bài chính trị tỉnh"],
  revenue: ["Thu SN + DV (cộng cả năm, trđ)", "Doanh thu cả đơn vị (trđ)", "Tổng số thu phát sinh/năm (trđ)"],
  staff_total: ["Tổng nhân sự thực có", "Số người LV hiện có", "Tổng VC-NLĐ"],
  staff_trained: ["Người đã bồi dưỡng CĐS", "Qua tập huấn CĐS báo chí", "SL đã học CĐS"],
  digital_platforms: [
    "Đưa ND lên nền tảng số (Zalo/YouTube)",
    "Có kênh riêng trên nền tảng số?",
    "Phát hành lên NTS (có/chưa)",
  ],
  ai_data_platform: [
    "NTDL tập trung có AI",
    "Phân tích dữ liệu có AI",
    "Kho dữ liệu tập trung + AI (đã/chưa)",
  ],
  converged_newsroom: ["TS hội tụ (đã chạy thật)", "Tòa soạn hội tụ (vận hành)", "Mô hình hội tụ (TSHT)"],
  autonomous: ["Tự bảo đảm chi TX (ĐVSN)", "ĐVSN tự chủ chi TX (nhóm)", "ĐVSN tự chủ"],
  security_level: ["Cấp độ ATTT (QĐ phê duyệt HSĐX)", "Cấp độ HTTT theo QĐ duyệt", "Mức ATTT đã phê duyệt"],
  licensed: ["Tình trạng cấp lại GPHĐ TC", "GPHĐ đã cấp lại", "GP mới của tạp chí (đã/chưa)"],
  remote_population_total: ["Dân số VSVX & BG", "Tổng dân cư VSVX-BG", "Nhân khẩu VSVX, biên giới"],
  remote_population_reached: [
    "Số dân VSVX đã xem/nghe/đọc BC tỉnh",
    "Đã tiếp cận báo chí tỉnh",
    "SL người tiếp cận BC",
  ],
};

export const B34_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu – Ban biên tập trực thuộc Tỉnh ủy",
    "BAO LAI CHAU - ban in & ban dien tu",
    "Báo LChâu (bản in, điện tử)",
    "Tòa soạn Báo Lai Châu - Tỉnh ủy",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh – Truyền hình LC",
    "Dai PT va TH tinh Lai Chau (LTV)",
    "Đài PT-TH tỉnh LChâu",
    "Đài PT&TH tỉnh - Lai Châu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VHNT tỉnh LChâu",
    "TapChi Van nghe LChau",
    "TC Văn nghệ Lai Châu - Hội Văn học NT",
    "Tạp chí Văn nghệ (cơ quan của Hội VHNT tỉnh LC)",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh (cộng các xã VSVX-BG)",
    "Tinh Lai Chau - tong cong",
    "Cộng chung toàn tỉnh Lai Châu",
    "Tổng hợp chung cả tỉnh LC",
  ],
};

/** A near-miss row: the input it imitates, its figure's factor range, its measure and how it is worded. */
export type B34Decoy = NearDecoy & { measure: string; texts: readonly string[] };

export const B34_DECOYS = {
  allPosts: {
    near: "political_articles",
    scale: [1.6, 2.6],
    measure: "Tin, bài, video",
    texts: [
      "Tổng số tin, bài, video đã đăng tải (mọi chủ đề)",
      "Tong tin bai da dang tai tren trang",
      "Tất cả tin bài xuất bản trên trang điện tử",
    ],
  },
  provided: {
    near: "political_articles",
    scale: [0.15, 0.45],
    measure: "Tin, bài",
    texts: ["Tin, bài cung cấp cho cơ quan báo chí khác", "Tin bai chia se cho don vi ban"],
  },
  received: {
    near: "political_articles",
    scale: [0.2, 0.5],
    measure: "Tin, bài",
    texts: ["Tin, bài khai thác từ đơn vị bạn", "Tin bài tiếp nhận theo quy chế phối hợp"],
  },
  relayed: {
    near: "political_articles",
    scale: [0.3, 0.7],
    measure: "Tin, bài",
    texts: ["Tin bài tiếp sóng trên loa truyền thanh cơ sở", "Trong đó: phát lại qua cụm loa IP"],
  },
  visits: {
    near: "political_articles",
    scale: [60, 140],
    measure: "Lượt",
    texts: ["Lượt truy cập trang/cổng trong năm", "Luot xem, luot nghe tren cong dien tu"],
  },
  onlineAds: {
    near: "revenue",
    scale: [0.1, 0.35],
    measure: "Triệu đồng",
    texts: ["Trong đó: thu quảng cáo trên báo điện tử", "Doanh thu QC trực tuyến"],
  },
  adInvoices: {
    near: "revenue",
    scale: [0.3, 0.6],
    measure: "Triệu đồng",
    texts: ["Trong đó: hóa đơn quảng cáo, tài trợ", "Trong do: HD quang cao - tai tro"],
  },
  evaluated: {
    near: "staff_total",
    scale: [0.85, 0.97],
    measure: "Người",
    texts: ["Số người được đánh giá, xếp loại", "SL VC-NLĐ được xếp loại"],
  },
  excellent: {
    near: "staff_total",
    scale: [0.1, 0.25],
    measure: "Người",
    texts: ["Số người HT xuất sắc nhiệm vụ", "HTXSNV (người)"],
  },
  operators: {
    near: "staff_total",
    scale: [0.1, 0.3],
    measure: "Người",
    texts: ["Số người trực tiếp vận hành trang điện tử", "Nhân sự quản trị, cập nhật trang"],
  },
  aiAssisted: {
    near: "political_articles",
    scale: [0.08, 0.3],
    measure: "Tin, bài",
    texts: ["Tin bài có sử dụng công cụ AI hỗ trợ", "So tin bai dung AI (bien dich, doc thu)"],
  },
  aiTrial: {
    near: "staff_trained",
    scale: [0.2, 0.6],
    measure: "Người",
    texts: ["Số người đã dùng thử công cụ AI tạo sinh", "Nhan su su dung tro ly AI"],
  },
  clusters: {
    near: "remote_population_total",
    scale: [0.004, 0.01],
    measure: "Cụm",
    texts: ["Số cụm loa truyền thanh ứng dụng CNTT-VT", "Cụm loa IP đang hoạt động"],
  },
  districtPeople: {
    near: "remote_population_total",
    scale: [3.2, 4.2],
    measure: "Người",
    texts: ["Dân số toàn huyện, thành phố", "Tổng dân số toàn địa bàn huyện"],
  },
} satisfies Record<string, B34Decoy>;

/** Units written inside labels, by input or kind. */
export const B34_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin-bài)"],
  count: ["(ng)", "(người LĐ)"],
  money: ["(trđ)", "(triệu VNĐ)"],
  "yes-no": ["(đã/chưa)", "(x nếu có)"],
  level: ["(cấp)", "(mức)"],
};

/** The ĐVT column, by input or kind. */
export const B34_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "tin-bài"],
  count: ["Ng", "người LĐ"],
  money: ["trđ", "Triệu VNĐ"],
  "yes-no": ["Đã/Chưa", "có/chưa"],
  level: ["Cấp", "mức"],
};

export const B34_NOTES = [
  "Số liệu chốt đến ngày 15/11/{y}, ước đến hết năm",
  "Đơn vị tự tổng hợp, chưa kiểm tra chéo",
  "Chênh lệch do điều chỉnh {n} tin bài trùng",
  "Theo báo cáo nhanh của đơn vị, tăng {p}%",
  "Bao gom ca tin bai tieng dan toc ({n})",
] as const;

export const B34_LEVEL_TEXTS = ["Cấp {n}", "Mức {n}", "cấp độ {n}", "Level {n}"] as const;

export const B34_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin-bài"', '#,##0" TP"'],
  count: ['#,##0" người"', '#,##0" ng"'],
  money: ['#,##0" trđ"', '#,##0" tr.VNĐ"'],
};

export const B34_PLAN_HEADERS = [
  "KH được giao {y}",
  "Mục tiêu phấn đấu {y}",
  "Ke hoach nam {y} (dieu chinh)",
];
export const B34_PARTIAL_HEADERS = ["Lũy kế 10 tháng/{y}", "Uoc 9 thang {y}", "Quý I-III/{y}"];

export const B34_YES_NO: ReadonlyArray<ValueStyle["yesNo"]> = [
  ["Đã có", "Chưa có"],
  ["✔", "✘"],
  ["Đã triển khai", "Chưa"],
  ["Rồi", "Chưa"],
  ["Đã vận hành", "Chưa có"],
];
export const B34_LICENSE: ReadonlyArray<ValueStyle["license"]> = [
  ["Đã được cấp phép lại", "Chưa được cấp phép"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];
export const B34_NOT_APPLICABLE: ReadonlyArray<ValueStyle["notApplicable"]> = [
  "Không áp dụng",
  "K/áp dụng",
  "N/A",
];
export const B34_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** File-name slugs of each unit. */
export const B34_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BLChau", "Bao_LC_2025"],
  "dai-ptth-lai-chau": ["DaiTinh_PTTH", "PTTH-LChau"],
  "tap-chi-van-nghe-lai-chau": ["TCVNghe", "TapChi_VHNT"],
  "tinh-lai-chau": ["ToanTinh_VSVX", "TongTinh"],
};

/**
 * The blind27 split's own words: input wordings, short headers, agency names, near-miss rows, units, notes and
 * answer words. Written without looking at any other list; the guard test (tests/corpusBlind27.test.ts) checks in
 * code that none equals a wording the repository already knows.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B27_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tác phẩm phục vụ nhiệm vụ chính trị của tỉnh đã đăng, phát",
    "Tin, bài phản ánh nhiệm vụ chính trị địa phương (tổng số đã xuất bản)",
    "So tin bai tuyen truyen nhiem vu chinh tri tinh giao",
    "SL tác phẩm NVCT đã đăng/phát trong kỳ",
    "Tác phẩm báo chí về nhiệm vụ chính trị được xuất bản mới",
  ],
  revenue: [
    "Tổng nguồn thu của cơ quan trong năm",
    "Tổng thu sự nghiệp và dịch vụ của toàn đơn vị",
    "Tong so thu trong nam cua co quan bao chi",
    "Doanh thu toàn đơn vị (cộng mọi nguồn)",
    "Nguồn thu hợp pháp của cơ quan báo chí – cộng cả năm",
  ],
  staff_total: [
    "Tổng số người đang làm việc tại cơ quan (biên chế + hợp đồng)",
    "Nhân lực hiện có của toàn cơ quan báo chí",
    "Tong so can bo, phong vien, bien tap vien va nguoi lao dong hien co",
    "Số người làm việc thực tế có mặt đến cuối năm",
  ],
  staff_trained: [
    "Số người được bồi dưỡng kiến thức, kỹ năng CĐS trong báo chí (lũy kế)",
    "Nhân lực đã qua lớp tập huấn CĐS báo chí",
    "So nguoi da duoc dao tao ve chuyen doi so trong bao chi",
    "Lãnh đạo, PV, BTV, NLĐ đã học xong lớp CĐS",
  ],
  digital_platforms: [
    "Nội dung được đưa lên nền tảng số, ưu tiên nền tảng Việt",
    "Có phân phối nội dung báo chí trên nền tảng số hay không",
    "Co dua noi dung bao chi len cac nen tang so khong",
    "Xuất bản nội dung qua mạng xã hội, ứng dụng số của cơ quan",
  ],
  ai_data_platform: [
    "Ứng dụng nền tảng dữ liệu tập trung tích hợp trí tuệ nhân tạo",
    "Nền tảng phân tích dữ liệu tập trung có dùng AI (đã đưa vào dùng)",
    "Nen tang du lieu dung chung co AI phan tich",
    "Hệ thống AI phân tích dữ liệu độc giả, khán thính giả tập trung",
  ],
  converged_newsroom: [
    "Mô hình tòa soạn hội tụ – đa phương tiện đang vận hành",
    "Tổ chức sản xuất theo mô hình toà soạn hội tụ (đã vận hành)",
    "Toa soan hoi tu da phuong tien dang hoat dong",
    "Mô hình tòa soạn tích hợp (hội tụ) đã hình thành chưa",
  ],
  autonomous: [
    "Tự bảo đảm chi thường xuyên (tự chủ tài chính của đơn vị)",
    "Đơn vị tự chủ về tài chính theo NĐ 60/2021/NĐ-CP",
    "Tu chu tai chinh - tu dam bao chi thuong xuyen cua co quan",
    "Mức độ tự chủ: tự lo toàn bộ chi thường xuyên",
  ],
  security_level: [
    "Cấp độ an toàn của hệ thống thông tin báo điện tử đã được phê duyệt",
    "Cấp độ bảo đảm ATTT của hệ thống xuất bản điện tử",
    "Cap do an toan he thong thong tin cua co quan bao chi dien tu",
    "HTTT báo chí điện tử – cấp độ ATTT được duyệt hồ sơ",
  ],
  licensed: [
    "Giấy phép hoạt động tạp chí đã được cấp mới, cấp lại",
    "Tình trạng giấy phép xuất bản của tạp chí",
    "Tap chi van nghe duoc cap lai giay phep (dot 2024-2025)",
    "Cấp lại GP hoạt động báo chí in cho tạp chí văn nghệ",
  ],
  remote_population_total: [
    "Dân số ở các xã vùng sâu, vùng xa, biên giới – cả tỉnh",
    "Tổng số người dân sinh sống tại vùng khó khăn, biên giới",
    "Dan so cac xa vung sau vung xa bien gioi toan tinh",
    "Số nhân khẩu khu vực đặc biệt khó khăn – toàn tỉnh",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, xa, biên giới tiếp cận được tối thiểu một loại hình báo chí tỉnh",
    "Người dân vùng khó khăn tiếp cận được báo chí địa phương",
    "So nguoi dan VSVX tiep can duoc bao chi tinh nha",
    "Nhân khẩu VSVX đã tiếp cận từ 1 loại hình báo chí trở lên",
  ],
};

export const B27_SHORT_HEADERS: ByInput = {
  political_articles: [
    "Tác phẩm NVCT (đã đăng)",
    "Tin bài NV chính trị đã phát",
    "SL tin-bài chính trị của tỉnh",
  ],
  revenue: ["Tổng thu cả năm của cơ quan", "Thu toàn cơ quan, tr.đ/năm", "Cộng nguồn thu trong năm"],
  staff_total: ["Người hiện có mặt", "Tổng nhân lực hiện có (người)", "Số có mặt cuối kỳ báo cáo"],
  staff_trained: ["Số đã học CĐS báo chí", "Qua tập huấn số hóa (người)", "Người được học CĐS"],
  digital_platforms: ["Đưa tin bài lên nền tảng số?", "Phân phối đa nền tảng số", "Lên nền tảng số: có/chưa"],
  ai_data_platform: ["Dữ liệu tập trung có AI?", "Phân tích DL nhờ AI", "Nền tảng DL/AI tập trung"],
  converged_newsroom: ["Tòa soạn hội tụ (mô hình)", "TS hội tụ đa PT", "Hội tụ đa phương tiện?"],
  autonomous: ["Tự chủ TC của đơn vị", "Tự đảm bảo chi TX?", "Tự chủ chi TX: có/chưa"],
  security_level: ["Cấp ATTT phê duyệt cho HTTT", "Cấp độ HTTT báo điện tử", "Cấp ATTT đã được duyệt"],
  licensed: ["GP tạp chí (tình trạng)", "GP xuất bản của tạp chí (hiện trạng)", "Tạp chí có GP mới chưa?"],
  remote_population_total: [
    "Dân số các xã khó khăn (người)",
    "Nhân khẩu VSVX (người)",
    "Tổng dân vùng BG, VSVX",
  ],
  remote_population_reached: [
    "Số dân có tiếp cận báo chí tỉnh",
    "Nhân khẩu tiếp cận BC",
    "Đã tiếp cận BC (người)",
  ],
};

export const B27_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu (bản in và điện tử)",
    "Bao Lai Chau - ngon luan cua Dang bo tinh",
    "BÁO LAI CHÂU / Đảng bộ tỉnh",
    "Báo LC – tòa soạn báo Đảng",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH trực thuộc UBND tỉnh LC",
    "Dai Phat thanh - Truyen hinh LC (dai tinh)",
    "ĐÀI PHÁT THANH, TRUYỀN HÌNH TỈNH LAI CHÂU",
    "Đài PTTH Lai Châu – đài tỉnh",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VNLC – cơ quan của Hội VHNT",
    "Tap chi Van nghe tinh LC (Hoi VHNT)",
    "TẠP CHÍ VĂN NGHỆ – HỘI VHNT LAI CHÂU",
    "Tạp chí Văn nghệ (ấn phẩm in) Lai Châu",
  ],
  "tinh-lai-chau": [
    "Cả tỉnh Lai Châu (các xã VSVX)",
    "Tinh Lai Chau (toan tinh, VSVX)",
    "CỘNG TOÀN TỈNH LAI CHÂU",
    "Địa phương: tỉnh Lai Châu",
  ],
};

/** A near-miss row: its texts, the input it imitates, its figure's factor range and its ĐVT. */
export type B27Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B27_DECOYS = {
  allWorks: {
    texts: [
      "Tổng số tác phẩm đăng, phát trong năm (mọi đề tài)",
      "Toan bo tin bai xuat ban trong nam (moi chuyen muc)",
    ],
    near: "political_articles",
    scale: [1.6, 2.4],
    measure: "tác phẩm",
  },
  ethnicWorks: {
    texts: [
      "Trong đó: tác phẩm bằng tiếng dân tộc thiểu số",
      "Tin bai bang tieng Mong, tieng Thai, tieng Dao",
    ],
    near: "political_articles",
    scale: [0.12, 0.3],
    measure: "tác phẩm",
  },
  adRevenue: {
    texts: ["Thu từ quảng cáo, tài trợ, liên kết", "Doanh thu quang cao, thong tin thuong mai"],
    near: "revenue",
    scale: [0.3, 0.6],
    measure: "tr.đ",
  },
  budgetGrant: {
    texts: ["Kinh phí NSNN cấp chi thường xuyên, đặt hàng", "Ngan sach tinh cap (dat hang, giao nhiem vu)"],
    near: "revenue",
    scale: [0.55, 1.35],
    measure: "tr.đ",
  },
  staffQuota: {
    texts: ["Số lượng người làm việc được giao (chỉ tiêu biên chế)", "So nguoi lam viec duoc UBND tinh giao"],
    near: "staff_total",
    scale: [1.06, 1.3],
    measure: "người",
  },
  cardApplicants: {
    texts: ["Số người đề nghị cấp, đổi thẻ nhà báo kỳ này", "So the nha bao de nghi cap doi dot nay"],
    near: "staff_total",
    scale: [0.35, 0.7],
    measure: "người",
  },
  households: {
    texts: ["Số hộ gia đình vùng đặc biệt khó khăn", "So ho dan cac ban vung sau, vung xa"],
    near: "remote_population_total",
    scale: [0.18, 0.26],
    measure: "hộ",
  },
  airtime: {
    texts: [
      "Thời lượng phát sóng, xuất bản tự sản xuất (giờ)",
      "Thoi luong chuong trinh tu san xuat (gio/nam)",
    ],
    near: "political_articles",
    scale: [0.5, 0.9],
    measure: "giờ",
  },
} as const satisfies Readonly<Record<string, B27Decoy>>;

export const B27_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "- tin, bài đăng phát"],
  count: ["(người, có mặt)", "- đơn vị tính: người"],
  money: ["(tr.đồng VN)", "- ĐVT: triệu VNĐ"],
  "yes-no": ["(có/chưa)"],
  level: ["(cấp độ I–V)"],
};

export const B27_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "Tin-bài"],
  count: ["Người", "người/lượt"],
  money: ["Tr.đ", "Triệu VNĐ"],
  "yes-no": ["Có/Chưa"],
  level: ["Cấp độ"],
};

export const B27_NOTES: readonly string[] = [
  "Số liệu chốt đến 15/11/{y}, tăng {p}% so cùng kỳ",
  "Ước tính đến hết năm {y} theo báo cáo nhanh",
  "Có {n} tác phẩm đạt giải báo chí cấp tỉnh",
  "Đơn vị tự rà soát, đối chiếu sổ sách năm {y}",
];

export const B27_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "CẤP ĐỘ {n}"];

export const B27_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tác phẩm"'],
  count: ['#,##0" người"'],
  money: ['#,##0" tr.đ"'],
};

export const B27_PLAN_HEADERS: readonly string[] = [
  "KH giao năm {y}",
  "Mục tiêu năm {y} (KH)",
  "Chỉ tiêu kế hoạch {y}",
  "Muc tieu phan dau {y}",
];

export const B27_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế đến 30/9/{y}",
  "Sơ bộ 6 tháng năm {y}",
  "10 tháng đầu năm {y}",
];

export const B27_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Rồi", "Chưa"],
  ["Có", "Ko"],
  ["v", "k"],
  ["Đã vận hành", "Chưa vận hành"],
];

export const B27_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Đang chờ cấp lại"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];

export const B27_NOT_APPLICABLE: readonly string[] = ["Không áp dụng (tạp chí in)", "K/áp dụng", "N/A"];

export const B27_AUTONOMY: readonly [string, string] = ["Đã tự chủ chi thường xuyên", "Chưa tự chủ"];

/**
 * The blind23 split's own words: input wordings, short headers, agency names, units, measures, notes, plan and
 * part-of-year headers, value words and near-miss rows. Written without looking at any other split's lists; the
 * guard test (tests/corpusBlind23.test.ts) checks in code that none equals a wording the repository knows.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B23_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tin, bài mới tuyên truyền nhiệm vụ chính trị của tỉnh",
    "Tin bài mới phục vụ tuyên truyền chính trị (sản xuất trong năm)",
    "Sản lượng tin bài mới về nhiệm vụ chính trị, địa phương",
    "So tin bai moi tuyen truyen nhiem vu chinh tri dia phuong",
    "Tổng tin, bài, phóng sự mới phục vụ NVCT của địa phương",
  ],
  revenue: [
    "Tổng thu từ hoạt động báo chí và dịch vụ của cơ quan",
    "Doanh thu sự nghiệp, dịch vụ của cơ quan báo chí",
    "Tong doanh thu cac nguon cua co quan bao",
    "Nguồn thu toàn đơn vị trong năm (mọi nguồn)",
    "Tổng số thu sự nghiệp và dịch vụ, tr.đ",
  ],
  staff_total: [
    "Tổng quân số đang công tác tại cơ quan",
    "Tong so nhan su dang cong tac (ke ca hop dong)",
    "Quân số cán bộ, nhân viên hiện có",
    "Số người đang làm việc tính đến cuối kỳ",
  ],
  staff_trained: [
    "Số người đã qua bồi dưỡng kỹ năng chuyển đổi số báo chí",
    "Nhan luc da duoc tap huan CDS bao chi trong ky",
    "Lãnh đạo, PV, BTV đã được bồi dưỡng về CĐS báo chí",
    "Người đã dự lớp bồi dưỡng chuyển đổi số (lũy kế)",
  ],
  digital_platforms: [
    "Phân phối sản phẩm báo chí lên các nền tảng số",
    "Đưa nội dung báo chí lên nền tảng số (ưu tiên nền tảng trong nước)",
    "Dua san pham bao chi len cac kenh so, mang xa hoi",
    "Có kênh phát hành sản phẩm trên nền tảng số",
  ],
  ai_data_platform: [
    "Kho dữ liệu tập trung đã gắn công cụ trí tuệ nhân tạo",
    "Hạ tầng phân tích dữ liệu dùng chung có gắn AI",
    "Nen tang phan tich du lieu tap trung co ung dung AI",
    "Ứng dụng AI trên kho dữ liệu dùng chung của cơ quan",
  ],
  converged_newsroom: [
    "Mô hình tòa soạn hội tụ đa phương tiện, đa nền tảng",
    "Vận hành tòa soạn hội tụ (sản xuất đa nền tảng)",
    "Toa soan hoi tu da phuong tien da nen tang",
    "Tổ chức sản xuất tin bài theo mô hình hội tụ",
  ],
  autonomous: [
    "Mức tự chủ tài chính: tự bảo đảm chi thường xuyên",
    "Tu chu tai chinh (tu dam bao chi thuong xuyen cua co quan)",
    "Cơ chế tự chủ về tài chính của cơ quan báo chí",
    "Được giao tự chủ tài chính nhóm 2 theo NĐ 60",
  ],
  security_level: [
    "Cấp độ an toàn HTTT của báo/trang điện tử đã được phê duyệt",
    "Cap do ATTT he thong xuat ban dien tu da duyet",
    "Mức bảo đảm an toàn hệ thống thông tin (theo hồ sơ đã duyệt)",
    "Cấp độ ATTT được duyệt cho hệ thống xuất bản điện tử",
  ],
  licensed: [
    "Tạp chí được cấp lại giấy phép hoạt động báo chí in",
    "Kết quả xin cấp lại giấy phép cho tạp chí",
    "Tap chi da duoc cap lai giay phep xuat ban",
    "Giấy phép hoạt động của tạp chí (cấp lại sau rà soát)",
  ],
  remote_population_total: [
    "Dân số các xã, thôn vùng sâu, vùng xa, biên giới",
    "Tổng dân số khu vực vùng sâu vùng xa biên giới của tỉnh",
    "Dan so cac ban vung cao, vung sau xa, bien gioi (nguoi)",
    "Nhân khẩu sinh sống ở các bản vùng sâu, vùng xa, biên giới",
  ],
  remote_population_reached: [
    "Số dân vùng sâu, vùng xa được tiếp cận ít nhất một loại hình báo chí thiết yếu",
    "Người dân vùng sâu xa, biên giới tiếp cận được báo chí thiết yếu",
    "Dan vung sau vung xa bien gioi duoc tiep can bao chi thiet yeu",
    "Số người vùng sâu, vùng xa đã tiếp cận ít nhất một loại báo chí",
  ],
};

export const B23_SHORT_HEADERS: ByInput = {
  political_articles: [
    "TB mới phục vụ NVCT (SX)",
    "Tin, bài CT mới (SX trong kỳ)",
    "TB mới NVCT tỉnh",
    "SL tin bài chính trị mới",
  ],
  revenue: ["Tổng thu toàn CQ", "Doanh thu gộp toàn cơ quan", "DT mọi nguồn (tr đồng)", "Thu SN + DV"],
  staff_total: ["Quân số đơn vị (hiện có)", "Số người LV thực tế", "Tổng NLĐ hiện có"],
  staff_trained: ["Đã BD CĐS báo chí", "Người được bồi dưỡng CĐS BC", "Đã qua tập huấn CĐS BC"],
  digital_platforms: ["SP trên nền tảng số", "Lên nền tảng số (Có/Không)", "Phân phối số SPBC"],
  ai_data_platform: ["Kho DL chung + AI", "Hạ tầng DL gắn AI", "Phân tích DL dùng chung (AI)"],
  converged_newsroom: ["Mô hình hội tụ (tòa soạn)", "Hội tụ đa PT, đa NT", "Tòa soạn hội tụ đã chạy"],
  autonomous: ["Tự gánh chi TX", "Tự trang trải chi TX bằng nguồn thu", "Cơ chế TC tự chủ (NĐ60)"],
  security_level: ["Cấp độ ATTT được phê (HTTT)", "Cấp độ HTTT được duyệt", "ATTT HT xuất bản (cấp)"],
  licensed: ["GP hoạt động TC (mới cấp lại)", "Tái cấp phép tạp chí", "Giấy phép mới của TC"],
  remote_population_total: ["Dân số VSVX, BG", "Dân vùng sâu xa BG", "DS vùng sâu, biên giới"],
  remote_population_reached: [
    "Dân bản xa được tiếp cận BC",
    "Được tiếp cận BC thiết yếu",
    "Nhân khẩu VSVX đã tiếp cận",
  ],
};

export const B23_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo L.Châu (cơ quan ngôn luận của Tỉnh ủy)",
    "Bao Lai Chau (co quan ngon luan Dang bo)",
    "Ban Biên tập báo Lai Châu (tòa soạn)",
    "Báo LChâu (Tỉnh ủy quản lý)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT - TH tỉnh LC (trực thuộc UBND)",
    "Dai PTTH Lai Chau (UBND tinh quan ly)",
    "Đài phát thanh-truyền hình L.Châu",
    "Đài PT,TH tỉnh nhà",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn học nghệ thuật L.Châu",
    "Tap chi Van nghe (Hoi VHNT tinh LC)",
    "Tạp chí VN do Hội VHNT tỉnh quản lý",
    "BBT Tạp chí Văn nghệ L.Châu",
  ],
  "tinh-lai-chau": [
    "Chung toàn địa bàn tỉnh LC",
    "Toan tinh LC (8 huyen, thanh pho)",
    "Cả tỉnh (các huyện, thành phố)",
    "Số chung cả tỉnh L.Châu",
  ],
};

export const B23_LABEL_UNITS: ByInput = {
  political_articles: ["(tin, bài mới)", "- tin/bài", "(đv: tin-bài)"],
  money: ["(tr. đồng)", "- ĐV: triệu đ", "(trđ)"],
  count: ["(người)", "- người", "(ng)"],
  "yes-no": ["(đã/chưa)", "(có, không)"],
  level: ["(cấp độ 1-5)", "(cấp)"],
};

export const B23_MEASURES: ByInput = {
  political_articles: ["Tin/bài", "tin - bài", "Tin,bài"],
  money: ["Triệu đ", "Tr.đồng", "trđ"],
  count: ["Người", "ng"],
  "yes-no": ["Đã/chưa", "Có/Không"],
  level: ["Cấp", "Cấp độ"],
};

export const B23_NOTES: readonly string[] = [
  "Số liệu chốt ngày 15/12/{y}, đã rà soát lại",
  "Tăng khoảng {p}% so với cùng kỳ năm trước",
  "Riêng mạng xã hội có {n} tin bài đăng lại",
  "Số ước, chờ quyết toán cuối năm {y}",
  "Đã đối chiếu với phòng Kế toán - Hành chính",
  "Theo sổ theo dõi của Ban Biên tập ({n} mục)",
];

export const B23_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Mức {n}", "cấp độ {n}"];

export const B23_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin bài"', '#,##0" TB"'],
  money: ['#,##0" trđ"', '#,##0" tr.đ"'],
  count: ['#,##0" người"'],
};

export const B23_PLAN_HEADERS: readonly string[] = [
  "Kế hoạch giao năm {y}",
  "KH {y} (được giao)",
  "Mục tiêu đến hết {y}",
  "Chỉ tiêu KH năm {y}",
];

export const B23_PARTIAL_HEADERS: readonly string[] = [
  "Sơ kết 6 tháng/{y}",
  "Lũy kế đến 30/9/{y}",
  "Quý I+II năm {y}",
];

export const B23_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Có", "Không"],
  ["Đã có", "Chưa có"],
  ["Đã vận hành", "Chưa triển khai"],
  ["x", "k"],
];

export const B23_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại", "Chưa được cấp"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
  ["Có", "Chưa"],
];

export const B23_NOT_APPLICABLE: readonly string[] = ["Không áp dụng", "K/áp dụng", "Không thuộc đối tượng"];

export const B23_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

export const B23_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc"],
  "dai-ptth-lai-chau": ["DaiPTTH_LC", "dai-ptth"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVanNghe", "tcvn_lc"],
  "tinh-lai-chau": ["ToanTinh", "tinh_lc"],
};

/** A near-miss row: its texts, the input it imitates, the factor range of its figure, its measure. */
export type B23Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

export const B23_DECOYS = {
  allArticles: {
    texts: ["Tổng số tin, bài, ảnh đã đăng phát (mọi thể loại)", "Tong tin bai da xuat ban cac the loai"],
    near: "political_articles",
    scale: [1.6, 2.4],
    measure: "Tin/bài",
  },
  externalInfo: {
    texts: ["Trong đó: tin bài thông tin đối ngoại", "Tin, bài về thông tin đối ngoại của tỉnh"],
    near: "political_articles",
    scale: [0.08, 0.2],
    measure: "Tin/bài",
  },
  adRevenue: {
    texts: ["Nguồn thu quảng cáo, tài trợ phát sóng", "Trong đó thu từ quảng cáo, thông báo"],
    near: "revenue",
    scale: [0.3, 0.6],
    measure: "Tr.đồng",
  },
  payrollFund: {
    texts: ["Quỹ tiền lương thực chi trong năm", "Quy luong thuc chi (tr.d)"],
    near: "revenue",
    scale: [0.5, 0.9],
    measure: "Tr.đồng",
  },
  itStaff: {
    texts: ["Cán bộ chuyên trách CNTT, ATTT", "Nhân sự phụ trách an toàn thông tin"],
    near: "staff_total",
    scale: [0.05, 0.15],
    measure: "Người",
  },
  securityTrained: {
    texts: ["Lượt người được tập huấn ATTT", "So nguoi duoc tap huan an toan thong tin"],
    near: "staff_trained",
    scale: [0.3, 0.8],
    measure: "Người",
  },
  contractStaff: {
    texts: ["Trong đó: người làm việc theo hợp đồng lao động", "Lao động hợp đồng khoán việc"],
    near: "staff_total",
    scale: [0.1, 0.3],
    measure: "Người",
  },
  provincePopulation: {
    texts: ["Dân số bình quân cả tỉnh theo niên giám thống kê", "Tong dan so trung binh cua tinh"],
    near: "remote_population_total",
    scale: [3.5, 4.5],
    measure: "Người",
  },
  freeCopies: {
    texts: [
      "Số bản báo, tạp chí cấp phát không thu tiền trong năm",
      "Số tờ báo phát hành miễn phí vùng DTTS",
    ],
    near: "remote_population_reached",
    scale: [0.2, 0.5],
    measure: "Bản",
  },
} as const satisfies Readonly<Record<string, B23Decoy>>;

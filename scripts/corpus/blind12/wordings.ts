/**
 * The words of the "blind12" split, written without looking at the detector, its vocabulary or any other split's
 * lists: how people label each plan input, short column headers, agency names, units, yes/no words, plan and
 * part-of-year headers, near-miss rows and notes. The families' fixed texts are in ./texts.ts; every text a blind12
 * case shows comes from one of the two (or from the shared furniture: mottos, dates).
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** How people write the label of each plan input (≥ 4 each). */
export const B12_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tổng sản phẩm tin, bài mới phục vụ công tác chính trị, thông tin thiết yếu",
    "So luong tac pham moi phuc vu nhiem vu chinh tri (tin, bai, phong su)",
    "Sản lượng tin/bài mới về NVCT & thông tin thiết yếu",
    "Tác phẩm báo chí mới tuyên truyền nhiệm vụ chính trị (tin + bài)",
    "New political-task items / Tin bài mới phục vụ NVCT",
    "Số tin - bài mới đăng, phát phục vụ nhiệm vụ chính trị, bảo vệ Tổ quốc",
  ],
  revenue: [
    "Tổng doanh thu hoạt động báo chí, dịch vụ và đặt hàng",
    "Tong so thu su nghiep, dich vu (doanh thu)",
    "Doanh thu thuần toàn cơ quan báo chí",
    "Revenue / Doanh thu toàn cơ quan",
    "Nguồn thu đạt được, quy ra doanh thu",
  ],
  staff_total: [
    "Tổng số lãnh đạo, phóng viên, biên tập viên và người lao động",
    "Quân số hiện có (LĐ, PV, BTV, CBNV)",
    "Số người đang làm việc tại cơ quan (cả hợp đồng)",
    "Tong so can bo, PV, BTV hien co",
    "Headcount / Tổng nhân lực toàn cơ quan",
  ],
  staff_trained: [
    "Số người đã qua bồi dưỡng kiến thức, kỹ năng CĐS báo chí",
    "Lãnh đạo, PV, BTV, CB được tập huấn về chuyển đổi số (không tính trùng)",
    "Nhân lực đã được đào tạo chuyển đổi số báo chí",
    "So nguoi da duoc tap huan CDS bao chi",
    "Trained in digital transformation / Số người đã học CĐS",
  ],
  digital_platforms: [
    "Đưa nội dung lên nền tảng số, ưu tiên nền tảng Việt",
    "Phân phối tác phẩm qua các nền tảng số, mạng xã hội",
    "Nội dung đã lên nền tảng số (YouTube, Zalo, TikTok, Facebook…)",
    "Dua noi dung bao chi len nen tang so",
    "Content on digital platforms / Nội dung trên nền tảng số",
  ],
  ai_data_platform: [
    "Ứng dụng nền tảng phân tích, xử lý dữ liệu tập trung có AI",
    "Nền tảng dữ liệu tổng hợp tập trung, ứng dụng trí tuệ nhân tạo",
    "Su dung nen tang phan tich du lieu tap trung, tri tue nhan tao",
    "Hệ thống phân tích dữ liệu độc giả, khán thính giả bằng AI",
    "AI data platform / Nền tảng dữ liệu – AI",
  ],
  converged_newsroom: [
    "Vận hành mô hình tòa soạn hội tụ (đa phương tiện)",
    "Tòa soạn hội tụ đã đi vào hoạt động",
    "Van hanh mo hinh toa soan hoi tu (co/chua)",
    "Mô hình tòa soạn tích hợp, hội tụ nội dung",
    "Converged newsroom / Mô hình tòa soạn hội tụ",
  ],
  autonomous: [
    "Cơ quan tự chủ tài chính (tự bảo đảm chi thường xuyên)",
    "Đã được giao tự chủ về tài chính",
    "Tu chu tai chinh cua co quan (co/chua)",
    "Đơn vị thực hiện cơ chế tự chủ theo NĐ 60/2021/NĐ-CP",
    "Financial autonomy / Tự chủ về tài chính",
  ],
  security_level: [
    "Cấp độ an toàn HTTT báo chí điện tử được phê duyệt",
    "Hệ thống thông tin báo điện tử: cấp độ bảo đảm ATTT",
    "Cap do ATTT cua he thong bao chi dien tu",
    "Mức độ an toàn, an ninh hệ thống thông tin (cấp độ)",
    "Information security level / Cấp độ ATTT hệ thống",
  ],
  licensed: [
    "Tạp chí đã được cấp giấy phép hoạt động mới",
    "Giấy phép hoạt động mới cho Tạp chí in (cấp lại)",
    "Tinh trang cap phep lai Tap chi",
    "Giấy phép mới của Tạp chí (đã cấp / chưa cấp)",
    "Re-licensing / Cấp phép lại cho tạp chí",
  ],
  remote_population_total: [
    "Dân số các xã vùng sâu, vùng xa trên địa bàn tỉnh",
    "Tổng số người dân sinh sống ở vùng sâu, vùng xa",
    "So dan vung sau vung xa (nguoi)",
    "Nhân khẩu khu vực vùng sâu, vùng xa, biên giới",
    "Remote-area population / Dân số khu vực vùng sâu, vùng xa",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, vùng xa được tiếp cận ít nhất một loại hình báo chí tỉnh",
    "Người dân VSVX tiếp cận được báo chí địa phương",
    "So nguoi VSVX duoc tiep can bao chi cua tinh",
    "Dân cư vùng sâu, vùng xa được phủ báo in, phát thanh hoặc truyền hình tỉnh",
    "People reached in remote areas / Số người dân VSVX được tiếp cận",
  ],
};

/** Short column headers and captions (≥ 3 each). */
export const B12_SHORT_HEADERS: ByInput = {
  political_articles: [
    "SL tin-bài NVCT mới",
    "Tác phẩm NVCT (mới)",
    "TB mới phục vụ CT",
    "TP mới phục vụ NVCT",
  ],
  revenue: ["DT thực hiện (tr.đ)", "Doanh thu thuần/năm", "Thu trong năm (DT)", "DT thuần trong năm"],
  staff_total: ["Quân số toàn CQ", "Tổng CB/PV/BTV/NLĐ", "Người làm việc (tổng)"],
  staff_trained: [
    "Đã qua BD-CĐS (người)",
    "Số người học CĐS",
    "Được BD kỹ năng số",
    "Đã dự tập huấn CĐS (ng)",
  ],
  digital_platforms: ["Lên NTS (nội dung)", "Có ND trên NTS?", "Phân phối trên NTS"],
  ai_data_platform: ["NT dữ liệu AI", "Nền tảng PT dữ liệu", "DL tập trung & AI"],
  converged_newsroom: ["Mô hình TS hội tụ", "Tòa soạn tích hợp", "TSHT đã vận hành"],
  autonomous: ["Tự chủ chi TX (đã/chưa)", "Đã tự chủ TC?", "Tự chủ tài chính - ĐVSN"],
  security_level: ["Cấp độ AT-HTTT (đã duyệt)", "CĐ ATTT được phê duyệt", "Cấp độ HTTT báo ĐT"],
  licensed: ["Cấp phép lại TC", "GP mới Tạp chí", "Tình trạng GP mới"],
  remote_population_total: ["Dân số khu VSVX", "Tổng khẩu VS-VX", "Nhân khẩu VSVX"],
  remote_population_reached: [
    "Dân VSVX đã tiếp cận BC tỉnh",
    "Số khẩu VSVX được phủ",
    "Người VSVX được tiếp cận",
  ],
};

/** 4–5 names per unit. */
export const B12_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo LC (Đảng bộ tỉnh Lai Châu)",
    "Cơ quan Báo LC",
    "BLC - Báo Đảng tỉnh",
    "Bao Lai Chau (in & dien tu)",
    "Tòa soạn Báo LC (in + điện tử)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT-TH tỉnh LCh",
    "Đài tỉnh (PTTH Lai Châu)",
    "LTV - Đài Lai Châu",
    "Đài PT-TH Lai Châu (LTV)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tap chi VNghe Lai Chau",
    "Tạp chí VN-LC",
    "Tòa soạn Tạp chí VNLC",
    "BBT TC Văn nghệ (Hội VHNT tỉnh)",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh Lai Châu (khu vực VSVX)",
    "Địa bàn tỉnh LC",
    "Tỉnh LC - vùng sâu vùng xa",
    "Cả tỉnh (8 huyện, thành phố)",
  ],
};

/** How people name a unit in a file name. */
export const B12_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "BLC", "Bao_LC"],
  "dai-ptth-lai-chau": ["DaiPTTH", "LTV", "Dai_LC"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN", "TCVNLC", "TapChi_LC"],
  "tinh-lai-chau": ["ToanTinh", "TinhLC", "VSVX"],
};

/** A unit inside a label ("(tr.đồng)"). */
export const B12_LABEL_UNITS: ByInput = {
  political_articles: ["(tin, bài)", "(tác phẩm)"],
  revenue: ["(tr.đồng)", "(triệu VNĐ)"],
  staff_total: ["(người)", "(ng)"],
  staff_trained: ["(người)", "(ng)"],
  "yes-no": ["(có/chưa)", "(đã/chưa)"],
  licensed: ["(đã/chưa)", "(tình trạng)"],
  security_level: ["(cấp 1-5)", "(cấp)"],
  remote_population_total: ["(nhân khẩu)", "(người)"],
  remote_population_reached: ["(nhân khẩu)", "(người)"],
};

/** The ĐVT column. */
export const B12_MEASURES: ByInput = {
  political_articles: ["Tin-bài", "Tác phẩm"],
  revenue: ["Tr.đ", "Triệu VNĐ", "Tr đồng"],
  staff_total: ["Người", "Ng"],
  staff_trained: ["Người", "Ng"],
  "yes-no": ["Có/chưa", "Đã/chưa"],
  security_level: ["Cấp", "Cấp (1-5)"],
  remote_population_total: ["Nhân khẩu", "Người"],
  remote_population_reached: ["Nhân khẩu", "Người"],
};

/** Number formats carrying the unit ("1.245 tin-bài" shown, 1245 stored). */
export const B12_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tin-bài"', '#,##0" TP"'],
  revenue: ['#,##0" tr.đ"'],
  staff_total: ['#,##0" người"', '#,##0" ng"'],
  staff_trained: ['#,##0" người"'],
  remote_population_total: ['#,##0" khẩu"'],
  remote_population_reached: ['#,##0" khẩu"'],
};

/** "Ghi chú" texts with numbers in them ({p} percent, {n} count, {y} year): never values. */
export const B12_NOTES: readonly string[] = [
  "Số liệu ước tính đến hết 31/12/{y}",
  "Tăng {p}% so với cùng kỳ năm trước",
  "Trong đó {n} tin, bài bằng tiếng Mông, Thái, Dao",
  "Đã gồm số phát lại trên kênh YouTube của đơn vị",
  "Chưa tính {n} tác phẩm của cộng tác viên",
  "Theo biên bản nghiệm thu ngày 05/11/{y}",
  "Phòng Tài chính - Hành chính cung cấp ({n} chứng từ)",
];

/** Security levels in words ({n} the level). */
export const B12_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "Level {n}", "Cấp độ 0{n}"];

/** Headers of plan or target figures ({y} the year). */
export const B12_PLAN_HEADERS: readonly string[] = [
  "KH được giao năm {y}",
  "Mục tiêu phấn đấu đến {y}",
  "Kế hoạch đầu năm {y}",
  "Dự toán được giao {y}",
];

/** Headers of part-of-year figures ({y} the year). */
export const B12_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 10 tháng {y}",
  "Ước 9 tháng đầu năm {y}",
  "Sáu tháng đầu năm {y}",
];

export const B12_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Đã đưa vào sử dụng", "Chưa đưa vào sử dụng"],
  ["✓", "✗"],
  ["Rồi", "Chưa"],
  ["Có - đã triển khai", "Không - chưa triển khai"],
];

export const B12_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp phép", "Chưa cấp phép"],
  ["Được cấp phép", "Đang chờ cấp"],
  ["Đã cấp GP", "Chưa cấp GP"],
];

export const B12_NOT_APPLICABLE: readonly string[] = [
  "Không thuộc đối tượng",
  "N/A",
  "Không áp dụng (tạp chí in)",
];

/** Autonomy, yes and no. */
export const B12_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** A near-miss row: texts, the input it imitates, its figure's factor range and its ĐVT. */
export type B12Decoy = {
  texts: readonly string[];
  near: string;
  scale: readonly [number, number];
  measure: string;
};

const decoy = (
  near: string,
  scale: readonly [number, number],
  measure: string,
  ...texts: string[]
): B12Decoy => ({
  near,
  scale,
  measure,
  texts,
});

/** Near-miss rows: a figure like the input's that is NOT the input. */
export const B12_DECOYS = {
  ordered: decoy(
    "political_articles",
    [0.35, 0.6],
    "Tin-bài",
    "Tin, bài thực hiện theo đơn đặt hàng của tỉnh (một phần)",
    "Số tin bài nghiệm thu theo hợp đồng đặt hàng",
  ),
  allOutput: decoy(
    "political_articles",
    [1.3, 1.8],
    "Tin-bài",
    "Tổng số tin, bài đã đăng, phát (mọi thể loại, kể cả giải trí)",
    "Toàn bộ tác phẩm đã xuất bản, phát sóng trong năm",
  ),
  reused: decoy(
    "political_articles",
    [0.05, 0.15],
    "Tin-bài",
    "Tin bài được báo, đài Trung ương sử dụng lại",
    "Tac pham duoc co quan bao chi TW khai thac",
  ),
  budget: decoy(
    "revenue",
    [0.6, 1.4],
    "Tr.đ",
    "Ngân sách tỉnh cấp chi thường xuyên",
    "Nguồn ngân sách tỉnh cấp (không phải doanh thu)",
  ),
  spending: decoy(
    "revenue",
    [1.6, 2.3],
    "Tr.đ",
    "Tổng chi hoạt động trong năm",
    "Chi phí hoạt động thường xuyên và không thường xuyên",
  ),
  adverts: decoy(
    "revenue",
    [0.2, 0.45],
    "Tr.đ",
    "Thu từ quảng cáo, tài trợ (một phần doanh thu)",
    "Thu dịch vụ quảng cáo trên báo điện tử, mạng xã hội",
  ),
  approvedPosts: decoy(
    "staff_total",
    [1.05, 1.3],
    "Người",
    "Số lượng người làm việc được giao theo đề án vị trí việc làm",
    "Chỉ tiêu biên chế được cấp có thẩm quyền giao",
  ),
  pressCards: decoy(
    "staff_total",
    [0.4, 0.7],
    "Người",
    "Phóng viên được cấp thẻ nhà báo (người)",
    "Hội viên Hội Nhà báo tỉnh đang sinh hoạt",
  ),
  attendances: decoy(
    "staff_trained",
    [1.3, 2.2],
    "Lượt người",
    "Lượt người tham dự các lớp bồi dưỡng (tính trùng)",
    "Tổng lượt học viên các khóa tập huấn",
  ),
  otherSystem: decoy(
    "security_level",
    [0.3, 0.7],
    "Cấp",
    "Hệ thống thư điện tử công vụ của cơ quan",
    "Phần mềm quản lý văn bản và hồ sơ công việc",
    "Mạng nội bộ (LAN) và máy chủ kế toán",
  ),
  households: decoy(
    "remote_population_total",
    [0.2, 0.28],
    "Hộ",
    "Số hộ dân các xã vùng sâu, vùng xa",
    "Hộ dân các bản đặc biệt khó khăn",
  ),
  freeCopies: decoy(
    "remote_population_reached",
    [0.05, 0.2],
    "Tờ",
    "Số tờ báo cấp không thu tiền cho vùng đồng bào DTTS",
    "Ấn phẩm phát hành miễn phí đến thôn, bản",
  ),
} as const satisfies Readonly<Record<string, B12Decoy>>;

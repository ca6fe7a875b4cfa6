/**
 * The blind16 split's own words: how its authors name each input, unit and near-miss row, the short headers of its
 * tables, units, measures, notes and answer words. Written without looking at any other split's lists, the
 * detector's vocabulary or the plan's synonyms; the guard test (tests/corpusBlind16.test.ts) checks in code that
 * none of them equals a wording the repository already knows.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** Labels of each plan input, as the split's authors type them. */
export const B16_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tác phẩm mới tuyên truyền nhiệm vụ chính trị của tỉnh",
    "Tin, bai moi phuc vu nhiem vu chinh tri dia phuong (khong tinh tin dang lai)",
    "SL tin/bài mới về NV chính trị được xuất bản",
    "Tổng tin, bài sáng tác mới phục vụ nhiệm vụ chính trị - tuyên truyền",
    "Sản phẩm báo chí mới phục vụ NVCT (tin + bài)",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp, dịch vụ của cơ quan báo chí trong năm",
    "Tong thu tu hoat dong bao chi (gom ca kinh phi dat hang)",
    "Doanh thu toàn cơ quan từ mọi nguồn hoạt động",
    "Tổng DT hoạt động báo chí và dịch vụ đi kèm",
    "Thu từ hoạt động sự nghiệp báo chí - tổng cộng các nguồn",
  ],
  staff_total: [
    "Tổng lao động của cơ quan (biên chế + hợp đồng)",
    "Tong so CB, VC, NLD hien dang cong tac tai co quan",
    "Nhân lực toàn cơ quan tại thời điểm báo cáo",
    "Số người đang làm việc thường xuyên tại cơ quan báo chí",
  ],
  staff_trained: [
    "Số người đã qua tập huấn kỹ năng chuyển đổi số báo chí",
    "So CB, PV, BTV da duoc boi duong ve CDS bao chi",
    "Nhân lực đã hoàn thành khóa tập huấn về chuyển đổi số",
    "Trong đó: đã được tập huấn CĐS báo chí (người)",
  ],
  digital_platforms: [
    "Cung cấp nội dung lên nền tảng số (ưu tiên nền tảng số Việt Nam)",
    "Co phan phoi noi dung len nen tang so hay khong",
    "Phân phối nội dung báo chí trên môi trường mạng và nền tảng số",
    "Nội dung của cơ quan có mặt trên nền tảng số",
  ],
  ai_data_platform: [
    "Nền tảng tập trung phân tích dữ liệu, có ứng dụng trí tuệ nhân tạo",
    "Ung dung AI tren nen tang phan tich du lieu tap trung",
    "Hệ thống phân tích dữ liệu bạn đọc dùng AI (dùng chung)",
    "Nền tảng dữ liệu tập trung kết hợp trí tuệ nhân tạo (AI)",
  ],
  converged_newsroom: [
    "Vận hành theo tòa soạn hội tụ, làm nội dung đa kênh một đầu mối",
    "Mo hinh toa soan hoi tu dang van hanh",
    "Tòa soạn hội tụ (sản xuất một lần, phát hành nhiều kênh)",
    "Sắp xếp bộ máy sản xuất tin theo tòa soạn hội tụ",
  ],
  autonomous: [
    "Cơ quan tự lo toàn bộ chi thường xuyên (tự chủ TC)",
    "Tu chu tai chinh muc tu lo chi thuong xuyen cua don vi",
    "Mức tự chủ: tự bảo đảm chi hoạt động thường xuyên",
    "Đơn vị sự nghiệp đã tự chủ về tài chính hay chưa",
  ],
  security_level: [
    "Cấp độ an toàn HTTT của báo/tạp chí điện tử (đã phê duyệt hồ sơ)",
    "Cap do bao dam an toan he thong thong tin duoc duyet",
    "HTTT báo điện tử - cấp độ ATTT được phê duyệt",
    "Mức độ an toàn hệ thống thông tin theo hồ sơ đề xuất cấp độ",
  ],
  licensed: [
    "Tạp chí đã nhận lại giấy phép hoạt động báo in",
    "Tap chi da duoc cap lai giay phep hoat dong chua",
    "Tình trạng cấp lại giấy phép xuất bản của tạp chí",
    "Cấp lại GPHĐ báo chí in cho Tạp chí Văn nghệ",
  ],
  remote_population_total: [
    "Dân số các xã vùng sâu, vùng xa, biên giới của tỉnh",
    "Tong dan so vung sau vung xa, bien gioi cua tinh (nguoi)",
    "Nhân khẩu sinh sống trên địa bàn vùng sâu, vùng xa, biên giới",
    "Số dân vùng khó khăn, biên giới (tổng số người)",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, xa, biên giới được tiếp cận ít nhất 1 loại hình báo chí",
    "Dan vung sau vung xa duoc tiep can bao chi thiet yeu",
    "Người dân vùng khó khăn tiếp cận được thông tin báo chí thiết yếu",
    "Trong đó: số người đã tiếp cận từ 1 loại hình báo chí trở lên",
  ],
};

/** Short column headers, chart series names and table captions of each input. */
export const B16_SHORT_HEADERS: ByInput = {
  political_articles: ["TB mới NVCT", "Tin bài CT mới (SL)", "SP báo chí NVCT mới"],
  revenue: ["Tổng thu SN+DV (cả năm)", "DT toàn CQ (mọi nguồn)", "Tong thu HDBC"],
  staff_total: ["Tổng LĐ của CQ (ng)", "Nhân lực hiện có (người)", "So LD toan CQ"],
  staff_trained: ["Đã TH về CĐS", "Đã bồi dưỡng CĐS (ng)", "Da tap huan CDS BC"],
  digital_platforms: ["ND đưa lên NT số", "Có lên nền tảng số?", "Phan phoi NT so"],
  ai_data_platform: ["NT dữ liệu + AI dùng chung", "Phân tích DL/AI tập trung", "AI & DL tap trung"],
  converged_newsroom: ["TS hội tụ vận hành", "Toa soan HT (co/chua)", "Mô hình TS hội tụ đa kênh"],
  autonomous: ["Tự cân đối chi TX", "Tự chủ TC (đã/chưa)", "Tu chu chi TX (CQ)"],
  security_level: ["Cấp độ HTTT trang báo ĐT", "ATTT HTTT (cấp)", "Cap AT HTTT duyet"],
  licensed: ["TC được cấp lại GP?", "Tình trạng GP TC (cấp lại)", "Cap lai GPHD TC"],
  remote_population_total: ["Dân số VSVX-BG", "Tong dan VS-BG", "Nhân khẩu vùng khó, BG"],
  remote_population_reached: [
    "Dân đã được tiếp cận BC (ng)",
    "Da tiep can tu 1 BC",
    "Tiếp cận ít nhất 1 loại hình BC",
  ],
};

/** How the split's authors name the three agencies and the province. */
export const B16_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu - tiếng nói của Đảng bộ tỉnh",
    "Bao LChau - co quan ngon luan",
    "Toà soạn báo tỉnh Lai Châu",
    "Báo LChâu (in + điện tử)",
  ],
  "dai-ptth-lai-chau": [
    "Đài Phát thanh & TH Lai Châu (đài tỉnh)",
    "Dai Phat thanh - Truyen hinh LChau",
    "Đài PT và TH Lai Châu - cơ quan thuộc UBND tỉnh",
    "Đài tỉnh LChâu (phát thanh, truyền hình)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VNLC (Hội VHNT tỉnh)",
    "Tap chi Van nghe tinh Lai Chau (Hoi VHNT)",
    "TC Văn nghệ LChâu (tạp chí in)",
    "Tạp chí Văn nghệ thuộc Hội Văn học Nghệ thuật",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh Lai Châu (vùng sâu, xa, BG)",
    "Tinh Lai Chau - so lieu tong hop",
    "Địa bàn toàn tỉnh LChâu",
    "Cả tỉnh (tổng hợp các huyện)",
  ],
};

/** A near-miss row: its texts, the input it imitates, and the factor range of its figure. */
export type B16Decoy = { texts: readonly string[]; near: string; scale: readonly [number, number] };

export const B16_DECOYS = {
  allArticles: {
    texts: [
      "Tổng số tin, bài đã đăng, phát (mọi thể loại, mọi chuyên mục)",
      "Tong tin bai xuat ban ca nam (tat ca chuyen muc)",
    ],
    near: "political_articles",
    scale: [1.7, 2.6],
  },
  reposts: {
    texts: ["Tin bài đăng lại, chia sẻ lại trên mạng xã hội", "Luot chia se lai tin bai tren mang XH"],
    near: "political_articles",
    scale: [0.3, 0.7],
  },
  adRevenue: {
    texts: ["Thu quảng cáo và tài trợ chương trình phát sóng, đăng báo", "Thu QC - tai tro (trieu dong)"],
    near: "revenue",
    scale: [0.15, 0.4],
  },
  orderFunds: {
    texts: ["Kinh phí tỉnh đặt hàng, giao nhiệm vụ báo chí", "NS tỉnh cấp theo đặt hàng, giao nhiệm vụ"],
    near: "revenue",
    scale: [0.4, 0.65],
  },
  collaborators: {
    texts: ["Cộng tác viên thường xuyên ngoài biên chế", "So CTV co hop dong nhuan but"],
    near: "staff_total",
    scale: [0.3, 0.6],
  },
  pressCards: {
    texts: ["Số thẻ nhà báo còn hiệu lực", "The nha bao dang luu hanh (chiec)"],
    near: "staff_total",
    scale: [0.4, 0.7],
  },
  politicalCourse: {
    texts: ["Lượt cán bộ dự lớp lý luận chính trị", "Boi duong nghiep vu chung (khong ve CDS)"],
    near: "staff_trained",
    scale: [0.2, 0.5],
  },
  receivers: {
    texts: ["Hộ được hỗ trợ đầu thu, ăng-ten vệ tinh", "So ho nhan thiet bi nghe - xem (ho)"],
    near: "remote_population_total",
    scale: [0.12, 0.3],
  },
  wholeProvince: {
    texts: ["Dân số toàn tỉnh theo niên giám thống kê", "Tong dan so ca tinh (nguoi, uoc)"],
    near: "remote_population_total",
    scale: [3.4, 4.4],
  },
} satisfies Readonly<Record<string, B16Decoy>>;

/** The unit written inside a label, by input or kind of input. */
export const B16_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin, bai)", "- đơn vị: tin/bài"],
  money: ["(triệu VNĐ)", "(tr.dong)", "- ĐV: triệu đồng"],
  count: ["(người)", "(nguoi)", "- tính bằng người"],
  "yes-no": ["(có/chưa)", "(co/khong)"],
  level: ["(cấp 1-5)", "(cap do 1 - 5)"],
};

/** What the ĐVT column says. */
export const B16_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "Tin/bài", "tin, bai"],
  money: ["Triệu VNĐ", "Tr.đ", "trieu dong"],
  count: ["Người", "Ng.", "nguoi"],
  "yes-no": ["Có/Chưa", "Đã/Chưa"],
  level: ["Cấp", "Cấp độ (1-5)"],
};

/** Notes in a "Ghi chú" column or under a table: numbers in them are never values. */
export const B16_NOTES: readonly string[] = [
  "Số liệu chốt đến hết ngày 15/11/{y}, tăng {p}% so với cùng kỳ",
  "Chưa bao gồm {n} tin bài đăng lại từ các báo Trung ương",
  "Theo sổ theo dõi của phòng Biên tập - Thư ký tòa soạn",
  "Số liệu ước tính tháng 12/{y}; sẽ cập nhật khi quyết toán",
  "Đã đối chiếu với Sở ngày 03/12/{y}, chênh lệch {n} tin bài",
  "Ghi chu: so lieu 2020 lay theo bao cao so ket 3 nam",
];

/** Security levels as words ({n} is the level); every one reads back as a level. */
export const B16_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "cấp độ {n}", "Mức {n}", "Level {n}"];

/** Number formats carrying the unit ("1.245 tác phẩm" shown, 1245 stored). */
export const B16_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tác phẩm"', '#,##0" tin/bài"'],
  money: ['#,##0" trđ"', '#,##0" triệu"'],
  count: ['#,##0" người"', '#,##0" ng"'],
};

/** Plan headers ({y} is the year): every one reads as a plan figure. */
export const B16_PLAN_HEADERS: readonly string[] = [
  "Mục tiêu giao năm {y}",
  "KH giao {y} (theo KH 3414)",
  "Chỉ tiêu KH {y}",
  "Muc tieu den {y}",
];

/** Part-of-year headers ({y} is the year). */
export const B16_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 10 tháng/{y}",
  "Ước 11 tháng {y}",
  "Sơ kết 9 tháng năm {y}",
  "Đến 30/9/{y}",
];

/** Yes/no answer pairs; each reads back as yes or no. */
export const B16_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Có", "Chưa"],
  ["Đã có", "Chưa có"],
  ["Đã triển khai", "Chưa triển khai"],
  ["Có (đã vận hành)", "Chưa"],
  ["x", "Không"],
];

export const B16_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã cấp lại", "Chưa cấp lại"],
  ["Đã được cấp phép lại", "Chưa được cấp phép"],
  ["Có", "Chưa"],
];

export const B16_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng (tạp chí in)",
  "K/áp dụng",
  "Không thuộc đối tượng",
];

/** Autonomy in the split's own words (yes, no). */
export const B16_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

/** How the split's authors name a unit's file. */
export const B16_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLaiChau", "bao_lc", "Báo LC"],
  "dai-ptth-lai-chau": ["DaiPTTH", "dai_ptth_lc", "Đài LC"],
  "tap-chi-van-nghe-lai-chau": ["TapChiVN", "tc_van_nghe", "Tạp chí VNLC"],
  "tinh-lai-chau": ["ToanTinh", "toan_tinh", "Tỉnh LC"],
};

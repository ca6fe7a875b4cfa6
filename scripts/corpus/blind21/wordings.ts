/**
 * The blind21 split's own words: every input wording, short header, agency name, unit, measure, note, level text,
 * yes/no word and near-miss row its cases show. Written without looking at the detector's vocabulary or any other
 * split's lists; the guard test (tests/corpusBlind21.test.ts) checks in code that none equals a known wording.
 */
import type { NearDecoy } from "../listContext";
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

/** Row labels of each input (with and without diacritics, abbreviated, numbered, with extra words). */
export const B21_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Số tác phẩm tuyên truyền nhiệm vụ chính trị đã đăng, phát",
    "Tin, bài, phóng sự phục vụ NV chính trị của tỉnh (đã xuất bản)",
    "Luong tin bai tuyen truyen nhiem vu chinh tri dia phuong",
    "Tác phẩm báo chí bám sát nhiệm vụ chính trị (tin + bài)",
    "SL tác phẩm phục vụ chính trị - tư tưởng của Đảng bộ tỉnh",
  ],
  revenue: [
    "Tổng các khoản thu sự nghiệp và dịch vụ của cơ quan",
    "Thu từ hoạt động báo chí, dịch vụ, liên kết (cộng chung)",
    "Tong nguon thu su nghiep, dich vu, lien ket",
    "Doanh thu toàn cơ quan từ mọi nguồn (không kể NSNN cấp)",
    "Tổng nguồn thu ngoài ngân sách của đơn vị",
  ],
  staff_total: [
    "Tổng số người làm việc hiện có (biên chế + hợp đồng)",
    "Lực lượng lao động toàn cơ quan có mặt cuối kỳ",
    "So nguoi dang lam viec tai co quan (ke ca HD)",
    "Quân số cán bộ, PV, BTV, KTV, nhân viên của đơn vị",
  ],
  staff_trained: [
    "Số người đã qua bồi dưỡng kỹ năng báo chí số",
    "Cán bộ, PV, BTV được tập huấn chuyển đổi số báo chí (lũy kế)",
    "Nguoi da hoc lop boi duong CDS nganh bao chi",
    "Nhân lực có giấy chứng nhận tập huấn CĐS lĩnh vực báo chí",
  ],
  digital_platforms: [
    "Phân phối nội dung lên các nền tảng số (ưu tiên nền tảng Việt)",
    "Nội dung báo chí của cơ quan có mặt trên nền tảng số trong nước",
    "Co phan phoi noi dung bao chi tren nen tang so",
    "Hiện diện nội dung trên nền tảng số (Zalo, Mocha, Lotus…)",
  ],
  ai_data_platform: [
    "Hệ thống phân tích dữ liệu tập trung có ứng dụng trí tuệ nhân tạo",
    "Nền tảng dữ liệu dùng chung tích hợp AI của cơ quan",
    "Nen tang du lieu tap trung, phan tich bang AI cua toa soan",
    "Kho dữ liệu tập trung kèm công cụ AI phân tích công chúng",
  ],
  converged_newsroom: [
    "Mô hình tòa soạn hội tụ, đa phương tiện đã vận hành",
    "Tổ chức sản xuất theo mô hình toà soạn đa nền tảng hội tụ",
    "Toa soan hoi tu noi dung so (da van hanh)",
    "Vận hành tòa soạn hội tụ in - phát thanh - điện tử",
  ],
  autonomous: [
    "Cơ quan tự bảo đảm toàn bộ chi thường xuyên",
    "Mức tự chủ tài chính: tự đảm bảo chi TX theo NĐ 60",
    "Co quan da tu chu: tu lo chi thuong xuyen",
    "Đơn vị SNCL đã tự chủ chi thường xuyên",
  ],
  security_level: [
    "Cấp độ an toàn HTTT của báo/tạp chí điện tử được duyệt",
    "Cấp độ ATTT hệ thống báo điện tử, cổng TTĐT (đã phê duyệt)",
    "Cap do bao dam an toan HTTT xuat ban dien tu",
    "Mức cấp độ an toàn thông tin của hệ thống xuất bản điện tử",
  ],
  licensed: [
    "Tạp chí đã có giấy phép hoạt động mới (cấp lại)",
    "Cấp lại GPHĐ tạp chí theo quy hoạch báo chí",
    "Giay phep hoat dong tap chi da duoc cap lai chua",
    "Tình trạng cấp phép lại của tạp chí in",
  ],
  remote_population_total: [
    "Dân số thôn, bản thuộc xã vùng sâu, vùng xa, biên giới của tỉnh",
    "Tổng nhân khẩu khu vực vùng sâu vùng xa của tỉnh",
    "Tong dan so vung sau vung xa bien gioi cua tinh",
    "Số nhân khẩu thuộc địa bàn ĐBKK, biên giới",
  ],
  remote_population_reached: [
    "Số người dân vùng sâu, vùng xa đã tiếp cận ít nhất một loại hình báo chí thiết yếu",
    "Người dân vùng khó khăn được tiếp cận báo chí thiết yếu của tỉnh",
    "Nguoi dan VSVX tiep can duoc it nhat 1 loai hinh bao chi",
    "Số nhân khẩu ĐBKK nghe, xem, đọc được báo chí của tỉnh",
  ],
};

/** Short column and log headers. */
export const B21_SHORT_HEADERS: ByInput = {
  political_articles: ["TP phục vụ NVCT", "Tin bài CT-TT đã đăng", "SL t/p chính trị"],
  revenue: ["Tổng thu SN-DV-LK", "Thu toàn CQ (mọi nguồn)", "Nguon thu tong DV"],
  staff_total: ["Số người có mặt (cuối kỳ)", "Quân số CQ cuối kỳ", "Tong nguoi LV hien co"],
  staff_trained: ["Đã BD báo chí số", "Có CN tập huấn CĐS", "So nguoi qua lop BD CDS-BC"],
  digital_platforms: ["Lên NT số (VN)", "ND có trên NTS", "Phan phoi qua NT so noi"],
  ai_data_platform: ["Kho DL chung có AI", "Nền tảng AI/DL chung", "Co cong cu AI phan tich DL?"],
  converged_newsroom: ["Tòa soạn hội tụ (đã chạy)", "Mô hình hội tụ ND", "Hoi tu toa soan?"],
  autonomous: ["Tự trang trải chi TX (CQ)", "Đã tự lo chi thường xuyên?", "Muc tu chu (ND 60/2021)"],
  security_level: ["Cấp ATTT đã được Sở duyệt", "Cap do HTTT (PD)", "Cấp độ đã PD"],
  licensed: ["Tạp chí có GP mới?", "Giấy phép TC mới", "GP hoat dong TC (moi)"],
  remote_population_total: ["Dân số thôn bản VSVX", "Nhân khẩu ĐBKK", "Dân số địa bàn ĐBKK-BG"],
  remote_population_reached: ["Người VSVX nghe/xem/đọc được", "NK tiếp cận BC", "Da tiep can BC thiet yeu"],
};

/** Each unit's names. */
export const B21_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu - cơ quan ngôn luận Đảng bộ",
    "Bao Lai Chau - toa soan",
    "BLChâu",
    "Tòa soạn Báo Lai Châu (in + điện tử)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT và TH tỉnh L.Châu",
    "Dai Phat thanh - TH Lai Chau (LTV)",
    "Đài tỉnh (PTTH LC)",
    "Đài Phát thanh, Truyền hình LChâu",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí V.Nghệ LChâu",
    "Tap chi VNghe LChau (Hoi VHNT)",
    "Tạp chí VN-LC (Hội VHNT)",
    "Ban biên tập Tạp chí Văn nghệ tỉnh",
  ],
  "tinh-lai-chau": [
    "Địa bàn toàn tỉnh (vùng khó khăn)",
    "Toan tinh L.Chau (VSVX)",
    "Tỉnh L.Châu - khu vực ĐBKK",
    "Cấp tỉnh (số liệu chung)",
  ],
};

/** Units written inside labels. */
export const B21_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(tin/bài)"],
  money: ["(triệu đồng)", "(tr.đ)"],
  count: ["(người)", "(ng)"],
  "yes-no": ["(có/chưa)", "(đã/chưa)"],
  level: ["(cấp độ)", "(cấp)"],
};

/** The ĐVT column. */
export const B21_MEASURES: ByInput = {
  political_articles: ["Tác phẩm", "Tin/bài", "TP"],
  money: ["Tr.đồng", "Triệu đ", "trđ"],
  count: ["Người", "người", "Ng"],
  "yes-no": ["Có/Chưa", "Đã/Chưa"],
  level: ["Cấp", "Cấp độ"],
};

/** Notes with numbers in them (never a value). */
export const B21_NOTES: readonly string[] = [
  "Số liệu chốt ngày 15/11/{y}",
  "Ước tính đến 31/12/{y}, tăng {p}% so cùng kỳ",
  "Theo sổ kế toán ngày 20/11/{y}",
  "Còn {n} hồ sơ đang hoàn thiện",
  "Phòng TC-HC cung cấp, đã đối chiếu",
  "Lấy theo biên bản kiểm tra tháng 10/{y}",
];

/** Security levels as words ({n} the level). */
export const B21_LEVEL_TEXTS: readonly string[] = ["Mức {n}", "Cấp {n}", "Level {n}"];

/** Number formats that carry a unit ("1.245 tác phẩm" shown). */
export const B21_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" tác phẩm"', '#,##0" tin-bài"'],
  revenue: ['#,##0" tr.đ"', '#,##0" triệu"'],
  count: ['#,##0" người"'],
};

/** Column heads announcing a plan figure ({y} the year). */
export const B21_PLAN_HEADERS: readonly string[] = [
  "KH giao đầu năm {y}",
  "Mục tiêu phấn đấu {y}",
  "Chỉ tiêu KH được giao {y}",
  "Ke hoach nam {y} (dau nam)",
];

/** Column heads of part-of-year figures ({y} the year). */
export const B21_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế đến 30/9/{y}",
  "Ước 10 tháng/{y}",
  "Sơ bộ 6 tháng {y}",
];

/** Yes/no words of this split's authors. */
export const B21_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã có", "Chưa có"],
  ["Đã vận hành", "Chưa vận hành"],
  ["Có", "Chưa"],
  ["✓", "✗"],
  ["Đã đưa vào sử dụng", "Chưa xây dựng"],
];

export const B21_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại GP", "Chưa được cấp lại"],
  ["Đã cấp phép lại", "Chưa cấp phép"],
];

export const B21_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng",
  "K/áp dụng (TC in)",
  "Không thuộc đối tượng",
];

export const B21_AUTONOMY: readonly [string, string] = ["Đã tự bảo đảm", "Chưa tự bảo đảm"];

/** How people name an agency's file. */
export const B21_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BLC_baocao", "bao_LC", "Bao-LChau"],
  "dai-ptth-lai-chau": ["Dai_LTV", "PTTH-LC", "DaiTinh"],
  "tap-chi-van-nghe-lai-chau": ["TCVN_LC", "tapchi_VNLC", "TC-VanNghe"],
  "tinh-lai-chau": ["ToanTinh_LC", "tinh-LChau", "CapTinh"],
};

/** A near-miss row: its texts and the input it imitates. */
export type B21Decoy = NearDecoy & { texts: readonly string[] };

/** Rows a careless matcher would take for an input. */
export const B21_DECOYS = {
  allWorks: {
    near: "political_articles",
    scale: [1.7, 2.6],
    texts: ["Tổng số tác phẩm đã đăng, phát (mọi chủ đề)", "Tong tin bai anh da xuat ban (tat ca)"],
  },
  reprinted: {
    near: "political_articles",
    scale: [0.2, 0.5],
    texts: ["Tin, bài khai thác đăng lại từ nguồn khác", "Tác phẩm biên dịch sang tiếng dân tộc"],
  },
  adRevenue: {
    near: "revenue",
    scale: [0.2, 0.45],
    texts: ["Thu QC, tài trợ phát sóng và trên báo", "Nguồn thu QC trên ấn phẩm in và điện tử"],
  },
  stateFunds: {
    near: "revenue",
    scale: [0.6, 1.3],
    texts: ["Kinh phí NSNN đặt hàng, giao nhiệm vụ", "Ngân sách tỉnh cấp bù chi thường xuyên"],
  },
  contractStaff: {
    near: "staff_total",
    scale: [0.1, 0.3],
    texts: ["Trong đó: lao động hợp đồng theo NĐ 111", "Cộng tác viên có hợp đồng thường xuyên"],
  },
  politicalTheory: {
    near: "staff_trained",
    scale: [0.3, 0.7],
    texts: ["Được bồi dưỡng lý luận chính trị trung cấp", "Đã học nghiệp vụ báo chí cơ bản (thẻ nhà báo)"],
  },
  followers: {
    near: "revenue",
    scale: [3, 9],
    texts: ["Lượt theo dõi cộng dồn trên các kênh số", "Người đăng ký kênh (fanpage, Zalo OA)"],
  },
  communePopulation: {
    near: "remote_population_total",
    scale: [0.05, 0.2],
    texts: ["Dân số riêng các xã biên giới Việt - Trung", "Nhân khẩu được cấp báo không thu tiền"],
  },
} as const satisfies Readonly<Record<string, B21Decoy>>;

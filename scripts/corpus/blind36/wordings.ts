/**
 * The blind36 split's own words: input wordings, short headers, agency names, units, measures, notes, level texts,
 * yes/no words and near-miss rows. Written without looking at any matcher vocabulary or any other split's lists;
 * the guard test (tests/corpusBlind36.test.ts) checks in code that none equals a wording the repository knows.
 */
import type { UnitId } from "../model";

type ByInput = Readonly<Record<string, readonly string[]>>;

export const B36_INPUT_WORDINGS: ByInput = {
  political_articles: [
    "Tác phẩm mới đăng, phát phục vụ nhiệm vụ chính trị của tỉnh",
    "Tac pham moi dang phat tuyen truyen NVCT dia phuong",
    "Lượng tin, bài mới viết cho nhiệm vụ chính trị (đã xuất bản, phát sóng)",
    "SL tác phẩm NVCT mới công bố trong năm",
    "Tin - bài chính trị mới được đăng phát (kể cả tin ngắn)",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp thực thu của cơ quan",
    "Tong thu su nghiep cua co quan bao chi (tr.d)",
    "Nguồn thu tự tạo: quảng cáo, đặt hàng, dịch vụ cộng lại",
    "Doanh thu toàn cơ quan (mọi nguồn) đã thực hiện",
    "Tổng số thu hoạt động sự nghiệp, dịch vụ của đơn vị",
  ],
  staff_total: [
    "Tổng lực lượng người làm việc có mặt tại cơ quan",
    "Tong so nguoi lam viec tai don vi (ca HĐ)",
    "Quân số hiện có: viên chức và lao động hợp đồng",
    "Toàn bộ CC, VC, NLĐ đang công tác tại cơ quan",
  ],
  staff_trained: [
    "Người đã học qua lớp bồi dưỡng chuyển đổi số báo chí",
    "Bao nhieu CB-PV-BTV hoc xong lop CDS nghe bao",
    "Nhân sự đã hoàn thành tập huấn kỹ năng CĐS nghề báo",
    "Người được trang bị kiến thức chuyển đổi số (đã học xong)",
  ],
  digital_platforms: [
    "Phân phối nội dung qua nền tảng số (trong nước ưu tiên)",
    "Day tac pham len kenh so (Zalo, YouTube, app)",
    "Nội dung được phát hành trên nền tảng số, mạng xã hội",
    "Sản phẩm báo chí có mặt trên các nền tảng công nghệ số",
  ],
  ai_data_platform: [
    "Hạ tầng dữ liệu gom về một mối, khai thác bằng AI",
    "Kho du lieu tap trung, phan tich AI phuc vu tac nghiep",
    "Nền tảng số hóa dữ liệu tập trung tích hợp AI phân tích",
    "Trung tâm dữ liệu báo chí có công cụ AI khai thác",
  ],
  converged_newsroom: [
    "Mô hình tòa soạn đa phương tiện hội tụ đang vận hành",
    "Toa soan hoi tu da nen tang (van hanh thuc te)",
    "Tổ chức sản xuất theo quy trình tòa soạn hội tụ số",
    "Phòng biên tập hội tụ (đa kênh, một quy trình)",
  ],
  autonomous: [
    "Đơn vị được giao tự bảo đảm kinh phí chi thường xuyên",
    "Tu chu tai chinh: tu trang trai chi TX cua co quan",
    "Cơ chế tự chủ tài chính theo Nghị định 60 của cơ quan",
    "Thực hiện tự chủ về tài chính ở mức tự lo chi thường xuyên",
  ],
  security_level: [
    "Cấp độ bảo đảm ATTT của hệ thống báo điện tử được phê duyệt",
    "Cap do an toan HTTT bao dien tu/cong TTDT",
    "Mức phân loại an toàn hệ thống thông tin điện tử của cơ quan",
    "Hồ sơ cấp độ an toàn thông tin đã duyệt (cấp)",
  ],
  licensed: [
    "Giấy phép xuất bản tạp chí được cấp lại",
    "Tap chi da lay lai giay phep xuat ban",
    "Tình trạng cấp phép lại cho tạp chí in",
    "Việc cấp lại giấy phép hoạt động báo chí của tạp chí",
  ],
  remote_population_total: [
    "Dân số các xã, bản vùng sâu, vùng xa, biên giới toàn tỉnh",
    "Dan cu cac ban vung sau, sat bien gioi (nhan khau)",
    "Tổng nhân khẩu khu vực vùng cao, biên giới, đặc biệt khó khăn",
    "Số dân sinh sống ở vùng sâu, vùng xa của tỉnh",
  ],
  remote_population_reached: [
    "Người dân vùng sâu, vùng xa đã tiếp nhận được ít nhất một loại hình báo chí",
    "Dan vung sau, vung xa duoc tiep can bao chi thiet yeu",
    "Nhân khẩu vùng cao, biên giới nghe, xem, đọc được báo chí tỉnh",
    "Số dân vùng khó khăn đã được phủ thông tin báo chí",
  ],
};

/** Short column and log headers. */
export const B36_SHORT_HEADERS: ByInput = {
  political_articles: ["T.phẩm mới phục vụ CT", "Tin-bài CT mới đăng", "SL t.phẩm chính trị"],
  revenue: ["Thu SN cộng dồn (tr.đ)", "Thu SN thực hiện", "Tong thu don vi"],
  staff_total: ["Quân số có mặt (ng)", "Người làm việc đang có mặt (ng)", "Nhan su hien dien"],
  staff_trained: ["Người xong khóa CĐS báo chí", "Xong khoa boi duong CDS (ng)", "Người đã dự đủ khóa CĐS"],
  digital_platforms: ["Đăng nội dung lên NT số chưa", "Đưa lên kênh số chưa", "Hien dien tren kenh so"],
  ai_data_platform: ["Kho DL + AI", "Nền tảng gom DL, có AI", "Kho DL gom + AI"],
  converged_newsroom: ["Hội tụ: đã chạy thật", "Toa soan hoi tu chay that", "Mô hình hội tụ số"],
  autonomous: ["Tự gánh chi thường xuyên", "Tu trang trai TX", "Cơ chế tự chủ t.chính"],
  security_level: ["Cấp ATTT được phê", "Cap ATTT duoc phe (HT)", "Mức an toàn HT"],
  licensed: ["Cấp lại phép TC", "GP tap chi lam lai", "Tạp chí nhận GP mới chưa"],
  remote_population_total: ["Nhân khẩu bản xa", "Dan cu ban xa, bien gioi", "Số dân vùng cao, giáp BG"],
  remote_population_reached: ["Dân được phủ báo", "Dan tiep nhan bao", "Dân bản xa đọc/nghe/xem được"],
};

export const B36_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo Lai Châu, tiếng nói của Đảng bộ LC",
    "Bao LChau, do Tinh uy chu quan",
    "Tòa soạn Báo Lai Châu in & điện tử",
    "BLC (báo Đảng tỉnh)",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH Lai Châu (UBND tỉnh)",
    "Dai PT va TH tinh LChau",
    "Đài tỉnh (phát thanh, truyền hình LC)",
    "Đài PT-TH (LChâu)",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí VNLC, Hội VHNT quản lý",
    "TC Van nghe (Hoi VHNT LChau)",
    "Tạp chí văn nghệ của Hội VHNT Lai Châu",
    "Tạp chí Văn nghệ xứ Lai Châu",
  ],
  "tinh-lai-chau": [
    "Toàn bộ địa bàn Lai Châu (chung)",
    "So chung cua ca tinh LChau",
    "Cả tỉnh (số liệu chung)",
    "Địa bàn Lai Châu nói chung",
  ],
};

export const B36_LABEL_UNITS: ByInput = {
  political_articles: ["(tác phẩm)", "(t.phẩm)", "(tin-bài)"],
  revenue: ["(tr. đồng)", "(triệu VNĐ)", "(đv: triệu)"],
  count: ["(người)", "(ng.)"],
  "yes-no": ["(có/chưa)", "(đã/chưa)"],
  level: ["(cấp)", "(mức)"],
};

export const B36_MEASURES: ByInput = {
  political_articles: ["tác phẩm", "t.phẩm", "tin-bài"],
  revenue: ["tr. đồng", "triệu VNĐ", "Tr.VNĐ"],
  count: ["người", "ng."],
  "yes-no": ["có/chưa", "đã/chưa"],
  level: ["cấp", "mức"],
};

export const B36_NOTES: readonly string[] = [
  "Đối chiếu với sổ theo dõi của phòng: lệch {n} đơn vị, đang kiểm tra lại",
  "Số ước tính đến 31/12/{y}, tăng khoảng {p}% so cùng kỳ",
  "Theo Quyết định giao dự toán năm {y}; đã trừ {n} tin phát lại",
  "Chưa gồm phần hợp tác với huyện ({n} sản phẩm)",
  "Bổ sung theo ý kiến của Sở tại cuộc họp ngày 12/11/{y}",
  "Tỷ lệ tăng bình quân {p}%/năm, xem thuyết minh kèm theo",
];

export const B36_LEVEL_TEXTS: readonly string[] = ["Cấp {n}", "cấp {n}", "Mức {n}", "Level {n}"];

export const B36_UNIT_FORMATS: ByInput = {
  political_articles: ['#,##0" t.phẩm"', '#,##0" tác phẩm"'],
  revenue: ['#,##0" tr.VNĐ"', '#,##0" triệu"'],
  staff_total: ['#,##0" ng."'],
  staff_trained: ['#,##0" ng."'],
  remote_population_total: ['#,##0" nhân khẩu"'],
  remote_population_reached: ['#,##0" nhân khẩu"'],
};

/** Headers of a target figure, {y} the year: each says Kế hoạch, KH or Mục tiêu. */
export const B36_PLAN_HEADERS: readonly string[] = [
  "KH được UBND giao {y}",
  "Mục tiêu phấn đấu đến {y}",
  "Kế hoạch đã duyệt năm {y}",
  "Số KH đăng ký {y}",
];

/** Headers of a part-of-year figure, {y} the year. */
export const B36_PARTIAL_HEADERS: readonly string[] = [
  "Số liệu đến hết tháng 10/{y}",
  "Lũy kế 9 tháng đầu {y}",
  "Thực hiện đến 15/11/{y}",
];

export const B36_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Có", "Không"],
  ["Đã có", "Chưa có"],
  ["Đã đưa vào dùng", "Chưa đưa vào dùng"],
  ["Rồi", "Chưa"],
  ["x", "Không"],
];

export const B36_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp lại phép", "Chưa được cấp lại"],
  ["Đã có giấy phép mới", "Chưa có giấy phép mới"],
];

export const B36_NOT_APPLICABLE: readonly string[] = [
  "Không áp dụng (tạp chí in)",
  "K/áp dụng",
  "Không thuộc đối tượng",
];

export const B36_AUTONOMY: readonly [string, string] = ["Đã tự chủ", "Chưa tự chủ"];

export const B36_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLChau", "bao_lai_chau_2025", "Báo LChâu"],
  "dai-ptth-lai-chau": ["DaiPTTH-LChau", "dai_ptth_2025", "Đài LChâu"],
  "tap-chi-van-nghe-lai-chau": ["TCVanNghe-LChau", "tap_chi_vn_2025", "Tạp chí LChâu"],
  "tinh-lai-chau": ["ToanTinhLChau", "so_lieu_chung_2025", "Toàn tỉnh LChâu"],
};

/** A near-miss row: texts imitating an input, and the factor range of its figure against that input's value. */
export type B36Decoy = { texts: readonly string[]; near: string; scale: readonly [number, number] };

export const B36_DECOYS = {
  /** Every piece published, whatever the topic (more than the political-task ones). */
  allPieces: {
    texts: ["Toàn bộ tác phẩm đã đăng, phát (mọi chủ đề)", "Tong tac pham dang phat moi de tai"],
    near: "political_articles",
    scale: [1.35, 1.9],
  },
  /** Articles fighting wrong views: a part of the political-task ones. */
  rebuttal: {
    texts: [
      "Trong đó: bài đấu tranh, phản bác luận điệu sai trái",
      "Bai phan bac quan diem sai trai, thu dich",
    ],
    near: "political_articles",
    scale: [0.08, 0.22],
  },
  /** Comments and shares steering opinion online. */
  steering: {
    texts: ["Lượt bình luận, chia sẻ định hướng trên mạng xã hội", "Luot binh luan dinh huong tren MXH"],
    near: "political_articles",
    scale: [2.2, 4.5],
  },
  /** Pieces the province ordered and paid for (a part of the political-task ones). */
  ordered: {
    texts: ["Sản phẩm đặt hàng từ ngân sách tỉnh (số lượng)", "SL san pham dat hang NSNN"],
    near: "political_articles",
    scale: [0.45, 0.8],
  },
  /** Money of the province's order (quantity × unit price), a part of revenue. */
  orderMoney: {
    texts: ["Thành tiền đặt hàng (SL x đơn giá)", "Kinh phi dat hang duoc thanh toan"],
    near: "revenue",
    scale: [0.35, 0.6],
  },
  /** Advertising and sponsorship alone. */
  adsOnly: {
    texts: ["Riêng khoản QC và tài trợ chương trình", "Thu QC, tai tro rieng"],
    near: "revenue",
    scale: [0.15, 0.4],
  },
  /** The part of revenue set aside for the development fund. */
  devFund: {
    texts: ["Trích quỹ phát triển hoạt động sự nghiệp", "Quy PTHDSN da trich lap"],
    near: "revenue",
    scale: [0.08, 0.2],
  },
  /** Spending (not revenue). */
  spending: {
    texts: ["Tổng chi hoạt động thường xuyên đã quyết toán", "Tong chi thuong xuyen quyet toan"],
    near: "revenue",
    scale: [0.82, 0.97],
  },
  /** The staffing quota granted (more than present). */
  quota: {
    texts: ["Số người làm việc được giao (định biên)", "Bien che duoc giao theo QD"],
    near: "staff_total",
    scale: [1.08, 1.3],
  },
  /** Contract workers alone. */
  contracts: {
    texts: ["Người làm HĐ khoán gọn việc", "LD hop dong theo vu viec"],
    near: "staff_total",
    scale: [0.1, 0.25],
  },
  /** People holding a digital-signature certificate. */
  signature: {
    texts: ["Người được cấp chứng thư số cá nhân", "So nguoi co chu ky so ca nhan"],
    near: "staff_trained",
    scale: [0.35, 0.7],
  },
  /** People trained in state-secret / cyber safety, not press DX. */
  cyberTrained: {
    texts: ["Người dự tập huấn an ninh mạng, bảo mật", "Tap huan an ninh mang, bao mat"],
    near: "staff_trained",
    scale: [0.3, 0.6],
  },
  /** People surveyed (a sample, not the population). */
  sample: {
    texts: ["Số phiếu khảo sát thu về", "So phieu dieu tra hop le"],
    near: "remote_population_total",
    scale: [0.008, 0.02],
  },
  /** People reached by the commune loudspeakers alone. */
  loudspeakerOnly: {
    texts: ["Chỉ nghe qua loa truyền thanh xã", "Chi tiep can qua dai truyen thanh xa"],
    near: "remote_population_reached",
    scale: [0.3, 0.55],
  },
  /** People taking part in the core force fighting wrong views (a part of the staff). */
  coreForce: {
    texts: ["Lực lượng nòng cốt đấu tranh trên không gian mạng", "Luc luong cot can dau tranh tren mang"],
    near: "staff_total",
    scale: [0.25, 0.5],
  },
  /** The value of an IT package (not revenue). */
  packagePrice: {
    texts: ["Giá gói thầu dự kiến", "Gia goi thau (du toan)"],
    near: "revenue",
    scale: [0.12, 0.3],
  },
} satisfies Readonly<Record<string, B36Decoy>>;

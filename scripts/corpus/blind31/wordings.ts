/**
 * The blind31 split's own words: every input, short header, agency name, unit, measure, note, plan and part-of-year
 * header, yes/no word and near-miss row a blind31 case shows. Written without looking at the detector, its
 * vocabulary or any other split's lists; the guard test (tests/corpusBlind31.test.ts) checks in code that none
 * equals a wording the repository already knows.
 */
import type { UnitId } from "../model";

/** Long labels, as the row of a table or a line of a form says the input. */
export const B31_INPUT_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  political_articles: [
    "Tác phẩm báo chí mới làm trong năm để phục vụ nhiệm vụ chính trị địa phương",
    "So tin, bai moi tuyen truyen nhiem vu chinh tri (khong tinh bai dang lai)",
    "Sản phẩm tuyên truyền nhiệm vụ chính trị được sản xuất mới trong kỳ",
    "Tin, bài, phóng sự mới về nhiệm vụ chính trị - xã hội tại Lai Châu",
    "Số lượng TP mới p/v NVCT của tỉnh",
  ],
  revenue: [
    "Tổng nguồn thu sự nghiệp phát sinh tại cơ quan báo chí (cả năm)",
    "Tong thu tu hoat dong dich vu va su nghiep cua co quan",
    "Doanh thu toàn cơ quan (mọi nguồn, kể cả đặt hàng)",
    "Tổng số thu phát sinh trong năm của đơn vị báo chí",
    "Nguồn thu của cơ quan - tổng cộng các khoản",
  ],
  staff_total: [
    "Tổng biên chế và hợp đồng hiện có của cơ quan",
    "Số người làm việc tại cơ quan báo chí (tính cả HĐLĐ)",
    "Tong so nguoi dang cong tac tai co quan bao chi",
    "Nhân sự toàn cơ quan có mặt đến cuối kỳ",
    "Quân số cán bộ, viên chức và người lao động của cơ quan",
  ],
  staff_trained: [
    "Số người đã qua bồi dưỡng kỹ năng CĐS báo chí",
    "Lãnh đạo, PV, BTV, nhân viên được trang bị kiến thức chuyển đổi số",
    "So nguoi da hoc lop boi duong ve chuyen doi so bao chi",
    "Nhân sự đã dự lớp nâng cao năng lực làm báo số",
    "Người làm báo của cơ quan đã được bồi dưỡng về CĐS",
  ],
  digital_platforms: [
    "Nội dung báo chí được đưa lên nền tảng số, trước hết là nền tảng Việt",
    "Phân phối sản phẩm báo chí trên môi trường số, mạng xã hội trong nước",
    "Co phat hanh noi dung bao chi tren nen tang so",
    "Cơ quan có hiện diện nội dung trên các nền tảng số trong nước",
    "Cung cấp tác phẩm lên không gian mạng qua nền tảng số",
  ],
  ai_data_platform: [
    "Đã dùng một nền tảng dữ liệu tập trung gắn trí tuệ nhân tạo để phân tích",
    "Hệ thống phân tích dữ liệu độc giả có AI dùng chung toàn cơ quan",
    "Nen tang du lieu dung chung, phan tich bang AI (tap trung)",
    "Kho dữ liệu dùng chung của tòa soạn, có công cụ AI phân tích",
    "Sử dụng AI trong phân tích dữ liệu tập trung của tòa soạn",
  ],
  converged_newsroom: [
    "Vận hành tòa soạn hội tụ đa phương tiện",
    "Mô hình tòa soạn hội tụ (đa nền tảng) đã hình thành",
    "Toa soan hoi tu da duoc van hanh tai co quan",
    "Sản xuất tin bài theo quy trình toà soạn hội tụ một đầu mối",
    "Tòa soạn tích hợp, hội tụ các loại hình báo chí",
  ],
  autonomous: [
    "Đơn vị tự bảo đảm chi thường xuyên theo NĐ 60",
    "Mức độ tự chủ tài chính: tự đảm bảo chi thường xuyên",
    "Tu chu tai chinh (tu dam bao chi TX) cua co quan",
    "Cơ chế tự chủ về tài chính của đơn vị sự nghiệp báo chí",
    "Cơ quan báo chí là đơn vị SNCL tự chủ tài chính",
  ],
  security_level: [
    "Cấp độ an toàn HTTT báo điện tử/cổng thông tin đã được phê duyệt",
    "Cấp độ bảo đảm an toàn hệ thống thông tin của cơ quan báo chí",
    "Cap do ATTT he thong xuat ban (theo ND 85/2016)",
    "Hệ thống thông tin xuất bản được xác định ở cấp độ",
    "Phân loại cấp độ an toàn thông tin của hệ thống xuất bản điện tử",
  ],
  licensed: [
    "Tạp chí được cấp giấy phép hoạt động mới",
    "Hoàn thành thủ tục xin cấp lại phép hoạt động của tạp chí",
    "Tap chi da hoan tat ho so xin phep hoat dong lai",
    "Tình trạng giấy phép xuất bản của tạp chí văn nghệ",
    "Tạp chí đã được Bộ cho phép hoạt động trở lại",
  ],
  remote_population_total: [
    "Tổng nhân khẩu của các thôn, bản thuộc vùng sâu, vùng xa và biên giới",
    "Tong dan so vung dac biet kho khan va bien gioi cua tinh",
    "Tổng số nhân khẩu cư trú tại địa bàn xa xôi, hẻo lánh, biên giới",
    "Quy mô dân số vùng khó khăn của tỉnh",
    "Dân cư vùng cao, biên giới - tổng số nhân khẩu",
  ],
  remote_population_reached: [
    "Nhân khẩu vùng sâu, vùng xa, biên giới đã tiếp cận từ một loại hình báo chí thiết yếu trở lên",
    "Nhan khau vung kho khan tiep can duoc bao chi thiet yeu",
    "Dân cư vùng cao, biên giới được phủ sóng/tiếp cận báo chí",
    "Số nhân khẩu ở vùng sâu, vùng xa tiếp cận được báo, đài tỉnh",
    "Nhân khẩu vùng đặc biệt khó khăn đã tiếp cận thông tin báo chí",
  ],
};

/** Short column and line heads, several per input. */
export const B31_SHORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["TP mới p.vụ NVCT (tp)", "Tin bài CT mới (tp)", "SP tuyên truyền NVCT mới"],
  revenue: ["Tổng thu SN cơ quan", "Doanh thu cả CQ (mọi nguồn)", "Σ thu (mọi nguồn) của CQ"],
  staff_total: ["Quân số cơ quan (ng)", "NS hiện có/cuối kỳ", "Σ lao động toàn CQ"],
  staff_trained: ["Người đã học CĐS báo chí", "Qua lớp làm báo số", "NS được trang bị KT số"],
  digital_platforms: ["Có mặt trên NT số (Y/N)", "Nội dung phát trên NTS Việt", "Phát hành qua NTS"],
  ai_data_platform: [
    "Kho DL tập trung kèm AI",
    "Phân tích DL bằng AI (tập trung)",
    "AI phân tích DL tập trung",
  ],
  converged_newsroom: ["Đã có TS hội tụ (Y/N)", "Toà soạn hội tụ - tình trạng", "Tòa soạn đa PT hội tụ"],
  autonomous: ["Tự lo chi thường xuyên (Y/N)", "Cơ chế TC tài chính CQ", "Tự bảo đảm chi (NĐ60)"],
  security_level: ["Cấp ATTT (QĐ duyệt)", "Mức ATTT được phê", "HTTT xuất bản: cấp"],
  licensed: ["Cấp lại phép HĐ", "Phép xuất bản TC", "Tình trạng phép TC"],
  remote_population_total: ["Nhân khẩu VSVX & biên giới", "Nhân khẩu vùng KK (ng)", "DS vùng cao-biên giới"],
  remote_population_reached: ["Đã tiếp cận BC (ng)", "Nhân khẩu được phủ BC", "Dân vùng KK tiếp cận BC"],
};

/** How blind31 authors name each unit. */
export const B31_AGENCY_WORDINGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": [
    "Báo LC (cơ quan của Đảng bộ tỉnh)",
    "Bao Lai Chau, tieng noi cua Dang bo tinh",
    "Báo Lai Châu - khối in và khối điện tử",
    "BLC - Báo in & Báo điện tử",
  ],
  "dai-ptth-lai-chau": [
    "Đài PT&TH LC (kênh LTV)",
    "Dai Phat thanh - Truyen hinh LC (LTV)",
    "Đài Phát thanh-Truyền hình tỉnh Lai Châu (Đài tỉnh)",
    "Đài Phát thanh, Truyền hình Lai Châu - LTV",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Tạp chí Văn nghệ LC thuộc Hội Liên hiệp VHNT",
    "Tap chi Van nghe (co quan cua Hoi VHNT Lai Chau)",
    "Tạp chí Văn nghệ - tỉnh Lai Châu (bản in)",
    "BBT Tạp chí Văn nghệ Lai Châu (Hội VHNT)",
  ],
  "tinh-lai-chau": [
    "Toàn tỉnh LC (vùng sâu, xa)",
    "Địa bàn tỉnh Lai Châu - tổng hợp",
    "Tinh Lai Chau - so lieu chung toan dia ban",
    "Toàn tỉnh - khu vực vùng sâu, xa, biên giới",
  ],
};

/** A unit written after a label, by input or kind. */
export const B31_LABEL_UNITS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(tác phẩm)", "(tin, bài, PS)", "- đơn vị: tp"],
  money: ["(triệu đ)", "(tr.VNĐ)", "- ĐV: triệu đồng"],
  count: ["(người)", "(ng.)", "- ĐV: người"],
  "yes-no": ["(có/chưa)", "(Đ/C)"],
  level: ["(cấp)", "(cấp độ 1-5)"],
};

/** The ĐVT column, by input or kind. */
export const B31_MEASURES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["Tác phẩm", "Tin/bài/PS", "TP"],
  money: ["Tr.đ", "Triệu VNĐ", "trđ"],
  count: ["Người", "ng"],
  "yes-no": ["Có/Chưa", "Đã/Chưa"],
  level: ["Cấp", "Cấp (1-5)"],
};

/** Notes with numbers in them (never values). */
export const B31_NOTES: readonly string[] = [
  "Số liệu tính đến hết ngày 15/12/{y}, tăng {p}% so với kỳ trước",
  "Đã trừ {n} tin, bài đăng lại từ báo bạn",
  "Theo sổ sách kế toán, chưa kiểm toán ({y})",
  "Có {n} sản phẩm song ngữ Kinh - Mông",
  "Bao gồm {n} lượt người học trực tuyến",
];

/** Security levels written as words ({n} the level). */
export const B31_LEVEL_TEXTS: readonly string[] = ["Cấp độ {n}", "Cấp {n}", "Mức {n}"];

/** Number formats carrying a unit, by input or kind. */
export const B31_UNIT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  political_articles: ['#,##0" tp"', '#,##0" tin-bài"'],
  money: ['#,##0" trđ"', '#,##0" tr.VNĐ"'],
  count: ['#,##0" ng"', '#,##0" người"'],
};

/** Plan column heads ({y} the year). */
export const B31_PLAN_HEADERS: readonly string[] = [
  "KH giao năm {y}",
  "Mục tiêu phấn đấu {y}",
  "Kế hoạch được giao {y}",
  "Chỉ tiêu KH {y} (giao đầu năm)",
];

/** Part-of-year heads ({y} the year). */
export const B31_PARTIAL_HEADERS: readonly string[] = [
  "Lũy kế 6 tháng đầu năm {y}",
  "TH 6 tháng {y} (đã báo cáo)",
  "Số liệu đến 30/6/{y}",
];

export const B31_YES_NO: ReadonlyArray<readonly [string, string]> = [
  ["Đã vận hành", "Chưa vận hành"],
  ["Đã có (đang dùng)", "Chưa có"],
  ["Đã đưa vào khai thác", "Chưa đưa vào khai thác"],
  ["✔", "✘"],
];

export const B31_LICENSE: ReadonlyArray<readonly [string, string]> = [
  ["Đã được cấp phép lại", "Chưa được cấp lại giấy phép"],
  ["Đã có giấy phép mới", "Chưa có giấy phép mới"],
];

export const B31_NOT_APPLICABLE: readonly string[] = [
  "Không thuộc diện áp dụng",
  "N/A (ấn phẩm in)",
  "Không áp dụng - ấn phẩm in",
];

export const B31_AUTONOMY: readonly [string, string] = ["Đã tự chủ chi thường xuyên", "Chưa tự chủ"];

export const B31_FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BaoLC_b31", "bao lai chau (toa soan)", "BLC-DangBo"],
  "dai-ptth-lai-chau": ["LTV_Dai", "dai ptth lc", "DaiTinh-LTV"],
  "tap-chi-van-nghe-lai-chau": ["TCVNLC_Hoi", "tap chi vn lc", "TapChi-VHNT"],
  "tinh-lai-chau": ["ToanTinh-VSVX", "dia ban tinh", "Tinh-LC-chung"],
};

/** A near-miss row: texts that sit beside an input, and the factor range of its figure against that input. */
export type B31Decoy = { texts: readonly string[]; near: string; scale: readonly [number, number] };

export const B31_DECOYS = {
  allWorks: {
    texts: [
      "Tổng tác phẩm báo chí đăng, phát trong năm (mọi chủ đề)",
      "Toan bo tin bai da xuat ban (ca tin khai thac lai)",
    ],
    near: "political_articles",
    scale: [1.4, 2.3],
  },
  reused: {
    texts: ["Tin, bài khai thác lại từ báo bạn, đăng lại", "Tác phẩm phát lại, biên dịch sang tiếng dân tộc"],
    near: "political_articles",
    scale: [0.2, 0.5],
  },
  advertising: {
    texts: ["Thu quảng cáo, tài trợ, PR trên các ấn phẩm", "Trong đó: thu từ quảng cáo, thông tin tài trợ"],
    near: "revenue",
    scale: [0.15, 0.4],
  },
  orderedFunds: {
    texts: ["Kinh phí NSNN đặt hàng, giao nhiệm vụ cho cơ quan", "Nguồn ngân sách tỉnh cấp theo đặt hàng"],
    near: "revenue",
    scale: [0.4, 0.7],
  },
  pressCards: {
    texts: ["Số người được cấp thẻ nhà báo (còn hạn)", "Trong đó: phóng viên có thẻ nhà báo"],
    near: "staff_total",
    scale: [0.35, 0.65],
  },
  quota: {
    texts: [
      "Người làm việc được phê duyệt tại đề án VTVL của cơ quan",
      "Biên chế cấp trên giao cho cơ quan năm nay",
    ],
    near: "staff_total",
    scale: [1.05, 1.3],
  },
  classes: {
    texts: ["Số lớp, hội thảo về báo chí số đã tổ chức", "Lượt người dự hội thảo chuyên đề báo chí số"],
    near: "staff_trained",
    scale: [0.05, 0.3],
  },
  households: {
    texts: ["Số hộ dân vùng sâu, vùng xa (hộ)", "Hộ gia đình thuộc địa bàn khó khăn, biên giới"],
    near: "remote_population_total",
    scale: [0.18, 0.26],
  },
  notReached: {
    texts: ["Số dân chưa tiếp cận được báo chí thiết yếu", "Nhân khẩu còn nằm trong vùng lõm sóng PT-TH"],
    near: "remote_population_reached",
    scale: [0.01, 0.06],
  },
} as const satisfies Readonly<Record<string, B31Decoy>>;

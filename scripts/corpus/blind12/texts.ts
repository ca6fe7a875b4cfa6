/**
 * The fixed texts of the blind12 split's six layout families (titles, column headers, row names, sentences) and
 * the ordinary words they share with any such document. Written, like ./wordings.ts, without looking at the
 * detector or any other split.
 */

/** The fixed texts of the financial statement family. */
export const B12_FINANCE = {
  forms: ["Biểu số 02/TC-BC", "Phụ biểu 03 (thu - chi)", "Mẫu 01-TC/CQBC"],
  titles: [
    "BÁO CÁO TÌNH HÌNH THU, CHI TÀI CHÍNH GIAI ĐOẠN",
    "TỔNG HỢP THU - CHI HOẠT ĐỘNG SỰ NGHIỆP CÁC NĂM",
    "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TÀI CHÍNH NHIỀU NĂM",
  ],
  currency: ["Đơn vị tính: triệu đồng", "ĐVT: Tr.đồng", "(Đơn vị: triệu VNĐ)"],
  info: ["I. THÔNG TIN CHUNG VỀ ĐƠN VỊ", "I. MỘT SỐ THÔNG TIN VỀ ĐƠN VỊ"],
  table: ["II. TÌNH HÌNH THU, CHI CÁC NĂM", "II. SỐ LIỆU THU - CHI"],
  settled: ["Số quyết toán", "Quyết toán các năm", "Số liệu đã quyết toán"],
  current: ["Ước thực hiện năm {y}", "Thực hiện năm {y} (ước)", "Số thực hiện {y}"],
  ratio: ["So sánh ƯTH/DT (%)", "Tỷ lệ thực hiện/dự toán"],
  totalSources: ["TỔNG NGUỒN KINH PHÍ (I + II)", "Tổng nguồn tài chính trong năm"],
  parts: [
    "Thu phát hành, bán ấn phẩm",
    "Thu dịch vụ sản xuất chương trình",
    "Thu khác (lãi tiền gửi, thanh lý)",
  ],
  balance: ["Chênh lệch thu - chi", "Chênh lệch nguồn so với chi"],
  scratch: ["Nhap lieu quy", "bang ke tam"],
} as const;

/** The fixed texts of the system inventory family. */
export const B12_INVENTORY = {
  titles: [
    "DANH MỤC HỆ THỐNG THÔNG TIN, NỀN TẢNG SỐ CỦA CÁC CƠ QUAN BÁO CHÍ TỈNH",
    "SỔ THEO DÕI HỆ THỐNG THÔNG TIN VÀ HỒ SƠ CẤP ĐỘ CỦA CƠ QUAN BÁO CHÍ",
  ],
  system: ["Tên hệ thống / nền tảng / mô hình", "Hệ thống, nền tảng, phần mềm"],
  host: ["Nơi đặt máy chủ", "Hạ tầng vận hành"],
  since: ["Năm đưa vào sử dụng", "Năm vận hành"],
  status: ["Hiện trạng triển khai", "Đã triển khai hay chưa"],
  proposed: ["Cấp độ đề xuất trong hồ sơ", "Cấp độ theo hồ sơ đề xuất"],
  decision: ["Số, ngày QĐ phê duyệt cấp độ", "Quyết định phê duyệt hồ sơ"],
  hosts: ["Trung tâm dữ liệu tỉnh", "Thuê máy chủ VNPT", "Viettel IDC", "Máy chủ đặt tại cơ quan"],
  epress: {
    "bao-lai-chau": ["Báo điện tử baolaichau.vn", "Hệ thống báo điện tử của Báo"],
    "dai-ptth-lai-chau": [
      "Trang thông tin điện tử tổng hợp của Đài",
      "Hệ thống phát thanh, truyền hình trực tuyến",
    ],
    "tap-chi-van-nghe-lai-chau": ["Phiên bản điện tử của Tạp chí", "Trang tin điện tử Tạp chí (dự kiến)"],
  },
  running: ["Đang chạy ổn định", "Vận hành bình thường"],
  licenceSheet: ["Giay phep BC", "GP hoạt động"],
  licenceTitle: ["THEO DÕI GIẤY PHÉP HOẠT ĐỘNG BÁO CHÍ CỦA CÁC CƠ QUAN BÁO CHÍ ĐỊA PHƯƠNG"],
  product: ["Loại hình, ấn phẩm", "Sản phẩm báo chí"],
  licenceNo: ["Số giấy phép", "Giấy phép số"],
  licenceValid: ["Thời hạn giấy phép", "Hiệu lực đến"],
  valid: ["Còn hiệu lực", "Đang có hiệu lực"],
  products: {
    "bao-lai-chau": ["Báo in (Báo Lai Châu)", "Báo điện tử"],
    "dai-ptth-lai-chau": ["Kênh truyền hình LTV", "Kênh phát thanh Lai Châu", "Trang TTĐT tổng hợp"],
    "tap-chi-van-nghe-lai-chau": ["Tạp chí in (xuất bản 2 tháng/kỳ)"],
  },
  lists: ["DM_chon", "list_an"],
  staffSheet: ["Nguoi lam bao 2025", "Nhan luc BC"],
  staffTitle: [
    "SỐ LƯỢNG NGƯỜI LÀM BÁO TẠI CÁC CƠ QUAN BÁO CHÍ TỈNH (ĐẾN 31/10/2025)",
    "THỐNG KÊ NHÂN LỰC CÁC CƠ QUAN BÁO CHÍ ĐỊA PHƯƠNG NĂM 2025",
  ],
  reporters: ["Trong đó: phóng viên, biên tập viên", "Riêng PV, BTV"],
} as const;

/** The fixed texts of the training family. */
export const B12_TRAINING = {
  titles: [
    "KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025",
    "TỔNG HỢP CÁC LỚP TẬP HUẤN CHUYỂN ĐỔI SỐ CHO NGƯỜI LÀM BÁO NĂM 2025",
  ],
  course: ["Tên lớp, nội dung bồi dưỡng", "Khóa học / lớp tập huấn"],
  organiser: ["Đơn vị tổ chức", "Cơ quan mở lớp"],
  when: ["Thời gian", "Ngày học"],
  mode: ["Hình thức", "Hình thức học"],
  attendance: ["Số học viên cử đi học", "Học viên tham dự theo cơ quan"],
  courses: [
    "Bồi dưỡng kỹ năng sản xuất nội dung đa nền tảng",
    "Tập huấn ứng dụng trí tuệ nhân tạo trong tác nghiệp",
    "An toàn thông tin cho cán bộ quản trị hệ thống",
    "Khóa trực tuyến về báo chí dữ liệu",
    "Sử dụng phần mềm quản lý tòa soạn điện tử",
    "Làm video ngắn, podcast cho mạng xã hội",
    "Đo lường, phân tích hành vi độc giả",
    "Kỹ năng chụp ảnh, dựng phim bằng điện thoại",
  ],
  organisers: [
    "Bộ TT&TT",
    "Sở TT&TT Lai Châu",
    "Hội Nhà báo tỉnh",
    "Học viện Báo chí và Tuyên truyền",
    "Đài THVN",
  ],
  modes: ["Trực tiếp", "Trực tuyến", "Kết hợp"],
  summary: [
    "TỔNG HỢP THEO CƠ QUAN (mỗi người chỉ tính một lần)",
    "SỐ NGƯỜI ĐÃ ĐƯỢC BỒI DƯỠNG, KHÔNG TÍNH TRÙNG",
  ],
  share: ["Tỷ lệ đã bồi dưỡng (%)", "Tỷ lệ so với tổng số"],
  next: ["Số người dự kiến cử học năm 2026", "Nhu cầu bồi dưỡng năm tới"],
  summarySheet: ["Tong hop CQ", "Theo co quan"],
  roster: ["DS hoc vien", "danh sach tam"],
  names: [
    "Lò Văn Thành",
    "Nguyễn Thị Hương",
    "Tao Văn Sơn",
    "Vàng A Chứ",
    "Lê Minh Tuấn",
    "Hoàng Thị Mai",
    "Giàng Seo Phử",
    "Trần Đức Long",
    "Lường Thị Xuân",
    "Phạm Quốc Việt",
  ],
} as const;

/** The fixed texts of the reporting-software export family. */
export const B12_EXPORT = {
  files: ["KetXuat_BaoCaoCDS_2025.xlsx", "export_chi_tieu_bao_chi.xlsx", "DuLieu_HeThongBaoCao.xlsx"],
  sheets: ["DuLieu", "Data", "KetXuat"],
  banner: [
    "Hệ thống báo cáo chuyên ngành — kết xuất lúc 08:14 ngày 20/11/2025",
    "Dữ liệu kết xuất từ phần mềm tổng hợp báo cáo, người kết xuất: quản trị",
  ],
  columns: {
    unitCode: ["Mã đơn vị", "Mã ĐVBC"],
    unitName: ["Tên đơn vị báo cáo"],
    code: ["Mã CT"],
    name: ["Tên chỉ tiêu", "Chỉ tiêu báo cáo"],
    short: ["Tên rút gọn", "Tên ngắn"],
    period: ["Kỳ"],
    kind: ["Loại số liệu", "Loại dữ liệu"],
    value: ["Số liệu nhập"],
    state: ["Trạng thái", "Tình trạng duyệt"],
    stamp: ["Cập nhật lúc", "Thời điểm nhập"],
  },
  actual: ["Số thực hiện"],
  states: ["Đã duyệt", "Đã gửi", "Chờ duyệt"],
  unitCodes: {
    "bao-lai-chau": ["H36.07", "000.12.36.H36"],
    "dai-ptth-lai-chau": ["H36.15", "000.23.36.H36"],
    "tap-chi-van-nghe-lai-chau": ["H36.31", "000.41.36.H36"],
    "tinh-lai-chau": ["H36", "000.00.36.H36"],
  },
  lookup: ["_ThamSo", "meta"],
} as const;

/** The fixed texts of the conference dashboard family. */
export const B12_TILES = {
  files: [
    "So lieu hoi nghi so ket CDS bao chi.xlsx",
    "Infographic_CDS_BaoChi_2025.xlsx",
    "Du lieu trinh chieu.xlsx",
  ],
  titles: [
    "SỐ LIỆU NỔI BẬT VỀ CHUYỂN ĐỔI SỐ BÁO CHÍ TỈNH LAI CHÂU NĂM 2025",
    "BẢNG SỐ LIỆU TRÌNH CHIẾU HỘI NGHỊ SƠ KẾT CHUYỂN ĐỔI SỐ BÁO CHÍ",
  ],
  subtitles: ["(Dùng để dựng infographic; số liệu do các cơ quan báo chí cung cấp đến ngày 18/11/2025)"],
  overview: ["Tổng quan", "Trang chiếu 3"],
  lastYear: ["Năm {y}: {v}", "Cùng kỳ {y}: {v}"],
  growth: ["Tăng so với năm 2020", "Mức tăng so với năm gốc 2020"],
  target: ["Chỉ tiêu năm {y}: {v}", "Chỉ tiêu giao: {v}"],
  noData: ["Chưa có số liệu", "Đơn vị chưa gửi"],
  districtSheet: ["Vùng sâu, vùng xa", "VSVX theo huyện"],
  districtTitle: ["NGƯỜI DÂN VÙNG SÂU, VÙNG XA ĐƯỢC TIẾP CẬN BÁO CHÍ CỦA TỈNH (THEO HUYỆN)"],
  district: ["Huyện, thành phố", "Địa bàn"],
  communes: ["Số xã, thị trấn VSVX", "Số xã khu vực III"],
  share: ["Tỷ lệ tiếp cận (%)", "Tỷ lệ được tiếp cận"],
  total: ["Cộng toàn tỉnh", "Tổng cộng các huyện"],
  pending: ["Đang tổng hợp", "Chưa đủ số liệu"],
  districts: [
    "Thành phố Lai Châu",
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
    "Huyện Nậm Nhùn",
    "Huyện Than Uyên",
    "Huyện Tân Uyên",
  ],
  chart: ["chart_data", "So lieu ve bieu do"],
} as const;

/** The fixed texts of the report-outline family. */
export const B12_OUTLINE = {
  files: ["De cuong bao cao so ket", "Phu luc so lieu so ket", "BC so ket 2 nam"],
  sheets: ["Đề cương", "Phụ lục số liệu"],
  titles: [
    "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT HAI NĂM CHUYỂN ĐỔI SỐ BÁO CHÍ (KÈM SỐ LIỆU)",
    "PHỤ LỤC SỐ LIỆU BÁO CÁO SƠ KẾT CHUYỂN ĐỔI SỐ BÁO CHÍ 2023 - 2025",
  ],
  content: ["Nội dung báo cáo", "Nội dung đề nghị báo cáo"],
  figure: ["Số liệu báo cáo"],
  evidence: ["Tài liệu kiểm chứng kèm theo"],
  sections: {
    results: "KẾT QUẢ TRIỂN KHAI",
    infrastructure: "Hạ tầng, nền tảng và an toàn thông tin",
    money: "Nguồn thu và cơ chế tài chính",
    people: "Nguồn nhân lực",
    output: "Sản xuất nội dung phục vụ nhiệm vụ chính trị",
    licence: "Cấp phép hoạt động",
    remote: "Thông tin thiết yếu đến vùng sâu, vùng xa",
    problems: "KHÓ KHĂN, VƯỚNG MẮC",
    proposals: "ĐỀ XUẤT, KIẾN NGHỊ",
  },
  spread: "Việc quán triệt, phổ biến nội dung chuyển đổi số tới cán bộ, phóng viên",
  spreadAnswers: [
    "Đã quán triệt tới toàn thể cán bộ, phóng viên tại hội nghị cơ quan",
    "Phổ biến qua nhóm Zalo nội bộ và giao ban tuần",
  ],
  problemsAnswers: [
    "Thiếu nhân lực công nghệ thông tin, trang thiết bị đã xuống cấp",
    "Kinh phí đầu tư hạ tầng còn hạn chế, phụ thuộc ngân sách",
  ],
  remoteAnswers: ["Do Sở tổng hợp chung toàn tỉnh", "Đơn vị không theo dõi số liệu này"],
  proposalsAnswers: [
    "Đề nghị tỉnh hỗ trợ kinh phí xây dựng tòa soạn hội tụ",
    "Đề nghị tổ chức thêm lớp bồi dưỡng kỹ năng số tại chỗ",
  ],
  nextYear: ["Dự kiến năm {y}", "Phấn đấu năm {y}"],
  evidenceTexts: [
    "Quyết định số 128/QĐ-BLC",
    "Báo cáo tài chính năm",
    "Danh sách kèm theo",
    "Biên bản nghiệm thu sản phẩm",
  ],
  help: ["Huong dan", "Cach ghi"],
  helpTexts: [
    "Cột Số liệu: ghi số, không ghi chữ; mục có/không ghi rõ đã thực hiện hay chưa.",
    "Số liệu tiền ghi theo triệu đồng, làm tròn đến hàng đơn vị.",
  ],
} as const;

/**
 * Ordinary words such documents have that are not new on purpose (column names, the word for an actual figure):
 * the families draw from these beside their own texts, and the guard test does not hold them to being unseen.
 */
export const B12_COMMON = {
  columns: {
    unitName: ["Đơn vị"],
    code: ["Mã chỉ tiêu"],
    period: ["Kỳ báo cáo"],
    value: ["Giá trị"],
  } as Readonly<Record<string, readonly string[]>>,
  actual: ["Thực hiện", "TH"],
  figure: ["Số liệu", "Kết quả"],
  evidence: ["Minh chứng"],
} as const;

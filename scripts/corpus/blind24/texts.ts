/**
 * The blind24 families' fixed texts: titles, captions, column heads, file and sheet names. {y} is a year, {n} a
 * number or a quarter.
 */

/** The licence amendment dossier (./dossier.ts). */
export const B24_DOSSIER = {
  files: ["Ho so GPHD - {n}.xlsx", "To khai sua doi GP_{n}.xlsx", "{n} - ho so giay phep.xlsx"],
  sheet: ["Tờ khai", "To khai GP", "Mau to khai"],
  title: [
    "TỜ KHAI ĐỀ NGHỊ SỬA ĐỔI, BỔ SUNG GIẤY PHÉP HOẠT ĐỘNG BÁO CHÍ",
    "TỜ KHAI BỔ SUNG NỘI DUNG GIẤY PHÉP HOẠT ĐỘNG",
  ],
  titleMagazine: [
    "TỜ KHAI ĐỀ NGHỊ CẤP LẠI GIẤY PHÉP HOẠT ĐỘNG TẠP CHÍ IN",
    "TỜ KHAI XIN CẤP LẠI GIẤY PHÉP XUẤT BẢN TẠP CHÍ",
  ],
  sub: [
    "(Kèm theo hồ sơ gửi Bộ Văn hóa, Thể thao và Du lịch, tháng 11/{y})",
    "(Thông tin kê khai tính đến thời điểm nộp hồ sơ năm {y})",
  ],
  general: ["I. THÔNG TIN CHUNG VỀ CƠ QUAN BÁO CHÍ", "I. Những thông tin chung của đơn vị"],
  nameRow: ["Tên cơ quan đề nghị", "Tên đơn vị xin sửa đổi giấy phép"],
  parentRow: ["Cơ quan chủ quản trực tiếp", "Đơn vị chủ quản"],
  parents: {
    "bao-lai-chau": "Tỉnh ủy tỉnh Lai Châu",
    "dai-ptth-lai-chau": "Ủy ban nhân dân tỉnh Lai Châu",
    "tap-chi-van-nghe-lai-chau": "Hội Văn học Nghệ thuật tỉnh Lai Châu",
  },
  results: [
    "II. KẾT QUẢ HOẠT ĐỘNG 05 NĂM LIỀN KỀ TRƯỚC KHI ĐỀ NGHỊ",
    "II. Tình hình hoạt động năm năm gần đây",
  ],
  content: ["Nội dung kê khai", "Các mục kê khai"],
  yearHead: ["Năm {y}", "Thực hiện {y}"],
  remark: ["Ghi chú kèm theo", "Giải trình thêm"],
  pledge: [
    "Cơ quan đề nghị cam kết chịu trách nhiệm về tính chính xác của các thông tin đã kê khai.",
    "Chúng tôi cam đoan những nội dung kê khai trên là đúng sự thật.",
  ],
  scratch: ["Nháp số liệu", "tinh nhap"],
} as const;

/** The indicator ranking blocks (./ranking.ts). */
export const B24_RANKING = {
  files: ["Xep hang co quan bao chi 2025.xlsx", "Bang xep hang chi so CDS bao chi.xlsx"],
  sheet: ["Xếp hạng", "Xep hang 2025"],
  title: [
    "BẢNG XẾP HẠNG CÁC CƠ QUAN BÁO CHÍ THEO TỪNG CHỈ SỐ NĂM {y}",
    "KẾT QUẢ SO SÁNH, XẾP THỨ TỰ BA CƠ QUAN BÁO CHÍ CỦA TỈNH NĂM {y}",
  ],
  sub: [
    "(Sắp xếp từ cao xuống thấp theo số liệu năm {y}; đơn vị thiếu số liệu xếp cuối)",
    "(Thứ tự trong mỗi bảng theo kết quả năm {y}, không theo thứ tự cơ quan)",
  ],
  rank: ["Thứ hạng", "Xếp thứ"],
  agency: ["Cơ quan báo chí", "Tên cơ quan"],
  yearHead: ["Năm {y}", "KQ năm {y}"],
  change: ["Tăng, giảm so năm trước (%)", "+/- so với năm liền trước (%)"],
  value: ["Số liệu cuối năm {y}", "Kết quả đến 31/12/{y}"],
  share: ["Tỷ trọng trong tổng số 3 cơ quan (%)", "Chiếm tỷ lệ trong cả 3 đơn vị (%)"],
  reference: ["Để tham khảo: ", "Số liệu tham khảo - "],
  qualitative: ["CÁC TIÊU CHÍ ĐÁNH GIÁ ĐỊNH TÍNH", "NHÓM TIÊU CHÍ CÓ/CHƯA"],
  provinceBlock: ["SỐ LIỆU CHUNG CỦA TỈNH (không xếp hạng)", "PHẦN SỐ LIỆU TOÀN TỈNH - không xếp thứ"],
  hiddenSheet: ["tinh_hang", "Sort_data"],
} as const;

/** The district coverage of articles (./district.ts). */
export const B24_DISTRICT = {
  files: ["Tac pham theo dia ban huyen.xlsx", "Thong ke tin bai theo huyen, thanh pho.xlsx"],
  title: [
    "SỐ TÁC PHẨM MỚI PHỤC VỤ NHIỆM VỤ CHÍNH TRỊ PHÂN THEO ĐỊA BÀN HUYỆN, THÀNH PHỐ",
    "THỐNG KÊ TÁC PHẨM TUYÊN TRUYỀN CHÍNH TRỊ THEO ĐỊA BÀN PHẢN ÁNH",
  ],
  place: ["Địa bàn phản ánh", "Huyện, thành phố"],
  districts: [
    "Thành phố Lai Châu",
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
    "Huyện Nậm Nhùn",
    "Huyện Tân Uyên",
    "Huyện Than Uyên",
  ],
  general: ["Chung toàn tỉnh, không gắn địa bàn", "Tin bài chung cấp tỉnh"],
  total: ["Cộng toàn đơn vị", "Tổng cộng các địa bàn"],
  yearHead: ["Năm {y}", "{y}"],
  provinceSheet: ["Dân số VSVX theo huyện", "Dan so vung kho theo huyen"],
  provinceTitle: [
    "DÂN SỐ VÙNG SÂU, VÙNG XA, BIÊN GIỚI VÀ SỐ DÂN ĐƯỢC TIẾP CẬN BÁO CHÍ THEO HUYỆN",
    "THỐNG KÊ NGƯỜI DÂN VÙNG KHÓ KHĂN TIẾP CẬN BÁO CHÍ THIẾT YẾU PHÂN THEO HUYỆN",
  ],
  provinceTotal: ["Cộng toàn tỉnh", "Tổng cộng 8 huyện, thành phố"],
  hiddenSheet: ["So goc huyen", "Nhap_lieu"],
} as const;

/** The quarterly reports with cumulative figures (./quarterly.ts). */
export const B24_QUARTERLY = {
  files: ["BC quy {n}-2025.xlsx", "Bao cao quy {n} nam 2025.xlsx"],
  lastFile: ["BC quy IV va ca nam 2025.xlsx", "Bao cao quy IV, tong ket nam 2025.xlsx"],
  sheet: ["Báo cáo quý", "BC quy"],
  title: [
    "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ BÁO CHÍ QUÝ {n} NĂM 2025",
    "TÌNH HÌNH THỰC HIỆN CHỈ TIÊU CĐS CÁC CƠ QUAN BÁO CHÍ - QUÝ {n}/2025",
  ],
  quarterHead: ["Thực hiện riêng quý {n}", "Trong quý {n}/2025"],
  cumulativeHead: ["Lũy kế từ đầu năm đến hết quý {n}", "Cộng dồn đến quý {n}/2025"],
  sameTimeHead: ["Cùng kỳ năm 2024 (lũy kế)", "Cùng thời điểm năm trước"],
  yearHead: ["Thực hiện cả năm 2025", "Tổng cộng năm 2025"],
  lastYearHead: ["Thực hiện cả năm 2024", "Năm 2024 (cả năm)"],
  indicator: ["Tên chỉ tiêu", "Nội dung chỉ tiêu"],
  statusSection: ["Hiện trạng đến 31/12/2025", "Các chỉ tiêu hiện trạng cuối năm"],
  provinceSection: ["III. TOÀN TỈNH", "III. SỐ LIỆU CHUNG CỦA TỈNH"],
  quarters: ["I", "II", "III", "IV"],
} as const;

/** The register of platform channels (./channels.ts). */
export const B24_CHANNELS = {
  files: ["Danh muc kenh nen tang so bao chi LC.xlsx", "DS tai khoan MXH co quan bao chi.xlsx"],
  listSheet: ["Danh mục kênh", "DS kenh, tai khoan"],
  summarySheet: ["Tổng hợp hiện trạng", "Tong hop theo co quan"],
  listTitle: [
    "DANH MỤC KÊNH, TÀI KHOẢN CỦA CÁC CƠ QUAN BÁO CHÍ TRÊN NỀN TẢNG SỐ",
    "THỐNG KÊ CÁC TRANG, KÊNH CHÍNH THỨC CỦA BÁO CHÍ ĐỊA PHƯƠNG TRÊN MẠNG XÃ HỘI",
  ],
  summaryTitle: [
    "TỔNG HỢP HIỆN TRẠNG CHUYỂN ĐỔI SỐ THEO TỪNG CƠ QUAN BÁO CHÍ",
    "HIỆN TRẠNG ỨNG DỤNG CÔNG NGHỆ SỐ CỦA 3 CƠ QUAN BÁO CHÍ",
  ],
  platform: ["Nền tảng", "Loại nền tảng"],
  account: ["Tên trang, kênh, tài khoản", "Tài khoản chính thức"],
  followers: ["Lượt theo dõi hiện tại", "Số người đăng ký, theo dõi"],
  verified: ["Tích xanh xác thực", "Đã xác minh chủ sở hữu"],
  platforms: ["Facebook (fanpage)", "YouTube", "TikTok", "Zalo OA", "Ứng dụng di động", "Podcast (Spotify)"],
  channelCount: ["Số kênh đang hoạt động", "Tổng số trang, kênh"],
  followerSum: ["Tổng lượt theo dõi các kênh", "Cộng người theo dõi"],
  hiddenSheet: ["Danh muc tra cuu", "ListNenTang"],
} as const;

/** The information-security report's appendices (./infosec.ts). */
export const B24_INFOSEC = {
  files: ["Phu luc BC ATTT nam 2025.xlsx", "PL bao cao an toan thong tin 2025.xlsx"],
  registerSheet: ["PL1-Danh muc HTTT", "PL01 HTTT"],
  incidentSheet: ["PL2-Su co", "PL02 Su co ATTT"],
  peopleSheet: ["PL3-Nhan luc", "PL03 Nhan su"],
  registerTitle: [
    "DANH MỤC HỆ THỐNG THÔNG TIN ĐÃ ĐƯỢC XÁC ĐỊNH CẤP ĐỘ TRÊN ĐỊA BÀN TỈNH",
    "PHỤ LỤC 01: CÁC HỆ THỐNG THÔNG TIN VÀ CẤP ĐỘ AN TOÀN ĐƯỢC PHÊ DUYỆT",
  ],
  incidentTitle: [
    "PHỤ LỤC 02: SỐ SỰ CỐ, CẢNH BÁO MẤT AN TOÀN THÔNG TIN ĐÃ XỬ LÝ",
    "THỐNG KÊ SỰ CỐ ATTT MẠNG THEO ĐƠN VỊ",
  ],
  peopleTitle: [
    "PHỤ LỤC 03: NHÂN LỰC VÀ BỒI DƯỠNG CỦA CÁC CƠ QUAN BÁO CHÍ",
    "NHÂN SỰ, ĐÀO TẠO TẠI CÁC CƠ QUAN BÁO CHÍ TỈNH NĂM 2025",
  ],
  system: ["Tên hệ thống thông tin", "Hệ thống"],
  owner: ["Chủ quản hệ thống", "Đơn vị vận hành"],
  proposed: ["Cấp độ đơn vị đề xuất", "Đề xuất trong hồ sơ"],
  approved: ["Cấp độ được phê duyệt chính thức", "Cấp độ theo QĐ phê duyệt"],
  decision: ["Số quyết định phê duyệt", "QĐ phê duyệt (số, ngày)"],
  otherSystems: [
    ["Cổng thông tin điện tử tỉnh", "Văn phòng UBND tỉnh"],
    ["Hệ thống quản lý văn bản và điều hành", "Sở Khoa học và Công nghệ"],
    ["Hệ thống thông tin giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh"],
    ["Phần mềm quản lý hồ sơ sức khỏe điện tử", "Sở Y tế"],
    ["Cơ sở dữ liệu đất đai tỉnh", "Sở Nông nghiệp và Môi trường"],
  ],
  systems: {
    "bao-lai-chau": ["Báo điện tử Lai Châu (baolaichau.vn)", "Hệ thống xuất bản Báo LC điện tử"],
    "dai-ptth-lai-chau": ["Trang TTĐT và ứng dụng LTV", "Hệ thống phát sóng số, cổng TTĐT của Đài"],
    "tap-chi-van-nghe-lai-chau": ["Trang giới thiệu Tạp chí Văn nghệ", "Trang tin nội bộ tạp chí"],
  },
  incidentHead: ["Số sự cố năm {y}", "Cảnh báo đã xử lý {y}"],
  itStaff: ["Cán bộ chuyên trách CNTT, ATTT", "Người phụ trách kỹ thuật, ATTT"],
} as const;

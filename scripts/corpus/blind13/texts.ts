/** The blind13 families' own fixed texts (titles, column headers, captions, row names), by family. */

export const B13_YEARBOOK = {
  files: ["Nien giam bao chi LC", "NienGiam_BaoChi_2025", "Số liệu niên giám báo chí"],
  sheets: ["Biểu 12.4", "NG 2025", "Bao chi"],
  titles: [
    "Một số chỉ tiêu chủ yếu về hoạt động báo chí địa phương",
    "Hoạt động báo chí, phát thanh, truyền hình của tỉnh qua các năm",
  ],
  firstHead: ["Chỉ tiêu / Đơn vị", "Danh mục"],
  years: ["Chia ra các năm", "Qua các năm"],
  status: ["Hiện trạng đến cuối năm 2025", "Tình trạng tại thời điểm 31/12/2025"],
  total: ["Tổng số các cơ quan", "Cộng chung"],
  foot: ["Số liệu năm 2025 là số sơ bộ", "Nguồn: báo cáo của các cơ quan báo chí"],
  draft: ["SoLieuGoc", "Nguon_tho"],
} as const;

export const B13_ROADMAP = {
  files: ["Lo trinh CDS bao chi", "LoTrinh_3414_theodoi"],
  sheets: ["Lộ trình", "Theo doi lo trinh"],
  titles: [
    "Theo dõi lộ trình chuyển đổi số của các cơ quan báo chí tỉnh",
    "Lộ trình và kết quả thực hiện chuyển đổi số báo chí giai đoạn 2020-2030",
  ],
  content: ["Nội dung lộ trình", "Hạng mục"],
  kind: ["Loại số", "KH/TH"],
  planMarks: ["Kế hoạch", "KH"],
  actualMarks: ["Thực hiện", "Kết quả đạt"],
  goal: ["Mục tiêu 2030", "Định hướng 2030"],
  remark: ["Ghi chú", "Diễn giải"],
} as const;

export const B13_CHANNELS = {
  files: ["San luong theo loai hinh", "SanLuong_KenhPhanPhoi_2025"],
  titleArticles: ["Chia theo loại hình, kênh phát hành", "Phân theo kênh đăng, phát"],
  titleRevenue: ["Chia theo nguồn thu", "Cơ cấu nguồn thu"],
  titleStatus: ["Hạ tầng, cơ chế và nhân lực", "Một số thông tin khác"],
  year: ["Năm", "Năm số liệu"],
  channels: {
    "bao-lai-chau": ["Báo in", "Báo điện tử", "Fanpage, Zalo OA"],
    "dai-ptth-lai-chau": ["Sóng phát thanh", "Sóng truyền hình", "Cổng TTĐT", "YouTube, TikTok"],
    "tap-chi-van-nghe-lai-chau": ["Số in định kỳ", "Trang web tạp chí"],
  },
  sources: ["Quảng cáo", "Đặt hàng, giao nhiệm vụ", "Dịch vụ, sự kiện", "Thu khác"],
  item: ["Nội dung", "Thông tin"],
  answer: ["Số liệu / trả lời", "Kết quả"],
} as const;

export const B13_PROFILE = {
  titles: ["PHIẾU THÔNG TIN CƠ QUAN BÁO CHÍ", "HỒ SƠ CƠ QUAN BÁO CHÍ NĂM 2025"],
  sheets: ["Hồ sơ cơ quan", "Thong tin co ban"],
  general: ["I. THÔNG TIN CHUNG", "I. THONG TIN CO BAN"],
  staff: ["II. NHÂN LỰC", "II. TỔ CHỨC BỘ MÁY, NHÂN SỰ"],
  digital: ["III. CHUYỂN ĐỔI SỐ", "III. HẠ TẦNG, CÔNG NGHỆ"],
  results: ["IV. KẾT QUẢ HOẠT ĐỘNG QUA CÁC NĂM", "IV. SO LIEU HOAT DONG"],
  fields: {
    address: "Địa chỉ trụ sở:",
    founded: "Năm thành lập:",
    licence: "Giấy phép số:",
    phone: "Điện thoại:",
    parent: "Cơ quan chủ quản:",
  },
  yearWord: ["năm", "-"],
  province: ["SỐ LIỆU CHUNG TOÀN TỈNH", "THÔNG TIN VÙNG SÂU, VÙNG XA"],
} as const;

export const B13_MATRIX = {
  files: ["Nhap lieu khao sat CDS", "DuLieu_PhieuKS_2025"],
  sheets: ["NhapLieu", "Data entry"],
  codebook: ["MaHoa", "Codebook"],
  lists: ["DM", "_list"],
  code: ["Mã ĐV", "ID"],
  name: ["Đơn vị (tên đầy đủ)", "Đơn vị trả lời"],
  codeCol: ["Mã câu", "Biến"],
  question: ["Nội dung câu hỏi", "Câu hỏi đầy đủ"],
  answers: ["Cách ghi", "Quy ước trả lời"],
  oneZero: ["1 = Có; 0 = Không", "Ghi 1 nếu có, 0 nếu chưa"],
  words: ["Ghi bằng chữ", "Chọn trong danh sách"],
  number: ["Ghi số", "Số nguyên"],
  remark: ["Ghi chú của người nhập", "Ghi chu"],
} as const;

export const B13_TALLY = {
  files: ["TH tin bai theo chu de", "TinBai_ChuDe_2025"],
  sheets: ["Theo chủ đề", "Tin bai chu de"],
  others: ["Chỉ tiêu khác", "Khac"],
  titles: [
    "Tổng hợp tin, bài tuyên truyền theo chủ đề trọng tâm",
    "Kết quả tuyên truyền các nhiệm vụ chính trị theo chủ đề",
  ],
  topic: ["Chủ đề, sự kiện", "Nội dung tuyên truyền"],
  topics: [
    "Đại hội Đảng bộ các cấp",
    "Chương trình mục tiêu quốc gia",
    "Phòng, chống thiên tai, sạt lở",
    "Quốc phòng, an ninh biên giới",
    "Cải cách hành chính, chuyển đổi số",
    "Gương người tốt, việc tốt",
    "Văn hóa các dân tộc",
    "Phát triển kinh tế - du lịch",
  ],
  sum: ["Cộng theo cơ quan", "Tổng (tất cả cơ quan)"],
  total: ["Cộng năm {y}", "Tổng cộng năm {y}"],
  previous: ["Cả năm {y}", "Năm {y} (cả năm)"],
  revenue: ["Doanh thu các năm", "Số thu qua các năm"],
  status: ["Hiện trạng CĐS", "Tinh trang chung"],
  item: ["Nội dung đánh giá", "Tiêu chí"],
  answer: ["Kết quả tự đánh giá", "Trả lời"],
} as const;

/** The blind30 families' fixed texts: titles, captions, column heads and scratch names ({y}: a year). */

export const B30_AUDIT = {
  files: [
    "Theo doi kien nghi KTNN - bao chi",
    "TD_KienNghi_KiemToan_2025",
    "Bang theo doi khac phuc sau kiem toan",
  ],
  titles: [
    "Bảng theo dõi thực hiện kiến nghị của Kiểm toán nhà nước",
    "Tình hình khắc phục sau kiểm toán ngân sách địa phương",
  ],
  subtitles: [
    "(Kèm theo báo cáo kết quả thực hiện kết luận, kiến nghị kiểm toán niên độ 2022-2025)",
    "(Số liệu do đơn vị tự kê khai, đối chiếu với biên bản kiểm toán)",
  ],
  section1: ["I. Số thu theo năm tài chính được kiểm toán", "I. Nguồn thu qua các niên độ kiểm toán"],
  section2: ["II. Tổ chức bộ máy và người làm việc", "II. Nhân sự tại thời điểm kiểm toán"],
  section3: ["III. Cơ chế quản lý tài chính", "III. Về cơ chế tự chủ của đơn vị"],
  yearHead: "Niên độ",
  planHead: "Kế hoạch thu được giao",
  noteHead: "Tình trạng kiến nghị",
  states: ["Đã khắc phục xong", "Đang khắc phục", "Chờ ý kiến Sở Tài chính"],
  scratchNames: ["Nhap_KT", "tam tinh KT", "So lieu goc KTNN"],
  scratchRow: "Số thu theo sổ kế toán năm {y}",
};

export const B30_ITFORM = {
  files: ["BC ung dung CNTT-CDS 2025", "Bao_cao_UDCNTT_nam_2025", "PL bao cao CNTT chuyen doi so"],
  titles: [
    "Phụ lục: Tình hình ứng dụng công nghệ thông tin, chuyển đổi số năm 2025",
    "Báo cáo số liệu ứng dụng CNTT và chuyển đổi số trong đơn vị năm 2025",
  ],
  reporter: "Đơn vị báo cáo:",
  codeHead: "Mã chỉ số",
  contentHead: "Nội dung thống kê",
  measureHead: "ĐV đo lường",
  lastHead: "Số liệu năm 2024",
  thisHead: "Số liệu năm 2025",
  noteHead: "Giải trình, ghi chú",
  sections: [
    "I. HẠ TẦNG KỸ THUẬT",
    "II. HỆ THỐNG THÔNG TIN VÀ BẢO ĐẢM AN TOÀN",
    "III. NGUỒN NHÂN LỰC",
    "IV. NỘI DUNG SỐ VÀ NGUỒN THU",
    "V. CƠ CHẾ HOẠT ĐỘNG",
  ],
  bandwidth: "Tổng băng thông kết nối Internet (Mbps)",
  proposed: "Cấp độ đề xuất nâng cấp cho giai đoạn 2026-2030",
  listSheet: ["DanhMuc", "DM_chon"],
};

export const B30_PARTY = {
  files: ["Phu luc tong ket chi bo 2025", "PL_ket_qua_NQ_chi_bo_2025", "Tong ket cong tac chi bo nam 2025"],
  titles: [
    "Kết quả thực hiện các chỉ tiêu nghị quyết chi bộ năm 2025",
    "Phụ lục số liệu báo cáo tổng kết công tác xây dựng Đảng và nhiệm vụ chính trị năm 2025",
  ],
  sheetPrefix: ["Chi bo", "CB"],
  partA: "A. Công tác xây dựng Đảng",
  partB: "B. Lãnh đạo thực hiện nhiệm vụ chuyên môn",
  newMembers: "Số đảng viên mới kết nạp trong năm",
  grading: "Chi bộ tự xếp loại chất lượng",
  gradeWords: ["Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"],
  contentHead: "Nội dung chỉ tiêu",
  thisHead: "Thực hiện năm 2025",
  lastHead: "Thực hiện năm 2024",
  judgeHead: "Chi bộ tự đánh giá",
  judgeWords: ["Đạt", "Vượt", "Chưa đạt"],
  noteHead: "Ghi chú của chi bộ",
};

export const B30_BRIEF = {
  file: [
    "Tai lieu lam viec voi co quan bao chi",
    "So lieu buoi lam viec Chu tich UBND",
    "TL_lam_viec_bao_chi_2025",
  ],
  titles: [
    "Số liệu phục vụ buổi làm việc của Chủ tịch UBND tỉnh với các cơ quan báo chí",
    "Tài liệu tóm tắt tình hình các cơ quan báo chí địa phương (phục vụ Lãnh đạo UBND tỉnh)",
  ],
  prepared: "Văn phòng UBND tỉnh tổng hợp từ báo cáo của các cơ quan",
  contentHead: "Nội dung",
  totalHead: "Cộng 3 cơ quan",
  planHead: "Mục tiêu KH 3414 đến 2025",
  sections: [
    "1. Sản xuất nội dung phục vụ nhiệm vụ chính trị",
    "2. Nguồn thu",
    "3. Nhân lực",
    "4. Chuyển đổi số",
    "5. Phủ sóng, phát hành vùng khó khăn",
  ],
  talkSheet: ["Goi y phat bieu", "Noi dung trao doi"],
  talk: [
    "Đề nghị các cơ quan tập trung hoàn thành mục tiêu trước 25/11",
    "Lưu ý bảo đảm an toàn thông tin cho hệ thống báo điện tử",
    "Đẩy nhanh tiến độ xây dựng tòa soạn hội tụ",
  ],
  oldSheet: ["So lieu buoi lam viec truoc", "Ban cu 2024"],
};

export const B30_COORD = {
  file: [
    "Tong hop CT phoi hop tuyen truyen",
    "KQ_chuong_trinh_phoi_hop_bao_chi",
    "Phoi hop tuyen truyen 2021-2025",
  ],
  titles: [
    "Kết quả thực hiện Chương trình phối hợp tuyên truyền giữa UBND tỉnh và các cơ quan báo chí",
    "Tổng hợp kết quả phối hợp thông tin, tuyên truyền với các cơ quan báo chí của tỉnh",
  ],
  yearLine: "Năm thực hiện: {y}",
  sheetName: "Nam {y}",
  partialSheet: "Den 30-9-{y}",
  agencyHead: "Cơ quan báo chí",
  totalRow: "Cộng các cơ quan",
  noteHead: "Ghi chú phối hợp",
  oldSheet: ["Tong hop (cu)", "Nhap so lieu"],
};

export const B30_UNION = {
  files: ["TK cong doan co so 2025", "Bieu_thong_ke_CDCS_2025", "Thong ke CDCS nam 2025"],
  sheet: ["Bieu 01-TKCD", "TK CDCS"],
  titles: [
    "Biểu thống kê hoạt động công đoàn cơ sở năm 2025",
    "Số liệu thống kê tình hình đoàn viên, người lao động và phong trào thi đua năm 2025",
  ],
  unionName: "Công đoàn cơ sở",
  codeHead: "Mã dòng",
  contentHead: "Chỉ tiêu thống kê",
  measureHead: "ĐVT",
  lastHead: "Năm trước (2024)",
  thisHead: "Năm báo cáo (2025)",
  ratioHead: "Tỷ lệ so sánh (%)",
  noteHead: "Ghi chú của BCH",
  women: "Trong đó: lao động nữ",
  income: "Thu nhập bình quân (triệu đồng/người/tháng)",
  emulation: "Phong trào thi đua lao động giỏi, lao động sáng tạo",
  printPart: ["- Trên ấn phẩm, sóng phát thanh, truyền hình", "- Đăng phát trên báo in, kênh sóng"],
  digitalPart: ["- Trên báo điện tử và nền tảng số", "- Phát hành trên môi trường số"],
  scratch: ["Sheet2", "tam"],
};

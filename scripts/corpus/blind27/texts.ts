/** The blind27 families' fixed texts: titles, captions, column heads, row names of the units around the press. */

export const B27_UNITS = {
  province: ["UBND TỈNH LAI CHÂU – SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU (Sở Nội vụ tổng hợp)"],
  title: [
    "DANH SÁCH PHÂN LOẠI ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THEO MỨC ĐỘ TỰ CHỦ TÀI CHÍNH",
    "Tổng hợp phương án tự chủ của các đơn vị sự nghiệp công lập thuộc tỉnh",
  ],
  subtitle: [
    "(Kèm theo Tờ trình về giao quyền tự chủ giai đoạn 2024–2026 của các đơn vị sự nghiệp)",
    "(Số liệu do các cơ quan chủ quản gửi về, Sở Nội vụ phối hợp Sở Tài chính tổng hợp)",
  ],
  heads: {
    no: "STT",
    name: "Tên đơn vị sự nghiệp công lập",
    parent: "Cơ quan chủ quản",
    revenue: "Thu sự nghiệp, dịch vụ",
    before: "Phương án tự chủ giai đoạn 2021–2023",
    now: "(giai đoạn 2024–2026, hiện hành)",
  },
  sections: [
    "Lĩnh vực y tế, dân số",
    "Lĩnh vực giáo dục nghề nghiệp",
    "Lĩnh vực văn hóa, thông tin, báo chí",
    "Lĩnh vực sự nghiệp kinh tế khác",
  ],
  others: [
    ["Bệnh viện Đa khoa tỉnh Lai Châu", "Sở Y tế"],
    ["Trung tâm Kiểm soát bệnh tật tỉnh", "Sở Y tế"],
    ["Trường Cao đẳng Cộng đồng Lai Châu", "UBND tỉnh"],
    ["Trung tâm Văn hóa – Điện ảnh tỉnh", "Sở VHTTDL"],
    ["Thư viện tỉnh Lai Châu (đơn vị sự nghiệp)", "Sở VHTTDL"],
    ["Ban Quản lý rừng phòng hộ Mường Tè", "Sở Nông nghiệp và Môi trường"],
    ["Trung tâm Dịch vụ nông nghiệp tỉnh", "Sở Nông nghiệp và Môi trường"],
  ],
  parents: {
    press: "Tỉnh ủy Lai Châu",
    station: "UBND tỉnh (cơ quan chủ quản)",
    magazine: "Hội VHNT tỉnh Lai Châu",
  },
  scratch: "Nhap nhom tu chu",
};

export const B27_OUTPUT = {
  title: [
    "BẢNG SỐ LIỆU THỐNG KÊ HOẠT ĐỘNG XUẤT BẢN, PHÁT SÓNG GIAI ĐOẠN 2020 – 2025",
    "Số liệu thống kê sản lượng xuất bản, phát sóng và nguồn thu qua các năm",
  ],
  heads: { no: "TT", what: "Nội dung thống kê", unit: "ĐVT", later: "Tình trạng đến 31/12/2025" },
  output: {
    press: "Số lượng phát hành bình quân mỗi kỳ (bản)",
    magazine: "Số kỳ tạp chí phát hành trong năm (kỳ)",
  },
  status: "Hiện trạng chuyển đổi số của cơ quan",
  sheet: "So lieu XB-PS",
  scratch: "Nhap so lieu tho",
};

export const B27_CARDS = {
  title: [
    "DANH SÁCH ĐỀ NGHỊ CẤP, ĐỔI THẺ NHÀ BÁO KỲ HẠN 2026 – 2030",
    "Danh sách trích ngang người đề nghị cấp đổi thẻ nhà báo (kỳ 2026–2030)",
  ],
  subtitle: "(Kèm theo hồ sơ đề nghị gửi Bộ Văn hóa, Thể thao và Du lịch qua Sở)",
  general: "Thông tin chung về cơ quan đề nghị",
  heads: [
    "STT",
    "Họ và tên người đề nghị",
    "Năm sinh (dương lịch)",
    "Chức danh hiện giữ",
    "Số thẻ kỳ trước",
    "Ghi chú hồ sơ",
  ],
  roles: [
    "Phóng viên thường trú huyện",
    "Biên tập viên chính",
    "Phó Tổng biên tập",
    "Trưởng phòng Thời sự",
    "Quay phim",
    "Kỹ thuật viên dựng",
  ],
  previous: "kỳ cấp thẻ trước:",
  sheet: "DS the NB",
};

/** Name parts for the people of the press card list (not checked as texts: they are common words). */
export const B27_NAME_PARTS = {
  family: ["Nguyễn", "Lò", "Tòng", "Vàng", "Hoàng", "Lường", "Đỗ", "Trần"],
  middle: ["Văn", "Thị", "Đức", "Minh", "Thu"],
  given: ["Hùng", "Xuân", "Phương", "Tiến", "Hằng", "Chiến", "Sình", "Mai", "Dương", "Lan"],
};

export const B27_ANALYTICS = {
  title: "Báo cáo thống kê nội dung và lượt truy cập theo năm – ",
  exported: "Xuất tự động từ hệ thống quản trị nội dung (CMS) ngày 20/11/2025",
  period: "Kỳ thống kê",
  pageviews: "Lượt xem trang (pageviews)",
  sessions: "Số phiên truy cập",
  seconds: "Thời gian đọc trung bình (giây)",
  total: "Cộng dồn các năm",
  domains: { press: "baolaichau.vn", station: "laichautv.vn", magazine: "vannghelaichau.vn" },
  year: "Năm",
};

export const B27_INTERVIEW = {
  title: [
    "PHIẾU GHI CHÉP PHỎNG VẤN TRỰC TIẾP TẠI CƠ QUAN BÁO CHÍ",
    "Biên bản ghi nhận trả lời phỏng vấn khảo sát thực địa chuyển đổi số",
  ],
  team: "Đoàn khảo sát liên ngành làm việc tại cơ quan ngày 14/10/2025",
  who: "Cơ quan được khảo sát:",
  respondent: "Người trả lời: đồng chí Phó Thủ trưởng phụ trách chung",
  question: "Câu",
  answer: "Trả lời:",
  year: "Năm",
  byYear: "Số liệu từng năm (đơn vị cung cấp):",
  followUps: [
    "Mục tiêu phấn đấu của cơ quan cho năm 2026 là bao nhiêu?",
    "Theo kế hoạch năm tới của cơ quan thì con số dự kiến là bao nhiêu?",
  ],
  contract: "Trong số đó bao nhiêu người là lao động hợp đồng vụ việc?",
  remark: "Ghi nhận của thành viên đoàn:",
  sheet: "Phieu PV",
};

export const B27_ETHNIC = {
  title: [
    "BÁO CÁO KẾT QUẢ THỰC HIỆN CHÍNH SÁCH DÂN TỘC – LĨNH VỰC THÔNG TIN, BÁO CHÍ",
    "Kết quả cung cấp thông tin, báo chí phục vụ vùng đồng bào dân tộc thiểu số",
  ],
  from: "Ban Dân tộc tỉnh Lai Châu tổng hợp",
  sheetAreas: "Bieu 01 vung DTTS",
  sheetWorks: "Bieu 02 tuyen truyen",
  areaHeads: {
    no: "STT",
    district: "Huyện, thành phố",
    communes: "Số xã, thị trấn vùng ĐBKK",
    ratio: "Tỷ lệ tiếp cận (%)",
  },
  districts: [
    "Tam Đường",
    "Phong Thổ",
    "Sìn Hồ",
    "Mường Tè",
    "Than Uyên",
    "Tân Uyên",
    "Nậm Nhùn",
    "TP. Lai Châu",
  ],
  worksHeads: {
    no: "STT",
    agency: "Cơ quan báo chí",
    columns: "Số chuyên trang, chuyên mục tiếng dân tộc",
  },
  scratch: "Tam tinh dan so",
};

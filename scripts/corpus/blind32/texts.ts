/**
 * The fixed texts of the blind32 families (titles, captions, column heads), written for this split. {y} is a year.
 */

export const B32_STORM = {
  titles: [
    "Kết quả thông tin, tuyên truyền phòng, chống thiên tai và hoạt động của các cơ quan báo chí tỉnh",
    "Phụ lục số liệu: báo chí tỉnh đưa tin mùa mưa lũ và kết quả hoạt động trong năm",
  ],
  subtitles: [
    "(Kèm theo Báo cáo tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {y})",
    "(Số liệu do các cơ quan báo chí cung cấp, tổng hợp đến tháng 12/{y})",
  ],
  sheets: ["PL so lieu bao chi", "Phụ lục II - báo chí"],
  content: ["Nội dung theo dõi (PCTT)", "Hạng mục số liệu báo chí"],
  sections: ["Thông tin, tuyên truyền", "Nhân lực, tổ chức", "Nguồn thu, kinh phí"],
  scratch: ["nhap so lieu", "Tính thử"],
  files: ["BC_PCTT_bao_chi_{y}.xlsx", "Phu luc PCTT-TKCN {y}.xlsx"],
} as const;

export const B32_RELAY = {
  titles: [
    "Danh mục trạm phát lại phát thanh, truyền hình và dân số vùng phủ sóng",
    "Sổ theo dõi trạm phát lại PT-TH khu vực vùng sâu, vùng xa, biên giới",
  ],
  sheets: ["Tram phat lai", "DS trạm PL PT-TH"],
  station: ["Trạm / điểm phát lại (huyện)", "Tên trạm, địa bàn đặt trạm"],
  communes: ["Số xã, bản trong vùng phủ", "Xã/bản được phủ sóng"],
  popHead: ["Nhân khẩu trong vùng phủ sóng", "Dân số khu vực trạm phục vụ"],
  reachHead: ["Trong đó nghe, xem được báo chí tỉnh", "Số người thu được chương trình tỉnh"],
  totalRow: ["Cộng toàn tỉnh (các trạm)", "Tổng số các trạm phát lại"],
  targetHead: ["Mục tiêu phủ sóng {y}", "Mục tiêu phấn đấu {y} (người)"],
  districts: [
    "Trạm Mường Tè",
    "Trạm Sìn Hồ",
    "Trạm Phong Thổ",
    "Trạm Nậm Nhùn",
    "Trạm Tam Đường",
    "Trạm Than Uyên",
    "Trạm Tân Uyên",
  ],
  infoSheets: ["Thong tin Dai", "Số liệu chung của Đài"],
  infoTitles: [
    "Một số thông tin chung về Đài (phục vụ rà soát trạm)",
    "Thông tin bổ sung về đơn vị quản lý trạm",
  ],
  infoValue: ["Số liệu/đánh giá", "Kết quả hiện nay"],
  scratch: ["ds xa vung phu", "Tạm tính"],
  files: ["DanhMuc_tram_phat_lai.xlsx", "So theo doi tram PL {y}.xlsx"],
} as const;

export const B32_REVIEW = {
  titles: [
    "Báo cáo sơ kết 6 tháng đầu năm {y} - biểu số liệu kèm theo",
    "Sơ kết nhiệm vụ 6 tháng, ước thực hiện cả năm {y}",
  ],
  estimate: ["Ước thực hiện đến 31/12/{y}", "Ước TH cả năm {y} (đơn vị báo)"],
  lastYear: ["Kết quả năm {y} (chính thức)", "TH chính thức {y}"],
  ratio: ["% ước cả năm so KH", "Tỷ lệ ước TH/KH (%)"],
  files: ["So ket 6 thang {y}.xlsx", "SoKet_6T_{y}_bieu.xlsx"],
  scratch: ["Bang tam 6T", "Số liệu gốc 6 tháng"],
} as const;

export const B32_LITERACY = {
  titles: [
    'Kết quả phong trào "Bình dân học vụ số" và bồi dưỡng chuyển đổi số tại các cơ quan báo chí',
    "Biểu tổng hợp phổ cập kỹ năng số, bồi dưỡng chuyển đổi số khối báo chí tỉnh",
  ],
  sheets: ["Bieu 01-BDHVS", "Biểu tổng hợp KNS"],
  unitHead: ["Cơ quan báo chí (khối tỉnh)", "Tên cơ quan thực hiện"],
  ratio: ["Tỷ lệ được bồi dưỡng (%)", "% đã bồi dưỡng/tổng số"],
  part2: ["II. HẠ TẦNG, NỀN TẢNG VÀ CƠ CHẾ", "II. Nền tảng số, an toàn thông tin, tự chủ"],
  part3: ["III. SẢN PHẨM VÀ NGUỒN THU", "III. Tác phẩm mới, nguồn thu theo năm"],
  proposed: ["Cấp độ đề xuất năm {y}", "Đề nghị nâng cấp độ ({y})"],
  files: ["Bieu BDHVS bao chi.xlsx", "Tong hop ky nang so {y}.xlsx"],
} as const;

export const B32_FESTIVAL = {
  titles: [
    "Phiếu đăng ký tham gia Hội Báo toàn quốc năm {y}",
    "Đăng ký gian trưng bày Hội Báo toàn quốc {y}",
  ],
  agencyLine: ["Tên cơ quan đăng ký:", "Cơ quan báo chí tham gia:"],
  partA: ["A. Thông tin gian trưng bày", "A. Về gian trưng bày, ấn phẩm"],
  area: ["Diện tích gian đăng ký (m²)", "Gian trưng bày: diện tích (m2)"],
  partB: ["B. Thông tin chung về cơ quan", "B. Năng lực, nhân sự, hạ tầng"],
  partC: ["C. Một số kết quả qua các năm", "C. Sản phẩm, nguồn thu mấy năm gần đây"],
  value: ["Nội dung kê khai của đơn vị", "Thông tin cơ quan tự kê"],
  sheets: ["Phieu dang ky", "Phiếu ĐK Hội Báo"],
  scratch: ["ghi nho", "DS ấn phẩm mang đi"],
  files: ["DangKy_HoiBao_{slug}.xlsx", "Hoi Bao {y} - {slug}.xlsx"],
} as const;

export const B32_TRACKER = {
  titles: [
    "Số liệu hoạt động báo chí, ứng dụng CNTT năm {y} (chuyên viên theo dõi)",
    "Theo dõi số liệu các cơ quan báo chí - năm {y}",
  ],
  sheetNames: ["Năm {y}", "N{y}", "{y}"],
  unitHead: ["Cơ quan gửi số liệu", "CQ báo chí (theo dõi)"],
  draft: ["{y} (nhap)", "Ban cu {y}"],
  files: ["Theo doi so lieu bao chi.xlsx", "SoTheoDoi_CQBC_cac_nam.xlsx"],
} as const;

/**
 * The blind23 families' fixed texts: titles, captions, column heads, row texts and letter paragraphs. {y} is a
 * year, {n} a number; families fill them in.
 */

/** Everyday column words every form has (numbering, unit of measure): not the families' own, not checked. */
export const B23_PLAIN = {
  stt: ["TT", "Số TT", "STT", "Số thứ tự"],
  measure: ["Đơn vị tính", "ĐV tính", "ĐVT"],
};

export const B23_CYBER = {
  sheet: ["ATTT {y}", "BC an toan TT", "Tinh hinh ATTT"],
  file: ["BC_ATTT_nam_{y}.xlsx", "Bao cao an toan thong tin {y}.xlsx"],
  title: [
    "BÁO CÁO TÌNH HÌNH BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG NĂM {y} CỦA CÁC CƠ QUAN BÁO CHÍ",
    "Tổng hợp kết quả bảo đảm an toàn, an ninh mạng tại các cơ quan báo chí của tỉnh năm {y}",
  ],
  sub: [
    "(Số liệu phục vụ báo cáo định kỳ về an toàn thông tin mạng gửi Cục An toàn thông tin)",
    "(Tổng hợp từ báo cáo của các cơ quan báo chí trên địa bàn, kỳ báo cáo năm {y})",
  ],
  partOne: ["I. HỆ THỐNG THÔNG TIN VÀ CẤP ĐỘ AN TOÀN", "I. Hiện trạng hệ thống thông tin, phân loại cấp độ"],
  partTwo: ["II. NHÂN LỰC VÀ CÔNG TÁC BỒI DƯỠNG", "II. Nguồn nhân lực, đào tạo bồi dưỡng trong năm"],
  partThree: [
    "III. CÁC HỆ THỐNG, NỀN TẢNG PHỤC VỤ SẢN XUẤT NỘI DUNG",
    "III. Hệ thống nghiệp vụ đang vận hành tại các cơ quan",
  ],
  platformHead: ["Hệ thống, nền tảng", "Tên hệ thống / nền tảng"],
  unitHead: ["Cơ quan báo chí", "Tên cơ quan, đơn vị"],
  systems: ["Số HTTT đang vận hành", "Số hệ thống thông tin quản lý"],
  proposed: ["Cấp độ đề xuất nâng lên năm {y}", "Dự kiến đề nghị phê duyệt cấp độ ({y})"],
  incidents: ["Số sự cố, tấn công đã phát hiện và xử lý", "Lượt tấn công mạng bị ngăn chặn"],
  noteHead: ["Ghi chú / kiến nghị", "Đề xuất, kiến nghị"],
  keepLevel: ["Giữ nguyên", "Duy trì như hiện tại"],
  scratch: ["tinh nhap ATTT", "so lieu tho"],
  scratchRows: ["Tong HTTT ca 3 don vi", "Tong su co da xu ly", "Nguoi da tap huan ATTT (cong)"],
};

export const B23_CHRONICLE = {
  file: ["Ky yeu chang duong {y}.xlsx", "Tu lieu ky niem thanh lap.xlsx"],
  cover: ["Lời giới thiệu", "Loi mo dau"],
  coverText: [
    "Tập số liệu này tổng hợp các dấu mốc và kết quả hoạt động của các cơ quan báo chí tỉnh trong chặng đường vừa qua, phục vụ biên soạn kỷ yếu.",
    "Tài liệu tham khảo phục vụ lễ kỷ niệm ngày thành lập, số liệu do các cơ quan báo chí tự tổng hợp, chưa qua thẩm định.",
  ],
  title: [
    "CÁC DẤU MỐC PHÁT TRIỂN VÀ KẾT QUẢ HOẠT ĐỘNG QUA CÁC NĂM",
    "Chặng đường phát triển: sự kiện nổi bật và số liệu chủ yếu từng năm",
  ],
  sub: [
    "(Tư liệu phục vụ biên soạn kỷ yếu kỷ niệm ngày thành lập)",
    "(Số liệu do đơn vị tự tổng hợp từ sổ sách lưu trữ)",
  ],
  yearHead: ["Năm", "Mốc năm"],
  eventHead: ["Sự kiện, dấu mốc nổi bật trong năm", "Những việc làm được nổi bật"],
  noteHead: ["Ghi chú thêm về số liệu", "Nguồn gốc số liệu (sổ lưu)"],
  year: ["Năm {y}", "{y}"],
  events: [
    "Tổ chức lại các phòng chuyên môn theo hướng đa phương tiện",
    "Ra mắt chuyên trang điện tử mới, tăng cường nội dung video",
    "Khai trương kênh phát hành trên mạng xã hội trong nước",
    "Đón nhận Bằng khen của Chủ tịch UBND tỉnh về công tác tuyên truyền",
    "Hoàn thành nâng cấp hệ thống quản trị nội dung (CMS)",
    "Thí điểm sản xuất nội dung theo quy trình hội tụ",
    "Tăng cường tuyên truyền bầu cử, phòng chống dịch bệnh",
    "Tham gia Giải báo chí toàn quốc, đạt giải khuyến khích",
  ],
  total: ["Cộng cả giai đoạn", "Tổng cộng các năm"],
  target: ["Mục tiêu phấn đấu đến năm 2030", "Mục tiêu giai đoạn 2026 - 2030"],
  statusTitle: [
    "HIỆN TRẠNG CHUYỂN ĐỔI SỐ TẠI THỜI ĐIỂM BIÊN SOẠN",
    "Tình hình chuyển đổi số của đơn vị tính đến cuối năm 2025",
  ],
  statusHead: ["Hiện trạng đến cuối 2025", "Tình hình hiện nay"],
  statusItem: ["Nội dung đánh giá", "Lĩnh vực"],
};

export const B23_PAYROLL = {
  file: ["BC_lao_dong_tien_luong_{s}_{y}.xlsx", "LD-TL {s} nam {y}.xlsx"],
  sheet: ["Biểu LĐ-TL", "Lao dong - tien luong"],
  title: [
    "BÁO CÁO TÌNH HÌNH THỰC HIỆN LAO ĐỘNG VÀ QUỸ TIỀN LƯƠNG NĂM {y}",
    "Báo cáo lao động, tiền lương và thu nhập của người lao động năm {y}",
  ],
  sub: [
    "(Dùng cho đơn vị sự nghiệp công lập, gửi Sở Tài chính và Sở Nội vụ)",
    "(Kèm theo hồ sơ đề nghị phê duyệt quỹ tiền lương năm {y})",
  ],
  unitLine: ["Tên đơn vị: {n}", "Đơn vị báo cáo - {n}"],
  item: ["Các chỉ tiêu lao động, tiền lương", "Nội dung báo cáo"],
  lastYear: ["Thực hiện năm {y}", "Năm {y} (đã quyết toán)"],
  thisYear: ["Thực hiện cả năm {y}", "Số liệu năm {y}"],
  average: ["Lao động bình quân trong năm", "Số lao động bình quân"],
  permanent: ["Trong đó: viên chức trong biên chế", "Trong đó: viên chức được giao biên chế"],
  joined: ["Số lao động tuyển mới trong năm", "Số người tăng trong năm"],
  left: ["Số lao động nghỉ hưu, chuyển công tác", "Số người giảm trong năm"],
  income: ["Thu nhập bình quân (tr.đ/người/tháng)", "Tiền lương bình quân 1 người/tháng"],
  sentTraining: ["Số lượt cử đi đào tạo, bồi dưỡng (mọi nội dung)", "Lượt người được cử đi học các lớp"],
  autonomyGroup: ["Loại hình đơn vị theo mức tự chủ", "Phân loại mức tự chủ tài chính"],
  scratch: ["Tinh luong T12", "bang phu"],
  scratchRows: ["Luong co so (tr.d)", "He so binh quan", "Quy luong 1 thang"],
};

export const B23_REMINDER = {
  file: ["CV don doc so lieu CDS bao chi {y}.xlsx", "Don_doc_bao_cao_{y}.xlsx"],
  letterSheet: ["Công văn", "CV don doc"],
  annexSheet: ["Phụ lục tình hình nộp", "PL so lieu da nhan"],
  sender: ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LAI CHÂU"],
  number: ["Số: {n}/SVHTTDL-QLBC", "Số: {n}/SKHCN-TTBC"],
  about: [
    "V/v đôn đốc gửi số liệu thực hiện Kế hoạch chuyển đổi số báo chí năm {y}",
    "V/v khẩn trương hoàn thiện số liệu báo cáo chuyển đổi số báo chí kỳ năm {y}",
  ],
  to: ["Kính gửi: Các cơ quan báo chí địa phương", "Kính gửi: Báo, Đài và Tạp chí của tỉnh"],
  body: [
    "Thực hiện chế độ báo cáo định kỳ, đến ngày {n}/11/{y} Sở mới nhận được một phần số liệu của các cơ quan. Tình hình số liệu đã nhận được tổng hợp tại Phụ lục kèm theo.",
    "Để kịp tổng hợp báo cáo UBND tỉnh, đề nghị các cơ quan rà soát các ô còn trống trong Phụ lục và gửi bổ sung trước ngày {n}/12/{y}.",
  ],
  closing: [
    "Sở đề nghị các đơn vị quan tâm phối hợp thực hiện./.",
    "Quá thời hạn trên, Sở sẽ tổng hợp theo số liệu hiện có và báo cáo UBND tỉnh./.",
  ],
  annexTitle: [
    "TÌNH HÌNH TIẾP NHẬN SỐ LIỆU CỦA CÁC CƠ QUAN BÁO CHÍ (đến ngày lập công văn)",
    "Phụ lục: Số liệu đã nhận được từ các cơ quan báo chí, năm {y}",
  ],
  received: ["Số liệu đã nhận trong kỳ báo cáo năm {y}", "Đã tiếp nhận (kỳ năm {y}, số chính thức)"],
  earlier: ["Số đơn vị đã báo cáo kỳ trước ({y}, số ước)", "Kỳ trước - năm {y} (ước tính)"],
  itemHead: ["Nội dung số liệu", "Chỉ tiêu cần báo cáo"],
  deadline: ["Hạn gửi bổ sung", "Thời hạn"],
  notSent: ["Chưa gửi", "Chưa nhận được", "Chưa báo cáo"],
  provinceTitle: ["Số liệu do các huyện, thành phố cung cấp", "Phần số liệu chung toàn tỉnh"],
  provinceHead: ["Số đã nhận", "Giá trị đã nhận được"],
};

export const B23_EXTERNAL = {
  file: ["BC TTDN nam {y}.xlsx", "Thong tin doi ngoai {y}.xlsx"],
  sheet: ["TTĐN {y}", "Doi ngoai {y}"],
  title: [
    "BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN ĐỐI NGOẠI CỦA CÁC CƠ QUAN BÁO CHÍ NĂM {y}",
    "Kết quả thực hiện nhiệm vụ thông tin đối ngoại trên báo chí địa phương năm {y}",
  ],
  sub: [
    "(Gửi Ban Chỉ đạo công tác thông tin đối ngoại tỉnh)",
    "(Phục vụ tổng kết công tác thông tin đối ngoại năm {y})",
  ],
  item: ["Nội dung thực hiện", "Các nội dung chủ yếu"],
  years: ["Kết quả thực hiện qua các năm", "Số liệu từng năm của giai đoạn"],
  year: ["Năm {y}", "{y}"],
  sum: ["Cộng giai đoạn 2020-2025", "Tổng 6 năm"],
  staffTtdn: ["Trong đó: người làm công tác thông tin đối ngoại", "Số người kiêm nhiệm thông tin đối ngoại"],
  programmes: ["Chuyên trang, chuyên mục về đối ngoại", "Số chuyên mục thông tin đối ngoại"],
  bilingual: ["Tin, bài song ngữ Việt - Anh, Việt - Trung", "Sản phẩm bằng ngoại ngữ"],
  funding: ["Kinh phí thông tin đối ngoại được cấp", "Kinh phí hỗ trợ TTĐN (tr.đ)"],
  hours: ["Thời lượng phát chương trình đối ngoại (giờ)", "Số giờ phát sóng chuyên mục đối ngoại"],
  count: ["Chuyên mục", "Số"],
};

export const B23_FREEPAPER = {
  file: ["Cap bao vung DTTS {y}.xlsx", "TH_cap_phat_bao_khong_thu_tien_{y}.xlsx"],
  title: [
    "TỔNG HỢP KẾT QUẢ CẤP PHÁT BÁO, TẠP CHÍ KHÔNG THU TIỀN CHO VÙNG DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI",
    "Kết quả đưa báo chí đến vùng sâu, vùng xa, biên giới theo chính sách cấp báo miễn phí",
  ],
  sub: ["(Số liệu năm {y} do UBND các huyện, thành phố báo cáo)", "(Kỳ tổng hợp: năm {y})"],
  sheetYear: ["Năm {y}", "TH {y}"],
  districtHead: ["Huyện, thành phố", "Địa bàn"],
  communes: ["Số xã, thôn thuộc vùng sâu, vùng xa", "Số thôn, bản được cấp"],
  ratio: ["Tỷ lệ tiếp cận báo chí (%)", "Tỷ lệ người dân được tiếp cận (%)"],
  districts: [
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
    "Huyện Than Uyên",
    "Huyện Tân Uyên",
    "Huyện Nậm Nhùn",
    "Thành phố Lai Châu",
  ],
  partialNote: [
    "Mới nhận được báo cáo của {n} huyện, chưa đủ để tổng hợp toàn tỉnh",
    "Đợt 1: số liệu {n} huyện đã gửi, toàn tỉnh đang tổng hợp",
  ],
  pending: ["Đang tổng hợp", "Chờ đủ số liệu"],
  agencySheet: ["Theo đơn vị cấp phát", "Don vi phat hanh"],
  agencyHead: ["Đơn vị phát hành", "Cơ quan báo chí cung cấp"],
  copiesHead: ["Số bản cấp trong năm", "Số lượng (bản)"],
  issuesHead: ["Số kỳ phát hành", "Kỳ xuất bản/năm"],
  articlesTitle: [
    "Tin, bài của các cơ quan báo chí phản ánh vùng sâu, vùng xa",
    "Kết quả tuyên truyền về vùng đồng bào dân tộc thiểu số của các cơ quan báo chí",
  ],
  articlesHead: ["Cơ quan / nội dung", "Đơn vị, chỉ tiêu"],
  remoteShare: [
    "Trong đó: viết về vùng DTTS, miền núi, biên giới",
    "Riêng tin bài về vùng sâu, vùng xa, biên giới",
  ],
  scratch: ["chia theo huyen", "nhap"],
  scratchRows: ["Tong so ban cap", "Dan so uoc tinh", "Ti le chung"],
};

/**
 * The blind26 families' fixed texts: titles, sheet and file names, column heads and the rows that are no plan
 * input. {y} is a year, {n} a number or quarter. Written for this split only.
 */

export const B26_PORTFOLIO = {
  files: ["DanhMuc_DuAn_CNTT_bao_chi", "DM du an CDS co quan bao chi", "Danh_muc_nhiem_vu_CDS_2021-2025"],
  sheets: ["Danh muc du an", "DM nhiệm vụ CĐS", "Du an CNTT"],
  titles: [
    "Danh mục dự án, nhiệm vụ ứng dụng CNTT, chuyển đổi số của các cơ quan báo chí",
    "Tổng hợp dự án đầu tư hạ tầng số khối báo chí tỉnh",
  ],
  subtitles: [
    "(Kèm theo báo cáo rà soát kế hoạch đầu tư công năm {y})",
    "Giai đoạn 2021 - 2025, cập nhật đến tháng 11/{y}",
  ],
  nameHeads: ["Tên dự án, nhiệm vụ", "Dự án / nhiệm vụ / hạng mục"],
  ownerHeads: ["Bộ phận chủ trì", "Đầu mối thực hiện"],
  totalHeads: ["Tổng mức đầu tư (tr.đ)", "TMĐT được duyệt (triệu đồng)"],
  paidHeads: ["Giải ngân đến 30/10/{y}", "Đã giải ngân lũy kế"],
  stateHeads: ["Kết quả, tình trạng", "Hiện trạng đến nay"],
  noteHeads: ["Ghi chú thêm", "Vướng mắc, kiến nghị"],
  prefixes: ["Dự án: ", "Nhiệm vụ: ", "Hạng mục - "],
  owners: ["Ban Biên tập", "Phòng Kỹ thuật - Công nghệ", "Văn phòng cơ quan", "Phòng Thời sự", "Ban Điện tử"],
  totals: ["Tổng cộng toàn khối", "Cộng các dự án"],
  peopleSheets: ["Nhan luc CDS", "Nhân lực - cơ chế"],
  peopleTitles: ["Nhân lực thực hiện chuyển đổi số, năm {y}", "Biểu phụ: nhân lực và cơ chế tài chính {y}"],
  unitHeads: ["Cơ quan báo chí", "Đơn vị thụ hưởng"],
  shareHeads: ["Tỷ lệ đã bồi dưỡng (%)", "% qua bồi dưỡng"],
  hiddenRows: ["Đang lập hồ sơ", "Đã phê duyệt chủ trương", "Đang thi công", "Đã nghiệm thu"],
  codes: ["BC-01", "KBC-LC", "DMDA"],
} as const;

export const B26_ASSIGNMENT = {
  files: ["So theo doi chi tieu giao {y}", "Theo_doi_giao_chi_tieu_bao_chi", "TD chi tieu giao hang nam"],
  titles: [
    "Sổ theo dõi chỉ tiêu giao và kết quả thực hiện hằng năm",
    "Theo dõi thực hiện chỉ tiêu được UBND tỉnh giao qua các năm",
  ],
  basis: [
    "Căn cứ các Quyết định giao chỉ tiêu phát triển kinh tế - xã hội hằng năm (cập nhật {y})",
    "Số liệu tổng hợp từ báo cáo của đơn vị, cập nhật tháng 11/{y}",
  ],
  indicatorHeads: ["Tên chỉ tiêu", "Chỉ tiêu được giao"],
  kindHeads: ["Giao / Đạt", "Loại số liệu"],
  yearHeads: ["Năm {y}", "{y}"],
  noteHeads: ["Ghi chú (nếu có)", "Giải trình chênh lệch"],
  planKinds: ["KH được giao", "Số giao (KH)", "KH UBND tỉnh giao"],
  doneKinds: ["Thực hiện thực tế", "Kết quả đạt được", "Số đạt cuối năm"],
  ratioKinds: ["% đạt so KH giao", "Mức đạt (%)"],
} as const;

export const B26_SCORECARD = {
  files: ["Bieu chi tieu CDS tinh {y}", "BCD_CDS_ket_qua_chi_tieu_{y}", "Chi tieu chuyen doi so cac nganh"],
  sheets: ["Chi tieu CDS", "Bộ chỉ tiêu CĐS tỉnh", "KQ chi tieu"],
  titles: [
    "Kết quả thực hiện các chỉ tiêu chuyển đổi số tỉnh Lai Châu năm {y}",
    "Ban Chỉ đạo chuyển đổi số tỉnh: bảng theo dõi chỉ tiêu {y}",
  ],
  subtitles: [
    "(Kèm theo Báo cáo của Ban Chỉ đạo chuyển đổi số tỉnh, tháng 12/{y})",
    "Số liệu các sở, ngành, đơn vị cung cấp đến 25/11/{y}",
  ],
  indicatorHeads: ["Chỉ tiêu theo Nghị quyết, Kế hoạch CĐS", "Nhóm chỉ tiêu / chỉ tiêu"],
  resultHeads: ["Kết quả đạt {y}", "Số liệu thực tế {y}", "KQ thực hiện năm {y}"],
  leadHeads: ["Cơ quan chủ trì theo dõi", "Sở, ngành đầu mối"],
  noteHeads: ["Ghi chú, nguồn", "Nguồn số liệu, minh chứng"],
  sectionNames: ["Chính quyền số", "Kinh tế số", "Xã hội số"],
  government: [
    "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình",
    "Tỷ lệ văn bản điện tử có ký số gửi, nhận trên môi trường mạng",
    "Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng",
    "Tỷ lệ báo cáo định kỳ gửi qua Hệ thống thông tin báo cáo tỉnh",
  ],
  economy: [
    "Tỷ trọng kinh tế số trong GRDP của tỉnh",
    "Tỷ lệ doanh nghiệp nhỏ và vừa dùng nền tảng số",
    "Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại các chợ",
  ],
  society: [
    "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng",
    "Tỷ lệ thôn, bản có sóng di động 4G/5G",
    "Tỷ lệ người trưởng thành có chữ ký số cá nhân",
    "Tỷ lệ người dân có tài khoản định danh điện tử mức 2",
  ],
  leads: ["Văn phòng UBND tỉnh", "Sở KH&CN", "Sở Tài chính", "Công an tỉnh", "Sở Công Thương"],
  pressSection: "Chuyển đổi số báo chí (Kế hoạch 3414/KH-UBND)",
  pressLeads: ["Sở VHTT&DL", "Sở TT&TT (nay là Sở KH&CN)"],
  trainedShare: [
    "Tỷ lệ lãnh đạo, PV, BTV được bồi dưỡng CĐS (%)",
    "Ty le nhan su bao chi da qua boi duong ky nang so",
  ],
  scratchNames: ["Nhap so lieu", "Tam tinh 2023"],
} as const;

export const B26_SUBMISSIONS = {
  files: ["export_he_thong_bao_cao_tinh", "HTTTBC_xuat_du_lieu_bao_chi", "Trich xuat bao cao CDS bao chi"],
  sheets: ["Du lieu xuat", "Export", "Ket qua loc"],
  titles: [
    "HỆ THỐNG THÔNG TIN BÁO CÁO TỈNH LAI CHÂU - DỮ LIỆU XUẤT",
    "Danh sách báo cáo đã gửi: Báo cáo kết quả chuyển đổi số báo chí",
  ],
  filters: [
    "Bộ lọc: Kỳ báo cáo thuộc năm {y}; Lĩnh vực: Báo chí",
    "Điều kiện lọc: năm {y}, tất cả trạng thái",
  ],
  codeHeads: ["Mã báo cáo", "Số hiệu BC"],
  unitHeads: ["Đơn vị gửi báo cáo", "Tên đơn vị gửi"],
  periodHeads: ["Kỳ BC (hệ thống)", "Kỳ số liệu"],
  sentHeads: ["Thời điểm gửi", "Ngày giờ gửi"],
  stateHeads: ["Trạng thái xử lý", "Tình trạng duyệt"],
  yearlyHeads: ["{n} ({y})", "{n} - {y}", "{y}: {n}"],
  annual: ["Báo cáo năm {y}", "Kỳ năm {y} (cả năm)", "Năm {y} - báo cáo chính thức"],
  returned: ["Trả lại (yêu cầu bổ sung)", "Đã bị thay thế bởi bản mới", "Từ chối - sai biểu mẫu"],
  approved: ["Đã phê duyệt - chính thức", "Đã tiếp nhận - hợp lệ", "Duyệt, đưa vào tổng hợp"],
  paramRows: ["Định dạng xuất", "Năm dữ liệu", "Số trang"],
  fieldPrefix: "Trường dữ liệu ",
  department: ["Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
  formats: ["XLSX (Office Open XML)", "Excel 2007+"],
} as const;

export const B26_MONITORING = {
  files: ["BC hau kiem bao chi {y}", "Ket_qua_doc_xem_nghe_bao_chi_{y}", "Hau kiem noi dung bao chi tinh"],
  sheets: ["Hau kiem {y}", "KQ đọc xem nghe", "Bieu 01-HK"],
  titles: [
    "Kết quả theo dõi, đọc, xem, nghe báo chí địa phương năm {y}",
    "Tổng hợp công tác hậu kiểm nội dung báo chí của tỉnh năm {y}",
  ],
  subtitles: [
    "(Kèm theo Báo cáo công tác quản lý nhà nước về báo chí năm {y})",
    "Số liệu so sánh với cùng kỳ năm trước",
  ],
  contentHeads: ["Nội dung theo dõi", "Chỉ số hậu kiểm"],
  totalHeads: ["Cộng 3 cơ quan", "Tổng các cơ quan báo chí"],
  yearHeads: ["Năm {y}", "Số liệu {y}"],
  partContent: ["Nội dung thông tin", "Sản phẩm báo chí"],
  partPeople: ["Đội ngũ người làm báo", "Nhân lực các cơ quan"],
  earlierSheets: ["Cac nam truoc", "Số liệu 2020-2023"],
  earlierTitles: ["- các năm trước (theo báo cáo lưu)", "- số liệu những năm đầu kỳ"],
  unitHeads: ["Cơ quan báo chí", "Đơn vị báo chí"],
  earlierWhat: [
    "Nguồn: báo cáo tổng kết hằng năm của các cơ quan báo chí",
    "Số liệu các năm trước lấy theo hồ sơ lưu của phòng",
  ],
} as const;

export const B26_TAX = {
  files: ["Tong hop DT theo to khai thue - {n}", "DT_ke_khai_GTGT_{n}", "{n} - doanh thu ke khai thue"],
  sheets: ["Tong hop DT", "DT theo tờ khai", "Ke khai GTGT"],
  titles: [
    "Bảng tổng hợp doanh thu theo tờ khai thuế GTGT các quý",
    "Tổng hợp doanh thu kê khai thuế giá trị gia tăng theo năm",
  ],
  moneyUnits: ["Đơn vị tính: triệu đồng", "ĐVT: Tr.đồng (làm tròn)"],
  itemHeads: ["Khoản mục doanh thu", "Nội dung kê khai"],
  quarters: ["Tờ khai quý I", "Tờ khai quý II", "Tờ khai quý III", "Tờ khai quý IV"],
  yearTotalHeads: ["Cộng cả năm", "Tổng 4 quý"],
  planHeads: ["KH thu được giao", "Chỉ tiêu thu (KH)"],
  noteHeads: ["Ghi chú đối chiếu", "Căn cứ đối chiếu"],
  blocks: ["Năm tài chính {y}", "Kỳ tính thuế năm {y}"],
  untaxed: ["Doanh thu không chịu thuế (đặt hàng, tài trợ)", "Khoản thu không thuộc diện chịu thuế GTGT"],
  missing: ["Chưa đối chiếu xong với cơ quan thuế", "Đơn vị chưa tổng hợp"],
  scratchNames: ["nhap", "Doi chieu tam"],
  scratchRows: ["Chênh lệch với sổ kế toán", "Số tờ khai điều chỉnh"],
  infoSheets: ["Thong tin don vi", "Thông tin chung"],
  infoTitles: ["Thông tin về đơn vị kê khai", "Thông tin người nộp thuế"],
  infoName: "Tên người nộp thuế",
  infoTaxCode: "Mã số thuế",
  infoAddress: "Địa chỉ trụ sở",
  addresses: ["Phường Tân Phong, TP Lai Châu", "Đường 19/8, phường Đoàn Kết, TP Lai Châu"],
} as const;

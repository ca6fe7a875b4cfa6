/** The blind34 families' fixed texts: titles, captions, column heads and filler rows ({y}: the report's year). */

export const B34_INVOICE = {
  files: ["BangKe_HDDT_{slug}.xlsx", "Bang ke hoa don {slug}.xlsx", "HDDT-da-xuat-{slug}.xlsx"],
  sheets: ["HĐ xuất năm {y}", "Bảng kê HĐĐT {y}", "BK_HD_{y}"],
  titles: ["BẢNG KÊ HÓA ĐƠN ĐIỆN TỬ ĐÃ XUẤT TRONG NĂM {y}", "BẢNG KÊ CHI TIẾT HÓA ĐƠN GTGT ĐÃ LẬP NĂM {y}"],
  unitLine: ["Đơn vị tính: triệu đồng (làm tròn)", "ĐVT: triệu đồng, chưa bao gồm phí dịch vụ"],
  taxLine: "Mã số thuế: 6200{n}",
  heads: {
    no: "Số thứ tự HĐ",
    invoice: "Ký hiệu, số hóa đơn",
    date: "Ngày lập hóa đơn",
    buyer: "Người mua / nội dung dịch vụ",
    net: ["Doanh thu chưa có thuế", "Giá trị chưa thuế GTGT"],
    vat: "Thuế GTGT đầu ra phải nộp",
    gross: ["Tổng tiền thanh toán (cả thuế)", "Cộng tiền thanh toán gồm thuế"],
    note: "Ghi chú HĐ",
  },
  buyers: [
    "Công ty CP Thủy điện Nậm Na - quảng cáo",
    "Ngân hàng NN&PTNT CN Lai Châu - tài trợ chuyên mục",
    "Sở Nông nghiệp và Môi trường - đặt hàng phóng sự",
    "BQL Khu du lịch Pu Ta Leng - quảng bá",
    "Trung tâm Xúc tiến đầu tư tỉnh - tuyên truyền",
    "Công ty TNHH Chè Tân Uyên - quảng cáo sản phẩm",
    "Bưu điện tỉnh - phát hành, bán báo lẻ",
    "Huyện ủy Than Uyên - đặt chuyên trang",
    "Viettel Lai Châu - banner trên trang điện tử",
    "Hợp tác xã Sâm Lai Châu - quảng bá OCOP",
  ],
  adMarker: "QC",
  cover: ["Thông tin người bán", "Thong tin don vi xuat HD"],
  coverRows: [
    "Tên người bán:",
    "Địa chỉ: Phường Tân Phong, TP. Lai Châu",
    "Hình thức hóa đơn: HĐĐT có mã của CQT",
  ],
  scratch: ["Nháp cộng tay", "Đối chiếu CQ thuế"],
  scratchRows: ["Cộng tay theo tháng", "Số chuyển sang quý sau"],
} as const;

export const B34_EXCHANGE = {
  files: ["TH_trao_doi_tin_bai_{y}.xlsx", "Quy che phoi hop - so lieu {y}.xlsx"],
  sheets: ["Trao đổi tin bài", "TH phối hợp BC"],
  titles: [
    "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN QUY CHẾ PHỐI HỢP TRAO ĐỔI TIN, BÀI GIỮA CÁC CƠ QUAN BÁO CHÍ TỈNH",
    "KẾT QUẢ PHỐI HỢP CUNG CẤP, KHAI THÁC TIN BÀI GIỮA BÁO, ĐÀI VÀ TẠP CHÍ",
  ],
  subtitles: [
    "(Kèm theo Báo cáo sơ kết thực hiện Quy chế phối hợp năm {y})",
    "(Số liệu các đơn vị gửi về trước ngày 20/11/{y})",
  ],
  yearHead: ["Năm thực hiện", "Năm báo cáo số liệu"],
  yearPrefix: ["N.", "Năm TH "],
  fullYear: "(ước cả năm)",
  total: ["Cộng các năm", "Tổng cộng giai đoạn"],
  statusHead: ["Tình hình ứng dụng nền tảng (đến thời điểm báo cáo)", "Hiện trạng tại thời điểm báo cáo"],
  noteHead: "Ghi chú của Sở",
  scratch: "Sheet ghép số liệu",
} as const;

export const B34_GRADING = {
  files: ["TH xep loai VC khoi bao chi {y}.xlsx", "KQ_danh_gia_xep_loai_{y}.xlsx"],
  sheets: ["Xếp loại năm {y}", "KQ XL {y}"],
  titles: [
    "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM {y}",
    "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC VÀ NLĐ NĂM {y}",
  ],
  subtitle: "Khối cơ quan báo chí trực thuộc tỉnh",
  unitHead: "Tên cơ quan, đơn vị",
  gradesHead: "Kết quả xếp loại chất lượng",
  grades: ["Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"],
  total: ["Cộng khối báo chí", "Tổng cộng khối"],
  noteHead: "Ghi chú (nếu có)",
  scratch: "DS chi tiết từng người",
  collectiveSheets: ["XL tập thể {y}", "Xếp loại cơ quan {y}"],
  collectiveTitles: [
    "KẾT QUẢ THỰC HIỆN NHIỆM VỤ LÀM CĂN CỨ XẾP LOẠI TẬP THỂ CƠ QUAN BÁO CHÍ NĂM {y}",
    "CĂN CỨ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC NĂM {y}",
  ],
  prevYear: ["Đã đạt năm {y}", "TH cả năm {y}"],
  doneYear: ["Kết quả năm {y}", "Thực hiện được {y}"],
  rate: "Tỷ lệ đạt so với giao",
  dxCriteria: "Tiêu chí chuyển đổi số của tập thể",
  collectiveGrade: "Đề xuất mức xếp loại tập thể",
  collectiveGrades: [
    "Hoàn thành xuất sắc (đề nghị)",
    "Hoàn thành tốt nhiệm vụ năm",
    "Đề nghị hoàn thành tốt",
  ],
  footers: [
    "Số liệu tính đến thời điểm đánh giá cuối năm {y}",
    "Không tính người hợp đồng vụ việc dưới 3 tháng",
  ],
} as const;

export const B34_AIPILOT = {
  files: ["Phieu danh gia thi diem AI - {slug}.xlsx", "PDG_AI_{slug}_{y}.xlsx"],
  sheet: ["Phiếu đánh giá AI", "Phieu DG thi diem"],
  titles: [
    "PHIẾU ĐÁNH GIÁ KẾT QUẢ THÍ ĐIỂM ỨNG DỤNG TRÍ TUỆ NHÂN TẠO TRONG HOẠT ĐỘNG BÁO CHÍ",
    "PHIẾU KHẢO SÁT, ĐÁNH GIÁ THÍ ĐIỂM CÔNG CỤ AI TẠI CƠ QUAN BÁO CHÍ",
  ],
  deadline: "(Đơn vị điền và gửi Sở VHTTDL trước ngày 30/11/{y})",
  unitLine: "Tên cơ quan báo chí:",
  partA: ["A. THÔNG TIN CHUNG VỀ ĐƠN VỊ", "PHẦN A - THÔNG TIN CHUNG"],
  partB: ["B. HIỆN TRẠNG ỨNG DỤNG CÔNG NGHỆ SỐ", "PHẦN B - HIỆN TRẠNG NỀN TẢNG, CÔNG NGHỆ"],
  partC: "C. ĐỀ XUẤT, KIẾN NGHỊ CỦA ĐƠN VỊ",
  heads: {
    no: "Mục",
    item: "Nội dung đánh giá",
    answer: ["Trả lời của đơn vị", "Kết quả tự đánh giá"],
    evidence: "Tài liệu minh chứng kèm theo",
  },
  questions: [
    "Đã dùng thử công cụ AI tạo sinh (chatbot, chuyển giọng nói)",
    "Có dự định mua bản quyền phần mềm AI trong năm tới",
    "Đã xây dựng quy chế sử dụng AI trong tác nghiệp",
  ],
  evidences: ["Biên bản nghiệm thu thí điểm", "Quyết định phê duyệt hồ sơ", "Ảnh chụp màn hình kênh", ""],
  proposals: [
    "Đề nghị tỉnh hỗ trợ kinh phí thuê hạ tầng dữ liệu dùng chung",
    "Đề nghị tổ chức thêm lớp tập huấn sử dụng AI cho phóng viên",
  ],
  lists: "Danh mục chọn",
} as const;

export const B34_PORTAL = {
  files: ["BC hoat dong bao dien tu va trang TTDT {y}.xlsx", "BC_trang_TTDT_co_quan_bao_chi_{y}.xlsx"],
  titles: [
    "BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG BÁO ĐIỆN TỬ, TRANG THÔNG TIN ĐIỆN TỬ CỦA CƠ QUAN BÁO CHÍ",
    "SỐ LIỆU HOẠT ĐỘNG ẤN PHẨM ĐIỆN TỬ CỦA CƠ QUAN BÁO CHÍ NĂM {y}",
  ],
  domains: {
    "bao-lai-chau": "baolaichau.vn",
    "dai-ptth-lai-chau": "laichautv.vn",
    "tap-chi-van-nghe-lai-chau": "vannghelaichau.vn",
  },
  domainLine: "Tên miền: {d}",
  heads: { no: "TT", item: "Chỉ tiêu hoạt động", measure: "Đơn vị đo lường", note: "Thuyết minh" },
  yearHead: ["Năm {y}", "TH năm {y}"],
  estimate: ["Ước TH cả năm {y}", "Ước thực hiện năm {y}"],
  sections: ["I. NỘI DUNG THÔNG TIN", "II. KẾT QUẢ THU", "III. HẠ TẦNG, NỀN TẢNG VÀ AN TOÀN THÔNG TIN"],
  scratch: "Số liệu Google Analytics",
} as const;

export const B34_LOUDSPEAKER = {
  files: ["Bieu TTCS chuyen doi so {y}.xlsx", "TH_dai_truyen_thanh_co_so_{y}.xlsx"],
  sheet1: ["Biểu 01 - Truyền thanh CS", "B01 TTCS"],
  sheet2: ["Biểu 02 - Nguồn tin bài", "B02 cung cap tin bai"],
  titles: [
    "KẾT QUẢ CHUYỂN ĐỔI ĐÀI TRUYỀN THANH CẤP XÃ SANG ỨNG DỤNG CÔNG NGHỆ THÔNG TIN - VIỄN THÔNG",
    "TỔNG HỢP HIỆN TRẠNG HỆ THỐNG TRUYỀN THANH CƠ SỞ VÀ MỨC ĐỘ TIẾP CẬN THÔNG TIN",
  ],
  titles2: [
    "NGUỒN TIN, BÀI CỦA CƠ QUAN BÁO CHÍ TỈNH PHÁT TRÊN HỆ THỐNG TRUYỀN THANH CƠ SỞ",
    "CƠ QUAN BÁO CHÍ TỈNH CUNG CẤP NỘI DUNG CHO TRUYỀN THANH CƠ SỞ",
  ],
  basis: "(Thực hiện Quyết định số 135/QĐ-TTg ngày 20/01/2020)",
  scope: "Phạm vi tổng hợp:",
  districtHead: "Huyện, thành phố",
  communesHead: "Số xã VSVX, biên giới",
  rateHead: "Tỷ lệ tiếp cận (%)",
  noteHead: "Ghi chú của huyện",
  shortForm: "Biểu rút gọn: chưa tổng hợp được số dân vùng sâu, vùng xa",
  districts: [
    "TP. Lai Châu",
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
    "Huyện Nậm Nhùn",
    "Huyện Tân Uyên",
    "Huyện Than Uyên",
  ],
  agencyHead: "Cơ quan cung cấp nội dung",
  scratch: "Tính tỷ lệ",
} as const;

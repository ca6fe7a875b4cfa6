/**
 * The blind20 families' fixed texts: titles, captions, column heads, unrelated rows. {y} is a year, {n} a number.
 * Written blind, like ./wordings.ts (the guard test checks that none equals a text the repository already knows).
 */

/** Universal table furniture (STT, ĐVT …), shared with every Vietnamese form: not checked as the split's own. */
export const B20_COMMON = {
  no: "STT",
  tt: "TT",
  unit: "ĐVT",
  units: ["%", "Tỷ đồng", "Tấn", "Tỷ đồng"],
} as const;

export const B20_DIGEST = {
  titles: [
    "BIỂU TỔNG HỢP MỘT SỐ CHỈ TIÊU PHÁT TRIỂN KT-XH CHỦ YẾU CỦA TỈNH",
    "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KT-XH NĂM {y} (PHẦN SỐ LIỆU)",
  ],
  subs: [
    "(Kèm theo Báo cáo của UBND tỉnh trình kỳ họp thường lệ cuối năm của HĐND tỉnh)",
    "(Văn phòng UBND tỉnh tổng hợp từ số liệu các sở, ban, ngành gửi về)",
  ],
  sections: ["CÁC CHỈ TIÊU VỀ KINH TẾ", "CÁC CHỈ TIÊU VĂN HÓA - XÃ HỘI", "LĨNH VỰC THÔNG TIN, BÁO CHÍ"],
  economy: [
    "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)",
    "Thu ngân sách nhà nước phát sinh trên địa bàn",
    "Sản lượng lương thực có hạt cả năm",
    "Tổng vốn đầu tư phát triển toàn xã hội",
  ],
  social: ["Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều)", "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế"],
  media: ["Tỷ lệ dân số được phủ sóng phát thanh FM", "Thuê bao Internet băng rộng cố định"],
  mediaUnits: ["%", "Thuê bao"],
  item: "Chỉ tiêu KT-XH",
  actual: "Số TH năm {y}",
  estimate: "Ước đạt cả năm {y}",
  ratio: "Ước đạt/KH (%)",
  note: "Ghi chú của sở, ngành",
  agencyCount: "Cơ quan (đạt)",
  draft: "Bản nháp ngày 05/11",
};

export const B20_ROYALTY = {
  titles: ["BẢNG TỔNG HỢP CHI NHUẬN BÚT, THÙ LAO NĂM {y}", "TỔNG HỢP TÁC PHẨM VÀ NHUẬN BÚT ĐÃ CHI NĂM {y}"],
  summaryTitle: "TỔNG HỢP NGUỒN TRÍCH VÀ SỬ DỤNG QUỸ NHUẬN BÚT",
  genreHead: "Thể loại, nội dung tác phẩm",
  quantity: "Số lượng tác phẩm",
  factor: "Hệ số NB bình quân",
  amount: "Thành tiền NB (đồng)",
  remark: "Diễn giải thêm về số lượng",
  byGenre: "Phân theo thể loại",
  byTopic: "Phân theo chủ đề tuyên truyền",
  genres: ["Tin ngắn, tin ảnh", "Bài phản ánh, ghi chép", "Phóng sự, ký sự", "Video clip, podcast"],
  subtotal: "Cộng theo thể loại",
  otherTopics: "Chủ đề khác (văn hóa, đời sống, giải trí)",
  yearCol: "Năm tài chính",
  rate: "Tỷ lệ trích quỹ (%)",
  fund: "Quỹ nhuận bút trích lập (Tr.đ)",
  spent: "Đã chi nhuận bút (Tr.đ)",
  receivers: "Số người hưởng nhuận bút trong năm",
  priceSheet: "Bảng hệ số nhuận bút",
  yearLabel: "Năm {y}",
};

export const B20_DOSSIER = {
  titles: [
    "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA UBND TỈNH",
    "BÁO CÁO TÓM TẮT THÀNH TÍCH TẬP THỂ GIAI ĐOẠN 2023-2025",
  ],
  collective: "Tên tập thể đề nghị: {n}",
  table1: "Bảng 1. Kết quả thực hiện chỉ tiêu chủ yếu 3 năm liền kề",
  table2: "Bảng 2. Các tiêu chí về chuyển đổi số báo chí",
  yearHead: "Năm {y}",
  done: "Đạt được",
  ratio: "TH {y}/TH 2023 (%)",
  result: "Kết quả đến 31/10/{y}",
  verdict: "Tập thể tự đánh giá",
  verdicts: ["Hoàn thành tốt", "Hoàn thành", "Cần cố gắng"],
  narrative: "Trong 3 năm, đơn vị đã thực hiện {n} chuyên trang, chuyên mục phục vụ nhiệm vụ chính trị.",
  template: "Mẫu trống (không sửa)",
};

export const B20_CHECK = {
  title: "MẪU NHẬP SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ (CÓ KIỂM TRA TỰ ĐỘNG)",
  guide: "Chỉ nhập vào ô trắng; cột kiểm tra tự tính, không sửa công thức",
  unitLine: "Cơ quan nhập liệu: {n}",
  item: "Nội dung cần nhập",
  yearCol: "Số liệu năm {y}",
  check: "Kiểm tra tự động",
  note: "Thuyết minh thêm",
  ok: "OK",
  errors: ["Lỗi: lớn hơn tổng", "Chưa nhập", "Kiểm tra lại"],
  listSheet: "DM_luachon",
  provinceSheet: "So tong hop - vung sau",
  checkSheet: "KT_tonghop",
  checkAll: "Số ô lỗi toàn bảng",
};

export const B20_ISO = {
  title: "THEO DÕI, ĐO LƯỜNG MỤC TIÊU CHẤT LƯỢNG NĂM {y}",
  standard: "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
  objective: "Mục tiêu chất lượng",
  measure: "Chỉ số đo lường",
  frequency: "Tần suất đo",
  frequencies: ["6 tháng/lần", "Hằng năm", "Quý"],
  yearResult: "Kết quả đo cả năm {y}",
  verdict: "Đạt/Không đạt",
  pass: "Đạt",
  fail: "Không đạt",
  action: "Hành động khắc phục (nếu có)",
  objectives: [
    "Bảo đảm nội dung phục vụ nhiệm vụ chính trị của tỉnh",
    "Nâng cao hiệu quả hoạt động sự nghiệp có thu",
    "Phát triển nguồn nhân lực đáp ứng yêu cầu CĐS",
    "Ứng dụng công nghệ số trong sản xuất nội dung",
    "Bảo đảm an toàn thông tin mạng",
  ],
  sheetYear: "MTCL {y}",
};

export const B20_RECON = {
  title: "BIÊN BẢN ĐỐI CHIẾU, THỐNG NHẤT SỐ LIỆU BÁO CÁO NĂM {y}",
  parties: "Giữa Sở Văn hóa, Thể thao và Du lịch và {n}",
  dept: "Số Sở đã tổng hợp",
  agencyFig: "Số đơn vị gửi",
  diff: "Chênh lệch (đơn vị - Sở)",
  agreed: "Số thống nhất sau đối chiếu",
  reason: "Giải trình chênh lệch",
  reasons: [
    "Sở cộng nhầm số tháng 12",
    "Đơn vị bổ sung số liệu quý IV",
    "Trùng lặp tin bài đăng lại",
    "Khớp",
  ],
  draftSheet: "Ban tong hop lan 1",
  provinceSheet: "ĐC - số liệu vùng sâu",
  statsOffice: "Số Cục Thống kê",
  sign: "Biên bản lập thành 02 bản, mỗi bên giữ 01 bản",
};

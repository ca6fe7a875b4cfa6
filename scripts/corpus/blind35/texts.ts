/**
 * The blind35 families' fixed texts: titles, captions, column heads, row labels that are not inputs, file and sheet
 * names. ({y} is filled with a year, {slug} with a unit's file slug.) The guard test checks that none of them equals
 * a wording the repository already knows.
 */

export const B35_IDEOLOGY = {
  files: ["PL so lieu BCD35 bao chi {y}.xlsx", "phu-luc-bao-ve-nen-tang-tu-tuong-{y}.xlsx"],
  sheets: ["PL01-BCĐ35", "Phu luc so lieu BCD"],
  parent: ["BAN CHỈ ĐẠO 35 TỈNH LAI CHÂU", "TỔ GIÚP VIỆC BAN CHỈ ĐẠO 35"],
  title: [
    "PHỤ LỤC SỐ LIỆU CÔNG TÁC BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG TRÊN BÁO CHÍ TỈNH",
    "Số liệu kết quả đấu tranh, phản bác quan điểm sai trái của các cơ quan báo chí",
  ],
  sub: [
    "(Kèm theo Báo cáo số 112-BC/BCĐ ngày 24/11/{y})",
    "(Giai đoạn 2020 - {y}, số liệu do các cơ quan cung cấp)",
  ],
  table1: ["I. SẢN PHẨM BÁO CHÍ THEO NĂM", "Phần 1 - Tác phẩm báo chí qua các năm"],
  table2: ["II. NGUỒN LỰC, HẠ TẦNG PHỤC VỤ CÔNG TÁC", "Phần 2 - Lực lượng và điều kiện bảo đảm"],
  table3: ["III. ĐỊA BÀN VÙNG SÂU, VÙNG XA, BIÊN GIỚI", "Phần 3 - Tiếp cận thông tin ở cơ sở"],
  content: ["Nội dung báo cáo", "Nội dung chỉ tiêu"],
  figure: ["Số liệu năm {y}", "Kết quả đến 20/11/{y}"],
  scratch: ["Nhap BCD35", "So lieu tho"],
  scratchRows: [
    "Đài gửi lần 1 (chưa chuẩn)",
    "Báo gửi qua Zalo ngày 12/11",
    "Tạp chí báo số liệu bằng điện thoại",
  ],
};

export const B35_FUND = {
  files: ["Trich lap quy {slug} {y}.xlsx", "TLQ_{slug}_2022-{y}.xlsx"],
  sheets: ["Năm {y}", "TLQ {y}", "Trich lap {y}"],
  title: [
    "BẢNG XÁC ĐỊNH CHÊNH LỆCH THU, CHI VÀ TRÍCH LẬP CÁC QUỸ NĂM {y}",
    "Xác định kết quả tài chính và phân phối chênh lệch thu chi năm {y}",
  ],
  basis: [
    "(Theo Nghị định 60/2021/NĐ-CP về cơ chế tự chủ tài chính)",
    "(Số liệu theo báo cáo quyết toán năm {y})",
  ],
  general: ["Thông tin chung của đơn vị", "Một số thông tin về đơn vị sự nghiệp"],
  amount: ["Số tiền (triệu đồng)", "Giá trị năm báo cáo (trđ)"],
  otherIncome: ["Thu dịch vụ khác (in ấn, sản xuất chương trình, cho thuê)", "Các khoản thu dịch vụ còn lại"],
  surplus: ["Chênh lệch thu lớn hơn chi (A - B)", "Phần chênh lệch được phân phối"],
  funds: ["Phân phối chênh lệch, trích lập các quỹ", "Sử dụng chênh lệch thu chi"],
  income: ["Quỹ bổ sung thu nhập cho người lao động", "Trích Quỹ bổ sung thu nhập"],
  welfare: ["Quỹ khen thưởng và Quỹ phúc lợi", "Hai quỹ khen thưởng, phúc lợi"],
  scratch: ["He so trich", "Tham so"],
  scratchRows: ["Tỷ lệ trích Quỹ PTHĐSN áp dụng", "Mức trích bổ sung thu nhập tối đa (lần quỹ lương)"],
};

export const B35_ASSOCIATION = {
  files: ["BC thong ke Hoi VHNT {y}.xlsx", "Hoi VHNT - so lieu hoat dong {y}.xlsx"],
  parent: ["HỘI VĂN HỌC NGHỆ THUẬT TỈNH LAI CHÂU", "Hội Văn học - Nghệ thuật Lai Châu"],
  memberSheet: ["Hội viên", "Chi hoi chuyen nganh"],
  magazineSheet: ["So lieu Tap chi", "Hoat dong Tap chi"],
  memberTitle: [
    "SỐ LƯỢNG HỘI VIÊN THEO CHI HỘI CHUYÊN NGÀNH",
    "Thống kê hội viên phân theo chuyên ngành năm {y}",
  ],
  magazineTitle: [
    "KẾT QUẢ HOẠT ĐỘNG CỦA TẠP CHÍ VĂN NGHỆ LAI CHÂU",
    "Hoạt động xuất bản Tạp chí qua các năm",
  ],
  branch: ["Chi hội chuyên ngành", "Chuyên ngành sinh hoạt"],
  branches: [
    "Văn học",
    "Âm nhạc",
    "Mỹ thuật",
    "Nhiếp ảnh",
    "Văn nghệ dân gian",
    "Sân khấu - Múa",
    "Kiến trúc",
  ],
  memberCount: ["Số hội viên", "Hội viên hiện sinh hoạt"],
  issues: ["Số kỳ tạp chí phát hành trong năm", "Kỳ xuất bản (số tạp chí)"],
  support: ["Kinh phí NSNN hỗ trợ sáng tạo tác phẩm", "Hỗ trợ sáng tạo từ ngân sách Trung ương"],
  yearlyPart: ["A. Số liệu xuất bản qua các năm", "Phần A - Xuất bản, phát hành"],
  statusPart: ["B. Điều kiện hoạt động của Tạp chí", "Phần B - Tổ chức, hạ tầng, pháp lý"],
  state: ["Thực trạng đến nay", "Tình hình hiện tại"],
  scratch: ["DS hoi vien", "Danh sach goc"],
  scratchRows: ["Hội viên mới kết nạp năm nay", "Hội viên chuyển sinh hoạt, xóa tên"],
};

export const B35_BIDPLAN = {
  files: ["Danh muc goi thau CDS bao chi {y}.xlsx", "Goi thau du an CDS - phu luc.xlsx"],
  sheets: ["Gói thầu - {slug}", "Goi thau {slug}"],
  title: [
    "PHỤ LỤC DANH MỤC GÓI THẦU THUỘC DỰ ÁN CHUYỂN ĐỔI SỐ BÁO CHÍ TỈNH LAI CHÂU",
    "Danh mục các gói thầu, hình thức lựa chọn nhà thầu và tình trạng thực hiện",
  ],
  owner: ["Chủ đầu tư: {agency}", "Đơn vị thụ hưởng: {agency}"],
  general: ["Thông tin chung về chủ đầu tư", "Một số thông tin về đơn vị thụ hưởng dự án"],
  columns: [
    "Tên gói thầu",
    "Phục vụ chỉ tiêu (KH 3414)",
    "Giá gói thầu (triệu đồng)",
    "Hình thức lựa chọn nhà thầu",
    "Thời gian tổ chức",
    "Tình trạng gói thầu",
  ],
  result: ["Kết quả, hiện trạng đến 30/11/{y}", "Hiện trạng sau đầu tư (đến tháng 11/{y})"],
  packages: {
    digital_platforms: "Phát triển ứng dụng phân phối nội dung lên nền tảng số",
    ai_data_platform: "Xây dựng nền tảng phân tích dữ liệu bạn đọc tích hợp AI",
    converged_newsroom: "Mua sắm thiết bị, phần mềm vận hành tòa soạn hội tụ",
    security_level: "Thuê dịch vụ giám sát, bảo đảm an toàn thông tin",
    staff_trained: "Đào tạo, bồi dưỡng kỹ năng số cho PV, BTV, kỹ thuật viên",
    licensed: "Tư vấn hoàn thiện hồ sơ đề nghị cấp lại giấy phép hoạt động",
  },
  others: [
    "Tư vấn lập báo cáo kinh tế - kỹ thuật dự án",
    "Kiểm toán độc lập báo cáo quyết toán dự án",
    "Mua sắm máy quay, bộ dựng hình lưu động",
    "Tư vấn giám sát lắp đặt thiết bị",
  ],
  ways: [
    "Chỉ định thầu rút gọn",
    "Chào hàng cạnh tranh qua mạng",
    "Đấu thầu rộng rãi qua mạng",
    "Mua sắm trực tiếp",
  ],
  times: ["Quý II/{y}", "Quý III/{y}", "Tháng 3/{y}", "Quý IV/{y}"],
  tender: ["Đã ký hợp đồng", "Đã phê duyệt KQLCNT", "Đang đánh giá HSDT", "Đã nghiệm thu, bàn giao"],
  targets: ["Đưa vào sử dụng", "Vận hành chính thức", "Hoàn thành trong năm"],
  general2: "Chung cho dự án",
  scratch: ["DM_HinhThuc", "list"],
};

export const B35_NETWORK = {
  files: ["Mang luoi CTV va tac pham {y}.xlsx", "Thong ke CTV theo huyen {y}.xlsx"],
  title: [
    "THỐNG KÊ MẠNG LƯỚI CỘNG TÁC VIÊN VÀ TÁC PHẨM THEO ĐỊA BÀN HUYỆN",
    "Mạng lưới cộng tác viên cơ sở và sản lượng tin bài phân theo địa bàn",
  ],
  sub: ["Giai đoạn 2020 - {y}", "(Số liệu từ sổ nhuận bút cộng tác viên)"],
  district: ["Huyện, thành phố", "Địa bàn cấp huyện"],
  districts: [
    "TP Lai Châu",
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
    "Huyện Nậm Nhùn",
    "Huyện Than Uyên",
    "Huyện Tân Uyên",
  ],
  areaSheet: ["Dia ban VSVX", "Dân cư vùng khó"],
  areaTitle: [
    "DÂN CƯ VÙNG SÂU, VÙNG XA VÀ MỨC ĐỘ TIẾP CẬN BÁO CHÍ THEO HUYỆN",
    "Dân cư các bản vùng khó và số người nghe, xem, đọc được báo tỉnh",
  ],
  staffBlock: ["Nhân lực của cơ quan", "Lực lượng chuyên nghiệp tại tòa soạn"],
  people: ["Số người", "Số lượng (người)"],
  scratch: ["CTV_cu", "nhuan but CTV"],
  scratchRows: ["CTV ngừng cộng tác trong năm", "Tin bài CTV bị trả lại"],
};

export const B35_MEDIAKIT = {
  files: ["Ho so nang luc QC - {slug}.xlsx", "Bao gia quang cao {y} - {slug}.xlsx"],
  intro: ["Giới thiệu", "Ho so nang luc"],
  rates: ["Bảng giá QC {y}", "Bao gia {y}"],
  sales: ["Doanh số", "Doanh thu theo nam"],
  introTitle: [
    "HỒ SƠ NĂNG LỰC CUNG CẤP DỊCH VỤ QUẢNG CÁO, TRUYỀN THÔNG",
    "Thông tin giới thiệu gửi khách hàng, đối tác",
  ],
  founded: ["Năm thành lập", "Ngày ra số đầu tiên"],
  output: ["Sản lượng nội dung", "Năng lực sản xuất nội dung"],
  reach: ["Lượt truy cập trung bình mỗi tháng", "Người theo dõi trên các kênh mạng xã hội"],
  ratesTitle: [
    "BẢNG GIÁ QUẢNG CÁO ÁP DỤNG TỪ 01/01/{y}",
    "Báo giá dịch vụ quảng cáo, thông tin tuyên truyền năm {y}",
  ],
  positions: [
    "Banner trang chủ (1 tuần)",
    "Bài PR kèm ảnh trên báo điện tử",
    "Spot 30 giây trước bản tin thời sự",
    "Phóng sự đặt hàng 10 phút",
    "Nửa trang báo in màu",
    "Video ngắn đăng fanpage",
  ],
  price: ["Đơn giá (nghìn đồng)", "Giá chưa VAT (1.000đ)"],
  discount: ["Chiết khấu hợp đồng năm", "Giảm giá khách hàng thân thiết"],
  salesTitle: [
    "DOANH SỐ DỊCH VỤ VÀ TỔNG THU QUA CÁC NĂM",
    "Kết quả kinh doanh dịch vụ theo năm (triệu đồng)",
  ],
  year: ["Năm tài chính", "Niên độ"],
  sponsor: ["Tài trợ chương trình, chuyên mục", "Thu tài trợ sự kiện"],
  other: ["Thu khác (đặt hàng, dịch vụ kỹ thuật)", "Nguồn thu còn lại ngoài QC"],
  share: ["Tỷ trọng QC trong tổng thu", "QC chiếm (%) tổng thu"],
};

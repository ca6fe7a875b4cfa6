/**
 * The fixed texts of the blind36 families (titles, captions, column heads, row texts that are not inputs), each
 * list offering a few ways an author writes the same thing. {y} is the report's year.
 */

export const B36_PROCUREMENT = {
  titles: [
    "Kế hoạch lựa chọn nhà thầu các gói thầu chuyển đổi số năm {y}",
    "Phụ lục danh mục gói thầu mua sắm thiết bị, phần mềm CĐS",
    "Ke hoach lua chon nha thau (mua sam CNTT) nam {y}",
  ],
  subs: ["(Kèm theo Tờ trình đề nghị phê duyệt KHLCNT của cơ quan)", "(Trình Sở Tài chính thẩm định)"],
  sectionMoney: ["I. KHẢ NĂNG CÂN ĐỐI NGUỒN VỐN ĐỐI ỨNG", "I. Nguon von doi ung cua don vi"],
  sectionState: ["II. HIỆN TRẠNG VÀ SỰ CẦN THIẾT ĐẦU TƯ", "II. Hien trang ha tang, nhan luc"],
  sectionPackages: ["III. DANH MỤC GÓI THẦU ĐỀ XUẤT", "III. Cac goi thau de xuat"],
  content: ["Nội dung", "Hạng mục"],
  current: ["Hiện trạng tại thời điểm lập hồ sơ", "Thực trạng hiện nay"],
  afterInvestment: ["Mục tiêu sau đầu tư", "Muc tieu khi hoan thanh goi thau"],
  counterpart: ["Vốn đối ứng bố trí cho các gói thầu", "Von doi ung du kien"],
  packages: [
    "Nâng cấp phần mềm quản trị nội dung đa nền tảng",
    "Thuê dịch vụ lưu trữ đám mây cho kho tư liệu số",
    "Mua sắm thiết bị dựng hình, thu âm lưu động",
    "Đánh giá, kiểm tra an toàn thông tin hệ thống",
    "Số hóa kho tư liệu ảnh, băng đĩa giai đoạn 2",
  ],
  packageHeads: [
    "Tên gói thầu",
    "Nguồn vốn",
    "Hình thức lựa chọn nhà thầu",
    "Thời gian tổ chức lựa chọn",
    "Loại hợp đồng",
  ],
  sources: ["Quỹ phát triển HĐSN", "Nguồn thu sự nghiệp", "Ngân sách tỉnh cấp bổ sung"],
  methods: ["Chỉ định thầu rút gọn", "Chào hàng cạnh tranh", "Đấu thầu rộng rãi qua mạng"],
  timing: ["Quý I/{y}", "Quý II/{y}", "Quý III/{y}"],
  contracts: ["Trọn gói", "Theo đơn giá cố định"],
  scratch: ["Tạm tính vốn năm trước", "Bản nháp dự toán gói 2"],
} as const;

export const B36_COSTING = {
  titles: [
    "Thuyết minh khối lượng, đơn giá sản phẩm báo chí đặt hàng",
    "Bang thuyet minh don gia dat hang san pham bao chi",
    "Căn cứ xây dựng đơn giá dịch vụ sự nghiệp công (báo chí)",
  ],
  unitLine: ["Đơn vị đề nghị: ", "Co quan de nghi: "],
  item: ["Khoản mục", "Yếu tố tính đơn giá"],
  done: ["Khối lượng, giá trị đã thực hiện", "Khoi luong thuc hien cac nam"],
  unitPrice: ["Đơn giá BQ (nghìn đồng)", "Don gia binh quan (1.000đ)"],
  workforce: ["Định mức lao động (người có mặt)", "Lao động trực tiếp và gián tiếp (người)"],
  qualified: ["Lao động đã qua bồi dưỡng CĐS (người)", "Trong đó đã bồi dưỡng chuyển đổi số"],
  remark: ["Thuyết minh", "Lời giải trình của đơn vị"],
  sheetPrefix: ["ĐG", "DG", "Thuyet minh"],
  scratch: ["Hệ số điều chỉnh lương", "Định mức giờ công/tác phẩm"],
} as const;

export const B36_SKILLS = {
  titles: [
    "Kết quả bồi dưỡng kỹ năng số và sử dụng chữ ký số của cơ quan",
    "Bao cao boi duong ky nang so, chu ky so nam {y}",
  ],
  sheet1: ["Biểu 1 - Nhân lực", "Bieu 1 - Nhan luc", "B1 Nhân lực số"],
  sheet2: ["Biểu 2 - Hạ tầng số", "Bieu 2 - Ha tang", "B2 Nền tảng"],
  department: ["Phòng, ban chuyên môn", "Phong/ban"],
  total: ["Cộng toàn cơ quan", "Tong cong co quan"],
  lastYear: ["Đã báo cáo năm {y}", "Theo báo cáo năm {y}"],
  thisYear: ["Kết quả năm {y}", "Tình hình năm {y}"],
  depts: {
    "bao-lai-chau": [
      "Ban Thư ký tòa soạn",
      "Ban Thời sự",
      "Ban Văn hóa - Xã hội",
      "Ban Điện tử",
      "Văn phòng",
    ],
    "dai-ptth-lai-chau": [
      "Phòng Thời sự",
      "Phòng Chuyên đề",
      "Phòng Kỹ thuật - Công nghệ",
      "Phòng Biên tập tiếng dân tộc",
      "Phòng Hành chính - Tổng hợp",
    ],
    "tap-chi-van-nghe-lai-chau": ["Ban biên tập", "Bộ phận trị sự"],
  },
  scratch: ["Danh sách học viên (nháp)", "Số chứng thư gia hạn"],
} as const;

export const B36_IDEOLOGY = {
  titles: [
    "Phụ lục số liệu bảo vệ nền tảng tư tưởng của Đảng trên báo chí",
    "So lieu cong tac dau tranh, phan bac quan diem sai trai",
    "Kết quả tham gia bảo vệ nền tảng tư tưởng (Ban Chỉ đạo 35)",
  ],
  subs: ["(Giai đoạn {y0} - {y})", "(Từ năm {y0} đến năm {y})"],
  table1: ["Biểu 1. Tác phẩm báo chí theo năm", "Bieu 1. San pham bao chi qua cac nam"],
  table2: ["Biểu 2. Lực lượng và hạ tầng", "Bieu 2. Luc luong, ha tang"],
  table3: ["Biểu 3. Người dân vùng sâu, vùng xa", "Bieu 3. Vung sau, vung xa"],
  allAgencies: ["Cộng ba cơ quan báo chí", "Tong 3 co quan"],
  period: ["Cộng cả giai đoạn", "Tong giai doan"],
  content: ["Nội dung", "Chỉ số"],
  agencyHead: ["Cơ quan", "Ten co quan bao chi"],
  scratch: ["Số liệu BCĐ35 năm trước", "Bảng nháp tổng hợp"],
} as const;

export const B36_SURVEY = {
  titles: [
    "Kết quả điều tra xã hội học về tiếp cận báo chí của người dân",
    "Ket qua khao sat muc do tiep can bao chi vung kho khan",
  ],
  subs: ["(Phục vụ đánh giá chỉ tiêu năm {y})", "(Khảo sát tháng 10/{y})"],
  sheet1: ["Bảng 1 - Theo huyện", "Bang 1 - Huyen", "KS theo dia ban"],
  sheet2: ["Bảng 2 - Nguồn cung", "Bang 2 - Co quan BC", "Nguon cung thong tin"],
  district: ["Huyện, thành phố", "Dia ban"],
  share: ["Tỷ lệ tiếp cận (%)", "Ty le % tiep can"],
  whole: ["Cộng 8 huyện, thành phố", "Cộng các huyện"],
  year: ["Năm", "Nam thong ke so lieu"],
  districts: [
    "Thành phố Lai Châu",
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
    "Huyện Than Uyên",
    "Huyện Tân Uyên",
    "Huyện Nậm Nhùn",
  ],
  scratch: ["Mã hóa phiếu", "Trọng số mẫu"],
} as const;

export const B36_STAFFING = {
  titles: [
    "Tổng hợp nhu cầu tuyển dụng viên chức các cơ quan báo chí năm {y1}",
    "Ke hoach tuyen dung vien chuc bao chi nam {y1}",
  ],
  subs: ["(Kèm theo Tờ trình gửi Sở Nội vụ)", "(Số liệu đến 31/10/{y})"],
  sheet1: ["Nhu cau tuyen dung", "Nhu cầu tuyển {y1}", "PL1 Tuyển dụng"],
  sheet2: ["Kha nang chi tra", "Nguồn chi trả lương", "PL2 Nguồn thu"],
  unit: ["Cơ quan, đơn vị", "Don vi su nghiep"],
  needed: ["Số còn thiếu so với định biên", "Thiếu so với chỉ tiêu giao"],
  remark: ["Lý do, vị trí cần tuyển", "Vị trí việc làm cần bổ sung"],
  reasons: [
    "Biên tập viên đa phương tiện",
    "Kỹ thuật viên dựng hình",
    "Phóng viên tiếng dân tộc",
    "Quản trị hệ thống",
  ],
  moneyTitle: ["Khả năng bảo đảm quỹ lương từ nguồn thu", "Nguon thu dam bao chi tra luong"],
  scratch: ["Hệ số lương bình quân", "Quỹ lương tăng thêm"],
} as const;

/**
 * The fixed texts of the blind16 families (titles, captions, sheet and file names, fields), each family's in its own
 * table. {y} is a year, {n} a number, {v} a name or a wording filled in by the family.
 */

export const B16_CHARTS = {
  file: ["SoLieuBieuDo_CDS_BaoChi_{y}.xlsx", "Du lieu ve bieu do - bao cao CDS {y}.xlsx"],
  sheet: ["Data bieu do", "Số liệu vẽ biểu đồ"],
  title: [
    "SỐ LIỆU NGUỒN CHO CÁC BIỂU ĐỒ KÈM BÁO CÁO CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM {y}",
    "Bang so lieu de ve bieu do (kem bao cao nam {y})",
  ],
  chart: ["Biểu đồ {n}: {v}", "Hình {n} - {v}", "BĐ{n}. {v}"],
  series: ["Chuỗi / Năm", "Đơn vị \\ Năm", "Tên chuỗi số liệu"],
  growth: ["Tốc độ tăng chung so với năm liền trước (%)", "Tang truong chung nam sau/nam truoc (%)"],
  staff: ["Nhân lực và kết quả tập huấn CĐS theo cơ quan", "Lao dong & so nguoi da tap huan theo co quan"],
  share: ["Tỷ lệ người đã tập huấn (%)", "Ty le da tap huan (%)"],
  pie: [
    "Cơ cấu dân số vùng sâu, vùng xa theo mức tiếp cận báo chí",
    "Ty le dan vung kho khan tiep can bao chi",
  ],
  notReached: ["Chưa tiếp cận được loại hình nào", "Chua tiep can (nguoi)"],
  notReachedShort: ["Chưa TC", "Chua tiep can BC"],
  legend: ["Nhãn chú giải", "Chu thich tren bieu do"],
  people: ["Số người", "So dan (nguoi)"],
  status: ["Bảng nguồn: tình hình triển khai theo từng cơ quan", "Nguon cho bieu do cot trien khai"],
  count: ["Số CQ đã đạt", "So co quan dat"],
  hidden: ["BD_{y}_cu", "Nháp biểu đồ năm trước"],
  source: ["Nguồn: tổng hợp từ báo cáo của các cơ quan báo chí", "Nguon so lieu: bao cao cua 3 co quan"],
};

export const B16_GROWTH = {
  file: ["Tinh toc do tang truong {y}.xlsx", "Bang tinh tang truong - KH3414 - {y}.xlsx"],
  sheet: ["Tính tăng {v}", "TT_{v}"],
  sheetKey: { political_articles: "tin bai CT", revenue: "tong thu BC" },
  both: ["Bảng tính tăng trưởng", "TinhTang"],
  title: ["BẢNG TÍNH TỐC ĐỘ TĂNG TRƯỞNG: {v}", "Tinh muc tang so voi nam goc - {v}"],
  base: ["{y} (năm gốc)", "Năm gốc {y}"],
  year: ["Năm {y}", "{y}", "N.{y}"],
  vsBase: ["Tăng so với năm gốc (%)", "% tang so voi nam 2020"],
  vsPrev: ["Tăng so với năm trước (%)", "% tang so nam lien ke"],
  judge: ["Tự nhận xét kết quả", "Nhan xet cua to tong hop"],
  agency: ["Cơ quan báo chí", "Don vi bao chi"],
  total: ["Cộng 3 cơ quan", "Tong cong (ca 3 co quan)"],
  raw: ["Nhap_so_lieu", "SoLieuGoc"],
  unit: ["Đơn vị tính: {v}", "DVT: {v}"],
  target: ["Tăng ≥ 20%/năm", "Khoảng 20%"],
};

export const B16_COUNCIL = {
  file: ["PL so lieu tra loi chat van HDND {y}.xlsx", "Phu luc chat van ky hop cuoi nam {y}.xlsx"],
  sheet: ["PL chất vấn", "Phu luc so lieu CV"],
  hidden: ["Giua nam {y}", "Ky hop thang 7"],
  title: [
    "PHỤ LỤC SỐ LIỆU KÈM THEO BÁO CÁO TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP HĐND TỈNH CUỐI NĂM {y}",
    "Phu luc: so lieu tra loi y kien chat van cua dai bieu HDND tinh nam {y}",
  ],
  sub: [
    "(Kèm theo Báo cáo số {n}/BC-SVHTTDL ngày 02/12/{y})",
    "(Kem theo Bao cao so {n}/BC-UBND cua UBND tinh)",
  ],
  question: ["Câu hỏi {n}: {v}", "Nội dung chất vấn {n}. {v}", "Cau {n} - {v}"],
  ask: {
    political_articles: [
      "Đại biểu đề nghị cho biết số lượng tác phẩm phục vụ nhiệm vụ chính trị của các cơ quan báo chí qua các năm",
      "Ket qua san xuat tin bai tuyen truyen nhiem vu chinh tri cua bao, dai, tap chi",
    ],
    revenue: [
      "Tình hình nguồn thu và tự chủ tài chính của các cơ quan báo chí địa phương",
      "Nguon thu cua cac co quan bao chi co tang khong, da tu chu duoc chua",
    ],
    staff: [
      "Công tác đào tạo, bồi dưỡng kỹ năng số cho người làm báo của tỉnh",
      "Bao nhieu phong vien, bien tap vien da duoc tap huan ve chuyen doi so",
    ],
    tech: [
      "Tiến độ ứng dụng công nghệ số, xây dựng tòa soạn hội tụ tại các cơ quan báo chí",
      "Cac co quan bao chi da dua noi dung len nen tang so, dung AI den dau",
    ],
    licensed: [
      "Việc cấp lại giấy phép hoạt động cho Tạp chí Văn nghệ đến nay ra sao",
      "Tien do ho so xin cap lai giay phep cua Tap chi",
    ],
    remote: [
      "Người dân vùng sâu, vùng xa, biên giới có được tiếp cận thông tin báo chí không",
      "Muc do phu song, tiep can bao chi o cac xa bien gioi",
    ],
  },
  deputy: [
    "(Đại biểu Tổ huyện Phong Thổ)",
    "(Dai bieu to huyen Than Uyen)",
    "(Đại biểu Tổ thành phố Lai Châu)",
  ],
  agency: ["Tên cơ quan báo chí", "Co quan tra loi"],
  answer: ["Trả lời: số liệu chi tiết tại bảng dưới đây", "Tra loi: xem bang so lieu kem theo"],
  change: ["Tăng (+)/giảm (-) so năm trước", "Chenh lech so voi nam truoc"],
  ratio: ["Tỷ lệ đã qua tập huấn (%)", "Ty le qua tap huan CDS (%)"],
  remoteRatio: ["Tỷ lệ người dân tiếp cận (%)", "Ty le tiep can bao chi (%)"],
  item: ["Nội dung số liệu", "Chi tieu tra loi"],
  people: ["Số người", "So nguoi (nguoi)"],
  yearOf: ["{v} năm {y}", "{v} ({y})"],
};

export const B16_PROPOSAL = {
  file: ["Thuyet minh de xuat nhiem vu CDS 2026 - {v}.xlsx", "{v}_DeXuat_NhiemVu_CDS_2026.xlsx"],
  sheet: ["Thuyết minh", "TM de xuat"],
  lists: ["DM", "Danh muc chon"],
  title: [
    "THUYẾT MINH ĐỀ XUẤT NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026",
    "Thuyet minh nhiem vu: nang cap ha tang so cua co quan bao chi (nam 2026)",
  ],
  info: ["I. THÔNG TIN ĐƠN VỊ ĐỀ XUẤT", "I. Thong tin chung ve don vi"],
  past: ["II. KẾT QUẢ HOẠT ĐỘNG 03 NĂM GẦN NHẤT", "II. Ket qua hoat dong 3 nam lien ke"],
  now: ["III. HIỆN TRẠNG ỨNG DỤNG CÔNG NGHỆ SỐ", "III. Hien trang cua don vi truoc khi dau tu"],
  cost: ["IV. KINH PHÍ ĐỀ NGHỊ HỖ TRỢ (triệu đồng)", "IV. Du kien kinh phi de nghi"],
  name: ["Tên đơn vị đề xuất: {v}", "Don vi de xuat: {v}"],
  phone: ["Điện thoại liên hệ: 0213.3876.{n}", "DT lien he: 0213 387 {n}"],
  people: ["Số cán bộ phụ trách nhiệm vụ: {n} người", "Nhom thuc hien nhiem vu: {n} nguoi"],
  state: ["Hiện trạng đến 31/10/2025", "Thực trạng tại thời điểm lập"],
  cite: [
    "Căn cứ số liệu vùng phủ sóng của tỉnh (Sở cung cấp):",
    "So lieu dan cu vung sau, vung xa lam can cu de xuat:",
  ],
  after: ["Mục tiêu sau đầu tư", "Muc tieu khi hoan thanh nhiem vu"],
  content: ["Nội dung thuyết minh", "Hang muc"],
  year: ["Năm {y}", "Thực hiện {y}"],
  items: [
    "Nâng cấp hệ thống quản trị nội dung (CMS)",
    "Mua sắm thiết bị dựng hình, phòng thu",
    "Thuê nền tảng lưu trữ, phân tích dữ liệu",
    "Tập huấn kỹ năng số cho phóng viên, biên tập viên",
    "Bảo đảm an toàn thông tin cho trang điện tử",
  ],
  costTotal: ["Tổng kinh phí đề nghị hỗ trợ", "Cong kinh phi de xuat"],
};

export const B16_MERGE = {
  file: ["Nguon tron thu - gui co quan bao chi {y}.xlsx", "MailMerge_CongVan_CDS_{y}.xlsx"],
  sheet: ["Nguon_tron", "DataSource_CV"],
  letter: ["Mau_thu", "Noi dung cong van"],
  old: ["Nguon_{y}", "Tron_thu_cu"],
  fields: {
    name: ["TenCoQuan", "Ten_DonVi"],
    receiver: ["NguoiNhan", "Kinh_gui"],
    address: ["DiaChi", "Dia_chi_nhan"],
    letterNo: ["SoCongVan", "So_CV_di"],
    date: ["NgayCV", "Ngay_gui"],
    phone: ["DienThoai", "SDT_LienHe"],
    political_articles: ["TinBaiNVCT", "SL_TinBai_CT"],
    revenue: ["TongThuBC", "DoanhThu_TatCa"],
    staff_total: ["TongLaoDong", "SoLD_CoQuan"],
    staff_trained: ["SoDaTapHuan", "LD_QuaTH_CDS"],
    digital_platforms: ["NoiDungNenTangSo", "Co_NTSo"],
    ai_data_platform: ["NenTangDL_AI", "AI_DuLieu"],
    converged_newsroom: ["ToaSoanHoiTu", "TS_HoiTu"],
    autonomous: ["TuChuChiTX", "TuChu_TC"],
    security_level: ["CapDoHTTT", "Cap_ATTT"],
    licensed: ["GP_CapLai", "TC_GiayPhep"],
    collaborators: ["SoCTV", "CTV_ThuongXuyen"],
  },
  plan: ["KH_{v}", "MucTieu_{v}"],
  yearField: ["{v}_{y}", "{v}{y}", "{v}_N{y}"],
  receivers: ["Tổng Biên tập", "Giám đốc Đài", "Tong bien tap Tap chi"],
  addresses: ["Phường Tân Phong, TP Lai Châu", "Duong 19/8, P. Dong Phong, TP Lai Chau"],
  letterNo: ["{n}/SVHTTDL-QLBC", "{n}/SVHTTDL-BC"],
  opening: ["Kính gửi: «{v}»", "Kinh gui: «{v}»"],
  body: [
    "Sở đề nghị đơn vị rà soát các số liệu đã báo cáo dưới đây trước ngày 25/11/{y}:",
    "De nghi don vi kiem tra lai so lieu da bao cao (han 25/11/{y}):",
  ],
  line: ["- {v}: «{n}»", "+ {v} = «{n}»"],
  planLine: ["- Chỉ tiêu giao năm 2025: «{n}»", "- Muc tieu KH giao: «{n}»"],
};

export const B16_ORDERS = {
  file: ["Nghiem thu dat hang bao chi {y}.xlsx", "TongHop_NghiemThu_DatHang_{y}.xlsx"],
  sheet: ["NT {v}", "Nghiệm thu - {v}"],
  draft: ["Du thao HD {y}", "HĐ đặt hàng (nháp)"],
  title: [
    "BẢNG TỔNG HỢP NGHIỆM THU SẢN PHẨM BÁO CHÍ ĐẶT HÀNG NĂM {y}",
    "Tong hop ket qua nghiem thu san pham dat hang nam {y}",
  ],
  sub: ["(Theo Hợp đồng đặt hàng số {n}/HĐ-SVHTTDL)", "(Kem theo bien ban nghiem thu ngay 10/12/{y})"],
  product: ["Nhóm sản phẩm đặt hàng", "Loai san pham"],
  ordered: ["Số lượng theo KH đặt hàng", "SL đặt hàng (KH)"],
  accepted: ["Số lượng nghiệm thu", "SL nghiem thu dat"],
  price: ["Đơn giá BQ (tr.đ)", "Don gia binh quan (trieu)"],
  amount: ["Thành tiền nghiệm thu (tr.đ)", "Gia tri nghiem thu"],
  products: [
    "Tin thời sự chính trị địa phương",
    "Bài phản ánh, phóng sự chuyên đề",
    "Chuyên mục, chuyên trang tuyên truyền",
    "Chương trình phát thanh/truyền hình chuyên đề",
    "Tác phẩm văn học nghệ thuật đặt hàng",
  ],
  productTotal: ["Cộng sản phẩm đặt hàng", "Cong theo hop dong"],
  summary: ["B. TỔNG HỢP CHUNG CỦA ĐƠN VỊ", "B. So lieu chung ca nam cua don vi"],
  orders: ["A. SẢN PHẨM ĐẶT HÀNG ĐÃ NGHIỆM THU", "A. Chi tiet san pham dat hang"],
  ofWhich: ["trong đó: thực hiện theo đặt hàng", "- rieng phan dat hang"],
  fundsOf: ["trong đó: kinh phí đặt hàng đã nghiệm thu", "- rieng gia tri dat hang"],
  staffDirect: ["trong đó: trực tiếp thực hiện đặt hàng", "- nguoi tham gia dat hang"],
  prev: ["Năm trước ({y})", "Năm {y} (để so sánh)"],
  cur: ["Năm {y}", "Thực hiện năm {y}"],
  content: ["Nội dung tổng hợp", "Chi tieu chung"],
};

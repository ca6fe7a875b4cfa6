/**
 * The fixed texts of the blind28 families (titles, captions, column heads, sheet and file names), each family's
 * in its own table. {y} is a year, {n} a number or code. Never a wording of an input: those live in ./wordings.ts.
 */

/** Public disclosure of a budget's execution, a workbook per agency and a sheet per year. */
export const B28_DISCLOSURE = {
  form: ["Biểu số 03/CK-NSNN", "Mẫu số 03 - Công khai dự toán", "Bieu 03 cong khai (TT 61/2017/TT-BTC)"],
  title: [
    "CÔNG KHAI TÌNH HÌNH THỰC HIỆN DỰ TOÁN THU - CHI NĂM {y}",
    "Công khai thực hiện dự toán thu, chi ngân sách năm {y}",
    "THUYẾT MINH CÔNG KHAI SỐ LIỆU THU CHI NĂM {y}",
  ],
  basis: [
    "(Kèm theo Quyết định công khai số {n}/QĐ ngày 15/01 năm sau)",
    "(Dùng cho đơn vị sự nghiệp công lập sử dụng ngân sách)",
  ],
  sheet: ["Nam {y}", "CK {y}", "CongKhai_{y}"],
  content: ["Nội dung công khai", "Chỉ tiêu công khai"],
  actual: ["Số thực hiện năm {y}", "Thực hiện cả năm {y}", "TH năm {y} (đã khóa sổ)"],
  ratio: ["TH so dự toán (%)", "Tỷ lệ đạt so dự toán"],
  sectionRevenue: ["A. Tổng số thu sự nghiệp, dịch vụ", "A - PHẦN THU"],
  sectionSpend: ["B. Dự toán chi ngân sách nhà nước", "B - PHẦN CHI"],
  sectionOther: ["C. Thông tin về tổ chức, tự chủ", "C - THÔNG TIN KHÁC"],
  partSales: ["Thu phát hành, bản quyền nội dung", "Thu ban bao, ban quyen"],
  partOrders: ["Thu từ đặt hàng sản xuất chương trình, tin bài", "Thu dat hang cua cac so, nganh"],
  spend: ["Chi thanh toán cá nhân và nghiệp vụ", "Chi hoat dong thuong xuyen khac"],
  scratch: ["Doi chieu KBNN", "tam tinh"],
  file: ["CongKhai_ThuChi_{n}.xlsx", "Bieu03_CK_{n}.xlsx"],
} as const;

/** The ministry's collection sheet of every northwest province's local press agencies. */
export const B28_NATIONWIDE = {
  title: [
    "TỔNG HỢP SỐ LIỆU CHUYỂN ĐỔI SỐ CÁC CƠ QUAN BÁO CHÍ ĐỊA PHƯƠNG KHU VỰC TÂY BẮC",
    "Bảng tổng hợp của Cục Báo chí: số liệu các cơ quan báo chí địa phương năm {y}",
    "SO LIEU CDS BAO CHI DIA PHUONG - CUM CAC TINH MIEN NUI PHIA BAC",
  ],
  sub: [
    "(Các địa phương điền trực tiếp vào dòng của mình, không sửa công thức)",
    "(Số liệu do Sở các tỉnh gửi về, cập nhật đến 10/12/{y})",
  ],
  province: ["Tỉnh / thành", "Dia phuong"],
  outlet: ["Cơ quan báo chí của tỉnh", "Ten co quan bao chi"],
  year: ["Năm {y}", "TH {y}"],
  sheet: ["Dia phuong", "TongHop_TayBac", "Phieu thu thap"],
  file: ["TongHop_CucBaoChi_{y}.xlsx", "SoLieu_BCDP_TayBac_{y}.xlsx"],
  /** Other provinces: the province row's name and its agencies (newspaper, station, magazine). */
  others: [
    ["Tỉnh Điện Biên", "Báo Điện Biên Phủ", "Đài PT-TH tỉnh Điện Biên", "Tạp chí Văn nghệ Điện Biên"],
    ["Tỉnh Sơn La", "Báo Sơn La (in, điện tử)", "Đài PT-TH Sơn La", "Tạp chí Văn nghệ Sơn La"],
    ["Tỉnh Lào Cai", "Báo Lào Cai (điện tử)", "Đài PT-TH Lào Cai", "Tạp chí Phan Xi Păng"],
    ["Tỉnh Hà Giang", "Báo Hà Giang", "Đài PT-TH Hà Giang", "Tạp chí Văn nghệ Hà Giang"],
    ["Tỉnh Yên Bái", "Báo Yên Bái", "Đài PT-TH Yên Bái", "Tạp chí Văn nghệ Yên Bái"],
  ],
} as const;

/** Return files the department's divisions send the press office, one workbook each. */
export const B28_RETURNS = {
  articlesFile: ["PhongQLBC_TinBai_{y}.xlsx", "01_TacPham_NVCT.xlsx"],
  moneyFile: ["PhongKHTC_NguonThu.xlsx", "02_Thu_TuChu.xlsx"],
  staffFile: ["PhongTCCB_NhanLuc.xlsx", "03_NhanSu_BoiDuong.xlsx"],
  techFile: ["TTCNTT_HaTangSo.xlsx", "04_HaTang_ATTT.xlsx"],
  remoteFile: ["PhongTTCS_VungSau.xlsx", "05_PhuSong_VSVX.xlsx"],
  from: [
    "Phòng Quản lý báo chí - xuất bản gửi",
    "Phòng Kế hoạch - Tài chính gửi",
    "Phòng Tổ chức cán bộ gửi",
    "Trung tâm Công nghệ thông tin gửi",
    "Phòng Thông tin cơ sở gửi",
  ],
  caption: [
    "Số liệu phục vụ báo cáo KH 3414 - phần do phòng phụ trách",
    "Phan so lieu cua phong (de tong hop bao cao nam {y})",
    "Số liệu gửi bộ phận tổng hợp, hạn 05/12/{y}",
  ],
  agencyCol: ["Cơ quan / chỉ tiêu", "Don vi - noi dung"],
  autonomyCaption: ["Phân loại tự chủ tài chính các đơn vị", "Muc tu chu (theo QD giao)"],
  itemCol: ["Hạng mục kiểm tra", "Noi dung ha tang"],
  licenceLine: ["Ghi nhận riêng Tạp chí:", "Rieng tap chi:"],
  abbreviation: ["Tên rút gọn trong biểu tổng hợp", "Ten viet tat (cot bieu TH)"],
  scratch: ["nhap so", "Sheet tam"],
  sheet: ["So lieu phong", "Bieu tra ve", "Data"],
} as const;

/** A pledge each agency head signed with the department's director, scored at year end. */
export const B28_PLEDGE = {
  title: [
    "BẢN CAM KẾT THỰC HIỆN NHIỆM VỤ NĂM {y} VÀ KẾT QUẢ CHẤM ĐIỂM",
    "Bản đăng ký cam kết năm {y} - kết quả thực hiện, tự chấm và thẩm định",
    "CAM KET TRACH NHIEM NAM {y} GIUA THU TRUONG CO QUAN VA GIAM DOC SO",
  ],
  parties: ["Bên giao: Giám đốc Sở - Bên cam kết: {n}", "Người cam kết: Thủ trưởng {n}"],
  content: ["Nội dung cam kết", "Noi dung dang ky"],
  before: ["Kết quả năm {y}", "Đạt được năm {y}"],
  result: ["Kết quả thực hiện {y}", "Thực hiện đến 31/12/{y}", "Ket qua dat duoc nam {y}"],
  maxScore: ["Điểm tối đa", "Thang điểm"],
  selfScore: ["Tự chấm", "Diem tu cham"],
  checked: ["Sở thẩm định", "Điểm hội đồng"],
  total: ["Tổng điểm", "Cộng điểm cam kết"],
  sectionWork: ["I. Nhiệm vụ chuyên môn", "I - CHUYEN MON NGHIEP VU"],
  sectionDigital: ["II. Chuyển đổi số, an toàn thông tin", "II - CHUYEN DOI SO"],
  sectionPeople: ["III. Tổ chức bộ máy, nhân lực", "III - TO CHUC CAN BO"],
  sheet: ["CK_{n}", "CamKet {n}"],
  file: ["CamKet_ChamDiem_{y}.xlsx", "Cham diem cam ket {y}.xlsx"],
  grade: ["Xếp loại: Hoàn thành tốt", "Xếp loại: Hoàn thành xuất sắc", "Xếp loại: Hoàn thành"],
} as const;

/** The provincial journalists' association's branch statistics. */
export const B28_ASSOCIATION = {
  title: [
    "HỘI NHÀ BÁO TỈNH LAI CHÂU - THỐNG KÊ CHI HỘI NĂM {y}",
    "Biểu thống kê tình hình các chi hội trực thuộc năm {y}",
  ],
  sub: ["(Phụ lục kèm báo cáo tổng kết công tác Hội năm {y})", "(Cac chi hoi bao cao ve Thuong truc Hoi)"],
  branch: ["Chi hội", "Ten chi hoi"],
  branchOf: ["Chi hội {n}", "CH {n}"],
  /** Branches that are not one of the plan's agencies. */
  otherBranches: [
    "Chi hội Thông tấn xã Việt Nam thường trú",
    "Chi hội Văn phòng Tỉnh ủy - Ban Tuyên giáo",
    "Chi hội Công an tỉnh (Trang tin điện tử)",
    "Chi hội Báo Nhân dân thường trú Lai Châu",
  ],
  entries: ["Tác phẩm dự giải Báo chí tỉnh", "TP du giai bao chi"],
  prizes: ["Tác phẩm đạt giải", "TP dat giai"],
  activitySheet: ["Hoat dong nghe nghiep", "Tac pham 2 nam"],
  membersSheet: ["Chi hoi", "Thong ke hoi vien"],
  year: ["Năm {y}", "Nam {y}"],
  file: ["HoiNhaBao_ThongKe_{y}.xlsx", "ThongKe_ChiHoi_{y}.xlsx"],
} as const;

/** An agency's register of its yearly output, issues and takings, years down the rows. */
export const B28_REGISTER = {
  title: [
    "SỔ THEO DÕI XUẤT BẢN - PHÁT HÀNH QUA CÁC NĂM",
    "Sổ thống kê sản lượng tác phẩm và nguồn thu theo năm",
    "SO THEO DOI SAN XUAT, PHAT SONG VA THU NHAP HANG NAM",
  ],
  yearCol: ["Năm", "Nam TC"],
  yearRow: ["Năm {y}", "{y}", "Nam {y}"],
  issues: ["Số kỳ / số chương trình", "So ky phat hanh"],
  total: ["Cộng 2020 - {y}", "Cong giai doan"],
  next: ["Dự kiến năm {y}", "Du kien {y}"],
  sheet: ["So {n}", "{n}"],
  scratch: ["Nhap lieu", "Temp"],
  file: ["SoTheoDoi_XuatBan_{y}.xlsx", "So_san_luong_{y}.xlsx"],
} as const;

/**
 * The blind15 families' fixed texts: titles, column headers, row names and notes ({y}: a year, {v}: a value or a
 * date filled in). Written for this split; the guard test checks that none equals a wording the repository knows.
 */

/** Commissioning acceptance sheets (./commission.ts). */
export const B15_COMMISSION = {
  title: [
    "Bảng tổng hợp nghiệm thu sản phẩm báo chí đặt hàng và tin, bài tự sản xuất phục vụ nhiệm vụ chính trị",
    "Tong hop ket qua nghiem thu tin bai dat hang va tu san xuat cua cac co quan bao chi tinh",
  ],
  sub: ["(Kèm theo Biên bản nghiệm thu ngày 05/12/{y})", "Năm thực hiện đặt hàng: {y}"],
  sheet: ["NT {y}", "Nghiem thu {y}", "Năm {y} - NT"],
  agencyCol: ["Cơ quan báo chí thực hiện", "Đơn vị nhận đặt hàng"],
  group: ["Chia ra theo nguồn", "Trong đó gồm"],
  accepted: ["Đặt hàng - đã nghiệm thu", "SL nghiệm thu (đặt hàng)"],
  self: ["Tự sản xuất, tự khai thác", "Tu san xuat (ngoai dat hang)"],
  ordered: ["SL đặt hàng theo KH", "Số lượng đặt hàng (KH)"],
  price: ["Đơn giá BQ (đồng/tin bài)", "Don gia binh quan (dong)"],
  amount: ["Thành tiền nghiệm thu (tr.đ)", "Kinh phí thanh toán (tr.đồng)"],
  total: ["Cộng chung các cơ quan", "Tổng cộng 3 cơ quan báo chí"],
  priceSheet: ["DonGia_an", "Bang don gia (an)"],
  priceTitle: ["Đơn giá tạm tính theo QĐ định mức (không in)"],
  notOrdered: ["Không đặt hàng năm {y}", "Chưa nghiệm thu"],
} as const;

/** Financial-autonomy plan figures (./autonomy.ts). */
export const B15_AUTONOMY_PLAN = {
  title: [
    "Số liệu thu, chi phục vụ xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030",
    "Bieu so lieu thu chi - phuong an tu chu tai chinh (giai doan 2026-2030)",
  ],
  form: ["Biểu 02/PATC", "Mẫu số 01 - Phương án tự chủ"],
  content: ["Khoản mục thu, chi", "Noi dung khoan muc"],
  past: ["TH {y}", "Thực hiện {y}"],
  current: ["Ước TH {y}", "Uoc thuc hien {y}"],
  parts: ["Thu đặt hàng, giao nhiệm vụ của tỉnh", "Thu dịch vụ, liên kết sản xuất chương trình"],
  ratio: ["Mức tự bảo đảm chi thường xuyên (%)", "Ty le tu bao dam chi TX (%)"],
  assigned: ["Số người làm việc được giao theo đề án vị trí việc làm", "So luong nguoi lam viec duoc giao"],
  conclude: ["Đề xuất phân loại mức tự chủ:", "Ket luan ve muc tu chu:"],
  sheet: ["PA tu chu", "Số liệu PATC"],
  scratch: ["Nhap tinh toan", "Tam (khong gui)"],
  scratchTitle: ["Bảng tính thử tỷ lệ tự bảo đảm (số chưa chốt)"],
  file: ["PATC_{v}.xlsx", "Phuong an tu chu - {v}.xlsx"],
} as const;

/** The People's Committee's target-assignment annex (./annex.ts). */
export const B15_ANNEX = {
  title: [
    "Phụ lục: Giao chỉ tiêu phát triển báo chí năm 2025 cho các cơ quan báo chí tỉnh",
    "Phu luc giao chi tieu chuyen doi so bao chi nam 2025 cho cac co quan bao chi",
  ],
  sub: [
    "(Kèm theo Quyết định số 1712/QĐ-UBND ngày 26/12/2024 của UBND tỉnh Lai Châu)",
    "(Kem theo Quyet dinh so 1712/QD-UBND ngay 26/12/2024)",
  ],
  content: ["Tên chỉ tiêu được giao", "Nội dung chỉ tiêu giao"],
  past: ["TH năm {y}", "Số TH {y}"],
  last: ["Ước TH năm {y}", "Ước đạt {y}"],
  status: ["Hiện trạng đến 30/11/2024", "Thực trạng hiện nay (11/2024)"],
  compare: ["So sánh giao {y} với ước {v} (%)", "Tăng/giảm so ước {v} (%)"],
  sheet: ["PL giao CT 2025", "Phu luc 01 - giao CT"],
  file: ["QD giao chi tieu 2025 - phu luc.xlsx", "PhuLuc_GiaoChiTieu_2025.xlsx"],
  plan2025: ["Có", "Duy trì", "Hoàn thành"],
  planLevel: "Đạt cấp độ 3 trở lên",
} as const;

/** Headcount and training by department (./departments.ts). */
export const B15_DEPARTMENTS = {
  "bao-lai-chau": [
    "Ban Thư ký tòa soạn",
    "Ban Thời sự - Chính trị",
    "Ban Kinh tế - Xã hội",
    "Ban Báo điện tử",
    "Phòng Hành chính - Trị sự",
  ],
  "dai-ptth-lai-chau": [
    "Phòng Thời sự",
    "Phòng Biên tập - Dân tộc",
    "Phòng Kỹ thuật - Công nghệ",
    "Phòng Thông tin điện tử",
    "Phòng Tổ chức - Hành chính",
  ],
  "tap-chi-van-nghe-lai-chau": [
    "Ban Biên tập tạp chí",
    "Bộ phận Trị sự - Phát hành",
    "Bộ phận Mỹ thuật - Chế bản",
  ],
  title: [
    "Thống kê nhân lực và kết quả bồi dưỡng chuyển đổi số theo phòng, ban",
    "Thong ke nhan luc, boi duong CDS theo phong ban chuyen mon",
  ],
  deptCol: ["Phòng, ban chuyên môn", "Bo phan / phong ban"],
  total: ["Tổng cộng toàn cơ quan", "Cong toan don vi"],
  journalists: ["Trong đó: PV, BTV", "Trong do phong vien, bien tap vien"],
  untrained: ["Chưa được bồi dưỡng", "Chua BD CDS"],
  ratio: ["Tỷ lệ đã BD (%)", "Ty le da boi duong"],
  need: ["KH bồi dưỡng 2026", "Nhu cầu BD năm 2026 (KH)"],
  lastYear: ["Cùng kỳ năm 2024", "Số liệu 31/12/2024 (để so sánh)"],
  articles: ["Tin, bài phục vụ NVCT phân theo phòng, ban", "Tin bai NVCT chia theo phong ban san xuat"],
  yearHead: ["Năm {y}", "Cả năm {y}"],
  file: ["Nhan luc theo phong ban 2025.xlsx", "ThongKe_NhanLuc_CDS.xlsx"],
} as const;

/** The department's log of figures received (./replies.ts). */
export const B15_REPLIES = {
  title: [
    "Sổ theo dõi tiếp nhận số liệu báo cáo CĐS báo chí của các cơ quan báo chí",
    "Nhat ky nhan so lieu bao cao chuyen doi so bao chi nam 2025",
  ],
  sheet: ["Nhat ky nhan SL", "Theo dõi nhận số liệu"],
  time: ["Thời điểm nhận", "Ngày, giờ nhận"],
  from: ["Đơn vị gửi", "Noi gui so lieu"],
  via: ["Hình thức gửi", "Kenh gui"],
  what: ["Nội dung số liệu", "Số liệu về"],
  value: ["Giá trị báo cáo", "Số/ý kiến trả lời"],
  note: ["Ghi chú xử lý", "Ghi chu cua chuyen vien"],
  channels: [
    "Zalo nhóm CĐS báo chí",
    "Email công vụ",
    "Gọi điện thoại báo số",
    "Văn bản giấy",
    "Phần mềm QLVB",
  ],
  replaced: ["Đã gửi lại, thay bằng số liệu ngày {v}", "Số cũ - đơn vị đính chính ngày {v}"],
  replacing: ["Gửi lại, đính chính số liệu ngày {v}", "Số liệu thay thế (đính chính ngày {v})"],
  province: ["Ban Dân tộc tỉnh (số dân VSVX)", "Phòng Thông tin cơ sở"],
  pending: ["Đơn vị hẹn gửi sau", "Chưa tổng hợp xong, sẽ gửi bổ sung"],
  file: ["So theo doi nhan so lieu CDS 2025.xlsx", "NhatKy_TiepNhan_SoLieu.xlsx"],
} as const;

/** Coverage and output by press type (./coverage.ts). */
export const B15_COVERAGE = {
  title: [
    "Kết quả tiếp cận báo chí tỉnh của người dân vùng sâu, vùng xa theo loại hình",
    "Ket qua tiep can bao chi tinh o vung sau vung xa, phan theo loai hinh",
  ],
  types: [
    "Báo in phát hành đến thôn, bản",
    "Nghe phát thanh (sóng FM, loa truyền thanh)",
    "Xem truyền hình (vệ tinh, số mặt đất)",
    "Đọc báo điện tử, nghe xem trên mạng",
  ],
  typeHeads: ["Báo in", "Phát thanh", "Truyền hình", "Điện tử"],
  content: ["Nội dung thống kê", "Chi tieu thong ke"],
  ratio: ["Tỷ lệ so dân số VSVX (%)", "Ty le / dan so (%)"],
  yearHead: ["Năm {y}", "Số liệu {y}"],
  sheet1: ["VSVX theo loai hinh", "Tiếp cận VSVX"],
  sheet2: ["Loại hình - nền tảng", "Loai hinh & CDS"],
  sheet3: ["SL theo loai hinh", "Tin bài theo loại hình"],
  agencyCol: ["Cơ quan báo chí", "Co quan"],
  kinds: ["Loại hình báo chí đang có", "Các loại hình hoạt động"],
  digital: ["Thực hiện chuyển đổi số", "Tinh hinh CDS"],
  countRow: ["Số cơ quan đã có", "Cong so co quan"],
  articles: ["Tin, bài NVCT phân theo loại hình báo chí", "Tin bai NVCT chia theo loai hinh"],
  sum: ["Cộng các loại hình", "Tong cac loai hinh"],
  file: ["TiepCan_LoaiHinh_BaoChi.xlsx", "Bao chi theo loai hinh 2025.xlsx"],
} as const;

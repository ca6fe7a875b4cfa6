/**
 * The blind17 families' own fixed texts: titles, banners, column heads, statuses and captions. {y} is a year, {n}
 * a number and {v} a name, filled in by the family. Generic furniture (STT, ĐVT) stays in the families.
 */

export const B17_JOURNAL = {
  titles: [
    "NHẬT KÝ TIẾP NHẬN SỐ LIỆU CHỈ TIÊU CĐS BÁO CHÍ NĂM {y}",
    "Sổ theo dõi số liệu các cơ quan báo chí gửi về (bản có trạng thái duyệt)",
    "Theo doi nhap lieu chi tieu chuyen doi so bao chi - nam {y}",
  ],
  sheets: ["Nhật ký nhập", "NhatKy_TiepNhan", "Log duyet so lieu"],
  listSheet: ["DM_trangthai", "Danh muc (an)"],
  heads: {
    time: ["Thời điểm gửi", "Ngày giờ nhập"],
    unit: ["Cơ quan gửi", "Đơn vị nhập"],
    item: ["Nội dung chỉ tiêu", "Chỉ tiêu nhập"],
    year: ["Năm số liệu", "Kỳ (năm)"],
    value: ["Giá trị nhập", "Số liệu đơn vị nhập"],
    status: ["Trạng thái duyệt", "Tình trạng xử lý"],
    reviewer: ["Người xử lý / lý do", "Cán bộ duyệt - ý kiến"],
  },
  approved: ["Đã duyệt", "Duyệt - hợp lệ", "Phê duyệt (chốt)"],
  rejected: ["Trả lại - sai số liệu", "Không duyệt, nhập nhầm"],
  superseded: ["Thay bằng dòng {n}", "Đã hủy, xem dòng {n}"],
  waiting: ["Chờ bổ sung", "Đơn vị chưa gửi"],
  reviewers: ["CV Nguyễn Thị Hà", "Phòng Báo chí - Xuất bản", "Đ/c Lò Văn Tuấn"],
  reasons: ["Đơn vị đề nghị sửa lại số", "Gõ nhầm số năm trước", "Chưa khớp báo cáo giấy"],
  caption: [
    "Chỉ sử dụng các dòng có trạng thái đã duyệt; dòng trả lại, đã hủy giữ lại để đối chiếu.",
    "Luu y: dong bi tra lai hoac da huy khong dung de tong hop.",
  ],
} as const;

export const B17_REVIEW = {
  titles: [
    "PHỤ LỤC SỐ LIỆU TỔNG KẾT GIAI ĐOẠN 2021 - 2025 VỀ CHUYỂN ĐỔI SỐ BÁO CHÍ",
    "Kết quả 5 năm thực hiện chuyển đổi số các cơ quan báo chí tỉnh (2021-2025)",
    "Phu luc tong ket 5 nam CDS bao chi 2021-2025",
  ],
  sheets: ["PL tổng kết 21-25", "TongKet_GiaiDoan", "PL02 - 5 nam"],
  results: ["Kết quả thực hiện qua các năm", "Số liệu từng năm của giai đoạn"],
  base: ["Năm 2020 (năm gốc)", "2020 - gốc"],
  yearHead: ["Năm {y}", "{y}"],
  cumulative: ["Lũy kế 2021-2025", "Cộng dồn cả giai đoạn"],
  average: ["Bình quân/năm", "TB năm"],
  sectionStatus: [
    "Bảng 2. TRẠNG THÁI CÁC CƠ QUAN ĐẦU KỲ VÀ CUỐI KỲ",
    "Bảng 2 - So sánh tình trạng đầu và cuối giai đoạn",
  ],
  start: ["Đầu kỳ (2020)", "Trước giai đoạn"],
  end: ["Cuối kỳ (2025)", "Hết giai đoạn"],
  sectionProvince: ["Vùng sâu, vùng xa (số liệu chung của tỉnh)", "Phủ sóng, tiếp cận báo chí toàn tỉnh"],
  itemHead: ["Chỉ tiêu / nội dung", "Nội dung đánh giá"],
} as const;

export const B17_ESTIMATE = {
  titles: [
    "BIỂU TÌNH HÌNH THỰC HIỆN DỰ TOÁN {y} VÀ XÂY DỰNG DỰ TOÁN {n}",
    "Bao cao uoc thuc hien {y}, lap du toan thu chi nam {n}",
  ],
  sheets: ["Biểu 02-DT", "DuToan_{n}", "Lap du toan"],
  scratch: ["Tính toán (nháp)", "tam tinh"],
  heads: {
    item: ["Nội dung", "Chỉ tiêu thu, nhiệm vụ"],
    done: ["Thực hiện {y}", "TH năm {y}"],
    assigned: ["Dự toán giao {y}", "DT được giao {y}"],
    estimate: ["Ước thực hiện {y}", "Ước cả năm {y}"],
    compare: ["Ước TH so DT (%)", "So sánh ước/giao"],
  },
  sections: {
    tasks: ["A. NHIỆM VỤ CHUYÊN MÔN", "A. Sản phẩm báo chí"],
    income: ["B. THU SỰ NGHIỆP", "B. Các khoản thu"],
    budget: ["C. NGÂN SÁCH CẤP", "C. Kinh phí ngân sách"],
    staff: ["D. BIÊN CHẾ, LAO ĐỘNG", "D. Nhân lực"],
  },
  parts: {
    order: ["Thu từ đặt hàng của tỉnh", "Thu nhiệm vụ đặt hàng, giao nhiệm vụ"],
    service: ["Thu dịch vụ khác (in ấn, sản xuất chương trình)", "Thu khác: dịch vụ, cho thuê thiết bị"],
  },
  quota: ["Chỉ tiêu biên chế được giao", "Số lượng người làm việc được duyệt"],
  statusBlock: ["Tình trạng hạ tầng, cơ chế (đến hết năm {y})", "Thong tin bo sung ve CDS, tu chu"],
  statusHeads: { now: ["Tình trạng năm {y}", "Hiện trạng {y}"], next: ["Dự kiến năm {n}", "Hướng năm {n}"] },
  nextPlans: ["Duy trì", "Triển khai trong năm {n}", "Đề xuất kinh phí năm {n}", "Nâng cấp"],
  scratchLines: ["Tạm tính tỷ lệ tăng thu", "Số cũ trước khi chốt với KT-TC"],
} as const;

export const B17_DRAFTS = {
  file: ["TongHop_CDS_BaoChi_{y}", "so lieu CDS {y} (ban cuoi)"],
  finalSheets: ["Chính thức gửi Sở", "BAN CHOT 20-11", "Ban chinh thuc"],
  draftSheets: ["Nháp 1 (15-10)", "Nhap lan 2 - bo", "Bản cũ chưa sửa", "Nháp ngày 02-11"],
  finalBanners: [
    "SỐ LIỆU CHÍNH THỨC - ĐÃ KÝ GỬI SỞ NGÀY 20/11/{y}",
    "Ban chot: so lieu da thong nhat voi cac co quan bao chi",
  ],
  draftBanners: [
    "BẢN NHÁP - KHÔNG SỬ DỤNG (xem sheet {v})",
    "Nhap, so lieu chua doi chieu - khong dung de bao cao",
    "Bản cũ trước khi các cơ quan sửa số, để tham khảo",
  ],
  itemHead: ["Tên chỉ tiêu", "Nội dung số liệu"],
  yearHead: ["Năm {y}", "N.{y}"],
  provinceRow: ["Số liệu chung toàn tỉnh (điền cột đầu)", "Chỉ tiêu chung của tỉnh (một ô)"],
} as const;

export const B17_SECTIONS = {
  titles: [
    "THỐNG KÊ SẢN PHẨM BÁO CHÍ THEO CHUYÊN MỤC, CHƯƠNG TRÌNH NĂM {y}",
    "Thong ke tin bai theo chuyen muc - nam {y}",
  ],
  sheets: ["Chuyên mục {y}", "TK_ChuyenMuc", "Theo chuyen muc"],
  raw: ["Nhập theo kỳ (ẩn)", "raw_so_phat"],
  heads: {
    section: ["Chuyên mục / chương trình", "Tên chuyên mục"],
    issues: ["Số kỳ, số phát", "Số kỳ/năm"],
    lastYear: ["Cùng kỳ {y}", "Năm trước ({y})"],
  },
  total: ["Cộng các chuyên mục", "Tổng cộng toàn cơ quan"],
  sections: {
    "bao-lai-chau": [
      "Thời sự - Chính trị",
      "Xây dựng Đảng, hệ thống chính trị",
      "Kinh tế - Nông nghiệp, nông thôn",
      "Quốc phòng - An ninh - Biên giới",
      "Văn hóa - Xã hội",
      "Báo Lai Châu điện tử: tin nhanh",
    ],
    "dai-ptth-lai-chau": [
      "Thời sự tối (tiếng Việt)",
      "Chương trình tiếng Mông",
      "Chương trình tiếng Thái",
      "Dân tộc và Phát triển",
      "Quốc phòng toàn dân",
      "Nông thôn mới",
    ],
    "tap-chi-van-nghe-lai-chau": [
      "Sáng tác văn học",
      "Lý luận - phê bình",
      "Văn nghệ dân gian các dân tộc",
      "Chân dung văn nghệ sĩ",
    ],
    "tinh-lai-chau": ["Tin tổng hợp"],
  },
  general: ["II. THÔNG TIN CHUNG CỦA CƠ QUAN", "II. Số liệu chung khác"],
  generalHeads: {
    item: ["Nội dung chung", "Mục"],
    now: ["Năm {y}", "Số năm {y}"],
    before: ["Năm {y}", "Số năm {y}"],
  },
} as const;

export const B17_PASSPORT = {
  file: ["Phieu mo ta chi tieu CDS {y}", "BoChiTieu_BaoChi_{y}"],
  sheets: ["Phiếu chỉ tiêu", "Bo chi tieu", "Metadata + so lieu"],
  cardTitle: ["PHIẾU CHỈ TIÊU SỐ {n}: {v}", "Chỉ tiêu {n} - {v}"],
  fields: {
    code: ["Mã số chỉ tiêu", "Ma CT"],
    short: ["Tên viết tắt trong biểu", "Ten goi gon"],
    concept: ["Khái niệm, nội hàm", "Khái niệm"],
    method: ["Phương pháp tính", "Cách tính"],
    measure: ["Đơn vị tính của chỉ tiêu", "ĐV tính"],
    source: ["Nguồn lấy số liệu", "Nguon lay so"],
    period: ["Kỳ thu thập", "Ky thu thap so"],
  },
  concepts: [
    "Số liệu do cơ quan báo chí tự thống kê, Sở tổng hợp",
    "Tính theo năm dương lịch, từ 01/01 đến 31/12",
    "Chỉ tính sản phẩm đúng nội hàm nêu tại Kế hoạch 3414",
  ],
  methods: [
    "Cộng số liệu 12 tháng; tỷ lệ = phần / tổng × 100%",
    "Lấy số tại thời điểm 31/12 của năm báo cáo",
    "So sánh với năm 2020 (gốc) để tính mức tăng 20%",
  ],
  sources: [
    "Báo cáo năm của cơ quan báo chí",
    "Hệ thống quản lý nội dung (CMS), sổ kế toán",
    "Phiếu điều tra của Sở",
  ],
  periods: ["Năm, chốt 25/11", "Hằng năm"],
  valueHead: ["Cơ quan / kỳ", "Giá trị theo đơn vị"],
  valueRow: ["Giá trị năm {y}", "Số liệu {y}"],
  targetRow: ["Mục tiêu {y}", "KH {y}"],
  decoyNote: ["Chỉ tiêu tham khảo, không thuộc Kế hoạch 3414", "Chi tieu phu (tham khao)"],
} as const;

/**
 * The fixed texts of the blind14 families (titles, column captions, row captions), written for this split. {y} is
 * a year, {v} a value filled in when the text is used.
 */

export const B14_TALLY = {
  titles: [
    "SỔ THEO DÕI SẢN LƯỢNG TIN BÀI VÀ NGUỒN THU THEO THÁNG",
    "Sổ cập nhật số liệu hằng tháng của cơ quan",
  ],
  updated: ["Cập nhật đến ngày 20/11/{y}", "Người cập nhật: phòng Tổng hợp - Thư ký tòa soạn"],
  general: ["A. THÔNG TIN CHUNG VỀ CƠ QUAN", "Phần 1. Thông tin chung"],
  monthly: ["B. SỐ LIỆU THEO THÁNG", "Phần 2. Theo dõi theo tháng"],
  month: ["Tháng", "Tháng thứ"],
  monthName: ["Tháng {v}", "T{v}"],
  yearTotal: ["Cộng cả năm", "Tổng năm (cộng 12 tháng)"],
  draft: ["Bảng nhập liệu cũ (không dùng)", "Số liệu nhập tay lần đầu, chưa đối chiếu"],
} as const;

export const B14_SURVEY = {
  titles: [
    "KẾT QUẢ KHẢO SÁT MỨC ĐỘ TIẾP CẬN BÁO CHÍ CỦA NGƯỜI DÂN CÁC XÃ VÙNG SÂU, VÙNG XA",
    "Tổng hợp phiếu khảo sát tiếp cận thông tin báo chí tại xã vùng khó",
  ],
  sub: ["(Kèm theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, năm {y})"],
  district: ["Huyện/thành phố", "Đơn vị hành chính"],
  commune: ["Xã, thị trấn", "Tên xã"],
  reachedBy: ["Số người tiếp cận theo loại hình", "Chia theo loại hình báo chí tiếp cận"],
  types: ["Báo in", "Phát thanh", "Truyền hình", "Báo điện tử, MXH"],
  ratio: ["Tỷ lệ tiếp cận (%)", "Tỷ lệ % đạt"],
  subtotal: ["Cộng huyện", "Cộng H."],
  grand: ["Tổng cộng toàn tỉnh", "TỔNG CỘNG CÁC XÃ KHẢO SÁT"],
  agencyTitle: ["THÔNG TIN CÁC CƠ QUAN BÁO CHÍ CỦA TỈNH", "Bảng mã hóa thông tin cơ quan báo chí"],
  legend: [
    "Quy ước mã: 1 = có/đã thực hiện; 0 = chưa; để trống = chưa báo cáo",
    "Ghi chú mã hóa: 1 - Có, 0 - Không (ô trống: đơn vị chưa cung cấp)",
  ],
  agency: ["Cơ quan báo chí", "Tên cơ quan"],
} as const;

/** Lai Châu's districts and some of their communes (names only, for the survey rows). */
export const B14_COMMUNES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Mường Tè", ["Ka Lăng", "Thu Lũm", "Pa Ủ", "Mù Cả", "Tà Tổng"]],
  ["Sìn Hồ", ["Phìn Hồ", "Làng Mô", "Tả Ngảo", "Pa Tần", "Hồng Thu"]],
  ["Phong Thổ", ["Sì Lở Lầu", "Mồ Sì San", "Vàng Ma Chải", "Dào San", "Tông Qua Lìn"]],
  ["Nậm Nhùn", ["Nậm Ban", "Hua Bum", "Pú Đao", "Lê Lợi"]],
  ["Than Uyên", ["Khoen On", "Ta Gia", "Tà Mung"]],
  ["Tân Uyên", ["Nậm Sỏ", "Tà Mít", "Mường Khoa"]],
];

export const B14_TASKS = {
  titles: [
    "PHỤ LỤC: TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ BÁO CHÍ",
    "Phụ lục theo dõi kết quả triển khai nhiệm vụ CĐS báo chí của tỉnh",
  ],
  sub: ["(Số liệu tính đến tháng 11/{y})", "(Kèm theo Báo cáo ngày 22/11/{y})"],
  task: ["Nhiệm vụ", "Nội dung nhiệm vụ"],
  who: ["Cơ quan thực hiện", "Đơn vị chủ trì"],
  result: ["Kết quả đến nay", "Kết quả thực hiện đến tháng 11/{y}"],
  target: ["Mục tiêu đến năm {y}", "Mục tiêu phải đạt {y}"],
  remark: ["Ghi chú/vướng mắc", "Khó khăn, đề xuất"],
  part1: ["I. NHIỆM VỤ TRIỂN KHAI", "A. CÁC NHIỆM VỤ ĐỊNH TÍNH"],
  quantTitle: ["II. CHỈ TIÊU ĐỊNH LƯỢNG THEO NĂM", "B. SỐ LIỆU ĐỊNH LƯỢNG QUA CÁC NĂM"],
  quantWhat: ["Chỉ tiêu theo dõi", "Nội dung số liệu"],
  sheets: ["PL tiến độ", "Phu luc NV"],
  quantSheets: ["PL số liệu", "Phu luc SL"],
} as const;

export const B14_SENTENCES = {
  titles: ["BÁO CÁO TÓM TẮT KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ", "Tóm tắt số liệu phục vụ họp giao ban báo chí"],
  sub: ["(Số liệu do các cơ quan báo chí cung cấp, năm {y})", "(Tài liệu phục vụ giao ban quý IV/{y})"],
  thisYear: ["năm {y} đạt", "trong năm {y}:"],
  lastYear: ["; năm {y}:", "; cùng kỳ {y} là"],
  before: ["Các năm trước lần lượt:", "Số liệu giai đoạn trước:"],
  yearTag: ["năm {y}:", "{y}:"],
  trained: ["trong đó đã tập huấn:", ", đã qua bồi dưỡng:"],
  reach: ["Về tiếp cận thông tin ở vùng sâu, vùng xa", "Phủ thông tin tới vùng khó khăn"],
  remark: ["Lưu ý:", "Ghi chú thêm:"],
  sheets: ["Tom tat", "Báo cáo tóm tắt"],
  draft: ["Số liệu năm trước (tham khảo)", "Bản tóm tắt cũ, không sử dụng"],
} as const;

export const B14_PIVOT = {
  sum: ["Sum of Giá trị", "Tổng của Số liệu"],
  columns: ["Column Labels", "Nhãn Cột"],
  rows: ["Row Labels", "Nhãn Hàng"],
  grand: ["Grand Total", "Tổng Cuối"],
  filter: ["Loại số liệu", "Nguồn số liệu (lọc)"],
  filterValue: ["Thực hiện (đã rà soát)", "Số chính thức"],
  source: ["Data", "Nguon_pivot", "DuLieu"],
  sourceHead: ["Cơ quan BC", "Tên chỉ tiêu (mã)", "Năm BC", "Giá trị nhập"],
  sourceNote: ["Dữ liệu nguồn bản cũ, chưa cập nhật lần 2", "Copy từ file gửi lần 1"],
  sheets: ["PivotTH", "Tong hop (pivot)", "Bang tong hop"],
  planTitle: ["Chỉ tiêu giao năm {y} (nhập tay)", "Số giao theo Quyết định của UBND tỉnh"],
} as const;

export const B14_PANELS = {
  titles: [
    "SỐ LIỆU CÁC CƠ QUAN BÁO CHÍ ĐẶT CẠNH NHAU ĐỂ SO SÁNH",
    "Bảng so sánh nhanh giữa các cơ quan báo chí tỉnh",
  ],
  what: ["Nội dung", "Tiêu chí"],
  unit: ["ĐV", "ĐV tính"],
  status: ["Hiện có", "Tình trạng"],
  sheets: ["So sanh 3 CQ", "Các cơ quan", "Bang canh nhau"],
  draft: ["Bản nháp so sánh (ẩn)", "Nháp - không in"],
} as const;

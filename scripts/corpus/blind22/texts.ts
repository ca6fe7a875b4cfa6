/**
 * The blind22 families' fixed texts: titles, captions, column heads, section names and sentences. Written for this
 * split; the guard test checks that none equals a text the repository already knows.
 */

/** A party cell's mid-term review of its resolution, one workbook per agency (./party.ts). */
export const B22_PARTY = {
  parents: ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH LAI CHÂU", "ĐẢNG ỦY CƠ QUAN CẤP TỈNH LAI CHÂU"],
  cell: ["CHI BỘ {n}", "ĐẢNG BỘ BỘ PHẬN {n}"],
  party: "ĐẢNG CỘNG SẢN VIỆT NAM",
  titles: [
    "Phụ lục kết quả thực hiện các chỉ tiêu Nghị quyết Chi bộ nhiệm kỳ 2020 - 2025",
    "Biểu tổng hợp kết quả sơ kết, tổng kết thực hiện Nghị quyết Đại hội Chi bộ",
  ],
  subtitles: [
    "(Kèm theo Báo cáo số {n}-BC/CB ngày 28/11/{y} của Chi ủy)",
    "(Số liệu tính đến hết tháng 11/{y})",
  ],
  sheets: ["PL NQ Chi bo", "Phu luc chi tieu NQ", "KQ thuc hien NQ"],
  scratch: ["nhap so lieu", "tam tinh"],
  heads: {
    no: "TT mục",
    item: ["Nội dung chỉ tiêu (theo NQ)", "Nội dung chỉ tiêu theo Nghị quyết"],
    measure: "ĐV tính",
    resolution: ["Nghị quyết đề ra", "Mức Nghị quyết giao"],
    results: ["Kết quả thực hiện qua các năm", "Kết quả đạt được từng năm"],
    year: ["Năm {y}", "{y}"],
    verdict: ["Chi bộ tự đánh giá", "Đánh giá mức độ"],
    note: "Ghi chú, giải thích",
  },
  sections: [
    "Chỉ tiêu về nội dung thông tin",
    "Chỉ tiêu về nguồn thu, tài chính",
    "Chỉ tiêu về xây dựng đội ngũ",
    "Chỉ tiêu về hạ tầng, công nghệ số",
  ],
  targetTexts: ["Tăng ≥ 20%/năm", "Tối thiểu {n}", "Đạt 100%", "Hoàn thành trong nhiệm kỳ"],
  verdicts: ["Vượt", "Đạt", "Chưa đạt"],
  footer: "Chi ủy Chi bộ giao đồng chí Bí thư ký báo cáo.",
} as const;

/** The provincial report on news in ethnic minority languages (./ethnic.ts). */
export const B22_ETHNIC = {
  titles: [
    "Báo cáo kết quả thông tin, tuyên truyền bằng tiếng dân tộc thiểu số năm {y}",
    "Tổng hợp kết quả tuyên truyền đối ngoại và tiếng dân tộc trên báo chí tỉnh năm {y}",
  ],
  subtitles: [
    "(Phục vụ sơ kết Đề án tuyên truyền vùng đồng bào dân tộc thiểu số)",
    "(Gửi Ban Dân tộc tỉnh và Sở Văn hóa, Thể thao và Du lịch)",
  ],
  sheets: ["TT tieng dan toc", "BC dan toc {y}", "Tieng DTTS"],
  lists: ["DM ngon ngu", "ds_dan_toc"],
  heads: {
    no: "TT mục",
    item: "Nội dung thống kê",
    measure: "ĐV tính",
    year: ["Năm {y}", "Thực hiện {y}"],
    current: ["Thực hiện năm {y}", "Kết quả năm {y}"],
    ratio: ["TH so với giao (%)", "Đạt (%) so chỉ tiêu"],
    note: "Ghi chú, giải thích",
  },
  languages: ["- Tiếng Mông", "- Tiếng Thái", "- Tiếng Dao", "- Tiếng Hà Nhì"],
  province: "Khu vực vùng sâu, vùng xa, biên giới",
  listCaption: "Danh mục ngôn ngữ dân tộc phát sóng, xuất bản",
} as const;

/** The staff statistics by sex, ethnicity and schooling (./staff.ts). */
export const B22_STAFF = {
  titles: [
    "Thống kê số lượng, cơ cấu viên chức và người lao động các cơ quan báo chí",
    "Báo cáo số lượng, chất lượng đội ngũ cơ quan báo chí tỉnh",
  ],
  dates: ["(Có đến ngày 30/11/{y})", "(Thời điểm thống kê: 15/11/{y})"],
  older: ["(Có đến ngày 31/12/{y})", "(Số liệu năm trước: 31/12/{y})"],
  sheets: ["CoCau CCVC {y}", "Thong ke nhan su {y}"],
  heads: {
    no: "TT mục",
    unit: "Tên cơ quan báo chí",
    quota: ["Biên chế, số người được giao", "Số lượng người làm việc được giao"],
    women: "Nữ",
    ethnic: "Người DTTS",
    members: "Đảng viên",
    schooling: "Chia theo trình độ chuyên môn",
    masters: "Sau ĐH (ThS)",
    bachelors: "Trình độ ĐH",
    colleges: "Cao đẳng, trung cấp",
    note: "Ghi chú, giải thích",
  },
  total: ["Cộng chung các cơ quan báo chí", "Tổng cộng các cơ quan"],
  scratch: "dem_tu_danh_sach",
} as const;

/** The department's yearly summaries kept as one workbook a year (./archive.ts). */
export const B22_ARCHIVE = {
  files: ["Tong hop CDS bao chi nam {y}", "BC_3414_nam_{y}", "So lieu bao chi {y} (luu)"],
  sheets: ["Tong hop {y}", "Bieu TH {y}", "Nam {y}"],
  titles: [
    "Tổng hợp kết quả chuyển đổi số báo chí của tỉnh năm {y}",
    "Kết quả thực hiện chuyển đổi số của các cơ quan báo chí năm {y}",
  ],
  subtitles: ["(Lưu hồ sơ Phòng Thông tin - Báo chí)", "(Bản lưu, đã gửi Bộ ngày 05/12/{y})"],
  heads: {
    no: "TT mục",
    item: "Chỉ tiêu tổng hợp",
    measure: "ĐV tính",
    done: ["Thực hiện năm {y}", "Số thực hiện {y}"],
    note: "Ghi chú, giải thích",
  },
  stamp: ["Đã lưu trữ - không sửa", "Bản chốt gửi Bộ"],
} as const;

/** A note explaining why figures moved from last year to this year, one sheet per agency (./variance.ts). */
export const B22_VARIANCE = {
  titles: [
    "Giải trình biến động số liệu năm {y} so với năm {p}",
    "Thuyết minh tăng, giảm các chỉ tiêu năm {y} so với năm {p}",
  ],
  subtitles: ["(Kèm theo báo cáo chuyển đổi số báo chí năm {y})", "(Theo yêu cầu rà soát của Sở)"],
  summary: ["Tổng ba cơ quan", "Cộng 3 cơ quan"],
  heads: {
    no: "TT mục",
    item: "Chỉ tiêu cần giải trình",
    measure: "ĐV tính",
    year: ["Năm {y}", "Số năm {y}"],
    diff: ["Chênh lệch (+/-)", "Tăng (+), giảm (-)"],
    rate: ["Tỷ lệ tăng, giảm (%)", "Mức biến động (%)"],
    reason: ["Nguyên nhân biến động", "Lý do tăng, giảm"],
  },
  reasons: {
    up: ["Tăng do mở thêm chuyên mục, tăng {n} sản phẩm", "Do hợp đồng mới ký quý IV, thêm {n} đơn vị"],
    down: ["Giảm do sắp xếp lại tổ chức, bớt {n} đầu việc", "Giảm {n} do cắt giảm hợp đồng, chuyên mục"],
    flat: ["Ổn định, không biến động đáng kể", "Thay đổi nhỏ sau rà soát lại hồ sơ"],
  },
} as const;

/** The figures prepared for a conference's slides, a sheet per slide (./slides.ts). */
export const B22_SLIDES = {
  file: ["So lieu slide hoi nghi so ket", "Data trinh chieu HN 3414", "Slide_so_lieu_bao_chi"],
  slide: ["Slide {n}", "Trang chiếu {n}", "Slide {n} - số liệu"],
  data: ["Data", "nguon_slide"],
  titles: {
    works: ["Tin, bài phục vụ nhiệm vụ chính trị qua các năm", "Sản xuất nội dung chính trị 2020 - 2025"],
    revenue: ["Nguồn thu của các cơ quan báo chí", "Bức tranh thu của cơ quan báo chí"],
    staff: ["Đội ngũ và bồi dưỡng chuyển đổi số", "Con người - yếu tố then chốt"],
    tech: ["Hạ tầng, công nghệ số của cơ quan báo chí", "Nền tảng số và an toàn thông tin"],
    reach: ["Phủ sóng, tiếp cận vùng sâu, vùng xa và giấy phép", "Tiếp cận thông tin và cấp phép"],
  },
  yearHead: "Năm / Đơn vị",
  unitHead: "Đơn vị / Chỉ tiêu",
  sum: ["Cộng 3 cơ quan", "Tổng (3 đơn vị)"],
  share: "Tỷ lệ đã bồi dưỡng (%)",
  messages: [
    "Thông điệp: bình quân tăng {p}%/năm",
    "Điểm nhấn: vượt {p}% so với năm trước",
    "Thông điệp chính: duy trì tăng trưởng {p}%",
  ],
  speaker: "Người trình bày: Lãnh đạo Sở",
  legend: "Ký hiệu viết tắt dùng trong các slide",
  itemHead: "Nội dung trình chiếu",
  valueHead: "Giá trị số liệu",
} as const;

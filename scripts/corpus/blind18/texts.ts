/**
 * The fixed texts of the blind18 families (titles, column heads, captions, names of senders and of the other
 * provinces' agencies). {y} is a year, {n} a number, {v} a value or list of values.
 */

/** Column heads every table has (numbering, unit of measure): generic, not a family's own texts. */
export const B18_GENERIC = {
  no: ["TT", "Số TT", "STT"],
  measure: ["ĐVT", "Đơn vị", "Đơn vị tính"],
} as const;

/** The Zalo group's messages, extracted row by row into a sheet by the department's officer. */
export const B18_ZALO = {
  files: ["Trich tin nhan nhom CDS bao chi {y}.xlsx", "Tong hop Zalo nhom bao chi LC {y}.xlsx"],
  sheets: ["Trích tin nhắn", "Nhom Zalo CDS", "Log nhóm chat"],
  titles: [
    "Tổng hợp số liệu các cơ quan báo chí gửi qua nhóm Zalo chuyển đổi số",
    "Số liệu trích từ tin nhắn nhóm Zalo về chuyển đổi số báo chí năm {y}",
  ],
  subtitles: [
    "(Cán bộ phòng Quản lý báo chí trích từng con số sang cột riêng để tổng hợp)",
    "(Mỗi dòng là một số liệu; tin nhắn gốc giữ nguyên để đối chiếu)",
  ],
  heads: {
    when: ["Thời điểm gửi", "Giờ, ngày gửi"],
    sender: ["Người gửi", "Tài khoản gửi tin"],
    message: ["Nội dung tin nhắn", "Tin nhắn gốc (nguyên văn)"],
    item: ["Chỉ tiêu (trích)", "Số liệu về"],
    year: ["Năm số liệu", "Số liệu năm"],
    value: ["Số liệu trích", "Con số trích ra"],
    status: ["Xử lý", "Tình trạng"],
  },
  people: [
    "Lò Văn Hùng",
    "Tòng Thị Mai",
    "Nguyễn Thu Hà",
    "Vàng A Sử",
    "Phạm Minh Đức",
    "Lường Thị Thanh",
    "Giàng Thị Dua",
  ],
  admin: ["Admin - Phòng QLBC", "Phòng Báo chí (Sở)", "Chuyên viên Sở - nhóm trưởng"],
  yearlyMessage: [
    "{a} gửi số liệu {i}: {v} ạ",
    "Dạ {a} báo cáo {i} như sau: {v}",
    "{a} xin gửi Sở: {i} - {v}",
  ],
  statusMessage: ["{a} trả lời: {i} - {v}", "Về nội dung {i}, {a}: {v} ạ"],
  correctionMessage: [
    "Xin đính chính tin trước của {a}: {i} năm {y} đúng là {v}",
    "{a} sửa lại số {i} năm {y}: {v}, nhờ Sở thay giúp",
  ],
  wrongMessage: ["{a} gửi nhanh {i} năm {y}: {v}", "Gửi trước số {i} năm {y} của {a}: {v}"],
  partialMessage: ["{a} gửi tạm số đến hết tháng 10: {i} {v}", "Số sơ bộ chưa hết năm của {a}: {i} {v}"],
  decoyMessage: ["{a} gửi thêm để Sở tham khảo: {i} {v}", "Bổ sung của {a}: {i} là {v}"],
  planMessage: ["Nhắc lại để các đơn vị so sánh: {i} của {a} là {v}", "Sở nhắc chỉ tiêu giao cho {a}: {v}"],
  used: ["Dùng số này", "Lấy vào tổng hợp"],
  struck: ["Sai, đã có tin đính chính", "Bỏ, thay bằng tin sau"],
  replaced: ["Số đúng (thay tin trước)", "Đã đính chính - dùng"],
  tentative: ["Số tạm, chờ cả năm", "Chưa chốt, không dùng"],
  reference: ["Chỉ để tham khảo", "Không thuộc chỉ tiêu tổng hợp"],
  planNote: ["Chỉ tiêu giao, không phải số thực hiện", "Số giao đầu năm"],
} as const;

/** The party term's review appendix: each year of 2020–2025 in a column, the resolution's target at the end. */
export const B18_TERM = {
  files: ["PL so lieu nhiem ky 2020-2025 bao chi.xlsx", "Phu luc tong ket NK bao chi LC.xlsx"],
  sheets: ["PL nhiệm kỳ 2020-2025", "Phu luc NK", "Số liệu NK"],
  parents: ["ĐẢNG BỘ TỈNH LAI CHÂU", "BAN TUYÊN GIÁO TỈNH ỦY LAI CHÂU"],
  titles: [
    "Phụ lục số liệu báo chí - truyền thông giai đoạn nhiệm kỳ 2020 - 2025",
    "Một số chỉ số chuyển đổi số báo chí qua các năm của nhiệm kỳ 2020 - 2025",
  ],
  subtitles: [
    "(Kèm theo Báo cáo tổng kết nhiệm kỳ của Ban Chấp hành Đảng bộ tỉnh)",
    "(Số liệu năm 2025 là số ước đến hết ngày 31/12/2025)",
  ],
  band: ["Kết quả qua từng năm của nhiệm kỳ", "Thực hiện các năm trong nhiệm kỳ"],
  sum: ["Cộng cả nhiệm kỳ", "Tổng 5 năm NK"],
  growth: ["Tăng bình quân/năm (%)", "Tốc độ tăng BQ (%)"],
  target: ["Mục tiêu NQ Đại hội đề ra", "Mục tiêu theo NQ ĐH XIV"],
  verdict: ["Đánh giá so NQ", "Kết quả so NQ"],
  yearHeads: ["Năm {y}", "{y}"],
  verdicts: ["Vượt", "Đạt", "Chưa đạt"],
  targetTexts: ["Tăng ≥ 20%/năm", "Duy trì và phát triển", "100% đơn vị", "Cấp độ 3 trở lên"],
} as const;

/** A PDF report converted back to Excel: repeated page headers, spacer columns, numbers left as text. */
export const B18_PDF = {
  files: ["BC so lieu CDS bao chi 2025 (convert tu PDF).xlsx", "bao-cao-2025_converted.xlsx"],
  sheets: ["Table 1", "Page 1-3", "Sheet1 (PDF)"],
  titles: [
    "Báo cáo số liệu về chuyển đổi số của các cơ quan báo chí năm 2025",
    "Số liệu chuyển đổi số báo chí năm 2025 của các cơ quan báo chí trong tỉnh",
  ],
  heads: {
    item: ["Nội dung chỉ tiêu", "Nội dung"],
    done: ["TH {y}", "Thực hiện {y}"],
    plan: ["KH {y}", "Kế hoạch {y}"],
    ratio: ["TH/KH (%)", "% TH/KH"],
  },
  pages: ["Trang {n}", "- {n} -", "Page {n}"],
  converter: ["Converted by PDF2Excel Online", "Tệp chuyển đổi tự động từ bản PDF đã ký số"],
} as const;

/** The north-west emulation cluster's data exchange: every province's agency of a kind in one table. */
export const B18_CLUSTER = {
  files: ["Trao doi so lieu Cum thi dua Tay Bac {y}.xlsx", "Cum TD cac tinh Tay Bac - bao chi {y}.xlsx"],
  titles: [
    "Bảng trao đổi số liệu chuyển đổi số báo chí các tỉnh trong Cụm thi đua Tây Bắc",
    "Số liệu so sánh giữa các cơ quan báo chí trong Cụm thi đua các tỉnh Tây Bắc năm {y}",
  ],
  subtitles: [
    "(Tỉnh Điện Biên - Trưởng Cụm tổng hợp; số liệu do các Sở gửi)",
    "(Số liệu các tỉnh gửi Trưởng Cụm, dùng để chấm điểm thi đua)",
  ],
  sheets: {
    newspaper: ["Các Báo Đảng", "Khối báo in-điện tử"],
    station: ["Các Đài PT-TH", "Khối phát thanh truyền hình"],
    magazine: ["Các Tạp chí VHNT", "Khối tạp chí văn nghệ"],
    remote: ["Vùng sâu vùng xa các tỉnh", "Phủ sóng VSVX cụm"],
  },
  heads: {
    agency: ["Cơ quan báo chí", "Tên cơ quan"],
    province: ["Tỉnh", "Thuộc tỉnh"],
    rank: ["Xếp thứ trong cụm", "Thứ hạng cụm"],
    share: ["Tỷ lệ tiếp cận (%)", "Tỷ lệ phủ (%)"],
    area: ["Địa phương", "Tỉnh trong cụm"],
  },
  average: ["Bình quân cụm", "Trung bình các tỉnh"],
  provinces: ["Điện Biên", "Lào Cai", "Sơn La", "Hà Giang", "Yên Bái"],
  newspapers: ["Báo Điện Biên Phủ", "Báo Lào Cai", "Báo Sơn La", "Báo Hà Giang", "Báo Yên Bái"],
  stations: [
    "Đài PT-TH Điện Biên",
    "Đài PT-TH Lào Cai",
    "Đài PT-TH Sơn La",
    "Đài PT-TH Hà Giang",
    "Đài PT-TH Yên Bái",
  ],
  magazines: [
    "Tạp chí Văn nghệ Điện Biên Phủ",
    "Tạp chí Văn nghệ Lào Cai",
    "Tạp chí Suối Reo (Sơn La)",
    "Tạp chí Văn nghệ Hà Giang",
    "Tạp chí Văn nghệ Yên Bái",
  ],
  ourProvince: ["Lai Châu (LC)", "Tỉnh LC"],
} as const;

/** The year-end estimate with next year's plan: last year, this year's plan, part-year, estimate, next plan. */
export const B18_ESTIMATE = {
  files: ["Uoc TH nam {y} va du kien {n}.xlsx", "Bao cao uoc thuc hien {y} - CDS bao chi.xlsx"],
  titles: [
    "Báo cáo ước thực hiện năm {y} và dự kiến nhiệm vụ năm {n} về chuyển đổi số báo chí",
    "Đánh giá ước thực hiện năm {y}, xây dựng kế hoạch năm {n} - lĩnh vực báo chí",
  ],
  heads: {
    item: ["Chỉ tiêu chủ yếu", "Các chỉ tiêu"],
    last: ["Thực hiện năm {y}", "TH cả năm {y}"],
    band: ["Năm {y}", "Trong năm {y}"],
    estimate: ["Ước thực hiện cả năm {y}", "Ước TH năm {y}"],
    vsPlan: ["So với KH (%)", "Ước TH/KH (%)"],
    vsLast: ["So cùng kỳ (%)", "So với năm trước (%)"],
    next: ["Dự kiến KH {y}", "KH năm {y} (dự kiến)"],
    note: ["Giải thích", "Thuyết minh"],
  },
  remoteSheet: ["Vùng sâu, vùng xa", "Phủ báo chí VSVX"],
  listSheet: ["DM_dropdown", "Danh muc"],
  nextWords: ["Duy trì", "Tiếp tục triển khai", "Nâng cấp"],
} as const;

/** An agency's reply letter with its figures in a small table and its answers listed below. */
export const B18_LETTER = {
  files: ["{v} - CV tra loi so lieu CDS.xlsx", "{v}_cong van bao cao so lieu.xlsx"],
  sheets: ["Công văn", "CV trả lời", "Van ban"],
  numbers: ["Số: {n}/CV-BLC", "Số: {n}/ĐPTTH-VP", "Số: {n}/TC-VNLC"],
  about: [
    "V/v cung cấp số liệu chuyển đổi số báo chí năm 2025",
    "V/v báo cáo số liệu phục vụ sơ kết Kế hoạch 3414",
  ],
  dateLine: ["Lai Châu, ngày 18 tháng 11 năm 2025", "Lai Châu, ngày 21 tháng 11 năm 2025"],
  to: [
    "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
    "Kính gửi: Phòng Quản lý báo chí - Sở VHTTDL",
  ],
  opening: [
    "Thực hiện Công văn số 1520/SVHTTDL-BC ngày 12/10/2025 của Sở về việc cung cấp số liệu chuyển đổi số báo chí, {a} báo cáo như sau:",
    "Căn cứ đề nghị của Sở tại văn bản ngày 10/10/2025, {a} trân trọng cung cấp các số liệu sau:",
  ],
  part1: ["1. Số liệu sản xuất tin bài và nguồn thu", "1. Về nội dung và nguồn thu"],
  part2: ["2. Về nhân lực và các nội dung chuyển đổi số", "2. Nhân lực, hạ tầng và cơ chế"],
  part3: ["3. Mục tiêu phấn đấu năm 2026", "3. Mục tiêu năm 2026 của đơn vị"],
  part4: ["4. Kiến nghị, đề xuất", "4. Đề xuất với Sở"],
  proposal: [
    "Đề nghị Sở tham mưu UBND tỉnh hỗ trợ {n} triệu đồng kinh phí nâng cấp hạ tầng số năm 2026.",
    "Kiến nghị bổ sung {n} triệu đồng đặt hàng tuyên truyền cho năm 2026.",
  ],
  closing: ["Trân trọng báo cáo./.", "Trân trọng./."],
  recipients: ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
  signers: ["TỔNG BIÊN TẬP", "GIÁM ĐỐC", "CHỦ TỊCH HỘI"],
  tableHeads: {
    item: ["Nội dung", "Nội dung số liệu"],
    year: ["Năm {y}", "{y}"],
    note: ["Ghi chú thêm", "Ghi chú của đơn vị"],
    answer: ["Số liệu, trả lời", "Trả lời"],
  },
  sub: ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"],
} as const;

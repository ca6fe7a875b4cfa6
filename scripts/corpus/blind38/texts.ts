/**
 * The fixed texts of the blind38 families (titles, captions, column heads, section names), each family's in its
 * own table. {y} is the report year. Written for this split only; the guard test checks none is already known.
 */

/** The department's check of a press agency's operating conditions (./compliance.ts). */
export const B38_COMPLIANCE = {
  office: ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH LAI CHÂU", "SỞ VH, TT&DL TỈNH LAI CHÂU"],
  team: ["ĐOÀN KIỂM TRA LIÊN NGÀNH (QĐ số 412/QĐ-SVHTTDL)", "Đoàn kiểm tra theo Quyết định 412/QĐ-SVHTTDL"],
  title: [
    "BẢNG KIỂM TRA ĐIỀU KIỆN HOẠT ĐỘNG BÁO CHÍ NĂM {y}",
    "Phiếu kiểm tra việc duy trì điều kiện hoạt động báo chí, năm {y}",
  ],
  checked: "Đơn vị được kiểm tra:",
  heads: {
    no: "STT",
    item: ["Nội dung/ điều kiện kiểm tra", "Tiêu chí kiểm tra theo Luật Báo chí 2016"],
    measure: "ĐVT",
    rule: ["Yêu cầu theo quy định", "Mức tối thiểu quy định"],
    actual: ["Thực tế tại đơn vị", "Kết quả kiểm tra thực tế"],
    verdict: ["Kết luận của Đoàn", "Đánh giá (Đạt/Chưa đạt)"],
    remark: "Ý kiến bổ sung",
  },
  sections: {
    people: "I. Điều kiện về nhân lực",
    tech: "II. Điều kiện kỹ thuật, công nghệ",
    money: "III. Điều kiện tài chính, pháp lý",
  },
  verdicts: ["Đạt yêu cầu", "Chưa đạt yêu cầu"],
  ruleTexts: ["Theo Luật Báo chí", "Theo TT 41/2020", "Theo NĐ 85/2024"],
  revenueYear: "Doanh thu các năm gần nhất:",
  scratch: ["Nhap_doan_KT", "tam tinh"],
  scratchRows: ["Số liệu kỳ trước (tham khảo)", "Số đơn vị tự khai lần 1"],
} as const;

/** The Provincial People's Council committee's thematic supervision appendix (./supervision.ts). */
export const B38_SUPERVISION = {
  council: ["HĐND TỈNH LAI CHÂU", "HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU"],
  committee: ["BAN VĂN HÓA - XÃ HỘI", "Ban Văn hóa – Xã hội HĐND tỉnh"],
  appendix: ["Phụ lục 01", "Phụ lục số 1 (kèm Báo cáo giám sát)"],
  title: [
    "SỐ LIỆU GIÁM SÁT CHUYÊN ĐỀ VIỆC THỰC HIỆN CHUYỂN ĐỔI SỐ BÁO CHÍ GIAI ĐOẠN 2020 - {y}",
    "Kết quả giám sát chuyên đề: chuyển đổi số trong các cơ quan báo chí địa phương 2020 - {y}",
  ],
  heads: {
    no: "TT",
    what: ["Cơ quan, chỉ tiêu giám sát", "Đơn vị/ nội dung giám sát"],
    measure: "ĐVT",
    done: ["Số liệu thực hiện qua các năm", "Thực hiện từng năm (số Đoàn giám sát xác minh)"],
    growth: ["{y} so với 2020 (%)", "Tăng/giảm {y} so năm gốc 2020 (%)"],
  },
  year: "Năm {y}",
  roman: ["I", "II", "III"],
  sheet: ["PL01 - Bao chi", "PL1_Co quan bao chi"],
  remoteSheet: ["PL02 - Vung sau xa", "PL2_Tiep can bao chi"],
  remoteTitle: [
    "Người dân vùng sâu, vùng xa, biên giới tiếp cận báo chí (theo đơn vị cấp huyện)",
    "TIẾP CẬN BÁO CHÍ CỦA NGƯỜI DÂN VÙNG KHÓ KHĂN THEO HUYỆN, THÀNH PHỐ",
  ],
  remoteHeads: {
    district: ["Huyện, thành phố", "Đơn vị hành chính cấp huyện"],
    share: ["Tỷ lệ tiếp cận (%)", "Tỷ lệ % đã tiếp cận"],
  },
  districts: [
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
    "Huyện Than Uyên",
    "Huyện Tân Uyên",
    "Huyện Nậm Nhùn",
    "Thành phố Lai Châu",
  ],
  scratch: ["Tong hop tam_GS", "xu ly so lieu"],
  scratchRows: ["Số tin bài BLC báo cáo lần đầu", "Số chênh lệch sau xác minh"],
} as const;

/** An agency's internal spending regulation, appendix on revenue sources (./spending.ts). */
export const B38_SPENDING = {
  title: [
    "PHỤ LỤC 01 KÈM THEO QUY CHẾ CHI TIÊU NỘI BỘ NĂM {y}",
    "Phụ lục nguồn thu (kèm Quy chế chi tiêu nội bộ ban hành năm {y})",
  ],
  sub: [
    "Bảng tổng hợp nguồn thu và kinh phí các năm, làm căn cứ xây dựng định mức chi",
    "Căn cứ tính quỹ bổ sung thu nhập và trích lập các quỹ",
  ],
  autonomyLead: ["Phân loại tự chủ theo QĐ của UBND tỉnh:", "Mức tự chủ tài chính được giao:"],
  staffLead: ["Số người làm việc tính quỹ thu nhập tăng thêm:", "Số người hưởng thu nhập tăng thêm:"],
  heads: {
    year: ["Năm tài chính", "Năm ngân sách"],
    other: ["Thu phát hành, dịch vụ khác", "Thu phát hành + dịch vụ"],
    reserve: ["Trích quỹ PTHĐSN (25% chênh lệch)", "Trích lập Quỹ phát triển sự nghiệp"],
  },
  year: "Năm {y}",
  sheet: ["PL1 - Nguon thu", "Phu luc 01_Nguon thu"],
  rules: ["PL2 - Dinh muc chi", "Phu luc 02_Dinh muc"],
  ruleRows: [
    "Chi nhuận bút theo khung của Quy chế nhuận bút",
    "Công tác phí khoán theo tháng",
    "Hỗ trợ phóng viên tác nghiệp vùng biên giới",
  ],
  scratch: ["tinh_quy_TN", "Nhap quy"],
  scratchRows: ["Chênh lệch thu chi dự kiến", "Quỹ bổ sung thu nhập tạm tính"],
} as const;

/** The department's policy impact assessment for a support resolution (./policy.ts). */
export const B38_POLICY = {
  office: ["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "UBND tỉnh Lai Châu - Sở VHTTDL"],
  dept: ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch (cơ quan soạn thảo)"],
  title: [
    "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG CỦA CHÍNH SÁCH",
    "Đánh giá tác động chính sách hỗ trợ cơ quan báo chí địa phương",
  ],
  sub: [
    "(Kèm theo dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ các cơ quan báo chí giai đoạn 2026 - 2030)",
    "(Hồ sơ đề nghị xây dựng Nghị quyết về hỗ trợ báo chí tỉnh Lai Châu, phần số liệu)",
  ],
  heads: {
    no: "STT",
    what: ["Nội dung đánh giá", "Các chỉ số dùng để đánh giá tác động"],
    measure: "ĐVT",
    sum: ["Cộng 3 cơ quan", "Tổng 3 đơn vị"],
    source: ["Nguồn số liệu sử dụng", "Nguồn/ căn cứ số liệu"],
  },
  now: [
    "I. HIỆN TRẠNG (số liệu các cơ quan báo cáo)",
    "I. Thực trạng giai đoạn trước khi ban hành chính sách",
  ],
  forecast: ["II. DỰ BÁO TÁC ĐỘNG KHI ÁP DỤNG CHÍNH SÁCH", "II. Dự báo sau khi ban hành Nghị quyết"],
  options: ["Phương án 1 (có hỗ trợ)", "Phương án 2 (giữ nguyên hiện trạng)"],
  forecastLabel: "(dự báo)",
  support: ["Mức hỗ trợ đề xuất mỗi năm", "Kinh phí hỗ trợ dự kiến/năm"],
  sources: ["Báo cáo của đơn vị", "Số liệu Sở tổng hợp", "Quyết toán đã duyệt"],
  sheet: ["Bang 1 - Hien trang", "DGTD_so lieu"],
  scratch: ["Tinh du bao", "nhap PA"],
  scratchRows: ["Hệ số tăng trưởng giả định", "Kinh phí dự kiến PA1"],
} as const;

/** The provincial master plan's status tables for the information sector (./masterPlan.ts). */
export const B38_MASTERPLAN = {
  head: [
    "Quy hoạch tỉnh Lai Châu thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
    "Hồ sơ Quy hoạch tỉnh Lai Châu 2021-2030 (phần thông tin và truyền thông)",
  ],
  tables: {
    articles: ["Biểu 12 - Tin bai", "B12_san luong tin bai"],
    revenue: ["Biểu 13 - Doanh thu", "B13_doanh thu"],
    status: ["Biểu 14 - Nhan luc, ha tang", "B14_nhan luc ha tang"],
  },
  titles: {
    articles: [
      "Biểu 12: Hiện trạng sản lượng tin, bài các cơ quan báo chí tỉnh",
      "BIỂU 12. HIỆN TRẠNG SẢN XUẤT TIN, BÀI BÁO CHÍ ĐỊA PHƯƠNG",
    ],
    revenue: [
      "Biểu 13: Hiện trạng nguồn thu của các cơ quan báo chí",
      "BIỂU 13. HIỆN TRẠNG DOANH THU CÁC CƠ QUAN BÁO CHÍ",
    ],
    status: [
      "Biểu 14: Hiện trạng nhân lực và hạ tầng số các cơ quan báo chí",
      "BIỂU 14. NHÂN LỰC, HẠ TẦNG SỐ BÁO CHÍ TỈNH (đến năm {y})",
    ],
  },
  heads: {
    no: "TT",
    unit: ["Cơ quan báo chí", "Tên cơ quan"],
    old: ["Giai đoạn 2016 - 2020", "Thời kỳ 2016-2020"],
    now: ["Giai đoạn 2021 - {y}", "Thời kỳ 2021-{y}"],
    pace: ["Tăng BQ 2021-{y} (%/năm)", "Tốc độ tăng bình quân (%/năm)"],
  },
  sum: ["Cộng các cơ quan báo chí", "Tổng 3 cơ quan báo chí tỉnh"],
  licenceLead: "Ghi chú về giấy phép Tạp chí:",
  source: [
    "Nguồn: Báo cáo của các cơ quan báo chí, Sở VHTTDL tổng hợp",
    "Nguồn số liệu: các đơn vị cung cấp",
  ],
  scratch: ["data_QH", "so lieu goc QH"],
  scratchRows: ["Số liệu điều chỉnh lần 2", "Dự báo theo kịch bản cơ sở"],
} as const;

/** The agencies' staff by professional rank, last year's table above this year's (./ranks.ts). */
export const B38_RANKS = {
  title: [
    "CƠ CẤU VIÊN CHỨC, NGƯỜI LAO ĐỘNG THEO HẠNG CHỨC DANH NGHỀ NGHIỆP",
    "Thống kê người làm việc theo hạng chức danh nghề nghiệp báo chí",
  ],
  sub: [
    "(Phục vụ xây dựng Đề án thăng hạng chức danh năm 2026)",
    "(Số liệu phục vụ xét thăng hạng viên chức)",
  ],
  table: ["Bảng {n}: Thời điểm 31/12/{y}", "Bảng {n}. Số liệu có đến ngày 31/12/{y}"],
  heads: {
    no: "STT",
    unit: ["Đơn vị sự nghiệp", "Cơ quan báo chí"],
    ranks: ["Chia theo hạng chức danh", "Trong đó theo hạng"],
    one: ["Hạng I", "Hạng I (cao cấp)"],
    three: ["Hạng III", "Hạng III (PV, BTV)"],
    none: ["HĐ, chưa xếp hạng", "Hợp đồng lao động/ chưa bổ nhiệm hạng"],
  },
  sum: ["Cộng các đơn vị", "Tổng 3 cơ quan"],
  scratch: ["nhap hang", "tam_hang"],
  scratchRows: ["Số dự kiến thăng hạng", "Số nghỉ hưu trong năm"],
} as const;

/**
 * The fixed texts of the blind31 families (titles, captions, column heads, file and sheet names, part rows), each
 * family's in its own table. Like ./wordings.ts, written blind; the guard test checks none is a known wording.
 */

/** ./review.ts: the annex of the year-end summary conference, a sheet per agency. */
export const B31_REVIEW = {
  files: ["Phu luc hoi nghi tong ket 2025.xlsx", "PL so lieu tong ket nam 2025 (ban in).xlsx"],
  title: [
    "Phụ lục số liệu phục vụ Hội nghị tổng kết công tác năm 2025",
    "Số liệu tổng kết năm 2025 và so sánh với 6 tháng đầu năm",
  ],
  sub: [
    "(Kèm theo Báo cáo tổng kết số 215/BC ngày 10/12/2025)",
    "(Số liệu chính thức, thay số liệu ước tại kỳ 6 tháng)",
  ],
  label: ["Nội dung công việc", "Các mặt công tác chủ yếu"],
  full: ["TH cả năm 2025", "Kết quả thực hiện năm 2025", "Thực hiện năm 2025 (chính thức)"],
  last: ["Cùng kỳ năm 2024", "Thực hiện năm trước (2024)", "TH năm 2024 (cùng kỳ)"],
  ratioPlan: ["TH/KH (%)", "% TH/KH năm"],
  ratioLast: ["So cùng kỳ (%)", "Tỷ lệ so với năm 2024 (%)"],
  sections: [
    "Sản xuất nội dung, tuyên truyền",
    "Tài chính, nguồn thu",
    "Nhân lực, đào tạo bồi dưỡng",
    "Hạ tầng số, mô hình tổ chức, tự chủ",
  ],
  statusPlan: ["Hoàn thành trong năm", "Duy trì", "Đạt theo lộ trình"],
  scratch: ["Nhap so lieu 6T", "Tam tinh 6 thang", "So 6T chua chot"],
};

/** ./lawreview.ts: ten years of the Press Law, the agencies as blocks, then their states in 2016 and 2025. */
export const B31_LAWREVIEW = {
  files: ["Tong ket 10 nam Luat Bao chi - Lai Chau.xlsx", "PL_tongket_LuatBaoChi_2016-2025.xlsx"],
  sheetSeries: ["PL1 - Số liệu 2016-2025", "Phụ lục 1 (10 năm)"],
  sheetStates: ["PL2 - Thực trạng đầu-cuối kỳ", "Phụ lục 2 (hiện trạng)"],
  title: [
    "Tổng hợp số liệu 10 năm thi hành Luật Báo chí trên địa bàn tỉnh (2016 - 2025)",
    "Số liệu phục vụ tổng kết thi hành Luật Báo chí năm 2016, giai đoạn 2016 - 2025",
  ],
  sub: [
    "(Kèm theo Báo cáo tổng kết của UBND tỉnh Lai Châu)",
    "(Các cơ quan báo chí địa phương tự rà soát, tổng hợp)",
  ],
  yearsOver: ["Kết quả qua từng năm", "Số liệu theo năm thống kê"],
  sum: ["Cộng 10 năm", "Tổng cộng giai đoạn 2016-2025"],
  first: ["Khi Luật có hiệu lực (2016)", "Thời điểm 01/01/2016"],
  now: ["Đến 31/12/2025", "Thời điểm cuối năm 2025"],
  notCounted: ["Chưa thống kê", "Chưa theo dõi"],
  remoteTitle: ["Vùng sâu, vùng xa, biên giới của tỉnh", "Địa bàn khó khăn của tỉnh (toàn tỉnh)"],
};

/** ./award.ts: a nomination form for the digital transformation award, a workbook per nominated agency. */
export const B31_AWARD = {
  title: [
    "Phiếu đề cử Giải thưởng Chuyển đổi số - hạng mục cơ quan báo chí",
    "Hồ sơ tham dự giải thưởng CĐS năm 2025 (cơ quan báo chí)",
  ],
  nominee: ["Đơn vị được đề cử:", "Tên cơ quan dự giải:"],
  partA: ["A. Thông tin chung về cơ quan", "A - Giới thiệu chung"],
  partB: ["B. Kết quả hoạt động 3 năm gần nhất", "B - Số liệu ba năm liên tiếp"],
  partC: ["C. Nền tảng, công nghệ đã đưa vào sử dụng", "C - Giải pháp số đang vận hành"],
  criterion: ["Tiêu chí / thông tin kê khai", "Nội dung kê khai"],
  score: ["Điểm tự chấm", "Điểm tự đánh giá"],
  proof: ["Minh chứng kèm theo", "Tài liệu chứng minh"],
  proofs: [
    "QĐ số 125/QĐ-CQ ngày 12/3/2025",
    "Báo cáo tài chính năm 2024 đã kiểm toán",
    "Biên bản nghiệm thu ngày 28/10/2025",
    "Ảnh chụp màn hình, đường dẫn kèm theo",
  ],
  ordered: ["Thu từ đặt hàng, giao nhiệm vụ của tỉnh", "Phần kinh phí đặt hàng"],
  services: ["Thu dịch vụ, liên kết và thu khác", "Phần thu dịch vụ, khác"],
  future: ["Kế hoạch triển khai nền tảng AI năm 2026", "Dự kiến đầu tư tòa soạn số năm 2026"],
  rubric: ["Thang diem giai thuong", "Bang diem cham"],
  files: ["Phieu de cu GTCDS - {n}.xlsx", "HoSo_GiaiThuongCDS_{n}.xlsx"],
};

/** ./scheme.ts: the agency's development scheme for 2026–2030, a workbook per agency. */
export const B31_SCHEME = {
  title: [
    "Phụ lục 1: Thực trạng giai đoạn 2021 - 2025 và dự kiến phát triển giai đoạn 2026 - 2030",
    "Biểu thực trạng và định hướng phát triển cơ quan báo chí đến năm 2030",
  ],
  sheet: ["PL1 Thuc trang - du kien", "Phụ lục 1 - Đề án"],
  money: ["PL2 Nhu cau kinh phi", "Phụ lục 2 - Kinh phí"],
  actual: ["Thực trạng (số thực hiện)", "Số liệu đã thực hiện"],
  base: ["2020 (năm gốc)", "Năm gốc 2020"],
  ahead: ["Mục tiêu giai đoạn 2026-2030", "Mục tiêu đề án đến 2030"],
  needs: [
    "Nhu cầu kinh phí đầu tư hạ tầng số",
    "Kinh phí đào tạo lại đội ngũ",
    "Kinh phí thuê nền tảng, dịch vụ đám mây",
  ],
  moneyTitle: ["Nhu cầu kinh phí thực hiện đề án giai đoạn 2026 - 2030", "Dự trù kinh phí đề án 2026-2030"],
  files: ["De an phat trien 2026-2030 - {n}.xlsx", "DeAn_2026_2030_{n}.xlsx"],
};

/** ./register.ts: the department's register of information systems and their approved levels. */
export const B31_REGISTER = {
  files: ["Danh muc HTTT va cap do - co quan bao chi.xlsx", "So theo doi phe duyet cap do HTTT.xlsx"],
  sheetSystems: ["Danh mục HTTT", "DM he thong - cap do"],
  sheetShared: ["Nền tảng dùng chung", "Tinh hinh nen tang"],
  title: [
    "Danh mục hệ thống thông tin của các cơ quan báo chí và cấp độ an toàn được phê duyệt",
    "Sổ theo dõi hồ sơ đề xuất, phê duyệt cấp độ hệ thống thông tin (khối báo chí)",
  ],
  system: ["Tên hệ thống thông tin", "Hệ thống / ứng dụng"],
  owner: ["Bộ phận vận hành", "Đơn vị trực tiếp vận hành"],
  proposed: ["Cấp độ đơn vị đề xuất", "Cấp độ theo hồ sơ đề xuất"],
  approved: ["Cấp độ đã được cấp có thẩm quyền phê duyệt", "Cấp độ đã được thẩm định, phê duyệt"],
  decision: ["Số, ngày quyết định phê duyệt", "Văn bản phê duyệt"],
  press: {
    "bao-lai-chau": ["Báo điện tử Lai Châu (baolaichau.vn)", "Hệ thống xuất bản báo điện tử của Báo"],
    "dai-ptth-lai-chau": [
      "Cổng thông tin điện tử PT-TH Lai Châu",
      "Hệ thống phát thanh, truyền hình trên Internet",
    ],
    "tap-chi-van-nghe-lai-chau": [
      "Tạp chí in - không có hệ thống xuất bản điện tử",
      "Ấn phẩm in (không vận hành báo điện tử)",
    ],
  },
  others: [
    "Hệ thống thư điện tử nội bộ",
    "Phần mềm quản lý văn bản và điều hành",
    "Hệ thống camera giám sát trụ sở",
    "Phần mềm kế toán hành chính sự nghiệp",
  ],
  decisions: [
    "QĐ số 1234/QĐ-UBND ngày 05/8/2024",
    "QĐ 87/QĐ-STTTT ngày 14/3/2023",
    "Văn bản số 455/STTTT-BCXB",
  ],
  pending: ["Đang thẩm định hồ sơ", "Chưa nộp hồ sơ đề xuất"],
  support: ["Đề xuất hỗ trợ năm 2026", "Đăng ký hỗ trợ kỹ thuật 2026"],
  oldSheet: ["Cap do cu (2023)", "DM cu truoc ra soat"],
};

/** ./codebook.ts: the province's statistical indicators, each broken down by agency (or district). */
export const B31_CODEBOOK = {
  files: ["Chi tieu thong ke nganh - phan to 2025.xlsx", "HTCTTK cap tinh - bao chi 2025.xlsx"],
  sheet: ["Phân tổ 2025", "Chi tieu phan to"],
  title: [
    "Số liệu chỉ tiêu thống kê lĩnh vực báo chí cấp tỉnh có phân tổ chủ yếu",
    "Hệ thống chỉ tiêu thống kê cấp tỉnh - nhóm báo chí, phát thanh truyền hình",
  ],
  code: ["Mã số chỉ tiêu thống kê", "Mã CTTK"],
  name: ["Tên chỉ tiêu, phân tổ chủ yếu", "Chỉ tiêu / phân tổ"],
  short: ["Tên rút gọn", "Tên gọi tắt trong phần mềm"],
  source: ["Nguồn, cơ quan cung cấp số liệu", "Cơ quan cung cấp"],
  byAgency: ["Phân theo cơ quan báo chí:", "Chia theo đơn vị:"],
  byType: ["Phân theo loại hình:", "Chia theo loại hình báo chí:"],
  types: ["Báo in, tạp chí in", "Phát thanh, truyền hình", "Báo điện tử, nền tảng số"],
  byDistrict: ["Phân theo huyện, thành phố:", "Chia theo đơn vị hành chính cấp huyện:"],
  districts: ["Mường Tè", "Nậm Nhùn", "Sìn Hồ", "Phong Thổ", "Than Uyên", "Tân Uyên"],
  sources: ["Các cơ quan báo chí báo cáo", "Sở VHTTDL tổng hợp"],
  scratch: ["Doi chieu PM", "Tho so lieu"],
};

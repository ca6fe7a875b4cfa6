/**
 * The blind33 families' fixed texts: titles, captions, column heads and row texts that are not plan inputs. Each
 * family picks among its own; "{y}" is the report year.
 */

export const B33_REVISION = {
  files: [
    "ToTrinh_dieu_chinh_chi_tieu_{y}.xlsx",
    "PL kem To trinh dieu chinh {y}.xlsx",
    "De nghi dieu chinh CT {y}.xlsx",
  ],
  sheets: ["PL điều chỉnh", "Phu luc TTr", "Bieu de nghi DC"],
  issuer: ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH LAI CHÂU", "UBND TỈNH LAI CHÂU - SỞ VHTTDL"],
  titles: [
    "Phụ lục: Đề nghị điều chỉnh một số chỉ tiêu chuyển đổi số báo chí năm {y}",
    "Biểu tổng hợp đề xuất điều chỉnh chỉ tiêu chuyển đổi số của các cơ quan báo chí năm {y}",
  ],
  subtitles: [
    "(Kèm theo Tờ trình số 215/TTr-SVHTTDL ngày 03/10/{y} của Sở VHTTDL)",
    "(Trình UBND tỉnh xem xét tại phiên họp thường kỳ tháng 10/{y})",
  ],
  content: ["Nội dung chỉ tiêu đề nghị", "Chỉ tiêu, nội dung"],
  lastYear: ["TH cả năm 2024 (chính thức)", "Kết quả thực hiện năm 2024 (đã chốt)", "Số chính thức năm 2024"],
  estimate: ["Ước TH cả năm {y}", "Ước thực hiện đến 31/12/{y}", "Ước cả năm {y} (TH)"],
  revised: ["Đề nghị KH điều chỉnh", "Mục tiêu xin điều chỉnh", "KH sau khi điều chỉnh"],
  reason: ["Lý do đề nghị điều chỉnh", "Giải trình lý do"],
  reasons: [
    "Ảnh hưởng mưa lũ, sạt lở tháng 7-8",
    "Đơn vị sắp xếp lại bộ máy, biến động nhân sự",
    "Nguồn thu quảng cáo giảm mạnh",
    "Giữ nguyên, không đề nghị điều chỉnh",
  ],
  hidden: ["Ban cu 15-9", "Nhap TTr", "Du thao lan 1"],
  hiddenCaption: "Bản dự thảo lần 1, chưa thống nhất với các đơn vị",
} as const;

export const B33_ROLLUP = {
  files: ["TH_bao_chi_va_TTTT-VH_huyen_{y}.xlsx", "Tong hop co quan bao chi + TT huyen {y}.xlsx"],
  sheets: ["Nam {y}", "So lieu {y}", "TH {y}"],
  titles: [
    "Tổng hợp số liệu hoạt động của cơ quan báo chí tỉnh và Trung tâm Truyền thông - Văn hóa cấp huyện năm {y}",
    "Số liệu hoạt động thông tin, báo chí trên địa bàn tỉnh (cấp tỉnh và cấp huyện) năm {y}",
  ],
  unitHead: ["Cơ quan, đơn vị cung cấp số liệu", "Tên đơn vị (tỉnh, huyện)"],
  groupArticles: ["Sản phẩm báo chí, truyền thông", "Tin, bài, tác phẩm"],
  groupMoney: ["Nguồn thu (triệu đồng)", "Thu trong năm (tr.đồng)"],
  groupStaff: ["Nhân lực của đơn vị", "Lao động, nhân sự"],
  provincialSection: ["Cơ quan báo chí cấp tỉnh", "Khối báo chí tỉnh"],
  districtSection: [
    "Trung tâm Truyền thông - Văn hóa các huyện, thành phố",
    "Khối TT TT-VH huyện, thành phố",
  ],
  total: ["Tổng cộng toàn tỉnh (tỉnh + huyện)", "Cộng chung các đơn vị"],
  districts: [
    "TT TT-VH thành phố Lai Châu",
    "TT TT-VH huyện Tam Đường",
    "TT TT-VH huyện Phong Thổ",
    "TT TT-VH huyện Sìn Hồ",
    "TT TT-VH huyện Mường Tè",
    "TT TT-VH huyện Nậm Nhùn",
    "TT TT-VH huyện Than Uyên",
    "TT TT-VH huyện Tân Uyên",
  ],
  hidden: ["cong thuc cu", "DS huyen (an)"],
} as const;

export const B33_SPOKES = {
  files: ["BC_thuc_hien_quy_che_phat_ngon_{y}.xlsx", "Bao cao phat ngon va cung cap TT cho bao chi {y}.xlsx"],
  sheetMain: ["Bieu 01-PN", "Phat ngon"],
  sheetAnnex: ["Bieu 02-CQBC", "PL bao chi tinh"],
  titles: [
    "Kết quả thực hiện quy chế phát ngôn và cung cấp thông tin cho báo chí năm {y}",
    "Tình hình phát ngôn, cung cấp thông tin cho báo chí của các cơ quan hành chính tỉnh năm {y}",
  ],
  annexTitles: [
    "Kết quả đăng, phát thông tin về hoạt động của tỉnh trên báo chí địa phương",
    "Thông tin chính thống của tỉnh được các cơ quan báo chí địa phương đăng, phát",
  ],
  mainHead: ["Nội dung thực hiện quy chế phát ngôn", "Hoạt động phát ngôn, cung cấp thông tin"],
  mainRows: [
    "Số cuộc họp báo định kỳ của UBND tỉnh",
    "Số cuộc họp báo chuyên đề, đột xuất",
    "Số thông cáo báo chí đã phát hành",
    "Số lượt người phát ngôn trả lời phỏng vấn",
    "Số văn bản trả lời phản ánh, kiến nghị của báo chí",
  ],
  grassroots: ["Đưa thông tin về cơ sở", "Thông tin đến vùng sâu, vùng xa, biên giới"],
  agencyHead: ["Cơ quan báo chí, kênh thông tin", "Đơn vị đăng, phát"],
  extraUnits: [
    "Cổng Thông tin điện tử tỉnh",
    "Bản tin Thông tin đối ngoại tỉnh",
    "Trang tin Hội Nhà báo tỉnh",
  ],
  total: ["Cộng các cơ quan, kênh", "Tổng số (tất cả kênh)"],
} as const;

export const B33_GRADING = {
  files: ["Ho_so_xep_hang_{slug}.xlsx", "Bang diem xep hang DVSN - {slug}.xlsx"],
  sheets: ["Bang diem tieu chi", "Cham diem hang II"],
  titles: [
    "Bảng chấm điểm tiêu chí xếp hạng đơn vị sự nghiệp công lập lĩnh vực báo chí",
    "Bảng tự đánh giá, chấm điểm theo tiêu chí xếp hạng đơn vị sự nghiệp",
  ],
  unitLine: "Đơn vị đề nghị xếp hạng: ",
  criterion: ["Tiêu chí xếp hạng", "Nội dung tiêu chí, chỉ số"],
  standard: ["Mức chuẩn để xếp hạng II", "Điều kiện tối thiểu (hạng II)"],
  own: ["Số liệu thực tế của đơn vị", "Thực trạng tại đơn vị (số liệu)"],
  score: ["Điểm đơn vị tự chấm", "Điểm tự đánh giá"],
  proof: ["Tài liệu minh chứng kèm theo", "Hồ sơ chứng minh"],
  sections: [
    "Vị trí, nhiệm vụ và nhân lực",
    "Năng lực tài chính, mức độ tự chủ",
    "Cơ sở vật chất, ứng dụng công nghệ, chuyển đổi số",
  ],
  civil: ["Trong tổng số: viên chức", "- Viên chức trong biên chế"],
  contract: ["Trong tổng số: hợp đồng lao động", "- Người lao động hợp đồng"],
  standards: {
    staff: ["Từ 30 người trở lên", "Tối thiểu 30 người làm việc"],
    money: ["Thu sự nghiệp ≥ 5.000 tr.đ/năm", "Có nguồn thu ổn định 3 năm liền"],
    status: ["Bắt buộc đối với hạng II", "Đáp ứng yêu cầu tối thiểu"],
    level: ["Cấp độ 3 trở lên đối với hạng II", "Tối thiểu cấp độ 2"],
  },
  proofs: [
    "QĐ giao số người làm việc",
    "Báo cáo quyết toán các năm",
    "QĐ phê duyệt hồ sơ cấp độ",
    "Biên bản kiểm tra",
  ],
  totalScore: ["Tổng điểm tự chấm", "Cộng điểm các tiêu chí"],
  hidden: ["nhap diem", "Tinh diem (an)"],
} as const;

export const B33_RESEARCH = {
  files: ["PL_so_lieu_de_tai_CDS_bao_chi.xlsx", "De tai KHCN - phu luc so lieu dieu tra.xlsx"],
  sheetSeries: ["PL1 Chuoi so lieu", "PL1-Day so lieu"],
  sheetStatus: ["PL2 Hien trang", "PL2-Thuc trang CDS"],
  titles: [
    "Phụ lục số liệu điều tra phục vụ đề tài khoa học cấp tỉnh về chuyển đổi số báo chí Lai Châu",
    "Dãy số liệu thu thập giai đoạn 2020-2025 và dự báo (đề tài nghiên cứu cấp tỉnh)",
  ],
  source: [
    "Nguồn: nhóm nghiên cứu thu thập tại các cơ quan báo chí, tháng 11/{y}",
    "Số liệu do chủ nhiệm đề tài tổng hợp từ báo cáo của đơn vị",
  ],
  indicator: ["Chỉ tiêu nghiên cứu", "Biến số, chỉ tiêu"],
  observed: ["Số liệu điều tra, thu thập", "Giá trị thực tế theo năm"],
  forecast: ["Dự báo của nhóm nghiên cứu", "Kịch bản dự báo (cơ sở)"],
  growth: ["Tăng BQ/năm (%)", "Tốc độ tăng bình quân (%)"],
  statusTitle: [
    "Thực trạng ứng dụng công nghệ số tại thời điểm điều tra",
    "Hiện trạng chuyển đổi số của các cơ quan báo chí (thời điểm khảo sát)",
  ],
  outlook: ["Định hướng đề xuất đến năm 2030", "Kiến nghị của đề tài cho giai đoạn 2026-2030"],
  hidden: ["Hoi quy", "tinh du bao"],
} as const;

export const B33_DXDAY = {
  files: ["BC_huong_ung_Ngay_CDS_10-10_{y}.xlsx", "Ket qua Ngay Chuyen doi so quoc gia {y} - bao chi.xlsx"],
  sheets: ["Ngay CDS 10-10", "KQ huong ung {y}"],
  titles: [
    "Kết quả hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/{y} của các cơ quan báo chí tỉnh",
    "Báo cáo số liệu hưởng ứng Ngày Chuyển đổi số quốc gia năm {y} (khối báo chí)",
  ],
  content: ["Nội dung hưởng ứng, kết quả", "Hoạt động, số liệu"],
  sum: ["Cộng 3 cơ quan", "Tổng số khối báo chí"],
  sections: [
    "Thông tin, tuyên truyền",
    "Hạ tầng, nền tảng và dữ liệu",
    "Nhân lực số",
    "Kinh tế báo chí, cơ chế tài chính",
  ],
  lastYear: ["- Cùng kỳ năm 2024 (để so sánh)", "  + Số liệu năm 2024 của chỉ tiêu trên"],
  talks: ["Số buổi tọa đàm, livestream về CĐS", "Chương trình, chuyên mục về CĐS"],
  notFor: "—",
} as const;

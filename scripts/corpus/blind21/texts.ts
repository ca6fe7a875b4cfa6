/**
 * The blind21 families' fixed texts: titles, captions, column heads and filler rows ({y} a year, {n} a number).
 * Several choices each, so cases differ; none may equal a wording the repository already knows.
 */

/** The editorial topic register: an agency's book of registered topics and of works published. */
export const B21_EDITORIAL = {
  titles: [
    "SỔ THEO DÕI ĐĂNG KÝ ĐỀ TÀI VÀ TÁC PHẨM ĐÃ ĐĂNG, PHÁT",
    "Sổ đăng ký đề tài - theo dõi tác phẩm xuất bản",
    "SO DANG KY DE TAI VA THEO DOI TAC PHAM",
  ],
  periods: ["(Giai đoạn 2020 - 2025, ban Thư ký tòa soạn ghi)", "Từ năm 2020 đến hết năm 2025"],
  year: ["Năm", "Năm xuất bản", "Nam"],
  registered: ["Đề tài đã đăng ký với TKTS", "Số đề tài đăng ký đầu năm", "De tai dang ky"],
  share: ["Tỷ trọng NVCT/tổng (%)", "Tỷ lệ tác phẩm chính trị %"],
  remark: ["Ghi chú của TKTS", "Ghi chu TKTS"],
  scratch: ["Nhap tam", "nháp đếm bài"],
  scratchTexts: ["Số đếm tay từ phần mềm, chưa khớp", "Dem lai theo thang"],
} as const;

/** The circulation and revenue statement an agency sends the department. */
export const B21_CIRCULATION = {
  titles: [
    "BÁO CÁO TÌNH HÌNH PHÁT HÀNH VÀ CÁC NGUỒN THU",
    "Tình hình phát hành, phát sóng và nguồn thu của cơ quan",
    "BAO CAO PHAT HANH VA NGUON THU",
  ],
  subs: ["(Kèm theo Công văn của cơ quan gửi Sở, số liệu các năm)", "Đơn vị tính ghi tại cột C"],
  columns: {
    stt: "STT",
    item: ["Nội dung", "Chỉ tiêu thống kê", "Noi dung"],
    measure: ["ĐVT", "Đvị tính (ĐVT)"],
  },
  yearHead: ["Năm {y}", "TH năm {y}", "Thực hiện {y}"],
  sections: {
    output: ["Phát hành, phát sóng", "Sản phẩm báo chí", "Phat hanh, phat song"],
    money: ["Các nguồn thu", "Nguồn thu của cơ quan", "Nguon thu cua CQ"],
    finance: ["Cơ chế tài chính, nhân lực", "Tu chu tai chinh va nhan luc"],
  },
  outputRows: {
    "bao-lai-chau": ["Số bản in bình quân một kỳ (bản)", "Số kỳ phát hành trong năm"],
    "dai-ptth-lai-chau": ["Thời lượng phát sóng tự sản xuất (giờ)", "Số chương trình thời sự phát trong năm"],
    "tap-chi-van-nghe-lai-chau": ["Số cuốn in mỗi số", "Số kỳ tạp chí phát hành trong năm"],
  },
  outputMeasures: {
    "bao-lai-chau": ["Bản/kỳ", "Kỳ báo"],
    "dai-ptth-lai-chau": ["Giờ phát", "CT/năm"],
    "tap-chi-van-nghe-lai-chau": ["Cuốn/số", "Số tạp chí"],
  },
  sales: ["Thu phát hành, bán ấn phẩm", "Thu từ bán báo và phát hành", "Thu phat hanh"],
  services: ["Thu dịch vụ, liên kết sản xuất", "Thu hợp đồng liên kết, dịch vụ khác", "Thu dich vu khac"],
  ofWhich: ["Trong đó:", "Chia ra:", "Gồm:"],
  besides: ["Ngoài ra:", "Không tính vào tổng thu:"],
  remark: ["Ghi chú của cơ quan", "Giải thích"],
} as const;

/** The job-position scheme (Nghị định 106/2020): positions and how many people hold each. */
export const B21_JOBS = {
  titles: [
    "BẢNG TỔNG HỢP VỊ TRÍ VIỆC LÀM VÀ SỐ LƯỢNG NGƯỜI LÀM VIỆC",
    "Tổng hợp danh mục vị trí việc làm, số người làm việc",
    "TONG HOP VI TRI VIEC LAM",
  ],
  subs: ["(Kèm theo Đề án vị trí việc làm của đơn vị)", "Phụ lục của đề án vị trí việc làm"],
  columns: {
    stt: ["TT", "Số thứ tự"],
    position: ["Tên vị trí việc làm", "Vị trí việc làm", "Ten vi tri viec lam"],
    proposed: ["Đề xuất giai đoạn 2026-2030", "Số đề nghị bổ sung", "De xuat 2026-2030"],
    remark: ["Ghi chú (nếu có)", "Ghi chu them"],
  },
  sections: [
    ["Vị trí lãnh đạo, quản lý", "Nhóm lãnh đạo quản lý"],
    ["Vị trí chuyên môn, nghiệp vụ", "Nhóm chuyên môn nghiệp vụ"],
    ["Vị trí hỗ trợ, phục vụ", "Nhóm hỗ trợ phục vụ"],
  ],
  positions: [
    ["Tổng biên tập (Giám đốc)", "Phó Tổng biên tập (Phó Giám đốc)", "Trưởng, phó phòng/ban"],
    [
      "Phóng viên (các ban)",
      "Biên tập viên, TKTS",
      "Kỹ thuật viên dựng, đồ họa",
      "Quay phim - phát thanh viên",
    ],
    ["Kế toán", "Văn thư - lưu trữ", "Lái xe, bảo vệ"],
  ],
  subtotal: ["Cộng nhóm", "Cộng theo nhóm"],
  total: ["Tổng cộng toàn đơn vị", "Tổng cộng (I+II+III)", "TONG CONG DON VI"],
  workloadSheet: ["Khoi luong CV", "PL3 khoi luong"],
  workloadTitles: [
    "THỐNG KÊ KHỐI LƯỢNG CÔNG VIỆC LÀM CĂN CỨ XÁC ĐỊNH VỊ TRÍ VIỆC LÀM",
    "Khối lượng công việc các năm (căn cứ đề án)",
  ],
  workloadItem: ["Loại công việc, sản phẩm", "Khối lượng công việc"],
  workloadMeasure: ["ĐVT", "ĐVT sản phẩm"],
  workloadYear: ["Năm {y}", "Thực hiện {y}"],
} as const;

/** The index of evidence for digital-transformation criteria. */
export const B21_EVIDENCE = {
  titles: [
    "BẢNG KÊ MINH CHỨNG CÁC TIÊU CHÍ CHUYỂN ĐỔI SỐ BÁO CHÍ",
    "Danh mục minh chứng tiêu chí chuyển đổi số của cơ quan báo chí",
    "BANG KE MINH CHUNG TIEU CHI CDS",
  ],
  subs: ["(Đơn vị tự kê khai, Sở thẩm định)", "Kèm theo hồ sơ tự đánh giá mức độ chuyển đổi số"],
  columns: {
    stt: ["TT", "Mã TC"],
    criterion: ["Tiêu chí", "Tên tiêu chí", "Tieu chi"],
    last: ["Kết quả năm 2024", "KQ kỳ trước (2024)"],
    score: ["Điểm tự chấm", "Diem tu cham"],
    evidence: ["Văn bản, tài liệu minh chứng", "Minh chứng kèm theo"],
    checked: ["Điểm Sở thẩm định", "Điểm thẩm định"],
    short: ["Tên gọn trong biểu tổng hợp", "Ten viet tat (bieu TH)"],
  },
  extraCriteria: [
    "Có chuyên mục tiếng dân tộc trên nền tảng số",
    "Có bộ phận chuyên trách bảo đảm ATTT",
    "Có quy chế quản lý dữ liệu bạn đọc",
  ],
  evidenceTexts: [
    "QĐ số {n}/QĐ-CQ ngày 12/3/2024",
    "Công văn số {n}/CV-BBT",
    "Biên bản nghiệm thu số {n}/BB-NT",
    "Báo cáo số {n}/BC-CQ ngày 05/9/{y}",
    "Kế hoạch số {n}/KH-CQ, kèm ảnh chụp màn hình",
  ],
  provinceSheet: ["Toan tinh LC", "Vung kho khan"],
  provinceCriteria: ["Chỉ tiêu chung toàn tỉnh", "Số liệu cấp tỉnh"],
  lists: ["DM_TieuChi", "danhmuc"],
  listTexts: ["Danh mục lựa chọn", "Đã có; Chưa có; Không áp dụng"],
} as const;

/** The department's sheet of agencies' e-mailed replies pasted one under another. */
export const B21_EMAIL = {
  titles: [
    "TỔNG HỢP SỐ LIỆU CÁC ĐƠN VỊ GỬI QUA THƯ ĐIỆN TỬ",
    "Số liệu các cơ quan báo chí gửi qua email (dán nguyên văn)",
    "TONG HOP SO LIEU GUI QUA EMAIL",
  ],
  senders: {
    "bao-lai-chau": ["toasoan.baolaichau@laichau.gov.vn", "bbt.blc@gmail.com"],
    "dai-ptth-lai-chau": ["vanphong.ltv@laichau.gov.vn", "daiptth.lc@gmail.com"],
    "tap-chi-van-nghe-lai-chau": ["tapchivannghe.lc@gmail.com", "hoivhnt@laichau.gov.vn"],
  },
  header: ["Từ: {n}", "From: {n}"],
  sent: ["Gửi lúc: {y}", "Ngày gửi: {y}"],
  subject: ["Tiêu đề: V/v gửi số liệu chuyển đổi số báo chí", "Subject: RE: Đề nghị cung cấp số liệu CĐS"],
  intro: ["Nội dung đơn vị gửi:", "Số liệu như sau:", "Kính gửi Sở, đơn vị gửi số liệu:"],
  item: ["Nội dung", "Chỉ tiêu", "Noi dung"],
  answer: ["Trả lời", "Tình trạng", "Tra loi"],
  figure: ["Số liệu đơn vị gửi", "Con so", "Giá trị báo cáo"],
  measure: ["ĐVT", "Đ.vị"],
  yearHead: ["Năm {y}", "{y}"],
  province: [
    "Sở tổng hợp thêm số liệu vùng sâu vùng xa (theo Cục Thống kê)",
    "Chuyên viên bổ sung số liệu toàn tỉnh",
  ],
  comment: [
    "Ý kiến chuyên viên: các đơn vị đã gửi đủ, đề nghị lãnh đạo xem xét",
    "Chuyen vien tong hop: da doi chieu voi bao cao giay",
  ],
  draft: ["Sheet1 (2)", "ban dan cu"],
  draftTexts: ["Bản dán lần 1 (sai số liệu, không dùng)", "Số liệu cũ trước khi đơn vị sửa"],
} as const;

/** The report on changes in the workforce (Nghị định 145/2020, mẫu 01/PLI), agencies as rows. */
export const B21_LABOUR = {
  titles: [
    "BÁO CÁO TÌNH HÌNH THAY ĐỔI VỀ LAO ĐỘNG",
    "Báo cáo tình hình sử dụng, thay đổi lao động",
    "BAO CAO THAY DOI LAO DONG",
  ],
  forms: ["Mẫu số 01/PLI", "Mau 01/PLI (ND 145/2020)"],
  periodLate: ["6 tháng cuối năm {y}", "Kỳ báo cáo: 6 tháng cuối năm {y}"],
  periodEarly: ["6 tháng đầu năm {y}", "Kỳ báo cáo: 6 tháng đầu năm {y}"],
  sheetLate: ["Cuoi nam {y}", "6T cuoi {y}"],
  sheetEarly: ["Dau nam {y}", "6T dau {y}"],
  columns: {
    stt: ["TT", "Số thứ tự"],
    unit: ["Tên cơ quan, đơn vị", "Cơ quan, đơn vị", "Don vi su dung LD"],
    group: ["Biến động lao động trong kỳ", "Tang giam trong ky"],
    start: ["Số lao động đầu kỳ", "LĐ đầu kỳ", "Lao dong dau ky"],
    up: ["Tăng", "Tuyển mới, tăng"],
    down: ["Giảm", "Nghỉ hưu, chuyển, giảm"],
    women: ["Trong đó nữ", "LĐ nữ"],
    remark: ["Ghi chú biến động", "Ghi chu LD"],
  },
  others: ["Xưởng in thuộc Báo (hạch toán riêng)", "Trung tâm dịch vụ truyền thông (thuộc Đài)"],
  total: ["Cộng các đơn vị", "Tổng số các đơn vị", "Cong cac co quan"],
} as const;

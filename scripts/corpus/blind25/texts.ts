/**
 * The blind25 families' fixed texts: titles, captions, column heads, project and task names. Placeholders: {y} a
 * year, {n} a number or name filled in by the family.
 */

export const B25_PROJECTS = {
  files: [
    "Danh muc du an CDS bao chi 2021-2025.xlsx",
    "DM_DuAn_DauTu_BaoChi.xlsx",
    "Theo doi giai ngan CDS.xlsx",
  ],
  sheets: ["DM du an", "Danh muc DA-NV", "Du an 2021-2025"],
  effectSheets: ["Hieu qua dau tu", "Ket qua sau dau tu", "HQ-DA"],
  titles: [
    "Danh mục dự án, nhiệm vụ đầu tư chuyển đổi số các cơ quan báo chí giai đoạn 2021 - 2025",
    "Tình hình triển khai, giải ngân các dự án ứng dụng CNTT, chuyển đổi số khối báo chí tỉnh",
  ],
  subtitles: ["(Đơn vị tính giá trị: triệu đồng)", "(Kèm theo Báo cáo số {n}/BC-STTTT)"],
  heads: {
    no: "TT",
    project: "Tên dự án / nhiệm vụ",
    target: "Chỉ tiêu CĐS liên quan",
    total: "Tổng mức đầu tư được duyệt",
    capital: "Vốn KH giao năm 2025",
    disbursed: "Giải ngân đến 31/12/2025",
    status: "Tình trạng đưa vào khai thác",
    remark: "Ghi chú, kiến nghị",
  },
  projects: {
    digital_platforms: [
      "Hệ thống phân phối nội dung đa nền tảng",
      "Nâng cấp ứng dụng di động và kênh số của đơn vị",
    ],
    ai_data_platform: ["Kho dữ liệu tập trung và công cụ phân tích thông minh", "Nền tảng CDP bạn đọc"],
    converged_newsroom: ["Đầu tư hạ tầng tòa soạn hội tụ", "Phần mềm quản trị tòa soạn (CMS) hội tụ"],
    security_level: ["Lập hồ sơ, thẩm định cấp độ an toàn HTTT", "Giám sát an toàn thông tin (SOC)"],
    autonomous: ["Phương án tự chủ tài chính giai đoạn 2023-2025", "Đề án tự chủ của đơn vị sự nghiệp"],
    licensed: ["Hồ sơ đề nghị cấp lại giấy phép hoạt động", "Thủ tục cấp phép lại tạp chí in"],
  },
  otherProjects: [
    "Nâng cấp phần mềm kế toán, tài sản",
    "Mua sắm thiết bị dựng phim lưu động",
    "Số hóa kho tư liệu ảnh giai đoạn 1",
  ],
  otherStatus: ["Đang lập chủ trương đầu tư", "Đã nghiệm thu, bàn giao", "Đang thi công"],
  effectTitle: "Kết quả hoạt động của các cơ quan báo chí sau đầu tư (số liệu đơn vị báo cáo)",
  effectHeads: { no: "STT", item: "Chỉ tiêu theo dõi", year: "Năm {y}" },
  hidden: ["Tinh toan von", "Nhap lieu"],
  hiddenCaption: "Số liệu nháp - không sử dụng",
} as const;

export const B25_CENSUS = {
  files: ["Phieu 1B-DTKT {n}.xlsx", "PhieuDieuTra_DVSN_{n}.xlsx", "Phieu thu thap thong tin - {n}.xlsx"],
  sheets: ["Phieu", "Phieu 1B", "Phiếu thu thập"],
  title: "Phiếu thu thập thông tin về đơn vị sự nghiệp và tổ chức không vì lợi nhuận",
  subtitle: "(Áp dụng cho đơn vị sự nghiệp công lập - lĩnh vực báo chí, xuất bản)",
  idLines: [
    "Tên đơn vị: {n}",
    "Mã số thuế: 6200{n}",
    "Ngành hoạt động chính: Hoạt động báo chí (VSIC 5813, 6010)",
  ],
  parts: {
    labour: "Phần II. Lao động và thu nhập",
    results: "Phần III. Kết quả hoạt động trong năm",
    digital: "Phần IV. Ứng dụng công nghệ thông tin và chuyển đổi số",
  },
  heads: {
    question: "Câu hỏi / chỉ tiêu",
    code: "Mã số câu",
    start: "Đầu kỳ (01/01/2025)",
    end: "Cuối kỳ (31/12/2025)",
    prior: "Năm trước (2024)",
    report: "Năm điều tra (2025)",
    answer: "Trả lời",
  },
  next: "Dự kiến KH năm 2026",
  prompt: "Câu {n}.",
  footnote: "Điều tra viên ghi mã số vào ô tương ứng; số liệu tài chính ghi theo báo cáo quyết toán.",
  hidden: ["DM ma", "Danh muc ma"],
  hiddenCaption: "Danh mục mã ngành, mã tỉnh (không sửa)",
} as const;

export const B25_COMMENTS = {
  files: ["Tong hop gop y du thao KH CDS 2026-2030.xlsx", "Bang tiep thu giai trinh gop y.xlsx"],
  sheets: ["Tong hop gop y", "Tiep thu - giai trinh"],
  title:
    "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý dự thảo về chuyển đổi số báo chí giai đoạn 2026 - 2030",
  subtitle: "(Ý kiến của các cơ quan báo chí và các sở, ngành gửi Sở Văn hóa, Thể thao và Du lịch)",
  heads: {
    no: "STT",
    who: "Cơ quan góp ý",
    draft: "Nội dung tại dự thảo",
    opinion: "Ý kiến góp ý",
    prior: "Số liệu đơn vị năm 2024",
    current: "Số liệu đơn vị năm 2025",
    answer: "Tiếp thu, giải trình của cơ quan soạn thảo",
  },
  draftPrefix: "Dự thảo mục II.1, ý số {n}: ",
  opinions: [
    "Đề nghị điều chỉnh phù hợp với thực tế của đơn vị",
    "Thống nhất với nội dung dự thảo",
    "Đề nghị giữ nguyên như dự thảo, đơn vị đã cung cấp số liệu",
    "Đề nghị bổ sung lộ trình cụ thể theo từng năm",
  ],
  answers: ["Tiếp thu", "Tiếp thu một phần, sẽ rà soát", "Giải trình: giữ như dự thảo", "Ghi nhận"],
  provinceWho: ["Sở Dân tộc và Tôn giáo", "Ban Dân tộc tỉnh"],
  shortName: 'Đề nghị dùng cách gọi ngắn gọn, thống nhất: "{n}"',
  renamed: 'Tiếp thu, trong biểu tổng hợp ghi là "{n}"',
} as const;

export const B25_GANTT = {
  files: ["Tien do trien khai CDS 2025 - Gantt.xlsx", "Bieu do tien do CDS bao chi.xlsx"],
  sheets: ["Tien do 2025", "Gantt CDS"],
  outputSheets: ["San luong theo thang", "SL thang 2025"],
  title: "Biểu đồ tiến độ triển khai các hạng mục chuyển đổi số báo chí năm 2025",
  subtitle: "(Ô đánh dấu là tháng thực hiện; cột kết quả ghi tình trạng đến 31/12/2025)",
  heads: { no: "TT", task: "Hạng mục công việc", lead: "Bộ phận chủ trì", result: "Kết quả đến 31/12/2025" },
  month: "T{n}",
  leads: ["Ban Điện tử", "Phòng Kỹ thuật - Công nghệ", "Văn phòng", "Ban Thư ký tòa soạn"],
  marks: ["x", "■", "●"],
  outputTitle: "Sản lượng tác phẩm và nguồn thu theo tháng năm 2025",
  outputHeads: { no: "STT", item: "Nội dung", measure: "ĐVT", year: "Cả năm 2025", prior: "Năm 2024" },
} as const;

export const B25_SCORECARD = {
  files: ["The diem can bang BSC 2025.xlsx", "BSC_KPI_BaoChi_2025.xlsx"],
  sheets: ["BSC - {n}", "KPI {n}"],
  title: "Thẻ điểm cân bằng (BSC) - hệ thống chỉ số đo lường hiệu quả năm 2025",
  subtitle: "Đơn vị: {n}",
  heads: {
    perspective: "Khía cạnh",
    code: "Mã KPI",
    kpi: "Chỉ số đo lường (KPI)",
    measure: "ĐVT",
    weight: "Trọng số",
    result: "Thực hiện 2025",
    prior: "Thực hiện 2024",
    score: "Điểm KPI",
    source: "Nguồn minh chứng",
  },
  perspectives: {
    finance: "Tài chính",
    audience: "Khách hàng - Độc giả",
    process: "Quy trình nội bộ",
    growth: "Học hỏi và phát triển",
  },
  total: "Tổng điểm BSC",
  sources: ["Báo cáo quyết toán", "Phần mềm quản lý tòa soạn", "Quyết định phê duyệt", "Sổ theo dõi nhân sự"],
  hidden: ["Trong so", "Cong thuc diem"],
  hiddenCaption: "Bảng trọng số theo khía cạnh (ẩn)",
} as const;

export const B25_REGISTRATION = {
  registerFiles: ["Dang ky chi tieu CDS nam 2025.xlsx", "DK_ChiTieu_2025_cac_co_quan.xlsx"],
  resultFiles: ["Bao cao ket qua thuc hien 2025.xlsx", "KetQua_TH_2025_BaoChi.xlsx"],
  registerSheets: ["Dang ky dau nam", "DK 2025"],
  registerTitle: "Bảng đăng ký chỉ tiêu chuyển đổi số năm 2025 của các cơ quan báo chí (đăng ký đầu năm)",
  registerHead: "Mục tiêu đăng ký năm 2025",
  resultTitle: "Báo cáo kết quả thực hiện các chỉ tiêu đã đăng ký năm 2025",
  heads: {
    no: "STT",
    item: "Nội dung chỉ tiêu",
    measure: "ĐVT",
    year: "Kết quả {y}",
    remark: "Ghi chú/giải thích",
  },
  hidden: ["DK (ban sao)", "Copy dang ky"],
  targetWords: { autonomous: "Phấn đấu tự chủ chi TX", licensed: "Hoàn thành cấp lại GP" },
} as const;

/**
 * The fixed texts of the blind19 families (titles, captions, column headers, section names, the other rows and
 * units a document holds beside the plan's inputs). {y} is a year, {n} a number. Written blind, as ./wordings.ts.
 */

/** The report an agency brings to its yearly meeting of public employees and workers (./conference.ts). */
export const B19_CONFERENCE = {
  fileNames: ["HNVC_{n}_phu luc.xlsx", "Phu luc HN vien chuc {n}.xlsx", "{n} - so lieu hoi nghi VC-NLD.xlsx"],
  sheets: ["Phụ lục số liệu", "PL kem BC hoi nghi", "Số liệu HNVC"],
  titles: [
    "Phụ lục: kết quả thực hiện nhiệm vụ năm {y} và chỉ tiêu phấn đấu năm sau",
    "Biểu số liệu kèm báo cáo tại hội nghị viên chức, người lao động",
  ],
  subtitles: [
    "(Kèm theo Báo cáo kiểm điểm tại Hội nghị viên chức, người lao động năm {n})",
    "(Số liệu trình Hội nghị cán bộ, viên chức, người lao động đầu năm {n})",
  ],
  actual: ["Thực hiện cả năm {y}", "Kết quả đạt được {y}", "Số thực hiện {y}"],
  ratio: ["Tỷ lệ TH/KH (%)", "So với KH (%)"],
  growth: ["So với năm trước (%)", "Tăng/giảm so cùng kỳ (%)"],
  notes: ["Ghi chú, giải trình", "Giải trình chênh lệch"],
  sections: [
    "Công tác chuyên môn, nghiệp vụ",
    "Hoạt động tài chính, thu sự nghiệp",
    "Tổ chức bộ máy, nhân lực",
    "Ứng dụng công nghệ, chuyển đổi số",
    "Cơ chế quản lý, pháp lý",
  ],
  income: ["Thu nhập bình quân của người lao động", "Thu nhap binh quan/nguoi/thang"],
  incomeUnit: "Tr.đ/tháng",
  planWords: ["Duy trì", "Hoàn thành", "Giữ vững", "Nâng cấp"],
  scratch: ["Nhap so lieu", "Tinh toan"],
} as const;

/** The province's socio-economic report annex, with the press among many sectors (./socioeconomic.ts). */
export const B19_SOCIO = {
  fileNames: ["Bieu KTXH nam {y}.xlsx", "Phu luc chi tieu KT-XH {y}.xlsx"],
  sheets: ["Biểu 01 KTXH", "Chi tieu chu yeu", "PL chỉ tiêu KT-XH"],
  titles: [
    "Biểu tổng hợp một số chỉ tiêu kinh tế - xã hội chủ yếu năm {y}",
    "Tình hình thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm {y}",
  ],
  subtitles: [
    "(Kèm theo Báo cáo số {n}/BC-UBND của Ủy ban nhân dân tỉnh Lai Châu)",
    "(Phụ lục kèm theo báo cáo tình hình kinh tế - xã hội trình kỳ họp HĐND tỉnh)",
  ],
  actual: ["Thực hiện {y}", "Số TH năm {y}"],
  estimate: ["Ước thực hiện {y}", "Ước cả năm {y}"],
  compare: "So sánh (%)",
  versusPlan: "Ước TH/KH",
  versusLast: "Với cùng kỳ",
  sections: ["Các chỉ tiêu kinh tế", "Các chỉ tiêu văn hóa - xã hội", "Thông tin, truyền thông và báo chí"],
  economy: [
    "Tốc độ tăng trưởng tổng sản phẩm (GRDP)",
    "Thu ngân sách nhà nước trên địa bàn",
    "Tổng vốn đầu tư phát triển toàn xã hội",
  ],
  society: [
    "Tỷ lệ hộ nghèo theo chuẩn đa chiều",
    "Số xã đạt chuẩn nông thôn mới (lũy kế)",
    "Tỷ lệ thôn, bản có nhà văn hóa",
  ],
  media: [
    "Tỷ lệ dân số được phủ sóng phát thanh, truyền hình",
    "Số thuê bao Internet băng rộng cố định",
    "Doanh thu bưu chính, viễn thông trên địa bàn",
  ],
  total: ["Cộng ba cơ quan báo chí", "Chung các cơ quan báo chí tỉnh"],
  scratch: ["So lieu cac so gui", "Tong hop lan 1"],
} as const;

/** An agency workbook of appendices, one sheet per theme (./themes.ts). */
export const B19_THEMES = {
  fileNames: ["Cac phu luc CDS bao chi {y}.xlsx", "Phu luc kem BC chuyen doi so {y}.xlsx"],
  sheets: {
    content: "PL01-Noi dung",
    economy: "PL02-Kinh te bao chi",
    staff: "PL03-Nhan luc",
    infra: "PL04-Ha tang so",
    remote: "PL05-Vung sau vung xa",
  },
  titles: {
    content: "Phụ lục 01: sản xuất nội dung phục vụ nhiệm vụ chính trị qua các năm",
    economy: "Phụ lục 02: doanh thu của các cơ quan báo chí địa phương",
    staff: "Phụ lục 03: nhân lực và kết quả bồi dưỡng chuyển đổi số",
    infra: "Phụ lục 04: hạ tầng, nền tảng số và cơ chế hoạt động",
    remote: "Phụ lục 05: người dân vùng sâu, vùng xa tiếp cận báo chí của tỉnh",
  },
  agencyHeader: ["Cơ quan báo chí", "Tên cơ quan báo chí địa phương"],
  year: ["Năm {y}", "Nam {y}", "{y}"],
  total: ["Tổng cộng ba cơ quan", "Cộng chung 3 cơ quan"],
  ofWhich: "Trong đó năm {y}",
  share: "Tỷ lệ đã bồi dưỡng (%)",
  figure: "Số liệu {y}",
  rate: "Tỷ lệ tiếp cận (%)",
  area: ["Địa bàn", "Phạm vi số liệu"],
  remark: "Ghi chú thêm",
  scratch: ["DM don vi", "Ma don vi"],
} as const;

/** The editorial office's book of works and royalties, a sheet per year (./royalty.ts). */
export const B19_ROYALTY = {
  fileNames: ["Nhuan but {n}.xlsx", "So tac pham va nhuan but - {n}.xlsx"],
  sheet: ["NB {y}", "Nhuận bút {y}", "TP-NB {y}"],
  titles: [
    "Bảng tổng hợp tác phẩm và chi trả nhuận bút năm {y}",
    "Sổ theo dõi tác phẩm đăng, phát và nhuận bút năm {y}",
  ],
  kept: ["(Ban Thư ký tòa soạn lập)", "(Phòng Hành chính - Trị sự tổng hợp)"],
  kind: ["Thể loại tác phẩm", "Loại tác phẩm"],
  works: ["Tổng số tác phẩm đã đăng, phát", "Số tác phẩm (tất cả)"],
  money: ["Tiền nhuận bút đã chi (đồng)", "Nhuận bút, thù lao (đồng)"],
  total: ["Cộng cả năm", "Tổng cộng năm {y}"],
  authors: ["Số tác giả, cộng tác viên được chi nhuận bút", "So nguoi huong nhuan but trong nam"],
  categories: {
    "bao-lai-chau": ["Tin", "Bài phản ánh, chuyên đề", "Phóng sự, ký sự", "Ảnh báo chí", "Video, podcast"],
    "dai-ptth-lai-chau": [
      "Tin thời sự",
      "Phóng sự truyền hình",
      "Chương trình chuyên mục",
      "Chương trình tiếng dân tộc",
      "Video đăng nền tảng số",
    ],
    "tap-chi-van-nghe-lai-chau": [
      "Truyện ngắn",
      "Thơ",
      "Bút ký, tùy bút",
      "Lý luận, phê bình",
      "Ảnh nghệ thuật",
    ],
  },
  rates: "Khung hệ số nhuận bút theo thể loại",
} as const;

/** The department's register of press bodies working in the province (./registry.ts). */
export const B19_REGISTRY = {
  fileNames: ["Danh sach co quan bao chi tren dia ban {y}.xlsx", "So theo doi co quan bao chi {y}.xlsx"],
  sheets: ["Danh sách CQBC", "DS co quan bao chi", "Theo dõi CQBC"],
  titles: [
    "Danh sách cơ quan báo chí, cơ quan thường trú hoạt động trên địa bàn tỉnh",
    "Sổ theo dõi các cơ quan báo chí và văn phòng đại diện tại Lai Châu",
  ],
  updated: ["Cập nhật đến ngày 30/11/{y}", "Số liệu cập nhật tháng 11/{y}"],
  name: ["Tên cơ quan", "Cơ quan, đơn vị"],
  owner: ["Cơ quan chủ quản", "Chủ quản"],
  licence: ["Giấy phép hoạt động số", "Số giấy phép"],
  sections: [
    "Cơ quan báo chí của tỉnh",
    "Cơ quan thường trú của báo chí Trung ương",
    "Bản tin, trang thông tin điện tử tổng hợp",
  ],
  owners: {
    "bao-lai-chau": "Tỉnh ủy Lai Châu",
    "dai-ptth-lai-chau": "Ủy ban nhân dân tỉnh",
    "tap-chi-van-nghe-lai-chau": "Hội Văn học Nghệ thuật tỉnh",
  },
  resident: [
    ["Cơ quan thường trú Báo Nhân Dân tại Lai Châu", "Báo Nhân Dân"],
    ["Phân xã Thông tấn xã Việt Nam tại Lai Châu", "Thông tấn xã Việt Nam"],
    ["Phóng viên thường trú VOV khu vực Tây Bắc (Lai Châu)", "Đài Tiếng nói Việt Nam"],
    ["Văn phòng đại diện Báo Biên phòng tại Lai Châu", "Bộ Tư lệnh Bộ đội Biên phòng"],
    ["Thường trú Báo Nông thôn Ngày nay tại Lai Châu", "Hội Nông dân Việt Nam"],
  ],
  bulletins: [
    ["Bản tin Thông tin đối ngoại tỉnh", "Sở Ngoại vụ"],
    ["Trang TTĐT tổng hợp Công an tỉnh", "Công an tỉnh"],
    ["Bản tin Sinh hoạt chi bộ", "Ban Tuyên giáo và Dân vận Tỉnh ủy"],
  ],
  history: ["Danh sach 2024 (cu)", "Lich su cap nhat"],
} as const;

/** The department's yearly state-management report on the press, its wide data appendix (./management.ts). */
export const B19_MANAGEMENT = {
  fileNames: ["BC QLNN bao chi {y} - phu luc.xlsx", "Phu luc 2 BC quan ly bao chi {y}.xlsx"],
  sheets: ["Phụ lục 2", "PL2 hoat dong CQBC", "So lieu hoat dong"],
  titles: [
    "Số liệu hoạt động của các cơ quan báo chí địa phương năm {y}",
    "Phụ lục 2: tình hình hoạt động của cơ quan báo chí tỉnh năm {y}",
  ],
  subtitles: [
    "(Kèm theo Báo cáo công tác quản lý nhà nước về báo chí năm {y})",
    "(Số liệu các cơ quan báo chí gửi về Sở, đã tổng hợp)",
  ],
  agency: ["Cơ quan báo chí", "Đơn vị báo cáo số liệu"],
  print: ["Ấn phẩm in", "Báo, tạp chí in"],
  printCols: ["Số kỳ phát hành", "Số bản bình quân/kỳ"],
  broadcast: ["Phát thanh, truyền hình", "Sóng PT-TH"],
  broadcastCols: ["Giờ phát thanh/ngày", "Giờ truyền hình/ngày"],
  articles: ["Sản xuất tin, bài mới NVCT", "Tin, bài phục vụ NV chính trị (mới)"],
  money: ["Doanh thu các năm (triệu đồng)", "Kết quả doanh thu (trđ)"],
  people: ["Nhân lực, đào tạo", "Đội ngũ làm báo"],
  year: ["Năm {y}", "{y}", "Nam {y}"],
  total: ["Tổng cộng (3 đơn vị)", "Cộng toàn tỉnh"],
  reach: [
    "Người dân vùng sâu, vùng xa tiếp cận báo chí của tỉnh",
    "Tiếp cận thông tin báo chí ở vùng sâu, vùng xa, biên giới",
  ],
  rate: "Tỷ lệ (%)",
  reachSheet: ["VSVX tiep can", "Tiep can BC"],
} as const;

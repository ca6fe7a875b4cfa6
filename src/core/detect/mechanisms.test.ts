import { builtInPlan } from "../plan/catalogue";
import { analyzeText } from "./analyze";
import { buildLexicon, significant } from "./lexicon";
import { measureFit, measureKey } from "./measure";
import { partialMatch } from "./partial";
import { labelWords, yearsIn } from "./text";

/** The mechanisms that let detection read wordings and layouts it was not tuned on (ADR 0007, "Generalising"). */
const plan = builtInPlan("lai-chau-3414");
const lex = buildLexicon(plan);
const analyze = (text: string) => analyzeText(lex, text);

describe("years: a document's number is not the year of a figure", () => {
  test.each([
    ["nam 2025", [2025]],
    ["ky bao cao: nam 2024", [2024]],
    ["so lieu den ngay 25/11/2025", [2025]],
    ["2020-2025", [2020, 2025]],
    ["theo nghi dinh 60/2021/nd-cp", []],
    ["quyet dinh so 1234/2019/qd-ubnd nam 2024", [2024]],
    ["thong tu 12/2022", []],
    // A year said twice (a bilingual header) is one year.
    ["thuc hien 2024 / actual 2024", [2024]],
  ])("%s → %j", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});

describe("units of measure: spellings of one unit compare equal", () => {
  test.each([
    ["Tin/bài", "tin bai"],
    ["Tin, bài", "tin bai"],
    ["Tr.đồng", "trieu dong"],
    ["Triệu đồng", "trieu dong"],
    // (rule 183: "triệu" with the "đồng" cut to its letter)
    ["Triệu đ", "trieu dong"],
    ["Có/Không", "co khong"],
    ["nếu có", "co khong"],
    ["Cấp", "cap do"],
    ["Lượt người", "luot nguoi"],
    ["Số lượng tin, bài mới đăng tải trên cổng", null],
  ])("%s → %s", (text, key) => {
    expect(measureKey(text, lex.expandTokens)).toBe(key);
  });

  test.each([
    [["nguoi"], "nguoi", "agrees"],
    [["luot nguoi"], "nguoi", "disagrees"],
    [[], "nguoi", "unknown"],
    [["trieu dong", "tin bai"], "tin bai", "agrees"],
    // A spelling no input or known unit uses says nothing either way.
    [["ng tb"], "nguoi", "unknown"],
  ] as const)("stated %j for an input in %s: %s", (stated, input, fit) => {
    expect(measureFit(stated, input, lex.knownMeasures)).toBe(fit);
  });

  test("'Đ/C' (đạt/chưa) is a yes/no column's unit", () => {
    expect(measureKey("Đ/C", lex.expandTokens)).toBe("co khong");
  });

  test("a label states its unit in brackets; a ĐVT header is recognised", () => {
    expect(analyze("Tổng doanh thu (Tr.đồng)").measures).toEqual(["trieu dong"]);
    expect(analyze("Đơn vị tính").measureHeader).toBe(true);
    expect(analyze("ĐVT").measureHeader).toBe(true);
  });
});

describe("weak matches: most content words of one input's phrase, in another order", () => {
  const words = (text: string) => significant(lex, labelWords(text).all);
  test.each([
    ["Số tác phẩm báo chí tuyên truyền chính trị (tin, bài)", "political_articles"],
    ["Mức hệ thống thông tin được phê duyệt (cấp 1-5)", "security_level"],
    ["Sản xuất theo mô hình hội tụ", "converged_newsroom"],
  ])("%s → %s, weak, below a strong match", (text, input) => {
    const m = partialMatch(lex, words(text), () => false);
    expect(m?.input).toBe(input);
    expect(m?.weak).toBe(true);
    expect(m?.score).toBeLessThan(0.8);
  });

  test.each([
    // Too few of any phrase's words.
    "Số tin, bài đã đăng",
    "Hệ thống máy chủ",
  ])("%s → no match", (text) => {
    expect(partialMatch(lex, words(text), () => false)).toBeNull();
  });

  test("an excluded input is not matched", () => {
    expect(
      partialMatch(lex, words("Sản xuất theo mô hình hội tụ"), (id) => id === "converged_newsroom"),
    ).toBeNull();
  });

  test.each([
    // A remainder is a part of a figure, never the figure.
    "Lãnh đạo, cán bộ, viên chức khác",
    "Phóng viên, biên tập viên còn lại",
    // An exclusion still rules the input out.
    "Tỷ lệ tin bài tuyên truyền chính trị",
  ])("through analyzeText: %s → no match", (text) => {
    expect(analyze(text).inputs).toEqual([]);
  });
});

describe("exclusions: a part named in a label that says it is the total", () => {
  test.each([
    ["Tổng thu sự nghiệp, dịch vụ", "revenue"],
    ["Thu sự nghiệp, quảng cáo (tổng cộng)", "revenue"],
    // Not waived: no total word, "of which", a role word, or another input's words.
    ["Doanh thu dịch vụ", null],
    ["Trong đó: tổng thu, dịch vụ", null],
    ["Tổng doanh thu, kế hoạch", null],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });
});

describe("units named in a shortened form", () => {
  test.each([
    ["BBT Văn nghệ Lai Châu", "tap-chi-van-nghe-lai-chau"],
    ["Đơn vị báo cáo: BBT Văn nghệ Lai Châu", "tap-chi-van-nghe-lai-chau"],
    ["Báo Lai Châu", "bao-lai-chau"],
    // One distinctive word is not enough; nor are many other words.
    ["Lai Châu", null],
    ["Hội nghị tổng kết công tác văn nghệ quần chúng", null],
    // Declaring, announcing, forecasting: no newspaper (rule 250).
    ["Kỳ khai báo", null],
    ["Thông báo", null],
    ["Dự báo", null],
  ])("%s → %s", (text, unit) => {
    expect(analyze(text).unit?.id ?? null).toBe(unit);
  });
});

describe("words, not syllables: a weak or word-share match needs two syllables of one word together", () => {
  test.each([
    // "sự" of "nhân sự" and "nghiệp" of "nghiệp vụ" are not "thu sự nghiệp".
    ["Nhân sự phụ trách nghiệp vụ", null],
    // "bản" of "biên bản"/"xuất bản" and "tập" of "biên tập" are not the magazine's licence.
    ["Ban Biên tập Báo Lai Châu", null],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });

  test("a unit's masthead is its name, not an input", () => {
    expect(analyze("BAN BIÊN TẬP BÁO LAI CHÂU").unit?.id).toBe("bao-lai-chau");
  });
});

describe("abbreviations in two words and exclusions in either order", () => {
  test.each([
    ["Đài PT và TH tỉnh Lai Châu", "dai-ptth-lai-chau"],
    ["Đài PT & TH", "dai-ptth-lai-chau"],
  ])("%s → %s", (text, unit) => {
    expect(analyze(text).unit?.id).toBe(unit);
  });

  test("a lone TH is still 'thực hiện'", () => {
    expect(analyze("TH").role).toBe("actual");
  });

  test("'được xem, nghe' holds the exclusion 'nghe xem' of the remote population", () => {
    expect(analyze("Người dân vùng sâu, vùng xa được xem, nghe, đọc báo chí").inputs[0]?.input).not.toBe(
      "remote_population_total",
    );
  });
});

describe("qualifiers: the kind of training keeps a label the input's despite an exclusion", () => {
  test.each([
    ["Nhân sự được tập huấn nghiệp vụ báo chí trên môi trường số", "staff_trained"],
    ["Số người được bồi dưỡng nghiệp vụ về CĐS", "staff_trained"],
    // No qualifier: other training. A qualifier never undoes a negation or another measure.
    ["Số người được tập huấn nghiệp vụ báo chí", null],
    ["Số người chưa được tập huấn kỹ năng số", null],
    ["Số lượt người được tập huấn kỹ năng số", null],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });
});

describe("labels that are not the actual figure", () => {
  test.each([
    // The previous period, a plan figure, a proposal.
    "Tin, bài tuyên truyền nhiệm vụ chính trị năm trước (cùng kỳ)",
    "Tổng thu cùng kỳ năm trước",
  ])("%s is a derived label", (text) => {
    expect(analyze(text).derivedLabel).toBe(true);
  });

  test("a label saying 'dự toán' has the plan role", () => {
    expect(analyze("Dự toán thu sự nghiệp được giao").role).toBe("plan");
  });

  test.each([
    ["Đề án xây dựng tòa soạn hội tụ đã được phê duyệt", "converged_newsroom"],
    ["Phương án tự chủ giai đoạn 2026-2030 đã trình cấp có thẩm quyền", "autonomous"],
  ])("a proposal is not the status: %s is not %s", (text, input) => {
    expect(analyze(text).inputs.map((m) => m.input)).not.toContain(input);
  });
});

describe("lines, roles and parts read as Vietnamese reports write them", () => {
  test.each(["(Đơn vị tính: người)", "ĐVT: Người"])(
    "%s states the unit of measure of what follows: not a notes header, not a reporting-unit line",
    (text) => {
      const info = analyze(text);
      expect([info.role, info.reportingUnitLine, info.measures]).toEqual([null, false, ["nguoi"]]);
    },
  );

  test("a bare 'Đơn vị tính' still heads a notes column", () => {
    expect(analyze("Đơn vị tính").role).toBe("notes");
  });

  test.each([
    // A part joined to another part that is not excluded: the label is the whole.
    ["Doanh thu sự nghiệp & dịch vụ của cơ quan báo chí", "revenue"],
    // Two excluded parts joined: still a part.
    ["Doanh thu quảng cáo và dịch vụ", null],
    // Abbreviations joined by hyphens.
    ["Tổng CB-PV-BTV", "staff_total"],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });

  test("a target line is a plan figure even with a 'TT' (thông tin) in it", () => {
    expect(analyze("- Phấn đấu năm 2026, tin bài về nhiệm vụ chính trị, TT thiết yếu").role).toBe("plan");
  });

  test.each([
    ["Quý I", "derived"],
    ["6 tháng đầu năm", "derived"],
    ["Quỹ phát triển sự nghiệp", null],
    ["Tháng 3 năm 2025", "derived"],
    ["Lũy kế đến tháng 11", "actual"],
  ])("%s: a part of the year is not the year's figure → %s", (text, role) => {
    expect(analyze(text).role).toBe(role);
  });

  test("a unit named in short words keeps its name outside brackets", () => {
    expect(analyze("Cơ quan báo cáo: TC Văn nghệ tỉnh Lai Châu (bản in)").unit?.id).toBe(
      "tap-chi-van-nghe-lai-chau",
    );
  });
});

describe("the plan's words", () => {
  test("no synonym collapses to one common word once small words are dropped ('quân số' would be 'quan', as in 'cơ quan')", () => {
    const collapsed = lex.inputs.flatMap((i) =>
      i.phrases
        .filter((p) => p.tokens.length === 1 && p.text.trim().split(/\s+/).length > 1)
        .map((p) => p.text),
    );
    expect(collapsed).toEqual([]);
  });
});

describe("synonyms matched whole", () => {
  test("a synonym that small words would reduce to one word is matched word for word ('quân số', not 'cơ quan')", () => {
    expect(lex.inputs.find((i) => i.id === "staff_total")?.wholePhrases.map((w) => w.text)).toContain(
      "quân số",
    );
    expect(analyze("Quân số hiện có (người)").inputs[0]?.input).toBe("staff_total");
    expect(analyze("Số cơ quan báo chí hiện có").inputs).toEqual([]);
  });
});

describe("names written short by fusing initials with the last word", () => {
  test.each([
    ["BÁO LCHÂU", "bao-lai-chau"],
    ["TCVNghệ Lai Châu", "tap-chi-van-nghe-lai-chau"],
    ["Tạp chí VNghệ LChâu", "tap-chi-van-nghe-lai-chau"],
    ["TC VănNghệ L.Châu", "tap-chi-van-nghe-lai-chau"],
    ["Báo L.Châu", "bao-lai-chau"],
  ])("%s → %s", (text, unit) => {
    expect(analyze(text).unit?.id).toBe(unit);
  });

  test("no fused form stands for a word of the plan's own phrases", () => {
    // "LChâu" is built from a unit's name; a plan word such as "thông tin" is never rewritten.
    expect(lex.expandTokens(["lchau"])).toEqual(["lai", "chau"]);
    expect(lex.expandTokens(["thong", "tin"])).toEqual(["thong", "tin"]);
  });
});

describe("units named by their head word or their English name", () => {
  test.each([
    ["Đài LCTV", "dai-ptth-lai-chau"],
    ["Báo in và điện tử Lai Châu", "bao-lai-chau"],
    ["Tòa soạn Báo - cơ quan ngôn luận Đảng bộ LC", "bao-lai-chau"],
    ["Lai Chau Party Newspaper (LCN)", "bao-lai-chau"],
    ["Lai Chau Radio & TV Station (LRTV)", "dai-ptth-lai-chau"],
    ["Lai Chau Journal of Literature & Arts", "tap-chi-van-nghe-lai-chau"],
    ["Lai Chau province", "tinh-lai-chau"],
    ["Tạp chí", "tap-chi-van-nghe-lai-chau"],
  ])("%s → %s", (text, unit) => {
    expect(analyze(text).unit?.id).toBe(unit);
  });

  // A Vietnamese head word names the unit only before another word of its names or an acronym.
  test.each([
    "Báo cáo tháng",
    "BÁO CÁO KẾT QUẢ",
    "Báo chí",
    "Đài truyền thanh huyện Tam Đường",
    "Báo Nhân Dân",
  ])("%s names no unit", (text) => {
    expect(analyze(text).unit).toBeNull();
  });
});

describe("a total that lists its parts is the whole", () => {
  test.each([
    ["Tổng nguồn thu từ hoạt động dịch vụ, quảng cáo, liên kết", "revenue"],
    ["Tổng thu từ dịch vụ", null],
    ["Tổng thu quảng cáo", null],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });
});

describe("two words written as one with a hyphen", () => {
  test("'Tin-bài chính trị' is 'tin bài chính trị'", () => {
    expect(analyze("Tin-bài chính trị").inputs[0]?.input).toBe("political_articles");
  });
});

describe("common official phrasings of the plan's inputs (plan data)", () => {
  test.each([
    ["Thu từ hoạt động báo chí và dịch vụ (tổng cộng)", "revenue"],
    ["Xuất bản, phát sóng trên môi trường số (website, app, MXH)", "digital_platforms"],
    ["Số người hiện đang công tác tại tòa soạn, đài", "staff_total"],
    ["Thu từ hoạt động quảng cáo", null],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });
});

describe("tones tell a unit's word from its namesake, and word order variants", () => {
  test("'Tự đảm bảo KP' names no unit ('bảo' is not 'báo', 'tự' not the 'tử' of 'điện tử'); it is autonomy", () => {
    const info = analyze("Tự đảm bảo KP");
    expect(info.unit).toBeNull();
    expect(info.inputs[0]?.input).toBe("autonomous");
  });
  test("a name typed without tones still names the unit", () => {
    expect(analyze("BAO IN VA DIEN TU LAI CHAU").unit?.id).toBe("bao-lai-chau");
  });
  test("'đảm bảo' reads as 'bảo đảm'", () => {
    expect(analyze("Tự đảm bảo chi thường xuyên").inputs[0]?.input).toBe("autonomous");
  });
});

describe("a title naming its unit after a dash", () => {
  test.each([
    ["BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2025 - TẠP CHÍ VĂN NGHỆ LC", "tap-chi-van-nghe-lai-chau"],
    ["BÁO CÁO SỐ LIỆU NĂM 2025 - LAI CHAU JOURNAL OF LITERATURE & ARTS", "tap-chi-van-nghe-lai-chau"],
    ["BÁO CÁO SỐ LIỆU NĂM 2025 - PHỤ LỤC", null],
  ])("%s → %s", (text, unit) => {
    expect(analyze(text).unit?.id ?? null).toBe(unit);
  });
  test("'Newsroom hội tụ' is the converged newsroom; 'Tổng thu SN' is revenue (SN: sự nghiệp)", () => {
    expect(analyze("Newsroom hội tụ").inputs[0]?.input).toBe("converged_newsroom");
    expect(analyze("Tổng thu SN (tr.đ)").inputs[0]?.input).toBe("revenue");
  });
});

describe("so many months of the year are a part of it", () => {
  test.each([
    ["Ước 10 tháng 2025", "derived"],
    ["11 tháng đầu năm 2025", "derived"],
    ["Ước cả năm 2025", "actual"],
  ])("%s → %s", (text, role) => {
    expect(analyze(text).role).toBe(role);
  });
});

describe("parts joined by '+' or '&', abbreviated or not", () => {
  test.each([
    ["Thu SN+DV (triệu)", "revenue"],
    ["Doanh thu sự nghiệp & dịch vụ", "revenue"],
    ["Doanh thu QC + DV", null],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });
});

describe("a year's figure given for comparison", () => {
  test("'+ Năm 2022 (năm gốc)' names only a year: the base year's figure is that year's", () => {
    expect(analyze("+ Năm 2022 (năm gốc)")).toMatchObject({ role: null, yearOnly: true, years: [2022] });
  });
  test("'Năm 2024 (để so sánh)' names only a year; 'So sánh năm 2024' is a comparison", () => {
    expect(analyze("Năm 2024 (để so sánh)")).toMatchObject({ role: null, yearOnly: true, years: [2024] });
    expect(analyze("So sánh năm 2024").role).toBe("derived");
    expect(analyze("Năm 2024 (so với KH)").role).toBe("derived");
  });
});

describe("a column of another period than the report's", () => {
  // A base period is not the report's; the previous one is the year before it, the current one the report's own
  // (scanSheet gives each its year).
  test.each([
    ["Kỳ trước", null, "previous"],
    ["Cùng kỳ năm trước", null, "previous"],
    ["So với cùng kỳ năm trước", "derived", null],
    ["Năm gốc", "derived", "base"],
    ["Số liệu năm gốc", "derived", "base"],
    ["Previous period", null, "previous"],
    ["Kỳ này", null, "current"],
    ["Năm nay", null, "current"],
    ["Năm trước (2024)", null, null],
  ])("%s → role %s, period %s", (text, role, period) => {
    expect([analyze(text).role, analyze(text).period]).toEqual([role, period]);
  });
  test("'Năm gốc' heads a column of years", () => {
    expect(analyze("Năm gốc").yearColumn).toBe(true);
  });
});

describe("an excluded part set aside, or listed with the input's own words, leaves the whole", () => {
  test.each([
    // "ngoài" (outside), "theo" (by way of): the excluded words say what the figure is not, or how it came about.
    ["Nguồn thu hợp pháp ngoài ngân sách của đơn vị", "revenue"],
    ["Thực hiện tự chủ chi thường xuyên theo phương án được duyệt", "autonomous"],
    // The input's own words, then a part after a comma: both together.
    ["Thu sự nghiệp, dịch vụ của cơ quan báo chí", "revenue"],
    // Three parts or more listed: all of them.
    ["Doanh thu quảng cáo, liên kết, đặt hàng và dịch vụ khác", "revenue"],
    // …but parts alone, one or two, stay parts; a part before the comma stays a part.
    ["Thu quảng cáo, dịch vụ", null],
    ["Thu từ quảng cáo, tài trợ", null],
    ["Doanh thu quảng cáo", null],
    ["Cộng tác viên, hợp đồng thời vụ", null],
    ["Ngân sách nhà nước cấp", null],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });
});

describe("'được giao' after 'nhiệm vụ' or before 'quyền' is no target", () => {
  test.each([
    ["Tin, bài, phóng sự mới thực hiện nhiệm vụ chính trị được giao", null],
    ["Đã được giao quyền tự chủ tài chính", null],
    ["Số tin bài nhiệm vụ chính trị (chỉ tiêu được giao)", "plan"],
    ["Chỉ tiêu được giao", "plan"],
  ])("%s → role %s", (text, role) => {
    expect(analyze(text).role).toBe(role);
  });
});

describe("ledgers, forms and explanations", () => {
  test.each([
    ["Quý I/2020", "derived"],
    ["Q3-2024", "derived"],
    ["T01/2021", "derived"],
    ["Tháng 6/2022", "derived"],
    ["Năm 2022", null],
  ])("a quarter or a month of a year: %s → %s", (text, role) => {
    expect(analyze(text).role).toBe(role);
  });
  test.each([
    ["Cộng năm 2020", true],
    ["Tổng cộng năm 2021", true],
    ["Cả năm 2022", true],
    ["Năm 2022", false],
    ["Cộng dồn đến 2022", false],
    ["Tổng doanh thu năm 2022", false],
  ])("a line closing a year: %s → %s", (text, closing) => {
    expect(analyze(text).yearTotal).toBe(closing);
  });
  test("a response's timestamp names no year; a date in a sentence still does", () => {
    expect(analyze("16/11/2025 22:19:54").years).toEqual([]);
    expect(analyze("Số liệu đến ngày 16/11/2025").years).toEqual([2025]);
  });
  test.each(["Diễn giải nguồn thu", "Ghi chú về nhân sự đào tạo", "Thuyết minh doanh thu"])(
    "a column of explanations names no input: %s",
    (text) => {
      expect(analyze(text).inputs).toEqual([]);
    },
  );
  test("parts of a breakdown ('Chia theo loại hình') are no figure of the year", () => {
    expect(analyze("Chia theo loại hình").role).toBe("derived");
    expect(analyze("Phân theo nguồn thu").role).toBe("derived");
  });
});

describe("what every agency is does not say which one", () => {
  test.each([
    ["Cơ quan", null],
    ["Đơn vị", null],
    ["Cơ quan ngôn luận của Đảng bộ tỉnh LC", "bao-lai-chau"],
  ])("%s → %s", (text, unit) => {
    expect(analyze(text).unit?.id ?? null).toBe(unit);
  });
});

describe("staff, as agencies also write it (plan data)", () => {
  test.each([
    ["Lực lượng làm báo toàn cơ quan", "staff_total"],
    ["Nhân sự hiện có của cơ quan tại thời điểm báo cáo", "staff_total"],
    ["Số người đã học chuyển đổi số trong báo chí", "staff_trained"],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input).toBe(input);
  });
  // A count of staff that speaks of digital skills is of the trained ones, never the total; "Nhân sự" alone (a unit
  // of measure under ĐVT) names nothing.
  test.each(["Nhân sự đã được trang bị kiến thức chuyển đổi số", "Nhân sự"])(
    "%s is not the total",
    (text) => {
      expect(analyze(text).inputs.map((m) => m.input)).not.toContain("staff_total");
    },
  );
});

describe("terse headers of a summary table", () => {
  test.each([
    // A hyphen between two abbreviations joins two parts, as "+" does.
    ["SỔ THEO DÕI: THU SN-DV (TRĐ)", "revenue"],
    ["Thu QC-DV", null],
    // Plan data: KN (kỹ năng), DL (dữ liệu), "newsroom", "tự lo chi thường xuyên".
    ["Đã tập huấn KN số", "staff_trained"],
    ["Kho DL tập trung", "ai_data_platform"],
    ["Newsroom HT", "converged_newsroom"],
    ["Tự lo chi thường xuyên", "autonomous"],
    // MXH, ĐPT, ATHT; "kênh số"; a newsroom that also publishes on MXH is the newsroom.
    ["Đăng phát qua app, MXH", "digital_platforms"],
    ["Kênh số", "digital_platforms"],
    ["Tòa soạn ĐPT", "converged_newsroom"],
    ["Cấp độ ATHT đã duyệt", "security_level"],
    ["Vận hành newsroom hội tụ chung cho in, điện tử, MXH", "converged_newsroom"],
    ["SỔ THEO DÕI: TB CHÍNH TRỊ MỚI", "political_articles"],
    // CT after articles is chính trị; elsewhere ("Mã CT", "Tác phẩm CTV") it is not.
    ["SL tin, bài CT", "political_articles"],
    ["SỔ THEO DÕI: SL TÁC PHẨM CT", "political_articles"],
    ["Tác phẩm CTV", null],
    // "chánh trị": the southern spelling of "chính trị".
    ["Bảng 1. Số tin, bày phục vụ nhiệm vụ chánh trị đã đăng phát (tin-bài)", "political_articles"],
    ["Mã CT", null],
    ["Số nhân khẩu vùng đặc biệt khó khăn, vùng biên", "remote_population_total"],
    ["Dân vùng đặc biệt khó khăn được tiếp cận báo chí", "remote_population_reached"],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input ?? null).toBe(input);
  });
  test("'TCVN Lai Châu' is the magazine; 'TCVN' alone (a standard's number) names nothing", () => {
    expect(analyze("TCVN Lai Châu (ấn phẩm in)").unit?.id).toBe("tap-chi-van-nghe-lai-chau");
    expect(analyze("Tiêu chuẩn TCVN 5574").unit).toBeNull();
  });
  test("'NT' is not expanded: in 'Hội VH-NT' it is nghệ thuật", () => {
    expect(analyze("TẠP CHÍ THUỘC HỘI VH-NT LAI CHÂU").unit?.id).toBe("tap-chi-van-nghe-lai-chau");
  });
});

describe("a column of points is no figure", () => {
  test.each([
    ["Điểm tối đa", "derived"],
    ["Điểm tự chấm", "derived"],
    ["Điểm 2024", "derived"],
    ["Hội đồng chấm điểm", "derived"],
    ["Số liệu tại thời điểm báo cáo", "actual"],
    ["Địa điểm", null],
  ])("%s → %s", (text, role) => {
    expect(analyze(text).role).toBe(role);
  });
});

describe("periods named by where they stand to the report year", () => {
  test.each([
    ["Năm kề trước", "previous", 1],
    ["Năm liền trước", "previous", 1],
    ["Hai năm trước", "previous", 2],
    ["Năm trước nữa", "previous", 2],
    ["Năm báo cáo", "current", 0],
    ["Năm nay", "current", 0],
  ])("%s: %s, %i year(s) back", (text, period, back) => {
    const info = analyze(text);
    expect([info.period, info.periodBack, info.role]).toEqual([period, back, null]);
  });

  test.each(["Sáu tháng năm nay", "Chín tháng năm 2025", "6 tháng đầu năm"])(
    "%s is a part of the year, never its figure",
    (text) => {
      expect(analyze(text).role).toBe("derived");
    },
  );
});

describe("wordings learned from blind7 and blind8 (plan data)", () => {
  test.each([
    ["Đội ngũ hiện có của cơ quan (người)", "staff_total"],
    ["Lao động có mặt cuối kỳ", "staff_total"],
    ["Có mặt trên NT số", "digital_platforms"],
    ["Sản xuất hội tụ đa nền tảng", "converged_newsroom"],
    ["Đơn vị tự lo toàn bộ CTX", "autonomous"],
    ["Thực thu báo chí 2025", "revenue"],
    ["Đã dự lớp CĐS báo chí", "staff_trained"],
    ["GP tạp chí in (cấp lại)", "licensed"],
    ["Dân số vùng sâu, vùng xa được phủ thông tin báo chí của tỉnh", "remote_population_reached"],
    // Attendances counted once per person ("không trùng") are people.
    ["Số lượt người đã hoàn thành bồi dưỡng kỹ năng số (không trùng)", "staff_trained"],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input).toBe(input);
  });
});

test("attendances are not people unless counted once per person", () => {
  expect(analyze("Số lượt người được bồi dưỡng kỹ năng số").inputs).toEqual([]);
});

describe("a unit of measure written after the label", () => {
  test.each([
    ["Tổng doanh thu - ĐV: triệu đồng", "revenue", "trieu dong"],
    ["Tổng số lao động, ĐVT: người", "staff_total", "nguoi"],
  ])("%s → %s, stated in %s", (text, input, measure) => {
    const info = analyze(text);
    expect([info.inputs[0]?.input, info.measures]).toEqual([input, [measure]]);
  });

  test("a reporting-unit line is not one", () => {
    expect(analyze("Đơn vị: Báo Lai Châu").unit?.id).toBe("bao-lai-chau");
  });
});

describe("abbreviations of the plan data", () => {
  test.each([
    ["Cấp độ ATHTTT", "security_level"],
    ["TSHT (hội tụ)", "converged_newsroom"],
    ["Xin cấp lại GPXB tạp chí in", "licensed"],
    ["DThu cả năm", "revenue"],
    ["Hiện diện trên MT số", "digital_platforms"],
    ["Tin, bài, phóng sự mới đăng/phát tuyên truyền NV chính trị", "political_articles"],
    ["Mức bảo vệ HTTT", "security_level"],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input).toBe(input);
  });
});

describe("an exclusion that small words would reduce to one word is matched whole (rule 64)", () => {
  test("'gắn với báo chí' holds 'với' but not 'so với năm': the label is revenue", () => {
    expect(
      analyze("Câu 2. Doanh thu hoạt động báo chí và dịch vụ gắn với báo chí (trđ)").inputs[0]?.input,
    ).toBe("revenue");
  });
  test("'so với năm' and 'tài trợ' still set a label aside", () => {
    expect(analyze("Doanh thu năm 2025 so với năm 2024").inputs).toEqual([]);
    expect(analyze("Tổng doanh thu tài trợ").inputs).toEqual([]);
  });
});

describe("a month or a quarter estimated is still a part of the year (rule 65)", () => {
  test.each(["Tháng 11 (ước)", "Quý IV/2025 (ước)", "T11/2025 (ước tính)"])("%s", (text) => {
    expect(analyze(text).role).toBe("derived");
  });
});

describe("a ledger's bare months and quarters, a law's year (rules 69, 70)", () => {
  test.each(["T1", "T12", "T01", "Q4", "T11 (ước)"])("%s is a part of the year", (text) => {
    expect(analyze(text).role).toBe("derived");
  });
  test("'Luật Báo chí 2016' names no year of a figure", () => {
    expect(yearsIn("tap chi da co giay phep hoat dong moi theo luat bao chi 2016")).toEqual([]);
    expect(yearsIn("so lieu nam 2016")).toEqual([2016]);
  });
  test("'TC VN Lai Châu' is the magazine", () => {
    expect(analyze("TC VN Lai Châu (Hội VHNT)").unit?.id).toBe("tap-chi-van-nghe-lai-chau");
  });
});

describe("a phrase opening the label covers at least half of it; numbering is no word of it (rule 73)", () => {
  test("'Doanh thu …' with many words after it still scores as a label", () => {
    const score =
      analyze("Doanh thu hoạt động báo chí và dịch vụ gắn với báo chí năm 2021").inputs[0]?.score ?? 0;
    expect(score).toBeGreaterThanOrEqual(0.75);
  });
  test("'Câu 2.' before the label changes nothing", () => {
    const bare = analyze("Số người làm việc hiện có tại thời điểm báo cáo").inputs[0]?.score;
    expect(analyze("Câu 2. Số người làm việc hiện có tại thời điểm báo cáo").inputs[0]?.score).toBe(bare);
  });
});

describe("the plan's words learned from blind9 and blind10 (rule 74)", () => {
  test.each([
    ["NL đã ĐT-BD CĐS", "staff_trained"],
    ["Người được BD số", "staff_trained"],
    ["Học viên lớp CĐS", "staff_trained"],
    ["Nguoi LV hien co", "staff_total"],
    ["Cấp độ HT đã duyệt", "security_level"],
    ["MH hoi tu DNT", "converged_newsroom"],
    ["Hiện diện trên nền tảng số (cổng TTĐT, ứng dụng, mạng xã hội)", "digital_platforms"],
    // (from blind3's errors)
    ["Tình trạng giấy phép của Tạp chí", "licensed"],
    ["Số người qua đào tạo số", "staff_trained"],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input).toBe(input);
  });
  test("collaborators are not staff; 'VH-NT' is still văn hóa - nghệ thuật", () => {
    expect(analyze("Số cộng tác viên").inputs).toEqual([]);
    expect(analyze("TẠP CHÍ THUỘC HỘI VH-NT LAI CHÂU").unit?.id).toBe("tap-chi-van-nghe-lai-chau");
  });
});

describe("a document's signing date after its number names no year of a figure (rule 76)", () => {
  test("'Hướng dẫn số 12/HD-HĐTĐKT ngày 05/11/2025' holds no year; a date of the figures still does", () => {
    expect(yearsIn("(kem theo huong dan so 12/hd-hdtdkt ngay 05/11/2025)")).toEqual([]);
    expect(yearsIn("so lieu den ngay 25/11/2025")).toEqual([2025]);
  });
});

describe("joined parts under 'Tổng', and 'CT' a word or two after 'TP' (rules 77, 78)", () => {
  test.each([
    ["Tổng thu SN-DV", "revenue"],
    ["Tổng thu SN+DV", "revenue"],
    ["SL TP tuyên truyền CT", "political_articles"],
  ])("%s → %s", (text, input) => {
    expect(analyze(text).inputs[0]?.input).toBe(input);
  });
  test("a service revenue alone is still a part", () => {
    expect(analyze("Tổng doanh thu dịch vụ").inputs).toEqual([]);
  });
});

describe("a bracket that says which articles completes the label (rule 79)", () => {
  test("'SL tin bài mới (phục vụ NVCT địa phương)' names political articles surely", () => {
    const m = analyze("SỔ THEO DÕI SL TIN BÀI MỚI (PHỤC VỤ NVCT ĐỊA PHƯƠNG) - NĂM 2025").inputs[0];
    expect([m?.input, m?.weak]).toEqual(["political_articles", undefined]);
  });
  test("a bracket that adds a part ('kể cả …') or a bracket alone ('(newsroom)') does not", () => {
    expect(analyze("Tin, bài mới (kể cả tin bài phục vụ NVCT)").inputs[0]?.weak).toBe(true);
    const alone = analyze("Trung tâm sản xuất nội dung tích hợp (newsroom) (nếu có)").inputs[0];
    expect(alone === undefined || alone.weak === true).toBe(true);
  });
});

test("'Câu hỏi 2:' is numbering too (rule 73)", () => {
  const bare = analyze("Số người làm việc hiện có tại thời điểm báo cáo").inputs[0]?.score;
  expect(analyze("Câu hỏi 2: Số người làm việc hiện có tại thời điểm báo cáo").inputs[0]?.score).toBe(bare);
});

test("a unit's shortened name before a label's colon names the row's unit (rule 82)", () => {
  const info = analyze("Đài Truyền hình - Phát thanh Lai Châu (tên cũ): Thu SN cả năm");
  expect([info.unit?.id, info.inputs[0]?.input]).toEqual(["dai-ptth-lai-chau", "revenue"]);
  expect(analyze("Ghi chú: doanh thu").unit).toBeNull();
});

describe("a level approved beside the level proposed (rule 92)", () => {
  test("'Cấp độ được phê duyệt' names the level surely and stands; 'Cấp độ đề xuất' is replaced", () => {
    expect(analyze("Cấp độ được phê duyệt").inputs[0]).toMatchObject({ input: "security_level" });
    expect(analyze("Cấp độ được phê duyệt").inputs[0]?.byWords).toBeFalsy();
    expect(analyze("Cấp độ được phê duyệt").standing).toBe("final");
    expect(analyze("Cấp độ đề xuất").standing).toBe("superseded");
    expect(analyze("Cấp độ theo hồ sơ đề xuất").standing).toBe("superseded");
  });
});

describe("departments name no agency, nor an input by a word or two (rule 89)", () => {
  test("'Phòng Báo điện tử' is no agency; 'Phòng Thời sự - Chính trị' names no input", () => {
    expect(analyze("Phòng Báo điện tử").unit).toBeNull();
    expect(analyze("3. Bộ phận Chuyên đề - Văn nghệ").unit).toBeNull();
    expect(analyze("Phòng Thời sự - Chính trị").inputs).toEqual([]);
    // The agency itself, and "Tờ Báo Lai Châu", still are.
    expect(analyze("Báo Lai Châu").unit?.id).toBe("bao-lai-chau");
    expect(analyze("Tờ Báo Lai Châu").unit?.id).toBe("bao-lai-chau");
  });
});

describe("plan words of the seventh round (rule 90)", () => {
  test("political theory is no political article; households are no population", () => {
    expect(analyze("Lý luận chính trị").inputs).toEqual([]);
    expect(analyze("Số hộ dân các xã vùng sâu, vùng xa").inputs).toEqual([]);
    expect(analyze("Dân số vùng sâu vùng xa").inputs[0]?.input).toBe("remote_population_total");
  });
});

describe("parts of the year and self-assessed answers (rules 106, 107, 109)", () => {
  test("figures to the end of a quarter before the last, or of quarters I-III, are a part of the year", () => {
    expect(analyze("Lũy kế đến 30/6/2025").role).toBe("derived");
    expect(analyze("Đến hết 30/09/2025").role).toBe("derived");
    expect(analyze("Quý I-III/2025").role).toBe("derived");
    // A report's cut-off date is not a quarter's end: the figures are the year's.
    expect(analyze("Số liệu đến ngày 20/11/2025").role).toBe("actual");
  });
  test("'Kết quả tự đánh giá' holds the agency's own answers, declared; an assessment is derived", () => {
    const self = analyze("Kết quả tự đánh giá");
    expect([self.role, self.standing]).toEqual(["actual", "superseded"]);
    expect(analyze("Kết quả đánh giá").role).toBe("derived");
    expect(analyze("Đánh giá").role).toBe("derived");
  });
});

describe("a letter and a dot run into a word: a short name, or a numbering typed without its space (rule 110)", () => {
  test("'B.LAI CHÂU' names the newspaper; 'a.Doanh thu' and 'b. Doanh thu' are numbered labels", () => {
    expect(analyze("B.LAI CHÂU (ẤN PHẨM ĐẢNG BỘ)").unit?.id).toBe("bao-lai-chau");
    expect(analyze("a.Doanh thu").inputs[0]?.input).toBe("revenue");
    expect(analyze("b. Doanh thu").inputs[0]?.input).toBe("revenue");
    expect(analyze("c) Tổng thu").inputs[0]?.input).toBe("revenue");
  });
});

test("a journalist ('nhà báo') is no newspaper, with tones or without (rule 114)", () => {
  expect(analyze("So nguoi dang co the nha bao").unit).toBeNull();
  expect(analyze("Hội Nhà báo").unit).toBeNull();
  expect(analyze("Bao in va dien tu").unit?.id).toBe("bao-lai-chau");
});

test("a reporting unit's name typed without tones after a label typed with them (rule 115)", () => {
  const info = analyze("Đơn vị báo cáo: TC Van nghe tinh LC");
  expect([info.reportingUnitLine, info.unit?.id]).toEqual([true, "tap-chi-van-nghe-lai-chau"]);
});

describe("ninth round: a press's 'chí', a telephone, reporting figures (ADR 0007, rules 121, 123)", () => {
  test("'… báo chí - tổng cộng các nguồn' is revenue: the 'chí' of báo chí is no 'chi' of 'tổng chi'", () => {
    expect(analyze("Thu từ hoạt động sự nghiệp báo chí - tổng cộng các nguồn").inputs[0]?.input).toBe(
      "revenue",
    );
    expect(analyze("Tổng chi thường xuyên").inputs.map((i) => i.input)).not.toContain("revenue");
  });
  test.each(["Gọi điện thoại báo số", "Dien thoai bao so", "Gọi báo số"])(
    "'%s' names no newspaper",
    (text) => {
      expect(analyze(text).unit).toBeNull();
    },
  );
  test("'Chưa tiếp cận' is who was not reached (rule 131)", () => {
    expect(analyze("Chưa tiếp cận (người)").inputs.map((i) => i.input)).not.toContain(
      "remote_population_reached",
    );
    expect(analyze("Đã tiếp cận báo chí (người)").inputs[0]?.input).toBe("remote_population_reached");
  });
  test("'Lũy kế 10 tháng/2025' is a part of the year", () => {
    expect(analyze("Lũy kế 10 tháng/2025").role).toBe("derived");
  });
});

describe("tenth round: a journal's columns, refused entries, plan words, a period's ends (ADR 0007, rules 139–142)", () => {
  test("'Kỳ (năm)' heads a column of years (rule 139)", () => {
    expect(analyze("Kỳ (năm)").yearColumn).toBe(true);
  });
  test.each(["Trả lại - sai số liệu", "Tra lai - sai so lieu", "Từ chối", "Không duyệt"])(
    "'%s' says the entry was refused (rule 140)",
    (text) => {
      expect(analyze(text).replacedNote).toBe(true);
    },
  );
  test("paying interest ('Trả lãi vay') is no refusal (rule 140)", () => {
    expect(analyze("Tra lai vay").replacedNote).toBe(false);
  });
  test("'Lực lượng cán bộ toàn cơ quan' is the staff (rule 141)", () => {
    expect(analyze("Lực lượng cán bộ toàn cơ quan").inputs[0]?.input).toBe("staff_total");
  });
  test.each([
    "Tin, bai NVCT dang lai, khai thac tu nguon khac",
    "Tin bài NVCT khai thác",
    "- Tin bai NVCT su dung lai (khong tinh moi)",
  ])("'%s' are no new political articles (rule 141)", (text) => {
    expect(analyze(text).inputs.map((i) => i.input)).not.toContain("political_articles");
  });
  test("the Party's newspaper ('Báo Đảng tỉnh Lai Châu') is not 'đăng lại' (rule 141)", () => {
    expect(analyze("Cơ quan Báo Đảng tỉnh Lai Châu: TP báo chí NVCT").inputs[0]?.input).toBe(
      "political_articles",
    );
  });
  test("'Trước giai đoạn' is the base period, 'Hết giai đoạn' the report's (rule 142)", () => {
    expect(analyze("Trước giai đoạn").period).toBe("base");
    expect(analyze("Đầu kỳ").period).toBe("base");
    expect(analyze("Hết giai đoạn").period).toBe("current");
    expect(analyze("Cuối kỳ").period).toBe("current");
  });
});

describe("tenth round: words written short (ADR 0007, rules 143, 144)", () => {
  test("'NSNN' is the state budget, no revenue; 'TCTC' is financial autonomy; 'người hiện có' the staff (rule 143)", () => {
    expect(analyze("NSNN cấp (không tính vào thu SN)").inputs.map((i) => i.input)).not.toContain("revenue");
    expect(analyze("TCTC").inputs[0]?.input).toBe("autonomous");
    expect(analyze("Số người hiện có").inputs[0]?.input).toBe("staff_total");
  });
  test("an initial and a dot stand for the first word of a pair of the plan's words: 'n.tảng' (rule 144)", () => {
    expect(analyze("Có mặt trên n.tảng số?").inputs[0]?.input).toBe("digital_platforms");
    expect(analyze("Số người h.có").inputs[0]?.input).toBe("staff_total");
  });
});

test("an agency of another province ('Báo Điện Biên Phủ', 'Đài PT-TH Yên Bái') is none of the plan's (rule 145)", () => {
  expect(analyze("Báo Điện Biên Phủ").unit).toBeNull();
  expect(analyze("Đài PT-TH Yên Bái").unit).toBeNull();
  expect(analyze("Tạp chí Văn nghệ Lào Cai").unit).toBeNull();
  // The plan's province named beside another keeps the agency; so does its short form.
  expect(analyze("Báo Lai Châu (so với Điện Biên)").unit?.id).toBe("bao-lai-chau");
  expect(analyze("Đài PT&TH tỉnh LChâu").unit?.id).toBe("dai-ptth-lai-chau");
});

test("'cộng' joins two parts into their sum: 'biên chế cộng hợp đồng' is the whole staff (rule 147)", () => {
  expect(analyze("Tổng biên chế cộng hợp đồng tại cơ quan báo chí").inputs[0]?.input).toBe("staff_total");
  expect(analyze("Lao động hợp đồng").inputs.map((i) => i.input)).not.toContain("staff_total");
});

test("a person's name with the agency in brackets names the agency (rule 148)", () => {
  expect(analyze("Tòng Thị Mai (Đài Truyền hình Lai Châu (PT-TH))").unit?.id).toBe("dai-ptth-lai-chau");
  expect(analyze("Nguyễn Văn An (chuyên viên)").unit).toBeNull();
});

test("an agency's short name before a dash and the body it belongs to ('TC Văn nghệ - Hội VHNT'); 'Thu (cộng các nguồn)' (rule 150)", () => {
  expect(analyze("TC Văn nghệ - Hội VHNT").unit?.id).toBe("tap-chi-van-nghe-lai-chau");
  expect(analyze("Thu (cộng các nguồn)").inputs[0]?.input).toBe("revenue");
});

test("'PP' is 'phân phối': 'PP nội dung số' distributes content on digital platforms (rule 153)", () => {
  expect(analyze("PP nội dung số").inputs[0]?.input).toBe("digital_platforms");
});

test("abbreviations joined by '&' are each expanded, the joiner kept: 'Thu SN&DV' is revenue (rule 154)", () => {
  expect(analyze("Thu SN&DV (triệu)").inputs[0]?.input).toBe("revenue");
  expect(analyze("Đài PT&TH tỉnh").unit?.id).toBe("dai-ptth-lai-chau");
});

describe("eleventh round: plan words, an agreed figure (ADR 0007, rules 159, 162)", () => {
  test("'Số thống nhất sau đối chiếu' stands; the figures it reconciles do not (rule 159)", () => {
    expect(analyze("Số thống nhất sau đối chiếu").standing).toBe("final");
    expect(analyze("Số liệu thống nhất").standing).toBe("final");
    expect(analyze("Số đơn vị gửi").standing).toBeNull();
  });
  test("balancing recurrent spending from its own revenue is autonomy; people the press 'phủ tới' are reached (rule 162)", () => {
    expect(analyze("Tự cân đối được chi thường xuyên từ nguồn thu").inputs[0]?.input).toBe("autonomous");
    // (by the plan's own words, not only by its words one by one)
    const reached = analyze("Người dân VSVX được BC tỉnh phủ tới").inputs;
    expect(reached.map((m) => [m.input, m.byWords === true])).toEqual([["remote_population_reached", false]]);
    expect(analyze("Dân số vùng sâu, vùng xa").inputs[0]?.input).toBe("remote_population_total");
  });
  test("press-card holders ('PV, BTV được cấp thẻ nhà báo') are not the staff trained (rule 164)", () => {
    expect(analyze("PV, BTV duoc cap the nha bao ky 2021-2025").inputs).toEqual([]);
  });
  test("typed without tones, 'chỉ tiêu' and 'văn hóa' name no magazine ('Cac chi tieu van hoa - xa hoi') (rule 169)", () => {
    expect(analyze("Cac chi tieu van hoa - xa hoi").unit).toBeNull();
    expect(analyze("TC Van nghe tinh LC").unit?.id).toBe("tap-chi-van-nghe-lai-chau");
  });
  test("reposted or rebroadcast works ('phát lại, đăng lại') are no new ones; the 'Lai' of Lai Châu is no 'lại' (rule 170)", () => {
    expect(analyze("Tin bai NVCT phat lai, dang lai").inputs.map((i) => i.input)).not.toContain(
      "political_articles",
    );
    expect(analyze("Báo Đảng Lai Châu: tin bài NVCT").inputs[0]?.input).toBe("political_articles");
    expect(analyze("Đài Phát thanh Lai Châu: Tác phẩm CT mới").inputs[0]?.input).toBe("political_articles");
  });
  test("a part written short and listed after the whole ('Thu SN, DV toàn cơ quan') is still the whole (rule 171)", () => {
    expect(analyze("Thu SN, DV toàn cơ quan").inputs[0]?.input).toBe("revenue");
    expect(analyze("Thu quảng cáo, DV").inputs.map((i) => i.input)).not.toContain("revenue");
  });
  test("a reporting line naming the agency, then its parent body after a dash, names the agency (rule 173)", () => {
    expect(analyze("Đơn vị báo cáo: TC Văn nghệ - Hội VHNT tỉnh").unit?.id).toBe("tap-chi-van-nghe-lai-chau");
  });
  test("a qualifier denied just before it ('không về CĐS') waives no exclusion (rule 174)", () => {
    expect(analyze("Người được bồi dưỡng nghiệp vụ chung (không về CĐS)").inputs).toEqual([]);
    expect(analyze("Số người đã được bồi dưỡng nghiệp vụ chuyển đổi số").inputs[0]?.input).toBe(
      "staff_trained",
    );
  });
  test("'TH đến hết quý III/2025' is a part of the year, its year a word of its own (rule 175)", () => {
    const part = analyze("TH đến hết quý III/2025");
    expect([part.role, part.years]).toEqual(["derived", [2025]]);
    expect(analyze("Số 3414/KH-UBND").years).toEqual([]);
  });
  test("'Cộng ba cơ quan: …' adds up every agency (rule 176)", () => {
    expect(analyze("Cộng ba cơ quan: Thu tự tạo năm (tr.đ)").ofAllUnits).toBe(true);
    expect(analyze("Tổng cộng 3 đơn vị").ofAllUnits).toBe(true);
    expect(analyze("Tổng thu của cơ quan").ofAllUnits).toBe(false);
  });
});

test("'LĐ hiện có' is the labour present, read as 'lao động hiện có', while 'LĐ' alone stays the plan's 'lãnh đạo' (rule 200)", () => {
  const present = analyze("LĐ hiện có toàn cơ quan").inputs[0];
  expect(present?.input).toBe("staff_total");
  expect(present?.weak).toBeUndefined();
  expect(lex.expandTokens(["ld", "hien", "co"])).toEqual(["lao", "dong", "hien", "co"]);
  expect(lex.expandTokens(["ld", "nu"])).toEqual(["lanh", "dao", "nu"]);
});

describe("thirteenth round (ADR 0007): words of units and parts read in context", () => {
  test("'đất đai' typed without tones ('Co so du lieu dat dai tinh') names no 'Đài tỉnh' (rule 206)", () => {
    expect(analyze("Co so du lieu dat dai tinh").unit).toBeNull();
    expect(analyze("Dai tinh Lai Chau").unit?.id).toBe("dai-ptth-lai-chau");
  });
  test("a part counted in ('cả HĐ', 'kể cả hợp đồng') leaves the whole staff (rule 207)", () => {
    expect(analyze("Số người làm việc kể cả hợp đồng").inputs[0]?.input).toBe("staff_total");
    expect(analyze("Số người làm việc, trong đó hợp đồng").inputs[0]?.input).not.toBe("staff_total");
  });
  test("the staff dedicated to security ('Cán bộ chuyên trách CNTT, ATTT') are no security level (rule 211)", () => {
    expect(analyze("Cán bộ chuyên trách CNTT, ATTT").inputs.map((m) => m.input)).not.toContain(
      "security_level",
    );
    expect(analyze("Cấp độ ATTT được phê duyệt").inputs[0]?.input).toBe("security_level");
  });
  test("autonomy granted ('Được giao tự chủ tài chính nhóm 2 theo NĐ 60') is a state, not a target (rule 212)", () => {
    expect(analyze("Được giao tự chủ tài chính nhóm 2 theo NĐ 60").role).toBeNull();
    expect(analyze("Doanh thu được giao năm 2025").role).toBe("plan");
  });
  test("'tái cấp phép' is the licence renewed; 'tự trang trải chi thường xuyên' is autonomy (rule 214)", () => {
    expect(analyze("Tái cấp phép tạp chí").inputs[0]?.input).toBe("licensed");
    expect(analyze("Tự trang trải chi TX bằng nguồn thu").inputs[0]?.input).toBe("autonomous");
  });
  test("'nhân sự thực có' is the staff; 'GP cấp lại' the licence renewed (rule 216)", () => {
    const staff = analyze("IV. Nhân sự thực có đến cuối kỳ báo cáo (ng.)").inputs[0];
    expect(staff?.input).toBe("staff_total");
    expect(staff?.weak).toBeFalsy();
    expect(analyze("Tạp chí in có GP cấp lại").inputs[0]?.input).toBe("licensed");
  });
});

import { classifyWord } from "./words";
import { normalizeForMatch, normalizeText } from "./normalize";

describe("classifyWord", () => {
  test.each([
    ["Có", "yes"],
    ["có", "yes"],
    ["CÓ", "yes"],
    ["Co", "yes"],
    ["Đã", "yes"],
    ["Đã triển khai", "yes"],
    ["Đạt", "yes"],
    ["Vượt", "yes"],
    ["x", "yes"],
    ["X", "yes"],
    ["✓", "yes"],
    ["Đã cấp phép lại", "yes"],
    ["Có (từ tháng 6/2024)", "yes"],
    ["Không", "no"],
    ["Chưa", "no"],
    ["Chưa triển khai", "no"],
    ["Chưa đạt", "no"],
    ["Không đạt", "no"],
    ["Chưa được cấp phép", "no"],
    ["Không áp dụng", "notApplicable"],
    ["N/A", "notApplicable"],
    ["KAD", "notApplicable"],
    ["-", "notReported"],
    ["…", "notReported"],
    ["Chưa có số liệu", "notReported"],
    ["Khong co so lieu", "notReported"],
    ["Co\u0301", "yes"],
    ["Kho\u0302ng", "no"],
    ["\u00a0Có\u00a0", "yes"],
    // Answers written as short phrases.
    ["Đã có giấy phép mới", "yes"],
    ["Đã đưa vào vận hành", "yes"],
    ["Chưa đưa vào sử dụng", "no"],
    ["Đang chờ cấp phép", "no"],
    ["Đang xây dựng", "no"],
    ["Không thực hiện được", "no"],
    ["K/áp dụng (tạp chí in)", "notApplicable"],
    ["Không thuộc đối tượng áp dụng", "notApplicable"],
  ])("%j is %s", (text, expected) => {
    expect(classifyWord(text)).toBe(expected);
  });

  test.each([
    "",
    "45",
    "Có lẽ",
    "Xong?",
    "Đang xem xét",
    "Kế hoạch",
    "Khá",
    // A phrase about the figures or with a figure in it is not a yes/no answer.
    "Chưa có số liệu năm nay",
    "Đã gửi báo cáo",
    "Đã có 3 kênh",
    // A single letter is an answer only on its own.
    "N.2023",
    "X.1",
    "Đã triển khai xong phần mềm quản lý tòa soạn ở cả ba cơ quan",
  ])("%j is nothing known", (text) => {
    expect(classifyWord(text)).toBeNull();
  });
});

describe("normalizeText", () => {
  test("turns NFD into NFC and folds every kind of space", () => {
    expect(normalizeText(" Ba\u0301o\u00a0 Lai  Cha\u0302u ")).toBe("Báo Lai Châu");
  });
  test("the NFC fast path gives what normalize('NFC') gives, for every code point up to U+2BFF and U+3000", () => {
    const slow = (t: string) =>
      t
        .normalize("NFC")
        .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ")
        .trim();
    const differ: string[] = [];
    for (let c = 0; c <= 0x2bff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      // Each character alone, and after a letter it could compose with.
      for (const t of [String.fromCodePoint(c), `a${String.fromCodePoint(c)}`, `ư${String.fromCodePoint(c)}`])
        if (normalizeText(t) !== slow(t)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    expect(normalizeText("Ba\u0301o cha\u0301u \u2126")).toBe(slow("Ba\u0301o cha\u0301u \u2126"));
  });

  test("normalizeForMatch drops diacritics and đ", () => {
    expect(normalizeForMatch("Đài PT-TH Lai Châu")).toBe("dai pt-th lai chau");
  });
});

import { builtInPlan } from "../plan/catalogue";
import { analyzeText } from "./analyze";
import { buildLexicon } from "./lexicon";
import { MIN_DIGITS, numbersShared, trailingNumber } from "./numbered";
import { memoReader } from "./scanSheet";

/** Labels that differ only in a long number at their end share one analysis (numbered.ts): it must be the one each
 * would get alone, on labels made to trip every pattern that reads digits. */
const plan = builtInPlan("lai-chau-3414");
const lex = buildLexicon(plan);

const HEADS = [
  "Doanh thu quảng cáo",
  "Tháng",
  "Quý",
  "Q",
  "T",
  "Năm",
  "- Năm",
  "Cộng",
  "Tổng cộng",
  "Cộng năm",
  "Cả năm",
  "a.",
  "Câu",
  "Cấp độ",
  "Cấp",
  "Đã có",
  "Không",
  "Tin ảnh",
  "Tin, bài CT",
  "cùng kỳ năm",
  "Số liệu, cùng kỳ",
  "Luật báo chí",
  "Lũy kế đến",
  "đến hết ngày",
  "Kỳ trước",
  "Hai năm trước",
  "TH năm",
  "6 tháng cuối năm",
  "Ước 10 tháng",
  "Sơ kết 6T năm",
  "Điểm",
  "Tổng doanh thu - ĐV:",
  "(Đơn vị tính:",
  "ĐVT:",
  "Đơn vị báo cáo: Báo Lai Châu",
  "Doanh thu quảng cáo, dịch vụ và",
  "Số người được tập huấn nghiệp vụ (người)",
  "Tổng thu SN+DV",
  "Tính mức tăng so với năm gốc - Tổng doanh thu",
  "theo Nghị định số",
  "Phòng",
  "Ban Điện tử",
  // (the nineteenth round's patterns: "đến 15/11", "Cộng 8 huyện", "Tổng nguồn thu ĐV", "Thu SN cộng DV")
  "Thực hiện đến",
  "Cộng các huyện",
  "Tổng cộng các xã",
  "Tổng nguồn thu ĐV",
  "Thu SN cộng DV cả năm",
];
const NUMBERS = [
  ...["123", "100", "456", "999", "012", "311", "300", "110"],
  ...["1234", "2100", "1899", "9999", "3103", "1011", "1200", "0000"],
  ...["12345", "20250", "19990", "31030", "99999", "00000", "40000", "123456", "2025202520"],
];

describe("labels that differ only in a long number read the same (numbered.ts)", () => {
  const heads = [...HEADS];
  for (const i of plan.inputs) heads.push(i.name.vi, ...i.synonyms, ...i.exclusions);
  for (const u of plan.units.units) heads.push(u.name.vi, ...u.aliases);
  test("the plan's words hold no digit: its labels may share", () => {
    expect(numbersShared(plan)).toBe(true);
    expect(numbersShared({ ...plan, province: `${plan.province} 2` })).toBe(false);
  });
  test("a text qualifies only as a head with a letter and no digit, a space, then a number of three digits or more that is no year", () => {
    expect(trailingNumber("Doanh thu quảng cáo 12345")).toEqual({
      head: "Doanh thu quảng cáo ",
      digits: "12345",
    });
    expect(trailingNumber("Doanh thu quảng cáo 123")).toEqual({
      head: "Doanh thu quảng cáo ",
      digits: "123",
    });
    expect(trailingNumber("Doanh thu quảng cáo 1899")).toEqual({
      head: "Doanh thu quảng cáo ",
      digits: "1899",
    });
    expect(trailingNumber("Doanh thu quảng cáo 12")).toBeNull();
    expect(trailingNumber("Doanh thu quảng cáo 1990")).toBeNull();
    expect(trailingNumber("Doanh thu quảng cáo 2025")).toBeNull();
    expect(trailingNumber("Doanh thu 2025 quảng cáo 12345")).toBeNull();
    expect(trailingNumber("Doanh thu quảng cáo-12345")).toBeNull();
    expect(trailingNumber("- 12345")).toBeNull();
    expect(trailingNumber("12345")).toBeNull();
    expect("123".length).toBe(MIN_DIGITS);
  });
  test("each label's shared analysis and kind are those it has alone", () => {
    const shared = memoReader(lex, plan);
    const alone = memoReader(lex, { ...plan, province: `${plan.province} 2` });
    let compared = 0;
    for (const head of heads)
      for (const n of NUMBERS) {
        const text = `${head} ${n}`;
        expect(shared.analyze(text)).toStrictEqual(analyzeText(lex, text));
        expect(shared.kind(text)).toBe(alone.kind(text));
        compared++;
      }
    expect(compared).toBeGreaterThan(1000);
  });
});

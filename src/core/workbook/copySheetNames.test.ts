import { copySheetNames, MAX_SHEET_NAME } from "./copySheetNames";

describe("copySheetNames", () => {
  test.each([
    ["file and sheet", { workbook: "bao-lai-chau.xlsx", sheet: "Báo cáo" }, "bao-lai-chau - Báo cáo"],
    [
      "too long: the file name is cut first",
      { workbook: "dai-phat-thanh-truyen-hinh-lai-chau.xlsx", sheet: "Báo cáo" },
      "dai-phat-thanh-truyen - Báo cáo",
    ],
    [
      "both long: the sheet keeps its share",
      { workbook: "so-thong-tin-va-truyen-thong.xlsx", sheet: "Báo cáo năm 2025 của Đài PT-TH" },
      "so-thong-tin-v - Báo cáo năm 20",
    ],
    ["characters Excel forbids", { workbook: "a[1].xlsx", sheet: "Q1/Q2" }, "a_1_ - Q1_Q2"],
    ["no apostrophe at the end", { workbook: "x.xlsx", sheet: "O'Brien'" }, "x - O'Brien"],
  ])("%s", (_, origin, want) => {
    const [name] = copySheetNames([origin]);
    expect(name).toBe(want);
    expect((name ?? "").length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  test("names are unique ignoring case, and never a reserved one", () => {
    const names = copySheetNames(
      [
        { workbook: "a.xlsx", sheet: "Báo cáo" },
        { workbook: "A.xlsx", sheet: "báo cáo" },
        { workbook: "a.xlsx", sheet: "Báo cáo" },
      ],
      ["a - BÁO CÁO (2)"],
    );
    expect(names).toEqual(["a - Báo cáo", "A - báo cáo (3)", "a - Báo cáo (4)"]);
  });

  test("a long name made unique stays within 31 characters", () => {
    const long = { workbook: "tap-chi-van-nghe-lai-chau.xlsx", sheet: "Số liệu báo cáo tổng hợp 2025" };
    const names = copySheetNames([long, long]);
    expect(new Set(names).size).toBe(2);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });
});

import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type JsonReport, runCli } from "./support/runCli";

/**
 * The contract on a layout no fixture script makes: values scattered over a transposed sheet whose name
 * needs quoting, a second workbook, text numbers in an English-style locale, VNI and TCVN3 text in
 * rich-text runs, a shared formula. Only the mapping file says where things are.
 */
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-unseen-"));
  const a = new ExcelJS.Workbook();
  const ws = a.addWorksheet("Số liệu 'CĐS' (2025)");
  // Years down column A, agencies across row 1 starting at column H.
  ws.getCell("H1").value = "Báo";
  ws.getCell("I1").value = "Đài";
  ws.getCell("J1").value = "Tạp chí";
  [2020, 2022, 2025].forEach((y, i) => (ws.getCell(`A${i + 2}`).value = y));
  const articles = { H: [1000, 0, 1300], I: ["2.000", "", "2.300"], J: [100, 0, 100] };
  for (const [col, values] of Object.entries(articles))
    values.forEach((v, i) => (ws.getCell(`${col}${i + 2}`).value = v === 0 || v === "" ? null : v));
  ws.getCell("H20").value = { formula: "H21+H22", result: 30 };
  ws.getCell("H21").value = 10;
  ws.getCell("H22").value = 20;
  ws.getCell("H23").value = 30;
  ws.getCell("I20").value = "40";
  ws.getCell("I23").value = "40";
  ws.getCell("J20").value = 5;
  ws.getCell("J23").value = 5;
  ws.getCell("Z99").value = { richText: [{ text: "Cã", font: { name: ".VnTime" } }] };
  ws.getCell("Z100").value = { richText: [{ text: "Coù", font: { name: "VNI-Times" } }] };
  ws.getCell("Z101").value = "Không";
  await a.xlsx.writeFile(path.join(dir, "a.xlsx"));

  const b = new ExcelJS.Workbook();
  const wb = b.addWorksheet("Revenue");
  wb.getCell("B2").value = "1,000.5";
  wb.getCell("B3").value = "1,300.75";
  wb.getCell("C2").value = 100;
  wb.getCell("C3").value = 121;
  await b.xlsx.writeFile(path.join(dir, "b.xlsx"));

  const sheet = "Số liệu 'CĐS' (2025)";
  const m = (workbook: string, sh: string, input: string, unit: string, cell: string, year?: number) => ({
    workbook,
    sheet: sh,
    input,
    unit,
    cell,
    ...(year ? { year } : {}),
  });
  const mapping = {
    plan: "lai-chau-3414",
    mappings: [
      m("a.xlsx", sheet, "political_articles", "bao-lai-chau", "H2", 2020),
      m("a.xlsx", sheet, "political_articles", "bao-lai-chau", "H4", 2025),
      m("a.xlsx", sheet, "political_articles", "dai-ptth-lai-chau", "I2", 2020),
      m("a.xlsx", sheet, "political_articles", "dai-ptth-lai-chau", "I4", 2025),
      m("a.xlsx", sheet, "political_articles", "tap-chi-van-nghe-lai-chau", "J2", 2020),
      m("a.xlsx", sheet, "political_articles", "tap-chi-van-nghe-lai-chau", "$J$4", 2025),
      m("a.xlsx", sheet, "staff_total", "bao-lai-chau", "H20"),
      m("a.xlsx", sheet, "staff_trained", "bao-lai-chau", "H23"),
      m("a.xlsx", sheet, "staff_total", "dai-ptth-lai-chau", "I20"),
      m("a.xlsx", sheet, "staff_trained", "dai-ptth-lai-chau", "I23"),
      m("a.xlsx", sheet, "staff_total", "tap-chi-van-nghe-lai-chau", "J20"),
      m("a.xlsx", sheet, "staff_trained", "tap-chi-van-nghe-lai-chau", "j23"),
      m("a.xlsx", sheet, "licensed", "tap-chi-van-nghe-lai-chau", "Z99"),
      m("a.xlsx", sheet, "digital_platforms", "bao-lai-chau", "Z99"),
      m("a.xlsx", sheet, "digital_platforms", "dai-ptth-lai-chau", "Z100"),
      m("a.xlsx", sheet, "digital_platforms", "tap-chi-van-nghe-lai-chau", "Z101"),
      m("b.xlsx", "Revenue", "revenue", "bao-lai-chau", "B2", 2022),
      m("b.xlsx", "Revenue", "revenue", "bao-lai-chau", "B3", 2025),
      m("b.xlsx", "Revenue", "revenue", "dai-ptth-lai-chau", "C2", 2022),
      m("b.xlsx", "Revenue", "revenue", "dai-ptth-lai-chau", "C3", 2025),
    ],
  };
  fs.writeFileSync(path.join(dir, "mapping.json"), JSON.stringify(mapping, null, 2));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a layout that is in no fixture gives the results its numbers call for", async () => {
  const run = await runCli([
    "summarize",
    path.join(dir, "a.xlsx"),
    path.join(dir, "b.xlsx"),
    "--mapping",
    path.join(dir, "mapping.json"),
    "--json",
  ]);
  expect(run.err).toContain("[2/2]");
  expect(run.code).toBe(0);
  const r = JSON.parse(run.out) as JsonReport;
  const get = (id: string, y: number) => r.indicators.find((i) => i.id === id && i.targetYear === y);
  // (1300 + 2300 + 100) / (1000 + 2000 + 100) − 1 = +19.35%: just short of +20%.
  expect(get("political-articles-growth", 2025)?.actual).toBeCloseTo(3700 / 3100 - 1, 4);
  expect(get("political-articles-growth", 2025)?.status).toBe("not-achieved");
  // 75 trained of 75, the Báo's total a formula's cached result, the Đài's typed as text.
  expect(get("staff-trained", 2025)?.actual).toBe(1);
  expect(get("staff-trained", 2025)?.status).toBe("achieved");
  // TCVN3 "Cã" and VNI "Coù" are yes; "Không" is no: 2 of 3.
  expect(get("digital-platforms", 2025)?.status).toBe("achieved");
  expect(get("magazine-relicensed", 2025)?.status).toBe("achieved");
  // English-style "1,000.5" → "1,300.75" is +30%; the Đài +21%.
  expect(get("revenue-growth", 2025)?.actual).toBeCloseTo(0.21, 4);
  // Nothing was mapped for the security level: no-data, each agency listed with no source.
  expect(get("security-level-3", 2025)?.status).toBe("no-data");
  expect(get("security-level-3", 2025)?.missing.map((m) => m.source)).toEqual([null, null]);
});

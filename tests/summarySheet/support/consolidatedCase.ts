/**
 * Several-workbook cases for the consolidated summary: the workbook-per-agency fixture as generated, and the
 * same files made tricky (sheet names with spaces, apostrophes, Vietnamese letters, digits only, 31
 * characters; a long file name; a mapped cell that is a formula over another sheet, directly and through a
 * defined name; a sheet the mapping does not need). Written the way `summarize -o` writes them.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../../src/adapters/xlsx/readWorkbook";
import {
  type SummaryOutput,
  writeSummaryOutput,
} from "../../../src/adapters/xlsx/summarySheet/writeSummaryOutput";
import { computeAttainment } from "../../../src/core/attainment/compute";
import { type AttainmentReport } from "../../../src/core/attainment/types";
import { readObservations } from "../../../src/core/mapping/readObservations";
import { type MappingFile } from "../../../src/core/mapping/schema";
import { type ObservationSet } from "../../../src/core/observations/observation";
import { type Plan } from "../../../src/core/plan/schema";
import { plainSummary } from "../../../src/core/summary/plainTables";
import { type Workbook } from "../../../src/core/workbook/model";
import { type FixtureCase } from "./fixtureCases";

export type SeveralCase = {
  name: string;
  plan: Plan;
  /** File name → bytes. */
  files: Map<string, Uint8Array>;
  workbooks: Workbook[];
  mapping: MappingFile;
  observations: ObservationSet;
  report: AttainmentReport;
};

export async function severalCase(
  name: string,
  plan: Plan,
  files: Map<string, Uint8Array>,
  mapping: MappingFile,
): Promise<SeveralCase> {
  const workbooks: Workbook[] = [];
  for (const [file, bytes] of files) workbooks.push(await readWorkbook(bytes, file));
  const observations = readObservations(plan, workbooks, mapping);
  const report = computeAttainment(plan, observations, { reportYear: 2025 });
  return { name, plan, files, workbooks, mapping, observations, report };
}

/** A multi-workbook fixture case with its own mapping (not the merged one fixtureCases makes for formulas). */
export async function fromFixture(c: FixtureCase): Promise<SeveralCase> {
  const files = new Map(c.files.map((f) => [f, new Uint8Array(fs.readFileSync(path.join(c.dir, f)))]));
  const mapping = JSON.parse(fs.readFileSync(path.join(c.dir, "mapping.json"), "utf8")) as MappingFile;
  return severalCase(c.name, c.plan, files, mapping);
}

export async function writeSeveral(c: SeveralCase, bytesRead: string[] = []): Promise<SummaryOutput> {
  return writeSummaryOutput({
    plan: c.plan,
    report: c.report,
    observations: c.observations,
    workbooks: c.workbooks,
    bytesOf: (name) => {
      bytesRead.push(name);
      const bytes = c.files.get(name);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no file ${name}`));
    },
    plain: plainSummary(c.report, "vi", "2025-11-26"),
    language: "vi",
    generatedOn: "2025-11-26",
    baselines: {},
  });
}

/** The tricky names: file → [new file name, new sheet name]. */
export const TRICKY: Record<string, [string, string]> = {
  "bao-lai-chau.xlsx": ["bao-lai-chau.xlsx", "Số 'chính' 2025"],
  "dai-ptth-lai-chau.xlsx": ["dai-phat-thanh-truyen-hinh-lai-chau-2025.xlsx", "2025"],
  "tap-chi-van-nghe.xlsx": ["tap-chi-van-nghe.xlsx", "Báo cáo"],
  "so-lieu-toan-tinh.xlsx": ["so-lieu-toan-tinh.xlsx", "Tổng hợp số liệu toàn tỉnh 2025"],
};
/** The sheet the mapped cell I6 of bao-lai-chau reads through a formula, and one nobody needs. */
export const SOURCE_SHEET = "Nguồn O'Brien";
export const UNUSED_SHEET = "Không dùng";

async function tricky(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  const [, sheetName] = TRICKY[file] ?? [file, "Báo cáo"];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Báo cáo");
  if (!ws) throw new Error(`${file} has no "Báo cáo"`);
  ws.name = sheetName;
  if (file === "bao-lai-chau.xlsx") {
    const value = ws.getCell("I6").value;
    const source = wb.addWorksheet(SOURCE_SHEET);
    source.getCell("A1").value = value;
    source.getCell("A2").value = { formula: "A1*2", result: Number(value) * 2 };
    wb.addWorksheet(UNUSED_SHEET).getCell("A1").value = "không ai cần trang này";
    ws.getCell("I6").value = { formula: "'Nguồn O''Brien'!A1", result: value as number };
    ws.getCell("L1").value = { formula: "Tong*1", result: value as number };
    ws.getCell("L2").value = {
      formula: `"Số 'chính' 2025!A1 "&'Nguồn O''Brien'!A2`,
      result: `Số 'chính' 2025!A1 ${Number(value) * 2}`,
    };
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  if (file === "bao-lai-chau.xlsx") {
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const names = `<definedNames><definedName name="Tong">&apos;Nguồn O&apos;&apos;Brien&apos;!$A$1</definedName><definedName name="chitieu.x">&apos;${sheetName.replace(/'/g, "&apos;&apos;")}&apos;!$D$6</definedName></definedNames>`;
    zip.file("xl/workbook.xml", xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|(?<=<\/sheets>)/, names));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function trickyCase(c: SeveralCase): Promise<SeveralCase> {
  const files = new Map<string, Uint8Array>();
  for (const [file, bytes] of c.files) files.set(TRICKY[file]?.[0] ?? file, await tricky(file, bytes));
  const mapping: MappingFile = {
    ...c.mapping,
    mappings: c.mapping.mappings.map((m) => {
      const [workbook, sheet] = TRICKY[m.workbook ?? ""] ?? [m.workbook ?? "", m.sheet];
      return { ...m, workbook, sheet };
    }),
  };
  return severalCase(`${c.name} (tricky names)`, c.plan, files, mapping);
}

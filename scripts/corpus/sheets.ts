/**
 * The furniture around a table: masthead, title lines, the "Biểu số" header block, signatures, sheet and file names.
 */
import type ExcelJS from "exceljs";
import { colLetter, signatureBlock, UNICODE } from "../fixtures/sheetKit";
import type { CaseContext } from "./context";
import { PROVINCE, YEARS, type CaseData, type UnitId } from "./model";

export type BuiltFile = { fileName: string; workbook: ExcelJS.Workbook };

const PARENT: Readonly<Record<UnitId, string>> = {
  "bao-lai-chau": "TỈNH ỦY LAI CHÂU",
  "dai-ptth-lai-chau": "UBND TỈNH LAI CHÂU",
  "tap-chi-van-nghe-lai-chau": "HỘI VĂN HỌC NGHỆ THUẬT TỈNH",
  "tinh-lai-chau": "UBND TỈNH LAI CHÂU",
};

export const RECEIVERS = [
  "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
  "Sở KH&CN tỉnh Lai Châu",
  "Sở Thông tin và Truyền thông",
  "Ban Tuyên giáo Tỉnh ủy",
] as const;

/** Years shown for either yearly input, ascending. */
export function unionYears(data: CaseData): number[] {
  return YEARS.filter((y) => data.years.political_articles.includes(y) || data.years.revenue.includes(y));
}

/** Parent body and office on the left, the motto on the right (office = null: no agency named). */
export function masthead(ctx: CaseContext, ws: ExcelJS.Worksheet, unit: UnitId | null, last: number): void {
  const lastCol = Math.max(last, 4);
  const split = Math.max(2, Math.floor(lastCol / 2));
  const left = (row: number) => `A${row}:${colLetter(split)}${row}`;
  const right = (row: number) => `${colLetter(split + 1)}${row}:${colLetter(lastCol)}${row}`;
  const parent = unit === null ? "UBND TỈNH LAI CHÂU" : PARENT[unit];
  ctx.writeMerged(ws, left(1), parent, "upper");
  if (unit !== null) {
    const office = unit === PROVINCE ? "Sở Văn hóa, Thể thao và Du lịch" : ctx.agency(unit, "masthead");
    ctx.writeMerged(ws, left(2), office, "upper", { bold: true });
  }
  const party = unit === "bao-lai-chau";
  ctx.writeMerged(
    ws,
    right(1),
    party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "upper",
    {
      bold: true,
    },
  );
  if (!party) ctx.writeMerged(ws, right(2), "Độc lập - Tự do - Hạnh phúc", "text", { bold: true });
}

/** A bold title and an italic line under it, across the table. */
export function title(
  ctx: CaseContext,
  ws: ExcelJS.Worksheet,
  row: number,
  last: number,
  text: string,
  sub?: string,
): void {
  const lastCol = Math.max(last, 4);
  const span = (r: number) => `A${r}:${colLetter(lastCol)}${r}`;
  ctx.writeMerged(ws, span(row), text, "upper", { bold: true, size: 13 });
  if (sub !== undefined) ctx.writeMerged(ws, span(row + 1), sub, "text", { italic: true });
}

/** The statistical-form header block; returns the row after it. */
export function formHeader(
  ctx: CaseContext,
  ws: ExcelJS.Worksheet,
  last: number,
  o: { code: string; reporter: string | null; year: number },
): number {
  const lastCol = Math.max(last, 6);
  const mid = colLetter(Math.max(3, lastCol - 4));
  const end = colLetter(lastCol);
  ctx.write(ws, "A1", `Biểu số: ${o.code}`, "text", { bold: true });
  ctx.write(
    ws,
    "A2",
    ctx.rng.pick([
      "Ban hành kèm theo Kế hoạch số 3414/KH-UBND ngày 08/9/2023",
      "Ban hành theo Công văn số 1520/SVHTTDL-BC",
    ]),
    "text",
    { italic: true },
  );
  ctx.write(ws, "A3", `Ngày nhận báo cáo: trước ngày 25/11/${o.year}`, "text", { italic: true });
  if (o.reporter !== null)
    ctx.writeMerged(ws, `${mid}1:${end}1`, `Đơn vị báo cáo: ${o.reporter}`, "text", { align: "left" });
  ctx.writeMerged(ws, `${mid}2:${end}2`, `Đơn vị nhận báo cáo: ${ctx.rng.pick(RECEIVERS)}`, "text", {
    align: "left",
  });
  title(
    ctx,
    ws,
    5,
    lastCol,
    "Kết quả thực hiện các chỉ tiêu chuyển đổi số báo chí",
    `Kỳ báo cáo: Năm ${o.year}`,
  );
  return 8;
}

export function signature(ctx: CaseContext, ws: ExcelJS.Worksheet, row: number, last: number): void {
  if (!ctx.rng.chance(0.7)) return;
  const lastCol = Math.max(last, 4);
  const split = Math.max(2, Math.floor(lastCol / 2));
  const left = `A:${colLetter(split)}`;
  const right = `${colLetter(split + 1)}:${colLetter(lastCol)}`;
  try {
    signatureBlock(ws, row + 1, left, right, ctx.voice.text, ctx.voice.upper);
  } catch {
    signatureBlock(ws, row + 1, left, right, UNICODE, UNICODE);
  }
}

/** A worksheet name from free text: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const base = wanted
    .replace(/[[\]:*?/\\]/g, "-")
    .slice(0, 31)
    .trim();
  let name = base;
  for (let i = 2; wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase()); i++) {
    name = `${base.slice(0, 27)} (${i})`;
  }
  return name;
}

/** How people name an agency's file. */
export const FILE_SLUGS: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["Bao Lai Chau", "BaoLC", "bao-lai-chau", "Báo Lai Châu"],
  "dai-ptth-lai-chau": ["Dai PTTH", "DaiPTTH_LaiChau", "dai-pt-th-lai-chau", "Đài PT-TH"],
  "tap-chi-van-nghe-lai-chau": ["Tap chi Van nghe", "TapChiVNLC", "tap-chi-van-nghe", "Tạp chí VN"],
  "tinh-lai-chau": ["Toan tinh", "so-lieu-toan-tinh", "VungSauVungXa", "Toàn tỉnh"],
};

/** The short code in sheet names of forms ("Biểu 01-BLC"). */
export const SHORT_CODES: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["BLC", "Báo"],
  "dai-ptth-lai-chau": ["PTTH", "Đài"],
  "tap-chi-van-nghe-lai-chau": ["TCVN", "Tạp chí"],
  "tinh-lai-chau": ["Tỉnh", "VSVX"],
};

/**
 * Small pieces the blind12 families share: sheets, offices' mastheads, header cells, splitting a figure into
 * parts, hiding scratch sheets.
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put, ref, vnNumberText } from "../../fixtures/sheetKit";
import type { Role } from "../context";
import { AGENCIES, MAGAZINE, slotKey, type UnitId } from "../model";
import type { Rng } from "../random";
import { sheetName } from "../sheets";
import type { Blind12Context } from "./context";

export { colLetter, grid, newWorkbook, put, ref, vnNumberText };

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"] as const;

/** The body each unit answers to (left of a masthead). */
const PARENT: Readonly<Record<UnitId, readonly string[]>> = {
  "bao-lai-chau": ["TỈNH ỦY LAI CHÂU", "ĐẢNG BỘ TỈNH LAI CHÂU"],
  "dai-ptth-lai-chau": ["UBND TỈNH LAI CHÂU", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"],
  "tap-chi-van-nghe-lai-chau": ["HỘI VĂN HỌC NGHỆ THUẬT TỈNH LAI CHÂU", "HỘI VHNT LAI CHÂU"],
  "tinh-lai-chau": ["UBND TỈNH LAI CHÂU", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"],
};

/** The provincial department that keeps the press files (before and after the 2025 merger). */
export const DEPARTMENTS = [
  "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
  "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  "SỞ TT&TT LAI CHÂU",
] as const;

/** A new sheet with a unique, valid name. */
export function sheet(wb: ExcelJS.Workbook, wanted: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, sheetName(wb, wanted), widths);
}

/** Writes merged text across columns `from`..`to` of a row (a single cell when from = to). */
export function span(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  role: Role = "text",
  style: Parameters<Blind12Context["write"]>[4] = {},
): void {
  if (to > from) ctx.writeMerged(ws, `${ref(from, row)}:${ref(to, row)}`, text, role, style);
  else ctx.write(ws, ref(from, row), text, role, style);
}

/** A table's title: capitals, bold, centred across columns 1..`last` of a row. */
export function title(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  row: number,
  last: number,
  text: string,
  size = 13,
): void {
  span(ctx, ws, row, 1, last, text, "upper", { bold: true, size, align: "center" });
}

/** A line under a title: italic, centred across columns 1..`last` of a row. */
export function subtitle(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  row: number,
  last: number,
  text: string,
): void {
  span(ctx, ws, row, 1, last, text, "text", { italic: true, align: "center" });
}

/** A header cell spanning `rows` rows (merged when more than one). */
export function headCell(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  col: number,
  top: number,
  rows: number,
  text: string,
): void {
  const style = { bold: true, align: "center" as const, wrap: true };
  if (rows > 1) ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, top + rows - 1)}`, text, "text", style);
  else ctx.write(ws, ref(col, top), text, "text", style);
}

/** Header cells from row `top` down `rows` rows, one per [column, text] pair. */
export function headRow(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  top: number,
  rows: number,
  cells: ReadonlyArray<readonly [number, string]>,
): void {
  for (const [col, text] of cells) headCell(ctx, ws, col, top, rows, text);
}

/**
 * The masthead of a unit's own document (unit = null: the provincial department's): the parent body and the
 * office on the left, the motto on the right. Returns the first free row.
 */
export function office(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  unit: UnitId | null,
  last: number,
): number {
  const lastCol = Math.max(last, 4);
  const mid = Math.max(2, Math.floor(lastCol / 2));
  const parent = ctx.choose(`parent|${unit ?? "so"}`, PARENT[unit ?? "tinh-lai-chau"]);
  span(ctx, ws, 1, 1, mid, parent, "upper");
  const name = unit === null ? ctx.choose("department", DEPARTMENTS) : ctx.agency(unit);
  span(ctx, ws, 2, 1, mid, name, unit === null ? "upper" : "text", { bold: true, align: "center" });
  const party = unit === "bao-lai-chau";
  span(
    ctx,
    ws,
    1,
    mid + 1,
    lastCol,
    party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "upper",
    {
      bold: true,
      align: "center",
    },
  );
  if (!party)
    span(ctx, ws, 2, mid + 1, lastCol, "Độc lập - Tự do - Hạnh phúc", "text", {
      bold: true,
      align: "center",
    });
  return 4;
}

/** Two signers under a table; returns the next free row. */
export function signers(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  row: number,
  last: number,
  who: readonly [string, string],
): number {
  const lastCol = Math.max(last, 4);
  const mid = Math.max(2, Math.floor(lastCol / 2));
  span(ctx, ws, row, mid + 1, lastCol, `Lai Châu, ngày ${ctx.rng.int(12, 24)} tháng 11 năm 2025`, "text", {
    italic: true,
    align: "center",
  });
  span(ctx, ws, row + 1, 1, mid, who[0], "upper", { bold: true, align: "center" });
  span(ctx, ws, row + 1, mid + 1, lastCol, who[1], "upper", { bold: true, align: "center" });
  return row + 2;
}

/** Borders around a table. */
export function frame(ws: ExcelJS.Worksheet, top: number, bottom: number, last: number): void {
  if (bottom >= top) grid(ws, top, 1, bottom, last);
}

export function hide(ws: ExcelJS.Worksheet): void {
  ws.state = "hidden";
}

/** The agencies in the order the author lists them (the magazine sometimes first, never missing). */
export function agencyOrder(rng: Rng): UnitId[] {
  return rng.chance(0.8) ? [...AGENCIES] : [MAGAZINE, ...AGENCIES.filter((u) => u !== MAGAZINE)];
}

/** Positive parts (by rough weights) that add up exactly to `total`; the last keeps any decimals. */
export function parts(rng: Rng, total: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const whole = Math.floor(total);
  const out = weights.map((w) => Math.max(0, Math.floor((whole * w) / sum)));
  const rest = total - out.slice(0, -1).reduce((a, b) => a + b, 0);
  out[count - 1] = Math.round(rest * 10) / 10;
  return out;
}

/** Whether a slot is shown (reported and in the workbook's years). */
export function shown(ctx: Blind12Context, input: string, unit: UnitId, year?: number): boolean {
  return ctx.data.shown(year === undefined ? { input, unit } : { input, unit, year });
}

/** The numeric value of a slot, or undefined when it is not a number. */
export function numberOf(
  ctx: Blind12Context,
  input: string,
  unit: UnitId,
  year?: number,
): number | undefined {
  const v = ctx.data.value(year === undefined ? { input, unit } : { input, unit, year });
  return typeof v === "number" ? v : undefined;
}

/** A stable key for a slot. */
export const keyOf = (input: string, unit: UnitId, year?: number): string =>
  slotKey(year === undefined ? { input, unit } : { input, unit, year });

/**
 * Makes a written cell stand out (tiles): bigger and bold, keeping its font name. An ExcelJS cell in memory, not an
 * Office.js proxy: nothing to load or sync.
 */
export function enlarge(ws: ExcelJS.Worksheet, at: string, size: number): void {
  const cell = ws.getCell(at);
  /* eslint-disable office-addins/call-sync-before-read */
  cell.font = { ...cell.font, size, bold: true };
  cell.alignment = { ...cell.alignment, horizontal: "center" };
  /* eslint-enable office-addins/call-sync-before-read */
}

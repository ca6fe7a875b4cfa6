/**
 * Small pieces the blind6 families share: a table header row, decoy picking, splitting a total into parts (ledger
 * entries, breakdown columns), formula cells and the staff names of a personnel list.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { isYearly, type UnitId } from "../model";
import type { Rng } from "../random";
import type { Blind6Context } from "./context";
import { B6_DECOYS, type B6Decoy } from "./wordings";

/** Bold centred headers from column 1, with borders. */
export function headerRow(
  ctx: Blind6Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
): void {
  texts.forEach((text, i) =>
    ctx.write(ws, `${colLetter(i + 1)}${row}`, text, "label", { bold: true, align: "center", wrap: true }),
  );
  grid(ws, row, 1, row, texts.length);
  ws.getRow(row).height = 30;
}

/** `n` distinct decoys, some of them imitating the given inputs when possible. */
export function pickDecoys(ctx: Blind6Context, n: number, near?: readonly string[]): B6Decoy[] {
  const pool = near === undefined ? B6_DECOYS : B6_DECOYS.filter((d) => near.includes(d.near));
  return ctx.rng.shuffle(pool.length > 0 ? pool : B6_DECOYS).slice(0, n);
}

/** Splits a whole total into `parts` positive whole parts, each smaller than the total (fewer when it is small). */
export function splitTotal(rng: Rng, total: number, parts: number): number[] {
  const whole = Math.floor(total);
  const count = Math.max(1, Math.min(parts, whole));
  if (count < 2) return [];
  const weights = Array.from({ length: count }, () => 0.3 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((whole * w) / sum)));
  const rest = whole - out.reduce((a, b) => a + b, 0);
  out[0] = (out[0] ?? 0) + rest + (total - whole);
  return out.every((v) => v > 0 && v < total) ? out : [];
}

/** A formula cell with its cached result. */
export function formula(ws: ExcelJS.Worksheet, at: string, text: string, result: number, bold = false): void {
  put(ws, at, { formula: text, result }, { numFmt: Number.isInteger(result) ? "#,##0" : "#,##0.0", bold });
}

/** The slot of an input for a unit (yearly inputs need the year). */
export function slotOf(
  input: string,
  unit: UnitId,
  year?: number,
): { input: string; unit: UnitId; year?: number } {
  return isYearly(input) ? { input, unit, year: year ?? 2025 } : { input, unit };
}

const FAMILY_NAMES = [
  "Nguyễn",
  "Lò",
  "Tòng",
  "Giàng",
  "Vàng",
  "Lường",
  "Trần",
  "Phạm",
  "Hoàng",
  "Lê",
  "Đỗ",
  "Sùng",
];
const MIDDLE = ["Văn", "Thị", "A", "Thu", "Minh", "Ngọc", "Hữu", "Thanh", "Seo", "Xuân"];
const GIVEN = [
  "Dũng",
  "Hương",
  "Chứ",
  "Pằng",
  "Sính",
  "Lan",
  "Tuấn",
  "Hà",
  "Chinh",
  "Phong",
  "Thắm",
  "Dơ",
  "Quyết",
  "Mai",
];

export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

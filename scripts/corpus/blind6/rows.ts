/**
 * Small pieces the blind6 families share: a table header row, decoy picking, splitting a total into parts (ledger
 * entries, breakdown columns), formula cells and the staff names of a personnel list.
 */
import type ExcelJS from "exceljs";
import { headerRow as listHeaderRow, pickNear, splitTotal as splitParts } from "../listRows";
import type { Rng } from "../random";
import type { Blind6Context } from "./context";

export { formula } from "../listRows";
export { slotOf } from "../model";

/** Bold centred headers from column 1, with borders. */
export function headerRow(
  ctx: Blind6Context,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
): void {
  listHeaderRow(ctx, ws, row, texts, 1, 30);
}

/** `n` distinct decoys, some of them imitating the given inputs when possible. */
export function pickDecoys(ctx: Blind6Context, n: number, near?: readonly string[]): B6Decoy[] {
  return pickNear(ctx.rng, B6_DECOYS, n, near);
}

/** Splits a whole total into `parts` positive whole parts, each smaller than the total (fewer when it is small). */
export function splitTotal(rng: Rng, total: number, parts: number): number[] {
  return splitParts(rng, total, parts, { floor: 0.3, restOn: "first" });
}
import { B6_DECOYS, type B6Decoy } from "./wordings";

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

/**
 * Small pieces the list-driven blind splits (blind6, blind7, blind8) share: a table header row, decoy picking,
 * splitting a total into parts, formula cells and a slot's shown number. Each split keeps its own wordings; only
 * how a cell is written is shared.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../fixtures/sheetKit";
import type { ListContext } from "./listContext";
import { type Slot } from "./model";
import type { Rng } from "./random";

/** Bold centred headers from column `from`, with borders, on a row `height` points high. */
export function headerRow(
  ctx: ListContext,
  ws: ExcelJS.Worksheet,
  row: number,
  texts: readonly string[],
  from = 1,
  height = 32,
): void {
  texts.forEach((text, i) =>
    ctx.write(ws, `${colLetter(i + from)}${row}`, text, "label", { bold: true, align: "center", wrap: true }),
  );
  grid(ws, row, from, row, from + texts.length - 1);
  ws.getRow(row).height = height;
}

/** `n` distinct decoys of a split's list, some of them imitating the given inputs when possible. */
export function pickNear<D extends { near: string }>(
  rng: Rng,
  decoys: readonly D[],
  n: number,
  near?: readonly string[],
): D[] {
  const pool = near === undefined ? decoys : decoys.filter((d) => near.includes(d.near));
  return rng.shuffle(pool.length > 0 ? pool : decoys).slice(0, n);
}

/**
 * Splits a total into `parts` positive parts, each smaller than the total (none when it is too small): weights from
 * `floor` to `floor` + 1, the rounding's rest on the first or the last part.
 */
export function splitTotal(
  rng: Rng,
  total: number,
  parts: number,
  { floor = 0.4, restOn = "last" }: { floor?: number; restOn?: "first" | "last" } = {},
): number[] {
  const whole = Math.floor(total);
  const count = Math.max(1, Math.min(parts, whole));
  if (count < 2) return [];
  const weights = Array.from({ length: count }, () => floor + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((whole * w) / sum)));
  const rest = whole - out.reduce((a, b) => a + b, 0);
  const at = restOn === "first" ? 0 : out.length - 1;
  out[at] = (out[at] ?? 0) + rest + (total - whole);
  return out.every((v) => v > 0 && v < total) ? out : [];
}

/** A formula cell with its cached result. */
export function formula(ws: ExcelJS.Worksheet, at: string, text: string, result: number, bold = false): void {
  put(ws, at, { formula: text, result }, { numFmt: Number.isInteger(result) ? "#,##0" : "#,##0.0", bold });
}

/** The numeric value of a slot when it is shown, else undefined. */
export function shownNumber(ctx: ListContext, slot: Slot): number | undefined {
  if (!ctx.data.shown(slot)) return undefined;
  const v = ctx.data.value(slot);
  return typeof v === "number" ? v : undefined;
}

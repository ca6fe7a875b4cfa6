/**
 * What the blind3 layouts share: the rows of one unit (inputs with near-miss rows among them), the numbers a
 * near-miss row or a target cell shows, and the furniture around tables (cover sheet, hidden scratch sheet,
 * footnotes). Nothing here records truth except through the context.
 */
import type ExcelJS from "exceljs";
import { addSheet, put, vnNumberText } from "../../fixtures/sheetKit";
import {
  isYearly,
  kindOf,
  MAGAZINE,
  PROVINCE,
  statusInputsOf,
  YEARLY,
  type Slot,
  type UnitId,
} from "../model";
import { sheetName } from "../sheets";
import type { Blind3Context } from "./context";
import { B3_COVER_TITLES, B3_DECOYS, B3_SCRATCH_NAMES, type B3Decoy } from "./wordings";

export type B3Row = { kind: "input"; input: string } | { kind: "decoy"; decoy: B3Decoy; text: string };

/** The inputs a unit reports, in plan order, with near-miss rows after some of them. */
export function unitRows(
  ctx: Blind3Context,
  unit: UnitId,
  o: { yearly?: boolean; status?: boolean; decoys?: number } = {},
): B3Row[] {
  const inputs = [
    ...(unit !== PROVINCE && (o.yearly ?? true) ? YEARLY : []),
    ...((o.status ?? true) ? statusInputsOf(unit) : []),
  ];
  const out: B3Row[] = [];
  for (const input of inputs) {
    out.push({ kind: "input", input });
    const decoy = B3_DECOYS.find((d) => d.near === input);
    if (decoy && ctx.rng.chance(o.decoys ?? 0.4)) {
      out.push({ kind: "decoy", decoy, text: ctx.rng.pick(decoy.texts) });
    }
  }
  return out;
}

/** A number near the slot's value that is never equal to it (0 when the slot has no number). */
export function nearNumber(ctx: Blind3Context, slot: Slot, low: number, high: number): number {
  const v = ctx.data.value(slot);
  if (typeof v !== "number") return ctx.rng.int(2, 40);
  for (let i = 0; i < 8; i++) {
    const n = Math.max(1, Math.round(v * (low + ctx.rng.next() * (high - low))));
    if (n !== v) return n;
  }
  return v + 7;
}

/** The figure a near-miss row shows for a unit (and a year, for rows near a yearly input). */
export function decoyNumber(ctx: Blind3Context, decoy: B3Decoy, unit: UnitId, year = 2025): number {
  const slot = isYearly(decoy.near) ? { input: decoy.near, unit, year } : { input: decoy.near, unit };
  return nearNumber(ctx, slot, decoy.low, decoy.high);
}

/** Writes a near-miss number as this author types numbers (never truth). */
export function writeNumber(ctx: Blind3Context, ws: ExcelJS.Worksheet, at: string, n: number): void {
  if (ctx.rng.chance(ctx.style.textNumbers)) put(ws, at, vnNumberText(n), { align: "right" });
  else put(ws, at, n, { numFmt: "#,##0" });
}

/** A target as plans state it: a number, a percentage, a level or a word (never recorded as truth). */
export function targetOf(ctx: Blind3Context, input: string, unit: UnitId): string | number {
  const { rng, data } = ctx;
  if (input === "political_articles") {
    const base = data.value({ input, unit, year: 2020 });
    return rng.chance(0.5) && typeof base === "number"
      ? Math.round(base * 1.2)
      : rng.pick(["Tăng 20% so với năm 2020", "≥ 20%"]);
  }
  if (input === "revenue") return rng.pick(["Tăng ≥ 20%", "≥ 120%", "Tăng tối thiểu 20%"]);
  if (input === "staff_trained") return rng.pick(["100%", "100% CB, PV, BTV"]);
  if (input === "staff_total") return "";
  if (input === "security_level")
    return unit === MAGAZINE ? "" : rng.pick(["Cấp độ 3 trở lên", "≥ Cấp độ 3"]);
  if (input === "remote_population_reached") return "100%";
  if (input === "remote_population_total") return "";
  if (kindOf(input) === "yes-no") return rng.pick(["67%", "Có", "100%", "Hoàn thành trước 2025"]);
  return "";
}

/** A "Bìa" (cover) sheet first in the workbook: title, reporting office, contact numbers. */
export function coverSheet(ctx: Blind3Context, wb: ExcelJS.Workbook, unit: UnitId | null): void {
  const ws = addSheet(wb, sheetName(wb, ctx.rng.pick(["Bìa", "Trang bìa", "BIA"])), [10, 60, 10]);
  const office = unit === null ? "Sở Văn hóa, Thể thao và Du lịch" : ctx.agency(unit, "cover");
  ctx.writeMerged(ws, "A2:C2", office, "upper", { bold: true });
  ctx.writeMerged(ws, "A6:C6", ctx.rng.pick(B3_COVER_TITLES).replace("{y}", "2025"), "upper", {
    bold: true,
    size: 16,
  });
  ctx.write(ws, "B10", `Người lập biểu: ${ctx.rng.pick(["Nguyễn Thị Hoa", "Lò Văn Thành", "Vàng A Dế"])}`);
  ctx.write(ws, "B11", `Điện thoại: 0213.38${ctx.rng.int(10, 99)}.${ctx.rng.int(100, 999)}`);
  ctx.write(ws, "B12", `Số trang: ${ctx.rng.int(3, 9)}; số biểu kèm theo: ${ctx.rng.int(2, 5)}`);
  ctx.writeMerged(ws, "A16:C16", "Lai Châu, tháng 11 năm 2025", "text", { italic: true });
}

/** A hidden sheet of working figures: the inputs' labels with numbers near (never equal to) the values. */
export function scratchSheet(ctx: Blind3Context, wb: ExcelJS.Workbook, units: readonly UnitId[]): void {
  const ws = addSheet(wb, sheetName(wb, ctx.rng.pick(B3_SCRATCH_NAMES)), [40, 12, 12, 12]);
  let row = 1;
  for (const unit of units) {
    ctx.write(ws, `A${row++}`, ctx.agency(unit), "text", { bold: true });
    for (const input of unit === PROVINCE ? statusInputsOf(unit) : [...YEARLY, "staff_total"]) {
      ctx.write(ws, `A${row}`, ctx.wording(input), "label");
      if (isYearly(input)) {
        put(ws, `B${row}`, 2025);
        writeNumber(ctx, ws, `C${row}`, nearNumber(ctx, { input, unit, year: 2025 }, 0.85, 1.15));
      } else writeNumber(ctx, ws, `C${row}`, nearNumber(ctx, { input, unit }, 0.85, 1.15));
      row++;
    }
  }
  ws.state = ctx.rng.chance(0.7) ? "hidden" : "veryHidden";
}

/** One or two footnotes from `row` on; returns the next free row. */
export function footnotes(ctx: Blind3Context, ws: ExcelJS.Worksheet, row: number, col = 1): number {
  const n = ctx.rng.int(1, 2);
  for (let i = 0; i < n; i++)
    ctx.write(ws, ws.getCell(row + i, col).address, ctx.footnote(), "text", { italic: true });
  return row + n;
}

/**
 * Things that look like answers and are not: plan targets, near-miss rows, hidden scratch sheets, last year's
 * report. Nothing written here is ever recorded as truth.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, put, ref, vnNumberText } from "../fixtures/sheetKit";
import type { CaseContext } from "./context";
import {
  isYearly,
  kindOf,
  nearMiss,
  roundTarget,
  statusInputsOf,
  YEARLY,
  type SampleValue,
  type Slot,
  type UnitId,
} from "./model";
import { decoysNear, type DecoyRow } from "./wordings";

/** A number for a near-miss row of this unit (and year). */
export function decoyNumber(ctx: CaseContext, decoy: DecoyRow, unit: UnitId, year = 2025): number {
  const { rng, data } = ctx;
  const num = (slot: Slot): number => {
    const v = data.value(slot);
    return typeof v === "number" ? v : 0;
  };
  switch (decoy.id) {
    case "total_articles":
      return Math.round(num({ input: "political_articles", unit, year }) * (1.3 + rng.next()));
    case "social_posts":
      return Math.round(num({ input: "political_articles", unit, year }) * (0.3 + rng.next() * 0.4)) + 1;
    case "ad_revenue":
      return Math.round(num({ input: "revenue", unit, year }) * (0.2 + rng.next() * 0.3));
    case "budget":
      return Math.round(num({ input: "revenue", unit, year }) * (0.35 + rng.next() * 0.5));
    case "press_cards":
      return Math.max(1, Math.round(num({ input: "staff_total", unit }) * (0.4 + rng.next() * 0.3)));
    case "trained_other":
      return rng.int(3, 40);
    case "incidents":
      return rng.int(0, 6);
    case "households":
      return rng.int(9000, 26000);
    default:
      return rng.int(150000, 4800000);
  }
}

/** Writes a near-miss row's value (a number as the author types it, or a yes/no word). */
export function writeDecoy(
  ctx: CaseContext,
  ws: ExcelJS.Worksheet,
  at: string,
  decoy: DecoyRow,
  unit: UnitId,
  year?: number,
): void {
  if (decoy.kind === "yes-no")
    ctx.write(ws, at, ctx.rng.chance(0.7) ? "Có" : "Không", "word", { align: "center" });
  else ctx.number(ws, at, decoyNumber(ctx, decoy, unit, year));
}

/** Up to `max` near-miss rows for an input, chosen for this case. */
export function pickDecoys(ctx: CaseContext, input: string, chance: number, max = 1): DecoyRow[] {
  const near = ctx.rng.shuffle(decoysNear(input));
  return near.slice(0, max).filter(() => ctx.rng.chance(chance));
}

/** A decoy label, stable within the case. */
export function decoyLabel(ctx: CaseContext, decoy: DecoyRow): string {
  return ctx.rng.fork(`${ctx.id}/decoy/${decoy.id}`).pick(decoy.texts);
}

/** The target a plan column shows for a slot: a number, a word, or target text ("Khoảng 1.500", "≥ 20%"). */
export function planValue(ctx: CaseContext, slot: Slot): number | string {
  const { rng, data } = ctx;
  const v: SampleValue = data.value(slot);
  if (typeof v === "boolean") return rng.pick(["Có", "Triển khai", "x", "Đạt"]);
  if (v === "not-applicable") return "-";
  if (kindOf(slot.input) === "level") return rng.pick([3, "Cấp độ 3", "≥ 3"]);
  if (slot.input === "staff_trained") {
    const total = data.value({ input: "staff_total", unit: slot.unit });
    return typeof total === "number" ? total : "100%";
  }
  if (isYearly(slot.input)) {
    const base = data.value({
      input: slot.input,
      unit: slot.unit,
      year: slot.input === "revenue" ? 2022 : 2020,
    });
    const target = roundTarget(typeof base === "number" ? base : v);
    const text = rng.int(0, 5);
    if (text === 0) return `Khoảng ${vnNumberText(target)}`;
    if (text === 1) return `Trên ${vnNumberText(target)}`;
    if (text === 2) return slot.input === "revenue" ? "Tăng ≥ 20%" : "≥ 20%";
    return target === v ? target + 10 : target;
  }
  return nearMiss(rng, v, 1, 1.15);
}

export function writePlan(ctx: CaseContext, ws: ExcelJS.Worksheet, at: string, slot: Slot): void {
  const target = planValue(ctx, slot);
  if (typeof target === "number") ctx.number(ws, at, target);
  else ctx.write(ws, at, target, "word", { align: "center" });
}

function freeName(wb: ExcelJS.Workbook, names: readonly string[], ctx: CaseContext): string {
  const free = names.filter((n) => wb.getWorksheet(n) === undefined);
  return free.length > 0 ? ctx.rng.pick(free) : `Sheet${wb.worksheets.length + 1}`;
}

/** A hidden scratch sheet: the case's own labels with numbers that are near, but not, the answers. */
export function scratchSheet(ctx: CaseContext, wb: ExcelJS.Workbook, units: readonly UnitId[]): void {
  const ws = addSheet(
    wb,
    freeName(wb, ["Nháp", "Sheet2", "TH cu", "Số liệu tạm", "Data (2)"], ctx),
    [44, 12, 12, 12],
  );
  ws.state = ctx.rng.chance(0.8) ? "hidden" : "veryHidden";
  put(ws, "A1", "Số liệu tổng hợp tạm (chưa rà soát)", { italic: true });
  let row = 3;
  for (const unit of units) {
    ctx.write(ws, `A${row}`, ctx.agency(unit), "text", { bold: true });
    row++;
    for (const input of ["political_articles", "revenue", "staff_total", "staff_trained"]) {
      ctx.write(ws, `A${row}`, ctx.wording(input), "label");
      [2023, 2024, 2025].forEach((year, i) => {
        const v = ctx.data.value(isYearly(input) ? { input, unit, year } : { input, unit });
        if (typeof v === "number") put(ws, ref(2 + i, row), nearMiss(ctx.rng, v, 0.8, 1.05));
      });
      row++;
    }
  }
}

/** Last year's report left in the workbook: status as of 2024 and the 2024 estimates (final figures live elsewhere). */
export function staleSheet(
  ctx: CaseContext,
  wb: ExcelJS.Workbook,
  units: readonly UnitId[],
  shownIn2024: (slot: Slot) => boolean,
): void {
  const ws = addSheet(
    wb,
    freeName(wb, ["Năm 2024", "BC 2024", "2024 (cũ)", "Nam 2024"], ctx),
    [6, 50, 10, 12, 12, 20],
  );
  ctx.writeMerged(ws, "A1:F1", "Báo cáo kết quả thực hiện năm 2024", "upper", { bold: true });
  ctx.writeMerged(ws, "A2:F2", "(Số liệu ước thực hiện đến ngày 15/11/2024)", "text", { italic: true });
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2024", "Ước TH 2024", "Ghi chú"].forEach((t, i) =>
    ctx.write(ws, ref(i + 1, 4), t, "text", { bold: true, align: "center", wrap: true }),
  );
  let row = 5;
  for (const unit of units) {
    ctx.writeMerged(ws, `A${row}:F${row}`, ctx.agency(unit), "text", { bold: true, align: "left" });
    row++;
    const inputs = [
      ...YEARLY.filter((i) => shownIn2024({ input: i, unit, year: 2024 })),
      ...statusInputsOf(unit),
    ];
    let stt = 0;
    for (const input of inputs) {
      const slot: Slot = isYearly(input) ? { input, unit, year: 2024 } : { input, unit };
      if (!isYearly(input) && !ctx.data.shown(slot)) continue;
      put(ws, `A${row}`, ++stt, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      writePlan(ctx, ws, `D${row}`, slot);
      const v = ctx.data.value(slot);
      const then =
        typeof v === "number" && kindOf(input) === "level" ? Math.max(1, v - ctx.rng.int(0, 1)) : v;
      const word = ctx.words(input, then);
      if (word !== null) ctx.write(ws, `E${row}`, word, "word", { align: "center" });
      else if (typeof then === "number") ctx.number(ws, `E${row}`, nearMiss(ctx.rng, then, 0.85, 0.99));
      row++;
    }
  }
  grid(ws, 4, 1, row - 1, 6);
}

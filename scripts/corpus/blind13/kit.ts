/** What the blind13 families share: header cells, remarks, hidden drafts, parts of a total, plan figures. */
import type ExcelJS from "exceljs";
import { addSheet, put, ref } from "../../fixtures/sheetKit";
import {
  AGENCIES,
  isYearly,
  statusInputsOf,
  YEARLY,
  type SampleValue,
  type Slot,
  type UnitId,
} from "../model";
import type { Rng } from "../random";
import type { Blind13Context } from "./context";

export type Ctx = Blind13Context;

/** A bold, centred, wrapped header cell in the case's voice. */
export function head(ctx: Ctx, ws: ExcelJS.Worksheet, at: string, text: string): void {
  ctx.write(ws, at, text, "text", { bold: true, align: "center", wrap: true });
}

/** A remark in the cell now and then (never a value). */
export function remark(ctx: Ctx, ws: ExcelJS.Worksheet, at: string, chance = 0.3): void {
  if (ctx.rng.chance(chance)) ctx.write(ws, at, ctx.note(), "text", { italic: true, wrap: true });
}

/** The agencies an input applies to. */
export function unitsOf(input: string): UnitId[] {
  return AGENCIES.filter((u) => isYearly(input) || statusInputsOf(u).includes(input));
}

/** Every status input of any agency, in the plan's order. */
export const STATUS_INPUTS: readonly string[] = [...new Set(AGENCIES.flatMap((u) => statusInputsOf(u)))];

export const YEARLY_INPUTS: readonly string[] = YEARLY;

/** `n` parts that add up to `total` exactly (the last takes the rest, to one decimal). */
export function parts(rng: Rng, total: number, n: number): number[] {
  const out: number[] = [];
  let left = total;
  for (let i = 0; i < n - 1; i++) {
    const share = Math.floor(total * (0.12 + rng.next() * (0.6 / n)));
    out.push(share);
    left -= share;
  }
  out.push(Math.round(left * 10) / 10);
  return out;
}

/** A plan figure for a slot: a number near the value, or a target word; never a slot. */
export function planFigure(ctx: Ctx, slot: Slot): number | string {
  const v: SampleValue = ctx.data.value(slot);
  if (typeof v === "boolean") return ctx.style.yesNo[0];
  if (v === "not-applicable") return "-";
  if (slot.input === "security_level") return 3;
  return ctx.near(slot.input, slot.unit as UnitId, 1.04, 1.22, slot.year);
}

export function writePlanFigure(ctx: Ctx, ws: ExcelJS.Worksheet, at: string, slot: Slot): void {
  const f = planFigure(ctx, slot);
  if (typeof f === "number") ctx.number(ws, at, f);
  else ctx.write(ws, at, f, "word", { align: "center" });
}

/** A hidden working sheet: the case's own labels beside numbers near the answers (never truth). */
export function hiddenDraft(ctx: Ctx, wb: ExcelJS.Workbook, name: string): void {
  const ws = addSheet(wb, name, [40, 12, 12, 12]);
  ws.state = ctx.rng.chance(0.7) ? "hidden" : "veryHidden";
  let row = 1;
  for (const unit of AGENCIES) {
    ctx.write(ws, `A${row}`, ctx.agency(unit, "draft"), "text", { bold: true });
    row++;
    for (const input of ["political_articles", "revenue", "staff_total", "staff_trained"]) {
      ctx.write(ws, `A${row}`, ctx.wording(input, "draft"), "label");
      [2024, 2025].forEach((year, i) =>
        put(ws, ref(2 + i, row), ctx.near(input, unit, 0.8, 0.97, isYearly(input) ? year : undefined)),
      );
      row++;
    }
  }
}

/** Slot of a yearly or status input. */
export function slotOf(input: string, unit: UnitId, year = 2025): Slot {
  return isYearly(input) ? { input, unit, year } : { input, unit };
}

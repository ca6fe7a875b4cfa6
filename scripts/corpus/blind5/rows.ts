/**
 * What the blind5 layouts share: which inputs a unit reports, near-miss rows and their numbers, the target and
 * previous-period figures that sit beside the real ones (never truth), and the row list of an indicator table.
 */
import type ExcelJS from "exceljs";
import { put, vnNumberText } from "../../fixtures/sheetKit";
import {
  AGENCIES,
  kindOf,
  nearMiss,
  PROVINCE,
  roundTarget,
  statusInputsOf,
  YEARLY,
  type Slot,
  type UnitId,
  slotOf,
} from "../model";
import type { Blind5Context } from "./context";

export { slotOf };
import { B5_DECOYS, type B5Decoy } from "./wordings";

export type Row = { kind: "input"; input: string } | { kind: "decoy"; decoy: B5Decoy };

/** The units a case shows: the three agencies, and the province when the case carries its figures. */
export function unitsOf(ctx: Blind5Context): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

/** The plan inputs a unit reports, yearly series first. */
export function inputsOf(unit: UnitId, o: { yearly?: boolean; status?: boolean } = {}): string[] {
  const yearly = unit !== PROVINCE && (o.yearly ?? true) ? [...YEARLY] : [];
  return [...yearly, ...((o.status ?? true) ? statusInputsOf(unit) : [])];
}

/** `count` near-miss rows (different ones), optionally only those near the given inputs. */
export function pickDecoys(ctx: Blind5Context, count: number, near?: readonly string[]): B5Decoy[] {
  const pool = B5_DECOYS.filter((d) => near === undefined || near.includes(d.near));
  return ctx.rng.shuffle(pool).slice(0, count);
}

/** The input rows of a unit with `decoys` near-miss rows slipped in after the input they resemble. */
export function rowsOf(ctx: Blind5Context, unit: UnitId, inputs: readonly string[], decoys: number): Row[] {
  const rows: Row[] = inputs.map((input) => ({ kind: "input", input }));
  for (const decoy of pickDecoys(ctx, decoys, unit === PROVINCE ? [] : undefined)) {
    const at = rows.findIndex((r) => r.kind === "input" && r.input === decoy.near);
    rows.splice(at < 0 ? rows.length : at + 1, 0, { kind: "decoy", decoy });
  }
  return rows;
}

function numberNear(ctx: Blind5Context, input: string, unit: UnitId, year?: number): number | null {
  if (!inputsOf(unit).includes(input)) return null;
  const v = ctx.data.value(slotOf(input, unit, year));
  return typeof v === "number" ? v : null;
}

/** The figure a near-miss row shows (a number, or a percentage text). */
export function decoyValue(ctx: Blind5Context, decoy: B5Decoy, unit: UnitId, year?: number): number | string {
  const { rng } = ctx;
  const base = numberNear(ctx, decoy.near, unit, year);
  switch (decoy.value) {
    case "percent":
      return `${vnNumberText(rng.int(120, 990) / 10)}%`;
    case "small":
      return rng.int(2, 14);
    case "large":
      return base === null ? rng.int(300, 4000) : Math.round(base * (1.6 + rng.next() * 1.5));
    case "near":
      return base === null ? rng.int(40, 900) : nearMiss(rng, base, 0.55, 0.92);
  }
}

export function writeDecoy(
  ctx: Blind5Context,
  ws: ExcelJS.Worksheet,
  at: string,
  decoy: B5Decoy,
  unit: UnitId,
  year?: number,
): void {
  const v = decoyValue(ctx, decoy, unit, year);
  if (typeof v === "number") ctx.number(ws, at, v);
  else put(ws, at, v, { align: "right" });
}

/** A target figure for the slot, as a plan states it (never the slot's value). */
export function targetOf(ctx: Blind5Context, slot: Slot): number | string {
  const v = ctx.data.value(slot);
  if (typeof v === "number") {
    if (kindOf(slot.input) === "level") return "Cấp độ 3";
    const t = roundTarget(v);
    return t === v ? t + 10 : t;
  }
  if (v === "not-applicable") return "-";
  return slot.input === "licensed" ? "Cấp lại GP" : "Hoàn thành";
}

/** Last period's figure for a status slot: a near miss for numbers, an older answer otherwise. */
export function previousOf(ctx: Blind5Context, slot: Slot): number | string | boolean {
  const v = ctx.data.value(slot);
  if (kindOf(slot.input) === "level" && typeof v === "number") return Math.max(1, v - ctx.rng.int(0, 1));
  if (typeof v === "number") return nearMiss(ctx.rng, v, 0.82, 0.98);
  if (typeof v === "boolean") return v && ctx.rng.chance(0.6) ? false : v;
  return v;
}

/** Writes a previous-period or other non-truth answer the way the case writes answers. */
export function writeAnswer(
  ctx: Blind5Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  v: number | string | boolean,
): void {
  if (typeof v === "string") ctx.write(ws, at, v, "word", { align: "center" });
  else if (typeof v === "boolean") ctx.write(ws, at, ctx.words(input, v) ?? "", "word", { align: "center" });
  else {
    const words = ctx.words(input, v);
    if (words !== null) ctx.write(ws, at, words, "word", { align: "center" });
    else ctx.number(ws, at, v);
  }
}

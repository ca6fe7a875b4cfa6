/**
 * The row lists and the traps the blind layouts share: themed sections of the plan's inputs, near-miss rows
 * (blind decoys), target figures, quarter parts and hidden scratch sheets. Nothing here records truth except
 * through `ctx.value`.
 */
import type ExcelJS from "exceljs";
import { put } from "../../fixtures/sheetKit";
import {
  isYearly,
  kindOf,
  nearMiss,
  roundTarget,
  statusInputsOf,
  YEARLY,
  type Slot,
  type UnitId,
} from "../model";
import type { BlindContext } from "./context";
import {
  BLIND_DECOYS,
  BLIND_PLAN_HEADERS,
  BLIND_SCRATCH_NAMES,
  BLIND_THEMES,
  BLIND_YEAR_HEADERS,
  type BlindDecoy,
} from "./wordings";

export type BlindRow =
  | { kind: "section"; text: string }
  | { kind: "input"; input: string }
  | { kind: "decoy"; decoy: BlindDecoy; text: string };

export type RowOptions = { yearly?: boolean; status?: boolean; decoyChance?: number; omitGaps?: boolean };

/** Whether any of the unit's slots of this input is shown. */
export function anyShown(ctx: BlindContext, input: string, unit: UnitId): boolean {
  if (!isYearly(input)) return ctx.data.shown({ input, unit });
  return ctx.data.years[input].some((year) => ctx.data.shown({ input, unit, year }));
}

/** The themed rows of one unit: section titles, its inputs, and near-miss rows after some of them. */
export function blindRows(ctx: BlindContext, unit: UnitId, o: RowOptions = {}): BlindRow[] {
  const wanted = [...((o.yearly ?? true) ? YEARLY : []), ...((o.status ?? true) ? statusInputsOf(unit) : [])];
  const out: BlindRow[] = [];
  for (const [titles, inputs] of BLIND_THEMES) {
    const body: BlindRow[] = [];
    for (const input of inputs.filter((i) => wanted.includes(i))) {
      if (o.omitGaps && !anyShown(ctx, input, unit)) continue;
      body.push({ kind: "input", input });
      const decoys = BLIND_DECOYS.filter((d) => d.near === input);
      if (decoys.length > 0 && ctx.rng.chance(o.decoyChance ?? 0.5)) {
        const decoy = ctx.rng.pick(decoys);
        body.push({ kind: "decoy", decoy, text: ctx.rng.pick(decoy.texts) });
      }
    }
    if (body.length > 0) out.push({ kind: "section", text: ctx.rng.pick(titles) }, ...body);
  }
  return out;
}

/** The number a near-miss row shows (never equal to a real value by luck when it is a near miss). */
export function decoyNumber(ctx: BlindContext, decoy: BlindDecoy, unit: UnitId, year?: number): number {
  const slot: Slot = isYearly(decoy.near)
    ? { input: decoy.near, unit, year: year ?? 2025 }
    : { input: decoy.near, unit };
  const v = ctx.data.value(slot);
  const base = typeof v === "number" ? v : 0;
  switch (decoy.kind) {
    case "near":
      return base > 0 ? nearMiss(ctx.rng, base, 0.55, 0.95) : ctx.rng.int(3, 40);
    case "over":
      return Math.round(Math.max(4, base) * (1.2 + ctx.rng.next() * 0.8));
    case "share":
      return ctx.rng.int(550, 1000) / 10;
    case "growth":
      return ctx.rng.int(-50, 250) / 10;
    case "big":
      return Math.max(1000, base) * ctx.rng.int(40, 300);
    case "small":
      return ctx.rng.int(0, 4);
    case "count":
      return ctx.rng.int(2, 36);
  }
}

/** Writes a near-miss row's value (a number, sometimes with "%"). */
export function writeDecoyValue(
  ctx: BlindContext,
  ws: ExcelJS.Worksheet,
  at: string,
  decoy: BlindDecoy,
  unit: UnitId,
  year?: number,
): void {
  const n = decoyNumber(ctx, decoy, unit, year);
  if ((decoy.kind === "share" || decoy.kind === "growth") && ctx.rng.chance(0.4))
    put(ws, at, `${String(n).replace(".", ",")}%`, { align: "right" });
  else ctx.number(ws, at, n);
}

/** A target figure for an input (1.2 × the real value, "Có", "Cấp độ 3"), or null when none makes sense. */
export function targetOf(ctx: BlindContext, input: string, unit: UnitId): string | number | null {
  const slot: Slot = isYearly(input) ? { input, unit, year: 2025 } : { input, unit };
  const v = ctx.data.value(slot);
  if (v === "not-applicable") return null;
  if (typeof v === "boolean") return input === "licensed" ? "Cấp lại" : "Có";
  if (kindOf(input) === "level") return "Cấp độ 3";
  if (input === "staff_trained") return ctx.data.value({ input: "staff_total", unit }) as number;
  return roundTarget(v);
}

export function writeTarget(
  ctx: BlindContext,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  unit: UnitId,
): void {
  const t = targetOf(ctx, input, unit);
  if (t === null) return;
  if (typeof t === "number") ctx.number(ws, at, t);
  else ctx.write(ws, at, t, "word", { align: "center" });
}

export function planHeader(ctx: BlindContext, year = 2025): string {
  return ctx.rng.pick(BLIND_PLAN_HEADERS).replace("{y}", String(year));
}

export function yearHeaderStyle(ctx: BlindContext): (year: number) => string {
  const pattern = ctx.rng.pick(BLIND_YEAR_HEADERS);
  return (year) => pattern.replace("{y}", String(year));
}

/** A yearly value split into four quarters (the last takes the remainder, halves included). */
export function quarters(ctx: BlindContext, total: number): number[] {
  const shares = [0, 1, 2].map(() => 0.22 + ctx.rng.next() * 0.06);
  const parts = shares.map((s) => Math.round(total * s));
  parts.push(Math.round((total - parts.reduce((a, b) => a + b, 0)) * 10) / 10);
  return parts;
}

/**
 * A hidden sheet with copies of some reported numbers beside blind wordings (what an author keeps while
 * drafting). Never truth.
 */
export function scratchSheet(ctx: BlindContext, wb: ExcelJS.Workbook, unit: UnitId): void {
  const name = ctx.rng.pick(BLIND_SCRATCH_NAMES);
  if (wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase())) return;
  const ws = wb.addWorksheet(name);
  ws.state = ctx.rng.chance(0.7) ? "hidden" : "veryHidden";
  ws.columns = [{ width: 48 }, { width: 14 }, { width: 14 }];
  let row = 1;
  for (const input of ctx.rng.shuffle([...YEARLY, ...statusInputsOf(unit)]).slice(0, 4)) {
    ctx.write(ws, `A${row}`, ctx.wording(input, "scratch"), "label");
    const slot: Slot = isYearly(input) ? { input, unit, year: 2024 } : { input, unit };
    const v = ctx.data.value(slot);
    if (typeof v === "number") put(ws, `B${row}`, v);
    else if (typeof v === "boolean") put(ws, `B${row}`, v ? 1 : 0);
    row++;
  }
}

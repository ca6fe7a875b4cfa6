/**
 * Pieces the blind2 layouts share: which inputs a unit reports, near-miss rows and their values, plan and
 * last-year figures, hidden scratch sheets, a note paragraph above a table and footnotes under it.
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, newWorkbook, put, ref, vnNumberText } from "../../fixtures/sheetKit";
import {
  AGENCIES,
  isYearly,
  nearMiss,
  PROVINCE,
  roundTarget,
  statusInputsOf,
  YEARLY,
  type UnitId,
} from "../model";
import type { Blind2Context } from "./context";
import { B2_DECOYS, B2_FOOTNOTES, B2_PREAMBLES, type B2Decoy } from "./wordings";

export { AGENCIES, PROVINCE, YEARLY, isYearly, statusInputsOf };

/** Every status input any agency reports (the magazine's licence last). */
export function agencyStatusInputs(): string[] {
  const out: string[] = [];
  for (const unit of AGENCIES) for (const i of statusInputsOf(unit)) if (!out.includes(i)) out.push(i);
  return out;
}

export function book(): ExcelJS.Workbook {
  return newWorkbook();
}

export function sheet(wb: ExcelJS.Workbook, name: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, name, widths);
}

/** The decoy rows placed after an input (chance each), with the text chosen for this case. */
export function decoysAfter(
  ctx: Blind2Context,
  input: string,
  chance = 0.45,
): Array<{ decoy: B2Decoy; text: string }> {
  return B2_DECOYS.filter((d) => d.near === input && ctx.rng.chance(chance)).map((decoy) => ({
    decoy,
    text: ctx.rng.pick(decoy.texts),
  }));
}

/** The number an input has for a unit (and year): the base of near misses and targets. */
function baseNumber(ctx: Blind2Context, input: string, unit: UnitId, year = 2025): number {
  const slot = isYearly(input) ? { input, unit, year } : { input, unit };
  const v = ctx.data.value(slot);
  return typeof v === "number" ? v : ctx.rng.int(3, 40);
}

/** A decoy row's value: a near-miss number or a yes/no word (never the truth of anything). */
export function decoyValue(
  ctx: Blind2Context,
  ws: ExcelJS.Worksheet,
  at: string,
  decoy: B2Decoy,
  unit: UnitId,
  year?: number,
): void {
  if (decoy.value === "word") {
    ctx.write(ws, at, ctx.rng.chance(0.5) ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", {
      align: "center",
    });
    return;
  }
  const near = decoy.near === "security_level" ? 4 : baseNumber(ctx, decoy.near, unit, year);
  const n = decoy.near === "security_level" ? ctx.rng.int(0, 3) : nearMiss(ctx.rng, near, 0.2, 0.95);
  ctx.number(ws, at, n);
}

/** A plan/target figure for a slot (numbers rounded up, answers "yes", levels 3). */
export function planValue(
  ctx: Blind2Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  unit: UnitId,
  year = 2025,
): void {
  if (!isYearly(input) && !statusInputsOf(unit).includes(input)) return;
  const v = ctx.data.value(isYearly(input) ? { input, unit, year } : { input, unit });
  if (typeof v === "number" && input !== "security_level") ctx.number(ws, at, roundTarget(v));
  else if (input === "security_level") put(ws, at, 3, { align: "center" });
  else if (typeof v === "boolean") ctx.write(ws, at, ctx.style.yesNo[0], "word", { align: "center" });
}

/** Last year's status figure: a near number, the same answer or its opposite. */
export function lastYearValue(
  ctx: Blind2Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  unit: UnitId,
): void {
  const v = ctx.data.value({ input, unit });
  if (typeof v === "number" && input === "security_level") put(ws, at, Math.max(1, v - ctx.rng.int(0, 1)));
  else if (typeof v === "number") ctx.number(ws, at, nearMiss(ctx.rng, v, 0.8, 0.99));
  else if (typeof v === "boolean")
    ctx.write(ws, at, v && ctx.rng.chance(0.5) ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word");
  else ctx.write(ws, at, ctx.style.notApplicable, "word");
}

/** A hidden (or very hidden) scratch sheet: labels and numbers that look like the report's, never truth. */
export function scratchSheet(ctx: Blind2Context, wb: ExcelJS.Workbook, name: string): void {
  const ws = addSheet(wb, name, [40, 12, 12, 12]);
  ws.state = ctx.rng.chance(0.3) ? "veryHidden" : "hidden";
  put(ws, "A1", "Bảng nháp - không in");
  let row = 2;
  for (const unit of AGENCIES) {
    ctx.write(ws, ref(1, row), `${ctx.agency(unit, "scratch")} - ${ctx.header("political_articles")}`);
    for (let i = 0; i < 3; i++)
      put(ws, ref(2 + i, row), nearMiss(ctx.rng, baseNumber(ctx, "political_articles", unit), 0.7, 0.98));
    row++;
    ctx.write(ws, ref(1, row), `${ctx.agency(unit, "scratch")} - ${ctx.header("revenue")}`);
    put(ws, ref(2, row), nearMiss(ctx.rng, baseNumber(ctx, "revenue", unit), 0.7, 0.98));
    put(ws, ref(3, row), { formula: `B${row}*1.2`, result: 0 });
    row++;
  }
}

/** A long merged note paragraph from `top`; returns the row after it. */
export function preamble(ctx: Blind2Context, ws: ExcelJS.Worksheet, top: number, lastCol: number): number {
  const text = ctx.rng.pick(B2_PREAMBLES).replace("{y}", "2025");
  const bottom = top + ctx.rng.int(2, 4);
  ctx.writeMerged(ws, `A${top}:${colLetter(Math.max(lastCol, 4))}${bottom}`, text, "text", {
    align: "left",
    italic: ctx.rng.chance(0.5),
  });
  for (let r = top; r <= bottom; r++) ws.getRow(r).height = 30;
  return bottom + 2;
}

/** Footnotes under a table; returns the row after them. */
export function footnotes(ctx: Blind2Context, ws: ExcelJS.Worksheet, row: number): number {
  let r = row + 1;
  for (const f of ctx.rng.shuffle(B2_FOOTNOTES).slice(0, ctx.rng.int(1, 3)))
    ctx.write(ws, `A${r++}`, f.replace("{y}", "2025"), "text", { italic: true });
  return r;
}

/** A share "so với cùng kỳ" as people type it: text "108,5%" or a number formatted as percent. */
export function ratio(ctx: Blind2Context, ws: ExcelJS.Worksheet, at: string, now: number, before: number) {
  if (before === 0) return;
  const pct = Math.round((now / before) * 1000) / 10;
  if (ctx.rng.chance(0.5)) put(ws, at, `${vnNumberText(pct)}%`, { align: "right" });
  else put(ws, at, Math.round((now / before) * 1000) / 1000, { numFmt: "0.0%" });
}

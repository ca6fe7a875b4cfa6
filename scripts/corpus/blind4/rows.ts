/**
 * What the blind4 layouts share: which inputs a unit reports, near-miss rows and their numbers, plan targets,
 * part-of-year figures, a cover sheet, a hidden scratch sheet and file names.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook, put, vnNumberText } from "../../fixtures/sheetKit";
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
import { sheetName } from "../sheets";
import type { Blind4Context } from "./context";
import { B4_COVER_TITLES, B4_DECOYS, type B4Decoy } from "./wordings";

export { sheetName } from "../sheets";

/** The units a case shows: the three agencies, and the province when the case carries its figures. */
export function unitsOf(ctx: Blind4Context): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

/** Yearly inputs first (agencies only), then the unit's status inputs. */
export function inputsOf(unit: UnitId): string[] {
  return [...(unit === PROVINCE ? [] : YEARLY), ...statusInputsOf(unit)];
}

/** The years a yearly input is shown for in this case (ascending). */
export function yearsOf(ctx: Blind4Context, input: string): readonly number[] {
  return isYearly(input) ? ctx.data.years[input] : [];
}

/** The input's 2025 (or status) value as a number, for traps that sit near it; null for words. */
export function baseNumber(ctx: Blind4Context, input: string, unit: UnitId): number | null {
  const v = ctx.data.value(isYearly(input) ? { input, unit, year: 2025 } : { input, unit });
  return typeof v === "number" ? v : null;
}

/** The near-miss rows the author puts after an input (each at most once per case and unit). */
export function decoysAfter(ctx: Blind4Context, input: string, chance = 0.5): B4Decoy[] {
  return B4_DECOYS.filter((d) => d.input === input && ctx.rng.chance(chance));
}

/** The decoy's label: its texts take turns across cases (the case's number picks), so every one is written. */
export function decoyText(ctx: Blind4Context, decoy: B4Decoy): string {
  const n = Number(/(\d+)$/.exec(ctx.id)?.[1] ?? "0") + ctx.rng.int(0, 1);
  return decoy.texts[n % decoy.texts.length] ?? ctx.rng.pick(decoy.texts);
}

/** Writes a near-miss row's value: a number near the input's value, or a yes/no answer. Never truth. */
export function writeDecoyValue(
  ctx: Blind4Context,
  ws: ExcelJS.Worksheet,
  at: string,
  decoy: B4Decoy,
  unit: UnitId,
): void {
  const base = decoy.kind === "near" ? baseNumber(ctx, decoy.input, unit) : null;
  if (base === null) {
    ctx.write(ws, at, ctx.rng.chance(0.5) ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", {
      align: "center",
    });
    return;
  }
  ctx.number(ws, at, nearMiss(ctx.rng, base, 0.3, 0.95));
}

/** A plan target for an input (a round number above the value, or the answer the plan wants). */
export function writeTarget(
  ctx: Blind4Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  unit: UnitId,
): void {
  const base = baseNumber(ctx, input, unit);
  if (base !== null && input !== "security_level") ctx.number(ws, at, Math.max(roundTarget(base), base + 1));
  else if (input === "security_level") ctx.write(ws, at, "Cấp độ 3", "word", { align: "center" });
  else ctx.write(ws, at, ctx.style.yesNo[0], "word", { align: "center" });
}

/** A part-of-year figure (about half to three quarters of the year's). */
export function writePartial(
  ctx: Blind4Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: string,
  unit: UnitId,
): void {
  const base = baseNumber(ctx, input, unit);
  if (base !== null) ctx.number(ws, at, nearMiss(ctx.rng, base, 0.45, 0.78));
}

/** A workbook with the fixtures' fixed dates. */
export function book(): ExcelJS.Workbook {
  return newWorkbook();
}

/** A text-only cover sheet (title, number, date, addressee) in front of the data. */
export function coverSheet(ctx: Blind4Context, wb: ExcelJS.Workbook): void {
  const ws = addSheet(wb, sheetName(wb, ctx.rng.pick(["Bia", "Trang bìa", "BC"])), [70]);
  ctx.write(ws, "A2", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH LAI CHÂU", "upper", { bold: true });
  ctx.write(ws, "A4", ctx.rng.pick(B4_COVER_TITLES).replace("{y}", "2025"), "upper", {
    bold: true,
    size: 14,
  });
  ctx.write(ws, "A6", `Số: ${ctx.rng.int(101, 489)}/BC-SVHTTDL`, "text");
  ctx.write(ws, "A7", "Lai Châu, tháng 11 năm 2025", "text", { italic: true });
  ctx.write(ws, "A9", "Kính gửi: Ủy ban nhân dân tỉnh Lai Châu", "text");
}

/** A hidden scratch sheet: the author's working numbers, close to the real ones but never them. */
export function scratchSheet(ctx: Blind4Context, wb: ExcelJS.Workbook): void {
  const ws = addSheet(wb, sheetName(wb, ctx.rng.pick(["Nhap", "tam", "Sheet3", "XL so lieu"])), [40, 14, 14]);
  ws.state = ctx.rng.chance(0.7) ? "hidden" : "veryHidden";
  let row = 1;
  for (const unit of AGENCIES) {
    put(ws, `A${row}`, ctx.agency(unit));
    row++;
    for (const input of YEARLY) {
      const base = baseNumber(ctx, input, unit) ?? 1;
      put(ws, `A${row}`, ctx.wording(input));
      put(ws, `B${row}`, nearMiss(ctx.rng, base));
      put(ws, `C${row}`, vnNumberText(nearMiss(ctx.rng, base)));
      row++;
    }
  }
}

/** A file name as departments save them. */
export function fileName(ctx: Blind4Context, stems: readonly string[]): string {
  return `${ctx.rng.pick(stems)}.xlsx`;
}

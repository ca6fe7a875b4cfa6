/**
 * Small pieces the blind9 families share: the items of a unit (slots and near-miss rows), the years a series is
 * shown for, people's names and phone numbers, a hidden sheet, and a decoy's figure.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook } from "../../fixtures/sheetKit";
import { pickNear } from "../listRows";
import { AGENCIES, PROVINCE, statusInputsOf, YEARS, type Slot, type UnitId } from "../model";
import type { Blind9Context } from "./context";
import { B9_DECOYS, B9_FAMILY_NAMES, B9_GIVEN_NAMES, type B9Decoy } from "./wordings";

export type Item = { kind: "slot"; slot: Slot } | { kind: "decoy"; decoy: B9Decoy };

export const SERIES = ["political_articles", "revenue"] as const;

/** Years either series is shown for, the last `max` of them. */
export function shownYears(ctx: Blind9Context, max = 6): number[] {
  const ys = YEARS.filter(
    (y) => ctx.data.years.political_articles.includes(y) || ctx.data.years.revenue.includes(y),
  );
  return ys.slice(-max);
}

/** Status inputs of a unit, in the order of the plan. */
export function statusOf(unit: UnitId): string[] {
  return statusInputsOf(unit);
}

/** `n` near-miss rows, imitating the given inputs when the list has some. */
export function decoys(ctx: Blind9Context, n: number, near?: readonly string[]): B9Decoy[] {
  return pickNear(ctx.rng, B9_DECOYS, n, near);
}

/** The agencies, then the province when the workbook carries its figures. */
export function unitsOf(ctx: Blind9Context): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

export function personName(ctx: Blind9Context): string {
  return `${ctx.rng.pick(B9_FAMILY_NAMES)} ${ctx.rng.pick(B9_GIVEN_NAMES)}`;
}

export function phone(ctx: Blind9Context): string {
  const d = () => String(ctx.rng.int(0, 9));
  return `09${d()}${d()}.${d()}${d()}${d()}.${d()}${d()}${d()}`;
}

export function book(): ExcelJS.Workbook {
  return newWorkbook();
}

export function sheet(wb: ExcelJS.Workbook, name: string, widths: readonly number[]): ExcelJS.Worksheet {
  return addSheet(wb, name, widths);
}

/** A hidden sheet of labels with near figures beside them (a scratch copy nobody deleted). */
export function hiddenCopy(
  ctx: Blind9Context,
  wb: ExcelJS.Workbook,
  name: string,
  heading: string,
  units: readonly UnitId[],
): void {
  const ws = sheet(wb, name, [44, 14, 14]);
  ws.state = "hidden";
  ctx.write(ws, "A1", heading, "text", { bold: true });
  let row = 2;
  for (const unit of units) {
    ctx.write(ws, `A${row++}`, ctx.agency(unit, "hidden"), "text", { bold: true });
    const inputs = unit === PROVINCE ? statusOf(unit) : ["political_articles", "revenue", "staff_total"];
    for (const input of inputs) {
      ctx.write(ws, `A${row}`, ctx.wording(input, "hidden"), "label");
      ctx.number(
        ws,
        `B${row}`,
        ctx.near(input, unit, 0.7, 0.95, SERIES.includes(input as never) ? 2025 : undefined),
      );
      row++;
    }
  }
}

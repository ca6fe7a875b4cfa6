/**
 * "b14-monthly-tally-book": the book a newsroom's secretariat keeps all year, one sheet per agency: a few general
 * facts at the top, then month-by-month figures under year columns, the year's figure a "Cộng" row (often a SUM)
 * under twelve month rows. Beside the years: a near-miss column, a part-of-year figure and the plan figure, all
 * on the total row; sometimes a hidden sheet of first-entry figures.
 */
import { put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, YEARLY, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind14Context } from "./context";
import { nearFigure, newWorkbook, partsOf, planFigure, sheet, slotOf, statusOf, yearsShown } from "./kit";
import { B14_TALLY as T } from "./texts";
import { B14_DECOYS as D } from "./wordings";

/** The months a part-of-year header covers ("Quý III" → 7–9, "9 tháng" → 1–9). */
export function monthsOf(header: string): number[] {
  if (/Quý III/i.test(header)) return [7, 8, 9];
  const n = Number(/(\d+) tháng/.exec(header)?.[1] ?? "6");
  return Array.from({ length: n }, (_, i) => i + 1);
}

export function monthlyTally(ctx: Blind14Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["So theo doi thang", "SoTheoDoi", "Theo doi SL"])} 2025.xlsx`;
  const years = yearsShown(ctx);
  const yearStyle = ctx.rng.int(0, 1);
  const formulas = ctx.rng.chance(0.7);
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit, years, yearStyle, formulas);
  if (ctx.rng.chance(0.5)) draftSheet(ctx, wb, years);
  return [{ fileName: file, workbook: wb }];
}

function agencySheet(
  ctx: Blind14Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
  years: readonly number[],
  yearStyle: number,
  formulas: boolean,
): void {
  const last = 1 + years.length + 3;
  const ws = sheet(wb, ctx.slug(unit), [22, ...years.map(() => 12), 16, 14, 14, 30]);
  ctx.writeMerged(ws, `A1:${ref(Math.max(last, 6), 1)}`, ctx.pickText("title", T.titles), "upper", {
    bold: true,
  });
  ctx.writeMerged(ws, `A2:${ref(Math.max(last, 6), 2)}`, ctx.agency(unit), "text", { bold: true });
  ctx.write(ws, "A3", ctx.pickText("updated", T.updated, { y: 2025 }), "text", { italic: true });
  let row = 5;
  ctx.write(ws, `A${row}`, ctx.pickText("general", T.general), "upper", { bold: true });
  row++;
  for (const input of statusOf(unit)) {
    ctx.writeMerged(ws, `A${row}:C${row}`, ctx.label(input), "label", { align: "left" });
    ctx.value(file, ws, `D${row}`, { input, unit });
    ctx.write(ws, `E${row}`, ctx.measure(input), "text", { align: "center" });
    row++;
    if (input === "staff_total" && ctx.rng.chance(0.6)) {
      const d = ctx.decoyRow(D.pressCards, unit);
      ctx.writeMerged(ws, `A${row}:C${row}`, d.text, "label", { align: "left" });
      ctx.number(ws, `D${row}`, d.value);
      ctx.write(ws, `E${row}`, D.pressCards.measure, "text", { align: "center" });
      row++;
    }
  }
  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("monthly", T.monthly), "upper", { bold: true });
  row += 2;
  for (const input of YEARLY)
    row = monthTable(ctx, ws, file, unit, input, years, yearStyle, formulas, row) + 2;
}

function monthTable(
  ctx: Blind14Context,
  ws: ReturnType<typeof sheet>,
  file: string,
  unit: UnitId,
  input: (typeof YEARLY)[number],
  years: readonly number[],
  yearStyle: number,
  formulas: boolean,
  top: number,
): number {
  const head = { bold: true, align: "center" as const, wrap: true };
  const shownYears = years.filter((y) => ctx.data.years[input].includes(y));
  const first = 2;
  const lastYear = first + shownYears.length - 1;
  const decoy = input === "political_articles" ? D.allArticles : D.adIncome;
  const decoyCol = lastYear + 1;
  const partialCol = decoyCol + 1;
  const planCol = partialCol + 1;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, ctx.pickText("month", T.month), "text", head);
  ctx.writeMerged(ws, `${ref(first, top)}:${ref(lastYear, top)}`, ctx.header(input, "tally"), "text", head);
  shownYears.forEach((y, i) =>
    ctx.write(ws, ref(first + i, top + 1), yearStyle === 0 ? `Năm ${y}` : String(y), "text", head),
  );
  const decoyText = ctx.decoyLabel(decoy, "tally");
  ctx.writeMerged(ws, `${ref(decoyCol, top)}:${ref(decoyCol, top + 1)}`, decoyText, "text", head);
  const partial = ctx.partialHeader(2025);
  ctx.writeMerged(ws, `${ref(partialCol, top)}:${ref(partialCol, top + 1)}`, partial, "text", head);
  const plan = ctx.rng.chance(0.75);
  if (plan)
    ctx.writeMerged(ws, `${ref(planCol, top)}:${ref(planCol, top + 1)}`, ctx.planHeader(2025), "text", head);
  const body = top + 2;
  for (let m = 1; m <= 12; m++)
    ctx.write(ws, `A${body + m - 1}`, ctx.pickText("mname", T.monthName, { v: String(m) }));
  const total = body + 12;
  ctx.write(ws, `A${total}`, ctx.pickText("ytotal", T.yearTotal), "text", { bold: true });
  let parts2025: number[] = [];
  shownYears.forEach((year, i) => {
    const col = first + i;
    const slot = { input, unit, year };
    if (!ctx.data.shown(slot)) {
      ctx.value(file, ws, ref(col, total), slot);
      return;
    }
    const v = ctx.data.value(slot);
    const parts = partsOf(typeof v === "number" ? v : 0, 12, ctx.rng.fork(`${unit}/${input}/${year}`));
    if (year === 2025) parts2025 = parts;
    parts.forEach((p, m) =>
      put(ws, ref(col, body + m), p, { numFmt: Number.isInteger(p) ? "#,##0" : "#,##0.0" }),
    );
    const formula = formulas ? `SUM(${ref(col, body)}:${ref(col, body + 11)})` : undefined;
    ctx.value(file, ws, ref(col, total), slot, formula ? { formula } : {});
  });
  const d = ctx.decoyRow(decoy, unit, "tally");
  partsOf(d.value, 12, ctx.rng.fork(`${unit}/${input}/decoy`)).forEach((p, m) =>
    put(ws, ref(decoyCol, body + m), p, { numFmt: "#,##0" }),
  );
  put(ws, ref(decoyCol, total), d.value, { numFmt: "#,##0" });
  if (parts2025.length === 12) {
    const sum = monthsOf(partial).reduce((a, m) => a + (parts2025[m - 1] ?? 0), 0);
    ctx.number(ws, ref(partialCol, total), Math.round(sum * 10) / 10);
  }
  if (plan) {
    const target = planFigure(ctx, slotOf(input, unit, 2025));
    if (target !== null) ctx.number(ws, ref(planCol, total), target);
  }
  if (ctx.rng.chance(0.4)) ctx.write(ws, ref(planCol + 1, total), ctx.note(), "text", { italic: true });
  return total;
}

function draftSheet(ctx: Blind14Context, wb: ReturnType<typeof newWorkbook>, years: readonly number[]): void {
  const ws = sheet(wb, ctx.pickText("draftName", ["Nhap lieu", "Sheet3", "Cu"]), [
    40,
    ...years.map(() => 12),
  ]);
  ws.state = "hidden";
  ctx.write(ws, "A1", ctx.pickText("draft", T.draft), "text", { italic: true });
  let row = 3;
  for (const unit of AGENCIES)
    for (const input of YEARLY) {
      ctx.write(ws, `A${row}`, `${ctx.agency(unit)} - ${ctx.header(input, "tally")}`, "label");
      years.forEach((year, i) => {
        const n = nearFigure(ctx, { input, unit, year }, 0.85, 1.1);
        if (n !== null && ctx.data.years[input].includes(year)) put(ws, ref(2 + i, row), n);
      });
      row++;
    }
}

/**
 * b28-budget-disclosure-forms: the public disclosure of a budget's execution (form 03 of the disclosure circular),
 * a workbook per agency and a sheet per year. Each year's revenue total is a SUM of its parts (advertising, sales,
 * orders) beside the budget estimate; under it the state budget allocated for spending; on the last year's sheet
 * the headcount quota, the staff present and the autonomy class. A hidden reconciliation sheet in each workbook.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind28Context } from "./context";
import { hiddenSheet, newWorkbook, planFigure, plainNumber, sheet, slotOf } from "./kit";
import { B28_DISCLOSURE as T } from "./texts";
import { B28_DECOYS as D } from "./wordings";

function yearSheet(
  ctx: Blind28Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
  year: number,
): void {
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet, { y: year }), [6, 46, 10, 14, 16, 12, 26]);
  ctx.write(ws, "A1", ctx.agency(unit, "disclosure"), "upper", { bold: true });
  ctx.write(ws, "F1", ctx.pickText("form", T.form), "text", { bold: true });
  ctx.writeMerged(ws, "A2:G2", ctx.pickText("title", T.title, { y: year }), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:G3", ctx.pickText("basis", T.basis, { n: String(ctx.rng.int(12, 240)) }), "text", {
    italic: true,
  });
  const head = [
    "STT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ctx.planHeader(year),
    ctx.pickText("actual", T.actual, { y: year }),
    ctx.pickText("ratio", T.ratio),
    "Ghi chú",
  ];
  head.forEach((t, i) =>
    ctx.write(ws, ref(i + 1, 5), t, "text", { bold: true, align: "center", wrap: true }),
  );
  ws.getRow(5).height = 32;
  let row = 6;
  ctx.write(ws, `A${row}`, ctx.pickText("secA", T.sectionRevenue), "text", { bold: true });
  row++;
  const slot = slotOf("revenue", unit, year);
  const total = ctx.shownNumber(slot);
  ctx.write(ws, `A${row}`, "1");
  ctx.write(ws, `B${row}`, ctx.wording("revenue"), "label", { bold: true });
  ctx.write(ws, `C${row}`, ctx.measure("revenue"));
  const plan = planFigure(ctx, slot);
  if (plan !== null) ctx.figure(ws, `D${row}`, plan);
  if (total !== undefined) {
    // The parts add up to the total: advertising, sales and orders.
    const ad = Math.min(ctx.decoyValue(D.advertising, unit, year), Math.floor(total * 0.6));
    const sales = Math.round((total - ad) * (0.3 + ctx.rng.next() * 0.3));
    const orders = Math.round((total - ad - sales) * 10) / 10;
    ctx.viaFormula(file, ws, `E${row}`, slot, `SUM(E${row + 1}:E${row + 3})`);
    const parts: Array<[string, number]> = [
      [ctx.decoyLabel(D.advertising, String(year)), ad],
      [ctx.pickText("sales", T.partSales), sales],
      [ctx.pickText("orders", T.partOrders), orders],
    ];
    parts.forEach(([text, n], i) => {
      ctx.write(ws, `A${row + 1 + i}`, `1.${i + 1}`);
      ctx.write(ws, `B${row + 1 + i}`, text, "label", { italic: true });
      ctx.write(ws, `C${row + 1 + i}`, ctx.measure("revenue"));
      plainNumber(ws, `E${row + 1 + i}`, n);
    });
    if (plan !== null)
      ctx.formula(ws, `F${row}`, `ROUND(E${row}/D${row}*100,1)`, Math.round((total / plan) * 1000) / 10);
    row += 4;
  } else {
    ctx.value(file, ws, `E${row}`, slot);
    ctx.write(ws, `G${row}`, ctx.note(year), "text", { italic: true });
    row++;
  }
  ctx.write(ws, `A${row}`, ctx.pickText("secB", T.sectionSpend), "text", { bold: true });
  row++;
  const budget = ctx.decoyRow(D.budgetAllocated, unit, "budget", year);
  ctx.write(ws, `A${row}`, "1");
  ctx.write(ws, `B${row}`, budget.text, "label");
  ctx.write(ws, `C${row}`, ctx.measure("revenue"));
  ctx.figure(ws, `D${row}`, budget.value);
  ctx.figure(ws, `E${row}`, budget.value);
  row++;
  ctx.write(ws, `A${row}`, "2");
  ctx.write(ws, `B${row}`, ctx.pickText("spend", T.spend), "label");
  ctx.write(ws, `C${row}`, ctx.measure("revenue"));
  ctx.figure(ws, `E${row}`, Math.round(budget.value * (0.8 + ctx.rng.next() * 0.15)));
  row++;
  if (year === 2025) {
    ctx.write(ws, `A${row}`, ctx.pickText("secC", T.sectionOther), "text", { bold: true });
    row++;
    const quota = ctx.decoyRow(D.quota, unit, "quota");
    ctx.write(ws, `A${row}`, "1");
    ctx.write(ws, `B${row}`, quota.text, "label");
    ctx.write(ws, `C${row}`, ctx.measure("staff_total"));
    ctx.figure(ws, `E${row}`, quota.value);
    row++;
    ctx.write(ws, `A${row}`, "2");
    ctx.write(ws, `B${row}`, ctx.wording("staff_total"), "label");
    ctx.write(ws, `C${row}`, ctx.measure("staff_total"));
    ctx.value(file, ws, `E${row}`, slotOf("staff_total", unit));
    row++;
    ctx.write(ws, `A${row}`, "3");
    ctx.write(ws, `B${row}`, ctx.wording("autonomous"), "label");
    ctx.value(file, ws, `E${row}`, slotOf("autonomous", unit));
    row++;
  }
  grid(ws, 5, 1, row - 1, 7);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${row + 1}`, ctx.note(year), "text", { italic: true });
}

export function budgetDisclosure(ctx: Blind28Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const fileName = ctx.pickText("file", T.file, { n: ctx.slug(unit) });
    for (const year of ctx.data.years.revenue) yearSheet(ctx, wb, fileName, unit, year);
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [ctx.decoyLabel(D.advertising, "scratch"), ctx.decoyValue(D.advertising, unit)],
      [ctx.decoyLabel(D.budgetAllocated, "scratch"), ctx.decoyValue(D.budgetAllocated, unit)],
    ]);
    return { fileName, workbook: wb };
  });
}

/**
 * "b26-tax-revenue-declaration": each agency's summary of revenue as declared on its quarterly VAT returns, a
 * workbook per agency. A block per year: the taxable revenue, the revenue outside VAT (ordered tasks, sponsorship),
 * the total (the truth, a SUM of its quarters in G) and the VAT payable, quarters in C–F; the collection target in
 * H. A second sheet of the unit's particulars: tax code, autonomy (truth) and the average labour of the year (a
 * near-miss of the headcount). A hidden scratch sheet in some.
 */
import type ExcelJS from "exceljs";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind26Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, plainNumber, ROMAN, sheet, slotOf } from "./kit";
import { B26_TAX as T } from "./texts";
import { B26_DECOYS as D } from "./wordings";

export function taxDeclaration(ctx: Blind26Context): BuiltFile[] {
  return AGENCIES.map((unit) => agencyBook(ctx, unit));
}

function agencyBook(ctx: Blind26Context, unit: UnitId): BuiltFile {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files, { n: ctx.slug(unit) })}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [7, 50, 12, 12, 12, 12, 14, 14, 24]);
  ctx.writeMerged(ws, "A1:I1", ctx.agency(unit, "tax"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:I2", ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:I3", ctx.pickText("unit", T.moneyUnits), "text", { italic: true, align: "right" });
  headers(ctx, ws, 5, [
    "STT",
    ctx.pickText("h-item", T.itemHeads),
    ...T.quarters,
    ctx.pickText("h-year", T.yearTotalHeads),
    ctx.pickText("h-plan", T.planHeads),
    ctx.pickText("h-note", T.noteHeads),
  ]);
  let row = 6;
  const years = ctx.data.years.revenue;
  years.forEach((year, b) => {
    ctx.write(ws, `A${row}`, ROMAN[b] ?? "", "text", { bold: true });
    ctx.write(ws, `B${row}`, ctx.pickText("block", T.blocks, { y: year }), "text", { bold: true });
    row++;
    const slot = slotOf("revenue", unit, year);
    const shown = ctx.data.shown(slot);
    const v = ctx.data.value(slot);
    if (!shown || typeof v !== "number") {
      ctx.write(ws, `B${row}`, ctx.wording("revenue", "tax"), "label");
      ctx.value(file, ws, `G${row}`, slot);
      ctx.write(ws, `I${row}`, ctx.pickText("missing", T.missing), "text", { italic: true });
      row += 2;
      return;
    }
    const whole = Math.floor(v);
    const shares = [0.2 + ctx.rng.next() * 0.05, 0.22 + ctx.rng.next() * 0.05, 0.23 + ctx.rng.next() * 0.05];
    const q = shares.map((s) => Math.round(whole * s));
    q.push(v - q.reduce((a, x) => a + x, 0));
    const f =
      D.taxableRevenue.scale[0] + ctx.rng.next() * (D.taxableRevenue.scale[1] - D.taxableRevenue.scale[0]);
    const taxable = q.map((x) => Math.round(Math.floor(x) * f));
    const other = q.map((x, i) => x - (taxable[i] ?? 0));
    const vat = taxable.map((x) => Math.round(x * 0.1 * 10) / 10);
    const line = (n: string, label: string, parts: readonly number[], truth: boolean) => {
      ctx.write(ws, `A${row}`, n, "text", { align: "center" });
      ctx.write(ws, `B${row}`, label, "label", { wrap: true, bold: truth });
      parts.forEach((x, i) => plainNumber(ws, `${"CDEF"[i] ?? "C"}${row}`, x));
      const sum = `SUM(C${row}:F${row})`;
      if (truth) ctx.viaFormula(file, ws, `G${row}`, slot, sum);
      else ctx.formula(ws, `G${row}`, sum, Math.round(parts.reduce((a, x) => a + x, 0) * 10) / 10);
      row++;
    };
    const order = ctx.rng.chance(0.5);
    if (order) line("1", ctx.decoyLabel(D.taxableRevenue), taxable, false);
    line(order ? "2" : "1", ctx.pickText("untaxed", T.untaxed), other, false);
    if (!order) line("2", ctx.decoyLabel(D.taxableRevenue), taxable, false);
    line("3", ctx.label("revenue", { unit: ctx.rng.chance(0.4), key: "tax" }), q, true);
    const target = planFigure(ctx, slot);
    if (target !== null) ctx.figure(ws, `H${row - 1}`, target);
    line("4", ctx.decoyLabel(D.vatPayable), vat, false);
    if (ctx.rng.chance(0.3)) ctx.write(ws, `I${row - 2}`, ctx.note(year));
  });
  particulars(ctx, wb, file, unit);
  if (ctx.rng.chance(0.4))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratchNames), [
      [T.scratchRows[0] ?? "", ctx.rng.int(100, 900)],
      [T.scratchRows[1] ?? "", ctx.rng.int(10, 90)],
    ]);
  return { fileName: file, workbook: wb };
}

function particulars(ctx: Blind26Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("sheet2", T.infoSheets), [44, 30]);
  ctx.write(ws, "A1", ctx.pickText("info-title", T.infoTitles), "upper", { bold: true });
  const rows: Array<() => void> = [
    () => ctx.write(ws, "A3", T.infoName),
    () => ctx.write(ws, "B3", ctx.agency(unit, "info")),
    () => ctx.write(ws, "A4", T.infoTaxCode),
    () => ctx.write(ws, "B4", `620${String(ctx.rng.int(1000000, 9999999))}`),
    () => ctx.write(ws, "A5", ctx.wording("autonomous", "tax"), "label"),
    () => ctx.value(file, ws, "B5", slotOf("autonomous", unit)),
    () => ctx.write(ws, "A6", ctx.decoyLabel(D.averageLabour), "label"),
    () => ctx.figure(ws, "B6", ctx.decoyValue(D.averageLabour, unit)),
    () => ctx.write(ws, "A7", T.infoAddress),
    () => ctx.write(ws, "B7", ctx.pickText(`addr|${unit}`, T.addresses)),
  ];
  rows.forEach((write) => write());
}

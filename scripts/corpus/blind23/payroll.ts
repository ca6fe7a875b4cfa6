/**
 * b23-payroll-headcount-return: each agency's yearly return on labour and its wage fund, a file per agency. Rows of
 * labour figures with the two last years' settled columns, a part-of-year column, this year's column (truth: the
 * head count at year end, often a formula adding its two parts, the trained staff and the autonomy group in words)
 * and the assigned figures on the right; revenue of the three years (truth) over its advertising part, the average
 * head count, the contract staff, the wage fund and the people sent to any course sit around them.
 */
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind23Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, scratch, sheet, slotOf } from "./kit";
import { B23_PAYROLL as T, B23_PLAIN as P } from "./texts";
import { B23_DECOYS as D } from "./wordings";

export function payrollReturn(ctx: Blind23Context): BuiltFile[] {
  return AGENCIES.map((unit) => agencyFile(ctx, unit));
}

function agencyFile(ctx: Blind23Context, unit: UnitId): BuiltFile {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.file, { y: 2025 }).replace("{s}", ctx.slug(unit));
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 46, 12, 15, 15, 15, 15, 18]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title, { y: 2025 }), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  ctx.write(ws, "A3", ctx.pickText("unitLine", T.unitLine, { n: ctx.agency(unit) }), "text", { bold: true });
  headers(ctx, ws, 5, [
    ctx.pickText("stt", P.stt),
    ctx.pickText("item", T.item),
    ctx.pickText("measure", P.measure),
    ctx.pickText("lastYear", T.lastYear, { y: 2023 }),
    ctx.pickText("lastYear", T.lastYear, { y: 2024 }),
    ctx.partialHeader(2025),
    ctx.pickText("thisYear", T.thisYear, { y: 2025 }),
    ctx.planHeader(2025),
  ]);
  const total = slotOf("staff_total", unit);
  const staff = Number(ctx.data.value(total));
  const permanent = Math.max(1, Math.min(staff - 1, Math.round(staff * (0.68 + ctx.rng.next() * 0.18))));
  const person = ctx.measure("staff_total");
  let row = 6;
  const line = (n: string, text: string, measure: string): number => {
    ctx.write(ws, `A${row}`, n, "text", { align: "center" });
    ctx.write(ws, `B${row}`, text, "text", { wrap: true });
    ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
    return row++;
  };

  const avg = line("1", ctx.pickText("average", T.average), person);
  ctx.figure(ws, `E${avg}`, nearFigure(ctx, total, 0.86, 0.97) ?? 1);
  ctx.figure(ws, `F${avg}`, nearFigure(ctx, total, 0.9, 0.99) ?? 1);
  ctx.figure(ws, `G${avg}`, nearFigure(ctx, total, 0.92, 0.99) ?? 1);

  const head = line("2", ctx.label("staff_total", { unit: ctx.rng.chance(0.3) }), person);
  ctx.figure(ws, `D${head}`, nearFigure(ctx, total, 0.84, 0.93) ?? 1);
  ctx.figure(ws, `E${head}`, nearFigure(ctx, total, 0.9, 0.97) ?? 1);
  ctx.figure(ws, `F${head}`, nearFigure(ctx, total, 0.93, 0.99) ?? 1);
  const sum = ctx.rng.chance(0.6);
  ctx.value(file, ws, `G${head}`, total, sum ? { formula: `G${head + 1}+G${head + 2}` } : {});
  const plan = planFigure(ctx, total);
  if (plan !== null) ctx.figure(ws, `H${head}`, plan);

  const perm = line("-", ctx.pickText("permanent", T.permanent), person);
  ctx.figure(ws, `G${perm}`, permanent);
  ctx.figure(ws, `E${perm}`, Math.max(1, permanent - ctx.rng.int(0, 2)));
  const contract = line("-", ctx.decoyLabel(D.contractStaff), person);
  ctx.figure(ws, `G${contract}`, staff - permanent);

  const joined = line("3", ctx.pickText("joined", T.joined), person);
  ctx.figure(ws, `G${joined}`, ctx.rng.int(1, 6));
  const left = line("4", ctx.pickText("left", T.left), person);
  ctx.figure(ws, `G${left}`, ctx.rng.int(0, 4));

  const rev = line("5", ctx.label("revenue", { key: "payroll" }), ctx.measure("revenue"));
  ctx.value(file, ws, `D${rev}`, slotOf("revenue", unit, 2023));
  ctx.value(file, ws, `E${rev}`, slotOf("revenue", unit, 2024));
  const partial = nearFigure(ctx, slotOf("revenue", unit, 2025), 0.45, 0.6);
  if (partial !== null) ctx.figure(ws, `F${rev}`, partial);
  ctx.value(file, ws, `G${rev}`, slotOf("revenue", unit, 2025));
  const revPlan = planFigure(ctx, slotOf("revenue", unit, 2025));
  if (revPlan !== null) ctx.figure(ws, `H${rev}`, revPlan);
  const ad = line("-", ctx.decoyLabel(D.adRevenue), ctx.measure("revenue"));
  ctx.figure(ws, `E${ad}`, ctx.decoyValue(D.adRevenue, unit, 2024));
  ctx.figure(ws, `G${ad}`, ctx.decoyValue(D.adRevenue, unit, 2025));
  const fund = line("-", ctx.decoyLabel(D.payrollFund), ctx.measure("revenue"));
  ctx.figure(ws, `E${fund}`, ctx.decoyValue(D.payrollFund, unit, 2024));
  ctx.figure(ws, `G${fund}`, ctx.decoyValue(D.payrollFund, unit, 2025));
  const income = line("6", ctx.pickText("income", T.income), ctx.measure("revenue"));
  ctx.figure(ws, `E${income}`, ctx.rng.int(68, 95) / 10);
  ctx.figure(ws, `G${income}`, ctx.rng.int(72, 110) / 10);

  const sent = line("7", ctx.pickText("sentTraining", T.sentTraining), person);
  ctx.figure(ws, `G${sent}`, nearFigure(ctx, slotOf("staff_trained", unit), 0.2, 0.6) ?? 1);
  const trained = line("-", ctx.label("staff_trained", { key: "payroll" }), person);
  ctx.value(file, ws, `G${trained}`, slotOf("staff_trained", unit));

  line("8", ctx.pickText("autonomyGroup", T.autonomyGroup), "");
  const group = line("-", ctx.label("autonomous", { key: "payroll" }), ctx.measure("autonomous"));
  ctx.value(file, ws, `G${group}`, slotOf("autonomous", unit));

  if (ctx.rng.chance(0.45)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
  if (ctx.rng.chance(0.5))
    scratch(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [T.scratchRows[0] ?? "", 2.34],
      [T.scratchRows[1] ?? "", ctx.rng.int(30, 52) / 10],
      [T.scratchRows[2] ?? "", Math.round(ctx.decoyValue(D.payrollFund, unit, 2025) / 1.2) / 10],
    ]);
  return { fileName: file, workbook: wb };
}

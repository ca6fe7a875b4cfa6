/**
 * "b26-annual-assignment-follow-up": the follow-up book of the targets the province assigns each year, a sheet per
 * agency. Every indicator takes two rows, the assigned figure on the first and the result on the second (the row
 * kind in D), with a "% of the assignment" row under the yearly ones; years 2020–2025 across E–J, next year's
 * assignment in K. Status answers sit in the 2025 column, last year's headcount beside this year's. A near-miss row
 * (all works; ordered-task funds) after each yearly indicator. The province's remote-area figures on their own sheet.
 */
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind26Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B26_ASSIGNMENT as T } from "./texts";
import { B26_DECOYS as D } from "./wordings";

const COL = (year: number) => String.fromCharCode("E".charCodeAt(0) + year - 2020);

export function assignmentFollowUp(ctx: Blind26Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files, { y: 2025 })}.xlsx`;
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  if (ctx.data.province || ctx.rng.chance(0.3)) provinceSheet(ctx, wb, file);
  return [{ fileName: file, workbook: wb }];
}

function top(ctx: Blind26Context, ws: import("exceljs").Worksheet, who: string): number {
  ctx.writeMerged(ws, "A1:L1", ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:L2", who, "text", { bold: true });
  ctx.writeMerged(ws, "A3:L3", ctx.pickText("basis", T.basis, { y: 2025 }), "text", { italic: true });
  headers(ctx, ws, 5, [
    "STT",
    ctx.pickText("h-ind", T.indicatorHeads),
    "ĐVT",
    ctx.pickText("h-kind", T.kindHeads),
    ...YEARS.map((y) => ctx.pickText("h-year", T.yearHeads, { y })),
    ctx.planHeader(2026),
    ctx.pickText("h-note", T.noteHeads),
  ]);
  return 6;
}

function agencySheet(ctx: Blind26Context, wb: import("exceljs").Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.agency(unit, "sheet"), [6, 46, 10, 16, 11, 11, 11, 11, 11, 11, 14, 24]);
  let row = top(ctx, ws, ctx.agency(unit, "sheet"));
  const plan = ctx.pickText("plan-kind", T.planKinds);
  const done = ctx.pickText("done-kind", T.doneKinds);
  let n = 1;
  const pair = (label: string, measure: string): [number, number] => {
    ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
    ctx.writeMerged(ws, `B${row}:B${row + 1}`, label, "label", { align: "left" });
    ctx.writeMerged(ws, `C${row}:C${row + 1}`, measure, "text");
    ctx.write(ws, `D${row}`, plan, "text", { italic: true });
    ctx.write(ws, `D${row + 1}`, done, "text", { bold: true });
    row += 2;
    return [row - 2, row - 1];
  };
  for (const input of ["political_articles", "revenue"] as const) {
    const [p, a] = pair(ctx.wording(input, unit), ctx.measure(input));
    for (const year of YEARS) {
      const slot = slotOf(input, unit, year);
      if (!ctx.data.years[input].includes(year)) continue;
      const target = planFigure(ctx, slot);
      if (target !== null) ctx.figure(ws, `${COL(year)}${p}`, target);
      const shown = ctx.value(file, ws, `${COL(year)}${a}`, slot);
      const v = ctx.data.value(slot);
      if (shown && target !== null && typeof v === "number")
        ctx.formula(
          ws,
          `${COL(year)}${row}`,
          `ROUND(${COL(year)}${a}/${COL(year)}${p}*100,1)`,
          Math.round((v / target) * 1000) / 10,
        );
    }
    const next = planFigure(ctx, slotOf(input, unit, 2025));
    if (next !== null) ctx.figure(ws, `K${p}`, Math.round(next * 1.1));
    ctx.write(ws, `D${row}`, ctx.pickText("ratio", T.ratioKinds), "text", { italic: true });
    row++;
    const decoy = input === "political_articles" ? D.allWorks : D.orderFunds;
    ctx.write(ws, `B${row}`, ctx.decoyLabel(decoy, unit), "label");
    ctx.write(ws, `C${row}`, decoy.measure);
    ctx.write(ws, `D${row}`, done, "text");
    for (const year of ctx.data.years[input])
      ctx.figure(ws, `${COL(year)}${row}`, ctx.decoyValue(decoy, unit, year));
    row++;
  }
  for (const input of statusInputsOf(unit)) {
    if (isYearly(input)) continue;
    const [p, a] = pair(ctx.wording(input, unit), ctx.measure(input));
    const slot = slotOf(input, unit);
    const v = ctx.data.value(slot);
    if (typeof v === "number") {
      const all = ctx.data.value(slotOf("staff_total", unit));
      const target =
        input === "security_level"
          ? 3
          : input === "staff_trained" && typeof all === "number"
            ? all
            : planFigure(ctx, slot);
      if (target !== null) ctx.figure(ws, `J${p}`, target);
    } else if (v !== "not-applicable") {
      ctx.write(ws, `J${p}`, ctx.style.yesNo[0], "word", { align: "center" });
    }
    ctx.value(file, ws, `J${a}`, slot);
    if (input === "staff_total") {
      const last = nearFigure(ctx, slot, 0.88, 0.98);
      if (last !== null) ctx.figure(ws, `I${a}`, last);
    }
    if (ctx.rng.chance(0.15)) ctx.write(ws, `L${a}`, ctx.note());
  }
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
}

function provinceSheet(ctx: Blind26Context, wb: import("exceljs").Workbook, file: string): void {
  const ws = sheet(wb, ctx.agency(PROVINCE, "sheet"), [6, 46, 10, 16, 11, 11, 11, 11, 11, 11, 14, 24]);
  let row = top(ctx, ws, ctx.agency(PROVINCE, "sheet"));
  const total = slotOf("remote_population_total", PROVINCE);
  ctx.write(ws, `A${row}`, "1", "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.wording("remote_population_total"), "label");
  ctx.write(ws, `C${row}`, ctx.measure("remote_population_total"));
  ctx.write(ws, `D${row}`, ctx.pickText("done-kind", T.doneKinds), "text", { bold: true });
  ctx.value(file, ws, `J${row}`, total);
  const last = nearFigure(ctx, total, 0.95, 0.99);
  if (last !== null) ctx.figure(ws, `I${row}`, last);
  row++;
  ctx.write(ws, `A${row}`, "2", "text", { align: "center" });
  ctx.writeMerged(ws, `B${row}:B${row + 1}`, ctx.wording("remote_population_reached"), "label", {
    align: "left",
  });
  ctx.write(ws, `D${row}`, ctx.pickText("plan-kind", T.planKinds), "text", { italic: true });
  const target = ctx.data.value(total);
  if (typeof target === "number") ctx.figure(ws, `J${row}`, (Math.floor(target / 1000) + 1) * 1000);
  ctx.write(ws, `D${row + 1}`, ctx.pickText("done-kind", T.doneKinds), "text", { bold: true });
  ctx.value(file, ws, `J${row + 1}`, slotOf("remote_population_reached", PROVINCE));
  row += 3;
  ctx.write(ws, `B${row}`, ctx.decoyLabel(D.remoteHouseholds), "label");
  ctx.figure(ws, `J${row}`, ctx.decoyValue(D.remoteHouseholds, PROVINCE));
}

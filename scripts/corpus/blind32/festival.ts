/**
 * "b32-press-festival-registration": each agency's registration form for the national press festival, a workbook
 * per agency. Part A: the stall (area, exhibits taken, delegates sent); part B: the agency's profile as label/value
 * rows (value in D); part C: works and revenue for 2023–2025 in D–F and the next year's registered target in G.
 * Traps: exhibits and delegates near the works and the headcount, all-topic works under the works, the target
 * column, a hidden note sheet.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind32Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, plainNumber, sheet, statusOf } from "./kit";
import { B32_FESTIVAL as T } from "./texts";
import { B32_DECOYS as D } from "./wordings";

export function festivalRegistration(ctx: Blind32Context): BuiltFile[] {
  return AGENCIES.map((unit) => form(ctx, unit));
}

function form(ctx: Blind32Context, unit: UnitId): BuiltFile {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2026).replace("{slug}", ctx.slug(unit));
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 50, 11, 15, 15, 15, 16]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.titles, 2026), "upper", { bold: true, size: 13 });
  ctx.write(ws, "B2", `${ctx.pickText("agencyLine", T.agencyLine)} ${ctx.agency(unit, "form")}`, "text", {
    italic: true,
  });

  let row = 4;
  ctx.write(ws, `A${row}`, ctx.pickText("partA", T.partA), "upper", { bold: true });
  row++;
  const aTop = row;
  put(ws, `A${row}`, 1, { align: "center" });
  ctx.write(ws, `B${row}`, ctx.pickText("area", T.area), "label");
  plainNumber(ws, `D${row}`, rng.pick([9, 12, 18, 24, 36]));
  row++;
  for (const [i, d] of [D.exhibits, D.delegates].entries()) {
    put(ws, `A${row}`, i + 2, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(d), "label", { wrap: true });
    ctx.write(ws, `C${row}`, d.measure, "text", { align: "center" });
    ctx.figure(ws, `D${row}`, ctx.decoyValue(d, unit));
    row++;
  }
  grid(ws, aTop, 1, row - 1, 4);

  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("partB", T.partB), "upper", { bold: true });
  row++;
  headers(ctx, ws, row, ["STT", "Nội dung", "ĐVT", ctx.pickText("value", T.value)]);
  row++;
  const bTop = row;
  statusOf(unit).forEach((input, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { unit: rng.chance(0.3) }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    ctx.value(file, ws, `D${row}`, { input, unit });
    row++;
  });
  grid(ws, bTop, 1, row - 1, 4);

  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("partC", T.partC), "upper", { bold: true });
  row++;
  headers(ctx, ws, row, ["STT", "Nội dung", "ĐVT", "Năm 2023", "Năm 2024", "Năm 2025", ctx.planHeader(2026)]);
  row++;
  const cTop = row;
  let n = 0;
  for (const input of ["political_articles", "revenue"]) {
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    for (const [c, year] of [
      ["D", 2023],
      ["E", 2024],
      ["F", 2025],
    ] as const)
      ctx.value(file, ws, `${c}${row}`, { input, unit, year });
    const plan = planFigure(ctx, { input, unit, year: 2025 });
    if (plan !== null) ctx.figure(ws, `G${row}`, plan);
    row++;
    if (input === "political_articles") {
      ctx.write(ws, `B${row}`, `(${ctx.decoyLabel(D.allOutput)})`, "label", { italic: true, wrap: true });
      for (const [c, year] of [
        ["D", 2023],
        ["E", 2024],
        ["F", 2025],
      ] as const)
        ctx.figure(ws, `${c}${row}`, ctx.decoyValue(D.allOutput, unit, year));
      row++;
    }
  }
  grid(ws, cTop, 1, row - 1, 7);
  if (rng.chance(0.4)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
  if (rng.chance(0.35))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [ctx.decoyLabel(D.exhibits), ctx.decoyValue(D.exhibits, unit)],
      [ctx.label("staff_total", { key: "scratch" }), ctx.near("staff_total", unit, 1.05, 1.2)],
    ]);
  return { fileName: file, workbook: wb };
}

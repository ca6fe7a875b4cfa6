/**
 * "b26-it-investment-portfolio": the list of IT and digital-transformation projects of the press agencies that the
 * provincial department keeps for the investment plan. Each agency's projects under a Roman-numbered section, with
 * total investment, this year's capital plan and disbursement beside the project's outcome (the status answers, in
 * G); a near-miss project (a CMS or editing system) right after the newsroom row; a second sheet with headcount, the
 * IT staff among them, the trained and autonomy, a training target at the right; a hidden list sheet.
 */
import { ref } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind26Context } from "./context";
import {
  headers,
  hiddenSheet,
  newWorkbook,
  planFigure,
  plainNumber,
  ROMAN,
  sheet,
  slotOf,
  someAnswer,
} from "./kit";
import { B26_PORTFOLIO as T } from "./texts";
import { B26_DECOYS as D } from "./wordings";

const PROJECT_INPUTS = [
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "security_level",
  "licensed",
];

export function itPortfolio(ctx: Blind26Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files)}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 52, 22, 14, 14, 14, 18, 26]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("sub", T.subtitles, { y: 2025 }), "text", { italic: true });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("h-name", T.nameHeads),
    ctx.pickText("h-owner", T.ownerHeads),
    ctx.pickText("h-total", T.totalHeads),
    ctx.planHeader(2025),
    ctx.pickText("h-paid", T.paidHeads, { y: 2025 }),
    ctx.pickText("h-state", T.stateHeads),
    ctx.pickText("h-note", T.noteHeads),
  ]);
  let row = 5;
  if (ctx.rng.chance(0.5)) {
    "12345678"
      .split("")
      .forEach((n, i) => ctx.write(ws, ref(i + 1, row), `(${n})`, "text", { italic: true }));
    row++;
  }
  const sums = { D: 0, E: 0, F: 0 };
  const first = row;
  AGENCIES.forEach((unit, u) => {
    ctx.write(ws, `A${row}`, ROMAN[u] ?? "", "text", { bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "section"), "upper", { bold: true });
    row++;
    let n = 1;
    const inputs = PROJECT_INPUTS.filter((i) => statusInputsOf(unit).includes(i));
    for (const input of ctx.rng.chance(0.5) ? inputs : ctx.rng.shuffle(inputs)) {
      ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
      const prefix = ctx.rng.chance(0.4) ? ctx.pickText(`pre|${input}`, T.prefixes) : "";
      ctx.write(ws, `B${row}`, `${prefix}${ctx.wording(input, "project")}`, "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.pickText(`own|${unit}|${input}`, T.owners));
      money(ctx, ws, row, sums);
      ctx.value(file, ws, `G${row}`, slotOf(input, unit));
      if (ctx.rng.chance(0.25)) ctx.write(ws, `H${row}`, ctx.note());
      row++;
      if (input === "converged_newsroom") {
        ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
        ctx.write(ws, `B${row}`, ctx.decoyLabel(D.cmsSoftware, unit), "label", { wrap: true });
        ctx.write(ws, `C${row}`, ctx.pickText(`own|${unit}|cms`, T.owners));
        money(ctx, ws, row, sums);
        ctx.write(ws, `G${row}`, someAnswer(ctx, ctx.rng.chance(0.7)), "word", { align: "center" });
        row++;
      }
    }
  });
  ctx.write(ws, `B${row}`, ctx.pickText("total", T.totals), "upper", { bold: true });
  for (const col of ["D", "E", "F"] as const)
    ctx.formula(ws, `${col}${row}`, `SUM(${col}${first}:${col}${row - 1})`, sums[col], true);

  people(ctx, wb, file);
  hiddenSheet(ctx, wb, "DM", [
    ...T.hiddenRows.map((t, i) => [t, i + 1] as const),
    ["Mã ĐV", ctx.pickText("code", T.codes)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

function money(
  ctx: Blind26Context,
  ws: import("exceljs").Worksheet,
  row: number,
  sums: { D: number; E: number; F: number },
): void {
  const total = ctx.rng.int(6, 120) * 50;
  const plan = Math.round((total * (0.2 + ctx.rng.next() * 0.5)) / 10) * 10;
  const paid = Math.round((plan * (0.3 + ctx.rng.next() * 0.65)) / 10) * 10;
  plainNumber(ws, `D${row}`, total);
  plainNumber(ws, `E${row}`, plan);
  plainNumber(ws, `F${row}`, paid);
  sums.D += total;
  sums.E += plan;
  sums.F += paid;
}

/** Headcount, IT staff (near-miss), trained, the share, autonomy and the training target at the right. */
function people(ctx: Blind26Context, wb: import("exceljs").Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("sheet2", T.peopleSheets), [6, 30, 16, 22, 16, 12, 18, 16]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title2", T.peopleTitles, { y: 2025 }), "upper", { bold: true });
  headers(ctx, ws, 3, [
    "STT",
    ctx.pickText("h-unit", T.unitHeads),
    ctx.header("staff_total", "people"),
    ctx.decoyLabel(D.itStaff),
    ctx.header("staff_trained", "people"),
    ctx.pickText("h-share", T.shareHeads),
    ctx.header("autonomous", "people"),
    ctx.planHeader(2025),
  ]);
  AGENCIES.forEach((unit, i) => {
    const row = 4 + i;
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "people"));
    const total = ctx.value(file, ws, `C${row}`, slotOf("staff_total", unit));
    ctx.figure(ws, `D${row}`, ctx.decoyValue(D.itStaff, unit));
    const trained = ctx.value(file, ws, `E${row}`, slotOf("staff_trained", unit));
    const t = ctx.data.value(slotOf("staff_total", unit));
    const d = ctx.data.value(slotOf("staff_trained", unit));
    if (total && trained && typeof t === "number" && typeof d === "number" && t > 0)
      ctx.formula(ws, `F${row}`, `ROUND(E${row}/C${row}*100,1)`, Math.round((d / t) * 1000) / 10);
    ctx.value(file, ws, `G${row}`, slotOf("autonomous", unit));
    const target = planFigure(ctx, slotOf("staff_total", unit));
    if (target !== null) ctx.figure(ws, `H${row}`, target);
  });
  if (ctx.rng.chance(0.6)) ctx.write(ws, "B8", ctx.note(), "text", { italic: true });
}

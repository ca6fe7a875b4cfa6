/**
 * "b33-target-revision-request": the department's annex to a request (tờ trình) asking the province to revise some
 * of the year's targets, one block of rows per agency: the target set at the start of the year (D), last year's
 * final figure (E), the nine-month figure (F), the whole-year estimate (G), the revised target asked for (H) and
 * the reason (I). This year's values and the statuses are in G, last year's in E; an all-genre or advertising row
 * sits right under the works and the revenue.
 */
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf, type UnitId } from "../model";
import { signature } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind33Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, someAnswer } from "./kit";
import { B33_REVISION as T } from "./texts";
import { B33_DECOYS as D } from "./wordings";

/** The columns: plan, last year, nine months, estimate, revised plan. */
export const REVISION_COLS = { plan: "D", last: "E", part: "F", now: "G", revised: "H" } as const;
const ROMAN = ["I", "II", "III"];

export function revisionRequest(ctx: Blind33Context): BuiltFile[] {
  const y = 2025;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, y);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 46, 10, 13, 13, 13, 13, 13, 30]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("issuer", T.issuer), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:I2", ctx.pickText("title", T.titles, y), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A3:I3", ctx.pickText("sub", T.subtitles, y), "text", { italic: true });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ctx.planHeader(y),
    ctx.pickText("last", T.lastYear),
    ctx.partialHeader(y),
    ctx.pickText("est", T.estimate, y),
    ctx.pickText("rev", T.revised),
    ctx.pickText("reason", T.reason),
  ]);
  for (let c = 1; c <= 9; c++) put(ws, `${colLetter(c)}5`, `(${c})`, { italic: true, align: "center" });
  let row = 6;
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, ROMAN[i] ?? "", { bold: true, align: "center" });
    ctx.writeMerged(ws, `B${row}:I${row}`, ctx.agency(unit, "block"), "text", { bold: true, align: "left" });
    row++;
    row = agencyRows(ctx, fileName, ws, unit, row);
  });
  grid(ws, 4, 1, row - 1, 9);
  signature(ctx, ws, row + 1, 9);
  if (ctx.rng.chance(0.5)) {
    const u = ctx.rng.pick(AGENCIES);
    hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
      [T.hiddenCaption, ""],
      [ctx.wording("political_articles"), nearFigure(ctx, slotOf("political_articles", u), 0.85, 0.97) ?? 0],
      [ctx.wording("revenue"), nearFigure(ctx, slotOf("revenue", u), 0.85, 0.97) ?? 0],
    ]);
  }
  return [{ fileName, workbook: wb }];
}

function agencyRows(
  ctx: Blind33Context,
  file: string,
  ws: import("exceljs").Worksheet,
  unit: UnitId,
  start: number,
): number {
  const C = REVISION_COLS;
  let row = start;
  let n = 0;
  const stt = () => put(ws, `A${row}`, ++n, { align: "center" });
  for (const input of ["political_articles", "revenue"] as const) {
    stt();
    ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.3) }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    const now = slotOf(input, unit, 2025);
    const plan = planFigure(ctx, now);
    if (plan !== null) ctx.figure(ws, `${C.plan}${row}`, plan);
    ctx.value(file, ws, `${C.last}${row}`, slotOf(input, unit, 2024));
    const part = nearFigure(ctx, now, 0.62, 0.8);
    if (part !== null && ctx.data.shown(now)) ctx.figure(ws, `${C.part}${row}`, part);
    ctx.value(file, ws, `${C.now}${row}`, now);
    const revised = nearFigure(ctx, now, 0.9, 1.04);
    if (revised !== null) ctx.figure(ws, `${C.revised}${row}`, revised);
    if (ctx.rng.chance(0.5))
      ctx.write(ws, `I${row}`, ctx.choose(`reason|${unit}|${input}`, T.reasons), "text", { wrap: true });
    row++;
    // The near-miss row right under the input.
    const decoy =
      input === "political_articles"
        ? ctx.rng.pick([D.allOutput, D.dxArticles])
        : ctx.rng.pick([D.adRevenue, D.orderFunds]);
    ctx.write(ws, `A${row}`, "-", "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(decoy, input), "label", { italic: true, wrap: true });
    ctx.write(ws, `C${row}`, decoy.measure, "text", { align: "center" });
    const d24 = ctx.decoyValue(decoy, unit, 2024);
    const d25 = ctx.decoyValue(decoy, unit, 2025);
    ctx.figure(ws, `${C.plan}${row}`, Math.round(d25 * 1.1) + 1);
    ctx.figure(ws, `${C.last}${row}`, d24);
    ctx.figure(ws, `${C.part}${row}`, Math.max(1, Math.round(d25 * 0.7)));
    ctx.figure(ws, `${C.now}${row}`, d25);
    row++;
  }
  for (const input of ["staff_total", "staff_trained"] as const) {
    stt();
    ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.3) }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    const slot = slotOf(input, unit);
    const plan = planFigure(ctx, slot);
    if (plan !== null) ctx.figure(ws, `${C.plan}${row}`, plan);
    const last = nearFigure(ctx, slot, input === "staff_total" ? 0.88 : 0.45, 0.97);
    if (last !== null) ctx.figure(ws, `${C.last}${row}`, last);
    ctx.value(file, ws, `${C.now}${row}`, slot);
    if (ctx.rng.chance(0.3)) ctx.write(ws, `I${row}`, ctx.note());
    row++;
  }
  for (const input of statusInputsOf(unit).filter((s) => !s.startsWith("staff_"))) {
    stt();
    ctx.write(ws, `B${row}`, ctx.label(input), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    const slot = slotOf(input, unit);
    const v = ctx.data.value(slot);
    if (typeof v === "boolean") {
      ctx.write(ws, `${C.plan}${row}`, someAnswer(ctx, true), "word", { align: "center" });
      ctx.write(ws, `${C.last}${row}`, someAnswer(ctx, v && ctx.rng.chance(0.5)), "word", {
        align: "center",
      });
    } else if (typeof v === "number") {
      ctx.write(ws, `${C.plan}${row}`, ctx.words(input, 3) ?? "3", "word", { align: "center" });
      const then = Math.max(1, v - ctx.rng.int(0, 1));
      ctx.write(ws, `${C.last}${row}`, ctx.words(input, then) ?? String(then), "word", { align: "center" });
    }
    ctx.value(file, ws, `${C.now}${row}`, slot);
    row++;
  }
  return row;
}

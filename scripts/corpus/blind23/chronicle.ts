/**
 * b23-anniversary-milestone-chronicle: the material an agency gathers for its anniversary yearbook. A cover sheet
 * of prose, then a sheet per agency: years down (2020 … 2025), each with the year's milestone in words, its new
 * political-task articles (truth) beside all articles published, and its revenue (truth); a SUM row over the
 * years, the 2030 targets under it, and a block of the agency's present digital-transformation state.
 */
import { AGENCIES, YEARS, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind23Context } from "./context";
import { headers, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B23_CHRONICLE as T } from "./texts";
import { B23_DECOYS as D } from "./wordings";

export function milestoneChronicle(ctx: Blind23Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.file, { y: 2025 });
  const cover = sheet(wb, ctx.pickText("cover", T.cover), [90]);
  ctx.write(cover, "A1", ctx.pickText("coverText", T.coverText), "text", { wrap: true });
  cover.getRow(1).height = 60;
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  return [{ fileName: file, workbook: wb }];
}

function agencySheet(
  ctx: Blind23Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const ws = sheet(wb, ctx.agency(unit, "sheet"), [12, 46, 16, 18, 16, 26]);
  ctx.writeMerged(ws, "A1:F1", ctx.agency(unit, "sheet"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:F2", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A3:F3", ctx.pickText("sub", T.sub), "text", { italic: true });
  headers(ctx, ws, 5, [
    ctx.pickText("yearHead", T.yearHead),
    ctx.pickText("eventHead", T.eventHead),
    ctx.header("political_articles", unit),
    ctx.decoyLabel(D.allArticles, "head"),
    ctx.header("revenue", unit),
    ctx.pickText("noteHead", T.noteHead),
  ]);
  const events = ctx.rng.shuffle(T.events);
  let row = 6;
  let articles = 0;
  let revenue = 0;
  for (const [i, year] of YEARS.entries()) {
    ctx.write(ws, `A${row}`, ctx.pickText("year", T.year, { y: year }), "text", {
      align: "center",
    });
    ctx.write(ws, `B${row}`, events[i] ?? "", "text", { wrap: true });
    const a = slotOf("political_articles", unit, year);
    if (ctx.value(file, ws, `C${row}`, a)) articles += Number(ctx.data.value(a));
    ctx.figure(ws, `D${row}`, ctx.decoyValue(D.allArticles, unit, year));
    const r = slotOf("revenue", unit, year);
    if (ctx.value(file, ws, `E${row}`, r)) revenue += Number(ctx.data.value(r));
    if (ctx.rng.chance(0.15)) ctx.write(ws, `F${row}`, ctx.note(year), "text", { italic: true });
    row++;
  }
  ctx.write(ws, `A${row}`, ctx.pickText("total", T.total), "text", { bold: true });
  ctx.formula(ws, `C${row}`, `SUM(C6:C${row - 1})`, articles, true);
  ctx.formula(ws, `E${row}`, `SUM(E6:E${row - 1})`, Math.round(revenue * 10) / 10, true);
  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("target", T.target), "text", { italic: true });
  const pa = planFigure(ctx, slotOf("political_articles", unit, 2025));
  const pr = planFigure(ctx, slotOf("revenue", unit, 2025));
  if (pa !== null) ctx.figure(ws, `C${row}`, Math.round(pa * 1.3), { italic: true });
  if (pr !== null) ctx.figure(ws, `E${row}`, Math.round(pr * 1.3), { italic: true });

  row += 2;
  ctx.writeMerged(ws, `A${row}:F${row}`, ctx.pickText("statusTitle", T.statusTitle), "upper", { bold: true });
  row++;
  headers(
    ctx,
    ws,
    row,
    [ctx.pickText("statusItem", T.statusItem), ctx.pickText("statusHead", T.statusHead)],
    2,
  );
  row++;
  for (const input of statusInputsOf(unit)) {
    const label =
      input === "licensed" || ctx.rng.chance(0.4)
        ? ctx.header(input, unit)
        : ctx.label(input, { unit: ctx.rng.chance(0.3), key: unit });
    ctx.write(ws, `B${row}`, label, "text", { wrap: true });
    ctx.value(file, ws, `C${row}`, slotOf(input, unit));
    row++;
  }
}

/**
 * "b30-party-cell-year-end-review": the appendix of figures under each agency's Party cell year-end review, one
 * workbook with a sheet per cell. Party work first (members near the headcount), then the professional tasks the
 * cell's resolution set: this year's result, last year's to its right, the resolution's target and a self-rating
 * ("Đạt", "Vượt") after them. Units sit in the labels; all works and the advertising part sit right under the
 * political works and the revenue.
 */
import type ExcelJS from "exceljs";
import { AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind30Context } from "./context";
import { headers, isMagazine, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B30_PARTY as T } from "./texts";
import { B30_DECOYS as D, type B30Decoy } from "./wordings";

export function partyCellReview(ctx: Blind30Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files)}.xlsx`;
  for (const unit of AGENCIES) {
    const ws = sheet(
      wb,
      `${ctx.pickText("prefix", T.sheetPrefix)} ${ctx.slug(unit)}`,
      [6, 50, 16, 16, 16, 14, 28],
    );
    ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
    ctx.writeMerged(ws, "A2:G2", ctx.agency(unit, "cell"), "text", { italic: true });
    headers(ctx, ws, 4, [
      "TT",
      T.contentHead,
      T.thisHead,
      T.lastHead,
      ctx.planHeader(2025),
      T.judgeHead,
      T.noteHead,
    ]);
    let row = 5;
    ctx.writeMerged(ws, `A${row}:G${row}`, T.partA, "text", { bold: true, align: "left" });
    row++;
    const members = ctx.decoyRow(D.partyMembers, unit, `cell-${unit}`);
    ctx.write(ws, `A${row}`, "1");
    ctx.write(ws, `B${row}`, members.text, "label");
    ctx.figure(ws, `C${row}`, members.value);
    ctx.figure(ws, `D${row}`, Math.max(1, members.value - ctx.rng.int(0, 2)));
    row++;
    ctx.write(ws, `A${row}`, "2");
    ctx.write(ws, `B${row}`, T.newMembers, "label");
    ctx.figure(ws, `C${row}`, ctx.rng.int(1, 3));
    ctx.figure(ws, `D${row}`, ctx.rng.int(0, 2));
    row++;
    ctx.write(ws, `A${row}`, "3");
    ctx.write(ws, `B${row}`, T.grading, "label");
    ctx.write(ws, `C${row}`, ctx.pickText("grade", T.gradeWords));
    row++;
    ctx.writeMerged(ws, `A${row}:G${row}`, T.partB, "text", { bold: true, align: "left" });
    row++;
    let n = 1;
    const yearly = (input: string, decoy: B30Decoy) => {
      ctx.write(ws, `A${row}`, String(n++));
      ctx.write(ws, `B${row}`, ctx.label(input, { key: "cell", unit: true }), "label");
      ctx.value(file, ws, `C${row}`, slotOf(input, unit, 2025));
      ctx.value(file, ws, `D${row}`, slotOf(input, unit, 2024));
      judge(
        ctx,
        ws,
        row,
        planFigure(ctx, slotOf(input, unit, 2025)),
        ctx.shownNumber(slotOf(input, unit, 2025)),
      );
      row++;
      const d = ctx.decoyRow(decoy, unit, `cell-${unit}`, 2025);
      ctx.write(ws, `B${row}`, d.text, "label", { italic: true });
      ctx.figure(ws, `C${row}`, d.value, { italic: true });
      ctx.figure(ws, `D${row}`, ctx.decoyValue(decoy, unit, 2024), { italic: true });
      row++;
    };
    yearly("political_articles", D.allWorks);
    yearly("revenue", D.advertising);
    for (const input of ["staff_total", "staff_trained"]) {
      const slot = slotOf(input, unit);
      ctx.write(ws, `A${row}`, String(n++));
      ctx.write(ws, `B${row}`, ctx.label(input, { key: "cell", unit: true }), "label");
      ctx.value(file, ws, `C${row}`, slot);
      const last = ctx.data.shown(slot) ? nearFigure(ctx, slot, 0.85, 0.97) : null;
      if (last !== null) ctx.figure(ws, `D${row}`, last);
      row++;
    }
    const statuses = isMagazine(unit)
      ? ["digital_platforms", "licensed", "security_level"]
      : ["digital_platforms", "converged_newsroom", "ai_data_platform", "security_level", "autonomous"];
    for (const input of statuses) {
      ctx.write(ws, `A${row}`, String(n++));
      ctx.write(ws, `B${row}`, ctx.header(input, `cell-${unit}`), "label");
      ctx.value(file, ws, `C${row}`, slotOf(input, unit));
      if (ctx.rng.chance(0.5)) ctx.write(ws, `G${row}`, ctx.note());
      row++;
    }
    ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
  }
  return [{ fileName: file, workbook: wb }];
}

/** The resolution's target and the cell's own rating of the year's result against it. */
function judge(
  ctx: Blind30Context,
  ws: ExcelJS.Worksheet,
  row: number,
  plan: number | null,
  actual: number | undefined,
): void {
  if (plan === null) return;
  ctx.figure(ws, `E${row}`, plan);
  if (actual === undefined) return;
  const word = actual >= plan ? (actual > plan * 1.05 ? T.judgeWords[1] : T.judgeWords[0]) : T.judgeWords[2];
  ctx.write(ws, `F${row}`, word ?? "", "word", { align: "center" });
}

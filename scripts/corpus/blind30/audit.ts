/**
 * "b30-audit-recommendation-followup": the table an agency keeps (and sends the department) while it carries out
 * the State Audit's recommendations. One workbook, a sheet per agency: its revenue by audited fiscal year down the
 * rows (the advertising part, the audit's adjustment and the revenue target to the right; a nine-month row before
 * the full year), then its people (the assigned quota right above the real headcount) and its autonomy. The 2025
 * figure may be a formula reading a hidden scratch sheet.
 */
import { AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind30Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B30_AUDIT as T } from "./texts";
import { B30_DECOYS as D } from "./wordings";

export const AUDIT_YEARS = [2022, 2023, 2024, 2025] as const;

export function auditFollowup(ctx: Blind30Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files)}.xlsx`;
  const scratchName = ctx.pickText("scratch", T.scratchNames);
  const useScratch = ctx.rng.chance(0.7);
  const scratch: Array<readonly [string, number | string]> = [];
  const partial = ctx.rng.chance(0.7);

  for (const unit of AGENCIES) {
    const ws = sheet(wb, ctx.slug(unit), [6, 40, 17, 17, 17, 17, 28]);
    ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
    ctx.writeMerged(ws, "A2:G2", ctx.agency(unit, "sheet"), "text", { bold: true });
    ctx.writeMerged(ws, "A3:G3", ctx.pickText("sub", T.subtitles), "text", { italic: true });
    ctx.write(ws, "A4", ctx.pickText("s1", T.section1), "text", { bold: true });
    headers(ctx, ws, 5, [
      "STT",
      T.yearHead,
      ctx.header("revenue", "audit"),
      ctx.decoyLabel(D.advertising, "audit"),
      ctx.decoyLabel(D.auditAdjust, "audit"),
      T.planHead,
      T.noteHead,
    ]);
    let row = 6;
    AUDIT_YEARS.forEach((year, i) => {
      const slot = slotOf("revenue", unit, year);
      if (year === 2025 && partial) {
        ctx.write(ws, `B${row}`, ctx.partialHeader(2025), "label", { italic: true });
        ctx.figure(ws, `C${row}`, ctx.near("revenue", unit, 0.62, 0.8, 2025), { italic: true });
        row++;
      }
      ctx.write(ws, `A${row}`, String(i + 1));
      ctx.write(ws, `B${row}`, `Năm ${year}`, "label");
      const n = ctx.shownNumber(slot);
      if (useScratch && year === 2025 && n !== undefined) {
        scratch.push([ctx.pickText("srow", [T.scratchRow], { y: year }), n]);
        ctx.viaFormula(file, ws, `C${row}`, slot, `'${scratchName}'!B${scratch.length}`);
      } else ctx.value(file, ws, `C${row}`, slot);
      if (ctx.data.shown(slot)) {
        ctx.figure(ws, `D${row}`, ctx.decoyValue(D.advertising, unit, year));
        ctx.figure(ws, `E${row}`, ctx.decoyValue(D.auditAdjust, unit, year));
        const plan = planFigure(ctx, slot);
        if (plan !== null) ctx.figure(ws, `F${row}`, plan);
        ctx.write(ws, `G${row}`, ctx.rng.pick(T.states));
      }
      row++;
    });
    row++;
    ctx.write(ws, `A${row}`, ctx.pickText("s2", T.section2), "text", { bold: true });
    row++;
    const quota = ctx.decoyRow(D.quota, unit, `audit-${unit}`);
    ctx.write(ws, `B${row}`, quota.text, "label");
    ctx.figure(ws, `C${row}`, quota.value);
    row++;
    for (const input of ["staff_total", "staff_trained"]) {
      ctx.write(ws, `B${row}`, ctx.label(input, { key: "audit", unit: ctx.rng.chance(0.5) }), "label");
      ctx.value(file, ws, `C${row}`, slotOf(input, unit));
      row++;
    }
    row++;
    ctx.write(ws, `A${row}`, ctx.pickText("s3", T.section3), "text", { bold: true });
    row++;
    ctx.write(ws, `B${row}`, ctx.label("autonomous", { key: "audit" }), "label");
    ctx.value(file, ws, `C${row}`, slotOf("autonomous", unit));
    ctx.write(ws, `G${row}`, ctx.note());
    scratch.push([ctx.agency(unit, "scratch"), ctx.near("staff_total", unit, 0.9, 1.1)]);
  }
  if (useScratch) hiddenSheet(ctx, wb, scratchName, scratch);
  return [{ fileName: file, workbook: wb }];
}

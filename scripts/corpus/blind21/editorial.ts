/**
 * "b21-editorial-topic-register": an agency's editorial secretariat keeps a book of the topics registered at the
 * start of each year and of the works published; one sheet per agency, years as rows. The works for political
 * tasks stand in their own column beside all works published and the topics registered; a row of next year's
 * target and a half-year row sit below the years; a hidden scratch sheet holds hand counts.
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind21Context } from "./context";
import { headers, nearFigure, newWorkbook, pct, sheet, slotOf } from "./kit";
import { B21_EDITORIAL as T } from "./texts";
import { B21_DECOYS } from "./wordings";

export function editorialRegister(ctx: Blind21Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `So_de_tai_${ctx.choose("ed-file", ["2020-2025", "tong-hop", "TKTS"])}.xlsx`;
  const registeredFirst = ctx.rng.chance(0.5);
  for (const unit of AGENCIES) {
    const ws = sheet(wb, `${ctx.slug(unit)}`, [10, 16, 18, 18, 14, 30]);
    unitSheet(ctx, ws, fileName, unit, registeredFirst);
  }
  const scratch = sheet(wb, ctx.pickText("ed-scratch", T.scratch), [24, 12, 12]);
  ctx.write(scratch, "A1", ctx.pickText("ed-scratch-t", T.scratchTexts), "text", { italic: true });
  AGENCIES.forEach((unit, i) => {
    ctx.write(scratch, `A${i + 3}`, ctx.agency(unit, "scratch"), "label");
    const n = nearFigure(ctx, slotOf("political_articles", unit), 0.55, 0.9);
    if (n !== null) ctx.figure(scratch, `B${i + 3}`, n);
  });
  scratch.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
  return [{ fileName, workbook: wb }];
}

function unitSheet(
  ctx: Blind21Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  registeredFirst: boolean,
): void {
  ctx.writeMerged(ws, "A1:F1", ctx.agency(unit, "ed-head"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:F2", ctx.pickText("ed-title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A3:F3", ctx.pickText("ed-period", T.periods), "text", { italic: true });
  const [regCol, allCol] = registeredFirst ? ["B", "C"] : ["C", "B"];
  const heads: Record<string, string> = {
    A: ctx.pickText("ed-year", T.year),
    [regCol]: ctx.pickText("ed-reg", T.registered),
    [allCol]: ctx.decoyLabel(B21_DECOYS.allWorks, "ed"),
    D: ctx.header("political_articles", "ed"),
    E: ctx.pickText("ed-share", T.share),
    F: ctx.pickText("ed-remark", T.remark),
  };
  headers(
    ctx,
    ws,
    5,
    ["A", "B", "C", "D", "E", "F"].map((c) => heads[c] ?? ""),
  );
  ["A", "B", "C", "D", "E", "F"].forEach((c, i) =>
    put(ws, `${c}6`, `(${i + 1})`, { align: "center", italic: true }),
  );
  let row = 7;
  for (const year of YEARS) {
    const slot = slotOf("political_articles", unit, year);
    ctx.write(ws, `A${row}`, String(year), "text", { align: "center" });
    const shown = ctx.data.shown(slot);
    const reg = nearFigure(ctx, slot, 1.05, 1.3);
    if (reg !== null && (shown || ctx.rng.chance(0.5))) ctx.figure(ws, `${regCol}${row}`, reg);
    if (shown) {
      const all = ctx.decoyValue(B21_DECOYS.allWorks, unit, year);
      ctx.figure(ws, `${allCol}${row}`, all);
      ctx.value(file, ws, `D${row}`, slot);
      const v = Number(ctx.data.value(slot));
      ctx.formula(ws, `E${row}`, `IFERROR(D${row}/${allCol}${row}*100,"")`, pct(v, all));
    } else {
      ctx.value(file, ws, `D${row}`, slot);
    }
    if (ctx.rng.chance(0.15)) ctx.write(ws, `F${row}`, ctx.note(year), "text", { italic: true });
    row++;
  }
  // The half-year figure of this year and the next year's target, below the years.
  const now = slotOf("political_articles", unit, 2025);
  const half = nearFigure(ctx, now, 0.42, 0.58);
  if (half !== null && ctx.data.shown(now) && ctx.rng.chance(0.7)) {
    ctx.write(ws, `A${row}`, ctx.partialHeader(2025), "text", { italic: true });
    ctx.figure(ws, `D${row}`, half, { italic: true });
    row++;
  }
  const target = nearFigure(ctx, now, 1.15, 1.3);
  if (target !== null) {
    ctx.write(ws, `A${row}`, ctx.planHeader(2026), "text", { bold: true });
    ctx.figure(ws, `${regCol}${row}`, Math.round(target * 1.1));
    ctx.figure(ws, `D${row}`, target);
    row++;
  }
  grid(ws, 5, 1, row - 1, 6);
  ws.getColumn(1).width = 22;
}

/**
 * "b26-dx-steering-sector-scorecard": the province's digital-transformation steering committee's indicator sheet,
 * every sector in it (digital government, economy, society) and the press a few rows among many. The target for
 * 2025 in D, last year's result in E and this year's in F, the lead body in G. Press indicators have a sub-row per
 * agency ("- agency"): status answers (platforms, AI, newsroom, security, autonomy, the magazine's licence) this
 * year in F (last year's answer in E), the yearly works and revenue in E (2024) and F (2025); the trained share as a
 * percentage only (no headcount), all works and remote households as near-misses. A hidden scratch sheet now and
 * then.
 */
import type ExcelJS from "exceljs";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind26Context } from "./context";
import {
  headers,
  hiddenSheet,
  nearFigure,
  newWorkbook,
  planFigure,
  ROMAN,
  sheet,
  slotOf,
  someAnswer,
} from "./kit";
import { B26_SCORECARD as T } from "./texts";
import { B26_DECOYS as D } from "./wordings";

export function sectorScorecard(ctx: Blind26Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files, { y: 2025 })}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [7, 54, 10, 14, 14, 14, 18, 22]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.titles, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("sub", T.subtitles, { y: 2025 }), "text", { italic: true });
  headers(ctx, ws, 4, [
    "TT",
    ctx.pickText("h-ind", T.indicatorHeads),
    "ĐVT",
    ctx.planHeader(2025),
    ctx.pickText("h-res", T.resultHeads, { y: 2024 }),
    ctx.pickText("h-res", T.resultHeads, { y: 2025 }),
    ctx.pickText("h-lead", T.leadHeads),
    ctx.pickText("h-note", T.noteHeads),
  ]);
  let row = 5;
  const sections = [T.government, T.economy, T.society];
  sections.forEach((list, s) => {
    ctx.write(ws, `A${row}`, ROMAN[s] ?? "", "text", { bold: true });
    ctx.write(ws, `B${row}`, T.sectionNames[s] ?? "", "upper", { bold: true });
    row++;
    const rows = list.filter(() => ctx.rng.chance(0.8));
    rows.forEach((text, i) => {
      ctx.write(ws, `A${row}`, `${s + 1}.${i + 1}`, "text", { align: "center" });
      ctx.write(ws, `B${row}`, text, "label", { wrap: true });
      ctx.write(ws, `C${row}`, "%");
      const goal = ctx.rng.int(50, 100);
      ctx.write(ws, `D${row}`, `≥ ${goal}%`, "text", { align: "center" });
      const last = ctx.rng.int(20, 95);
      ctx.figure(ws, `E${row}`, last + ctx.rng.int(0, 9) / 10);
      ctx.figure(ws, `F${row}`, Math.min(100, last + ctx.rng.int(1, 12)) + ctx.rng.int(0, 9) / 10);
      ctx.write(ws, `G${row}`, ctx.pickText(`lead|${s}|${i}`, T.leads));
      row++;
    });
  });
  ctx.write(ws, `A${row}`, ROMAN[3] ?? "", "text", { bold: true });
  ctx.write(ws, `B${row}`, T.pressSection, "upper", { bold: true });
  row++;
  let k = 1;
  const heading = (text: string, measure: string) => {
    ctx.write(ws, `A${row}`, `4.${k++}`, "text", { align: "center" });
    ctx.write(ws, `B${row}`, text, "label", { bold: true, wrap: true });
    ctx.write(ws, `C${row}`, measure);
    ctx.write(ws, `G${row}`, ctx.pickText("press-lead", T.pressLeads));
    row++;
  };
  const sub = (unit: UnitId) => {
    ctx.write(ws, `B${row}`, `- ${ctx.agency(unit, "sub")}`, "text");
  };
  const order = ctx.rng.chance(0.5)
    ? ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"]
    : ["converged_newsroom", "digital_platforms", "security_level", "ai_data_platform"];
  for (const input of [...order, "autonomous", "licensed"]) {
    heading(ctx.wording(input, "score"), ctx.measure(input));
    for (const unit of AGENCIES.filter((u) => statusInputsOf(u).includes(input))) {
      sub(unit);
      const slot = slotOf(input, unit);
      const v = ctx.data.value(slot);
      if (input === "security_level") {
        if (typeof v === "number") {
          ctx.figure(ws, `D${row}`, 3);
          ctx.figure(ws, `E${row}`, Math.max(1, v - ctx.rng.int(0, 1)));
        }
      } else {
        ctx.write(ws, `D${row}`, ctx.style.yesNo[0], "word", { align: "center" });
        ctx.write(ws, `E${row}`, someAnswer(ctx, v === true && ctx.rng.chance(0.6)), "word", {
          align: "center",
        });
      }
      ctx.value(file, ws, `F${row}`, slot);
      row++;
    }
  }
  for (const input of ["political_articles", "revenue"] as const) {
    heading(ctx.label(input, { unit: ctx.rng.chance(0.5), key: "score" }), ctx.measure(input));
    for (const unit of AGENCIES) {
      sub(unit);
      const p = planFigure(ctx, slotOf(input, unit, 2025));
      if (p !== null) ctx.figure(ws, `D${row}`, p);
      ctx.value(file, ws, `E${row}`, slotOf(input, unit, 2024));
      ctx.value(file, ws, `F${row}`, slotOf(input, unit, 2025));
      if (ctx.rng.chance(0.2)) ctx.write(ws, `H${row}`, ctx.note());
      row++;
    }
    if (input === "political_articles") {
      heading(ctx.decoyLabel(D.allWorks), D.allWorks.measure);
      for (const unit of AGENCIES) {
        sub(unit);
        ctx.figure(ws, `E${row}`, ctx.decoyValue(D.allWorks, unit, 2024));
        ctx.figure(ws, `F${row}`, ctx.decoyValue(D.allWorks, unit, 2025));
        row++;
      }
    }
  }
  heading(ctx.pickText("trained-share", T.trainedShare), "%");
  for (const unit of AGENCIES) {
    sub(unit);
    ctx.write(ws, `D${row}`, "100%", "text", { align: "center" });
    const t = ctx.data.value(slotOf("staff_total", unit));
    const d = ctx.data.value(slotOf("staff_trained", unit));
    if (typeof t === "number" && typeof d === "number" && t > 0) {
      ctx.figure(ws, `E${row}`, Math.round((d / t) * 800) / 10);
      ctx.figure(ws, `F${row}`, Math.round((d / t) * 1000) / 10);
    }
    row++;
  }
  for (const input of ["remote_population_total", "remote_population_reached"]) {
    heading(ctx.wording(input, "score"), ctx.measure(input));
    sub(PROVINCE);
    const slot = slotOf(input, PROVINCE);
    const last = nearFigure(ctx, slot, 0.9, 0.99);
    if (last !== null && ctx.data.shown(slot)) ctx.figure(ws, `E${row}`, last);
    ctx.value(file, ws, `F${row}`, slot);
    row++;
  }
  heading(ctx.decoyLabel(D.remoteHouseholds), D.remoteHouseholds.measure);
  sub(PROVINCE);
  ctx.figure(ws, `E${row}`, ctx.decoyValue(D.remoteHouseholds, PROVINCE));
  ctx.figure(ws, `F${row}`, ctx.decoyValue(D.remoteHouseholds, PROVINCE));
  row++;
  if (ctx.rng.chance(0.7)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
  if (ctx.rng.chance(0.6)) scratch(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

function scratch(ctx: Blind26Context, wb: ExcelJS.Workbook): void {
  hiddenSheet(
    ctx,
    wb,
    ctx.pickText("scratch", T.scratchNames),
    AGENCIES.map((u) => [ctx.agency(u, "scratch"), ctx.decoyValue(D.allWorks, u, 2023)] as const),
  );
}

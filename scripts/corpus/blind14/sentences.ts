/**
 * "b14-split-sentence-report": a briefing typed as sentences cut across cells: the words of a sentence in merged
 * cells, each figure in a cell of its own, then more words and the next figure ("… năm 2025 đạt | 1.245 | TB; năm
 * 2024: | 1.180 | TB"). Earlier years follow as "năm 2021: | 980 | năm 2022: | 1.010"; the plan figure closes the
 * sentence, a part-of-year sentence and a near-miss sentence sit among the others.
 */
import { put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARLY, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind14Context } from "./context";
import { nearFigure, newWorkbook, planFigure, sheet, statusOf } from "./kit";
import { B14_SENTENCES as T } from "./texts";
import { B14_DECOYS as D } from "./wordings";

export function sentenceReport(ctx: Blind14Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["TomTat_GiaoBan", "Bao cao tom tat CDS", "Tom tat so lieu"])}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [4, 30, 26, 12, 18, 12, 16, 12, 12, 12, 12]);
  ctx.writeMerged(ws, "A1:K1", ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:K2", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  let row = 4;
  AGENCIES.forEach((unit, i) => {
    ctx.writeMerged(ws, `A${row}:G${row}`, `${i + 1}. ${ctx.agency(unit)}`, "text", {
      bold: true,
      align: "left",
    });
    row = agencyParagraph(ctx, ws, file, unit, row + 1) + 1;
  });
  if (ctx.data.province) {
    ctx.writeMerged(
      ws,
      `A${row}:G${row}`,
      `${AGENCIES.length + 1}. ${ctx.pickText("reach", T.reach)}`,
      "text",
      {
        bold: true,
        align: "left",
      },
    );
    row++;
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      say(ctx, ws, row, `- ${ctx.label(input)} (${ctx.agency(PROVINCE)}):`);
      ctx.value(file, ws, `D${row}`, { input, unit: PROVINCE });
      ctx.write(ws, `E${row}`, ctx.measure(input));
      row++;
    }
    if (ctx.rng.chance(0.5)) {
      const d = ctx.decoyRow(ctx.rng.chance(0.5) ? D.fmCoverage : D.tvHouseholds, PROVINCE, "sentence");
      say(ctx, ws, row, `- ${d.text}:`);
      ctx.number(ws, `D${row}`, d.value);
      row++;
    }
  }
  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("remark", T.remark), "text", { bold: true });
  ctx.writeMerged(ws, `B${row}:G${row}`, ctx.note(), "text", { italic: true, align: "left" });
  if (ctx.rng.chance(0.4)) draft(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

function say(ctx: Blind14Context, ws: ReturnType<typeof sheet>, row: number, text: string): void {
  ctx.writeMerged(ws, `A${row}:C${row}`, text, "label", { align: "left", wrap: true });
}

function agencyParagraph(
  ctx: Blind14Context,
  ws: ReturnType<typeof sheet>,
  file: string,
  unit: UnitId,
  top: number,
): number {
  let row = top;
  for (const input of YEARLY) {
    const years = ctx.data.years[input];
    say(ctx, ws, row, `- ${ctx.label(input)} ${ctx.pickText("thisYear", T.thisYear, { y: 2025 })}`);
    ctx.value(file, ws, `D${row}`, { input, unit, year: 2025 });
    const m = ctx.measure(input);
    ctx.write(ws, `E${row}`, `${m}${ctx.pickText("lastYear", T.lastYear, { y: 2024 })}`);
    if (years.includes(2024)) ctx.value(file, ws, `F${row}`, { input, unit, year: 2024 });
    ctx.write(ws, `G${row}`, m);
    const target = ctx.rng.chance(0.7) ? planFigure(ctx, { input, unit, year: 2025 }) : null;
    if (target !== null) {
      ctx.write(ws, `H${row}`, ctx.planHeader(2025), "text", { italic: true });
      ctx.number(ws, `I${row}`, target);
    }
    row++;
    const before = years.filter((y) => y <= 2023);
    if (before.length > 0) {
      say(ctx, ws, row, `  ${ctx.pickText("before", T.before)}`);
      before.forEach((year, i) => {
        ctx.write(ws, ref(4 + 2 * i, row), ctx.pickText("yearTag", T.yearTag, { y: year }), "text", {
          align: "right",
        });
        ctx.value(file, ws, ref(5 + 2 * i, row), { input, unit, year });
      });
      row++;
    }
    if (ctx.rng.chance(0.45) && ctx.data.shown({ input, unit, year: 2025 })) {
      say(ctx, ws, row, ctx.partialHeader(2025));
      const part = nearFigure(ctx, { input, unit, year: 2025 }, 0.5, 0.8);
      if (part !== null) ctx.number(ws, `D${row}`, part);
      ctx.write(ws, `E${row}`, m);
      row++;
    }
    if (ctx.rng.chance(0.4)) {
      const d = ctx.decoyRow(input === "revenue" ? D.adIncome : D.allArticles, unit, "sentence");
      say(ctx, ws, row, `- ${d.text}:`);
      ctx.number(ws, `D${row}`, d.value);
      row++;
    }
  }
  const status = statusOf(unit);
  for (const input of status) {
    if (input === "staff_trained") continue;
    say(ctx, ws, row, `- ${ctx.label(input)}:`);
    ctx.value(file, ws, `D${row}`, { input, unit });
    if (input === "staff_total") {
      ctx.write(ws, `E${row}`, ctx.pickText("trained", T.trained));
      ctx.value(file, ws, `F${row}`, { input: "staff_trained", unit });
      ctx.write(ws, `G${row}`, ctx.measure("staff_trained"));
    }
    row++;
    if (input === "staff_total" && ctx.rng.chance(0.4)) {
      const d = ctx.decoyRow(D.pressCards, unit, "sentence");
      say(ctx, ws, row, `- ${d.text}:`);
      ctx.number(ws, `D${row}`, d.value);
      row++;
    }
  }
  return row;
}

function draft(ctx: Blind14Context, wb: ReturnType<typeof newWorkbook>): void {
  const ws = sheet(wb, ctx.pickText("draftName", ["Nam truoc", "Ban cu", "Sheet2"]), [50, 14, 14]);
  ws.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
  ctx.write(ws, "A1", ctx.pickText("draft", T.draft), "text", { italic: true });
  let row = 3;
  for (const unit of AGENCIES)
    for (const input of YEARLY) {
      ctx.write(ws, `A${row}`, `${ctx.agency(unit)}: ${ctx.header(input, "draft")}`, "label");
      const n = nearFigure(ctx, { input, unit, year: 2024 }, 0.8, 0.97);
      if (n !== null) put(ws, `B${row}`, n, { numFmt: "#,##0" });
      row++;
    }
}

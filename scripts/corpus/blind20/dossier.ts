/**
 * b20-commendation-dossier: each agency's achievement report asking for the provincial emulation flag, a workbook
 * per agency. Table 1 gives three consecutive years, each a merged "Năm …" head over a planned figure and the
 * figure reached; table 2 gives this year's digital-transformation criteria with a self-assessment beside each.
 * Old templates, often in legacy fonts. Traps: the planned figure left of each year's result, last year's result
 * two columns away, a ratio column, assessment words ("Hoàn thành") beside the answers, a narrative line with a
 * number, a near-miss row, and sometimes a hidden blank template.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf, type UnitId } from "../model";
import { masthead } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind20Context } from "./context";
import { newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B20_COMMON as C, B20_DOSSIER as T } from "./texts";
import { B20_DECOYS as D } from "./wordings";

const YEARS = [2023, 2024, 2025] as const;
const LAST = 10;

export function commendationDossier(ctx: Blind20Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const fileName = `ThanhTich_${ctx.slug(unit)}.xlsx`;
    const ws = sheet(
      wb,
      ctx.choose("sheet", ["Phu luc thanh tich", "Tóm tắt TT", "Bang so lieu"]),
      [6, 44, 9, 11, 11, 11, 11, 11, 11, 13],
    );
    masthead(ctx, ws, unit, LAST);
    ctx.writeMerged(ws, `A4:${colLetter(LAST)}4`, ctx.pickText("title", T.titles), "upper", { bold: true });
    ctx.writeMerged(
      ws,
      `A5:${colLetter(LAST)}5`,
      T.collective.replace("{n}", ctx.agency(unit, "dossier")),
      "text",
      {
        italic: true,
      },
    );
    let row = table1(ctx, ws, fileName, unit, 7);
    row = table2(ctx, ws, fileName, unit, row + 1);
    ctx.write(ws, `A${row + 1}`, T.narrative.replace("{n}", String(ctx.rng.int(12, 40))), "text", {
      italic: true,
    });
    if (ctx.rng.chance(0.45)) {
      const blank = sheet(wb, T.template, [6, 44, 9]);
      blank.state = "hidden";
      ["political_articles", "revenue", ...statusInputsOf(unit)].forEach((input, i) =>
        ctx.write(blank, `B${i + 2}`, ctx.label(input, { key: "dossier" }), "label"),
      );
    }
    return { fileName, workbook: wb };
  });
}

function table1(ctx: Blind20Context, ws: ExcelJS.Worksheet, file: string, unit: UnitId, top: number): number {
  ctx.write(ws, `A${top}`, T.table1, "text", { bold: true });
  const h1 = top + 1;
  const h2 = top + 2;
  for (const [at, text] of [
    ["A", C.tt],
    ["B", ctx.choose("item", ["Nội dung chỉ tiêu", "Chỉ tiêu chủ yếu"])],
    ["C", C.unit],
  ] as const)
    ctx.writeMerged(ws, `${at}${h1}:${at}${h2}`, text, "text", { bold: true });
  YEARS.forEach((year, i) => {
    const c = 4 + i * 2;
    ctx.writeMerged(
      ws,
      `${colLetter(c)}${h1}:${colLetter(c + 1)}${h1}`,
      T.yearHead.replace("{y}", String(year)),
      "text",
      {
        bold: true,
      },
    );
    ctx.write(ws, `${colLetter(c)}${h2}`, ctx.planHeader(year), "text", {
      bold: true,
      align: "center",
      wrap: true,
    });
    ctx.write(ws, `${colLetter(c + 1)}${h2}`, T.done, "text", { bold: true, align: "center" });
  });
  ctx.writeMerged(ws, `J${h1}:J${h2}`, T.ratio.replace("{y}", "2025"), "text", { bold: true });
  ws.getRow(h2).height = 32;
  let row = h2 + 1;
  const items: Array<string | null> = ["political_articles", "revenue"];
  items.splice(ctx.rng.int(1, 2), 0, null);
  items.forEach((input, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    if (input === null) {
      // A near-miss row: all works published, with plan and result figures of its own.
      ctx.write(ws, `B${row}`, ctx.decoyLabel(D.allArticles, "dossier"));
      ctx.write(ws, `C${row}`, ctx.decoyMeasure(D.allArticles), "text", { align: "center" });
      YEARS.forEach((year, k) => {
        const v = ctx.decoyValue(D.allArticles, unit, year);
        ctx.figure(ws, `${colLetter(4 + k * 2)}${row}`, Math.round(v * 0.95));
        ctx.figure(ws, `${colLetter(5 + k * 2)}${row}`, v);
      });
      row++;
      return;
    }
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "dossier", unit: ctx.rng.chance(0.3) }), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    YEARS.forEach((year, k) => {
      const slot = slotOf(input, unit, year);
      const target = planFigure(ctx, slot);
      if (target !== null && ctx.data.years[input as "revenue"].includes(year))
        ctx.figure(ws, `${colLetter(4 + k * 2)}${row}`, target);
      ctx.value(file, ws, `${colLetter(5 + k * 2)}${row}`, slot);
    });
    const a = ctx.shownNumber(slotOf(input, unit, 2023));
    const b = ctx.shownNumber(slotOf(input, unit, 2025));
    if (a !== undefined && b !== undefined)
      ctx.formula(ws, `J${row}`, `ROUND(I${row}/E${row}*100,1)`, Math.round((b / a) * 1000) / 10);
    row++;
  });
  grid(ws, h1, 1, row - 1, LAST);
  return row;
}

function table2(ctx: Blind20Context, ws: ExcelJS.Worksheet, file: string, unit: UnitId, top: number): number {
  ctx.write(ws, `A${top}`, T.table2, "text", { bold: true });
  const head = top + 1;
  ctx.write(ws, `A${head}`, C.tt, "text", { bold: true, align: "center" });
  ctx.writeMerged(ws, `B${head}:C${head}`, ctx.choose("crit", ["Tiêu chí", "Nội dung tiêu chí"]), "text", {
    bold: true,
  });
  ctx.write(ws, `D${head}`, C.unit, "text", { bold: true, align: "center" });
  ctx.write(ws, `E${head}`, T.result.replace("{y}", "2025"), "text", {
    bold: true,
    align: "center",
    wrap: true,
  });
  ctx.write(ws, `F${head}`, T.verdict, "text", { bold: true, align: "center" });
  let row = head + 1;
  const inputs = statusInputsOf(unit);
  inputs.forEach((input, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.writeMerged(ws, `B${row}:C${row}`, ctx.label(input, { key: "dossier" }), "label", { align: "left" });
    ctx.write(ws, `D${row}`, ctx.measure(input), "text", { align: "center" });
    const shown = ctx.value(file, ws, `E${row}`, slotOf(input, unit));
    if (shown) ctx.write(ws, `F${row}`, ctx.rng.pick(T.verdicts), "text", { align: "center" });
    row++;
    if (input === "staff_trained" && ctx.rng.chance(0.6)) {
      ctx.writeMerged(ws, `B${row}:C${row}`, ctx.decoyLabel(D.otherTraining, "dossier"), "text", {
        align: "left",
      });
      ctx.write(ws, `D${row}`, ctx.measure("staff_trained"), "text", { align: "center" });
      ctx.figure(ws, `E${row}`, ctx.decoyValue(D.otherTraining, unit));
      row++;
    }
  });
  grid(ws, head, 1, row - 1, 6);
  return row;
}

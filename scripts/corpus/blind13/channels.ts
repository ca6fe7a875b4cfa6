/**
 * An agency's output by channel: a sheet per agency with years down and the channels (or revenue sources) across,
 * the total a SUM of them at the right, a part-of-year row among the years, a near-miss column and a plan column
 * after the total, then the status answers as name/answer rows with the name merged over three columns.
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { sheetName, type BuiltFile } from "../sheets";
import type { Blind13Context } from "./context";
import { head, parts, remark, writePlanFigure } from "./kit";
import { B13_CHANNELS as T } from "./texts";
import { b13DecoysNear } from "./wordings";

type Yearly = "political_articles" | "revenue";

function table(
  ctx: Blind13Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  input: Yearly,
  top: number,
): number {
  const { rng, data } = ctx;
  const heads: readonly string[] =
    input === "revenue" ? T.sources : T.channels[unit as keyof typeof T.channels];
  const subtitle = ctx.pickText(
    input === "revenue" ? "trev" : "tart",
    input === "revenue" ? T.titleRevenue : T.titleArticles,
  );
  ctx.write(ws, `A${top}`, `${ctx.wording(input, "ch")} ${ctx.labelUnit(input)} - ${subtitle}`, "label", {
    bold: true,
  });
  const h = top + 1;
  head(ctx, ws, `A${h}`, ctx.pickText("year", T.year));
  heads.forEach((t, i) => head(ctx, ws, ref(2 + i, h), t));
  const totalCol = 2 + heads.length;
  head(ctx, ws, ref(totalCol, h), ctx.header(input, "ch"));
  const decoy = rng.chance(0.6) ? rng.pick(b13DecoysNear(input)) : undefined;
  // Plan figures and remarks sit in fixed columns at the right, never above another table's totals.
  const decoyCol = decoy ? totalCol + 1 : undefined;
  const noteCol = 9;
  const planCol = rng.chance(0.5) ? 10 : undefined;
  if (decoy && decoyCol) head(ctx, ws, ref(decoyCol, h), ctx.decoyLabel(decoy, "ch"));
  if (planCol) head(ctx, ws, ref(planCol, h), ctx.planHeader(2025));
  head(ctx, ws, ref(noteCol, h), "Ghi chú");
  let row = h + 1;
  const years = data.years[input];
  const partialBefore = rng.chance(0.5);
  const partial = rng.chance(0.65);
  const writePartial = () => {
    ctx.write(ws, `A${row}`, ctx.partialHeader(2025), "text", { italic: true });
    const slot = { input, unit, year: 2025 };
    if (data.shown(slot)) {
      const half = ctx.near(input, unit, 0.4, 0.6, 2025);
      parts(rng, half, heads.length).forEach((p, i) => ctx.number(ws, ref(2 + i, row), p));
      ctx.number(ws, ref(totalCol, row), half);
    }
    row++;
  };
  for (const year of years) {
    if (year === 2025 && partial && partialBefore) writePartial();
    put2(ctx, ws, `A${row}`, year);
    const slot = { input, unit, year };
    if (data.shown(slot)) {
      const v = data.value(slot);
      if (typeof v === "number")
        parts(rng, v, heads.length).forEach((p, i) => ctx.number(ws, ref(2 + i, row), p));
      const range = `${colLetter(2)}${row}:${colLetter(totalCol - 1)}${row}`;
      ctx.value(file, ws, ref(totalCol, row), slot, rng.chance(0.75) ? { formula: `SUM(${range})` } : {});
    } else ctx.value(file, ws, ref(totalCol, row), slot);
    if (decoy && decoyCol) ctx.number(ws, ref(decoyCol, row), ctx.decoyValue(decoy, unit, year));
    if (planCol && year >= 2023) writePlanFigure(ctx, ws, ref(planCol, row), slot);
    remark(ctx, ws, ref(noteCol, row), 0.15);
    row++;
  }
  if (partial && !partialBefore) writePartial();
  grid(ws, h, 1, row - 1, planCol ?? noteCol);
  return row + 1;
}

function put2(ctx: Blind13Context, ws: ExcelJS.Worksheet, at: string, year: number): void {
  ctx.write(ws, at, ctx.rng.chance(0.5) ? String(year) : `Năm ${year}`, "text", { align: "center" });
}

function statusRows(
  ctx: Blind13Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  inputs: readonly string[],
  top: number,
): number {
  ctx.write(ws, `A${top}`, ctx.pickText("tstat", T.titleStatus), "upper", { bold: true });
  const h = top + 1;
  ctx.writeMerged(ws, `A${h}:C${h}`, ctx.pickText("item", T.item), "text", { bold: true });
  head(ctx, ws, `D${h}`, ctx.pickText("answer", T.answer));
  let row = h + 1;
  for (const input of inputs) {
    ctx.writeMerged(ws, `A${row}:C${row}`, ctx.label(input, { unit: ctx.rng.chance(0.4) }), "label", {
      align: "left",
    });
    ctx.value(file, ws, `D${row}`, { input, unit });
    remark(ctx, ws, `E${row}`, 0.15);
    row++;
    for (const decoy of b13DecoysNear(input)) {
      if (!ctx.rng.chance(0.4)) continue;
      ctx.writeMerged(ws, `A${row}:C${row}`, ctx.decoyLabel(decoy, "ch"), "label", { align: "left" });
      ctx.number(ws, `D${row}`, ctx.decoyValue(decoy, unit));
      row++;
    }
  }
  grid(ws, h, 1, row - 1, 5);
  return row;
}

export function channelBreakdown(ctx: Blind13Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("file", T.files)}.xlsx`;
  for (const unit of ctx.rng.shuffle(AGENCIES)) {
    const ws = addSheet(
      wb,
      sheetName(wb, ctx.agency(unit, "sheet")),
      [16, 13, 13, 13, 13, 14, 14, 14, 22, 14],
    );
    ctx.writeMerged(ws, "A1:J1", ctx.agency(unit, "ch"), "upper", { bold: true, size: 13 });
    let row = table(ctx, ws, fileName, unit, "political_articles", 3);
    row = table(ctx, ws, fileName, unit, "revenue", row);
    statusRows(ctx, ws, fileName, unit, statusInputsOf(unit), row);
  }
  if (ctx.data.province) {
    const ws = addSheet(wb, sheetName(wb, ctx.agency(PROVINCE, "sheet")), [30, 13, 13, 16, 22]);
    statusRows(ctx, ws, fileName, PROVINCE, ["remote_population_total", "remote_population_reached"], 1);
  }
  return [{ fileName, workbook: wb }];
}

/**
 * The propaganda department's tally of this year's articles by campaign topic: topics down, agencies across, each
 * agency's year total a SUM under its column with the earlier years' totals right below it, a part-of-year row, a
 * near-miss row and the plan row after them; a second sheet with revenue by year and the status answers per agency.
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { masthead, sheetName, title, type BuiltFile } from "../sheets";
import type { Blind13Context } from "./context";
import { head, hiddenDraft, parts, remark } from "./kit";
import { B13_TALLY as T } from "./texts";
import { b13DecoysNear } from "./wordings";

function topicsSheet(ctx: Blind13Context, wb: ExcelJS.Workbook, file: string): void {
  const { rng, data } = ctx;
  const input = "political_articles";
  const units = [...AGENCIES];
  const first = 3;
  const sumCol = first + units.length;
  const noteCol = sumCol + 1;
  const ws = addSheet(wb, sheetName(wb, ctx.pickText("sheet", T.sheets)), [6, 44, 16, 16, 16, 14, 24]);
  let top = 1;
  if (rng.chance(0.5)) {
    masthead(ctx, ws, null, noteCol);
    top = 4;
  }
  title(ctx, ws, top, noteCol, ctx.pickText("title", T.titles), ctx.wording(input, "tl"));
  const h = top + 3;
  head(ctx, ws, `A${h}`, "STT");
  head(ctx, ws, `B${h}`, ctx.pickText("topic", T.topic));
  units.forEach((u, i) => head(ctx, ws, ref(first + i, h), ctx.agency(u, "tl")));
  head(ctx, ws, ref(sumCol, h), ctx.pickText("sum", T.sum));
  head(ctx, ws, ref(noteCol, h), "Ghi chú");
  const topics = rng.shuffle(T.topics).slice(0, rng.int(4, 7));
  const split = units.map((unit) => {
    const slot = { input, unit, year: 2025 };
    const v = data.shown(slot) ? data.value(slot) : undefined;
    return typeof v === "number" ? parts(rng, v, topics.length) : undefined;
  });
  let row = h + 1;
  topics.forEach((topic, t) => {
    put(ws, `A${row}`, t + 1, { align: "center" });
    ctx.write(ws, `B${row}`, topic, "label");
    let sum = 0;
    units.forEach((_, i) => {
      const p = split[i]?.[t];
      if (p !== undefined) {
        ctx.number(ws, ref(first + i, row), p);
        sum += p;
      }
    });
    put(ws, ref(sumCol, row), Math.round(sum * 10) / 10, { numFmt: "#,##0" });
    row++;
  });
  const totalRow = row;
  ctx.write(ws, `B${row}`, ctx.pickText("total", T.total, 2025), "label", { bold: true });
  units.forEach((unit, i) => {
    const L = colLetter(first + i);
    ctx.value(
      file,
      ws,
      ref(first + i, row),
      { input, unit, year: 2025 },
      { formula: `SUM(${L}${h + 1}:${L}${row - 1})` },
    );
  });
  row++;
  for (const year of [...data.years[input]].filter((y) => y < 2025).sort((a, b) => b - a)) {
    ctx.write(ws, `B${row}`, ctx.pickText("previous", T.previous, year), "label", { italic: true });
    units.forEach((unit, i) => ctx.value(file, ws, ref(first + i, row), { input, unit, year }));
    remark(ctx, ws, ref(noteCol, row), 0.1);
    row++;
  }
  if (rng.chance(0.6)) {
    ctx.write(ws, `B${row}`, ctx.partialHeader(2025), "label", { italic: true });
    units.forEach((unit, i) => {
      if (data.shown({ input, unit, year: 2025 }))
        ctx.number(ws, ref(first + i, row), ctx.near(input, unit, 0.4, 0.6, 2025));
    });
    row++;
  }
  for (const decoy of b13DecoysNear(input)) {
    if (!rng.chance(0.45)) continue;
    ctx.write(ws, `B${row}`, ctx.decoyLabel(decoy, "tl"), "label");
    units.forEach((unit, i) => ctx.number(ws, ref(first + i, row), ctx.decoyValue(decoy, unit)));
    row++;
  }
  if (rng.chance(0.6)) {
    ctx.write(ws, `B${row}`, ctx.planHeader(2025), "label", { italic: true });
    units.forEach((unit, i) => ctx.number(ws, ref(first + i, row), ctx.near(input, unit, 1.05, 1.2, 2025)));
    row++;
  }
  remark(ctx, ws, ref(noteCol, totalRow), 0.4);
  grid(ws, h, 1, row - 1, noteCol);
}

function othersSheet(ctx: Blind13Context, wb: ExcelJS.Workbook, file: string): void {
  const { rng, data } = ctx;
  const ws = addSheet(wb, sheetName(wb, ctx.pickText("others", T.others)), [6, 52, 16, 16, 16, 24]);
  ctx.write(ws, "A1", ctx.pickText("revenue", T.revenue), "upper", { bold: true });
  head(ctx, ws, "A2", "STT");
  head(ctx, ws, "B2", `${ctx.wording("revenue", "tl")} ${ctx.labelUnit("revenue")}`);
  AGENCIES.forEach((u, i) => head(ctx, ws, ref(3 + i, 2), ctx.agency(u, "tl2")));
  let row = 3;
  for (const year of data.years.revenue) {
    put(ws, `A${row}`, row - 2, { align: "center" });
    ctx.write(ws, `B${row}`, `${ctx.header("revenue", "tl")} ${year}`, "label");
    AGENCIES.forEach((unit, i) => ctx.value(file, ws, ref(3 + i, row), { input: "revenue", unit, year }));
    row++;
  }
  for (const decoy of b13DecoysNear("revenue")) {
    if (!rng.chance(0.4)) continue;
    ctx.write(ws, `B${row}`, `${ctx.decoyLabel(decoy, "tl")} 2025`, "label");
    AGENCIES.forEach((unit, i) => ctx.number(ws, ref(3 + i, row), ctx.decoyValue(decoy, unit)));
    row++;
  }
  grid(ws, 2, 1, row - 1, 5);
}

function statusSheet(ctx: Blind13Context, wb: ExcelJS.Workbook, file: string): void {
  const { rng, data } = ctx;
  const ws = addSheet(wb, sheetName(wb, ctx.pickText("status", T.status)), [6, 56, 18, 24]);
  let row = 1;
  const units: UnitId[] = data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  for (const unit of units) {
    ctx.writeMerged(ws, `A${row}:D${row}`, ctx.agency(unit, "tl3"), "text", { bold: true, align: "left" });
    row++;
    head(ctx, ws, `B${row}`, ctx.pickText("item", T.item));
    head(ctx, ws, `C${row}`, ctx.pickText("answer", T.answer));
    row++;
    const inputs =
      unit === PROVINCE ? ["remote_population_total", "remote_population_reached"] : statusInputsOf(unit);
    let n = 0;
    const start = row;
    for (const input of inputs) {
      put(ws, `A${row}`, `${++n}`, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.label(input, { unit: rng.chance(0.3) }), "label", { wrap: true });
      ctx.value(file, ws, `C${row}`, { input, unit });
      remark(ctx, ws, `D${row}`, 0.15);
      row++;
    }
    grid(ws, start - 1, 1, row - 1, 4);
    row++;
  }
}

export function campaignTopicTally(ctx: Blind13Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("file", T.files)}.xlsx`;
  topicsSheet(ctx, wb, fileName);
  othersSheet(ctx, wb, fileName);
  statusSheet(ctx, wb, fileName);
  if (ctx.rng.chance(0.5)) hiddenDraft(ctx, wb, "Tam");
  return [{ fileName, workbook: wb }];
}

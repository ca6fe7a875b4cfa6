/**
 * "b16-chart-data-blocks": the sheet behind the charts of a year-end report. Small blocks one under another, each
 * under a "Biểu đồ n" caption: agencies as series and years as categories for the yearly inputs (a target column
 * and a growth row beside them, a near-miss block drawn the same way), a staff block, the province's pie data
 * (reached, not reached, total) and a status table with agencies as columns and a count of agencies that meet
 * each item. Last year's chart data stays on a hidden sheet.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARLY, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind16Context } from "./context";
import {
  agencyStatusInputs,
  headers,
  nearFigure,
  newWorkbook,
  pct,
  planFigure,
  sheet,
  yearsShown,
} from "./kit";
import { B16_CHARTS as T } from "./texts";
import { B16_DECOYS } from "./wordings";

export function chartBlocks(ctx: Blind16Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [46, 13, 13, 13, 13, 13, 13, 13, 16]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.title, { y: 2025 }), "upper", { bold: true });
  const yearAsNumber = rng.chance(0.5);
  const yearHead = (y: number) => (yearAsNumber ? String(y) : `Năm ${y}`);
  let row = 3;
  let k = 0;
  const caption = (text: string) => {
    k++;
    ctx.write(ws, `A${row}`, ctx.pickText("chart", T.chart, { n: String(k), v: text }), "text", {
      bold: true,
    });
    row++;
  };
  const partialAt = rng.pick(YEARLY);

  const yearBlock = (input: string, decoy?: (unit: UnitId, year: number) => number, decoyText?: string) => {
    const years = yearsShown(ctx, input);
    if (years.length === 0) return;
    caption(decoyText ?? ctx.label(input, { unit: rng.chance(0.5), key: "chart" }));
    const plan = decoy === undefined && rng.chance(0.6);
    const partial = decoy === undefined && input === partialAt && years.includes(2025) && rng.chance(0.6);
    // Target and part-of-year columns stand far right (H, I), never above a later block's figures.
    const first =
      decoy === undefined ? `${ctx.pickText("series", T.series)} (${ctx.header(input, "series")})` : "";
    headers(ctx, ws, row, [first || ctx.pickText("series", T.series), ...years.map(yearHead)]);
    if (partial) headers(ctx, ws, row, [ctx.partialHeader(2025)], 8);
    if (plan) headers(ctx, ws, row, [ctx.planHeader(2025)], 9);
    row++;
    const top = row;
    for (const unit of AGENCIES) {
      ctx.write(ws, `A${row}`, ctx.agency(unit), "label");
      years.forEach((year, i) => {
        const at = ref(2 + i, row);
        if (decoy) ctx.number(ws, at, decoy(unit, year));
        else ctx.value(fileName, ws, at, { input, unit, year });
      });
      if (partial) {
        const n = nearFigure(ctx, { input, unit, year: 2025 }, 0.72, 0.86);
        if (n !== null) ctx.number(ws, ref(8, row), n);
      }
      if (plan) {
        const n = planFigure(ctx, { input, unit, year: 2025 });
        if (n !== null) put(ws, ref(9, row), n, { numFmt: "#,##0" });
      }
      row++;
    }
    if (decoy === undefined && rng.chance(0.6)) {
      ctx.write(ws, `A${row}`, ctx.pickText("growth", T.growth), "label", { italic: true });
      years.forEach((year, i) => {
        if (i === 0) return;
        const sum = (y: number) =>
          AGENCIES.map((u) => ctx.shownNumber({ input, unit: u, year: y })).reduce<number | undefined>(
            (a, v) => (a === undefined || v === undefined ? undefined : a + v),
            0,
          );
        const [now, before] = [sum(year), sum(years[i - 1] ?? year)];
        if (now !== undefined && before !== undefined && before > 0)
          put(ws, ref(2 + i, row), pct(now - before, before), { numFmt: "0.0" });
      });
      row++;
    }
    grid(ws, top, 1, row - 1, 1 + years.length);
    row++;
  };

  const order = rng.shuffle(["political_articles", "revenue", "decoy", "staff", "pie", "status"]);
  for (const what of order) {
    if (what === "political_articles" || what === "revenue") yearBlock(what);
    else if (what === "decoy" && rng.chance(0.75)) {
      const d = rng.pick([
        B16_DECOYS.allArticles,
        B16_DECOYS.adRevenue,
        B16_DECOYS.reposts,
        B16_DECOYS.orderFunds,
      ]);
      yearBlock(d.near, (unit, year) => ctx.decoyValue(d, unit, year), ctx.decoyLabel(d));
    } else if (what === "staff")
      staffBlock(
        ctx,
        ws,
        fileName,
        caption,
        () => row,
        (r) => (row = r),
      );
    else if (what === "pie" && ctx.data.province)
      pieBlock(
        ctx,
        ws,
        fileName,
        caption,
        () => row,
        (r) => (row = r),
      );
    else if (what === "status")
      statusBlock(
        ctx,
        ws,
        fileName,
        caption,
        () => row,
        (r) => (row = r),
      );
  }
  if (rng.chance(0.6)) ctx.write(ws, `A${row}`, ctx.note(), "text", { italic: true });
  ctx.write(ws, `A${row + 1}`, ctx.pickText("source", T.source), "text", { italic: true });

  if (rng.chance(0.7)) {
    const old = sheet(wb, ctx.pickText("hidden", T.hidden, { y: 2024 }), [46, 13, 13, 13]);
    headers(ctx, old, 1, [ctx.pickText("series", T.series), yearHead(2023), yearHead(2024)]);
    AGENCIES.forEach((unit, i) => {
      ctx.write(old, `A${i + 2}`, ctx.agency(unit), "label");
      for (const [c, year] of [[2, 2023] as const, [3, 2024] as const]) {
        const n = nearFigure(ctx, { input: "political_articles", unit, year }, 0.9, 0.98);
        if (n !== null) put(old, ref(c, i + 2), n, { numFmt: "#,##0" });
      }
    });
    old.state = "hidden";
  }
  return [{ fileName, workbook: wb }];
}

type Caption = (text: string) => void;

function staffBlock(
  ctx: Blind16Context,
  ws: ExcelJS.Worksheet,
  file: string,
  caption: Caption,
  at: () => number,
  set: (row: number) => void,
): void {
  caption(ctx.pickText("staff", T.staff));
  let row = at();
  const withDecoy = ctx.rng.chance(0.7);
  const cols = [
    ctx.pickText("series", T.series),
    ctx.header("staff_total", "staff"),
    ctx.header("staff_trained", "staff"),
    ctx.pickText("share", T.share),
  ];
  const d = ctx.rng.pick([B16_DECOYS.collaborators, B16_DECOYS.pressCards, B16_DECOYS.politicalCourse]);
  if (withDecoy) cols.push(ctx.decoyLabel(d));
  headers(ctx, ws, row, cols);
  row++;
  const top = row;
  for (const unit of AGENCIES) {
    ctx.write(ws, `A${row}`, ctx.agency(unit), "label");
    const a = ctx.value(file, ws, `B${row}`, { input: "staff_total", unit });
    const b = ctx.value(file, ws, `C${row}`, { input: "staff_trained", unit });
    const total = ctx.shownNumber({ input: "staff_total", unit });
    const trained = ctx.shownNumber({ input: "staff_trained", unit });
    if (a && b && total && trained !== undefined)
      put(
        ws,
        `D${row}`,
        { formula: `ROUND(C${row}/B${row}*100,1)`, result: pct(trained, total) },
        { numFmt: "0.0" },
      );
    if (withDecoy) ctx.number(ws, `E${row}`, ctx.decoyValue(d, unit));
    row++;
  }
  grid(ws, top, 1, row - 1, cols.length);
  set(row + 1);
}

function pieBlock(
  ctx: Blind16Context,
  ws: ExcelJS.Worksheet,
  file: string,
  caption: Caption,
  at: () => number,
  set: (row: number) => void,
): void {
  caption(ctx.pickText("pie", T.pie));
  let row = at();
  // Long label, the short legend label the chart shows, the figure.
  headers(ctx, ws, row, [
    ctx.agency(PROVINCE),
    ctx.pickText("legend", T.legend),
    ctx.pickText("people", T.people),
  ]);
  row++;
  const top = row;
  const total = { input: "remote_population_total", unit: PROVINCE };
  const reached = { input: "remote_population_reached", unit: PROVINCE };
  ctx.write(ws, `A${row}`, ctx.wording("remote_population_reached", "pie"), "label");
  ctx.write(ws, `B${row}`, ctx.header("remote_population_reached", "pie"), "label");
  ctx.value(file, ws, `C${row}`, reached);
  row++;
  const t = ctx.shownNumber(total);
  const r = ctx.shownNumber(reached);
  if (t !== undefined && r !== undefined && t - r > 0) {
    ctx.write(ws, `A${row}`, ctx.pickText("notReached", T.notReached), "label");
    ctx.write(ws, `B${row}`, ctx.pickText("notReachedShort", T.notReachedShort), "label");
    put(ws, `C${row}`, t - r, { numFmt: "#,##0" });
    row++;
  }
  ctx.write(ws, `A${row}`, ctx.wording("remote_population_total", "pie"), "label", { bold: true });
  ctx.write(ws, `B${row}`, ctx.header("remote_population_total", "pie"), "label", { bold: true });
  ctx.value(file, ws, `C${row}`, total);
  row++;
  if (ctx.rng.chance(0.8)) {
    const d = ctx.rng.pick([B16_DECOYS.receivers, B16_DECOYS.wholeProvince, B16_DECOYS.wholeProvince]);
    ctx.write(ws, `A${row}`, ctx.decoyLabel(d), "label", { italic: true });
    ctx.number(ws, `C${row}`, ctx.decoyValue(d, PROVINCE));
    row++;
  }
  grid(ws, top, 1, row - 1, 3);
  set(row + 1);
}

function statusBlock(
  ctx: Blind16Context,
  ws: ExcelJS.Worksheet,
  file: string,
  caption: Caption,
  at: () => number,
  set: (row: number) => void,
): void {
  caption(ctx.pickText("status", T.status));
  let row = at();
  headers(ctx, ws, row, [
    ctx.pickText("series", T.series),
    ...AGENCIES.map((u) => ctx.agency(u, "column")),
    ctx.pickText("count", T.count),
  ]);
  row++;
  const top = row;
  for (const input of agencyStatusInputs().filter((i) => !i.startsWith("staff_"))) {
    ctx.write(ws, `A${row}`, ctx.header(input, "status"), "label");
    let yes = 0;
    let answered = false;
    AGENCIES.forEach((unit, i) => {
      if (input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") return;
      const slot = { input, unit };
      if (ctx.value(file, ws, ref(2 + i, row), slot)) {
        const v = ctx.data.value(slot);
        answered = true;
        if (v === true || (typeof v === "number" && v >= 3)) yes++;
      }
    });
    if (answered && input !== "licensed") put(ws, ref(2 + AGENCIES.length, row), yes, { align: "center" });
    row++;
  }
  grid(ws, top, 1, row - 1, 2 + AGENCIES.length);
  set(row + 1);
}

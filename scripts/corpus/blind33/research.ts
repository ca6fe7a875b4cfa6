/**
 * "b33-research-project-data-appendix": the data appendix of a provincial research project on the press's digital
 * transformation. Sheet one is a wide series: each agency a block of rows (works, an all-genre row under them,
 * revenue, a digital-platform revenue row under it, headcount, trained), the years 2020–2025 observed then the
 * team's forecasts (2026, 2027, 2030) and an average-growth formula; the province's remote-area rows when known.
 * Headcounts and the remote-area figures are truth only in 2025's column. Sheet two holds the agencies' statuses
 * as rows, with the team's 2030 proposals in a block below. A hidden regression scratch sheet.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARS, isYearly, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind33Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, sheet, slotOf, someAnswer } from "./kit";
import { B33_RESEARCH as T } from "./texts";
import { B33_DECOYS as D } from "./wordings";

/** Column of each observed year on the series sheet (2020 in D … 2025 in I). */
export const researchCol = (year: number): string =>
  colLetter(4 + YEARS.indexOf(year as (typeof YEARS)[number]));
const FORECAST = [2026, 2027, 2030] as const;
const GROWTH = colLetter(4 + YEARS.length + FORECAST.length);
/** The status sheet's columns, in this order from C. */
export const RESEARCH_STATUS = [
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "autonomous",
  "security_level",
  "licensed",
] as const;

export function researchAppendix(ctx: Blind33Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files);
  seriesSheet(ctx, wb, fileName);
  statusSheet(ctx, wb, fileName);
  const u = ctx.rng.pick(AGENCIES);
  hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
    ["a (hệ số chặn)", ctx.rng.int(300, 900)],
    ["b (hệ số góc)", ctx.rng.int(20, 90)],
    [ctx.wording("political_articles"), nearFigure(ctx, slotOf("political_articles", u), 1.02, 1.1) ?? 0],
  ]);
  return [{ fileName, workbook: wb }];
}

function seriesSheet(ctx: Blind33Context, wb: ExcelJS.Workbook, file: string): void {
  const last = 4 + YEARS.length + FORECAST.length;
  const ws = sheet(wb, ctx.pickText("series", T.sheetSeries), [
    6,
    46,
    10,
    ...Array<number>(last - 3).fill(10),
  ]);
  const end = colLetter(last);
  ctx.writeMerged(ws, `A1:${end}1`, ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, `A2:${end}2`, ctx.pickText("source", T.source, 2025), "text", { italic: true });
  const head = { bold: true, align: "center" as const, wrap: true };
  ctx.writeMerged(ws, "A4:A5", "TT", "text", head);
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("ind", T.indicator), "text", head);
  ctx.writeMerged(ws, "C4:C5", "ĐVT", "text", head);
  ctx.writeMerged(
    ws,
    `${researchCol(2020)}4:${researchCol(2025)}4`,
    ctx.pickText("obs", T.observed),
    "text",
    head,
  );
  const f0 = colLetter(4 + YEARS.length);
  const f1 = colLetter(3 + YEARS.length + FORECAST.length);
  ctx.writeMerged(ws, `${f0}4:${f1}4`, ctx.pickText("fc", T.forecast), "text", head);
  ctx.writeMerged(ws, `${GROWTH}4:${GROWTH}5`, ctx.pickText("growth", T.growth), "text", head);
  const numeric = ctx.rng.chance(0.5);
  [...YEARS, ...FORECAST].forEach((y, i) => {
    const at = `${colLetter(4 + i)}5`;
    if (numeric) put(ws, at, y, { bold: true, align: "center" });
    else ctx.write(ws, at, `Năm ${y}`, "text", head);
  });
  let row = 6;
  const roman = ["I", "II", "III", "IV"];
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, roman[i] ?? "", { bold: true, align: "center" });
    ctx.writeMerged(ws, `B${row}:${end}${row}`, ctx.agency(unit, "series"), "text", {
      bold: true,
      align: "left",
    });
    row++;
    for (const input of ["political_articles", "revenue", "staff_total", "staff_trained"] as const) {
      seriesRow(ctx, ws, file, row, input, unit);
      row++;
      const decoy =
        input === "political_articles" ? D.allOutput : input === "revenue" ? D.digitalRevenue : null;
      if (decoy !== null) {
        put(ws, `A${row}`, "-", { align: "center" });
        ctx.write(ws, `B${row}`, ctx.decoyLabel(decoy, "series"), "label", { italic: true, wrap: true });
        ctx.write(ws, `C${row}`, decoy.measure, "text", { align: "center" });
        for (const y of YEARS)
          if (ctx.data.shown(slotOf(input, unit, y)))
            ctx.figure(ws, `${researchCol(y)}${row}`, ctx.decoyValue(decoy, unit, y));
        row++;
      }
    }
  });
  if (ctx.data.province) {
    put(ws, `A${row}`, roman[3] ?? "", { bold: true, align: "center" });
    ctx.writeMerged(ws, `B${row}:${end}${row}`, ctx.agency(PROVINCE, "series"), "text", {
      bold: true,
      align: "left",
    });
    row++;
    for (const input of ["remote_population_total", "remote_population_reached"] as const) {
      seriesRow(ctx, ws, file, row, input, PROVINCE);
      row++;
    }
  }
  grid(ws, 4, 1, row - 1, last);
}

function seriesRow(
  ctx: Blind33Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  input: string,
  unit: UnitId,
): void {
  put(ws, `A${row}`, "+", { align: "center" });
  const share = input === "remote_population_reached" ? 0 : input === "remote_population_total" ? 0.6 : 0.35;
  const label = ctx.rng.chance(share) ? ctx.header(input, `series|${unit}`) : ctx.label(input);
  ctx.write(ws, `B${row}`, label, "label", { wrap: true });
  ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
  let first: { col: string; n: number; y: number } | undefined;
  let latest = 0;
  if (isYearly(input)) {
    for (const y of YEARS) {
      const slot = slotOf(input, unit, y);
      ctx.value(file, ws, `${researchCol(y)}${row}`, slot);
      const n = ctx.shownNumber(slot);
      if (n !== undefined) {
        first ??= { col: researchCol(y), n, y };
        latest = n;
      }
    }
  } else {
    // A status figure: the earlier years are its history, only 2025 is the value now.
    const slot = slotOf(input, unit);
    const from = input.startsWith("remote_") ? 2022 : input === "staff_trained" ? 2023 : 2021;
    const v = ctx.shownNumber(slot);
    if (v !== undefined) {
      // A rising history: each earlier year a little lower (the reached population further below its total).
      const step = input.startsWith("remote_")
        ? input.endsWith("reached")
          ? 0.022
          : 0.012
        : input === "staff_trained"
          ? 0.16
          : 0.05;
      for (const y of YEARS.filter((y) => y >= from && y < 2025)) {
        const jitter = input.startsWith("remote_") ? 0 : ctx.rng.next() * 0.02;
        const then = Math.max(1, Math.round(v * (1 - step * (2025 - y) - jitter)));
        if (then === v) continue;
        ctx.figure(ws, `${researchCol(y)}${row}`, then);
        first ??= { col: researchCol(y), n: then, y };
      }
    }
    ctx.value(file, ws, `${researchCol(2025)}${row}`, slot);
    latest = ctx.shownNumber(slot) ?? 0;
  }
  if (latest > 0) {
    FORECAST.forEach((y, i) => {
      const grow = input.startsWith("remote_") ? 1 + 0.005 * (i + 1) : 1 + 0.06 * (y - 2025);
      ctx.figure(ws, `${colLetter(4 + YEARS.length + i)}${row}`, Math.round(latest * grow) + 1);
    });
  }
  if (first !== undefined && latest > 0 && first.y < 2025) {
    const span = 2025 - first.y;
    const g = Math.round(((latest / first.n) ** (1 / span) - 1) * 1000) / 10;
    ctx.formula(
      ws,
      `${GROWTH}${row}`,
      `ROUND(((${researchCol(2025)}${row}/${first.col}${row})^(1/${span})-1)*100,1)`,
      g,
    );
  }
}

function statusSheet(ctx: Blind33Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("status", T.sheetStatus), [6, 34, 15, 15, 15, 15, 15, 15]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("statusTitle", T.statusTitle), "upper", { bold: true });
  headers(ctx, ws, 3, [
    "TT",
    "Cơ quan báo chí",
    ...RESEARCH_STATUS.map((input) => ctx.header(input, "status")),
  ]);
  let row = 4;
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "status"));
    RESEARCH_STATUS.forEach((input, j) => {
      const at = `${colLetter(3 + j)}${row}`;
      if (statusInputsOf(unit).includes(input)) ctx.value(file, ws, at, slotOf(input, unit));
      else put(ws, at, "", {});
    });
    row++;
  });
  grid(ws, 3, 1, row - 1, 8);
  row++;
  ctx.writeMerged(ws, `A${row}:H${row}`, ctx.pickText("outlook", T.outlook), "text", {
    bold: true,
    align: "left",
  });
  row++;
  // The proposals' own head row: the same columns, as the team words them a second time.
  headers(ctx, ws, row, ["TT", "", ...RESEARCH_STATUS.map((input) => ctx.header(input, "outlook"))]);
  row++;
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "status"));
    RESEARCH_STATUS.forEach((input, j) => {
      if (!statusInputsOf(unit).includes(input)) return;
      const v = ctx.data.value(slotOf(input, unit));
      const text =
        input === "security_level"
          ? typeof v === "number"
            ? (ctx.words(input, 3) ?? "3")
            : "-"
          : input === "licensed"
            ? ctx.style.license[0]
            : someAnswer(ctx, true);
      ctx.write(ws, `${colLetter(3 + j)}${row}`, text, "word", { align: "center" });
    });
    row++;
  });
  grid(ws, row - 4, 1, row - 1, 8);
}

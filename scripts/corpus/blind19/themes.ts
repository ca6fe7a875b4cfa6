/**
 * b19-theme-appendix-sheets: the department's workbook of appendices to its digital-transformation report, one
 * sheet per theme (content, revenue, staff, infrastructure, remote areas), each with its own columns and the agencies
 * as rows. Traps: total rows over the agencies (SUM formulas), a part-of-year column beside the year's result, all
 * articles and revenue parts in columns of their own, the year's target at the end of the revenue sheet, press cards
 * and political-theory courses beside the staff figures, and a hidden list of agency codes.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind19Context } from "./context";
import {
  agencyStatusInputs,
  headers,
  nearFigure,
  newWorkbook,
  pct,
  planFigure,
  sheet,
  slotOf,
  yearsShown,
} from "./kit";
import { B19_THEMES as T } from "./texts";
import { B19_DECOYS as D } from "./wordings";

function top(ctx: Blind19Context, ws: ExcelJS.Worksheet, title: string, last: number): void {
  ctx.writeMerged(ws, `A1:${colLetter(Math.max(last, 4))}1`, title, "upper", { bold: true });
}

function agencyCells(ctx: Blind19Context, ws: ExcelJS.Worksheet, first: number): void {
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${first + i}`, i + 1, { align: "center" });
    ctx.write(ws, `B${first + i}`, ctx.agency(unit, "themes"), "label");
  });
}

/** A total row under the agencies: SUM formulas over columns `cols` (only where two agencies or more report). */
function totals(
  ctx: Blind19Context,
  ws: ExcelJS.Worksheet,
  first: number,
  cols: ReadonlyArray<[number, (u: UnitId) => number | undefined]>,
): void {
  const row = first + AGENCIES.length;
  ctx.write(ws, `B${row}`, ctx.pickText("total", T.total), "label", { bold: true });
  for (const [col, of] of cols) {
    const shown = AGENCIES.map(of).filter((n): n is number => n !== undefined);
    if (shown.length < 2) continue;
    const L = colLetter(col);
    put(
      ws,
      ref(col, row),
      { formula: `SUM(${L}${first}:${L}${row - 1})`, result: shown.reduce((a, b) => a + b, 0) },
      { numFmt: "#,##0", bold: true },
    );
  }
}

function contentSheet(ctx: Blind19Context, wb: ExcelJS.Workbook, file: string): void {
  const years = yearsShown(ctx, "political_articles");
  const last = 2 + years.length + 2;
  const ws = sheet(wb, T.sheets.content, [6, 36, ...years.map(() => 11), 14, 16]);
  top(ctx, ws, T.titles.content, last);
  ctx.write(ws, "A2", ctx.label("political_articles", { unit: true, key: "themes" }), "label", {
    italic: true,
  });
  const year = (y: number) => ctx.pickText("year", T.year, { y });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("agency", T.agencyHeader),
    ...years.map(year),
    ctx.partialHeader(2025),
    ctx.decoyLabel(D.allArticles, "themes"),
  ]);
  agencyCells(ctx, ws, 5);
  AGENCIES.forEach((unit, i) => {
    years.forEach((y, j) => ctx.value(file, ws, ref(3 + j, 5 + i), slotOf("political_articles", unit, y)));
    const part = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.7, 0.86);
    if (part !== null) ctx.figure(ws, ref(3 + years.length, 5 + i), part);
    ctx.figure(ws, ref(4 + years.length, 5 + i), ctx.decoyValue(D.allArticles, unit, 2025));
  });
  totals(
    ctx,
    ws,
    5,
    years.map((y, j) => [3 + j, (u: UnitId) => ctx.shownNumber(slotOf("political_articles", u, y))]),
  );
  grid(ws, 4, 1, 5 + AGENCIES.length, last);
}

function economySheet(ctx: Blind19Context, wb: ExcelJS.Workbook, file: string): void {
  const years = yearsShown(ctx, "revenue");
  const after = 3 + years.length;
  const last = after + 2;
  const ws = sheet(wb, T.sheets.economy, [6, 36, ...years.map(() => 12), 13, 13, 14]);
  top(ctx, ws, T.titles.economy, last);
  ctx.write(ws, "A2", ctx.header("revenue", "themes"), "label", {
    italic: true,
  });
  // Two header rows: the years and the target merged down, the parts of this year under "of which".
  const down = (col: number, text: string) => {
    ws.mergeCells(`${colLetter(col)}4:${colLetter(col)}5`);
    ctx.write(ws, ref(col, 4), text, "text", { bold: true, align: "center", wrap: true });
  };
  down(1, "STT");
  down(2, ctx.pickText("agency", T.agencyHeader));
  years.forEach((y, j) => down(3 + j, ctx.pickText("year", T.year, { y })));
  ctx.writeMerged(
    ws,
    `${colLetter(after)}4:${colLetter(after + 1)}4`,
    T.ofWhich.replace("{y}", "2025"),
    "text",
    { bold: true },
  );
  ctx.write(ws, ref(after, 5), ctx.decoyLabel(D.adRevenue, "themes"), "text", {
    bold: true,
    wrap: true,
    align: "center",
  });
  ctx.write(ws, ref(after + 1, 5), ctx.decoyLabel(D.orderFunds, "themes"), "text", {
    bold: true,
    wrap: true,
    align: "center",
  });
  down(last, ctx.planHeader(2025));
  grid(ws, 4, 1, 5, last);
  agencyCells(ctx, ws, 6);
  AGENCIES.forEach((unit, i) => {
    years.forEach((y, j) => ctx.value(file, ws, ref(3 + j, 6 + i), slotOf("revenue", unit, y)));
    ctx.figure(ws, ref(after, 6 + i), ctx.decoyValue(D.adRevenue, unit, 2025));
    ctx.figure(ws, ref(after + 1, 6 + i), ctx.decoyValue(D.orderFunds, unit, 2025));
    const plan = planFigure(ctx, slotOf("revenue", unit, 2025));
    if (plan !== null) ctx.figure(ws, ref(last, 6 + i), plan);
  });
  totals(
    ctx,
    ws,
    6,
    years.map((y, j) => [3 + j, (u: UnitId) => ctx.shownNumber(slotOf("revenue", u, y))]),
  );
  grid(ws, 6, 1, 6 + AGENCIES.length, last);
}

function staffSheet(ctx: Blind19Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, T.sheets.staff, [6, 36, 13, 14, 13, 12, 14]);
  top(ctx, ws, T.titles.staff, 7);
  const cardsFirst = ctx.rng.chance(0.5);
  const cols = cardsFirst ? { total: 3, cards: 4, trained: 5 } : { total: 3, trained: 4, cards: 5 };
  const texts = [
    "STT",
    ctx.pickText("agency", T.agencyHeader),
    "",
    "",
    "",
    T.share,
    ctx.decoyLabel(D.theoryCourses, "themes"),
  ];
  texts[cols.total - 1] = ctx.header("staff_total", "themes");
  texts[cols.trained - 1] = ctx.header("staff_trained", "themes");
  texts[cols.cards - 1] = ctx.decoyLabel(D.pressCards, "themes");
  headers(ctx, ws, 3, texts);
  agencyCells(ctx, ws, 4);
  AGENCIES.forEach((unit, i) => {
    const r = 4 + i;
    ctx.value(file, ws, ref(cols.total, r), slotOf("staff_total", unit));
    ctx.value(file, ws, ref(cols.trained, r), slotOf("staff_trained", unit));
    ctx.figure(ws, ref(cols.cards, r), ctx.decoyValue(D.pressCards, unit));
    const t = ctx.shownNumber(slotOf("staff_total", unit));
    const d = ctx.shownNumber(slotOf("staff_trained", unit));
    if (t !== undefined && d !== undefined && t > 0) put(ws, ref(6, r), pct(d, t), { numFmt: "0.0" });
    ctx.figure(ws, ref(7, r), ctx.decoyValue(D.theoryCourses, unit));
  });
  totals(ctx, ws, 4, [
    [cols.total, (u: UnitId) => ctx.shownNumber(slotOf("staff_total", u))],
    [cols.trained, (u: UnitId) => ctx.shownNumber(slotOf("staff_trained", u))],
  ]);
  grid(ws, 3, 1, 4 + AGENCIES.length, 7);
}

function infraSheet(ctx: Blind19Context, wb: ExcelJS.Workbook, file: string): void {
  const inputs = agencyStatusInputs().filter((i) => !["staff_total", "staff_trained"].includes(i));
  const last = 2 + inputs.length + 1;
  const ws = sheet(wb, T.sheets.infra, [6, 36, ...inputs.map(() => 13), 26]);
  top(ctx, ws, T.titles.infra, last);
  headers(ctx, ws, 3, [
    "STT",
    ctx.pickText("agency", T.agencyHeader),
    ...inputs.map((i) => ctx.header(i, "themes")),
    T.remark,
  ]);
  agencyCells(ctx, ws, 4);
  AGENCIES.forEach((unit, i) => {
    const own = statusInputsOf(unit);
    inputs.forEach((input, j) => {
      if (own.includes(input)) ctx.value(file, ws, ref(3 + j, 4 + i), slotOf(input, unit));
    });
    if (ctx.rng.chance(0.3)) ctx.write(ws, ref(last, 4 + i), ctx.note(2025), "text", { italic: true });
  });
  grid(ws, 3, 1, 3 + AGENCIES.length, last);
}

function remoteSheet(ctx: Blind19Context, wb: ExcelJS.Workbook, file: string): void {
  const total = { input: "remote_population_total", unit: PROVINCE };
  const reached = { input: "remote_population_reached", unit: PROVINCE };
  const t = ctx.shownNumber(total);
  const r = ctx.shownNumber(reached);
  if (ctx.choose("remote-layout", ["rows", "columns"]) === "columns") {
    // The province as one row, the figures as columns under short headers.
    const ws = sheet(wb, T.sheets.remote, [6, 28, 16, 16, 14, 16]);
    top(ctx, ws, T.titles.remote, 6);
    headers(ctx, ws, 3, [
      "STT",
      ctx.pickText("area", T.area),
      ctx.header("remote_population_total", "themes"),
      ctx.header("remote_population_reached", "themes"),
      T.rate,
      ctx.decoyLabel(D.households, "themes"),
    ]);
    put(ws, "A4", 1, { align: "center" });
    ctx.write(ws, "B4", ctx.agency(PROVINCE, "themes"), "label");
    ctx.value(file, ws, "C4", total);
    ctx.value(file, ws, "D4", reached);
    if (t !== undefined && r !== undefined)
      put(ws, "E4", { formula: "D4/C4*100", result: pct(r, t) }, { numFmt: "0.0" });
    ctx.figure(ws, "F4", ctx.decoyValue(D.households, PROVINCE));
    grid(ws, 3, 1, 4, 6);
    return;
  }
  const ws = sheet(wb, T.sheets.remote, [6, 60, 12, 14, 24]);
  top(ctx, ws, T.titles.remote, 5);
  headers(ctx, ws, 3, [
    "STT",
    ctx.pickText("item", ["Nội dung", "Chỉ tiêu"]),
    "ĐVT",
    T.figure.replace("{y}", "2025"),
    T.remark,
  ]);
  [total, reached].forEach((slot, i) => {
    put(ws, `A${4 + i}`, i + 1, { align: "center" });
    ctx.write(ws, `B${4 + i}`, ctx.label(slot.input, { key: "themes" }), "label", { wrap: true });
    ctx.write(ws, `C${4 + i}`, ctx.measure(slot.input), "text", { align: "center" });
    ctx.value(file, ws, `D${4 + i}`, slot);
  });
  put(ws, "A6", 3, { align: "center" });
  ctx.write(ws, "B6", T.rate, "label");
  ctx.write(ws, "C6", "%", "text", { align: "center" });
  if (t !== undefined && r !== undefined)
    put(ws, "D6", { formula: "D5/D4*100", result: pct(r, t) }, { numFmt: "0.0" });
  put(ws, "A7", 4, { align: "center" });
  ctx.write(ws, "B7", ctx.decoyLabel(D.households, "themes"), "label");
  ctx.write(ws, "C7", "Hộ", "text", { align: "center" });
  ctx.figure(ws, "D7", ctx.decoyValue(D.households, PROVINCE));
  grid(ws, 3, 1, 7, 5);
}

export function themeAppendices(ctx: Blind19Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.fileNames, { y: 2025 });
  const wb = newWorkbook();
  contentSheet(ctx, wb, fileName);
  economySheet(ctx, wb, fileName);
  staffSheet(ctx, wb, fileName);
  infraSheet(ctx, wb, fileName);
  if (ctx.data.province) remoteSheet(ctx, wb, fileName);
  const codes = sheet(wb, ctx.pickText("scratch", T.scratch), [34, 10, 12]);
  codes.state = "hidden";
  AGENCIES.forEach((unit, i) => {
    ctx.write(codes, `A${i + 1}`, ctx.agency(unit, "themes"), "label");
    put(codes, `B${i + 1}`, `CQ0${i + 1}`);
    const near = nearFigure(ctx, slotOf("staff_total", unit), 0.85, 0.97);
    if (near !== null) put(codes, `C${i + 1}`, near);
  });
  if (ctx.data.province) {
    const row = AGENCIES.length + 2;
    ["remote_population_total", "remote_population_reached"].forEach((input, i) => {
      ctx.write(codes, `A${row + i}`, ctx.header(input, "codes"), "label");
      const near = nearFigure(ctx, { input, unit: PROVINCE }, 0.9, 0.99);
      if (near !== null) put(codes, `C${row + i}`, near);
    });
  }
  return [{ fileName, workbook: wb }];
}

/**
 * b19-socioeconomic-report-annex: the province's table of main socio-economic indicators, attached to the People's
 * Committee's report to the provincial council. The press is a few rows of one section among the economy, society
 * and telecoms rows: articles for political tasks and revenue as an item with one sub-row per agency, the remote-area
 * figures as items of their own. Columns: results of the term's past years, this year's target, this year's estimate,
 * two comparisons under a merged header. Traps: other sectors' money and count rows (state budget revenue, postal and
 * telecoms revenue, subscribers), the items' totals over the agencies (SUM formulas), the target column between the
 * last result and the estimate, and a hidden sheet of first-round figures.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind19Context } from "./context";
import { nearFigure, newWorkbook, pct, planFigure, sheet, slotOf } from "./kit";
import { B19_SOCIO as T } from "./texts";
import { B19_DECOYS as D } from "./wordings";

/** The unit and a plausible range of each other sector's row, in the order of their texts. */
const UNITS: Readonly<
  Record<"economy" | "society" | "media", ReadonlyArray<readonly [string, number, number]>>
> = {
  economy: [
    ["%", 5, 9.5],
    ["Tỷ đồng", 1800, 3200],
    ["Tỷ đồng", 9000, 16000],
  ],
  society: [
    ["%", 18, 32],
    ["Xã", 25, 60],
    ["%", 70, 98],
  ],
  media: [
    ["%", 92, 99.5],
    ["Thuê bao", 35000, 80000],
    ["Tỷ đồng", 600, 1400],
  ],
};

const PCT = ["%", 50, 90] as const;

type Cols = { years: number[]; yearCol: Map<number, number>; plan: number; estimate: number; last: number };

function otherRow(
  ctx: Blind19Context,
  ws: ExcelJS.Worksheet,
  row: number,
  cols: Cols,
  stt: string,
  item: readonly [string, readonly [string, number, number]],
): void {
  const [text, [unit, lo, hi]] = item;
  put(ws, `A${row}`, stt, { align: "center" });
  ctx.write(ws, `B${row}`, text, "label", { wrap: true });
  ctx.write(ws, `C${row}`, unit, "text", { align: "center" });
  for (const col of [...cols.yearCol.values(), cols.plan, cols.estimate]) {
    const v = lo + ctx.rng.next() * (hi - lo);
    ctx.figure(ws, ref(col, row), unit === "%" ? Math.round(v * 10) / 10 : Math.round(v));
  }
}

/** An item over the agencies: the item's row (or a row after them) sums them; each agency's row holds its figures. */
function agencyItem(
  ctx: Blind19Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  cols: Cols,
  stt: string,
  input: string,
): number {
  const totalAfter = ctx.choose("total-at", ["item", "after"]) === "after";
  put(ws, `A${row}`, stt, { align: "center" });
  ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.4) }), "label", {
    bold: true,
    wrap: true,
  });
  ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
  const item = row;
  const first = row + 1;
  AGENCIES.forEach((unit, i) => {
    const r = first + i;
    ctx.write(ws, `B${r}`, `- ${ctx.agency(unit, "socio")}`, "label");
    for (const [year, col] of cols.yearCol) ctx.value(file, ws, ref(col, r), slotOf(input, unit, year));
    const now = slotOf(input, unit, 2025);
    const plan = planFigure(ctx, now);
    if (plan !== null) ctx.figure(ws, ref(cols.plan, r), plan);
    const v = ctx.shownNumber(now);
    ctx.value(file, ws, ref(cols.estimate, r), now);
    const last = ctx.shownNumber(slotOf(input, unit, 2024));
    if (v !== undefined && plan !== null) put(ws, ref(cols.estimate + 1, r), pct(v, plan), { numFmt: "0.0" });
    if (v !== undefined && last !== undefined)
      put(ws, ref(cols.estimate + 2, r), pct(v, last), { numFmt: "0.0" });
  });
  const totalRow = totalAfter ? first + AGENCIES.length : item;
  if (totalAfter) ctx.write(ws, `B${totalRow}`, ctx.pickText("total", T.total), "label", { italic: true });
  const sums: Array<[number, number]> = [...cols.yearCol].map(([y, c]) => [y, c]);
  sums.push([2025, cols.estimate]);
  for (const [year, col] of sums) {
    const shown = AGENCIES.map((u) => ctx.shownNumber(slotOf(input, u, year))).filter((n) => n !== undefined);
    if (shown.length < 2) continue;
    const L = colLetter(col);
    const result = shown.reduce((a, b) => a + b, 0);
    put(
      ws,
      ref(col, totalRow),
      { formula: `SUM(${L}${first}:${L}${first + AGENCIES.length - 1})`, result },
      { numFmt: "#,##0", bold: true },
    );
  }
  return first + AGENCIES.length + (totalAfter ? 1 : 0);
}

function provinceItem(
  ctx: Blind19Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  cols: Cols,
  stt: string,
  input: string,
): void {
  const slot = { input, unit: PROVINCE };
  put(ws, `A${row}`, stt, { align: "center" });
  ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.3) }), "label", { wrap: true });
  ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
  const before = nearFigure(ctx, slot, 0.95, 0.995);
  const lastCol = cols.yearCol.get(2024);
  if (before !== null && lastCol !== undefined) ctx.figure(ws, ref(lastCol, row), before);
  ctx.value(file, ws, ref(cols.estimate, row), slot);
}

export function socioeconomicAnnex(ctx: Blind19Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.fileNames, { y: 2025 });
  const wb = newWorkbook();
  const start = ctx.rng.pick([2021, 2021, 2022, 2023]);
  const years = [2021, 2022, 2023, 2024].filter((y) => y >= start);
  const yearCol = new Map(years.map((y, i) => [y, 4 + i]));
  const plan = 4 + years.length;
  const cols: Cols = { years, yearCol, plan, estimate: plan + 1, last: plan + 3 };
  const widths = [6, 52, 10, ...years.map(() => 12), 13, 13, 10, 10];
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), widths);
  const end = colLetter(cols.last);
  ctx.writeMerged(ws, `A1:${end}1`, ctx.pickText("title", T.titles, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(
    ws,
    `A2:${end}2`,
    ctx.pickText("sub", T.subtitles, { n: String(ctx.rng.int(180, 420)) }),
    "text",
    { italic: true },
  );
  // Two header rows: single columns merged down, the comparison over its two parts.
  const single = (col: number, text: string) => {
    ws.mergeCells(`${colLetter(col)}4:${colLetter(col)}5`);
    ctx.write(ws, ref(col, 4), text, "text", { bold: true, align: "center", wrap: true });
  };
  single(1, "STT");
  single(2, ctx.pickText("item", ["Chỉ tiêu", "Các chỉ tiêu chủ yếu"]));
  single(3, "ĐVT");
  for (const [y, c] of yearCol) single(c, ctx.pickText("actual", T.actual, { y }));
  single(plan, ctx.planHeader(2025));
  single(cols.estimate, ctx.pickText("estimate", T.estimate, { y: 2025 }));
  ctx.writeMerged(ws, `${colLetter(cols.estimate + 1)}4:${end}4`, T.compare, "text", { bold: true });
  ctx.write(ws, ref(cols.estimate + 1, 5), T.versusPlan, "text", { bold: true, align: "center", wrap: true });
  ctx.write(ws, ref(cols.estimate + 2, 5), T.versusLast, "text", { bold: true, align: "center", wrap: true });
  ws.getRow(4).height = 30;
  ws.getRow(5).height = 30;

  let row = 6;
  const section = (letter: string, text: string) => {
    put(ws, `A${row}`, letter, { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, text, "label", { bold: true });
    row++;
  };
  section("A", T.sections[0]);
  T.economy.forEach((item, i) =>
    otherRow(ctx, ws, row++, cols, String(i + 1), [item, UNITS.economy[i] ?? PCT]),
  );
  section("B", T.sections[1]);
  T.society.forEach((item, i) =>
    otherRow(ctx, ws, row++, cols, String(i + 1), [item, UNITS.society[i] ?? PCT]),
  );
  section("C", T.sections[2]);
  let n = 0;
  const media = ctx.rng.shuffle(T.media.map((m, i) => [m, UNITS.media[i] ?? PCT] as const));
  otherRow(ctx, ws, row++, cols, String(++n), media[0] ?? [T.media[0], PCT]);
  row = agencyItem(ctx, ws, fileName, row, cols, String(++n), "political_articles");
  if (ctx.rng.chance(0.6)) {
    const d = ctx.rng.pick([D.allArticles, D.adRevenue, D.orderFunds]);
    put(ws, `A${row}`, String(++n), { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(d, "socio"), "label");
    ctx.write(ws, `C${row}`, ctx.decoyMeasure(d), "text", { align: "center" });
    for (const [y, c] of [...yearCol, [2025, cols.estimate] as [number, number]])
      ctx.figure(
        ws,
        ref(c, row),
        AGENCIES.reduce((s, u: UnitId) => s + ctx.decoyValue(d, u, y), 0),
      );
    row++;
  }
  otherRow(ctx, ws, row++, cols, String(++n), media[1] ?? [T.media[1], PCT]);
  row = agencyItem(ctx, ws, fileName, row, cols, String(++n), "revenue");
  otherRow(ctx, ws, row++, cols, String(++n), media[2] ?? [T.media[2], PCT]);
  if (ctx.data.province) {
    provinceItem(ctx, ws, fileName, row++, cols, String(++n), "remote_population_total");
    provinceItem(ctx, ws, fileName, row++, cols, String(++n), "remote_population_reached");
    if (ctx.rng.chance(0.5)) {
      put(ws, `A${row}`, String(++n), { align: "center" });
      ctx.write(ws, `B${row}`, ctx.decoyLabel(D.households, "socio"), "label");
      ctx.write(ws, `C${row}`, "Hộ", "text", { align: "center" });
      ctx.figure(ws, ref(cols.estimate, row), ctx.decoyValue(D.households, PROVINCE));
      row++;
    }
  }
  grid(ws, 4, 1, row - 1, cols.last);
  if (ctx.rng.chance(0.3)) ctx.write(ws, `B${row + 1}`, ctx.note(2025), "text", { italic: true });

  const scratch = sheet(wb, ctx.pickText("scratch", T.scratch), [40, 12, 12, 12]);
  scratch.state = ctx.rng.chance(0.7) ? "hidden" : "veryHidden";
  let r = 1;
  for (const unit of AGENCIES) {
    ctx.write(scratch, `A${r}`, ctx.agency(unit, "socio"), "label");
    const a = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.8, 0.97);
    const m = nearFigure(ctx, slotOf("revenue", unit, 2025), 0.8, 0.97);
    if (a !== null) put(scratch, `B${r}`, a);
    if (m !== null) put(scratch, `C${r}`, m);
    r++;
  }
  if (ctx.data.province) {
    ctx.write(scratch, `A${r}`, ctx.header("remote_population_total", "scratch"), "label");
    const p = nearFigure(ctx, { input: "remote_population_total", unit: PROVINCE }, 0.9, 0.99);
    if (p !== null) put(scratch, `B${r}`, p);
  }
  return [{ fileName, workbook: wb }];
}

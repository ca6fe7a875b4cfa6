/**
 * b34-content-exchange-agreement-tally: the department's tally of how the newspaper, the station and the magazine
 * carried out their agreement to exchange news and articles. One sheet: the years as rows, each agency a group of
 * three columns under its merged name (its own works for political tasks, the works it gave to the others, the
 * works it took from them). A part-of-year row right under the last year, a sum over the years, next year's target
 * row, then the agencies' answers on platforms and the converged newsroom in each group's works column.
 */
import { grid, mergePut, ref } from "../../fixtures/sheetKit";
import { AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind34Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, planFigure, sheet } from "./kit";
import { B34_EXCHANGE as T } from "./texts";
import { B34_DECOYS as D } from "./wordings";

/** Header rows: agency names on 5, the three column heads on 6; years from row 7. */
export const EXCHANGE_FIRST = 7;
/** The column order within an agency's group: where the own works sit (0 = first, 2 = last). */
export const EXCHANGE_ORDERS = [
  ["own", "provided", "received"],
  ["provided", "received", "own"],
] as const;

export function exchangeCol(group: number, order: number): number {
  const o = EXCHANGE_ORDERS[order] ?? EXCHANGE_ORDERS[0];
  return 2 + group * 3 + o.indexOf("own");
}

export function exchangeTally(ctx: Blind34Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [14, 11, 11, 11, 11, 11, 11, 11, 11, 11, 24]);
  const order = ctx.rng.int(0, 1);
  const cols = EXCHANGE_ORDERS[order] ?? EXCHANGE_ORDERS[0];
  /** The last group's last column; the notes go right of it. */
  const last = 1 + AGENCIES.length * 3;
  mergePut(ws, `A1:${ref(last, 1)}`, "");
  ctx.write(ws, "A1", ctx.pickText("title", T.titles), "upper", { bold: true, align: "center", wrap: true });
  ws.getRow(1).height = 36;
  mergePut(ws, `A2:${ref(last, 2)}`, "");
  ctx.write(ws, "A2", ctx.pickText("sub", T.subtitles, 2025), "text", { italic: true, align: "center" });
  ws.mergeCells("A5:A6");
  ctx.write(ws, "A5", ctx.pickText("yearHead", T.yearHead), "text", {
    bold: true,
    align: "center",
    wrap: true,
  });
  AGENCIES.forEach((unit, g) => {
    const c = 2 + g * 3;
    ws.mergeCells(5, c, 5, c + 2);
    ctx.write(ws, ref(c, 5), ctx.agency(unit, "group"), "text", { bold: true, align: "center", wrap: true });
    cols.forEach((kind, k) => {
      const text =
        kind === "own"
          ? ctx.header("political_articles", `g${g}`)
          : ctx.decoyLabel(kind === "provided" ? D.provided : D.received, `g${g}`);
      ctx.write(ws, ref(c + k, 6), text, "text", { bold: true, align: "center", wrap: true });
    });
  });
  ctx.write(ws, ref(last + 1, 5), T.noteHead, "text", { bold: true, align: "center", wrap: true });
  ws.getRow(6).height = 60;
  const years = ctx.data.years.political_articles;
  const prefix = ctx.pickText("prefix", T.yearPrefix);
  let row = EXCHANGE_FIRST;
  const lastDecoys = new Map<string, number>();
  for (const y of years) {
    const label = `${prefix}${y}${y === 2025 ? ` ${T.fullYear}` : ""}`;
    ctx.write(ws, `A${row}`, label, "text", { align: "center" });
    AGENCIES.forEach((unit, g) => {
      const c = 2 + g * 3;
      const slot = { input: "political_articles", unit, year: y };
      cols.forEach((kind, k) => {
        const at = ref(c + k, row);
        if (kind === "own") ctx.value(file, ws, at, slot);
        else if (ctx.data.shown(slot)) {
          const n = ctx.decoyValue(kind === "provided" ? D.provided : D.received, unit, y);
          if (y === 2025) lastDecoys.set(`${g}|${kind}`, n);
          ctx.figure(ws, at, n);
        }
      });
    });
    if (y === 2025 && ctx.rng.chance(0.5))
      ctx.write(ws, ref(last + 1, row), ctx.note(y), "text", { italic: true });
    row++;
  }
  const lastYearRow = row - 1;
  // Part of the year, right under the whole year: lower figures.
  ctx.write(ws, `A${row}`, ctx.partialHeader(2025), "text", { italic: true, align: "center" });
  AGENCIES.forEach((unit, g) => {
    const c = 2 + g * 3;
    const slot = { input: "political_articles", unit, year: 2025 };
    if (!ctx.data.shown(slot)) return;
    cols.forEach((kind, k) => {
      const n =
        kind === "own"
          ? nearFigure(ctx, slot, 0.72, 0.88)
          : Math.max(1, Math.round((lastDecoys.get(`${g}|${kind}`) ?? 2) * (0.7 + ctx.rng.next() * 0.2)));
      if (n !== null) ctx.figure(ws, ref(c + k, row), n, { italic: true });
    });
  });
  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("total", T.total), "text", { bold: true, align: "center" });
  for (let c = 2; c <= last; c++) {
    let sum = 0;
    for (let r = EXCHANGE_FIRST; r <= lastYearRow; r++) {
      const v = ws.getCell(r, c).value;
      sum +=
        typeof v === "number"
          ? v
          : typeof v === "string"
            ? Number(v.replace(/\./g, "").replace(",", ".")) || 0
            : 0;
    }
    ctx.formula(ws, ref(c, row), `SUM(${ref(c, EXCHANGE_FIRST)}:${ref(c, lastYearRow)})`, sum, true);
  }
  row++;
  ctx.write(ws, `A${row}`, ctx.planHeader(2026), "text", { italic: true, align: "center", wrap: true });
  AGENCIES.forEach((unit, g) => {
    const plan = planFigure(ctx, { input: "political_articles", unit, year: 2025 });
    if (plan !== null) ctx.figure(ws, ref(exchangeCol(g, order), row), plan, { italic: true });
  });
  grid(ws, 5, 1, row, last + 1);
  row += 2;
  mergePut(ws, `A${row}:${ref(last, row)}`, "");
  ctx.write(ws, `A${row}`, ctx.pickText("statusHead", T.statusHead), "text", { bold: true, align: "left" });
  row++;
  for (const input of ["digital_platforms", "ai_data_platform", "converged_newsroom"]) {
    ctx.write(ws, `A${row}`, ctx.wording(input), "label", { wrap: true });
    ws.getRow(row).height = 48;
    AGENCIES.forEach((unit, g) => ctx.value(file, ws, ref(exchangeCol(g, order), row), { input, unit }));
    row++;
  }
  if (ctx.rng.chance(0.4)) {
    const rows = AGENCIES.map(
      (u) => [ctx.agency(u, "scratch"), ctx.near("political_articles", u, 0.4, 0.7, 2025)] as const,
    );
    hiddenSheet(ctx, wb, T.scratch, rows);
  }
  return [{ fileName: file, workbook: wb }];
}

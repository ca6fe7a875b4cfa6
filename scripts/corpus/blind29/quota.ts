/**
 * b29-reporter-quota-tracker: each agency's sheet following its reporters' and editors' yearly work quota. One row
 * per person (name, desk, quota), then a row for collaborators; two years side by side, each with all works and
 * the political works among them; the agency's political works of each year are the "total" row's SUM formulas in
 * the political columns (2024 and 2025 two columns apart). Traps: the people's rows (parts), the all-works
 * columns beside, the quota column (a plan head) at the left, a hidden sheet of people who left.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind29Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, plainNumber, shares, sheet } from "./kit";
import { B29_QUOTA as T } from "./texts";
import { B29_DECOYS as D } from "./wordings";

export function quotaTracker(ctx: Blind29Context): BuiltFile[] {
  const { rng } = ctx;
  const units = AGENCIES;
  return units.map((unit) => {
    const wb = newWorkbook();
    const fileName = ctx.pickText("file", T.file, { n: ctx.slug(unit) });
    tracker(ctx, wb, fileName, unit);
    if (rng.chance(0.55)) {
      const rows: Array<[string, number | string]> = [[ctx.pickText("hidden", T.hidden), ""]];
      for (let i = 0; i < 3; i++) rows.push([person(ctx), rng.int(20, 140)]);
      rows.push([
        ctx.headerAt("political_articles", 2),
        nearFigure(ctx, { input: "political_articles", unit, year: 2025 }, 0.85, 0.97),
      ]);
      hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), rows);
    }
    return { fileName, workbook: wb };
  });
}

function person(ctx: Blind29Context): string {
  const { rng } = ctx;
  return `${rng.pick(T.surnames)} ${rng.pick(T.middles)} ${rng.pick(T.givens)}`;
}

function tracker(ctx: Blind29Context, wb: ReturnType<typeof newWorkbook>, file: string, unit: UnitId): void {
  const { rng, data } = ctx;
  // The years of the agency's term the tracker follows, two columns each.
  const from = ctx.choose("from", ["2020", "2020", "2021"]);
  const YEARS = data.years.political_articles.filter((y) => y >= Number(from));
  const note = 5 + YEARS.length * 2;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 28, 16, 14, ...YEARS.flatMap(() => [12, 14]), 24]);
  ctx.writeMerged(ws, `A1:${ref(note, 1)}`, ctx.pickText("title", T.title, { n: from }), "upper", {
    bold: true,
  });
  ctx.writeMerged(ws, `A2:${ref(note, 2)}`, ctx.agency(unit, "quota"), "text", { bold: true });
  const h = T.heads;
  const head = { bold: true };
  ctx.writeMerged(ws, "A4:A5", "STT", "text", head);
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("h.name", h.name), "text", head);
  ctx.writeMerged(ws, "C4:C5", ctx.pickText("h.desk", h.desk), "text", head);
  ctx.writeMerged(ws, "D4:D5", ctx.pickText("h.quota", h.quota), "text", head);
  YEARS.forEach((y, i) => {
    const c = 5 + i * 2;
    ctx.writeMerged(ws, `${ref(c, 4)}:${ref(c + 1, 4)}`, ctx.pickText("h.year", h.year, { y }), "text", head);
    ctx.write(ws, ref(c, 5), ctx.pickText("h.all", h.all), "text", { ...head, align: "center", wrap: true });
    ctx.write(ws, ref(c + 1, 5), ctx.headerAt("political_articles"), "text", {
      ...head,
      align: "center",
      wrap: true,
    });
  });
  ctx.writeMerged(ws, `${ref(note, 4)}:${ref(note, 5)}`, "Ghi chú", "text", head);
  ws.getRow(5).height = 32;

  const people = unit === MAGAZINE ? rng.int(3, 5) : rng.int(6, 11);
  const n = people + 1;
  const first = 6;
  const cols = YEARS.map((year) => {
    const slot = { input: "political_articles", unit, year };
    const political = data.value(slot) as number;
    const all = ctx.decoyValue(D.allWorks, unit, year);
    const pol = shares(ctx, political, n);
    // Each person's all works at least their political works.
    const extra = shares(ctx, Math.max(0, all - political), n);
    return { slot, political, pol, all: pol.map((p, i) => p + (extra[i] ?? 0)), shown: data.shown(slot) };
  });
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const collaborators = i === people;
    if (!collaborators) plainNumber(ws, `A${r}`, i + 1);
    ctx.write(ws, `B${r}`, collaborators ? ctx.pickText("others", T.others) : person(ctx), "text", {
      italic: collaborators,
    });
    if (!collaborators) {
      ctx.write(ws, `C${r}`, rng.pick(T.desks));
      plainNumber(ws, `D${r}`, rng.int(8, 20) * 10);
    }
    cols.forEach((col, k) => {
      const c = 5 + k * 2;
      plainNumber(ws, ref(c, r), col.all[i] ?? 0);
      if (col.shown) plainNumber(ws, ref(c + 1, r), col.pol[i] ?? 0);
    });
  }
  const total = first + n;
  const lastPart = total - 1;
  ctx.writeMerged(ws, `A${total}:C${total}`, ctx.pickText("total", T.total), "upper", { bold: true });
  ctx.formula(ws, `D${total}`, `SUM(D${first}:D${lastPart})`, sumOf(ws, "D", first, lastPart), true);
  cols.forEach((col, k) => {
    const c = 5 + k * 2;
    const allTotal = col.all.reduce((a, b) => a + b, 0);
    ctx.formula(ws, ref(c, total), `SUM(${ref(c, first)}:${ref(c, lastPart)})`, allTotal, true);
    ctx.viaFormula(
      file,
      ws,
      ref(c + 1, total),
      col.slot,
      `SUM(${ref(c + 1, first)}:${ref(c + 1, lastPart)})`,
    );
  });
  if (rng.chance(0.35)) ctx.write(ws, ref(note, total), ctx.note(2025), "text", { italic: true, wrap: true });
  grid(ws, 4, 1, total, note);
}

function sumOf(ws: Parameters<typeof plainNumber>[0], col: string, from: number, to: number): number {
  let s = 0;
  for (let r = from; r <= to; r++) s += Number(ws.getCell(`${col}${r}`).value) || 0;
  return s;
}

/**
 * b28-yearly-output-register: each agency's own register of output and takings, a sheet per agency with the years
 * down the rows. All works and re-posted works beside the works for political tasks, the advertising part beside
 * the total revenue; a part-of-year row just before the last year's, a row of period totals (formulas that skip
 * the part-of-year row) and next year's forecast under them. A hidden data-entry sheet.
 */
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind28Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B28_REGISTER as T } from "./texts";
import { B28_DECOYS as D } from "./wordings";

function registerSheet(
  ctx: Blind28Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
  i: number,
): void {
  const ws = sheet(
    wb,
    ctx.pickText("sheet", T.sheet, { n: ctx.slug(unit) }),
    [14, 12, 16, 16, 14, 16, 16, 30],
  );
  ctx.write(ws, "A1", ctx.agency(unit, "reg"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("title", T.title), "upper", { bold: true });
  headers(ctx, ws, 4, [
    ctx.pickText("yearCol", T.yearCol),
    ctx.pickText("issues", T.issues),
    ctx.decoyLabel(D.allProducts, `reg${i}`),
    ctx.header("political_articles", `reg${i}`),
    ctx.decoyLabel(D.reposted, `reg${i}`),
    ctx.decoyLabel(D.advertising, `reg${i}`),
    ctx.header("revenue", `reg${i}`),
    "Ghi chú",
  ]);
  const first =
    YEARS.find((y) => ctx.data.years.political_articles.includes(y) || ctx.data.years.revenue.includes(y)) ??
    2020;
  const years = YEARS.filter((y) => y >= first);
  let row = 5;
  const yearRows: number[] = [];
  const sums = { D: 0, G: 0 };
  for (const y of years) {
    if (y === 2025) {
      ctx.write(ws, `A${row}`, ctx.partialHeader(2025), "text", { italic: true });
      const p = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.7, 0.8);
      if (p !== null) ctx.figure(ws, `D${row}`, p);
      const r = nearFigure(ctx, slotOf("revenue", unit, 2025), 0.6, 0.78);
      if (r !== null) ctx.figure(ws, `G${row}`, r);
      row++;
    }
    yearRows.push(row);
    ctx.write(ws, `A${row}`, ctx.pickText("yearRow", T.yearRow, { y }), "text", { bold: true });
    ctx.figure(ws, `B${row}`, unit === "dai-ptth-lai-chau" ? ctx.rng.int(700, 1100) : ctx.rng.int(48, 160));
    const arts = slotOf("political_articles", unit, y);
    if (ctx.data.years.political_articles.includes(y)) {
      ctx.figure(ws, `C${row}`, ctx.decoyValue(D.allProducts, unit, y));
      ctx.figure(ws, `E${row}`, ctx.decoyValue(D.reposted, unit, y));
    }
    if (ctx.value(file, ws, `D${row}`, arts)) sums.D += ctx.data.value(arts) as number;
    const rev = slotOf("revenue", unit, y);
    if (ctx.data.years.revenue.includes(y)) ctx.figure(ws, `F${row}`, ctx.decoyValue(D.advertising, unit, y));
    if (ctx.value(file, ws, `G${row}`, rev)) sums.G += ctx.data.value(rev) as number;
    if (ctx.rng.chance(0.2)) ctx.write(ws, `H${row}`, ctx.note(y), "text", { italic: true });
    row++;
  }
  ctx.write(ws, `A${row}`, ctx.pickText("total", T.total, { y: 2025 }), "text", { bold: true });
  for (const col of ["D", "G"] as const)
    ctx.formula(
      ws,
      `${col}${row}`,
      yearRows.map((r) => `${col}${r}`).join("+"),
      Math.round(sums[col] * 10) / 10,
      true,
    );
  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("next", T.next, { y: 2026 }), "text", { italic: true });
  const nextArts = nearFigure(ctx, slotOf("political_articles", unit, 2025), 1.08, 1.2);
  if (nextArts !== null) ctx.figure(ws, `D${row}`, nextArts);
  const nextRev = nearFigure(ctx, slotOf("revenue", unit, 2025), 1.05, 1.25);
  if (nextRev !== null) ctx.figure(ws, `G${row}`, nextRev);
  grid(ws, 4, 1, row, 8);
}

export function outputRegister(ctx: Blind28Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  AGENCIES.forEach((unit, i) => registerSheet(ctx, wb, fileName, unit, i));
  hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
    [ctx.decoyLabel(D.allProducts, "scratch"), ctx.decoyValue(D.allProducts, "bao-lai-chau")],
    [ctx.decoyLabel(D.advertising, "scratch"), ctx.decoyValue(D.advertising, "bao-lai-chau")],
  ]);
  return [{ fileName, workbook: wb }];
}

/**
 * "b30-coordination-programme-review": the yearly review of the information programme the province runs with its
 * press agencies, a sheet per year ("Nam 2023") and a nine-month sheet before the last. On each, the agencies down
 * the rows: the works made under the programme (a part), all political works (truth), the budget's support, the
 * agency's revenue (truth), the programme's target, then a total row of formulas. Status inputs are not there.
 */
import { AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind30Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B30_COORD as T } from "./texts";
import { B30_DECOYS as D } from "./wordings";

export function coordinationReview(ctx: Blind30Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.file)}.xlsx`;
  const first = ctx.rng.pick([2020, 2021, 2021, 2022]);
  const years = [2020, 2021, 2022, 2023, 2024, 2025].filter((y) => y >= first);
  const partial = ctx.rng.chance(0.75);
  for (const year of years) {
    if (year === 2025 && partial) yearSheet(ctx, wb, file, year, true);
    yearSheet(ctx, wb, file, year, false);
  }
  if (ctx.rng.chance(0.5))
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("old", T.oldSheet),
      AGENCIES.map((u) => [ctx.agency(u, "old"), ctx.near("revenue", u, 0.8, 0.95, 2024)] as const),
    );
  return [{ fileName: file, workbook: wb }];
}

function yearSheet(
  ctx: Blind30Context,
  wb: import("exceljs").Workbook,
  file: string,
  year: number,
  partial: boolean,
): void {
  const name = (partial ? T.partialSheet : T.sheetName).replace("{y}", String(year));
  const ws = sheet(wb, name, [6, 36, 18, 18, 18, 18, 18, 26]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
  if (partial) ctx.write(ws, "B2", ctx.partialHeader(year), "text", { bold: true, italic: true });
  else ctx.write(ws, "B2", T.yearLine.replace("{y}", String(year)), "text", { italic: true });
  headers(ctx, ws, 4, [
    "TT",
    T.agencyHead,
    ctx.decoyLabel(D.coordination, "coord"),
    ctx.header("political_articles", "coord"),
    ctx.decoyLabel(D.stateBudget, "coord"),
    ctx.header("revenue", "coord"),
    ctx.planHeader(year),
    T.noteHead,
  ]);
  const sums = { C: 0, D: 0, E: 0, F: 0 };
  AGENCIES.forEach((unit, i) => {
    const row = 5 + i;
    ctx.write(ws, `A${row}`, String(i + 1));
    ctx.write(ws, `B${row}`, ctx.agency(unit, "coord"), "label");
    const works = slotOf("political_articles", unit, year);
    const revenue = slotOf("revenue", unit, year);
    const part = ctx.decoyValue(D.coordination, unit, year);
    ctx.figure(ws, `C${row}`, part);
    sums.C += part;
    const support = ctx.decoyValue(D.stateBudget, unit, year);
    ctx.figure(ws, `E${row}`, support);
    sums.E += support;
    if (partial) {
      const w = ctx.near("political_articles", unit, 0.6, 0.78, year);
      const r = ctx.near("revenue", unit, 0.55, 0.75, year);
      ctx.figure(ws, `D${row}`, w);
      ctx.figure(ws, `F${row}`, r);
      sums.D += w;
      sums.F += r;
    } else {
      ctx.value(file, ws, `D${row}`, works);
      ctx.value(file, ws, `F${row}`, revenue);
      sums.D += ctx.shownNumber(works) ?? 0;
      sums.F += ctx.shownNumber(revenue) ?? 0;
      const plan = planFigure(ctx, works);
      if (plan !== null) ctx.figure(ws, `G${row}`, plan);
      if (ctx.rng.chance(0.3)) ctx.write(ws, `H${row}`, ctx.note(year));
    }
  });
  const total = 5 + AGENCIES.length;
  ctx.write(ws, `B${total}`, T.totalRow, "text", { bold: true });
  for (const col of ["C", "D", "E", "F"] as const)
    if (sums[col] > 0) ctx.formula(ws, `${col}${total}`, `SUM(${col}5:${col}${total - 1})`, sums[col], true);
}

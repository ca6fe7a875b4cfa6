/**
 * "b14-pasted-pivot-values": a PivotTable pasted as values by the department's data clerk: a page filter on top, "Row
 * Labels" in compact form (each agency a bold line with its sub-totals, the indicators indented under it), years
 * across, a "Grand Total" column and row that add up things that do not add up; yes/no coded 1/0, levels and
 * counts bare in the last year's column. The pivot's source sheet, an older copy, is hidden; the plan figures are
 * typed by hand under the pivot.
 */
import { put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, YEARLY } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind14Context } from "./context";
import { nearFigure, newWorkbook, planFigure, sheet, statusOf, yearsShown } from "./kit";
import { B14_PIVOT as T } from "./texts";
import { B14_DECOYS as D } from "./wordings";

export function pivotExport(ctx: Blind14Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["Pivot_SoLieu_BaoChi", "TongHop_pivot_2025", "BC pivot CDS"])}.xlsx`;
  const years = yearsShown(ctx);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [44, ...years.map(() => 11), 13]);
  const grandCol = 2 + years.length;
  ctx.write(ws, "A1", ctx.pickText("filter", T.filter), "text", { bold: true });
  ctx.write(ws, "B1", ctx.pickText("filterValue", T.filterValue), "text");
  ctx.write(ws, "A3", ctx.pickText("sum", T.sum), "text", { bold: true });
  ctx.write(ws, "B3", ctx.pickText("columns", T.columns), "text", { bold: true });
  ctx.write(ws, "A4", ctx.pickText("rows", T.rows), "text", { bold: true });
  years.forEach((y, i) => put(ws, ref(2 + i, 4), y, { bold: true, align: "right" }));
  ctx.write(ws, ref(grandCol, 4), ctx.pickText("grand", T.grand), "text", { bold: true });
  const subtotals = ctx.rng.chance(0.6);
  const withDecoy = ctx.rng.chance(0.6);
  const colSums = years.map(() => 0);
  let row = 5;
  for (const unit of AGENCIES) {
    const agencyRow = row;
    ctx.write(ws, `A${row}`, ctx.agency(unit, "pivot"), "text", { bold: true });
    row++;
    const unitSums = years.map(() => 0);
    const lines: string[] = [...YEARLY, ...statusOf(unit)];
    for (const input of lines) {
      ctx.write(ws, `A${row}`, `    ${ctx.header(input, "pivot")}`, "label");
      let rowSum = 0;
      years.forEach((year, i) => {
        const at = ref(2 + i, row);
        if (isYearly(input)) {
          if (!ctx.data.years[input].includes(year)) return;
          if (!ctx.coded(file, ws, at, { input, unit, year })) return;
          rowSum += Number(ctx.data.value({ input, unit, year }));
        } else {
          if (year !== 2025 || !ctx.coded(file, ws, at, { input, unit })) return;
          const v = ctx.data.value({ input, unit });
          rowSum += typeof v === "number" ? v : v === true ? 1 : 0;
        }
        const v = Number(ws.getCell(at).value);
        unitSums[i] = (unitSums[i] ?? 0) + v;
      });
      if (rowSum !== 0) put(ws, ref(grandCol, row), Math.round(rowSum * 10) / 10, { numFmt: "#,##0" });
      row++;
      if (input === "political_articles" && withDecoy) {
        const d = ctx.decoyRow(D.socialPosts, unit, "pivot");
        ctx.write(ws, `A${row}`, `    ${d.text}`, "label");
        put(ws, ref(1 + years.length, row), d.value, { numFmt: "#,##0" });
        row++;
      }
    }
    if (subtotals) {
      unitSums.forEach((s, i) => {
        if (s !== 0) put(ws, ref(2 + i, agencyRow), Math.round(s * 10) / 10, { numFmt: "#,##0", bold: true });
      });
      const all = unitSums.reduce((a, b) => a + b, 0);
      put(ws, ref(grandCol, agencyRow), Math.round(all * 10) / 10, { numFmt: "#,##0", bold: true });
    }
    unitSums.forEach((s, i) => (colSums[i] = (colSums[i] ?? 0) + s));
  }
  ctx.write(ws, `A${row}`, ctx.pickText("grand", T.grand), "text", { bold: true });
  colSums.forEach((s, i) =>
    put(ws, ref(2 + i, row), Math.round(s * 10) / 10, { numFmt: "#,##0", bold: true }),
  );
  put(ws, ref(grandCol, row), Math.round(colSums.reduce((a, b) => a + b, 0) * 10) / 10, {
    numFmt: "#,##0",
    bold: true,
  });
  row += 3;
  planTable(ctx, ws, row);
  sourceSheet(ctx, wb, years);
  return [{ fileName: file, workbook: wb }];
}

function planTable(ctx: Blind14Context, ws: ReturnType<typeof sheet>, top: number): void {
  ctx.write(ws, `A${top}`, ctx.pickText("planTitle", T.planTitle, { y: 2025 }), "text", {
    bold: true,
    italic: true,
  });
  ctx.write(ws, `B${top + 1}`, ctx.planHeader(2025), "text", { bold: true, wrap: true });
  let row = top + 2;
  for (const unit of AGENCIES)
    for (const input of YEARLY) {
      const target = planFigure(ctx, { input, unit, year: 2025 });
      if (target === null) continue;
      ctx.write(ws, `A${row}`, `${ctx.agency(unit, "pivot")} - ${ctx.header(input, "pivot")}`, "label");
      ctx.number(ws, `B${row}`, target);
      row++;
    }
  if (ctx.rng.chance(0.5)) ctx.write(ws, `A${row + 1}`, ctx.note(), "text", { italic: true });
}

function sourceSheet(
  ctx: Blind14Context,
  wb: ReturnType<typeof newWorkbook>,
  years: readonly number[],
): void {
  const ws = sheet(wb, ctx.pickText("source", T.source), [30, 36, 8, 12]);
  ws.state = "hidden";
  T.sourceHead.forEach((h, i) => ctx.write(ws, ref(i + 1, 1), h, "text", { bold: true }));
  ctx.write(ws, "F1", ctx.pickText("sourceNote", T.sourceNote), "text", { italic: true });
  let row = 2;
  for (const unit of AGENCIES)
    for (const input of YEARLY)
      for (const year of years) {
        if (!ctx.data.years[input].includes(year)) continue;
        const n = nearFigure(ctx, { input, unit, year }, 0.9, 0.99);
        if (n === null) continue;
        ctx.write(ws, `A${row}`, ctx.agency(unit, "pivot"));
        ctx.write(ws, `B${row}`, ctx.header(input, "pivot"), "label");
        put(ws, `C${row}`, year);
        put(ws, `D${row}`, n);
        row++;
      }
}

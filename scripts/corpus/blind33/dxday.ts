/**
 * "b33-national-dx-day-response-report": the press agencies' joint return on how they answered National Digital
 * Transformation Day (10/10): activities as rows under four sections, the three agencies as columns (in a case's
 * own order) then a sum column of formulas and a target column. This year's works (year in the label) with last
 * year's on the row right under them; DX-campaign works, talk shows, course sittings and platform revenue as
 * near-miss rows.
 */
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf, type UnitId } from "../model";
import { signature, type BuiltFile } from "../sheets";
import type { Blind33Context } from "./context";
import { headers, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B33_DXDAY as T } from "./texts";
import { B33_DECOYS as D, type B33Decoy } from "./wordings";

/** Sum and target columns, after the agencies' D–F. */
export const DXDAY_COLS = { sum: "G", plan: "H" } as const;

export function dxDayReport(ctx: Blind33Context): BuiltFile[] {
  const y = 2025;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, y);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets, y), [6, 52, 10, 16, 16, 16, 13, 13]);
  const order = ctx.rng.chance(0.6) ? [...AGENCIES] : ctx.rng.shuffle(AGENCIES);
  const colOf = (u: UnitId) => colLetter(4 + order.indexOf(u));
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.titles, y), "upper", { bold: true, size: 13 });
  headers(ctx, ws, 3, [
    "STT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ...order.map((u) => ctx.agency(u, "dxday")),
    ctx.pickText("sum", T.sum),
    ctx.planHeader(y),
  ]);
  let row = 4;
  let n = 0;
  const section = (i: number) => {
    put(ws, `A${row}`, ["I", "II", "III", "IV"][i] ?? "", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, T.sections[i] ?? "", "text", { bold: true });
    row++;
    n = 0;
  };
  /** A row of figures per agency (numbers), summed in G. */
  const figures = (
    label: string,
    measure: string,
    values: (u: UnitId) => number | undefined,
    slot?: (u: UnitId) => ReturnType<typeof slotOf>,
  ) => {
    put(ws, `A${row}`, label.startsWith("-") || label.startsWith(" ") ? "" : ++n, { align: "center" });
    ctx.write(ws, `B${row}`, label, "label", { wrap: true });
    ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
    let sum = 0;
    for (const u of order) {
      const at = `${colOf(u)}${row}`;
      if (slot) {
        ctx.value(fileName, ws, at, slot(u));
        sum += ctx.shownNumber(slot(u)) ?? 0;
      } else {
        const v = values(u);
        if (v !== undefined) {
          ctx.figure(ws, at, v);
          sum += v;
        }
      }
    }
    ctx.formula(ws, `${DXDAY_COLS.sum}${row}`, `SUM(D${row}:F${row})`, sum);
    return sum;
  };
  const decoy = (d: B33Decoy, key: string) =>
    figures(ctx.decoyLabel(d, key), d.measure, (u) => ctx.decoyValue(d, u, 2025));
  const withPlan = (sum: number) => {
    if (sum > 0) ctx.figure(ws, `${DXDAY_COLS.plan}${row}`, Math.round(sum * 1.15) + 1);
  };

  section(0);
  decoy(D.dxArticles, "dxday");
  row++;
  const works = figures(
    ctx.label("political_articles", { year: y }),
    ctx.measure("political_articles"),
    () => undefined,
    (u) => slotOf("political_articles", u, y),
  );
  withPlan(works);
  row++;
  figures(
    ctx.pickText("last", T.lastYear),
    ctx.measure("political_articles"),
    () => undefined,
    (u) => slotOf("political_articles", u, y - 1),
  );
  row++;
  figures(ctx.pickText("talks", T.talks), "Buổi", () => ctx.rng.int(2, 14));
  row++;

  section(1);
  for (const input of ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"]) {
    put(ws, `A${row}`, ++n, { align: "center" });
    const label = ctx.rng.chance(0.4) ? ctx.header(input, "dxday") : ctx.label(input);
    ctx.write(ws, `B${row}`, label, "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    for (const u of order) ctx.value(fileName, ws, `${colOf(u)}${row}`, slotOf(input, u));
    row++;
  }

  section(2);
  const staff = figures(
    ctx.label("staff_total"),
    ctx.measure("staff_total"),
    () => undefined,
    (u) => slotOf("staff_total", u),
  );
  row++;
  const trained = figures(
    ctx.label("staff_trained"),
    ctx.measure("staff_trained"),
    () => undefined,
    (u) => slotOf("staff_trained", u),
  );
  if (staff > 0 && trained > 0) ctx.figure(ws, `${DXDAY_COLS.plan}${row}`, staff);
  row++;
  decoy(D.moocs, "dxday");
  row++;

  section(3);
  const money = figures(
    ctx.label("revenue", { year: y, unit: ctx.rng.chance(0.4) }),
    ctx.measure("revenue"),
    () => undefined,
    (u) => slotOf("revenue", u, y),
  );
  if (money > 0) {
    const p = planFigure(ctx, slotOf("revenue", "bao-lai-chau", y));
    ctx.figure(ws, `${DXDAY_COLS.plan}${row}`, (p ?? 0) + Math.round(money * 0.4));
  }
  row++;
  figures(
    ctx.pickText("lastMoney", T.lastYear),
    ctx.measure("revenue"),
    () => undefined,
    (u) => slotOf("revenue", u, y - 1),
  );
  row++;
  decoy(D.digitalRevenue, "dxday");
  row++;
  for (const input of ["autonomous", "licensed"]) {
    put(ws, `A${row}`, ++n, { align: "center" });
    const label = ctx.rng.chance(0.4) ? ctx.header(input, "dxday") : ctx.label(input);
    ctx.write(ws, `B${row}`, label, "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    for (const u of order) {
      const at = `${colOf(u)}${row}`;
      if (statusInputsOf(u).includes(input)) ctx.value(fileName, ws, at, slotOf(input, u));
      else put(ws, at, T.notFor, { align: "center" });
    }
    row++;
  }
  grid(ws, 3, 1, row - 1, 8);
  signature(ctx, ws, row + 1, 8);
  return [{ fileName, workbook: wb }];
}

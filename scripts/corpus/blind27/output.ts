/**
 * "b27-airtime-and-print-run-statistics": each agency's sheet of yearly statistics 2020–2025 (airtime hours, print
 * run or issues, all works, the political works under "Trong đó", works in minority languages, revenue with its
 * advertising and budget-grant parts, a target column and now and then a part-of-year column), then the agency's
 * current state below.
 */
import { colLetter } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, statusInputsOf, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind27Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, TAG } from "./kit";
import { B27_OUTPUT as T } from "./texts";
import { B27_DECOYS as D, type B27Decoy } from "./wordings";

/** Year columns D (2020) … I (2025); J the target; K the part-of-year figure. */
const col = (year: number) => colLetter(4 + year - 2020);

export function outputStatistics(ctx: Blind27Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = "so-lieu-xuat-ban-phat-song-2020-2025.xlsx";
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  if (ctx.rng.chance(0.5))
    hiddenSheet(ctx, wb, T.scratch, [
      [ctx.decoyLabel(D.allWorks), ctx.decoyValue(D.allWorks, "bao-lai-chau")],
      [ctx.decoyLabel(D.adRevenue), ctx.decoyValue(D.adRevenue, "dai-ptth-lai-chau")],
    ]);
  return [{ fileName: file, workbook: wb }];
}

function agencySheet(
  ctx: Blind27Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const ws = sheet(wb, `${T.sheet} ${TAG[unit]}`, [6, 46, 11, 11, 11, 11, 11, 11, 11, 14, 16]);
  const partial = ctx.rng.chance(0.45);
  const last = partial ? 11 : 10;
  ctx.write(ws, "A1", ctx.agency(unit, "head"), "upper", { bold: true });
  ctx.writeMerged(ws, `A2:${colLetter(last)}2`, ctx.pickText("title", T.title), "upper", {
    bold: true,
    size: 13,
  });
  const h = T.heads;
  headers(ctx, ws, 4, [
    h.no,
    h.what,
    h.unit,
    ...YEARS.map((y) => `Năm ${y}`),
    ctx.planHeader(2025),
    ...(partial ? [ctx.partialHeader(2025)] : []),
  ]);
  let row = 5;
  const yearly = (
    label: string,
    measure: string,
    no: string,
    figure: (year: number) => number | null,
    bold = false,
  ) => {
    ctx.write(ws, `A${row}`, no, "text", { bold });
    ctx.write(ws, `B${row}`, label, "label", { bold });
    ctx.write(ws, `C${row}`, measure);
    for (const year of YEARS) {
      const n = figure(year);
      if (n !== null) ctx.figure(ws, `${col(year)}${row}`, n, { bold });
    }
    row++;
  };
  const decoyYearly = (d: B27Decoy, no: string, input: "political_articles" | "revenue", bold = false) =>
    yearly(
      ctx.decoyLabel(d, `${TAG[unit]}`),
      d.measure,
      no,
      (y) => (ctx.data.years[input].includes(y) ? ctx.decoyValue(d, unit, y) : null),
      bold,
    );
  if (unit === "dai-ptth-lai-chau") decoyYearly(D.airtime, "1", "political_articles");
  else {
    const kind = unit === MAGAZINE ? T.output.magazine : T.output.press;
    yearly(kind, "", "1", () => (unit === MAGAZINE ? ctx.rng.int(4, 12) : ctx.rng.int(1200, 9000)));
  }
  decoyYearly(D.allWorks, "2", "political_articles", true);
  const slotRow = (input: "political_articles" | "revenue", no: string, prefix = "") => {
    ctx.write(ws, `A${row}`, no);
    ctx.write(ws, `B${row}`, `${prefix}${ctx.wording(input)}`, "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    for (const year of YEARS) ctx.value(file, ws, `${col(year)}${row}`, slotOf(input, unit, year));
    const target = planFigure(ctx, slotOf(input, unit, 2025));
    if (target !== null) ctx.figure(ws, `J${row}`, target);
    if (partial) {
      const part = nearFigure(ctx, slotOf(input, unit, 2025), 0.55, 0.8);
      if (part !== null) ctx.figure(ws, `K${row}`, part);
    }
    row++;
  };
  slotRow("political_articles", "-", "Trong đó: ");
  if (unit !== MAGAZINE || ctx.rng.chance(0.5)) decoyYearly(D.ethnicWorks, "-", "political_articles");
  slotRow("revenue", "3");
  decoyYearly(D.adRevenue, "-", "revenue");
  decoyYearly(D.budgetGrant, "-", "revenue");
  const tableEnd = row - 1;
  for (let r = 5; r <= tableEnd; r++)
    for (let c = 1; c <= last; c++)
      ws.getCell(r, c).border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
  row++;
  ctx.write(ws, `A${row}`, "II", "text", { bold: true });
  ctx.write(ws, `B${row}`, `${T.status} – ${T.heads.later}`, "text", { bold: true });
  row++;
  for (const input of statusInputsOf(unit)) {
    const label = unit === "bao-lai-chau" ? ctx.wording(input) : ctx.header(input, TAG[unit]);
    ctx.write(ws, `B${row}`, label, "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    ctx.value(file, ws, `D${row}`, slotOf(input, unit));
    row++;
  }
  if (ctx.rng.chance(0.6)) ctx.write(ws, `B${row + 1}`, ctx.note(2025), "text", { italic: true });
}

/**
 * "b27-web-analytics-export": the content management system's yearly export for each agency's site: years down the
 * rows, all new posts, the posts tagged as political works, page views, sessions and reading time across; a sum of
 * the years, a part-of-year row and a target row under them.
 */
import { AGENCIES, MAGAZINE, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind27Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, plainNumber, sheet, slotOf } from "./kit";
import { B27_ANALYTICS as T } from "./texts";
import { B27_DECOYS as D } from "./wordings";

export function analyticsExport(ctx: Blind27Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = "thong-ke-noi-dung-truy-cap.xlsx";
  for (const unit of AGENCIES) if (unit !== MAGAZINE || ctx.rng.chance(0.85)) siteSheet(ctx, wb, file, unit);
  return [{ fileName: file, workbook: wb }];
}

function siteSheet(
  ctx: Blind27Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const domain =
    unit === MAGAZINE ? T.domains.magazine : unit === "bao-lai-chau" ? T.domains.press : T.domains.station;
  const ws = sheet(wb, domain, [26, 20, 20, 20, 18, 18]);
  ctx.write(ws, "A1", `${T.title}${domain}`, "text", { bold: true });
  ctx.write(ws, "A2", T.exported, "text", { italic: true });
  ctx.write(ws, "A3", ctx.agency(unit, "site"), "label");
  headers(ctx, ws, 5, [
    T.period,
    ctx.decoyLabel(D.allWorks, "site"),
    ctx.header("political_articles", "site"),
    T.pageviews,
    T.sessions,
    T.seconds,
  ]);
  const shown = YEARS.filter((y) => ctx.data.years.political_articles.includes(y));
  let row = 6;
  for (const year of shown) {
    ctx.write(ws, `A${row}`, `${T.year} ${year}`);
    const slot = slotOf("political_articles", unit, year);
    plainNumber(ws, `B${row}`, ctx.decoyValue(D.allWorks, unit, year));
    ctx.value(file, ws, `C${row}`, slot);
    const base = Number(ctx.data.value(slot));
    plainNumber(ws, `D${row}`, base * ctx.rng.int(300, 900) + ctx.rng.int(0, 99));
    plainNumber(ws, `E${row}`, base * ctx.rng.int(120, 400) + ctx.rng.int(0, 99));
    plainNumber(ws, `F${row}`, ctx.rng.int(35, 190));
    row++;
  }
  const first = 6;
  const lastRow = row - 1;
  ctx.write(ws, `A${row}`, T.total, "text", { bold: true });
  for (const c of ["B", "C", "D", "E"]) {
    let sum = 0;
    for (let r = first; r <= lastRow; r++) {
      const v = ws.getCell(`${c}${r}`).value;
      const n =
        typeof v === "number"
          ? v
          : typeof v === "string"
            ? Number(v.replace(/\./g, "").replace(",", "."))
            : 0;
      if (v !== null && typeof v === "object" && "result" in v) sum += Number(v.result);
      else if (Number.isFinite(n)) sum += n;
    }
    ctx.formula(ws, `${c}${row}`, `SUM(${c}${first}:${c}${lastRow})`, sum, true);
  }
  row += 2;
  const slot = slotOf("political_articles", unit, 2025);
  if (ctx.rng.chance(0.6)) {
    ctx.write(ws, `A${row}`, ctx.partialHeader(2025));
    const part = nearFigure(ctx, slot, 0.6, 0.82);
    if (part !== null) plainNumber(ws, `C${row}`, part);
    row++;
  }
  ctx.write(ws, `A${row}`, ctx.planHeader(2025));
  const target = planFigure(ctx, slot);
  if (target !== null) plainNumber(ws, `C${row}`, target);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `A${row + 2}`, ctx.note(2025), "text", { italic: true });
}

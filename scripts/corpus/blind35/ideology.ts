/**
 * b35-ideology-defence-steering-annex: the appendix the provincial steering committee 35 (protecting the Party's
 * ideological foundation) asks the press agencies for. Part I: each agency a block of rows, years 2020–2025 as
 * columns, the political-task works between all works published (more) and the part fighting hostile views (less,
 * right under); a part-of-year column and next year's target to the right now and then. Part II: agencies as
 * columns, staff and infrastructure answers, the core team right under the headcount. Part III (when the province
 * is reported): the remote population, the border communes' part, the people reached. A hidden draft sheet.
 */
import { ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARS, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind35Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, roman, sheet, slotOf } from "./kit";
import { B35_IDEOLOGY as T } from "./texts";
import { B35_DECOYS as D } from "./wordings";

/** The year columns of part I: 2020 in D … 2025 in I. */
export const IDEOLOGY_YEAR_COL = (year: number): number => 4 + (year - 2020);
/** Part II's columns: the agencies in D, E, F. */
export const IDEOLOGY_STATUS_INPUTS = [
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "security_level",
] as const;

export function ideologyAnnex(ctx: Blind35Context): BuiltFile[] {
  const { rng, data } = ctx;
  const fileName = ctx.pickText("file", T.files, 2025);
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 46, 10, 10, 10, 10, 10, 10, 10, 12, 12, 24]);
  const partial = rng.chance(0.5);
  const planCol = partial ? 11 : 10;
  const last = planCol;
  ctx.writeMerged(ws, "A1:C1", ctx.pickText("parent", T.parent), "upper", { bold: true });
  ctx.writeMerged(ws, "G1:K1", "ĐẢNG CỘNG SẢN VIỆT NAM", "upper", { bold: true });
  ctx.writeMerged(ws, `A3:${ref(last, 3)}`, ctx.pickText("title", T.title), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, `A4:${ref(last, 4)}`, ctx.pickText("sub", T.sub, 2025), "text", { italic: true });

  // Part I: the works by year.
  ctx.write(ws, "A6", ctx.pickText("t1", T.table1), "text", { bold: true });
  const yearHead = rng.chance(0.5) ? (y: number) => `Năm ${y}` : (y: number) => String(y);
  const head = ["TT", ctx.pickText("content", T.content), "ĐVT", ...YEARS.map(yearHead)];
  if (partial) head.push(ctx.partialHeader(2025));
  head.push(ctx.planHeader(2026));
  headers(ctx, ws, 7, head);
  let row = 8;
  const allAfter = rng.chance(0.4);
  AGENCIES.forEach((unit, g) => {
    ctx.write(ws, `A${row}`, roman(g + 1), "text", { bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "label", { bold: true });
    row++;
    const writeAll = (r: number) => {
      ctx.write(ws, `A${r}`, allAfter ? "2" : "1");
      ctx.write(ws, `B${r}`, ctx.decoyLabel(D.allPublished, "all"), "label");
      ctx.write(ws, `C${r}`, ctx.measure("political_articles"));
      for (const y of YEARS)
        if (data.years.political_articles.includes(y))
          ctx.figure(ws, ref(IDEOLOGY_YEAR_COL(y), r), ctx.decoyValue(D.allPublished, unit, y));
    };
    if (!allAfter) writeAll(row++);
    const truthRow = row++;
    ctx.write(ws, `A${truthRow}`, allAfter ? "1" : "2");
    ctx.write(ws, `B${truthRow}`, ctx.label("political_articles", { key: "ideo" }), "label");
    ctx.write(ws, `C${truthRow}`, ctx.measure("political_articles"));
    for (const y of YEARS)
      ctx.value(fileName, ws, ref(IDEOLOGY_YEAR_COL(y), truthRow), slotOf("political_articles", unit, y));
    const now = slotOf("political_articles", unit, 2025);
    if (partial && ctx.shownNumber(now) !== undefined) {
      const part = nearFigure(ctx, now, 0.62, 0.8);
      if (part !== null) ctx.figure(ws, ref(10, truthRow), part);
    }
    const target = planFigure(ctx, now);
    if (target !== null) ctx.figure(ws, ref(planCol, truthRow), target);
    const partRow = row++;
    ctx.write(ws, `A${partRow}`, "-");
    ctx.write(ws, `B${partRow}`, ctx.decoyLabel(D.counterViews, "part"), "label", { italic: true });
    ctx.write(ws, `C${partRow}`, ctx.measure("political_articles"));
    for (const y of YEARS)
      if (data.years.political_articles.includes(y))
        ctx.figure(ws, ref(IDEOLOGY_YEAR_COL(y), partRow), ctx.decoyValue(D.counterViews, unit, y), {
          italic: true,
        });
    if (allAfter) writeAll(row++);
  });

  // Part II: agencies as columns.
  row += 1;
  ctx.write(ws, `A${row}`, ctx.pickText("t2", T.table2), "text", { bold: true });
  row++;
  headers(ctx, ws, row, [
    "TT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ...AGENCIES.map((u) => ctx.agency(u)),
  ]);
  ctx.write(ws, ref(12, row), "Ghi chú", "text", { bold: true });
  row++;
  let n = 1;
  for (const input of IDEOLOGY_STATUS_INPUTS) {
    const r = row++;
    ctx.write(ws, `A${r}`, String(n++));
    ctx.write(ws, `B${r}`, ctx.label(input, { key: "ideo" }), "label");
    ctx.write(ws, `C${r}`, ctx.measure(input));
    AGENCIES.forEach((unit, g) => ctx.value(fileName, ws, ref(4 + g, r), slotOf(input, unit)));
    if (rng.chance(0.3)) ctx.write(ws, ref(12, r), ctx.note(), "text", { italic: true });
    if (input === "staff_total") {
      const c = row++;
      ctx.write(ws, `A${c}`, "-");
      ctx.write(ws, `B${c}`, ctx.decoyLabel(D.coreForce, "core"), "label", { italic: true });
      ctx.write(ws, `C${c}`, ctx.measure("staff_total"));
      AGENCIES.forEach((unit, g) => ctx.figure(ws, ref(4 + g, c), ctx.decoyValue(D.coreForce, unit)));
    }
  }

  // Part III: the province, when reported.
  if (data.province) {
    row += 1;
    ctx.write(ws, `A${row}`, ctx.pickText("t3", T.table3), "text", { bold: true });
    row++;
    headers(ctx, ws, row, ["TT", ctx.agency(PROVINCE), "ĐVT", ctx.pickText("fig", T.figure, 2025)]);
    row++;
    const rows: Array<["remote_population_total" | "remote_population_reached" | "border", string]> = [
      ["remote_population_total", "1"],
      ["border", "-"],
      ["remote_population_reached", "2"],
    ];
    for (const [what, no] of rows) {
      const r = row++;
      ctx.write(ws, `A${r}`, no);
      ctx.write(ws, `C${r}`, ctx.measure("remote_population_total"));
      if (what === "border") {
        ctx.write(ws, `B${r}`, ctx.decoyLabel(D.borderPeople, "border"), "label", { italic: true });
        ctx.figure(ws, `D${r}`, ctx.decoyValue(D.borderPeople, PROVINCE));
        continue;
      }
      ctx.write(ws, `B${r}`, ctx.label(what, { key: "ideo" }), "label");
      ctx.value(fileName, ws, `D${r}`, slotOf(what, PROVINCE));
    }
  }
  if (rng.chance(0.5)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });

  if (rng.chance(0.6)) {
    const units: UnitId[] = rng.shuffle(AGENCIES);
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("scratch", T.scratch),
      T.scratchRows.map((t, i) => {
        const unit = units[i % units.length] ?? "bao-lai-chau";
        return [t, nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.85, 1.1) ?? 0] as const;
      }),
    );
  }
  return [{ fileName, workbook: wb }];
}

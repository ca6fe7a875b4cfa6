/**
 * "b37-press-planning-362-review": the department's review of how the national press planning (Decision 362) is
 * carried out in the province, one sheet of stacked tables. Table 1: the province's agencies as rows, then the
 * central media's resident offices (rows with the same columns, not plan units); headcount with press-card
 * holders beside it, trained, autonomy, security level and a plan column at the right. Table 2: platforms,
 * newsroom, AI platform and the licence. Table 3: a block of rows per agency, years 2020–2025 as columns, all
 * pieces above the political-task row, a plan and a growth column right of the years. Table 4: the remote areas.
 * A hidden scratch sheet.
 */
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, YEARS } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind37Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B37_PLANNING as T } from "./texts";
import { B37_DECOYS as D } from "./wordings";

/** Table 1's columns. */
export const PLANNING_T1 = {
  staff: "D",
  cards: "E",
  trained: "F",
  autonomy: "G",
  level: "H",
  plan: "J",
} as const;
/** Table 2's columns. */
export const PLANNING_T2 = { platforms: "C", newsroom: "D", ai: "E", licence: "F" } as const;
/** Table 3: first year column (2020), the plan and growth columns. */
export const PLANNING_T3 = { firstYear: 4, plan: "J", growth: "K" } as const;

export function planningReview(ctx: Blind37Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 40, 18, 13, 13, 13, 13, 13, 22, 13, 12]);
  ctx.writeMerged(ws, "A1:K1", ctx.pickText("title", T.title), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:K2", T.sub.replace("{y}", "2025"), "text", { italic: true });

  // Table 1.
  let r = 4;
  ctx.write(ws, `A${r}`, ctx.pickText("t1", T.table1), "text", { bold: true });
  r++;
  const t1Head = r;
  headers(ctx, ws, r, [
    T.stt,
    ctx.pickText("name", T.name),
    ctx.pickText("kind", T.kind),
    ctx.header("staff_total", "t1"),
    ctx.decoyLabel(D.cardHolders, "t1"),
    ctx.header("staff_trained", "t1"),
    ctx.header("autonomous", "t1"),
    ctx.header("security_level", "t1"),
    ctx.pickText("arr", T.arrangement),
    ctx.planHeader(2025),
  ]);
  r++;
  ctx.write(ws, `A${r}`, "I", "text", { bold: true, align: "center" });
  ctx.write(ws, `B${r}`, ctx.pickText("local", T.localGroup), "text", { bold: true });
  r++;
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${r}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "row"), "label");
    ctx.write(ws, `C${r}`, T.kinds[i] ?? "");
    ctx.value(file, ws, `${PLANNING_T1.staff}${r}`, slotOf("staff_total", unit));
    ctx.figure(ws, `${PLANNING_T1.cards}${r}`, ctx.decoyValue(D.cardHolders, unit));
    ctx.value(file, ws, `${PLANNING_T1.trained}${r}`, slotOf("staff_trained", unit));
    ctx.value(file, ws, `${PLANNING_T1.autonomy}${r}`, slotOf("autonomous", unit));
    ctx.value(file, ws, `${PLANNING_T1.level}${r}`, slotOf("security_level", unit));
    ctx.write(ws, `I${r}`, T.arrangements[i] ?? "", "text", { wrap: true });
    const plan = planFigure(ctx, slotOf("staff_total", unit));
    if (plan !== null) ctx.figure(ws, `${PLANNING_T1.plan}${r}`, plan);
    r++;
  });
  ctx.write(ws, `A${r}`, "II", "text", { bold: true, align: "center" });
  ctx.write(ws, `B${r}`, ctx.pickText("central", T.centralGroup), "text", { bold: true });
  r++;
  const offices = ctx.rng.shuffle(T.centralOffices).slice(0, ctx.rng.int(2, 4));
  offices.forEach((office, i) => {
    ctx.write(ws, `A${r}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${r}`, office, "label", { wrap: true });
    ctx.write(ws, `C${r}`, T.kinds[ctx.rng.int(0, 1)] ?? "");
    const staff = ctx.rng.int(1, 5);
    ctx.figure(ws, `${PLANNING_T1.staff}${r}`, staff);
    ctx.figure(ws, `${PLANNING_T1.cards}${r}`, Math.max(1, staff - ctx.rng.int(0, 1)));
    ctx.figure(ws, `${PLANNING_T1.trained}${r}`, Math.max(0, staff - ctx.rng.int(0, 2)));
    r++;
  });
  grid(ws, t1Head, 1, r - 1, 10);
  r++;

  // Table 2.
  ctx.write(ws, `A${r}`, ctx.pickText("t2", T.table2), "text", { bold: true });
  r++;
  const t2Head = r;
  headers(ctx, ws, r, [
    T.stt,
    ctx.pickText("name", T.name),
    ctx.header("digital_platforms", "t2"),
    ctx.header("converged_newsroom", "t2"),
    ctx.header("ai_data_platform", "t2"),
    ctx.header("licensed", "t2"),
    ctx.pickText("remark", T.remark),
  ]);
  r++;
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${r}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "row"), "label");
    ctx.value(file, ws, `${PLANNING_T2.platforms}${r}`, slotOf("digital_platforms", unit));
    ctx.value(file, ws, `${PLANNING_T2.newsroom}${r}`, slotOf("converged_newsroom", unit));
    ctx.value(file, ws, `${PLANNING_T2.ai}${r}`, slotOf("ai_data_platform", unit));
    if (unit === MAGAZINE) ctx.value(file, ws, `${PLANNING_T2.licence}${r}`, slotOf("licensed", unit));
    ctx.write(ws, `G${r}`, ctx.rng.pick(T.remarks), "text", { wrap: true });
    r++;
  });
  grid(ws, t2Head, 1, r - 1, 7);
  r++;

  // Table 3.
  ctx.write(ws, `A${r}`, ctx.pickText("t3", T.table3), "text", { bold: true });
  r++;
  const t3Head = r;
  const yearCol = (y: number) => colLetter(PLANNING_T3.firstYear + y - 2020);
  headers(ctx, ws, r, [
    T.stt,
    ctx.pickText("name", T.name),
    T.indicator,
    ...YEARS.map(String),
    ctx.planHeader(2025),
    ctx.pickText("growth", T.growth),
  ]);
  r++;
  AGENCIES.forEach((unit, i) => {
    ctx.writeMerged(ws, `A${r}:A${r + 2}`, String(i + 1), "text");
    ctx.writeMerged(ws, `B${r}:B${r + 2}`, ctx.agency(unit, "row"), "label");
    ctx.write(ws, `C${r}`, ctx.decoyLabel(D.allPieces, "t3"), "label", { italic: true, wrap: true });
    for (const y of ctx.data.years.political_articles)
      ctx.figure(ws, `${yearCol(y)}${r}`, ctx.decoyValue(D.allPieces, unit, y));
    for (const [k, input] of (["political_articles", "revenue"] as const).entries()) {
      const row = r + 1 + k;
      ctx.write(ws, `C${row}`, ctx.label(input, { key: "t3", unit: input === "revenue" }), "label", {
        wrap: true,
      });
      for (const y of YEARS) ctx.value(file, ws, `${yearCol(y)}${row}`, slotOf(input, unit, y));
      const plan = planFigure(ctx, slotOf(input, unit, 2025));
      if (plan !== null) ctx.figure(ws, `${PLANNING_T3.plan}${row}`, plan);
      ctx.write(ws, `${PLANNING_T3.growth}${row}`, `${ctx.rng.int(3, 19)},${ctx.rng.int(0, 9)}%`, "text", {
        align: "right",
      });
    }
    r += 3;
  });
  grid(ws, t3Head, 1, r - 1, 11);
  r++;

  // Table 4.
  if (ctx.data.province) {
    ctx.write(ws, `A${r}`, ctx.pickText("t4", T.table4), "text", { bold: true });
    r++;
    const t4Head = r;
    headers(ctx, ws, r, [
      T.stt,
      ctx.pickText("name", T.name),
      T.measure,
      T.latest.replace("{y}", "2025"),
      ctx.planHeader(2025),
    ]);
    r++;
    for (const [k, input] of ["remote_population_total", "remote_population_reached"].entries()) {
      ctx.write(ws, `A${r}`, String(k + 1), "text", { align: "center" });
      ctx.write(
        ws,
        `B${r}`,
        ctx.rng.chance(0.5) ? ctx.header(input, "t4") : ctx.label(input, { key: "t4" }),
        "label",
        {
          wrap: true,
        },
      );
      ctx.write(ws, `C${r}`, ctx.measure(input));
      ctx.value(file, ws, `D${r}`, slotOf(input, PROVINCE));
      const plan = nearFigure(ctx, slotOf("remote_population_total", PROVINCE), 1.0, 1.02);
      if (plan !== null && input === "remote_population_reached") ctx.figure(ws, `E${r}`, plan);
      r++;
    }
    ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.decoyLabel(D.devices, "t4"), "label", { italic: true, wrap: true });
    ctx.figure(ws, `D${r}`, ctx.decoyValue(D.devices, PROVINCE));
    grid(ws, t4Head, 1, r, 5);
    r += 2;
  }
  if (ctx.rng.chance(0.6)) ctx.write(ws, `B${r}`, ctx.note(2025), "text", { italic: true });

  hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
    [T.hiddenRows[0], AGENCIES.reduce((n, u) => n + ctx.near("staff_total", u, 0.95, 1.05), 0)],
    [T.hiddenRows[1], ctx.near("political_articles", "dai-ptth-lai-chau", 0.5, 0.7, 2025)],
    [T.hiddenRows[2], ctx.style.yesNo[0]],
  ]);
  return [{ fileName: file, workbook: wb }];
}

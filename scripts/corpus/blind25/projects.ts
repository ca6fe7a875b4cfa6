/**
 * b25-investment-project-status: the department's list of digital-transformation investment projects of the press
 * agencies, grouped by agency (Roman section rows), each project naming the plan input it serves; the status
 * column (G) answers that input. Capital figures (total, this year's plan, disbursed) sit left of it, unrelated
 * projects with finished statuses sit among them. A second sheet follows the agencies' revenue and political
 * articles by year after investment, with an advertising / budget near-miss row under revenue and the year's plan
 * in the last column. Sometimes a hidden sheet of draft figures.
 */
import { PROVINCE, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind25Context } from "./context";
import {
  AGENCIES,
  answerInputs,
  colLetter,
  headers,
  hiddenWorkings,
  nearFigure,
  newWorkbook,
  planFigure,
  ref,
  sheet,
  slotOf,
  titleBlock,
} from "./kit";
import { B25_PROJECTS as T } from "./texts";
import { B25_DECOYS as D } from "./wordings";

const ROMAN = ["I", "II", "III"] as const;

export function projectStatus(ctx: Blind25Context): BuiltFile[] {
  const { rng } = ctx;
  const file = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 40, 38, 14, 14, 14, 20, 26]);
  titleBlock(
    ctx,
    ws,
    2,
    8,
    ctx.pickText("title", T.titles),
    ctx.pickText("sub", T.subtitles, { n: String(rng.int(80, 260)) }),
  );
  const h = T.heads;
  headers(ctx, ws, 5, [h.no, h.project, h.target, h.total, h.capital, h.disbursed, h.status, h.remark]);
  let row = 6;
  const money = (unit: UnitId, lo: number, hi: number) =>
    nearFigure(ctx, slotOf("revenue", unit), lo, hi) ?? rng.int(300, 900);
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, ROMAN[i] ?? "", "text", { bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "section"), "text", { bold: true });
    row++;
    const inputs = answerInputs(unit);
    const others = rng.shuffle(T.otherProjects).slice(0, rng.int(1, 2));
    const order = rng.shuffle([...inputs, ...others]);
    let n = 1;
    for (const what of order) {
      ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
      const project = (T.projects as Record<string, readonly string[]>)[what];
      if (project === undefined) {
        ctx.write(ws, `B${row}`, what);
        ctx.write(ws, `C${row}`, "-", "text", { align: "center" });
        ctx.figure(ws, `D${row}`, money(unit, 0.1, 0.4));
        ctx.write(ws, `G${row}`, rng.pick(T.otherStatus), "text", { align: "center" });
      } else {
        ctx.write(ws, `B${row}`, ctx.pickText(`p|${what}|${unit}`, project), "text", { wrap: true });
        ctx.write(ws, `C${row}`, ctx.wording(what, "project"), "label", { wrap: true });
        if (!["autonomous", "licensed"].includes(what)) {
          const total = money(unit, 0.3, 0.9);
          ctx.figure(ws, `D${row}`, total);
          ctx.figure(ws, `E${row}`, Math.round(total * (0.2 + rng.next() * 0.3)));
          if (rng.chance(0.6)) {
            const d = ctx.decoyRow(D.disbursed, unit, "d");
            ctx.figure(ws, `F${row}`, Math.min(d.value, total));
          }
        }
        ctx.value(file, ws, `G${row}`, slotOf(what, unit));
        if (rng.chance(0.2)) ctx.write(ws, `H${row}`, ctx.note(), "text", { wrap: true });
      }
      row++;
    }
  });
  const decoyAt = row + 1;
  const dl = ctx.decoyRow(D.disbursed, "bao-lai-chau", "label");
  ctx.write(ws, `B${decoyAt}`, dl.text, "label", { italic: true });
  ctx.formula(ws, `F${decoyAt}`, `SUM(F6:F${row - 1})`, dl.value);

  // Second sheet: the agencies' results by year after the investment.
  const years = YEARS.filter((y) => y >= 2021);
  const last = 3 + years.length;
  const es = sheet(wb, ctx.pickText("effect", T.effectSheets), [6, 48, ...years.map(() => 12), 14]);
  titleBlock(ctx, es, 1, last, T.effectTitle);
  headers(ctx, es, 3, [
    T.effectHeads.no,
    T.effectHeads.item,
    ...years.map((y) => T.effectHeads.year.replace("{y}", String(y))),
    ctx.planHeader(2025),
  ]);
  let r = 4;
  AGENCIES.forEach((unit, i) => {
    ctx.write(es, `A${r}`, ROMAN[i] ?? "", "text", { bold: true });
    ctx.write(es, `B${r}`, ctx.agency(unit, "effect"), "text", { bold: true });
    r++;
    const rows: Array<["slot", string] | ["decoy", keyof typeof D]> = [
      ["slot", "political_articles"],
      ...(rng.chance(0.6) ? [["decoy", "allWorks"] as ["decoy", keyof typeof D]] : []),
      ["slot", "revenue"],
      ["decoy", rng.pick(["adRevenue", "budgetGrant"] as const)],
    ];
    rows.forEach(([kind, what], j) => {
      ctx.write(es, `A${r}`, `${i + 1}.${j + 1}`, "text", { align: "center" });
      if (kind === "slot") {
        ctx.write(es, `B${r}`, ctx.label(what, { unit: true, key: "effect" }), "label", { wrap: true });
        years.forEach((y, k) => ctx.value(file, es, ref(3 + k, r), slotOf(what, unit, y)));
        const plan = planFigure(ctx, slotOf(what, unit, 2025));
        if (plan !== null) ctx.figure(es, ref(last, r), plan);
      } else {
        const d = D[what];
        ctx.write(es, `B${r}`, ctx.decoyLabel(d, `${what}|${unit}`), "label", { italic: true, wrap: true });
        years.forEach((y, k) => {
          if (ctx.data.shown(slotOf(d.near, unit, y)))
            ctx.figure(es, ref(3 + k, r), ctx.decoyValue(d, unit, y));
        });
      }
      r++;
    });
  });
  if (ctx.data.province) {
    ctx.write(es, `A${r}`, "IV", "text", { bold: true });
    ctx.write(es, `B${r}`, ctx.agency(PROVINCE, "effect"), "text", { bold: true });
    r++;
    ["remote_population_total", "remote_population_reached"].forEach((input, j) => {
      ctx.write(es, `A${r}`, `4.${j + 1}`, "text", { align: "center" });
      ctx.write(es, `B${r}`, ctx.header(input, "effect"), "label", { wrap: true });
      ctx.value(file, es, ref(2 + years.length, r), slotOf(input, PROVINCE));
      r++;
    });
  }
  if (rng.chance(0.5)) ctx.write(es, `B${r + 1}`, ctx.note(), "text", { italic: true });
  es.getColumn(colLetter(last)).width = 14;
  if (rng.chance(0.45)) hiddenWorkings(ctx, wb, ctx.pickText("hidden", T.hidden), T.hiddenCaption);
  return [{ fileName: file, workbook: wb }];
}

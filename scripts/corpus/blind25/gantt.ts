/**
 * b25-gantt-rollout-chart: a Gantt chart of the year's digital-transformation tasks, agency sections one under
 * another; the task names carry the inputs' wordings, the result up to 31/12 sits in D, the year's target in E
 * under a plan head, and the months T1–T12 (F–Q) hold tick marks ("x", "■") that are no answers. A second sheet
 * has political articles and revenue by month: the year is a SUM of the months (in R), last year beside it (S),
 * a nine-month cumulative column before them (a part-of-year head) and the plan after; reused works as a
 * near-miss row.
 */
import { PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind25Context } from "./context";
import {
  AGENCIES,
  answerInputs,
  colLetter,
  headers,
  newWorkbook,
  plainNumber,
  planFigure,
  ref,
  sheet,
  slotOf,
  splitInto,
  titleBlock,
} from "./kit";
import { B25_GANTT as T } from "./texts";
import { B25_DECOYS as D } from "./wordings";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function ganttChart(ctx: Blind25Context): BuiltFile[] {
  const { rng } = ctx;
  const file = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [5, 46, 18, 16, 14, ...MONTHS.map(() => 4.5), 24]);
  titleBlock(ctx, ws, 1, 18, T.title, T.subtitle);
  const h = T.heads;
  headers(ctx, ws, 4, [
    h.no,
    h.task,
    h.lead,
    h.result,
    ctx.planHeader(2025),
    ...MONTHS.map((m) => T.month.replace("{n}", String(m))),
  ]);
  const mark = ctx.pickText("mark", T.marks);
  let row = 5;
  AGENCIES.forEach((unit, i) => {
    ctx.writeMerged(ws, `A${row}:E${row}`, `${"ABC"[i]}. ${ctx.agency(unit, "gantt")}`, "text", {
      bold: true,
      align: "left",
    });
    row++;
    const tasks = rng.shuffle([...answerInputs(unit), "staff_trained", "staff_total"]);
    tasks.forEach((input, k) => {
      ctx.write(ws, `A${row}`, String(k + 1), "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.wording(input, "gantt"), "label", { wrap: true });
      ctx.write(ws, `C${row}`, rng.pick(T.leads));
      ctx.value(file, ws, `D${row}`, slotOf(input, unit));
      const target = planFigure(ctx, slotOf(input, unit));
      if (target !== null) ctx.figure(ws, `E${row}`, target);
      else if (rng.chance(0.5)) ctx.write(ws, `E${row}`, ctx.style.yesNo[0], "word", { align: "center" });
      const from = rng.int(1, 8);
      const to = Math.min(12, from + rng.int(1, 5));
      for (let m = from; m <= to; m++) ctx.write(ws, ref(5 + m, row), mark, "text", { align: "center" });
      row++;
      if (input === "staff_trained" && rng.chance(0.6)) {
        ctx.write(ws, `B${row}`, ctx.decoyLabel(D.trainingTurns, "gantt"), "label", { italic: true });
        if (ctx.data.shown(slotOf("staff_trained", unit)))
          ctx.figure(ws, `D${row}`, ctx.decoyValue(D.trainingTurns, unit));
        row++;
      }
    });
  });
  if (ctx.data.province) {
    ctx.writeMerged(ws, `A${row}:E${row}`, `D. ${ctx.agency(PROVINCE, "gantt")}`, "text", {
      bold: true,
      align: "left",
    });
    row++;
    const lines = ["remote_population_total", "remote_population_reached", "households"];
    lines.forEach((input, k) => {
      const decoy = input === "households";
      ctx.write(ws, `A${row}`, String(k + 1), "text", { align: "center" });
      const label = decoy ? ctx.decoyLabel(D.households, "gantt") : ctx.header(input, "gantt");
      ctx.write(ws, `B${row}`, label, "label", { wrap: true, italic: decoy });
      ctx.write(ws, `C${row}`, rng.pick(T.leads));
      if (decoy) ctx.figure(ws, `D${row}`, ctx.decoyValue(D.households, PROVINCE));
      else ctx.value(file, ws, `D${row}`, slotOf(input, PROVINCE));
      const from = rng.int(1, 8);
      for (let m = from; m <= Math.min(12, from + rng.int(1, 4)); m++)
        ctx.write(ws, ref(5 + m, row), mark, "text", { align: "center" });
      row++;
    });
  }
  if (rng.chance(0.5)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });

  // Second sheet: monthly output and revenue.
  const os = sheet(wb, ctx.pickText("output", T.outputSheets), [
    5,
    44,
    10,
    ...MONTHS.map(() => 8),
    14,
    14,
    14,
    14,
  ]);
  const o = T.outputHeads;
  const [partialCol, yearCol, priorCol, planCol] = [16, 17, 18, 19].map((c) => colLetter(c));
  // The part-of-year column adds up the months its head names.
  const partial = ctx.partialHeader(2025);
  const upTo = partial.includes("6") ? "I" : "L";
  titleBlock(ctx, os, 1, 19, T.outputTitle);
  headers(ctx, os, 3, [
    o.no,
    o.item,
    o.measure,
    ...MONTHS.map((m) => T.month.replace("{n}", String(m))),
    partial,
    o.year,
    o.prior,
    ctx.planHeader(2025),
  ]);
  let r = 4;
  AGENCIES.forEach((unit, i) => {
    ctx.write(os, `B${r}`, ctx.agency(unit, "output"), "text", { bold: true });
    r++;
    const lines: Array<"political_articles" | "revenue" | "reused"> = [
      "political_articles",
      ...(rng.chance(0.7) ? (["reused"] as const) : []),
      "revenue",
    ];
    lines.forEach((line, j) => {
      ctx.write(os, `A${r}`, `${i + 1}.${j + 1}`, "text", { align: "center" });
      const input = line === "reused" ? "political_articles" : line;
      const slot = slotOf(input, unit, 2025);
      const total = line === "reused" ? ctx.decoyValue(D.reprinted, unit) : ctx.shownNumber(slot);
      const label = line === "reused" ? ctx.decoyLabel(D.reprinted, "out") : ctx.wording(input, "output");
      ctx.write(os, `B${r}`, label, "label", { wrap: true, italic: line === "reused" });
      ctx.write(os, `C${r}`, ctx.measure(input));
      if (total !== undefined && ctx.data.shown(slot)) {
        const parts = splitInto(ctx, total, 12);
        parts.forEach((p, m) => plainNumber(os, ref(4 + m, r), p));
        const nine = parts.slice(0, upTo === "I" ? 6 : 9).reduce((a, b) => a + b, 0);
        ctx.formula(os, `${partialCol}${r}`, `SUM(D${r}:${upTo}${r})`, Math.round(nine * 10) / 10);
        const sum = `SUM(D${r}:O${r})`;
        if (line === "reused") ctx.formula(os, `${yearCol}${r}`, sum, total);
        else ctx.viaFormula(file, os, `${yearCol}${r}`, slot, sum);
      }
      if (line !== "reused") {
        ctx.value(file, os, `${priorCol}${r}`, slotOf(input, unit, 2024));
        const plan = planFigure(ctx, slot);
        if (plan !== null) ctx.figure(os, `${planCol}${r}`, plan);
      }
      r++;
    });
  });
  return [{ fileName: file, workbook: wb }];
}

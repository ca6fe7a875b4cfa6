/**
 * "b14-task-appendix-progress": the appendix a report to the province carries: one row group per task of the plan,
 * the task's text merged down beside the agencies that carry it out, each agency's result in its own row, the
 * target to reach in a column after it, remarks. A second sheet gives the yearly figures per agency (the agency's
 * name merged down its rows), years side by side, then the plan figure and a part-of-year figure.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, kindOf, PROVINCE, YEARLY, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind14Context } from "./context";
import { nearFigure, newWorkbook, planFigure, sheet, statusOf, yearsShown } from "./kit";
import { B14_TASKS as T } from "./texts";
import { B14_DECOYS as D, type B14Decoy } from "./wordings";

const head = { bold: true, align: "center" as const, wrap: true };

type Task =
  { kind: "input"; input: string; units: UnitId[] } | { kind: "decoy"; decoy: B14Decoy; units: UnitId[] };

export function taskAppendix(ctx: Blind14Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["PhuLuc_TienDo_CDS", "Phu luc tien do 2025", "PL kem bao cao"])}.xlsx`;
  tasksSheet(ctx, wb, file);
  figuresSheet(ctx, wb, file);
  return [{ fileName: file, workbook: wb }];
}

function tasksFor(ctx: Blind14Context): Task[] {
  const inputs = [...new Set(AGENCIES.flatMap(statusOf))];
  const tasks: Task[] = [];
  for (const input of inputs) {
    const units = AGENCIES.filter((u) => statusOf(u).includes(input));
    tasks.push({ kind: "input", input, units });
    if (input === "staff_trained" && ctx.rng.chance(0.7))
      tasks.push({
        kind: "decoy",
        decoy: D.politicalCourse,
        units: AGENCIES.filter((u) => u !== "tap-chi-van-nghe-lai-chau"),
      });
  }
  if (ctx.data.province) {
    tasks.push({ kind: "input", input: "remote_population_total", units: [PROVINCE] });
    tasks.push({ kind: "input", input: "remote_population_reached", units: [PROVINCE] });
  }
  return tasks;
}

function tasksSheet(ctx: Blind14Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const ws = sheet(wb, ctx.pickText("sheet1", T.sheets), [6, 44, 26, 16, 16, 28]);
  ctx.writeMerged(ws, "A1:F1", ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:F2", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  const top = 4;
  ctx.write(ws, `A${top}`, "STT", "text", head);
  ctx.write(ws, `B${top}`, ctx.pickText("task", T.task), "text", head);
  ctx.write(ws, `C${top}`, ctx.pickText("who", T.who), "text", head);
  ctx.write(ws, `D${top}`, ctx.pickText("result", T.result, { y: 2025 }), "text", head);
  ctx.write(ws, `E${top}`, ctx.pickText("target", T.target, { y: 2025 }), "text", head);
  ctx.write(ws, `F${top}`, ctx.pickText("remark", T.remark), "text", head);
  ctx.writeMerged(ws, `A${top + 1}:F${top + 1}`, ctx.pickText("part1", T.part1), "upper", {
    bold: true,
    align: "left",
  });
  let row = top + 2;
  tasksFor(ctx).forEach((task, i) => {
    const n = task.units.length;
    const span = (col: string) => (n > 1 ? `${col}${row}:${col}${row + n - 1}` : `${col}${row}`);
    const text = task.kind === "input" ? ctx.label(task.input) : ctx.decoyLabel(task.decoy, "task");
    if (n > 1) {
      ws.mergeCells(span("A"));
      ws.mergeCells(span("B"));
    }
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, text, "label", { wrap: true });
    task.units.forEach((unit, k) => {
      const r = row + k;
      ctx.write(ws, `C${r}`, ctx.agency(unit, "task"), "text");
      if (task.kind === "decoy") {
        ctx.number(ws, `D${r}`, ctx.decoyValue(task.decoy, unit));
        return;
      }
      ctx.value(file, ws, `D${r}`, { input: task.input, unit });
      const target = targetOf(ctx, task.input, unit);
      if (target !== null) {
        if (typeof target === "number") ctx.number(ws, `E${r}`, target);
        else ctx.write(ws, `E${r}`, target, "word", { align: "center" });
      }
      if (ctx.rng.chance(0.2)) ctx.write(ws, `F${r}`, ctx.note(), "text", { italic: true, wrap: true });
    });
    row += n;
  });
  grid(ws, top, 1, row - 1, 6);
}

/** What the plan asks of the unit for this input (a word, a number), or nothing. */
function targetOf(ctx: Blind14Context, input: string, unit: UnitId): string | number | null {
  const v = ctx.data.value({ input, unit });
  if (v === "not-applicable" || input === "staff_total") return null;
  if (typeof v === "boolean") return ctx.words(input, true);
  if (kindOf(input) === "level") return 3 === v ? ctx.choose("lvlTarget", ["≥ 3", "từ 3 trở lên"]) : 3;
  if (input === "staff_trained") return ctx.choose("trainTarget", ["100%", "100% CB"]);
  return planFigure(ctx, { input, unit });
}

function figuresSheet(ctx: Blind14Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const years = yearsShown(ctx);
  const ws = sheet(wb, ctx.pickText("sheet2", T.quantSheets), [26, 40, ...years.map(() => 12), 14, 14]);
  const first = 3;
  const planCol = first + years.length;
  const partialCol = planCol + 1;
  ctx.writeMerged(ws, `A1:${ref(partialCol, 1)}`, ctx.pickText("quant", T.quantTitle), "upper", {
    bold: true,
  });
  const top = 3;
  ctx.write(ws, `A${top}`, ctx.pickText("who", T.who), "text", head);
  ctx.write(ws, `B${top}`, ctx.pickText("what", T.quantWhat), "text", head);
  years.forEach((y, i) => ctx.write(ws, ref(first + i, top), `TH ${y}`, "text", head));
  ctx.write(ws, ref(planCol, top), ctx.planHeader(2025), "text", head);
  ctx.write(ws, ref(partialCol, top), ctx.partialHeader(2025), "text", head);
  let row = top + 1;
  for (const unit of AGENCIES) {
    const rows: Array<{ input: string } | { decoy: B14Decoy }> = [];
    for (const input of YEARLY) {
      rows.push({ input });
      if (ctx.rng.chance(0.35)) rows.push({ decoy: input === "revenue" ? D.stateOrder : D.socialPosts });
    }
    if (rows.length > 1) ws.mergeCells(`A${row}:A${row + rows.length - 1}`);
    ctx.write(ws, `A${row}`, ctx.agency(unit, "figures"), "text", { bold: true, wrap: true });
    for (const r of rows) {
      if ("decoy" in r) {
        ctx.write(ws, `B${row}`, ctx.decoyLabel(r.decoy, "figures"), "label");
        years.forEach((year, i) => {
          if (ctx.data.years[r.decoy.near as "revenue"].includes(year))
            ctx.number(ws, ref(first + i, row), ctx.decoyValue(r.decoy, unit, year));
        });
        row++;
        continue;
      }
      const input = r.input;
      ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.3), key: "figures" }), "label");
      years.forEach((year, i) => {
        if (isYearly(input) && ctx.data.years[input].includes(year))
          ctx.value(file, ws, ref(first + i, row), { input, unit, year });
      });
      const target = planFigure(ctx, { input, unit, year: 2025 });
      if (target !== null && ctx.rng.chance(0.85)) ctx.number(ws, ref(planCol, row), target);
      const part = ctx.data.shown({ input, unit, year: 2025 })
        ? nearFigure(ctx, { input, unit, year: 2025 }, 0.45, 0.8)
        : null;
      if (part !== null) ctx.number(ws, ref(partialCol, row), part);
      row++;
    }
  }
  grid(ws, top, 1, row - 1, partialCol);
}

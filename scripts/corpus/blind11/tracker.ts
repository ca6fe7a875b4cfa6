/**
 * b11-target-tracker: the department's table following the plan's targets. Each target is one block of rows, its
 * number, label and target text merged down the block, one row per agency (or one for the province); results
 * of the years beside each other, last year's answer beside this year's for status targets, the change in
 * percent, a self-assessment word (Đạt / Chưa đạt, which reads like a yes/no answer), now and then a numeric plan
 * column to the right and notes. Near-miss blocks sit among the targets; a hidden sheet keeps last year's
 * estimates.
 */
import { colLetter, newWorkbook, addSheet, put, ref } from "../../fixtures/sheetKit";
import { slotOf } from "../model";
import { isYearly, kindOf, MAGAZINE, PROVINCE, roundTarget, type UnitId } from "../model";
import { sheetName, signature, type BuiltFile } from "../sheets";
import type { Blind11Context } from "./context";
import { agencyOrder, departmentMasthead, frame, headCell, OFFICES, spanCell, titleBlock } from "./kit";
import { B11_DECOYS, B11_TRACKER, type B11Decoy } from "./wordings";

type Block =
  | { kind: "input"; input: string; units: readonly UnitId[] }
  | { kind: "decoy"; decoy: B11Decoy; units: readonly UnitId[] };

function blocks(ctx: Blind11Context): Block[] {
  const agencies = agencyOrder(ctx);
  const of = (input: string): Block => ({ kind: "input", input, units: agencies });
  const list: Block[] = [
    of("digital_platforms"),
    of("ai_data_platform"),
    of("security_level"),
    of("converged_newsroom"),
    of("revenue"),
    of("staff_total"),
    of("staff_trained"),
  ];
  if (ctx.data.province || ctx.rng.chance(0.6)) {
    list.push({ kind: "input", input: "remote_population_total", units: [PROVINCE] });
    list.push({ kind: "input", input: "remote_population_reached", units: [PROVINCE] });
  }
  list.push(of("political_articles"), of("autonomous"));
  list.push({ kind: "input", input: "licensed", units: [MAGAZINE] });
  // Now and then the author follows a different order than the plan's.
  if (ctx.rng.chance(0.3)) {
    const i = ctx.rng.int(0, list.length - 2);
    const a = list[i];
    const b = list[i + 1];
    if (a && b) [list[i], list[i + 1]] = [b, a];
  }
  for (const decoy of ctx.rng.shuffle(B11_DECOYS).slice(0, ctx.rng.int(1, 3))) {
    const units = decoy.near.startsWith("remote_") ? [PROVINCE] : agencies;
    list.splice(ctx.rng.int(1, list.length), 0, { kind: "decoy", decoy, units });
  }
  return list;
}

/** The assessment of a row: met, missed or not assessed. */
function verdict(ctx: Blind11Context, input: string, unit: UnitId, years: readonly number[]): string {
  const { met, missed, none } = B11_TRACKER.verdicts;
  const pick = (list: readonly string[]) => ctx.choose(`verdict|${list[0] ?? ""}`, list);
  const shown = (year?: number) => ctx.data.shown(slotOf(input, unit, year));
  if (isYearly(input)) {
    const [prev, now] = [years[years.length - 2], years[years.length - 1]];
    if (prev === undefined || now === undefined || !shown(prev) || !shown(now)) return pick(none);
    const a = ctx.figure(slotOf(input, unit, prev)) ?? 0;
    const b = ctx.figure(slotOf(input, unit, now)) ?? 0;
    return b >= a * 1.2 ? pick(met) : pick(missed);
  }
  if (!shown()) return pick(none);
  const v = ctx.data.value({ input, unit });
  if (v === "not-applicable" || input === "staff_total" || input === "remote_population_total") return "";
  if (typeof v === "boolean") return v ? pick(met) : pick(missed);
  if (kindOf(input) === "level") return v >= 3 ? pick(met) : pick(missed);
  if (input === "staff_trained") {
    const total = ctx.figure({ input: "staff_total", unit }) ?? 0;
    return v >= total ? pick(met) : pick(missed);
  }
  if (input === "remote_population_reached") {
    const total = ctx.figure({ input: "remote_population_total", unit }) ?? 0;
    return v >= total ? pick(met) : pick(missed);
  }
  return pick(none);
}

export function targetTracker(ctx: Blind11Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = rng.pick(B11_TRACKER.files);
  const years = rng.pick([
    [2024, 2025],
    [2024, 2025],
    [2023, 2024, 2025],
  ]);
  const withPlan = rng.chance(0.45);
  // Columns: TT, label, target, unit, years…, change, verdict, (plan), notes.
  const C = { stt: 1, label: 2, target: 3, unit: 4, year0: 5 };
  const change = C.year0 + years.length;
  const judge = change + 1;
  const plan = withPlan ? judge + 1 : undefined;
  const notes = (plan ?? judge) + 1;
  const last = notes;
  const widths = [5, 46, 16, 28, ...years.map(() => 12), 12, 13, ...(plan ? [12] : []), 26];
  const ws = addSheet(wb, sheetName(wb, rng.pick(B11_TRACKER.sheets)), widths);

  departmentMasthead(ctx, ws, last, rng.pick(OFFICES));
  titleBlock(ctx, ws, last, B11_TRACKER);
  const top = 7;
  const bottom = 8;
  headCell(ctx, ws, C.stt, top, bottom, "TT");
  headCell(ctx, ws, C.label, top, bottom, rng.pick(B11_TRACKER.labelHeaders));
  headCell(ctx, ws, C.target, top, bottom, rng.pick(B11_TRACKER.targetHeaders));
  headCell(ctx, ws, C.unit, top, bottom, rng.pick(B11_TRACKER.unitHeaders));
  spanCell(ctx, ws, top, C.year0, C.year0 + years.length - 1, rng.pick(B11_TRACKER.resultHeaders));
  years.forEach((y, i) =>
    ctx.write(
      ws,
      ref(C.year0 + i, bottom),
      y === 2025 && rng.chance(0.4) ? `${y} (ước)` : `Năm ${y}`,
      "text",
      {
        bold: true,
        align: "center",
      },
    ),
  );
  headCell(ctx, ws, change, top, bottom, rng.pick(B11_TRACKER.changeHeaders));
  headCell(ctx, ws, judge, top, bottom, rng.pick(B11_TRACKER.verdictHeaders));
  if (plan !== undefined) headCell(ctx, ws, plan, top, bottom, ctx.planHeader(2025));
  headCell(ctx, ws, notes, top, bottom, "Ghi chú");

  let row = bottom + 1;
  let number = 0;
  const prevYear = years[years.length - 2] ?? 2024;
  for (const block of blocks(ctx)) {
    const first = row;
    const lastRow = row + block.units.length - 1;
    number++;
    const merge = (col: number, text: string, role: "label" | "text", style = {}) => {
      if (text === "") return;
      if (lastRow > first)
        ctx.writeMerged(ws, `${ref(col, first)}:${ref(col, lastRow)}`, text, role, {
          align: "left",
          ...style,
        });
      else ctx.write(ws, ref(col, first), text, role, { wrap: true, ...style });
    };
    merge(C.stt, String(number), "text", { align: "center" });
    if (block.kind === "decoy") {
      merge(C.label, ctx.decoyLabel(block.decoy, "tracker"), "label");
      merge(C.target, "-", "text", { align: "center" });
    } else {
      merge(C.label, ctx.label(block.input, { unit: rng.chance(0.3), key: "tracker" }), "label");
      const target = ctx.choose(`target|${block.input}`, B11_TRACKER.targets[block.input] ?? [""]);
      merge(C.target, target, "text", { align: "center" });
    }
    for (const unit of block.units) {
      ctx.write(ws, ref(C.unit, row), ctx.agency(unit, "tracker"), "text");
      years.forEach((y, i) => {
        const at = ref(C.year0 + i, row);
        if (block.kind === "decoy") {
          const yearly = isYearly(block.decoy.near);
          if (yearly || y === 2025) ctx.number(ws, at, ctx.decoyValue(block.decoy, unit, y));
          return;
        }
        const input = block.input;
        if (isYearly(input)) ctx.value(file, ws, at, slotOf(input, unit, y));
        else if (y === 2025) ctx.value(file, ws, at, { input, unit });
        else if (y === prevYear && rng.chance(0.8)) ctx.other(ws, at, input, ctx.lastYearAnswer(input, unit));
      });
      if (block.kind === "input") {
        const input = block.input;
        if (isYearly(input)) {
          const a = slotOf(input, unit, prevYear);
          const b = slotOf(input, unit, 2025);
          const [va, vb] = [ctx.figure(a), ctx.figure(b)];
          if (ctx.data.shown(a) && ctx.data.shown(b) && va && vb)
            ctx.computed(ws, ref(change, row), (vb / va - 1) * 100);
          if (plan !== undefined && va !== undefined && rng.chance(0.85))
            put(ws, ref(plan, row), roundTarget(va), { numFmt: "#,##0" });
        }
        const word = verdict(ctx, input, unit, years);
        if (word !== "") ctx.write(ws, ref(judge, row), word, "word", { align: "center" });
      }
      if (rng.chance(0.15)) ctx.write(ws, ref(notes, row), ctx.note(), "text", { italic: true, wrap: true });
      row++;
    }
  }
  frame(ws, top, row - 1, last);
  signature(ctx, ws, row + 1, last);
  hiddenOldCopy(ctx, wb, years);
  return [{ fileName: file, workbook: wb }];
}

const OLD_ROWS = ["political_articles", "revenue", "staff_total", "staff_trained"];

/** Last year's copy of the table, hidden: last year's estimates, which are not the final figures. */
function hiddenOldCopy(
  ctx: Blind11Context,
  wb: ReturnType<typeof newWorkbook>,
  years: readonly number[],
): void {
  const { rng } = ctx;
  const ws = addSheet(wb, sheetName(wb, rng.pick(B11_TRACKER.hiddenSheets)), [40, 26, 14, 30]);
  ws.state = "hidden";
  ctx.write(ws, "A1", rng.pick(B11_TRACKER.oldSheetNote), "text", { italic: true });
  ctx.write(ws, "C2", rng.pick(B11_TRACKER.oldEstimate), "text", { bold: true });
  let row = 3;
  const prev = years[years.length - 2] ?? 2024;
  for (const input of OLD_ROWS) {
    for (const unit of agencyOrder(ctx)) {
      ctx.write(ws, `A${row}`, ctx.header(input, "old"), "label");
      ctx.write(ws, `B${row}`, ctx.agency(unit, "old"), "text");
      const n = isYearly(input) ? ctx.near(input, unit, 0.9, 1.1, prev) : ctx.near(input, unit, 0.85, 0.98);
      ctx.number(ws, `C${row}`, n);
      row++;
    }
  }
  for (const input of [
    "autonomous",
    "licensed",
    "security_level",
    "digital_platforms",
    "ai_data_platform",
    "converged_newsroom",
  ]) {
    const units = input === "licensed" ? [MAGAZINE] : agencyOrder(ctx);
    for (const unit of units) {
      ctx.write(ws, `A${row}`, ctx.header(input, "old"), "label");
      ctx.write(ws, `B${row}`, ctx.agency(unit, "old"), "text");
      ctx.other(ws, `C${row}`, input, ctx.lastYearAnswer(input, unit));
      row++;
    }
  }
  for (const input of ["remote_population_total", "remote_population_reached"]) {
    ctx.write(ws, `A${row}`, ctx.header(input, "old"), "label");
    ctx.write(ws, `B${row}`, ctx.agency(PROVINCE, "old"), "text");
    ctx.number(ws, `C${row}`, ctx.near(input, PROVINCE, 0.95, 0.99));
    row++;
  }
  ws.getColumn(colLetter(4)).width = 30;
}

/**
 * "b15-autonomy-financial-plan": the figures an agency attaches to its financial-autonomy plan, one workbook per
 * agency. Total revenue by year is a formula over its parts (commissioned work, advertising, services); recurrent
 * spending, the self-funding ratio, a part-of-year column and next year's target sit beside it; the headcount, its
 * trained part and the assigned headcount stand in the current year's column; the proposed autonomy answer comes
 * under the table. A hidden draft sheet holds unsettled figures.
 */
import { colLetter, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind15Context } from "./context";
import {
  grid,
  headRow,
  nearFigure,
  newWorkbook,
  partsOf,
  planFigure,
  plain,
  put,
  sheet,
  shownNumber,
} from "./kit";
import { B15_AUTONOMY_PLAN as T } from "./texts";
import { B15_DECOYS } from "./wordings";

function planFile(ctx: Blind15Context, unit: UnitId): BuiltFile {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText(`file|${unit}`, T.file, { v: ctx.slug(unit) });
  const years = ctx.data.years.revenue.slice(-rng.int(4, 6));
  const partial = rng.chance(0.75);
  // Columns: STT, item, ĐVT, the years, (part of year), target, notes.
  const yearCol = new Map(years.map((y, i) => [y, 4 + i]));
  const current = yearCol.get(2025) ?? 4 + years.length - 1;
  let c = 4 + years.length;
  const partialCol = partial ? c++ : undefined;
  const planCol = c++;
  const noteCol = c;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [
    6,
    48,
    10,
    ...years.map(() => 13),
    ...(partial ? [14] : []),
    14,
    24,
  ]);
  ctx.write(ws, "A1", ctx.pickText("form", T.form), "text", { bold: true, italic: true });
  ctx.writeMerged(ws, `A2:${colLetter(noteCol)}2`, ctx.agency(unit, "masthead"), "upper", { bold: true });
  ctx.writeMerged(ws, `A3:${colLetter(noteCol)}3`, ctx.pickText("title", T.title), "upper", {
    bold: true,
    size: 13,
  });
  const head = 5;
  headRow(ctx, ws, head, [
    "STT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ...years.map((y) =>
      ctx.pickText(y === 2025 ? "current" : "past", y === 2025 ? T.current : T.past, { y }),
    ),
    ...(partial ? [ctx.partialHeader(2025)] : []),
    ctx.planHeader(2026),
    "Ghi chú",
  ]);
  let row = head + 1;
  // I. Total revenue, a SUM over its three parts.
  put(ws, `A${row}`, "I", { align: "center", bold: true });
  ctx.write(ws, `B${row}`, ctx.label("revenue"), "label", { bold: true, wrap: true });
  ctx.write(ws, `C${row}`, ctx.measure("revenue"), "text", { align: "center" });
  const partLabels = [
    ctx.pickText("part0", T.parts.slice(0, 1)),
    ctx.decoyLabel(B15_DECOYS.adRevenue),
    ctx.pickText("part1", T.parts.slice(1)),
  ];
  partLabels.forEach((label, i) => {
    put(ws, `A${row + 1 + i}`, String(i + 1), { align: "center" });
    ctx.write(ws, `B${row + 1 + i}`, label, "label", { italic: true });
  });
  const revenue = new Map<number, number>();
  for (const [year, col] of yearCol) {
    const slot = { input: "revenue", unit, year };
    const v = shownNumber(ctx, slot);
    if (v !== undefined) {
      revenue.set(year, v);
      partsOf(v, 3, rng, 0.6).forEach((p, i) => plain(ws, ref(col, row + 1 + i), p));
      ctx.value(fileName, ws, ref(col, row), slot, {
        formula: `SUM(${ref(col, row + 1)}:${ref(col, row + 3)})`,
      });
    } else ctx.value(fileName, ws, ref(col, row), slot);
  }
  const last = revenue.get(2025);
  if (partialCol !== undefined && last !== undefined)
    plain(ws, ref(partialCol, row), Math.round(last * (0.55 + rng.next() * 0.25)));
  const target = planFigure(ctx, { input: "revenue", unit, year: 2025 });
  if (target !== null) plain(ws, ref(planCol, row), target);
  if (rng.chance(0.4)) ctx.write(ws, ref(noteCol, row), ctx.note(2025), "text", { italic: true, wrap: true });
  row += 4;
  // II. Recurrent spending and III. the self-funding ratio.
  put(ws, `A${row}`, "II", { align: "center", bold: true });
  ctx.write(ws, `B${row}`, ctx.decoyLabel(B15_DECOYS.recurrentSpend), "label", { bold: true });
  ctx.write(ws, `C${row}`, B15_DECOYS.recurrentSpend.measure, "text", { align: "center" });
  put(ws, `A${row + 1}`, "III", { align: "center", bold: true });
  ctx.write(ws, `B${row + 1}`, ctx.pickText("ratio", T.ratio), "label", { bold: true });
  put(ws, `C${row + 1}`, "%", { align: "center" });
  for (const [year, col] of yearCol) {
    const v = revenue.get(year);
    if (v === undefined) continue;
    const spend = ctx.decoyValue(B15_DECOYS.recurrentSpend, unit, year);
    plain(ws, ref(col, row), spend);
    put(ws, ref(col, row + 1), `${vnNumberText(Math.round((v / spend) * 1000) / 10)}%`, { align: "right" });
  }
  row += 2;
  // IV. People, in the current year's column.
  put(ws, `A${row}`, "IV", { align: "center", bold: true });
  ctx.write(ws, `B${row}`, ctx.label("staff_total"), "label", { bold: true, wrap: true });
  ctx.write(ws, `C${row}`, ctx.measure("staff_total"), "text", { align: "center" });
  ctx.value(fileName, ws, ref(current, row), { input: "staff_total", unit });
  const staff = ctx.data.value({ input: "staff_total", unit });
  if (typeof staff === "number") {
    const prev = yearCol.get(2024);
    if (prev !== undefined) plain(ws, ref(prev, row), staff + rng.pick([-3, -2, -1, 1, 2]));
    plain(ws, ref(planCol, row), staff + rng.int(1, 4));
  }
  row++;
  put(ws, `A${row}`, "-", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.label("staff_trained"), "label", { italic: true, wrap: true });
  ctx.write(ws, `C${row}`, ctx.measure("staff_trained"), "text", { align: "center" });
  ctx.value(fileName, ws, ref(current, row), { input: "staff_trained", unit });
  row++;
  put(ws, `A${row}`, "-", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.pickText("assigned", T.assigned), "label", { italic: true, wrap: true });
  const assigned = nearFigure(ctx, { input: "staff_total", unit }, 1.04, 1.2);
  if (assigned !== null) plain(ws, ref(current, row), assigned);
  row++;
  if (rng.chance(0.5)) {
    put(ws, `A${row}`, "-", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(B15_DECOYS.contractors), "label", { italic: true, wrap: true });
    plain(ws, ref(current, row), ctx.decoyValue(B15_DECOYS.contractors, unit));
    row++;
  }
  grid(ws, head, 1, row - 1, noteCol);
  // The proposed classification, under the table.
  row++;
  ctx.write(ws, `B${row}`, ctx.pickText("conclude", T.conclude), "text", { bold: true, italic: true });
  row++;
  ctx.write(ws, `B${row}`, ctx.label("autonomous"), "label", { wrap: true });
  ctx.value(fileName, ws, ref(current, row), { input: "autonomous", unit });
  // A draft sheet with unsettled figures, hidden.
  const draft = sheet(wb, ctx.pickText("scratch", T.scratch), [40, 14, 14]);
  draft.state = "hidden";
  ctx.write(draft, "A1", ctx.pickText("scratchTitle", T.scratchTitle), "text", { italic: true });
  years.forEach((year, i) => {
    put(draft, `A${i + 3}`, year);
    const near = nearFigure(ctx, { input: "revenue", unit, year }, 0.85, 0.98);
    if (near !== null) plain(draft, `B${i + 3}`, near);
  });
  return { fileName, workbook: wb };
}

export function autonomyPlan(ctx: Blind15Context): BuiltFile[] {
  const units = AGENCIES.filter((u) => u !== "tap-chi-van-nghe-lai-chau" || ctx.rng.chance(0.6));
  return units.map((u) => planFile(ctx, u));
}

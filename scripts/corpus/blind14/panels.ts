/**
 * "b14-side-by-side-panels": one sheet where the agencies' tables stand next to each other, a blank column between
 * them, every panel with the same rows (label, unit, three years, a part-of-year column): yearly figures by year,
 * status answers in the last year's column, a plan row under each yearly row, the same near-miss rows in each
 * panel. The province's two figures sit in a small table under the panels; a hidden draft copy may follow.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, YEARLY, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind14Context } from "./context";
import { nearFigure, newWorkbook, planFigure, sheet, statusOf } from "./kit";
import { B14_PANELS as T } from "./texts";
import { B14_DECOYS as D, type B14Decoy } from "./wordings";

const head = { bold: true, align: "center" as const, wrap: true };
const YEARS = [2023, 2024, 2025] as const;

type Line =
  { kind: "input"; input: string } | { kind: "plan"; input: string } | { kind: "decoy"; decoy: B14Decoy };

export function sideBySidePanels(ctx: Blind14Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["SoSanh_CoQuanBC", "Bang so sanh 3 co quan", "CanhNhau_2025"])}.xlsx`;
  const width = 2 + YEARS.length + 1;
  const ws = sheet(
    wb,
    ctx.pickText("sheet", T.sheets),
    AGENCIES.flatMap((_, i) => [...(i > 0 ? [3] : []), 34, 8, 11, 11, 11, 12]),
  );
  const startOf = (i: number) => 1 + i * (width + 1);
  const lastCol = startOf(AGENCIES.length - 1) + width - 1;
  ctx.writeMerged(ws, `A1:${ref(lastCol, 1)}`, ctx.pickText("title", T.titles), "upper", { bold: true });
  const lines = linesFor(ctx);
  const top = 3;
  AGENCIES.forEach((unit, i) => panel(ctx, ws, file, unit, startOf(i), top, lines));
  let row = top + 2 + lines.length + 1;
  if (ctx.data.province) row = provinceTable(ctx, ws, file, row) + 1;
  if (ctx.rng.chance(0.6)) ctx.write(ws, `A${row}`, ctx.note(), "text", { italic: true });
  if (ctx.rng.chance(0.5)) draft(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

function linesFor(ctx: Blind14Context): Line[] {
  const plan = ctx.rng.chance(0.75);
  const lines: Line[] = [];
  for (const input of YEARLY) {
    lines.push({ kind: "input", input });
    if (plan) lines.push({ kind: "plan", input });
    if (ctx.rng.chance(0.5))
      lines.push({ kind: "decoy", decoy: input === "revenue" ? D.stateOrder : D.allArticles });
  }
  for (const input of [...new Set(AGENCIES.flatMap(statusOf))]) {
    lines.push({ kind: "input", input });
    if (input === "staff_total" && ctx.rng.chance(0.5)) lines.push({ kind: "decoy", decoy: D.pressCards });
  }
  return lines;
}

function panel(
  ctx: Blind14Context,
  ws: ReturnType<typeof sheet>,
  file: string,
  unit: UnitId,
  left: number,
  top: number,
  lines: readonly Line[],
): void {
  const yearCol = (i: number) => left + 2 + i;
  const partialCol = left + 2 + YEARS.length;
  ctx.writeMerged(ws, `${ref(left, top)}:${ref(partialCol, top)}`, ctx.agency(unit), "upper", { bold: true });
  ctx.write(ws, ref(left, top + 1), ctx.pickText("what", T.what), "text", head);
  ctx.write(ws, ref(left + 1, top + 1), ctx.pickText("unit", T.unit), "text", head);
  YEARS.forEach((y, i) => ctx.write(ws, ref(yearCol(i), top + 1), String(y), "text", head));
  ctx.write(ws, ref(partialCol, top + 1), ctx.partialHeader(2025), "text", head);
  const last = yearCol(YEARS.length - 1);
  lines.forEach((line, k) => {
    const row = top + 2 + k;
    if (line.kind === "decoy") {
      ctx.write(ws, ref(left, row), ctx.decoyLabel(line.decoy, "panel"), "label", { wrap: true });
      ctx.write(ws, ref(left + 1, row), line.decoy.measure, "text", { align: "center" });
      const yearly = isYearly(line.decoy.near);
      YEARS.forEach((year, i) => {
        if (!yearly && year !== 2025) return;
        if (yearly && !ctx.data.years[line.decoy.near as "revenue"].includes(year)) return;
        ctx.number(ws, ref(yearCol(i), row), ctx.decoyValue(line.decoy, unit, year));
      });
      return;
    }
    if (line.kind === "plan") {
      ctx.write(ws, ref(left, row), ctx.planHeader(2025), "text", { italic: true });
      const target = planFigure(ctx, { input: line.input, unit, year: 2025 });
      if (target !== null) ctx.number(ws, ref(last, row), target, { italic: true });
      return;
    }
    const input = line.input;
    if (!isYearly(input) && !statusOf(unit).includes(input)) {
      put(ws, ref(left, row), "");
      return;
    }
    ctx.write(ws, ref(left, row), ctx.label(input, { key: "panel" }), "label", { wrap: true });
    ctx.write(ws, ref(left + 1, row), ctx.measure(input), "text", { align: "center" });
    if (isYearly(input)) {
      YEARS.forEach((year, i) => {
        if (ctx.data.years[input].includes(year))
          ctx.value(file, ws, ref(yearCol(i), row), { input, unit, year });
      });
      if (ctx.data.shown({ input, unit, year: 2025 })) {
        const part = nearFigure(ctx, { input, unit, year: 2025 }, 0.55, 0.85);
        if (part !== null) ctx.number(ws, ref(partialCol, row), part);
      }
    } else ctx.value(file, ws, ref(last, row), { input, unit });
  });
  grid(ws, top + 1, left, top + 1 + lines.length, partialCol);
}

function provinceTable(ctx: Blind14Context, ws: ReturnType<typeof sheet>, file: string, top: number): number {
  ctx.write(ws, ref(1, top), ctx.agency(PROVINCE), "upper", { bold: true });
  ctx.write(ws, ref(1, top + 1), ctx.pickText("what", T.what), "text", head);
  ctx.write(ws, ref(2, top + 1), ctx.pickText("unit", T.unit), "text", head);
  ctx.write(ws, ref(3, top + 1), ctx.pickText("status", T.status), "text", head);
  let row = top + 2;
  for (const input of ["remote_population_total", "remote_population_reached"]) {
    ctx.write(ws, ref(1, row), ctx.label(input, { key: "panel" }), "label", { wrap: true });
    ctx.write(ws, ref(2, row), ctx.measure(input), "text", { align: "center" });
    ctx.value(file, ws, ref(3, row), { input, unit: PROVINCE });
    row++;
  }
  if (ctx.rng.chance(0.8)) {
    // This author words the household row the other way round from the survey's.
    const d = ctx.decoyRow(D.tvHouseholds, PROVINCE, "panelProvince");
    ctx.write(ws, ref(1, row), D.tvHouseholds.texts[1] ?? d.text, "label", { wrap: true });
    ctx.write(ws, ref(2, row), D.tvHouseholds.measure, "text", { align: "center" });
    ctx.number(ws, ref(3, row), d.value);
    row++;
  }
  grid(ws, top + 1, 1, row - 1, 3);
  return row;
}

function draft(ctx: Blind14Context, wb: ReturnType<typeof newWorkbook>): void {
  const ws = sheet(wb, ctx.pickText("draftName", ["Nhap", "Ban nhap so sanh"]), [40, 12, 12]);
  ws.state = "hidden";
  ctx.write(ws, "A1", ctx.pickText("draft", T.draft), "text", { italic: true });
  let row = 3;
  for (const unit of AGENCIES)
    for (const input of YEARLY) {
      ctx.write(ws, `A${row}`, `${ctx.agency(unit)} / ${ctx.label(input, { key: "panel" })}`, "label");
      const n = nearFigure(ctx, { input, unit, year: 2025 }, 0.85, 0.97);
      if (n !== null) put(ws, `B${row}`, n, { numFmt: "#,##0" });
      row++;
    }
}

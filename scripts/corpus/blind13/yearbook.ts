/**
 * A statistical yearbook table: indicator headings with one row per agency under each, years across (one year
 * before the plan's too), a sum row per indicator, near-miss indicator blocks, the status answers in the last year's
 * column under their own heading, a part-of-year and a plan column at the right.
 */
import { addSheet, colLetter, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { PROVINCE, statusInputsOf, YEARLY } from "../model";
import { sheetName, title, unionYears, type BuiltFile } from "../sheets";
import type { Blind13Context } from "./context";
import { head, hiddenDraft, remark, slotOf, STATUS_INPUTS, unitsOf, writePlanFigure } from "./kit";
import { B13_YEARBOOK as T } from "./texts";
import { b13DecoysNear } from "./wordings";

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

export function yearbookSeries(ctx: Blind13Context): BuiltFile[] {
  const { rng, data } = ctx;
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("file", T.files)}.xlsx`;
  const years = unionYears(data);
  const before = years[0] === 2020 && rng.chance(0.5) ? 2019 : null;
  const cols: number[] = [];
  const yearCol = new Map<number, number>();
  let c = 3;
  if (before !== null) cols.push(c++);
  for (const y of years) yearCol.set(y, c++);
  const partialCol = rng.chance(0.55) ? c++ : undefined;
  const planCol = rng.chance(0.6) ? c++ : undefined;
  const noteCol = c++;
  const last = noteCol;
  const ws = addSheet(wb, sheetName(wb, ctx.pickText("sheet", T.sheets)), [
    50,
    10,
    ...Array<number>(last - 2).fill(12),
  ]);
  title(ctx, ws, 1, last, ctx.pickText("title", T.titles));
  // Two header rows: "years" merged over the year columns.
  const top = 4;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, ctx.pickText("first", T.firstHead), "text", { bold: true });
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, "ĐVT", "text", { bold: true });
  const firstYear = before !== null ? 3 : (yearCol.get(years[0] ?? 2025) ?? 3);
  const lastYear = yearCol.get(2025) ?? firstYear;
  ctx.writeMerged(
    ws,
    `${ref(firstYear, top)}:${ref(lastYear, top)}`,
    ctx.pickText("years", T.years),
    "text",
    {
      bold: true,
    },
  );
  if (before !== null) head(ctx, ws, ref(3, top + 1), String(before));
  for (const [y, col] of yearCol) head(ctx, ws, ref(col, top + 1), String(y));
  const single = (col: number | undefined, text: string) => {
    if (col !== undefined)
      ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, top + 1)}`, text, "text", { bold: true });
  };
  single(partialCol, ctx.partialHeader(2025));
  single(planCol, ctx.planHeader(2025));
  single(noteCol, "Ghi chú");
  let row = top + 2;
  let section = 0;
  const last25 = yearCol.get(2025) ?? lastYear;

  for (const input of YEARLY) {
    ctx.write(ws, `A${row}`, `${ROMAN[section++] ?? ""}. ${ctx.wording(input)}`, "label", { bold: true });
    ctx.write(ws, `B${row}`, ctx.measure(input), "text", { align: "center" });
    row++;
    const first = row;
    for (const unit of unitsOf(input)) {
      ctx.write(ws, `A${row}`, `- ${ctx.agency(unit, "yb")}`, "label");
      if (before !== null && data.shown({ input, unit, year: 2020 }))
        ctx.number(ws, ref(3, row), ctx.near(input, unit, 0.82, 0.97, 2020));
      for (const [year, col] of yearCol)
        if (data.years[input].includes(year)) ctx.value(fileName, ws, ref(col, row), { input, unit, year });
      if (partialCol !== undefined && data.shown({ input, unit, year: 2025 }))
        ctx.number(ws, ref(partialCol, row), ctx.near(input, unit, 0.42, 0.62, 2025));
      if (planCol !== undefined) writePlanFigure(ctx, ws, ref(planCol, row), slotOf(input, unit));
      remark(ctx, ws, ref(noteCol, row), 0.2);
      row++;
    }
    if (rng.chance(0.6)) {
      ctx.write(ws, `A${row}`, ctx.pickText("total", T.total), "label", { italic: true });
      for (const [year, col] of yearCol) {
        if (!data.years[input].includes(year)) continue;
        let sum = 0;
        for (const unit of unitsOf(input)) {
          const slot = { input, unit, year };
          const v = data.shown(slot) ? data.value(slot) : 0;
          sum += typeof v === "number" ? v : 0;
        }
        const L = colLetter(col);
        put(
          ws,
          ref(col, row),
          { formula: `SUM(${L}${first}:${L}${row - 1})`, result: sum },
          { numFmt: "#,##0" },
        );
      }
      row++;
    }
    for (const decoy of b13DecoysNear(input)) {
      if (!rng.chance(0.5)) continue;
      ctx.write(ws, `A${row}`, `${ROMAN[section++] ?? ""}. ${ctx.decoyLabel(decoy, "yb")}`, "label", {
        bold: true,
      });
      ctx.write(ws, `B${row}`, decoy.measure, "text", { align: "center" });
      row++;
      for (const unit of unitsOf(input)) {
        ctx.write(ws, `A${row}`, `- ${ctx.agency(unit, "yb")}`, "label");
        for (const [year, col] of yearCol)
          if (data.years[input].includes(year))
            ctx.number(ws, ref(col, row), ctx.decoyValue(decoy, unit, year));
        row++;
      }
    }
  }

  ctx.write(ws, `A${row}`, `${ROMAN[section++] ?? ""}. ${ctx.pickText("status", T.status)}`, "label", {
    bold: true,
  });
  row++;
  let n = 0;
  for (const input of STATUS_INPUTS) {
    ctx.write(ws, `A${row}`, `${++n}. ${ctx.wording(input)}`, "label", { bold: true });
    ctx.write(ws, `B${row}`, ctx.measure(input), "text", { align: "center" });
    row++;
    for (const unit of unitsOf(input)) {
      if (!statusInputsOf(unit).includes(input)) continue;
      ctx.write(ws, `A${row}`, `- ${ctx.agency(unit, "yb")}`, "label");
      ctx.value(fileName, ws, ref(last25, row), { input, unit });
      if (planCol !== undefined && rng.chance(0.5))
        writePlanFigure(ctx, ws, ref(planCol, row), { input, unit });
      remark(ctx, ws, ref(noteCol, row), 0.15);
      row++;
    }
    for (const decoy of b13DecoysNear(input)) {
      if (!rng.chance(0.5)) continue;
      ctx.write(ws, `A${row}`, `${++n}. ${ctx.decoyLabel(decoy, "yb")}`, "label", { bold: true });
      row++;
      for (const unit of unitsOf(input)) {
        ctx.write(ws, `A${row}`, `- ${ctx.agency(unit, "yb")}`, "label");
        ctx.number(ws, ref(last25, row), ctx.decoyValue(decoy, unit));
        row++;
      }
    }
  }
  if (data.province) {
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      ctx.write(ws, `A${row}`, `${++n}. ${ctx.wording(input)}`, "label", { bold: true, wrap: true });
      ctx.write(ws, `B${row}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, ref(last25, row), { input, unit: PROVINCE });
      row++;
    }
  }
  grid(ws, top, 1, row - 1, last);
  ctx.write(ws, `A${row + 1}`, ctx.pickText("foot", T.foot), "text", { italic: true });
  if (rng.chance(0.5)) hiddenDraft(ctx, wb, ctx.pickText("draft", T.draft));
  return [{ fileName, workbook: wb }];
}

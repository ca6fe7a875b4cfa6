/**
 * b22-yearly-report-archive: the department keeps each year's summary as its own workbook (one a year, the year
 * only in the file name, sheet name and title). Agencies run as columns under a merged "done in year" head, next
 * year's targets for each agency as columns right of them. Each year's political-task works and revenue live in
 * that year's file; the status answers only in the latest file (older files show older staff counts, which are
 * not this year's). The latest file adds the remote-area figures in a small table below.
 */
import { colLetter, grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind22Context } from "./context";
import { agencyStatusInputs, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B22_ARCHIVE as T } from "./texts";
import { B22_DECOYS as D } from "./wordings";

const DONE = 4;
const PLAN = 7;
const NOTE = 10;

type Row = { input: string } | { decoy: keyof typeof D };

export function yearlyArchive(ctx: Blind22Context): BuiltFile[] {
  const first = ctx.rng.pick([2022, 2023, 2023]);
  const years = [2022, 2023, 2024, 2025].filter((y) => y >= first);
  return years.map((year) => {
    const fileName = `${ctx.pickText("arc-file", T.files, { y: year })}.xlsx`;
    const wb = newWorkbook();
    const ws = sheet(
      wb,
      ctx.pickText("arc-sheet", T.sheets, { y: year }),
      [6, 44, 9, 12, 12, 12, 12, 12, 12, 20],
    );
    const end = colLetter(NOTE);
    ctx.writeMerged(ws, `A1:${end}1`, ctx.pickText("arc-title", T.titles, { y: year }), "upper", {
      bold: true,
      size: 13,
    });
    ctx.writeMerged(ws, `A2:${end}2`, ctx.pickText("arc-sub", T.subtitles, { y: year }), "text", {
      italic: true,
    });
    if (year < 2025)
      ctx.write(ws, "J3", ctx.pickText("arc-stamp", T.stamp), "text", { italic: true, bold: true });
    const head = { bold: true, align: "center" as const, wrap: true };
    const tall = (col: number, text: string) =>
      ctx.writeMerged(ws, `${ref(col, 5)}:${ref(col, 6)}`, text, "text", head);
    tall(1, T.heads.no);
    tall(2, T.heads.item);
    tall(3, T.heads.measure);
    ctx.writeMerged(
      ws,
      `${ref(DONE, 5)}:${ref(DONE + 2, 5)}`,
      ctx.pickText("arc-done", T.heads.done, { y: year }),
      "text",
      head,
    );
    ctx.writeMerged(ws, `${ref(PLAN, 5)}:${ref(PLAN + 2, 5)}`, ctx.planHeader(year + 1), "text", head);
    AGENCIES.forEach((unit, i) => {
      ctx.write(ws, ref(DONE + i, 6), ctx.agency(unit, "arc"), "text", head);
      ctx.write(ws, ref(PLAN + i, 6), ctx.agency(unit, "arc"), "text", head);
    });
    tall(NOTE, T.heads.note);
    ws.getRow(6).height = 34;

    const latest = year === 2025;
    const rows: Row[] = [
      { input: "political_articles" },
      { decoy: ctx.rng.chance(0.5) ? "allWorks" : "rerun" },
      { input: "revenue" },
      { decoy: "orderFund" },
      ...(latest
        ? agencyStatusInputs().map((input) => ({ input }))
        : [{ input: "staff_total" }, { input: "staff_trained" }]),
    ];
    let row = 7;
    let n = 0;
    const olderTotals = new Map<UnitId, number>();
    for (const r of rows) {
      if ("decoy" in r) {
        const d = D[r.decoy];
        ctx.write(ws, `B${row}`, ctx.decoyLabel(d, `arc-${r.decoy}`), "label", { italic: true, wrap: true });
        ctx.write(ws, `C${row}`, ctx.measure(d.near), "text", { align: "center" });
        AGENCIES.forEach((unit, i) =>
          ctx.figure(ws, ref(DONE + i, row), ctx.decoyValue(d, unit, year), { italic: true }),
        );
        row++;
        continue;
      }
      const input = r.input;
      n++;
      ctx.write(ws, `A${row}`, String(n), "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.25) }), "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      AGENCIES.forEach((unit: UnitId, i) => {
        const at = ref(DONE + i, row);
        if (!statusInputsOf(unit).includes(input) && !isYearly(input)) return;
        if (isYearly(input)) {
          ctx.value(fileName, ws, at, { input, unit, year });
          const target = planFigure(ctx, slotOf(input, unit, year));
          if (target !== null && ctx.data.shown(slotOf(input, unit, year)))
            ctx.figure(ws, ref(PLAN + i, row), target);
        } else if (latest) {
          ctx.value(fileName, ws, at, slotOf(input, unit));
        } else if (ctx.data.shown(slotOf(input, unit))) {
          let older = nearFigure(ctx, slotOf(input, unit), 0.55, 0.95);
          const cap = olderTotals.get(unit);
          if (older !== null && input === "staff_trained" && cap !== undefined) older = Math.min(older, cap);
          if (older !== null && input === "staff_total") olderTotals.set(unit, older);
          if (older !== null) ctx.figure(ws, at, older);
        }
      });
      if (ctx.rng.chance(0.25))
        ctx.write(ws, ref(NOTE, row), ctx.note(year), "text", { italic: true, wrap: true });
      row++;
    }
    grid(ws, 5, 1, row - 1, NOTE);

    if (latest && ctx.data.province) {
      row += 1;
      ctx.write(ws, `B${row}`, T.heads.item, "text", head);
      ctx.write(ws, `C${row}`, T.heads.measure, "text", head);
      ctx.write(ws, `D${row}`, ctx.agency(PROVINCE, "arc"), "text", head);
      const top = row;
      row++;
      for (const input of ["remote_population_total", "remote_population_reached"]) {
        ctx.write(ws, `B${row}`, ctx.label(input), "label", { wrap: true });
        ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
        ctx.value(fileName, ws, `D${row}`, { input, unit: PROVINCE });
        row++;
      }
      const d = ctx.decoyRow(D.receivers, PROVINCE, "arc");
      ctx.write(ws, `B${row}`, d.text, "label", { italic: true });
      ctx.figure(ws, `D${row}`, d.value, { italic: true });
      grid(ws, top, 2, row, 4);
    }
    return { fileName, workbook: wb };
  });
}

/**
 * "b33-spokesperson-regime-report": the provincial office's yearly report on the spokesperson regime (press
 * conferences, press releases, answers to the press) with, on the first sheet, the information brought to remote
 * areas (last year, this year, next year's target), and on the second the annex of what the local press carried:
 * the agencies and other channels as rows, the political-task works by year under a merged header, the works
 * taken from press releases (2024, 2025) and complaint follow-ups beside, a total row of SUMs.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind33Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B33_SPOKES as T } from "./texts";
import { B33_DECOYS as D } from "./wordings";

/** On the first sheet: last year's, this year's and next year's columns of the remote-area rows. */
export const SPOKES_MAIN = { last: "C", now: "D", next: "E" } as const;

export function spokespersonReport(ctx: Blind33Context): BuiltFile[] {
  const y = 2025;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, y);
  mainSheet(ctx, wb, fileName, y);
  annexSheet(ctx, wb, fileName, y);
  return [{ fileName, workbook: wb }];
}

function mainSheet(ctx: Blind33Context, wb: ExcelJS.Workbook, file: string, y: number): void {
  const C = SPOKES_MAIN;
  const ws = sheet(wb, ctx.pickText("main", T.sheetMain), [6, 52, 14, 14, 14, 26]);
  ctx.writeMerged(ws, "A1:F1", ctx.pickText("title", T.titles, y), "upper", { bold: true, size: 13 });
  headers(ctx, ws, 3, [
    "STT",
    ctx.pickText("mainHead", T.mainHead),
    `Năm ${y - 1}`,
    `Năm ${y}`,
    ctx.planHeader(y + 1),
    "Ghi chú",
  ]);
  let row = 4;
  put(ws, `A${row}`, "I", { bold: true, align: "center" });
  ctx.write(ws, `B${row}`, ctx.pickText("t", T.mainHead), "text", { bold: true });
  row++;
  T.mainRows.forEach((text, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, text, "label", { wrap: true });
    const base = ctx.rng.int(4, 60);
    ctx.figure(ws, `${C.last}${row}`, base);
    ctx.figure(ws, `${C.now}${row}`, base + ctx.rng.int(1, 9));
    ctx.figure(ws, `${C.next}${row}`, base + ctx.rng.int(10, 15));
    row++;
  });
  if (ctx.data.province || ctx.rng.chance(0.5)) {
    put(ws, `A${row}`, "II", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, ctx.pickText("grass", T.grassroots), "text", { bold: true });
    row++;
    for (const input of ["remote_population_total", "remote_population_reached"] as const) {
      put(ws, `A${row}`, "-", { align: "center" });
      const label = ctx.rng.chance(0.85) ? ctx.header(input, "main") : ctx.label(input, { unit: true });
      ctx.write(ws, `B${row}`, label, "label", { wrap: true });
      const slot = slotOf(input, PROVINCE);
      const before = nearFigure(ctx, slot, 0.93, 0.995);
      if (before !== null && ctx.data.province) ctx.figure(ws, `${C.last}${row}`, before);
      ctx.value(file, ws, `${C.now}${row}`, slot);
      const next = nearFigure(ctx, slot, 1.005, 1.03);
      if (next !== null && ctx.data.province) ctx.figure(ws, `${C.next}${row}`, next);
      row++;
    }
    put(ws, `A${row}`, "-", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(D.tvHouseholds, "main"), "label", { wrap: true, italic: true });
    ctx.figure(ws, `${C.now}${row}`, ctx.decoyValue(D.tvHouseholds, PROVINCE));
    row++;
  }
  grid(ws, 3, 1, row - 1, 6);
}

function annexSheet(ctx: Blind33Context, wb: ExcelJS.Workbook, file: string, y: number): void {
  const years = ctx.rng.pick([
    [2024, 2025],
    [2023, 2024, 2025],
    [2022, 2023, 2024, 2025],
  ]);
  const first = 3;
  const worksCols = years.map((_, i) => colLetter(first + i));
  const relCols = [colLetter(first + years.length), colLetter(first + years.length + 1)];
  const compCol = colLetter(first + years.length + 2);
  const noteCol = colLetter(first + years.length + 3);
  const last = first + years.length + 3;
  const ws = sheet(wb, ctx.pickText("annex", T.sheetAnnex), [6, 40, ...Array<number>(last - 3).fill(12), 24]);
  ctx.writeMerged(ws, `A1:${noteCol}1`, ctx.pickText("annexTitle", T.annexTitles), "upper", { bold: true });
  const head = { bold: true, align: "center" as const, wrap: true };
  ctx.writeMerged(ws, "A3:A4", "STT", "text", head);
  ctx.writeMerged(ws, "B3:B4", ctx.pickText("agHead", T.agencyHead), "text", head);
  ctx.writeMerged(
    ws,
    `${worksCols[0]}3:${worksCols[worksCols.length - 1]}3`,
    ctx.header("political_articles", "annex"),
    "label",
    head,
  );
  ctx.writeMerged(
    ws,
    `${relCols[0]}3:${relCols[1]}3`,
    ctx.decoyLabel(D.fromReleases, "annex"),
    "label",
    head,
  );
  ctx.writeMerged(ws, `${compCol}3:${compCol}4`, ctx.decoyLabel(D.complaints, "annex"), "label", head);
  ctx.writeMerged(ws, `${noteCol}3:${noteCol}4`, "Ghi chú", "text", head);
  years.forEach((yr, i) => ctx.write(ws, `${worksCols[i]}4`, `Năm ${yr}`, "text", head));
  ctx.write(ws, `${relCols[0]}4`, `Năm ${y - 1}`, "text", head);
  ctx.write(ws, `${relCols[1]}4`, `Năm ${y}`, "text", head);
  ws.getRow(3).height = 46;
  let row = 5;
  const extras = ctx.rng.shuffle(T.extraUnits).slice(0, ctx.rng.int(1, 2));
  const rows: Array<{ unit: (typeof AGENCIES)[number] } | { extra: string }> = [
    ...AGENCIES.map((unit) => ({ unit })),
    ...extras.map((extra) => ({ extra })),
  ];
  const sums = new Map<string, number>();
  const add = (col: string, n: number | undefined) => sums.set(col, (sums.get(col) ?? 0) + (n ?? 0));
  rows.forEach((r, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    if ("unit" in r) {
      const unit = r.unit;
      ctx.write(ws, `B${row}`, ctx.agency(unit, "annex"));
      years.forEach((yr, j) => {
        const slot = slotOf("political_articles", unit, yr);
        const col = worksCols[j] ?? "C";
        ctx.value(file, ws, `${col}${row}`, slot);
        add(col, ctx.shownNumber(slot));
      });
      [y - 1, y].forEach((yr, j) => {
        const n = ctx.decoyValue(D.fromReleases, unit, yr);
        ctx.figure(ws, `${relCols[j]}${row}`, n);
        add(relCols[j] ?? "", n);
      });
      const comp = ctx.decoyValue(D.complaints, unit, y);
      ctx.figure(ws, `${compCol}${row}`, comp);
      add(compCol, comp);
      if (ctx.rng.chance(0.25)) ctx.write(ws, `${noteCol}${row}`, ctx.note(y));
    } else {
      ctx.write(ws, `B${row}`, r.extra);
      const start = ctx.rng.int(300, 1400);
      years.forEach((_, j) => {
        const n = Math.round(start * (1 + 0.05 * j)) + ctx.rng.int(0, 30);
        ctx.figure(ws, `${worksCols[j]}${row}`, n);
        add(worksCols[j] ?? "", n);
      });
      [0, 1].forEach((j) => {
        const n = ctx.rng.int(60, 200);
        ctx.figure(ws, `${relCols[j]}${row}`, n);
        add(relCols[j] ?? "", n);
      });
    }
    row++;
  });
  ctx.write(ws, `B${row}`, ctx.pickText("total", T.total), "text", { bold: true });
  for (const col of [...worksCols, ...relCols, compCol])
    ctx.formula(ws, `${col}${row}`, `SUM(${col}5:${col}${row - 1})`, sums.get(col) ?? 0, true);
  grid(ws, 3, 1, row, last);
}

/**
 * "b16-growth-rate-workings": the working sheet an official keeps to check the "about 20 % more than 2020" target.
 * One table per yearly input (a sheet each, or both on one sheet): agencies as rows, years as columns with 2020
 * marked as the base year, a part-of-year column now and then, computed growth against the base year and against
 * the year before, the target rate and a self-assessment, and a row adding the three agencies. Some authors type
 * the figures on a hidden input sheet and pull them into the table by formula.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, YEARLY } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind16Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet, yearsShown } from "./kit";
import { B16_GROWTH as T } from "./texts";

export function growthWorkings(ctx: Blind16Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  const together = rng.chance(0.4);
  const viaRaw = rng.chance(0.5);
  const raw = viaRaw ? sheet(wb, ctx.pickText("raw", T.raw), [30, 10, 10, 10, 10, 10, 10]) : undefined;
  let rawRow = 1;
  let shared: ExcelJS.Worksheet | undefined;
  let row = 1;
  // On one sheet the longer series comes first: a later table's figures never stand under a target header.
  const inputs = [...YEARLY].sort((a, b) => yearsShown(ctx, b).length - yearsShown(ctx, a).length);
  for (const input of together ? inputs : YEARLY) {
    const years = yearsShown(ctx, input);
    if (years.length < 2) continue;
    let ws: ExcelJS.Worksheet;
    if (together) {
      shared ??= sheet(wb, ctx.pickText("both", T.both), [6, 40, 12, 12, 12, 12, 12, 12, 12, 12, 12, 14, 18]);
      ws = shared;
    } else {
      const key = T.sheetKey[input];
      ws = sheet(
        wb,
        ctx.pickText("sheet", T.sheet, { v: key }),
        [6, 40, 12, 12, 12, 12, 12, 12, 12, 12, 12, 14, 18],
      );
      row = 1;
    }
    ctx.write(
      ws,
      `A${row}`,
      ctx.pickText(`title|${input}`, T.title, { v: ctx.header(input, "title") }),
      "upper",
      {
        bold: true,
      },
    );
    ctx.write(ws, `A${row + 1}`, ctx.pickText("unit", T.unit, { v: ctx.measure(input) }), "text", {
      italic: true,
    });
    row += 3;
    const partial = years.includes(2025) && rng.chance(0.5);
    const yearHead = (y: number) =>
      y === 2020 ? ctx.pickText("base", T.base, { y }) : ctx.pickText("year", T.year, { y });
    const heads = ["STT", ctx.pickText("agency", T.agency), ...years.map(yearHead)];
    if (partial) heads.push(ctx.partialHeader(2025));
    const baseShown = years[0] === 2020;
    if (baseShown) heads.push(ctx.pickText("vsBase", T.vsBase));
    heads.push(ctx.pickText("vsPrev", T.vsPrev), ctx.planHeader(2025), ctx.pickText("judge", T.judge));
    headers(ctx, ws, row, heads);
    row++;
    const top = row;
    const yearCol = (i: number) => 3 + i;
    const lastCol = yearCol(years.length - 1);
    AGENCIES.forEach((unit, n) => {
      put(ws, `A${row}`, n + 1, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.agency(unit), "label");
      if (raw) ctx.write(raw, `A${rawRow}`, `${ctx.agency(unit)} - ${ctx.header(input, "raw")}`, "label");
      years.forEach((year, i) => {
        const at = ref(yearCol(i), row);
        const slot = { input, unit, year };
        if (raw) {
          const v = ctx.shownNumber(slot);
          const rawAt = ref(2 + i, rawRow);
          if (v !== undefined) put(raw, rawAt, v, { numFmt: "#,##0" });
          ctx.viaFormula(fileName, ws, at, slot, `${raw.name}!${rawAt}`);
        } else ctx.value(fileName, ws, at, slot);
      });
      let c = lastCol + 1;
      if (partial) {
        const p = nearFigure(ctx, { input, unit, year: 2025 }, 0.7, 0.85);
        if (p !== null) ctx.number(ws, ref(c, row), p);
        c++;
      }
      const now = ctx.shownNumber({ input, unit, year: years[years.length - 1] ?? 2025 });
      const first = ctx.shownNumber({ input, unit, year: years[0] ?? 2020 });
      const prev = ctx.shownNumber({ input, unit, year: years[years.length - 2] ?? 2024 });
      const growth = (a: number | undefined, b: number | undefined, bCol: number, at: string) => {
        if (a === undefined || b === undefined || b === 0) return;
        const result = Math.round((a / b - 1) * 1000) / 10;
        put(
          ws,
          at,
          { formula: `ROUND((${ref(lastCol, row)}/${ref(bCol, row)}-1)*100,1)`, result },
          { numFmt: "0.0" },
        );
      };
      if (baseShown) {
        growth(now, first, yearCol(0), ref(c, row));
        c++;
      }
      growth(now, prev, lastCol - 1, ref(c, row));
      c++;
      ctx.write(ws, ref(c, row), ctx.pickText("target", T.target), "text", { align: "center" });
      c++;
      if (now !== undefined && first !== undefined && baseShown)
        ctx.write(ws, ref(c, row), now / first >= 1.2 ? "Đạt" : "Chưa đạt", "word", { align: "center" });
      row++;
      rawRow++;
    });
    // The row adding the agencies: never an agency's figure.
    ctx.write(ws, `B${row}`, ctx.pickText("total", T.total), "label", { bold: true });
    years.forEach((year, i) => {
      const col = colLetter(yearCol(i));
      const sum = AGENCIES.map((u) => ctx.shownNumber({ input, unit: u, year }) ?? 0).reduce(
        (a, b) => a + b,
        0,
      );
      put(
        ws,
        ref(yearCol(i), row),
        { formula: `SUM(${col}${top}:${col}${row - 1})`, result: sum },
        {
          numFmt: "#,##0",
          bold: true,
        },
      );
    });
    grid(ws, top, 1, row, heads.length);
    row++;
    if (rng.chance(0.6)) ctx.write(ws, `B${row}`, ctx.note(), "text", { italic: true });
    row += 3;
    rawRow++;
  }
  if (raw) raw.state = "hidden";
  return [{ fileName, workbook: wb }];
}

/**
 * Family "b24-district-article-coverage": each agency counts its new political-task works by the district they
 * report on. A sheet per agency: the eight districts and a "province-wide" row, years as columns, the agency's
 * total in a SUM row under them (the truth), all works of every topic in a near-miss row under the total, and the
 * year's target in a plan column right of the years. When the workbook carries the province, a sheet of the remote
 * population by district: totals in a SUM row, the whole province's population in a near-miss row under it.
 * Sometimes a hidden input sheet.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind24Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, plainNumber, sheet, slotOf } from "./kit";
import { B24_DISTRICT as T } from "./texts";
import { B24_DECOYS as D } from "./wordings";

/** `total` split into `count` positive whole parts that add up to it. */
export function splitInto(ctx: Blind24Context, total: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => 0.4 + ctx.rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - parts.reduce((a, b) => a + b, 0);
  parts[count - 1] = (parts[count - 1] ?? 0) + rest;
  return parts;
}

/** The first data row of a district table. */
export const DISTRICT_FIRST_ROW = 5;

function agencySheet(
  ctx: Blind24Context,
  wb: ReturnType<typeof newWorkbook>,
  fileName: string,
  unit: UnitId,
): void {
  const years = ctx.data.years.political_articles;
  const last = 2 + years.length + 2;
  const ws = sheet(wb, ctx.agency(unit, "sheet"), [6, 38, ...years.map(() => 11), 17, 24]);
  ctx.writeMerged(ws, `A1:${ref(last, 1).replace(/\d+$/, "")}1`, ctx.agency(unit, "sheet"), "upper", {
    bold: true,
  });
  ctx.writeMerged(ws, `A2:${ref(last, 2).replace(/\d+$/, "")}2`, ctx.pickText("title", T.title), "upper", {
    bold: true,
  });
  headers(ctx, ws, 4, [
    "TT",
    ctx.pickText("place", T.place),
    ...years.map((y) => ctx.pickText("year", T.yearHead, { y })),
    ctx.planHeader(2025),
    "Ghi chú",
  ]);
  const places = [...T.districts, ctx.pickText("general", T.general)];
  const first = DISTRICT_FIRST_ROW;
  const totalRow = first + places.length;
  places.forEach((p, i) => {
    ctx.write(ws, `A${first + i}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${first + i}`, p, "label");
  });
  ctx.write(ws, `B${totalRow}`, ctx.pickText("total", T.total), "label", { bold: true });
  years.forEach((year, k) => {
    const col = ref(3 + k, 1).replace(/\d+$/, "");
    const slot = slotOf("political_articles", unit, year);
    const v = ctx.shownNumber(slot);
    if (v !== undefined)
      splitInto(ctx, v, places.length).forEach((part, i) => plainNumber(ws, `${col}${first + i}`, part));
    ctx.viaFormula(fileName, ws, `${col}${totalRow}`, slot, `SUM(${col}${first}:${col}${totalRow - 1})`);
    ctx.figure(ws, `${col}${totalRow + 1}`, ctx.decoyValue(D.allTopicWorks, unit, year), { italic: true });
  });
  ctx.write(ws, `B${totalRow + 1}`, ctx.decoyLabel(D.allTopicWorks), "label", { italic: true });
  const plan = planFigure(ctx, slotOf("political_articles", unit, 2025));
  if (plan !== null) ctx.figure(ws, ref(3 + years.length, totalRow), plan, { bold: true });
  if (ctx.rng.chance(0.35))
    ctx.write(ws, ref(4 + years.length, totalRow), ctx.note(2025), "text", { wrap: true });
  grid(ws, 4, 1, totalRow + 1, last);
}

function provinceSheet(ctx: Blind24Context, wb: ReturnType<typeof newWorkbook>, fileName: string): void {
  const ws = sheet(wb, ctx.pickText("pSheet", T.provinceSheet), [6, 34, 18, 18, 14]);
  ctx.writeMerged(ws, "A1:E1", ctx.agency(PROVINCE), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:E2", ctx.pickText("pTitle", T.provinceTitle), "upper", { bold: true });
  headers(ctx, ws, 4, [
    "TT",
    ctx.pickText("place", T.place),
    ctx.header("remote_population_total"),
    ctx.header("remote_population_reached"),
    "Tỷ lệ tiếp cận (%)",
  ]);
  const first = DISTRICT_FIRST_ROW;
  const totalRow = first + T.districts.length;
  const total = ctx.shownNumber(slotOf("remote_population_total", PROVINCE));
  const reached = ctx.shownNumber(slotOf("remote_population_reached", PROVINCE));
  const tParts = total === undefined ? [] : splitInto(ctx, total, T.districts.length);
  // Each district reaches most of its people; the shortfall is spread so the parts add up to the reached total.
  let rParts: number[] = [];
  if (reached !== undefined && total !== undefined) {
    const missing = splitInto(ctx, total - reached + T.districts.length, T.districts.length).map(
      (m) => m - 1,
    );
    rParts = tParts.map((t, i) => t - Math.max(0, Math.min(t, missing[i] ?? 0)));
    const diff = reached - rParts.reduce((a, b) => a + b, 0);
    rParts[0] = (rParts[0] ?? 0) + diff;
  } else if (reached !== undefined) rParts = splitInto(ctx, reached, T.districts.length);
  T.districts.forEach((d, i) => {
    const r = first + i;
    ctx.write(ws, `A${r}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${r}`, d, "label");
    if (tParts[i] !== undefined) plainNumber(ws, `C${r}`, tParts[i] ?? 0);
    if (rParts[i] !== undefined) plainNumber(ws, `D${r}`, rParts[i] ?? 0);
  });
  ctx.write(ws, `B${totalRow}`, ctx.pickText("pTotal", T.provinceTotal), "label", { bold: true });
  ctx.viaFormula(
    fileName,
    ws,
    `C${totalRow}`,
    slotOf("remote_population_total", PROVINCE),
    `SUM(C${first}:C${totalRow - 1})`,
  );
  ctx.viaFormula(
    fileName,
    ws,
    `D${totalRow}`,
    slotOf("remote_population_reached", PROVINCE),
    `SUM(D${first}:D${totalRow - 1})`,
  );
  if (total !== undefined && reached !== undefined)
    ctx.formula(
      ws,
      `E${totalRow}`,
      `ROUND(D${totalRow}/C${totalRow}*100,1)`,
      Math.round((reached / total) * 1000) / 10,
    );
  ctx.write(ws, `B${totalRow + 1}`, ctx.decoyLabel(D.provincePopulation), "label", { italic: true });
  ctx.figure(ws, `C${totalRow + 1}`, ctx.decoyValue(D.provincePopulation, PROVINCE), { italic: true });
  grid(ws, 4, 1, totalRow + 1, 5);
}

export function districtCoverage(ctx: Blind24Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  for (const unit of AGENCIES) agencySheet(ctx, wb, fileName, unit);
  if (ctx.data.province) provinceSheet(ctx, wb, fileName);
  if (ctx.rng.chance(0.4)) {
    const hidden = sheet(wb, ctx.pickText("hidden", T.hiddenSheet), [30, 12]);
    hidden.state = "hidden";
    AGENCIES.forEach((unit, k) => {
      ctx.write(hidden, `A${k + 1}`, ctx.agency(unit, "sheet"), "label");
      const near = nearFigure(ctx, slotOf("political_articles", unit, 2024), 0.9, 0.98);
      if (near !== null) ctx.figure(hidden, `B${k + 1}`, near);
    });
  }
  return [{ fileName, workbook: wb }];
}

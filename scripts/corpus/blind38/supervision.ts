/**
 * "b38-council-thematic-supervision-annex": the Provincial People's Council's culture-social committee appends the
 * figures its supervision team verified. Sheet one: each agency a block of rows (all pieces published above the
 * political-task row, the border/ethnic part under it; revenue with the advertising part under it), the years
 * 2020–2025 as columns, a growth-on-2020 column and the province's target right of them. Sheet two (when the case
 * has the province's figures): districts as rows, households beside the people, SUM totals at the bottom.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind38Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, splitInto } from "./kit";
import { B38_SUPERVISION as T } from "./texts";
import { B38_DECOYS as D, type B38Decoy } from "./wordings";

export const SUPERVISION_HEAD = 5;
/** 2020's column (D); 2025's is I. */
export const SUPERVISION_FIRST_COL = 4;
export const SUPERVISION_COLS = { growth: "J", plan: "K" } as const;
export const REMOTE_HEAD = 3;
export const REMOTE_COLS = { households: "C", total: "D", reached: "E", plan: "G" } as const;

const yearCol = (y: number) => colLetter(SUPERVISION_FIRST_COL + y - 2020);

export function supervisionAnnex(ctx: Blind38Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", [
    "PL_GiamSat_HDND_CDS_BaoChi.xlsx",
    "Phu luc giam sat chuyen de 2025.xlsx",
  ]);
  agenciesSheet(ctx, wb, file);
  if (ctx.data.shown(slotOf("remote_population_total", PROVINCE))) remoteSheet(ctx, wb, file);
  hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
    [T.scratchRows[0], nearFigure(ctx, slotOf("political_articles", "bao-lai-chau"), 0.8, 0.95) ?? 1],
    [T.scratchRows[1], ctx.rng.int(3, 40)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

function agenciesSheet(ctx: Blind38Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [5, 50, 9, 10, 10, 10, 10, 10, 10, 14, 14]);
  ctx.writeMerged(ws, "A1:C1", ctx.pickText("council", T.council), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:C2", ctx.pickText("committee", T.committee), "upper", { bold: true });
  ctx.writeMerged(ws, "I1:K1", ctx.pickText("appendix", T.appendix), "text", { italic: true });
  ctx.writeMerged(ws, "A3:K3", ctx.pickText("title", T.title, 2025), "upper", { bold: true, size: 13 });
  const h = T.heads;
  const top = SUPERVISION_HEAD;
  const style = { bold: true, align: "center" as const, wrap: true };
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, h.no, "text", style);
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, ctx.pickText("h-what", h.what), "text", style);
  ctx.writeMerged(ws, `C${top}:C${top + 1}`, h.measure, "text", style);
  ctx.writeMerged(ws, `D${top}:I${top}`, ctx.pickText("h-done", h.done), "text", style);
  YEARS.forEach((y) =>
    ctx.write(ws, `${yearCol(y)}${top + 1}`, T.year.replace("{y}", String(y)), "text", style),
  );
  ctx.writeMerged(ws, `J${top}:J${top + 1}`, ctx.pickText("h-growth", h.growth, 2025), "text", style);
  ctx.writeMerged(ws, `K${top}:K${top + 1}`, ctx.planHeader(2025), "text", style);
  ws.getRow(top).height = 30;
  let row = top + 2;
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, T.roman[i] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "sup"), "text", { bold: true });
    row++;
    decoyRow(ctx, ws, row++, unit, "political_articles", D.allPieces, "1");
    seriesRow(ctx, ws, file, row++, unit, "political_articles", "2");
    decoyRow(ctx, ws, row++, unit, "political_articles", D.borderPieces, "-");
    seriesRow(ctx, ws, file, row++, unit, "revenue", "3");
    decoyRow(ctx, ws, row++, unit, "revenue", D.adsIncome, "-");
  });
  grid(ws, top, 1, row - 1, 11);
  ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
}

function seriesRow(
  ctx: Blind38Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  unit: UnitId,
  input: "political_articles" | "revenue",
  no: string,
): void {
  ctx.write(ws, `A${row}`, no, "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.label(input, { key: unit }), "label");
  ctx.write(ws, `C${row}`, ctx.measure(input));
  for (const y of YEARS) ctx.value(file, ws, `${yearCol(y)}${row}`, slotOf(input, unit, y));
  const first = ctx.shownNumber(slotOf(input, unit, 2020));
  const last = ctx.shownNumber(slotOf(input, unit, 2025));
  if (first !== undefined && last !== undefined)
    ctx.formula(
      ws,
      `${SUPERVISION_COLS.growth}${row}`,
      `ROUND(${yearCol(2025)}${row}/${yearCol(2020)}${row}*100,1)`,
      Math.round((last / first) * 1000) / 10,
    );
  const target = planFigure(ctx, slotOf(input, unit, 2025));
  if (target !== null) ctx.figure(ws, `${SUPERVISION_COLS.plan}${row}`, target);
}

function decoyRow(
  ctx: Blind38Context,
  ws: ExcelJS.Worksheet,
  row: number,
  unit: UnitId,
  input: "political_articles" | "revenue",
  d: B38Decoy,
  no: string,
): void {
  ctx.write(ws, `A${row}`, no, "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.decoyLabel(d, unit), "label", { italic: no === "-" });
  ctx.write(ws, `C${row}`, ctx.measure(input));
  for (const y of ctx.data.years[input]) ctx.figure(ws, `${yearCol(y)}${row}`, ctx.decoyValue(d, unit, y));
}

function remoteSheet(ctx: Blind38Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("remote", T.remoteSheet), [5, 34, 14, 18, 18, 14, 14]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("remote-title", T.remoteTitle), "upper", { bold: true });
  const h = T.remoteHeads;
  headers(ctx, ws, REMOTE_HEAD, [
    "TT",
    ctx.pickText("h-district", h.district),
    ctx.decoyLabel(D.households, "head"),
    ctx.header("remote_population_total", "sup"),
    ctx.header("remote_population_reached", "sup"),
    ctx.pickText("h-share", h.share),
    ctx.planHeader(2025),
  ]);
  const totalSlot = slotOf("remote_population_total", PROVINCE);
  const reachedSlot = slotOf("remote_population_reached", PROVINCE);
  const total = Number(ctx.data.value(totalSlot));
  const reached = ctx.shownNumber(reachedSlot);
  const n = T.districts.length;
  const people = splitInto(ctx, total, n);
  const homes = splitInto(ctx, ctx.decoyValue(D.households, PROVINCE), n);
  const short = reached === undefined ? 0 : total - reached;
  const border = 3; // Mường Tè: the shortfall sits there
  const first = REMOTE_HEAD + 1;
  T.districts.forEach((name, i) => {
    const r = first + i;
    ctx.write(ws, `A${r}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${r}`, name);
    ctx.figure(ws, `C${r}`, homes[i] ?? 1);
    ctx.figure(ws, `D${r}`, people[i] ?? 1);
    if (reached !== undefined) ctx.figure(ws, `E${r}`, (people[i] ?? 1) - (i === border ? short : 0));
  });
  const last = first + n - 1;
  const sum = first + n;
  ctx.write(ws, `B${sum}`, ctx.agency(PROVINCE, "sup"), "text", { bold: true });
  ctx.formula(
    ws,
    `C${sum}`,
    `SUM(C${first}:C${last})`,
    homes.reduce((a, b) => a + b, 0),
    true,
  );
  ctx.viaFormula(file, ws, `${REMOTE_COLS.total}${sum}`, totalSlot, `SUM(D${first}:D${last})`);
  ctx.viaFormula(file, ws, `${REMOTE_COLS.reached}${sum}`, reachedSlot, `SUM(E${first}:E${last})`);
  if (reached !== undefined)
    ctx.formula(ws, `F${sum}`, `ROUND(E${sum}/D${sum}*100,1)`, Math.round((reached / total) * 1000) / 10);
  ctx.write(ws, `${REMOTE_COLS.plan}${sum}`, "100%", "text", { align: "center" });
  grid(ws, REMOTE_HEAD, 1, sum, 7);
}

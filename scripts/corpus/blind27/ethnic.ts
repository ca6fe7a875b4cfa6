/**
 * "b27-ethnic-affairs-policy-report": the provincial Ethnic Affairs Committee's report on information for minority
 * areas: a table by district (communes, households, people of the remote areas and those reached, a ratio) with a
 * SUM row for the whole province, and a table of each agency's political works 2023–2025 beside those in minority
 * languages.
 */
import { colLetter, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARS } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind27Context } from "./context";
import { headers, hiddenSheet, newWorkbook, plainNumber, sheet, slotOf, splitInto } from "./kit";
import { B27_ETHNIC as T } from "./texts";
import { B27_DECOYS as D } from "./wordings";

export function ethnicPolicyReport(ctx: Blind27Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = "bao-cao-chinh-sach-dan-toc-thong-tin-bao-chi.xlsx";
  areas(ctx, wb, file);
  works(ctx, wb, file);
  if (ctx.rng.chance(0.5))
    hiddenSheet(ctx, wb, T.scratch, [
      [ctx.decoyLabel(D.households, "hid"), ctx.decoyValue(D.households, PROVINCE)],
    ]);
  return [{ fileName: file, workbook: wb }];
}

function areas(ctx: Blind27Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const ws = sheet(wb, T.sheetAreas, [6, 22, 16, 18, 20, 22, 14, 16]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:G2", T.from, "text", { italic: true });
  const h = T.areaHeads;
  headers(ctx, ws, 4, [
    h.no,
    h.district,
    h.communes,
    ctx.decoyLabel(D.households, "area"),
    ctx.header("remote_population_total", "area"),
    ctx.header("remote_population_reached", "area"),
    h.ratio,
    ctx.planHeader(2025),
  ]);
  const totalSlot = slotOf("remote_population_total", PROVINCE);
  const reachedSlot = slotOf("remote_population_reached", PROVINCE);
  const total = Number(ctx.data.value(totalSlot));
  const reached = Number(ctx.data.value(reachedSlot));
  const showTotal = ctx.data.shown(totalSlot);
  const showReached = ctx.data.shown(reachedSlot);
  const n = T.districts.length;
  const parts = splitInto(ctx, total, n);
  const missing = Math.max(0, total - reached);
  const missParts = parts.map((p) => Math.floor((missing * p) / total));
  const big = parts.indexOf(Math.max(...parts));
  missParts[big] = (missParts[big] ?? 0) + missing - missParts.reduce((a, b) => a + b, 0);
  const households = splitInto(ctx, ctx.decoyValue(D.households, PROVINCE), n);
  const first = 5;
  T.districts.forEach((d, i) => {
    const r = first + i;
    ctx.write(ws, `A${r}`, String(i + 1));
    ctx.write(ws, `B${r}`, d);
    plainNumber(ws, `C${r}`, ctx.rng.int(3, 14));
    plainNumber(ws, `D${r}`, households[i] ?? 0);
    const p = parts[i] ?? 0;
    const m = missParts[i] ?? 0;
    if (showTotal) plainNumber(ws, `E${r}`, p);
    if (showReached) plainNumber(ws, `F${r}`, p - m);
    if (showTotal && showReached)
      put(ws, `G${r}`, {
        formula: `ROUND(F${r}/E${r}*100,1)`,
        result: Math.round(((p - m) / p) * 1000) / 10,
      });
  });
  const last = first + n - 1;
  for (let r = first; r <= last + 1; r++) put(ws, `H${r}`, 100, { numFmt: '0"%"' });
  const sumRow = last + 1;
  ctx.write(ws, `B${sumRow}`, ctx.agency(PROVINCE, "area"), "label", { bold: true });
  const sum = (c: string) => {
    let s = 0;
    for (let r = first; r <= last; r++) s += Number(ws.getCell(`${c}${r}`).value ?? 0);
    return s;
  };
  ctx.formula(ws, `C${sumRow}`, `SUM(C${first}:C${last})`, sum("C"), true);
  ctx.formula(ws, `D${sumRow}`, `SUM(D${first}:D${last})`, sum("D"), true);
  ctx.value(file, ws, `E${sumRow}`, totalSlot, { formula: `SUM(E${first}:E${last})` });
  ctx.value(file, ws, `F${sumRow}`, reachedSlot, { formula: `SUM(F${first}:F${last})` });
  for (let c = 1; c <= 7; c++)
    ws.getCell(sumRow, c).border = { top: { style: "thin" }, bottom: { style: "double" } };
  ctx.write(ws, `B${sumRow + 2}`, ctx.note(2025), "text", { italic: true });
}

function works(ctx: Blind27Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const years = YEARS.filter((y) => ctx.data.years.political_articles.includes(y));
  const n = years.length;
  const last = 3 + 2 * n + 2;
  const ws = sheet(wb, T.sheetWorks, [6, 34, ...Array<number>(2 * n).fill(10), 14, 18]);
  const h = T.worksHeads;
  const L = (c: number) => colLetter(c);
  ctx.writeMerged(ws, `A1:${L(last)}1`, ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  for (const [c, t] of [
    [1, h.no],
    [2, h.agency],
    [3 + 2 * n, ctx.header("staff_total", "works")],
    [4 + 2 * n, h.columns],
  ] as const)
    ctx.writeMerged(ws, `${L(c)}3:${L(c)}4`, t, "text", { bold: true });
  ctx.writeMerged(ws, `C3:${L(2 + n)}3`, ctx.header("political_articles", "works"), "text", { bold: true });
  ctx.writeMerged(ws, `${L(3 + n)}3:${L(2 + 2 * n)}3`, ctx.decoyLabel(D.ethnicWorks, "works"), "text", {
    bold: true,
  });
  headers(ctx, ws, 4, [...years, ...years].map(String), 3);
  AGENCIES.forEach((unit, i) => {
    const r = 5 + i;
    ctx.write(ws, `A${r}`, String(i + 1));
    ctx.write(ws, `B${r}`, ctx.agency(unit, "works"), "label");
    years.forEach((y, j) => {
      ctx.value(file, ws, `${L(3 + j)}${r}`, slotOf("political_articles", unit, y));
      ctx.figure(ws, `${L(3 + n + j)}${r}`, ctx.decoyValue(D.ethnicWorks, unit, y));
    });
    ctx.value(file, ws, `${L(3 + 2 * n)}${r}`, slotOf("staff_total", unit));
    plainNumber(ws, `${L(4 + 2 * n)}${r}`, ctx.rng.int(1, 6));
  });
}

/**
 * "b37-provincial-master-plan-sector-annex": the press tables of the provincial master plan's annex. Sheet one:
 * years 2020–2025 as rows, the agencies as merged column groups over three columns each (all pieces, political-task
 * pieces, revenue); a part-of-year row under 2025, a growth row, the 2030 target and the 2050 vision rows at the
 * bottom. Sheet two: staff and statuses with the agencies as columns, an orientation column right of them, a
 * degree row under the headcount and the quota at the bottom; the remote areas in a small table under it. A hidden
 * source sheet.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, YEARS } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind37Context } from "./context";
import { hiddenSheet, newWorkbook, planFigure, sheet, slotOf, statusInputs } from "./kit";
import { B37_MASTERPLAN as T } from "./texts";
import { B37_DECOYS as D } from "./wordings";

/** Sheet one: the head rows, the first year row (2020) and the columns of agency g (all, political, revenue). */
export const MASTERPLAN_T1 = { head: 5, firstYear: 6 } as const;
export const masterplanCols = (g: number) => ({
  all: colLetter(3 + 3 * g),
  political: colLetter(4 + 3 * g),
  revenue: colLetter(5 + 3 * g),
});
/** Sheet two: the head row and the agencies' first column (C). */
export const MASTERPLAN_T2 = { head: 4, firstCol: 3, orientation: "F" } as const;

function series(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("s1", T.sheet1), [5, 30, 13, 13, 13, 13, 13, 13, 13, 13, 13]);
  ctx.writeMerged(ws, "A1:K1", ctx.pickText("t1", T.title1), "text", { bold: true });
  const h = MASTERPLAN_T1.head;
  ctx.writeMerged(ws, `A${h - 1}:A${h}`, T.tt, "text", { bold: true });
  ctx.writeMerged(ws, `B${h - 1}:B${h}`, ctx.pickText("yc", T.yearCol), "text", { bold: true });
  AGENCIES.forEach((unit, g) => {
    const c = masterplanCols(g);
    ctx.writeMerged(ws, `${c.all}${h - 1}:${c.revenue}${h - 1}`, ctx.agency(unit, "mp"), "text", {
      bold: true,
    });
    ctx.write(ws, `${c.all}${h}`, ctx.decoyLabel(D.allPieces, "mp"), "text", { bold: true, wrap: true });
    ctx.write(ws, `${c.political}${h}`, ctx.header("political_articles", "mp"), "text", {
      bold: true,
      wrap: true,
    });
    ctx.write(ws, `${c.revenue}${h}`, ctx.header("revenue", "mp"), "text", { bold: true, wrap: true });
  });
  ws.getRow(h).height = 48;
  const yearRow = ctx.pickText("yr", T.yearRow);
  let r = MASTERPLAN_T1.firstYear;
  YEARS.forEach((y, i) => {
    ctx.write(ws, `A${r}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${r}`, yearRow.replace("{y}", String(y)), "text");
    AGENCIES.forEach((unit, g) => {
      const c = masterplanCols(g);
      if (ctx.data.years.political_articles.includes(y))
        ctx.figure(ws, `${c.all}${r}`, ctx.decoyValue(D.allPieces, unit, y));
      ctx.value(file, ws, `${c.political}${r}`, slotOf("political_articles", unit, y));
      ctx.value(file, ws, `${c.revenue}${r}`, slotOf("revenue", unit, y));
    });
    r++;
  });
  // Part of the year, growth, target and vision rows.
  ctx.write(ws, `B${r}`, ctx.partialHeader(2025), "text", { italic: true });
  AGENCIES.forEach((unit, g) => {
    const c = masterplanCols(g);
    for (const [input, col] of [
      ["political_articles", c.political],
      ["revenue", c.revenue],
    ] as const) {
      const now = ctx.shownNumber(slotOf(input, unit, 2025));
      if (now !== undefined)
        ctx.figure(ws, `${col}${r}`, Math.max(1, Math.round(now * (0.55 + ctx.rng.next() * 0.2))));
    }
  });
  r++;
  ctx.write(ws, `B${r}`, ctx.pickText("growth", T.growth), "text", { italic: true, wrap: true });
  AGENCIES.forEach((_, g) => {
    const c = masterplanCols(g);
    for (const col of [c.all, c.political, c.revenue])
      ctx.write(ws, `${col}${r}`, `${ctx.rng.int(2, 16)},${ctx.rng.int(0, 9)}%`, "text", { align: "right" });
  });
  r++;
  ctx.write(ws, `B${r}`, ctx.pickText("target", T.target2030), "text", { bold: true });
  AGENCIES.forEach((unit, g) => {
    const c = masterplanCols(g);
    for (const [input, col] of [
      ["political_articles", c.political],
      ["revenue", c.revenue],
    ] as const) {
      const plan = planFigure(ctx, slotOf(input, unit, 2025));
      if (plan !== null) ctx.figure(ws, `${col}${r}`, Math.round(plan * 1.4));
    }
  });
  r++;
  ctx.write(ws, `B${r}`, ctx.pickText("vision", T.vision), "text", { bold: true });
  AGENCIES.forEach((_, g) => {
    const c = masterplanCols(g);
    ctx.writeMerged(ws, `${c.all}${r}:${c.revenue}${r}`, ctx.rng.pick(T.visionWords), "text");
  });
  grid(ws, h - 1, 1, r, 11);
  ctx.write(ws, `B${r + 1}`, T.source, "text", { italic: true });
}

function conditions(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("s2", T.sheet2), [5, 54, 16, 16, 16, 18]);
  ctx.writeMerged(ws, "A1:F1", ctx.pickText("t2", T.title2), "text", { bold: true });
  const h = MASTERPLAN_T2.head;
  const heads = [
    T.tt,
    ctx.pickText("item", T.item),
    ...AGENCIES.map((u) => ctx.agency(u, "mp2")),
    ctx.pickText("or", T.orientation),
  ];
  heads.forEach((t, i) =>
    ctx.write(ws, `${colLetter(i + 1)}${h}`, t, "text", { bold: true, align: "center", wrap: true }),
  );
  let r = h + 1;
  const inputs = statusInputs(MAGAZINE);
  inputs.forEach((input, i) => {
    ctx.write(ws, `A${r}`, String(i + 1), "text", { align: "center" });
    ctx.write(
      ws,
      `B${r}`,
      ctx.rng.chance(0.4) ? ctx.header(input, "mp2") : ctx.label(input, { key: "mp2" }),
      "label",
      {
        wrap: true,
      },
    );
    AGENCIES.forEach((unit, g) => {
      if (input === "licensed" && unit !== MAGAZINE) return;
      ctx.value(file, ws, `${colLetter(MASTERPLAN_T2.firstCol + g)}${r}`, slotOf(input, unit));
    });
    ctx.write(ws, `F${r}`, ctx.rng.pick(T.orientations), "text", { align: "center" });
    r++;
    if (input === "staff_total") {
      ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
      ctx.write(ws, `B${r}`, ctx.decoyLabel(D.degree, "mp2"), "label", { italic: true });
      AGENCIES.forEach((unit, g) =>
        ctx.figure(ws, `${colLetter(MASTERPLAN_T2.firstCol + g)}${r}`, ctx.decoyValue(D.degree, unit)),
      );
      r++;
    }
  });
  ctx.write(ws, `A${r}`, String(inputs.length + 1), "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.decoyLabel(D.quota, "mp2"), "label");
  AGENCIES.forEach((unit, g) =>
    ctx.figure(ws, `${colLetter(MASTERPLAN_T2.firstCol + g)}${r}`, ctx.decoyValue(D.quota, unit)),
  );
  grid(ws, h, 1, r, 6);
  r += 2;
  if (!ctx.data.province) return;
  const ph = r;
  [
    T.tt,
    ctx.pickText("item", T.item),
    `${ctx.agency(PROVINCE, "mp2")}${T.provinceNow}`,
    ctx.pickText("ph", T.provinceHead),
  ].forEach((t, i) =>
    ctx.write(ws, `${colLetter(i + 1)}${r}`, t, "text", { bold: true, align: "center", wrap: true }),
  );
  r++;
  for (const [k, input] of ["remote_population_total", "remote_population_reached"].entries()) {
    ctx.write(ws, `A${r}`, String(k + 1), "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.header(input, "mp3"), "label", { wrap: true });
    ctx.value(file, ws, `C${r}`, slotOf(input, PROVINCE));
    ctx.figure(ws, `D${r}`, ctx.near(input, PROVINCE, 0.8, 0.96));
    r++;
  }
  ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.decoyLabel(D.devices, "mp3"), "label", { italic: true });
  ctx.figure(ws, `C${r}`, ctx.decoyValue(D.devices, PROVINCE));
  grid(ws, ph, 1, r, 4);
  if (ctx.rng.chance(0.6)) ctx.write(ws, `B${r + 2}`, ctx.note(2025), "text", { italic: true });
}

export function masterPlanAnnex(ctx: Blind37Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files);
  series(ctx, wb, file);
  conditions(ctx, wb, file);
  hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
    [T.hiddenRows[0], ctx.near("political_articles", "bao-lai-chau", 1.02, 1.1, 2024)],
    [T.hiddenRows[1], ctx.near("remote_population_total", PROVINCE, 3, 4)],
    [T.hiddenRows[2], "1,05"],
  ]);
  return [{ fileName: file, workbook: wb }];
}

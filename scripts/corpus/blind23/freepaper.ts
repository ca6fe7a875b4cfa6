/**
 * b23-free-paper-distribution-remote: the yearly roll-up of the policy that sends newspapers and magazines free of
 * charge to ethnic-minority and remote areas. Districts down; the remote population and the people reached per
 * district, the province's totals (truth) as SUM formulas under them, the free copies and a ratio beside, the
 * target on the right, the whole province's population under the table. Last year's sheet has the same layout with
 * other numbers; a sheet of copies by issuing agency, with each agency's new political-task articles of three
 * years (truth) over the part about remote areas; when the districts have not all reported, no total.
 */
import type ExcelJS from "exceljs";
import { colLetter } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind23Context } from "./context";
import { headers, nearFigure, newWorkbook, scratch, sheet, slotOf } from "./kit";
import { B23_FREEPAPER as T } from "./texts";
import { B23_DECOYS as D } from "./wordings";

/** `total` split into `n` positive parts of uneven size that add up to it. */
function parts(ctx: Blind23Context, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => 0.5 + ctx.rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  out[0] = (out[0] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

export function freePaperDistribution(ctx: Blind23Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.file, { y: 2025 });
  const total = slotOf("remote_population_total", PROVINCE);
  const reached = slotOf("remote_population_reached", PROVINCE);
  const pop = Number(ctx.data.value(total));
  const got = Number(ctx.data.value(reached));
  const earlierFirst = ctx.rng.chance(0.35);
  const last = () => yearSheet(ctx, wb, 2024, Math.round(pop * 0.985), Math.round(got * 0.95), null);
  if (earlierFirst) last();
  yearSheet(ctx, wb, 2025, pop, got, file);
  if (!earlierFirst) last();
  agencySheet(ctx, wb, file);
  if (ctx.rng.chance(0.5))
    scratch(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [T.scratchRows[0] ?? "", ctx.decoyValue(D.freeCopies, PROVINCE)],
      [T.scratchRows[1] ?? "", Math.round(pop * 1.02)],
      [T.scratchRows[2] ?? "", 97.5],
    ]);
  return [{ fileName: file, workbook: wb }];
}

/** One year's sheet; `file` null: last year's, never truth. */
function yearSheet(
  ctx: Blind23Context,
  wb: ExcelJS.Workbook,
  year: number,
  pop: number,
  got: number,
  file: string | null,
): void {
  const ws = sheet(wb, ctx.pickText("sheetYear", T.sheetYear, { y: year }), [6, 30, 16, 18, 20, 16, 14, 14]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("sub", T.sub, { y: year }), "text", { italic: true });
  headers(ctx, ws, 4, [
    "TT",
    ctx.pickText("district", T.districtHead),
    ctx.pickText("communes", T.communes),
    ...(["remote_population_total", "remote_population_reached"] as const).map((input) =>
      ctx.rng.chance(0.4) ? ctx.wording(input, String(year)) : ctx.header(input, String(year)),
    ),
    ctx.decoyLabel(D.freeCopies, "head"),
    ctx.pickText("ratio", T.ratio),
    ctx.planHeader(year),
  ]);
  const complete = ctx.data.province;
  const count = complete ? T.districts.length : ctx.rng.int(3, 5);
  const popParts = parts(ctx, pop, T.districts.length);
  const shortfall = pop - got;
  const gotParts = popParts.map((p, i) => (i === 0 ? p - Math.min(shortfall, p - 1) : p));
  const gotShown = file === null || ctx.data.shown(slotOf("remote_population_reached", PROVINCE));
  let row = 5;
  for (let i = 0; i < count; i++) {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, T.districts[i] ?? "");
    ctx.figure(ws, `C${row}`, ctx.rng.int(6, 28));
    ctx.figure(ws, `D${row}`, popParts[i] ?? 1);
    if (gotShown) ctx.figure(ws, `E${row}`, gotParts[i] ?? 1);
    ctx.figure(ws, `F${row}`, Math.round((popParts[i] ?? 1) * (0.05 + ctx.rng.next() * 0.1)));
    if (gotShown)
      ctx.formula(
        ws,
        `G${row}`,
        `ROUND(E${row}/D${row}*100,1)`,
        Math.round(((gotParts[i] ?? 0) / (popParts[i] ?? 1)) * 1000) / 10,
      );
    ctx.figure(ws, `H${row}`, 100);
    row++;
  }
  const range = (c: string) => `SUM(${c}5:${c}${row - 1})`;
  ctx.write(ws, `B${row}`, ctx.agency(PROVINCE, String(year)), "text", { bold: true });
  if (!complete) {
    ctx.write(ws, `D${row}`, ctx.pickText("pending", T.pending), "text", { italic: true });
    ctx.writeMerged(
      ws,
      `B${row + 2}:H${row + 2}`,
      ctx.pickText("partial", T.partialNote, { n: String(count) }),
      "text",
      {
        italic: true,
        align: "left",
      },
    );
    return;
  }
  if (file !== null) {
    ctx.viaFormula(file, ws, `D${row}`, slotOf("remote_population_total", PROVINCE), range("D"));
    ctx.viaFormula(file, ws, `E${row}`, slotOf("remote_population_reached", PROVINCE), range("E"));
  } else {
    ctx.formula(ws, `D${row}`, range("D"), pop, true);
    ctx.formula(ws, `E${row}`, range("E"), got, true);
  }
  ctx.figure(ws, `H${row}`, 100);
  row += 2;
  const d = ctx.decoyRow(D.provincePopulation, PROVINCE, "", year);
  ctx.write(ws, `B${row}`, d.text, "text", { italic: true });
  ctx.figure(ws, `D${row}`, year === 2025 ? d.value : Math.round(d.value * 0.99));
}

/** The issuing agencies: copies and issues, then each agency's new political-task articles of the last three
 * years (truth) over the part of them written about the remote areas. */
function agencySheet(ctx: Blind23Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("agencySheet", T.agencySheet), [6, 44, 16, 16, 16, 16]);
  headers(ctx, ws, 1, [
    "TT",
    ctx.pickText("agencyHead", T.agencyHead),
    ctx.pickText("copies", T.copiesHead),
    ctx.pickText("issues", T.issuesHead),
  ]);
  (["bao-lai-chau", "tap-chi-van-nghe-lai-chau"] as const).forEach((unit, i) => {
    ctx.write(ws, `A${i + 2}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${i + 2}`, ctx.agency(unit));
    ctx.figure(ws, `C${i + 2}`, ctx.rng.int(20000, 160000));
    ctx.figure(ws, `D${i + 2}`, unit === "bao-lai-chau" ? ctx.rng.int(100, 156) : ctx.rng.int(6, 12));
  });
  ctx.write(ws, "A6", ctx.pickText("articlesTitle", T.articlesTitle), "text", { bold: true });
  const years = [2023, 2024, 2025] as const;
  headers(ctx, ws, 7, [
    "TT",
    ctx.pickText("articlesHead", T.articlesHead),
    ...years.map((y) => ctx.pickText("yearHead", T.sheetYear, { y })),
  ]);
  let row = 8;
  for (const [i, unit] of AGENCIES.entries()) {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center", bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "text", { bold: true });
    row++;
    ctx.write(ws, `B${row}`, ctx.label("political_articles", { key: "remote" }), "text", { wrap: true });
    years.forEach((y, k) =>
      ctx.value(file, ws, `${colLetter(3 + k)}${row}`, slotOf("political_articles", unit, y)),
    );
    row++;
    ctx.write(ws, `B${row}`, ctx.pickText("remoteShare", T.remoteShare), "text", { italic: true });
    years.forEach((y, k) => {
      const n = nearFigure(ctx, slotOf("political_articles", unit, y), 0.12, 0.3);
      if (n !== null) ctx.figure(ws, `${colLetter(3 + k)}${row}`, n, { italic: true });
    });
    row++;
  }
}

/**
 * b20-royalty-fund-ledger: each agency's royalty (nhuận bút) books, a workbook per agency. A sheet per year lists
 * the works paid for, by genre (with a SUM of all works) and then by topic, where the political-task works are one
 * part; a planned quantity stands to the right. A summary sheet gives, year by year, the revenue the royalty fund is
 * drawn from, the rate, the fund and what was paid, and how many people were paid. Traps: the total of all works,
 * reposted works, royalty money beside revenue, the planned quantity, the people paid (not the staff), a hidden
 * price sheet.
 */
import type ExcelJS from "exceljs";
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import { masthead } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind20Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B20_COMMON as C, B20_ROYALTY as T } from "./texts";
import { B20_DECOYS as D } from "./wordings";

export function royaltyLedger(ctx: Blind20Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const fileName = `NhuanBut_${ctx.slug(unit)}.xlsx`;
    const articleYears = ctx.data.years.political_articles.slice(-ctx.rng.int(2, 3));
    for (const year of articleYears) yearSheet(ctx, wb, fileName, unit, year);
    summary(ctx, wb, fileName, unit);
    if (ctx.rng.chance(0.5)) {
      const ws = sheet(wb, T.priceSheet, [40, 12]);
      ws.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
      T.genres.forEach((g, i) => {
        ctx.write(ws, `A${i + 1}`, g);
        ctx.figure(ws, `B${i + 1}`, [1.5, 6, 10, 8][i] ?? 2);
      });
    }
    return { fileName, workbook: wb };
  });
}

function yearSheet(
  ctx: Blind20Context,
  wb: ExcelJS.Workbook,
  file: string,
  unit: UnitId,
  year: number,
): void {
  const ws = sheet(
    wb,
    ctx.choose("ysheet", ["NB {y}", "Nhuan but {y}", "{y}"]).replace("{y}", String(year)),
    [6, 50, 13, 12, 16, 14, 26],
  );
  masthead(ctx, ws, unit, 7);
  ctx.writeMerged(ws, "A4:G4", ctx.pickText("title", T.titles, { y: year }), "upper", { bold: true });
  const head = 6;
  headers(ctx, ws, head, [C.tt, T.genreHead, T.quantity, T.factor, T.amount, ctx.planHeader(year), T.remark]);
  const slot = slotOf("political_articles", unit, year);
  const political = ctx.data.value(slot);
  const p = typeof political === "number" ? political : 100;
  const all = ctx.decoyValue(D.allArticles, unit, year);
  let row = head + 1;
  ctx.write(ws, `A${row}`, "I", "text", { bold: true, align: "center" });
  ctx.write(ws, `B${row}`, T.byGenre, "text", { bold: true });
  row++;
  const shares = [0.46, 0.3, 0.09];
  const parts = shares.map((s) => Math.round(all * s));
  parts.push(all - parts.reduce((a, b) => a + b, 0));
  const first = row;
  T.genres.forEach((g, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, g);
    ctx.figure(ws, `C${row}`, parts[i] ?? 0);
    ctx.figure(ws, `D${row}`, [1.5, 6, 10, 8][i] ?? 2);
    ctx.figure(ws, `E${row}`, (parts[i] ?? 0) * ([1.5, 6, 10, 8][i] ?? 2) * 149000);
    row++;
  });
  ctx.write(
    ws,
    `B${row}`,
    ctx.choose("subtotal", [T.subtotal, ctx.decoyLabel(D.allArticles, "royalty")]),
    "text",
    {
      bold: true,
    },
  );
  ctx.formula(ws, `C${row}`, `SUM(C${first}:C${row - 1})`, all, true);
  row++;
  ctx.write(ws, `A${row}`, "II", "text", { bold: true, align: "center" });
  ctx.write(ws, `B${row}`, T.byTopic, "text", { bold: true });
  row++;
  ctx.write(ws, `A${row}`, "1", "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.label("political_articles", { key: "royalty" }), "label");
  ctx.value(file, ws, `C${row}`, slot);
  const target = planFigure(ctx, slot);
  if (target !== null) ctx.figure(ws, `F${row}`, target);
  if (ctx.rng.chance(0.4))
    ctx.write(ws, `G${row}`, ctx.noteFor("political_articles", year), "text", { italic: true });
  row++;
  const reposted = ctx.decoyValue(D.reposted, unit, year);
  ctx.write(ws, `A${row}`, "2", "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.decoyLabel(D.reposted, "royalty"));
  ctx.figure(ws, `C${row}`, reposted);
  row++;
  ctx.write(ws, `A${row}`, "3", "text", { align: "center" });
  ctx.write(ws, `B${row}`, T.otherTopics);
  ctx.figure(ws, `C${row}`, Math.max(1, all - p - reposted));
  grid(ws, head + 1, 1, row, 7);
}

function summary(ctx: Blind20Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(
    wb,
    ctx.choose("ssheet", ["Tong hop quy NB", "Tổng hợp", "TH nguon trich"]),
    [16, 18, 14, 18, 18],
  );
  ctx.writeMerged(ws, "A1:E1", T.summaryTitle, "upper", { bold: true });
  ctx.writeMerged(ws, "A2:E2", ctx.agency(unit, "royalty"), "text", { italic: true });
  const head = 4;
  headers(ctx, ws, head, [T.yearCol, ctx.header("revenue", "royalty"), T.rate, T.fund, T.spent]);
  let row = head + 1;
  const years = ctx.data.years.revenue.slice(-ctx.rng.int(2, 4));
  for (const year of years) {
    const slot = slotOf("revenue", unit, year);
    ctx.write(ws, `A${row}`, T.yearLabel.replace("{y}", String(year)), "text", { align: "center" });
    ctx.value(file, ws, `B${row}`, slot);
    const rate = ctx.rng.pick([8, 10, 12]);
    ctx.figure(ws, `C${row}`, rate);
    const fund = nearFigure(ctx, slot, rate / 100 - 0.01, rate / 100 + 0.01) ?? 50;
    ctx.figure(ws, `D${row}`, fund);
    ctx.figure(ws, `E${row}`, Math.max(1, fund - ctx.rng.int(1, 30)));
    row++;
  }
  grid(ws, head, 1, row - 1, 5);
  row++;
  ctx.write(ws, `A${row}`, T.receivers);
  ctx.figure(ws, `D${row}`, ctx.decoyValue(D.collaborators, unit) + ctx.rng.int(3, 12));
  row++;
  if (ctx.rng.chance(0.6)) {
    ctx.write(ws, `A${row}`, ctx.decoyLabel(D.stateOrder, "royalty"));
    ctx.figure(ws, `D${row}`, ctx.decoyValue(D.stateOrder, unit, years[years.length - 1] ?? 2025));
  }
}

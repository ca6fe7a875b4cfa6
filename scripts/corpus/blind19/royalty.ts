/**
 * b19-royalty-ledger-tally: each agency's book of published or broadcast works and the royalties paid for them, kept
 * by the editorial office, one workbook per agency and one sheet per year. Kinds of work as rows; all works, of which
 * the new ones for political tasks, and the royalties in đồng as columns; the year's total row sums the kinds (SUM
 * formulas). Only the total of the political-task column is the plan's figure. Traps: the kinds' parts, the total of
 * all works beside it, the royalties, the number of authors paid, and a hidden table of royalty coefficients.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import { splitTotal } from "../listRows";
import type { Blind19Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet, slotOf, yearsShown } from "./kit";
import { B19_ROYALTY as T } from "./texts";
import { B19_DECOYS as D } from "./wordings";

function yearSheet(
  ctx: Blind19Context,
  wb: ExcelJS.Workbook,
  file: string,
  unit: UnitId,
  year: number,
): void {
  const slot = slotOf("political_articles", unit, year);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet, { y: year }), [6, 34, 14, 16, 18, 22]);
  ctx.writeMerged(ws, "A1:F1", ctx.pickText("title", T.titles, { y: year }), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:F2", `${ctx.agency(unit, `nb-${unit}`)} ${ctx.pickText("kept", T.kept)}`, "text", {
    italic: true,
  });
  const polCol = ctx.choose("pol-col", ["3", "4"]) === "3" ? 3 : 4;
  const allCol = polCol === 3 ? 4 : 3;
  const texts = ["STT", ctx.pickText("kind", T.kind), "", "", ctx.pickText("money", T.money), "Ghi chú"];
  texts[polCol - 1] = ctx.header("political_articles", `nb-${unit}`);
  texts[allCol - 1] = ctx.pickText("works", T.works);
  headers(ctx, ws, 4, texts);
  const kinds = T.categories[unit as keyof typeof T.categories];
  const value = ctx.data.value(slot);
  const total = typeof value === "number" ? value : 0;
  const parts = splitTotal(ctx.rng, total, kinds.length);
  const all = parts.map((p) => Math.round(p * (1.4 + ctx.rng.next() * 1.2)) + ctx.rng.int(3, 40));
  kinds.forEach((k, i) => {
    const r = 5 + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, k, "label");
    if (parts.length > 0) {
      ctx.figure(ws, ref(polCol, r), parts[i] ?? 0);
      ctx.figure(ws, ref(allCol, r), all[i] ?? 0);
      put(ws, ref(5, r), (all[i] ?? 0) * ctx.rng.int(180, 420) * 1000, { numFmt: "#,##0" });
    }
  });
  const end = 5 + kinds.length - 1;
  const t = end + 1;
  ctx.write(ws, `B${t}`, ctx.pickText("total", T.total, { y: year }), "label", { bold: true });
  const P = String.fromCharCode(64 + polCol);
  const A = String.fromCharCode(64 + allCol);
  ctx.viaFormula(file, ws, ref(polCol, t), slot, `SUM(${P}5:${P}${end})`);
  if (parts.length > 0) {
    put(
      ws,
      ref(allCol, t),
      { formula: `SUM(${A}5:${A}${end})`, result: all.reduce((a, b) => a + b, 0) },
      { numFmt: "#,##0", bold: true },
    );
    const money = kinds.reduce((s, _k, i) => s + Number(ws.getCell(5 + i, 5).value ?? 0), 0);
    put(ws, ref(5, t), { formula: `SUM(E5:E${end})`, result: money }, { numFmt: "#,##0", bold: true });
  }
  grid(ws, 4, 1, t, 6);
  ctx.write(ws, `B${t + 2}`, ctx.pickText("authors", T.authors), "label", { italic: true });
  ctx.figure(ws, `C${t + 2}`, ctx.decoyValue(D.unionMembers, unit));
  ctx.write(ws, `D${t + 2}`, "người", "text");
  if (ctx.rng.chance(0.5)) {
    ctx.write(ws, `B${t + 3}`, ctx.decoyLabel(D.reposted, `nb-${unit}`), "label", { italic: true });
    ctx.figure(ws, `C${t + 3}`, ctx.decoyValue(D.reposted, unit, year));
  }
  if (ctx.rng.chance(0.3)) ctx.write(ws, `F${5}`, ctx.note(year), "text", { italic: true });
}

function agencyBook(ctx: Blind19Context, unit: UnitId): BuiltFile | null {
  const from = ctx.rng.pick([2020, 2021, 2022]);
  const years = yearsShown(ctx, "political_articles")
    .filter((y) => y >= from)
    .filter((y) => ctx.data.shown(slotOf("political_articles", unit, y)));
  if (years.length === 0) return null;
  const fileName = ctx.pickText("file", T.fileNames, { n: ctx.slug(unit) });
  const wb = newWorkbook();
  for (const y of ctx.choose("order", ["up", "down"]) === "up" ? years : [...years].reverse())
    yearSheet(ctx, wb, fileName, unit, y);
  const rates = sheet(wb, T.rates, [34, 12, 12]);
  rates.state = "hidden";
  T.categories[unit as keyof typeof T.categories].forEach((k, i) => {
    put(rates, `A${i + 1}`, k);
    put(rates, `B${i + 1}`, ctx.rng.int(10, 150) / 10);
  });
  const near = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.85, 0.97);
  if (near !== null) put(rates, "C1", near);
  return { fileName, workbook: wb };
}

/** One workbook per agency that reports any year. */
export function royaltyLedger(ctx: Blind19Context): BuiltFile[] {
  return AGENCIES.map((u) => agencyBook(ctx, u)).filter((f): f is BuiltFile => f !== null);
}

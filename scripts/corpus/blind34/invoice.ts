/**
 * b34-e-invoice-revenue-listing: the list of e-invoices an agency issued, a workbook per agency and a sheet per
 * year. Each line has its amount before tax, the VAT and the amount paid; the revenue is the row under the lines
 * (a SUM over the amounts before tax), with the VAT and paid totals beside it, the advertising invoices right under
 * it and the year's revenue target two rows below. A hidden scratch sheet now and then.
 */
import { grid, mergePut, put } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind34Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, sheet, splitInto } from "./kit";
import { B34_INVOICE as T } from "./texts";
import { B34_DECOYS as D } from "./wordings";

/** Row of the first invoice line. */
export const INVOICE_FIRST = 6;
/** Columns: amount before tax, VAT, amount paid. */
export const INVOICE_COLS = { net: "E", vat: "F", gross: "G" } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;

function yearSheet(
  ctx: Blind34Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
  y: number,
) {
  const slot = { input: "revenue", unit, year: y };
  const revenue = ctx.data.value(slot) as number;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets, y), [6, 14, 12, 40, 16, 14, 16, 12]);
  ctx.write(ws, "A1", ctx.agency(unit, "head"), "upper", { bold: true });
  ctx.write(ws, "A2", T.taxLine.replace("{n}", String(ctx.rng.int(100000, 999999))), "text", {
    italic: true,
  });
  mergePut(ws, "A3:H3", "");
  ctx.write(ws, "A3", ctx.pickText("title", T.titles, y), "upper", { bold: true, align: "center" });
  ctx.write(ws, "D4", ctx.pickText("unit", T.unitLine), "text", { italic: true });
  headers(ctx, ws, 5, [
    T.heads.no,
    T.heads.invoice,
    T.heads.date,
    T.heads.buyer,
    ctx.pickText("net", T.heads.net),
    T.heads.vat,
    ctx.pickText("gross", T.heads.gross),
    T.heads.note,
  ]);
  const n = ctx.rng.int(5, 11);
  const parts = splitInto(ctx, revenue, n);
  const buyers: string[] = ctx.rng.shuffle<string>(T.buyers);
  const firstAd = buyers.findIndex((b) => /quảng|banner|tài trợ/.test(b));
  [buyers[0], buyers[firstAd]] = [buyers[firstAd] ?? "", buyers[0] ?? ""];
  const ads: number[] = [];
  const vats: number[] = [];
  parts.forEach((net, i) => {
    const r = INVOICE_FIRST + i;
    const rate = ctx.rng.chance(0.7) ? 0.1 : 0.05;
    const vat = round1(net * rate);
    vats.push(vat);
    const buyer = buyers[i % buyers.length] ?? "";
    const ad = i === 0 || (i < n - 1 && /quảng|banner|tài trợ/.test(buyer));
    if (ad) ads.push(net);
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, `1C${String(y).slice(2)}TLC/${String(ctx.rng.int(10, 990)).padStart(8, "0")}`);
    ctx.write(
      ws,
      `C${r}`,
      `${String(ctx.rng.int(1, 28)).padStart(2, "0")}/${String(i + 1).padStart(2, "0")}/${y}`,
    );
    ctx.write(ws, `D${r}`, buyer);
    ctx.figure(ws, `E${r}`, net);
    ctx.figure(ws, `F${r}`, vat);
    ctx.formula(ws, `G${r}`, `E${r}+F${r}`, round1(net + vat));
    if (ad) ctx.write(ws, `H${r}`, T.adMarker, "text", { align: "center" });
  });
  const last = INVOICE_FIRST + n - 1;
  const total = last + 1;
  grid(ws, INVOICE_FIRST, 1, total + 1, 8);
  const label = ctx.rng.chance(0.5) ? ctx.wording("revenue") : ctx.header("revenue", String(y));
  ctx.write(ws, `B${total}`, label, "label", { bold: true });
  ctx.viaFormula(file, ws, `E${total}`, slot, `SUM(E${INVOICE_FIRST}:E${last})`);
  ws.getCell(`E${total}`).font = { ...ws.getCell(`E${total}`).font, bold: true };
  const vatSum = round1(vats.reduce((a, b) => a + b, 0));
  ctx.formula(ws, `F${total}`, `SUM(F${INVOICE_FIRST}:F${last})`, vatSum, true);
  ctx.formula(ws, `G${total}`, `SUM(G${INVOICE_FIRST}:G${last})`, round1(revenue + vatSum), true);
  const adSum = ads.reduce((a, b) => a + b, 0);
  ctx.write(ws, `B${total + 1}`, ctx.decoyLabel(D.adInvoices), "label", { italic: true });
  ctx.formula(
    ws,
    `E${total + 1}`,
    `SUMIF(H${INVOICE_FIRST}:H${last},"${T.adMarker}",E${INVOICE_FIRST}:E${last})`,
    adSum,
  );
  const plan = planFigure(ctx, slot);
  ctx.write(ws, `B${total + 3}`, ctx.planHeader(y), "text", { italic: true });
  if (plan !== null) ctx.figure(ws, `E${total + 3}`, plan, { italic: true });
  if (ctx.rng.chance(0.5)) ctx.write(ws, `D${total + 4}`, ctx.note(y), "text", { italic: true });
  return ws;
}

/** The seller's details on a first sheet: name, address, invoice form and the agency's autonomy in B5. */
function cover(ctx: Blind34Context, wb: ReturnType<typeof newWorkbook>, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("cover", T.cover), [44, 30]);
  const [name, address, form] = T.coverRows;
  ctx.write(ws, "A1", ctx.pickText("cover", T.cover), "upper", { bold: true });
  ctx.write(ws, "A2", name);
  ctx.write(ws, "B2", ctx.agency(unit, "cover"));
  ctx.write(ws, "A3", address);
  ctx.write(ws, "A4", form);
  ctx.write(ws, "A5", ctx.wording("autonomous"), "label", { wrap: true });
  ctx.value(file, ws, "B5", { input: "autonomous", unit });
}

export function invoiceListing(ctx: Blind34Context): BuiltFile[] {
  const files: BuiltFile[] = [];
  const years = ctx.data.years.revenue;
  for (const unit of AGENCIES) {
    const wb = newWorkbook();
    const fileName = ctx.pickText("file", T.files, 2025).replace("{slug}", ctx.slug(unit));
    cover(ctx, wb, fileName, unit);
    for (const y of years) {
      // A year the agency left out has no listing at all.
      if (!ctx.data.shown({ input: "revenue", unit, year: y })) continue;
      yearSheet(ctx, wb, fileName, unit, y);
    }
    if (wb.worksheets.length === 0) continue;
    if (ctx.rng.chance(0.6)) {
      const name = ctx.pickText("scratch", T.scratch);
      const rows = T.scratchRows.map((t) => [t, ctx.near("revenue", unit, 0.2, 0.5, 2025)] as const);
      hiddenSheet(ctx, wb, name, rows);
    }
    files.push({ fileName, workbook: wb });
  }
  return files;
}

/**
 * "b16-order-acceptance-record": the year-end acceptance summary of the press products the province ordered, a
 * sheet per agency. Part A lists the ordered product groups (quantity ordered under a plan header, quantity
 * accepted, average price, amount) with their sums; part B gives the agency's whole-year figures for last year
 * and this year — all political-task articles, all revenue and the staff — each followed by the part that came
 * from the order. A draft of the contract with the ordered quantities is kept on a hidden sheet.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind16Context } from "./context";
import { headers, nearFigure, newWorkbook, partsOf, planFigure, sheet } from "./kit";
import { B16_ORDERS as T } from "./texts";
import { B16_DECOYS } from "./wordings";

export function orderAcceptance(ctx: Blind16Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  const draft = rng.chance(0.6);
  const drafts: Array<[UnitId, number[]]> = [];
  for (const unit of AGENCIES) {
    const ws = sheet(
      wb,
      ctx.pickText("sheet", T.sheet, { v: ctx.slug(unit) }),
      [6, 46, 12, 16, 16, 14, 16, 22],
    );
    drafts.push([unit, agencySheet(ctx, ws, fileName, unit)]);
  }
  if (draft) {
    const ws = sheet(wb, ctx.pickText("draft", T.draft, { y: 2025 }), [30, 14, 14, 14]);
    headers(ctx, ws, 1, [ctx.pickText("product", T.product), ...AGENCIES.map((u) => ctx.agency(u, "draft"))]);
    const most = Math.max(...drafts.map(([, q]) => q.length));
    for (let i = 0; i < most; i++)
      drafts.forEach(([, q], c) => {
        const v = q[i];
        if (v !== undefined) put(ws, ref(c + 2, i + 2), v + rng.int(2, 20), { numFmt: "#,##0" });
      });
    ws.state = "hidden";
  }
  return [{ fileName, workbook: wb }];
}

/** Writes one agency's sheet; returns the quantities ordered. */
function agencySheet(ctx: Blind16Context, ws: ExcelJS.Worksheet, file: string, unit: UnitId): number[] {
  const { rng } = ctx;
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.agency(unit, "orders"), "text", { bold: true });
  ctx.writeMerged(ws, "A3:H3", ctx.pickText("sub", T.sub, { y: 2025, n: String(rng.int(10, 95)) }), "text", {
    italic: true,
  });
  let row = 5;
  const v = (input: string, year: number) => {
    const x = ctx.data.value({ input, unit, year });
    return typeof x === "number" ? x : 0;
  };
  const articles = v("political_articles", 2025);
  const revenue = v("revenue", 2025);
  const products = rng.shuffle(T.products).slice(0, rng.int(3, 4));
  const accepted = partsOf(Math.round(articles * (0.45 + rng.next() * 0.2)), products.length, rng);
  const ordered = accepted.map((a) => a + rng.int(0, 12));
  const funds = Math.round(revenue * (0.4 + rng.next() * 0.2));
  const amounts = partsOf(funds, products.length, rng);

  // A. The ordered products (the quantity ordered under its plan header, in D).
  ctx.write(ws, `A${row++}`, ctx.pickText("orders", T.orders), "upper", { bold: true });
  headers(ctx, ws, row, [
    "STT",
    ctx.pickText("product", T.product),
    "ĐVT",
    ctx.pickText("ordered", T.ordered),
    ctx.pickText("accepted", T.accepted),
    ctx.pickText("price", T.price),
    ctx.pickText("amount", T.amount),
  ]);
  row++;
  const top = row;
  products.forEach((p, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, p, "label");
    ctx.write(ws, `C${row}`, ctx.measure("political_articles"), "text", { align: "center" });
    put(ws, `D${row}`, ordered[i] ?? 0, { numFmt: "#,##0" });
    put(ws, `E${row}`, accepted[i] ?? 0, { numFmt: "#,##0" });
    const amount = amounts[i] ?? 0;
    put(ws, `F${row}`, Math.round((amount / Math.max(1, accepted[i] ?? 1)) * 1000) / 1000, {
      numFmt: "0.000",
    });
    put(ws, `G${row}`, amount, { numFmt: "#,##0.0" });
    row++;
  });
  ctx.write(ws, `B${row}`, ctx.pickText("productTotal", T.productTotal), "label", { bold: true });
  const sum = (col: string, values: number[]) =>
    put(
      ws,
      `${col}${row}`,
      {
        formula: `SUM(${col}${top}:${col}${row - 1})`,
        result: Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10,
      },
      { numFmt: "#,##0", bold: true },
    );
  sum("D", ordered);
  sum("E", accepted);
  sum("G", amounts);
  grid(ws, top, 1, row, 7);
  row += 2;

  // B. The whole year: last year and this year in E and F (never under part A's ordered-quantity header in D),
  // a target in H.
  ctx.write(ws, `A${row++}`, ctx.pickText("summary", T.summary), "upper", { bold: true });
  const plan = rng.chance(0.6);
  headers(ctx, ws, row, [
    "STT",
    ctx.pickText("content", T.content),
    "ĐVT",
    "",
    ctx.pickText("prev", T.prev, { y: 2024 }),
    ctx.pickText("cur", T.cur, { y: 2025 }),
  ]);
  if (plan) headers(ctx, ws, row, [ctx.planHeader(2025)], 8);
  row++;
  const top2 = row;
  let stt = 0;
  const main = (input: string) => {
    put(ws, `A${row}`, ++stt, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "orders" }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    if (input === "staff_total") ctx.value(file, ws, `F${row}`, { input, unit });
    else {
      ctx.value(file, ws, `E${row}`, { input, unit, year: 2024 });
      ctx.value(file, ws, `F${row}`, { input, unit, year: 2025 });
    }
    const p = planFigure(ctx, input === "staff_total" ? { input, unit } : { input, unit, year: 2025 });
    if (plan && p !== null && input !== "staff_total") put(ws, `H${row}`, p, { numFmt: "#,##0" });
    row++;
  };
  const part = (text: string, now: number, before: number | null) => {
    ctx.write(ws, `B${row}`, text, "label", { italic: true });
    if (before !== null) ctx.number(ws, `E${row}`, before);
    ctx.number(ws, `F${row}`, now);
    row++;
  };
  main("political_articles");
  part(
    ctx.pickText("ofWhich", T.ofWhich),
    accepted.reduce((a, b) => a + b, 0),
    nearFigure(ctx, { input: "political_articles", unit, year: 2024 }, 0.4, 0.62),
  );
  if (rng.chance(0.6)) {
    const d = rng.pick([B16_DECOYS.allArticles, B16_DECOYS.reposts]);
    part(ctx.decoyLabel(d, unit), ctx.decoyValue(d, unit, 2025), ctx.decoyValue(d, unit, 2024));
  }
  main("revenue");
  part(
    ctx.pickText("fundsOf", T.fundsOf),
    Math.round(funds * 10) / 10,
    nearFigure(ctx, { input: "revenue", unit, year: 2024 }, 0.38, 0.6),
  );
  if (rng.chance(0.7)) {
    main("staff_total");
    const staff = ctx.shownNumber({ input: "staff_total", unit });
    if (staff !== undefined)
      part(
        ctx.pickText("staffDirect", T.staffDirect),
        Math.max(1, Math.round(staff * (0.3 + rng.next() * 0.3))),
        null,
      );
    if (rng.chance(0.5))
      part(ctx.decoyLabel(B16_DECOYS.pressCards, unit), ctx.decoyValue(B16_DECOYS.pressCards, unit), null);
  }
  grid(ws, top2, 1, row - 1, plan ? 8 : 6);
  row++;
  if (rng.chance(0.6)) ctx.write(ws, `B${row}`, ctx.note(), "text", { italic: true });
  return ordered;
}

/**
 * "b15-commission-acceptance": the department's workbook of the province's commissioning ("đặt hàng") of press
 * products, one sheet per year. Each agency's row splits its new political-task articles into the commissioned
 * ones accepted and the ones it produced on its own; the total (a formula) is the plan input. The ordered quantity
 * (a target, right of the total), the unit price and the amount paid, and the all-agency total row are traps; a
 * hidden sheet keeps draft unit prices.
 */
import { ref } from "../../fixtures/sheetKit";
import { AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind15Context } from "./context";
import { grid, headRow, newWorkbook, partsOf, planFigure, plain, put, sheet, shownNumber } from "./kit";
import { B15_COMMISSION as T } from "./texts";

export function commissionAcceptance(ctx: Blind15Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = rng.pick(["NghiemThu_DatHang_BaoChi.xlsx", "Tong hop nghiem thu dat hang.xlsx"]);
  const desc = rng.chance(0.3);
  const years = [...ctx.data.years.political_articles].sort((a, b) => (desc ? b - a : a - b));
  const prices = new Map<string, number>();
  for (const year of years) {
    const ws = sheet(wb, ctx.pickText("sheet", T.sheet, { y: year }), [6, 34, 14, 14, 16, 14, 14, 16, 26]);
    ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
    ctx.writeMerged(ws, "A2:I2", ctx.pickText("sub", T.sub, { y: year }), "text", { italic: true });
    // Two header rows: the group over the two parts, every other column merged down.
    const top = 4;
    const heads = [
      "STT",
      ctx.pickText("agencyCol", T.agencyCol),
      "",
      "",
      ctx.header("political_articles", "commission"),
      ctx.pickText("ordered", T.ordered),
      ctx.pickText("price", T.price),
      ctx.pickText("amount", T.amount),
      "Ghi chú",
    ];
    heads.forEach((h, i) => {
      if (h === "") return;
      ctx.writeMerged(ws, `${ref(i + 1, top)}:${ref(i + 1, top + 1)}`, h, "label", { bold: true });
    });
    ctx.writeMerged(ws, `C${top}:D${top}`, ctx.pickText("group", T.group), "label", { bold: true });
    headRow(ctx, ws, top + 1, [ctx.pickText("accepted", T.accepted), ctx.pickText("self", T.self)], 3);
    grid(ws, top, 1, top + 1, 9);
    let row = top + 2;
    const first = row;
    AGENCIES.forEach((unit, i) => {
      put(ws, `A${row}`, i + 1, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.agency(unit, "row"), "label");
      const slot = { input: "political_articles", unit, year };
      const total = shownNumber(ctx, slot);
      if (total !== undefined) {
        const [accepted = 0, own = 0] = partsOf(total, 2, rng, 0.8);
        plain(ws, `C${row}`, accepted);
        plain(ws, `D${row}`, own);
        ctx.value(fileName, ws, `E${row}`, slot, { formula: `C${row}+D${row}` });
        const ordered = planFigure(ctx, { ...slot }) ?? 0;
        const target = Math.max(accepted + 1, Math.round((ordered * accepted) / total) + rng.int(1, 9));
        plain(ws, `F${row}`, target === total ? target + 1 : target);
        const price = prices.get(unit) ?? rng.pick([450000, 520000, 600000, 750000]);
        prices.set(unit, price);
        plain(ws, `G${row}`, price);
        put(
          ws,
          `H${row}`,
          {
            formula: `ROUND(C${row}*G${row}/1000000,1)`,
            result: Math.round((accepted * price) / 100000) / 10,
          },
          { numFmt: "#,##0.0" },
        );
        if (rng.chance(0.3)) ctx.write(ws, `I${row}`, ctx.note(year), "text", { italic: true, wrap: true });
      } else {
        ctx.value(fileName, ws, `E${row}`, slot);
        ctx.write(ws, `I${row}`, ctx.pickText("notOrdered", T.notOrdered, { y: year }), "text", {
          italic: true,
        });
      }
      row++;
    });
    // The all-agency total: sums of every column, never an agency's figure.
    ctx.write(ws, `B${row}`, ctx.pickText("total", T.total), "label", { bold: true });
    for (const col of ["C", "D", "E", "F", "H"]) {
      let sum = 0;
      for (let r = first; r < row; r++) {
        const v = ws.getCell(`${col}${r}`).value;
        if (typeof v === "number") sum += v;
        else if (v !== null && typeof v === "object" && "result" in v && typeof v.result === "number")
          sum += v.result;
      }
      put(
        ws,
        `${col}${row}`,
        { formula: `SUM(${col}${first}:${col}${row - 1})`, result: Math.round(sum * 10) / 10 },
        { numFmt: "#,##0", bold: true },
      );
    }
    grid(ws, first, 1, row, 9);
  }
  // Draft unit prices, hidden.
  const hidden = sheet(wb, ctx.pickText("priceSheet", T.priceSheet), [34, 16, 16]);
  hidden.state = rng.chance(0.7) ? "hidden" : "veryHidden";
  ctx.write(hidden, "A1", ctx.pickText("priceTitle", T.priceTitle), "text", { italic: true });
  AGENCIES.forEach((unit, i) => {
    ctx.write(hidden, `A${i + 3}`, ctx.agency(unit, "row"), "label");
    plain(hidden, `B${i + 3}`, (prices.get(unit) ?? 500000) + rng.pick([-50000, 50000, 100000]));
    const near = shownNumber(ctx, { input: "political_articles", unit, year: 2025 });
    if (near !== undefined) plain(hidden, `C${i + 3}`, near + rng.pick([-40, -12, 15, 33]));
  });
  return [{ fileName, workbook: wb }];
}

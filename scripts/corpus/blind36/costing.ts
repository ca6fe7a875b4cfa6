/**
 * "b36-product-unit-costing": the department's compiled costing file for the province's order of press products
 * (thuyết minh khối lượng, đơn giá đặt hàng), a sheet per agency. Years are columns under a merged head; rows give
 * every piece published (more than the political-task ones, right above them), the political-task pieces, the
 * ordered part under them, the order's money, the agency's revenue with advertising alone under it, and the
 * workforce by year (only the last year's is the present headcount). Next year's ordered quantity sits right of
 * the years under a plan head, the average unit price after it. A hidden sheet holds the norms.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import { title, unionYears, type BuiltFile } from "../sheets";
import type { Blind36Context } from "./context";
import { hiddenSheet, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B36_COSTING as T } from "./texts";
import { B36_DECOYS as D } from "./wordings";

/** The first year column; the head rows; the first body row. */
export const COSTING_FIRST_COL = 4;
export const COSTING_HEAD = 5;
export const COSTING_BODY = 7;

type Row =
  | { kind: "input"; input: string }
  | { kind: "decoy"; decoy: (typeof D)[keyof typeof D] }
  | { kind: "staff"; input: "staff_total" | "staff_trained" };

const ROWS: readonly Row[] = [
  { kind: "decoy", decoy: D.allPieces },
  { kind: "input", input: "political_articles" },
  { kind: "decoy", decoy: D.ordered },
  { kind: "decoy", decoy: D.orderMoney },
  { kind: "input", input: "revenue" },
  { kind: "decoy", decoy: D.adsOnly },
  { kind: "staff", input: "staff_total" },
  { kind: "staff", input: "staff_trained" },
];

function agencySheet(
  ctx: Blind36Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const years = unionYears(ctx.data);
  const ws = sheet(wb, `${ctx.pickText("prefix", T.sheetPrefix)} ${ctx.slug(unit)}`, [
    6,
    44,
    12,
    ...years.map(() => 12),
    14,
    14,
    26,
  ]);
  const yearCol = (i: number) => COSTING_FIRST_COL + i;
  const planCol = yearCol(years.length);
  const priceCol = planCol + 1;
  const remarkCol = priceCol + 1;
  title(ctx, ws, 1, remarkCol, ctx.pickText("title", T.titles));
  ctx.write(ws, "A3", `${ctx.pickText("unitLine", T.unitLine)}${ctx.agency(unit)}`, "text", { bold: true });

  const top = COSTING_HEAD;
  const bottom = top + 1;
  const head = { bold: true };
  ctx.writeMerged(ws, `A${top}:A${bottom}`, "STT", "text", head);
  ctx.writeMerged(ws, `B${top}:B${bottom}`, ctx.pickText("item", T.item), "text", head);
  ctx.writeMerged(ws, `C${top}:C${bottom}`, "ĐVT", "text", head);
  if (years.length > 1)
    ctx.writeMerged(
      ws,
      `${ref(yearCol(0), top)}:${ref(yearCol(years.length - 1), top)}`,
      ctx.pickText("done", T.done),
      "text",
      head,
    );
  else ctx.write(ws, ref(yearCol(0), top), ctx.pickText("done", T.done), "text", { ...head, wrap: true });
  years.forEach((y, i) =>
    ctx.write(ws, ref(yearCol(i), bottom), String(y), "text", { bold: true, align: "center" }),
  );
  ctx.writeMerged(ws, `${ref(planCol, top)}:${ref(planCol, bottom)}`, ctx.planHeader(2026), "text", head);
  ctx.writeMerged(
    ws,
    `${ref(priceCol, top)}:${ref(priceCol, bottom)}`,
    ctx.pickText("price", T.unitPrice),
    "text",
    head,
  );
  ctx.writeMerged(
    ws,
    `${ref(remarkCol, top)}:${ref(remarkCol, bottom)}`,
    ctx.pickText("remark", T.remark),
    "text",
    head,
  );
  grid(ws, top, 1, bottom, remarkCol);

  let row = COSTING_BODY;
  ROWS.forEach((r, index) => {
    put(ws, `A${row}`, index + 1, { align: "center" });
    if (r.kind === "input") {
      ctx.write(ws, `B${row}`, ctx.wording(r.input), "label", { wrap: true, bold: true });
      ctx.write(ws, `C${row}`, ctx.measure(r.input), "text", { align: "center" });
      years.forEach((y, i) => {
        if (ctx.data.years[r.input as "revenue"].includes(y))
          ctx.value(file, ws, ref(yearCol(i), row), slotOf(r.input, unit, y));
      });
      const target = planFigure(ctx, slotOf(r.input, unit, 2025));
      if (target !== null && ctx.rng.chance(0.9)) ctx.figure(ws, ref(planCol, row), target);
      if (ctx.rng.chance(0.3))
        ctx.write(ws, ref(remarkCol, row), ctx.note(), "text", { italic: true, wrap: true });
    } else if (r.kind === "decoy") {
      ctx.write(ws, `B${row}`, ctx.decoyLabel(r.decoy), "label", {
        wrap: true,
        italic: r.decoy !== D.allPieces,
      });
      ctx.write(ws, `C${row}`, ctx.measure(r.decoy.near), "text", { align: "center" });
      years.forEach((y, i) => {
        if (ctx.data.years[r.decoy.near as "revenue"].includes(y))
          ctx.figure(ws, ref(yearCol(i), row), ctx.decoyValue(r.decoy, unit, y));
      });
      if (r.decoy === D.ordered) {
        const price = ctx.rng.int(380, 2400);
        ctx.figure(ws, ref(priceCol, row), price);
      }
    } else {
      // The workforce by year: earlier years are earlier figures; the last column is the present one.
      const trained = r.input === "staff_trained";
      ctx.write(ws, `B${row}`, ctx.pickText(r.input, trained ? T.qualified : T.workforce), "label", {
        wrap: true,
        italic: trained,
      });
      ctx.write(ws, `C${row}`, ctx.measure(r.input), "text", { align: "center" });
      const slot = slotOf(r.input, unit);
      // Going back a year at a time: fewer people trained each year before, a headcount a little lower.
      let next = ctx.data.value(slot) as number;
      for (let i = years.length - 2; i >= 0; i--) {
        const factor = trained ? 0.6 + ctx.rng.next() * 0.3 : 0.93 + ctx.rng.next() * 0.06;
        const past = Math.max(1, Math.min(next - 1, Math.round(next * factor)));
        ctx.figure(ws, ref(yearCol(i), row), past);
        next = past;
      }
      ctx.value(file, ws, ref(yearCol(years.length - 1), row), slot);
    }
    row++;
  });
  grid(ws, COSTING_BODY, 1, row - 1, remarkCol);
}

export function unitCosting(ctx: Blind36Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["Thuyet minh don gia", "TM_DonGia_DatHang", "Đơn giá đặt hàng"])} ${2025}.xlsx`;
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  hiddenSheet(ctx, wb, ctx.pickText("hiddenName", ["Dinh muc", "DM_an", "Sheet3"]), [
    [T.scratch[0], `${ctx.rng.int(11, 19) / 10}`.replace(".", ",")],
    [T.scratch[1], ctx.rng.int(6, 30)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

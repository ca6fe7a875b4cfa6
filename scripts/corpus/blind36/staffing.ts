/**
 * "b36-staffing-recruitment-plan": the compiled recruitment needs of the three agencies for next year, sent with a
 * submission to the Home Affairs department. Sheet one has the agencies in rows: the staffing quota granted (more
 * than present, left of the headcount), the headcount, the contract workers among them, the people trained in
 * press DX, the shortfall (quota − headcount, a formula), next year's recruitment target, autonomy and the posts
 * wanted; a SUM row adds the agencies up. Sheet two shows each agency's revenue by year (the pay must come from it)
 * with its spending under it. A hidden sheet keeps the pay coefficients.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES } from "../model";
import { title, type BuiltFile } from "../sheets";
import type { Blind36Context } from "./context";
import { headers, hiddenSheet, newWorkbook, nearFigure, sheet, slotOf } from "./kit";
import { B36_STAFFING as T } from "./texts";
import { B36_DECOYS as D } from "./wordings";

export const STAFFING_HEAD = 5;
export const STAFFING_COLS = {
  quota: "C",
  staff: "D",
  contracts: "E",
  trained: "F",
  needed: "G",
  plan: "H",
  autonomy: "I",
  remark: "J",
} as const;
/** Sheet two's first year column. */
export const MONEY_FIRST_COL = 3;

export function staffingPlan(ctx: Blind36Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["Nhu cau tuyen dung VC", "TongHop_TuyenDung", "Tuyển dụng báo chí"])} ${2026}.xlsx`;
  const ws = sheet(
    wb,
    ctx.pickText("sheet1", T.sheet1).replace("{y1}", "2026"),
    [6, 34, 14, 14, 14, 14, 14, 14, 14, 26],
  );
  title(
    ctx,
    ws,
    1,
    10,
    ctx.pickText("title", T.titles).replace("{y1}", "2026"),
    ctx.pickText("sub", T.subs, 2025),
  );
  headers(ctx, ws, STAFFING_HEAD, [
    "STT",
    ctx.pickText("unit", T.unit),
    ctx.decoyLabel(D.quota),
    ctx.header("staff_total"),
    ctx.decoyLabel(D.contracts),
    ctx.header("staff_trained"),
    ctx.pickText("needed", T.needed),
    ctx.planHeader(2026),
    ctx.header("autonomous"),
    ctx.pickText("remark", T.remark),
  ]);
  const first = STAFFING_HEAD + 1;
  const C = STAFFING_COLS;
  const sums = { quota: 0, staff: 0, contracts: 0, trained: 0 };
  AGENCIES.forEach((unit, g) => {
    const row = first + g;
    put(ws, `A${row}`, g + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "label", { wrap: true });
    const staffSlot = slotOf("staff_total", unit);
    const staff = ctx.data.value(staffSlot) as number;
    const quota = nearFigure(ctx, staffSlot, D.quota.scale[0], D.quota.scale[1]) ?? staff + 3;
    ctx.figure(ws, `${C.quota}${row}`, quota);
    sums.quota += quota;
    if (ctx.value(file, ws, `${C.staff}${row}`, staffSlot)) {
      sums.staff += staff;
      ctx.formula(ws, `${C.needed}${row}`, `${C.quota}${row}-${C.staff}${row}`, quota - staff);
    }
    const contracts = nearFigure(ctx, staffSlot, D.contracts.scale[0], D.contracts.scale[1]) ?? 1;
    ctx.figure(ws, `${C.contracts}${row}`, contracts);
    sums.contracts += contracts;
    const trainedSlot = slotOf("staff_trained", unit);
    if (ctx.value(file, ws, `${C.trained}${row}`, trainedSlot))
      sums.trained += ctx.data.value(trainedSlot) as number;
    ctx.figure(ws, `${C.plan}${row}`, Math.max(1, quota - staff + ctx.rng.int(0, 2)));
    ctx.value(file, ws, `${C.autonomy}${row}`, slotOf("autonomous", unit));
    ctx.write(ws, `${C.remark}${row}`, ctx.rng.pick(T.reasons), "text", { wrap: true });
  });
  const total = first + AGENCIES.length;
  const sum = (col: string) => `SUM(${col}${first}:${col}${total - 1})`;
  ctx.write(ws, `B${total}`, ctx.pickText("total", ["Cộng", "Tổng cộng"]), "upper", { bold: true });
  ctx.formula(ws, `${C.quota}${total}`, sum(C.quota), sums.quota, true);
  ctx.formula(ws, `${C.staff}${total}`, sum(C.staff), sums.staff, true);
  ctx.formula(ws, `${C.contracts}${total}`, sum(C.contracts), sums.contracts, true);
  ctx.formula(ws, `${C.trained}${total}`, sum(C.trained), sums.trained, true);
  grid(ws, first, 1, total, 10);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${total + 2}`, ctx.note(), "text", { italic: true });

  // Sheet two: each agency's revenue by year and its spending under it.
  const years = ctx.data.years.revenue;
  const ws2 = sheet(wb, ctx.pickText("sheet2", T.sheet2), [6, 44, ...years.map(() => 13), 24]);
  const noteCol = MONEY_FIRST_COL + years.length;
  title(ctx, ws2, 1, noteCol, ctx.pickText("moneyTitle", T.moneyTitle));
  headers(ctx, ws2, 4, [
    "STT",
    ctx.pickText("content2", ["Nội dung thu, chi", "Khoản mục"]),
    ...years.map((y) => ctx.pickText("yearHead", ["Năm {y}", "TH {y}", "{y}"], y)),
    "Ghi chú",
  ]);
  let row = 5;
  AGENCIES.forEach((unit, g) => {
    put(ws2, `A${row}`, ["I", "II", "III"][g] ?? "", { align: "center", bold: true });
    ctx.write(ws2, `B${row}`, ctx.agency(unit, "money"), "upper", { bold: true });
    row++;
    put(ws2, `A${row}`, 1, { align: "center" });
    ctx.write(ws2, `B${row}`, ctx.header("revenue", unit), "label", { wrap: true });
    years.forEach((y, i) => ctx.value(file, ws2, ref(MONEY_FIRST_COL + i, row), slotOf("revenue", unit, y)));
    if (ctx.rng.chance(0.3))
      ctx.write(ws2, ref(noteCol, row), ctx.note(), "text", { italic: true, wrap: true });
    row++;
    put(ws2, `A${row}`, 2, { align: "center" });
    ctx.write(ws2, `B${row}`, ctx.decoyLabel(D.spending), "label", { wrap: true });
    years.forEach((y, i) =>
      ctx.figure(ws2, ref(MONEY_FIRST_COL + i, row), ctx.decoyValue(D.spending, unit, y)),
    );
    row++;
  });
  grid(ws2, 5, 1, row - 1, noteCol);
  hiddenSheet(ctx, wb, ctx.pickText("hidden", ["He so luong", "Quy luong"]), [
    [T.scratch[0], `${ctx.rng.int(28, 41) / 10}`.replace(".", ",")],
    [T.scratch[1], ctx.rng.int(300, 1900)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

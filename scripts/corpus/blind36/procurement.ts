/**
 * "b36-contractor-selection-plan": each agency's plan for choosing contractors for its digital-transformation
 * packages (Kế hoạch lựa chọn nhà thầu), a workbook per agency. Section I shows the agency's own revenue by year
 * (the counterpart funds come from it) with the development fund set aside right under it and next year's target
 * to the right; section II the present state of staff and platforms in C with the staffing quota under the
 * headcount, cyber-safety trainees under the trained, and the target after investment in D; section III the
 * packages with their prices. A hidden scratch sheet holds last year's draft figures.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf, type UnitId } from "../model";
import { masthead, signature, title, type BuiltFile } from "../sheets";
import type { Blind36Context } from "./context";
import { headers, hiddenSheet, newWorkbook, nearFigure, planFigure, sheet, slotOf, someAnswer } from "./kit";
import { B36_PROCUREMENT as T } from "./texts";
import { B36_DECOYS as D } from "./wordings";

/** The value column of section II and the target column beside it. */
export const PROCUREMENT_COLS = { state: "C", target: "D" } as const;
/** Status inputs in the order section II lists them (each agency's own). */
const ORDER = [
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "security_level",
  "autonomous",
  "licensed",
];

function agencyBook(ctx: Blind36Context, unit: UnitId): BuiltFile {
  const wb = newWorkbook();
  const years = ctx.data.years.revenue;
  const ws = sheet(
    wb,
    ctx.pickText("sheet", ["KHLCNT {y}", "Phu luc KHLCNT", "Danh muc goi thau"], 2025),
    [6, 46, 16, 16, 16, 16, 16, 16, 16, 20],
  );
  const file = `KHLCNT_${ctx.slug(unit)}.xlsx`;
  const last = 2 + years.length + 2;
  masthead(ctx, ws, unit, Math.max(last, 6));
  title(ctx, ws, 4, Math.max(last, 6), ctx.pickText("title", T.titles, 2026), ctx.pickText("sub", T.subs));

  // Section I: revenue by year, the development fund under it, next year's target right of the years.
  let row = 7;
  ctx.write(ws, `A${row}`, ctx.pickText("sec1", T.sectionMoney), "upper", { bold: true });
  row++;
  const planCol = 3 + years.length;
  headers(ctx, ws, row, ["STT", ctx.pickText("content", T.content)]);
  years.forEach((y, i) =>
    ctx.write(ws, ref(3 + i, row), `Năm ${y}`, "text", { bold: true, align: "center" }),
  );
  ctx.write(ws, ref(planCol, row), ctx.planHeader(2026), "text", { bold: true, align: "center", wrap: true });
  grid(ws, row, 1, row, planCol);
  const head = row;
  row++;
  put(ws, `A${row}`, 1, { align: "center" });
  ctx.write(ws, `B${row}`, ctx.label("revenue", { unit: ctx.rng.chance(0.5) }), "label", { wrap: true });
  years.forEach((y, i) => ctx.value(file, ws, ref(3 + i, row), slotOf("revenue", unit, y)));
  const target = planFigure(ctx, slotOf("revenue", unit, 2025));
  if (target !== null) ctx.figure(ws, ref(planCol, row), target);
  row++;
  put(ws, `A${row}`, "-", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.decoyLabel(D.devFund), "label", { italic: true, wrap: true });
  years.forEach((y, i) => ctx.figure(ws, ref(3 + i, row), ctx.decoyValue(D.devFund, unit, y)));
  row++;
  put(ws, `A${row}`, 2, { align: "center" });
  ctx.write(ws, `B${row}`, ctx.pickText("counterpart", T.counterpart), "label", { wrap: true });
  ctx.figure(ws, ref(2 + years.length, row), ctx.decoyValue(D.packagePrice, unit, 2025));
  grid(ws, head, 1, row, planCol);
  row += 2;

  // Section II: the present state in C, the target after investment in D.
  ctx.write(ws, `A${row}`, ctx.pickText("sec2", T.sectionState), "upper", { bold: true });
  row++;
  headers(ctx, ws, row, [
    "STT",
    ctx.pickText("content", T.content),
    ctx.pickText("current", T.current),
    ctx.pickText("after", T.afterInvestment),
    "Ghi chú",
  ]);
  const top = row;
  row++;
  let n = 0;
  const own = statusInputsOf(unit);
  for (const input of ORDER.filter((i) => own.includes(i))) {
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(
      ws,
      `B${row}`,
      input === "licensed"
        ? ctx.header(input, "proc")
        : ctx.label(input, { unit: input.startsWith("staff") && ctx.rng.chance(0.4) }),
      "label",
      {
        wrap: true,
      },
    );
    const slot = slotOf(input, unit);
    ctx.value(file, ws, `${PROCUREMENT_COLS.state}${row}`, slot);
    const v = ctx.data.value(slot);
    if (typeof v === "number" && input.startsWith("staff")) {
      const staff = ctx.data.value(slotOf("staff_total", unit));
      ctx.figure(
        ws,
        `${PROCUREMENT_COLS.target}${row}`,
        typeof staff === "number" ? staff + ctx.rng.int(1, 4) : v + 2,
      );
    } else if (typeof v === "number")
      put(ws, `${PROCUREMENT_COLS.target}${row}`, Math.max(3, v), { align: "center" });
    else if (v !== "not-applicable")
      ctx.write(
        ws,
        `${PROCUREMENT_COLS.target}${row}`,
        ctx.words(input, true) ?? someAnswer(ctx, true),
        "word",
      );
    if (ctx.rng.chance(0.2)) ctx.write(ws, `E${row}`, ctx.note(), "text", { italic: true, wrap: true });
    row++;
    const decoy = input === "staff_total" ? D.quota : input === "staff_trained" ? D.cyberTrained : null;
    if (decoy !== null) {
      put(ws, `A${row}`, "-", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.decoyLabel(decoy), "label", { italic: true, wrap: true });
      const near = nearFigure(ctx, slotOf(decoy.near, unit), decoy.scale[0], decoy.scale[1]);
      if (near !== null) ctx.figure(ws, `${PROCUREMENT_COLS.state}${row}`, near);
      row++;
    }
  }
  grid(ws, top, 1, row - 1, 5);
  row++;

  // Section III: the packages and their prices.
  ctx.write(ws, `A${row}`, ctx.pickText("sec3", T.sectionPackages), "upper", { bold: true });
  row++;
  headers(ctx, ws, row, [
    "STT",
    T.packageHeads[0],
    ctx.decoyLabel(D.packagePrice),
    T.packageHeads[1],
    T.packageHeads[2],
    T.packageHeads[3],
    T.packageHeads[4],
  ]);
  const ptop = row;
  row++;
  const packages = ctx.rng.shuffle(T.packages).slice(0, ctx.rng.int(2, 4));
  packages.forEach((p, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, p, "label", { wrap: true });
    ctx.figure(ws, `C${row}`, ctx.decoyValue(D.packagePrice, unit, 2025));
    ctx.write(ws, `D${row}`, ctx.rng.pick(T.sources));
    ctx.write(ws, `E${row}`, ctx.rng.pick(T.methods));
    ctx.write(ws, `F${row}`, ctx.rng.pick(T.timing).replace("{y}", "2026"));
    ctx.write(ws, `G${row}`, ctx.rng.pick(T.contracts));
    row++;
  });
  grid(ws, ptop, 1, row - 1, 7);
  signature(ctx, ws, row, 7);

  const lastRevenue = years[years.length - 1] ?? 2025;
  hiddenSheet(ctx, wb, ctx.pickText("scratchName", ["Nhap", "Bang tinh tam", "tmp"]), [
    [ctx.pickText("scratch", T.scratch), ctx.decoyValue(D.spending, unit, lastRevenue)],
    [T.scratch[1], ctx.decoyValue(D.packagePrice, unit, lastRevenue)],
  ]);
  return { fileName: file, workbook: wb };
}

export function contractorPlan(ctx: Blind36Context): BuiltFile[] {
  return AGENCIES.map((unit) => agencyBook(ctx, unit));
}

/**
 * b35-surplus-fund-appropriation: each agency's workbook working out, year by year (a sheet per year of revenue),
 * the surplus of income over spending and the funds set aside from it (Decree 60/2021). The year's revenue is the
 * "A" row, a SUM of its parts right under it (advertising, the province's ordering budget, other services); the
 * spending, the surplus and the funds below are formulas; the year's budgeted figure stands to the right. The
 * latest sheet also says the headcount, those trained and the autonomy above the table; earlier sheets show their
 * own (other) headcount; every sheet the year's political-task works. A hidden sheet of coefficients now and then.
 */
import { AGENCIES, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind35Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, splitInto } from "./kit";
import { B35_FUND as T } from "./texts";
import { B35_DECOYS as D } from "./wordings";

/** The table's header row and the revenue row under it. */
export const FUND_HEAD = 9;
export const FUND_REVENUE_ROW = 10;
/** Where the latest sheet says the headcount, those trained and the autonomy. */
export const FUND_GENERAL = { staff_total: "C5", staff_trained: "C6", autonomous: "C7" } as const;
/** Where each year's sheet says the year's political-task works (the output the ordering budget pays for). */
export const FUND_WORKS = "C8";

function agencyBook(ctx: Blind35Context, unit: UnitId): BuiltFile {
  const { rng, data } = ctx;
  const fileName = ctx.pickText("file", T.files, 2025).replace("{slug}", ctx.slug(unit));
  const wb = newWorkbook();
  const years = [...new Set([...data.years.revenue, 2025])].sort();
  const latest = years[years.length - 1] ?? 2025;
  const formulas = rng.chance(0.7);
  for (const y of years) {
    const ws = sheet(wb, ctx.pickText("sheet", T.sheets, y), [6, 52, 16, 16, 26]);
    ctx.writeMerged(ws, "A1:B1", ctx.agency(unit, "fund"), "upper", { bold: true });
    ctx.writeMerged(ws, "A2:E2", ctx.pickText("title", T.title, y), "upper", { bold: true, size: 13 });
    ctx.writeMerged(ws, "A3:E3", ctx.pickText("basis", T.basis, y), "text", { italic: true });
    ctx.write(ws, "B4", ctx.pickText("general", T.general), "text", { bold: true });
    for (const input of ["staff_total", "staff_trained", "autonomous"] as const) {
      const at = FUND_GENERAL[input];
      const r = Number(at.slice(1));
      if (y !== latest && input !== "staff_total") continue;
      const label =
        input === "autonomous"
          ? ctx.header(input, unit)
          : ctx.label(input, { key: "fund", unit: input === "staff_total" });
      ctx.write(ws, `B${r}`, label, "label");
      if (y === latest) ctx.value(fileName, ws, at, slotOf(input, unit));
      else {
        // An earlier year's headcount: another figure.
        const past = nearFigure(ctx, slotOf("staff_total", unit), 0.86, 0.97);
        if (past !== null) ctx.figure(ws, at, past);
      }
    }
    ctx.write(ws, "B8", ctx.label("political_articles", { key: "fund", year: y }), "label");
    ctx.value(fileName, ws, FUND_WORKS, slotOf("political_articles", unit, y));
    const planHead = ctx.planHeader(y);
    headers(ctx, ws, FUND_HEAD, ["STT", "Nội dung", ctx.pickText("amount", T.amount), planHead, "Ghi chú"]);
    const slot = slotOf("revenue", unit, y);
    const revenue = ctx.shownNumber(slot);
    const r0 = FUND_REVENUE_ROW;
    ctx.write(ws, `A${r0}`, "A", "text", { bold: true });
    ctx.write(ws, `B${r0}`, ctx.label("revenue", { key: "fund" }), "label", { bold: true });
    ctx.value(fileName, ws, `C${r0}`, slot, formulas ? { formula: `SUM(C${r0 + 1}:C${r0 + 3})` } : {});
    const target = planFigure(ctx, slot);
    if (target !== null) ctx.figure(ws, `D${r0}`, target);
    const parts = revenue === undefined ? [] : splitInto(ctx, revenue, 3);
    const partTexts = [
      ctx.decoyLabel(D.adRevenue, "ads"),
      ctx.decoyLabel(D.stateOrder, "order"),
      ctx.pickText("other", T.otherIncome),
    ];
    partTexts.forEach((t, i) => {
      const r = r0 + 1 + i;
      ctx.write(ws, `A${r}`, String(i + 1));
      ctx.write(ws, `B${r}`, t, "label", { italic: true });
      const p = parts[i];
      if (p !== undefined) ctx.figure(ws, `C${r}`, p, { italic: true });
    });
    const rs = r0 + 4;
    ctx.write(ws, `A${rs}`, "B", "text", { bold: true });
    ctx.write(ws, `B${rs}`, ctx.decoyLabel(D.spending, "spend"), "label", { bold: true });
    const spend = revenue === undefined ? null : Math.round(revenue * (0.82 + rng.next() * 0.12));
    if (spend !== null && revenue !== undefined) {
      ctx.figure(ws, `C${rs}`, spend, { bold: true });
      const surplus = revenue - spend;
      ctx.write(ws, `A${rs + 1}`, "C", "text", { bold: true });
      ctx.write(ws, `B${rs + 1}`, ctx.pickText("surplus", T.surplus), "label", { bold: true });
      ctx.formula(ws, `C${rs + 1}`, `C${r0}-C${rs}`, surplus, true);
      ctx.write(ws, `A${rs + 2}`, "D", "text", { bold: true });
      ctx.write(ws, `B${rs + 2}`, ctx.pickText("funds", T.funds), "label", { bold: true });
      const shares: Array<[string, number]> = [
        [ctx.decoyLabel(D.devFund, "fund"), 0.25],
        [ctx.pickText("income", T.income), 0.45],
        [ctx.pickText("welfare", T.welfare), 0.3],
      ];
      shares.forEach(([t, share], i) => {
        const r = rs + 3 + i;
        ctx.write(ws, `A${r}`, String(i + 1));
        ctx.write(ws, `B${r}`, t, "label");
        ctx.formula(ws, `C${r}`, `ROUND(C${rs + 1}*${share},0)`, Math.round(surplus * share));
      });
      if (rng.chance(0.5)) ctx.write(ws, `E${r0}`, ctx.note(y), "text", { italic: true });
    }
  }
  if (rng.chance(0.35))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [T.scratchRows[0] ?? "", "25%"],
      [T.scratchRows[1] ?? "", 2],
    ]);
  return { fileName, workbook: wb };
}

export function fundAppropriation(ctx: Blind35Context): BuiltFile[] {
  return AGENCIES.map((unit) => agencyBook(ctx, unit));
}

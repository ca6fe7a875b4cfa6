/**
 * b31-year-end-summary-conference-annex: the figures annex of an agency's year-end summary conference, one workbook
 * with a sheet per agency. Columns: STT | content | ĐVT | the year's target (plan) | the half-year figure already
 * reported | the full year (truth) | the same period last year (truth for the yearly inputs, an older state for the
 * others) | two ratios | notes. Whole works sit right above the political works, the advertising part right under
 * the revenue, press cards now and then under the headcount.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind31Context } from "./context";
import {
  headers,
  hiddenSheet,
  newWorkbook,
  olderState,
  planFigure,
  sheet,
  slotOf,
  statusOf,
  writeOther,
} from "./kit";
import { B31_REVIEW as T } from "./texts";
import { B31_DECOYS as D } from "./wordings";

const ROMAN = ["I", "II", "III", "IV"];

export function yearEndAnnex(ctx: Blind31Context): BuiltFile[] {
  const { rng } = ctx;
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const scratch: Array<readonly [string, number | string]> = [];
  for (const unit of AGENCIES) {
    const ws = sheet(wb, ctx.agency(unit, "sheet"), [6, 50, 10, 13, 13, 13, 13, 10, 10, 26]);
    ctx.writeMerged(ws, "A1:J1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
    ctx.writeMerged(ws, "A2:J2", ctx.agency(unit, "head"), "text", { bold: true });
    ctx.writeMerged(ws, "A3:J3", ctx.pickText("sub", T.sub), "text", { italic: true });
    headers(ctx, ws, 5, [
      "STT",
      ctx.pickText("label", T.label),
      "ĐVT",
      ctx.planHeader(2025),
      ctx.partialHeader(2025),
      ctx.pickText("full", T.full),
      ctx.pickText("last", T.last),
      ctx.pickText("ratioPlan", T.ratioPlan),
      ctx.pickText("ratioLast", T.ratioLast),
      "Ghi chú",
    ]);
    let row = 6;
    const section = (i: number) => {
      put(ws, `A${row}`, ROMAN[i] ?? "", { bold: true, align: "center" });
      ctx.write(ws, `B${row}`, T.sections[i] ?? "", "upper", { bold: true });
      row++;
    };
    let n = 0;
    const decoy = (d: (typeof D)[keyof typeof D], sub: boolean, years: readonly number[] | "status") => {
      const label = ctx.decoyLabel(d, unit);
      ctx.write(ws, `B${row}`, sub ? `- ${label}` : label, "label", { italic: sub, wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(d.near), "text", { align: "center" });
      if (years === "status") {
        ctx.figure(ws, `F${row}`, ctx.decoyValue(d, unit));
        ctx.figure(ws, `G${row}`, Math.max(1, ctx.decoyValue(d, unit) - rng.int(1, 4)));
        row++;
        return;
      }
      const now = years.includes(2025) ? ctx.decoyValue(d, unit, 2025) : undefined;
      const then = years.includes(2024) ? ctx.decoyValue(d, unit, 2024) : undefined;
      if (now !== undefined) {
        ctx.figure(ws, `E${row}`, Math.max(1, Math.round(now * (0.42 + rng.next() * 0.12))));
        ctx.figure(ws, `F${row}`, now);
      }
      if (then !== undefined) ctx.figure(ws, `G${row}`, then);
      if (!sub) put(ws, `A${row}`, ++n, { align: "center" });
      row++;
    };
    const item = (input: string) => {
      put(ws, `A${row}`, ++n, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.label(input, { unit: rng.chance(0.3), key: unit }), "label", {
        wrap: true,
      });
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      if (isYearly(input)) {
        const now = slotOf(input, unit, 2025);
        const target = planFigure(ctx, now);
        if (target !== null && rng.chance(0.85)) ctx.figure(ws, `D${row}`, target);
        const v = ctx.shownNumber(now);
        const half = v ?? (ctx.data.value(now) as number);
        if (ctx.data.years[input].includes(2025))
          ctx.figure(ws, `E${row}`, Math.max(1, Math.round(half * (0.41 + rng.next() * 0.14))));
        const wrote = ctx.data.years[input].includes(2025) && ctx.value(fileName, ws, `F${row}`, now);
        const last = slotOf(input, unit, 2024);
        const wroteLast = ctx.data.years[input].includes(2024) && ctx.value(fileName, ws, `G${row}`, last);
        if (wrote && target !== null && v !== undefined) {
          if (rng.chance(0.5))
            ctx.formula(ws, `H${row}`, `F${row}/D${row}*100`, Math.round((v / target) * 1000) / 10);
          else ctx.write(ws, `H${row}`, `${String(Math.round((v / target) * 1000) / 10).replace(".", ",")}%`);
        }
        const lv = ctx.shownNumber(last);
        if (wrote && wroteLast && v !== undefined && lv !== undefined)
          ctx.formula(ws, `I${row}`, `F${row}/G${row}*100`, Math.round((v / lv) * 1000) / 10);
        if (v !== undefined) scratch.push([`${ctx.wording(input, unit)} - 6T`, Math.round(v * 0.5)]);
      } else {
        const slot = slotOf(input, unit);
        const target = planFigure(ctx, slot);
        if (target !== null) ctx.figure(ws, `D${row}`, target);
        else
          ctx.write(ws, `D${row}`, ctx.pickText(`plan|${input}`, T.statusPlan), "text", { align: "center" });
        ctx.value(fileName, ws, `F${row}`, slot);
        if (rng.chance(0.8)) writeOther(ctx, ws, `G${row}`, input, olderState(ctx, input, unit));
      }
      if (rng.chance(0.2)) ctx.write(ws, `J${row}`, ctx.note(2025), "text", { italic: true, wrap: true });
      row++;
    };
    const yearsOf = (input: "political_articles" | "revenue") =>
      ctx.data.years[input].filter((y) => y >= 2024);
    section(0);
    decoy(D.allWorks, false, yearsOf("political_articles"));
    item("political_articles");
    if (rng.chance(0.5)) decoy(D.reused, false, yearsOf("political_articles"));
    section(1);
    item("revenue");
    decoy(D.advertising, true, yearsOf("revenue"));
    if (rng.chance(0.4)) decoy(D.orderedFunds, true, yearsOf("revenue"));
    section(2);
    item("staff_total");
    if (rng.chance(0.5)) decoy(D.pressCards, true, "status");
    item("staff_trained");
    decoy(D.classes, true, "status");
    section(3);
    for (const input of statusOf(unit).filter((i) => !i.startsWith("staff_"))) item(input);
    grid(ws, 5, 1, row - 1, 10);
  }
  if (rng.chance(0.45)) hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), scratch);
  return [{ fileName, workbook: wb }];
}

/**
 * "b32-six-month-preliminary-review": the figures annex of a mid-year review (sơ kết 6 tháng), a sheet per agency:
 * STT | indicator | ĐVT | 2023 | 2024 | first half of 2025 | estimate for the whole of 2025 | target | ratio | notes.
 * The whole-year estimate is the year's figure (and the statuses' column). Traps: the first-half column between
 * last year and the estimate, the target and a ratio formula to its right, all-topic works and online advertising
 * right under the works and the revenue, last year's headcount and answers in the 2024 column.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, kindOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind32Context } from "./context";
import {
  headers,
  hiddenSheet,
  nearFigure,
  newWorkbook,
  planFigure,
  sheet,
  someAnswer,
  statusOf,
} from "./kit";
import { B32_REVIEW as T } from "./texts";
import { B32_DECOYS as D, type B32Decoy } from "./wordings";

/** Columns: D 2023, E 2024, F first half, G estimate 2025, H target, I ratio, J notes. */
export const REVIEW_COLS = { 2023: "D", 2024: "E", half: "F", 2025: "G", plan: "H", ratio: "I" } as const;

export function sixMonthReview(ctx: Blind32Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  if (rng.chance(0.5))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [ctx.partialHeader(2025), ctx.near("political_articles", "bao-lai-chau", 0.4, 0.55, 2025)],
      [ctx.agency("dai-ptth-lai-chau"), ctx.near("revenue", "dai-ptth-lai-chau", 0.4, 0.55, 2025)],
    ]);
  return [{ fileName: file, workbook: wb }];
}

function agencySheet(
  ctx: Blind32Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.agency(unit, "sheet"), [6, 48, 10, 13, 13, 14, 14, 13, 12, 24]);
  ctx.writeMerged(ws, "A1:J1", ctx.pickText("title", T.titles, 2025), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:J2", ctx.agency(unit), "text", { italic: true });
  headers(ctx, ws, 4, [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    ctx.pickText("last", T.lastYear, 2023),
    ctx.pickText("last", T.lastYear, 2024),
    ctx.partialHeader(2025),
    ctx.pickText("estimate", T.estimate, 2025),
    ctx.planHeader(2025),
    ctx.pickText("ratio", T.ratio),
    "Ghi chú",
  ]);
  let row = 5;
  let n = 0;
  const C = REVIEW_COLS;
  const section = (roman: string, text: string) => {
    put(ws, `A${row}`, roman, { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, text, "upper", { bold: true });
    row++;
  };
  const labelled = (input: string) => {
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { unit: rng.chance(0.25) }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    if (rng.chance(0.2)) ctx.write(ws, `J${row}`, ctx.note(), "text", { italic: true, wrap: true });
  };
  const ratio = (plan: number | null, actual: number | undefined) => {
    if (plan === null || actual === undefined) return;
    ctx.formula(
      ws,
      `${C.ratio}${row}`,
      `IFERROR(ROUND(${C[2025]}${row}/${C.plan}${row}*100,1),"")`,
      Math.round((actual / plan) * 1000) / 10,
    );
  };
  const yearly = (input: string, decoy: B32Decoy, prefix: string) => {
    labelled(input);
    for (const year of [2023, 2024, 2025] as const)
      ctx.value(file, ws, `${C[year]}${row}`, { input, unit, year });
    const whole = ctx.data.value({ input, unit, year: 2025 });
    if (typeof whole === "number")
      ctx.figure(ws, `${C.half}${row}`, nearFigure(ctx, { input, unit, year: 2025 }, 0.4, 0.56) ?? 1);
    const plan = planFigure(ctx, { input, unit, year: 2025 });
    if (plan !== null) ctx.figure(ws, `${C.plan}${row}`, plan);
    ratio(plan, ctx.shownNumber({ input, unit, year: 2025 }));
    row++;
    ctx.write(ws, `B${row}`, `${prefix} ${ctx.decoyLabel(decoy)}`, "label", { italic: true, wrap: true });
    ctx.write(ws, `C${row}`, decoy.measure, "text", { align: "center" });
    for (const year of [2023, 2024] as const)
      ctx.figure(ws, `${C[year]}${row}`, ctx.decoyValue(decoy, unit, year));
    ctx.figure(ws, `${C.half}${row}`, Math.round(ctx.decoyValue(decoy, unit, 2025) / 2));
    ctx.figure(ws, `${C[2025]}${row}`, ctx.decoyValue(decoy, unit, 2025));
    row++;
  };
  const status = (input: string) => {
    labelled(input);
    const slot = { input, unit };
    ctx.value(file, ws, `${C[2025]}${row}`, slot);
    const v = ctx.data.value(slot);
    const last = `${C[2024]}${row}`;
    if (kindOf(input) === "level" && typeof v === "number")
      ctx.write(ws, last, `Cấp độ ${Math.max(1, v - 1)}`, "word");
    else if (typeof v === "number") {
      ctx.figure(ws, last, nearFigure(ctx, slot, 0.85, 0.98) ?? 1);
      if (input === "staff_trained") {
        const all = ctx.data.value({ input: "staff_total", unit });
        if (typeof all === "number" && all !== v) ctx.figure(ws, `${C.plan}${row}`, all);
      }
    } else if (typeof v === "boolean")
      ctx.write(ws, last, someAnswer(ctx, v && rng.chance(0.5)), "word", { align: "center" });
    row++;
  };
  section("I", "Sản phẩm báo chí, nguồn thu");
  yearly("political_articles", D.allOutput, "Tham khảo:");
  yearly("revenue", D.webAds, "Trong đó:");
  section("II", "Nhân lực, hạ tầng số, cơ chế");
  for (const input of statusOf(unit)) status(input);
  grid(ws, 5, 1, row - 1, 10);
}

/**
 * b20-iso-quality-objectives: each agency's ISO 9001 quality-objective tracking, a workbook per agency with a sheet
 * per year ("MTCL 2024", "MTCL 2025"). Each quality objective (merged down its rows) has measures: the input's
 * wording, its unit, the target, the half-year measurement, the full-year result (the truth), pass/fail and a
 * corrective action. Last year's sheet holds last year's yearly figures (truth for 2024) and older staff figures.
 * Traps: the target left of the result, the half-year figure beside it, "Đạt"/"Không đạt" words right of every
 * answer, last year's sheet, near-miss measures.
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { kindOf, statusInputsOf, type UnitId, AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind20Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B20_COMMON as C, B20_ISO as T } from "./texts";
import { B20_DECOYS as D } from "./wordings";

/** Objectives and their measures (an input, or a near-miss row by its key). */
const GROUPS: ReadonlyArray<readonly string[]> = [
  ["political_articles", "@reposted"],
  ["revenue", "@adIncome"],
  ["staff_total", "staff_trained", "@otherTraining"],
  ["digital_platforms", "ai_data_platform", "converged_newsroom", "autonomous", "licensed"],
  ["security_level", "@incidents"],
];

export function isoObjectives(ctx: Blind20Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const fileName = `MTCL_${ctx.slug(unit)}.xlsx`;
    for (const year of [2024, 2025]) yearSheet(ctx, wb, fileName, unit, year);
    return { fileName, workbook: wb };
  });
}

function yearSheet(
  ctx: Blind20Context,
  wb: ExcelJS.Workbook,
  file: string,
  unit: UnitId,
  year: number,
): void {
  const ws = sheet(wb, T.sheetYear.replace("{y}", String(year)), [5, 30, 44, 9, 13, 14, 14, 12, 26]);
  const current = year === 2025;
  ctx.writeMerged(ws, "A1:I1", ctx.agency(unit, "iso"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:I2", T.title.replace("{y}", String(year)), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:I3", T.standard, "text", { italic: true });
  const head = 5;
  headers(ctx, ws, head, [
    C.tt,
    T.objective,
    T.measure,
    C.unit,
    ctx.planHeader(year),
    ctx.partialHeader(year),
    T.yearResult.replace("{y}", String(year)),
    T.verdict,
    T.action,
  ]);
  let row = head + 1;
  const mine = new Set(["political_articles", "revenue", ...statusInputsOf(unit)]);
  GROUPS.forEach((group, g) => {
    const items = group.filter((m) => (m.startsWith("@") ? ctx.rng.chance(0.5) : mine.has(m)));
    if (items.length === 0) return;
    const top = row;
    for (const item of items) {
      if (item.startsWith("@")) {
        const d = D[item.slice(1) as keyof typeof D];
        ctx.write(ws, `C${row}`, ctx.decoyLabel(d, "iso"));
        ctx.write(ws, `D${row}`, ctx.decoyMeasure(d), "text", { align: "center" });
        const v = ctx.decoyValue(d, unit, year);
        ctx.figure(ws, `F${row}`, Math.max(1, Math.round(v * 0.5)));
        ctx.figure(ws, `G${row}`, v);
        row++;
        continue;
      }
      const input = item;
      const slot = slotOf(input, unit, year);
      ctx.write(ws, `C${row}`, ctx.header(input, `iso-${unit}-${year}`), "label");
      ctx.write(ws, `D${row}`, ctx.measure(input), "text", { align: "center" });
      const kind = kindOf(input);
      const yearly = input === "political_articles" || input === "revenue";
      const value = ctx.data.value(slot);
      if (kind === "yes-no") put(ws, `E${row}`, ctx.style.yesNo[0], { align: "center" });
      else if (kind === "level")
        ctx.write(
          ws,
          `E${row}`,
          input === "security_level" && unit === "tap-chi-van-nghe-lai-chau" ? "-" : "Cấp độ 3",
          "text",
          { align: "center" },
        );
      else {
        const target = ctx.rng.chance(0.5) ? planFigure(ctx, slot) : nearFigure(ctx, slot, 0.8, 0.97);
        if (target !== null) ctx.figure(ws, `E${row}`, target);
      }
      if (kind === "count" || kind === "money") {
        const nine = ctx.partialHeader(year).includes("9");
        const half = yearly
          ? nearFigure(ctx, slot, nine ? 0.68 : 0.42, nine ? 0.8 : 0.55)
          : nearFigure(ctx, slot, 0.9, 0.99);
        if (half !== null) ctx.figure(ws, `F${row}`, half);
      }
      let shown = false;
      if (yearly || current) shown = ctx.value(file, ws, `G${row}`, slot);
      else if (kind === "count") {
        const older = nearFigure(ctx, slot, 0.85, 0.97);
        if (older !== null) ctx.figure(ws, `G${row}`, older);
      }
      if (shown) {
        const target = ws.getCell(`E${row}`).value;
        const pass =
          typeof value === "number" && typeof target === "number" ? value >= target : value !== false;
        ctx.write(ws, `H${row}`, pass ? T.pass : T.fail, "word", { align: "center" });
        if (!pass && ctx.rng.chance(0.6))
          ctx.write(ws, `I${row}`, ctx.noteFor(input, year), "text", { italic: true });
      }
      row++;
    }
    ctx.write(ws, `A${top}`, String(g + 1), "text", { align: "center" });
    if (row - 1 > top)
      ctx.writeMerged(ws, `B${top}:B${row - 1}`, T.objectives[g] ?? "", "text", { align: "left" });
    else ctx.write(ws, `B${top}`, T.objectives[g] ?? "", "text", { wrap: true });
  });
  grid(ws, head + 1, 1, row - 1, 9);
  ctx.write(ws, `B${row + 1}`, ctx.pickText("freq", T.frequencies), "text", { italic: true });
}

/**
 * "b38-operating-conditions-compliance-check": the department's inspection team checks whether each press agency
 * still meets its operating conditions. One workbook, a sheet per agency: the rule (minimum) in D, what the team
 * found in E (the truth), the team's verdict (Đạt/Chưa đạt, a yes/no-looking word) in F, a target right of them
 * in G. Press-card holders (fewer) sit under the headcount, infosec-course people under the trained; the last two
 * years' revenue under the financial conditions; a hidden scratch sheet with the agency's first declaration.
 */
import type ExcelJS from "exceljs";
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind38Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B38_COMPLIANCE as T } from "./texts";
import { B38_DECOYS as D } from "./wordings";

/** The head row and the table's columns. */
export const COMPLIANCE_HEAD = 7;
export const COMPLIANCE_COLS = { rule: "D", actual: "E", verdict: "F", target: "G" } as const;

const TECH = ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"] as const;

export function complianceCheck(ctx: Blind38Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `KiemTra_DieuKienHD_BaoChi_${2025}.xlsx`;
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  hiddenSheet(
    ctx,
    wb,
    ctx.pickText("scratch", T.scratch),
    AGENCIES.map((u, i) => [
      `${ctx.pickText(`sr${i}`, T.scratchRows)} - ${ctx.agency(u, "scratch")}`,
      nearFigure(ctx, slotOf("staff_total", u), 0.85, 0.97) ?? 1,
    ]),
  );
  return [{ fileName: file, workbook: wb }];
}

function agencySheet(ctx: Blind38Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.slug(unit), [6, 46, 10, 16, 18, 16, 16, 26]);
  ctx.writeMerged(ws, "A1:C1", ctx.pickText("office", T.office), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:C2", ctx.pickText("team", T.team), "text", { italic: true });
  ctx.writeMerged(ws, "A4:H4", ctx.pickText("title", T.title, 2025), "upper", { bold: true, size: 13 });
  ctx.write(ws, "B5", T.checked, "text", { italic: true });
  ctx.write(ws, "C5", ctx.agency(unit, "checked"), "text", { bold: true });
  const h = T.heads;
  headers(ctx, ws, COMPLIANCE_HEAD, [
    h.no,
    ctx.pickText("h-item", h.item),
    h.measure,
    ctx.pickText("h-rule", h.rule),
    ctx.pickText("h-actual", h.actual),
    ctx.pickText("h-verdict", h.verdict),
    ctx.planHeader(2025),
    h.remark,
  ]);
  let row = COMPLIANCE_HEAD + 1;
  const section = (text: string) => {
    ctx.writeMerged(ws, `A${row}:H${row}`, text, "text", { bold: true, align: "left" });
    row++;
  };
  const verdict = (ok: boolean) =>
    ctx.write(ws, `${COMPLIANCE_COLS.verdict}${row}`, T.verdicts[ok ? 0 : 1], "word", { align: "center" });
  let n = 1;

  section(T.sections.people);
  for (const input of ["staff_total", "staff_trained"] as const) {
    const slot = slotOf(input, unit);
    const v = Number(ctx.data.value(slot));
    ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: unit }), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    const rule =
      input === "staff_total" ? Math.max(3, Math.round(v * 0.6)) : Math.max(1, Math.round(v * 0.5));
    ctx.figure(ws, `${COMPLIANCE_COLS.rule}${row}`, rule);
    ctx.value(file, ws, `${COMPLIANCE_COLS.actual}${row}`, slot);
    verdict(true);
    const target = planFigure(ctx, slot);
    if (target !== null) ctx.figure(ws, `${COMPLIANCE_COLS.target}${row}`, target);
    if (ctx.rng.chance(0.3)) ctx.write(ws, `H${row}`, ctx.note(), "text", { italic: true });
    row++;
    const decoy = ctx.decoyRow(input === "staff_total" ? D.pressCards : D.infosecCourse, unit, unit);
    ctx.write(ws, `B${row}`, `- ${decoy.text}`, "label", { italic: true });
    ctx.write(ws, `C${row}`, ctx.measure(input));
    ctx.figure(ws, `${COMPLIANCE_COLS.actual}${row}`, Math.min(decoy.value, Math.max(1, v - 1)), {
      italic: true,
    });
    row++;
  }

  section(T.sections.tech);
  for (const input of TECH) {
    const slot = slotOf(input, unit);
    ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: unit }), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    ctx.write(ws, `${COMPLIANCE_COLS.rule}${row}`, ctx.pickText(`rule-${input}`, T.ruleTexts), "text", {
      italic: true,
    });
    const v = ctx.data.value(slot);
    ctx.value(file, ws, `${COMPLIANCE_COLS.actual}${row}`, slot);
    verdict(v === true || (typeof v === "number" && v >= 3) || v === "not-applicable");
    const target = input === "security_level" ? (unit === MAGAZINE ? "" : "3") : ctx.style.yesNo[0];
    if (target !== "") ctx.write(ws, `${COMPLIANCE_COLS.target}${row}`, target, "word", { align: "center" });
    row++;
  }

  section(T.sections.money);
  const financial = unit === MAGAZINE ? (["autonomous", "licensed"] as const) : (["autonomous"] as const);
  for (const input of financial) {
    const slot = slotOf(input, unit);
    ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: unit }), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    ctx.write(ws, `${COMPLIANCE_COLS.rule}${row}`, ctx.pickText(`rule-${input}`, T.ruleTexts), "text", {
      italic: true,
    });
    ctx.value(file, ws, `${COMPLIANCE_COLS.actual}${row}`, slot);
    verdict(ctx.data.value(slot) === true);
    row++;
  }
  ctx.write(ws, `A${row}`, String(n), "text", { align: "center" });
  ctx.write(ws, `B${row}`, T.revenueYear, "text", { italic: true });
  row++;
  for (const year of [2024, 2025]) {
    const slot = slotOf("revenue", unit, year);
    ctx.write(ws, `B${row}`, `- ${ctx.label("revenue", { key: unit, year, unit: true })}`, "label");
    ctx.write(ws, `C${row}`, ctx.measure("revenue"));
    ctx.value(file, ws, `${COMPLIANCE_COLS.actual}${row}`, slot);
    const target = planFigure(ctx, slot);
    if (year === 2025 && target !== null) ctx.figure(ws, `${COMPLIANCE_COLS.target}${row}`, target);
    row++;
  }
  grid(ws, COMPLIANCE_HEAD, 1, row - 1, 8);
}

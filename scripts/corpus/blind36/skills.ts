/**
 * "b36-digital-skills-signature-return": each agency's return on digital-skills training and digital signatures, a
 * workbook per agency. Sheet one lists the agency's departments with their headcount (C), people holding a
 * signature certificate (D), people trained in press DX (E), people at cyber-safety courses (F) and next year's
 * training target (G); the agency's figures are the SUM row under the departments. Sheet two gives the platforms,
 * security level, autonomy (and licence) with last year's answers in C, this year's in D and the target in E. A
 * hidden sheet keeps the learners' draft list.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf, type SampleValue, type UnitId } from "../model";
import { title, type BuiltFile } from "../sheets";
import type { Blind36Context } from "./context";
import { headers, hiddenSheet, newWorkbook, sheet, slotOf, someAnswer, splitInto } from "./kit";
import { B36_SKILLS as T } from "./texts";
import { B36_DECOYS as D } from "./wordings";

export const SKILLS_COLS = {
  staff: "C",
  signature: "D",
  trained: "E",
  cyber: "F",
  plan: "G",
  lastYear: "C",
  thisYear: "D",
  target: "E",
} as const;
/** The head row of both sheets. */
export const SKILLS_HEAD = 4;

const STATUS = [
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "security_level",
  "autonomous",
  "licensed",
];

function lastYearOf(ctx: Blind36Context, input: string, v: SampleValue): SampleValue {
  if (typeof v === "boolean") return v && ctx.rng.chance(0.4) ? false : v;
  if (typeof v === "number") return Math.max(1, v - (ctx.rng.chance(0.5) ? 1 : 0));
  return v;
}

function book(ctx: Blind36Context, unit: UnitId): BuiltFile {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["KyNangSo_ChuKySo", "BC boi duong ky nang so", "Bồi dưỡng CĐS"])}_${ctx.slug(unit)}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet1", T.sheet1), [6, 34, 14, 14, 14, 14, 16]);
  title(ctx, ws, 1, 7, ctx.pickText("title", T.titles, 2025), ctx.agency(unit));
  headers(ctx, ws, SKILLS_HEAD, [
    "STT",
    ctx.pickText("dept", T.department),
    ctx.header("staff_total"),
    ctx.decoyLabel(D.signature),
    ctx.header("staff_trained"),
    ctx.decoyLabel(D.cyberTrained),
    ctx.planHeader(2026),
  ]);
  const depts = T.depts[unit as keyof typeof T.depts];
  const staffSlot = slotOf("staff_total", unit);
  const trainedSlot = slotOf("staff_trained", unit);
  const staff = ctx.data.value(staffSlot) as number;
  const trained = ctx.data.value(trainedSlot) as number;
  const staffParts = splitInto(ctx, staff, depts.length);
  const trainedParts = [...staffParts];
  for (let left = staff - trained; left > 0;) {
    const i = ctx.rng.int(0, depts.length - 1);
    if ((trainedParts[i] ?? 0) > 0) {
      trainedParts[i] = (trainedParts[i] ?? 0) - 1;
      left--;
    }
  }
  const first = SKILLS_HEAD + 1;
  let signatures = 0;
  let cyber = 0;
  depts.forEach((dept, i) => {
    const row = first + i;
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, dept, "label");
    const s = staffParts[i] ?? 0;
    if (ctx.data.shown(staffSlot)) ctx.figure(ws, `${SKILLS_COLS.staff}${row}`, s);
    const sig = ctx.rng.int(Math.floor(s * 0.3), Math.max(1, Math.floor(s * 0.7)));
    signatures += sig;
    ctx.figure(ws, `${SKILLS_COLS.signature}${row}`, sig);
    if (ctx.data.shown(trainedSlot)) ctx.figure(ws, `${SKILLS_COLS.trained}${row}`, trainedParts[i] ?? 0);
    const cy = ctx.rng.int(0, Math.max(1, Math.floor(s * 0.5)));
    cyber += cy;
    ctx.figure(ws, `${SKILLS_COLS.cyber}${row}`, cy);
    ctx.figure(ws, `${SKILLS_COLS.plan}${row}`, Math.max(1, s - (trainedParts[i] ?? 0) + ctx.rng.int(1, 3)));
  });
  const total = first + depts.length;
  const range = (col: string) => `SUM(${col}${first}:${col}${total - 1})`;
  ctx.write(ws, `B${total}`, ctx.pickText("total", T.total), "upper", { bold: true });
  ctx.viaFormula(file, ws, `${SKILLS_COLS.staff}${total}`, staffSlot, range(SKILLS_COLS.staff));
  ctx.formula(ws, `${SKILLS_COLS.signature}${total}`, range(SKILLS_COLS.signature), signatures, true);
  ctx.viaFormula(file, ws, `${SKILLS_COLS.trained}${total}`, trainedSlot, range(SKILLS_COLS.trained));
  ctx.formula(ws, `${SKILLS_COLS.cyber}${total}`, range(SKILLS_COLS.cyber), cyber, true);
  grid(ws, first, 1, total, 7);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${total + 2}`, ctx.note(), "text", { italic: true });

  // Sheet two: last year's answers, this year's, the target.
  const ws2 = sheet(wb, ctx.pickText("sheet2", T.sheet2), [6, 48, 18, 18, 18, 24]);
  title(ctx, ws2, 1, 6, ctx.pickText("title", T.titles, 2025), ctx.agency(unit));
  headers(ctx, ws2, SKILLS_HEAD, [
    "STT",
    ctx.pickText("dept2", ["Nội dung đánh giá", "Chỉ số hạ tầng, cơ chế"]),
    ctx.pickText("lastYear", T.lastYear, 2024),
    ctx.pickText("thisYear", T.thisYear, 2025),
    ctx.planHeader(2026),
    "Ghi chú",
  ]);
  let row = SKILLS_HEAD + 1;
  const own = statusInputsOf(unit);
  STATUS.filter((i) => own.includes(i)).forEach((input, i) => {
    put(ws2, `A${row}`, i + 1, { align: "center" });
    const byHeader = input === "security_level" || input === "licensed" || input === "ai_data_platform";
    ctx.write(ws2, `B${row}`, byHeader ? ctx.header(input, "s2") : ctx.label(input), "label", { wrap: true });
    const v = ctx.data.value(slotOf(input, unit));
    const past = ctx.words(input, lastYearOf(ctx, input, v));
    if (past !== null) ctx.write(ws2, `${SKILLS_COLS.lastYear}${row}`, past, "word", { align: "center" });
    else if (typeof v === "number")
      put(ws2, `${SKILLS_COLS.lastYear}${row}`, Math.max(1, v - 1), { align: "center" });
    ctx.value(file, ws2, `${SKILLS_COLS.thisYear}${row}`, slotOf(input, unit));
    if (typeof v === "number") put(ws2, `${SKILLS_COLS.target}${row}`, 3, { align: "center" });
    else if (v !== "not-applicable")
      ctx.write(ws2, `${SKILLS_COLS.target}${row}`, ctx.words(input, true) ?? someAnswer(ctx, true), "word");
    if (ctx.rng.chance(0.15)) ctx.write(ws2, `F${row}`, ctx.note(), "text", { italic: true, wrap: true });
    row++;
  });
  grid(ws2, SKILLS_HEAD + 1, 1, row - 1, 6);
  hiddenSheet(ctx, wb, ctx.pickText("hidden", ["DS hoc vien", "Nhap"]), [
    [T.scratch[0], depts.length],
    [T.scratch[1], ctx.rng.int(2, 9)],
  ]);
  return { fileName: file, workbook: wb };
}

export function skillsReturn(ctx: Blind36Context): BuiltFile[] {
  return AGENCIES.map((unit) => book(ctx, unit));
}

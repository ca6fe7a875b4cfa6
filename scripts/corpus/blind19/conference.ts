/**
 * b19-staff-conference-appendix: each agency's appendix to the report it reads out at its yearly meeting of public
 * employees and workers (Hội nghị viên chức, người lao động), one workbook per agency. Items as rows under Roman
 * sections; last year's result, this year's target, this year's result, two comparisons and next year's target as
 * columns. Traps: two target columns (this year's between the two results, next year's at the end), near-miss rows
 * (all articles, advertising, union members, …), the workers' average income in money, last year's staff figures
 * beside this year's, and a hidden scratch sheet of near figures.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, kindOf, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind19Context } from "./context";
import { headers, nearFigure, newWorkbook, pct, planFigure, sheet, slotOf } from "./kit";
import { B19_CONFERENCE as T } from "./texts";
import { B19_DECOYS as D, type B19Decoy } from "./wordings";

const ROMAN = ["I", "II", "III", "IV", "V"];

type Row = { kind: "input"; input: string } | { kind: "decoy"; decoy: B19Decoy } | { kind: "income" };

function sections(ctx: Blind19Context, unit: UnitId): Row[][] {
  const decoyIf = (d: B19Decoy, p: number): Row[] => (ctx.rng.chance(p) ? [{ kind: "decoy", decoy: d }] : []);
  const status = statusInputsOf(unit);
  return [
    [
      ...decoyIf(D.allArticles, 0.6),
      { kind: "input", input: "political_articles" },
      ...decoyIf(D.reposted, 0.4),
    ],
    [
      { kind: "input", input: "revenue" },
      ...decoyIf(ctx.rng.chance(0.5) ? D.adRevenue : D.orderFunds, 0.7),
      ...(ctx.rng.chance(0.6) ? [{ kind: "income" } as Row] : []),
    ],
    [
      { kind: "input", input: "staff_total" },
      ...decoyIf(ctx.rng.chance(0.5) ? D.unionMembers : D.pressCards, 0.7),
      { kind: "input", input: "staff_trained" },
      ...decoyIf(D.theoryCourses, 0.3),
    ],
    [
      ...["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"]
        .filter((i) => status.includes(i))
        .map((input) => ({ kind: "input" as const, input })),
      ...decoyIf(
        ctx.rng.chance(0.5) ? D.channels : D.incidents,
        unit === "tap-chi-van-nghe-lai-chau" ? 0 : 0.5,
      ),
    ],
    ["autonomous", "licensed"].filter((i) => status.includes(i)).map((input) => ({ kind: "input", input })),
  ];
}

function agencyBook(ctx: Blind19Context, unit: UnitId): BuiltFile {
  const fileName = ctx.pickText("file", T.fileNames, { n: ctx.slug(unit) });
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 50, 11, 13, 14, 13, 11, 12, 14, 28]);
  ctx.write(ws, "A1", ctx.agency(unit, `conf-${unit}`), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:J3", ctx.pickText("title", T.titles, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(ws, "A4:J4", ctx.pickText("sub", T.subtitles, { n: "2026" }), "text", { italic: true });
  const actual = (y: number) => ctx.pickText("actual", T.actual, { y });
  headers(ctx, ws, 6, [
    "STT",
    ctx.pickText("content", ["Nội dung", "Chỉ tiêu, nhiệm vụ"]),
    "ĐVT",
    actual(2024),
    ctx.planHeader(2025),
    actual(2025),
    ctx.pickText("ratio", T.ratio),
    ctx.pickText("growth", T.growth),
    ctx.planHeader(2026),
    ctx.pickText("notes", T.notes),
  ]);
  let row = 7;
  sections(ctx, unit).forEach((rows, s) => {
    if (rows.length === 0) return;
    put(ws, `A${row}`, ROMAN[s] ?? "", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, T.sections[s] ?? "", "label", { bold: true });
    row++;
    let n = 0;
    for (const r of rows) {
      put(ws, `A${row}`, `${s + 1}.${++n}`, { align: "center" });
      if (r.kind === "income") {
        ctx.write(ws, `B${row}`, ctx.pickText("income", T.income), "label");
        ctx.write(ws, `C${row}`, T.incomeUnit, "text", { align: "center" });
        ctx.figure(ws, `D${row}`, ctx.rng.int(62, 95) / 10);
        ctx.figure(ws, `F${row}`, ctx.rng.int(70, 110) / 10);
      } else if (r.kind === "decoy") {
        ctx.write(ws, `B${row}`, ctx.decoyLabel(r.decoy, `conf-${unit}`), "label");
        ctx.write(ws, `C${row}`, ctx.decoyMeasure(r.decoy), "text", { align: "center" });
        ctx.figure(ws, `D${row}`, ctx.decoyValue(r.decoy, unit, 2024));
        ctx.figure(ws, `F${row}`, ctx.decoyValue(r.decoy, unit, 2025));
      } else {
        inputRow(ctx, ws, fileName, unit, r.input, row);
      }
      row++;
    }
  });
  grid(ws, 6, 1, row - 1, 10);
  const scratch = sheet(wb, ctx.pickText("scratch", T.scratch), [40, 12, 12]);
  scratch.state = "hidden";
  let r = 1;
  for (const input of ["political_articles", "revenue", "staff_total", "staff_trained"]) {
    ctx.write(scratch, `A${r}`, ctx.wording(input), "label");
    const near = nearFigure(ctx, slotOf(input, unit), 0.85, 1.1);
    if (near !== null) put(scratch, `B${r}`, near);
    r++;
  }
  return { fileName, workbook: wb };
}

function inputRow(
  ctx: Blind19Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  input: string,
  row: number,
): void {
  ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.3), key: unit }), "label", {
    wrap: true,
  });
  ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
  const now = slotOf(input, unit, 2025);
  const plan = planFigure(ctx, now);
  if (plan !== null) ctx.figure(ws, `E${row}`, plan);
  else ctx.write(ws, `E${row}`, ctx.pickText(`plan-word-${input}`, T.planWords), "text", { align: "center" });
  const next = planFigure(ctx, now);
  if (next !== null) ctx.figure(ws, `I${row}`, isYearly(input) ? Math.round(next * 1.1) : next);
  else ctx.write(ws, `I${row}`, ctx.pickText(`plan-next-${input}`, T.planWords), "text", { align: "center" });
  if (isYearly(input)) ctx.value(file, ws, `D${row}`, slotOf(input, unit, 2024));
  else if (kindOf(input) === "count") {
    const before = nearFigure(ctx, now, 0.85, 0.98);
    if (before !== null) ctx.figure(ws, `D${row}`, before);
  }
  const shown = ctx.value(file, ws, `F${row}`, now);
  const v = ctx.data.value(now);
  if (shown && typeof v === "number" && plan !== null) {
    put(ws, `G${row}`, pct(v, plan), { numFmt: "0.0" });
    const last = ctx.data.value(slotOf(input, unit, 2024));
    if (isYearly(input) && typeof last === "number")
      put(ws, `H${row}`, pct(v - last, last), { numFmt: "0.0" });
  }
  if (ctx.rng.chance(0.25)) ctx.write(ws, ref(10, row), ctx.note(2025), "text", { italic: true });
}

/** One workbook per agency. */
export function staffConference(ctx: Blind19Context): BuiltFile[] {
  return AGENCIES.map((unit) => agencyBook(ctx, unit));
}

/**
 * b25-economic-census-questionnaire: the statistics office's establishment questionnaire, one workbook per agency.
 * Numbered questions with a code column; the labour part has the start of the year in D and its end in E (the
 * headcount is at the end), with the female and the average headcount as near-miss rows; the results part has
 * last year in D and the survey year in E (revenue, political articles), an advertising or budget row and an
 * all-works row near them, and next year's plan in F; the digital part answers in E. A hidden code list.
 */
import type { UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind25Context } from "./context";
import {
  AGENCIES,
  answerInputs,
  headers,
  nearFigure,
  newWorkbook,
  planFigure,
  sheet,
  slotOf,
  titleBlock,
} from "./kit";
import { B25_CENSUS as T } from "./texts";
import { B25_DECOYS as D, type B25Decoy } from "./wordings";

export function censusQuestionnaire(ctx: Blind25Context): BuiltFile[] {
  return AGENCIES.map((unit) => censusOf(ctx, unit));
}

function censusOf(ctx: Blind25Context, unit: UnitId): BuiltFile {
  const { rng } = ctx;
  const file = ctx.pickText("file", T.files).replace("{n}", ctx.slug(unit));
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [9, 56, 9, 16, 16, 16]);
  titleBlock(ctx, ws, 1, 6, T.title, T.subtitle);
  const ids = [
    T.idLines[0].replace("{n}", ctx.agency(unit, "census")),
    T.idLines[1].replace("{n}", String(rng.int(100000, 999999))),
    T.idLines[2],
  ];
  ids.forEach((t, i) => ctx.write(ws, `A${4 + i}`, t));
  let row = 8;
  let q = rng.int(4, 6);
  let code = rng.int(1, 3) * 10;
  const question = (label: string, role: "label" | "text" = "label") => {
    ctx.write(ws, `A${row}`, T.prompt.replace("{n}", String(q++)), "text", { bold: true });
    ctx.write(ws, `B${row}`, label, role, { wrap: true });
    ctx.write(ws, `C${row}`, String(code++).padStart(2, "0"), "text", { align: "center" });
  };
  const decoy = (d: B25Decoy, at: string, year = 2025) => {
    if (ctx.data.shown(slotOf(d.near, unit, year))) ctx.figure(ws, at, ctx.decoyValue(d, unit, year));
  };

  // Part II: labour, start and end of the year.
  ctx.write(ws, `A${row}`, T.parts.labour, "text", { bold: true });
  row++;
  headers(ctx, ws, row, [T.heads.question, T.heads.code, T.heads.start, T.heads.end], 2);
  row++;
  const staff = slotOf("staff_total", unit);
  question(ctx.wording("staff_total", "census"));
  const start = nearFigure(ctx, staff, 0.9, 1.06);
  if (start !== null && ctx.data.shown(staff)) ctx.figure(ws, `D${row}`, start);
  ctx.value(file, ws, `E${row}`, staff);
  row++;
  for (const d of rng.shuffle([D.femaleStaff, D.averageStaff]).slice(0, rng.int(1, 2))) {
    ctx.write(ws, `B${row}`, ctx.decoyLabel(d, "census"), "label", { italic: true });
    decoy(d, `E${row}`);
    row++;
  }
  question(ctx.wording("staff_trained", "census"));
  ctx.value(file, ws, `E${row}`, slotOf("staff_trained", unit));
  row++;
  if (rng.chance(0.5)) {
    ctx.write(ws, `B${row}`, ctx.decoyLabel(D.trainingTurns, "census"), "label", { italic: true });
    decoy(D.trainingTurns, `E${row}`);
    row++;
  }
  row++;

  // Part III: results, last year and the survey year, next year's plan.
  ctx.write(ws, `A${row}`, T.parts.results, "text", { bold: true });
  row++;
  headers(
    ctx,
    ws,
    row,
    [T.heads.question, T.heads.code, T.heads.prior, T.heads.report, ctx.planHeader(2026)],
    2,
  );
  row++;
  for (const input of rng.shuffle(["revenue", "political_articles"])) {
    question(ctx.label(input, { unit: rng.chance(0.5), key: "census" }));
    ctx.value(file, ws, `D${row}`, slotOf(input, unit, 2024));
    ctx.value(file, ws, `E${row}`, slotOf(input, unit, 2025));
    const plan = planFigure(ctx, slotOf(input, unit, 2025));
    if (plan !== null) ctx.figure(ws, `F${row}`, Math.round(plan * 1.05));
    row++;
    const near = input === "revenue" ? [rng.pick([D.adRevenue, D.budgetGrant])] : [D.allWorks, D.reprinted];
    for (const d of near.slice(0, rng.int(1, near.length))) {
      ctx.write(ws, `B${row}`, ctx.decoyLabel(d, "census"), "label", { italic: true, wrap: true });
      decoy(d, `D${row}`, 2024);
      decoy(d, `E${row}`);
      row++;
    }
  }
  row++;

  // Part IV: digital answers.
  ctx.write(ws, `A${row}`, T.parts.digital, "text", { bold: true });
  row++;
  headers(ctx, ws, row, [T.heads.question, T.heads.code, "", T.heads.answer], 2);
  row++;
  for (const input of answerInputs(unit)) {
    question(ctx.wording(input, "census"));
    ctx.value(file, ws, `E${row}`, slotOf(input, unit));
    row++;
  }
  row++;
  ctx.write(ws, `A${row}`, T.footnote, "text", { italic: true });
  if (rng.chance(0.4)) ctx.write(ws, `A${row + 1}`, ctx.note(), "text", { italic: true });

  const codes = sheet(wb, ctx.pickText("hidden", T.hidden), [30, 10]);
  ctx.write(codes, "A1", T.hiddenCaption, "text", { bold: true });
  ["5813", "6010", "6020", "7310"].forEach((c, i) => ctx.write(codes, `A${2 + i}`, c));
  codes.state = "hidden";
  return { fileName: file, workbook: wb };
}

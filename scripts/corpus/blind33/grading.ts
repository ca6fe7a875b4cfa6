/**
 * "b33-public-unit-grading-dossier": each agency's scoring table for the grading of public service units (xếp hạng
 * đơn vị sự nghiệp), a workbook per agency (the magazine's only sometimes): criteria as rows under three sections,
 * the standard for the grade (D), the agency's own figures (E, the truth), its self-given score (F) and the
 * evidence (G). The allotted headcount and the graduates sit around the actual headcount (a formula over the civil
 * servants and contract staff below it when both are known); revenue by year on consecutive rows; a score total.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, statusInputsOf, type UnitId } from "../model";
import { splitTotal } from "../listRows";
import type { BuiltFile } from "../sheets";
import type { Blind33Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B33_GRADING as T } from "./texts";
import { B33_DECOYS as D } from "./wordings";

export const GRADING_COLS = { standard: "D", own: "E", score: "F", proof: "G" } as const;

export function gradingDossier(ctx: Blind33Context): BuiltFile[] {
  const units = AGENCIES.filter((u) => u !== MAGAZINE || ctx.rng.chance(0.7));
  return units.map((unit) => agencyBook(ctx, unit));
}

function agencyBook(ctx: Blind33Context, unit: UnitId): BuiltFile {
  const C = GRADING_COLS;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files).replace("{slug}", ctx.slug(unit));
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 50, 10, 24, 15, 11, 26]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:G2", `${T.unitLine}${ctx.agency(unit, "grading")}`, "text", { italic: true });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("crit", T.criterion),
    "ĐVT",
    ctx.pickText("std", T.standard),
    ctx.pickText("own", T.own),
    ctx.pickText("score", T.score),
    ctx.pickText("proof", T.proof),
  ]);
  let row = 5;
  let n = 0;
  const scoreRows: number[] = [];
  const section = (i: number) => {
    put(ws, `A${row}`, ["I", "II", "III"][i] ?? "", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, T.sections[i] ?? "", "text", { bold: true });
    n = 0;
    row++;
  };
  const line = (label: string, measure: string, standard: string | null, sub = false) => {
    put(ws, `A${row}`, sub ? "-" : ++n, { align: "center" });
    ctx.write(ws, `B${row}`, label, "label", { wrap: true, italic: sub });
    ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
    if (standard !== null) ctx.write(ws, `${C.standard}${row}`, standard, "text", { wrap: true });
    if (!sub && ctx.rng.chance(0.8)) {
      put(ws, `${C.score}${row}`, ctx.rng.int(2, 15), { align: "center" });
      scoreRows.push(row);
    }
    if (ctx.rng.chance(0.4)) ctx.write(ws, `${C.proof}${row}`, ctx.choose(`proof|${row}`, T.proofs));
  };
  const std = (k: keyof typeof T.standards) => ctx.choose(`std|${k}`, T.standards[k]);

  section(0);
  const quota = ctx.decoyRow(D.quota, unit, "grading");
  line(quota.text, D.quota.measure, std("staff"));
  ctx.figure(ws, `${C.own}${row}`, quota.value);
  row++;
  const staff = slotOf("staff_total", unit);
  const total = ctx.shownNumber(staff);
  const parts = total === undefined ? [] : splitTotal(ctx.rng, total, 2, { floor: 0.6 });
  line(ctx.label("staff_total"), ctx.measure("staff_total"), std("staff"));
  const totalRow = row;
  row++;
  if (parts.length === 2) {
    const [civil = 0, contract = 0] = parts;
    line(ctx.choose("civil", T.civil), ctx.measure("staff_total"), null, true);
    ctx.figure(ws, `${C.own}${row}`, civil);
    row++;
    line(ctx.choose("contract", T.contract), ctx.measure("staff_total"), null, true);
    ctx.figure(ws, `${C.own}${row}`, contract);
    row++;
    if (ctx.rng.chance(0.6))
      ctx.viaFormula(
        fileName,
        ws,
        `${C.own}${totalRow}`,
        staff,
        `${C.own}${totalRow + 1}+${C.own}${totalRow + 2}`,
      );
    else ctx.value(fileName, ws, `${C.own}${totalRow}`, staff);
  } else ctx.value(fileName, ws, `${C.own}${totalRow}`, staff);
  const degree = ctx.decoyRow(D.degree, unit, "grading");
  line(degree.text, D.degree.measure, null);
  ctx.figure(ws, `${C.own}${row}`, degree.value);
  row++;
  line(ctx.label("staff_trained", { unit: ctx.rng.chance(0.4) }), ctx.measure("staff_trained"), null);
  ctx.value(fileName, ws, `${C.own}${row}`, slotOf("staff_trained", unit));
  row++;

  section(1);
  for (const y of [2022, 2023, 2024, 2025]) {
    const slot = slotOf("revenue", unit, y);
    line(ctx.label("revenue", { year: y }), ctx.measure("revenue"), y === 2022 ? std("money") : null);
    ctx.value(fileName, ws, `${C.own}${row}`, slot);
    row++;
  }
  const funds = ctx.decoyRow(D.orderFunds, unit, "grading");
  line(funds.text, D.orderFunds.measure, null);
  ctx.figure(ws, `${C.own}${row}`, funds.value);
  row++;
  line(ctx.label("autonomous"), ctx.measure("autonomous"), std("status"));
  ctx.value(fileName, ws, `${C.own}${row}`, slotOf("autonomous", unit));
  row++;

  section(2);
  const statuses = statusInputsOf(unit).filter(
    (s) => !["staff_total", "staff_trained", "autonomous"].includes(s),
  );
  for (const input of statuses) {
    line(ctx.label(input), ctx.measure(input), input === "security_level" ? std("level") : std("status"));
    ctx.value(fileName, ws, `${C.own}${row}`, slotOf(input, unit));
    row++;
  }
  const moocs = ctx.decoyRow(D.moocs, unit, "grading");
  line(moocs.text, D.moocs.measure, null);
  ctx.figure(
    ws,
    `${C.own}${row}`,
    Math.max(moocs.value, (ctx.shownNumber(slotOf("staff_trained", unit)) ?? 0) + 3),
  );
  row++;

  ctx.write(ws, `B${row}`, ctx.pickText("totalScore", T.totalScore), "text", { bold: true });
  const sum = scoreRows.reduce((s, r) => s + Number(ws.getCell(`${C.score}${r}`).value ?? 0), 0);
  ctx.formula(ws, `${C.score}${row}`, scoreRows.map((r) => `${C.score}${r}`).join("+") || "0", sum, true);
  grid(ws, 4, 1, row, 7);
  if (ctx.rng.chance(0.4)) {
    const s = nearFigure(ctx, staff, 0.9, 0.98);
    hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
      [ctx.label("staff_total"), s ?? 0],
      [ctx.pickText("score", T.score), sum + ctx.rng.int(1, 6)],
    ]);
  }
  return { fileName, workbook: wb };
}

/**
 * b29-training-needs-assessment: the department's survey of digital-skills training needs, returned as one
 * workbook with an instructions sheet and a sheet per agency. Rows are job groups; the agency's staff and the
 * staff already trained are the "Tổng cộng" row's SUM formulas (first or last row of the table) in the "present"
 * and "trained: people" columns. Traps: the job-group rows (parts), the rate, "not yet trained" and next year's
 * needs columns, a plan column (next year's sending plan), other training and press-card holders under the table,
 * a hidden list sheet with last survey's figures.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind29Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, plainNumber, shares, sheet } from "./kit";
import { B29_NEEDS as T } from "./texts";
import { B29_DECOYS as D } from "./wordings";

const YEAR = 2025;

export function trainingNeeds(ctx: Blind29Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files);
  const guide = sheet(wb, ctx.pickText("guideSheet", T.guideSheet), [100]);
  T.guide.forEach((line, i) =>
    ctx.write(guide, `A${i + 1}`, line, i === 0 ? "upper" : "text", { bold: i === 0, wrap: true }),
  );
  for (const unit of rng.shuffle(AGENCIES)) agencySheet(ctx, wb, fileName, unit);
  if (rng.chance(0.6)) {
    const rows: Array<[string, number | string]> = T.groups.map((g) => [g, ""]);
    rows.push([ctx.pickText("lastYear", T.lastYear, { y: YEAR - 1 }), ""]);
    for (const unit of AGENCIES) {
      rows.push([ctx.agency(unit, "list"), nearFigure(ctx, { input: "staff_total", unit }, 0.85, 0.97)]);
      rows.push([
        ctx.headerAt("staff_trained", 1),
        nearFigure(ctx, { input: "staff_trained", unit }, 0.4, 0.8),
      ]);
    }
    hiddenSheet(ctx, wb, ctx.pickText("lists", T.lists), rows);
  }
  return [{ fileName, workbook: wb }];
}

/** Trained people per group: each group's staff, less the untrained spread over groups that have people. */
function trainedParts(ctx: Blind29Context, staff: readonly number[], trained: number): number[] {
  const out = [...staff];
  let deficit = staff.reduce((a, b) => a + b, 0) - trained;
  for (const i of ctx.rng.shuffle(out.map((_, k) => k))) {
    const take = Math.min(deficit, out[i] ?? 0, ctx.rng.int(1, 3));
    out[i] = (out[i] ?? 0) - take;
    deficit -= take;
  }
  for (let i = 0; deficit > 0 && i < out.length; i++) {
    const take = Math.min(deficit, out[i] ?? 0);
    out[i] = (out[i] ?? 0) - take;
    deficit -= take;
  }
  return out;
}

function agencySheet(
  ctx: Blind29Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const { rng, data } = ctx;
  const ws = sheet(wb, ctx.agency(unit, "sheet"), [6, 40, 13, 12, 10, 12, 13, 14, 24]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.title), "upper", { bold: true });
  ctx.writeMerged(
    ws,
    "A2:I2",
    ctx.pickText("unitLine", T.unitLine, { n: ctx.agency(unit, "needs") }),
    "text",
    {
      bold: true,
    },
  );
  ctx.writeMerged(ws, "A3:I3", ctx.pickText("when", T.when, { y: YEAR }), "text", { italic: true });
  const h = T.heads;
  const head = { bold: true };
  ctx.writeMerged(ws, "A5:A6", "STT", "text", head);
  ctx.writeMerged(ws, "B5:B6", ctx.pickText("h.group", h.group), "text", head);
  ctx.writeMerged(ws, "C5:C6", ctx.pickText("h.current", h.current), "text", head);
  ctx.writeMerged(ws, "D5:E5", ctx.pickText("h.trained", h.trained), "text", head);
  ctx.write(ws, "D6", ctx.pickText("h.count", h.count), "text", { ...head, align: "center" });
  ctx.write(ws, "E6", ctx.pickText("h.rate", h.rate), "text", { ...head, align: "center" });
  ctx.writeMerged(ws, "F5:F6", ctx.pickText("h.not", h.not), "text", head);
  ctx.writeMerged(ws, "G5:G6", ctx.pickText("h.need", h.need, { y: YEAR + 1 }), "text", head);
  ctx.writeMerged(ws, "H5:H6", ctx.planHeader(YEAR + 1), "text", head);
  ctx.writeMerged(ws, "I5:I6", "Ghi chú", "text", head);
  ws.getRow(5).height = 30;
  let row = 7;
  if (ctx.rng.chance(0.5)) {
    ["A", "B", "1", "2", "3", "4", "5", "6", "7"].forEach((t, i) =>
      ctx.write(ws, ref(i + 1, row), t, "text", { italic: true, align: "center" }),
    );
    row++;
  }
  grid(ws, 5, 1, row - 1, 9);

  const n = unit === MAGAZINE ? rng.int(3, 4) : rng.int(4, 6);
  const groups = rng.shuffle(T.groups).slice(0, n);
  const totalSlot = { input: "staff_total", unit };
  const trainedSlot = { input: "staff_trained", unit };
  const staff = data.value(totalSlot) as number;
  const trained = data.value(trainedSlot) as number;
  const staffShown = data.shown(totalSlot);
  const trainedShown = data.shown(trainedSlot);
  const parts = shares(ctx, staff, n);
  const trainedBy = trainedParts(ctx, parts, trained);
  const needs = shares(ctx, ctx.decoyValue(D.trainingNeed, unit), n);

  const totalFirst = rng.chance(0.5);
  const totalRow = totalFirst ? row : row + n;
  const first = totalFirst ? row + 1 : row;
  const lastPart = first + n - 1;
  groups.forEach((g, i) => {
    const r = first + i;
    plainNumber(ws, `A${r}`, i + 1);
    ctx.write(ws, `B${r}`, g, "label", { wrap: true });
    if (staffShown) plainNumber(ws, `C${r}`, parts[i] ?? 0);
    if (trainedShown) plainNumber(ws, `D${r}`, trainedBy[i] ?? 0);
    if (staffShown && trainedShown) {
      const p = parts[i] ?? 0;
      const t = trainedBy[i] ?? 0;
      if (p > 0) ctx.formula(ws, `E${r}`, `ROUND(D${r}/C${r}*100,1)`, Math.round((t / p) * 1000) / 10);
      ctx.formula(ws, `F${r}`, `C${r}-D${r}`, p - t);
    }
    plainNumber(ws, `G${r}`, needs[i] ?? 0);
    if (rng.chance(0.6)) plainNumber(ws, `H${r}`, Math.max(0, (needs[i] ?? 0) - rng.int(0, 2)));
  });
  ctx.write(ws, `B${totalRow}`, ctx.pickText("total", T.total), "upper", { bold: true });
  const range = (col: string) => `SUM(${col}${first}:${col}${lastPart})`;
  ctx.viaFormula(file, ws, `C${totalRow}`, totalSlot, range("C"));
  ctx.viaFormula(file, ws, `D${totalRow}`, trainedSlot, range("D"));
  if (staffShown && trainedShown) {
    ctx.formula(
      ws,
      `E${totalRow}`,
      `ROUND(D${totalRow}/C${totalRow}*100,1)`,
      Math.round((trained / staff) * 1000) / 10,
      true,
    );
    ctx.formula(ws, `F${totalRow}`, range("F"), staff - trained, true);
  }
  ctx.formula(
    ws,
    `G${totalRow}`,
    range("G"),
    needs.reduce((a, b) => a + b, 0),
    true,
  );
  if (rng.chance(0.35)) ctx.write(ws, `I${totalRow}`, ctx.note(YEAR), "text", { italic: true, wrap: true });
  const end = Math.max(totalRow, lastPart);
  grid(ws, row, 1, end, 9);

  // Under the table: figures a careless reader takes for the staff or the trained.
  let r = end + 2;
  ctx.write(ws, `B${r}`, ctx.pickText("extra", T.extra), "text", { italic: true });
  r++;
  ctx.write(ws, `B${r}`, `- ${ctx.decoyLabel(D.otherTraining, "needs")}`, "label");
  ctx.figure(ws, `D${r}`, ctx.decoyValue(D.otherTraining, unit));
  r++;
  ctx.write(ws, `B${r}`, `- ${ctx.decoyLabel(D.cardHolders, "needs")}`, "label");
  ctx.figure(ws, `C${r}`, ctx.decoyValue(D.cardHolders, unit));

  // Part II: yes/no and level questions, the agency's answers in column C.
  r += 2;
  ctx.writeMerged(ws, `A${r}:I${r}`, ctx.pickText("part2", T.part2), "upper", { bold: true, align: "left" });
  r++;
  ctx.write(ws, `A${r}`, "STT", "text", { bold: true, align: "center" });
  ctx.write(ws, `B${r}`, ctx.pickText("question", T.question), "text", { bold: true });
  ctx.write(ws, `C${r}`, ctx.pickText("answer", T.answer), "text", { bold: true, wrap: true });
  ctx.write(ws, `D${r}`, ctx.pickText("wish", T.wish), "text", { bold: true, wrap: true });
  const top = r;
  r++;
  statusInputsOf(unit)
    .filter((i) => i !== "staff_total" && i !== "staff_trained")
    .forEach((input, i) => {
      plainNumber(ws, `A${r}`, i + 1);
      ctx.write(ws, `B${r}`, ctx.label(input, { key: "needs", unit: rng.chance(0.3) }), "label", {
        wrap: true,
      });
      ctx.value(file, ws, `C${r}`, { input, unit });
      if (rng.chance(0.5)) ctx.write(ws, `D${r}`, rng.pick(T.wishes), "text", { wrap: true });
      r++;
    });
  grid(ws, top, 1, r - 1, 4);
}

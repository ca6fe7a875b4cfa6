/**
 * "b15-department-headcount": an agency's headcount and digital-transformation training by department, one sheet per
 * agency. The "whole agency" row (SUM formulas) holds the headcount and its trained part; the departments above it,
 * the journalists-only column, the untrained column, the ratio, next year's training target and last year's row
 * below are traps. Under it, political-task articles by department for two years, the total row the truth, a
 * part-of-year column and the year's target beside it.
 */
import type ExcelJS from "exceljs";
import { colLetter, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind15Context } from "./context";
import {
  grid,
  headRow,
  nearFigure,
  newWorkbook,
  partsOf,
  planFigure,
  plain,
  put,
  sheet,
  shownNumber,
} from "./kit";
import { B15_DEPARTMENTS as T } from "./texts";
import { B15_DECOYS } from "./wordings";

const sumResult = (values: readonly number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

const DEPTS: Readonly<Record<string, readonly string[]>> = {
  "bao-lai-chau": T["bao-lai-chau"],
  "dai-ptth-lai-chau": T["dai-ptth-lai-chau"],
  "tap-chi-van-nghe-lai-chau": T["tap-chi-van-nghe-lai-chau"],
};

function agencySheet(ctx: Blind15Context, wb: ExcelJS.Workbook, fileName: string, unit: UnitId): void {
  const { rng } = ctx;
  const depts = DEPTS[unit] ?? [];
  const ws = sheet(wb, ctx.agency(unit, "sheet"), [6, 40, 14, 14, 14, 14, 14, 16]);
  ctx.writeMerged(ws, "A1:H1", ctx.agency(unit, "sheet"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  const head = 4;
  headRow(ctx, ws, head, [
    "STT",
    ctx.pickText("deptCol", T.deptCol),
    ctx.header("staff_total", "dept"),
    ctx.pickText("journalists", T.journalists),
    ctx.header("staff_trained", "dept"),
    ctx.pickText("untrained", T.untrained),
    ctx.pickText("ratio", T.ratio),
    ctx.pickText("need", T.need),
  ]);
  const first = head + 1;
  const totalSlot = { input: "staff_total", unit };
  const trainedSlot = { input: "staff_trained", unit };
  const total = shownNumber(ctx, totalSlot);
  const trainedAll = ctx.data.value(trainedSlot);
  const trainedShown = ctx.data.shown(trainedSlot) && typeof trainedAll === "number";
  const staffAll = ctx.data.value(totalSlot);
  const staffParts = typeof staffAll === "number" ? partsOf(staffAll, depts.length, rng, 0.7) : [];
  // The untrained, one by one, to departments that still have someone trained.
  const untrained = staffParts.map(() => 0);
  if (typeof staffAll === "number" && typeof trainedAll === "number")
    for (let left = staffAll - trainedAll; left > 0; left--) {
      const open = staffParts.map((s, i) => i).filter((i) => (staffParts[i] ?? 0) > (untrained[i] ?? 0));
      const at = rng.pick(open);
      untrained[at] = (untrained[at] ?? 0) + 1;
    }
  const trainedParts = staffParts.map((s, i) => s - (untrained[i] ?? 0));
  depts.forEach((dept, i) => {
    const row = first + i;
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, dept, "label");
    const s = staffParts[i] ?? 0;
    if (total !== undefined) {
      plain(ws, `C${row}`, s);
      plain(ws, `D${row}`, Math.max(0, Math.round(s * (0.5 + rng.next() * 0.25))));
    }
    if (trainedShown) {
      plain(ws, `E${row}`, trainedParts[i] ?? 0);
      plain(ws, `F${row}`, untrained[i] ?? 0);
      if (s > 0)
        put(ws, `G${row}`, `${vnNumberText(Math.round(((trainedParts[i] ?? 0) / s) * 1000) / 10)}%`, {
          align: "right",
        });
    }
    plain(ws, `H${row}`, rng.int(1, Math.max(2, s)));
  });
  const totalRow = first + depts.length;
  ctx.write(ws, `B${totalRow}`, ctx.pickText("total", T.total), "label", { bold: true });
  ctx.value(fileName, ws, `C${totalRow}`, totalSlot, { formula: `SUM(C${first}:C${totalRow - 1})` });
  if (total !== undefined) {
    const journalists = depts.map((_, i) => ws.getCell(`D${first + i}`).value as number);
    put(
      ws,
      `D${totalRow}`,
      { formula: `SUM(D${first}:D${totalRow - 1})`, result: sumResult(journalists) },
      { numFmt: "#,##0", bold: true },
    );
  }
  ctx.value(fileName, ws, `E${totalRow}`, trainedSlot, { formula: `SUM(E${first}:E${totalRow - 1})` });
  if (trainedShown) {
    put(
      ws,
      `F${totalRow}`,
      { formula: `SUM(F${first}:F${totalRow - 1})`, result: sumResult(untrained) },
      { numFmt: "#,##0", bold: true },
    );
    if (typeof staffAll === "number" && staffAll > 0)
      put(ws, `G${totalRow}`, `${vnNumberText(Math.round((trainedAll / staffAll) * 1000) / 10)}%`, {
        align: "right",
        bold: true,
      });
  }
  const lastRow = totalRow + 1;
  ctx.write(ws, `B${lastRow}`, ctx.pickText("lastYear", T.lastYear), "label", { italic: true });
  const lastTotal = nearFigure(ctx, totalSlot, 0.9, 0.99);
  if (lastTotal !== null) plain(ws, `C${lastRow}`, lastTotal, { italic: true });
  const lastTrained = nearFigure(ctx, trainedSlot, 0.45, 0.85);
  if (lastTrained !== null) plain(ws, `E${lastRow}`, lastTrained, { italic: true });
  const otherRow = lastRow + 1;
  ctx.write(ws, `B${otherRow}`, ctx.decoyLabel(B15_DECOYS.trainedOther), "label", { italic: true });
  plain(ws, `E${otherRow}`, ctx.decoyValue(B15_DECOYS.trainedOther, unit), { italic: true });
  grid(ws, head, 1, otherRow, 8);
  if (rng.chance(0.5)) ctx.write(ws, `B${otherRow + 1}`, ctx.note(2025), "text", { italic: true });

  // Political-task articles by department for 2024 and 2025 (not the administration).
  const producing = depts.slice(0, -1);
  const top = otherRow + 3;
  ctx.writeMerged(ws, `A${top}:H${top}`, ctx.pickText("articles", T.articles), "upper", { bold: true });
  const years = [2023, 2024, 2025].filter((y) => ctx.data.years.political_articles.includes(y));
  const partial = rng.chance(0.75);
  const head2 = top + 1;
  headRow(ctx, ws, head2, [
    "STT",
    ctx.pickText("deptCol", T.deptCol),
    ...years.map((y) => ctx.pickText("yearHead", T.yearHead, { y })),
    ...(partial ? [ctx.partialHeader(2025)] : []),
    ctx.planHeader(2025),
  ]);
  const body = head2 + 1;
  const partsByYear = new Map<number, number[]>();
  for (const y of years) {
    const v = shownNumber(ctx, { input: "political_articles", unit, year: y });
    if (v !== undefined) partsByYear.set(y, partsOf(v, producing.length, rng, 0.6));
  }
  producing.forEach((dept, i) => {
    const row = body + i;
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, dept, "label");
    years.forEach((y, j) => {
      const p = partsByYear.get(y)?.[i];
      if (p !== undefined) plain(ws, ref(3 + j, row), p);
    });
  });
  const sumRow = body + producing.length;
  ctx.write(ws, `B${sumRow}`, ctx.pickText("total", T.total), "label", { bold: true });
  years.forEach((y, j) => {
    const col = colLetter(3 + j);
    ctx.value(
      fileName,
      ws,
      `${col}${sumRow}`,
      { input: "political_articles", unit, year: y },
      partsByYear.has(y) ? { formula: `SUM(${col}${body}:${col}${sumRow - 1})` } : {},
    );
  });
  let c = 3 + years.length;
  const v2025 = shownNumber(ctx, { input: "political_articles", unit, year: 2025 });
  if (partial) {
    if (v2025 !== undefined) plain(ws, ref(c, sumRow), Math.round(v2025 * (0.45 + rng.next() * 0.2)));
    c++;
  }
  const target = planFigure(ctx, { input: "political_articles", unit, year: 2025 });
  if (target !== null) plain(ws, ref(c, sumRow), target);
  grid(ws, head2, 1, sumRow, c);
}

export function departmentHeadcount(ctx: Blind15Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file);
  for (const unit of AGENCIES) agencySheet(ctx, wb, fileName, unit);
  return [{ fileName, workbook: wb }];
}

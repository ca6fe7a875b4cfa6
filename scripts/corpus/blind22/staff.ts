/**
 * b22-gender-ethnic-staff-statistics: the staff statistics by sex, ethnicity, party membership and schooling the
 * personnel office sends each year, agencies as rows. The count of people in post stands right of the count the
 * province allows (the quota, a target in all but name), followed by its parts (women, ethnic minority, party
 * members, by schooling); those trained in digital transformation come last, the autonomy class first. A
 * "total" row sums the agencies with formulas, and last year's sheet, in the same layout, sits beside this year's.
 */
import ExcelJS from "exceljs";
import { colLetter, grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind22Context } from "./context";
import { nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B22_STAFF as T } from "./texts";
import { B22_DECOYS as D } from "./wordings";

const COL = {
  no: 1,
  unit: 2,
  autonomy: 3,
  quota: 4,
  total: 5,
  women: 6,
  ethnic: 7,
  members: 8,
  trained: 12,
  note: 13,
};
const SCHOOL = [9, 10, 11];
const LAST = 13;

type Figures = { total?: number; trained?: number };

function layout(
  ctx: Blind22Context,
  wb: ExcelJS.Workbook,
  year: number,
  current: boolean,
  fileName: string,
): ExcelJS.Worksheet {
  const ws = sheet(
    wb,
    ctx.pickText("staff-sheet", T.sheets, { y: year }),
    [6, 30, 12, 12, 11, 8, 9, 9, 9, 9, 10, 12, 20],
  );
  const end = colLetter(LAST);
  ctx.writeMerged(ws, `A1:${end}1`, ctx.pickText("staff-title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(
    ws,
    `A2:${end}2`,
    ctx.pickText(current ? "staff-date" : "staff-older", current ? T.dates : T.older, { y: year }),
    "text",
    { italic: true },
  );
  const head = { bold: true, align: "center" as const, wrap: true };
  const tall = (col: number, text: string) =>
    ctx.writeMerged(ws, `${ref(col, 4)}:${ref(col, 5)}`, text, "text", head);
  tall(COL.no, T.heads.no);
  tall(COL.unit, T.heads.unit);
  tall(COL.autonomy, ctx.header("autonomous", "staff"));
  tall(COL.quota, ctx.pickText("staff-quota", T.heads.quota));
  tall(COL.total, ctx.header("staff_total", "staff"));
  tall(COL.women, T.heads.women);
  tall(COL.ethnic, T.heads.ethnic);
  tall(COL.members, T.heads.members);
  ctx.writeMerged(
    ws,
    `${ref(SCHOOL[0] ?? 9, 4)}:${ref(SCHOOL[2] ?? 11, 4)}`,
    T.heads.schooling,
    "text",
    head,
  );
  [T.heads.masters, T.heads.bachelors, T.heads.colleges].forEach((t, i) =>
    ctx.write(ws, ref(SCHOOL[i] ?? 9, 5), t, "text", head),
  );
  tall(COL.trained, ctx.header("staff_trained", "staff"));
  tall(COL.note, T.heads.note);
  ws.getRow(5).height = 32;

  let row = 6;
  const first = row;
  for (const [i, unit] of AGENCIES.entries()) {
    ctx.write(ws, ref(COL.no, row), String(i + 1), "text", { align: "center" });
    ctx.write(ws, ref(COL.unit, row), ctx.agency(unit, "staff"), "label");
    const figures = current ? writeCurrent(ctx, ws, row, unit, fileName) : writeOlder(ctx, ws, row, unit);
    const quota = nearFigure(ctx, slotOf("staff_total", unit), 1.05, 1.3);
    if (quota !== null) ctx.figure(ws, ref(COL.quota, row), quota);
    if (figures.total !== undefined) parts(ctx, ws, row, unit, figures.total);
    if (current && ctx.rng.chance(0.3))
      ctx.write(ws, ref(COL.note, row), ctx.note(year), "text", { italic: true, wrap: true });
    row++;
  }
  ctx.write(ws, ref(COL.unit, row), ctx.pickText("staff-total", T.total), "upper", { bold: true });
  for (const col of [COL.quota, COL.total, COL.women, COL.ethnic, COL.members, ...SCHOOL, COL.trained]) {
    let sum = 0;
    for (let r = first; r < row; r++) {
      const v = ws.getCell(r, col).value;
      if (typeof v === "number") sum += v;
      else if (typeof v === "string" && /^[\d.]+$/.test(v)) sum += Number(v.replace(/\./g, ""));
    }
    if (sum > 0) ctx.formula(ws, ref(col, row), `SUM(${ref(col, first)}:${ref(col, row - 1)})`, sum, true);
  }
  grid(ws, 4, 1, row, LAST);
  return ws;
}

function writeCurrent(
  ctx: Blind22Context,
  ws: ExcelJS.Worksheet,
  row: number,
  unit: UnitId,
  fileName: string,
): Figures {
  ctx.value(fileName, ws, ref(COL.autonomy, row), slotOf("autonomous", unit));
  ctx.value(fileName, ws, ref(COL.total, row), slotOf("staff_total", unit));
  ctx.value(fileName, ws, ref(COL.trained, row), slotOf("staff_trained", unit));
  return {
    total: ctx.shownNumber(slotOf("staff_total", unit)),
    trained: ctx.shownNumber(slotOf("staff_trained", unit)),
  };
}

function writeOlder(ctx: Blind22Context, ws: ExcelJS.Worksheet, row: number, unit: UnitId): Figures {
  const total = nearFigure(ctx, slotOf("staff_total", unit), 0.85, 0.97) ?? undefined;
  const trained = nearFigure(ctx, slotOf("staff_trained", unit), 0.45, 0.8) ?? undefined;
  if (total !== undefined) ctx.figure(ws, ref(COL.total, row), total);
  if (trained !== undefined) ctx.figure(ws, ref(COL.trained, row), Math.min(trained, total ?? trained));
  return { total, trained };
}

/** Women, ethnic minority and party members (each a part), schooling (parts summing to the total). */
function parts(ctx: Blind22Context, ws: ExcelJS.Worksheet, row: number, unit: UnitId, total: number): void {
  const share = (lo: number, hi: number) =>
    Math.max(1, Math.round(total * (lo + ctx.rng.next() * (hi - lo))));
  ctx.figure(ws, ref(COL.women, row), share(0.3, 0.55));
  ctx.figure(ws, ref(COL.ethnic, row), share(0.1, 0.35));
  ctx.figure(ws, ref(COL.members, row), share(0.45, 0.8));
  const masters = Math.round(total * (0.05 + ctx.rng.next() * 0.1));
  const bachelors = Math.round((total - masters) * (0.6 + ctx.rng.next() * 0.25));
  const rest = total - masters - bachelors;
  [masters, bachelors, rest].forEach((n, i) => {
    if (n > 0) ctx.figure(ws, ref(SCHOOL[i] ?? 9, row), n);
  });
  void unit;
}

export function staffStatistics(ctx: Blind22Context): BuiltFile[] {
  const fileName = `${ctx.pickText("staff-file", ["Thong ke CCVC bao chi", "CoCau_nhan_luc_2025", "TK vien chuc 2025"])}.xlsx`;
  const wb = newWorkbook();
  const olderFirst = ctx.rng.chance(0.4);
  if (olderFirst) layout(ctx, wb, 2024, false, fileName);
  layout(ctx, wb, 2025, true, fileName);
  if (!olderFirst) layout(ctx, wb, 2024, false, fileName);
  if (ctx.rng.chance(0.5)) {
    const scratch = sheet(wb, T.scratch, [30, 10]);
    scratch.state = "hidden";
    AGENCIES.forEach((unit, i) => {
      const d = ctx.decoyRow(D.pressCards, unit, "staff");
      ctx.write(scratch, `A${i + 1}`, `${d.text} - ${ctx.agency(unit, "staff")}`, "text");
      ctx.figure(scratch, `B${i + 1}`, d.value);
    });
  }
  return [{ fileName, workbook: wb }];
}

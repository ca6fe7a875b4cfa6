/**
 * "b38-staff-rank-structure-table": the agencies' people by professional rank, for the next year's promotion
 * scheme. One sheet, two tables: 31/12/2024 first (last year's figures, near the truth), then 31/12/2025 (the
 * truth). Each has the total (often =SUM of the ranks), the ranks under a merged head (rank II, a near-miss, among
 * them), the trained, infosec-course people (fewer) beside them and next year's target right of them; a sum row.
 */
import type ExcelJS from "exceljs";
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind38Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, splitInto } from "./kit";
import { B38_RANKS as T } from "./texts";
import { B38_DECOYS as D } from "./wordings";

/** The head row of each table (the first head row; the ranks' names are on the row under it). */
export const RANKS_HEADS = [5, 13] as const;
export const RANKS_COLS = { total: "C", one: "D", two: "E", trained: "H", infosec: "I", plan: "J" } as const;

export function rankTable(ctx: Blind38Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", [
    "CoCau_VC_TheoHang_2024_2025.xlsx",
    "Thong ke hang chuc danh bao chi.xlsx",
  ]);
  const ws = sheet(
    wb,
    ctx.pickText("sheet", ["Co cau hang", "Hang CDNN"]),
    [6, 40, 12, 11, 13, 11, 15, 14, 15, 16],
  );
  ctx.writeMerged(ws, "A1:J1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:J2", ctx.pickText("sub", T.sub), "text", { italic: true });
  RANKS_HEADS.forEach((head, t) => table(ctx, ws, file, head, t === 0 ? 2024 : 2025, t + 1));
  hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
    [T.scratchRows[0], ctx.rng.int(2, 9)],
    [T.scratchRows[1], ctx.rng.int(1, 4)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

function table(
  ctx: Blind38Context,
  ws: ExcelJS.Worksheet,
  file: string,
  head: number,
  year: number,
  n: number,
): void {
  const truth = year === 2025;
  ctx.writeMerged(
    ws,
    `A${head - 1}:J${head - 1}`,
    ctx.pickText("table", T.table).replace("{n}", String(n)).replace("{y}", String(year)),
    "text",
    { bold: true, align: "left" },
  );
  const h = T.heads;
  const style = { bold: true, align: "center" as const, wrap: true };
  const both = (c: string, text: string) =>
    ctx.writeMerged(ws, `${c}${head}:${c}${head + 1}`, text, "text", style);
  both("A", h.no);
  both("B", ctx.pickText("h-unit", h.unit));
  both("C", ctx.header("staff_total", `rk${n}`));
  ctx.writeMerged(ws, `D${head}:G${head}`, ctx.pickText("h-ranks", h.ranks), "text", style);
  ctx.write(ws, `D${head + 1}`, ctx.pickText("h-one", h.one), "text", style);
  ctx.write(ws, `E${head + 1}`, ctx.decoyLabel(D.rankTwo, `rk${n}`), "text", style);
  ctx.write(ws, `F${head + 1}`, ctx.pickText("h-three", h.three), "text", style);
  ctx.write(ws, `G${head + 1}`, ctx.pickText("h-none", h.none), "text", style);
  both("H", ctx.header("staff_trained", `rk${n}`));
  both("I", ctx.decoyLabel(D.infosecCourse, `rk${n}`));
  both("J", ctx.planHeader(2026));
  ws.getRow(head + 1).height = 30;
  let row = head + 2;
  const first = row;
  const sums = new Map<string, number>();
  const add = (c: string, n: number) => sums.set(c, (sums.get(c) ?? 0) + n);
  const formulas = ctx.rng.chance(0.5);
  for (const unit of AGENCIES) {
    ctx.write(ws, `A${row}`, String(row - first + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, `rk${n}`), "text");
    const staffSlot = slotOf("staff_total", unit);
    const trainedSlot = slotOf("staff_trained", unit);
    const staffNow = Number(ctx.data.value(staffSlot));
    const trainedNow = Number(ctx.data.value(trainedSlot));
    const staff = truth ? staffNow : (nearFigure(ctx, staffSlot, 0.88, 0.99) ?? staffNow - 1);
    const earlier = Math.min(staff, Math.round(trainedNow * (0.55 + ctx.rng.next() * 0.3)));
    const trained = truth ? trainedNow : Math.max(0, earlier === trainedNow ? earlier - 1 : earlier);
    const showStaff = !truth || ctx.data.shown(staffSlot);
    if (showStaff) {
      const parts = splitInto(ctx, staff, 4);
      // Rank I is rare: move all but one or two of its share to rank III.
      const one = Math.min(parts[0] ?? 0, ctx.rng.int(1, 2));
      parts[2] = (parts[2] ?? 0) + (parts[0] ?? 0) - one;
      parts[0] = one;
      ["D", "E", "F", "G"].forEach((c, i) => {
        ctx.figure(ws, `${c}${row}`, parts[i] ?? 0);
        add(c, parts[i] ?? 0);
      });
    }
    if (truth && formulas) ctx.viaFormula(file, ws, `C${row}`, staffSlot, `SUM(D${row}:G${row})`);
    else if (truth) ctx.value(file, ws, `C${row}`, staffSlot);
    else ctx.figure(ws, `C${row}`, staff);
    if (!truth || ctx.data.shown(staffSlot)) add("C", staff);
    if (!truth || ctx.data.shown(trainedSlot)) add("H", trained);
    if (truth) ctx.value(file, ws, `H${row}`, trainedSlot);
    else ctx.figure(ws, `H${row}`, trained);
    ctx.figure(ws, `I${row}`, Math.min(Math.max(0, trained - 1), ctx.decoyValue(D.infosecCourse, unit)), {
      italic: true,
    });
    const plan = planFigure(ctx, trainedSlot);
    if (plan !== null) ctx.figure(ws, `J${row}`, Math.max(plan, staffNow));
    row++;
  }
  ctx.write(ws, `B${row}`, ctx.pickText("sum", T.sum), "text", { bold: true });
  for (const c of ["C", "D", "E", "F", "G", "H"])
    ctx.formula(ws, `${c}${row}`, `SUM(${c}${first}:${c}${row - 1})`, sums.get(c) ?? 0, true);
  grid(ws, head, 1, row, 10);
}

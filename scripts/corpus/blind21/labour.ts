/**
 * "b21-labour-change-report": the report on changes in the workforce (Nghị định 145/2020, mẫu 01/PLI) the
 * department collects for its press agencies, agencies as rows: people at the start of the period, hired, left,
 * and at the end (a formula), women among them, and those trained for digital journalism. The second half-year's
 * sheet holds the headcount; the first half-year's sheet beside it holds mid-year figures. A unit outside the plan
 * and a total row are among the rows.
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind21Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B21_LABOUR as T } from "./texts";

export function labourChangeReport(ctx: Blind21Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `BC_lao_dong_${ctx.choose("lb-file", ["2025", "6T-cuoi-2025", "01PLI"])}.xlsx`;
  const earlyFirst = ctx.rng.chance(0.6);
  const other = ctx.rng.chance(0.6) ? ctx.pickText("lb-other", T.others) : null;
  // Each half-year: start, hired, left; the second half starts where the first ended, and ends at the headcount.
  const moves = new Map<UnitId, { late: Move; early: Move }>();
  for (const unit of AGENCIES) {
    const end = Number(ctx.data.value(slotOf("staff_total", unit)));
    let up = ctx.rng.int(0, 4);
    const down = ctx.rng.int(0, 3);
    if (up === down) up++;
    const start = end - up + down;
    const up1 = ctx.rng.int(0, 3);
    const down1 = ctx.rng.int(0, 2);
    moves.set(unit, {
      late: { start, up, down },
      early: { start: start - up1 + down1, up: up1, down: down1 },
    });
  }
  const build = (late: boolean) => {
    const name = ctx.pickText(late ? "lb-sl" : "lb-se", late ? T.sheetLate : T.sheetEarly, { y: 2025 });
    const ws = sheet(wb, name, [6, 40, 12, 10, 10, 14, 10, 14, 24]);
    periodSheet(ctx, ws, fileName, late, other, moves);
  };
  build(!earlyFirst);
  build(earlyFirst);
  return [{ fileName, workbook: wb }];
}

type Move = { start: number; up: number; down: number };

function periodSheet(
  ctx: Blind21Context,
  ws: ExcelJS.Worksheet,
  file: string,
  late: boolean,
  other: string | null,
  moves: ReadonlyMap<UnitId, { late: Move; early: Move }>,
): void {
  ctx.write(ws, "A1", ctx.pickText("lb-form", T.forms), "text", { bold: true });
  ctx.writeMerged(ws, "A3:I3", ctx.pickText("lb-title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(
    ws,
    "A4:I4",
    ctx.pickText(late ? "lb-pl" : "lb-pe", late ? T.periodLate : T.periodEarly, { y: 2025 }),
    "text",
    {
      italic: true,
    },
  );
  // Two header rows: the movement group over "up" and "down"; the rest merged down.
  const heads = [
    ctx.pickText("lb-stt", T.columns.stt),
    ctx.pickText("lb-unit", T.columns.unit),
    ctx.pickText("lb-start", T.columns.start),
    ctx.pickText("lb-up", T.columns.up),
    ctx.pickText("lb-down", T.columns.down),
    ctx.header("staff_total", "lb"),
    ctx.pickText("lb-women", T.columns.women),
    ctx.header("staff_trained", "lb"),
    ctx.pickText("lb-remark", T.columns.remark),
  ];
  for (const c of ["A", "B", "C", "F", "G", "H", "I"]) ws.mergeCells(`${c}6:${c}7`);
  ws.mergeCells("D6:E6");
  headers(ctx, ws, 6, [heads[0] ?? "", heads[1] ?? "", heads[2] ?? ""]);
  ctx.write(ws, "D6", ctx.pickText("lb-group", T.columns.group), "text", {
    bold: true,
    align: "center",
    wrap: true,
  });
  headers(ctx, ws, 6, heads.slice(5), 6);
  headers(ctx, ws, 7, [heads[3] ?? "", heads[4] ?? ""], 4);
  let row = 8;
  const first = row;
  const units = [...AGENCIES];
  for (const unit of units) {
    const total = slotOf("staff_total", unit);
    const trained = slotOf("staff_trained", unit);
    put(ws, `A${row}`, row - first + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "lb"), "label");
    const move = moves.get(unit)?.[late ? "late" : "early"] ?? { start: 1, up: 0, down: 0 };
    const { start, up, down } = move;
    const end = start + up - down;
    const shown = late ? ctx.data.shown(total) : true;
    if (shown) {
      ctx.figure(ws, `C${row}`, start);
      ctx.figure(ws, `D${row}`, up);
      ctx.figure(ws, `E${row}`, down);
      const formula = `C${row}+D${row}-E${row}`;
      if (late) ctx.viaFormula(file, ws, `F${row}`, total, formula);
      else ctx.formula(ws, `F${row}`, formula, end);
      ctx.figure(ws, `G${row}`, Math.max(1, Math.round(end * (0.3 + ctx.rng.next() * 0.2))));
    }
    if (late) ctx.value(file, ws, `H${row}`, trained);
    else {
      const t = nearFigure(ctx, trained, 0.6, 0.9);
      if (t !== null) ctx.figure(ws, `H${row}`, Math.min(t, end));
    }
    if (ctx.rng.chance(0.15)) ctx.write(ws, `I${row}`, ctx.note(2025), "text", { italic: true });
    row++;
  }
  if (other !== null) {
    put(ws, `A${row}`, row - first + 1, { align: "center" });
    ctx.write(ws, `B${row}`, other, "label");
    const n = ctx.rng.int(6, 24);
    ctx.figure(ws, `C${row}`, n);
    ctx.figure(ws, `D${row}`, 0);
    ctx.figure(ws, `E${row}`, 1);
    ctx.formula(ws, `F${row}`, `C${row}+D${row}-E${row}`, n - 1);
    ctx.figure(ws, `H${row}`, ctx.rng.int(0, 3));
    row++;
  }
  ctx.write(ws, `B${row}`, ctx.pickText("lb-total", T.total), "label", { bold: true });
  for (const c of ["C", "D", "E", "F", "G", "H"]) {
    let sum = 0;
    for (let r = first; r < row; r++) {
      const v = ws.getCell(`${c}${r}`).value;
      const n =
        typeof v === "number"
          ? v
          : typeof v === "string"
            ? Number(v.replace(/\./g, "").replace(",", "."))
            : v && typeof v === "object" && "result" in v
              ? Number((v as { result?: unknown }).result)
              : 0;
      sum += Number.isFinite(n) ? n : 0;
    }
    ctx.formula(ws, `${c}${row}`, `SUM(${c}${first}:${c}${row - 1})`, sum, true);
  }
  grid(ws, 6, 1, row, 9);
}

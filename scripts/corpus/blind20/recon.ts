/**
 * b20-reconciliation-record: the record of a meeting where the department and an agency compare figures and agree
 * on them, one sheet per agency in the department's workbook. Columns: the department's compiled figure, the
 * agency's figure, the difference (a formula), the agreed figure (the truth) and the explanation. Yearly inputs
 * come with the year in their label (last year's row right above this year's). Traps: two near or equal figures
 * left of every answer, a difference column, explanation texts with numbers, near-miss rows, and sometimes the
 * department's hidden first compilation.
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, kindOf, statusInputsOf, type Slot, type UnitId } from "../model";
import { masthead } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind20Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B20_COMMON as C, B20_RECON as T } from "./texts";
import { B20_DECOYS as D } from "./wordings";

export function reconciliationRecord(ctx: Blind20Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.choose("file", [
    "BienBan_DoiChieu_2025.xlsx",
    "Doi chieu so lieu CDS BC.xlsx",
    "BB thong nhat so lieu.xlsx",
  ]);
  const draftRows: Array<[string, number]> = [];
  for (const unit of AGENCIES) agencySheet(ctx, wb, fileName, unit, draftRows);
  provinceSheet(ctx, wb, fileName);
  if (ctx.rng.chance(0.55)) {
    const ws = sheet(wb, T.draftSheet, [60, 14]);
    ws.state = "hidden";
    draftRows.forEach(([label, v], i) => {
      ctx.write(ws, `A${i + 1}`, label);
      ctx.figure(ws, `B${i + 1}`, v);
    });
  }
  return [{ fileName, workbook: wb }];
}

function agencySheet(
  ctx: Blind20Context,
  wb: ExcelJS.Workbook,
  file: string,
  unit: UnitId,
  draftRows: Array<[string, number]>,
): void {
  const ws = sheet(wb, `ĐC - ${ctx.agency(unit, "recon-sheet")}`, [6, 50, 10, 14, 14, 14, 16, 30]);
  masthead(ctx, ws, null, 8);
  ctx.writeMerged(ws, "A4:H4", T.title.replace("{y}", "2025"), "upper", { bold: true });
  ctx.writeMerged(ws, "A5:H5", T.parties.replace("{n}", ctx.agency(unit, "recon")), "text", { italic: true });
  const head = 7;
  headers(ctx, ws, head, [
    C.tt,
    ctx.choose("item", ["Chỉ tiêu đối chiếu", "Nội dung số liệu"]),
    C.unit,
    T.dept,
    T.agencyFig,
    T.diff,
    T.agreed,
    T.reason,
  ]);
  let row = head + 1;
  let n = 1;
  const line = (slot: Slot, label: string) => {
    ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
    ctx.write(ws, `B${row}`, label, "label");
    ctx.write(ws, `C${row}`, ctx.measure(slot.input), "text", { align: "center" });
    const value = ctx.data.value(slot);
    const shown = ctx.data.shown(slot);
    if (typeof value === "number") {
      const dept = ctx.rng.chance(0.7) ? (nearFigure(ctx, slot, 0.9, 1.08) ?? value) : value;
      const agency = ctx.rng.chance(0.75) ? value : (nearFigure(ctx, slot, 0.93, 1.06) ?? value);
      ctx.figure(ws, `D${row}`, dept);
      if (shown) ctx.figure(ws, `E${row}`, agency);
      if (shown)
        put(
          ws,
          `F${row}`,
          { formula: `E${row}-D${row}`, result: agency - dept },
          { numFmt: "#,##0;-#,##0;0" },
        );
      ctx.value(file, ws, `G${row}`, slot);
      if (shown) {
        const reason =
          dept === value && agency === value ? T.reasons[3] : ctx.rng.pick(T.reasons.slice(0, 3));
        ctx.write(ws, `H${row}`, reason ?? "", "text", { italic: true });
      }
      draftRows.push([`${label} (${ctx.agency(unit, "recon")})`, dept]);
    } else {
      const words = ctx.words(slot.input, value);
      if (words !== null && ctx.rng.chance(0.6)) ctx.write(ws, `D${row}`, words, "word", { align: "center" });
      if (shown && words !== null) ctx.write(ws, `E${row}`, words, "word", { align: "center" });
      ctx.value(file, ws, `G${row}`, slot);
    }
    row++;
  };
  for (const input of ["political_articles", "revenue"]) {
    for (const year of [2024, 2025])
      line(slotOf(input, unit, year), ctx.label(input, { key: "recon", year }));
    if (ctx.rng.chance(0.5)) {
      const d = input === "revenue" ? D.stateOrder : D.reposted;
      ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.decoyLabel(d, "recon"));
      ctx.write(ws, `C${row}`, ctx.decoyMeasure(d), "text", { align: "center" });
      const v = ctx.decoyValue(d, unit);
      ctx.figure(ws, `D${row}`, v);
      ctx.figure(ws, `E${row}`, v);
      ctx.figure(ws, `G${row}`, v);
      row++;
    }
  }
  for (const input of statusInputsOf(unit)) {
    line(
      slotOf(input, unit),
      ctx.label(input, { key: "recon", unit: kindOf(input) === "count" && ctx.rng.chance(0.4) }),
    );
    if (input === "staff_total" && ctx.rng.chance(0.5)) {
      ctx.write(ws, `B${row}`, ctx.decoyLabel(D.collaborators, "recon"));
      ctx.write(ws, `C${row}`, ctx.measure("staff_total"), "text", { align: "center" });
      const v = ctx.decoyValue(D.collaborators, unit);
      ctx.figure(ws, `D${row}`, v);
      ctx.figure(ws, `G${row}`, v);
      row++;
    }
  }
  grid(ws, head + 1, 1, row - 1, 8);
  ctx.writeMerged(ws, `A${row + 1}:H${row + 1}`, T.sign, "text", { italic: true });
}

/** The remote-area figures, agreed between the department and the statistics office. */
function provinceSheet(ctx: Blind20Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, T.provinceSheet, [6, 40, 10, 14, 14, 14, 16, 30]);
  ctx.writeMerged(ws, "A1:H1", T.title.replace("{y}", "2025"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.agency(PROVINCE, "recon"), "text", { italic: true });
  const head = 4;
  headers(ctx, ws, head, [
    C.tt,
    ctx.choose("item", ["Chỉ tiêu đối chiếu", "Nội dung số liệu"]),
    C.unit,
    T.dept,
    T.statsOffice,
    T.diff,
    T.agreed,
    T.reason,
  ]);
  ["remote_population_total", "remote_population_reached"].forEach((input, i) => {
    const row = head + 1 + i;
    const slot = { input, unit: PROVINCE };
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.header(input, "recon"));
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    const value = ctx.data.value(slot);
    if (typeof value !== "number") return;
    const dept = nearFigure(ctx, slot, 0.95, 1.04) ?? value;
    const stats = ctx.rng.chance(0.5) ? value : (nearFigure(ctx, slot, 0.96, 1.03) ?? value);
    ctx.figure(ws, `D${row}`, dept);
    ctx.figure(ws, `E${row}`, stats);
    put(ws, `F${row}`, { formula: `E${row}-D${row}`, result: stats - dept }, { numFmt: "#,##0;-#,##0;0" });
    ctx.value(file, ws, `G${row}`, slot);
  });
  grid(ws, head + 1, 1, head + 2, 8);
}

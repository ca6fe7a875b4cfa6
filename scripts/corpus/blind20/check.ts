/**
 * b20-validation-check-template: the department's data-entry template, one sheet per agency, with a column of
 * check formulas ("OK", "Lỗi: lớn hơn tổng", "Chưa nhập") the template computes itself, drop-down answers fed from a
 * hidden list sheet, and a hidden sheet counting the errors. Columns: last year, this year, this year's target, the
 * check, notes. Traps: the check column's words ("OK" reads as yes) beside every answer, the target right of this
 * year, last year's figures (staff too), near-miss rows the checks compare against (all works, advertising income).
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, isYearly, kindOf, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind20Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B20_COMMON as C, B20_CHECK as T } from "./texts";
import { B20_DECOYS as D, B20_LEVEL_TEXTS, B20_YES_NO } from "./wordings";

type Row = { input: string } | { decoy: keyof typeof D };

export function checkTemplate(ctx: Blind20Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.choose("file", [
    "MauNhap_CDS_BaoChi_2025.xlsx",
    "Template nhap lieu 2025.xlsx",
    "BM_nhap_CDSBC.xlsx",
  ]);
  const list = sheet(wb, T.listSheet, [22, 14]);
  B20_YES_NO.flat().forEach((w, i) => ctx.write(list, `A${i + 1}`, w));
  B20_LEVEL_TEXTS.forEach((l, i) => ctx.write(list, `B${i + 1}`, l.replace("{n}", String(i + 1))));
  list.state = "hidden";
  const errors: string[] = [];
  for (const unit of AGENCIES) errors.push(agencySheet(ctx, wb, fileName, unit));
  provinceSheet(ctx, wb, fileName);
  const kt = sheet(wb, T.checkSheet, [30, 12]);
  kt.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
  ctx.write(kt, "A1", T.checkAll, "text", { bold: true });
  errors.forEach((name, i) => {
    ctx.write(kt, `A${i + 2}`, name);
    put(kt, `B${i + 2}`, { formula: `COUNTIF('${name}'!G:G,"<>OK")-2`, result: ctx.rng.int(0, 2) });
  });
  return [{ fileName, workbook: wb }];
}

function agencySheet(ctx: Blind20Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): string {
  const ws = sheet(
    wb,
    ctx.choose(`s|${unit}`, [`Nhap - ${ctx.agency(unit, "check-sheet")}`, ctx.agency(unit, "check-sheet")]),
    [6, 50, 10, 13, 13, 14, 18, 24],
  );
  ctx.writeMerged(ws, "A1:H1", T.title, "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", T.guide, "text", { italic: true });
  ctx.write(ws, "A3", T.unitLine.replace("{n}", ctx.agency(unit, "check")), "text", { bold: true });
  const head = 5;
  headers(ctx, ws, head, [
    C.no,
    T.item,
    C.unit,
    T.yearCol.replace("{y}", "2024"),
    T.yearCol.replace("{y}", "2025"),
    ctx.planHeader(2025),
    T.check,
    T.note,
  ]);
  const rows: Row[] = [
    ...(ctx.rng.chance(0.7) ? [{ decoy: "allArticles" as const }] : []),
    { input: "political_articles" },
    { input: "revenue" },
    ...(ctx.rng.chance(0.7) ? [{ decoy: "adIncome" as const }] : []),
    ...statusInputsOf(unit).map((input) => ({ input })),
  ];
  let row = head + 1;
  const at = new Map<string, number>();
  rows.forEach((r, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    if ("decoy" in r) {
      const d = D[r.decoy];
      ctx.write(ws, `B${row}`, ctx.decoyLabel(d, "check"));
      ctx.write(ws, `C${row}`, ctx.decoyMeasure(d), "text", { align: "center" });
      ctx.figure(ws, `D${row}`, ctx.decoyValue(d, unit, 2024));
      ctx.figure(ws, `E${row}`, ctx.decoyValue(d, unit, 2025));
      at.set(r.decoy, row);
      checkCell(ws, row, `IF(OR(E${row}="",E${row}="-"),"${T.errors[1]}","${T.ok}")`, T.ok);
      row++;
      return;
    }
    const { input } = r;
    at.set(input, row);
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "check", unit: ctx.rng.chance(0.35) }), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    if (isYearly(input)) {
      ctx.value(file, ws, `D${row}`, slotOf(input, unit, 2024));
      ctx.value(file, ws, `E${row}`, slotOf(input, unit, 2025));
      const target = planFigure(ctx, slotOf(input, unit, 2025));
      if (target !== null) ctx.figure(ws, `F${row}`, target);
    } else {
      const slot = slotOf(input, unit);
      if (input.startsWith("staff")) {
        const last = nearFigure(ctx, slot, 0.85, 0.97);
        if (last !== null) ctx.figure(ws, `D${row}`, last);
        const target = planFigure(ctx, slot);
        if (target !== null) ctx.figure(ws, `F${row}`, target);
      }
      ctx.value(file, ws, `E${row}`, slot);
      if (kindOf(input) === "yes-no")
        ws.getCell(`E${row}`).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`${T.listSheet}!$A$1:$A$${B20_YES_NO.length * 2}`],
        };
    }
    // The check: parts not above their whole, answers filled in.
    const shown = ctx.data.shown(slotOf(input, unit));
    const whole =
      input === "staff_trained"
        ? at.get("staff_total")
        : input === "political_articles"
          ? at.get("allArticles")
          : undefined;
    if (whole !== undefined)
      checkCell(
        ws,
        row,
        `IF(E${row}>E${whole},"${T.errors[0]}",IF(OR(E${row}="",E${row}="-"),"${T.errors[1]}","${T.ok}"))`,
        shown ? T.ok : (T.errors[1] ?? ""),
      );
    else
      checkCell(
        ws,
        row,
        `IF(OR(E${row}="",E${row}="-"),"${T.errors[1]}","${T.ok}")`,
        shown ? T.ok : (T.errors[1] ?? ""),
      );
    if (ctx.rng.chance(0.15)) ctx.write(ws, `H${row}`, ctx.noteFor(input, 2025), "text", { italic: true });
    row++;
  });
  if (at.has("adIncome") && at.has("revenue")) {
    const r = at.get("adIncome") ?? 0;
    const rev = at.get("revenue") ?? 0;
    checkCell(ws, r, `IF(E${r}>E${rev},"${T.errors[2]}","${T.ok}")`, T.ok);
  }
  grid(ws, head + 1, 1, row - 1, 8);
  return ws.name;
}

function checkCell(ws: ExcelJS.Worksheet, row: number, formula: string, result: string): void {
  put(ws, `G${row}`, { formula, result }, { align: "center" });
}

/** The department's own sheet: the remote-area figures, this year only, the part checked against the whole. */
function provinceSheet(ctx: Blind20Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(
    wb,
    ctx.choose("prov", [T.provinceSheet, ctx.agency(PROVINCE, "check-sheet")]),
    [6, 40, 10, 13, 13, 14, 18, 24],
  );
  ctx.writeMerged(ws, "A1:H1", T.title, "upper", { bold: true });
  ctx.write(ws, "A3", T.unitLine.replace("{n}", ctx.agency(PROVINCE, "check")), "text", { bold: true });
  const head = 5;
  headers(ctx, ws, head, [
    C.no,
    T.item,
    C.unit,
    T.yearCol.replace("{y}", "2024"),
    T.yearCol.replace("{y}", "2025"),
    ctx.planHeader(2025),
    T.check,
    T.note,
  ]);
  const total = head + 1;
  ["remote_population_total", "remote_population_reached"].forEach((input, i) => {
    const row = head + 1 + i;
    const slot = { input, unit: PROVINCE };
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.header(input, "check"));
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    const last = nearFigure(ctx, slot, 0.9, 0.99);
    if (last !== null) ctx.figure(ws, `D${row}`, last);
    ctx.value(file, ws, `E${row}`, slot);
    const shown = ctx.data.shown(slot);
    const f =
      i === 0
        ? `IF(OR(E${row}="",E${row}="-"),"${T.errors[1]}","${T.ok}")`
        : `IF(E${row}>E${total},"${T.errors[0]}",IF(OR(E${row}="",E${row}="-"),"${T.errors[1]}","${T.ok}"))`;
    checkCell(ws, row, f, shown ? T.ok : (T.errors[1] ?? ""));
  });
  grid(ws, head + 1, 1, head + 2, 8);
}

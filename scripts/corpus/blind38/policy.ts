/**
 * "b38-support-policy-impact-assessment": the department's impact assessment for a draft council resolution on
 * supporting the local press. The three agencies as columns (in any order), the inputs as rows with the year in
 * the label; a "sum of the three" formula column right of them; part rows (border/ethnic pieces, advertising)
 * under each series; then a forecast section below with the same labels for 2026 under two options.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind38Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B38_POLICY as T } from "./texts";
import { B38_DECOYS as D, type B38Decoy } from "./wordings";

export const POLICY_HEAD = 6;
/** The first agency column (D); the sum is G. */
export const POLICY_FIRST_COL = 4;
export const POLICY_COLS = { sum: "G", source: "H" } as const;

const STATUS = [
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "converged_newsroom",
  "ai_data_platform",
  "security_level",
] as const;

export function policyAssessment(ctx: Blind38Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", [
    "DGTD_ChinhSach_HoTroBaoChi.xlsx",
    "Danh gia tac dong NQ ho tro bao chi.xlsx",
  ]);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [8, 56, 10, 16, 16, 16, 16, 22]);
  const order = ctx.rng.shuffle(AGENCIES);
  const col = (u: UnitId) => colLetter(POLICY_FIRST_COL + order.indexOf(u));
  ctx.writeMerged(ws, "A1:C1", ctx.pickText("office", T.office), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:C2", ctx.pickText("dept", T.dept), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:H3", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A4:H4", ctx.pickText("sub", T.sub), "text", { italic: true });
  const h = T.heads;
  headers(ctx, ws, POLICY_HEAD, [
    h.no,
    ctx.pickText("h-what", h.what),
    h.measure,
    ...order.map((u) => ctx.agency(u, "policy")),
    ctx.pickText("h-sum", h.sum),
    ctx.pickText("h-source", h.source),
  ]);
  let row = POLICY_HEAD + 1;
  const section = (text: string) => {
    ctx.writeMerged(ws, `A${row}:H${row}`, text, "text", { bold: true, align: "left" });
    row++;
  };
  const source = () =>
    ctx.write(ws, `${POLICY_COLS.source}${row}`, ctx.pickText(`src${row}`, T.sources), "text");
  const sum = (cells: Array<number | undefined>) => {
    const shown = cells.filter((n): n is number => n !== undefined);
    if (shown.length === 0) return;
    const total = Math.round(shown.reduce((a, b) => a + b, 0) * 10) / 10;
    ctx.formula(ws, `${POLICY_COLS.sum}${row}`, `SUM(D${row}:F${row})`, total, true);
  };

  section(ctx.pickText("now", T.now));
  let n = 1;
  for (const input of ["political_articles", "revenue"] as const) {
    let k = 1;
    for (const y of ctx.data.years[input]) {
      ctx.write(ws, `A${row}`, `${n}.${k++}`, "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.label(input, { key: "policy", year: y }), "label");
      ctx.write(ws, `C${row}`, ctx.measure(input));
      for (const u of AGENCIES) ctx.value(file, ws, `${col(u)}${row}`, slotOf(input, u, y));
      sum(AGENCIES.map((u) => ctx.shownNumber(slotOf(input, u, y))));
      source();
      row++;
    }
    if (input === "revenue") {
      ctx.write(ws, `B${row}`, ctx.partialHeader(2025), "text", { italic: true });
      for (const u of AGENCIES) {
        const f = nearFigure(ctx, slotOf(input, u, 2025), 0.62, 0.85);
        if (f !== null) ctx.figure(ws, `${col(u)}${row}`, f, { italic: true });
      }
      row++;
    }
    partRow(ctx, ws, row++, input === "revenue" ? D.adsIncome : D.borderPieces, col);
    n++;
  }
  for (const input of STATUS) {
    ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.header(input, "policy"), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    for (const u of AGENCIES) ctx.value(file, ws, `${col(u)}${row}`, slotOf(input, u));
    if (input === "staff_total" || input === "staff_trained")
      sum(AGENCIES.map((u) => ctx.shownNumber(slotOf(input, u))));
    source();
    row++;
  }
  ctx.write(ws, `A${row}`, String(n++), "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.header("licensed", "policy"), "label");
  ctx.write(ws, `C${row}`, ctx.measure("licensed"));
  for (const u of AGENCIES)
    if (u === MAGAZINE) ctx.value(file, ws, `${col(u)}${row}`, slotOf("licensed", u));
    else ctx.write(ws, `${col(u)}${row}`, ctx.style.notApplicable, "word", { align: "center" });
  source();
  row++;
  ctx.write(ws, `A${row}`, String(n), "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.agency(PROVINCE, "policy"), "text", { bold: true });
  row++;
  for (const input of ["remote_population_total", "remote_population_reached"] as const) {
    ctx.write(ws, `B${row}`, `- ${ctx.header(input, "policy")}`, "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    ws.mergeCells(`D${row}:F${row}`);
    ctx.value(file, ws, `D${row}`, slotOf(input, PROVINCE));
    source();
    row++;
  }

  section(ctx.pickText("forecast", T.forecast));
  T.options.forEach((option, o) => {
    ctx.write(ws, `B${row}`, option, "text", { bold: true, italic: true });
    row++;
    for (const input of ["political_articles", "revenue"] as const) {
      ctx.write(
        ws,
        `B${row}`,
        `${ctx.label(input, { key: "policy", year: 2026 })} ${T.forecastLabel}`,
        "label",
      );
      ctx.write(ws, `C${row}`, ctx.measure(input));
      for (const u of AGENCIES) {
        const f = nearFigure(ctx, slotOf(input, u, 2025), o === 0 ? 1.12 : 1.01, o === 0 ? 1.25 : 1.06);
        if (f !== null) ctx.figure(ws, `${col(u)}${row}`, f);
      }
      row++;
    }
    if (o === 0) {
      ctx.write(ws, `B${row}`, ctx.pickText("support", T.support), "label");
      ctx.write(ws, `C${row}`, ctx.measure("revenue"));
      for (const u of AGENCIES)
        ctx.figure(ws, `${col(u)}${row}`, nearFigure(ctx, slotOf("revenue", u), 0.08, 0.2) ?? 1);
      row++;
    }
  });
  grid(ws, POLICY_HEAD, 1, row - 1, 8);
  if (ctx.rng.chance(0.6)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
  hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
    [T.scratchRows[0], 1.15],
    [T.scratchRows[1], nearFigure(ctx, slotOf("revenue", "bao-lai-chau"), 0.1, 0.3) ?? 1],
  ]);
  return [{ fileName: file, workbook: wb }];
}

function partRow(
  ctx: Blind38Context,
  ws: ExcelJS.Worksheet,
  row: number,
  d: B38Decoy,
  col: (u: UnitId) => string,
): void {
  ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(d, "policy")} năm 2025`, "label", { italic: true });
  for (const u of AGENCIES) ctx.figure(ws, `${col(u)}${row}`, ctx.decoyValue(d, u, 2025), { italic: true });
}

/**
 * "b21-dti-evidence-index": the department's index of evidence for the digital-transformation criteria, one sheet
 * per agency (and one for the province's figures when the case has them): each criterion with last year's result,
 * this year's self-assessed result, the points the agency gave itself, the document offered as evidence (numbers
 * in it) and the department's points. A few criteria are no plan input; the drop-down lists sit on a hidden sheet.
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, isYearly, kindOf, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind21Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B21_EVIDENCE as T } from "./texts";
import { B21_DECOYS } from "./wordings";

export function evidenceIndex(ctx: Blind21Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `Bang_ke_minh_chung_CDS_${ctx.choose("ev-file", ["2025", "nam2025", "tham-dinh"])}.xlsx`;
  const heads = [
    ctx.pickText("ev-stt", T.columns.stt),
    ctx.pickText("ev-crit", T.columns.criterion),
    ctx.pickText("ev-last", T.columns.last),
    resultHead(ctx),
    ctx.pickText("ev-score", T.columns.score),
    ctx.pickText("ev-evid", T.columns.evidence),
    ctx.pickText("ev-check", T.columns.checked),
    ctx.pickText("ev-short", T.columns.short),
  ];
  for (const unit of AGENCIES) {
    const ws = sheet(wb, ctx.slug(unit), [7, 52, 14, 16, 10, 36, 12, 22]);
    top(ctx, ws, ctx.agency(unit, "ev-head"));
    headers(ctx, ws, 5, heads);
    const inputs = ctx.rng.shuffle([...statusInputsOf(unit), "political_articles", "revenue"]);
    const extras = ctx.rng.shuffle([...T.extraCriteria]).slice(0, ctx.rng.int(1, 3));
    const rows: Array<string | { extra: string }> = [...inputs];
    for (const e of extras) rows.splice(ctx.rng.int(0, rows.length), 0, { extra: e });
    let row = 6;
    rows.forEach((item, i) => {
      put(ws, `A${row}`, `TC${String(i + 1).padStart(2, "0")}`, { align: "center" });
      if (typeof item === "string") criterionRow(ctx, ws, fileName, row, item, unit);
      else extraRow(ctx, ws, row, item.extra);
      row++;
    });
    if (ctx.rng.chance(0.6)) {
      const d = ctx.decoyRow(B21_DECOYS.followers, unit, "ev");
      put(ws, `A${row}`, `TC${String(rows.length + 1).padStart(2, "0")}`, { align: "center" });
      ctx.write(ws, `B${row}`, d.text, "label");
      ctx.figure(ws, `C${row}`, Math.round(d.value * 0.7));
      ctx.figure(ws, `D${row}`, d.value);
      row++;
    }
    grid(ws, 5, 1, row - 1, 8);
  }
  if (ctx.data.province) {
    const ws = sheet(wb, ctx.pickText("ev-prov", T.provinceSheet), [7, 52, 14, 16, 10, 36, 12, 22]);
    top(ctx, ws, ctx.agency(PROVINCE, "ev-head"));
    headers(ctx, ws, 5, heads);
    ctx.write(ws, "B6", ctx.pickText("ev-pc", T.provinceCriteria), "label", { bold: true });
    let row = 7;
    for (const input of ctx.rng.shuffle(["remote_population_total", "remote_population_reached"])) {
      const slot = slotOf(input, PROVINCE);
      put(ws, `A${row}`, `TC${row - 6}`, { align: "center" });
      const label = ctx.rng.chance(0.4)
        ? ctx.header(input, "ev-p")
        : ctx.label(input, { unit: ctx.rng.chance(0.5), key: "ev" });
      ctx.write(ws, `B${row}`, label, "label");
      const before = nearFigure(ctx, slot, 0.9, 0.99);
      if (before !== null) ctx.figure(ws, `C${row}`, before);
      ctx.value(fileName, ws, `D${row}`, slot);
      ctx.write(ws, `F${row}`, evidenceText(ctx), "text");
      ctx.write(ws, `H${row}`, ctx.header(input, "ev-p-short"), "text", { italic: true });
      row++;
    }
    const d = ctx.decoyRow(B21_DECOYS.communePopulation, PROVINCE, "ev");
    ctx.write(ws, `B${row}`, d.text, "label", { italic: true });
    ctx.figure(ws, `D${row}`, d.value);
    grid(ws, 5, 1, row, 8);
  }
  const lists = sheet(wb, ctx.pickText("ev-lists", T.lists), [30]);
  ctx.write(lists, "A1", ctx.pickText("ev-list-t", T.listTexts), "text");
  ctx.style.yesNo.forEach((w, i) => ctx.write(lists, `A${i + 2}`, w, "word"));
  lists.state = "hidden";
  return [{ fileName, workbook: wb }];
}

function resultHead(ctx: Blind21Context): string {
  return ctx.choose("ev-res", ["Kết quả tự đánh giá 2025", "KQ năm 2025 (tự kê)", "Ket qua 2025"]);
}

function top(ctx: Blind21Context, ws: ExcelJS.Worksheet, agency: string): void {
  ctx.writeMerged(ws, "A1:H1", agency, "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("ev-title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A3:H3", ctx.pickText("ev-sub", T.subs), "text", { italic: true });
}

function evidenceText(ctx: Blind21Context): string {
  return ctx.rng
    .pick(T.evidenceTexts)
    .replace("{n}", String(ctx.rng.int(12, 480)))
    .replace("{y}", "2025");
}

/** A plan input's criterion row: last year's answer in C, this year's in D (truth), points and evidence after. */
function criterionRow(
  ctx: Blind21Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  input: string,
  unit: UnitId,
): void {
  if (isYearly(input)) {
    // A figure of each year: last year's in C, this year's in D, both reported.
    ctx.write(ws, `B${row}`, ctx.label(input, { unit: true, key: "ev-y" }), "label");
    ctx.value(file, ws, `C${row}`, slotOf(input, unit, 2024));
    if (ctx.value(file, ws, `D${row}`, slotOf(input, unit, 2025))) {
      ctx.figure(ws, `E${row}`, ctx.rng.int(1, 5));
      ctx.write(ws, `F${row}`, evidenceText(ctx), "text");
    }
    return;
  }
  const slot = slotOf(input, unit);
  ctx.write(ws, `H${row}`, ctx.header(input, `ev-short-${unit}`), "text", { italic: true });
  const label = ctx.rng.chance(0.25)
    ? ctx.header(input, `ev-${unit}`)
    : ctx.label(input, { unit: ctx.rng.chance(0.3), key: "ev" });
  ctx.write(ws, `B${row}`, label, "label");
  const value = ctx.data.value(slot);
  const kind = kindOf(input);
  if (kind === "count") {
    const before = nearFigure(ctx, slot, 0.75, 0.97);
    if (before !== null && ctx.rng.chance(0.8)) ctx.figure(ws, `C${row}`, before);
  } else if (kind === "level" && typeof value === "number") {
    ctx.write(ws, `C${row}`, `${Math.max(1, value - ctx.rng.int(0, 1))}`, "word", { align: "center" });
  } else if (typeof value === "boolean" && ctx.rng.chance(0.8)) {
    const before = value && ctx.rng.chance(0.4) ? false : value;
    ctx.write(ws, `C${row}`, before ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", { align: "center" });
  }
  const written = ctx.value(file, ws, `D${row}`, slot);
  if (written && value !== "not-applicable") {
    const points = typeof value === "boolean" ? (value ? ctx.rng.int(2, 5) : 0) : ctx.rng.int(1, 4);
    ctx.figure(ws, `E${row}`, points);
    ctx.write(ws, `F${row}`, evidenceText(ctx), "text");
    if (ctx.rng.chance(0.7)) ctx.figure(ws, `G${row}`, Math.max(0, points - ctx.rng.int(0, 1)));
  }
}

function extraRow(ctx: Blind21Context, ws: ExcelJS.Worksheet, row: number, text: string): void {
  ctx.write(ws, `B${row}`, text, "label");
  const yes = ctx.rng.chance(0.6);
  ctx.write(ws, `D${row}`, yes ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", { align: "center" });
  ctx.figure(ws, `E${row}`, yes ? ctx.rng.int(1, 3) : 0);
}

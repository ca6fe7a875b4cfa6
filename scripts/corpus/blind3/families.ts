/**
 * Three blind3 layout families: a "báo cáo nhanh" sheet with one small table per agency side by side, a matrix
 * of indicators × (year → agency → actual/target) under a three-level merged header, and the plan's indicator
 * list with "target | result so far | assessment" columns (the result column holds the values, the assessment
 * column holds Đạt/Chưa đạt words that are not values).
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, YEARS, type UnitId } from "../model";
import { sheetName, unionYears, type BuiltFile } from "../sheets";
import type { Blind3Context } from "./context";
import {
  coverSheet,
  decoyNumber,
  footnotes,
  nearNumber,
  scratchSheet,
  targetOf,
  unitRows,
  writeNumber,
} from "./rows";

const HEAD = { bold: true, align: "center" as const, wrap: true };

function lastYears(ctx: Blind3Context, k: number): number[] {
  const all = unionYears(ctx.data);
  return all.slice(Math.max(0, all.length - k));
}

function unitsOf(ctx: Blind3Context): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

/** "Báo cáo nhanh": a short letter, then one small table per agency, side by side on one sheet. */
export function quickTiles(ctx: Blind3Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = `${rng.pick(["Bao cao nhanh", "BCN_CDS", "bao-cao-nhanh-so-lieu"])} 2025.xlsx`;
  if (rng.chance(0.3)) coverSheet(ctx, wb, null);
  const ws = addSheet(wb, sheetName(wb, rng.pick(["BC nhanh", "Báo cáo nhanh", "Gui So VHTTDL"])), []);
  ctx.write(ws, "A1", "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu", "text", { bold: true });
  ctx.write(ws, "A2", "V/v báo cáo nhanh số liệu chuyển đổi số báo chí năm 2025", "text", { italic: true });
  ctx.write(ws, "A3", "Xin gửi Quý Sở số liệu nhanh của các cơ quan báo chí như sau:");
  const years = lastYears(ctx, rng.pick([2, 3, 3, 4]));
  const partial = rng.chance(0.7);
  const unitInLabel = rng.chance(0.3);
  const top = 5;
  let col = 1;
  let bottom = top;
  for (const unit of unitsOf(ctx)) {
    const province = unit === PROVINCE;
    const valueCols = province ? 1 : years.length + (partial ? 1 : 0);
    const last = col + valueCols;
    ctx.writeMerged(ws, `${ref(col, top)}:${ref(last, top)}`, ctx.agency(unit), "text", HEAD);
    ctx.write(ws, ref(col, top + 1), rng.pick(["Nội dung", "Hạng mục", "Chỉ tiêu"]), "text", HEAD);
    ws.getColumn(col).width = 38;
    const yearCol = new Map<number, number>();
    if (province) ctx.write(ws, ref(col + 1, top + 1), "Số liệu", "text", HEAD);
    else
      years.forEach((y, i) => {
        yearCol.set(y, col + 1 + i);
        ctx.write(ws, ref(col + 1 + i, top + 1), rng.chance(0.5) ? `Năm ${y}` : String(y), "text", HEAD);
      });
    const partialCol = partial && !province ? last : undefined;
    if (partialCol !== undefined) ctx.write(ws, ref(partialCol, top + 1), ctx.partialHeader(), "text", HEAD);
    const statusCol = province ? col + 1 : (yearCol.get(2025) ?? col + 1);
    let row = top + 2;
    for (const r of unitRows(ctx, unit, { decoys: 0.35 })) {
      if (r.kind === "decoy") {
        ctx.write(ws, ref(col, row), r.text, "label", { wrap: true });
        if (isYearly(r.decoy.near))
          for (const [y, c] of yearCol) writeNumber(ctx, ws, ref(c, row), decoyNumber(ctx, r.decoy, unit, y));
        else writeNumber(ctx, ws, ref(statusCol, row), decoyNumber(ctx, r.decoy, unit));
        row++;
        continue;
      }
      const input = r.input;
      const text = province && rng.chance(0.5) ? ctx.header(input) : ctx.label(input, { unit: unitInLabel });
      ctx.write(ws, ref(col, row), text, "label", { wrap: true });
      if (isYearly(input)) {
        for (const [year, c] of yearCol) ctx.value(file, ws, ref(c, row), { input, unit, year });
        if (partialCol !== undefined && ctx.data.shown({ input, unit, year: 2025 }))
          writeNumber(ctx, ws, ref(partialCol, row), nearNumber(ctx, { input, unit, year: 2025 }, 0.4, 0.8));
      } else ctx.value(file, ws, ref(statusCol, row), { input, unit });
      row++;
    }
    grid(ws, top, col, row - 1, last);
    bottom = Math.max(bottom, row);
    col = last + 2;
  }
  if (rng.chance(0.6)) footnotes(ctx, ws, bottom + 1);
  if (rng.chance(0.4)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName: file, workbook: wb }];
}

/** Indicators down, then year → agency → actual/target across, under a three-level merged header. */
export function yearAgencyMatrix(ctx: Blind3Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = `${rng.pick(["Ma tran TH-KH", "TongHop_TH_KH", "theo-doi-chi-tieu"])} 3414.xlsx`;
  const ws = addSheet(wb, sheetName(wb, rng.pick(["TH-KH", "Theo dõi chỉ tiêu", "Ma tran"])), []);
  const years = lastYears(ctx, rng.pick([2, 3, 4]));
  const planFirst = rng.chance(0.3);
  const withCode = rng.chance(0.4);
  const first = withCode ? 4 : 3;
  const top = 4;
  ws.getColumn(2).width = 50;
  const at = new Map<string, number>();
  let c = first;
  for (const y of years) {
    const start = c;
    for (const unit of AGENCIES) {
      const pair = planFirst ? (["t", "a"] as const) : (["a", "t"] as const);
      for (const k of pair) at.set(`${y}|${unit}|${k}`, c++);
      ctx.writeMerged(ws, `${ref(c - 2, top + 1)}:${ref(c - 1, top + 1)}`, ctx.agency(unit), "text", HEAD);
      ctx.write(ws, ref(c - 2, top + 2), pair[0] === "a" ? ctx.actualWord() : ctx.targetWord(), "text", HEAD);
      ctx.write(ws, ref(c - 1, top + 2), pair[1] === "a" ? ctx.actualWord() : ctx.targetWord(), "text", HEAD);
    }
    ctx.writeMerged(
      ws,
      `${ref(start, top)}:${ref(c - 1, top)}`,
      rng.chance(0.5) ? `Năm ${y}` : String(y),
      "text",
      HEAD,
    );
  }
  const last = c - 1;
  ctx.writeMerged(
    ws,
    `A1:${colLetter(Math.min(last, 12))}1`,
    "Theo dõi thực hiện chỉ tiêu chuyển đổi số báo chí",
    "upper",
    {
      bold: true,
    },
  );
  ctx.writeMerged(ws, `A${top}:A${top + 2}`, "TT", "text", HEAD);
  ctx.writeMerged(
    ws,
    `B${top}:B${top + 2}`,
    rng.pick(["Chỉ tiêu", "Tên chỉ tiêu", "Nội dung theo dõi"]),
    "text",
    HEAD,
  );
  if (withCode) ctx.writeMerged(ws, `C${top}:C${top + 2}`, "ĐVT", "text", HEAD);
  const inputs = unitRows(ctx, "tap-chi-van-nghe-lai-chau", { decoys: 0.45 });
  let row = top + 3;
  let n = 0;
  for (const r of inputs) {
    const input = r.kind === "input" ? r.input : r.decoy.near;
    put(ws, `A${row}`, r.kind === "input" ? ++n : "", { align: "center" });
    ctx.write(ws, `B${row}`, r.kind === "input" ? ctx.label(input) : r.text, "label", { wrap: true });
    if (withCode)
      ctx.write(ws, `C${row}`, r.kind === "input" ? ctx.measure(input) : r.decoy.measure, "text", {
        align: "center",
      });
    const cellYears = isYearly(input) ? years : [2025];
    for (const y of cellYears) {
      if (!years.includes(y)) continue;
      for (const unit of AGENCIES) {
        if (!isYearly(input) && !statusInputsOf(unit).includes(input)) continue;
        const a = at.get(`${y}|${unit}|a`);
        const t = at.get(`${y}|${unit}|t`);
        if (a === undefined || t === undefined) continue;
        if (r.kind === "decoy") {
          writeNumber(ctx, ws, ref(a, row), decoyNumber(ctx, r.decoy, unit, y));
          continue;
        }
        ctx.value(file, ws, ref(a, row), isYearly(input) ? { input, unit, year: y } : { input, unit });
        const target = targetOf(ctx, input, unit);
        if (target !== "" && rng.chance(0.8))
          ctx.write(ws, ref(t, row), String(target), "word", { align: "center" });
      }
    }
    row++;
  }
  grid(ws, top, 1, row - 1, last);
  if (ctx.data.province) {
    row += 1;
    ctx.write(ws, `B${row}`, ctx.agency(PROVINCE), "upper", { bold: true });
    const value = at.get(`2025|bao-lai-chau|a`) ?? first;
    ctx.write(ws, ref(value, row), rng.chance(0.5) ? "Số liệu 2025" : "Năm 2025", "text", HEAD);
    row++;
    for (const r of unitRows(ctx, PROVINCE, { decoys: 0.4 })) {
      if (r.kind === "decoy") {
        ctx.write(ws, `B${row}`, r.text, "label");
        writeNumber(ctx, ws, ref(value, row), decoyNumber(ctx, r.decoy, PROVINCE));
      } else {
        ctx.write(ws, `B${row}`, rng.chance(0.5) ? ctx.header(r.input) : ctx.label(r.input), "label", {
          wrap: true,
        });
        ctx.value(file, ws, ref(value, row), { input: r.input, unit: PROVINCE });
      }
      row++;
    }
  }
  if (rng.chance(0.5)) footnotes(ctx, ws, row + 1, 2);
  if (rng.chance(0.3)) scratchSheet(ctx, wb, unitsOf(ctx));
  return [{ fileName: file, workbook: wb }];
}

const RESULT_HEADERS = [
  "Kết quả đến nay",
  "Kết quả thực hiện đến 30/11/2025",
  "Kết quả đạt được",
  "Tình hình thực hiện",
];
const EVAL_HEADERS = ["Đánh giá (Đạt/Chưa đạt)", "Tự đánh giá", "Mức độ hoàn thành"];
const EVAL_WORDS = ["Đạt", "Chưa đạt", "Vượt", "Đạt", "Cơ bản đạt"];

type ResultCols = {
  stt: number;
  label: number;
  plan: number;
  result: number;
  evaluation: number;
  notes: number;
  partial?: number;
};

function resultTable(
  ctx: Blind3Context,
  ws: ExcelJS.Worksheet,
  file: string,
  units: readonly UnitId[],
  top: number,
  cols: ResultCols,
): number {
  const { rng } = ctx;
  const yearLabel = rng.pick(["- Năm {y}", "+ Năm {y}", "Năm {y} (để so sánh)", "Riêng năm {y}"]);
  const back = rng.pick([1, 2, 5]);
  let row = top;
  for (const unit of units) {
    if (units.length > 1) {
      ctx.write(ws, ref(cols.label, row), ctx.agency(unit), "upper", { bold: true });
      row++;
    }
    let n = 0;
    for (const r of unitRows(ctx, unit, { decoys: 0.4 })) {
      if (r.kind === "decoy") {
        ctx.write(ws, ref(cols.label, row), r.text, "label", { wrap: true });
        writeNumber(ctx, ws, ref(cols.result, row), decoyNumber(ctx, r.decoy, unit));
        row++;
        continue;
      }
      const input = r.input;
      put(ws, ref(cols.stt, row), ++n, { align: "center" });
      ctx.write(ws, ref(cols.label, row), ctx.label(input), "label", { wrap: true });
      const target = targetOf(ctx, input, unit);
      if (target !== "") ctx.write(ws, ref(cols.plan, row), String(target), "word", { align: "center" });
      const slot = isYearly(input) ? { input, unit, year: 2025 } : { input, unit };
      if (ctx.value(file, ws, ref(cols.result, row), slot)) {
        ctx.write(ws, ref(cols.evaluation, row), rng.pick(EVAL_WORDS), "word", { align: "center" });
        if (cols.partial !== undefined && isYearly(input))
          writeNumber(
            ctx,
            ws,
            ref(cols.partial, row),
            nearNumber(ctx, { input, unit, year: 2025 }, 0.45, 0.85),
          );
      }
      if (rng.chance(0.2))
        ctx.write(ws, ref(cols.notes, row), ctx.note(), "text", { italic: true, wrap: true });
      row++;
      if (!isYearly(input)) continue;
      for (const y of YEARS.filter((y) => y < 2025 && y >= 2025 - back).reverse()) {
        if (!ctx.data.years[input].includes(y)) continue;
        ctx.write(ws, ref(cols.label, row), yearLabel.replace("{y}", String(y)), "label", { italic: true });
        ctx.value(file, ws, ref(cols.result, row), { input, unit, year: y });
        row++;
      }
    }
  }
  grid(ws, top - 1, 1, row - 1, Math.max(...Object.values(cols)));
  return row;
}

/** The plan's indicator list with target, result so far and assessment columns; one sheet or one per agency. */
export function resultColumn(ctx: Blind3Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = `${rng.pick(["Danh gia thuc hien KH 3414", "DanhGia_ChiTieu", "ket-qua-thuc-hien"])}.xlsx`;
  if (rng.chance(0.4)) coverSheet(ctx, wb, null);
  const planLeft = rng.chance(0.6);
  const cols: ResultCols = planLeft
    ? { stt: 1, label: 2, plan: 3, result: 4, evaluation: 5, notes: 6 }
    : { stt: 1, label: 2, result: 3, plan: 4, evaluation: 5, notes: 6 };
  if (rng.chance(0.4)) cols.partial = 7;
  const heads: Array<[number, string]> = [
    [cols.stt, "TT"],
    [cols.label, rng.pick(["Nhiệm vụ, chỉ tiêu", "Nội dung chỉ tiêu theo Kế hoạch 3414"])],
    [cols.plan, rng.pick(["Chỉ tiêu KH", "Chỉ tiêu kế hoạch", "Mục tiêu KH 3414"])],
    [cols.result, rng.pick(RESULT_HEADERS)],
    [cols.evaluation, rng.pick(EVAL_HEADERS)],
    [cols.notes, "Ghi chú"],
    ...(cols.partial === undefined ? [] : [[cols.partial, ctx.partialHeader()] as [number, string]]),
  ];
  const sheet = (name: string, title: string): ExcelJS.Worksheet => {
    const ws = addSheet(wb, sheetName(wb, name), [6, 54, 18, 18, 16, 26, 16]);
    ctx.writeMerged(ws, "A1:F1", title, "upper", { bold: true });
    for (const [c, text] of heads) ctx.write(ws, ref(c, 3), text, "text", HEAD);
    return ws;
  };
  const perSheet = rng.chance(0.5);
  const units = unitsOf(ctx);
  if (perSheet) {
    for (const unit of units) {
      const ws = sheet(ctx.agency(unit, "sheet"), `Đánh giá kết quả thực hiện - ${ctx.agency(unit)}`);
      const end = resultTable(ctx, ws, file, [unit], 4, cols);
      if (rng.chance(0.4)) footnotes(ctx, ws, end + 1, 2);
    }
  } else {
    const ws = sheet(
      rng.pick(["Đánh giá", "KQ thực hiện"]),
      "Đánh giá kết quả thực hiện các chỉ tiêu năm 2025",
    );
    const end = resultTable(ctx, ws, file, units, 4, cols);
    if (rng.chance(0.5)) footnotes(ctx, ws, end + 1, 2);
  }
  if (rng.chance(0.3)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName: file, workbook: wb }];
}

/**
 * blind4 layouts, part 1: a numbered report outline (label: value paragraphs in two column pairs), a dashboard of
 * KPI tiles per agency (label above value, last year and the target beside), and a wide sheet with agencies as
 * column groups (years done, plan, % done under each agency).
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, put } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, YEARLY, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import { signature } from "../sheets";
import type { Blind4Context } from "./context";
import {
  book,
  coverSheet,
  decoysAfter,
  decoyText,
  fileName,
  inputsOf,
  scratchSheet,
  unitsOf,
  writeDecoyValue,
  writePartial,
  writeTarget,
  yearsOf,
} from "./rows";

const ROMAN = ["I", "II", "III", "IV", "V"];
const LETTERS = "abcdefgh";

/**
 * "Đề cương báo cáo": one paragraph per unit ("a) <agency>"), numbered lines "1.2. <label>:" with the figure in
 * the next cell, yearly inputs as "- Năm 2024:" sub-lines; units alternate between two column pairs (A:B, D:E).
 */
export function outlineParagraphs(ctx: Blind4Context): BuiltFile[] {
  const wb = book();
  if (ctx.rng.chance(0.5)) coverSheet(ctx, wb);
  const file = fileName(ctx, ["De cuong bao cao CDS 2025", "Đề cương BC sơ kết", "decuong_3414"]);
  const ws = addSheet(wb, ctx.rng.pick(["De cuong", "Nội dung BC", "Phần II"]), [58, 14, 4, 58, 14]);
  ctx.writeMerged(ws, "A1:E1", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "upper", { bold: true });
  const heading = ctx.rng.pick(["letter", "roman", "number"] as const);
  const yearLine = ctx.rng.pick(["- Năm {y}:", "+ {y}:", "Năm {y} đạt:", "• Năm {y}"]);
  const inline = ctx.rng.chance(0.4);
  const rows = [3, 3];
  unitsOf(ctx).forEach((unit, u) => {
    const side = u % 2;
    const [lc, vc] = side === 0 ? ["A", "B"] : ["D", "E"];
    let r = rows[side] ?? 3;
    const head = heading === "letter" ? `${LETTERS[u]})` : heading === "roman" ? `${ROMAN[u]}.` : `${u + 1}.`;
    ctx.write(ws, `${lc}${r++}`, `${head} ${ctx.agency(unit)}`, "label", { bold: true });
    inputsOf(unit).forEach((input, i) => {
      const num = `${u + 1}.${i + 1}.`;
      if (isYearly(input) && !inline) {
        ctx.write(ws, `${lc}${r++}`, `${num} ${ctx.label(input, { unit: ctx.rng.chance(0.5) })}:`, "label");
        for (const year of yearsOf(ctx, input)) {
          ctx.write(ws, `${lc}${r}`, yearLine.replace("{y}", String(year)), "label");
          ctx.value(file, ws, `${vc}${r++}`, { input, unit, year });
        }
      } else if (isYearly(input)) {
        for (const year of yearsOf(ctx, input)) {
          ctx.write(ws, `${lc}${r}`, `${num} ${ctx.wording(input)} năm ${year}:`, "label");
          ctx.value(file, ws, `${vc}${r++}`, { input, unit, year });
        }
      } else {
        ctx.write(ws, `${lc}${r}`, `${num} ${ctx.wording(input)}:`, "label");
        ctx.value(file, ws, `${vc}${r++}`, { input, unit });
      }
      // Plan lines only on the right-hand pair: nothing to the left of a figure may announce a plan.
      if (isYearly(input) && side === 1 && ctx.rng.chance(0.7)) {
        ctx.write(ws, `${lc}${r}`, `- ${ctx.planHeader(2025)}:`, "label", { italic: true });
        writeTarget(ctx, ws, `${vc}${r++}`, input, unit);
      }
      if (isYearly(input) && ctx.rng.chance(0.3)) {
        ctx.write(ws, `${lc}${r}`, `- ${ctx.partialHeader(2025)}:`, "label", { italic: true });
        writePartial(ctx, ws, `${vc}${r++}`, input, unit);
      }
      for (const d of decoysAfter(ctx, input, 0.35)) {
        ctx.write(ws, `${lc}${r}`, `${num} ${decoyText(ctx, d)}:`, "label");
        writeDecoyValue(ctx, ws, `${vc}${r++}`, d, unit);
      }
    });
    if (ctx.rng.chance(0.6)) ctx.write(ws, `${lc}${r++}`, `Ghi chú: ${ctx.note()}`, "text", { italic: true });
    rows[side] = r + 1;
  });
  const end = Math.max(...rows);
  ctx.write(ws, `A${end}`, ctx.footnote(), "text", { italic: true });
  signature(ctx, ws, end + 1, 5);
  if (ctx.rng.chance(0.4)) scratchSheet(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

/** Writes one KPI tile: the label across three columns, a small header row, the figures under it. */
function tile(
  ctx: Blind4Context,
  file: string,
  ws: ExcelJS.Worksheet,
  top: number,
  col: number,
  unit: UnitId,
  input: string,
  order: readonly [number, number],
): void {
  const c = (k: number) => colLetter(col + k);
  ctx.writeMerged(ws, `${c(0)}${top}:${c(2)}${top}`, ctx.header(input), "label", { bold: true });
  if (isYearly(input)) {
    const [first, second] = order;
    ctx.write(ws, `${c(0)}${top + 1}`, `${ctx.actualWord()} ${first}`, "text", { italic: true });
    ctx.write(ws, `${c(1)}${top + 1}`, `${ctx.actualWord()} ${second}`, "text", { italic: true });
    ctx.write(ws, `${c(2)}${top + 1}`, ctx.planHeader(2025), "text", { italic: true });
    ctx.value(file, ws, `${c(0)}${top + 2}`, { input, unit, year: first });
    ctx.value(file, ws, `${c(1)}${top + 2}`, { input, unit, year: second });
    if (ctx.rng.chance(0.7)) writeTarget(ctx, ws, `${c(2)}${top + 2}`, input, unit);
  } else {
    ctx.write(ws, `${c(0)}${top + 1}`, "Hiện trạng", "text", { italic: true });
    ctx.value(file, ws, `${c(0)}${top + 2}`, { input, unit });
    if (ctx.rng.chance(0.3)) ctx.write(ws, `${c(1)}${top + 2}`, ctx.note(), "text", { italic: true });
  }
}

/**
 * A dashboard: per unit a banner and KPI tiles, three to a band (label cell above value cell, last year and the
 * target in the tile); the older years of each series on a second sheet.
 */
export function kpiTiles(ctx: Blind4Context): BuiltFile[] {
  const wb = book();
  const file = fileName(ctx, ["Dashboard CDS bao chi", "KPI_baochi_2025", "Bảng theo dõi KPI"]);
  const ws = addSheet(wb, ctx.rng.pick(["Dashboard", "KPI", "Theo doi"]), Array<number>(12).fill(13));
  ctx.writeMerged(ws, "A1:K1", "BẢNG THEO DÕI CHỈ SỐ CHUYỂN ĐỔI SỐ BÁO CHÍ", "upper", {
    bold: true,
    size: 14,
  });
  const order: readonly [number, number] = ctx.rng.chance(0.7) ? [2025, 2024] : [2024, 2025];
  let row = 3;
  for (const unit of unitsOf(ctx)) {
    ctx.writeMerged(ws, `A${row}:K${row}`, ctx.agency(unit), "upper", { bold: true, align: "left" });
    row += 2;
    const inputs = inputsOf(unit);
    for (let i = 0; i < inputs.length; i += 3) {
      inputs.slice(i, i + 3).forEach((input, k) => tile(ctx, file, ws, row, 1 + k * 4, unit, input, order));
      row += 4;
    }
  }
  // The older years of each series, on a sheet of their own (no tile header above them).
  const older = [2020, 2021, 2022, 2023];
  const back = addSheet(wb, ctx.rng.pick(["Cac nam truoc", "Số liệu 2020-2023"]), [34, 30, 11, 11, 11, 11]);
  ctx.write(back, "A1", "Đơn vị", "text", { bold: true });
  ctx.write(back, "B1", "Chỉ số", "text", { bold: true });
  older.forEach((y, k) => put(back, `${colLetter(3 + k)}1`, y, { bold: true, align: "center" }));
  let line = 2;
  for (const unit of AGENCIES) {
    for (const input of YEARLY) {
      const years = older.filter((y) => yearsOf(ctx, input).includes(y));
      if (years.length === 0) continue;
      ctx.write(back, `A${line}`, ctx.agency(unit, "short"), "label");
      ctx.write(back, `B${line}`, ctx.header(input), "label");
      for (const y of years)
        ctx.value(file, back, `${colLetter(3 + older.indexOf(y))}${line}`, { input, unit, year: y });
      line++;
    }
  }
  ctx.write(ws, `A${row + 1}`, ctx.footnote(), "text", { italic: true });
  if (ctx.rng.chance(0.5)) scratchSheet(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

/**
 * A wide sheet: one row per indicator, each agency a group of columns (actual for the last years, the plan, %
 * done), status answers in the current year's column; the province's figures in a small table below.
 */
export function columnGroups(ctx: Blind4Context): BuiltFile[] {
  const wb = book();
  if (ctx.rng.chance(0.3)) coverSheet(ctx, wb);
  const file = fileName(ctx, ["TH chi tieu theo don vi", "Tong hop 3 co quan bao chi", "BieuTH_2025"]);
  const years = ctx.rng.pick([
    [2023, 2024, 2025],
    [2024, 2025],
    [2022, 2023, 2024, 2025],
  ]);
  const partial = ctx.rng.chance(0.3);
  const sub = [...years.map(String), ...(partial ? ["partial"] : []), "plan", "pct"];
  const width = sub.length;
  const first = 4;
  const ws = addSheet(wb, ctx.rng.pick(["TH", "Theo don vi", "Bieu 02"]), [
    6,
    46,
    10,
    ...Array<number>(width * 3).fill(11),
  ]);
  const last = first + width * 3 - 1;
  ctx.writeMerged(ws, `A1:${colLetter(last)}1`, "TỔNG HỢP KẾT QUẢ THEO TỪNG CƠ QUAN BÁO CHÍ", "upper", {
    bold: true,
  });
  ctx.write(ws, "A3", "STT", "text", { bold: true });
  ctx.write(ws, "B3", "Nội dung", "text", { bold: true });
  ctx.write(ws, "C3", "ĐVT", "text", { bold: true });
  AGENCIES.forEach((unit, g) => {
    const c0 = first + g * width;
    ctx.writeMerged(ws, `${colLetter(c0)}3:${colLetter(c0 + width - 1)}3`, ctx.agency(unit), "label", {
      bold: true,
    });
    sub.forEach((s, k) => {
      const text =
        s === "plan"
          ? ctx.planHeader(2025)
          : s === "pct"
            ? "% TH/KH"
            : s === "partial"
              ? ctx.partialHeader(2025)
              : `${ctx.actualWord()} ${s}`;
      ctx.write(ws, `${colLetter(c0 + k)}4`, text, "text", { bold: true, wrap: true, align: "center" });
    });
  });
  const inputs = [...YEARLY, ...statusInputsOf("tap-chi-van-nghe-lai-chau")];
  let row = 5;
  inputs.forEach((input, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.wording(input), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    AGENCIES.forEach((unit, g) => {
      if (!statusInputsOf(unit).includes(input) && !isYearly(input)) return;
      const col = (k: number) => `${colLetter(first + g * width + k)}${row}`;
      if (isYearly(input)) {
        years.forEach((y, k) => {
          if (yearsOf(ctx, input).includes(y)) ctx.value(file, ws, col(k), { input, unit, year: y });
        });
        if (partial) writePartial(ctx, ws, col(years.length), input, unit);
      } else {
        ctx.value(file, ws, col(years.length - 1), { input, unit });
      }
      if (ctx.rng.chance(0.6)) writeTarget(ctx, ws, col(width - 2), input, unit);
      if (isYearly(input) && ctx.rng.chance(0.5))
        put(ws, col(width - 1), `${ctx.rng.int(81, 124)}%`, { align: "right" });
    });
    row++;
    for (const d of decoysAfter(ctx, input, 0.4)) {
      ctx.write(ws, `B${row}`, `- ${decoyText(ctx, d)}`, "label", { italic: true });
      AGENCIES.forEach((unit, g) =>
        writeDecoyValue(ctx, ws, `${colLetter(first + g * width + years.length - 1)}${row}`, d, unit),
      );
      row++;
    }
  });
  if (ctx.data.province) {
    row += 1;
    ctx.write(ws, `B${row}`, `Chỉ số chung: ${ctx.agency(PROVINCE)}`, "label", { bold: true });
    ctx.write(ws, `C${row}`, "Số liệu", "text", { bold: true });
    row++;
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${row}`, ctx.wording(input), "label");
      ctx.value(file, ws, `C${row}`, { input, unit: PROVINCE });
      row++;
    }
  }
  signature(ctx, ws, row + 1, 8);
  if (ctx.rng.chance(0.4)) scratchSheet(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

/**
 * blind4 layouts, part 2: a department's consolidated sheet of small stacked tables (one per indicator, agencies as
 * columns), a form whose rows carry the year in their label ("Năm 2024", "2025 (ước TH)", "2025 (KH)"), and a
 * transposed list (indicators across, one block of year rows per agency under a bold, unnumbered name).
 */
import { addSheet, colLetter, put } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, YEARLY, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import { sheetName, signature } from "../sheets";
import type { Blind4Context } from "./context";
import {
  book,
  coverSheet,
  decoysAfter,
  decoyText,
  fileName,
  inputsOf,
  scratchSheet,
  writeDecoyValue,
  writePartial,
  writeTarget,
  yearsOf,
} from "./rows";

/**
 * The department's workbook: "Bảng 1. <indicator>" then a small table with the years down and the agencies
 * across (a "Cộng" formula column, a plan row under the years), one table per indicator stacked down the sheet.
 */
export function indicatorTables(ctx: Blind4Context): BuiltFile[] {
  const wb = book();
  if (ctx.rng.chance(0.5)) coverSheet(ctx, wb);
  const file = fileName(ctx, [
    "So VHTTDL - tong hop chi so",
    "Bang tong hop theo chi tieu",
    "THop_SoLieu_BaoChi",
  ]);
  const ws = addSheet(wb, ctx.rng.pick(["Tong hop", "Các bảng", "PL so lieu"]), [30, 16, 16, 16, 14]);
  const order = ctx.rng.chance(0.4) ? ctx.rng.shuffle(AGENCIES) : [...AGENCIES];
  const total = ctx.rng.chance(0.6);
  const yearText = ctx.rng.pick(["Năm {y}", "{y}", "Năm {y} (TH)"]);
  let row = 1;
  let n = 0;
  const headerRow = (first: string) => {
    ctx.write(ws, `A${row}`, first, "text", { bold: true });
    order.forEach((u, k) =>
      ctx.write(ws, `${colLetter(2 + k)}${row}`, ctx.agency(u), "label", { bold: true, wrap: true }),
    );
    if (total) ctx.write(ws, `E${row}`, "Cộng", "text", { bold: true });
    row++;
  };
  for (const input of YEARLY) {
    n++;
    ctx.write(ws, `A${row++}`, `Bảng ${n}. ${ctx.label(input, { unit: true })}`, "label", { bold: true });
    headerRow("Năm");
    for (const year of yearsOf(ctx, input)) {
      ctx.write(ws, `A${row}`, yearText.replace("{y}", String(year)), "text");
      order.forEach((unit, k) => ctx.value(file, ws, `${colLetter(2 + k)}${row}`, { input, unit, year }));
      if (total) {
        const sum = AGENCIES.reduce(
          (s, unit) =>
            s + (ctx.data.shown({ input, unit, year }) ? Number(ctx.data.value({ input, unit, year })) : 0),
          0,
        );
        put(ws, `E${row}`, { formula: `SUM(B${row}:D${row})`, result: sum }, { numFmt: "#,##0" });
      }
      row++;
    }
    if (ctx.rng.chance(0.7)) {
      ctx.write(ws, `A${row}`, ctx.planHeader(2025), "text", { italic: true });
      order.forEach((unit, k) => writeTarget(ctx, ws, `${colLetter(2 + k)}${row}`, input, unit));
      row++;
    }
    if (ctx.rng.chance(0.3)) {
      ctx.write(ws, `A${row}`, ctx.partialHeader(2025), "text", { italic: true });
      order.forEach((unit, k) => writePartial(ctx, ws, `${colLetter(2 + k)}${row}`, input, unit));
      row++;
    }
    row++;
  }
  for (const input of statusInputsOf("tap-chi-van-nghe-lai-chau")) {
    n++;
    ctx.write(ws, `A${row++}`, `Bảng ${n}. ${ctx.wording(input)}`, "label", { bold: true });
    headerRow("Nội dung");
    ctx.write(
      ws,
      `A${row}`,
      ctx.rng.pick(["Hiện trạng 31/12/2025", "Tình hình hiện nay", "Đến cuối năm 2025"]),
      "text",
    );
    order.forEach((unit, k) => {
      if (statusInputsOf(unit).includes(input))
        ctx.value(file, ws, `${colLetter(2 + k)}${row}`, { input, unit });
    });
    row++;
    for (const d of decoysAfter(ctx, input, 0.5)) {
      ctx.write(ws, `A${row}`, decoyText(ctx, d), "label", { italic: true });
      order.forEach((unit, k) => writeDecoyValue(ctx, ws, `${colLetter(2 + k)}${row}`, d, unit));
      row++;
    }
    row++;
  }
  if (ctx.data.province) {
    n++;
    ctx.write(ws, `A${row++}`, `Bảng ${n}. Tiếp cận báo chí - ${ctx.agency(PROVINCE)}`, "label", {
      bold: true,
    });
    ctx.write(ws, `A${row}`, "Nội dung", "text", { bold: true });
    ctx.write(ws, `B${row++}`, "Số người", "text", { bold: true });
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `A${row}`, ctx.wording(input), "label", { wrap: true });
      ctx.value(file, ws, `B${row++}`, { input, unit: PROVINCE });
      for (const d of decoysAfter(ctx, input, 0.8)) {
        ctx.write(ws, `A${row}`, decoyText(ctx, d), "label", { italic: true, wrap: true });
        writeDecoyValue(ctx, ws, `B${row++}`, d, PROVINCE);
      }
    }
  }
  ctx.write(ws, `A${row + 1}`, ctx.footnote(), "text", { italic: true });
  if (ctx.rng.chance(0.5)) scratchSheet(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

function yearLabel(ctx: Blind4Context, year: number): string {
  const style = ctx.rng.fork(`${ctx.id}/yearLabel`).int(0, 2);
  if (year === 2025) return ["- Năm 2025 (ước TH)", "2025 (ước)", "+ Ước thực hiện 2025"][style] ?? "2025";
  return [`- Năm ${year}`, `${year} (TH)`, `+ Thực hiện ${year}`][style] ?? String(year);
}

/**
 * One sheet per unit: STT | Nội dung | (ĐVT) | Số liệu | Ghi chú, each yearly indicator a heading row followed by
 * one row per year with the year in the label text, the plan and the 2030 goal as rows of their own.
 */
export function yearRows(ctx: Blind4Context): BuiltFile[] {
  const wb = book();
  const file = fileName(ctx, [
    "Bieu so lieu theo nam",
    "Số liệu từng năm các đơn vị",
    "solieu_nam_2020_2025",
  ]);
  const withMeasure = ctx.rng.chance(0.5);
  const units: UnitId[] = ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  for (const unit of units) {
    const ws = addSheet(wb, sheetName(wb, ctx.agency(unit, "sheet")), [7, 56, 12, 14, 30]);
    const vc = withMeasure ? "D" : "C";
    ctx.writeMerged(ws, "A1:E1", ctx.agency(unit), "upper", { bold: true });
    ctx.write(ws, "A3", "STT", "text", { bold: true });
    ctx.write(ws, "B3", "Nội dung", "text", { bold: true });
    if (withMeasure) ctx.write(ws, "C3", "ĐVT", "text", { bold: true });
    ctx.write(ws, `${vc}3`, "Số liệu", "text", { bold: true });
    ctx.write(ws, "E3", "Ghi chú", "text", { bold: true });
    let row = 4;
    inputsOf(unit).forEach((input, i) => {
      put(ws, `A${row}`, i + 1, { align: "center" });
      const head = ctx.label(input, { unit: !withMeasure && ctx.rng.chance(0.5) });
      ctx.write(ws, `B${row}`, head, "label", { bold: isYearly(input) });
      if (withMeasure) ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      if (!isYearly(input)) {
        ctx.value(file, ws, `${vc}${row}`, { input, unit });
        if (ctx.rng.chance(0.2)) ctx.write(ws, `E${row}`, ctx.note(), "text");
        row++;
      } else {
        row++;
        for (const year of YEARS) {
          if (!yearsOf(ctx, input).includes(year)) continue;
          ctx.write(ws, `B${row}`, yearLabel(ctx, year), "label");
          ctx.value(file, ws, `${vc}${row}`, { input, unit, year });
          if (ctx.rng.chance(0.15)) ctx.write(ws, `E${row}`, ctx.note(year), "text");
          row++;
        }
        if (ctx.rng.chance(0.6)) {
          ctx.write(
            ws,
            `B${row}`,
            ctx.rng.pick(["- 2025 (KH)", "- Năm 2025 (chỉ tiêu giao)", "+ KH 2025"]),
            "label",
          );
          writeTarget(ctx, ws, `${vc}${row++}`, input, unit);
        }
        if (ctx.rng.chance(0.4)) {
          ctx.write(ws, `B${row}`, "- Mục tiêu đến 2030", "label");
          writeTarget(ctx, ws, `${vc}${row++}`, input, unit);
        }
      }
      for (const d of decoysAfter(ctx, input, 0.35)) {
        ctx.write(ws, `B${row}`, decoyText(ctx, d), "label", { italic: true });
        writeDecoyValue(ctx, ws, `${vc}${row++}`, d, unit);
      }
    });
    signature(ctx, ws, row + 1, 5);
  }
  if (ctx.rng.chance(0.5)) scratchSheet(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

/**
 * Indicators across (short headers), agencies down in blocks: a bold agency name with no number, one row per
 * year, the status answers on a "Hiện trạng" row or on the 2025 row, a plan row, a blank row before the next.
 */
export function agencyBlocks(ctx: Blind4Context): BuiltFile[] {
  const wb = book();
  if (ctx.rng.chance(0.4)) coverSheet(ctx, wb);
  const file = fileName(ctx, ["Danh sach theo co quan", "Số liệu 3 cơ quan báo chí", "ds_coquan_baochi"]);
  const status = statusInputsOf("tap-chi-van-nghe-lai-chau");
  const province = ctx.data.province ? statusInputsOf(PROVINCE) : [];
  const columns = [...YEARLY, ...status, ...province];
  const ws = addSheet(wb, ctx.rng.pick(["Theo co quan", "DS", "Sheet1"]), [26, ...columns.map(() => 14)]);
  const col = (input: string) => colLetter(2 + columns.indexOf(input));
  ctx.write(ws, "A1", "Đơn vị / Năm", "text", { bold: true });
  for (const input of columns)
    ctx.write(ws, `${col(input)}1`, ctx.header(input), "label", { bold: true, wrap: true });
  const statusRow = ctx.rng.chance(0.5);
  const years = YEARS.filter((y) => YEARLY.some((i) => yearsOf(ctx, i).includes(y)));
  let row = 3;
  for (const unit of AGENCIES) {
    ctx.write(ws, `A${row++}`, ctx.agency(unit), "upper", { bold: true });
    for (const year of years) {
      put(ws, `A${row}`, ctx.rng.chance(0.5) ? year : String(year), { align: "left" });
      for (const input of YEARLY)
        if (yearsOf(ctx, input).includes(year))
          ctx.value(file, ws, `${col(input)}${row}`, { input, unit, year });
      if (year === 2025 && !statusRow)
        for (const input of statusInputsOf(unit)) ctx.value(file, ws, `${col(input)}${row}`, { input, unit });
      row++;
    }
    if (statusRow) {
      ctx.write(ws, `A${row}`, "Hiện trạng", "text", { italic: true });
      for (const input of statusInputsOf(unit)) ctx.value(file, ws, `${col(input)}${row}`, { input, unit });
      row++;
    }
    if (ctx.rng.chance(0.6)) {
      ctx.write(ws, `A${row}`, ctx.planHeader(2025), "text", { italic: true });
      for (const input of YEARLY) writeTarget(ctx, ws, `${col(input)}${row}`, input, unit);
      row++;
    }
    row++;
  }
  if (province.length > 0) {
    ctx.write(ws, `A${row++}`, ctx.agency(PROVINCE), "upper", { bold: true });
    ctx.write(ws, `A${row}`, "2025", "text");
    for (const input of province) ctx.value(file, ws, `${col(input)}${row}`, { input, unit: PROVINCE });
    row++;
  }
  ctx.write(ws, `A${row + 1}`, ctx.footnote(), "text", { italic: true });
  if (ctx.rng.chance(0.5)) scratchSheet(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

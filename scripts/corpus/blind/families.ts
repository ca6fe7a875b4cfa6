/**
 * Layout families of the blind split that no other split has: a quarterly "biểu mẫu" with indicator codes and a
 * "Cả năm" column, one sheet per indicator with the unit in a merged title, years down the rows with inputs
 * across, a workbook per year comparing "năm trước / năm nay", and a narrative annual report with label: value
 * lines and small year tables (the last two in ./reports.ts).
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, YEARLY, type UnitId } from "../model";
import { masthead, sheetName, signature, unionYears, type BuiltFile } from "../sheets";
import type { BlindContext } from "./context";
import { narrativeReport, yearFiles } from "./reports";
import {
  blindRows,
  decoyNumber,
  planHeader,
  quarters,
  scratchSheet,
  writeDecoyValue,
  writeTarget,
  yearHeaderStyle,
} from "./rows";
import { BLIND_ACTUAL_HEADERS, BLIND_DECOYS, BLIND_FILE_STEMS } from "./wordings";

export type BlindFamily = {
  name: string;
  /** Old templates: legacy fonts are more likely. */
  legacyBias: boolean;
  build: (ctx: BlindContext) => BuiltFile[];
};

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
const HEAD = { bold: true, align: "center" as const, wrap: true };

function stem(ctx: BlindContext, unit: UnitId): string {
  return ctx.rng.pick(BLIND_FILE_STEMS[unit]);
}

/* ---------- quarterly form: STT | Mã CT | Chỉ tiêu | ĐVT | TH prior years | Quý I–IV | Cả năm | target | note */

function quarterlyFile(ctx: BlindContext, unit: UnitId): BuiltFile {
  const fileName = `BM02-CDS_${stem(ctx, unit)}_2025.xlsx`;
  const wb = newWorkbook();
  const priors = unit === PROVINCE ? [] : unionYears(ctx.data).filter((y) => y < 2025);
  const withPlan = ctx.rng.chance(0.6);
  const withNotes = ctx.rng.chance(0.6);
  const yearHead = yearHeaderStyle(ctx);
  let c = 5;
  const priorCol = new Map<number, number>();
  for (const y of priors) priorCol.set(y, c++);
  const q0 = c;
  const whole = q0 + 4;
  c = whole + 1;
  const planCol = withPlan ? c++ : undefined;
  const noteCol = withNotes ? c++ : undefined;
  const last = c - 1;
  const short = unit === PROVINCE ? "VSVX" : stem(ctx, unit);
  const ws = addSheet(
    wb,
    sheetName(wb, `Biểu 02 ${short}`),
    Array.from({ length: last }, (_, i) => (i === 2 ? 50 : i === 0 ? 6 : 11)),
  );
  ctx.write(ws, "A1", "Biểu mẫu số 02/CĐS-BC", "text", { bold: true });
  ctx.write(ws, "A2", "(Dùng cho các cơ quan báo chí thuộc tỉnh)", "text", { italic: true });
  const reporter = unit === PROVINCE ? "Sở Văn hóa, Thể thao và Du lịch" : ctx.agency(unit, "form");
  ctx.write(ws, ref(Math.max(6, last - 3), 1), `Cơ quan báo cáo: ${reporter}`, "text");
  ctx.writeMerged(
    ws,
    `A4:${ref(last, 4)}`,
    "Báo cáo số liệu chỉ tiêu chuyển đổi số báo chí năm 2025 (theo quý)",
    "upper",
    { bold: true, size: 13 },
  );
  ctx.writeMerged(ws, `A5:${ref(last, 5)}`, "(Từ ngày 01/01/2025 đến ngày 31/12/2025)", "text", {
    italic: true,
  });
  const top = 7;
  const vertical = (col: number, text: string) =>
    ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, top + 1)}`, text, "text", HEAD);
  vertical(1, "STT");
  vertical(2, ctx.rng.pick(["Mã CT", "Mã số chỉ tiêu", "Mã"]));
  vertical(3, ctx.rng.pick(["Tên chỉ tiêu", "Chỉ tiêu thống kê"]));
  vertical(4, "ĐVT");
  if (priors.length > 0) {
    const first = priorCol.get(priors[0] ?? 0) ?? 5;
    ctx.writeMerged(
      ws,
      `${ref(first, top)}:${ref(q0 - 1, top)}`,
      ctx.rng.pick(BLIND_ACTUAL_HEADERS),
      "text",
      HEAD,
    );
    for (const [y, col] of priorCol) ctx.write(ws, ref(col, top + 1), yearHead(y), "text", HEAD);
  }
  ctx.writeMerged(ws, `${ref(q0, top)}:${ref(whole, top)}`, "Năm 2025", "text", HEAD);
  ["Quý I", "Quý II", "Quý III", "Quý IV"].forEach((q, i) =>
    ctx.write(ws, ref(q0 + i, top + 1), q, "text", HEAD),
  );
  ctx.write(ws, ref(whole, top + 1), ctx.rng.pick(["Cả năm", "Cộng cả năm", "Lũy kế cả năm"]), "text", HEAD);
  if (planCol !== undefined) vertical(planCol, planHeader(ctx));
  if (noteCol !== undefined) vertical(noteCol, "Ghi chú");
  grid(ws, top, 1, top + 1, last);

  const formula = ctx.rng.chance(0.5);
  const unitInLabel = ctx.rng.chance(0.3);
  let row = top + 2;
  let section = 0;
  let item = 0;
  let code = 0;
  const rows = blindRows(ctx, unit, { yearly: unit !== PROVINCE, decoyChance: 0.55 });
  for (const r of rows) {
    if (r.kind === "section") {
      put(ws, `A${row}`, ROMAN[section++] ?? "", { bold: true, align: "center" });
      ctx.write(ws, `C${row}`, r.text, "upper", { bold: true });
      item = 0;
      row++;
      continue;
    }
    const input = r.kind === "input" ? r.input : r.decoy.near;
    put(ws, `A${row}`, r.kind === "input" ? ++item : "-", { align: "center" });
    if (r.kind === "input") put(ws, `B${row}`, `CĐS.${String(++code).padStart(2, "0")}`, { align: "center" });
    const label = r.kind === "input" ? ctx.label(input, { unit: unitInLabel }) : r.text;
    ctx.write(ws, `C${row}`, label, "label", { wrap: true });
    ctx.write(ws, `D${row}`, ctx.measure(input, r.kind === "decoy" ? r.decoy : undefined), "text", {
      align: "center",
    });
    if (r.kind === "decoy") {
      if (isYearly(input)) {
        for (const [y, col] of priorCol)
          if (ctx.data.years[input].includes(y)) writeDecoyValue(ctx, ws, ref(col, row), r.decoy, unit, y);
      }
      writeDecoyValue(ctx, ws, ref(whole, row), r.decoy, unit, 2025);
      row++;
      continue;
    }
    if (isYearly(input)) {
      for (const [y, col] of priorCol) ctx.value(fileName, ws, ref(col, row), { input, unit, year: y });
      const slot = { input, unit, year: 2025 };
      const v = ctx.data.shown(slot) ? ctx.data.value(slot) : null;
      if (typeof v === "number") {
        quarters(ctx, v).forEach((p, i) => put(ws, ref(q0 + i, row), p, { numFmt: "#,##0" }));
        const sum = `SUM(${ref(q0, row)}:${ref(q0 + 3, row)})`;
        ctx.value(fileName, ws, ref(whole, row), slot, formula ? { formula: sum } : {});
      } else ctx.value(fileName, ws, ref(whole, row), slot);
    } else ctx.value(fileName, ws, ref(whole, row), { input, unit });
    if (planCol !== undefined && ctx.rng.chance(0.85)) writeTarget(ctx, ws, ref(planCol, row), input, unit);
    if (noteCol !== undefined && ctx.rng.chance(0.2))
      ctx.write(ws, ref(noteCol, row), ctx.note(), "text", { italic: true, wrap: true });
    row++;
  }
  grid(ws, top + 2, 1, row - 1, last);
  signature(ctx, ws, row + 1, last);
  if (ctx.rng.chance(0.3)) scratchSheet(ctx, wb, unit === PROVINCE ? "bao-lai-chau" : unit);
  return { fileName, workbook: wb };
}

export function quarterlyForm(ctx: BlindContext): BuiltFile[] {
  const files = AGENCIES.map((unit) => quarterlyFile(ctx, unit));
  if (ctx.data.province) files.push(quarterlyFile(ctx, PROVINCE));
  return files;
}

/* ---------- one sheet per indicator: merged title with the unit, agencies down, years (or answers) across */

const UNIT_TITLES: Readonly<Record<string, readonly string[]>> = {
  political_articles: ["(Đơn vị tính: tin, bài)", "ĐVT: Tin/bài"],
  revenue: ["(Đơn vị tính: triệu đồng)", "ĐVT: Triệu đồng"],
  staff: ["(Đơn vị tính: người)", "ĐVT: Người"],
};

function titled(
  ctx: BlindContext,
  ws: ExcelJS.Worksheet,
  last: number,
  text: string,
  unitLine: string | null,
): void {
  ctx.writeMerged(ws, `A1:${ref(last, 1)}`, text, "upper", { bold: true, size: 13 });
  if (unitLine !== null) ctx.writeMerged(ws, `A2:${ref(last, 2)}`, unitLine, "text", { italic: true });
}

function yearlySheet(ctx: BlindContext, wb: ExcelJS.Workbook, file: string, input: string, n: number): void {
  const years = ctx.data.years[input as (typeof YEARLY)[number]];
  const growth = ctx.rng.chance(0.6);
  const plan = ctx.rng.chance(0.5);
  const total = ctx.rng.chance(0.6);
  const last = 2 + years.length + (growth ? 1 : 0) + (plan ? 1 : 0);
  const short = input === "revenue" ? "Doanh thu" : "Tin bai";
  const ws = addSheet(wb, sheetName(wb, `${String(n).padStart(2, "0")}-${short}`), [
    6,
    40,
    ...Array<number>(last - 2).fill(12),
  ]);
  titled(ctx, ws, last, ctx.wording(input, "title"), ctx.rng.pick(UNIT_TITLES[input] ?? []));
  const head = 4;
  const yearHead = yearHeaderStyle(ctx);
  put(ws, `A${head}`, "STT", HEAD);
  ctx.write(ws, `B${head}`, ctx.rng.pick(["Cơ quan báo chí", "Đơn vị"]), "text", HEAD);
  years.forEach((y, i) => ctx.write(ws, ref(3 + i, head), yearHead(y), "text", HEAD));
  const growthCol = growth ? 3 + years.length : undefined;
  const planCol = plan ? 3 + years.length + (growth ? 1 : 0) : undefined;
  if (growthCol !== undefined)
    ctx.write(
      ws,
      ref(growthCol, head),
      `${years.at(-1) ?? 2025} so với ${years[0] ?? 2020} (%)`,
      "text",
      HEAD,
    );
  if (planCol !== undefined) ctx.write(ws, ref(planCol, head), planHeader(ctx), "text", HEAD);
  let row = head + 1;
  for (const unit of AGENCIES) {
    put(ws, `A${row}`, row - head, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "row"), "label");
    years.forEach((year, i) => ctx.value(file, ws, ref(3 + i, row), { input, unit, year }));
    const first = ctx.data.value({ input, unit, year: years[0] ?? 2025 });
    const end = ctx.data.value({ input, unit, year: years.at(-1) ?? 2025 });
    if (growthCol !== undefined && typeof first === "number" && typeof end === "number")
      put(ws, ref(growthCol, row), Math.round((end / first) * 1000) / 10, { numFmt: "0.0" });
    if (planCol !== undefined) writeTarget(ctx, ws, ref(planCol, row), input, unit);
    row++;
  }
  if (total) {
    ctx.write(ws, `B${row}`, ctx.rng.pick(["Cộng 3 cơ quan", "Tổng cộng toàn tỉnh"]), "label", {
      bold: true,
    });
    years.forEach((_, i) => {
      const col = 3 + i;
      let sum = 0;
      for (const unit of AGENCIES) {
        const v = ctx.data.value({ input, unit, year: years[i] ?? 2025 });
        if (ctx.data.shown({ input, unit, year: years[i] ?? 2025 }) && typeof v === "number") sum += v;
      }
      put(
        ws,
        ref(col, row),
        { formula: `SUM(${ref(col, head + 1)}:${ref(col, row - 1)})`, result: sum },
        {
          numFmt: "#,##0",
          bold: true,
        },
      );
    });
    row++;
  }
  grid(ws, head, 1, row - 1, last);
}

function staffSheet(ctx: BlindContext, wb: ExcelJS.Workbook, file: string): void {
  const share = ctx.rng.pick(BLIND_DECOYS.filter((d) => d.near === "staff_trained"));
  const cards = BLIND_DECOYS.find((d) => d.near === "staff_total");
  const withShare = share !== undefined && ctx.rng.chance(0.6);
  const withCards = cards !== undefined && ctx.rng.chance(0.5);
  const last = 4 + (withShare ? 1 : 0) + (withCards ? 1 : 0);
  const ws = addSheet(wb, sheetName(wb, "03-Nhan luc"), [6, 40, 16, 16, 16, 16]);
  titled(
    ctx,
    ws,
    last,
    "Nhân lực và bồi dưỡng kiến thức chuyển đổi số",
    ctx.rng.pick(UNIT_TITLES.staff ?? []),
  );
  const head = 4;
  put(ws, `A${head}`, "STT", HEAD);
  ctx.write(ws, `B${head}`, "Cơ quan", "text", HEAD);
  ctx.write(ws, `C${head}`, ctx.header("staff_total"), "text", HEAD);
  ctx.write(ws, `D${head}`, ctx.header("staff_trained"), "text", HEAD);
  const shareText = share ? ctx.rng.pick(share.texts) : "";
  const cardText = cards ? ctx.rng.pick(cards.texts) : "";
  if (withShare) ctx.write(ws, `E${head}`, shareText, "text", HEAD);
  if (withCards) ctx.write(ws, ref(withShare ? 6 : 5, head), cardText, "text", HEAD);
  let row = head + 1;
  for (const unit of AGENCIES) {
    put(ws, `A${row}`, row - head, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "row"), "label");
    ctx.value(file, ws, `C${row}`, { input: "staff_total", unit });
    ctx.value(file, ws, `D${row}`, { input: "staff_trained", unit });
    if (withShare && share) writeDecoyValue(ctx, ws, `E${row}`, share, unit);
    if (withCards && cards) ctx.number(ws, ref(withShare ? 6 : 5, row), decoyNumber(ctx, cards, unit));
    row++;
  }
  grid(ws, head, 1, row - 1, last);
}

function statusSheet(ctx: BlindContext, wb: ExcelJS.Workbook, file: string): void {
  const inputs = statusInputsOf("tap-chi-van-nghe-lai-chau").filter(
    (i) => i !== "staff_total" && i !== "staff_trained",
  );
  const last = 2 + inputs.length;
  const ws = addSheet(wb, sheetName(wb, "04-Nen tang, ATTT"), [6, 36, ...inputs.map(() => 15)]);
  titled(ctx, ws, last, "Hạ tầng, nền tảng số, ATTT và cơ chế tự chủ", "(Tình hình đến 31/12/2025)");
  const head = 4;
  put(ws, `A${head}`, "STT", HEAD);
  ctx.write(ws, `B${head}`, "Cơ quan báo chí", "text", HEAD);
  inputs.forEach((input, i) => ctx.write(ws, ref(3 + i, head), ctx.header(input), "text", HEAD));
  let row = head + 1;
  for (const unit of AGENCIES) {
    put(ws, `A${row}`, row - head, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "row"), "label");
    inputs.forEach((input, i) => {
      if (statusInputsOf(unit).includes(input)) ctx.value(file, ws, ref(3 + i, row), { input, unit });
    });
    row++;
  }
  if (ctx.rng.chance(0.6)) {
    ctx.write(ws, `B${row}`, planHeader(ctx), "label", { italic: true });
    inputs.forEach((input, i) => {
      const text =
        input === "security_level" ? "Cấp độ 3 trở lên" : input === "licensed" ? "Cấp lại" : "≥ 67%";
      ctx.write(ws, ref(3 + i, row), text, "text", { italic: true, align: "center" });
    });
    row++;
  }
  grid(ws, head, 1, row - 1, last);
}

function provinceSheet(ctx: BlindContext, wb: ExcelJS.Workbook, file: string): void {
  const ws = addSheet(wb, sheetName(wb, "05-VSVX"), [6, 56, 16, 16]);
  titled(
    ctx,
    ws,
    4,
    "Người dân vùng sâu, vùng xa tiếp cận báo chí tỉnh",
    ctx.rng.pick(UNIT_TITLES.staff ?? []),
  );
  const head = 4;
  put(ws, `A${head}`, "STT", HEAD);
  ctx.write(ws, `B${head}`, "Nội dung", "text", HEAD);
  ctx.write(ws, `C${head}`, ctx.rng.pick(["Số liệu năm 2025", "Đến 31/12/2025"]), "text", HEAD);
  ctx.write(ws, `D${head}`, "Ghi chú", "text", HEAD);
  let row = head + 1;
  for (const r of blindRows(ctx, PROVINCE, { yearly: false, decoyChance: 0.7 })) {
    if (r.kind === "section") continue;
    put(ws, `A${row}`, r.kind === "input" ? row - head : "-", { align: "center" });
    ctx.write(ws, `B${row}`, r.kind === "input" ? ctx.wording(r.input) : r.text, "label", { wrap: true });
    if (r.kind === "input") ctx.value(file, ws, `C${row}`, { input: r.input, unit: PROVINCE });
    else writeDecoyValue(ctx, ws, `C${row}`, r.decoy, PROVINCE);
    row++;
  }
  grid(ws, head, 1, row - 1, 4);
}

export function sheetPerIndicator(ctx: BlindContext): BuiltFile[] {
  const fileName = ctx.rng.pick([
    "Tong hop chi tieu CDS bao chi 2025.xlsx",
    "THCT_chuyen doi so.xlsx",
    "So lieu theo tung chi tieu.xlsx",
  ]);
  const wb = newWorkbook();
  YEARLY.forEach((input, i) => yearlySheet(ctx, wb, fileName, input, i + 1));
  staffSheet(ctx, wb, fileName);
  statusSheet(ctx, wb, fileName);
  if (ctx.data.province) provinceSheet(ctx, wb, fileName);
  if (ctx.rng.chance(0.4)) scratchSheet(ctx, wb, ctx.rng.pick(AGENCIES));
  return [{ fileName, workbook: wb }];
}

/* ---------- years down the rows, inputs across; status answers in a list below */

function yearsDownSheet(ctx: BlindContext, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = addSheet(wb, sheetName(wb, unit === PROVINCE ? "VSVX" : stem(ctx, unit)), [44, 18, 18, 18, 26]);
  const name = unit === PROVINCE ? ctx.agency(PROVINCE, "sheet") : ctx.agency(unit, "sheet");
  masthead(ctx, ws, unit, 5);
  ctx.writeMerged(ws, "A4:E4", name, "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A5:E5", "Số liệu một số chỉ tiêu chuyển đổi số qua các năm", "text", { italic: true });
  let row = 7;
  if (unit !== PROVINCE) {
    const years = unionYears(ctx.data);
    const decoy = ctx.rng.chance(0.6)
      ? ctx.rng.pick(BLIND_DECOYS.filter((d) => isYearly(d.near) && d.kind !== "share"))
      : null;
    const decoyText = decoy ? ctx.rng.pick(decoy.texts) : "";
    const numberYears = ctx.rng.chance(0.4);
    const yearHead = yearHeaderStyle(ctx);
    const head = row;
    ctx.write(ws, `A${head}`, ctx.rng.pick(["Năm", "Năm báo cáo", "Kỳ"]), "text", HEAD);
    ctx.write(ws, `B${head}`, ctx.header("political_articles"), "text", HEAD);
    ctx.write(ws, `C${head}`, ctx.header("revenue"), "text", HEAD);
    if (decoy) ctx.write(ws, `D${head}`, decoyText, "text", HEAD);
    ctx.write(ws, `E${head}`, "Ghi chú", "text", HEAD);
    row++;
    if (ctx.rng.chance(0.5)) {
      ctx.write(ws, `B${row}`, ctx.measure("political_articles"), "text", { align: "center", italic: true });
      ctx.write(ws, `C${row}`, ctx.measure("revenue"), "text", { align: "center", italic: true });
      if (decoy) ctx.write(ws, `D${row}`, decoy.measure, "text", { align: "center", italic: true });
      row++;
    }
    for (const year of years) {
      if (numberYears) put(ws, `A${row}`, year, { align: "center" });
      else ctx.write(ws, `A${row}`, yearHead(year), "label", { align: "center" });
      for (const [input, col] of [
        ["political_articles", "B"],
        ["revenue", "C"],
      ] as const) {
        if (ctx.data.years[input].includes(year)) ctx.value(file, ws, `${col}${row}`, { input, unit, year });
      }
      if (decoy) writeDecoyValue(ctx, ws, `D${row}`, decoy, unit, year);
      if (ctx.rng.chance(0.15))
        ctx.write(ws, `E${row}`, ctx.note(year), "text", { italic: true, wrap: true });
      row++;
    }
    if (ctx.rng.chance(0.7)) {
      ctx.write(ws, `A${row}`, planHeader(ctx), "label", { italic: true });
      writeTarget(ctx, ws, `B${row}`, "political_articles", unit);
      writeTarget(ctx, ws, `C${row}`, "revenue", unit);
      row++;
    }
    grid(ws, head, 1, row - 1, 5);
    row += 2;
  }
  const head = row;
  ctx.write(
    ws,
    `A${head}`,
    ctx.rng.pick(["Tình trạng đến 31/12/2025", "Nội dung", "Hiện trạng"]),
    "text",
    HEAD,
  );
  ctx.write(ws, `B${head}`, ctx.rng.pick(["Kết quả", "Trả lời", "Số liệu"]), "text", HEAD);
  ctx.write(ws, `C${head}`, "ĐVT", "text", HEAD);
  row++;
  for (const r of blindRows(ctx, unit, { yearly: false, decoyChance: 0.4 })) {
    if (r.kind === "section") {
      ctx.write(ws, `A${row}`, r.text, "upper", { bold: true });
      row++;
      continue;
    }
    const input = r.kind === "input" ? r.input : r.decoy.near;
    ctx.write(ws, `A${row}`, r.kind === "input" ? ctx.label(input, { key: "list" }) : r.text, "label", {
      wrap: true,
    });
    if (r.kind === "input") ctx.value(file, ws, `B${row}`, { input, unit });
    else writeDecoyValue(ctx, ws, `B${row}`, r.decoy, unit);
    ctx.write(ws, `C${row}`, ctx.measure(input, r.kind === "decoy" ? r.decoy : undefined), "text", {
      align: "center",
    });
    row++;
  }
  grid(ws, head, 1, row - 1, 3);
}

export function yearsDown(ctx: BlindContext): BuiltFile[] {
  const fileName = ctx.rng.pick([
    "So lieu theo nam.xlsx",
    "Chuoi so lieu 2020-2025.xlsx",
    "Theo doi CDS.xlsx",
  ]);
  const wb = newWorkbook();
  for (const unit of AGENCIES) yearsDownSheet(ctx, wb, fileName, unit);
  if (ctx.data.province) yearsDownSheet(ctx, wb, fileName, PROVINCE);
  if (ctx.rng.chance(0.3)) scratchSheet(ctx, wb, ctx.rng.pick(AGENCIES));
  return [{ fileName, workbook: wb }];
}

/** The layout families only the blind split has. */
export const BLIND_NEW_FAMILIES: readonly BlindFamily[] = [
  { name: "blind-quarterly-form", legacyBias: true, build: quarterlyForm },
  { name: "blind-sheet-per-indicator", legacyBias: false, build: sheetPerIndicator },
  { name: "blind-years-down", legacyBias: false, build: yearsDown },
  { name: "blind-year-files", legacyBias: false, build: yearFiles },
  { name: "blind-narrative-report", legacyBias: true, build: narrativeReport },
];

/**
 * New layout families of the blind2 split (part 2): a comparison report (last year, this year's estimate, next
 * year's plan, share of last year), a header grouped by year first then agency, and a workbook of template copies
 * (one sheet per agency, each with scratch formula columns).
 */
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { isYearly, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind2Context } from "./context";
import {
  AGENCIES,
  agencyStatusInputs,
  book,
  decoysAfter,
  decoyValue,
  footnotes,
  lastYearValue,
  planValue,
  preamble,
  PROVINCE,
  ratio,
  scratchSheet,
  sheet,
  statusInputsOf,
  YEARLY,
} from "./rows";

const HEAD = { bold: true, align: "center" as const, wrap: true };
const ROMAN = ["I", "II", "III", "IV"];

/** "Thực hiện 2024 | Ước thực hiện 2025 | Kế hoạch 2026 | % so với cùng kỳ", a section per agency. */
export function comparisonReport(ctx: Blind2Context): BuiltFile[] {
  const wb = book();
  const file = ctx.rng.pick(["BC so sanh 2024-2025.xlsx", "Bao cao uoc TH 2025.xlsx"]);
  const ws = sheet(wb, ctx.rng.pick(["So sánh", "Uoc TH 2025", "Biểu 02"]), [6, 50, 10, 13, 13, 13, 12, 22]);
  ctx.write(ws, "A1", "ƯỚC THỰC HIỆN NĂM 2025 VÀ DỰ KIẾN NĂM 2026", "upper", { bold: true });
  let row = ctx.rng.chance(0.4) ? preamble(ctx, ws, 3, 8) : 3;
  const top = row;
  const [c24, c25, c26, cPct] = ctx.rng.pick([
    ["Thực hiện 2024", "Ước thực hiện 2025", "Kế hoạch 2026", "% so với cùng kỳ"],
    ["TH năm 2024", "Ước TH năm 2025", "KH năm 2026", "So sánh cùng kỳ (%)"],
    ["Năm 2024 (thực hiện)", "Năm 2025 (ước)", "Mục tiêu 2026", "Tỷ lệ 2025/2024"],
  ] as const);
  ["STT", "Chỉ tiêu", "ĐVT", c24, c25, c26, cPct, "Ghi chú"].forEach((h, i) =>
    ctx.write(ws, ref(i + 1, row), h, "text", HEAD),
  );
  ws.getRow(row).height = 40;
  row++;
  if (ctx.rng.chance(0.5)) {
    ["A", "B", "C", "1", "2", "3", "4=2/1", "5"].forEach((h, i) =>
      put(ws, ref(i + 1, row), h, { italic: true, align: "center" }),
    );
    row++;
  }
  const units: UnitId[] = ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  units.forEach((unit, s) => {
    put(ws, ref(1, row), ROMAN[s] ?? "", { bold: true, align: "center" });
    ctx.write(ws, ref(2, row), ctx.agency(unit), "upper", { bold: true });
    row++;
    const inputs = unit === PROVINCE ? statusInputsOf(PROVINCE) : [...YEARLY, ...statusInputsOf(unit)];
    let k = 0;
    for (const input of inputs) {
      put(ws, ref(1, row), ++k, { align: "center" });
      ctx.write(ws, ref(2, row), ctx.marked(ctx.label(input)), "label", { wrap: true });
      ctx.write(ws, ref(3, row), ctx.measure(input), "text", { align: "center" });
      if (isYearly(input)) {
        ctx.value(file, ws, ref(4, row), { input, unit, year: 2024 });
        ctx.value(file, ws, ref(5, row), { input, unit, year: 2025 });
        const a = ctx.data.value({ input, unit, year: 2024 });
        const b = ctx.data.value({ input, unit, year: 2025 });
        if (typeof a === "number" && typeof b === "number" && ctx.rng.chance(0.8))
          ratio(ctx, ws, ref(7, row), b, a);
      } else {
        lastYearValue(ctx, ws, ref(4, row), input, unit);
        ctx.value(file, ws, ref(5, row), { input, unit });
      }
      if (ctx.rng.chance(0.8)) planValue(ctx, ws, ref(6, row), input, unit);
      if (ctx.rng.chance(0.2)) ctx.write(ws, ref(8, row), ctx.note(), "text", { italic: true });
      row++;
      for (const d of decoysAfter(ctx, input, 0.35)) {
        put(ws, ref(1, row), "-", { align: "center" });
        ctx.write(ws, ref(2, row), d.text, "label", { italic: true });
        ctx.write(ws, ref(3, row), d.decoy.measure, "text", { align: "center" });
        decoyValue(ctx, ws, ref(4, row), d.decoy, unit, 2024);
        decoyValue(ctx, ws, ref(5, row), d.decoy, unit, 2025);
        row++;
      }
    }
  });
  grid(ws, top, 1, row - 1, 8);
  footnotes(ctx, ws, row);
  if (ctx.rng.chance(0.4)) scratchSheet(ctx, wb, "Sheet3");
  return [{ fileName: file, workbook: wb }];
}

/** Two header rows: years first ("Năm 2023" merged over the three agencies), then the agencies. */
export function yearGroups(ctx: Blind2Context): BuiltFile[] {
  const wb = book();
  const file = ctx.rng.pick(["TongHop_theo_nam.xlsx", "So lieu 3 co quan bao chi.xlsx"]);
  const years = YEARS.filter((y) => YEARLY.some((i) => ctx.data.years[i].includes(y)));
  const planned = ctx.rng.chance(0.6);
  const groups = years.length + (planned ? 1 : 0);
  const last = 3 + groups * 3;
  const ws = sheet(wb, ctx.rng.pick(["Tong hop", "Theo năm", "TH 3 CQBC"]), [
    6,
    46,
    10,
    ...Array<number>(groups * 3).fill(10),
  ]);
  ctx.writeMerged(ws, `A1:${colLetter(last)}1`, "TỔNG HỢP SỐ LIỆU CÁC CƠ QUAN BÁO CHÍ THEO NĂM", "upper", {
    bold: true,
  });
  let row = ctx.rng.chance(0.3) ? preamble(ctx, ws, 2, last) : 3;
  const top = row;
  ctx.writeMerged(ws, `A${row}:A${row + 1}`, "TT", "text", HEAD);
  ctx.writeMerged(ws, `B${row}:B${row + 1}`, "Nội dung", "text", HEAD);
  ctx.writeMerged(ws, `C${row}:C${row + 1}`, "ĐVT", "text", HEAD);
  const colOf = (g: number, a: number) => 4 + g * 3 + a;
  const groupHeads = [
    ...years.map((y) => (ctx.rng.fork(`y${y}`).chance(0.5) ? `Năm ${y}` : String(y))),
    ...(planned ? [ctx.planHeader()] : []),
  ];
  groupHeads.forEach((h, g) => {
    ctx.writeMerged(ws, `${ref(colOf(g, 0), row)}:${ref(colOf(g, 2), row)}`, h, "text", HEAD);
    AGENCIES.forEach((unit, a) => ctx.write(ws, ref(colOf(g, a), row + 1), ctx.agency(unit), "text", HEAD));
  });
  ws.getRow(row + 1).height = 45;
  row += 2;
  const g25 = years.indexOf(2025);
  const inputs = [...YEARLY, ...agencyStatusInputs()];
  let k = 0;
  for (const input of inputs) {
    put(ws, ref(1, row), ++k, { align: "center" });
    ctx.write(ws, ref(2, row), ctx.label(input, { unit: ctx.rng.chance(0.25) }), "label", { wrap: true });
    ctx.write(ws, ref(3, row), ctx.measure(input), "text", { align: "center" });
    AGENCIES.forEach((unit, a) => {
      if (isYearly(input)) {
        years.forEach((year, g) => {
          if (ctx.data.years[input].includes(year))
            ctx.value(file, ws, ref(colOf(g, a), row), { input, unit, year });
        });
      } else if (statusInputsOf(unit).includes(input)) {
        ctx.value(file, ws, ref(colOf(g25, a), row), { input, unit });
      }
      if (planned) planValue(ctx, ws, ref(colOf(years.length, a), row), input, unit);
    });
    row++;
    for (const d of decoysAfter(ctx, input, 0.4)) {
      ctx.write(ws, ref(2, row), d.text, "label", { italic: true });
      AGENCIES.forEach((unit, a) => decoyValue(ctx, ws, ref(colOf(g25, a), row), d.decoy, unit, 2025));
      row++;
    }
  }
  grid(ws, top, 1, row - 1, last);
  row += 2;
  if (ctx.data.province) {
    ctx.write(ws, `B${row}`, ctx.agency(PROVINCE), "upper", { bold: true });
    row++;
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${row}`, ctx.label(input), "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(input), "text");
      ctx.value(file, ws, `D${row}`, { input, unit: PROVINCE });
      row++;
    }
  }
  if (ctx.rng.chance(0.4)) scratchSheet(ctx, wb, "Data_cu");
  return [{ fileName: file, workbook: wb }];
}

/** A template sheet copied once per agency, each copy with two scratch formula columns at the right. */
export function templateCopies(ctx: Blind2Context): BuiltFile[] {
  const wb = book();
  const file = ctx.rng.pick(["Bieu mau chung - 3 don vi.xlsx", "Mau_BC_CDS_ban_sao.xlsx"]);
  const years = YEARS.filter((y) => y >= ctx.rng.pick([2021, 2022, 2023]));
  const statusHead = ctx.rng.pick(["Tình trạng tại thời điểm BC", "Hiện trạng (31/12/2025)", "Đến nay"]);
  const [diffHead, pctHead] = ctx.rng.pick([
    ["Chênh lệch", "Tăng (%)"],
    ["+/- so năm trước", "Tốc độ tăng"],
    ["Kiểm tra", "Tỷ lệ"],
  ] as const);
  const inputs = [...YEARLY, ...agencyStatusInputs(), "remote_population_total", "remote_population_reached"];
  const cols = { label: 2, measure: 3, first: 4, status: 4 + years.length };
  const diff = cols.status + 1;
  const pct = diff + 1;
  const build = (name: string, unit: UnitId | null, state: "visible" | "hidden") => {
    const ws = sheet(wb, name, [6, 50, 10, ...years.map(() => 11), 14, 12, 10]);
    ws.state = state;
    ctx.write(ws, "A1", ctx.rng.pick(["BIỂU MẪU BÁO CÁO CĐS BÁO CHÍ", "MẪU SỐ 01 - SỐ LIỆU CĐS"]), "upper", {
      bold: true,
    });
    ctx.write(ws, "A2", unit === null ? "Đơn vị: ……………" : `Đơn vị: ${ctx.agency(unit)}`, "text", {
      italic: true,
    });
    const head = 4;
    ["STT", "Nội dung", "ĐVT", ...years.map((y) => `Năm ${y}`), statusHead, diffHead, pctHead].forEach(
      (h, i) => ctx.write(ws, ref(i + 1, head), h, "text", HEAD),
    );
    let row = head + 1;
    inputs.forEach((input, k) => {
      put(ws, ref(1, row), k + 1, { align: "center" });
      ctx.write(ws, ref(cols.label, row), ctx.marked(ctx.label(input, { key: "tpl" }), 0.15), "label", {
        wrap: true,
      });
      ctx.write(ws, ref(cols.measure, row), ctx.measure(input), "text", { align: "center" });
      const mine =
        unit !== null && (isYearly(input) ? unit !== PROVINCE : statusInputsOf(unit).includes(input));
      if (mine && unit !== null && isYearly(input)) {
        years.forEach((year, i) => {
          if (ctx.data.years[input].includes(year))
            ctx.value(file, ws, ref(cols.first + i, row), { input, unit, year });
        });
        const a = ctx.data.value({ input, unit, year: 2024 });
        const b = ctx.data.value({ input, unit, year: 2025 });
        const c24 = ref(cols.first + years.indexOf(2024), row);
        const c25 = ref(cols.first + years.indexOf(2025), row);
        if (typeof a === "number" && typeof b === "number") {
          put(ws, ref(diff, row), { formula: `${c25}-${c24}`, result: Math.round((b - a) * 10) / 10 });
          put(
            ws,
            ref(pct, row),
            { formula: `IF(${c24}=0,"",${c25}/${c24}-1)`, result: Math.round((b / a - 1) * 1000) / 1000 },
            { numFmt: "0.0%" },
          );
        }
      } else if (mine && unit !== null) {
        ctx.value(file, ws, ref(cols.status, row), { input, unit });
      }
      row++;
    });
    grid(ws, head, 1, row - 1, pct);
    if (unit !== null) footnotes(ctx, ws, row);
  };
  const templateHidden = ctx.rng.chance(0.5);
  build(ctx.rng.pick(["Mau", "Mẫu (không sửa)", "Template"]), null, templateHidden ? "hidden" : "visible");
  for (const unit of AGENCIES) build(ctx.agency(unit, "sheet").slice(0, 31), unit, "visible");
  if (ctx.data.province) build(ctx.rng.pick(["Dia ban tinh", "VSVX toàn tỉnh"]), PROVINCE, "visible");
  if (ctx.rng.chance(0.3)) scratchSheet(ctx, wb, "calc");
  return [{ fileName: file, workbook: wb }];
}

/**
 * Three more blind3 layout families: a statistics-office form (row codes 01, 02, …; "Mã số | Tên chỉ tiêu | ĐVT |
 * Số liệu", years as coded sub-rows), a pivot-table export ("Row Labels" / "Sum of …", subtotals and grand
 * totals, the hidden source data beside it), and a workbook whose summary sheet copies the agencies' figures by
 * formulas. In the last one the truth is the cell on the agency's own sheet, where the figure was typed; the
 * summary's formula cells are copies (cached values present) and are not truth.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, YEARLY, type Slot, type UnitId } from "../model";
import { sheetName, unionYears, type BuiltFile } from "../sheets";
import type { Blind3Context } from "./context";
import { coverSheet, decoyNumber, footnotes, scratchSheet, targetOf, unitRows, writeNumber } from "./rows";

const HEAD = { bold: true, align: "center" as const, wrap: true };
const SHORT: Readonly<Record<UnitId, string>> = {
  "bao-lai-chau": "BLC",
  "dai-ptth-lai-chau": "PTTH",
  "tap-chi-van-nghe-lai-chau": "TCVN",
  "tinh-lai-chau": "VSVX",
};

function unitsOf(ctx: Blind3Context): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

/** Statistics-office form: one sheet per unit, coded rows, one "Số liệu" column, years as coded sub-rows. */
export function codeForm(ctx: Blind3Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = `${rng.pick(["Bieu thong ke CDS", "BieuTK_02", "bieu-thong-ke-bao-chi"])} 2025.xlsx`;
  const codeFirst = rng.chance(0.6);
  const planCol = rng.chance(0.4);
  const subCode = rng.pick(["{c}.{i}", "{c}{i}", "{c}-{i}"]);
  const yearLabel = rng.pick(["- Năm {y}", "Năm {y}", "+ {y}", "Trong đó năm {y}"]);
  const cols = codeFirst
    ? { code: 1, label: 2, measure: 3, value: 4 }
    : { label: 1, code: 2, measure: 3, value: 4 };
  const last = planCol ? 5 : 4;
  for (const unit of unitsOf(ctx)) {
    const ws = addSheet(
      wb,
      sheetName(wb, `Biểu 02-${SHORT[unit]}`),
      codeFirst ? [8, 56, 12, 14, 16] : [56, 8, 12, 14, 16],
    );
    ctx.write(ws, "A1", "Biểu số: 02/TK-CĐSBC", "text", { bold: true });
    ctx.write(
      ws,
      "A2",
      `Đơn vị báo cáo: ${unit === PROVINCE ? "Sở Văn hóa, Thể thao và Du lịch" : ctx.agency(unit)}`,
    );
    ctx.write(
      ws,
      "A3",
      `Đơn vị nhận báo cáo: ${rng.pick(["Chi cục Thống kê tỉnh Lai Châu", "Sở VHTTDL (phòng QLBC)"])}`,
    );
    ctx.writeMerged(
      ws,
      `A5:${ref(last, 5)}`,
      "Số liệu thống kê chuyển đổi số báo chí - kỳ báo cáo năm 2025",
      "upper",
      { bold: true },
    );
    const head = 7;
    ctx.write(ws, ref(cols.code, head), "Mã số", "text", HEAD);
    ctx.write(ws, ref(cols.label, head), "Tên chỉ tiêu", "text", HEAD);
    ctx.write(ws, ref(cols.measure, head), "ĐVT", "text", HEAD);
    ctx.write(ws, ref(cols.value, head), rng.pick(["Số liệu", "Số liệu thực hiện", "Giá trị"]), "text", HEAD);
    if (planCol) ctx.write(ws, ref(5, head), ctx.planHeader(), "text", HEAD);
    const letters = rng.chance(0.5);
    if (letters)
      for (const [c, t] of [
        [cols.label, "A"],
        [cols.code, "B"],
        [cols.measure, "C"],
        [cols.value, "1"],
      ] as const)
        put(ws, ref(c, head + 1), t, { italic: true, align: "center" });
    let row = head + (letters ? 2 : 1);
    let code = 0;
    for (const r of unitRows(ctx, unit, { decoys: 0.45 })) {
      const c = String(++code).padStart(2, "0");
      put(ws, ref(cols.code, row), c, { align: "center" });
      if (r.kind === "decoy") {
        ctx.write(ws, ref(cols.label, row), r.text, "label", { wrap: true });
        ctx.write(ws, ref(cols.measure, row), r.decoy.measure, "text", { align: "center" });
        writeNumber(ctx, ws, ref(cols.value, row), decoyNumber(ctx, r.decoy, unit));
        row++;
        continue;
      }
      const input = r.input;
      ctx.write(ws, ref(cols.label, row), ctx.label(input), "label", { wrap: true });
      ctx.write(ws, ref(cols.measure, row), ctx.measure(input), "text", { align: "center" });
      const target = planCol ? targetOf(ctx, input, unit) : "";
      if (!isYearly(input)) {
        ctx.value(file, ws, ref(cols.value, row), { input, unit });
        if (target !== "") ctx.write(ws, ref(5, row), String(target), "word", { align: "center" });
        row++;
        continue;
      }
      row++;
      ctx.data.years[input].forEach((year, i) => {
        put(ws, ref(cols.code, row), subCode.replace("{c}", c).replace("{i}", String(i + 1)), {
          align: "center",
        });
        ctx.write(ws, ref(cols.label, row), yearLabel.replace("{y}", String(year)), "label");
        ctx.value(file, ws, ref(cols.value, row), { input, unit, year });
        if (year === 2025 && target !== "")
          ctx.write(ws, ref(5, row), String(target), "word", { align: "center" });
        row++;
      });
    }
    grid(ws, head, 1, row - 1, last);
    if (rng.chance(0.5)) footnotes(ctx, ws, row + 1);
  }
  if (rng.chance(0.4)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName: file, workbook: wb }];
}

const PIVOT_WORDS = [
  {
    sum: "Sum of Giá trị",
    rows: "Row Labels",
    cols: "Column Labels",
    total: "Grand Total",
    blank: "(blank)",
  },
  { sum: "Tổng của Số liệu", rows: "Nhãn Hàng", cols: "Nhãn Cột", total: "Tổng Cuối", blank: "(trống)" },
  { sum: "Sum of SoLieu", rows: "Row Labels", cols: "Column Labels", total: "Grand Total", blank: "(blank)" },
] as const;

/** A pivot-table export: agencies with their indicators down, years across, status figures under "(blank)". */
export function pivotExport(ctx: Blind3Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = `${rng.pick(["PivotTable CDS", "tong-hop-pivot", "Bao cao dong"])}.xlsx`;
  const words = rng.pick(PIVOT_WORDS);
  const ws = addSheet(
    wb,
    sheetName(wb, rng.pick(["Pivot", "Sheet2", "TongHop_Pivot"])),
    [56, 12, 12, 12, 12, 12, 12, 12, 14],
  );
  const source = addSheet(wb, sheetName(wb, rng.pick(["Data", "DuLieu", "Nguon"])), [30, 40, 8, 12]);
  const years = unionYears(ctx.data);
  if (rng.chance(0.5)) ctx.write(ws, "A1", rng.pick(["Năm", "Đơn vị"]), "text", { bold: true });
  if (rng.chance(0.5)) ctx.write(ws, "B1", "(All)");
  put(ws, "A3", words.sum, { bold: true });
  put(ws, "B3", words.cols, { bold: true });
  put(ws, "A4", words.rows, { bold: true });
  const yearCol = new Map(years.map((y, i) => [y, i + 2]));
  const blankCol = years.length + 2;
  const totalCol = blankCol + 1;
  years.forEach((y, i) => put(ws, ref(i + 2, 4), y, { bold: true }));
  put(ws, ref(blankCol, 4), words.blank, { bold: true });
  put(ws, ref(totalCol, 4), words.total, { bold: true });
  let row = 5;
  let src = 2;
  for (const [i, t] of ["Đơn vị", "Chỉ tiêu", "Năm", "Giá trị"].entries())
    put(source, ref(i + 1, 1), t, { bold: true });
  const grand = new Map<number, number>();
  const add = (m: Map<number, number>, c: number, v: number) => m.set(c, (m.get(c) ?? 0) + v);
  for (const unit of unitsOf(ctx)) {
    const unitRow = row++;
    ctx.write(ws, `A${unitRow}`, ctx.agency(unit), "text", { bold: true });
    const sub = new Map<number, number>();
    const inputs = unit === PROVINCE ? statusInputsOf(unit) : [...YEARLY, ...statusInputsOf(unit)];
    for (const input of inputs) {
      const label = unit === PROVINCE || rng.chance(0.5) ? ctx.header(input) : ctx.wording(input);
      ctx.write(ws, `A${row}`, label, "label");
      ws.getCell(`A${row}`).alignment = { indent: 1, vertical: "middle" };
      const cells: Array<[number, Slot]> = isYearly(input)
        ? [...yearCol].map(([year, c]) => [c, { input, unit, year }])
        : [[blankCol, { input, unit }]];
      let rowSum = 0;
      for (const [c, slot] of cells) {
        if (!ctx.flag(file, ws, ref(c, row), slot)) continue;
        const raw = ws.getCell(ref(c, row)).value;
        const v = typeof raw === "number" ? raw : 0;
        rowSum += v;
        add(sub, c, v);
        add(grand, c, v);
        put(source, `A${src}`, ctx.agency(unit));
        put(source, `B${src}`, label);
        if (slot.year !== undefined) put(source, `C${src}`, slot.year);
        put(source, `D${src++}`, v);
      }
      if (rowSum !== 0) put(ws, ref(totalCol, row), Math.round(rowSum * 10) / 10, { numFmt: "#,##0" });
      row++;
    }
    for (const [c, v] of sub)
      put(ws, ref(c, unitRow), Math.round(v * 10) / 10, { numFmt: "#,##0", bold: true });
  }
  put(ws, `A${row}`, words.total, { bold: true });
  for (const [c, v] of grand) put(ws, ref(c, row), Math.round(v * 10) / 10, { numFmt: "#,##0", bold: true });
  source.state = "hidden";
  return [{ fileName: file, workbook: wb }];
}

/** Per-agency sheets (years down, then a status list) and a "Tổng hợp" sheet that copies them by formulas. */
export function summaryLinks(ctx: Blind3Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = `${rng.pick(["Tong hop 3 co quan", "TongHop_LienKet", "so-lieu-cac-co-quan"])} 2025.xlsx`;
  if (rng.chance(0.5)) coverSheet(ctx, wb, null);
  const summaryName = rng.pick(["Tổng hợp", "TH chung", "Tong hop"]);
  const summaryFirst = rng.chance(0.7);
  const copies = new Map<string, { sheet: string; cell: string; ws: ExcelJS.Worksheet }>();
  const years = unionYears(ctx.data);
  const build = () => {
    for (const unit of unitsOf(ctx)) {
      const ws = addSheet(wb, sheetName(wb, ctx.agency(unit, "tab").slice(0, 28)), [40, 18, 18, 18]);
      ctx.write(ws, "A1", ctx.agency(unit), "upper", { bold: true });
      ctx.write(ws, "A2", rng.pick(["Số liệu chi tiết do đơn vị cung cấp", "Phần đơn vị tự điền"]), "text", {
        italic: true,
      });
      let row = 4;
      if (unit !== PROVINCE) {
        ctx.write(ws, `A${row}`, "Năm", "text", HEAD);
        ctx.write(ws, `B${row}`, ctx.header("political_articles"), "text", HEAD);
        ctx.write(ws, `C${row}`, ctx.header("revenue"), "text", HEAD);
        grid(ws, row, 1, row + years.length, 3);
        row++;
        for (const year of years) {
          put(ws, `A${row}`, rng.chance(0.5) ? year : `Năm ${year}`, { align: "center" });
          for (const [input, col] of [
            ["political_articles", "B"],
            ["revenue", "C"],
          ] as const) {
            if (!ctx.data.years[input].includes(year)) continue;
            const at = `${col}${row}`;
            if (ctx.value(file, ws, at, { input, unit, year }) && year === 2025)
              copies.set(`${input}|${unit}`, { sheet: ws.name, cell: at, ws });
          }
          row++;
        }
        row++;
      }
      ctx.write(
        ws,
        `A${row}`,
        rng.pick(["Thông tin hiện trạng (đến 31/12/2025)", "Hiện trạng các nội dung khác"]),
        "text",
        { bold: true },
      );
      row++;
      for (const r of unitRows(ctx, unit, { yearly: false, decoys: 0.3 })) {
        if (r.kind === "decoy") {
          ctx.write(ws, `A${row}`, r.text, "label", { wrap: true });
          writeNumber(ctx, ws, `B${row}`, decoyNumber(ctx, r.decoy, unit));
        } else {
          ctx.write(ws, `A${row}`, ctx.label(r.input, { unit: rng.chance(0.3) }), "label", { wrap: true });
          if (ctx.value(file, ws, `B${row}`, { input: r.input, unit }))
            copies.set(`${r.input}|${unit}`, { sheet: ws.name, cell: `B${row}`, ws });
        }
        row++;
      }
      if (rng.chance(0.4)) footnotes(ctx, ws, row + 1);
    }
  };
  if (!summaryFirst) build();
  const summary = addSheet(wb, sheetName(wb, summaryName), [52, 16, 16, 16, 14]);
  ctx.writeMerged(summary, "A1:E1", "Tổng hợp số liệu các cơ quan báo chí năm 2025", "upper", { bold: true });
  ctx.write(summary, "A3", "Nội dung", "text", HEAD);
  AGENCIES.forEach((unit, i) => ctx.write(summary, ref(i + 2, 3), ctx.agency(unit, "sum"), "text", HEAD));
  ctx.write(summary, "E3", rng.pick(["Cộng", "Toàn tỉnh"]), "text", HEAD);
  if (summaryFirst) build();
  let row = 4;
  for (const input of [...YEARLY, ...statusInputsOf("tap-chi-van-nghe-lai-chau")]) {
    ctx.write(
      summary,
      `A${row}`,
      isYearly(input) ? `${ctx.header(input)} năm 2025` : ctx.header(input),
      "label",
    );
    let total = 0;
    AGENCIES.forEach((unit, i) => {
      const from = copies.get(`${input}|${unit}`);
      if (!from) return;
      const result = from.ws.getCell(from.cell).value;
      const font = from.ws.getCell(from.cell).font?.name ?? "Times New Roman";
      if (typeof result !== "number" && typeof result !== "string") return;
      put(summary, ref(i + 2, row), { formula: `'${from.sheet}'!${from.cell}`, result }, { font });
      if (typeof result === "number") total += result;
    });
    if (total > 0) put(summary, `E${row}`, Math.round(total * 10) / 10, { numFmt: "#,##0" });
    row++;
  }
  grid(summary, 3, 1, row - 1, 5);
  if (rng.chance(0.5)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName: file, workbook: wb }];
}

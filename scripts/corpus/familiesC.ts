/**
 * Families 7–9: the government attainment table per agency per year; a sheet per year (held out); agencies'
 * blocks stacked on one sheet (held out).
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref, vnNumberText } from "../fixtures/sheetKit";
import type { CaseContext } from "./context";
import { gridBody, gridCols, gridHeader, gridWidths, pickGrid } from "./grid";
import { AGENCIES, isYearly, nearMiss, PROVINCE, statusInputsOf, type Slot, type UnitId } from "./model";
import { itemLabel, items, numberItems, pickNumbering, provinceItems, type Item } from "./rows";
import {
  FILE_SLUGS,
  masthead,
  SHORT_CODES,
  sheetName,
  signature,
  title,
  unionYears,
  type BuiltFile,
} from "./sheets";
import { planValue, scratchSheet, writeDecoy, writePlan } from "./traps";

/** A status value as it stood in an earlier year: written, never recorded. */
function writeStale(ctx: CaseContext, ws: ExcelJS.Worksheet, at: string, slot: Slot): void {
  if (!ctx.data.shown(slot)) return;
  const v = ctx.data.value(slot);
  const word = ctx.words(slot.input, v);
  if (word !== null) ctx.write(ws, at, word, "word", { align: "center" });
  else if (typeof v === "number") {
    ctx.number(ws, at, slot.input === "security_level" ? v : nearMiss(ctx.rng, v, 0.8, 0.99));
  }
}

const EVAL = { pass: ["Đạt", "Vượt", "Hoàn thành"], fail: ["Chưa đạt", "Không đạt"] } as const;

// 7. STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Ước thực hiện | Tỷ lệ % TH/KH | So sánh cùng kỳ | Đánh giá | Ghi chú.
function attainmentSheet(
  ctx: CaseContext,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  year: number,
): void {
  const { rng, data } = ctx;
  ws.columns = [6, 50, 10, 14, 14, 11, 12, 12, 22].map((width) => ({ width }));
  masthead(ctx, ws, unit, 9);
  const sub = `(Kèm theo Báo cáo số ${rng.int(20, 180)}/BC-${rng.pick(SHORT_CODES[unit])} ngày 25/11/${year})`;
  title(ctx, ws, 4, 9, `Đánh giá kết quả thực hiện các chỉ tiêu năm ${year}`, sub);
  const current = year === 2025;
  const actual = current
    ? rng.pick(["Ước thực hiện", "Ước TH", "Ước thực hiện cả năm"])
    : rng.pick(["Thực hiện", "TH"]);
  const headers = [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    `${rng.pick(["Kế hoạch", "KH"])} năm ${year}`,
    `${actual} năm ${year}`,
    "Tỷ lệ % TH/KH",
    rng.pick(["So sánh cùng kỳ (%)", "So với cùng kỳ"]),
    "Đánh giá",
    "Ghi chú",
  ];
  headers.forEach((t, i) =>
    ctx.write(ws, ref(i + 1, 7), t, "text", { bold: true, align: "center", wrap: true }),
  );
  ws.getRow(7).height = 45;
  const list = unit === PROVINCE ? provinceItems(ctx) : items(ctx, unit, { decoyChance: 0.35 });
  const numbers = numberItems(list, pickNumbering(ctx));
  let row = 8;
  list.forEach((it, i) => {
    put(ws, `A${row}`, numbers[i] ?? "", { align: "center", bold: it.kind === "section" });
    ctx.write(ws, `B${row}`, itemLabel(ctx, it), it.kind === "section" ? "upper" : "label", {
      bold: it.kind === "section",
      wrap: true,
    });
    if (it.kind === "section") return row++;
    const input = it.kind === "input" ? it.input : it.decoy.near;
    ctx.write(ws, `C${row}`, ctx.measure(input, it.kind === "decoy" ? it.decoy : undefined), "text", {
      align: "center",
    });
    if (it.kind === "decoy") {
      writeDecoy(ctx, ws, `E${row}`, it.decoy, unit, year);
      return row++;
    }
    const slot: Slot = isYearly(input) ? { input, unit, year } : { input, unit };
    const target = planValue(ctx, slot);
    if (rng.chance(0.9)) writePlan(ctx, ws, `D${row}`, slot);
    const shown = isYearly(input) || current ? ctx.value(file, ws, `E${row}`, slot) : data.shown(slot);
    if (!isYearly(input) && !current) writeStale(ctx, ws, `E${row}`, slot);
    const v = data.value(slot);
    if (shown && typeof v === "number" && typeof target === "number" && target > 0) {
      const pct = Math.round((v / target) * 1000) / 10;
      if (rng.chance(0.5)) put(ws, `F${row}`, pct, { numFmt: "0.0" });
      else ctx.write(ws, `F${row}`, `${vnNumberText(pct)}%`, "text", { align: "right" });
      ctx.write(ws, `H${row}`, rng.pick(pct >= 100 ? EVAL.pass : EVAL.fail), "word", { align: "center" });
    } else if (shown && typeof v === "boolean") {
      ctx.write(ws, `H${row}`, rng.pick(v ? EVAL.pass : EVAL.fail), "word", { align: "center" });
    }
    const before = isYearly(input) && year > 2020 ? data.value({ input, unit, year: year - 1 }) : undefined;
    if (shown && typeof v === "number" && typeof before === "number" && before > 0) {
      ctx.write(ws, `G${row}`, `${vnNumberText(Math.round((v / before) * 1000) / 10)}%`, "text", {
        align: "right",
      });
    }
    if (rng.chance(0.2)) ctx.write(ws, `I${row}`, ctx.note(year), "text", { italic: true, wrap: true });
    return row++;
  });
  grid(ws, 7, 1, row - 1, 9);
  signature(ctx, ws, row + 1, 9);
}

export function attainmentTable(ctx: CaseContext): BuiltFile[] {
  const { rng } = ctx;
  const years = rng.pick([
    [2024, 2025],
    [2023, 2024, 2025],
    [2022, 2023, 2024, 2025],
  ]);
  const arrangement = rng.pick(["per-year", "per-agency", "one-book"] as const);
  const books = new Map<string, ExcelJS.Workbook>();
  const book = (name: string) => {
    const known = books.get(name);
    if (known) return known;
    const wb = newWorkbook();
    books.set(name, wb);
    return wb;
  };
  const slugs = new Map(AGENCIES.map((u) => [u, rng.pick(FILE_SLUGS[u])]));
  const codes = new Map([...AGENCIES, PROVINCE].map((u) => [u, rng.pick(SHORT_CODES[u])]));
  const units: UnitId[] = ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  for (const unit of units) {
    for (const year of unit === PROVINCE ? [2025] : years) {
      const fileName =
        arrangement === "per-year"
          ? `BC danh gia chi tieu ${year}.xlsx`
          : arrangement === "per-agency"
            ? `${slugs.get(unit) ?? "Toan tinh"} - danh gia KH.xlsx`
            : "danh-gia-thuc-hien-chi-tieu.xlsx";
      const wb = book(fileName);
      const name =
        arrangement === "per-year"
          ? ctx.agency(unit, "sheet")
          : arrangement === "per-agency"
            ? `Năm ${year}`
            : `${codes.get(unit) ?? ""} ${year}`;
      attainmentSheet(ctx, addSheet(wb, sheetName(wb, name), []), fileName, unit, year);
    }
  }
  return [...books].map(([fileName, workbook]) => ({ fileName, workbook }));
}

// 8. A sheet per year; the year may be only in the sheet name. Status answers on the 2025 sheet (and stale on 2024).
export function sheetPerYear(ctx: CaseContext): BuiltFile[] {
  const { rng, data } = ctx;
  const fileName = rng.pick(["so-lieu-theo-nam.xlsx", "Chi tieu bao chi 2021-2025.xlsx", "SL theo nam.xlsx"]);
  const wb = newWorkbook();
  const nameStyle = rng.int(0, 3);
  const withTitle = rng.chance(0.6);
  const sumCol = rng.chance(0.4);
  const planRows = rng.chance(0.5);
  const planWord = rng.pick(["KH:", "Kế hoạch:", "Mục tiêu:"]);
  const staleStatus = rng.chance(0.5);
  const unitInLabel = rng.chance(0.5);
  const numbering = pickNumbering(ctx);
  for (const year of unionYears(data)) {
    const name = [`Năm ${year}`, String(year), `N${year}`, `Nam ${year}`][nameStyle] ?? String(year);
    const provCol = data.province && year === 2025;
    const cols = { first: 4, sum: sumCol ? 7 : undefined, prov: provCol ? (sumCol ? 8 : 7) : undefined };
    const last = 4 + 3 + (sumCol ? 1 : 0) + (provCol ? 1 : 0);
    const ws = addSheet(wb, sheetName(wb, name), [6, 52, 10, ...Array<number>(last - 3).fill(14)]);
    if (withTitle) title(ctx, ws, 1, last, `Số liệu chỉ tiêu chuyển đổi số báo chí năm ${year}`);
    const top = withTitle ? 4 : 1;
    const heads = ["STT", "Chỉ tiêu", "ĐVT", ...AGENCIES.map((u) => ctx.agency(u))];
    if (cols.sum) heads.push(rng.pick(["Cộng", "Tổng"]));
    if (cols.prov) heads.push(ctx.agency(PROVINCE));
    heads.push("Ghi chú");
    heads.forEach((t, i) =>
      ctx.write(ws, ref(i + 1, top), t, "text", { bold: true, align: "center", wrap: true }),
    );
    const list: Item[] = items(ctx, "tap-chi-van-nghe-lai-chau", {
      status: year === 2025 || (year === 2024 && staleStatus),
      decoyChance: 0.35,
    });
    if (year === 2025 && data.province) list.push(...provinceItems(ctx));
    const numbers = numberItems(list, numbering);
    let row = top + 1;
    list.forEach((it, i) => {
      const input = it.kind === "section" ? "" : it.kind === "input" ? it.input : it.decoy.near;
      if (it.kind === "input" && isYearly(input) && !data.years[input].includes(year)) return;
      if (it.kind === "input" && isYearly(input) && planRows && rng.chance(0.6)) {
        ctx.write(ws, `B${row}`, `${planWord} ${ctx.wording(input)}`, "label", { wrap: true });
        AGENCIES.forEach((unit, k) => writePlan(ctx, ws, ref(cols.first + k, row), { input, unit, year }));
        row++;
      }
      put(ws, `A${row}`, numbers[i] ?? "", { align: "center", bold: it.kind === "section" });
      ctx.write(
        ws,
        `B${row}`,
        itemLabel(ctx, it, { unit: unitInLabel }),
        it.kind === "section" ? "upper" : "label",
        {
          bold: it.kind === "section",
          wrap: true,
        },
      );
      if (it.kind === "section") return row++;
      ctx.write(ws, `C${row}`, ctx.measure(input, it.kind === "decoy" ? it.decoy : undefined), "text", {
        align: "center",
      });
      let total = 0;
      let count = 0;
      AGENCIES.forEach((unit, k) => {
        const at = ref(cols.first + k, row);
        if (it.kind === "decoy") return writeDecoy(ctx, ws, at, it.decoy, unit, year);
        if (!isYearly(input) && !statusInputsOf(unit).includes(input)) return;
        const slot: Slot = isYearly(input) ? { input, unit, year } : { input, unit };
        if (!isYearly(input) && year !== 2025) return writeStale(ctx, ws, at, slot);
        if (ctx.value(fileName, ws, at, slot)) {
          const v = data.value(slot);
          if (typeof v === "number") [total, count] = [total + v, count + 1];
        }
      });
      if (cols.sum && count > 1)
        put(ws, ref(cols.sum, row), Math.round(total * 10) / 10, { numFmt: "#,##0", bold: true });
      if (cols.prov && it.kind === "input" && statusInputsOf(PROVINCE).includes(input)) {
        ctx.value(fileName, ws, ref(cols.prov, row), { input, unit: PROVINCE });
      }
      return row++;
    });
    grid(ws, top, 1, row - 1, last);
  }
  if (rng.chance(0.35)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName, workbook: wb }];
}

// 9. Blocks of agencies stacked on one sheet ("I. BÁO LAI CHÂU", "II. ĐÀI …"), maybe a totals block at the end.
export function stackedBlocks(ctx: CaseContext): BuiltFile[] {
  const { rng, data } = ctx;
  const fileName = rng.pick([
    "tong-hop-theo-khoi.xlsx",
    "BC tong hop cac co quan.xlsx",
    "Bieu tong hop 2025.xlsx",
  ]);
  const wb = newWorkbook();
  const cfg = { ...pickGrid(ctx, unionYears(data)), stt: true, status: "separate" as const };
  const cols = gridCols(cfg);
  const ws = addSheet(wb, sheetName(wb, rng.pick(["Tổng hợp", "Số liệu", "Sheet1"])), gridWidths(cfg));
  masthead(ctx, ws, PROVINCE, cols.last);
  title(
    ctx,
    ws,
    4,
    cols.last,
    "Số liệu các cơ quan báo chí tỉnh",
    "(Phục vụ đánh giá Kế hoạch chuyển đổi số báo chí)",
  );
  const headerOnce = rng.chance(0.5);
  let row = headerOnce ? gridHeader(ctx, ws, 7, cfg, cols) : 7;
  const units: UnitId[] = data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  const roman = ["I", "II", "III", "IV", "V"];
  units.forEach((unit, k) => {
    ctx.writeMerged(ws, `A${row}:${ref(cols.last, row)}`, `${roman[k] ?? ""}. ${ctx.agency(unit)}`, "upper", {
      bold: true,
      align: "left",
    });
    row++;
    if (!headerOnce) row = gridHeader(ctx, ws, row, cfg, cols);
    const list = (
      unit === PROVINCE ? provinceItems(ctx) : items(ctx, unit, { omitGaps: rng.chance(0.3) })
    ).filter((it) => it.kind !== "section");
    row = gridBody(ctx, ws, fileName, unit, row, cfg, cols, list);
    if (rng.chance(0.5)) row++;
  });
  if (rng.chance(0.5)) {
    ctx.writeMerged(
      ws,
      `A${row}:${ref(cols.last, row)}`,
      `${roman[units.length] ?? ""}. Tổng cộng các cơ quan`,
      "upper",
      {
        bold: true,
        align: "left",
      },
    );
    row++;
    for (const input of ["political_articles", "revenue", "staff_total"]) {
      ctx.write(ws, ref(cols.label, row), ctx.wording(input), "label", { bold: true });
      const cells = isYearly(input)
        ? [...cols.years].filter(([y]) => data.years[input].includes(y))
        : [[2025, cols.status] as const];
      for (const [year, col] of cells) {
        const sum = AGENCIES.reduce((acc, unit) => {
          const v = data.value(isYearly(input) ? { input, unit, year } : { input, unit });
          return acc + (typeof v === "number" ? v : 0);
        }, 0);
        put(ws, ref(col, row), Math.round(sum * 10) / 10, { numFmt: "#,##0", bold: true });
      }
      row++;
    }
  }
  signature(ctx, ws, row + 1, cols.last);
  if (rng.chance(0.35)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName, workbook: wb }];
}

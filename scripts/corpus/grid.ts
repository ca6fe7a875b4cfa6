/**
 * The indicator-by-year table most agencies keep: STT | Chỉ tiêu | (Mã số) | ĐVT | Năm … | Hiện trạng | Cộng |
 * Kế hoạch | Ghi chú, with options for every variation the layouts need. Used by the sheet-per-agency,
 * statistical-form, workbook-per-agency and stacked-blocks families.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../fixtures/sheetKit";
import type { CaseContext } from "./context";
import { isYearly, type UnitId } from "./model";
import { itemLabel, numberItems, pickNumbering, slotFor, type Item, type Numbering } from "./rows";
import { writeDecoy, writePlan } from "./traps";
import { ACTUAL_HEADERS, PLAN_HEADERS } from "./wordings";

export type GridCfg = {
  years: readonly number[];
  /** Status answers in their own column, or in the last year's column. */
  status: "separate" | "last";
  statusHeader: string;
  plan: string | null;
  planFirst: boolean;
  total: string | null;
  notes: boolean;
  stt: boolean;
  code: boolean;
  measure: boolean;
  unitInLabel: boolean;
  numbering: Numbering;
  yearHeader: (year: number) => string;
  twoRow: boolean;
  actualHeader: string;
  letters: boolean;
  /** Staff and revenue broken into parts below them, the total a SUM formula. */
  parts: boolean;
  /** Wording key: files by different authors word things differently. */
  key?: string;
};

export type GridCols = {
  stt?: number;
  label: number;
  code?: number;
  measure?: number;
  years: ReadonlyMap<number, number>;
  status: number;
  total?: number;
  plan?: number;
  notes?: number;
  last: number;
};

export function pickGrid(ctx: CaseContext, years: readonly number[]): GridCfg {
  const { rng } = ctx;
  const status = years.length === 0 || rng.chance(0.5) ? "separate" : "last";
  const unitInLabel = rng.chance(0.3);
  const planWord = rng.pick(PLAN_HEADERS);
  const yearStyle = rng.int(0, 2);
  return {
    years,
    status,
    statusHeader: rng.pick(["Hiện trạng", "Hiện trạng năm 2025", "Tình hình đến 31/12/2025", "Thực trạng"]),
    plan: rng.chance(0.6) ? rng.pick([`${planWord} 2025`, `${planWord} năm 2025`]) : null,
    planFirst: rng.chance(0.3),
    total: years.length > 1 && rng.chance(0.3) ? rng.pick(["Cộng", "Tổng", "Lũy kế"]) : null,
    notes: rng.chance(0.7),
    stt: rng.chance(0.7),
    code: false,
    measure: !unitInLabel || rng.chance(0.3),
    unitInLabel,
    numbering: pickNumbering(ctx),
    yearHeader: (y) => (yearStyle === 0 ? `Năm ${y}` : yearStyle === 1 ? String(y) : `TH ${y}`),
    twoRow: rng.chance(0.5),
    actualHeader: rng.pick(ACTUAL_HEADERS),
    letters: false,
    parts: rng.chance(0.2),
  };
}

export function gridCols(cfg: GridCfg): GridCols {
  let c = 1;
  const stt = cfg.stt ? c++ : undefined;
  const label = c++;
  const code = cfg.code ? c++ : undefined;
  const measure = cfg.measure ? c++ : undefined;
  const plan0 = cfg.plan !== null && cfg.planFirst ? c++ : undefined;
  const years = new Map<number, number>();
  for (const y of cfg.years) years.set(y, c++);
  const status = cfg.status === "separate" ? c++ : (years.get(2025) ?? c++);
  const total = cfg.total !== null ? c++ : undefined;
  const plan = plan0 ?? (cfg.plan !== null ? c++ : undefined);
  const notes = cfg.notes ? c++ : undefined;
  return { stt, label, code, measure, years, status, total, plan, notes, last: c - 1 };
}

export function gridWidths(cfg: GridCfg): number[] {
  const cols = gridCols(cfg);
  return Array.from({ length: cols.last }, (_, i) =>
    i + 1 === cols.label ? 52 : i + 1 === cols.notes ? 24 : i + 1 === cols.stt ? 6 : 12,
  );
}

/** Writes the header (one or two rows, then the optional A, B, C, 1, 2, … row); returns the first body row. */
export function gridHeader(
  ctx: CaseContext,
  ws: ExcelJS.Worksheet,
  top: number,
  cfg: GridCfg,
  cols: GridCols,
): number {
  const bottom = cfg.twoRow ? top + 1 : top;
  const head = { bold: true, align: "center" as const, wrap: true };
  const single = (col: number | undefined, text: string) => {
    if (col === undefined) return;
    if (cfg.twoRow) ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, bottom)}`, text, "text", head);
    else ctx.write(ws, ref(col, top), text, "text", head);
  };
  single(cols.stt, "STT");
  single(cols.label, ctx.rng.pick(["Chỉ tiêu", "Nội dung", "Nội dung chỉ tiêu", "Tên chỉ tiêu"]));
  single(cols.code, "Mã số");
  single(cols.measure, "ĐVT");
  const yearCols = [...cols.years.values()];
  if (cfg.twoRow && yearCols.length > 0) {
    const first = Math.min(...yearCols);
    const last = Math.max(...yearCols);
    ctx.writeMerged(ws, `${ref(first, top)}:${ref(last, top)}`, cfg.actualHeader, "text", head);
  }
  for (const [year, col] of cols.years) ctx.write(ws, ref(col, bottom), cfg.yearHeader(year), "text", head);
  if (cfg.status === "separate") single(cols.status, cfg.statusHeader);
  single(cols.total, cfg.total ?? "");
  single(cols.plan, cfg.plan ?? "");
  single(cols.notes, "Ghi chú");
  ws.getRow(top).height = 30;
  grid(ws, top, 1, bottom, cols.last);
  let next = bottom + 1;
  if (cfg.letters) {
    let n = 0;
    for (let c = 1; c <= cols.last; c++) {
      const isText = c === cols.stt || c === cols.label || c === cols.code || c === cols.measure;
      put(ws, ref(c, next), isText ? ("ABCD"[c - 1] ?? "") : ++n, { italic: true, align: "center" });
    }
    next++;
  }
  return next;
}

/** The parts under a total row (never truth): labels and each part's share of the whole. */
const PARTS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  staff_total: [
    ["Phóng viên, biên tập viên", 0.62],
    ["Lãnh đạo, cán bộ, nhân viên khác", 0],
  ],
  revenue: [
    ["Thu quảng cáo", 0.34],
    ["Thu từ đặt hàng, giao nhiệm vụ", 0.45],
    ["Thu khác", 0],
  ],
};

function partValues(total: number, shares: ReadonlyArray<readonly [string, number]>): number[] {
  const out = shares.map(([, share]) => Math.round(total * share));
  const rest = total - out.reduce((a, b) => a + b, 0);
  out[out.length - 1] = Math.round(rest * 10) / 10;
  return out;
}

/** Writes the items of one unit; returns the next free row. */
export function gridBody(
  ctx: CaseContext,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  first: number,
  cfg: GridCfg,
  cols: GridCols,
  list: readonly Item[],
): number {
  const numbers = numberItems(list, cfg.numbering);
  let row = first;
  let code = 0;
  list.forEach((it, index) => {
    const stt = numbers[index] ?? "";
    const text = itemLabel(ctx, it, { unit: cfg.unitInLabel, key: cfg.key ?? "" });
    const bold = it.kind === "section";
    if (cols.stt !== undefined)
      put(ws, ref(cols.stt, row), /^\d+$/.test(stt) ? Number(stt) : stt, { align: "center", bold });
    const shown =
      cols.stt === undefined && stt !== "" ? `${stt}${/^[IVX\dA-H]+$/.test(stt) ? "." : ""} ${text}` : text;
    ctx.write(ws, ref(cols.label, row), shown, bold ? "upper" : "label", { bold, wrap: true });
    if (it.kind === "section") {
      row++;
      return;
    }
    if (cols.code !== undefined)
      put(ws, ref(cols.code, row), String(++code).padStart(2, "0"), { align: "center" });
    const input = it.kind === "input" ? it.input : it.decoy.near;
    if (cols.measure !== undefined)
      ctx.write(
        ws,
        ref(cols.measure, row),
        ctx.measure(input, it.kind === "decoy" ? it.decoy : undefined),
        "text",
        { align: "center" },
      );
    if (it.kind === "decoy") {
      if (isYearly(input)) {
        for (const [year, col] of cols.years) {
          if (ctx.data.years[input].includes(year)) writeDecoy(ctx, ws, ref(col, row), it.decoy, unit, year);
        }
      } else writeDecoy(ctx, ws, ref(cols.status, row), it.decoy, unit);
      row++;
      return;
    }
    const parts = cfg.parts ? PARTS[input] : undefined;
    const sumOf = (col: number) =>
      parts ? `SUM(${ref(col, row + 1)}:${ref(col, row + parts.length)})` : undefined;
    let total = 0;
    let count = 0;
    if (isYearly(input)) {
      for (const [year, col] of cols.years) {
        const slot = { input, unit, year };
        const formula = sumOf(col);
        if (ctx.value(file, ws, ref(col, row), slot, formula ? { formula } : {})) {
          const v = ctx.data.value(slot);
          total += typeof v === "number" ? v : 0;
          count++;
        }
      }
    } else {
      const formula = sumOf(cols.status);
      ctx.value(file, ws, ref(cols.status, row), { input, unit }, formula ? { formula } : {});
    }
    if (cols.total !== undefined && count > 1)
      put(ws, ref(cols.total, row), Math.round(total * 10) / 10, { numFmt: "#,##0" });
    if (cols.plan !== undefined && ctx.rng.chance(0.85))
      writePlan(ctx, ws, ref(cols.plan, row), slotFor(input, unit));
    if (cols.notes !== undefined && ctx.rng.chance(0.25))
      ctx.write(ws, ref(cols.notes, row), ctx.note(), "text", { italic: true, wrap: true });
    row++;
    if (parts) {
      parts.forEach(([label], i) => {
        const prefix = cfg.numbering.sub === "a)" ? `${"abc"[i]})` : cfg.numbering.sub;
        ctx.write(ws, ref(cols.label, row), `${prefix} ${label}`, "label", { italic: true });
        const cells = isYearly(input) ? [...cols.years] : [[2025, cols.status] as const];
        for (const [year, col] of cells) {
          const slot = slotFor(input, unit, year);
          if (!ctx.data.shown(slot)) continue;
          const v = ctx.data.value(slot);
          if (typeof v === "number")
            put(ws, ref(col, row), partValues(v, parts)[i] ?? 0, { numFmt: "#,##0" });
        }
        row++;
      });
    }
  });
  grid(ws, first, 1, row - 1, cols.last);
  return row;
}

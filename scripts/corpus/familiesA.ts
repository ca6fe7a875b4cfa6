/**
 * Families 1–3: a sheet per agency; one sheet with agencies as columns and the year in the row label; the
 * statistical form ("Biểu số", merged two-row header, A B C 1 2 3 row, Roman sections, sub-items).
 */
import { addSheet, grid, newWorkbook, put, ref } from "../fixtures/sheetKit";
import type { CaseContext } from "./context";
import { gridBody, gridCols, gridHeader, gridWidths, pickGrid, type GridCfg } from "./grid";
import { AGENCIES, isYearly, kindOf, MAGAZINE, PROVINCE, statusInputsOf, type UnitId } from "./model";
import { itemLabel, items, numberItems, pickNumbering, provinceItems } from "./rows";
import {
  formHeader,
  masthead,
  sheetName,
  SHORT_CODES,
  signature,
  title,
  unionYears,
  type BuiltFile,
} from "./sheets";
import { scratchSheet, staleSheet, writeDecoy, writePlan } from "./traps";
import { PLAN_HEADERS } from "./wordings";

function unitsOf(ctx: CaseContext): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

/** The same table for the province: no year columns, one value column. */
function provinceCfg(cfg: GridCfg): GridCfg {
  return { ...cfg, years: [], status: "separate", total: null, twoRow: false, parts: false, plan: null };
}

function commonTraps(ctx: CaseContext, wb: ReturnType<typeof newWorkbook>): void {
  if (ctx.rng.chance(0.35)) scratchSheet(ctx, wb, AGENCIES);
  if (ctx.rng.chance(0.3)) staleSheet(ctx, wb, AGENCIES, (slot) => ctx.data.shown(slot));
}

// 1. One sheet per agency, years as columns, status answers in a "Hiện trạng" column or the 2025 column.
export function sheetPerAgency(ctx: CaseContext): BuiltFile[] {
  const { rng } = ctx;
  const fileName = rng.pick([
    "bao-cao-chi-tieu-cds-bao-chi.xlsx",
    "So lieu CDS bao chi 2025.xlsx",
    "BC_3414_tong_hop.xlsx",
  ]);
  const wb = newWorkbook();
  const cfg = pickGrid(ctx, unionYears(ctx.data));
  const omitGaps = rng.chance(0.5);
  for (const unit of unitsOf(ctx)) {
    const ucfg = unit === PROVINCE ? provinceCfg(cfg) : cfg;
    const cols = gridCols(ucfg);
    const name = unit === PROVINCE ? rng.pick(["Toàn tỉnh", "Vùng sâu, vùng xa"]) : ctx.agency(unit, "sheet");
    const ws = addSheet(wb, sheetName(wb, name), gridWidths(ucfg));
    masthead(ctx, ws, unit, cols.last);
    title(
      ctx,
      ws,
      4,
      cols.last,
      "Số liệu thực hiện các chỉ tiêu chuyển đổi số báo chí",
      "(Kèm theo Báo cáo ngày 20/11/2025)",
    );
    const first = gridHeader(ctx, ws, 7, ucfg, cols);
    const list = unit === PROVINCE ? provinceItems(ctx, { omitGaps }) : items(ctx, unit, { omitGaps });
    const end = gridBody(ctx, ws, fileName, unit, first, ucfg, cols, list);
    signature(ctx, ws, end + 1, cols.last);
  }
  commonTraps(ctx, wb);
  return [{ fileName, workbook: wb }];
}

// 2. One sheet, agencies as columns; the year is in the row label ("… năm 2022") or a "- Năm 2022" sub-row.
export function agenciesAsColumns(ctx: CaseContext): BuiltFile[] {
  const { rng, data } = ctx;
  const fileName = rng.pick([
    "tong-hop-co-quan-bao-chi.xlsx",
    "TH so lieu 3 co quan bao chi.xlsx",
    "Tong hop CDS.xlsx",
  ]);
  const wb = newWorkbook();
  const khTh = rng.chance(0.35);
  const subRows = rng.chance(0.4);
  const unitInLabel = rng.chance(0.35);
  const planWord = rng.pick(PLAN_HEADERS);
  const agencies = rng.chance(0.2) ? rng.shuffle(AGENCIES) : [...AGENCIES];
  const cols = new Map<UnitId, { th: number; kh?: number }>();
  let c = 4;
  for (const unit of agencies) {
    if (khTh) {
      const planFirst = rng.chance(0.7);
      const kh = planFirst ? c : c + 1;
      cols.set(unit, { th: planFirst ? c + 1 : c, kh });
      c += 2;
    } else cols.set(unit, { th: c++ });
  }
  const sumCol = rng.chance(0.4) ? c++ : undefined;
  const provCol = data.province ? c++ : undefined;
  const notesCol = c;
  const ws = addSheet(wb, sheetName(wb, rng.pick(["Tổng hợp", "TH chỉ tiêu", "Sheet1", "Bieu tong hop"])), [
    6,
    54,
    10,
    ...Array<number>(notesCol - 4).fill(13),
    22,
  ]);
  masthead(ctx, ws, PROVINCE, notesCol);
  title(
    ctx,
    ws,
    4,
    notesCol,
    "Tổng hợp số liệu chỉ tiêu chuyển đổi số các cơ quan báo chí tỉnh",
    "(Thực hiện Kế hoạch số 3414/KH-UBND ngày 08/9/2023 của UBND tỉnh)",
  );
  const top = 6;
  const head = { bold: true, align: "center" as const, wrap: true };
  const tall = (col: number, text: string) =>
    ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, top + 1)}`, text, "text", head);
  tall(1, "STT");
  tall(2, rng.pick(["Chỉ tiêu", "Nội dung"]));
  tall(3, "ĐVT");
  for (const unit of agencies) {
    const at = cols.get(unit);
    if (!at) continue;
    if (at.kh === undefined) tall(at.th, ctx.agency(unit));
    else {
      const [a, b] = [Math.min(at.th, at.kh), Math.max(at.th, at.kh)];
      ctx.writeMerged(ws, `${ref(a, top)}:${ref(b, top)}`, ctx.agency(unit), "text", head);
      ctx.write(ws, ref(at.kh, top + 1), planWord, "text", head);
      ctx.write(ws, ref(at.th, top + 1), rng.pick(["TH", "Thực hiện", "Ước TH"]), "text", head);
    }
  }
  if (sumCol !== undefined) tall(sumCol, rng.pick(["Cộng", "Tổng cộng", "Tổng"]));
  if (provCol !== undefined) tall(provCol, ctx.agency(PROVINCE));
  tall(notesCol, "Ghi chú");

  const list = items(ctx, MAGAZINE, { decoyChance: 0.4 });
  if (data.province) list.push(...provinceItems(ctx));
  const numbering = pickNumbering(ctx);
  const numbers = numberItems(list, numbering);
  let row = top + 2;
  const line = (stt: string | number, text: string, bold = false) => {
    if (stt !== "") put(ws, `A${row}`, stt, { align: "center", bold });
    ctx.write(ws, `B${row}`, text, bold ? "upper" : "label", { bold, wrap: true });
  };
  const fill = (input: string, year: number | undefined, fromDecoy?: Parameters<typeof writeDecoy>[3]) => {
    const numbersHere: number[] = [];
    const provinceRow = statusInputsOf(PROVINCE).includes(input);
    const summable = kindOf(input) === "count" || kindOf(input) === "money";
    for (const unit of agencies) {
      const at = cols.get(unit);
      if (!at) continue;
      if (fromDecoy) {
        if (!provinceRow) writeDecoy(ctx, ws, ref(at.th, row), fromDecoy, unit, year);
        continue;
      }
      if (!isYearly(input) && !statusInputsOf(unit).includes(input)) continue;
      const slot = year === undefined ? { input, unit } : { input, unit, year };
      if (ctx.value(fileName, ws, ref(at.th, row), slot)) {
        const v = data.value(slot);
        if (typeof v === "number") numbersHere.push(v);
      }
      if (at.kh !== undefined && rng.chance(0.8)) writePlan(ctx, ws, ref(at.kh, row), slot);
    }
    if (sumCol !== undefined && summable && !fromDecoy && numbersHere.length > 1) {
      const total = Math.round(numbersHere.reduce((a, b) => a + b, 0) * 10) / 10;
      const ths = agencies.map((u) => ref(cols.get(u)?.th ?? 4, row));
      put(ws, ref(sumCol, row), { formula: ths.join("+"), result: total }, { numFmt: "#,##0" });
    }
    if (provCol !== undefined && provinceRow) {
      if (fromDecoy) writeDecoy(ctx, ws, ref(provCol, row), fromDecoy, PROVINCE);
      else ctx.value(fileName, ws, ref(provCol, row), { input, unit: PROVINCE });
    }
    if (rng.chance(0.15))
      ctx.write(ws, ref(notesCol, row), ctx.note(year), "text", { italic: true, wrap: true });
    row++;
  };
  list.forEach((it, i) => {
    const stt = numbers[i] ?? "";
    if (it.kind === "section") {
      line(stt, it.text, true);
      row++;
      return;
    }
    const input = it.kind === "input" ? it.input : it.decoy.near;
    const decoy = it.kind === "decoy" ? it.decoy : undefined;
    const measure = () => ctx.write(ws, `C${row}`, ctx.measure(input, decoy), "text", { align: "center" });
    if (!isYearly(input)) {
      line(stt, itemLabel(ctx, it, { unit: unitInLabel }));
      measure();
      return fill(input, undefined, decoy);
    }
    const years = data.years[input];
    if (subRows) {
      line(stt, itemLabel(ctx, it, { unit: unitInLabel }), true);
      measure();
      row++;
      for (const year of years) {
        line(numbering.sub, `Năm ${year}`);
        fill(input, year, decoy);
      }
    } else {
      for (const year of years) {
        const text = decoy
          ? `${itemLabel(ctx, it)} năm ${year}`
          : ctx.label(input, { year, unit: unitInLabel });
        line(year === years[0] ? stt : "", text);
        measure();
        fill(input, year, decoy);
      }
    }
  });
  grid(ws, top, 1, row - 1, notesCol);
  signature(ctx, ws, row + 1, notesCol);
  if (rng.chance(0.35)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName, workbook: wb }];
}

// 3. Statistical form: one "Biểu" per agency (the unit only in "Đơn vị báo cáo" when sheets are numbered).
export function statisticalForm(ctx: CaseContext): BuiltFile[] {
  const { rng } = ctx;
  const fileName = rng.pick([
    "bieu-mau-thong-ke-cds.xlsx",
    "Bieu 01 CDS bao chi.xlsx",
    "BM thong ke 2025.xlsx",
  ]);
  const wb = newWorkbook();
  const cfg: GridCfg = {
    ...pickGrid(ctx, unionYears(ctx.data)),
    stt: false,
    code: rng.chance(0.7),
    measure: true,
    letters: true,
    twoRow: true,
    actualHeader: rng.pick(["Thực hiện", "Số liệu thực hiện", "TH"]),
    yearHeader: (y) => `Năm ${y}`,
    notes: true,
    parts: rng.chance(0.6),
    plan: rng.chance(0.8) ? rng.pick(["Kế hoạch 2025", "KH năm 2025", "Mục tiêu 2025"]) : null,
    numbering: {
      section: "roman",
      item: rng.pick(["arabic", "dash"] as const),
      sub: rng.pick(["-", "a)", "+"] as const),
    },
  };
  const numbered = rng.chance(0.5);
  const omitGaps = rng.chance(0.4);
  unitsOf(ctx).forEach((unit, i) => {
    const ucfg = unit === PROVINCE ? provinceCfg({ ...cfg, letters: true }) : cfg;
    const cols = gridCols(ucfg);
    const code = unit === PROVINCE ? "02/CĐS-BC" : "01/CĐS-BC";
    const name = numbered
      ? `Biểu ${code.slice(0, 2)} (${i + 1})`
      : `Biểu ${code.slice(0, 2)}-${rng.pick(SHORT_CODES[unit])}`;
    const ws = addSheet(wb, sheetName(wb, name), gridWidths(ucfg));
    const reporter = unit === PROVINCE ? "Sở Văn hóa, Thể thao và Du lịch" : ctx.agency(unit, "form");
    const first = gridHeader(
      ctx,
      ws,
      formHeader(ctx, ws, cols.last, { code, reporter, year: 2025 }),
      ucfg,
      cols,
    );
    const list = unit === PROVINCE ? provinceItems(ctx, { omitGaps }) : items(ctx, unit, { omitGaps });
    const end = gridBody(ctx, ws, fileName, unit, first, ucfg, cols, list);
    ctx.write(ws, `A${end + 1}`, "Ghi chú: Số liệu năm 2025 là số ước thực hiện đến 31/12/2025.", "text", {
      italic: true,
    });
    signature(ctx, ws, end + 2, cols.last);
    ws.views = [{ state: "frozen", xSplit: 1, ySplit: first - 1 }];
  });
  if (rng.chance(0.3)) staleSheet(ctx, wb, AGENCIES, (slot) => ctx.data.shown(slot));
  if (rng.chance(0.3)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName, workbook: wb }];
}

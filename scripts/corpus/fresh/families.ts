/**
 * Layout families only the fresh split has: an annual statistical report (numbered sections, "a), b)" items,
 * several year columns, a comparison and a "Ghi chú" column), agency blocks side by side under merged headers,
 * and a questionnaire ("Câu 1. …" with the answer beside it, one sub-row per year).
 */
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import type { CaseContext } from "../context";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, YEARLY, type UnitId } from "../model";
import { masthead, sheetName, signature, title, unionYears, type BuiltFile } from "../sheets";
import { writePlan } from "../traps";
import { freshDecoyLabel, freshItems, writeFreshDecoy, type FreshItem } from "./rows";

function unitsOf(ctx: CaseContext): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

function labelOf(ctx: CaseContext, it: FreshItem, unitInLabel: boolean): string {
  if (it.kind === "section") return it.text;
  if (it.kind === "decoy") return freshDecoyLabel(ctx, it.decoy);
  return ctx.label(it.input, { unit: unitInLabel });
}

// A. The annual statistical report: a sheet per unit, "1." sections, "a)" items, a column per year.
export function annualReport(ctx: CaseContext): BuiltFile[] {
  const { rng } = ctx;
  const fileName = rng.pick([
    "Bao cao thong ke nam 2025.xlsx",
    "BCTK_2025_bao_chi.xlsx",
    "Thống kê năm 2025.xlsx",
  ]);
  const wb = newWorkbook();
  const all = unionYears(ctx.data);
  const extra = rng.chance(0.4) ? [all[0] === 2020 ? 2019 : (all[0] ?? 2025) - 1] : [];
  const compare = rng.chance(0.5);
  const measureCol = rng.chance(0.6);
  const twoRow = rng.chance(0.5);
  const yearHead = rng.pick([
    (y: number) => `Năm ${y}`,
    (y: number) => `${y}`,
    (y: number) => `Số liệu ${y}`,
  ]);
  for (const [index, unit] of unitsOf(ctx).entries()) {
    const province = unit === PROVINCE;
    const years = province ? [2025] : [...extra, ...all];
    let c = 1;
    const cols = {
      stt: c++,
      label: c++,
      measure: measureCol ? c++ : undefined,
      years: new Map(years.map((y) => [y, c++] as const)),
      compare: compare && !province ? c++ : undefined,
      notes: c++,
    };
    const last = cols.notes;
    const list = freshItems(ctx, unit, { yearly: !province });
    if (!list.some((it) => it.kind === "input")) continue;
    const name = rng.chance(0.5) ? `Biểu ${String(index + 1).padStart(2, "0")}` : ctx.agency(unit, "sheet");
    const widths = Array.from({ length: last }, (_, i) =>
      i + 1 === cols.label ? 56 : i + 1 === last ? 26 : 12,
    );
    const ws = addSheet(wb, sheetName(wb, name), widths);
    masthead(ctx, ws, unit, last);
    title(
      ctx,
      ws,
      4,
      last,
      "Báo cáo thống kê năm 2025 về chuyển đổi số báo chí",
      "(Số liệu phục vụ sơ kết thực hiện Kế hoạch số 3414/KH-UBND ngày 08/9/2023 của UBND tỉnh)",
    );
    const top = 7;
    const bottom = twoRow ? top + 1 : top;
    const head = { bold: true, align: "center" as const, wrap: true };
    const tall = (col: number | undefined, text: string) => {
      if (col === undefined) return;
      if (twoRow) ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, bottom)}`, text, "text", head);
      else ctx.write(ws, ref(col, top), text, "text", head);
    };
    tall(cols.stt, "TT");
    tall(cols.label, rng.pick(["Chỉ tiêu thống kê", "Nội dung", "Danh mục chỉ tiêu"]));
    tall(cols.measure, "Đơn vị tính");
    const ycols = [...cols.years.values()];
    if (twoRow && ycols.length > 1) {
      const range = `${ref(Math.min(...ycols), top)}:${ref(Math.max(...ycols), top)}`;
      ctx.writeMerged(ws, range, "Số liệu thực hiện qua các năm", "text", head);
    }
    for (const [y, col] of cols.years) {
      if (twoRow && ycols.length > 1) ctx.write(ws, ref(col, bottom), yearHead(y), "text", head);
      else tall(col, yearHead(y));
    }
    tall(cols.compare, "So sánh 2025/2024 (%)");
    tall(cols.notes, "Ghi chú");
    let row = bottom + 1;
    let section = 0;
    let sub = 0;
    for (const it of list) {
      const text = labelOf(ctx, it, !measureCol);
      if (it.kind === "section") {
        section++;
        sub = 0;
        put(ws, ref(cols.stt, row), section, { bold: true, align: "center" });
        ctx.write(ws, ref(cols.label, row), text, "label", { bold: true });
        row++;
        continue;
      }
      sub++;
      put(ws, ref(cols.stt, row), `${"abcdefgh"[sub - 1] ?? "x"})`, { align: "center" });
      ctx.write(ws, ref(cols.label, row), text, "label", { wrap: true });
      const input = it.kind === "input" ? it.input : it.decoy.near;
      if (cols.measure !== undefined)
        ctx.write(
          ws,
          ref(cols.measure, row),
          ctx.measure(input, it.kind === "decoy" ? it.decoy : undefined),
          "text",
          {
            align: "center",
          },
        );
      const shownYears = isYearly(input)
        ? [...cols.years].filter(([y]) => ctx.data.years[input].includes(y))
        : [];
      if (it.kind === "decoy") {
        if (isYearly(input))
          for (const [y, col] of shownYears) writeFreshDecoy(ctx, ws, ref(col, row), it.decoy, unit, y);
        else writeFreshDecoy(ctx, ws, ref(cols.years.get(2025) ?? cols.notes, row), it.decoy, unit);
        row++;
        continue;
      }
      if (isYearly(input)) {
        for (const [year, col] of shownYears) ctx.value(fileName, ws, ref(col, row), { input, unit, year });
        const a = ctx.data.value({ input, unit, year: 2025 });
        const b = ctx.data.value({ input, unit, year: 2024 });
        const both =
          ctx.data.shown({ input, unit, year: 2025 }) && ctx.data.shown({ input, unit, year: 2024 });
        if (cols.compare !== undefined && both && typeof a === "number" && typeof b === "number" && b > 0)
          put(ws, ref(cols.compare, row), Math.round((a / b) * 1000) / 10, { numFmt: "0.0" });
      } else {
        ctx.value(fileName, ws, ref(cols.years.get(2025) ?? cols.notes, row), { input, unit });
      }
      if (rng.chance(0.3))
        ctx.write(ws, ref(cols.notes, row), ctx.note(), "text", { italic: true, wrap: true });
      row++;
    }
    grid(ws, top, 1, row - 1, last);
    signature(ctx, ws, row + 1, last);
  }
  return [{ fileName, workbook: wb }];
}

// B. Agency blocks side by side: one sheet, rows are the indicators, each agency a block of columns under a merged
// header ("Thực hiện" over its years, sometimes a "KH 2025" column), the province a block of its own.
export function sideBySide(ctx: CaseContext): BuiltFile[] {
  const { rng } = ctx;
  const fileName = rng.pick([
    "Tong hop 3 co quan bao chi.xlsx",
    "TH_chi_tieu_CDS_2025.xlsx",
    "Biểu tổng hợp.xlsx",
  ]);
  const wb = newWorkbook();
  const union = unionYears(ctx.data);
  const years = union.slice(-rng.int(2, 3));
  const withPlan = rng.chance(0.6);
  const planFirst = rng.chance(0.4);
  const unitInLabel = rng.chance(0.5);
  const units = unitsOf(ctx);
  // Rows: every input any unit reports, once.
  const inputs = [...new Set(units.flatMap(inputsOf))];
  let c = 1;
  const labelCol = c++;
  const measureCol = unitInLabel ? undefined : c++;
  type Block = { unit: UnitId; plan?: number; years: Map<number, number>; first: number; last: number };
  const blocks: Block[] = units.map((unit) => {
    const first = c;
    const ys = unit === PROVINCE ? [2025] : years;
    const plan0 = withPlan && planFirst && unit !== PROVINCE ? c++ : undefined;
    const map = new Map(ys.map((y) => [y, c++] as const));
    const plan = plan0 ?? (withPlan && unit !== PROVINCE ? c++ : undefined);
    return { unit, plan, years: map, first, last: c - 1 };
  });
  const last = c - 1;
  const ws = addSheet(
    wb,
    rng.pick(["Tổng hợp", "TH 3 đơn vị", "Bieu TH"]),
    Array.from({ length: last }, (_, i) => (i + 1 === labelCol ? 50 : 11)),
  );
  masthead(ctx, ws, null, last);
  title(
    ctx,
    ws,
    4,
    last,
    "Tổng hợp số liệu chuyển đổi số của các cơ quan báo chí tỉnh",
    "(Đến ngày 20/11/2025)",
  );
  const top = 7;
  const head = { bold: true, align: "center" as const, wrap: true };
  ctx.writeMerged(ws, `${ref(labelCol, top)}:${ref(labelCol, top + 2)}`, "Chỉ tiêu", "text", head);
  if (measureCol !== undefined)
    ctx.writeMerged(ws, `${ref(measureCol, top)}:${ref(measureCol, top + 2)}`, "ĐVT", "text", head);
  for (const b of blocks) {
    const name = ctx.agency(b.unit, "block");
    if (b.last > b.first) ctx.writeMerged(ws, `${ref(b.first, top)}:${ref(b.last, top)}`, name, "text", head);
    else ctx.write(ws, ref(b.first, top), name, "text", head);
    const ycols = [...b.years.values()];
    const y0 = Math.min(...ycols);
    const y1 = Math.max(...ycols);
    if (y1 > y0) ctx.writeMerged(ws, `${ref(y0, top + 1)}:${ref(y1, top + 1)}`, "Thực hiện", "text", head);
    else ctx.write(ws, ref(y0, top + 1), "Thực hiện", "text", head);
    for (const [y, col] of b.years)
      ctx.write(ws, ref(col, top + 2), b.unit === PROVINCE ? `Năm ${y}` : String(y), "text", head);
    if (b.plan !== undefined)
      ctx.writeMerged(
        ws,
        `${ref(b.plan, top + 1)}:${ref(b.plan, top + 2)}`,
        rng.pick(["KH 2025", "Kế hoạch năm 2025"]),
        "text",
        head,
      );
  }
  let row = top + 3;
  for (const it of freshItems(ctx, null, { inputs, decoyChance: 0.5 })) {
    if (it.kind === "section") {
      ctx.write(ws, ref(labelCol, row), it.text, "upper", { bold: true });
      row++;
      continue;
    }
    ctx.write(ws, ref(labelCol, row), labelOf(ctx, it, unitInLabel), "label", { wrap: true });
    const input = it.kind === "input" ? it.input : it.decoy.near;
    if (measureCol !== undefined)
      ctx.write(
        ws,
        ref(measureCol, row),
        ctx.measure(input, it.kind === "decoy" ? it.decoy : undefined),
        "text",
        {
          align: "center",
        },
      );
    for (const b of blocks) {
      if (!inputsOf(b.unit).includes(input)) continue;
      if (isYearly(input)) {
        for (const [year, col] of b.years) {
          if (!ctx.data.years[input].includes(year)) continue;
          if (it.kind === "decoy") writeFreshDecoy(ctx, ws, ref(col, row), it.decoy, b.unit, year);
          else ctx.value(fileName, ws, ref(col, row), { input, unit: b.unit, year });
        }
      } else {
        const col = b.years.get(2025) ?? b.last;
        if (it.kind === "decoy") writeFreshDecoy(ctx, ws, ref(col, row), it.decoy, b.unit);
        else ctx.value(fileName, ws, ref(col, row), { input, unit: b.unit });
      }
      if (b.plan !== undefined && it.kind === "input" && rng.chance(0.8))
        writePlan(
          ctx,
          ws,
          ref(b.plan, row),
          isYearly(input) ? { input, unit: b.unit, year: 2025 } : { input, unit: b.unit },
        );
    }
    row++;
  }
  grid(ws, top, 1, row - 1, last);
  ws.views = [{ state: "frozen", xSplit: labelCol, ySplit: top + 2 }];
  signature(ctx, ws, row + 1, last);
  return [{ fileName, workbook: wb }];
}

function inputsOf(unit: UnitId): string[] {
  return unit === PROVINCE ? statusInputsOf(unit) : [...YEARLY, ...statusInputsOf(unit)];
}

// C. A questionnaire: "Câu n." questions in column B, the answer in C, one "- Năm 2023:" sub-row per year.
export function questionnaire(ctx: CaseContext): BuiltFile[] {
  const { rng } = ctx;
  const fileName = rng.pick([
    "Phieu khao sat CDS bao chi.xlsx",
    "Phiếu thu thập thông tin 2025.xlsx",
    "PKS_2025.xlsx",
  ]);
  const wb = newWorkbook();
  const answerHead = rng.pick(["Trả lời", "Thông tin, số liệu", "Kết quả"]);
  for (const unit of unitsOf(ctx)) {
    const ws = addSheet(wb, sheetName(wb, ctx.agency(unit, "sheet")), [8, 64, 18, 28]);
    ctx.writeMerged(ws, "A1:D1", "Phiếu thu thập thông tin về chuyển đổi số báo chí năm 2025", "upper", {
      bold: true,
    });
    const who = unit === PROVINCE ? "Sở Văn hóa, Thể thao và Du lịch (tổng hợp chung)" : ctx.agency(unit);
    ctx.writeMerged(ws, "A2:D2", `Tên đơn vị cung cấp thông tin: ${who}`, "text", { align: "left" });
    ["Câu", "Nội dung câu hỏi", answerHead, "Ghi chú"].forEach((t, i) =>
      ctx.write(ws, ref(i + 1, 4), t, "text", { bold: true, align: "center", wrap: true }),
    );
    let row = 5;
    let q = 0;
    const list = freshItems(ctx, unit, { yearly: unit !== PROVINCE, decoyChance: 0.5 });
    for (const it of list) {
      if (it.kind === "section") continue;
      q++;
      const input = it.kind === "input" ? it.input : it.decoy.near;
      const text =
        it.kind === "input" ? ctx.label(input, { unit: rng.chance(0.5) }) : freshDecoyLabel(ctx, it.decoy);
      const question = `${text}${isYearly(input) ? ":" : "?"}`;
      put(ws, `A${row}`, `Câu ${q}`, { align: "center" });
      ctx.write(ws, `B${row}`, question, "label", { wrap: true });
      if (!isYearly(input)) {
        if (it.kind === "decoy") writeFreshDecoy(ctx, ws, `C${row}`, it.decoy, unit);
        else ctx.value(fileName, ws, `C${row}`, { input, unit });
        if (rng.chance(0.2)) ctx.write(ws, `D${row}`, ctx.note(), "text", { italic: true, wrap: true });
        row++;
        continue;
      }
      row++;
      for (const year of ctx.data.years[input]) {
        ctx.write(ws, `B${row}`, rng.chance(0.5) ? `- Năm ${year}:` : `+ ${year}`, "text");
        if (it.kind === "decoy") writeFreshDecoy(ctx, ws, `C${row}`, it.decoy, unit, year);
        else ctx.value(fileName, ws, `C${row}`, { input, unit, year });
        row++;
      }
    }
    grid(ws, 4, 1, row - 1, 4);
    signature(ctx, ws, row + 1, 4);
  }
  return [{ fileName, workbook: wb }];
}

export type FreshFamilyBuild = (ctx: CaseContext) => BuiltFile[];

export const NEW_FAMILIES: ReadonlyArray<{ name: string; build: FreshFamilyBuild }> = [
  { name: "fresh-annual-report", build: annualReport },
  { name: "fresh-side-by-side", build: sideBySide },
  { name: "fresh-questionnaire", build: questionnaire },
];

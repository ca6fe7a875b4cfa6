/**
 * b11-finance-settlement: each agency's report on its revenue and spending, one workbook per agency. Lettered
 * sections (A income, B spending, C balance) with Roman and Arabic sub-items and codes; the budget estimate
 * first, then the settled years, last year's actual and this year's estimate, and a comparison in percent. The
 * revenue line is the truth (typed, or a SUM over its sources when that is the only place); its sources, the
 * state budget allocation, spending and the balance are not. Under it, a small staff-and-autonomy table with last
 * year beside this year and the staff quota above the head count. A sheet of ten-month figures, mostly hidden.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { slotOf } from "../model";
import { MAGAZINE, roundTarget, type UnitId } from "../model";
import { masthead, sheetName, signature, type BuiltFile } from "../sheets";
import type { Blind11Context } from "./context";
import { agencyOrder, frame, headCell, titleBlock } from "./kit";
import { B11_DECOYS, B11_FINANCE } from "./wordings";

const ROMAN = ["I", "II", "III", "IV"];

/** Shares of the sources in the total: each integer but the last, which takes the rest. */
function split(total: number, shares: readonly number[]): number[] {
  const out = shares.slice(0, -1).map((s) => Math.round(total * s));
  const rest = total - out.reduce((a, b) => a + b, 0);
  return [...out, Math.round(rest * 10) / 10];
}

function sharesFor(ctx: Blind11Context, count: number): number[] {
  const raw = Array.from({ length: count }, (_, i) => (i === count - 1 ? 0.4 : 1 + ctx.rng.next() * 2));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}

function yearHeader(y: number): string {
  const h = B11_FINANCE.actualHeaders;
  return (y === 2025 ? h.now : y === 2024 ? h.last : h.past).replace("{y}", String(y));
}

function agencyBook(ctx: Blind11Context, unit: UnitId): BuiltFile {
  const { rng } = ctx;
  const wb = newWorkbook();
  const slug = ctx.slug(unit);
  const file = ctx.choose("finance-file", B11_FINANCE.files).replace("{slug}", slug);
  const all = rng.pick([
    [2024, 2025],
    [2023, 2024, 2025],
    [2022, 2023, 2024, 2025],
  ]);
  const years = all.filter((y) => ctx.data.years.revenue.includes(y) || y >= 2024);
  // Columns: STT, content, code, budget, years…, comparison, notes.
  const C = { stt: 1, label: 2, code: 3, budget: 4, year0: 5 };
  const compare = C.year0 + years.length;
  const notes = compare + 1;
  const last = notes;
  const ws = addSheet(wb, sheetName(wb, rng.pick(["Thu chi 2025", "Biểu 02", "TC_2025"])), [
    6,
    50,
    8,
    13,
    ...years.map(() => 13),
    13,
    22,
  ]);
  masthead(ctx, ws, unit, last);
  titleBlock(ctx, ws, last, B11_FINANCE);
  ctx.writeMerged(ws, `${ref(last - 2, 6)}:${ref(last, 6)}`, rng.pick(B11_FINANCE.moneyLine), "text", {
    italic: true,
    align: "right",
  });
  const head = 7;
  headCell(ctx, ws, C.stt, head, head, "STT");
  headCell(ctx, ws, C.label, head, head, rng.pick(B11_FINANCE.contentHeader));
  headCell(ctx, ws, C.code, head, head, rng.pick(B11_FINANCE.codeHeader));
  headCell(ctx, ws, C.budget, head, head, rng.pick(B11_FINANCE.budgetHeaders).replace("{y}", "2025"));
  years.forEach((y, i) => headCell(ctx, ws, C.year0 + i, head, head, yearHeader(y)));
  const prev = years[years.length - 2] ?? 2024;
  headCell(
    ctx,
    ws,
    compare,
    head,
    head,
    rng.pick(B11_FINANCE.compareHeaders).replace("{y}", "2025").replace("{x}", String(prev)),
  );
  headCell(ctx, ws, notes, head, head, "Ghi chú");
  ws.getRow(head).height = 45;
  let row = head + 1;
  if (rng.chance(0.5)) {
    ["A", "B", "C"].forEach((t, i) => put(ws, ref(i + 1, row), t, { italic: true, align: "center" }));
    for (let c = C.budget; c <= compare; c++)
      put(ws, ref(c, row), c - C.budget + 1, { italic: true, align: "center" });
    row++;
  }

  let code = 0;
  const nextCode = () => String(++code).padStart(2, "0");
  const section = (letter: string, text: string) => {
    put(ws, ref(C.stt, row), letter, { bold: true, align: "center" });
    ctx.write(ws, ref(C.label, row), text, "upper", { bold: true });
    row++;
  };
  const revenueOf = (y: number) => ctx.figure(slotOf("revenue", unit, y)) ?? 0;
  const shown = (y: number) => ctx.data.shown(slotOf("revenue", unit, y));
  /** A line that is not truth: a figure per year (`of`), its budget and comparison. */
  const line = (stt: string, text: string, of: (y: number) => number | undefined, bold = false) => {
    put(ws, ref(C.stt, row), stt, { align: "center", bold });
    ctx.write(ws, ref(C.label, row), text, "label", { bold, wrap: true });
    put(ws, ref(C.code, row), nextCode(), { align: "center" });
    const base = of(prev);
    if (base !== undefined) put(ws, ref(C.budget, row), roundTarget(base), { numFmt: "#,##0", bold });
    years.forEach((y, i) => {
      const v = of(y);
      if (v !== undefined) ctx.number(ws, ref(C.year0 + i, row), v, { bold });
    });
    const [a, b] = [of(prev), of(2025)];
    if (a && b) ctx.computed(ws, ref(compare, row), (b / a) * 100);
    row++;
  };

  section("A", B11_FINANCE.sections.income);
  const parts = B11_FINANCE.incomeParts[unit] ?? [];
  const shares = sharesFor(ctx, parts.length);
  const formula = rng.chance(0.35);
  const totalRow = row;
  put(ws, ref(C.stt, row), ROMAN[0] ?? "I", { align: "center", bold: true });
  ctx.write(
    ws,
    ref(C.label, row),
    ctx.label("revenue", { key: "finance", unit: rng.chance(0.25) }),
    "label",
    {
      bold: true,
      wrap: true,
    },
  );
  put(ws, ref(C.code, row), nextCode(), { align: "center" });
  put(ws, ref(C.budget, row), roundTarget(revenueOf(prev)), { numFmt: "#,##0", bold: true });
  years.forEach((y, i) => {
    const col = C.year0 + i;
    const sum = `SUM(${ref(col, totalRow + 1)}:${ref(col, totalRow + parts.length)})`;
    ctx.value(file, ws, ref(col, row), slotOf("revenue", unit, y), formula ? { formula: sum } : {});
  });
  if (shown(prev) && shown(2025))
    ctx.computed(ws, ref(compare, row), (revenueOf(2025) / revenueOf(prev)) * 100);
  if (rng.chance(0.3)) ctx.write(ws, ref(notes, row), ctx.note(), "text", { italic: true, wrap: true });
  row++;
  parts.forEach((text, k) => {
    line(String(k + 1), text, (y) => (shown(y) ? split(revenueOf(y), shares)[k] : undefined));
  });
  const stateShare = unit === "tap-chi-van-nghe-lai-chau" ? 2.5 + rng.next() : 0.55 + rng.next() * 0.35;
  const state = (y: number) => Math.round(revenueOf(y) * stateShare);
  const stateRow = B11_DECOYS.find((d) => d.near === "revenue" && d.scale[0] > 0.5);
  line(ROMAN[1] ?? "II", stateRow ? ctx.decoyLabel(stateRow, "finance") : "", state, true);
  section("B", B11_FINANCE.sections.spending);
  const spend = (y: number) => Math.round((revenueOf(y) + state(y)) * 0.96);
  line(ROMAN[0] ?? "I", rng.pick(B11_FINANCE.spendingTotal), spend, true);
  const spendShares = sharesFor(ctx, B11_FINANCE.spendingParts.length);
  B11_FINANCE.spendingParts.forEach((text, k) =>
    line(String(k + 1), text, (y) => split(spend(y), spendShares)[k]),
  );
  line("C", B11_FINANCE.sections.balance, (y) => Math.round(revenueOf(y) + state(y) - spend(y)), true);
  frame(ws, head, row - 1, last);

  row = staffTable(ctx, ws, file, unit, row + 1, prev);
  signature(ctx, ws, row + 1, last);
  partialSheet(ctx, wb, unit, parts, shares);
  return { fileName: file, workbook: wb };
}

/** The staff and autonomy table under the money; returns the next free row. */
function staffTable(
  ctx: Blind11Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  top: number,
  prev: number,
): number {
  const { rng } = ctx;
  ctx.write(ws, ref(2, top), `D. ${rng.pick(B11_FINANCE.staffTitle)}`, "upper", { bold: true });
  const head = top + 1;
  headCell(ctx, ws, 1, head, head, "STT");
  headCell(ctx, ws, 2, head, head, "Nội dung");
  headCell(ctx, ws, 3, head, head, "ĐVT");
  headCell(ctx, ws, 4, head, head, `Năm ${prev}`);
  headCell(ctx, ws, 5, head, head, "Năm 2025");
  let row = head + 1;
  const total = ctx.figure({ input: "staff_total", unit }) ?? 0;
  const quotaRow = B11_DECOYS.find((d) => d.near === "staff_total");
  const quota = quotaRow ? ctx.decoyValue(quotaRow, unit) : total + 3;
  put(ws, ref(1, row), 1, { align: "center" });
  ctx.write(ws, ref(2, row), quotaRow ? ctx.decoyLabel(quotaRow, "finance") : "", "label", { wrap: true });
  ctx.write(ws, ref(3, row), quotaRow?.measure ?? "", "text", { align: "center" });
  ctx.number(ws, ref(4, row), quota + rng.int(0, 2));
  ctx.number(ws, ref(5, row), Math.max(quota, total + 1));
  row++;
  ["staff_total", "staff_trained", "autonomous"].forEach((input, i) => {
    put(ws, ref(1, row), i + 2, { align: "center" });
    ctx.write(ws, ref(2, row), ctx.label(input, { key: "finance" }), "label", { wrap: true });
    ctx.write(ws, ref(3, row), ctx.measure(input), "text", { align: "center" });
    if (rng.chance(0.85)) ctx.other(ws, ref(4, row), input, ctx.lastYearAnswer(input, unit));
    ctx.value(file, ws, ref(5, row), { input, unit });
    row++;
  });
  frame(ws, head, row - 1, 5);
  return row;
}

/** Ten months of the year by source: part of the year, never the whole year's figure. */
function partialSheet(
  ctx: Blind11Context,
  wb: ExcelJS.Workbook,
  unit: UnitId,
  parts: readonly string[],
  shares: readonly number[],
): void {
  const { rng } = ctx;
  const ws = addSheet(wb, sheetName(wb, rng.pick(B11_FINANCE.hiddenSheets)), [44, 16]);
  if (rng.chance(0.75)) ws.state = "hidden";
  const period = ctx.partialPeriod(2025);
  ctx.write(ws, "B1", period.header, "text", { bold: true, align: "center" });
  const whole = ctx.figure(slotOf("revenue", unit, 2025)) ?? 0;
  const part = Math.round(whole * period.share);
  const pieces = split(part, shares);
  parts.forEach((text, k) => {
    ctx.write(ws, `A${k + 2}`, text, "label");
    ctx.number(ws, `B${k + 2}`, pieces[k] ?? 0);
  });
  ctx.write(ws, `A${parts.length + 2}`, "Cộng", "text", { bold: true });
  put(ws, `B${parts.length + 2}`, part, { numFmt: "#,##0", bold: true });
}

export function financeSettlement(ctx: Blind11Context): BuiltFile[] {
  const units = agencyOrder(ctx).filter((u) => u !== MAGAZINE || ctx.rng.chance(0.75));
  return units.map((u) => agencyBook(ctx, u));
}

/**
 * b12-finance-settlement: each agency's own statement of revenue and spending over several years, as its
 * accounting office keeps it (codes, settled years, this year's estimate, the approved budget estimate beside it),
 * with a short block of facts about the unit (autonomy, headcount) above the table.
 */
import type ExcelJS from "exceljs";
import { AGENCIES, slotOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind12Context } from "./context";
import {
  frame,
  headCell,
  headRow,
  hide,
  newWorkbook,
  numberOf,
  office,
  parts,
  put,
  ref,
  sheet,
  shown,
  signers,
  span,
  subtitle,
  title,
} from "./kit";
import { B12_DECOYS } from "./wordings";
import { B12_FINANCE } from "./texts";

export const FINANCE_SHEET = ["Thu chi", "Bieu TC", "Tai chinh 2025"] as const;

type Cols = { years: ReadonlyMap<number, number>; plan: number; ratio: number; notes: number; last: number };

function columns(ctx: Blind12Context, years: readonly number[]): Cols {
  const planFirst = ctx.rng.chance(0.4);
  const map = new Map<number, number>();
  let c = 4;
  for (const y of years) if (y < 2025) map.set(y, c++);
  let plan = 0;
  if (planFirst) plan = c++;
  map.set(2025, c++);
  if (!planFirst) plan = c++;
  const ratio = c++;
  const notes = c++;
  return { years: map, plan, ratio, notes, last: notes };
}

/** The info block: autonomy, headcount and near-miss staff figures; returns the next row. */
function infoBlock(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  row: number,
  last: number,
): number {
  span(ctx, ws, row, 1, last, ctx.pickText("fin-info", B12_FINANCE.info), "upper", { bold: true });
  const items = ctx.rng.shuffle([
    "autonomous",
    "staff_total",
    "approvedPosts",
    ...(ctx.rng.chance(0.5) ? ["pressCards"] : []),
  ]);
  let r = row + 1;
  items.forEach((item, i) => {
    put(ws, ref(1, r), i + 1, { align: "center" });
    if (item === "autonomous" || item === "staff_total") {
      const unitInLabel = item === "staff_total" && ctx.rng.chance(0.4);
      ctx.write(ws, ref(2, r), `${ctx.label(item, { unit: unitInLabel })}:`, "label");
      if (item === "staff_total" && !unitInLabel)
        ctx.write(ws, ref(3, r), ctx.measure(item), "text", { align: "center" });
      ctx.value(file, ws, ref(4, r), slotOf(item, unit));
    } else {
      const d = item === "approvedPosts" ? B12_DECOYS.approvedPosts : B12_DECOYS.pressCards;
      const row = ctx.decoyRow(d, unit, "fin");
      ctx.write(ws, ref(2, r), `${row.text}:`, "label");
      ctx.write(ws, ref(3, r), d.measure, "text", { align: "center" });
      ctx.number(ws, ref(4, r), row.value);
    }
    r++;
  });
  return r + 1;
}

function agencyFile(ctx: Blind12Context, unit: UnitId): BuiltFile {
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("fin-file", ["QT thu chi", "BC tai chinh", "Thu_chi_NS"])}_${ctx.slug(unit)}.xlsx`;
  const years = ctx.data.years.revenue;
  const cols = columns(ctx, years);
  const widths = Array.from({ length: cols.last }, (_, i) =>
    i === 0 ? 6 : i === 1 ? 50 : i === 2 ? 8 : i + 1 === cols.notes ? 22 : 13,
  );
  const ws = sheet(wb, ctx.choose("fin-sheet", FINANCE_SHEET), widths);
  office(ctx, ws, unit, cols.last);
  ctx.write(ws, ref(cols.last, 3), ctx.pickText("fin-form", B12_FINANCE.forms), "text", {
    italic: true,
    align: "right",
  });
  const first = years[0] ?? 2025;
  title(ctx, ws, 5, cols.last, `${ctx.pickText("fin-title", B12_FINANCE.titles)} ${first} - 2025`);
  const letter = `(Kèm theo Công văn số ${ctx.rng.int(120, 980)}/${ctx.slug(unit).toUpperCase()}-TCHC ngày ${ctx.rng.int(10, 20)}/11/2025 gửi cơ quan quản lý)`;
  subtitle(ctx, ws, 6, cols.last, letter);
  let row = infoBlock(ctx, ws, fileName, unit, 8, cols.last);

  span(ctx, ws, row, 1, cols.last - 2, ctx.pickText("fin-table", B12_FINANCE.table), "upper", { bold: true });
  span(ctx, ws, row, cols.last - 1, cols.last, ctx.pickText("fin-cur", B12_FINANCE.currency), "text", {
    italic: true,
    align: "right",
  });
  row++;
  const top = row;
  headRow(ctx, ws, top, 2, [
    [1, "STT"],
    [2, ctx.rng.pick(["Nội dung", "Chỉ tiêu thu, chi"])],
    [3, "Mã số"],
  ]);
  const past = [...cols.years].filter(([y]) => y < 2025);
  if (past.length > 1) {
    const from = Math.min(...past.map(([, c]) => c));
    const to = Math.max(...past.map(([, c]) => c));
    ctx.writeMerged(
      ws,
      `${ref(from, top)}:${ref(to, top)}`,
      ctx.pickText("fin-settled", B12_FINANCE.settled),
      "text",
      {
        bold: true,
      },
    );
  } else if (past.length === 1)
    ctx.write(ws, ref(past[0]?.[1] ?? 4, top), ctx.pickText("fin-settled", B12_FINANCE.settled), "text", {
      bold: true,
      align: "center",
    });
  for (const [y, c] of past)
    ctx.write(ws, ref(c, top + 1), `Năm ${y}`, "text", { bold: true, align: "center" });
  headCell(
    ctx,
    ws,
    cols.years.get(2025) ?? 4,
    top,
    2,
    ctx.pickText("fin-current", B12_FINANCE.current, { y: 2025 }),
  );
  headRow(ctx, ws, top, 2, [
    [cols.plan, ctx.planHeader(2025)],
    [cols.ratio, ctx.pickText("fin-ratio", B12_FINANCE.ratio)],
    [cols.notes, "Ghi chú"],
  ]);
  ws.getRow(top).height = 30;
  row = top + 2;

  const useFormulas = ctx.rng.chance(0.35);
  const code = (n: number) => String(n).padStart(2, "0");
  const totalRow = row;
  const budgetRow = row + 1;
  const revenueRow = row + 2;
  const partRows = [row + 3, row + 4, row + 5];
  const spendRow = row + 6;
  const balanceRow = row + 7;
  const labels: Array<[number, string, string, boolean]> = [
    [totalRow, "A", ctx.pickText("fin-total", B12_FINANCE.totalSources), true],
    [budgetRow, "I", ctx.decoyLabel(B12_DECOYS.budget, "fin"), false],
    [revenueRow, "II", ctx.label("revenue", { unit: ctx.rng.chance(0.3) }), false],
    [partRows[0] ?? 0, "1", ctx.decoyLabel(B12_DECOYS.adverts, "fin"), false],
    [partRows[1] ?? 0, "2", ctx.pickText("fin-part1", B12_FINANCE.parts.slice(0, 2)), false],
    [partRows[2] ?? 0, "3", B12_FINANCE.parts[2], false],
    [spendRow, "B", ctx.decoyLabel(B12_DECOYS.spending, "fin"), true],
    [balanceRow, "C", ctx.pickText("fin-balance", B12_FINANCE.balance), true],
  ];
  labels.forEach(([r, stt, text, bold], i) => {
    ctx.write(ws, ref(1, r), stt, "text", { align: "center", bold });
    ctx.write(ws, ref(2, r), text, bold ? "upper" : "label", {
      bold,
      italic: stt.length === 1 && /\d/.test(stt),
      wrap: true,
    });
    put(ws, ref(3, r), code(i + 1), { align: "center" });
  });

  // The province's grant keeps roughly the same share of the unit's means each year; spending eats most of both.
  const [lo, hi] = B12_DECOYS.budget.scale;
  const grant = lo + ctx.rng.next() * (hi - lo);
  const notEqual = (v: number, other: number) => (v === other ? v + 1 : v);
  let budget2025 = 0;
  for (const [year, c] of cols.years) {
    const revShown = shown(ctx, "revenue", unit, year);
    const revenue = numberOf(ctx, "revenue", unit, year) ?? 0;
    const budget = notEqual(Math.round(revenue * grant * (0.95 + ctx.rng.next() * 0.1)), revenue);
    const spend = notEqual(Math.round((budget + revenue) * (0.93 + ctx.rng.next() * 0.07)), revenue);
    if (year === 2025) budget2025 = budget;
    ctx.number(ws, ref(c, budgetRow), budget);
    ctx.number(ws, ref(c, spendRow), spend);
    const split = parts(ctx.rng, revenue, 3);
    const formula = useFormulas ? `SUM(${ref(c, partRows[0] ?? 0)}:${ref(c, partRows[2] ?? 0)})` : undefined;
    ctx.value(fileName, ws, ref(c, revenueRow), slotOf("revenue", unit, year), formula ? { formula } : {});
    if (!revShown) continue;
    partRows.forEach((r, i) => put(ws, ref(c, r), split[i] ?? 0, { numFmt: "#,##0" }));
    const total = Math.round((budget + revenue) * 10) / 10;
    put(
      ws,
      ref(c, totalRow),
      { formula: `${ref(c, budgetRow)}+${ref(c, revenueRow)}`, result: total },
      { numFmt: "#,##0", bold: true },
    );
    const balance = Math.round((total - spend) * 10) / 10;
    put(
      ws,
      ref(c, balanceRow),
      useFormulas ? { formula: `${ref(c, totalRow)}-${ref(c, spendRow)}`, result: balance } : balance,
      {
        numFmt: "#,##0;(#,##0)",
      },
    );
  }
  // The approved estimate for this year, and how far the estimate reaches it.
  const planRevenue = ctx.near("revenue", unit, 1.04, 1.22, 2025);
  ctx.number(ws, ref(cols.plan, revenueRow), planRevenue);
  ctx.number(ws, ref(cols.plan, budgetRow), Math.round(budget2025 * (0.97 + ctx.rng.next() * 0.06)));
  const now = numberOf(ctx, "revenue", unit, 2025);
  if (now !== undefined && shown(ctx, "revenue", unit, 2025))
    put(ws, ref(cols.ratio, revenueRow), Math.round((now / planRevenue) * 1000) / 1000, { numFmt: "0.0%" });
  if (ctx.rng.chance(0.4))
    ctx.write(ws, ref(cols.notes, revenueRow), ctx.note(), "text", { italic: true, wrap: true });
  frame(ws, top, balanceRow, cols.last);

  signers(ctx, ws, balanceRow + 2, cols.last, ["KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"]);

  if (ctx.rng.chance(0.5)) {
    const scratch = sheet(wb, ctx.pickText("fin-scratch", B12_FINANCE.scratch), [10, 14, 14, 14, 14]);
    hide(scratch);
    ["Năm", "Quý I", "Quý II", "Quý III", "Quý IV"].forEach((h, i) =>
      put(scratch, ref(i + 1, 1), h, { bold: true }),
    );
    [...cols.years.keys()].forEach((y, i) => {
      const v = numberOf(ctx, "revenue", unit, y) ?? 0;
      put(scratch, ref(1, i + 2), y);
      parts(ctx.rng, v, 4).forEach((q, j) => put(scratch, ref(j + 2, i + 2), q));
    });
  }
  return { fileName, workbook: wb };
}

/** One statement per agency. */
export function financeSettlement(ctx: Blind12Context): BuiltFile[] {
  return AGENCIES.map((u) => agencyFile(ctx, u));
}

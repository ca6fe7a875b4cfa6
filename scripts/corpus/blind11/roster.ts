/**
 * b11-staff-quality-table: the staff quantity-and-quality table each agency keeps (one sheet per agency), departments as
 * rows, and grouped columns: the head count, women / party members / ethnic minorities among them, degrees,
 * political theory, job titles and the digital-transformation training (trained, not yet). The agency's total row
 * (at the bottom, or right under the header) holds the head count and the trained count, typed or as SUM over
 * the departments; the departments, the other columns, the staff quota under the table and the summary sheet's
 * formula copies are not truth.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { MAGAZINE, type UnitId } from "../model";
import { masthead, sheetName, signature, SHORT_CODES, type BuiltFile } from "../sheets";
import type { Blind11Context } from "./context";
import { agencyOrder, frame, headCell, spanCell, titleBlock } from "./kit";
import { B11_DECOYS, B11_ROSTER } from "./wordings";

/** `total` split into `n` positive integers, roughly by random weights. */
function partition(ctx: Blind11Context, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => 0.5 + ctx.rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((total - n) * (w / sum)) + 1));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % n) {
    const cur = out[i] ?? 1;
    if (rest > 0) {
      out[i] = cur + 1;
      rest--;
    } else if (cur > 1) {
      out[i] = cur - 1;
      rest++;
    }
  }
  return out;
}

/** `total` spread over departments without exceeding each one's size. */
function within(ctx: Blind11Context, total: number, sizes: readonly number[]): number[] {
  const out = sizes.map(() => 0);
  let rest = Math.min(
    total,
    sizes.reduce((a, b) => a + b, 0),
  );
  while (rest > 0) {
    const i = ctx.rng.int(0, sizes.length - 1);
    if ((out[i] ?? 0) < (sizes[i] ?? 0)) {
      out[i] = (out[i] ?? 0) + 1;
      rest--;
    }
  }
  return out;
}

type Col = { key: string; text: string; group?: string };

type AgencySheet = { unit: UnitId; ws: ExcelJS.Worksheet; total?: string; trained?: string };

function agencySheet(ctx: Blind11Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): AgencySheet {
  const { rng } = ctx;
  const g = B11_ROSTER.groups;
  const c = B11_ROSTER.cols;
  const digital: Col[] = [
    { key: "trained", text: ctx.header("staff_trained", "roster"), group: g.digital },
    { key: "notYet", text: c.notYet, group: g.digital },
  ];
  const titles: Col[] = [
    { key: "reporter", text: c.reporter, group: g.title },
    { key: "editor", text: c.editor, group: g.title },
    { key: "other", text: c.other, group: g.title },
  ];
  const cols: Col[] = [
    { key: "stt", text: "STT" },
    { key: "dept", text: rng.pick(B11_ROSTER.deptHeader) },
    { key: "total", text: ctx.header("staff_total", "roster") },
    { key: "women", text: c.women, group: g.among },
    { key: "party", text: c.party, group: g.among },
    { key: "ethnic", text: c.ethnic, group: g.among },
    { key: "master", text: c.master, group: g.degree },
    { key: "bachelor", text: c.bachelor, group: g.degree },
    { key: "college", text: c.college, group: g.degree },
    ...(rng.chance(0.6)
      ? [
          { key: "senior", text: c.senior, group: g.politics },
          { key: "middle", text: c.middle, group: g.politics },
        ]
      : []),
    ...(rng.chance(0.5) ? [...digital, ...titles] : [...titles, ...digital]),
    { key: "notes", text: "Ghi chú" },
  ];
  const at = (key: string) => cols.findIndex((x) => x.key === key) + 1;
  const last = cols.length;
  const name = sheetName(wb, `${rng.pick(SHORT_CODES[unit])} - đội ngũ`);
  const ws = addSheet(
    wb,
    name,
    cols.map((x) => (x.key === "dept" ? 34 : x.key === "notes" ? 18 : x.key === "stt" ? 5 : 9)),
  );
  masthead(ctx, ws, unit, last);
  titleBlock(ctx, ws, last, B11_ROSTER, "roster");

  const top = 7;
  const bottom = 8;
  for (let i = 0; i < cols.length;) {
    const col = cols[i];
    if (!col) break;
    if (col.group === undefined) {
      headCell(ctx, ws, i + 1, top, bottom, col.text);
      i++;
      continue;
    }
    let j = i;
    while (cols[j + 1]?.group === col.group) j++;
    spanCell(ctx, ws, top, i + 1, j + 1, col.group);
    for (let k = i; k <= j; k++)
      ctx.write(ws, ref(k + 1, bottom), cols[k]?.text ?? "", "text", {
        bold: true,
        align: "center",
        wrap: true,
      });
    i = j + 1;
  }
  ws.getRow(bottom).height = 42;

  const depts = B11_ROSTER.departments[unit] ?? [];
  const n = ctx.figure({ input: "staff_total", unit }) ?? depts.length;
  const trainedAll = ctx.figure({ input: "staff_trained", unit }) ?? 0;
  const sizes = partition(ctx, n, depts.length);
  const notYet = within(ctx, n - trainedAll, sizes);
  const trained = sizes.map((s, i) => s - (notYet[i] ?? 0));
  const share = (p: number) =>
    sizes.map((s) => Math.min(s, Math.round(s * (p + (ctx.rng.next() - 0.5) * 0.2))));
  const bachelor = share(0.75);
  const master = sizes.map((s, i) => Math.min(s - (bachelor[i] ?? 0), Math.round(s * 0.1)));
  const reporter = share(0.42);
  const editor = sizes.map((s, i) => Math.min(s - (reporter[i] ?? 0), Math.round(s * 0.25)));
  const figures: Record<string, number[]> = {
    total: sizes,
    women: share(0.42),
    party: share(0.6),
    ethnic: share(0.28),
    master,
    bachelor,
    college: sizes.map((s, i) => s - (bachelor[i] ?? 0) - (master[i] ?? 0)),
    senior: share(0.08),
    middle: share(0.3),
    reporter,
    editor,
    other: sizes.map((s, i) => s - (reporter[i] ?? 0) - (editor[i] ?? 0)),
    trained,
    notYet,
  };
  const totalShown = ctx.data.shown({ input: "staff_total", unit });
  const trainedShown = ctx.data.shown({ input: "staff_trained", unit });
  const blank = (key: string) =>
    (key === "total" && !totalShown) || ((key === "trained" || key === "notYet") && !trainedShown);

  const totalFirst = rng.chance(0.4);
  const first = bottom + 1;
  const deptFirst = totalFirst ? first + 1 : first;
  const totalRow = totalFirst ? first : first + depts.length;
  const formulas = rng.chance(0.4);
  depts.forEach((d, i) => {
    const row = deptFirst + i;
    put(ws, ref(at("stt"), row), i + 1, { align: "center" });
    ctx.write(ws, ref(at("dept"), row), d, "text");
    for (const col of cols) {
      const values = figures[col.key];
      if (!values || blank(col.key)) continue;
      const v = values[i] ?? 0;
      if (v > 0 || rng.chance(0.5)) ctx.number(ws, ref(at(col.key), row), v);
    }
  });
  ctx.write(ws, ref(at("dept"), totalRow), rng.pick(B11_ROSTER.totalRow), "upper", { bold: true });
  const out: AgencySheet = { unit, ws };
  for (const col of cols) {
    const values = figures[col.key];
    if (!values || blank(col.key)) continue;
    const cell = ref(at(col.key), totalRow);
    const sum = `SUM(${ref(at(col.key), deptFirst)}:${ref(at(col.key), deptFirst + depts.length - 1)})`;
    if (col.key === "total" || col.key === "trained") {
      const input = col.key === "total" ? "staff_total" : "staff_trained";
      if (ctx.value(file, ws, cell, { input, unit }, formulas ? { formula: sum } : {})) {
        if (col.key === "total") out.total = cell;
        else out.trained = cell;
      }
      continue;
    }
    const result = values.reduce((a, b) => a + b, 0);
    if (formulas) put(ws, cell, { formula: sum, result }, { numFmt: "#,##0", bold: true });
    else put(ws, cell, result, { numFmt: "#,##0", bold: true });
  }
  const end = first + depts.length;
  frame(ws, top, end, last);
  let row = end + 2;
  const quotaRow = B11_DECOYS.find((d) => d.near === "staff_total");
  const quota = quotaRow ? ctx.decoyValue(quotaRow, unit) : n + 3;
  const quotaText =
    quotaRow && rng.chance(0.5) ? `${ctx.decoyLabel(quotaRow, "roster")}:` : rng.pick(B11_ROSTER.quotaLine);
  ctx.write(ws, ref(at("dept"), row), quotaText, "text", { italic: true });
  ctx.number(ws, ref(at("total"), row), Math.max(quota, n + 1));
  ctx.write(ws, ref(at("total") + 1, row), "người", "text");
  row++;
  const courses = B11_DECOYS.find((d) => d.near === "staff_trained");
  if (courses && rng.chance(0.7)) {
    ctx.write(ws, ref(at("dept"), row), `${ctx.decoyLabel(courses, "roster")}:`, "text", { italic: true });
    ctx.number(ws, ref(at("trained"), row), ctx.decoyValue(courses, unit));
    row++;
  }
  if (rng.chance(0.6)) {
    ctx.write(ws, ref(at("dept"), row), rng.pick(B11_ROSTER.contractLine), "text", { italic: true });
    ctx.number(ws, ref(at("total"), row), rng.int(2, 9));
    row++;
  }
  signature(ctx, ws, row + 1, last);
  return out;
}

/** The department's summary: each agency's totals copied by formula, the share trained, a grand total. */
function summarySheet(ctx: Blind11Context, wb: ExcelJS.Workbook, sheets: readonly AgencySheet[]): void {
  const { rng } = ctx;
  const ws = addSheet(wb, sheetName(wb, rng.pick(B11_ROSTER.summarySheet)), [6, 40, 18, 18, 14]);
  // The summary comes first in the workbook, before the agencies' sheets.
  (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = 0;
  ctx.write(ws, "A1", rng.pick(B11_ROSTER.summaryTitle), "upper", { bold: true });
  [
    "STT",
    "Cơ quan",
    ctx.header("staff_total", "summary"),
    ctx.header("staff_trained", "summary"),
    "Tỷ lệ (%)",
  ].forEach((t, i) => ctx.write(ws, ref(i + 1, 3), t, "text", { bold: true, align: "center", wrap: true }));
  let row = 4;
  const totals: number[] = [0, 0];
  sheets.forEach((s, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(s.unit, "summary"), "text");
    const pair = [
      [s.total, "staff_total"],
      [s.trained, "staff_trained"],
    ] as const;
    const got: number[] = [];
    pair.forEach(([cell, input], k) => {
      const at = ref(k + 3, row);
      if (cell === undefined) {
        put(ws, at, "-", { align: "center" });
        return;
      }
      const v = ctx.figure({ input, unit: s.unit }) ?? 0;
      got.push(v);
      totals[k] = (totals[k] ?? 0) + v;
      put(ws, at, { formula: `'${s.ws.name}'!${cell}`, result: v }, { numFmt: "#,##0" });
    });
    const [a, b] = got;
    if (got.length === 2 && a && b !== undefined) ctx.computed(ws, `E${row}`, (b / a) * 100);
    row++;
  });
  ctx.write(ws, `B${row}`, rng.pick(B11_ROSTER.totalRow), "upper", { bold: true });
  put(
    ws,
    `C${row}`,
    { formula: `SUM(C4:C${row - 1})`, result: totals[0] ?? 0 },
    { numFmt: "#,##0", bold: true },
  );
  put(
    ws,
    `D${row}`,
    { formula: `SUM(D4:D${row - 1})`, result: totals[1] ?? 0 },
    { numFmt: "#,##0", bold: true },
  );
  frame(ws, 3, row, 5);
}

export function staffRoster(ctx: Blind11Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.rng.pick(B11_ROSTER.files);
  const units = agencyOrder(ctx).filter((u) => u !== MAGAZINE || ctx.rng.chance(0.8));
  const sheets = units.map((u) => agencySheet(ctx, wb, file, u));
  if (ctx.rng.chance(0.6)) summarySheet(ctx, wb, sheets);
  return [{ fileName: file, workbook: wb }];
}

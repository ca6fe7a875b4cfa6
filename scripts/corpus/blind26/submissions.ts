/**
 * "b26-reporting-system-submissions": an export of the provincial reporting system, one row per submission of a
 * report (agency, period, time sent, status) and a column per figure. An agency may have sent a part-of-year report
 * and one or two annual ones returned for correction (older figures) before the approved annual one: only the
 * approved annual row holds the truth. A column of all works (a near-miss) beside the political works; the
 * department's own rows with the province's remote-area figures in some. Rows in the order they were sent; a hidden
 * parameters sheet listing the fields.
 */
import type ExcelJS from "exceljs";
import { ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind26Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, sheet, slotOf, someAnswer } from "./kit";
import { B26_SUBMISSIONS as T } from "./texts";
import { B26_DECOYS as D } from "./wordings";

type Column = { slot: (unit: UnitId) => Slot | null; head: string; input: string; decoy?: boolean };
type Submission = { unit: UnitId; when: string; kind: "partial" | "returned" | "approved" };

export function systemSubmissions(ctx: Blind26Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files)}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [
    6,
    14,
    28,
    22,
    17,
    22,
    ...Array<number>(12).fill(13),
  ]);
  const columns: Column[] = [];
  const has = (u: UnitId, input: string) => AGENCIES.includes(u) && statusInputsOf(u).includes(input);
  for (const input of ["political_articles", "revenue"] as const)
    for (const year of ctx.rng.chance(0.5) ? [2025, 2024] : [2024, 2025])
      columns.push({
        slot: (u) => (AGENCIES.includes(u) ? slotOf(input, u, year) : null),
        head: ctx.pickText(`yh|${input}`, T.yearlyHeads, { y: year, n: ctx.header(input, "sys") }),
        input,
      });
  const all = columns.length;
  for (const input of ["staff_total", "staff_trained", "digital_platforms", "ai_data_platform"])
    columns.push({
      slot: (u) => (has(u, input) ? slotOf(input, u) : null),
      head: ctx.header(input, "sys"),
      input,
    });
  for (const input of ["converged_newsroom", "autonomous", "security_level", "licensed"])
    columns.push({
      slot: (u) => (has(u, input) ? slotOf(input, u) : null),
      head: ctx.header(input, "sys"),
      input,
    });
  const province = ctx.data.province || ctx.rng.chance(0.4);
  if (province)
    for (const input of ["remote_population_total", "remote_population_reached"])
      columns.push({
        slot: (u) => (u === PROVINCE ? slotOf(input, u) : null),
        head: ctx.header(input, "sys"),
        input,
      });
  // The total of all works, beside the political works' columns: a near-miss.
  columns.splice(ctx.rng.chance(0.5) ? 2 : all, 0, {
    slot: () => null,
    head: ctx.decoyLabel(D.allWorks),
    input: "political_articles",
    decoy: true,
  });
  ctx.write(ws, "A1", ctx.pickText("title", T.titles), "text", { bold: true });
  ctx.write(ws, "A2", ctx.pickText("filter", T.filters, { y: 2025 }), "text", { italic: true });
  headers(ctx, ws, 4, [
    "#",
    ctx.pickText("h-code", T.codeHeads),
    ctx.pickText("h-unit", T.unitHeads),
    ctx.pickText("h-period", T.periodHeads),
    ctx.pickText("h-sent", T.sentHeads),
    ctx.pickText("h-state", T.stateHeads),
    ...columns.map((c) => c.head),
  ]);
  ws.autoFilter = `A4:${ref(6 + columns.length, 4)}`;

  const partial = ctx.partialHeader(2025);
  /** When a part-of-year report is sent, and its share of the year's figures. */
  const [partialMonth, lo, hi] = /IV/.test(partial)
    ? [12, 0.2, 0.3]
    : /9/.test(partial)
      ? [10, 0.68, 0.78]
      : [7, 0.45, 0.55];
  const subs: Submission[] = [];
  for (const unit of AGENCIES) {
    if (ctx.rng.chance(0.75)) subs.push({ unit, when: stamp(ctx, partialMonth, 2025), kind: "partial" });
    const returned = ctx.rng.pick([0, 1, 1, 2]);
    for (let i = 0; i < returned; i++)
      subs.push({ unit, when: stamp(ctx, 11, 2025, i * 7), kind: "returned" });
    subs.push({ unit, when: stamp(ctx, 12, 2025), kind: "approved" });
  }
  if (province) {
    if (ctx.rng.chance(0.5)) subs.push({ unit: PROVINCE, when: stamp(ctx, 11, 2025, 5), kind: "returned" });
    subs.push({ unit: PROVINCE, when: stamp(ctx, 12, 2025, 3), kind: "approved" });
  }
  subs.sort((a, b) => key(a.when).localeCompare(key(b.when)));
  subs.forEach((s, i) => {
    const row = 5 + i;
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, `BC-${String(2025)}-${String(100 + i * 7 + ctx.rng.int(0, 6))}`);
    const sender = s.unit === PROVINCE ? `${ctx.pickText("dept", T.department)} - ` : "";
    ctx.write(ws, `C${row}`, `${sender}${ctx.agency(s.unit, "system")}`);
    ctx.write(ws, `D${row}`, s.kind === "partial" ? partial : ctx.pickText("annual", T.annual, { y: 2025 }));
    ctx.write(ws, `E${row}`, s.when);
    const state =
      s.kind === "returned" ? ctx.pickText(`ret|${i}`, T.returned) : ctx.pickText("ok", T.approved);
    ctx.write(ws, `F${row}`, state, "text", { italic: s.kind === "returned" });
    columns.forEach((c, j) => {
      const at = ref(7 + j, row);
      if (c.decoy === true) {
        if (AGENCIES.includes(s.unit)) ctx.figure(ws, at, ctx.decoyValue(D.allWorks, s.unit, 2025));
        return;
      }
      const slot = c.slot(s.unit);
      if (slot === null) return;
      if (s.kind === "approved") {
        ctx.value(file, ws, at, slot);
        return;
      }
      if (!ctx.data.shown(slot)) return;
      const v = ctx.data.value(slot);
      if (typeof v === "boolean") ctx.write(ws, at, someAnswer(ctx, s.kind === "returned" ? !v : v), "word");
      else if (v === "not-applicable") ctx.write(ws, at, ctx.style.notApplicable, "word");
      else if (typeof v === "number") {
        const yearly = slot.year !== undefined;
        const n =
          s.kind === "partial" && yearly
            ? nearFigure(ctx, slot, lo, hi)
            : slot.input === "security_level"
              ? Math.max(1, v - 1)
              : nearFigure(ctx, slot, 0.9, 0.99);
        if (n !== null) ctx.figure(ws, at, n);
      }
    });
  });
  params(ctx, wb, columns);
  return [{ fileName: file, workbook: wb }];
}

function stamp(ctx: Blind26Context, month: number, year: number, plus = 0): string {
  const day = Math.min(28, ctx.rng.int(2, 20) + plus);
  const [h, m] = [ctx.rng.int(7, 17), ctx.rng.int(0, 59)];
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day)}/${two(month)}/${year} ${two(h)}:${two(m)}`;
}

/** "dd/mm/yyyy hh:mm" as a sortable "yyyymmddhhmm". */
function key(when: string): string {
  const [d = "", mo = "", rest = ""] = when.split("/");
  const [y = "", t = ""] = rest.split(" ");
  return `${y}${mo}${d}${t.replace(":", "")}`;
}

function params(ctx: Blind26Context, wb: ExcelJS.Workbook, columns: readonly Column[]): void {
  hiddenSheet(ctx, wb, "Params", [
    ...columns.map(
      (c, i) => [`${T.fieldPrefix}${String(i + 1).padStart(2, "0")}`, ctx.header(c.input, "param")] as const,
    ),
    [T.paramRows[0] ?? "", ctx.pickText("fmt", T.formats)],
    [T.paramRows[1] ?? "", "2025"],
    [T.paramRows[2] ?? "", ctx.rng.int(3, 14)],
  ]);
}

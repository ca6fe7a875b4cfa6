/**
 * "b21-job-position-scheme": the annex of an agency's job-position scheme (Nghị định 106/2020), one file per
 * agency: positions grouped into leadership, professional and support, each with the number of people assigned
 * (a target column), the people now holding it, those of them trained for digital journalism, and a proposal for
 * the next period. Group rows and the grand total are SUM formulas; the agency's headcount and trained people are
 * the grand total's, the group subtotals and the assigned quota are traps. A "of which: contract staff" row sits
 * under the total.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind21Context } from "./context";
import { headers, newWorkbook, ROMAN, sheet, slotOf, splitInto } from "./kit";
import { B21_JOBS as T } from "./texts";
import { B21_DECOYS } from "./wordings";

export function jobPositionScheme(ctx: Blind21Context): BuiltFile[] {
  const proposedCol = ctx.rng.chance(0.6);
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const fileName = `${ctx.slug(unit)}_DA_vi-tri-viec-lam.xlsx`;
    const ws = sheet(
      wb,
      ctx.choose("jb-sheet", ["PL VTVL", "Phu luc 2", "Bieu tong hop"]),
      [7, 38, 14, 14, 14, 14, 22],
    );
    const last = proposedCol ? 7 : 6;
    ctx.writeMerged(ws, `A1:${colLetter(last)}1`, ctx.agency(unit, "jb-head"), "upper", { bold: true });
    ctx.writeMerged(ws, `A3:${colLetter(last)}3`, ctx.pickText("jb-title", T.titles), "upper", {
      bold: true,
      size: 13,
    });
    ctx.writeMerged(ws, `A4:${colLetter(last)}4`, ctx.pickText("jb-sub", T.subs), "text", { italic: true });
    headers(ctx, ws, 6, [
      ctx.pickText("jb-stt", T.columns.stt),
      ctx.pickText("jb-pos", T.columns.position),
      ctx.planHeader(2025),
      ctx.header("staff_total", "jb"),
      ctx.header("staff_trained", "jb"),
      ...(proposedCol ? [ctx.pickText("jb-prop", T.columns.proposed)] : []),
      ctx.pickText("jb-remark", T.columns.remark),
    ]);
    const total = ctx.data.value(slotOf("staff_total", unit));
    const trained = ctx.data.value(slotOf("staff_trained", unit));
    const [nTotal, nTrained] = [Number(total), Number(trained)];
    const groups = positionsOf(unit);
    const weights = groups.flat().map((w) => w.weight);
    const people = peopleOf(ctx, unit, nTotal, weights);
    const trainedBy = capped(splitInto(nTrained, weights, 0), people, nTrained);
    const showTotal = ctx.data.shown(slotOf("staff_total", unit));
    const showTrained = ctx.data.shown(slotOf("staff_trained", unit));
    let row = 7;
    let k = 0;
    const groupRows: number[] = [];
    const quota: number[] = [];
    groups.forEach((group, g) => {
      const head = row;
      groupRows.push(head);
      row++;
      const first = row;
      group.forEach((p, i) => {
        const n = people[k] ?? 0;
        const t = trainedBy[k] ?? 0;
        k++;
        put(ws, `A${row}`, `${g + 1}.${i + 1}`, { align: "center" });
        ctx.write(ws, `B${row}`, p.name, "label");
        const q = n + (g === 0 && i === 0 ? 0 : ctx.rng.int(0, 2));
        quota.push(q);
        ctx.figure(ws, `C${row}`, q);
        if (showTotal) ctx.figure(ws, `D${row}`, n);
        if (showTrained) ctx.figure(ws, `E${row}`, t);
        if (proposedCol) ctx.figure(ws, `F${row}`, n + ctx.rng.int(0, 3));
        row++;
      });
      const end = row - 1;
      ctx.write(ws, `A${head}`, ROMAN[g] ?? "", "text", { bold: true, align: "center" });
      ctx.write(ws, `B${head}`, T.sections[g]?.[ctx.rng.int(0, 1)] ?? "", "label", { bold: true });
      const sum = (c: string, vals: number[]) =>
        ctx.formula(
          ws,
          `${c}${head}`,
          `SUM(${c}${first}:${c}${end})`,
          vals.reduce((a, b) => a + b, 0),
          true,
        );
      const slice = (list: number[]) => list.slice(k - group.length, k);
      sum("C", slice(quota));
      if (showTotal) sum("D", slice(people));
      if (showTrained) sum("E", slice(trainedBy));
    });
    ctx.write(ws, `B${row}`, ctx.pickText("jb-total", T.total), "label", { bold: true });
    const sumOf = (c: string) => groupRows.map((r) => `${c}${r}`).join("+");
    ctx.viaFormula(fileName, ws, `D${row}`, slotOf("staff_total", unit), sumOf("D"));
    ctx.viaFormula(fileName, ws, `E${row}`, slotOf("staff_trained", unit), sumOf("E"));
    ctx.formula(
      ws,
      `C${row}`,
      sumOf("C"),
      quota.reduce((a, b) => a + b, 0),
      true,
    );
    if (ctx.rng.chance(0.3))
      ctx.write(ws, `${colLetter(last)}${row}`, ctx.note(2025), "text", { italic: true });
    row++;
    if (ctx.rng.chance(0.8)) {
      const d = ctx.decoyRow(B21_DECOYS.contractStaff, unit, "jb");
      ctx.write(ws, `B${row}`, d.text, "label", { italic: true });
      if (showTotal) ctx.figure(ws, `D${row}`, Math.min(d.value, Math.max(1, nTotal - 1)), { italic: true });
      row++;
    }
    grid(ws, 6, 1, row - 1, last);
    workload(ctx, wb, fileName, unit);
    return { fileName, workbook: wb };
  });
}

type Position = { name: string; weight: number };

/** The positions of each group for a unit: the magazine has fewer. */
function positionsOf(unit: UnitId): Position[][] {
  const small = unit === "tap-chi-van-nghe-lai-chau";
  return T.positions.map((names, g) =>
    names
      .filter((_, i) => !small || i < 2)
      .map((name, i) => ({ name, weight: g === 1 ? 6 - i : g === 0 ? 1 + (i === 2 ? 2 : 0) : 1 })),
  );
}

/** People per position: one head, one to three deputies, a few managers, the rest by weight (at least one). */
function peopleOf(ctx: Blind21Context, unit: UnitId, total: number, weights: readonly number[]): number[] {
  const small = unit === "tap-chi-van-nghe-lai-chau";
  const lead = small ? [1, 1] : [1, ctx.rng.int(2, 3), Math.max(2, Math.round(total * 0.1))];
  const rest = splitInto(total - lead.reduce((a, b) => a + b, 0), weights.slice(lead.length), 1);
  return [...lead, ...rest];
}

/** Trained people per position, never more than the people holding it, still summing to `total`. */
function capped(trained: number[], people: readonly number[], total: number): number[] {
  const out = trained.map((t, i) => Math.min(t, people[i] ?? 0));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0 && i < out.length * 50; i++) {
    const at = i % out.length;
    if ((out[at] ?? 0) < (people[at] ?? 0)) {
      out[at] = (out[at] ?? 0) + 1;
      rest--;
    }
  }
  return out;
}

type Row = { text: string; measure: string; cell: (y: number, at: string) => void };

/** The scheme's second annex: the yearly workload that justifies the positions (years as columns). */
function workload(ctx: Blind21Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("jb-wl-sheet", T.workloadSheet), [7, 50, 12, 13, 13, 13, 13, 13, 22]);
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("jb-wl-title", T.workloadTitles), "upper", { bold: true });
  headers(ctx, ws, 3, [
    ctx.pickText("jb-stt", T.columns.stt),
    ctx.pickText("jb-wl-item", T.workloadItem),
    ctx.pickText("jb-wl-m", T.workloadMeasure),
    ...years.map((y) => ctx.pickText("jb-wl-y", T.workloadYear, { y })),
  ]);
  const rows: Row[] = [
    {
      text: ctx.decoyLabel(B21_DECOYS.allWorks, "jb"),
      measure: ctx.decoyMeasure(B21_DECOYS.allWorks),
      cell: (y, at) => ctx.figure(ws, at, ctx.decoyValue(B21_DECOYS.allWorks, unit, y)),
    },
    {
      text: ctx.label("political_articles", { key: "jb" }),
      measure: ctx.measure("political_articles"),
      cell: (y, at) => void ctx.value(file, ws, at, slotOf("political_articles", unit, y)),
    },
    {
      text: ctx.rng.chance(0.5) ? ctx.header("revenue", "jb") : ctx.label("revenue", { key: "jb" }),
      measure: ctx.measure("revenue"),
      cell: (y, at) => void ctx.value(file, ws, at, slotOf("revenue", unit, y)),
    },
  ];
  const [works, articles, income] = rows as [Row, Row, Row];
  const reprinted: Row = {
    text: ctx.decoyLabel(B21_DECOYS.reprinted, "jb"),
    measure: ctx.decoyMeasure(B21_DECOYS.reprinted),
    cell: (y, at) => ctx.figure(ws, at, ctx.decoyValue(B21_DECOYS.reprinted, unit, y)),
  };
  const ordered = ctx.rng.chance(0.5)
    ? [works, articles, reprinted, income]
    : [income, works, reprinted, articles];
  ordered.forEach((r, i) => {
    const at = 4 + i;
    put(ws, `A${at}`, i + 1, { align: "center" });
    ctx.write(ws, `B${at}`, r.text, "label");
    ctx.write(ws, `C${at}`, r.measure, "text", { align: "center" });
    years.forEach((y, j) => r.cell(y, `${colLetter(4 + j)}${at}`));
  });
  grid(ws, 3, 1, 3 + ordered.length, 3 + years.length);
}

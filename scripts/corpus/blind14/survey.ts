/**
 * "b14-commune-coverage-survey": what the culture department compiles from its field survey: communes of each
 * district in rows (district sub-totals), population, people reached by each kind of press, people reached by at
 * least one, and a ratio; the province's figures are the grand-total row. A second sheet codes the agencies'
 * answers 1/0 under short headers (counts, levels as bare numbers), with last year's and this year's yearly
 * figures side by side and a plan column after them.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARLY } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind14Context } from "./context";
import { newWorkbook, partsOf, planFigure, sheet, statusOf } from "./kit";
import { B14_COMMUNES, B14_SURVEY as T } from "./texts";
import { B14_DECOYS as D } from "./wordings";

const head = { bold: true, align: "center" as const, wrap: true };

export function communeSurvey(ctx: Blind14Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["KhaoSat_TiepCanBaoChi", "Khao sat xa VSVX", "TongHop_PhieuKS"])}.xlsx`;
  if (ctx.data.province) surveySheet(ctx, wb, file);
  agencySheet(ctx, wb, file);
  return [{ fileName: file, workbook: wb }];
}

function surveySheet(ctx: Blind14Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const ws = sheet(
    wb,
    ctx.pickText("sheet1", ["Khao sat xa", "KS xã VSVX", "Tong hop KS"]),
    [6, 16, 18, 13, 11, 11, 11, 11, 14, 11],
  );
  ctx.writeMerged(ws, "A1:J1", ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:J2", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  const top = 4;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, "STT", "text", head);
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, ctx.pickText("district", T.district), "text", head);
  ctx.writeMerged(ws, `C${top}:C${top + 1}`, ctx.pickText("commune", T.commune), "text", head);
  ctx.writeMerged(ws, `D${top}:D${top + 1}`, ctx.header("remote_population_total", "survey"), "text", head);
  ctx.writeMerged(ws, `E${top}:H${top}`, ctx.pickText("by", T.reachedBy), "text", head);
  T.types.forEach((t, i) => ctx.write(ws, ref(5 + i, top + 1), t, "text", head));
  ctx.writeMerged(ws, `I${top}:I${top + 1}`, ctx.header("remote_population_reached", "survey"), "text", head);
  ctx.writeMerged(ws, `J${top}:J${top + 1}`, ctx.pickText("ratio", T.ratio), "text", head);
  const districts = ctx.rng.shuffle(B14_COMMUNES).slice(0, ctx.rng.int(3, 5));
  const communes = districts.map(([, list]) => ctx.rng.shuffle(list).slice(0, ctx.rng.int(2, list.length)));
  const count = communes.reduce((a, l) => a + l.length, 0);
  const totalSlot = { input: "remote_population_total", unit: PROVINCE };
  const reachedSlot = { input: "remote_population_reached", unit: PROVINCE };
  const pop = Number(ctx.data.value(totalSlot));
  const reached = Number(ctx.data.value(reachedSlot));
  const pops = partsOf(pop, count, ctx.rng.fork("pop"));
  const missing = pop - reached;
  const misses = partsOf(missing, count, ctx.rng.fork("miss")).map((m, i) => Math.min(m, pops[i] ?? 0));
  // Keep the reached figures adding up exactly: whatever a commune could not miss goes to the last one.
  const reach = pops.map((p, i) => p - (misses[i] ?? 0));
  const diff = reached - reach.reduce((a, b) => a + b, 0);
  reach[reach.length - 1] = (reach[reach.length - 1] ?? 0) + diff;
  const reachedShown = ctx.data.shown(reachedSlot);
  let row = top + 2;
  let k = 0;
  const subtotalRows: number[] = [];
  districts.forEach(([name], di) => {
    const list = communes[di] ?? [];
    const sub = row;
    subtotalRows.push(sub);
    put(ws, `A${sub}`, ["I", "II", "III", "IV", "V", "VI"][di] ?? "", { bold: true, align: "center" });
    ctx.write(ws, `B${sub}`, `${ctx.pickText("subtotal", T.subtotal)} ${name}`, "text", { bold: true });
    row++;
    list.forEach((commune, ci) => {
      put(ws, `A${row}`, ci + 1, { align: "center" });
      ctx.write(ws, `C${row}`, commune);
      const p = pops[k] ?? 0;
      const r = reach[k] ?? 0;
      put(ws, `D${row}`, p, { numFmt: "#,##0" });
      [0.35, 0.8, 0.9, 0.55].forEach((f, i) =>
        put(ws, ref(5 + i, row), Math.min(r, Math.round(r * (f + ctx.rng.next() * 0.1))), {
          numFmt: "#,##0",
        }),
      );
      if (reachedShown) {
        put(ws, `I${row}`, r, { numFmt: "#,##0" });
        put(ws, `J${row}`, { formula: `I${row}/D${row}`, result: p === 0 ? 0 : r / p }, { numFmt: "0.0%" });
      }
      row++;
      k++;
    });
    for (const col of ["D", "E", "F", "G", "H", ...(reachedShown ? ["I"] : [])]) {
      const range = `${col}${sub + 1}:${col}${row - 1}`;
      let s = 0;
      for (let r = sub + 1; r < row; r++) s += Number(ws.getCell(`${col}${r}`).value ?? 0);
      put(ws, `${col}${sub}`, { formula: `SUM(${range})`, result: s }, { numFmt: "#,##0", bold: true });
    }
  });
  ctx.writeMerged(ws, `A${row}:C${row}`, ctx.pickText("grand", T.grand), "upper", { bold: true });
  const sumOf = (col: string) => `${subtotalRows.map((r) => `${col}${r}`).join("+")}`;
  ctx.value(file, ws, `D${row}`, totalSlot, { formula: sumOf("D") });
  for (const col of ["E", "F", "G", "H"]) {
    let s = 0;
    for (const r of subtotalRows) {
      const v = ws.getCell(`${col}${r}`).value as { result?: number } | null;
      s += Number(v?.result ?? 0);
    }
    put(ws, `${col}${row}`, { formula: sumOf(col), result: s }, { numFmt: "#,##0", bold: true });
  }
  ctx.value(file, ws, `I${row}`, reachedSlot, { formula: sumOf("I") });
  if (ctx.data.shown(reachedSlot))
    put(ws, `J${row}`, { formula: `I${row}/D${row}`, result: reached / pop }, { numFmt: "0.0%" });
  grid(ws, top, 1, row, 10);
  row += 2;
  if (ctx.rng.chance(0.7)) {
    const d = ctx.decoyRow(ctx.rng.chance(0.5) ? D.tvHouseholds : D.fmCoverage, PROVINCE, "survey");
    ctx.writeMerged(ws, `A${row}:C${row}`, d.text, "label", { align: "left" });
    ctx.number(ws, `D${row}`, d.value);
    row++;
  }
  if (ctx.rng.chance(0.5)) ctx.write(ws, `A${row}`, ctx.note(), "text", { italic: true });
}

function agencySheet(ctx: Blind14Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const inputs = [...new Set(AGENCIES.flatMap(statusOf))];
  const ws = sheet(wb, ctx.pickText("sheet2", ["Ma hoa CQBC", "Co quan BC", "CQ báo chí"]), [
    28,
    ...inputs.map(() => 12),
    12,
    12,
    12,
    12,
    12,
    12,
  ]);
  const planText = ctx.planHeader(2025);
  const last = 1 + inputs.length + 6;
  ctx.writeMerged(ws, `A1:${ref(last, 1)}`, ctx.pickText("agencyTitle", T.agencyTitle), "upper", {
    bold: true,
  });
  const top = 3;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, ctx.pickText("agency", T.agency), "text", head);
  inputs.forEach((input, i) =>
    ctx.writeMerged(
      ws,
      `${ref(2 + i, top)}:${ref(2 + i, top + 1)}`,
      ctx.header(input, "codes"),
      "text",
      head,
    ),
  );
  // Yearly figures: last year's and this year's side by side, then the plan.
  const yearly: Array<{ input: string; year: number | null; col: number }> = [];
  let col = 2 + inputs.length;
  for (const input of YEARLY) {
    ctx.writeMerged(ws, `${ref(col, top)}:${ref(col + 2, top)}`, ctx.header(input, "codes"), "text", head);
    [2024, 2025].forEach((year) => {
      ctx.write(ws, ref(col, top + 1), String(year), "text", head);
      yearly.push({ input, year, col: col++ });
    });
    ctx.write(ws, ref(col, top + 1), planText, "text", head);
    yearly.push({ input, year: null, col: col++ });
  }
  let row = top + 2;
  for (const unit of AGENCIES) {
    ctx.write(ws, `A${row}`, ctx.agency(unit), "text", { bold: true });
    inputs.forEach((input, i) => {
      if (!statusOf(unit).includes(input)) return;
      const at = ref(2 + i, row);
      const v = ctx.data.value({ input, unit });
      if (v === "not-applicable") ctx.value(file, ws, at, { input, unit });
      else ctx.coded(file, ws, at, { input, unit });
    });
    for (const y of yearly) {
      const at = ref(y.col, row);
      if (y.year !== null) {
        if (ctx.data.years[y.input as "revenue"].includes(y.year))
          ctx.value(file, ws, at, { input: y.input, unit, year: y.year });
      } else {
        const target = planFigure(ctx, { input: y.input, unit, year: 2025 });
        if (target !== null) ctx.number(ws, at, target);
      }
    }
    row++;
  }
  grid(ws, top, 1, row - 1, last - 1);
  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("legend", T.legend), "text", { italic: true });
  if (ctx.rng.chance(0.6)) {
    row++;
    const d = ctx.decoyRow(D.politicalCourse, "bao-lai-chau", "codes");
    ctx.write(ws, `A${row}`, d.text, "label");
    ctx.number(ws, `B${row}`, d.value);
  }
}

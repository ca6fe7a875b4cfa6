/**
 * "b36-ideology-defence-steering-report": the data appendix the press agencies send the steering committee on
 * defending the Party's ideological foundation. Table 1 has the years as columns, a part-of-year column, a period
 * total and the resolution's target for 2025 right of them; its first body row adds the three agencies up
 * (formulas), then each agency's block: its political-task pieces, the rebuttal pieces among them and the steering
 * comments online. Table 2 (on a second sheet) puts the agencies in rows with their headcount, the core force beside
 * it, the trained, their platforms and security level; table 3 (when the province's figures are kept) the
 * remote-area population, those reached and those reached by loudspeakers alone. A hidden sheet holds last
 * period's figures.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARS } from "../model";
import { title, type BuiltFile } from "../sheets";
import type { Blind36Context } from "./context";
import { headers, hiddenSheet, newWorkbook, nearFigure, planFigure, sheet, slotOf } from "./kit";
import { B36_IDEOLOGY as T } from "./texts";
import { B36_DECOYS as D } from "./wordings";

export const IDEOLOGY_HEAD = 5;
/** Table 2's columns: headcount, core force, then the platforms. */
export const IDEOLOGY_T2 = { staff: "C", core: "D", trained: "E", platforms: ["F", "G", "H", "I"] } as const;
const PLATFORMS = ["ai_data_platform", "digital_platforms", "converged_newsroom", "security_level"] as const;
const ROMAN = ["I", "II", "III"];

export function ideologyReport(ctx: Blind36Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["PL so lieu BCD35", "Phu luc BCĐ 35", "SoLieu_BaoVeNenTang"])} ${2025}.xlsx`;
  const years = ctx.data.years.political_articles;
  const col = (i: number) => 3 + i;
  const partialCol = col(years.length);
  const periodCol = partialCol + 1;
  const planCol = periodCol + 1;
  const ws = sheet(wb, ctx.pickText("sheet", ["Phu luc so lieu", "PL BCĐ35", "Số liệu"]), [
    6,
    46,
    ...years.map(() => 11),
    14,
    13,
    14,
  ]);
  const y0 = years[0] ?? 2020;
  title(
    ctx,
    ws,
    1,
    planCol,
    ctx.pickText("title", T.titles),
    ctx.pickText("sub", T.subs, 2025).replace("{y0}", String(y0)),
  );
  ctx.write(ws, "A4", ctx.pickText("t1", T.table1), "text", { bold: true, italic: true });
  headers(ctx, ws, IDEOLOGY_HEAD, [
    "STT",
    ctx.pickText("content", T.content),
    ...years.map((y) => ctx.pickText("yearHead", ["Năm {y}", "{y}", "N.{y}"], y)),
    ctx.partialHeader(2025),
    ctx.pickText("period", T.period),
    ctx.planHeader(2025),
  ]);
  // The three agencies added up, the formulas filled in once the blocks are written.
  const sumRow = IDEOLOGY_HEAD + 1;
  ctx.write(ws, `B${sumRow}`, ctx.pickText("all", T.allAgencies), "upper", { bold: true });
  let row = sumRow + 1;
  const politicalRows: number[] = [];
  AGENCIES.forEach((unit, g) => {
    put(ws, `A${row}`, ROMAN[g] ?? "", { align: "center", bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "upper", { bold: true });
    row++;
    // The political-task pieces.
    put(ws, `A${row}`, 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("political_articles", { unit: ctx.rng.chance(0.4) }), "label", {
      wrap: true,
    });
    let period = 0;
    years.forEach((y, i) => {
      const slot = slotOf("political_articles", unit, y);
      if (ctx.value(file, ws, ref(col(i), row), slot)) period += ctx.data.value(slot) as number;
    });
    const last = ctx.shownNumber(slotOf("political_articles", unit, 2025));
    if (last !== undefined)
      ctx.figure(ws, ref(partialCol, row), Math.round(last * (0.68 + ctx.rng.next() * 0.15)));
    ctx.formula(
      ws,
      ref(periodCol, row),
      `SUM(${ref(col(0), row)}:${ref(col(years.length - 1), row)})`,
      period,
    );
    const target = planFigure(ctx, slotOf("political_articles", unit, 2025));
    if (target !== null) ctx.figure(ws, ref(planCol, row), target);
    politicalRows.push(row);
    row++;
    for (const d of [D.rebuttal, D.steering]) {
      put(ws, `A${row}`, d === D.rebuttal ? "-" : 2, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.decoyLabel(d), "label", { wrap: true, italic: d === D.rebuttal });
      years.forEach((y, i) => ctx.figure(ws, ref(col(i), row), ctx.decoyValue(d, unit, y)));
      ctx.figure(ws, ref(partialCol, row), Math.round(ctx.decoyValue(d, unit, 2025) * 0.75));
      row++;
    }
  });
  years.forEach((y, i) => {
    const c = col(i);
    const result = AGENCIES.reduce(
      (n, unit) => n + (ctx.shownNumber(slotOf("political_articles", unit, y)) ?? 0),
      0,
    );
    ctx.formula(ws, ref(c, sumRow), politicalRows.map((r) => ref(c, r)).join("+"), result, true);
  });
  grid(ws, sumRow, 1, row - 1, planCol);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${row}`, ctx.note(), "text", { italic: true });

  // Table 2 on a sheet of its own: the agencies in rows.
  const w2 = sheet(
    wb,
    ctx.pickText("sheet2", ["Bieu 2-3", "Lực lượng, hạ tầng", "PL2"]),
    [6, 36, 14, 14, 14, 14, 14, 14, 14],
  );
  row = 1;
  ctx.write(w2, `A${row}`, ctx.pickText("t2", T.table2), "text", { bold: true, italic: true });
  row++;
  headers(ctx, w2, row, [
    "STT",
    ctx.pickText("agencyHead", T.agencyHead),
    ctx.header("staff_total"),
    ctx.decoyLabel(D.coreForce),
    ctx.header("staff_trained"),
    ...PLATFORMS.map((p) => ctx.header(p)),
  ]);
  const t2 = row + 1;
  AGENCIES.forEach((unit, g) => {
    const r = t2 + g;
    put(w2, `A${r}`, g + 1, { align: "center" });
    ctx.write(w2, `B${r}`, ctx.agency(unit, "t2"), "label");
    ctx.value(file, w2, `${IDEOLOGY_T2.staff}${r}`, slotOf("staff_total", unit));
    const core = nearFigure(ctx, slotOf("staff_total", unit), D.coreForce.scale[0], D.coreForce.scale[1]);
    if (core !== null) ctx.figure(w2, `${IDEOLOGY_T2.core}${r}`, core);
    ctx.value(file, w2, `${IDEOLOGY_T2.trained}${r}`, slotOf("staff_trained", unit));
    PLATFORMS.forEach((p, k) => ctx.value(file, w2, `${IDEOLOGY_T2.platforms[k]}${r}`, slotOf(p, unit)));
  });
  row = t2 + AGENCIES.length;
  grid(w2, t2, 1, row - 1, 9);
  row++;

  // Table 3: the province's remote areas.
  if (ctx.data.province) {
    ctx.write(w2, `A${row}`, ctx.pickText("t3", T.table3), "text", { bold: true, italic: true });
    row++;
    headers(ctx, w2, row, ["STT", ctx.pickText("content", T.content), ctx.agency(PROVINCE), "Ghi chú"]);
    const t3 = row + 1;
    const lines = [
      { text: ctx.header("remote_population_total", "t3"), input: "remote_population_total" },
      { text: ctx.header("remote_population_reached", "t3"), input: "remote_population_reached" },
      { text: ctx.decoyLabel(D.loudspeakerOnly), input: null },
    ];
    lines.forEach((l, i) => {
      const r = t3 + i;
      put(w2, `A${r}`, i + 1, { align: "center" });
      ctx.write(w2, `B${r}`, l.text, "label", { wrap: true, italic: l.input === null });
      if (l.input !== null) ctx.value(file, w2, `C${r}`, slotOf(l.input, PROVINCE));
      else ctx.figure(w2, `C${r}`, ctx.decoyValue(D.loudspeakerOnly, PROVINCE));
    });
    grid(w2, t3, 1, t3 + lines.length - 1, 4);
  }

  hiddenSheet(ctx, wb, ctx.pickText("hidden", ["GD truoc", "Nhap BCD35"]), [
    [T.scratch[0], ctx.decoyValue(D.allPieces, "bao-lai-chau", YEARS[0])],
    [T.scratch[1], ctx.decoyValue(D.rebuttal, "dai-ptth-lai-chau", 2024)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

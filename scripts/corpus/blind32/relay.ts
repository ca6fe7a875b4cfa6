/**
 * "b32-relay-station-coverage-register": the register of radio/TV relay stations in remote, border areas kept by
 * the provincial station and the department. Sheet 1: a station per row (communes covered, people in the covered
 * area, people who receive the province's programmes, households receiving the signal), a total row of SUM
 * formulas (the province's remote population and people reached) and a coverage target column to its right.
 * Sheet 2: the station's own figures (statuses in C, works and revenue by year). Traps: the stations' parts, the
 * households column, the target column equal to the whole population, a hidden scratch sheet.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { splitTotal } from "../listRows";
import { PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind32Context } from "./context";
import { headers, hiddenSheet, newWorkbook, plainNumber, sheet, statusOf } from "./kit";
import { B32_RELAY as T } from "./texts";
import { B32_DECOYS as D } from "./wordings";

const DAI = "dai-ptth-lai-chau";

export function relayRegister(ctx: Blind32Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 34, 12, 16, 16, 14, 16, 22]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:H2", `${ctx.agency(PROVINCE)} - ${ctx.agency(DAI, "owner")}`, "text", {
    italic: true,
  });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("station", T.station),
    ctx.pickText("communes", T.communes),
    ctx.header("remote_population_total"),
    ctx.header("remote_population_reached"),
    ctx.decoyLabel(D.households),
    ctx.pickText("target", T.targetHead, 2025),
    "Ghi chú",
  ]);
  const total = { input: "remote_population_total", unit: PROVINCE };
  const reached = { input: "remote_population_reached", unit: PROVINCE };
  const stations = rng.shuffle(T.districts).slice(0, rng.int(4, 7));
  const popTotal = ctx.shownNumber(total);
  const reachTotal = ctx.shownNumber(reached);
  const pops = popTotal === undefined ? [] : splitTotal(rng, popTotal, stations.length);
  // Each station's reached figure: a share of its population, the shares adding up to the province's figure.
  const reaches =
    reachTotal === undefined || pops.length === 0
      ? []
      : (() => {
          const base = pops.map((p) => Math.floor((p * reachTotal) / (popTotal ?? 1)));
          base[0] = (base[0] ?? 0) + reachTotal - base.reduce((a, b) => a + b, 0);
          return base;
        })();
  const homes = pops.map((p) => Math.max(1, Math.round(p / (4.2 + rng.next()))));
  const first = 5;
  stations.forEach((name, i) => {
    const r = first + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, name, "label");
    plainNumber(ws, `C${r}`, rng.int(3, 14));
    const p = pops[i];
    if (p !== undefined) ctx.figure(ws, `D${r}`, p);
    const q = reaches[i];
    if (q !== undefined) ctx.figure(ws, `E${r}`, q);
    const h = homes[i];
    if (h !== undefined) ctx.figure(ws, `F${r}`, h);
    if (p !== undefined) ctx.figure(ws, `G${r}`, p, { italic: true });
  });
  const last = first + stations.length - 1;
  const t = last + 1;
  ctx.write(ws, `B${t}`, ctx.pickText("total", T.totalRow), "upper", { bold: true });
  const sumOf = (c: string) => `SUM(${c}${first}:${c}${last})`;
  if (pops.length > 0) ctx.viaFormula(file, ws, `D${t}`, total, sumOf("D"));
  else ctx.value(file, ws, `D${t}`, total);
  if (reaches.length > 0) ctx.viaFormula(file, ws, `E${t}`, reached, sumOf("E"));
  else ctx.value(file, ws, `E${t}`, reached);
  if (pops.length > 0 && popTotal !== undefined) {
    ctx.formula(
      ws,
      `F${t}`,
      sumOf("F"),
      homes.reduce((a, b) => a + b, 0),
      true,
    );
    ctx.formula(ws, `G${t}`, sumOf("G"), popTotal, true);
  }
  if (rng.chance(0.4)) ctx.write(ws, `H${t}`, ctx.note(), "text", { italic: true, wrap: true });
  grid(ws, first, 1, t, 8);

  // The station's own figures.
  const info = sheet(wb, ctx.pickText("info", T.infoSheets), [6, 52, 16, 14, 22]);
  ctx.writeMerged(info, "A1:E1", ctx.pickText("infoTitle", T.infoTitles), "upper", { bold: true });
  ctx.writeMerged(info, "A2:E2", ctx.agency(DAI), "text", { italic: true });
  headers(ctx, info, 4, ["TT", "Nội dung", ctx.pickText("value", T.infoValue), "ĐVT", "Ghi chú"]);
  let row = 5;
  for (const input of statusOf(DAI)) {
    put(info, `A${row}`, row - 4, { align: "center" });
    ctx.write(info, `B${row}`, ctx.label(input), "label", { wrap: true });
    ctx.value(file, info, `C${row}`, { input, unit: DAI });
    ctx.write(info, `D${row}`, ctx.measure(input), "text", { align: "center" });
    row++;
  }
  grid(info, 5, 1, row - 1, 5);
  row += 1;
  headers(ctx, info, row, ["TT", "Nội dung", "Năm 2024", "Năm 2025", "Ghi chú"]);
  row++;
  const top = row;
  for (const input of ["political_articles", "revenue"]) {
    put(info, `A${row}`, row - top + 1, { align: "center" });
    ctx.write(info, `B${row}`, ctx.label(input, { unit: true }), "label", { wrap: true });
    ctx.value(file, info, `C${row}`, { input, unit: DAI, year: 2024 });
    ctx.value(file, info, `D${row}`, { input, unit: DAI, year: 2025 });
    row++;
  }
  grid(info, top, 1, row - 1, 5);

  if (rng.chance(0.5))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [ctx.pickText("pop", T.popHead), ctx.near("remote_population_total", PROVINCE, 0.9, 0.98)],
      [ctx.pickText("reach", T.reachHead), ctx.near("remote_population_reached", PROVINCE, 0.9, 0.98)],
      [
        ctx.header("remote_population_total", "scratch"),
        ctx.near("remote_population_total", PROVINCE, 0.8, 0.9),
      ],
      [ctx.decoyLabel(D.households), ctx.decoyValue(D.households, PROVINCE)],
    ]);
  return [{ fileName: file, workbook: wb }];
}

/**
 * b12-dashboard-tiles: the figures a department puts on conference slides, typed as tiles: a big number in a
 * merged cell with its caption UNDER it and a small line under that (last year, growth, the figure set for the
 * year), a band of tiles per agency; the remote-area figures by district on a second sheet, the chart's series on
 * a hidden one.
 */
import type ExcelJS from "exceljs";
import { AGENCIES, PROVINCE, slotOf, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind12Context } from "./context";
import {
  enlarge,
  frame,
  headRow,
  hide,
  newWorkbook,
  numberOf,
  parts,
  put,
  ref,
  sheet,
  shown,
  span,
  subtitle,
  title,
  vnNumberText,
} from "./kit";
import { B12_DECOYS } from "./wordings";
import { B12_TILES } from "./texts";

const PER_ROW = 6;
/** Sheet rows a band of tiles takes per tile row: value, caption, footer, a blank. */
const TILE_ROWS = 4;

type Tile =
  | { kind: "input"; input: string; year?: number }
  | { kind: "growth" }
  | { kind: "decoy"; decoy: (typeof B12_DECOYS)[keyof typeof B12_DECOYS] };

function tilesOf(ctx: Blind12Context, unit: UnitId): Tile[] {
  const status = statusInputsOf(unit).map((input): Tile => ({ kind: "input", input }));
  const decoy = ctx.rng.pick([
    B12_DECOYS.allOutput,
    B12_DECOYS.adverts,
    B12_DECOYS.reused,
    B12_DECOYS.pressCards,
  ]);
  return [
    { kind: "input", input: "political_articles", year: 2025 },
    { kind: "input", input: "political_articles", year: 2024 },
    { kind: "input", input: "revenue", year: 2025 },
    { kind: "input", input: "revenue", year: 2024 },
    ...ctx.rng.shuffle<Tile>([...status, { kind: "growth" }, { kind: "decoy", decoy }]),
  ];
}

function caption(ctx: Blind12Context, unit: UnitId, input: string, long: boolean, year?: number): string {
  const base = long ? ctx.wording(input, "tile") : ctx.header(input, `tile|${unit}`);
  if (year === undefined) return base;
  // Nobody writes "năm năm 2025": a caption ending in "năm" takes the year in brackets.
  const template = /năm\)?$/.test(base) ? "{c} ({y})" : ctx.choose("tile-year", ["{c} ({y})", "{c} năm {y}"]);
  return template.replace("{c}", base).replace("{y}", String(year));
}

/** One tile at (row, col): value in a merged pair of cells, caption below, footer below that. */
function tile(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  file: string,
  unit: UnitId,
  t: Tile,
  row: number,
  col: number,
  long: boolean,
): void {
  const pair = (r: number) => `${ref(col, r)}:${ref(col + 1, r)}`;
  const at = ref(col, row);
  ws.mergeCells(pair(row));
  const under = (r: number, text: string, italic: boolean) =>
    ctx.writeMerged(ws, pair(r), text, "text", {
      italic,
      size: italic ? 9 : 10,
      align: "center",
      wrap: true,
    });
  if (t.kind === "growth") {
    const now = numberOf(ctx, "political_articles", unit, 2025) ?? 0;
    const base = numberOf(ctx, "political_articles", unit, 2020) ?? 1;
    put(ws, at, `${vnNumberText(Math.round((now / base - 1) * 1000) / 10)}%`, { align: "center" });
    enlarge(ws, at, 16);
    under(row + 1, ctx.pickText("tile-growth", B12_TILES.growth), false);
    return;
  }
  if (t.kind === "decoy") {
    const d = ctx.decoyRow(t.decoy, unit, `tile|${unit}`);
    ctx.number(ws, at, d.value, { align: "center" });
    enlarge(ws, at, 16);
    under(row + 1, d.text, false);
    return;
  }
  const written = ctx.value(file, ws, at, slotOf(t.input, unit, t.year));
  if (written) enlarge(ws, at, 18);
  else if (ws.getCell(at).value === null)
    ctx.write(ws, at, ctx.pickText("tile-nodata", B12_TILES.noData), "text", {
      italic: true,
      align: "center",
    });
  under(row + 1, caption(ctx, unit, t.input, long, t.year), false);
  if (t.input === "political_articles" && t.year === 2024 && shown(ctx, t.input, unit, 2023))
    under(
      row + 2,
      ctx.pickText("tile-last", B12_TILES.lastYear, {
        y: 2023,
        v: vnNumberText(numberOf(ctx, t.input, unit, 2023) ?? 0),
      }),
      true,
    );
  if (t.input === "revenue" && t.year === 2025) {
    const plan = ctx.near("revenue", unit, 1.05, 1.25, 2025);
    under(row + 2, ctx.pickText("tile-target", B12_TILES.target, { y: 2025, v: vnNumberText(plan) }), true);
  }
}

function overview(ctx: Blind12Context, wb: ExcelJS.Workbook, file: string): void {
  const last = PER_ROW * 2;
  const ws = sheet(wb, ctx.pickText("tile-sheet", B12_TILES.overview), Array<number>(last).fill(11));
  title(ctx, ws, 1, last, ctx.pickText("tile-title", B12_TILES.titles), 14);
  subtitle(ctx, ws, 2, last, B12_TILES.subtitles[0]);
  const long = ctx.rng.chance(0.4);
  let row = 4;
  for (const unit of AGENCIES) {
    span(ctx, ws, row, 1, last, ctx.agency(unit), "upper", { bold: true, align: "left" });
    row += 1;
    const tiles = tilesOf(ctx, unit);
    tiles.forEach((t, i) => {
      const r = row + Math.floor(i / PER_ROW) * TILE_ROWS;
      const c = 1 + (i % PER_ROW) * 2;
      tile(ctx, ws, file, unit, t, r, c, long);
    });
    row += Math.ceil(tiles.length / PER_ROW) * TILE_ROWS;
  }
  if (ctx.data.province) provinceBand(ctx, ws, row, last, long);
}

/**
 * The province's band: rounded and derived figures only (thousands of people, the share reached, households);
 * the exact counts are on the district sheet.
 */
function provinceBand(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  row: number,
  last: number,
  long: boolean,
): void {
  const caption = (input: string) => (long ? ctx.wording(input, "band") : ctx.header(input, "band"));
  span(ctx, ws, row, 1, last, ctx.agency(PROVINCE, "band"), "upper", { bold: true, align: "left" });
  const total = numberOf(ctx, "remote_population_total", PROVINCE) ?? 0;
  const reached = numberOf(ctx, "remote_population_reached", PROVINCE) ?? 0;
  const households = ctx.decoyRow(B12_DECOYS.households, PROVINCE, "band");
  const share = shown(ctx, "remote_population_reached", PROVINCE)
    ? `${vnNumberText(Math.round((reached / total) * 1000) / 10)}%`
    : ctx.pickText("tile-nodata", B12_TILES.noData);
  const tiles: Array<[string, string]> = [
    [`${Math.round(total / 1000)} nghìn`, caption("remote_population_total")],
    [share, `${caption("remote_population_reached")} (%)`],
    [vnNumberText(households.value), households.text],
  ];
  tiles.forEach(([value, caption], i) => {
    const col = 1 + i * 2;
    const pair = (r: number) => `${ref(col, r)}:${ref(col + 1, r)}`;
    ctx.writeMerged(ws, pair(row + 1), value, "text", { align: "center" });
    enlarge(ws, ref(col, row + 1), 16);
    ctx.writeMerged(ws, pair(row + 2), caption, "text", { size: 10, align: "center", wrap: true });
  });
}

/** Columns of the district sheet. */
export const DISTRICT_COLS = {
  district: 2,
  communes: 3,
  total: 4,
  reached: 5,
  share: 6,
  households: 7,
  copies: 8,
  notes: 9,
};

/** The remote-area figures by district, the province's total at the bottom. */
function districts(ctx: Blind12Context, wb: ExcelJS.Workbook, file: string): void {
  const D = DISTRICT_COLS;
  const ws = sheet(
    wb,
    ctx.pickText("tile-dsheet", B12_TILES.districtSheet),
    [6, 26, 14, 20, 20, 13, 16, 18, 22],
  );
  title(ctx, ws, 1, D.notes, B12_TILES.districtTitle[0]);
  subtitle(ctx, ws, 2, D.notes, ctx.agency(PROVINCE, "district"));
  const top = 3;
  // Long labels as column headers now and then: the author copied them from the plan.
  const long = ctx.rng.chance(0.4);
  const header = (input: string) => (long ? ctx.wording(input, "district") : ctx.header(input, "tile"));
  headRow(ctx, ws, top, 1, [
    [1, "STT"],
    [D.district, ctx.pickText("tile-district", B12_TILES.district)],
    [D.communes, ctx.pickText("tile-communes", B12_TILES.communes)],
    [D.total, header("remote_population_total")],
    [D.reached, header("remote_population_reached")],
    [D.share, ctx.pickText("tile-share", B12_TILES.share)],
    [D.households, ctx.decoyLabel(B12_DECOYS.households, "tile")],
    [D.copies, ctx.decoyLabel(B12_DECOYS.freeCopies, "tile")],
    [D.notes, "Ghi chú"],
  ]);
  ws.getRow(top).height = long ? 80 : 44;
  const total = numberOf(ctx, "remote_population_total", PROVINCE) ?? 0;
  const reached = numberOf(ctx, "remote_population_reached", PROVINCE) ?? 0;
  const reachedShown = shown(ctx, "remote_population_reached", PROVINCE);
  const n = B12_TILES.districts.length;
  const pops = parts(ctx.rng, total, n);
  const missing = parts(ctx.rng, total - reached, n).map((m, i) => Math.min(m, pops[i] ?? 0));
  const gap = total - reached - missing.reduce((a, b) => a + b, 0);
  if (gap > 0) missing[0] = (missing[0] ?? 0) + gap;
  const households = ctx.decoyValue(B12_DECOYS.households, PROVINCE);
  const homes = parts(ctx.rng, households, n);
  const copies = parts(ctx.rng, ctx.decoyValue(B12_DECOYS.freeCopies, PROVINCE), n);
  const first = top + 1;
  B12_TILES.districts.forEach((d, i) => {
    const r = first + i;
    put(ws, ref(1, r), i + 1, { align: "center" });
    ctx.write(ws, ref(D.district, r), d, "text");
    put(ws, ref(D.communes, r), i === 0 ? ctx.rng.int(0, 2) : ctx.rng.int(6, 21), { align: "center" });
    const pop = pops[i] ?? 0;
    ctx.number(ws, ref(D.total, r), pop);
    if (reachedShown) {
      const got = pop - (missing[i] ?? 0);
      ctx.number(ws, ref(D.reached, r), got);
      if (pop > 0) put(ws, ref(D.share, r), Math.round((got / pop) * 1000) / 1000, { numFmt: "0.0%" });
    }
    ctx.number(ws, ref(D.households, r), homes[i] ?? 0);
    ctx.number(ws, ref(D.copies, r), copies[i] ?? 0);
  });
  const sumRow = first + n;
  ctx.write(ws, ref(D.district, sumRow), ctx.pickText("tile-total", B12_TILES.total), "text", { bold: true });
  const formulas = ctx.rng.chance(0.4);
  const sum = (c: number) => ({ formula: `SUM(${ref(c, first)}:${ref(c, sumRow - 1)})` });
  const slot = (input: string) => slotOf(input, PROVINCE);
  ctx.value(file, ws, ref(D.total, sumRow), slot("remote_population_total"), formulas ? sum(D.total) : {});
  ctx.value(
    file,
    ws,
    ref(D.reached, sumRow),
    slot("remote_population_reached"),
    formulas ? sum(D.reached) : {},
  );
  if (reachedShown && total > 0)
    put(ws, ref(D.share, sumRow), Math.round((reached / total) * 1000) / 1000, {
      numFmt: "0.0%",
      bold: true,
    });
  else
    ctx.write(ws, ref(D.notes, sumRow), ctx.pickText("tile-pending", B12_TILES.pending), "text", {
      italic: true,
    });
  put(
    ws,
    ref(D.households, sumRow),
    { formula: sum(D.households).formula, result: households },
    { numFmt: "#,##0", bold: true },
  );
  frame(ws, top, sumRow, D.notes);
}

/** The chart's series: every year of each agency's output, hidden. */
function chartData(ctx: Blind12Context, wb: ExcelJS.Workbook): void {
  const ws = sheet(wb, ctx.pickText("tile-chart", B12_TILES.chart), [10, 12, 12, 12]);
  hide(ws);
  put(ws, "A1", "Nam");
  AGENCIES.forEach((u, i) => put(ws, ref(i + 2, 1), ctx.slug(u)));
  ctx.data.years.political_articles.forEach((y, r) => {
    put(ws, ref(1, r + 2), y);
    AGENCIES.forEach((u, i) => put(ws, ref(i + 2, r + 2), numberOf(ctx, "political_articles", u, y) ?? 0));
  });
}

export function dashboardTiles(ctx: Blind12Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.choose("tile-file", B12_TILES.files);
  overview(ctx, wb, fileName);
  if (ctx.data.province) districts(ctx, wb, fileName);
  chartData(ctx, wb);
  return [{ fileName, workbook: wb }];
}

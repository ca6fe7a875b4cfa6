/**
 * "b18-northwest-cluster-exchange": the emulation cluster of the north-west provinces swaps figures. The cluster's
 * lead puts every province's agency of one kind on one sheet (the newspapers, the stations, the magazines), one row
 * each, the indicators across under merged two-row headers (last year and this year for the yearly ones), the
 * cluster average and each row's rank at the end; another sheet compares the provinces' remote population. Only
 * Lai Châu's rows are the plan's. Traps: the neighbours' agencies with the same kind of name and figures, the
 * average row, the rank, a target column.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../../fixtures/sheetKit";
import { PROVINCE, YEARLY, statusInputsOf, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind18Context } from "./context";
import { newWorkbook, planFigure, sheet } from "./kit";
import { B18_CLUSTER as T, B18_GENERIC as G } from "./texts";
import { B18_DECOYS } from "./wordings";

type Kind = { unit: UnitId; sheet: readonly string[]; others: readonly string[] };

const KINDS: readonly Kind[] = [
  { unit: "bao-lai-chau", sheet: T.sheets.newspaper, others: T.newspapers },
  { unit: "dai-ptth-lai-chau", sheet: T.sheets.station, others: T.stations },
  { unit: "tap-chi-van-nghe-lai-chau", sheet: T.sheets.magazine, others: T.magazines },
];

export function clusterExchange(ctx: Blind18Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, { y: 2025 });
  for (const kind of KINDS) agencySheet(ctx, wb, fileName, kind);
  if (ctx.data.province) remoteSheet(ctx, wb, fileName);
  return [{ fileName, workbook: wb }];
}

type Column = { input: string; year?: number; col: number };

function agencySheet(ctx: Blind18Context, wb: ExcelJS.Workbook, fileName: string, kind: Kind): void {
  const { rng } = ctx;
  const unit = kind.unit;
  const cols: Column[] = [];
  let c = 4;
  for (const input of YEARLY) for (const year of [2024, 2025]) cols.push({ input, year, col: c++ });
  for (const input of statusInputsOf(unit)) cols.push({ input, col: c++ });
  const targetCol = c++;
  const rankCol = c++;
  const last = rankCol;
  const ws = sheet(wb, ctx.pickText(`sheet-${unit}`, kind.sheet), [5, 34, 11, ...cols.map(() => 12), 14, 10]);
  ctx.writeMerged(ws, `A1:${ref(last, 1)}`, ctx.pickText("title", T.titles, { y: 2025 }), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, `A2:${ref(last, 2)}`, ctx.pickText("subtitle", T.subtitles), "text", { italic: true });
  const top = 4;
  const bottom = 5;
  const head = { bold: true, align: "center" as const, wrap: true };
  const tall = (col: number, text: string) =>
    ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, bottom)}`, text, "text", head);
  tall(1, ctx.pickText("h-no", G.no));
  tall(2, ctx.pickText("h-agency", T.heads.agency));
  tall(3, ctx.pickText("h-province", T.heads.province));
  for (const input of YEARLY) {
    const pair = cols.filter((x) => x.input === input);
    const from = pair[0]?.col ?? 4;
    const to = pair[pair.length - 1]?.col ?? from;
    ctx.writeMerged(
      ws,
      `${ref(from, top)}:${ref(to, top)}`,
      ctx.header(input, `cluster-${unit}`),
      "text",
      head,
    );
    for (const x of pair) ctx.write(ws, ref(x.col, bottom), String(x.year), "text", head);
  }
  for (const x of cols.filter((x) => x.year === undefined))
    tall(x.col, ctx.header(x.input, `cluster-${unit}`));
  tall(targetCol, ctx.planHeader(2025));
  tall(rankCol, ctx.pickText("h-rank", T.heads.rank));
  ws.getRow(top).height = 30;
  ws.getRow(bottom).height = 30;

  const names = [...kind.others.map((n, i) => ({ name: n, province: T.provinces[i] ?? "", ours: false }))];
  names.push({
    name: ctx.agency(unit, "cluster"),
    province: ctx.pickText("ours", T.ourProvince),
    ours: true,
  });
  const order = rng.shuffle(names);
  let row = bottom + 1;
  const first = row;
  const ranks = rng.shuffle(order.map((_, i) => i + 1));
  order.forEach((entry, i) => {
    put(ws, ref(1, row), i + 1, { align: "center" });
    ctx.write(ws, ref(2, row), entry.name, entry.ours ? "label" : "text");
    ctx.write(ws, ref(3, row), entry.province, "text", { align: "center" });
    for (const x of cols) {
      const slot: Slot =
        x.year === undefined ? { input: x.input, unit } : { input: x.input, unit, year: x.year };
      const at = ref(x.col, row);
      if (entry.ours) ctx.value(fileName, ws, at, slot);
      else neighbour(ctx, ws, at, slot);
    }
    const target = planFigure(ctx, { input: "political_articles", unit, year: 2025 });
    if (target !== null)
      ctx.figure(
        ws,
        ref(targetCol, row),
        entry.ours ? target : Math.round(target * (0.7 + rng.next() * 0.6)),
      );
    put(ws, ref(rankCol, row), ranks[i] ?? 1, { align: "center" });
    row++;
  });
  put(ws, ref(2, row), ctx.pickText("average", T.average), { bold: true });
  for (const x of cols) {
    const v = ctx.data.value(
      x.year === undefined ? { input: x.input, unit } : { input: x.input, unit, year: x.year },
    );
    if (typeof v !== "number" || x.input === "security_level") continue;
    const at = `${ref(x.col, first)}:${ref(x.col, row - 1)}`;
    put(
      ws,
      ref(x.col, row),
      { formula: `ROUND(AVERAGE(${at}),0)`, result: Math.round(v * (0.8 + rng.next() * 0.4)) },
      {
        numFmt: "#,##0",
        bold: true,
      },
    );
  }
  grid(ws, top, 1, row, last);
}

/** A neighbouring agency's figure or answer: of the same order as Lai Châu's, never tied to it. */
function neighbour(ctx: Blind18Context, ws: ExcelJS.Worksheet, at: string, slot: Slot): void {
  const { rng } = ctx;
  const v = ctx.data.value(slot);
  if (typeof v === "boolean") {
    const yes = rng.chance(0.6);
    ctx.write(ws, at, yes ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", { align: "center" });
  } else if (v === "not-applicable") {
    ctx.write(ws, at, ctx.style.notApplicable, "word", { align: "center" });
  } else if (slot.input === "security_level") {
    ctx.write(ws, at, ctx.words(slot.input, rng.pick([1, 2, 3])) ?? String(rng.pick([1, 2, 3])), "word", {
      align: "center",
    });
  } else if (typeof v === "number") {
    const n = Math.max(1, Math.round(v * (0.55 + rng.next() * 0.9)));
    ctx.figure(ws, at, n);
  }
}

function remoteSheet(ctx: Blind18Context, wb: ExcelJS.Workbook, fileName: string): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.pickText("sheet-remote", T.sheets.remote), [5, 30, 16, 16, 14, 18]);
  ctx.writeMerged(ws, "A1:F1", ctx.pickText("title", T.titles, { y: 2025 }), "upper", { bold: true });
  const h = 3;
  const texts = [
    ctx.pickText("h-no", G.no),
    ctx.pickText("h-area", T.heads.area),
    ctx.header("remote_population_total", "cluster"),
    ctx.header("remote_population_reached", "cluster"),
    ctx.pickText("h-share", T.heads.share),
    ctx.decoyLabel(B18_DECOYS.villages, "cluster"),
  ];
  texts.forEach((t, i) =>
    ctx.write(ws, ref(i + 1, h), t, "text", { bold: true, align: "center", wrap: true }),
  );
  const rows = rng.shuffle([
    ...T.provinces.map((p) => ({ name: p, ours: false })),
    { name: ctx.agency(PROVINCE, "cluster"), ours: true },
  ]);
  let row = h + 1;
  rows.forEach((r, i) => {
    put(ws, ref(1, row), i + 1, { align: "center" });
    ctx.write(ws, ref(2, row), r.name, r.ours ? "label" : "text");
    const total: Slot = { input: "remote_population_total", unit: PROVINCE };
    const reached: Slot = { input: "remote_population_reached", unit: PROVINCE };
    if (r.ours) {
      ctx.value(fileName, ws, ref(3, row), total);
      ctx.value(fileName, ws, ref(4, row), reached);
      const a = ctx.shownNumber(total);
      const b = ctx.shownNumber(reached);
      if (a !== undefined && b !== undefined)
        put(ws, ref(5, row), {
          formula: `ROUND(D${row}/C${row}*100,1)`,
          result: Math.round((b / a) * 1000) / 10,
        });
      ctx.figure(ws, ref(6, row), ctx.decoyValue(B18_DECOYS.villages, PROVINCE));
    } else {
      const a = rng.int(60000, 240000);
      const b = a - rng.int(0, 9000);
      ctx.figure(ws, ref(3, row), a);
      ctx.figure(ws, ref(4, row), b);
      put(ws, ref(5, row), {
        formula: `ROUND(D${row}/C${row}*100,1)`,
        result: Math.round((b / a) * 1000) / 10,
      });
      ctx.figure(ws, ref(6, row), rng.int(40, 220));
    }
    row++;
  });
  grid(ws, h, 1, row - 1, 6);
}

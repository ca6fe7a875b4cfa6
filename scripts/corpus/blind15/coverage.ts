/**
 * "b15-press-type-coverage": the department's workbook by press type (print, radio, television, electronic). The
 * province's remote-area population and the people reached by at least one type (not the sum of the types, which
 * overlap) beside last year's column and the target; the agencies' press types ticked "x" beside their digital
 * transformation answers and a count row; and political-task articles by press type, the sum per year the truth.
 */
import type ExcelJS from "exceljs";
import { colLetter, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind15Context } from "./context";
import {
  grid,
  headRow,
  nearFigure,
  newWorkbook,
  partsOf,
  planFigure,
  plain,
  put,
  sheet,
  shownNumber,
} from "./kit";
import { B15_COVERAGE as T } from "./texts";
import { B15_DECOYS, B15_INPUT_WORDINGS } from "./wordings";

/** Which press types (print, radio, television, electronic) each agency runs. */
const TYPES: Readonly<Record<string, readonly boolean[]>> = {
  "bao-lai-chau": [true, false, false, true],
  "dai-ptth-lai-chau": [false, true, true, true],
  "tap-chi-van-nghe-lai-chau": [true, false, false, false],
};

const DIGITAL = [
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "security_level",
  "licensed",
];

export function pressTypeCoverage(ctx: Blind15Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file);
  if (ctx.data.province) remoteSheet(ctx, wb, fileName);
  agencySheet(ctx, wb, fileName);
  articlesSheet(ctx, wb, fileName);
  return [{ fileName, workbook: wb }];
}

function remoteSheet(ctx: Blind15Context, wb: ExcelJS.Workbook, fileName: string): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.pickText("sheet1", T.sheet1), [6, 52, 10, 14, 14, 14, 14]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:G2", ctx.agency(PROVINCE, "remote"), "text", { italic: true });
  const head = 4;
  headRow(ctx, ws, head, [
    "STT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ctx.pickText("yearHead", T.yearHead, { y: 2024 }),
    ctx.pickText("yearHead", T.yearHead, { y: 2025 }),
    ctx.pickText("ratio", T.ratio),
    ctx.planHeader(2025),
  ]);
  const totalSlot = { input: "remote_population_total", unit: PROVINCE };
  const reachedSlot = { input: "remote_population_reached", unit: PROVINCE };
  const total = ctx.data.value(totalSlot) as number;
  const reached = ctx.data.value(reachedSlot) as number;
  let row = head + 1;
  put(ws, `A${row}`, 1, { align: "center" });
  ctx.write(ws, `B${row}`, ctx.header("remote_population_total", "coverage"), "label", { wrap: true });
  ctx.write(ws, `C${row}`, ctx.measure("remote_population_total"), "text", { align: "center" });
  plain(ws, `D${row}`, nearFigure(ctx, totalSlot, 0.97, 0.995) ?? total - 1);
  ctx.value(fileName, ws, `E${row}`, totalSlot);
  row++;
  const reachedShown = ctx.data.shown(reachedSlot);
  T.types.forEach((type, i) => {
    put(ws, `A${row}`, `2.${i + 1}`, { align: "center" });
    ctx.write(ws, `B${row}`, type, "label", { italic: true });
    ctx.write(ws, `C${row}`, ctx.measure("remote_population_reached"), "text", { align: "center" });
    const share = [0.35, 0.9, 0.75, 0.5][i] ?? 0.5;
    const v = Math.min(reached - 1, Math.round(reached * (share + rng.next() * 0.08)));
    plain(ws, `D${row}`, Math.round(v * (0.9 + rng.next() * 0.08)));
    plain(ws, `E${row}`, v);
    put(ws, `F${row}`, `${vnNumberText(Math.round((v / total) * 1000) / 10)}%`, { align: "right" });
    row++;
  });
  put(ws, `A${row}`, 2, { align: "center", bold: true });
  ctx.write(ws, `B${row}`, ctx.inTurn(B15_INPUT_WORDINGS.remote_population_reached ?? [], 2), "label", {
    bold: true,
    wrap: true,
  });
  ctx.write(ws, `C${row}`, ctx.measure("remote_population_reached"), "text", { align: "center" });
  plain(ws, `D${row}`, nearFigure(ctx, reachedSlot, 0.9, 0.98) ?? reached - 1);
  ctx.value(fileName, ws, `E${row}`, reachedSlot);
  if (reachedShown)
    put(ws, `F${row}`, `${vnNumberText(Math.round((reached / total) * 1000) / 10)}%`, { align: "right" });
  put(ws, `G${row}`, "100%", { align: "center" });
  row++;
  put(ws, `A${row}`, 3, { align: "center" });
  ctx.write(ws, `B${row}`, ctx.decoyLabel(B15_DECOYS.households), "label");
  ctx.write(ws, `C${row}`, B15_DECOYS.households.measure, "text", { align: "center" });
  plain(ws, `E${row}`, ctx.decoyValue(B15_DECOYS.households, PROVINCE));
  grid(ws, head, 1, row, 7);
}

function agencySheet(ctx: Blind15Context, wb: ExcelJS.Workbook, fileName: string): void {
  const { rng } = ctx;
  const cols = 2 + T.typeHeads.length + DIGITAL.length + 1;
  const ws = sheet(wb, ctx.pickText("sheet2", T.sheet2), [6, 34, ...Array<number>(cols - 2).fill(13)]);
  ctx.writeMerged(ws, `A1:${colLetter(cols)}1`, ctx.pickText("title", T.title), "upper", { bold: true });
  const top = 3;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, "STT", "label", { bold: true });
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, ctx.pickText("agencyCol", T.agencyCol), "label", { bold: true });
  const typeFrom = 3;
  const digitalFrom = typeFrom + T.typeHeads.length;
  const followCol = digitalFrom + DIGITAL.length;
  ctx.writeMerged(
    ws,
    `${ref(typeFrom, top)}:${ref(digitalFrom - 1, top)}`,
    ctx.pickText("kinds", T.kinds),
    "label",
    { bold: true },
  );
  ctx.writeMerged(
    ws,
    `${ref(digitalFrom, top)}:${ref(followCol - 1, top)}`,
    ctx.pickText("digital", T.digital),
    "label",
    { bold: true },
  );
  ctx.writeMerged(
    ws,
    `${ref(followCol, top)}:${ref(followCol, top + 1)}`,
    ctx.decoyLabel(B15_DECOYS.followers),
    "label",
    { bold: true },
  );
  headRow(ctx, ws, top + 1, [...T.typeHeads, ...DIGITAL.map((i) => ctx.header(i, "types"))], typeFrom);
  grid(ws, top, 1, top + 1, cols);
  let row = top + 2;
  const first = row;
  AGENCIES.forEach((unit: UnitId, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "row"), "label");
    (TYPES[unit] ?? []).forEach((has, t) => {
      if (has) put(ws, ref(typeFrom + t, row), "x", { align: "center" });
    });
    DIGITAL.forEach((input, d) => {
      if (input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") return;
      ctx.value(fileName, ws, ref(digitalFrom + d, row), { input, unit });
    });
    plain(ws, ref(followCol, row), ctx.decoyValue(B15_DECOYS.followers, unit));
    row++;
  });
  // A count row: how many agencies ticked each column ("2/3"), never an agency's answer.
  ctx.write(ws, `B${row}`, ctx.pickText("countRow", T.countRow), "label", { bold: true });
  const slash = rng.chance(0.5);
  for (let c = typeFrom; c < followCol; c++) {
    const input = DIGITAL[c - digitalFrom];
    if (input === "staff_total" || input === "staff_trained") {
      const all = AGENCIES.map((u) => shownNumber(ctx, { input, unit: u }) ?? 0);
      const sum = all.reduce((a, b) => a + b, 0);
      put(
        ws,
        ref(c, row),
        { formula: `SUM(${ref(c, first)}:${ref(c, row - 1)})`, result: sum },
        { bold: true },
      );
      continue;
    }
    const n =
      input === undefined
        ? AGENCIES.filter((u) => TYPES[u]?.[c - typeFrom] === true).length
        : AGENCIES.filter((u) => {
            if (input === "licensed" && u !== "tap-chi-van-nghe-lai-chau") return false;
            const v = ctx.data.value({ input, unit: u });
            return v === true || (typeof v === "number" && v >= 3);
          }).length;
    put(ws, ref(c, row), slash ? `${n}/3` : n, { align: "center", bold: true });
  }
  grid(ws, first, 1, row, cols);
}

function articlesSheet(ctx: Blind15Context, wb: ExcelJS.Workbook, fileName: string): void {
  const { rng } = ctx;
  const years = [2022, 2023, 2024, 2025].filter((y) => ctx.data.years.political_articles.includes(y));
  const width = T.typeHeads.length + 1;
  const cols = 2 + years.length * width + 1;
  const ws = sheet(wb, ctx.pickText("sheet3", T.sheet3), [6, 34, ...Array<number>(cols - 2).fill(12)]);
  ctx.writeMerged(ws, `A1:${colLetter(cols)}1`, ctx.pickText("articles", T.articles), "upper", {
    bold: true,
  });
  const top = 3;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, "STT", "label", { bold: true });
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, ctx.pickText("agencyCol", T.agencyCol), "label", { bold: true });
  const planCol = cols;
  years.forEach((y, j) => {
    const from = 3 + j * width;
    ctx.writeMerged(
      ws,
      `${ref(from, top)}:${ref(from + width - 1, top)}`,
      ctx.pickText("yearHead", T.yearHead, { y }),
      "label",
      { bold: true },
    );
    headRow(ctx, ws, top + 1, [...T.typeHeads, ctx.pickText("sum", T.sum)], from);
  });
  ctx.writeMerged(ws, `${ref(planCol, top)}:${ref(planCol, top + 1)}`, ctx.planHeader(2025), "label", {
    bold: true,
  });
  grid(ws, top, 1, top + 1, cols);
  let row = top + 2;
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "row"), "label");
    const has = TYPES[unit] ?? [];
    const runs = has.map((h, t) => (h ? t : -1)).filter((t) => t >= 0);
    years.forEach((y, j) => {
      const from = 3 + j * width;
      const slot = { input: "political_articles", unit, year: y };
      const v = shownNumber(ctx, slot);
      if (v === undefined) {
        ctx.value(fileName, ws, ref(from + width - 1, row), slot);
        return;
      }
      const parts = runs.length > 1 ? partsOf(v, runs.length, rng, 0.5) : [v];
      runs.forEach((t, k) => plain(ws, ref(from + t, row), parts[k] ?? 0));
      ctx.value(fileName, ws, ref(from + width - 1, row), slot, {
        formula: `SUM(${ref(from, row)}:${ref(from + width - 2, row)})`,
      });
    });
    const target = planFigure(ctx, { input: "political_articles", unit, year: 2025 });
    if (target !== null) plain(ws, ref(planCol, row), target);
    row++;
  });
  grid(ws, top + 2, 1, row - 1, cols);
}

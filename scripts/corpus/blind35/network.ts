/**
 * b35-district-correspondent-network: each agency's sheet counting its grassroots correspondents and the works they
 * sent in, district by district, years 2020–2025 as columns; the districts' SUM row (the correspondents' works, far
 * fewer) right above the agency's own total of political-task works; a part-of-year column and next year's target
 * to the right now and then. Under it the agency's people: the headcount, the correspondents trained in news
 * writing (not staff), those trained in digital transformation, and whether the newsroom is converged and content
 * goes onto digital platforms (the correspondents' works come in through them). When the province is reported, a
 * sheet of the districts' remote population and people reached, 2023's and 2024's columns before 2025's, the
 * province's figures in 2025's SUM row (G, H). A hidden sheet of dropped correspondents.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARS, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind35Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, spreadOver } from "./kit";
import { B35_NETWORK as T } from "./texts";
import { B35_DECOYS as D } from "./wordings";

export const NETWORK_HEAD = 5;
/** 2020 in D … 2025 in I. */
export const NETWORK_YEAR_COL = (year: number): number => 4 + (year - 2020);
export const NETWORK_PEOPLE_COL = "C";
/** The province sheet's two header rows start here; this year's SUM row holds the province's figures (G, H). */
export const NETWORK_AREA_HEAD = 3;

function agencySheet(
  ctx: Blind35Context,
  wb: ReturnType<typeof newWorkbook>,
  fileName: string,
  unit: UnitId,
) {
  const { rng, data } = ctx;
  const ws = sheet(wb, ctx.agency(unit, "sheet"), [6, 44, 12, 10, 10, 10, 10, 10, 10, 12, 12]);
  const partial = rng.chance(0.45);
  const planCol = partial ? 11 : 10;
  ctx.writeMerged(ws, "A1:C1", ctx.agency(unit, "mast"), "upper", { bold: true });
  ctx.writeMerged(ws, `A2:${ref(planCol, 2)}`, ctx.pickText("title", T.title), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, `A3:${ref(planCol, 3)}`, ctx.pickText("sub", T.sub, 2025), "text", { italic: true });
  const yearHead = rng.chance(0.5) ? (y: number) => `Năm ${y}` : (y: number) => String(y);
  const head = [
    "STT",
    ctx.pickText("district", T.district),
    ctx.decoyLabel(D.correspondents, "ctv"),
    ...YEARS.map(yearHead),
  ];
  if (partial) head.push(ctx.partialHeader(2025));
  head.push(ctx.planHeader(2026));
  headers(ctx, ws, NETWORK_HEAD, head);
  const districts = T.districts;
  const first = NETWORK_HEAD + 1;
  const shown = data.years.political_articles;
  const people = spreadOver(ctx, ctx.decoyValue(D.correspondents, unit), districts.length);
  const byYear = new Map(
    YEARS.map((y) => [y, spreadOver(ctx, ctx.decoyValue(D.correspondentWorks, unit, y), districts.length)]),
  );
  districts.forEach((d, i) => {
    const r = first + i;
    ctx.write(ws, `A${r}`, String(i + 1));
    ctx.write(ws, `B${r}`, d, "label");
    ctx.figure(ws, `C${r}`, people[i] ?? 1);
    for (const y of YEARS)
      if (shown.includes(y)) ctx.figure(ws, ref(NETWORK_YEAR_COL(y), r), byYear.get(y)?.[i] ?? 1);
  });
  const sumRow = first + districts.length;
  const lastDistrict = sumRow - 1;
  ctx.write(ws, `B${sumRow}`, ctx.decoyLabel(D.correspondentWorks, "sum"), "label", { bold: true });
  const total = (parts: readonly number[]) => parts.reduce((a, b) => a + b, 0);
  ctx.formula(ws, `C${sumRow}`, `SUM(C${first}:C${lastDistrict})`, total(people), true);
  for (const y of YEARS)
    if (shown.includes(y)) {
      const col = ref(NETWORK_YEAR_COL(y), first).replace(/\d+$/, "");
      ctx.formula(
        ws,
        `${col}${sumRow}`,
        `SUM(${col}${first}:${col}${lastDistrict})`,
        total(byYear.get(y) ?? []),
        true,
      );
    }
  const truthRow = sumRow + 1;
  ctx.write(ws, `B${truthRow}`, ctx.header("political_articles", unit), "label", {
    bold: true,
  });
  for (const y of YEARS)
    ctx.value(fileName, ws, ref(NETWORK_YEAR_COL(y), truthRow), slotOf("political_articles", unit, y));
  const now = slotOf("political_articles", unit, 2025);
  if (partial && ctx.shownNumber(now) !== undefined) {
    const part = nearFigure(ctx, now, 0.6, 0.8);
    if (part !== null) ctx.figure(ws, ref(10, truthRow), part);
  }
  const target = planFigure(ctx, now);
  if (target !== null) ctx.figure(ws, ref(planCol, truthRow), target);

  let row = truthRow + 2;
  headers(ctx, ws, row, ["", ctx.pickText("staff", T.staffBlock), ctx.pickText("people", T.people)]);
  row++;
  const block: Array<"staff_total" | "staff_trained" | "ctv" | "digital_platforms" | "converged_newsroom"> = [
    "staff_total",
    "ctv",
    "staff_trained",
    "converged_newsroom",
    "digital_platforms",
  ];
  for (const what of block) {
    const r = row++;
    if (what === "ctv") {
      ctx.write(ws, `B${r}`, ctx.decoyLabel(D.correspondentsTrained, "ctvTrained"), "label", {
        italic: true,
      });
      ctx.figure(ws, `${NETWORK_PEOPLE_COL}${r}`, ctx.decoyValue(D.correspondentsTrained, unit));
      continue;
    }
    const label = what === "staff_total" ? ctx.header(what, unit) : ctx.label(what, { key: "net" });
    ctx.write(ws, `B${r}`, label, "label");
    ctx.value(fileName, ws, `${NETWORK_PEOPLE_COL}${r}`, slotOf(what, unit));
  }
  if (rng.chance(0.45)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
}

/** Spreads `reached` over districts in proportion to their people, never more than a district has. */
function reachedOf(people: readonly number[], reached: number): number[] {
  const all = people.reduce((a, b) => a + b, 0);
  const out = people.map((p) => (all === 0 ? 0 : Math.floor((p * reached) / all)));
  let left = reached - out.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0 && i < out.length * 2; i++) {
    const k = i % out.length;
    if ((out[k] ?? 0) < (people[k] ?? 0)) {
      out[k] = (out[k] ?? 0) + 1;
      left--;
    }
  }
  return out;
}

/**
 * The districts' remote population and the people reached, the two years before this one first; the province's
 * figures are this year's SUM row.
 */
function provinceSheet(ctx: Blind35Context, wb: ReturnType<typeof newWorkbook>, fileName: string): void {
  const ws = sheet(wb, ctx.pickText("area", T.areaSheet), [6, 30, 15, 15, 15, 15, 15, 15]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("areaTitle", T.areaTitle), "upper", { bold: true });
  const head = NETWORK_AREA_HEAD;
  ctx.writeMerged(ws, `A${head}:A${head + 1}`, "STT", "text", { bold: true });
  ctx.writeMerged(ws, `B${head}:B${head + 1}`, ctx.pickText("district", T.district), "text", { bold: true });
  ctx.writeMerged(ws, `C${head}:D${head}`, "Năm 2023", "text", { bold: true });
  ctx.writeMerged(ws, `E${head}:F${head}`, "Năm 2024", "text", { bold: true });
  ctx.writeMerged(ws, `G${head}:H${head}`, "Năm 2025", "text", { bold: true });
  const inputs = ["remote_population_total", "remote_population_reached"] as const;
  const heads = [2023, 2024, 2025].flatMap((y) => inputs.map((input) => ctx.header(input, String(y))));
  heads.forEach((h, i) =>
    ctx.write(ws, ref(3 + i, head + 1), h, "text", { bold: true, align: "center", wrap: true }),
  );
  grid(ws, head, 1, head + 1, 8);
  const first = head + 2;
  const districts = T.districts;
  const now = inputs.map((input) => Number(ctx.data.value(slotOf(input, PROVINCE))));
  const past = now.map((v) => Math.round(v * (0.965 + ctx.rng.next() * 0.025)));
  if ((past[1] ?? 0) > (past[0] ?? 0)) past[1] = past[0] ?? 0;
  const older = past.map((v) => Math.round(v * (0.97 + ctx.rng.next() * 0.02)));
  if ((older[1] ?? 0) > (older[0] ?? 0)) older[1] = older[0] ?? 0;
  // The same districts hold about the same people each year: earlier figures follow this year's spread.
  const nowTotal = spreadOver(ctx, now[0] ?? 0, districts.length);
  const pastTotal = reachedOf(nowTotal, past[0] ?? 0);
  const olderTotal = reachedOf(pastTotal, older[0] ?? 0);
  const cols = [
    olderTotal,
    reachedOf(olderTotal, older[1] ?? 0),
    pastTotal,
    reachedOf(pastTotal, past[1] ?? 0),
    nowTotal,
    reachedOf(nowTotal, now[1] ?? 0),
  ];
  districts.forEach((d, i) => {
    const r = first + i;
    ctx.write(ws, `A${r}`, String(i + 1));
    ctx.write(ws, `B${r}`, d, "label");
    cols.forEach((c, k) => {
      // The districts' figures stand only where the province's total is reported.
      if (k >= 4 && !ctx.data.shown(slotOf(inputs[k - 4] ?? "remote_population_total", PROVINCE))) return;
      ctx.figure(ws, ref(3 + k, r), c[i] ?? 0);
    });
  });
  const sumRow = first + districts.length;
  ctx.write(ws, `B${sumRow}`, ctx.agency(PROVINCE, "area"), "label", { bold: true });
  cols.forEach((c, k) => {
    const col = ref(3 + k, first).replace(/\d+$/, "");
    const formula = `SUM(${col}${first}:${col}${sumRow - 1})`;
    const total = c.reduce((a, b) => a + b, 0);
    if (k < 4) {
      ctx.formula(ws, `${col}${sumRow}`, formula, total, true);
      return;
    }
    const input = inputs[k - 4] ?? "remote_population_total";
    ctx.value(fileName, ws, `${col}${sumRow}`, slotOf(input, PROVINCE), { formula });
  });
}

export function correspondentNetwork(ctx: Blind35Context): BuiltFile[] {
  const { rng } = ctx;
  const fileName = ctx.pickText("file", T.files, 2025);
  const wb = newWorkbook();
  for (const unit of AGENCIES) agencySheet(ctx, wb, fileName, unit);
  if (ctx.data.province) provinceSheet(ctx, wb, fileName);
  if (rng.chance(0.5))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [T.scratchRows[0] ?? "", rng.int(2, 14)],
      [T.scratchRows[1] ?? "", rng.int(5, 60)],
    ]);
  return [{ fileName, workbook: wb }];
}

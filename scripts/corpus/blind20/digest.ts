/**
 * b20-socioeconomic-indicator-digest: the People's Committee office's table of the province's socio-economic
 * indicators for the year-end council session. The press figures sit in one section among unrelated indicators
 * (growth, budget, grain, poverty, FM coverage), each input a parent row summing the agencies' sub-rows ("- Báo …").
 * Columns: two past years' results, this year's plan, this year's estimate (the truth for 2025 and for status
 * inputs), a ratio and notes. Traps: the parent totals, the plan column between last year and this year, unrelated
 * rows with the same units (the province's whole population beside the remote-area one), near-miss rows with agency
 * sub-rows of their own, and sometimes a hidden earlier draft.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, isYearly, kindOf, statusInputsOf, type UnitId } from "../model";
import { masthead, title } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind20Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, ROMAN, sheet, slotOf } from "./kit";
import { B20_COMMON as C, B20_DIGEST as T } from "./texts";
import { B20_DECOYS as D } from "./wordings";

const YEARS = [2023, 2024, 2025] as const;
/** Column of each year's actual figure; the plan stands in F, between 2024 (E) and 2025 (G). */
const COL: Readonly<Record<number, number>> = { 2023: 4, 2024: 5, 2025: 7 };
const PLAN = 6;
const LAST = 9;

export function socioeconomicDigest(ctx: Blind20Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.choose("file", [
    "Bieu_KTXH_2025.xlsx",
    "PL so lieu KT-XH nam 2025.xlsx",
    "ChiTieu_KTXH_HDND.xlsx",
  ]);
  const ws = sheet(
    wb,
    ctx.choose("sheet", ["Biểu 01-KTXH", "PL1 so lieu", "KTXH 2025"]),
    [6, 52, 10, 13, 13, 15, 15, 11, 26],
  );
  masthead(ctx, ws, null, LAST);
  title(ctx, ws, 4, LAST, ctx.pickText("title", T.titles, { y: 2025 }), ctx.pickText("sub", T.subs));
  const head = 7;
  headers(ctx, ws, head, [
    C.no,
    T.item,
    C.unit,
    T.actual.replace("{y}", "2023"),
    T.actual.replace("{y}", "2024"),
    ctx.planHeader(2025),
    T.estimate.replace("{y}", "2025"),
    T.ratio,
    T.note,
  ]);
  let row = head + 1;
  const section = (i: number) => {
    ctx.write(ws, `A${row}`, ROMAN[i] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, T.sections[i] ?? "", "upper", { bold: true });
    row++;
  };
  /** An unrelated indicator with invented figures. */
  const unrelated = (label: string, unit: string, base: number) => {
    ctx.write(ws, `B${row}`, label);
    ctx.write(ws, `C${row}`, unit, "text", { align: "center" });
    for (const [col, f] of [
      [4, 0.9],
      [5, 0.96],
      [PLAN, 1.05],
      [7, 1.02],
    ] as const)
      ctx.figure(ws, `${colLetter(col)}${row}`, Math.round(base * f * 10) / 10);
    row++;
  };

  section(0);
  T.economy.forEach((label, i) => unrelated(label, C.units[i] ?? "", [7.2, 2650, 218000, 14300][i] ?? 100));

  section(1);
  unrelated(T.social[0] ?? "", "%", 31.4);
  const sub = (n: number) => ctx.write(ws, `A${row}`, String(n), "text", { align: "center" });
  // The province's whole population: the trap beside the remote-area rows.
  sub(1);
  const pop = ctx.decoyRow(D.provincePopulation, PROVINCE, "digest");
  ctx.write(ws, `B${row}`, pop.text);
  ctx.write(ws, `C${row}`, ctx.measure("remote_population_total"), "text", { align: "center" });
  ctx.figure(ws, `E${row}`, Math.round(pop.value * 0.985));
  ctx.figure(ws, `G${row}`, pop.value);
  row++;
  {
    ["remote_population_total", "remote_population_reached"].forEach((input, i) => {
      sub(i + 2);
      const slot = { input, unit: PROVINCE };
      ctx.write(ws, `B${row}`, ctx.label(input, { key: "digest" }));
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      const last = nearFigure(ctx, slot, 0.9, 0.99);
      if (last !== null) ctx.figure(ws, `E${row}`, last);
      ctx.value(file, ws, `G${row}`, slot);
      row++;
    });
  }
  const homes = ctx.decoyRow(D.households, PROVINCE, "digest");
  ctx.write(ws, `B${row}`, homes.text);
  ctx.write(ws, `C${row}`, "Hộ", "text", { align: "center" });
  ctx.figure(ws, `G${row}`, homes.value);
  row++;
  unrelated(T.social[1] ?? "", "%", 84);

  section(2);
  unrelated(T.media[0] ?? "", T.mediaUnits[0] ?? "", 91.5);
  let n = 1;
  if (ctx.rng.chance(0.7)) row = nearBlock(ctx, ws, row, n++, D.followers);
  const inputs = ctx.rng
    .shuffle([
      "staff_total",
      "staff_trained",
      "digital_platforms",
      "ai_data_platform",
      "converged_newsroom",
      "autonomous",
      "security_level",
      "licensed",
    ])
    .slice(0, ctx.rng.int(3, 6));
  const order = ["political_articles", "revenue", ...inputs];
  for (const input of order) {
    // A near-miss block just before the true one, now and then.
    if (input === "political_articles" && ctx.rng.chance(0.6))
      row = nearBlock(ctx, ws, row, n++, D.allArticles);
    if (input === "revenue" && ctx.rng.chance(0.5)) row = nearBlock(ctx, ws, row, n++, D.adIncome);
    const units =
      input === "licensed"
        ? (["tap-chi-van-nghe-lai-chau"] as UnitId[])
        : AGENCIES.filter((u) => statusInputsOf(u).includes(input) || isYearly(input));
    const top = row;
    ctx.write(ws, `A${row}`, `${n++}`, "text", { align: "center", bold: true });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "digest", unit: ctx.rng.chance(0.3) }), "label", {
      bold: true,
    });
    ctx.write(
      ws,
      `C${row}`,
      isYearly(input) || input.startsWith("staff") ? ctx.measure(input) : T.agencyCount,
      "text",
      {
        align: "center",
      },
    );
    row++;
    for (const unit of units) {
      ctx.write(ws, `B${row}`, `- ${ctx.agency(unit, "digest")}`);
      if (isYearly(input)) {
        for (const year of YEARS)
          ctx.value(file, ws, `${colLetter(COL[year] ?? 7)}${row}`, slotOf(input, unit, year));
        const target = planFigure(ctx, slotOf(input, unit, 2025));
        if (target !== null) ctx.figure(ws, `F${row}`, target);
      } else {
        const slot = slotOf(input, unit);
        if (input.startsWith("staff")) {
          const last = nearFigure(ctx, slot, 0.85, 0.97);
          if (last !== null) ctx.figure(ws, `E${row}`, last);
        }
        ctx.value(file, ws, `G${row}`, slot);
      }
      if (ctx.rng.chance(0.15)) ctx.write(ws, `I${row}`, ctx.noteFor(input, 2025), "text", { italic: true });
      row++;
    }
    // The parent row: sums of the sub-rows for numbers, a count of agencies for yes/no inputs.
    if (isYearly(input) || input.startsWith("staff")) {
      for (const col of isYearly(input) ? [4, 5, 6, 7] : [7]) {
        const L = colLetter(col);
        let sum = 0;
        for (let r = top + 1; r < row; r++) {
          const v = ws.getCell(`${L}${r}`).value;
          sum +=
            typeof v === "number"
              ? v
              : typeof v === "string"
                ? Number(v.replace(/\./g, "").replace(",", ".")) || 0
                : 0;
        }
        ctx.formula(ws, `${L}${top}`, `SUM(${L}${top + 1}:${L}${row - 1})`, Math.round(sum * 10) / 10, true);
      }
    } else if (kindOf(input) === "yes-no" && input !== "licensed") {
      const yes = units.filter((u) => ctx.data.value(slotOf(input, u)) === true).length;
      put(ws, `G${top}`, `${yes}/${units.length}`, { bold: true, align: "center" });
    }
  }
  unrelated(T.media[1] ?? "", T.mediaUnits[1] ?? "", 21400);
  grid(ws, head + 1, 1, row - 1, LAST);

  if (ctx.rng.chance(0.6)) draft(ctx, wb, order);
  return [{ fileName: file, workbook: wb }];
}

/** A near-miss parent row with agency sub-rows (figures near the true ones, never truth). */
function nearBlock(
  ctx: Blind20Context,
  ws: ExcelJS.Worksheet,
  first: number,
  n: number,
  d: (typeof D)[keyof typeof D],
): number {
  let row = first;
  ctx.write(ws, `A${row}`, `${n}`, "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.decoyLabel(d, "digest"));
  ctx.write(ws, `C${row}`, ctx.decoyMeasure(d), "text", { align: "center" });
  row++;
  for (const unit of AGENCIES) {
    ctx.write(ws, `B${row}`, `- ${ctx.agency(unit, "digest")}`);
    ctx.figure(ws, `E${row}`, ctx.decoyValue(d, unit, 2024));
    ctx.figure(ws, `G${row}`, ctx.decoyValue(d, unit, 2025));
    row++;
  }
  return row;
}

/** A hidden earlier draft: the same labels with older, different figures. */
function draft(ctx: Blind20Context, wb: ExcelJS.Workbook, order: readonly string[]): void {
  const ws = sheet(wb, T.draft, [6, 52, 13]);
  ws.state = "hidden";
  let row = 1;
  for (const input of order)
    for (const unit of AGENCIES) {
      if (input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") continue;
      const v = nearFigure(ctx, slotOf(input, unit), 0.8, 0.95);
      if (v === null) continue;
      ctx.write(ws, `B${row}`, `${ctx.label(input, { key: "digest" })} - ${ctx.agency(unit, "digest")}`);
      ctx.figure(ws, `C${row}`, v);
      row++;
    }
}

/**
 * b31-press-law-ten-year-review: the province's annex to the ten-year review of the Press Law, one workbook. Sheet 1:
 * the agencies as blocks of rows, the years 2016–2025 as columns under one merged head (only 2020 on are the plan's),
 * a SUM column for the ten years; the works of every topic right above the political works, the advertising part
 * right under the revenue. Sheet 2: each status input as a row, each agency two columns (the state when the law came
 * into force, the state at the end of 2025: truth), then the province's remote figures in a small table of their own.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind31Context } from "./context";
import { newWorkbook, nearFigure, olderState, sheet, slotOf, writeOther } from "./kit";
import { B31_LAWREVIEW as T } from "./texts";
import { B31_DECOYS as D } from "./wordings";

const ROMAN = ["I", "II", "III"];
const YEARS10 = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const STATES = [
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "autonomous",
  "security_level",
  "licensed",
];

/** Column of a year on sheet 1 (2016 in D). */
export const yearCol = (year: number): number => 4 + YEARS10.indexOf(year);

export function pressLawReview(ctx: Blind31Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  series(ctx, wb, fileName);
  states(ctx, wb, fileName);
  return [{ fileName, workbook: wb }];
}

function series(ctx: Blind31Context, wb: ReturnType<typeof newWorkbook>, fileName: string): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.pickText("sheetSeries", T.sheetSeries), [
    6,
    46,
    9,
    ...YEARS10.map(() => 10),
    12,
    22,
  ]);
  ctx.writeMerged(ws, "A1:O1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:O2", ctx.pickText("sub", T.sub), "text", { italic: true });
  const head = { bold: true };
  ctx.writeMerged(ws, "A4:A5", "STT", "text", head);
  ctx.writeMerged(ws, "B4:B5", "Nội dung", "text", head);
  ctx.writeMerged(ws, "C4:C5", "ĐVT", "text", head);
  ctx.writeMerged(ws, "D4:M4", ctx.pickText("yearsOver", T.yearsOver), "text", head);
  const yearStyle = rng.int(0, 1);
  for (const y of YEARS10)
    ctx.write(ws, ref(yearCol(y), 5), yearStyle === 0 ? String(y) : `Năm ${y}`, "text", {
      bold: true,
      align: "center",
    });
  ctx.writeMerged(ws, "N4:N5", ctx.pickText("sum", T.sum), "text", head);
  ctx.writeMerged(ws, "O4:O5", "Ghi chú", "text", head);
  let row = 6;
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, ROMAN[i] ?? "", { bold: true, align: "center" });
    ctx.writeMerged(ws, `B${row}:O${row}`, ctx.agency(unit, "block"), "text", { bold: true, align: "left" });
    row++;
    let n = 0;
    const line = (
      label: string,
      measure: string,
      cells: ReadonlyMap<number, number>,
      truth?: "political_articles" | "revenue",
    ) => {
      put(ws, `A${row}`, truth === undefined && label.startsWith("-") ? "" : ++n, { align: "center" });
      ctx.write(ws, `B${row}`, label, "label", { wrap: true, italic: label.startsWith("-") });
      ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
      let sum = 0;
      for (const y of YEARS10) {
        const at = ref(yearCol(y), row);
        if (truth !== undefined && y >= 2020) {
          if (ctx.data.years[truth].includes(y) && ctx.value(fileName, ws, at, slotOf(truth, unit, y)))
            sum += ctx.shownNumber(slotOf(truth, unit, y)) ?? 0;
          continue;
        }
        const v = cells.get(y);
        if (v !== undefined) {
          ctx.figure(ws, at, v);
          sum += v;
        }
      }
      const first = YEARS10.find((y) =>
        truth !== undefined && y >= 2020 ? ctx.data.years[truth].includes(y) : cells.has(y),
      );
      if (first !== undefined && first > 2016 && rng.chance(0.6))
        ctx.write(ws, `O${row}`, `${ctx.pickText("notCounted", T.notCounted)} trước năm ${first}`, "text", {
          italic: true,
        });
      else if (rng.chance(0.15))
        ctx.write(ws, `O${row}`, ctx.note(2025), "text", { italic: true, wrap: true });
      if (sum > 0) ctx.formula(ws, `N${row}`, `SUM(D${row}:M${row})`, Math.round(sum * 10) / 10, true);
      row++;
    };
    /** Figures before 2020 going back from the 2020 value, when the series starts in 2020. */
    const early = (input: "political_articles" | "revenue"): Map<number, number> => {
      const out = new Map<number, number>();
      if (ctx.data.years[input][0] !== 2020) return out;
      let v = ctx.data.value(slotOf(input, unit, 2020)) as number;
      for (const y of [2019, 2018, 2017, 2016]) {
        v = Math.max(1, Math.round(v * (0.86 + rng.next() * 0.1)));
        out.set(y, v);
      }
      return out;
    };
    const decoyCells = (d: (typeof D)[keyof typeof D], input: "political_articles" | "revenue") =>
      new Map(ctx.data.years[input].map((y) => [y, ctx.decoyValue(d, unit, y)] as const));
    line(
      ctx.decoyLabel(D.allWorks, unit),
      ctx.measure("political_articles"),
      decoyCells(D.allWorks, "political_articles"),
    );
    line(
      ctx.label("political_articles", { key: unit }),
      ctx.measure("political_articles"),
      early("political_articles"),
      "political_articles",
    );
    line(ctx.label("revenue", { key: unit }), ctx.measure("revenue"), early("revenue"), "revenue");
    line(
      `- ${ctx.decoyLabel(D.advertising, unit)}`,
      ctx.measure("revenue"),
      decoyCells(D.advertising, "revenue"),
    );
  });
  grid(ws, 4, 1, row - 1, 15);
}

function states(ctx: Blind31Context, wb: ReturnType<typeof newWorkbook>, fileName: string): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.pickText("sheetStates", T.sheetStates), [6, 46, 9, 14, 14, 14, 14, 14, 14, 22]);
  ctx.writeMerged(ws, "A1:J1", ctx.pickText("title2", T.title), "upper", { bold: true });
  const order: UnitId[] = rng.shuffle(AGENCIES);
  const head = { bold: true };
  ctx.writeMerged(ws, "A3:A4", "STT", "text", head);
  ctx.writeMerged(ws, "B3:B4", "Nội dung", "text", head);
  ctx.writeMerged(ws, "C3:C4", "ĐVT", "text", head);
  const first = ctx.pickText("first", T.first);
  const now = ctx.pickText("now", T.now);
  order.forEach((unit, k) => {
    const c = 4 + 2 * k;
    ctx.writeMerged(ws, `${ref(c, 3)}:${ref(c + 1, 3)}`, ctx.agency(unit, "cols"), "text", head);
    ctx.write(ws, ref(c, 4), first, "text", { bold: true, align: "center", wrap: true });
    ctx.write(ws, ref(c + 1, 4), now, "text", { bold: true, align: "center", wrap: true });
  });
  ctx.writeMerged(ws, "J3:J4", "Ghi chú", "text", head);
  let row = 5;
  let n = 0;
  for (const input of STATES) {
    if (input === "staff_total" && rng.chance(0.5)) {
      ctx.write(ws, `B${row}`, ctx.decoyLabel(D.quota, "states"), "label", { wrap: true });
      order.forEach((unit, k) => ctx.figure(ws, ref(5 + 2 * k, row), ctx.decoyValue(D.quota, unit)));
      row++;
    }
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "states" }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    order.forEach((unit, k) => {
      if (input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") return;
      const c = 4 + 2 * k;
      let then = olderState(ctx, input, unit);
      if (input === "staff_trained") then = rng.int(0, 3);
      if (input === "licensed") then = true;
      if (typeof then === "boolean" && input !== "licensed" && rng.chance(0.7)) then = false;
      writeOther(ctx, ws, ref(c, row), input, then);
      ctx.value(fileName, ws, ref(c + 1, row), slotOf(input, unit));
    });
    if (rng.chance(0.15)) ctx.write(ws, `J${row}`, ctx.note(2025), "text", { italic: true, wrap: true });
    row++;
    if (input === "staff_trained" && rng.chance(0.5)) {
      ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(D.classes, "states")}`, "label", { italic: true });
      order.forEach((unit, k) => ctx.figure(ws, ref(5 + 2 * k, row), ctx.decoyValue(D.classes, unit)));
      row++;
    }
    if (input === "staff_total" && rng.chance(0.6)) {
      ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(D.pressCards, "states")}`, "label", { italic: true });
      order.forEach((unit, k) => ctx.figure(ws, ref(5 + 2 * k, row), ctx.decoyValue(D.pressCards, unit)));
      row++;
    }
  }
  grid(ws, 3, 1, row - 1, 10);
  if (!ctx.data.province && !rng.chance(0.3)) return;
  row += 2;
  ctx.writeMerged(ws, `B${row}:E${row}`, ctx.pickText("remoteTitle", T.remoteTitle), "text", {
    bold: true,
    align: "left",
  });
  row++;
  const top = row;
  [ctx.agency(PROVINCE, "remote"), "ĐVT", first, now].forEach((t, i) =>
    ctx.write(ws, ref(2 + i, row), t, "text", { bold: true, align: "center", wrap: true }),
  );
  row++;
  const remote = (input: string, older: readonly [number, number], d: (typeof D)[keyof typeof D]) => {
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "remote" }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    const then = nearFigure(ctx, slotOf(input, PROVINCE), older[0], older[1]);
    if (then !== null && ctx.data.province) ctx.figure(ws, `D${row}`, then);
    ctx.value(fileName, ws, `E${row}`, slotOf(input, PROVINCE));
    row++;
    ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(d, "remote")}`, "label", { italic: true });
    if (ctx.data.province) ctx.figure(ws, `E${row}`, ctx.decoyValue(d, PROVINCE));
    row++;
  };
  remote("remote_population_total", [0.86, 0.96], D.households);
  remote("remote_population_reached", [0.6, 0.82], D.notReached);
  grid(ws, top, 2, row - 1, 5);
}

/**
 * "b26-press-monitoring-review": the department's report on reading, watching and listening to the provincial
 * press after publication. Content rows (all works, works reviewed, the political works, works in ethnic languages,
 * works with errors) against a two-column group per agency (last year, this year; a target column in some), and a
 * formula total group at the right; a people part (headcount, press-card holders, trained). Earlier years' political
 * works on a second sheet, agencies as rows.
 */
import type ExcelJS from "exceljs";
import { ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind26Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B26_MONITORING as T } from "./texts";
import { B26_DECOYS as D, type B26Decoy } from "./wordings";

type Line =
  | { kind: "decoy"; decoy: B26Decoy }
  | { kind: "works" }
  | { kind: "status"; input: "staff_total" | "staff_trained" };

export function monitoringReview(ctx: Blind26Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.files, { y: 2025 })}.xlsx`;
  const withPlan = ctx.rng.chance(0.5);
  const width = withPlan ? 3 : 2;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets, { y: 2025 }), [6, 48, ...Array<number>(14).fill(11)]);
  const last = 2 + width * 3 + 2;
  ctx.writeMerged(ws, `A1:${ref(last, 1)}`, ctx.pickText("title", T.titles, { y: 2025 }), "upper", {
    bold: true,
  });
  ctx.writeMerged(ws, `A2:${ref(last, 2)}`, ctx.pickText("sub", T.subtitles, { y: 2025 }), "text", {
    italic: true,
  });
  ctx.writeMerged(ws, "A4:A5", "STT", "text", { bold: true });
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("h-content", T.contentHeads), "text", { bold: true });
  const colOf = (u: number, k: number) => 3 + u * width + k;
  AGENCIES.forEach((unit, u) => {
    ctx.writeMerged(
      ws,
      `${ref(colOf(u, 0), 4)}:${ref(colOf(u, width - 1), 4)}`,
      ctx.agency(unit, "group"),
      "text",
      {
        bold: true,
      },
    );
  });
  const totalCol = 3 + width * 3;
  ctx.writeMerged(
    ws,
    `${ref(totalCol, 4)}:${ref(totalCol + 1, 4)}`,
    ctx.pickText("h-total", T.totalHeads),
    "text",
    {
      bold: true,
    },
  );
  const subHeads = [
    ctx.pickText("h-y", T.yearHeads, { y: 2024 }),
    ctx.pickText("h-y", T.yearHeads, { y: 2025 }),
    ...(withPlan ? [ctx.planHeader(2025)] : []),
  ];
  const row5 = [...AGENCIES.flatMap(() => subHeads), subHeads[0] ?? "", subHeads[1] ?? ""];
  headers(ctx, ws, 5, row5, 3);

  const content: Line[] = [
    { kind: "decoy", decoy: D.allWorks },
    { kind: "decoy", decoy: D.reviewedWorks },
    { kind: "works" },
    { kind: "decoy", decoy: D.ethnicWorks },
    { kind: "decoy", decoy: D.flawedWorks },
  ];
  if (ctx.rng.chance(0.5)) [content[1], content[2]] = [content[2] as Line, content[1] as Line];
  let row = 6;
  ctx.write(ws, `A${row}`, "I", "text", { bold: true });
  ctx.write(ws, `B${row}`, ctx.pickText("part1", T.partContent), "upper", { bold: true });
  row++;
  content.forEach((line, i) => {
    writeLine(ctx, ws, file, row, `${i + 1}`, line, colOf, withPlan, totalCol);
    row++;
  });
  ctx.write(ws, `A${row}`, "II", "text", { bold: true });
  ctx.write(ws, `B${row}`, ctx.pickText("part2", T.partPeople), "upper", { bold: true });
  row++;
  const people: Line[] = [
    { kind: "status", input: "staff_total" },
    { kind: "decoy", decoy: D.cardHolders },
    { kind: "status", input: "staff_trained" },
    { kind: "decoy", decoy: D.otherTraining },
  ];
  people.forEach((line, i) => {
    writeLine(ctx, ws, file, row, `${i + 1}`, line, colOf, withPlan, totalCol);
    row++;
  });
  if (ctx.rng.chance(0.7)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
  earlierYears(ctx, wb, file);
  return [{ fileName: file, workbook: wb }];
}

function writeLine(
  ctx: Blind26Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  num: string,
  line: Line,
  colOf: (u: number, k: number) => number,
  withPlan: boolean,
  totalCol: number,
): void {
  ctx.write(ws, `A${row}`, num, "text", { align: "center" });
  const label =
    line.kind === "decoy"
      ? ctx.decoyLabel(line.decoy)
      : line.kind === "works"
        ? ctx.label("political_articles", { unit: ctx.rng.chance(0.4), key: "review" })
        : ctx.wording(line.input, "review");
  ctx.write(ws, `B${row}`, label, "label", { wrap: true });
  const sums = [0, 0];
  AGENCIES.forEach((unit: UnitId, u) => {
    [2024, 2025].forEach((year, k) => {
      const at = ref(colOf(u, k), row);
      let n: number | null = null;
      if (line.kind === "decoy") {
        n = ctx.decoyValue(line.decoy, unit, year);
        ctx.figure(ws, at, n);
      } else if (line.kind === "works") {
        const slot = slotOf("political_articles", unit, year);
        if (ctx.value(file, ws, at, slot)) n = Number(ctx.data.value(slot));
      } else if (year === 2025) {
        const slot = slotOf(line.input, unit);
        if (ctx.value(file, ws, at, slot)) n = Number(ctx.data.value(slot));
      } else {
        n = nearFigure(ctx, slotOf(line.input, unit), 0.85, 0.97);
        if (n !== null) ctx.figure(ws, at, n);
      }
      if (n !== null) sums[k] = (sums[k] ?? 0) + n;
    });
    if (withPlan && line.kind === "works") {
      const p = planFigure(ctx, slotOf("political_articles", unit, 2025));
      if (p !== null) ctx.figure(ws, ref(colOf(u, 2), row), p);
    }
  });
  [0, 1].forEach((k) => {
    const cells = AGENCIES.map((_, u) => ref(colOf(u, k), row)).join(",");
    ctx.formula(ws, ref(totalCol + k, row), `SUM(${cells})`, sums[k] ?? 0);
  });
}

/** Earlier years' political works: agencies as rows, years as columns. */
function earlierYears(ctx: Blind26Context, wb: ExcelJS.Workbook, file: string): void {
  const years = ctx.data.years.political_articles.filter((y) => y < 2024);
  if (years.length === 0) return;
  const ws = sheet(wb, ctx.pickText("sheet2", T.earlierSheets), [6, 34, 12, 12, 12, 12]);
  const what = `${ctx.wording("political_articles", "earlier")} ${ctx.pickText("title2", T.earlierTitles)}`;
  ctx.writeMerged(ws, "A1:F1", what, "text", { bold: true });
  headers(ctx, ws, 3, ["STT", ctx.pickText("h-unit", T.unitHeads), ...years.map((y) => `${y}`)]);
  AGENCIES.forEach((unit, i) => {
    const row = 4 + i;
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "earlier"));
    years.forEach((year, j) =>
      ctx.value(file, ws, ref(3 + j, row), slotOf("political_articles", unit, year)),
    );
  });
  ctx.write(ws, "B8", ctx.pickText("what", T.earlierWhat), "text", { italic: true });
}

/**
 * b35-arts-association-annual-return: the provincial Literature and Arts Association's yearly statistics, which
 * carry the magazine it runs. Sheet one counts the members by branch (a SUM row of all members, members trained in
 * writing camps): figures larger than any of the magazine's. Sheet two is the magazine's: part A years 2020–2025
 * as columns (issues, members' works printed right above the works, the works, the revenue, the state's creative
 * support under it) with next year's target to the right; part B its staff, trained staff, platforms, autonomy,
 * security and licence, answers in one column. Only the magazine's slots are in it. A hidden list now and then.
 */
import { ref } from "../../fixtures/sheetKit";
import { MAGAZINE, YEARS } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind35Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, sheet, slotOf, splitInto } from "./kit";
import { B35_ASSOCIATION as T } from "./texts";
import { B35_DECOYS as D } from "./wordings";

/** Part A's year columns: 2020 in D … 2025 in I; the target in J. */
export const ASSOC_YEAR_COL = (year: number): number => 4 + (year - 2020);
export const ASSOC_STATUS_COL = "C";
export const ASSOC_STATUS_INPUTS = [
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "autonomous",
  "security_level",
  "licensed",
] as const;

export function associationReturn(ctx: Blind35Context): BuiltFile[] {
  const { rng, data } = ctx;
  const fileName = ctx.pickText("file", T.files, 2025);
  const wb = newWorkbook();

  // Sheet one: the members.
  const ms = sheet(wb, ctx.pickText("members", T.memberSheet), [6, 40, 16, 16]);
  ctx.writeMerged(ms, "A1:D1", ctx.pickText("parent", T.parent), "upper", { bold: true });
  ctx.writeMerged(ms, "A3:D3", ctx.pickText("mtitle", T.memberTitle, 2025), "upper", { bold: true });
  headers(ctx, ms, 5, ["TT", ctx.pickText("branch", T.branch), ctx.pickText("count", T.memberCount)]);
  const branches = T.branches.slice(0, rng.int(5, T.branches.length));
  const members = splitInto(ctx, ctx.decoyValue(D.members, MAGAZINE), branches.length);
  branches.forEach((b, i) => {
    ctx.write(ms, `A${6 + i}`, String(i + 1));
    ctx.write(ms, `B${6 + i}`, b, "label");
    ctx.figure(ms, `C${6 + i}`, members[i] ?? 1);
  });
  const sumRow = 6 + branches.length;
  ctx.write(ms, `B${sumRow}`, ctx.decoyLabel(D.members, "members"), "label", { bold: true });
  ctx.formula(
    ms,
    `C${sumRow}`,
    `SUM(C6:C${sumRow - 1})`,
    members.reduce((a, b) => a + b, 0),
    true,
  );
  ctx.write(ms, `B${sumRow + 1}`, ctx.decoyLabel(D.membersTrained, "trained"), "label");
  ctx.figure(ms, `C${sumRow + 1}`, ctx.decoyValue(D.membersTrained, MAGAZINE));

  // Sheet two: the magazine.
  const ws = sheet(
    wb,
    ctx.pickText("magazine", T.magazineSheet),
    [6, 50, 12, 10, 10, 10, 10, 10, 10, 12, 24],
  );
  ctx.writeMerged(ws, "A1:C1", ctx.agency(MAGAZINE, "mast"), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:J3", ctx.pickText("title", T.magazineTitle), "upper", { bold: true, size: 13 });
  ctx.write(ws, "A5", ctx.pickText("yearly", T.yearlyPart), "text", { bold: true });
  const yearHead = rng.chance(0.5) ? (y: number) => `Năm ${y}` : (y: number) => String(y);
  headers(ctx, ws, 6, ["TT", "Nội dung", "ĐVT", ...YEARS.map(yearHead), ctx.planHeader(2026)]);
  let row = 7;
  const yearly = (text: string, measure: string, figure: (y: number) => number | null, no: string) => {
    ctx.write(ws, `A${row}`, no);
    ctx.write(ws, `B${row}`, text, "label");
    ctx.write(ws, `C${row}`, measure);
    for (const y of YEARS) {
      const f = figure(y);
      if (f !== null) ctx.figure(ws, ref(ASSOC_YEAR_COL(y), row), f);
    }
    row++;
  };
  const shownYears = data.years.political_articles;
  yearly(
    ctx.pickText("issues", T.issues),
    "số",
    (y) => (shownYears.includes(y) ? rng.int(4, 12) : null),
    "1",
  );
  yearly(
    ctx.decoyLabel(D.memberWorks, "works"),
    ctx.measure("political_articles"),
    (y) => (shownYears.includes(y) ? ctx.decoyValue(D.memberWorks, MAGAZINE, y) : null),
    "2",
  );
  for (const input of ["political_articles", "revenue"] as const) {
    const r = row++;
    ctx.write(ws, `A${r}`, input === "revenue" ? "4" : "3");
    ctx.write(ws, `B${r}`, ctx.label(input, { key: "assoc", unit: input === "revenue" }), "label");
    ctx.write(ws, `C${r}`, ctx.measure(input));
    for (const y of YEARS) ctx.value(fileName, ws, ref(ASSOC_YEAR_COL(y), r), slotOf(input, MAGAZINE, y));
    const target = planFigure(ctx, slotOf(input, MAGAZINE, 2025));
    if (target !== null) ctx.figure(ws, ref(10, r), target);
  }
  yearly(
    ctx.pickText("support", T.support),
    ctx.measure("revenue"),
    (y) => (data.years.revenue.includes(y) ? ctx.decoyValue(D.stateOrder, MAGAZINE, y) : null),
    "-",
  );

  row += 1;
  ctx.write(ws, `A${row}`, ctx.pickText("status", T.statusPart), "text", { bold: true });
  row++;
  headers(ctx, ws, row, ["TT", "Nội dung", ctx.pickText("state", T.state), "Ghi chú"]);
  ws.mergeCells(`D${row}:F${row}`);
  row++;
  ASSOC_STATUS_INPUTS.forEach((input, i) => {
    const r = row++;
    ctx.write(ws, `A${r}`, String(i + 1));
    const label = input === "licensed" ? ctx.header(input, "assoc") : ctx.label(input, { key: "assoc" });
    ctx.write(ws, `B${r}`, label, "label");
    ctx.value(fileName, ws, `${ASSOC_STATUS_COL}${r}`, slotOf(input, MAGAZINE));
    if (rng.chance(0.3)) ctx.write(ws, `D${r}`, ctx.note(), "text", { italic: true });
  });
  if (rng.chance(0.4)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });

  if (rng.chance(0.4))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [T.scratchRows[0] ?? "", rng.int(3, 19)],
      [T.scratchRows[1] ?? "", rng.int(1, 6)],
    ]);
  return [{ fileName, workbook: wb }];
}

/**
 * Family "b24-indicator-ranking-blocks": the department's ranking of the three press agencies, one block per
 * indicator. The yes/no criteria come first (agencies in the plan's order); then each numeric indicator has its
 * own block whose rows are the agencies sorted by this year's figure (so the order changes from block to block),
 * a rank column on the left, the change on last year as a formula and the year's target under a plan head on the
 * right. A reference block of near-miss figures follows the works and the revenue; the province's figures close
 * the sheet unranked. Sometimes a hidden sorting sheet.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { masthead, signature, type BuiltFile } from "../sheets";
import type { Blind24Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, ROMAN, sheet, slotOf } from "./kit";
import { B24_RANKING as T } from "./texts";
import { B24_DECOYS as D } from "./wordings";

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
const LAST = 10;

/** The agencies by the slot's figure, highest first; agencies without it last, in the plan's order. */
function ranked(ctx: Blind24Context, input: string): UnitId[] {
  const score = (u: UnitId) => ctx.shownNumber(slotOf(input, u, 2025)) ?? -1;
  return [...AGENCIES].sort((a, b) => score(b) - score(a));
}

export function rankingBlocks(ctx: Blind24Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [9, 40, 12, 12, 12, 12, 12, 12, 15, 18]);
  masthead(ctx, ws, null, LAST);
  ctx.writeMerged(ws, "A4:J4", ctx.pickText("title", T.title, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(ws, "A5:J5", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  let row = 7;
  let section = 0;

  // The yes/no criteria, agencies in the plan's order.
  const qualitative = [...new Set(AGENCIES.flatMap((u) => statusInputsOf(u)))].filter(
    (i) => !i.startsWith("staff"),
  );
  ctx.writeMerged(
    ws,
    `A${row}:J${row}`,
    `${ROMAN[section++]}. ${ctx.pickText("qual", T.qualitative)}`,
    "text",
    {
      bold: true,
      align: "left",
    },
  );
  row++;
  headers(ctx, ws, row, ["TT", ctx.pickText("agency", T.agency), ...qualitative.map((i) => ctx.header(i))]);
  row++;
  AGENCIES.forEach((unit, k) => {
    ctx.write(ws, `A${row}`, String(k + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "label");
    qualitative.forEach((input, j) => {
      if (statusInputsOf(unit).includes(input)) ctx.value(fileName, ws, ref(3 + j, row), slotOf(input, unit));
    });
    row++;
  });
  grid(ws, row - 4, 1, row - 1, 2 + qualitative.length);
  row++;

  // Yearly indicators: rank, agency, six years, change, target.
  for (const input of ["political_articles", "revenue"]) {
    ctx.writeMerged(
      ws,
      `A${row}:J${row}`,
      `${ROMAN[section++]}. ${ctx.label(input, { unit: true })}`,
      "label",
      {
        bold: true,
        align: "left",
      },
    );
    row++;
    const head = row;
    headers(ctx, ws, row, [
      ctx.pickText("rank", T.rank),
      ctx.pickText("agency", T.agency),
      ...YEARS.map((y) => ctx.pickText("year", T.yearHead, { y })),
      ctx.pickText("change", T.change),
      ctx.planHeader(2025),
    ]);
    row++;
    const order = ranked(ctx, input);
    order.forEach((unit, k) => {
      const has = ctx.shownNumber(slotOf(input, unit, 2025)) !== undefined;
      ctx.write(ws, `A${row}`, has ? String(k + 1) : "-", "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.agency(unit), "label");
      YEARS.forEach((y, j) => ctx.value(fileName, ws, ref(3 + j, row), slotOf(input, unit, y)));
      const now = ctx.shownNumber(slotOf(input, unit, 2025));
      const before = ctx.shownNumber(slotOf(input, unit, 2024));
      if (now !== undefined && before !== undefined)
        ctx.formula(
          ws,
          `I${row}`,
          `ROUND((H${row}-G${row})/G${row}*100,1)`,
          Math.round(((now - before) / before) * 1000) / 10,
        );
      const plan = planFigure(ctx, slotOf(input, unit, 2025));
      if (plan !== null) ctx.figure(ws, `J${row}`, plan);
      row++;
    });
    grid(ws, head, 1, row - 1, LAST);
    // The reference block: a near-miss figure for each agency, in the same order.
    const decoy = input === "revenue" ? ctx.rng.pick([D.adRevenue, D.budgetGrant]) : D.allTopicWorks;
    ctx.writeMerged(
      ws,
      `A${row}:J${row}`,
      `${ctx.pickText("ref", T.reference)}${ctx.decoyLabel(decoy)}`,
      "label",
      {
        italic: true,
        align: "left",
      },
    );
    row++;
    for (const unit of order) {
      ctx.write(ws, `B${row}`, ctx.agency(unit), "label", { italic: true });
      YEARS.forEach((y, j) =>
        ctx.figure(ws, ref(3 + j, row), ctx.decoyValue(decoy, unit, y), { italic: true }),
      );
      row++;
    }
    row++;
  }

  // People: rank, agency, the figure, its share.
  for (const input of ["staff_total", "staff_trained"]) {
    ctx.writeMerged(
      ws,
      `A${row}:J${row}`,
      `${ROMAN[section++]}. ${ctx.label(input, { unit: true })}`,
      "label",
      {
        bold: true,
        align: "left",
      },
    );
    row++;
    const head = row;
    headers(ctx, ws, row, [
      ctx.pickText("rank", T.rank),
      ctx.pickText("agency", T.agency),
      ctx.pickText("value", T.value, { y: 2025 }),
      ctx.pickText("share", T.share),
    ]);
    row++;
    const order = ranked(ctx, input);
    const sum = order.reduce((n, u) => n + (ctx.shownNumber(slotOf(input, u)) ?? 0), 0);
    order.forEach((unit, k) => {
      const v = ctx.shownNumber(slotOf(input, unit));
      ctx.write(ws, `A${row}`, v !== undefined ? String(k + 1) : "-", "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.agency(unit), "label");
      ctx.value(fileName, ws, `C${row}`, slotOf(input, unit));
      if (v !== undefined && sum > 0) ctx.figure(ws, `D${row}`, Math.round((v / sum) * 1000) / 10);
      row++;
    });
    grid(ws, head, 1, row - 1, 4);
    row++;
  }

  if (ctx.data.province) {
    ctx.writeMerged(
      ws,
      `A${row}:J${row}`,
      `${ROMAN[section++]}. ${ctx.pickText("prov", T.provinceBlock)}`,
      "text",
      {
        bold: true,
        align: "left",
      },
    );
    row++;
    ctx.write(ws, `B${row}`, ctx.agency(PROVINCE), "label", { italic: true });
    row++;
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      ctx.write(ws, `B${row}`, ctx.header(input, "rank"), "label");
      ctx.value(fileName, ws, `C${row}`, slotOf(input, PROVINCE));
      row++;
    }
  }
  if (ctx.rng.chance(0.4)) ctx.write(ws, `B${row + 1}`, ctx.note(2025), "text", { italic: true });
  signature(ctx, ws, row + 2, LAST);

  if (ctx.rng.chance(0.45)) {
    const hidden = sheet(wb, ctx.pickText("hidden", T.hiddenSheet), [30, 12, 12]);
    hidden.state = "hidden";
    AGENCIES.forEach((unit, k) => {
      ctx.write(hidden, `A${k + 1}`, ctx.agency(unit), "label");
      const near = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.9, 0.98);
      if (near !== null) ctx.figure(hidden, `B${k + 1}`, near);
    });
  }
  return [{ fileName, workbook: wb }];
}

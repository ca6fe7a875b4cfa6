/**
 * b25-balanced-scorecard: a balanced scorecard (BSC) per agency, one sheet each. Four perspectives merged down
 * column A; each KPI row has its weight (E, "10%"), the year's target (F, under a plan head), this year's result
 * (G) and last year's (H) beside it, and a score formula (I). Finance holds revenue with an advertising row,
 * audience the political articles with an all-works row, the internal process the platform, AI, newsroom,
 * security and licence answers, growth the headcount and the trained with a female-staff row; autonomy goes with
 * finance. A hidden sheet of weights.
 */
import type ExcelJS from "exceljs";
import { isYearly, kindOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind25Context } from "./context";
import { AGENCIES, headers, newWorkbook, planFigure, sheet, slotOf, titleBlock } from "./kit";
import { B25_SCORECARD as T } from "./texts";
import { B25_DECOYS as D, type B25Decoy } from "./wordings";

type Line = { input: string } | { decoy: B25Decoy };

export function balancedScorecard(ctx: Blind25Context): BuiltFile[] {
  const { rng } = ctx;
  const file = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  for (const unit of AGENCIES) scorecardOf(ctx, wb, file, unit);
  const hs = sheet(wb, ctx.pickText("hidden", T.hidden), [30, 10]);
  ctx.write(hs, "A1", T.hiddenCaption, "text", { bold: true });
  Object.values(T.perspectives).forEach((p, i) => {
    ctx.write(hs, `A${2 + i}`, p);
    hs.getCell(`B${2 + i}`).value = [0.3, 0.2, 0.3, 0.2][i] ?? 0.25;
  });
  hs.state = rng.chance(0.7) ? "hidden" : "veryHidden";
  return [{ fileName: file, workbook: wb }];
}

function scorecardOf(ctx: Blind25Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const { rng } = ctx;
  const short = ctx.slug(unit);
  const ws = sheet(
    wb,
    ctx.pickText("sheet", T.sheets).replace("{n}", short),
    [20, 9, 46, 10, 10, 14, 14, 14, 11, 22],
  );
  titleBlock(ctx, ws, 1, 10, T.title, T.subtitle.replace("{n}", ctx.agency(unit, "bsc")));
  const h = T.heads;
  headers(ctx, ws, 4, [
    h.perspective,
    h.code,
    h.kpi,
    h.measure,
    h.weight,
    ctx.planHeader(2025),
    h.result,
    h.prior,
    h.score,
    h.source,
  ]);
  const P = T.perspectives;
  const status = ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"];
  if (unit === "tap-chi-van-nghe-lai-chau") status.push("licensed");
  const groups: Array<[string, string, Line[]]> = [
    [
      "F",
      P.finance,
      [{ input: "revenue" }, { decoy: rng.pick([D.adRevenue, D.budgetGrant]) }, { input: "autonomous" }],
    ],
    ["C", P.audience, [{ input: "political_articles" }, { decoy: D.allWorks }]],
    ["I", P.process, rng.shuffle(status).map((input) => ({ input }))],
    ["L", P.growth, [{ input: "staff_total" }, { decoy: D.femaleStaff }, { input: "staff_trained" }]],
  ];
  let row = 5;
  let sum = 0;
  for (const [code, name, lines] of groups) {
    const first = row;
    lines.forEach((line, k) => {
      ctx.write(ws, `B${row}`, `${code}${k + 1}`, "text", { align: "center" });
      const weight = rng.pick([5, 5, 10, 10, 15]);
      ctx.write(ws, `E${row}`, `${weight}%`, "text", { align: "center" });
      if ("input" in line) {
        const input = line.input;
        ctx.write(ws, `C${row}`, ctx.header(input, `bsc|${unit}`), "label", { wrap: true });
        ctx.write(ws, `D${row}`, ctx.measure(input));
        const slot = slotOf(input, unit, 2025);
        const target = planFigure(ctx, slot);
        if (target !== null) ctx.figure(ws, `F${row}`, target);
        else if (kindOf(input) === "yes-no")
          ctx.write(ws, `F${row}`, ctx.style.yesNo[0], "word", { align: "center" });
        ctx.value(file, ws, `G${row}`, slot);
        if (isYearly(input)) ctx.value(file, ws, `H${row}`, slotOf(input, unit, 2024));
        const got = ctx.shownNumber(slot);
        if (target !== null && got !== undefined && kindOf(input) !== "level") {
          const score = Math.round(Math.min(got / target, 1.2) * weight * 100) / 100;
          ctx.formula(ws, `I${row}`, `ROUND(MIN(G${row}/F${row},1.2)*${weight},2)`, score);
          sum += score;
        }
        if (rng.chance(0.5)) ctx.write(ws, `J${row}`, rng.pick(T.sources), "text", { wrap: true });
      } else {
        ctx.write(ws, `C${row}`, ctx.decoyLabel(line.decoy, "bsc"), "label", { italic: true, wrap: true });
        const year = isYearly(line.decoy.near);
        for (const [col, y] of [
          ["G", 2025],
          ["H", 2024],
        ] as const) {
          if (!year && y === 2024) continue;
          if (ctx.data.shown(slotOf(line.decoy.near, unit, y)))
            ctx.figure(ws, `${col}${row}`, ctx.decoyValue(line.decoy, unit, y));
        }
      }
      row++;
    });
    ws.mergeCells(`A${first}:A${row - 1}`);
    ctx.write(ws, `A${first}`, name, "text", { bold: true, align: "center", wrap: true });
  }
  ctx.write(ws, `C${row}`, T.total, "text", { bold: true });
  ctx.formula(ws, `I${row}`, `SUM(I5:I${row - 1})`, Math.round(sum * 100) / 100, true);
  if (rng.chance(0.4)) ctx.write(ws, `C${row + 2}`, ctx.note(), "text", { italic: true });
}

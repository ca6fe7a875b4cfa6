/**
 * "b15-target-assignment-annex": the People's Committee's annex assigning next year's targets to each press agency.
 * The only actual figures are the past years (the last one an estimate) and the current state of each status
 * input; the 2025 column is the assigned target, so the 2025 figures are absent from the truth. A near-miss row
 * and a comparison column (target over estimate) sit beside them.
 */
import { colLetter, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARLY, isYearly, kindOf, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind15Context } from "./context";
import { grid, headRow, newWorkbook, planFigure, plain, put, sheet, shownNumber } from "./kit";
import { B15_ANNEX as T } from "./texts";
import { B15_DECOYS, B15_INPUT_WORDINGS, B15_SHORT_HEADERS } from "./wordings";

const ROMAN = ["I", "II", "III", "IV"];

export function targetAnnex(ctx: Blind15Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file);
  const past = [2021, 2022, 2023, 2024].slice(-rng.int(3, 4));
  const yearCol = new Map(past.map((y, i) => [y, 4 + i]));
  const statusCol = 4 + past.length;
  const planCol = statusCol + 1;
  const compareCol = planCol + 1;
  const noteCol = compareCol + 1;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 50, 10, ...past.map(() => 13), 16, 14, 14, 22]);
  ctx.writeMerged(ws, `A1:${colLetter(noteCol)}1`, ctx.pickText("title", T.title), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, `A2:${colLetter(noteCol)}2`, ctx.pickText("sub", T.sub), "text", { italic: true });
  const head = 4;
  headRow(ctx, ws, head, [
    "TT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ...past.map((y) =>
      y === 2024 ? ctx.pickText("last", T.last, { y }) : ctx.pickText("past", T.past, { y }),
    ),
    ctx.pickText("status", T.status),
    ctx.planHeader(2025),
    ctx.pickText("compare", T.compare, { y: 2025, v: "2024" }),
    "Ghi chú",
  ]);
  let row = head + 1;
  // The province's block is always there (its targets are assigned); its current state may be empty.
  const units: UnitId[] = [...AGENCIES, PROVINCE];
  units.forEach((unit, u) => {
    put(ws, `A${row}`, ROMAN[u] ?? "", { align: "center", bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "section"), "upper", { bold: true });
    row++;
    const inputs = unit === PROVINCE ? statusInputsOf(PROVINCE) : [...YEARLY, ...statusInputsOf(unit)];
    let n = 0;
    for (const input of inputs) {
      put(ws, `A${row}`, ++n, { align: "center" });
      const name =
        unit === PROVINCE
          ? `${ctx.inTurn(B15_INPUT_WORDINGS[input] ?? [input])} (${ctx.inTurn(B15_SHORT_HEADERS[input] ?? [input])})`
          : ctx.label(input);
      ctx.write(ws, `B${row}`, name, "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      if (isYearly(input)) {
        for (const [year, col] of yearCol) {
          if (ctx.data.years[input].includes(year))
            ctx.value(fileName, ws, ref(col, row), { input, unit, year });
        }
        const target = planFigure(ctx, { input, unit, year: 2025 });
        if (target !== null) {
          plain(ws, ref(planCol, row), target);
          const base = shownNumber(ctx, { input, unit, year: 2024 });
          if (base !== undefined)
            put(ws, ref(compareCol, row), `${vnNumberText(Math.round((target / base) * 1000) / 10)}%`, {
              align: "right",
            });
        }
      } else {
        ctx.value(fileName, ws, ref(statusCol, row), { input, unit });
        const v = ctx.data.value({ input, unit });
        if (input === "staff_total" || input === "remote_population_total")
          plain(ws, ref(planCol, row), planFigure(ctx, { input, unit }) ?? 1);
        else if (kindOf(input) === "count") put(ws, ref(planCol, row), "100%", { align: "center" });
        else if (kindOf(input) === "level" && v !== "not-applicable")
          ctx.write(ws, ref(planCol, row), T.planLevel, "word", { align: "center" });
        else if (v !== "not-applicable")
          ctx.write(ws, ref(planCol, row), rng.pick(T.plan2025), "word", { align: "center" });
      }
      if (rng.chance(0.15))
        ctx.write(ws, ref(noteCol, row), ctx.note(2024), "text", { italic: true, wrap: true });
      row++;
      // A near-miss row after the articles now and then: every article, not only the political ones.
      if (input === "political_articles" && rng.chance(0.5)) {
        put(ws, `A${row}`, "-", { align: "center" });
        ctx.write(ws, `B${row}`, ctx.decoyLabel(B15_DECOYS.allArticles), "label", { italic: true });
        for (const [year, col] of yearCol)
          if (ctx.data.years.political_articles.includes(year))
            plain(ws, ref(col, row), ctx.decoyValue(B15_DECOYS.allArticles, unit, year));
        row++;
      }
    }
  });
  grid(ws, head, 1, row - 1, noteCol);
  return [{ fileName, workbook: wb }];
}

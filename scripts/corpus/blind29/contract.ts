/**
 * b29-propaganda-contract-ledger: each agency's ledger of propaganda contracts signed with provincial departments
 * (hợp đồng tuyên truyền), a sheet per year. The contract rows and their "Cộng" row count only the commissioned
 * works and the contract money; the year's political works and total revenue sit in the summary block under them
 * (revenue a SUM of its parts, the contract part a formula pointing at the contracts' total). Traps: all works
 * above the political works, the commissioned works right under them, a part-of-year column on the last year's
 * sheet and a plan column beside the actuals, a hidden sheet of draft contracts.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind29Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, plainNumber, shares, sheet } from "./kit";
import { B29_CONTRACT as T } from "./texts";
import { B29_DECOYS as D } from "./wordings";

const COLS = 8;

export function contractLedger(ctx: Blind29Context): BuiltFile[] {
  const { rng, data } = ctx;
  const units = AGENCIES;
  const years = YEARS.filter(
    (y) => data.years.revenue.includes(y) || data.years.political_articles.includes(y),
  );
  return units.map((unit) => {
    const wb = newWorkbook();
    const fileName = `HD tuyen truyen ${years[years.length - 1] ?? 2025} - ${ctx.slug(unit)}.xlsx`;
    for (const year of years) yearSheet(ctx, wb, fileName, unit, year, year === years[years.length - 1]);
    if (rng.chance(0.5)) {
      const works = nearFigure(ctx, { input: "political_articles", unit, year: 2025 }, 0.1, 0.2);
      hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
        [ctx.pickText("draft", T.draft), ""],
        [ctx.decoyLabel(D.contractWorks, "hidden"), works],
        [ctx.decoyLabel(D.contractIncome, "hidden"), ctx.decoyValue(D.contractIncome, unit) + 37],
      ]);
    }
    return { fileName, workbook: wb };
  });
}

function yearSheet(
  ctx: Blind29Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
  year: number,
  last: boolean,
): void {
  const { rng, data } = ctx;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets, { y: year }), [6, 34, 14, 30, 14, 14, 14, 22]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.titles, { y: year }), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.agency(unit, "contract"), "text", { bold: true });
  ctx.write(ws, "F3", ctx.pickText("money", T.moneyNote), "text", { italic: true });
  const h = T.heads;
  headers(ctx, ws, 5, [
    "STT",
    ctx.pickText("h.partner", h.partner),
    ctx.pickText("h.number", h.number),
    ctx.pickText("h.content", h.content),
    ctx.pickText("h.works", h.works),
    ctx.pickText("h.value", h.value),
    ctx.pickText("h.paid", h.paid),
    "Ghi chú",
  ]);

  // The contracts: commissioned works and money, never the year's totals.
  const n = unit === MAGAZINE ? rng.int(2, 3) : rng.int(3, 6);
  const works = ctx.decoyValue(D.contractWorks, unit, year);
  const paid = ctx.decoyValue(D.contractIncome, unit, year);
  const workParts = shares(ctx, works, n);
  const paidParts = shares(ctx, paid, n);
  const partners = rng.shuffle(T.partners).slice(0, n);
  let row = 6;
  partners.forEach((partner, i) => {
    plainNumber(ws, `A${row}`, i + 1);
    ctx.write(ws, `B${row}`, partner, "text", { wrap: true });
    ctx.write(ws, `C${row}`, `${rng.int(2, 48)}/HĐ-${rng.pick(["TT", "QB", "ĐH"])}`);
    ctx.write(ws, `D${row}`, rng.pick(T.contents), "text", { wrap: true });
    plainNumber(ws, `E${row}`, workParts[i] ?? 0);
    const p = paidParts[i] ?? 0;
    plainNumber(ws, `F${row}`, Math.round(p * (1 + rng.next() * 0.15)) + 1);
    plainNumber(ws, `G${row}`, p);
    row++;
  });
  const sum = row;
  const valueSum = partners.reduce((s, _, i) => s + (Number(ws.getCell(`F${6 + i}`).value) || 0), 0);
  ctx.writeMerged(ws, `A${sum}:D${sum}`, ctx.pickText("total", T.total), "text", { bold: true });
  ctx.formula(ws, `E${sum}`, `SUM(E6:E${sum - 1})`, works, true);
  ctx.formula(ws, `F${sum}`, `SUM(F6:F${sum - 1})`, valueSum, true);
  ctx.formula(ws, `G${sum}`, `SUM(G6:G${sum - 1})`, paid, true);
  grid(ws, 6, 1, sum, COLS);

  // The summary block: the year's totals, a part-of-year column on the last sheet, the plan at the right.
  const top = sum + 2;
  const heads = [ctx.pickText("actual", T.actual, { y: year })];
  const partial = last && rng.chance(0.7);
  if (partial) heads.push(ctx.partialHeader(year));
  heads.push(ctx.planHeader(year));
  ctx.writeMerged(ws, `A${top}:D${top}`, ctx.pickText("summary", T.summaryHead, { y: year }), "upper", {
    bold: true,
  });
  headers(ctx, ws, top, heads, 5);
  const planCol = partial ? 7 : 6;
  let r = top + 1;
  const label = (text: string, bold = false) =>
    ctx.writeMerged(ws, `B${r}:D${r}`, text, "label", { bold, align: "left", wrap: true });

  const worksSlot = { input: "political_articles", unit, year };
  const allWorks = ctx.decoyValue(D.allWorks, unit, year);
  label(ctx.decoyLabel(D.allWorks, "contract"));
  ctx.figure(ws, `E${r}`, allWorks);
  if (partial) ctx.figure(ws, `F${r}`, Math.round(allWorks * 0.78));
  r++;
  plainNumber(ws, `A${r}`, 1);
  label(
    rng.chance(0.5)
      ? ctx.wordingAt("political_articles")
      : ctx.label("political_articles", { unit: rng.chance(0.4), key: "contract" }),
  );
  ctx.value(file, ws, `E${r}`, worksSlot);
  if (partial) ctx.figure(ws, `F${r}`, nearFigure(ctx, worksSlot, 0.72, 0.86));
  const worksPlan = planFigure(ctx, worksSlot);
  if (worksPlan !== null) ctx.figure(ws, `${ref(planCol, r)}`, worksPlan);
  if (rng.chance(0.3)) ctx.write(ws, `H${r}`, ctx.note(year), "text", { italic: true, wrap: true });
  r++;
  label(ctx.decoyLabel(D.contractWorks, "contract"));
  ctx.formula(ws, `E${r}`, `E${sum}`, works);
  r++;

  const revSlot = { input: "revenue", unit, year };
  const revenue = ctx.shownNumber(revSlot);
  const revRow = r;
  plainNumber(ws, `A${r}`, 2);
  label(rng.chance(0.5) ? ctx.wordingAt("revenue") : ctx.label("revenue", { unit: true, key: "contract" }));
  const revPlan = planFigure(ctx, revSlot);
  if (revPlan !== null && data.years.revenue.includes(year)) ctx.figure(ws, ref(planCol, r), revPlan);
  r++;
  if (revenue === undefined) {
    ctx.value(file, ws, `E${revRow}`, revSlot);
  } else {
    const ads = ctx.decoyValue(D.advertising, unit, year);
    const rest = Math.round((revenue - paid - ads) * 10) / 10;
    ctx.viaFormula(file, ws, `E${revRow}`, revSlot, `SUM(E${r}:E${r + 2})`);
    if (partial) ctx.figure(ws, `F${revRow}`, nearFigure(ctx, revSlot, 0.7, 0.85));
    label(`- ${ctx.decoyLabel(D.contractIncome, "contract")}`);
    ctx.formula(ws, `E${r}`, `G${sum}`, paid);
    r++;
    label(`- ${ctx.decoyLabel(D.advertising, "contract")}`);
    plainNumber(ws, `E${r}`, ads);
    r++;
    label(`- ${ctx.pickText("other", T.other)}`);
    plainNumber(ws, `E${r}`, rest);
    r++;
  }
  grid(ws, top, 1, r - 1, COLS);
}

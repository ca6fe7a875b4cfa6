/**
 * "b32-officer-year-tab-tracker": the workbook a department officer keeps to follow the press agencies, a sheet
 * per year named with it, the agencies as rows: works, documents signed digitally, revenue, headcount, people
 * trained, digital certificates, official mailboxes, notes; a SUM row; the 2025 sheet with a target column at the
 * right. Traps: each year's sheet holds that year's works and revenue but headcounts of past years are not the
 * current headcount; signed documents, certificates and mailboxes beside the inputs; SUM rows; a hidden draft
 * copy of 2025.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, YEARS } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind32Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet } from "./kit";
import { B32_TRACKER as T } from "./texts";
import { B32_DECOYS as D } from "./wordings";

type Book = ReturnType<typeof newWorkbook>;

export function yearTabTracker(ctx: Blind32Context): BuiltFile[] {
  const { rng, data } = ctx;
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files);
  const years = YEARS.filter(
    (y) => y >= 2022 && (data.years.political_articles.includes(y) || data.years.revenue.includes(y)),
  );
  const order = rng.chance(0.5) ? years : [...years].reverse();
  const style = ctx.pickText("sheetName", T.sheetNames);
  for (const year of order) yearSheet(ctx, wb, file, style.replace("{y}", String(year)), year, false);
  const draft = yearSheet(ctx, wb, file, ctx.pickText("draft", T.draft, 2025), 2025, true);
  draft.state = "hidden";
  return [{ fileName: file, workbook: wb }];
}

function yearSheet(ctx: Blind32Context, wb: Book, file: string, name: string, year: number, draft: boolean) {
  const { rng } = ctx;
  const ws = sheet(wb, name, [6, 30, 15, 14, 15, 14, 14, 14, 14, 22, 15]);
  ctx.writeMerged(ws, "A1:J1", ctx.pickText("title", T.titles, year), "upper", { bold: true });
  const plan = year === 2025 && !draft;
  headers(ctx, ws, 3, [
    "STT",
    ctx.pickText("unitHead", T.unitHead),
    ctx.header("political_articles", "tracker"),
    ctx.decoyLabel(D.signedDocs),
    ctx.header("revenue", "tracker"),
    ctx.header("staff_total", "tracker"),
    ctx.header("staff_trained", "tracker"),
    ctx.decoyLabel(D.certificates),
    ctx.decoyLabel(D.mailboxes),
    "Ghi chú",
    ...(plan ? [ctx.planHeader(2025)] : []),
  ]);
  const first = 4;
  const sums: Record<string, number> = { D: 0, H: 0, I: 0 };
  AGENCIES.forEach((unit, i) => {
    const r = first + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit), "label");
    for (const [c, input] of [
      ["C", "political_articles"],
      ["E", "revenue"],
    ] as const) {
      const slot = { input, unit, year };
      if (draft) {
        const v = nearFigure(ctx, slot, 0.9, 0.99);
        if (v !== null) ctx.figure(ws, `${c}${r}`, v);
      } else ctx.value(file, ws, `${c}${r}`, slot);
    }
    for (const [c, input] of [
      ["F", "staff_total"],
      ["G", "staff_trained"],
    ] as const) {
      const slot = { input, unit };
      if (year === 2025 && !draft) ctx.value(file, ws, `${c}${r}`, slot);
      else {
        const v = nearFigure(ctx, slot, 0.8 - (2025 - year) * 0.04, 0.97);
        if (v !== null) ctx.figure(ws, `${c}${r}`, v);
      }
    }
    for (const [c, d] of [
      ["D", D.signedDocs],
      ["H", D.certificates],
      ["I", D.mailboxes],
    ] as const) {
      const v = ctx.decoyValue(d, unit, year);
      sums[c] = (sums[c] ?? 0) + v;
      ctx.figure(ws, `${c}${r}`, v);
    }
    if (rng.chance(0.2)) ctx.write(ws, `J${r}`, ctx.note(year), "text", { italic: true, wrap: true });
    if (plan) {
      const p = planFigure(ctx, { input: "political_articles", unit, year: 2025 });
      if (p !== null) ctx.figure(ws, `K${r}`, p);
    }
  });
  const sumRow = first + AGENCIES.length;
  ctx.write(ws, `B${sumRow}`, "Tổng cộng", "label", { bold: true });
  for (const c of ["D", "H", "I"])
    ctx.formula(ws, `${c}${sumRow}`, `SUM(${c}${first}:${c}${sumRow - 1})`, sums[c] ?? 0, true);
  grid(ws, first, 1, sumRow, plan ? 11 : 10);
  return ws;
}

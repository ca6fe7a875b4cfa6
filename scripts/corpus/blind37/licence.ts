/**
 * "b37-licence-condition-self-check": each agency's self-check of the conditions its press licence requires, a
 * workbook per agency. Sheet one: conditions as rows with the legal minimum left of the figures, last year's
 * figure or answer, this year's (the truth), the self-assessment words and the evidence; a plan column at the far
 * right. Sheet two: output and revenue by year under a merged head, a part-of-year and a plan column right of the
 * years, all pieces above the political-task row, visits and advertising or budget rows under revenue. A hidden
 * draft sheet.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, YEARS, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind37Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, someAnswer } from "./kit";
import { B37_LICENCE as T } from "./texts";
import { B37_DECOYS as D, type B37Decoy } from "./wordings";

/** Sheet one's columns and head row. */
export const LICENCE_COLS = {
  minimum: "C",
  before: "D",
  now: "E",
  assess: "F",
  proof: "G",
  plan: "H",
  head: 5,
} as const;
/** Sheet two's head rows (the merged head above the year row) and first year column. */
export const LICENCE_RESULTS = { head: 6, firstCol: 4 } as const;

const GROUPS: ReadonlyArray<readonly string[]> = [
  ["staff_total", "staff_trained"],
  ["digital_platforms", "converged_newsroom", "ai_data_platform", "security_level"],
  ["autonomous", "licensed"],
];

function conditions(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("s1", T.sheet1, 2025), [5, 50, 22, 13, 13, 15, 28, 16]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title, 2025), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.agency(unit, "lic"), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:H3", T.sub, "text", { italic: true });
  const h = LICENCE_COLS.head;
  const year = ctx.pickText("year", T.heads.year);
  const heads = [
    T.heads.stt,
    ctx.pickText("item", T.heads.item),
    ctx.pickText("min", T.heads.minimum),
    year.replace("{y}", "2024"),
    year.replace("{y}", "2025"),
    ctx.pickText("assess", T.heads.assess),
    ctx.pickText("proof", T.heads.proof),
    ctx.planHeader(2026),
  ];
  heads.forEach((t, i) =>
    ctx.write(ws, `${colLetter(i + 1)}${h}`, t, "text", { bold: true, align: "center", wrap: true }),
  );
  let r = h + 1;
  const roman = ["I", "II", "III"];
  GROUPS.forEach((group, g) => {
    ctx.write(ws, `A${r}`, roman[g] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r}`, T.groups[g] ?? "", "text", { bold: true });
    r++;
    let no = 1;
    for (const input of group) {
      if (input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") continue;
      const slot = slotOf(input, unit);
      const v = ctx.data.value(slot);
      ctx.write(ws, `A${r}`, String(no++), "text", { align: "center" });
      ctx.write(ws, `B${r}`, ctx.label(input, { key: "lic", unit: ctx.rng.chance(0.3) }), "label");
      const minimum =
        input === "staff_total"
          ? ctx.rng.pick(T.minimumStaff).replace("{n}", String(ctx.rng.pick([3, 5, 10])).padStart(2, "0"))
          : input === "autonomous"
            ? T.minimumMoney
            : input === "licensed"
              ? T.minimumLicence
              : input === "security_level"
                ? (T.minimumWords[3] ?? "")
                : ctx.rng.pick(T.minimumWords.slice(input === "staff_trained" ? 1 : 0, 3));
      ctx.write(ws, `${LICENCE_COLS.minimum}${r}`, minimum, "text", { wrap: true });
      if (typeof v === "number") {
        const before = nearFigure(ctx, slot, 0.82, 0.98);
        if (before !== null) ctx.figure(ws, `${LICENCE_COLS.before}${r}`, before);
      } else if (typeof v === "boolean") {
        ctx.write(ws, `${LICENCE_COLS.before}${r}`, someAnswer(ctx, v && ctx.rng.chance(0.6)), "word", {
          align: "center",
        });
      }
      const shown = ctx.value(file, ws, `${LICENCE_COLS.now}${r}`, slot);
      if (shown && v !== "not-applicable") {
        const meets = typeof v === "boolean" ? v : true;
        ctx.write(ws, `${LICENCE_COLS.assess}${r}`, T.assessWords[meets ? 0 : 1], "text", {
          align: "center",
        });
        const proof = g === 0 ? ctx.rng.int(0, 1) : input === "security_level" ? 3 : g === 1 ? 2 : 4;
        ctx.write(ws, `${LICENCE_COLS.proof}${r}`, T.proofs[proof] ?? "", "text", { wrap: true });
      }
      const plan = planFigure(ctx, slot);
      if (plan !== null) ctx.figure(ws, `${LICENCE_COLS.plan}${r}`, plan);
      r++;
      const decoy =
        input === "staff_total" ? D.cardHolders : input === "staff_trained" ? D.politicalTheory : null;
      if (decoy !== null) {
        ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
        ctx.write(ws, `B${r}`, ctx.decoyLabel(decoy, "lic"), "label", { italic: true });
        ctx.figure(ws, `${LICENCE_COLS.before}${r}`, ctx.decoyValue(decoy, unit));
        ctx.figure(ws, `${LICENCE_COLS.now}${r}`, ctx.decoyValue(decoy, unit));
        r++;
      }
    }
  });
  grid(ws, h, 1, r - 1, 8);
  if (ctx.rng.chance(0.6)) ctx.write(ws, `B${r + 1}`, ctx.note(2025), "text", { italic: true });
}

function results(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(wb, ctx.pickText("s2", T.sheet2, 2025), [5, 50, 11, 12, 12, 12, 12, 12, 12, 14, 14]);
  ctx.writeMerged(ws, "A1:K1", ctx.pickText("results", T.results), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:K2", ctx.agency(unit, "lic"), "text", { italic: true });
  const years: number[] = YEARS.filter(
    (y) => y >= 2021 && (ctx.data.years.political_articles.includes(y) || ctx.data.years.revenue.includes(y)),
  );
  const h = LICENCE_RESULTS.head;
  const first = LICENCE_RESULTS.firstCol;
  const colOfYear = (y: number) => colLetter(first + years.indexOf(y));
  const partialCol = colLetter(first + years.length);
  const planCol = colLetter(first + years.length + 1);
  ctx.writeMerged(ws, `A${h - 1}:A${h}`, T.heads.stt, "text", { bold: true });
  ctx.writeMerged(ws, `B${h - 1}:B${h}`, T.indicator, "text", { bold: true });
  ctx.writeMerged(ws, `C${h - 1}:C${h}`, "ĐVT", "text", { bold: true });
  ctx.writeMerged(
    ws,
    `${colLetter(first)}${h - 1}:${colOfYear(2025)}${h - 1}`,
    ctx.pickText("done", T.done),
    "text",
    {
      bold: true,
    },
  );
  for (const y of years)
    ctx.write(ws, `${colOfYear(y)}${h}`, String(y), "text", { bold: true, align: "center" });
  ctx.writeMerged(ws, `${partialCol}${h - 1}:${partialCol}${h}`, ctx.partialHeader(2025), "text", {
    bold: true,
  });
  ctx.writeMerged(ws, `${planCol}${h - 1}:${planCol}${h}`, ctx.planHeader(2026), "text", { bold: true });
  let r = h + 1;
  const decoyRow = (d: B37Decoy, input: "political_articles" | "revenue") => {
    ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.decoyLabel(d, `lic2${unit}`), "label", { italic: true });
    ctx.write(ws, `C${r}`, d === D.visits ? T.visitsMeasure : ctx.measure(d.near));
    for (const y of years)
      if (ctx.data.years[input].includes(y))
        ctx.figure(ws, `${colOfYear(y)}${r}`, ctx.decoyValue(d, unit, y));
    r++;
  };
  const row = (input: "political_articles" | "revenue", no: string) => {
    ctx.write(ws, `A${r}`, no, "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.label(input, { key: "lic2", unit: ctx.rng.chance(0.5) }), "label");
    ctx.write(ws, `C${r}`, ctx.measure(input));
    for (const y of years) ctx.value(file, ws, `${colOfYear(y)}${r}`, slotOf(input, unit, y));
    const now = ctx.shownNumber(slotOf(input, unit, 2025));
    if (now !== undefined)
      ctx.figure(ws, `${partialCol}${r}`, Math.max(1, Math.round(now * (0.6 + ctx.rng.next() * 0.15))));
    const plan = planFigure(ctx, slotOf(input, unit, 2025));
    if (plan !== null) ctx.figure(ws, `${planCol}${r}`, plan);
    r++;
  };
  decoyRow(D.allPieces, "political_articles");
  row("political_articles", "1");
  decoyRow(D.visits, "political_articles");
  row("revenue", "2");
  decoyRow(ctx.rng.chance(0.5) ? D.adsRevenue : D.stateBudget, "revenue");
  grid(ws, h - 1, 1, r - 1, first + years.length + 1);
}

export function licenceSelfCheck(ctx: Blind37Context): BuiltFile[] {
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const file = `${ctx.slug(unit)}${ctx.pickText("tail", T.fileTail, 2025)}`;
    conditions(ctx, wb, file, unit);
    results(ctx, wb, file, unit);
    hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
      [T.hiddenRows[0], ctx.near("staff_total", unit, 0.9, 1.1)],
      [T.hiddenRows[1], ctx.style.yesNo[1]],
      [T.hiddenRows[2], ctx.near("revenue", unit, 0.8, 0.95, 2025)],
    ]);
    return { fileName: file, workbook: wb };
  });
}

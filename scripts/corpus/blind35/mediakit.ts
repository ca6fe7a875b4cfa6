/**
 * b35-advertiser-media-kit: what an agency sends advertisers (a workbook per agency). "Giới thiệu": facts in
 * label/value pairs — founding year, the headcount with the ad department's people right under it, audience
 * figures, platform, newsroom, data-platform and security answers; then the works of 2024 and 2025 side by side
 * with all works published right under them. The rate card: positions and prices, a discount. "Doanh số": years as
 * rows, advertising, online ads, sponsorship and other income as columns, the total (a SUM, the revenue) after them
 * and the ads' share (a percentage) beside; a part-of-year row and next year's target under the years.
 */
import { AGENCIES, YEARS, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind35Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, plainNumber, sheet, slotOf, splitInto } from "./kit";
import { B35_MEDIAKIT as T } from "./texts";
import { B35_DECOYS as D } from "./wordings";

export const KIT_SALES_HEAD = 4;
/** The revenue column of the sales sheet, the ads' first column and the share beside. */
export const KIT_COLS = { revenue: "F", ads: "B", share: "G" } as const;
export const KIT_INTRO_INPUTS = [
  "staff_total",
  "digital_platforms",
  "converged_newsroom",
  "ai_data_platform",
  "security_level",
] as const;
/** The output block of the introduction: 2024 in C, 2025 in D. */
export const KIT_OUTPUT_COLS = { 2024: "C", 2025: "D" } as const;

const FOUNDED: Readonly<Record<string, number>> = {
  "bao-lai-chau": 1963,
  "dai-ptth-lai-chau": 2004,
  "tap-chi-van-nghe-lai-chau": 2006,
};

function kitOf(ctx: Blind35Context, unit: UnitId): BuiltFile {
  const { rng, data } = ctx;
  const fileName = ctx.pickText("file", T.files, 2025).replace("{slug}", ctx.slug(unit));
  const wb = newWorkbook();

  // Introduction.
  const intro = sheet(wb, ctx.pickText("intro", T.intro), [6, 48, 26, 30]);
  ctx.writeMerged(intro, "A1:D1", ctx.agency(unit, "kit"), "upper", { bold: true });
  ctx.writeMerged(intro, "A2:D2", ctx.pickText("introTitle", T.introTitle), "upper", { bold: true });
  let row = 4;
  ctx.write(intro, `B${row}`, ctx.pickText("founded", T.founded), "label");
  plainNumber(intro, `C${row}`, FOUNDED[unit] ?? 2000);
  intro.getCell(`C${row}`).numFmt = "0";
  row++;
  for (const input of KIT_INTRO_INPUTS) {
    ctx.write(intro, `B${row}`, ctx.label(input, { key: "kit", unit: input === "staff_total" }), "label");
    ctx.value(fileName, intro, `C${row}`, slotOf(input, unit));
    row++;
    if (input === "staff_total") {
      ctx.write(intro, `B${row}`, ctx.decoyLabel(D.adStaff, "ad"), "label", { italic: true });
      ctx.figure(intro, `C${row}`, ctx.decoyValue(D.adStaff, unit));
      row++;
      for (const reach of T.reach) {
        ctx.write(intro, `B${row}`, reach, "label");
        ctx.figure(intro, `C${row}`, rng.int(12, 480) * 1000);
        row++;
      }
    }
  }
  if (rng.chance(0.4)) ctx.write(intro, `D${row - 1}`, ctx.note(), "text", { italic: true });
  row++;
  headers(ctx, intro, row, ["", ctx.pickText("output", T.output), "Năm 2024", "Năm 2025"]);
  row++;
  ctx.write(intro, `B${row}`, ctx.label("political_articles", { key: "kit" }), "label");
  for (const y of [2024, 2025] as const)
    ctx.value(fileName, intro, `${KIT_OUTPUT_COLS[y]}${row}`, slotOf("political_articles", unit, y));
  row++;
  ctx.write(intro, `B${row}`, ctx.decoyLabel(D.allPublished, "all"), "label", { italic: true });
  for (const y of [2024, 2025] as const)
    if (data.years.political_articles.includes(y))
      ctx.figure(intro, `${KIT_OUTPUT_COLS[y]}${row}`, ctx.decoyValue(D.allPublished, unit, y));

  // Rate card.
  const rates = sheet(wb, ctx.pickText("rates", T.rates, 2025), [6, 44, 18, 22]);
  ctx.writeMerged(rates, "A1:D1", ctx.pickText("ratesTitle", T.ratesTitle, 2025), "upper", { bold: true });
  headers(ctx, rates, 3, ["TT", "Hạng mục", ctx.pickText("price", T.price)]);
  T.positions.forEach((p, i) => {
    ctx.write(rates, `A${4 + i}`, String(i + 1));
    ctx.write(rates, `B${4 + i}`, p, "label");
    ctx.figure(rates, `C${4 + i}`, rng.int(8, 240) * 100);
  });
  const d = 4 + T.positions.length;
  ctx.write(rates, `B${d}`, ctx.pickText("discount", T.discount), "label");
  ctx.write(rates, `C${d}`, `${rng.int(5, 25)}%`);

  // Sales by year.
  const ws = sheet(wb, ctx.pickText("sales", T.sales), [22, 18, 18, 18, 18, 20, 16]);
  ctx.writeMerged(ws, "A1:G1", ctx.agency(unit, "kit"), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:G2", ctx.pickText("salesTitle", T.salesTitle), "upper", { bold: true });
  headers(ctx, ws, KIT_SALES_HEAD, [
    ctx.pickText("year", T.year),
    ctx.decoyLabel(D.adRevenue, "ads"),
    ctx.decoyLabel(D.onlineAds, "online"),
    ctx.pickText("sponsor", T.sponsor),
    ctx.pickText("other", T.other),
    ctx.header("revenue", unit),
    ctx.pickText("share", T.share),
  ]);
  const years = YEARS.filter((y) => data.years.revenue.includes(y));
  row = KIT_SALES_HEAD + 1;
  for (const y of years) {
    const r = row++;
    ctx.write(ws, `A${r}`, rng.chance(0.5) ? `Năm ${y}` : String(y), "text", { bold: true });
    const slot = slotOf("revenue", unit, y);
    const revenue = ctx.shownNumber(slot);
    if (revenue === undefined) {
      ctx.value(fileName, ws, `${KIT_COLS.revenue}${r}`, slot);
      continue;
    }
    const parts = splitInto(ctx, revenue, 4);
    ["B", "C", "D", "E"].forEach((c, i) => ctx.figure(ws, `${c}${r}`, parts[i] ?? 0));
    ctx.value(fileName, ws, `${KIT_COLS.revenue}${r}`, slot, { formula: `SUM(B${r}:E${r})` });
    const share = ((parts[0] ?? 0) + (parts[1] ?? 0)) / revenue;
    ctx.formula(ws, `${KIT_COLS.share}${r}`, `(B${r}+C${r})/F${r}`, Math.round(share * 1000) / 1000);
    ws.getCell(`${KIT_COLS.share}${r}`).numFmt = "0.0%";
  }
  const now = slotOf("revenue", unit, 2025);
  if (rng.chance(0.5) && ctx.shownNumber(now) !== undefined) {
    const r = row++;
    ctx.write(ws, `A${r}`, ctx.partialHeader(2025), "text", { italic: true });
    const part = nearFigure(ctx, now, 0.55, 0.8);
    if (part !== null) ctx.figure(ws, `${KIT_COLS.revenue}${r}`, part, { italic: true });
  }
  const target = planFigure(ctx, now);
  if (target !== null) {
    const r = row++;
    ctx.write(ws, `A${r}`, ctx.planHeader(2026), "text", { italic: true });
    ctx.figure(ws, `${KIT_COLS.revenue}${r}`, target, { italic: true });
  }
  if (rng.chance(0.4)) ctx.write(ws, `A${row + 1}`, ctx.note(), "text", { italic: true });
  return { fileName, workbook: wb };
}

export function advertiserMediaKit(ctx: Blind35Context): BuiltFile[] {
  return AGENCIES.map((unit) => kitOf(ctx, unit));
}

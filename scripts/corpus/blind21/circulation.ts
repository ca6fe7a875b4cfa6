/**
 * "b21-circulation-revenue-statement": each agency sends its own statement of circulation (or airtime) and of its
 * sources of income, one file per agency, years as columns. The total income row is a SUM of its parts
 * (advertising among them), placed above or below them; state funds stand apart below it, not summed; a column of
 * this year's target stands between last year and this year or after this year; the autonomy answer closes the
 * sheet under this year's column.
 */
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind21Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, ROMAN, sheet, slotOf } from "./kit";
import { B21_CIRCULATION as T } from "./texts";
import { B21_DECOYS } from "./wordings";

type Parts = { ad: number; sales: number; services: number };

/** Ranges of the circulation or airtime rows of each agency (copies, issues, hours, programmes). */
const OUTPUT_RANGES: Readonly<Record<string, ReadonlyArray<readonly [number, number]>>> = {
  "bao-lai-chau": [
    [2200, 4600],
    [150, 310],
  ],
  "dai-ptth-lai-chau": [
    [900, 2400],
    [300, 800],
  ],
  "tap-chi-van-nghe-lai-chau": [
    [500, 1500],
    [6, 12],
  ],
};

export function circulationStatement(ctx: Blind21Context): BuiltFile[] {
  const years = ctx.data.years.revenue;
  const planBetween = ctx.rng.chance(0.5);
  const totalFirst = ctx.rng.chance(0.5);
  const partialWanted = ctx.rng.chance(0.5);
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const fileName = `${ctx.slug(unit)}_phat-hanh-nguon-thu.xlsx`;
    // Columns: A STT, B item, C measure, then the years with the target column among them, then remarks.
    const cols: Array<{ year: number; plan: boolean }> = [];
    for (const y of years) {
      if (y === 2025 && planBetween) cols.push({ year: 2025, plan: true });
      cols.push({ year: y, plan: false });
    }
    if (!planBetween) cols.push({ year: 2025, plan: true });
    const partialCol = colLetter(4 + cols.length);
    const withPartial = partialWanted;
    const colOf = (i: number) => colLetter(4 + i);
    const yearCol = (y: number) => colOf(cols.findIndex((c) => c.year === y && !c.plan));
    const planCol = colOf(cols.findIndex((c) => c.plan));
    const lastCol = 4 + cols.length + (withPartial ? 1 : 0);
    const ws = sheet(wb, ctx.choose("ci-sheet", ["PH-DT", "Bieu nguon thu", "Sheet1"]), [
      6,
      46,
      10,
      ...cols.map(() => 13),
      ...(withPartial ? [13] : []),
      24,
    ]);
    ctx.writeMerged(ws, `A1:${colLetter(lastCol)}1`, ctx.agency(unit, "ci-head"), "upper", { bold: true });
    ctx.writeMerged(ws, `A3:${colLetter(lastCol)}3`, ctx.pickText("ci-title", T.titles), "upper", {
      bold: true,
      size: 13,
    });
    ctx.writeMerged(ws, `A4:${colLetter(lastCol)}4`, ctx.pickText("ci-sub", T.subs), "text", {
      italic: true,
    });
    headers(ctx, ws, 6, [
      T.columns.stt,
      ctx.pickText("ci-item", T.columns.item),
      ctx.pickText("ci-measure", T.columns.measure),
      ...cols.map((c) =>
        c.plan ? ctx.planHeader(2025) : ctx.pickText("ci-year", T.yearHead, { y: c.year }),
      ),
      ...(withPartial ? [ctx.partialHeader(2025)] : []),
      ctx.pickText("ci-remark", T.remark),
    ]);
    let row = 7;
    const section = (i: number, text: string) => {
      ctx.write(ws, `A${row}`, ROMAN[i] ?? "", "text", { bold: true, align: "center" });
      ctx.write(ws, `B${row}`, text, "label", { bold: true });
      row++;
    };
    section(0, ctx.pickText("ci-s0", T.sections.output));
    const outputs = T.outputRows[unit as keyof typeof T.outputRows];
    outputs.forEach((text, i) => {
      ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
      ctx.write(ws, `B${row}`, text, "label");
      const kind = unit as keyof typeof T.outputMeasures;
      ctx.write(ws, `C${row}`, T.outputMeasures[kind][i] ?? "", "text", { align: "center" });
      const [lo, hi] = OUTPUT_RANGES[kind]?.[i] ?? [10, 20];
      const base = ctx.rng.int(lo, hi);
      const step = Math.max(1, Math.round(base / 40));
      for (const y of years)
        ctx.figure(ws, `${yearCol(y)}${row}`, base + ctx.rng.int(-2, 4) * step * (y - 2019));
      ctx.figure(ws, `${planCol}${row}`, base + 8 * step);
      row++;
    });
    // All works published, then the works for political tasks among them.
    const works = B21_DECOYS.allWorks;
    ctx.write(ws, `A${row}`, String(outputs.length + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(works, "ci"), "label");
    ctx.write(ws, `C${row}`, ctx.decoyMeasure(works), "text", { align: "center" });
    for (const y of years) ctx.figure(ws, `${yearCol(y)}${row}`, ctx.decoyValue(works, unit, y));
    row++;
    ctx.write(ws, `A${row}`, String(outputs.length + 2), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("political_articles", { key: "ci" }), "label");
    ctx.write(ws, `C${row}`, ctx.measure("political_articles"), "text", { align: "center" });
    for (const y of years)
      ctx.value(fileName, ws, `${yearCol(y)}${row}`, slotOf("political_articles", unit, y));
    const worksPart = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.7, 0.85);
    if (withPartial && worksPart !== null) ctx.figure(ws, `${partialCol}${row}`, worksPart);
    const worksTarget = planFigure(ctx, slotOf("political_articles", unit, 2025));
    if (worksTarget !== null) ctx.figure(ws, `${planCol}${row}`, worksTarget);
    row++;
    ctx.write(ws, `A${row}`, String(outputs.length + 3), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("digital_platforms", { key: "ci" }), "label");
    ctx.value(fileName, ws, `${yearCol(2025)}${row}`, slotOf("digital_platforms", unit));
    row++;
    section(1, ctx.pickText("ci-s1", T.sections.money));
    const parts = new Map<number, Parts>();
    for (const y of years) {
      const slot = slotOf("revenue", unit, y);
      const v = ctx.shownNumber(slot);
      if (v === undefined) continue;
      const ad = ctx.decoyValue(B21_DECOYS.adRevenue, unit, y);
      const sales = Math.max(1, Math.round(v * (0.22 + ctx.rng.next() * 0.12)));
      parts.set(y, { ad, sales, services: v - ad - sales });
    }
    const partRows = (prefix: (i: number) => string) => {
      const first = row;
      const texts = [
        ctx.decoyLabel(B21_DECOYS.adRevenue, "ci"),
        ctx.pickText("ci-sales", T.sales),
        ctx.pickText("ci-services", T.services),
      ];
      const keys = ["ad", "sales", "services"] as const;
      texts.forEach((text, i) => {
        ctx.write(ws, `A${row}`, prefix(i), "text", { align: "center" });
        ctx.write(ws, `B${row}`, text, "label", { italic: true });
        ctx.write(ws, `C${row}`, ctx.measure("revenue"), "text", { align: "center" });
        for (const y of years) {
          const p = parts.get(y);
          if (p) ctx.figure(ws, `${yearCol(y)}${row}`, p[keys[i] ?? "ad"]);
          else put(ws, `${yearCol(y)}${row}`, "-", { align: "center" });
        }
        const p25 = parts.get(2025);
        if (p25) ctx.figure(ws, `${planCol}${row}`, Math.round(p25[keys[i] ?? "ad"] * 1.2));
        row++;
      });
      return [first, row - 1] as const;
    };
    const totalRow = (range: readonly [number, number], number: string) => {
      ctx.write(ws, `A${row}`, number, "text", { bold: true, align: "center" });
      ctx.write(ws, `B${row}`, ctx.label("revenue", { unit: ctx.rng.chance(0.4), key: "ci" }), "label", {
        bold: true,
      });
      ctx.write(ws, `C${row}`, ctx.measure("revenue"), "text", { align: "center" });
      for (const y of years) {
        const c = yearCol(y);
        ctx.viaFormula(
          fileName,
          ws,
          `${c}${row}`,
          slotOf("revenue", unit, y),
          `SUM(${c}${range[0]}:${c}${range[1]})`,
        );
      }
      const part = nearFigure(ctx, slotOf("revenue", unit, 2025), 0.7, 0.85);
      if (withPartial && part !== null) ctx.figure(ws, `${partialCol}${row}`, part);
      const target = planFigure(ctx, slotOf("revenue", unit, 2025));
      if (target !== null) ctx.figure(ws, `${planCol}${row}`, target, { bold: true });
      if (ctx.rng.chance(0.4))
        ctx.write(ws, `${colLetter(lastCol)}${row}`, ctx.note(2025), "text", { italic: true });
      row++;
    };
    if (totalFirst) {
      const at = row;
      row++;
      ctx.write(ws, `B${row}`, ctx.pickText("ci-of", T.ofWhich), "text", { italic: true });
      row++;
      const range = partRows(() => "-");
      const after = row;
      row = at;
      totalRow(range, "1");
      row = after;
    } else {
      const range = partRows((i) => `${i + 1}`);
      totalRow(range, "");
    }
    // State funds: beside the income, never summed into it.
    ctx.write(ws, `B${row}`, ctx.pickText("ci-besides", T.besides), "text", { italic: true });
    row++;
    ctx.write(ws, `A${row}`, "*", "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(B21_DECOYS.stateFunds, "ci"), "label");
    ctx.write(ws, `C${row}`, ctx.measure("revenue"), "text", { align: "center" });
    for (const y of years) {
      const n = nearFigure(ctx, slotOf("revenue", unit, y), 0.6, 1.3);
      if (n !== null) ctx.figure(ws, `${yearCol(y)}${row}`, n);
    }
    row++;
    section(2, ctx.pickText("ci-s2", T.sections.finance));
    ctx.write(ws, `A${row}`, "1", "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("autonomous", { key: "ci" }), "label");
    ctx.value(fileName, ws, `${yearCol(2025)}${row}`, slotOf("autonomous", unit));
    row++;
    ctx.write(ws, `A${row}`, "2", "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("staff_total", { unit: ctx.rng.chance(0.5), key: "ci" }), "label");
    ctx.write(ws, `C${row}`, ctx.measure("staff_total"), "text", { align: "center" });
    ctx.value(fileName, ws, `${yearCol(2025)}${row}`, slotOf("staff_total", unit));
    row++;
    ctx.write(ws, `A${row}`, "3", "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("staff_trained", { key: "ci" }), "label");
    ctx.write(ws, `C${row}`, ctx.measure("staff_trained"), "text", { align: "center" });
    ctx.value(fileName, ws, `${yearCol(2025)}${row}`, slotOf("staff_trained", unit));
    grid(ws, 6, 1, row, lastCol);
    return { fileName, workbook: wb };
  });
}

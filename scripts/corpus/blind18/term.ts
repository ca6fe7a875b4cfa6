/**
 * "b18-term-review-appendix": the figures appendix of the party congress's term review (2020–2025). Every year of
 * the term has its column under a merged band; each agency is a lettered section; after the years come the term's
 * sum, the average yearly growth, the congress resolution's target and the verdict. Status items stand in the
 * 2025 column, earlier headcounts and the 2020 baseline of the remote population in the earlier columns. Traps: the
 * sum of the term beside the years, growth rates, the resolution's target, earlier years' headcounts, near-miss
 * rows, a hidden scratch sheet.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARS, YEARLY, isYearly, statusInputsOf, type Slot } from "../model";
import type { BuiltFile } from "../sheets";
import { scratchSheet } from "../traps";
import type { Blind18Context } from "./context";
import { nearFigure, newWorkbook, sheet } from "./kit";
import { B18_TERM as T } from "./texts";
import { B18_DECOYS, type B18Decoy } from "./wordings";

const DECOYS_NEAR: Readonly<Record<string, readonly B18Decoy[]>> = {
  political_articles: [B18_DECOYS.allArticles, B18_DECOYS.reposts].filter((d) => d !== undefined),
  revenue: [B18_DECOYS.adRevenue, B18_DECOYS.stateOrder].filter((d) => d !== undefined),
  staff_total: [B18_DECOYS.collaborators].filter((d) => d !== undefined),
  staff_trained: [B18_DECOYS.seminar].filter((d) => d !== undefined),
};

export function termReview(ctx: Blind18Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files);
  // A TT | B item | C unit | D..I 2020..2025 | J sum | K growth | L target | M verdict
  const yearCol = (y: number) => 4 + YEARS.indexOf(y as (typeof YEARS)[number]);
  const sumCol = 4 + YEARS.length;
  const growthCol = sumCol + 1;
  const targetCol = sumCol + 2;
  const verdictCol = sumCol + 3;
  const last = verdictCol;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 50, 10, 10, 10, 10, 10, 10, 10, 12, 11, 18, 12]);
  ctx.writeMerged(ws, "A1:E1", ctx.pickText("parent", T.parents), "upper", { bold: true });
  ctx.writeMerged(ws, `A3:${ref(last, 3)}`, ctx.pickText("title", T.titles), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, `A4:${ref(last, 4)}`, ctx.pickText("subtitle", T.subtitles), "text", { italic: true });

  const top = 6;
  const bottom = 7;
  const head = { bold: true, align: "center" as const, wrap: true };
  const tall = (col: number, text: string) =>
    ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, bottom)}`, text, "text", head);
  tall(1, "TT");
  tall(2, ctx.pickText("item", ["Chỉ tiêu", "Nội dung"]));
  tall(3, "ĐVT");
  ctx.writeMerged(
    ws,
    `${ref(yearCol(2020), top)}:${ref(yearCol(2025), top)}`,
    ctx.pickText("band", T.band),
    "text",
    head,
  );
  for (const y of YEARS)
    ctx.write(ws, ref(yearCol(y), bottom), ctx.pickText("yh", T.yearHeads, { y }), "text", head);
  tall(sumCol, ctx.pickText("sum", T.sum));
  tall(growthCol, ctx.pickText("growth", T.growth));
  tall(targetCol, ctx.pickText("target", T.target));
  tall(verdictCol, ctx.pickText("verdict", T.verdict));
  ws.getRow(top).height = 30;
  ws.getRow(bottom).height = 30;
  grid(ws, top, 1, bottom, last);

  let row = bottom + 1;
  const letters = ["A", "B", "C", "D"];
  let section = 0;
  const sectionRow = (text: string) => {
    put(ws, ref(1, row), letters[section++] ?? "", { bold: true, align: "center" });
    ctx.write(ws, ref(2, row), text, "upper", { bold: true });
    row++;
  };
  const target = (input: string) => {
    const [growth, keep, all, level] = T.targetTexts;
    const text = isYearly(input)
      ? growth
      : input === "security_level"
        ? level
        : input.startsWith("staff_")
          ? keep
          : all;
    ctx.write(ws, ref(targetCol, row), text, "text", { align: "center", wrap: true });
  };
  const verdict = () => {
    if (rng.chance(0.7))
      ctx.write(ws, ref(verdictCol, row), rng.pick(T.verdicts), "word", { align: "center" });
  };

  for (const unit of AGENCIES) {
    sectionRow(ctx.agency(unit, "section"));
    let item = 0;
    const itemRow = (input: string, label: string) => {
      put(ws, ref(1, row), ++item, { align: "center" });
      ctx.write(ws, ref(2, row), label, "label", { wrap: true });
      ctx.write(ws, ref(3, row), ctx.measure(input), "text", { align: "center" });
    };
    for (const input of YEARLY) {
      itemRow(input, ctx.wording(input, "term"));
      const cols: Array<{ at: string; n: number }> = [];
      for (const y of YEARS) {
        const slot: Slot = { input, unit, year: y };
        if (!ctx.data.years[input].includes(y)) {
          put(ws, ref(yearCol(y), row), "-", { align: "center" });
          continue;
        }
        if (ctx.value(fileName, ws, ref(yearCol(y), row), slot))
          cols.push({ at: ref(yearCol(y), row), n: ctx.shownNumber(slot) ?? 0 });
      }
      const first = cols[0];
      const lastOne = cols[cols.length - 1];
      if (first && lastOne && cols.length > 1) {
        const sum = Math.round(cols.reduce((n, c) => n + c.n, 0) * 10) / 10;
        const list = cols.map((c) => c.at).join(",");
        put(ws, ref(sumCol, row), { formula: `SUM(${list})`, result: sum }, { numFmt: "#,##0" });
        const n = cols.length - 1;
        const g = Math.round((Math.pow(lastOne.n / first.n, 1 / n) - 1) * 1000) / 10;
        const formula = `ROUND(((${lastOne.at}/${first.at})^(1/${n})-1)*100,1)`;
        put(ws, ref(growthCol, row), { formula, result: g }, { numFmt: "0.0" });
      }
      target(input);
      verdict();
      row++;
      const decoys = DECOYS_NEAR[input] ?? [];
      if (decoys.length > 0 && rng.chance(0.6)) {
        const d = rng.pick(decoys);
        put(ws, ref(1, row), "-", { align: "center" });
        ctx.write(ws, ref(2, row), ctx.decoyLabel(d, "term"), "label", { italic: true, wrap: true });
        for (const y of YEARS) {
          if (!ctx.data.years[input].includes(y)) continue;
          ctx.figure(ws, ref(yearCol(y), row), ctx.decoyValue(d, unit, y), { italic: true });
        }
        row++;
      }
    }
    for (const input of statusInputsOf(unit)) {
      itemRow(input, ctx.wording(input, "term"));
      const slot: Slot = { input, unit };
      if (input === "staff_total" || input === "staff_trained") {
        // Headcounts of the earlier years of the term: not the current figure the plan asks for.
        for (const y of YEARS.filter((y) => y < 2025 && y >= 2021 + rng.int(0, 2))) {
          const n = nearFigure(ctx, slot, input === "staff_trained" ? 0.2 + (y - 2020) * 0.12 : 0.85, 0.99);
          if (n !== null) ctx.figure(ws, ref(yearCol(y), row), n);
        }
      } else if (input === "security_level" && typeof ctx.data.value(slot) === "number" && rng.chance(0.5)) {
        const v = ctx.data.value(slot) as number;
        put(ws, ref(yearCol(2020), row), Math.max(1, v - 1), { align: "center" });
      }
      ctx.value(fileName, ws, ref(yearCol(2025), row), slot);
      if (rng.chance(0.5)) target(input);
      verdict();
      row++;
      if (input === "staff_total" && rng.chance(0.5)) {
        const d = B18_DECOYS.collaborators;
        if (d) {
          put(ws, ref(1, row), "-", { align: "center" });
          ctx.write(ws, ref(2, row), ctx.decoyLabel(d, "term"), "label", { italic: true, wrap: true });
          ctx.figure(ws, ref(yearCol(2025), row), ctx.decoyValue(d, unit));
          row++;
        }
      }
    }
  }
  if (ctx.data.province) {
    sectionRow(ctx.agency(PROVINCE, "section"));
    let item = 0;
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      const slot: Slot = { input, unit: PROVINCE };
      put(ws, ref(1, row), ++item, { align: "center" });
      ctx.write(ws, ref(2, row), ctx.wording(input, "term"), "label", { wrap: true });
      ctx.write(ws, ref(3, row), ctx.measure(input), "text", { align: "center" });
      const base = nearFigure(ctx, slot, 0.9, 0.98);
      if (base !== null) ctx.figure(ws, ref(yearCol(2020), row), base);
      ctx.value(fileName, ws, ref(yearCol(2025), row), slot);
      target(input);
      row++;
    }
    for (const d of [B18_DECOYS.households, B18_DECOYS.villages]) {
      if (d === undefined || !rng.chance(0.7)) continue;
      put(ws, ref(1, row), "-", { align: "center" });
      ctx.write(ws, ref(2, row), ctx.decoyLabel(d, "term"), "label", { italic: true, wrap: true });
      ctx.figure(ws, ref(yearCol(2025), row), ctx.decoyValue(d, PROVINCE));
      row++;
    }
  }
  grid(ws, bottom + 1, 1, row - 1, last);
  if (rng.chance(0.6)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName, workbook: wb }];
}

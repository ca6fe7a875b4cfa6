/**
 * b31-dx-award-nomination-form: the nomination form an agency fills in for the digital transformation award, a
 * workbook per nominated agency (the magazine not always nominated). Columns: STT | criterion | ĐVT | 2023 | 2024 |
 * 2025 | self-score | proof. Part A (general) and part C (platforms) answer in D:F merged; part B gives three years,
 * the revenue the SUM of its two parts right under it, the works of every topic right under the political works.
 * A row on next year's plan sits right under the data platform.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { splitTotal } from "../listRows";
import { AGENCIES, MAGAZINE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind31Context } from "./context";
import { headers, hiddenSheet, newWorkbook, sheet, slotOf, statusOf } from "./kit";
import { B31_AWARD as T } from "./texts";
import { B31_DECOYS as D } from "./wordings";

const YEARS3 = [2023, 2024, 2025] as const;
const COL3: Readonly<Record<number, string>> = { 2023: "D", 2024: "E", 2025: "F" };

export function awardNomination(ctx: Blind31Context): BuiltFile[] {
  const { rng } = ctx;
  const files: BuiltFile[] = [];
  const nominated = AGENCIES.filter((u) => u !== MAGAZINE || rng.chance(0.5));
  for (const unit of nominated) {
    const fileName = ctx.pickText("file", T.files, { n: ctx.slug(unit) });
    const wb = newWorkbook();
    const ws = sheet(
      wb,
      rng.pick(["Phiếu đề cử", "Phieu de cu (ban khai)"]),
      [6, 48, 10, 12, 12, 12, 10, 30],
    );
    ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
    ctx.write(ws, "B3", ctx.pickText("nominee", T.nominee), "text", { bold: true });
    ctx.writeMerged(ws, "C3:H3", ctx.agency(unit, "nominee"), "text", { bold: true, align: "left" });
    headers(ctx, ws, 5, [
      "STT",
      ctx.pickText("criterion", T.criterion),
      "ĐVT",
      ...YEARS3.map((y) => `Năm ${y}`),
      ctx.pickText("score", T.score),
      ctx.pickText("proof", T.proof),
    ]);
    let row = 6;
    let n = 0;
    const part = (text: string) => {
      ctx.writeMerged(ws, `A${row}:H${row}`, text, "text", { bold: true, align: "left" });
      row++;
      n = 0;
    };
    const extras = () => {
      if (rng.chance(0.7)) put(ws, `G${row}`, rng.int(2, 10), { align: "center" });
      if (rng.chance(0.5)) ctx.write(ws, `H${row}`, rng.pick(T.proofs), "text", { italic: true, wrap: true });
    };
    const answer = (input: string) => {
      put(ws, `A${row}`, ++n, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.label(input, { key: unit, unit: rng.chance(0.25) }), "label", {
        wrap: true,
      });
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      ws.mergeCells(`D${row}:F${row}`);
      ctx.value(fileName, ws, `D${row}`, slotOf(input, unit));
      extras();
      row++;
    };
    const decoyLine = (
      d: (typeof D)[keyof typeof D],
      input: "political_articles" | "revenue" | "staff_total",
    ) => {
      ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(d, unit)}`, "label", { italic: true, wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(d.near), "text", { align: "center" });
      if (input === "staff_total") {
        ws.mergeCells(`D${row}:F${row}`);
        ctx.figure(ws, `D${row}`, ctx.decoyValue(d, unit));
      } else
        for (const y of YEARS3)
          if (ctx.data.years[input].includes(y))
            ctx.figure(ws, `${COL3[y]}${row}`, ctx.decoyValue(d, unit, y));
      row++;
    };
    part(ctx.pickText("partA", T.partA));
    answer("staff_total");
    if (rng.chance(0.6)) decoyLine(D.pressCards, "staff_total");
    answer("staff_trained");
    answer("autonomous");
    part(ctx.pickText("partB", T.partB));
    // Political works, the works of every topic right under them.
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("political_articles", { key: unit }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure("political_articles"), "text", { align: "center" });
    for (const y of YEARS3)
      if (ctx.data.years.political_articles.includes(y))
        ctx.value(fileName, ws, `${COL3[y]}${row}`, slotOf("political_articles", unit, y));
    extras();
    row++;
    decoyLine(D.allWorks, "political_articles");
    // Revenue: the SUM of its two parts right under it.
    const top = row;
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label("revenue", { key: unit }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure("revenue"), "text", { align: "center" });
    ctx.write(ws, `B${top + 1}`, `+ ${ctx.pickText("ordered", T.ordered)}`, "label", { italic: true });
    ctx.write(ws, `B${top + 2}`, `+ ${ctx.pickText("services", T.services)}`, "label", { italic: true });
    for (const y of YEARS3) {
      if (!ctx.data.years.revenue.includes(y)) continue;
      const slot = slotOf("revenue", unit, y);
      const col = COL3[y] ?? "F";
      const v = ctx.shownNumber(slot);
      const parts = v === undefined ? [] : splitTotal(rng, v, 2, { floor: 0.6 });
      if (parts.length === 2) {
        ctx.viaFormula(fileName, ws, `${col}${top}`, slot, `SUM(${col}${top + 1}:${col}${top + 2})`);
        parts.forEach((p, i) =>
          put(ws, `${col}${top + 1 + i}`, p, {
            numFmt: Number.isInteger(p) ? "#,##0" : "#,##0.0",
            italic: true,
          }),
        );
      } else ctx.value(fileName, ws, `${col}${top}`, slot);
    }
    extras();
    row = top + 3;
    part(ctx.pickText("partC", T.partC));
    for (const input of statusOf(unit).filter(
      (i) => !["staff_total", "staff_trained", "autonomous"].includes(i),
    )) {
      answer(input);
      if (input === "ai_data_platform") {
        ctx.write(ws, `B${row}`, ctx.pickText("future", T.future), "label", { italic: true, wrap: true });
        ws.mergeCells(`D${row}:F${row}`);
        ctx.write(ws, `D${row}`, ctx.style.yesNo[0], "word", { align: "center" });
        row++;
      }
    }
    grid(ws, 5, 1, row - 1, 8);
    if (rng.chance(0.2)) ctx.write(ws, `B${row + 1}`, ctx.note(2025), "text", { italic: true });
    if (rng.chance(0.5))
      hiddenSheet(ctx, wb, ctx.pickText("rubric", T.rubric), [
        [ctx.pickText("partA", T.partA), 25],
        [ctx.pickText("partB", T.partB), 40],
        [ctx.pickText("partC", T.partC), 35],
      ]);
    files.push({ fileName, workbook: wb });
  }
  return files;
}

/**
 * b22-conference-slide-tables: the figures a department prepares for a review conference's slides, one sheet per
 * slide: a big title, a caption naming the figure, a small table and a one-line message with a percentage in it.
 * The works and revenue slides run years down and agencies across, each cell a formula into a hidden data sheet;
 * a sum of the three agencies stands right, the year's target and a part-of-year figure below. Staff, technology
 * and remote-area slides put agencies (or the province) as rows.
 */
import type ExcelJS from "exceljs";
import { grid, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, statusInputsOf, type YearlyInput } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind22Context } from "./context";
import { nearFigure, newWorkbook, pct, planFigure, sheet, slotOf } from "./kit";
import { B22_SLIDES as T } from "./texts";
import { B22_DECOYS as D } from "./wordings";

const LEGEND = [
  "political_articles",
  "revenue",
  "licensed",
  "remote_population_total",
  "remote_population_reached",
];
const TECH = ["digital_platforms", "ai_data_platform", "converged_newsroom", "autonomous", "security_level"];

export function conferenceSlides(ctx: Blind22Context): BuiltFile[] {
  const fileName = `${ctx.pickText("sl-file", T.file)}.xlsx`;
  const wb = newWorkbook();
  const dataFirst = ctx.rng.chance(0.5);
  const data = dataFirst ? sheet(wb, ctx.pickText("sl-data", T.data), [8, 12, 12, 12]) : undefined;
  let n = 1;
  const slide = (key: keyof typeof T.titles, widths: readonly number[]): ExcelJS.Worksheet => {
    n++;
    const ws = sheet(wb, ctx.pickText("sl-name", T.slide, { n: String(n) }), widths);
    ctx.writeMerged(ws, "A1:F1", ctx.pickText(`sl-${key}`, T.titles[key]), "upper", { bold: true, size: 16 });
    return ws;
  };
  const message = (ws: ExcelJS.Worksheet, row: number, p: number) =>
    ctx.writeMerged(
      ws,
      `A${row}:F${row}`,
      ctx.pickText("sl-msg", T.messages).replace("{p}", vnNumberText(Math.round(p * 10) / 10)),
      "text",
      { italic: true, bold: true },
    );

  // Data rows: one block per yearly input, years down, agencies across.
  const dataRows = new Map<string, number>();
  const rawYears = (input: YearlyInput) => ctx.data.years[input];
  const fillData = (ws: ExcelJS.Worksheet) => {
    let r = 1;
    for (const input of ["political_articles", "revenue"] as const) {
      ctx.write(ws, `A${r}`, input === "revenue" ? "DT" : "TB", "text", { bold: true });
      r++;
      for (const year of rawYears(input)) {
        ctx.write(ws, `A${r}`, String(year), "text");
        AGENCIES.forEach((unit, i) => {
          const v = ctx.shownNumber({ input, unit, year });
          if (v !== undefined) ws.getCell(r, i + 2).value = v;
        });
        dataRows.set(`${input}|${year}`, r);
        r++;
      }
      r++;
    }
  };
  const dataSheet = data ?? sheet(wb, ctx.pickText("sl-data", T.data), [8, 12, 12, 12]);
  fillData(dataSheet);
  dataSheet.state = "hidden";

  for (const input of ["political_articles", "revenue"] as const) {
    const ws = slide(input === "revenue" ? "revenue" : "works", [22, 16, 16, 16, 16, 4]);
    ctx.writeMerged(ws, "A3:E3", `${ctx.label(input, { unit: true, key: "slide" })}`, "label", {
      italic: true,
    });
    const head = { bold: true, align: "center" as const, wrap: true };
    ctx.write(ws, "A4", ctx.header(input, "slide"), "text", { bold: true });
    ctx.write(ws, "A5", T.yearHead, "text", head);
    AGENCIES.forEach((unit, i) => ctx.write(ws, ref(i + 2, 5), ctx.agency(unit, "slide"), "text", head));
    ctx.write(ws, "E5", ctx.pickText("sl-sum", T.sum), "text", head);
    let row = 6;
    for (const year of rawYears(input)) {
      ctx.write(ws, `A${row}`, String(year), "text", { bold: true, align: "center" });
      let sum = 0;
      AGENCIES.forEach((unit, i) => {
        const at = ref(i + 2, row);
        const r = dataRows.get(`${input}|${year}`);
        ctx.viaFormula(fileName, ws, at, { input, unit, year }, `'${dataSheet.name}'!${ref(i + 2, r ?? 1)}`);
        sum += ctx.shownNumber({ input, unit, year }) ?? 0;
      });
      if (sum > 0) ctx.formula(ws, `E${row}`, `SUM(B${row}:D${row})`, sum, true);
      row++;
    }
    ctx.write(ws, `A${row}`, ctx.planHeader(2026), "text", { italic: true });
    AGENCIES.forEach((unit, i) => {
      const target = planFigure(ctx, slotOf(input, unit, 2025));
      if (target !== null) ctx.figure(ws, ref(i + 2, row), target, { italic: true });
    });
    row++;
    ctx.write(ws, `A${row}`, ctx.partialHeader(2025), "text", { italic: true });
    AGENCIES.forEach((unit, i) => {
      const part = nearFigure(ctx, slotOf(input, unit, 2025), 0.66, 0.84);
      if (part !== null) ctx.figure(ws, ref(i + 2, row), part, { italic: true });
    });
    row++;
    const d = input === "revenue" ? D.adIncome : D.rerun;
    ctx.write(ws, `A${row}`, ctx.decoyLabel(d, `sl-${input}`), "label", { italic: true, wrap: true });
    AGENCIES.forEach((unit, i) =>
      ctx.figure(ws, ref(i + 2, row), ctx.decoyValue(d, unit, 2025), { italic: true }),
    );
    grid(ws, 5, 1, row, 5);
    const a = ctx.data.value({ input, unit: "bao-lai-chau", year: 2024 });
    const b = ctx.data.value({ input, unit: "bao-lai-chau", year: 2025 });
    message(ws, row + 2, typeof a === "number" && typeof b === "number" ? pct(b - a, a) : 12.5);
  }

  {
    const ws = slide("staff", [30, 16, 16, 14, 16, 4]);
    const head = { bold: true, align: "center" as const, wrap: true };
    ctx.write(ws, "A4", T.unitHead, "text", head);
    ctx.write(ws, "B4", ctx.header("staff_total", "slide"), "text", head);
    ctx.write(ws, "C4", ctx.header("staff_trained", "slide"), "text", head);
    ctx.write(ws, "D4", T.share, "text", head);
    ctx.write(ws, "E4", ctx.decoyLabel(D.pressCards, "sl"), "text", head);
    AGENCIES.forEach((unit, i) => {
      const row = 5 + i;
      ctx.write(ws, `A${row}`, ctx.agency(unit, "slide"), "label");
      ctx.value(fileName, ws, `B${row}`, slotOf("staff_total", unit));
      ctx.value(fileName, ws, `C${row}`, slotOf("staff_trained", unit));
      const t = ctx.shownNumber(slotOf("staff_total", unit));
      const k = ctx.shownNumber(slotOf("staff_trained", unit));
      if (t !== undefined && k !== undefined) ctx.formula(ws, `D${row}`, `C${row}/B${row}*100`, pct(k, t));
      ctx.figure(ws, `E${row}`, ctx.decoyValue(D.pressCards, unit));
    });
    grid(ws, 4, 1, 7, 5);
    message(ws, 9, ctx.rng.int(600, 990) / 10);
  }

  {
    const ws = slide("tech", [30, 14, 14, 14, 14, 14]);
    const head = { bold: true, align: "center" as const, wrap: true };
    ctx.write(ws, "A4", T.unitHead, "text", head);
    TECH.forEach((input, i) => ctx.write(ws, ref(i + 2, 4), ctx.header(input, "slide"), "text", head));
    AGENCIES.forEach((unit, r) => {
      const row = 5 + r;
      ctx.write(ws, `A${row}`, ctx.agency(unit, "slide"), "label");
      TECH.forEach((input, i) => {
        if (statusInputsOf(unit).includes(input))
          ctx.value(fileName, ws, ref(i + 2, row), slotOf(input, unit));
      });
    });
    grid(ws, 4, 1, 7, 1 + TECH.length);
    const followers = ctx.decoyRow(D.followers, "bao-lai-chau", "sl");
    ctx.write(ws, "A9", followers.text, "label", { italic: true });
    ctx.figure(ws, "B9", followers.value, { italic: true });
  }

  {
    const ws = slide("reach", [44, 26, 16, 4]);
    const head = { bold: true, align: "center" as const, wrap: true };
    ctx.write(ws, "A4", T.itemHead, "text", head);
    ctx.write(ws, "B4", T.unitHead, "text", head);
    ctx.write(ws, "C4", T.valueHead, "text", head);
    let row = 5;
    ctx.write(ws, `A${row}`, ctx.label("licensed"), "label", { wrap: true });
    ctx.write(ws, `B${row}`, ctx.agency(MAGAZINE, "slide"), "text");
    ctx.value(fileName, ws, `C${row}`, slotOf("licensed", MAGAZINE));
    row++;
    if (ctx.data.province) {
      for (const input of ["remote_population_total", "remote_population_reached"]) {
        ctx.write(ws, `A${row}`, ctx.label(input), "label", { wrap: true });
        ctx.write(ws, `B${row}`, ctx.agency(PROVINCE, "slide"), "text");
        ctx.value(fileName, ws, `C${row}`, { input, unit: PROVINCE });
        row++;
      }
      const d = ctx.decoyRow(D.receivers, PROVINCE, "sl");
      ctx.write(ws, `A${row}`, d.text, "label", { italic: true, wrap: true });
      ctx.write(ws, `B${row}`, ctx.agency(PROVINCE, "slide"), "text");
      ctx.figure(ws, `C${row}`, d.value, { italic: true });
      row++;
    }
    grid(ws, 4, 1, row - 1, 3);
    ctx.write(ws, `A${row + 1}`, T.speaker, "text", { italic: true });
    // The abbreviations the slides use, spelled out.
    row += 3;
    ctx.write(ws, `A${row}`, T.legend, "text", { bold: true });
    for (const input of LEGEND) {
      row++;
      ctx.write(ws, `A${row}`, ctx.header(input, "legend"), "text");
      ctx.write(ws, `B${row}`, ctx.wording(input, "legend"), "text", { italic: true });
    }
  }
  return [{ fileName, workbook: wb }];
}

/**
 * "b37-council-thematic-supervision-annex": the data annex an agency fills for the provincial People's Council's
 * thematic supervision. One workbook, a guide sheet, then a sheet per agency: the years 2021–2025 as columns under a
 * merged head, a plan column right of them and notes; all pieces (larger) above the political-task row and a
 * party-building part (smaller) under it; revenue with a part of it under it; staff and statuses answered in the
 * last year's column with last year's answer beside; a summary sheet for the remote areas; a hidden list sheet.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind37Context } from "./context";
import {
  hiddenSheet,
  nearFigure,
  newWorkbook,
  planFigure,
  sheet,
  slotOf,
  someAnswer,
  statusInputs,
} from "./kit";
import { B37_SUPERVISION as T } from "./texts";
import { B37_DECOYS as D } from "./wordings";

export const SUPERVISION_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
/** Column of each year, the plan column, the head rows. */
export const SUPERVISION_COLS = {
  firstYear: 4,
  plan: "I",
  note: "J",
  last: "H",
  before: "G",
  head: 6,
} as const;

const yearCol = (year: number) => colLetter(SUPERVISION_COLS.firstYear + year - 2021);

function agencySheet(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string, unit: UnitId, k: number): void {
  const ws = sheet(
    wb,
    `${ctx.pickText("prefix", T.sheetPrefix)}${k} ${ctx.agency(unit, "sheet")}`,
    [6, 46, 11, 12, 12, 12, 12, 12, 16, 26],
  );
  ctx.writeMerged(ws, "A1:J1", ctx.pickText("title", T.title, 2025), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:J2", T.sub.replace("{y}", "2025").replace("{a}", ctx.agency(unit)), "text", {
    italic: true,
  });
  const h = SUPERVISION_COLS.head;
  ctx.writeMerged(ws, `A${h - 1}:A${h}`, T.stt, "text", { bold: true });
  ctx.writeMerged(ws, `B${h - 1}:B${h}`, ctx.pickText("content", T.content), "text", { bold: true });
  ctx.writeMerged(ws, `C${h - 1}:C${h}`, T.measure, "text", { bold: true });
  ctx.writeMerged(ws, `D${h - 1}:H${h - 1}`, ctx.pickText("years", T.yearsHead), "text", { bold: true });
  const yearText = ctx.pickText("yearText", T.yearText);
  for (const y of SUPERVISION_YEARS)
    ctx.write(ws, `${yearCol(y)}${h}`, yearText.replace("{y}", String(y)), "text", {
      bold: true,
      align: "center",
    });
  ctx.writeMerged(ws, `I${h - 1}:I${h}`, ctx.planHeader(2025), "text", { bold: true });
  ctx.writeMerged(ws, `J${h - 1}:J${h}`, T.note, "text", { bold: true });

  let r = h + 1;
  const section = (roman: string, text: string) => {
    ctx.write(ws, `A${r}`, roman, "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r}`, text, "upper", { bold: true });
    r++;
  };
  /** A yearly row: truth per year where shown, the 2025 target in the plan column. */
  const yearlyRow = (input: string, no: string) => {
    ctx.write(ws, `A${r}`, no, "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.label(input, { unit: ctx.rng.chance(0.5), key: "sup" }), "label");
    ctx.write(ws, `C${r}`, ctx.measure(input));
    for (const y of SUPERVISION_YEARS) ctx.value(file, ws, `${yearCol(y)}${r}`, slotOf(input, unit, y));
    const plan = planFigure(ctx, slotOf(input, unit, 2025));
    if (plan !== null) ctx.figure(ws, `I${r}`, plan);
    if (ctx.rng.chance(0.4)) ctx.write(ws, `J${r}`, ctx.note(2025), "text", { italic: true });
    r++;
  };
  const decoyYearly = (
    d: { texts: readonly string[]; near: string; scale: readonly [number, number] },
    no: string,
    key: string,
  ) => {
    ctx.write(ws, `A${r}`, no, "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.decoyLabel(d, key), "label", { italic: no === "-" });
    ctx.write(ws, `C${r}`, ctx.measure(d.near));
    const input = d.near as "political_articles" | "revenue";
    for (const y of SUPERVISION_YEARS)
      if (ctx.data.years[input].includes(y)) ctx.figure(ws, `${yearCol(y)}${r}`, ctx.decoyValue(d, unit, y));
    r++;
  };

  section("I", ctx.pickText("sec1", T.sec1));
  decoyYearly(D.allPieces, "1", "sup");
  yearlyRow("political_articles", "2");
  decoyYearly(D.partyColumn, "-", "sup");
  yearlyRow("revenue", "3");
  decoyYearly(ctx.rng.chance(0.5) ? D.orderedRevenue : D.adsRevenue, "-", "sup");

  section("II", ctx.pickText("sec2", T.sec2));
  let no = 1;
  for (const input of statusInputs(unit)) {
    ctx.write(ws, `A${r}`, String(no++), "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.label(input, { key: "sup" }), "label");
    ctx.write(ws, `C${r}`, ctx.measure(input));
    const slot = slotOf(input, unit);
    const v = ctx.data.value(slot);
    // Last year's answer beside this year's (a figure near it, or an answer word).
    if (typeof v === "number") {
      const before = nearFigure(ctx, slot, 0.85, 0.99);
      if (before !== null) ctx.figure(ws, `${SUPERVISION_COLS.before}${r}`, before);
    } else if (typeof v === "boolean") {
      ctx.write(ws, `${SUPERVISION_COLS.before}${r}`, someAnswer(ctx, v && ctx.rng.chance(0.5)), "word", {
        align: "center",
      });
    }
    ctx.value(file, ws, `${SUPERVISION_COLS.last}${r}`, slot);
    if (input === "staff_total") {
      const quota = planFigure(ctx, slot);
      if (quota !== null) ctx.figure(ws, `I${r}`, quota);
    } else {
      const word = input === "staff_trained" ? 0 : input === "security_level" ? 2 : ctx.rng.pick([1, 3]);
      ctx.write(ws, `I${r}`, (T.planWords[word] ?? "").replace("{y}", "2025"), "text", { align: "center" });
    }
    r++;
    if (input === "staff_total") {
      const d = ctx.rng.chance(0.5) ? D.cardHolders : D.degree;
      ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
      ctx.write(ws, `B${r}`, ctx.decoyLabel(d, "sup"), "label", { italic: true });
      ctx.write(ws, `C${r}`, ctx.measure("staff_total"));
      ctx.figure(ws, `${SUPERVISION_COLS.before}${r}`, ctx.decoyValue(d, unit));
      ctx.figure(ws, `${SUPERVISION_COLS.last}${r}`, ctx.decoyValue(d, unit));
      r++;
    }
    if (input === "staff_trained") {
      ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
      ctx.write(ws, `B${r}`, ctx.decoyLabel(D.politicalTheory, "sup"), "label", { italic: true });
      ctx.write(ws, `C${r}`, ctx.measure("staff_trained"));
      ctx.figure(ws, `${SUPERVISION_COLS.last}${r}`, ctx.decoyValue(D.politicalTheory, unit));
      r++;
    }
  }
  grid(ws, h - 1, 1, r - 1, 10);
}

function summarySheet(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("summary", T.summary), [6, 52, 11, 14, 14, 18]);
  ctx.writeMerged(ws, "A1:F1", T.summaryTitle, "upper", { bold: true });
  ctx.write(ws, "A3", T.stt, "text", { bold: true });
  ctx.write(ws, "B3", ctx.pickText("content", T.content), "text", { bold: true });
  ctx.write(ws, "C3", T.measure, "text", { bold: true });
  ctx.write(ws, "D3", ctx.pickText("yearText", T.yearText).replace("{y}", "2024"), "text", { bold: true });
  ctx.write(ws, "E3", ctx.pickText("yearText", T.yearText).replace("{y}", "2025"), "text", { bold: true });
  ctx.write(ws, "F3", ctx.planHeader(2025), "text", { bold: true });
  let r = 4;
  for (const input of ["remote_population_total", "remote_population_reached"]) {
    const slot = slotOf(input, PROVINCE);
    ctx.write(ws, `A${r}`, String(r - 3), "text", { align: "center" });
    ctx.write(ws, `B${r}`, `${ctx.label(input, { key: "sum" })} (${ctx.header(input, "sum")})`, "label");
    ctx.write(ws, `C${r}`, ctx.measure(input));
    const before = nearFigure(ctx, slot, 0.95, 0.995);
    if (before !== null) ctx.figure(ws, `D${r}`, before);
    ctx.value(file, ws, `E${r}`, slot);
    if (input === "remote_population_reached") ctx.write(ws, `F${r}`, "100%", "text", { align: "center" });
    r++;
  }
  ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
  ctx.write(ws, `B${r}`, ctx.decoyLabel(D.devices, "sum"), "label", { italic: true });
  ctx.figure(ws, `E${r}`, ctx.decoyValue(D.devices, PROVINCE));
  grid(ws, 3, 1, r, 6);
}

export function supervisionAnnex(ctx: Blind37Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  const guide = sheet(wb, T.guide, [100]);
  T.guideLines.forEach((line, i) => ctx.write(guide, `A${i + 1}`, line.replaceAll("{y}", "2025")));
  AGENCIES.forEach((unit, i) => agencySheet(ctx, wb, file, unit, i + 1));
  if (ctx.data.province) summarySheet(ctx, wb, file);
  hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
    [T.hiddenRows[0], ctx.style.yesNo[0]],
    [T.hiddenRows[1], ctx.rng.int(40, 90)],
    [T.hiddenRows[2], ctx.near("political_articles", "bao-lai-chau", 0.7, 0.8, 2025)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

/**
 * "b21-email-reply-compilation": a department officer pastes the agencies' e-mailed replies one under another in
 * one sheet, each under the mail's sender, time and subject lines, each in the agency's own arrangement: years as
 * columns (with a target row under the articles), or years written into the labels, with a small answer table of
 * the status questions. The province's remote-area figures are added by the officer at the bottom; an older paste
 * with wrong figures lies on a hidden sheet.
 */
import type ExcelJS from "exceljs";
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind21Context } from "./context";
import { nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B21_EMAIL as T } from "./texts";
import { B21_DECOYS } from "./wordings";

const SHOWN_YEARS = [2022, 2023, 2024, 2025] as const;

export function emailCompilation(ctx: Blind21Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `Tong_hop_email_${ctx.choose("em-file", ["T11-2025", "CDS_BC", "so-lieu"])}.xlsx`;
  const ws = sheet(
    wb,
    ctx.choose("em-sheet", ["Tong hop", "Email dan", "TH so lieu"]),
    [44, 12, 13, 13, 13, 13, 26],
  );
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("em-title", T.titles), "upper", { bold: true, size: 13 });
  let row = 3;
  for (const unit of ctx.rng.shuffle(AGENCIES)) {
    row = mailHead(ctx, ws, row, unit);
    row = ctx.rng.chance(0.5)
      ? yearColumns(ctx, ws, fileName, row, unit)
      : yearLabels(ctx, ws, fileName, row, unit);
    row = statusTable(ctx, ws, fileName, row + 1, unit) + 2;
  }
  if (ctx.data.province) {
    ctx.writeMerged(ws, `A${row}:G${row}`, ctx.pickText("em-prov", T.province), "text", {
      bold: true,
      align: "left",
    });
    row++;
    const remote = ["remote_population_total", "remote_population_reached"];
    if (ctx.rng.chance(0.75)) {
      remote.forEach((input, i) =>
        ctx.write(ws, `${"BC"[i]}${row}`, ctx.header(input, "em-p"), "text", { bold: true, wrap: true }),
      );
      ctx.write(ws, `A${row + 1}`, ctx.agency(PROVINCE, "em"), "label");
      remote.forEach((input, i) => ctx.value(fileName, ws, `${"BC"[i]}${row + 1}`, slotOf(input, PROVINCE)));
      row += 2;
    } else
      for (const input of remote) {
        ctx.write(ws, `A${row}`, ctx.label(input, { key: "em" }), "label");
        ctx.write(ws, `B${row}`, ctx.measure(input), "text", { align: "center" });
        ctx.value(fileName, ws, `C${row}`, slotOf(input, PROVINCE));
        row++;
      }
    row++;
  }
  ctx.writeMerged(ws, `A${row}:G${row}`, ctx.pickText("em-comment", T.comment), "text", {
    italic: true,
    align: "left",
  });
  const draft = sheet(wb, ctx.pickText("em-draft", T.draft), [44, 13, 13]);
  ctx.write(draft, "A1", ctx.pickText("em-draft-t", T.draftTexts), "text", { italic: true });
  AGENCIES.forEach((unit, i) => {
    ctx.write(
      draft,
      `A${i + 2}`,
      `${ctx.agency(unit, "em")} - ${ctx.wording("political_articles", "em")}`,
      "label",
    );
    const n = nearFigure(ctx, slotOf("political_articles", unit), 0.8, 0.95);
    if (n !== null) ctx.figure(draft, `B${i + 2}`, n);
  });
  draft.state = "hidden";
  return [{ fileName, workbook: wb }];
}

function mailHead(ctx: Blind21Context, ws: ExcelJS.Worksheet, row: number, unit: UnitId): number {
  const sender = ctx.rng.pick(T.senders[unit as keyof typeof T.senders]);
  const day = ctx.rng.int(18, 26);
  const when = `${day}/11/2025 ${ctx.rng.int(7, 17)}:${String(ctx.rng.int(0, 59)).padStart(2, "0")}`;
  put(ws, `A${row}`, ctx.rng.pick(T.header).replace("{n}", `${ctx.agency(unit, "em")} <${sender}>`), {
    bold: true,
  });
  put(ws, `A${row + 1}`, ctx.rng.pick(T.sent).replace("{y}", when), { italic: true });
  ctx.write(ws, `A${row + 2}`, ctx.rng.pick(T.subject), "text", { italic: true });
  ctx.write(ws, `A${row + 3}`, ctx.rng.pick(T.intro), "text");
  return row + 4;
}

/** The articles and income with years as columns C..E, a target row under the articles, all works below. */
function yearColumns(
  ctx: Blind21Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  unit: UnitId,
): number {
  const head = row;
  ctx.write(ws, `A${row}`, ctx.rng.pick(T.item), "text", { bold: true, align: "center" });
  ctx.write(ws, `B${row}`, ctx.rng.pick(T.measure), "text", { bold: true, align: "center" });
  const yh = ctx.rng.pick(T.yearHead);
  SHOWN_YEARS.forEach((y, i) =>
    ctx.write(ws, `${"CDEF"[i]}${row}`, yh.replace("{y}", String(y)), "text", {
      bold: true,
      align: "center",
    }),
  );
  row++;
  for (const input of ["political_articles", "revenue"] as const) {
    const short = input === "revenue" && ctx.rng.chance(0.5);
    ctx.write(
      ws,
      `A${row}`,
      short ? ctx.header(input, `em-${unit}`) : ctx.label(input, { key: `em-${unit}` }),
      "label",
    );
    ctx.write(ws, `B${row}`, ctx.measure(input), "text", { align: "center" });
    SHOWN_YEARS.forEach((y, i) => ctx.value(file, ws, `${"CDEF"[i]}${row}`, slotOf(input, unit, y)));
    row++;
    if (input === "political_articles") {
      const target = planFigure(ctx, slotOf(input, unit, 2025));
      if (target !== null && ctx.rng.chance(0.7)) {
        ctx.write(ws, `A${row}`, ctx.planHeader(2025), "text", { italic: true });
        ctx.figure(ws, `F${row}`, target, { italic: true });
        row++;
      }
      const d = B21_DECOYS.allWorks;
      ctx.write(ws, `A${row}`, ctx.decoyLabel(d, "em"), "label", { italic: true });
      ctx.write(ws, `B${row}`, ctx.decoyMeasure(d), "text", { align: "center" });
      SHOWN_YEARS.forEach((y, i) => ctx.figure(ws, `${"CDEF"[i]}${row}`, ctx.decoyValue(d, unit, y)));
      row++;
      if (ctx.rng.chance(0.6)) {
        const r = B21_DECOYS.reprinted;
        ctx.write(ws, `A${row}`, ctx.decoyLabel(r, "em"), "label", { italic: true });
        ctx.write(ws, `B${row}`, ctx.decoyMeasure(r), "text", { align: "center" });
        SHOWN_YEARS.forEach((y, i) => ctx.figure(ws, `${"CDEF"[i]}${row}`, ctx.decoyValue(r, unit, y)));
        row++;
      }
    }
  }
  for (const input of ["staff_total", "staff_trained"]) {
    ctx.write(ws, `A${row}`, ctx.label(input, { unit: true, key: `em-${unit}` }), "label");
    ctx.value(file, ws, `F${row}`, slotOf(input, unit));
    row++;
  }
  grid(ws, head, 1, row - 1, 6);
  return row;
}

/** Years written into the labels, one figure column. */
function yearLabels(
  ctx: Blind21Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  unit: UnitId,
): number {
  const head = row;
  ctx.write(ws, `A${row}`, ctx.rng.pick(T.item), "text", { bold: true, align: "center" });
  ctx.write(ws, `B${row}`, ctx.rng.pick(T.measure), "text", { bold: true, align: "center" });
  ctx.write(ws, `C${row}`, ctx.rng.pick(T.figure), "text", { bold: true, align: "center" });
  row++;
  for (const input of ["political_articles", "revenue"] as const) {
    for (const y of [2022, 2023, 2024, 2025]) {
      ctx.write(ws, `A${row}`, ctx.label(input, { year: y, key: `em-${unit}` }), "label");
      ctx.write(ws, `B${row}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(file, ws, `C${row}`, slotOf(input, unit, y));
      row++;
    }
    if (input === "revenue" && ctx.rng.chance(0.7)) {
      const d = ctx.decoyRow(B21_DECOYS.adRevenue, unit, "em-l");
      ctx.write(ws, `A${row}`, `- ${d.text} 2025`, "label", { italic: true });
      ctx.write(ws, `B${row}`, ctx.measure("revenue"), "text", { align: "center" });
      ctx.figure(ws, `C${row}`, d.value, { italic: true });
      row++;
    }
  }
  for (const input of ["staff_total", "staff_trained"]) {
    ctx.write(ws, `A${row}`, ctx.label(input, { key: `em-l-${unit}` }), "label");
    ctx.write(ws, `B${row}`, ctx.measure(input), "text", { align: "center" });
    ctx.value(file, ws, `C${row}`, slotOf(input, unit));
    row++;
  }
  if (ctx.rng.chance(0.6)) {
    const d = ctx.decoyRow(B21_DECOYS.politicalTheory, unit, "em");
    ctx.write(ws, `A${row}`, d.text, "label", { italic: true });
    ctx.write(ws, `B${row}`, ctx.decoyMeasure(B21_DECOYS.politicalTheory), "text", { align: "center" });
    ctx.figure(ws, `C${row}`, d.value);
    row++;
  }
  grid(ws, head, 1, row - 1, 3);
  return row;
}

/** The status questions and their answers, two columns. */
function statusTable(
  ctx: Blind21Context,
  ws: ExcelJS.Worksheet,
  file: string,
  row: number,
  unit: UnitId,
): number {
  const inputs = statusInputsOf(unit).filter((i) => !i.startsWith("staff_"));
  if (ctx.rng.chance(0.5)) {
    // Across: the template's short heads over one row of answers.
    ctx.write(ws, `A${row}`, ctx.rng.pick(T.item), "text", { bold: true, align: "center" });
    inputs.forEach((input, i) =>
      ctx.write(ws, `${"BCDEFG"[i]}${row}`, ctx.header(input, `em-${unit}`), "text", {
        bold: true,
        align: "center",
        wrap: true,
      }),
    );
    ctx.write(ws, `A${row + 1}`, ctx.agency(unit, "em-row"), "label");
    inputs.forEach((input, i) => ctx.value(file, ws, `${"BCDEFG"[i]}${row + 1}`, slotOf(input, unit)));
    grid(ws, row, 1, row + 1, inputs.length + 1);
    return row + 2;
  }
  const head = row;
  ctx.write(ws, `A${row}`, ctx.rng.pick(T.item), "text", { bold: true, align: "center" });
  ctx.write(ws, `B${row}`, ctx.rng.pick(T.answer), "text", { bold: true, align: "center" });
  row++;
  for (const input of inputs) {
    ctx.write(ws, `A${row}`, ctx.label(input, { key: `em-s-${unit}` }), "label");
    ctx.value(file, ws, `B${row}`, slotOf(input, unit));
    if (ctx.rng.chance(0.12)) ctx.write(ws, `C${row}`, ctx.note(2025), "text", { italic: true });
    row++;
  }
  grid(ws, head, 1, row - 1, 2);
  return row;
}

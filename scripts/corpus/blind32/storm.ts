/**
 * "b32-storm-flood-coverage-report": the data annex of a year-end report on press coverage of storms, floods and
 * landslides. One sheet; the agencies as merged column groups, each with a 2024 and a 2025 column; inputs as rows
 * under Roman sections. Traps: the registered target right under the works, disaster-only and all-topic works,
 * reporters sent to the field, emergency support money, last year's headcount and answers in the 2024 column,
 * a hidden scratch sheet.
 */
import { colLetter, grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind32Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, someAnswer } from "./kit";
import { B32_STORM as T } from "./texts";
import { B32_DECOYS as D, type B32Decoy } from "./wordings";

const YEARS = [2024, 2025] as const;

/** The column of an agency's year (C/D, E/F, G/H). */
export const stormCol = (i: number, year: number): string => colLetter(3 + 2 * i + (year === 2025 ? 1 : 0));

export function stormReport(ctx: Blind32Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 50, 11, 11, 11, 11, 11, 11, 26]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:I2", ctx.pickText("sub", T.subtitles, 2025), "text", { italic: true });
  ctx.writeMerged(ws, "A4:A5", "TT", "text", { bold: true });
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("content", T.content), "text", { bold: true });
  AGENCIES.forEach((unit, i) => {
    ctx.writeMerged(ws, `${stormCol(i, 2024)}4:${stormCol(i, 2025)}4`, ctx.agency(unit), "text", {
      bold: true,
    });
    for (const y of YEARS)
      ctx.write(ws, `${stormCol(i, y)}5`, `Năm ${y}`, "text", { bold: true, align: "center" });
  });
  ctx.writeMerged(ws, "I4:I5", "Ghi chú", "text", { bold: true });
  grid(ws, 4, 1, 5, 9);

  let row = 6;
  const section = (roman: string, text: string) => {
    put(ws, `A${row}`, roman, { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, text, "upper", { bold: true });
    row++;
  };
  const note = () => {
    if (rng.chance(0.25)) ctx.write(ws, `I${row}`, ctx.note(), "text", { italic: true, wrap: true });
  };
  let n = 0;
  const label = (input: string) => {
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { unit: rng.chance(0.3) }), "label", { wrap: true });
  };
  const yearly = (input: string) => {
    label(input);
    AGENCIES.forEach((unit, i) => {
      for (const year of YEARS) ctx.value(file, ws, `${stormCol(i, year)}${row}`, { input, unit, year });
    });
    note();
    row++;
  };
  const decoy = (d: B32Decoy) => {
    ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(d)}`, "label", { italic: true, wrap: true });
    AGENCIES.forEach((unit, i) => {
      for (const year of YEARS) ctx.figure(ws, `${stormCol(i, year)}${row}`, ctx.decoyValue(d, unit, year));
    });
    row++;
  };
  const plan = (input: string) => {
    ctx.write(ws, `B${row}`, ctx.planHeader(2025), "label", { italic: true });
    AGENCIES.forEach((unit, i) => {
      const p = planFigure(ctx, { input, unit, year: 2025 });
      if (p !== null) ctx.figure(ws, `${stormCol(i, 2025)}${row}`, p, { italic: true });
    });
    row++;
  };
  /** A status row: this year's answer in the 2025 column, last year's (a near figure or an older answer) in 2024. */
  const status = (input: string) => {
    label(input);
    AGENCIES.forEach((unit: UnitId, i) => {
      const slot = { input, unit };
      ctx.value(file, ws, `${stormCol(i, 2025)}${row}`, slot);
      const v = ctx.data.value(slot);
      const at = `${stormCol(i, 2024)}${row}`;
      if (typeof v === "number") {
        const last = nearFigure(ctx, slot, 0.86, 0.98);
        if (last !== null) ctx.figure(ws, at, last);
      } else if (typeof v === "boolean")
        ctx.write(ws, at, someAnswer(ctx, v && rng.chance(0.5)), "word", { align: "center" });
    });
    note();
    row++;
  };

  section("I", ctx.pickText("s1", [T.sections[0]]));
  yearly("political_articles");
  for (const step of rng.shuffle(["plan", "disaster", "all"])) {
    if (step === "plan") plan("political_articles");
    else decoy(step === "disaster" ? D.disaster : D.allOutput);
  }
  section("II", ctx.pickText("s2", [T.sections[1]]));
  status("staff_total");
  decoy(D.fieldReporters);
  status("staff_trained");
  status("converged_newsroom");
  status("digital_platforms");
  section("III", ctx.pickText("s3", [T.sections[2]]));
  yearly("revenue");
  decoy(D.support);
  grid(ws, 6, 1, row - 1, 9);

  if (rng.chance(0.6))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [ctx.decoyLabel(D.allOutput), ctx.decoyValue(D.allOutput, "bao-lai-chau")],
      [ctx.agency("dai-ptth-lai-chau"), ctx.near("revenue", "dai-ptth-lai-chau", 0.8, 0.95, 2025)],
      [
        ctx.agency("tap-chi-van-nghe-lai-chau"),
        ctx.near("staff_total", "tap-chi-van-nghe-lai-chau", 1.1, 1.4),
      ],
    ]);
  return [{ fileName: file, workbook: wb }];
}

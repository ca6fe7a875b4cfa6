/**
 * Family "b24-quarterly-cumulative-files": the department's quarterly report, a file per quarter of 2025. Each file
 * has the agencies as sections with their works and revenue: the quarter alone, the cumulative figure since January
 * and the same point of last year, then the year's target under a plan head. Only the fourth quarter's file holds
 * whole years (2025 and, beside it, 2024: the truth), the fourth quarter alone on their left under a part-of-year
 * head, and the year-end status answers; the first three files hold part-of-year figures only.
 */
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { masthead, signature, type BuiltFile } from "../sheets";
import type { Blind24Context } from "./context";
import { headers, newWorkbook, planFigure, ROMAN, sheet, slotOf } from "./kit";
import { B24_QUARTERLY as T } from "./texts";
import { B24_DECOYS as D } from "./wordings";

const LAST = 8;
const YEARLY_LINES = [
  { input: "political_articles", decoy: D.reusedWorks },
  { input: "revenue", decoy: D.adRevenue },
] as const;

/** Cumulative shares of the year at the end of quarters I, II and III. */
function shares(ctx: Blind24Context): [number, number, number] {
  const a = 0.2 + ctx.rng.next() * 0.06;
  const b = 0.46 + ctx.rng.next() * 0.06;
  const c = 0.71 + ctx.rng.next() * 0.06;
  return [a, b, c];
}

const part = (v: number, share: number): number => Math.max(1, Math.round(v * share));

function quarterFile(
  ctx: Blind24Context,
  q: number,
  cum: ReadonlyMap<string, [number, number, number]>,
): BuiltFile {
  const roman = T.quarters[q] ?? "IV";
  const final = q === 3;
  const fileName = final ? ctx.pickText("lastFile", T.lastFile) : ctx.pickText("file", T.files, { n: roman });
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [7, 46, 11, 15, 17, 17, 17, 24]);
  masthead(ctx, ws, null, LAST);
  ctx.writeMerged(ws, "A4:H4", ctx.pickText("title", T.title, { n: roman }), "upper", { bold: true });
  headers(ctx, ws, 6, [
    "STT",
    ctx.pickText("indicator", T.indicator),
    "ĐVT",
    final ? ctx.partialHeader(2025) : ctx.pickText("qHead", T.quarterHead, { n: roman }),
    final ? ctx.pickText("yHead", T.yearHead) : ctx.pickText("cHead", T.cumulativeHead, { n: roman }),
    final ? ctx.pickText("lyHead", T.lastYearHead) : ctx.pickText("sHead", T.sameTimeHead),
    ctx.planHeader(2025),
    "Ghi chú",
  ]);
  let row = 7;
  AGENCIES.forEach((unit: UnitId, k) => {
    ctx.write(ws, `A${row}`, ROMAN[k] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "label", { bold: true });
    row++;
    YEARLY_LINES.forEach((line, i) => {
      const key = `${line.input}|${unit}`;
      const [s1, s2, s3] = cum.get(key) ?? [0.25, 0.5, 0.75];
      const upTo = [s1, s2, s3][q] ?? 1;
      const before = q === 0 ? 0 : ([s1, s2, s3][q - 1] ?? 0);
      const now = ctx.shownNumber(slotOf(line.input, unit, 2025));
      const last = ctx.shownNumber(slotOf(line.input, unit, 2024));
      ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
      ctx.write(ws, `B${row}`, final ? ctx.label(line.input) : ctx.header(line.input, `q${q}`), "label");
      ctx.write(ws, `C${row}`, ctx.measure(line.input), "text", { align: "center" });
      if (final) {
        if (now !== undefined) ctx.figure(ws, `D${row}`, now - part(now, s3));
        ctx.value(fileName, ws, `E${row}`, slotOf(line.input, unit, 2025));
        ctx.value(fileName, ws, `F${row}`, slotOf(line.input, unit, 2024));
      } else {
        if (now !== undefined) {
          ctx.figure(ws, `D${row}`, part(now, upTo) - (q === 0 ? 0 : part(now, before)));
          ctx.figure(ws, `E${row}`, part(now, upTo));
        }
        if (last !== undefined) ctx.figure(ws, `F${row}`, part(last, upTo));
      }
      const plan = planFigure(ctx, slotOf(line.input, unit, 2025));
      if (plan !== null) ctx.figure(ws, `G${row}`, plan);
      if (ctx.rng.chance(0.15)) ctx.write(ws, `H${row}`, ctx.note(2025), "text", { wrap: true });
      row++;
      // A part of the line above, for the same periods.
      ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(line.decoy, unit)}`, "label", { italic: true });
      ctx.write(ws, `C${row}`, ctx.measure(line.input), "text", { align: "center" });
      const d = ctx.decoyValue(line.decoy, unit, 2025);
      ctx.figure(ws, `E${row}`, final ? d : part(d, upTo), { italic: true });
      row++;
    });
    if (final) {
      ctx.write(ws, `B${row}`, ctx.pickText("status", T.statusSection), "text", { italic: true });
      row++;
      statusInputsOf(unit).forEach((input, j) => {
        ctx.write(ws, `A${row}`, String(j + 3), "text", { align: "center" });
        ctx.write(ws, `B${row}`, ctx.label(input), "label");
        ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
        ctx.value(fileName, ws, `E${row}`, slotOf(input, unit));
        row++;
      });
    }
  });
  if (final && ctx.data.province) {
    ctx.write(ws, `B${row}`, ctx.pickText("prov", T.provinceSection), "text", { bold: true });
    row++;
    ["remote_population_total", "remote_population_reached"].forEach((input, j) => {
      ctx.write(ws, `A${row}`, String(j + 1), "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.label(input, { key: "province" }), "label");
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, `E${row}`, slotOf(input, PROVINCE));
      row++;
    });
  }
  grid(ws, 6, 1, row - 1, LAST);
  signature(ctx, ws, row + 1, LAST);
  return { fileName, workbook: wb };
}

export function quarterlyFiles(ctx: Blind24Context): BuiltFile[] {
  const cum = new Map<string, [number, number, number]>();
  for (const unit of AGENCIES) for (const line of YEARLY_LINES) cum.set(`${line.input}|${unit}`, shares(ctx));
  return [0, 1, 2, 3].map((q) => quarterFile(ctx, q, cum));
}

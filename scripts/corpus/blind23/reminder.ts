/**
 * b23-overdue-reminder-letter: the department's letter urging the press agencies to send their missing figures,
 * with an annex of what it has received so far. Agencies run across (the figures of every year now sent, then
 * what each sent last time as an estimate, for comparison); what has not come in says so in words ("not sent"
 * reads like a "no" to a careless eye but is no answer at all), with a deadline beside it. The province's own
 * figures sit in a short block under the table.
 */
import { colLetter } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, isYearly, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind23Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B23_REMINDER as T } from "./texts";

const INPUTS = [...new Set(["political_articles", "revenue", ...AGENCIES.flatMap((u) => statusInputsOf(u))])];

export function reminderLetter(ctx: Blind23Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.file, { y: 2025 });
  letter(ctx, wb);
  const ws = sheet(wb, ctx.pickText("annex", T.annexSheet), [6, 44, 15, 15, 15, 15, 15, 15, 14, 26]);
  ctx.writeMerged(ws, "A1:J1", ctx.pickText("annexTitle", T.annexTitle, { y: 2025 }), "upper", {
    bold: true,
  });
  ctx.writeMerged(ws, "A3:A4", "TT", "text", { bold: true });
  ctx.writeMerged(ws, "B3:B4", ctx.pickText("item", T.itemHead), "text", { bold: true });
  ctx.writeMerged(ws, "C3:E3", ctx.pickText("received", T.received, { y: 2025 }), "text", { bold: true });
  ctx.writeMerged(ws, "F3:H3", ctx.pickText("earlier", T.earlier, { y: 2024 }), "text", { bold: true });
  ctx.writeMerged(ws, "I3:I4", ctx.pickText("deadline", T.deadline), "text", { bold: true });
  const order: UnitId[] = ctx.rng.chance(0.6) ? [...AGENCIES] : ctx.rng.shuffle([...AGENCIES]);
  headers(
    ctx,
    ws,
    4,
    order.map((u) => ctx.agency(u, "col")),
    3,
  );
  headers(
    ctx,
    ws,
    4,
    order.map((u) => ctx.agency(u, "col")),
    6,
  );
  const notSent = ctx.pickText("notSent", T.notSent);
  const rows: Array<{ input: string; year?: number }> = INPUTS.flatMap((input) =>
    isYearly(input) ? ctx.data.years[input].map((year) => ({ input, year })) : [{ input }],
  );
  let row = 5;
  for (const [i, { input, year }] of rows.entries()) {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    const label =
      year === undefined && ctx.rng.chance(0.35)
        ? ctx.header(input, "annex")
        : ctx.label(input, { unit: ctx.rng.chance(0.35), year, key: year === undefined ? "" : "y" });
    ctx.write(ws, `B${row}`, label, "text", { wrap: true });
    let missing = false;
    order.forEach((unit, k) => {
      if (!statusInputsOf(unit).includes(input) && !isYearly(input)) return;
      const now = colLetter(3 + k);
      const before = colLetter(6 + k);
      const slot = slotOf(input, unit, year);
      if (ctx.data.shown(slot)) ctx.value(file, ws, `${now}${row}`, slot);
      else {
        ctx.write(ws, `${now}${row}`, notSent, "word", { align: "center", italic: true });
        missing = true;
      }
      const estimate =
        year === 2024 || input === "staff_total" || input === "staff_trained"
          ? nearFigure(ctx, slot, year === 2024 ? 0.93 : 0.82, year === 2024 ? 0.99 : 0.97)
          : null;
      if (estimate !== null) ctx.figure(ws, `${before}${row}`, estimate);
    });
    if (missing) ctx.write(ws, `I${row}`, `${String(ctx.rng.int(1, 9)).padStart(2, "0")}/12/2025`);
    else if (ctx.rng.chance(0.12)) ctx.write(ws, `J${row}`, ctx.note());
    row++;
  }
  if (ctx.data.province) {
    row++;
    const title = `${ctx.pickText("provinceTitle", T.provinceTitle)} (${ctx.agency(PROVINCE, "annex")})`;
    ctx.write(ws, `B${row}`, title, "text", { bold: true });
    ctx.write(ws, `C${row}`, ctx.pickText("provinceHead", T.provinceHead), "text", { bold: true });
    row++;
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.4) }), "text", { wrap: true });
      const slot = slotOf(input, PROVINCE);
      if (ctx.data.shown(slot)) ctx.value(file, ws, `C${row}`, slot);
      else ctx.write(ws, `C${row}`, notSent, "word", { align: "center", italic: true });
      row++;
    }
  }
  return [{ fileName: file, workbook: wb }];
}

function letter(ctx: Blind23Context, wb: ReturnType<typeof newWorkbook>): void {
  const ws = sheet(wb, ctx.pickText("letter", T.letterSheet), [22, 22, 22, 22, 22, 22]);
  ctx.writeMerged(ws, "A1:C1", ctx.pickText("sender", T.sender), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:C2", ctx.pickText("number", T.number, { n: String(ctx.rng.int(1100, 2900)) }));
  ctx.writeMerged(ws, "D1:F1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "upper", { bold: true });
  ctx.writeMerged(ws, "A3:C3", ctx.pickText("about", T.about, { y: 2025 }), "text", { italic: true });
  ctx.writeMerged(ws, "A5:F5", ctx.pickText("to", T.to), "text", { bold: true });
  T.body.forEach((p, i) => {
    const r = 7 + i * 3;
    const text = p.replaceAll("{y}", "2025").replaceAll("{n}", String(ctx.rng.int(10, 28)));
    ctx.writeMerged(ws, `A${r}:F${r + 2}`, text, "text", { align: "left" });
  });
  ctx.writeMerged(ws, "A14:F14", ctx.pickText("closing", T.closing), "text", { align: "left" });
}

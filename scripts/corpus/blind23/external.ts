/**
 * b23-external-information-report: the press agencies' review of external-information work over 2020–2025, a
 * block per agency. Each block opens with the agency's head count (truth, in the 2025 column) over the people
 * working on external information, then the agency's new political-task articles year by year (truth), a SUM
 * over the period and the next period's plan on the right; then the part of them about external information, the
 * programmes, bilingual items, funding and (for the station) air time, year by year too.
 */
import { colLetter } from "../../fixtures/sheetKit";
import { AGENCIES, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind23Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, scratch, sheet, slotOf } from "./kit";
import { B23_EXTERNAL as T, B23_PLAIN as P } from "./texts";
import { B23_DECOYS as D } from "./wordings";

const ROMAN = ["I", "II", "III"] as const;
/** Year columns D…I, the period's sum in J, the plan in K. */
const yearCol = (i: number) => colLetter(4 + i);

export function externalReport(ctx: Blind23Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.file, { y: 2025 });
  const ws = sheet(
    wb,
    ctx.pickText("sheet", T.sheet, { y: 2025 }),
    [6, 46, 10, 11, 11, 11, 11, 11, 11, 13, 15],
  );
  ctx.writeMerged(ws, "A1:K1", ctx.pickText("title", T.title, { y: 2025 }), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, "A2:K2", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  ctx.writeMerged(ws, "A4:A5", ctx.pickText("stt", P.stt), "text", { bold: true });
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("item", T.item), "text", { bold: true });
  ctx.writeMerged(ws, "C4:C5", ctx.pickText("measure", P.measure), "text", { bold: true });
  ctx.writeMerged(ws, "D4:I4", ctx.pickText("years", T.years), "text", { bold: true });
  ctx.writeMerged(ws, "J4:J5", ctx.pickText("sum", T.sum), "text", { bold: true });
  ctx.writeMerged(ws, "K4:K5", ctx.planHeader(2030), "text", { bold: true });
  headers(
    ctx,
    ws,
    5,
    YEARS.map((y) => ctx.pickText("year", T.year, { y })),
    4,
  );
  let row = 6;
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, ROMAN[i] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "upper", { bold: true });
    row++;
    row = agencyBlock(ctx, ws, file, unit, row);
  });
  if (ctx.rng.chance(0.5))
    scratch(ctx, wb, "tong hop", [
      ["Cong 3 co quan (2025)", nearFigure(ctx, slotOf("political_articles", "bao-lai-chau"), 1.6, 2.2)],
      ["Cong doi ngoai", ctx.rng.int(120, 480)],
    ]);
  return [{ fileName: file, workbook: wb }];
}

function agencyBlock(
  ctx: Blind23Context,
  ws: ReturnType<ReturnType<typeof newWorkbook>["addWorksheet"]>,
  file: string,
  unit: UnitId,
  first: number,
): number {
  let row = first;
  ctx.write(ws, `A${row}`, "0", "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.label("staff_total", { key: unit }), "text", { wrap: true });
  ctx.write(ws, `C${row}`, ctx.measure("staff_total"), "text", { align: "center" });
  ctx.value(file, ws, `I${row}`, slotOf("staff_total", unit));
  row++;
  ctx.write(ws, `A${row}`, "-", "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.pickText("staffTtdn", T.staffTtdn), "text", { italic: true });
  ctx.write(ws, `C${row}`, ctx.measure("staff_total"), "text", { align: "center" });
  ctx.figure(ws, `I${row}`, ctx.decoyValue(D.itStaff, unit));
  row++;
  const measure = ctx.measure("political_articles");
  ctx.write(ws, `A${row}`, "1", "text", { align: "center" });
  ctx.write(
    ws,
    `B${row}`,
    ctx.label("political_articles", { key: unit, unit: ctx.rng.chance(0.3) }),
    "text",
    {
      wrap: true,
    },
  );
  ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
  let sum = 0;
  YEARS.forEach((year, i) => {
    const slot = slotOf("political_articles", unit, year);
    if (ctx.value(file, ws, `${yearCol(i)}${row}`, slot)) sum += Number(ctx.data.value(slot));
  });
  ctx.formula(ws, `J${row}`, `SUM(D${row}:I${row})`, sum, true);
  const plan = planFigure(ctx, slotOf("political_articles", unit, 2025));
  if (plan !== null) ctx.figure(ws, `K${row}`, plan * 5);
  row++;

  ctx.write(ws, `A${row}`, "-", "text", { align: "center" });
  ctx.write(ws, `B${row}`, ctx.decoyLabel(D.externalInfo, unit), "text", { italic: true });
  ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
  YEARS.forEach((year, i) =>
    ctx.figure(ws, `${yearCol(i)}${row}`, ctx.decoyValue(D.externalInfo, unit, year)),
  );
  row++;

  const extra: Array<[string, string, number, number]> = [
    [ctx.pickText("programmes", T.programmes), ctx.pickText("count", T.count), 2, 9],
    [ctx.pickText("bilingual", T.bilingual), measure, 10, 110],
    [ctx.pickText("funding", T.funding), ctx.measure("revenue"), 40, 300],
  ];
  if (unit === "dai-ptth-lai-chau") extra.push([ctx.pickText("hours", T.hours), "giờ", 60, 200]);
  extra.forEach(([text, m, lo, hi], k) => {
    ctx.write(ws, `A${row}`, String(k + 2), "text", { align: "center" });
    ctx.write(ws, `B${row}`, text, "text", { wrap: true });
    ctx.write(ws, `C${row}`, m, "text", { align: "center" });
    YEARS.forEach((_, i) => ctx.figure(ws, `${yearCol(i)}${row}`, ctx.rng.int(lo, hi)));
    if (ctx.rng.chance(0.2)) ctx.write(ws, `J${row}`, ctx.note());
    row++;
  });
  return row;
}

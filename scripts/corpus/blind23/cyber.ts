/**
 * b23-cyber-incident-annual-report: the yearly information-security report the province compiles from its press
 * agencies. Part I lists each agency's systems, the approved security level of its electronic press system (truth),
 * the level it means to ask for next year, incidents and its IT staff; part II its people and training, with the
 * security-training head count beside the digital-transformation one and next year's training plan on the right;
 * part III which production platforms each agency runs.
 */
import { ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind23Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, scratch, sheet, slotOf } from "./kit";
import { B23_CYBER as T, B23_PLAIN as P } from "./texts";
import { B23_DECOYS as D } from "./wordings";

export function cyberReport(ctx: Blind23Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.file, { y: 2025 });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet, { y: 2025 }), [6, 34, 14, 16, 18, 16, 16, 24]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title, { y: 2025 }), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  const order: UnitId[] = ctx.rng.chance(0.5) ? [...AGENCIES] : ctx.rng.shuffle([...AGENCIES]);

  ctx.write(ws, "A4", ctx.pickText("one", T.partOne), "text", { bold: true });
  headers(ctx, ws, 5, [
    ctx.pickText("stt", P.stt),
    ctx.pickText("unit", T.unitHead),
    ctx.pickText("systems", T.systems),
    ctx.header("security_level"),
    ctx.pickText("proposed", T.proposed, { y: 2026 }),
    ctx.pickText("incidents", T.incidents),
    ctx.decoyLabel(D.itStaff, "head"),
    ctx.pickText("note", T.noteHead),
  ]);
  let row = 6;
  order.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit));
    ctx.figure(ws, `C${row}`, ctx.rng.int(2, 7));
    ctx.value(file, ws, `D${row}`, slotOf("security_level", unit));
    const level = ctx.data.value(slotOf("security_level", unit));
    if (typeof level === "number") {
      if (level < 4 && ctx.rng.chance(0.75)) ctx.figure(ws, `E${row}`, level + 1);
      else ctx.write(ws, `E${row}`, ctx.pickText("keep", T.keepLevel));
    }
    ctx.figure(ws, `F${row}`, ctx.rng.int(0, 40));
    ctx.figure(ws, `G${row}`, ctx.decoyValue(D.itStaff, unit));
    if (ctx.rng.chance(0.3)) ctx.write(ws, `H${row}`, ctx.note());
    row++;
  });

  row += 1;
  ctx.write(ws, `A${row}`, ctx.pickText("two", T.partTwo), "text", { bold: true });
  row++;
  headers(
    ctx,
    ws,
    row,
    [
      ctx.pickText("stt", P.stt),
      ctx.pickText("unit", T.unitHead),
      ctx.header("staff_total"),
      ctx.header("staff_trained"),
      ctx.decoyLabel(D.securityTrained, "head"),
      ctx.planHeader(2026),
    ],
    1,
  );
  row++;
  order.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit));
    ctx.value(file, ws, `C${row}`, slotOf("staff_total", unit));
    ctx.value(file, ws, `D${row}`, slotOf("staff_trained", unit));
    ctx.figure(ws, `E${row}`, ctx.decoyValue(D.securityTrained, unit));
    const plan = planFigure(ctx, slotOf("staff_trained", unit));
    if (plan !== null) ctx.figure(ws, ref(6, row), plan);
    row++;
  });

  row += 1;
  ctx.write(ws, `A${row}`, ctx.pickText("three", T.partThree), "text", { bold: true });
  row++;
  const platforms = ["converged_newsroom", "ai_data_platform", "digital_platforms"] as const;
  headers(ctx, ws, row, [
    ctx.pickText("stt", P.stt),
    ctx.pickText("unit", T.unitHead),
    ...platforms.map((input) => ctx.header(input, "cyber")),
  ]);
  row++;
  order.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit));
    platforms.forEach((input, k) => ctx.value(file, ws, ref(3 + k, row), slotOf(input, unit)));
    row++;
  });

  if (ctx.rng.chance(0.6))
    scratch(ctx, wb, ctx.pickText("scratch", T.scratch), [
      [T.scratchRows[0] ?? "", ctx.rng.int(8, 18)],
      [T.scratchRows[1] ?? "", ctx.rng.int(10, 90)],
      [T.scratchRows[2] ?? "", nearFigure(ctx, slotOf("staff_trained", "dai-ptth-lai-chau"), 0.6, 0.9)],
    ]);
  return [{ fileName: file, workbook: wb }];
}

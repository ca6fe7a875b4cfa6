/**
 * "b32-digital-literacy-movement-return": the department's return on the digital-literacy movement and press
 * digital-transformation training, the agencies as rows. Part I: headcount, people with an activated e-ID, people
 * who finished the basic digital-skills course, people trained in press digital transformation, a ratio formula,
 * the target (everyone) and a SUM row. Part II: the statuses, a proposed security level beside the approved one.
 * Part III: new works and revenue, 2024 and 2025 under merged heads. Traps: the e-ID and basic-course columns
 * between the headcount and the trained people, the target column, the SUM row, the proposed level.
 */
import { grid, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind32Context } from "./context";
import { headers, newWorkbook, sheet } from "./kit";
import { B32_LITERACY as T } from "./texts";
import { B32_DECOYS as D } from "./wordings";

export function literacyReturn(ctx: Blind32Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 34, 15, 15, 17, 15, 13, 14, 15]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:I2", `Năm 2025 - ${ctx.agency("tinh-lai-chau")}`, "text", { italic: true });
  const unitHead = ctx.pickText("unitHead", T.unitHead);
  headers(ctx, ws, 4, [
    "STT",
    unitHead,
    ctx.header("staff_total"),
    ctx.decoyLabel(D.vneid),
    ctx.decoyLabel(D.digitalCourse),
    ctx.header("staff_trained"),
    ctx.pickText("ratio", T.ratio),
    ctx.planHeader(2025),
  ]);
  const first = 5;
  AGENCIES.forEach((unit, i) => {
    const r = first + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit), "label");
    const total = { input: "staff_total", unit };
    const trained = { input: "staff_trained", unit };
    ctx.value(file, ws, `C${r}`, total);
    ctx.figure(ws, `D${r}`, ctx.decoyValue(D.vneid, unit));
    ctx.figure(ws, `E${r}`, ctx.decoyValue(D.digitalCourse, unit));
    ctx.value(file, ws, `F${r}`, trained);
    const a = ctx.shownNumber(total);
    const b = ctx.shownNumber(trained);
    if (a !== undefined && b !== undefined)
      ctx.formula(ws, `G${r}`, `IFERROR(ROUND(F${r}/C${r}*100,1),"")`, Math.round((b / a) * 1000) / 10);
    const all = ctx.data.value(total);
    if (typeof all === "number") ctx.figure(ws, `H${r}`, all);
  });
  const sumRow = first + AGENCIES.length;
  ctx.write(ws, `B${sumRow}`, "Cộng", "label", { bold: true });
  for (const c of ["D", "E"])
    ctx.formula(
      ws,
      `${c}${sumRow}`,
      `SUM(${c}${first}:${c}${sumRow - 1})`,
      AGENCIES.reduce((s, _, i) => s + numberIn(ws.getCell(`${c}${first + i}`).value), 0),
      true,
    );
  grid(ws, first, 1, sumRow, 8);

  // Part II: statuses (no truth in column H, the target's column above).
  let row = sumRow + 2;
  ctx.write(ws, `A${row}`, ctx.pickText("part2", T.part2), "upper", { bold: true });
  row++;
  const statusCols: ReadonlyArray<readonly [string, string]> = [
    ["C", "digital_platforms"],
    ["D", "ai_data_platform"],
    ["E", "converged_newsroom"],
    ["F", "autonomous"],
    ["G", "security_level"],
    ["I", "licensed"],
  ];
  headers(ctx, ws, row, [
    "STT",
    unitHead,
    ...statusCols.slice(0, 5).map(([, input]) => ctx.header(input, "p2")),
    ctx.pickText("proposed", T.proposed, 2026),
    ctx.header("licensed", "p2"),
  ]);
  row++;
  const top2 = row;
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "label");
    for (const [col, input] of statusCols) {
      if (input === "licensed" && unit !== MAGAZINE) continue;
      ctx.value(file, ws, `${col}${row}`, { input, unit });
    }
    const level = ctx.data.value({ input: "security_level", unit });
    if (typeof level === "number")
      ctx.write(ws, `H${row}`, `Cấp độ ${level >= 4 ? level - 1 : level + 1}`, "word", { align: "center" });
    row++;
  });
  grid(ws, top2, 1, row - 1, 9);

  // Part III: works and revenue by year.
  row += 1;
  ctx.write(ws, `A${row}`, ctx.pickText("part3", T.part3), "upper", { bold: true });
  row++;
  ctx.writeMerged(ws, `A${row}:A${row + 1}`, "STT", "text", { bold: true });
  ctx.writeMerged(ws, `B${row}:B${row + 1}`, unitHead, "text", { bold: true });
  ctx.writeMerged(ws, `C${row}:D${row}`, ctx.header("political_articles", "p3"), "text", { bold: true });
  ctx.writeMerged(ws, `E${row}:F${row}`, ctx.header("revenue", "p3"), "text", { bold: true });
  for (const [c, y] of [
    ["C", 2024],
    ["D", 2025],
    ["E", 2024],
    ["F", 2025],
  ] as const)
    ctx.write(ws, `${c}${row + 1}`, `Năm ${y}`, "text", { bold: true, align: "center" });
  grid(ws, row, 1, row + 1, 6);
  row += 2;
  const top3 = row;
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "label");
    ctx.value(file, ws, `C${row}`, { input: "political_articles", unit, year: 2024 });
    ctx.value(file, ws, `D${row}`, { input: "political_articles", unit, year: 2025 });
    ctx.value(file, ws, `E${row}`, { input: "revenue", unit, year: 2024 });
    ctx.value(file, ws, `F${row}`, { input: "revenue", unit, year: 2025 });
    row++;
  });
  grid(ws, top3, 1, row - 1, 6);
  if (rng.chance(0.5)) ctx.write(ws, `B${row + 1}`, ctx.note(), "text", { italic: true });
  return [{ fileName: file, workbook: wb }];
}

function numberIn(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") return Number(v.replace(/\./g, "").replace(",", ".")) || 0;
  return 0;
}

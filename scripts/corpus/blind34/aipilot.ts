/**
 * b34-ai-tool-pilot-evaluation: the form each press agency fills in after the province's pilot of AI tools, a
 * workbook per agency. Part A (general information): headcount, people trained, people who tried AI tools (a
 * near-miss), the licence (magazine) and the approved security level; part B (the state of platforms): the
 * agency's answers in D beside next year's intentions in E under a plan head, with near-miss questions between;
 * part C: proposals. A hidden sheet holds the drop-down lists.
 */
import { grid, mergePut } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind34Context } from "./context";
import { hiddenSheet, newWorkbook, planFigure, sheet, someAnswer } from "./kit";
import { B34_AIPILOT as T } from "./texts";
import { B34_DECOYS as D } from "./wordings";

/** Answers in D, next year's intentions in E (head on the table's head row). */
export const AIPILOT_COLS = { answer: "D", plan: "E" } as const;
export const AIPILOT_REVENUE_YEARS = [2023, 2024, 2025] as const;
export const AIPILOT_WORK_YEARS = [2024, 2025] as const;

function form(ctx: Blind34Context, unit: UnitId): BuiltFile {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, 2025).replace("{slug}", ctx.slug(unit));
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [7, 52, 12, 20, 20, 26]);
  mergePut(ws, "A1:F1", "");
  ctx.write(ws, "A1", ctx.pickText("title", T.titles), "upper", { bold: true, align: "center", wrap: true });
  ws.getRow(1).height = 36;
  mergePut(ws, "A2:F2", "");
  ctx.write(ws, "A2", T.deadline.replace("{y}", "2025"), "text", { italic: true, align: "center" });
  ctx.write(ws, "B4", T.unitLine, "text", { bold: true });
  ctx.write(ws, "C4", ctx.agency(unit, "form"), "text");
  const head = 6;
  [
    "Mục",
    T.heads.item,
    "ĐVT",
    ctx.pickText("answer", T.heads.answer),
    ctx.planHeader(2026),
    T.heads.evidence,
  ].forEach((t, i) =>
    ctx.write(ws, `${"ABCDEF"[i]}${head}`, t, "text", { bold: true, align: "center", wrap: true }),
  );
  let row = head + 1;
  const section = (text: string) => {
    ctx.write(ws, `A${row}`, text, "text", { bold: true });
    row++;
  };
  const item = (no: string, text: string, measure: string) => {
    ctx.write(ws, `A${row}`, no, "text", { align: "center" });
    ctx.write(ws, `B${row}`, text, "label", { wrap: true });
    ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
  };
  section(ctx.pickText("partA", T.partA));
  let n = 1;
  for (const input of ["staff_total", "staff_trained"]) {
    item(`${n++}`, ctx.label(input, { unit: ctx.rng.chance(0.4) }), ctx.measure(input));
    ctx.value(fileName, ws, `D${row}`, { input, unit });
    row++;
    if (input === "staff_trained") {
      const d = ctx.decoyRow(D.aiTrial, unit);
      item(`${n++}`, d.text, D.aiTrial.measure);
      ctx.figure(ws, `D${row}`, d.value);
      ctx.figure(ws, `E${row}`, ctx.near("staff_trained", unit, 0.7, 0.95));
      row++;
    }
  }
  if (unit === MAGAZINE) {
    item(`${n++}`, ctx.wording("licensed"), ctx.measure("licensed"));
    ctx.value(fileName, ws, `D${row}`, { input: "licensed", unit });
    row++;
  }
  const short = ctx.rng.chance(0.5);
  item(
    `${n++}`,
    short ? ctx.header("security_level", unit) : ctx.wording("security_level"),
    ctx.measure("security_level"),
  );
  ctx.value(fileName, ws, `D${row}`, { input: "security_level", unit });
  const level = ctx.data.value({ input: "security_level", unit });
  if (typeof level === "number" && level < 3)
    ctx.write(ws, `E${row}`, `${ctx.pickText("lvl", ["Cấp", "Mức"])} ${level + 1}`, "word");
  row++;
  item(`${n++}`, ctx.wording("autonomous"), ctx.measure("autonomous"));
  ctx.value(fileName, ws, `D${row}`, { input: "autonomous", unit });
  row++;
  // Receipts and works before and after the pilot, a year a row, the year in the label.
  for (const y of AIPILOT_REVENUE_YEARS) {
    item(`${n++}`, ctx.label("revenue", { year: y, key: "y" }), ctx.measure("revenue"));
    ctx.value(fileName, ws, `D${row}`, { input: "revenue", unit, year: y });
    row++;
  }
  for (const y of AIPILOT_WORK_YEARS) {
    item(`${n++}`, ctx.label("political_articles", { year: y, key: "y" }), ctx.measure("political_articles"));
    const slot = { input: "political_articles", unit, year: y };
    ctx.value(fileName, ws, `D${row}`, slot);
    if (y === 2025) {
      const plan = planFigure(ctx, slot);
      if (plan !== null) ctx.figure(ws, `E${row}`, plan);
    }
    row++;
  }
  const assisted = ctx.decoyRow(D.aiAssisted, unit);
  item(`${n++}`, assisted.text, D.aiAssisted.measure);
  ctx.figure(ws, `D${row}`, assisted.value);
  row++;
  section(ctx.pickText("partB", T.partB));
  const questions = ctx.rng.shuffle(T.questions);
  n = 1;
  const statuses = ["digital_platforms", "ai_data_platform", "converged_newsroom"];
  statuses.forEach((input, i) => {
    item(`${n++}`, ctx.wording(input), ctx.measure(input));
    const slot = { input, unit };
    ctx.value(fileName, ws, `D${row}`, slot);
    // Next year's intention: "yes" where the agency has it not yet, now and then.
    const has = ctx.data.value(slot) === true;
    if (ctx.data.shown(slot))
      ctx.write(ws, `E${row}`, someAnswer(ctx, has || ctx.rng.chance(0.7)), "word", { align: "center" });
    const ev = ctx.rng.pick(T.evidences);
    if (ev !== "") ctx.write(ws, `F${row}`, ev, "text", { wrap: true });
    row++;
    const q = questions[i];
    if (q !== undefined) {
      item(`${n++}`, q, ctx.measure("digital_platforms"));
      ctx.write(ws, `D${row}`, someAnswer(ctx, ctx.rng.chance(0.5)), "word", { align: "center" });
      row++;
    }
  });
  grid(ws, head, 1, row - 1, 6);
  row++;
  ctx.write(ws, `A${row}`, T.partC, "text", { bold: true });
  ctx.write(ws, `B${row + 1}`, `- ${ctx.pickText("proposal", T.proposals)}`, "text", { wrap: true });
  if (ctx.rng.chance(0.4)) ctx.write(ws, `B${row + 2}`, ctx.note(), "text", { italic: true });
  hiddenSheet(ctx, wb, T.lists, [
    [ctx.style.yesNo[0], 1],
    [ctx.style.yesNo[1], 0],
    [ctx.decoyLabel(D.aiTrial, "list"), ctx.near("staff_trained", unit, 0.2, 0.5)],
  ]);
  return { fileName, workbook: wb };
}

export function aiPilotEvaluation(ctx: Blind34Context): BuiltFile[] {
  return AGENCIES.map((unit) => form(ctx, unit));
}

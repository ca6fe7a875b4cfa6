/**
 * b34-staff-grading-summary: the year-end summary of how the press agencies' officials and employees were graded.
 * A sheet per year (2025 and 2024, named with it); the agencies as rows; the headcount in C, those graded in D,
 * the grades E–H under a merged head (the best grade first), those trained in digital transformation in I, the
 * agency's financial autonomy in J, a total row of SUMs. Only 2025's sheet is the truth; 2024's has last year's
 * figures in the same places. A hidden sheet of names now and then.
 */
import { grid, mergePut, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind34Context } from "./context";
import { hiddenSheet, newWorkbook, planFigure, sheet } from "./kit";
import { B34_GRADING as T } from "./texts";
import { B34_DECOYS as D } from "./wordings";

export const GRADING_FIRST = 7;
/** The digital-transformation criteria of the organisations' grading (K, L). */
export const GRADING_DX = ["converged_newsroom", "digital_platforms"] as const;
export const GRADING_COLS = { staff: "C", graded: "D", best: "E", trained: "I", autonomy: "J" } as const;

type Figures = { staff: number; trained: number; graded: number; grades: number[] };

/** Graded people (fewer than the headcount, not the trained count) and their four grades. */
function figuresOf(ctx: Blind34Context, staff: number, trained: number): Figures {
  let graded = staff - ctx.rng.int(1, 3);
  if (graded === trained) graded--;
  graded = Math.max(1, graded);
  const best = Math.max(1, Math.round(graded * (0.1 + ctx.rng.next() * 0.12)));
  const fail = ctx.rng.chance(0.3) ? 1 : 0;
  const good = Math.max(0, Math.round((graded - best - fail) * (0.6 + ctx.rng.next() * 0.25)));
  return { staff, trained, graded, grades: [best, good, Math.max(0, graded - best - good - fail), fail] };
}

function gradingSheet(
  ctx: Blind34Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  y: number,
): void {
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets, y), [5, 30, 12, 12, 11, 11, 11, 11, 13, 14, 22]);
  const current = y === 2025;
  mergePut(ws, "A1:K1", "");
  ctx.write(ws, "A1", ctx.pickText("title", T.titles, y), "upper", {
    bold: true,
    align: "center",
    wrap: true,
  });
  ws.getRow(1).height = 34;
  mergePut(ws, "A2:K2", "");
  ctx.write(ws, "A2", T.subtitle, "text", { italic: true, align: "center" });
  const two = (col: string, text: string) => {
    ws.mergeCells(`${col}5:${col}6`);
    ctx.write(ws, `${col}5`, text, "text", { bold: true, align: "center", wrap: true });
  };
  two("A", "STT");
  two("B", T.unitHead);
  two("C", ctx.header("staff_total"));
  two("D", ctx.decoyLabel(D.evaluated));
  ws.mergeCells("E5:H5");
  ctx.write(ws, "E5", T.gradesHead, "text", { bold: true, align: "center" });
  [ctx.decoyLabel(D.excellent), ...T.grades].forEach((t, i) =>
    ctx.write(ws, ref(5 + i, 6), t, "text", { bold: true, align: "center", wrap: true }),
  );
  two("I", ctx.header("staff_trained"));
  two("J", ctx.header("autonomous"));
  two("K", T.noteHead);
  ws.getRow(6).height = 48;
  const totals = Array<number>(7).fill(0);
  AGENCIES.forEach((unit: UnitId, i) => {
    const r = GRADING_FIRST + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "row"), "label");
    const staffSlot = { input: "staff_total", unit };
    const trainedSlot = { input: "staff_trained", unit };
    const staff = ctx.data.value(staffSlot) as number;
    const trained = ctx.data.value(trainedSlot) as number;
    const f = current
      ? figuresOf(ctx, staff, trained)
      : figuresOf(ctx, staff - ctx.rng.int(1, 4), Math.max(0, trained - ctx.rng.int(3, 9)));
    if (current) {
      ctx.value(file, ws, `C${r}`, staffSlot);
      ctx.value(file, ws, `I${r}`, trainedSlot);
      ctx.value(file, ws, `J${r}`, { input: "autonomous", unit });
    } else {
      ctx.figure(ws, `C${r}`, f.staff);
      ctx.figure(ws, `I${r}`, f.trained);
      const v = ctx.data.value({ input: "autonomous", unit });
      ctx.write(ws, `J${r}`, ctx.words("autonomous", v) ?? "", "word", { align: "center" });
    }
    ctx.figure(ws, `D${r}`, f.graded);
    f.grades.forEach((g, k) => ctx.figure(ws, ref(5 + k, r), g));
    const row = [f.staff, f.graded, ...f.grades, f.trained];
    row.forEach((v, k) => (totals[k] = (totals[k] ?? 0) + v));
    if (ctx.rng.chance(0.25)) ctx.write(ws, `K${r}`, ctx.note(y), "text", { italic: true, wrap: true });
  });
  const t = GRADING_FIRST + AGENCIES.length;
  ctx.write(ws, `B${t}`, ctx.pickText("total", T.total), "text", { bold: true });
  ["C", "D", "E", "F", "G", "H", "I"].forEach((col, k) =>
    ctx.formula(ws, `${col}${t}`, `SUM(${col}${GRADING_FIRST}:${col}${t - 1})`, totals[k] ?? 0, true),
  );
  grid(ws, 5, 1, t, 11);
  ctx.write(ws, `B${t + 2}`, ctx.pickText("footer", T.footers, y), "text", { italic: true });
}

/**
 * The agencies' own grading as organisations: for each yearly input, last year's result, this year's target and
 * this year's result side by side, then the rate and the grade.
 */
function collectiveSheet(ctx: Blind34Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const ws = sheet(
    wb,
    ctx.pickText("collective", T.collectiveSheets, 2025),
    [5, 30, 12, 12, 12, 10, 12, 12, 12, 10, 20],
  );
  mergePut(ws, "A1:M1", "");
  ctx.write(ws, "A1", ctx.pickText("ctitle", T.collectiveTitles, 2025), "upper", {
    bold: true,
    align: "center",
    wrap: true,
  });
  ws.getRow(1).height = 34;
  const two = (col: string, text: string) => {
    ws.mergeCells(`${col}4:${col}5`);
    ctx.write(ws, `${col}4`, text, "text", { bold: true, align: "center", wrap: true });
  };
  two("A", "STT");
  two("B", T.unitHead);
  (["political_articles", "revenue"] as const).forEach((input, k) => {
    const c = 3 + k * 4;
    ws.mergeCells(4, c, 4, c + 3);
    ctx.write(ws, ref(c, 4), ctx.header(input, "collective"), "text", {
      bold: true,
      align: "center",
      wrap: true,
    });
    [
      ctx.pickText("prev", T.prevYear, 2024),
      ctx.planHeader(2025),
      ctx.pickText("done", T.doneYear, 2025),
      T.rate,
    ].forEach((t, i) => ctx.write(ws, ref(c + i, 5), t, "text", { bold: true, align: "center", wrap: true }));
  });
  ws.mergeCells("K4:L4");
  ctx.write(ws, "K4", T.dxCriteria, "text", { bold: true, align: "center", wrap: true });
  GRADING_DX.forEach((input, i) =>
    ctx.write(ws, ref(11 + i, 5), ctx.header(input, "collective"), "text", {
      bold: true,
      align: "center",
      wrap: true,
    }),
  );
  two("M", T.collectiveGrade);
  ws.getRow(5).height = 40;
  AGENCIES.forEach((unit, i) => {
    const r = 6 + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "collective"), "label");
    (["political_articles", "revenue"] as const).forEach((input, k) => {
      const c = 3 + k * 4;
      const slot = { input, unit, year: 2025 };
      ctx.value(file, ws, ref(c, r), { input, unit, year: 2024 });
      const plan = planFigure(ctx, slot);
      if (plan !== null) ctx.figure(ws, ref(c + 1, r), plan);
      ctx.value(file, ws, ref(c + 2, r), slot);
      const v = ctx.data.value(slot);
      if (ctx.data.shown(slot) && plan !== null && typeof v === "number")
        put(
          ws,
          ref(c + 3, r),
          { formula: `${ref(c + 2, r)}/${ref(c + 1, r)}`, result: v / plan },
          { numFmt: "0.0%" },
        );
    });
    GRADING_DX.forEach((input, k) => ctx.value(file, ws, ref(11 + k, r), { input, unit }));
    ctx.write(ws, `M${r}`, ctx.pickText(`grade${i}`, T.collectiveGrades), "text", { align: "center" });
  });
  grid(ws, 4, 1, 5 + AGENCIES.length, 13);
}

export function gradingSummary(ctx: Blind34Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  const order = ctx.rng.chance(0.5) ? [2025, 2024] : [2024, 2025];
  for (const y of order) gradingSheet(ctx, wb, file, y);
  collectiveSheet(ctx, wb, file);
  if (ctx.rng.chance(0.5)) {
    const rows = AGENCIES.map(
      (u) => [ctx.agency(u, "scratch"), ctx.near("staff_total", u, 0.4, 0.8)] as const,
    );
    hiddenSheet(ctx, wb, T.scratch, rows);
  }
  return [{ fileName: file, workbook: wb }];
}

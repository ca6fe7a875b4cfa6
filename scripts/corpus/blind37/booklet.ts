/**
 * "b37-ministry-check-question-booklet": an agency's written answers to the questions of a ministry inspection
 * team, typed into a workbook as numbered questions with the answers on the line under each. One sheet per
 * agency: a yearly question's answer line pairs "Năm 2023:" labels with figures (the last three years, this year
 * last), a plan line and a part-of-year line under it; status questions answered under the question with last
 * year's figure or the starting time beside; near-miss questions (all pieces, advertising, card holders, …)
 * answered the same way. A common sheet for the remote areas; a hidden marking sheet.
 */
import type ExcelJS from "exceljs";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import { type BuiltFile } from "../sheets";
import type { Blind37Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, statusInputs } from "./kit";
import { B37_BOOKLET as T } from "./texts";
import { B37_DECOYS as D, type B37Decoy } from "./wordings";

/** The answer line's columns: the year labels and figures (three years), the status answer and what is beside. */
export const BOOKLET_COLS = {
  answer: "B",
  years: [
    ["C", "D"],
    ["E", "F"],
    ["G", "H"],
  ],
  status: "D",
  besideLabel: "E",
  beside: "F",
} as const;

type Question =
  | { kind: "yearly"; input: "political_articles" | "revenue" }
  | { kind: "status"; input: string }
  | { kind: "decoy"; d: B37Decoy };

function agencySheet(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const ws = sheet(
    wb,
    `${ctx.pickText("sh", T.sheetHead)}${ctx.agency(unit, "bk")}`,
    [9, 16, 12, 13, 14, 13, 12, 13],
  );
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", T.who.replace("{a}", ctx.agency(unit)), "text", { italic: true });
  const status = statusInputs(unit);
  const questions: Question[] = [
    { kind: "decoy", d: D.allPieces },
    { kind: "yearly", input: "political_articles" },
    { kind: "yearly", input: "revenue" },
    { kind: "decoy", d: ctx.rng.chance(0.5) ? D.adsRevenue : D.orderedRevenue },
    ...ctx.rng.shuffle([
      ...status.map((input) => ({ kind: "status" as const, input })),
      { kind: "decoy" as const, d: D.cardHolders },
      { kind: "decoy" as const, d: D.politicalTheory },
    ]),
  ];
  const qText = ctx.pickText("q", T.question);
  const answer = ctx.pickText("ans", T.answer);
  let r = 4;
  questions.forEach((q, i) => {
    ctx.write(ws, `A${r}`, qText.replace("{k}", String(i + 1)), "text", { bold: true });
    const wording =
      q.kind === "decoy"
        ? ctx.decoyLabel(q.d, "bk").replace(/^(Trong đó:|-)\s*/, "")
        : ctx.label(q.input, { key: "bk", unit: ctx.rng.chance(0.3) });
    const ask = q.kind === "yearly" ? T.askYearly : q.kind === "status" ? T.askStatus : T.askDecoy;
    ctx.writeMerged(ws, `B${r}:H${r}`, ctx.pickText(`ask${q.kind}`, ask).replace("{w}", wording), "label", {
      align: "left",
    });
    r++;
    ctx.write(ws, `${BOOKLET_COLS.answer}${r}`, answer, "text", { italic: true });
    if (q.kind === "yearly") {
      const yearLabel = ctx.pickText("yl", T.year);
      [2023, 2024, 2025].forEach((y, k) => {
        const [lc, vc] = BOOKLET_COLS.years[k] ?? ["C", "D"];
        ctx.write(ws, `${lc}${r}`, yearLabel.replace("{y}", String(y)), "text", { align: "right" });
        ctx.value(file, ws, `${vc}${r}`, slotOf(q.input, unit, y));
      });
      r++;
      const plan = planFigure(ctx, slotOf(q.input, unit, 2025));
      if (plan !== null) {
        ctx.write(ws, `B${r}`, ctx.pickText("plan", T.planLine, 2025), "text", { italic: true });
        ctx.figure(ws, `D${r}`, plan);
      }
      const now = ctx.shownNumber(slotOf(q.input, unit, 2025));
      if (now !== undefined) {
        ctx.write(ws, `G${r}`, ctx.partialHeader(2025), "text", { italic: true, align: "right" });
        ctx.figure(ws, `H${r}`, Math.max(1, Math.round(now * (0.6 + ctx.rng.next() * 0.2))));
      }
    } else if (q.kind === "status") {
      const slot = slotOf(q.input, unit);
      if (ctx.rng.chance(0.5))
        ctx.write(ws, `${BOOKLET_COLS.answer}${r}`, `${ctx.header(q.input, "bk")}:`, "text", {
          italic: true,
        });
      ctx.value(file, ws, `${BOOKLET_COLS.status}${r}`, slot);
      const v = ctx.data.value(slot);
      if (typeof v === "number") {
        const before = nearFigure(ctx, slot, 0.84, 0.98);
        if (before !== null) {
          ctx.write(ws, `${BOOKLET_COLS.besideLabel}${r}`, ctx.pickText("ly", T.lastYear, 2024), "text", {
            align: "right",
          });
          ctx.figure(ws, `${BOOKLET_COLS.beside}${r}`, before);
        }
      } else if (v === true) {
        ctx.write(ws, `${BOOKLET_COLS.besideLabel}${r}`, ctx.pickText("since", T.since), "text", {
          align: "right",
        });
        ctx.write(ws, `${BOOKLET_COLS.beside}${r}`, ctx.rng.pick(T.sinceWords.slice(0, 3)), "text");
      } else if (v === false && ctx.rng.chance(0.6)) {
        ctx.write(ws, `${BOOKLET_COLS.besideLabel}${r}`, ctx.pickText("since", T.since), "text", {
          align: "right",
        });
        ctx.write(ws, `${BOOKLET_COLS.beside}${r}`, T.sinceWords[3], "text");
      }
    } else {
      ctx.figure(ws, `${BOOKLET_COLS.status}${r}`, ctx.decoyValue(q.d, unit));
      if (ctx.rng.chance(0.4)) ctx.write(ws, `F${r}`, ctx.note(2025), "text", { italic: true });
    }
    r += 2;
  });
}

function commonSheet(ctx: Blind37Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = sheet(wb, ctx.pickText("prov", T.province), [9, 16, 12, 13, 14, 13, 12, 13]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title), "upper", { bold: true });
  const qText = ctx.pickText("q", T.question);
  const answer = ctx.pickText("ans", T.answer);
  let r = 3;
  const items: Array<string | B37Decoy> = ["remote_population_total", D.devices, "remote_population_reached"];
  items.forEach((item, i) => {
    ctx.write(ws, `A${r}`, qText.replace("{k}", String(i + 1)), "text", { bold: true });
    const wording = typeof item === "string" ? ctx.label(item, { key: "bk" }) : ctx.decoyLabel(item, "bk");
    const ask = typeof item === "string" ? T.askStatus : T.askDecoy;
    ctx.writeMerged(
      ws,
      `B${r}:H${r}`,
      ctx.pickText(`ask${typeof item}`, ask).replace("{w}", wording),
      "label",
      {
        align: "left",
      },
    );
    r++;
    ctx.write(ws, `B${r}`, answer, "text", { italic: true });
    if (typeof item === "string") ctx.value(file, ws, `${BOOKLET_COLS.status}${r}`, slotOf(item, PROVINCE));
    else ctx.figure(ws, `${BOOKLET_COLS.status}${r}`, ctx.decoyValue(item, PROVINCE));
    r += 2;
  });
}

export function questionBooklet(ctx: Blind37Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  if (ctx.data.province) commonSheet(ctx, wb, file);
  hiddenSheet(ctx, wb, ctx.pickText("hidden", T.hidden), [
    [T.hiddenRows[0], ctx.near("staff_trained", "bao-lai-chau", 0.6, 0.9)],
    [T.hiddenRows[1], ctx.agency("dai-ptth-lai-chau", "bk")],
    [T.hiddenRows[2], ctx.rng.int(12, 18)],
  ]);
  return [{ fileName: file, workbook: wb }];
}

/**
 * "b27-site-visit-interview-record": the survey team's notes of an interview at each agency, one sheet each: a
 * numbered question, the answer typed on the row under it (two years side by side for the yearly figures), follow-up
 * questions about next year's aim, contract labour and works in minority languages after the real ones.
 */
import { colLetter } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind27Context } from "./context";
import { answerInputs, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf, TAG } from "./kit";
import { B27_INTERVIEW as T } from "./texts";
import { B27_DECOYS as D } from "./wordings";

export function interviewRecord(ctx: Blind27Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = "phieu-phong-van-khao-sat-thuc-dia.xlsx";
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  if (ctx.rng.chance(0.4))
    hiddenSheet(ctx, wb, "Tong hop nhap", [
      [ctx.decoyLabel(D.allWorks, "hid"), ctx.decoyValue(D.allWorks, "bao-lai-chau")],
    ]);
  return [{ fileName: file, workbook: wb }];
}

function agencySheet(
  ctx: Blind27Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const ws = sheet(wb, `${T.sheet} ${TAG[unit]}`, [10, 30, 12, 12, 12, 12, 12, 12]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.write(ws, "A2", T.team, "text", { italic: true });
  ctx.write(ws, "A3", T.who);
  ctx.write(ws, "C3", ctx.agency(unit, "visit"), "label", { bold: true });
  ctx.write(ws, "A4", T.respondent, "text", { italic: true });
  let row = 6;
  let q = 1;
  const ask = (text: string) => {
    ctx.write(ws, `A${row}`, `${T.question} ${q++}.`, "text", { bold: true });
    ctx.write(ws, `B${row}`, text, "label", { bold: true });
    ctx.write(ws, `A${row + 1}`, T.answer, "text", { italic: true });
    row += 2;
  };
  const askOne = (input: string) => {
    ask(`${ctx.wording(input)}?`);
    ctx.value(file, ws, `B${row - 1}`, slotOf(input, unit));
  };
  /** A yearly question: the years on the row under it, the answers on the row after. */
  const askYears = (input: "political_articles" | "revenue", decoy = false) => {
    const years = YEARS.filter((y) => ctx.data.years[input].includes(y));
    ask(decoy ? `${ctx.decoyLabel(D.ethnicWorks, "visit")}?` : `${ctx.wording(input)}?`);
    const r = row - 1;
    ctx.write(ws, `B${r}`, T.byYear);
    years.forEach((y, i) => {
      ctx.write(ws, `${colLetter(3 + i)}${r}`, `${T.year} ${y}`, "text", { italic: true, align: "center" });
      const at = `${colLetter(3 + i)}${r + 1}`;
      if (decoy) ctx.figure(ws, at, ctx.decoyValue(D.ethnicWorks, unit, y));
      else ctx.value(file, ws, at, slotOf(input, unit, y));
    });
    row++;
  };
  askOne("staff_total");
  if (ctx.rng.chance(0.7)) {
    ask(T.contract);
    ctx.figure(
      ws,
      `B${row - 1}`,
      Math.max(1, Math.round(Number(ctx.data.value(slotOf("staff_total", unit))) * 0.2)),
    );
  }
  askOne("staff_trained");
  for (const input of ctx.rng.shuffle(answerInputs(unit))) askOne(input);
  askYears("political_articles");
  if (unit !== MAGAZINE || ctx.rng.chance(0.5)) askYears("political_articles", true);
  askYears("revenue");
  const target = planFigure(ctx, slotOf("revenue", unit, 2025));
  if (target !== null && ctx.rng.chance(0.8)) {
    ask(ctx.pickText("follow", T.followUps));
    ctx.figure(ws, `B${row - 1}`, target);
  }
  const part = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.6, 0.8);
  if (part !== null && ctx.rng.chance(0.3)) {
    ask(`${ctx.wording("political_articles")} – ${ctx.partialHeader(2025)}?`);
    ctx.figure(ws, `B${row - 1}`, part);
  }
  ctx.write(ws, `A${row + 1}`, T.remark, "text", { bold: true });
  ctx.write(ws, `B${row + 2}`, ctx.note(2025), "text", { italic: true });
}

/**
 * "b27-press-card-renewal-list": each agency's sheet of the press card renewal dossier: a block of facts about the
 * agency (headcount, how many of them trained, the magazine's licence, and a COUNTA of the applicants listed
 * below), then one row per applicant with year of birth and previous card number.
 */
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind27Context } from "./context";
import { headers, newWorkbook, plainNumber, sheet, slotOf, TAG } from "./kit";
import { B27_CARDS as T, B27_NAME_PARTS as N } from "./texts";
import { B27_DECOYS as D } from "./wordings";

export function pressCardList(ctx: Blind27Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = "ho-so-cap-doi-the-nha-bao-2026-2030.xlsx";
  for (const unit of ctx.rng.shuffle(AGENCIES)) agencySheet(ctx, wb, file, unit);
  return [{ fileName: file, workbook: wb }];
}

function agencySheet(
  ctx: Blind27Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const ws = sheet(wb, `${T.sheet} ${TAG[unit]}`, [6, 30, 10, 24, 14, 30]);
  ctx.write(ws, "A1", ctx.agency(unit, "card"), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:F3", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A4:F4", T.subtitle, "text", { italic: true });
  ctx.write(ws, "B6", T.general, "text", { bold: true });
  ctx.write(ws, "B7", ctx.wording("staff_total"), "label");
  ctx.value(file, ws, "E7", slotOf("staff_total", unit));
  const previous = ctx.decoyValue(D.staffQuota, unit);
  ctx.write(ws, "F7", `(${T.previous} ${previous} người)`, "text", { italic: true });
  ctx.write(ws, "B8", ctx.decoyLabel(D.cardApplicants), "label");
  ctx.write(ws, "B9", ctx.wording("staff_trained"), "label");
  ctx.value(file, ws, "E9", slotOf("staff_trained", unit));
  if (unit === MAGAZINE) {
    ctx.write(ws, "B10", ctx.header("licensed", "card"), "label");
    ctx.value(file, ws, "E10", slotOf("licensed", unit));
  }
  const listed = Math.min(30, ctx.decoyValue(D.cardApplicants, unit));
  const count = ctx.shownNumber(slotOf("staff_total", unit)) === listed ? listed - 1 : listed;
  headers(ctx, ws, 12, T.heads);
  for (let i = 0; i < count; i++) {
    const r = 13 + i;
    ctx.write(ws, `A${r}`, String(i + 1));
    const name = `${ctx.rng.pick(N.family)} ${ctx.rng.pick(N.middle)} ${ctx.rng.pick(N.given)}`;
    ctx.write(ws, `B${r}`, name);
    plainNumber(ws, `C${r}`, ctx.rng.int(1968, 1999));
    ctx.write(ws, `D${r}`, ctx.rng.pick(T.roles));
    if (ctx.rng.chance(0.7)) ctx.write(ws, `E${r}`, String(ctx.rng.int(10000, 19999)));
  }
  ctx.formula(ws, "E8", `COUNTA(B13:B${12 + Math.max(count, 1)})`, count);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${14 + count}`, ctx.note(2025), "text", { italic: true });
}

/**
 * b28-journalist-association-branches: the provincial journalists' association's annex on its branches. One sheet
 * of branch statistics (the people working at each branch's agency, press-card holders, the trained beside other
 * training, prize entries) where Lai Châu's agencies are three branches among others that are no plan agency (the
 * news agency's resident office, the police's news site, …); a second sheet of the works for political tasks of
 * each year of the association's term, side by side.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind28Context } from "./context";
import { headers, newWorkbook, sheet, slotOf } from "./kit";
import { B28_ASSOCIATION as T } from "./texts";
import { B28_DECOYS as D } from "./wordings";

type Branch = { unit: UnitId } | { name: string };

export function associationBranches(ctx: Blind28Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  const others = ctx.rng.shuffle(T.otherBranches).slice(0, ctx.rng.int(2, 4));
  const branches: Branch[] = ctx.rng.shuffle([
    ...AGENCIES.map((unit) => ({ unit })),
    ...others.map((name) => ({ name })),
  ]);
  const nameOf = (b: Branch) =>
    "unit" in b ? ctx.pickText("branchOf", T.branchOf, { n: ctx.agency(b.unit, "assoc") }) : b.name;

  const ws = sheet(wb, ctx.pickText("members", T.membersSheet), [6, 48, 14, 14, 14, 14, 12, 12]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:H2", ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("branch", T.branch),
    ctx.header("staff_total", "assoc"),
    ctx.decoyLabel(D.cardHolders, "assoc"),
    ctx.header("staff_trained", "assoc"),
    ctx.decoyLabel(D.otherTraining, "assoc"),
    ctx.pickText("entries", T.entries),
    ctx.pickText("prizes", T.prizes),
  ]);
  branches.forEach((b, i) => {
    const row = 5 + i;
    ctx.write(ws, `A${row}`, String(i + 1));
    ctx.write(ws, `B${row}`, nameOf(b), "label");
    const entries = ctx.rng.int(2, 14);
    if ("unit" in b) {
      ctx.value(fileName, ws, `C${row}`, slotOf("staff_total", b.unit));
      ctx.figure(ws, `D${row}`, ctx.decoyValue(D.cardHolders, b.unit));
      ctx.value(fileName, ws, `E${row}`, slotOf("staff_trained", b.unit));
      ctx.figure(ws, `F${row}`, ctx.decoyValue(D.otherTraining, b.unit));
    } else {
      const people = ctx.rng.int(4, 30);
      ctx.figure(ws, `C${row}`, people);
      ctx.figure(ws, `D${row}`, Math.max(1, people - ctx.rng.int(1, 4)));
      ctx.figure(ws, `E${row}`, Math.max(1, people - ctx.rng.int(0, 6)));
      ctx.figure(ws, `F${row}`, ctx.rng.int(0, 5));
    }
    ctx.figure(ws, `G${row}`, entries);
    ctx.figure(ws, `H${row}`, ctx.rng.int(0, Math.min(4, entries)));
  });
  const end = 4 + branches.length;
  grid(ws, 4, 1, end, 8);
  if (ctx.rng.chance(0.6)) ctx.write(ws, `B${end + 2}`, ctx.note(2025), "text", { italic: true });

  // The association's term (2020–2025): each year the branches report, the prize entries at the right.
  const years = ctx.data.years.political_articles;
  const last = 3 + years.length;
  const act = sheet(wb, ctx.pickText("activity", T.activitySheet), [6, 48, ...years.map(() => 11), 16]);
  ctx.writeMerged(act, `A1:${ref(last, 1)}`, ctx.pickText("title", T.title, { y: 2025 }), "upper", {
    bold: true,
  });
  ctx.writeMerged(
    act,
    `C3:${ref(last - 1, 3)}`,
    `${ctx.wording("political_articles")} ${ctx.labelUnit("political_articles")}`,
    "label",
    { bold: true },
  );
  headers(ctx, act, 4, [
    "STT",
    ctx.pickText("branch", T.branch),
    ...years.map((y) => ctx.pickText("year", T.year, { y })),
    ctx.pickText("entries", T.entries),
  ]);
  branches.forEach((b, i) => {
    const row = 5 + i;
    act.getCell(`A${row}`).value = i + 1;
    ctx.write(act, `B${row}`, nameOf(b), "label");
    let n = ctx.rng.int(60, 600);
    years.forEach((y, j) => {
      if ("unit" in b) ctx.value(fileName, act, ref(3 + j, row), slotOf("political_articles", b.unit, y));
      else ctx.figure(act, ref(3 + j, row), n);
      n = Math.round(n * (1.02 + ctx.rng.next() * 0.08));
    });
    ctx.figure(act, ref(last, row), ctx.rng.int(2, 14));
  });
  grid(act, 4, 1, 4 + branches.length, last);
  return [{ fileName, workbook: wb }];
}

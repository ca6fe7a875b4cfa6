/**
 * b25-draft-comment-synthesis: the drafting department's table of comments received on a draft plan. Each agency's
 * comments are rows (its name merged down column B), each quoting the draft's item (the input's wording) and
 * giving the agency's own figures: last year in E, this year in F (status answers in F only); the agency's
 * proposed target sits in G under a plan head. Agencies also comment on all-works or reused-works items with
 * figures of their own, and an ethnic-affairs body gives the remote-area population (with a household row).
 */
import { isYearly, PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind25Context } from "./context";
import { AGENCIES, headers, newWorkbook, planFigure, sheet, slotOf, statusOf, titleBlock } from "./kit";
import { B25_COMMENTS as T } from "./texts";
import { B25_DECOYS as D } from "./wordings";

export function commentSynthesis(ctx: Blind25Context): BuiltFile[] {
  const { rng } = ctx;
  const file = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 24, 46, 30, 14, 14, 14, 30]);
  titleBlock(ctx, ws, 1, 8, T.title, T.subtitle);
  const h = T.heads;
  headers(ctx, ws, 4, [h.no, h.who, h.draft, h.opinion, h.prior, h.current, ctx.planHeader(2030), h.answer]);
  ["1", "2", "3", "4", "5", "6", "7", "8"].forEach((t, i) =>
    ctx.write(ws, `${"ABCDEFGH"[i]}5`, `(${t})`, "text", { italic: true, align: "center" }),
  );
  let row = 6;
  let no = 1;
  let item = rng.int(1, 3);
  const draft = (text: string) => `${T.draftPrefix.replace("{n}", String(item++))}${text}`;
  const comment = (whoText: string, rows: Array<() => void>) => {
    const first = row;
    for (const write of rows) {
      ctx.write(ws, `A${row}`, String(no++), "text", { align: "center" });
      ctx.write(ws, `D${row}`, rng.pick(T.opinions), "text", { wrap: true });
      ctx.write(ws, `H${row}`, rng.pick(T.answers), "text", { wrap: true });
      write();
      row++;
    }
    if (rows.length > 1) ws.mergeCells(`B${first}:B${row - 1}`);
    ctx.write(ws, `B${first}`, whoText, "text", { bold: true, wrap: true });
  };

  for (const unit of rng.shuffle(AGENCIES)) {
    const inputs = rng.shuffle(["political_articles", "revenue", ...statusOf(unit)]);
    const rows: Array<() => void> = inputs.map((input) => () => {
      ctx.write(ws, `C${row}`, draft(ctx.wording(input, `c|${unit}`)), "label", { wrap: true });
      if (isYearly(input)) ctx.value(file, ws, `E${row}`, slotOf(input, unit, 2024));
      ctx.value(file, ws, `F${row}`, slotOf(input, unit, 2025));
      const plan = planFigure(ctx, slotOf(input, unit, 2025));
      if (plan !== null) ctx.figure(ws, `G${row}`, Math.round(plan * 1.3));
    });
    const d = rng.pick([D.allWorks, D.reprinted]);
    rows.splice(rng.int(0, rows.length), 0, () => {
      ctx.write(ws, `C${row}`, draft(ctx.decoyLabel(d, `c|${unit}`)), "label", { wrap: true });
      for (const [col, year] of [
        ["E", 2024],
        ["F", 2025],
      ] as const)
        if (ctx.data.shown(slotOf(d.near, unit, year)))
          ctx.figure(ws, `${col}${row}`, ctx.decoyValue(d, unit, year));
    });
    comment(ctx.agency(unit, "who"), rows);
  }

  if (ctx.data.province) {
    const rows: Array<() => void> = [
      ...["remote_population_total", "remote_population_reached"].map((input) => () => {
        ctx.write(ws, `C${row}`, draft(ctx.wording(input, "c|province")), "label", { wrap: true });
        ctx.write(ws, `D${row}`, T.shortName.replace("{n}", ctx.header(input, "opinion")), "text", {
          wrap: true,
        });
        ctx.write(ws, `H${row}`, T.renamed.replace("{n}", ctx.header(input, "answer")), "text", {
          wrap: true,
        });
        ctx.value(file, ws, `F${row}`, slotOf(input, PROVINCE));
      }),
      () => {
        ctx.write(ws, `C${row}`, draft(ctx.decoyLabel(D.households, "c")), "label", { wrap: true });
        ctx.figure(ws, `F${row}`, ctx.decoyValue(D.households, PROVINCE));
      },
    ];
    comment(`${ctx.pickText("pw", T.provinceWho)} (${ctx.agency(PROVINCE, "who")})`, rows);
  }
  if (rng.chance(0.6)) ctx.write(ws, `C${row + 1}`, ctx.note(), "text", { italic: true });
  return [{ fileName: file, workbook: wb }];
}

/**
 * Family "b24-licence-amendment-dossier": the declaration each press agency files with the ministry to amend (the
 * magazine: to renew) its operating licence. A workbook per agency: a numbered key–value part (the agency's name,
 * its parent body, people, autonomy, platforms, security level, the licence) with near-miss sub-rows under the
 * people rows (press-card holders, collaborators), then a table of the three last years' results with next year's
 * target in a plan column on the right and a near-miss row under each result. Sometimes a hidden scratch sheet.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, statusInputsOf, type UnitId } from "../model";
import { masthead, signature, type BuiltFile } from "../sheets";
import type { Blind24Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B24_DOSSIER as T } from "./texts";
import { B24_DECOYS as D } from "./wordings";

const YEARS = [2021, 2022, 2023, 2024, 2025] as const;
/** Near-miss rows that are a part of the line above (the others are other totals, shown for comparison). */
const PARTS: ReadonlyArray<{ texts: readonly string[] }> = [D.reusedWorks, D.adRevenue];
const LAST = 10;

/** The key–value part's items in the order a declaration lists them, with the near-miss row under some. */
function keyItems(unit: UnitId): Array<{ input: string; decoy?: (typeof D)[keyof typeof D] }> {
  const status = statusInputsOf(unit).filter((i) => !["staff_total", "staff_trained"].includes(i));
  return [
    { input: "staff_total", decoy: D.cardHolders },
    { input: "staff_trained", decoy: D.collaborators },
    ...status.map((input) => ({ input })),
  ];
}

function agencyFile(ctx: Blind24Context, unit: UnitId): BuiltFile {
  const fileName = ctx.pickText("file", T.files, { n: ctx.slug(unit) });
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 48, 11, 13, 13, 13, 13, 13, 20, 26]);
  masthead(ctx, ws, unit, LAST);
  const span = (r: number) => `A${r}:J${r}`;
  ctx.writeMerged(
    ws,
    span(4),
    ctx.pickText(unit === MAGAZINE ? "titleM" : "title", unit === MAGAZINE ? T.titleMagazine : T.title),
    "upper",
    { bold: true },
  );
  ctx.writeMerged(ws, span(5), ctx.pickText("sub", T.sub, { y: 2025 }), "text", { italic: true });
  ctx.write(ws, "A7", ctx.pickText("general", T.general), "text", { bold: true });
  ctx.write(ws, "A8", "1.", "text");
  ctx.write(ws, "B8", ctx.pickText("name", T.nameRow), "label");
  ctx.write(ws, "D8", ctx.agency(unit, "dossier"), "text");
  ctx.write(ws, "A9", "2.", "text");
  ctx.write(ws, "B9", ctx.pickText("parent", T.parentRow), "label");
  ctx.write(ws, "D9", T.parents[unit as keyof typeof T.parents], "text");
  let row = 10;
  let n = 3;
  const withUnit = ctx.rng.chance(0.5);
  for (const item of keyItems(unit)) {
    ctx.write(ws, `A${row}`, `${n++}.`, "text");
    ctx.write(
      ws,
      `B${row}`,
      ctx.label(item.input, { unit: withUnit && item.input.startsWith("staff") }),
      "label",
    );
    ctx.write(ws, `C${row}`, ctx.measure(item.input), "text", { align: "center" });
    ctx.value(fileName, ws, `D${row}`, slotOf(item.input, unit));
    row++;
    if (item.decoy !== undefined && ctx.rng.chance(0.85)) {
      ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(item.decoy, unit)}`, "label", { italic: true });
      ctx.write(ws, `C${row}`, ctx.measure(item.input), "text", { align: "center" });
      ctx.figure(ws, `D${row}`, ctx.decoyValue(item.decoy, unit), { italic: true });
      row++;
    }
  }
  grid(ws, 8, 1, row - 1, 4);

  row += 1;
  ctx.write(ws, `A${row}`, ctx.pickText("results", T.results), "text", { bold: true });
  const head = row + 1;
  headers(ctx, ws, head, [
    "TT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ...YEARS.map((y) => ctx.pickText("yearHead", T.yearHead, { y })),
    ctx.planHeader(2026),
    ctx.pickText("remark", T.remark),
  ]);
  row = head + 1;
  const lines = [
    { input: "political_articles", decoy: ctx.rng.pick([D.allTopicWorks, D.reusedWorks]) },
    { input: "revenue", decoy: ctx.rng.pick([D.budgetGrant, D.adRevenue]) },
  ];
  lines.forEach((line, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(line.input, { unit: withUnit }), "label");
    ctx.write(ws, `C${row}`, ctx.measure(line.input), "text", { align: "center" });
    YEARS.forEach((year, k) => ctx.value(fileName, ws, ref(4 + k, row), slotOf(line.input, unit, year)));
    const plan = planFigure(ctx, slotOf(line.input, unit, 2025));
    if (plan !== null) ctx.figure(ws, `I${row}`, plan);
    if (ctx.rng.chance(0.3)) ctx.write(ws, `J${row}`, ctx.note(2025), "text", { wrap: true, italic: true });
    row++;
    ctx.write(
      ws,
      `B${row}`,
      `${PARTS.includes(line.decoy) ? "- " : "Để đối chiếu: "}${ctx.decoyLabel(line.decoy, `${unit}|t`)}`,
      "label",
      {
        italic: true,
      },
    );
    ctx.write(ws, `C${row}`, ctx.measure(line.input), "text", { align: "center" });
    YEARS.forEach((year, k) =>
      ctx.figure(ws, ref(4 + k, row), ctx.decoyValue(line.decoy, unit, year), { italic: true }),
    );
    row++;
  });
  grid(ws, head, 1, row - 1, LAST);
  row += 1;
  ctx.writeMerged(ws, `A${row}:J${row}`, ctx.pickText("pledge", T.pledge), "text", {
    italic: true,
    align: "left",
  });
  signature(ctx, ws, row + 1, LAST);

  if (ctx.rng.chance(0.5)) {
    const scratch = sheet(wb, ctx.pickText("scratch", T.scratch), [30, 14, 14]);
    scratch.state = "hidden";
    ctx.write(scratch, "A1", ctx.header("staff_total", "scratch"), "label");
    const near = nearFigure(ctx, slotOf("staff_total", unit), 0.8, 1.2);
    if (near !== null) ctx.figure(scratch, "B1", near);
    ctx.write(scratch, "A2", ctx.header("revenue", "scratch"), "label");
    const rev = nearFigure(ctx, slotOf("revenue", unit, 2025), 0.85, 0.97);
    if (rev !== null) ctx.figure(scratch, "B2", rev);
  }
  return { fileName, workbook: wb };
}

export function licenceDossier(ctx: Blind24Context): BuiltFile[] {
  return AGENCIES.map((unit) => agencyFile(ctx, unit));
}

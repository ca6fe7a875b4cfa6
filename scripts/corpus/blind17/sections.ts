/**
 * "b17-section-output-statistics": a workbook per agency counting its output by section or programme: issues,
 * all articles, of which for political tasks, and last year's political ones; the totals row adds the sections
 * (this year's and last year's political articles are its SUMs, the all-articles total beside them is not an
 * input). Under it, a second table with its own header gives the agency's other figures for this year and last
 * year, a target column at its right. Half the files keep the raw per-issue counts on a hidden sheet.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, statusInputsOf, type UnitId } from "../model";
import { masthead, title } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind17Context } from "./context";
import { headers, newWorkbook, partsOf, planFigure, plain, sheet, slotOf } from "./kit";
import { B17_SECTIONS as T } from "./texts";
import { B17_DECOYS } from "./wordings";

export function sectionOutput(ctx: Blind17Context): BuiltFile[] {
  return AGENCIES.map((unit) => build(ctx, unit));
}

function build(ctx: Blind17Context, unit: UnitId): BuiltFile {
  const wb = newWorkbook();
  const file = `ThongKe_ChuyenMuc_${ctx.slug(unit)}_2025.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets, { y: 2025 }), [6, 40, 11, 14, 14, 14, 20]);
  masthead(ctx, ws, unit, 7);
  title(ctx, ws, 4, 7, ctx.pickText("title", T.titles, { y: 2025 }));
  const top = 7;
  headers(ctx, ws, top, [
    "STT",
    ctx.pickText("section", T.heads.section),
    ctx.pickText("issues", T.heads.issues),
    ctx.decoyLabel(B17_DECOYS.allArticles, "sections"),
    ctx.header("political_articles", "sections"),
    ctx.pickText("lastYear", T.heads.lastYear, { y: 2024 }),
    "Ghi chú",
  ]);
  const names = T.sections[unit];
  const now = ctx.shownNumber(slotOf("political_articles", unit, 2025));
  const before = ctx.shownNumber(slotOf("political_articles", unit, 2024));
  const partsNow = now === undefined ? null : partsOf(now, names.length, ctx.rng);
  const partsBefore = before === undefined ? null : partsOf(before, names.length, ctx.rng);
  const first = top + 1;
  let allTotal = 0;
  names.forEach((name, i) => {
    const r = first + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, name, "label");
    plain(ws, `C${r}`, ctx.rng.pick([12, 24, 48, 52, 104, 156, 365]));
    const p = partsNow?.[i];
    const all = Math.round((p ?? ctx.rng.int(20, 200)) * (1.4 + ctx.rng.next() * 1.3));
    allTotal += all;
    plain(ws, `D${r}`, all);
    if (p !== undefined) plain(ws, `E${r}`, p);
    const q = partsBefore?.[i];
    if (q !== undefined) plain(ws, `F${r}`, q);
    grid(ws, r, 1, r, 7);
  });
  const last = first + names.length - 1;
  const t = last + 1;
  ctx.write(ws, `B${t}`, ctx.pickText("total", T.total), "text", { bold: true });
  put(ws, `D${t}`, { formula: `SUM(D${first}:D${last})`, result: allTotal }, { numFmt: "#,##0", bold: true });
  ctx.viaFormula(file, ws, `E${t}`, slotOf("political_articles", unit, 2025), `SUM(E${first}:E${last})`);
  ctx.viaFormula(file, ws, `F${t}`, slotOf("political_articles", unit, 2024), `SUM(F${first}:F${last})`);
  if (ctx.rng.chance(0.4)) ctx.write(ws, `G${t}`, ctx.note(2025), "text", { italic: true });
  grid(ws, t, 1, t, 7);

  // Second table: the agency's other figures, this year (E) and last year (F), a target at the right (G).
  let r = t + 2;
  ctx.write(ws, `A${r}`, ctx.pickText("general", T.general), "text", { bold: true });
  r++;
  headers(
    ctx,
    ws,
    r,
    [
      ctx.pickText("gItem", T.generalHeads.item),
      "ĐVT",
      "",
      ctx.pickText("gNow", T.generalHeads.now, { y: 2025 }),
      ctx.pickText("gBefore", T.generalHeads.before, { y: 2024 }),
      ctx.planHeader(2025),
    ],
    2,
  );
  r++;
  const row = (
    label: string,
    measure: string,
    now: () => void,
    before: () => void,
    target: number | null,
  ) => {
    ctx.write(ws, `B${r}`, label, "label");
    ctx.write(ws, `C${r}`, measure);
    now();
    before();
    if (target !== null) ctx.number(ws, `G${r}`, target);
    grid(ws, r, 1, r, 7);
    r++;
  };
  row(
    ctx.label("revenue", { unit: ctx.rng.chance(0.4) }),
    ctx.measure("revenue"),
    () => void ctx.value(file, ws, `E${r}`, slotOf("revenue", unit, 2025)),
    () => void ctx.value(file, ws, `F${r}`, slotOf("revenue", unit, 2024)),
    planFigure(ctx, slotOf("revenue", unit, 2025)),
  );
  if (ctx.rng.chance(0.7)) {
    const d = ctx.decoyRow(B17_DECOYS.adIncome, unit, "sections");
    const d2 = ctx.decoyValue(B17_DECOYS.adIncome, unit, 2024);
    row(
      `- ${d.text}`,
      B17_DECOYS.adIncome.measure,
      () => ctx.number(ws, `E${r}`, d.value),
      () => ctx.number(ws, `F${r}`, d2),
      null,
    );
  }
  const short = ctx.choose("short", ["y", "n", "n"]) === "y";
  for (const input of statusInputsOf(unit)) {
    row(
      short ? ctx.header(input, "general") : ctx.label(input),
      ctx.measure(input),
      () => void ctx.value(file, ws, `E${r}`, slotOf(input, unit)),
      () => undefined,
      null,
    );
    if (input === "staff_trained" && ctx.rng.chance(0.5)) {
      const d = ctx.decoyRow(B17_DECOYS.otherCourses, unit, "sections");
      row(
        `- ${d.text}`,
        B17_DECOYS.otherCourses.measure,
        () => ctx.number(ws, `E${r}`, d.value),
        () => undefined,
        null,
      );
    }
    if (input === "staff_total" && ctx.rng.chance(0.5)) {
      const d = ctx.decoyRow(B17_DECOYS.contributors, unit, "sections");
      row(
        `- ${d.text}`,
        B17_DECOYS.contributors.measure,
        () => ctx.number(ws, `E${r}`, d.value),
        () => undefined,
        null,
      );
    }
  }

  if (ctx.rng.chance(0.5)) {
    const raw = sheet(wb, ctx.pickText("raw", T.raw), [30, 12, 12]);
    names.forEach((name, i) => {
      ctx.write(raw, `A${i + 1}`, name);
      const p = partsNow?.[i];
      if (p !== undefined) put(raw, ref(2, i + 1), Math.max(1, Math.round(p / 12)));
    });
    raw.state = "hidden";
  }
  return { fileName: file, workbook: wb };
}

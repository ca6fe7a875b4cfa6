/**
 * b22-ethnic-language-programme-report: the province's yearly report on news in ethnic minority languages, one
 * sheet with a section per agency and one for the remote areas. Columns: two past years, the year's target
 * (a plan head), this year's result and its ratio to the target. Under each agency's political-task works stand
 * the parts in each language (and a near-miss "of which in ethnic languages" row); last year's staff and
 * coverage figures stand two columns left of this year's. A hidden list sheet holds the languages.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind22Context } from "./context";
import { nearFigure, newWorkbook, pct, planFigure, ROMAN, sheet, slotOf } from "./kit";
import { B22_ETHNIC as T } from "./texts";
import { B22_DECOYS as D } from "./wordings";

const [PAST2, PAST1, PLAN, NOW, RATIO, NOTE] = [4, 5, 6, 7, 8, 9];

export function ethnicReport(ctx: Blind22Context): BuiltFile[] {
  const fileName = `${ctx.pickText("eth-file", ["BC tieng dan toc 2025", "TT_DTTS_2025", "Bao cao DTTS nam 2025"])}.xlsx`;
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("eth-sheet", T.sheets, { y: 2025 }), [6, 46, 9, 12, 12, 13, 13, 11, 24]);
  ctx.writeMerged(ws, "A1:I1", ctx.pickText("eth-title", T.titles, { y: 2025 }), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, "A2:I2", ctx.pickText("eth-sub", T.subtitles), "text", { italic: true });
  const yearHead = ctx.pickText("eth-year", T.heads.year);
  const heads = [
    T.heads.no,
    T.heads.item,
    T.heads.measure,
    yearHead.replace("{y}", "2023"),
    yearHead.replace("{y}", "2024"),
    ctx.planHeader(2025),
    ctx.pickText("eth-now", T.heads.current, { y: 2025 }),
    ctx.pickText("eth-ratio", T.heads.ratio),
    T.heads.note,
  ];
  heads.forEach((t, i) =>
    ctx.write(ws, ref(i + 1, 4), t, "text", { bold: true, align: "center", wrap: true }),
  );
  ws.getRow(4).height = 36;
  let row = 5;

  const labelRow = (no: string, text: string, measure: string, italic = false) => {
    ctx.write(ws, `A${row}`, no, "text", { align: "center" });
    ctx.write(ws, `B${row}`, text, "label", { wrap: true, italic });
    ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
  };
  const ratio = (target: number | null, unit: UnitId, input: string) => {
    const v = ctx.shownNumber(slotOf(input, unit, 2025));
    if (target !== null && v !== undefined)
      ctx.formula(ws, ref(RATIO, row), `${ref(NOW, row)}/${ref(PLAN, row)}*100`, pct(v, target));
  };
  const note = () => {
    if (ctx.rng.chance(0.3))
      ctx.write(ws, ref(NOTE, row), ctx.note(2025), "text", { italic: true, wrap: true });
  };

  AGENCIES.forEach((unit, a) => {
    ctx.write(ws, `A${row}`, ROMAN[a] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "eth"), "upper", { bold: true });
    row++;
    // Political-task works by year, the year's target, then the parts by language.
    labelRow("1", ctx.label("political_articles"), ctx.measure("political_articles"));
    for (const [col, year] of [
      [PAST2, 2023],
      [PAST1, 2024],
      [NOW, 2025],
    ] as const)
      ctx.value(fileName, ws, ref(col, row), { input: "political_articles", unit, year });
    const target = planFigure(ctx, slotOf("political_articles", unit));
    if (target !== null) ctx.figure(ws, ref(PLAN, row), target);
    ratio(target, unit, "political_articles");
    note();
    row++;
    const ethnic = ctx.decoyRow(D.ethnicWorks, unit, "eth");
    labelRow("", ethnic.text, ctx.measure("political_articles"), true);
    ctx.figure(ws, ref(PAST1, row), ctx.decoyValue(D.ethnicWorks, unit, 2024), { italic: true });
    ctx.figure(ws, ref(NOW, row), ethnic.value, { italic: true });
    row++;
    let left = ethnic.value;
    const langs = T.languages.slice(0, unit === "tap-chi-van-nghe-lai-chau" ? 2 : ctx.rng.int(2, 4));
    langs.forEach((lang, i) => {
      const part =
        i === langs.length - 1 ? left : Math.max(1, Math.round(left * (0.3 + ctx.rng.next() * 0.3)));
      left -= part;
      labelRow("", lang, ctx.measure("political_articles"), true);
      ctx.figure(ws, ref(NOW, row), Math.max(part, 1), { italic: true });
      row++;
    });
    // Staff: last year's count two columns left of this year's.
    const staffInputs = ["staff_total", "staff_trained"] as const;
    staffInputs.forEach((input, i) => {
      labelRow(String(i + 2), ctx.label(input), ctx.measure(input));
      const last = nearFigure(ctx, slotOf(input, unit), 0.82, 0.97);
      if (last !== null && ctx.data.shown(slotOf(input, unit))) ctx.figure(ws, ref(PAST1, row), last);
      ctx.value(fileName, ws, ref(NOW, row), slotOf(input, unit));
      note();
      row++;
    });
    const speakers = ctx.decoyRow(D.ethnicStaff, unit, "eth");
    labelRow("", speakers.text, ctx.measure("staff_total"), true);
    ctx.figure(ws, ref(NOW, row), speakers.value, { italic: true });
    row++;
    labelRow("4", ctx.label("digital_platforms"), ctx.measure("digital_platforms"));
    ctx.value(fileName, ws, ref(NOW, row), slotOf("digital_platforms", unit));
    row++;
  });

  if (ctx.data.province) {
    ctx.write(ws, `A${row}`, ROMAN[3] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, `${T.province} - ${ctx.agency(PROVINCE, "eth")}`, "upper", { bold: true });
    row++;
    (["remote_population_total", "remote_population_reached"] as const).forEach((input, i) => {
      labelRow(String(i + 1), ctx.label(input), ctx.measure(input));
      const last = nearFigure(ctx, { input, unit: PROVINCE }, 0.9, 0.99);
      if (last !== null) ctx.figure(ws, ref(PAST1, row), last);
      ctx.value(fileName, ws, ref(NOW, row), { input, unit: PROVINCE });
      note();
      row++;
    });
    const receivers = ctx.decoyRow(D.receivers, PROVINCE, "eth");
    labelRow("", receivers.text, "Hộ", true);
    ctx.figure(ws, ref(NOW, row), receivers.value, { italic: true });
    row++;
  }
  grid(ws, 4, 1, row - 1, NOTE);

  const list = sheet(wb, ctx.pickText("eth-list", T.lists), [28, 10]);
  list.state = ctx.rng.chance(0.7) ? "hidden" : "visible";
  ctx.write(list, "A1", T.listCaption, "text", { bold: true });
  T.languages.forEach((l, i) => ctx.write(list, `A${i + 2}`, l.replace("- ", ""), "text"));
  return [{ fileName, workbook: wb }];
}

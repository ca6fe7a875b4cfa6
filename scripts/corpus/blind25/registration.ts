/**
 * b25-registration-and-result-files: two workbooks. The registration, sent early in the year, holds only the
 * targets each agency registered (agencies as columns under a plan head, the same item wordings); it has no truth.
 * The result report has a sheet per agency: results of 2023, 2024 and 2025 in D–F (status answers in F), the
 * registered target in G under a plan head, the attainment in H as a formula, notes in I; near-miss rows (all
 * works, advertising, average staff) under their inputs. Sometimes a hidden copy of the registration sheet.
 */
import type ExcelJS from "exceljs";
import { isYearly, kindOf } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind25Context } from "./context";
import { AGENCIES, headers, newWorkbook, planFigure, sheet, slotOf, statusOf, titleBlock } from "./kit";
import { B25_REGISTRATION as T } from "./texts";
import { B25_DECOYS as D, type B25Decoy } from "./wordings";

const ITEMS = [
  "political_articles",
  "revenue",
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "autonomous",
  "security_level",
  "licensed",
] as const;

const NEAR: Readonly<Record<string, B25Decoy>> = {
  political_articles: D.allWorks,
  revenue: D.adRevenue,
  staff_total: D.averageStaff,
};

export function registrationAndResult(ctx: Blind25Context): BuiltFile[] {
  const { rng } = ctx;
  const regFile = ctx.pickText("reg", T.registerFiles);
  const resFile = ctx.pickText("res", T.resultFiles);
  const targets = new Map<string, number | string>();
  for (const unit of AGENCIES)
    for (const input of statusOf(unit).concat(["political_articles", "revenue"])) {
      const plan = planFigure(ctx, slotOf(input, unit));
      const value = ctx.data.value(slotOf(input, unit));
      const word = (T.targetWords as Readonly<Record<string, string>>)[input] ?? ctx.style.yesNo[0];
      targets.set(`${input}|${unit}`, plan ?? (typeof value === "boolean" ? word : "-"));
    }

  // The registration workbook: targets only.
  const reg = newWorkbook();
  const rs = sheet(reg, ctx.pickText("regSheet", T.registerSheets), [6, 50, 10, 16, 16, 16]);
  registrationSheet(ctx, rs, targets);

  // The result workbook.
  const res = newWorkbook();
  const years = [2023, 2024, 2025];
  for (const unit of AGENCIES) {
    const ws = sheet(res, ctx.agency(unit, "sheet"), [6, 50, 10, 14, 14, 14, 14, 12, 26]);
    titleBlock(ctx, ws, 1, 9, T.resultTitle, ctx.agency(unit, "sub"));
    headers(ctx, ws, 4, [
      T.heads.no,
      T.heads.item,
      T.heads.measure,
      ...years.map((y) => T.heads.year.replace("{y}", String(y))),
      ctx.planHeader(2025),
      "% TH/KH",
      T.heads.remark,
    ]);
    let row = 5;
    let no = 1;
    for (const input of ITEMS) {
      if (input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") continue;
      ctx.write(ws, `A${row}`, String(no++), "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.wording(input, "result"), "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(input));
      if (isYearly(input))
        years.forEach((y, k) => ctx.value(resFile, ws, `${"DEF"[k]}${row}`, slotOf(input, unit, y)));
      else ctx.value(resFile, ws, `F${row}`, slotOf(input, unit));
      const target = targets.get(`${input}|${unit}`);
      if (typeof target === "number") {
        ctx.figure(ws, `G${row}`, target);
        const got = ctx.shownNumber(slotOf(input, unit));
        if (got !== undefined && kindOf(input) !== "level")
          ctx.formula(ws, `H${row}`, `F${row}/G${row}`, Math.round((got / target) * 1000) / 1000);
      } else if (target !== undefined) ctx.write(ws, `G${row}`, target, "word", { align: "center" });
      if (rng.chance(0.15)) ctx.write(ws, `I${row}`, ctx.note(), "text", { wrap: true });
      row++;
      const near = NEAR[input];
      if (near !== undefined && rng.chance(0.7)) {
        ctx.write(ws, `B${row}`, ctx.decoyLabel(near, "result"), "label", { italic: true, wrap: true });
        const list = isYearly(near.near) ? years : [2025];
        list.forEach((y, k) => {
          const col = isYearly(near.near) ? "DEF"[k] : "F";
          if (ctx.data.shown(slotOf(near.near, unit, y)))
            ctx.figure(ws, `${col}${row}`, ctx.decoyValue(near, unit, y));
        });
        row++;
      }
    }
    for (let r = 5; r < row; r++) ws.getCell(`H${r}`).numFmt = "0.0%";
  }
  if (rng.chance(0.5)) {
    const copy = sheet(res, ctx.pickText("hidden", T.hidden), [6, 50, 10, 16, 16, 16]);
    registrationSheet(ctx, copy, targets);
    copy.state = "hidden";
  }
  return [
    { fileName: regFile, workbook: reg },
    { fileName: resFile, workbook: res },
  ];
}

function registrationSheet(
  ctx: Blind25Context,
  ws: ExcelJS.Worksheet,
  targets: ReadonlyMap<string, number | string>,
): void {
  titleBlock(ctx, ws, 1, 6, T.registerTitle);
  ctx.writeMerged(ws, "D3:F3", T.registerHead, "text", { bold: true });
  headers(ctx, ws, 4, [
    T.heads.no,
    T.heads.item,
    T.heads.measure,
    ...AGENCIES.map((u) => ctx.agency(u, "reg")),
  ]);
  let row = 5;
  ITEMS.forEach((input, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(ws, `B${row}`, ctx.header(input, "reg"), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input));
    AGENCIES.forEach((unit, k) => {
      const t = targets.get(`${input}|${unit}`);
      const at = `${"DEF"[k]}${row}`;
      if (typeof t === "number") ctx.figure(ws, at, t);
      else if (t !== undefined) ctx.write(ws, at, t, "word", { align: "center" });
    });
    row++;
  });
}

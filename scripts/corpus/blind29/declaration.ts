/**
 * b29-press-database-declaration: the agencies' yearly declarations printed from the national press database, a
 * sheet per agency. Field code | field name (short) | this period (2025) | last period (2024) | validation state |
 * target | note. This year's answers and figures are in the "this period" column; the political works and the
 * revenue of 2024 are in the "last period" column right beside 2025's. Traps: last period's status answers and
 * staff beside this year's, press-card holders, all works and advertising rows next to the plan's rows, a
 * validation state that reads like a yes, a target column, a hidden mapping sheet.
 */
import { grid } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, kindOf, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind29Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B29_DECLARATION as T } from "./texts";
import { B29_DECOYS as D, type B29Decoy } from "./wordings";

const NOW = 2025;
const PREV = 2024;

type Field = { input: string } | { decoy: B29Decoy } | { general: number };

export function declarations(ctx: Blind29Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: NOW });
  AGENCIES.forEach((unit, k) => declaration(ctx, wb, fileName, unit, k));
  if (rng.chance(0.4)) {
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("hidden", T.hidden),
      AGENCIES.map((u) => [
        ctx.agency(u, "hidden"),
        nearFigure(ctx, { input: "revenue", unit: u, year: NOW }, 0.8, 0.95),
      ]),
    );
  }
  return [{ fileName, workbook: wb }];
}

function declaration(
  ctx: Blind29Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
  k: number,
): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet, { n: String(k + 1) }), [10, 40, 16, 16, 14, 14, 22]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.title), "upper", { bold: true });
  ctx.writeMerged(
    ws,
    "A2:G2",
    ctx.pickText("agencyLine", T.agencyLine, { n: ctx.agency(unit, "decl") }),
    "text",
    {
      bold: true,
      align: "left",
    },
  );
  ctx.write(ws, "A3", ctx.pickText("codeLine", T.codeLine, { n: String(k + 1) }), "text", { italic: true });
  const h = T.heads;
  headers(ctx, ws, 5, [
    ctx.pickText("h.code", h.code),
    ctx.pickText("h.field", h.field),
    ctx.pickText("h.now", h.now, { y: NOW }),
    ctx.pickText("h.prev", h.prev, { y: PREV }),
    ctx.pickText("h.state", h.state),
    ctx.planHeader(NOW),
    "Ghi chú",
  ]);
  const status = statusInputsOf(unit);
  const has = (i: string) => status.includes(i);
  const groups: ReadonlyArray<readonly Field[]> = [
    [{ general: 0 }, { general: 1 }, { general: 2 }],
    [{ input: "staff_total" }, { decoy: D.cardHolders }, { input: "staff_trained" }],
    [{ input: "political_articles" }, { decoy: D.allWorks }],
    [{ input: "revenue" }, { decoy: D.advertising }, { input: "autonomous" }],
    ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"]
      .filter(has)
      .map((input) => ({ input })),
    has("licensed") ? [{ input: "licensed" }] : [],
  ];
  const names = ctx.choose("groups", ["0", "1"]) === "0" ? T.groups[0] : T.groups[1];
  const prefixes = ["TC", "NL", "ND", "TCH", "CN", "GP"];
  let row = 6;
  groups.forEach((fields, g) => {
    if (fields.length === 0) return;
    ctx.write(ws, `A${row}`, String(g + 1), "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, names[g] ?? "", "upper", { bold: true });
    row++;
    fields.forEach((f, i) => {
      ctx.write(ws, `A${row}`, `${prefixes[g] ?? "X"}.${String(i + 1).padStart(2, "0")}`, "text", {
        align: "center",
      });
      field(ctx, ws, file, row, unit, k, f);
      if ("input" in f || "decoy" in f)
        ctx.write(ws, `E${row}`, rng.pick(T.states.slice(0, rng.chance(0.85) ? 1 : 3)), "text", {
          align: "center",
        });
      if (rng.chance(0.12)) ctx.write(ws, `G${row}`, ctx.note(NOW), "text", { italic: true, wrap: true });
      row++;
    });
  });
  grid(ws, 6, 1, row - 1, 7);

  // Earlier periods: the political works and the revenue of the years before last, one row a year.
  const years = [2020, 2021, 2022, 2023].filter(
    (y) => ctx.data.years.political_articles.includes(y) || ctx.data.years.revenue.includes(y),
  );
  if (years.length === 0) return;
  row += 1;
  ctx.writeMerged(ws, `A${row}:D${row}`, ctx.pickText("history", T.history), "upper", { bold: true });
  row++;
  headers(ctx, ws, row, [
    ctx.pickText("period", T.period),
    "",
    ctx.headerAt("political_articles", k + 1),
    ctx.headerAt("revenue", k + 1),
  ]);
  row++;
  for (const y of years) {
    ctx.write(ws, `A${row}`, String(y), "text", { align: "center" });
    ctx.value(file, ws, `C${row}`, slotOf("political_articles", unit, y));
    ctx.value(file, ws, `D${row}`, slotOf("revenue", unit, y));
    row++;
  }
  grid(ws, row - years.length, 1, row - 1, 4);
}

function field(
  ctx: Blind29Context,
  ws: Parameters<typeof headers>[1],
  file: string,
  row: number,
  unit: UnitId,
  k: number,
  f: Field,
): void {
  const { rng, data } = ctx;
  if ("general" in f) {
    ctx.write(ws, `B${row}`, T.general[f.general] ?? "", "label");
    const text =
      f.general === 0
        ? ctx.pickText("licence", T.licences, { n: String(rng.int(101, 560)) })
        : f.general === 1
          ? rng.pick(T.heads2)
          : rng.pick(T.address);
    ctx.write(ws, `C${row}`, text);
    ctx.write(ws, `D${row}`, text);
    return;
  }
  if ("decoy" in f) {
    ctx.write(ws, `B${row}`, ctx.decoyLabel(f.decoy, "decl"), "label", { wrap: true });
    const yearly = isYearly(f.decoy.near);
    ctx.figure(ws, `C${row}`, ctx.decoyValue(f.decoy, unit, NOW));
    ctx.figure(ws, `D${row}`, yearly ? ctx.decoyValue(f.decoy, unit, PREV) : ctx.decoyValue(f.decoy, unit));
    return;
  }
  const input = f.input;
  ctx.write(ws, `B${row}`, ctx.headerAt(input, k), "label", { wrap: true });
  if (isYearly(input)) {
    ctx.value(file, ws, `C${row}`, slotOf(input, unit, NOW));
    ctx.value(file, ws, `D${row}`, slotOf(input, unit, PREV));
    const plan = planFigure(ctx, slotOf(input, unit, NOW));
    if (plan !== null) ctx.figure(ws, `F${row}`, plan);
    return;
  }
  const slot = { input, unit };
  ctx.value(file, ws, `C${row}`, slot);
  // Last period's status: an earlier answer, never truth.
  const v = data.value(slot);
  if (typeof v === "number") {
    const before =
      kindOf(input) === "level" ? Math.max(1, v - rng.int(0, 1)) : nearFigure(ctx, slot, 0.85, 0.98);
    const words = ctx.words(input, before);
    if (words !== null) ctx.write(ws, `D${row}`, words, "word", { align: "center" });
    else ctx.figure(ws, `D${row}`, before);
    const plan = kindOf(input) === "level" ? null : planFigure(ctx, slot);
    if (plan !== null) ctx.figure(ws, `F${row}`, plan);
  } else {
    const before = typeof v === "boolean" ? v && rng.chance(0.5) : v;
    const words = ctx.words(input, before);
    if (words !== null) ctx.write(ws, `D${row}`, words, "word", { align: "center" });
    if (typeof v === "boolean")
      ctx.write(ws, `F${row}`, rng.pick(["Có", "Đạt"]), "text", { align: "center" });
  }
}

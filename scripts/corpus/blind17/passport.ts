/**
 * "b17-indicator-passport": the department's indicator book: one card per indicator, a metadata block (code,
 * concept, method, unit, source, period) then a small table of values by agency (rows by year for yearly
 * indicators, a target row under them). Some cards describe reference indicators outside the plan (all articles,
 * advertising income, collaborators), with values of their own; they say so.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind17Context } from "./context";
import { newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B17_PASSPORT as T } from "./texts";
import { B17_DECOYS, type B17Decoy } from "./wordings";

const CARD_INPUTS = [
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
  "remote_population_total",
  "remote_population_reached",
] as const;

type Card = { input: string } | { decoy: B17Decoy };

export function indicatorPassport(ctx: Blind17Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.file, { y: 2025 })}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [26, 16, 16, 16, 18]);
  const cards: Card[] = CARD_INPUTS.filter((i) => ctx.data.province || !i.startsWith("remote_")).map(
    (input) => ({ input }),
  );
  const decoys = ctx.rng
    .shuffle([B17_DECOYS.allArticles, B17_DECOYS.adIncome, B17_DECOYS.contributors])
    .slice(0, ctx.rng.int(1, 2));
  for (const d of decoys) {
    const at = cards.findIndex((c) => "input" in c && c.input === d.near);
    cards.splice(at + 1, 0, { decoy: d });
  }
  let r = 1;
  cards.forEach((card, k) => {
    r = writeCard(ctx, ws, file, card, k + 1, r) + 2;
  });
  return [{ fileName: file, workbook: wb }];
}

function writeCard(
  ctx: Blind17Context,
  ws: ExcelJS.Worksheet,
  file: string,
  card: Card,
  n: number,
  top: number,
): number {
  const input = "input" in card ? card.input : card.decoy.near;
  const name = "input" in card ? ctx.wording(input, "card") : ctx.decoyLabel(card.decoy, "card");
  ctx.writeMerged(
    ws,
    `A${top}:E${top}`,
    ctx.pickText("cardTitle", T.cardTitle, { n: String(n), v: name }),
    "text",
    {
      bold: true,
      align: "left",
    },
  );
  let r = top + 1;
  const field = (label: string, text: string) => {
    ctx.write(ws, `A${r}`, label, "text", { italic: true });
    ctx.writeMerged(ws, `B${r}:E${r}`, text, "text", { align: "left" });
    r++;
  };
  field(ctx.pickText("f.code", T.fields.code), `CT-${String(n).padStart(2, "0")}`);
  field(
    ctx.pickText("f.concept", T.fields.concept),
    "input" in card ? ctx.rng.pick(T.concepts) : ctx.pickText("decoyNote", T.decoyNote),
  );
  if ("input" in card) field(ctx.pickText("f.short", T.fields.short), ctx.header(input, "card"));
  if (ctx.rng.chance(0.7)) field(ctx.pickText("f.method", T.fields.method), ctx.rng.pick(T.methods));
  field(
    ctx.pickText("f.measure", T.fields.measure),
    "input" in card ? ctx.measure(input) || "-" : card.decoy.measure,
  );
  if (ctx.rng.chance(0.6)) field(ctx.pickText("f.source", T.fields.source), ctx.rng.pick(T.sources));
  field(ctx.pickText("f.period", T.fields.period), ctx.rng.pick(T.periods));
  grid(ws, top, 1, r - 1, 5);

  const units: UnitId[] = input.startsWith("remote_")
    ? [PROVINCE]
    : AGENCIES.filter((u) => !("input" in card) || statusInputsOf(u).includes(input) || isYearly(input));
  const head = r;
  // The province's cards name the figure again over the value (a second short name); the agencies' say "agency".
  const headText =
    "input" in card && input.startsWith("remote_")
      ? ctx.header(input, "head")
      : ctx.pickText("valueHead", T.valueHead);
  ctx.write(ws, `A${head}`, headText, "text", { bold: true });
  units.forEach((u, i) =>
    ctx.write(ws, ref(2 + i, head), ctx.agency(u, "card"), "text", {
      bold: true,
      align: "center",
      wrap: true,
    }),
  );
  r++;
  const years = isYearly(input) ? [2023, 2024, 2025].filter((y) => y >= 2023) : [2025];
  for (const year of years) {
    ctx.write(ws, `A${r}`, ctx.pickText("valueRow", T.valueRow, { y: year }));
    units.forEach((u, i) => {
      const at = ref(2 + i, r);
      if ("input" in card)
        ctx.value(file, ws, at, isYearly(input) ? slotOf(input, u, year) : slotOf(input, u));
      else put(ws, at, ctx.decoyValue(card.decoy, u, year), { numFmt: "#,##0" });
    });
    r++;
  }
  if ("input" in card && (isYearly(input) || ctx.rng.chance(0.4))) {
    ctx.write(ws, `A${r}`, ctx.pickText("targetRow", T.targetRow, { y: 2025 }), "text", { italic: true });
    units.forEach((u, i) => {
      const target = planFigure(ctx, isYearly(input) ? slotOf(input, u, 2025) : slotOf(input, u));
      if (target !== null) ctx.number(ws, ref(2 + i, r), target);
      else if (input !== "security_level")
        ctx.write(ws, ref(2 + i, r), ctx.rng.pick(["100%", "67%"]), "text", { align: "center" });
    });
    r++;
  }
  if (ctx.rng.chance(0.15)) {
    ctx.write(ws, `E${head + 1}`, ctx.note(2025), "text", { italic: true, wrap: true });
  }
  grid(ws, head, 1, r - 1, 1 + Math.max(units.length, 1));
  return r - 1;
}

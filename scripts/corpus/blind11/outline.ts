/**
 * b11-fill-in-outline: the department's report outline, one copy filled in by each agency (and one with the
 * province's figures). Sentences run across the row: the question in a wide merged cell, then the answer, then
 * the unit and the next question in the following cells, so one row can hold this year, last year and the base
 * year, or a figure and its percentage. Unfilled blanks keep their dots; the growth and share percentages, the
 * digital-advertising part and the province's whole population are not inputs.
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, newWorkbook, ref } from "../../fixtures/sheetKit";
import { slotOf } from "../model";
import { MAGAZINE, PROVINCE, type Slot, type UnitId } from "../model";
import { masthead, sheetName, signature, type BuiltFile } from "../sheets";
import type { Blind11Context } from "./context";
import { agencyOrder, titleBlock } from "./kit";
import { B11_DECOYS, B11_OUTLINE } from "./wordings";

/** A piece of a sentence: words, a plan slot's answer, or a number that is no input. */
type Piece = { text: string } | { slot: Slot } | { figure: number; percent?: boolean };

const LAST = 13;
const WIDTHS = [4, 11, 11, 11, 11, 11, 12, 17, 12, 17, 12, 4, 12];

class Sheet {
  row = 7;
  constructor(
    private readonly ctx: Blind11Context,
    readonly ws: ExcelJS.Worksheet,
    private readonly file: string,
  ) {}

  /** A line across the whole width (heading or plain text). */
  line(text: string, o: { bold?: boolean; italic?: boolean; role?: "text" | "upper" } = {}): void {
    this.ctx.writeMerged(this.ws, `B${this.row}:${colLetter(LAST)}${this.row}`, text, o.role ?? "text", {
      align: "left",
      bold: o.bold ?? false,
      italic: o.italic ?? false,
    });
    this.row++;
  }

  /** A sentence: its first words across B:F, every further piece in a cell of its own. */
  sentence(pieces: readonly Piece[]): void {
    const { ctx, ws, row } = this;
    let col = 2;
    pieces.forEach((p, i) => {
      if (col > LAST) return;
      if ("text" in p) {
        if (i === 0) {
          ctx.writeMerged(ws, `B${row}:F${row}`, p.text, "label", { align: "left" });
          col = 7;
        } else {
          ctx.write(ws, ref(col, row), p.text, "text");
          col++;
        }
        return;
      }
      const at = ref(col, row);
      col++;
      if ("slot" in p) {
        if (!ctx.value(this.file, ws, at, p.slot, { dash: false }) && ctx.rng.chance(0.7))
          ctx.write(ws, at, ctx.choose("blank", B11_OUTLINE.blank), "text", { align: "center" });
        return;
      }
      ctx.computed(ws, at, p.figure);
    });
    this.row++;
  }
}

/** The years before `until` the case has for a yearly input, oldest first, in lines of four. */
function earlier(
  ctx: Blind11Context,
  input: "revenue" | "political_articles",
  from: number,
  until: number,
): number[][] {
  const years = ctx.data.years[input].filter((y) => y >= from && y < until);
  const lines: number[][] = [];
  for (let i = 0; i < years.length; i += 4) lines.push(years.slice(i, i + 4));
  return lines;
}

/** Those earlier years as sentences: a lead-in naming them, then each year's figure. */
function earlierLines(
  ctx: Blind11Context,
  sheet: Sheet,
  unit: UnitId,
  input: "revenue" | "political_articles",
  from: number,
  until: number,
): void {
  for (const years of earlier(ctx, input, from, until)) {
    const pieces: Piece[] = [
      { text: ctx.choose("earlier", B11_OUTLINE.earlierYears).replace("{a}", years.join(", ")) },
    ];
    years.forEach((y, i) => {
      if (i > 0) pieces.push({ text: ";" });
      pieces.push({ slot: slotOf(input, unit, y) });
    });
    sheet.sentence(pieces);
  }
}

function start(ctx: Blind11Context, unit: UnitId, file: string): { wb: ExcelJS.Workbook; sheet: Sheet } {
  const wb = newWorkbook();
  const ws = addSheet(wb, sheetName(wb, ctx.choose("outline-sheet", B11_OUTLINE.sheets)), WIDTHS);
  masthead(ctx, ws, unit === PROVINCE ? null : unit, LAST);
  titleBlock(ctx, ws, LAST, B11_OUTLINE, "outline");
  return { wb, sheet: new Sheet(ctx, ws, file) };
}

function agencyOutline(ctx: Blind11Context, unit: UnitId): BuiltFile {
  const { rng } = ctx;
  const O = B11_OUTLINE;
  const slug = ctx.slug(unit);
  const file = ctx.choose("outline-file", O.files).replace("{slug}", slug);
  const { wb, sheet } = start(ctx, unit, file);
  const colon = (input: string, key = "outline") => ({ text: `${ctx.label(input, { key })}:` });
  const inYear = (input: string, y: number) => {
    const label = ctx.label(input, { key: "outline" });
    // "… trong năm" or "… cả năm" takes the year alone, not a second "năm".
    const tail = /năm$/.test(label) ? O.inYear[1] : O.inYear[0];
    return { text: `${label}${tail.replace("{y}", String(y))}` };
  };
  const hint = { text: ctx.choose("hint", O.hints) };
  const both = (a: Slot, b: Slot) => ctx.data.shown(a) && ctx.data.shown(b);

  sheet.sentence([{ text: O.reporterLine }, { text: ctx.agency(unit, "outline") }]);
  sheet.row++;
  sheet.line(O.sections[0] ?? "", { bold: true, role: "upper" });

  sheet.line(O.topics.platforms, { bold: true });
  sheet.sentence([colon("digital_platforms"), { slot: { input: "digital_platforms", unit } }, hint]);
  sheet.sentence([{ text: rng.pick(O.channelsLine) }, { text: rng.pick(O.channels) }]);
  sheet.sentence([colon("ai_data_platform"), { slot: { input: "ai_data_platform", unit } }, hint]);
  sheet.sentence([colon("converged_newsroom"), { slot: { input: "converged_newsroom", unit } }, hint]);

  sheet.line(O.topics.security, { bold: true });
  sheet.sentence([colon("security_level"), { slot: { input: "security_level", unit } }]);
  if (unit !== MAGAZINE)
    sheet.sentence([{ text: rng.pick(O.decisionLine) }, { text: rng.pick(O.decisions) }]);

  const prev = 2024;
  sheet.line(O.topics.revenue, { bold: true });
  const rev = (y: number) => ctx.figure(slotOf("revenue", unit, y)) ?? 0;
  sheet.sentence([
    inYear("revenue", 2025),
    { slot: slotOf("revenue", unit, 2025) },
    { text: O.unitThen.money.replace("{y}", String(prev)) },
    { slot: slotOf("revenue", unit, prev) },
    ...(both(slotOf("revenue", unit, 2025), slotOf("revenue", unit, prev))
      ? [
          { text: rng.pick(O.growth) },
          { figure: (rev(2025) / Math.max(1, rev(prev)) - 1) * 100 },
          { text: O.percent },
        ]
      : []),
  ]);
  earlierLines(ctx, sheet, unit, "revenue", 2020, prev);
  if (rng.chance(0.7))
    sheet.sentence([
      { text: rng.pick(O.part) },
      { figure: Math.round(rev(2025) * (0.06 + rng.next() * 0.14)) },
      { text: "triệu đồng" },
    ]);

  sheet.line(O.topics.people, { bold: true });
  const total = ctx.figure({ input: "staff_total", unit }) ?? 1;
  const trained = ctx.figure({ input: "staff_trained", unit }) ?? 0;
  sheet.sentence([colon("staff_total"), { slot: { input: "staff_total", unit } }, { text: O.people }]);
  sheet.sentence([
    colon("staff_trained"),
    { slot: { input: "staff_trained", unit } },
    ...(both({ input: "staff_trained", unit }, { input: "staff_total", unit })
      ? [{ text: rng.pick(O.staffThen) }, { figure: (trained / total) * 100 }, { text: O.percent }]
      : []),
  ]);

  sheet.line(O.topics.articles, { bold: true });
  const art = ctx.data.years.political_articles;
  const base = art.includes(2020);
  sheet.sentence([
    inYear("political_articles", 2025),
    { slot: slotOf("political_articles", unit, 2025) },
    { text: O.unitThen.count.replace("{y}", String(prev)) },
    { slot: slotOf("political_articles", unit, prev) },
    ...(base
      ? [{ text: O.unitThen.base.replace("{y}", "2020") }, { slot: slotOf("political_articles", unit, 2020) }]
      : []),
  ]);
  earlierLines(ctx, sheet, unit, "political_articles", base ? 2021 : 2020, prev);
  const decoy = rng.pick(
    B11_DECOYS.filter((d) => d.near === "political_articles" || d.near === "staff_trained"),
  );
  sheet.sentence([
    { text: `${ctx.decoyLabel(decoy, "outline")}:` },
    { figure: ctx.decoyValue(decoy, unit) },
    { text: decoy.measure },
  ]);

  sheet.line(O.topics.autonomy, { bold: true });
  sheet.sentence([colon("autonomous"), { slot: { input: "autonomous", unit } }]);
  if (unit === MAGAZINE) sheet.sentence([colon("licensed"), { slot: { input: "licensed", unit } }]);

  sheet.row++;
  sheet.line(O.sections[1] ?? "", { bold: true, role: "upper" });
  for (const t of rng.shuffle(O.troubles).slice(0, 2)) sheet.line(t);
  sheet.line(O.sections[2] ?? "", { bold: true, role: "upper" });
  for (const t of O.proposals) sheet.line(t);
  signature(ctx, sheet.ws, sheet.row + 1, LAST);
  return { fileName: file, workbook: wb };
}

function provinceOutline(ctx: Blind11Context): BuiltFile {
  const { rng } = ctx;
  const O = B11_OUTLINE;
  const file = rng.pick(O.provinceFile);
  const { wb, sheet } = start(ctx, PROVINCE, file);
  sheet.line(rng.pick(O.provinceTitle), { bold: true, role: "upper" });
  sheet.sentence([{ text: O.reporterLine }, { text: ctx.agency(PROVINCE, "outline") }]);
  const total = ctx.figure({ input: "remote_population_total", unit: PROVINCE }) ?? 1;
  const reached = ctx.figure({ input: "remote_population_reached", unit: PROVINCE }) ?? 0;
  sheet.sentence([
    { text: `${ctx.label("remote_population_total", { key: "outline" })}:` },
    { slot: { input: "remote_population_total", unit: PROVINCE } },
    { text: O.people },
  ]);
  sheet.sentence([
    { text: `${ctx.label("remote_population_reached", { key: "outline" })}:` },
    { slot: { input: "remote_population_reached", unit: PROVINCE } },
    { text: rng.pick(O.staffThen) },
    { figure: (reached / total) * 100 },
    { text: O.share },
  ]);
  sheet.sentence([
    { text: rng.pick(O.wholeProvince) },
    { figure: Math.round(total * (3.6 + rng.next() * 0.8)) },
    { text: O.people },
  ]);
  for (const decoy of B11_DECOYS.filter((d) => d.near.startsWith("remote_")))
    sheet.sentence([
      { text: `${ctx.decoyLabel(decoy, "outline")}:` },
      { figure: ctx.decoyValue(decoy, PROVINCE) },
      { text: decoy.measure },
    ]);
  signature(ctx, sheet.ws, sheet.row + 1, LAST);
  return { fileName: file, workbook: wb };
}

export function fillInOutline(ctx: Blind11Context): BuiltFile[] {
  const files = agencyOrder(ctx).map((u) => agencyOutline(ctx, u));
  if (ctx.data.province) files.push(provinceOutline(ctx));
  return files;
}

/**
 * "b18-pdf-converted-pages": the signed PDF report turned back into a sheet by a converter. Every page repeats the
 * table's header row and ends with its page number; narrow empty columns sit between the value columns; long
 * labels break over two rows (the figures on the first); numbers come as text ("1.234" or "1 234"). Columns: the
 * two years before, this year's plan, this year's result, result against plan. Traps: the plan column between the
 * results, repeated headers mid-table, page numbers, the ratio column, near-miss rows.
 */
import type ExcelJS from "exceljs";
import { put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARLY, isYearly, statusInputsOf, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind18Context } from "./context";
import { newWorkbook, pct, planFigure, sheet } from "./kit";
import { B18_PDF as T, B18_GENERIC as G } from "./texts";
import { B18_DECOYS, type B18Decoy } from "./wordings";

const COL = { no: 1, item: 2, measure: 4, y2023: 5, y2024: 7, plan: 9, y2025: 11, ratio: 13 } as const;
const LAST = 14;
const ROMAN = ["I", "II", "III", "IV"];

type Line =
  | { kind: "section"; text: string }
  | { kind: "slot"; input: string; unit: UnitId; no: number }
  | { kind: "decoy"; decoy: B18Decoy; unit: UnitId; input: string };

export function pdfConverted(ctx: Blind18Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files);
  const ws = sheet(
    wb,
    ctx.pickText("sheet", T.sheets),
    [5, 44, 1.5, 9, 11, 1.5, 11, 1.5, 11, 1.5, 11, 1.5, 9, 1.5],
  );
  const lines: Line[] = [];
  const units: UnitId[] = [...AGENCIES, ...(ctx.data.province ? [PROVINCE] : [])];
  units.forEach((unit, s) => {
    lines.push({ kind: "section", text: `${ROMAN[s] ?? ""}. ${ctx.agency(unit, "pdf")}` });
    const inputs =
      unit === PROVINCE
        ? ["remote_population_total", "remote_population_reached"]
        : [...YEARLY, ...statusInputsOf(unit)];
    inputs.forEach((input, i) => {
      lines.push({ kind: "slot", input, unit, no: i + 1 });
      const near = Object.values(B18_DECOYS).filter((d) => d.near === input);
      if (near.length > 0 && rng.chance(0.45))
        lines.push({ kind: "decoy", decoy: rng.pick(near), unit, input });
    });
  });

  const perPage = rng.int(13, 18);
  const pages = Math.ceil(lines.length / perPage);
  const pageText = (n: number) => ctx.pickText("page", T.pages, { n: `${n}/${pages}` });
  let row = 1;
  ctx.writeMerged(ws, `A${row}:${ref(LAST, row)}`, ctx.pickText("title", T.titles), "upper", { bold: true });
  row += 2;
  const header = () => {
    const h = T.heads;
    const texts: Array<[number, string]> = [
      [COL.no, ctx.pickText("h-no", G.no)],
      [COL.item, ctx.pickText("h-item", h.item)],
      [COL.measure, ctx.pickText("h-measure", G.measure)],
      [COL.y2023, ctx.pickText("h-done", h.done, { y: 2023 })],
      [COL.y2024, ctx.pickText("h-done", h.done, { y: 2024 })],
      [COL.plan, ctx.pickText("h-plan", h.plan, { y: 2025 })],
      [COL.y2025, ctx.pickText("h-done", h.done, { y: 2025 })],
      [COL.ratio, ctx.pickText("h-ratio", h.ratio)],
    ];
    for (const [col, text] of texts)
      ctx.write(ws, ref(col, row), text, "text", { bold: true, align: "center" });
    row++;
  };
  let page = 1;
  header();
  lines.forEach((line, i) => {
    if (i > 0 && i % perPage === 0) {
      put(ws, ref(COL.ratio, row), pageText(page), { italic: true, align: "right" });
      page++;
      row += 2;
      header();
    }
    row = writeLine(ctx, ws, fileName, row, line);
  });
  put(ws, ref(COL.ratio, row), pageText(page), { italic: true, align: "right" });
  if (rng.chance(0.6))
    put(ws, ref(COL.item, row + 2), ctx.pickText("converter", T.converter), { italic: true });
  return [{ fileName, workbook: wb }];
}

/** Writes one line (two when the label breaks); returns the next row. */
function writeLine(
  ctx: Blind18Context,
  ws: ExcelJS.Worksheet,
  fileName: string,
  row: number,
  line: Line,
): number {
  const { rng } = ctx;
  if (line.kind === "section") {
    ctx.write(ws, ref(COL.item, row), line.text, "upper", { bold: true });
    return row + 1;
  }
  const label = line.kind === "slot" ? ctx.wording(line.input, "pdf") : ctx.decoyLabel(line.decoy, "pdf");
  const words = label.split(" ");
  const broken = words.length > 6 && rng.chance(0.5);
  const cut = Math.ceil(words.length / 2);
  ctx.write(ws, ref(COL.item, row), broken ? words.slice(0, cut).join(" ") : label, "label");
  if (broken) ctx.write(ws, ref(COL.item, row + 1), words.slice(cut).join(" "), "label");
  if (line.kind === "slot") put(ws, ref(COL.no, row), String(line.no), { align: "center" });
  else put(ws, ref(COL.no, row), "-", { align: "center" });
  ctx.write(
    ws,
    ref(COL.measure, row),
    line.kind === "decoy" ? ctx.decoyMeasure(line.decoy) : ctx.measure(line.input),
    "text",
    { align: "center" },
  );
  if (line.kind === "decoy") {
    const years: Array<[number, number]> = isYearly(line.input)
      ? [
          [2023, COL.y2023],
          [2024, COL.y2024],
          [2025, COL.y2025],
        ]
      : [[2025, COL.y2025]];
    for (const [year, col] of years) {
      if (isYearly(line.input) && !ctx.data.years[line.input as "revenue"].includes(year)) continue;
      put(ws, ref(col, row), ctx.convertedText(ctx.decoyValue(line.decoy, line.unit, year)), {
        align: "right",
      });
    }
    return row + (broken ? 2 : 1);
  }
  const { input, unit } = line;
  if (isYearly(input)) {
    for (const [year, col] of [
      [2023, COL.y2023],
      [2024, COL.y2024],
      [2025, COL.y2025],
    ] as const)
      writeValue(ctx, ws, fileName, ref(col, row), { input, unit, year });
  } else writeValue(ctx, ws, fileName, ref(COL.y2025, row), { input, unit });
  const slot: Slot = isYearly(input) ? { input, unit, year: 2025 } : { input, unit };
  const target = planFigure(ctx, slot);
  const v = ctx.data.value(slot);
  if (target !== null && input !== "security_level") {
    put(ws, ref(COL.plan, row), ctx.convertedText(target), { align: "right" });
    const actual = ctx.shownNumber(slot);
    if (actual !== undefined)
      put(ws, ref(COL.ratio, row), `${ctx.convertedText(pct(actual, target))}%`, { align: "right" });
  } else if (typeof v === "boolean")
    ctx.write(ws, ref(COL.plan, row), rng.pick(["x", "Có", "Triển khai"]), "word", { align: "center" });
  else if (input === "security_level")
    ctx.write(ws, ref(COL.plan, row), rng.pick(["Cấp độ 3", "≥ 3"]), "word", { align: "center" });
  return row + (broken ? 2 : 1);
}

/** A slot as the converter left it: numbers as text, words as they were. */
function writeValue(
  ctx: Blind18Context,
  ws: ExcelJS.Worksheet,
  fileName: string,
  at: string,
  slot: Slot,
): void {
  if (isYearly(slot.input) && !ctx.data.years[slot.input as "revenue"].includes(slot.year ?? 2025)) return;
  const n = ctx.shownNumber(slot);
  if (n === undefined || ctx.words(slot.input, n) !== null) {
    ctx.value(fileName, ws, at, slot);
    return;
  }
  put(ws, at, ctx.convertedText(n), { align: "right" });
  ctx.record(fileName, ws.name, at, slot);
}

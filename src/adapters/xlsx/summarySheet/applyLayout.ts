/** Writes a SummaryLayout into an ExcelJS worksheet: values, formulas, styles, merges, rules, print setup. */
import type ExcelJS from "exceljs";
import {
  type CellStyle,
  type ConditionalRule,
  type LayoutCell,
  type LayoutLink,
  type SummaryLayout,
} from "../../../core/layout/types";
import { parseA1, quoteSheetName } from "../../../core/workbook/address";

const argb = (hex: string) => ({ argb: `FF${hex}` });

/** Functions newer than Excel 2007 are stored with the `_xlfn.` prefix in the file; without it Excel and
 * LibreOffice do not know them. Text inside string literals is left as it is. */
const FUTURE_FUNCTIONS = /\b(UNICHAR)\(/g;

export function fileFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE_FUNCTIONS, "_xlfn.$1(")))
    .join("");
}

/**
 * The hyperlink target as ExcelJS takes it; fixHyperlinks (hyperlinks.ts) turns it into proper XML:
 * `'Báo cáo'!D5` inside this workbook, `[bao-lai-chau.xlsx]'Báo cáo'!D5` in a file next to it (a sheet name
 * can hold neither "[" nor "]", so the file part is never confused with it).
 */
export function linkTarget(link: LayoutLink): string {
  const location = `${quoteSheetName(link.sheet)}!${link.cell}`;
  return link.workbook === null ? location : `[${link.workbook}]${location}`;
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  cell.font = {
    name: s.font.name,
    size: s.font.size,
    ...(s.font.bold ? { bold: true } : {}),
    ...(s.font.italic ? { italic: true } : {}),
    ...(s.font.underline ? { underline: true } : {}),
    ...(s.font.color ? { color: argb(s.font.color) } : {}),
  };
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  cell.alignment = {
    ...(s.horizontal ? { horizontal: s.horizontal } : {}),
    ...(s.vertical ? { vertical: s.vertical } : {}),
    ...(s.wrap ? { wrapText: true } : {}),
  };
  if (s.border) {
    const thin = { style: "thin" as const, color: argb("808080") };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function rule(r: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  if (r.kind === "data-bar")
    return {
      type: "dataBar",
      priority,
      cfvo: [
        { type: "num", value: r.min },
        { type: "num", value: r.max },
      ],
      color: argb(r.color),
      gradient: true,
    } as unknown as ExcelJS.ConditionalFormattingRule; // ExcelJS's typings lack the data bar's fields
  return {
    type: "cellIs",
    operator: "equal",
    priority,
    formulae: [`"${r.text.replace(/"/g, '""')}"`],
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: argb(r.fill) },
      font: { color: argb(r.fontColor) },
    },
  };
}

export type Bounds = { top: number; left: number; bottom: number; right: number };

/**
 * ws.mergeCells for each range, in order, with ExcelJS's own refusal of a range overlapping an earlier merge
 * (the same error). ExcelJS checks a new merge against every merge the sheet has, which is quadratic: the
 * 21,000 merges of a summary of 1,000 agencies took a minute and hundreds of MB. Here the check is made cell
 * by cell, and ExcelJS merges each range against an empty list (`_merges`, its index of merges by their
 * first cell: the only list it checks) before the merges are put back together, in the same order.
 * @throws Error "Cannot merge already merged cells", as ExcelJS does, for overlapping ranges.
 */
export function mergeAll(ws: ExcelJS.Worksheet, ranges: readonly string[]): void {
  const sheet = ws as unknown as { _merges: Record<string, Bounds> };
  const merged = sheet._merges;
  const taken = new Set<number>();
  const take = (b: Bounds, check: boolean) => {
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const key = r * 16384 + c;
        if (check && taken.has(key)) throw new Error("Cannot merge already merged cells");
        taken.add(key);
      }
  };
  for (const b of Object.values(merged)) take(b, false);
  try {
    for (const range of ranges) {
      const [from, to] = range.split(":").map((a) => parseA1(a));
      if (!from || !to) {
        // Not a plain A1:B2 range (the layout writes none): ExcelJS reads it and checks it against all.
        sheet._merges = merged;
        ws.mergeCells(range);
        taken.clear();
        for (const m of Object.values(merged)) take(m, false);
        continue;
      }
      const b = {
        top: Math.min(from.row, to.row),
        left: Math.min(from.col, to.col),
        bottom: Math.max(from.row, to.row),
        right: Math.max(from.col, to.col),
      };
      take(b, true);
      sheet._merges = {};
      ws.mergeCells(range);
      Object.assign(merged, sheet._merges);
    }
  } finally {
    sheet._merges = merged;
  }
}

/** Writes the layout into `ws` (an empty worksheet). Text stays text: ExcelJS writes strings as strings. */
export function applyLayout(ws: ExcelJS.Worksheet, layout: SummaryLayout): void {
  layout.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const { row, height } of layout.rowHeights) ws.getRow(row).height = height;
  for (const c of layout.cells) writeCell(ws.getCell(c.row, c.col), c, layout);
  mergeAll(ws, layout.merges);
  for (const cf of conditionalFormats(layout)) ws.addConditionalFormatting(cf);
  ws.views = [frozenView(layout)];
  ws.pageSetup = pageSetupOf(layout);
  for (const row of layout.print.breaksAfter ?? []) ws.getRow(row).addPageBreak();
}

/** One layout cell into an ExcelJS cell: its value, its style (a style object of its own), its note. */
export function writeCell(cell: ExcelJS.Cell, c: LayoutCell, layout: SummaryLayout): void {
  const content = c.content;
  switch (content.kind) {
    case "text":
      cell.value = c.link ? { text: content.text, hyperlink: linkTarget(c.link) } : content.text;
      break;
    case "number":
      cell.value = content.value;
      break;
    case "formula":
      cell.value =
        content.result === null
          ? { formula: fileFormula(content.formula), result: "" }
          : { formula: fileFormula(content.formula), result: content.result };
      break;
    case "empty":
      break;
  }
  applyStyle(cell, layout.styles[c.style]);
  if (c.note) cell.note = c.note;
}

/** The layout's conditional formats, rules of the same range together, priorities in order. */
export function conditionalFormats(layout: SummaryLayout): ExcelJS.ConditionalFormattingOptions[] {
  const byRange = new Map<string, ConditionalRule[]>();
  for (const r of layout.conditionalFormats) byRange.set(r.range, [...(byRange.get(r.range) ?? []), r]);
  let priority = 1;
  return [...byRange].map(([ref, rules]) => ({ ref, rules: rules.map((r) => rule(r, priority++)) }));
}

export function frozenView(layout: SummaryLayout): Partial<ExcelJS.WorksheetView> {
  return { state: "frozen", xSplit: layout.freeze.cols, ySplit: layout.freeze.rows };
}

/** The sheet's whole page setup (it replaces ExcelJS's defaults). */
export function pageSetupOf(layout: SummaryLayout): Partial<ExcelJS.PageSetup> {
  const p = layout.print;
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    printArea: p.area,
    printTitlesRow: `${p.repeatRows.from}:${p.repeatRows.to}`,
    margins: { ...p.margins, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
}

/** Writes a SummaryLayout into an ExcelJS worksheet: values, formulas, styles, merges, rules, print setup. */
import type ExcelJS from "exceljs";
import {
  type CellStyle,
  type ConditionalRule,
  type LayoutLink,
  type SummaryLayout,
} from "../../../core/layout/types";
import { quoteSheetName } from "../../../core/workbook/address";

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

/** Writes the layout into `ws` (an empty worksheet). Text stays text: ExcelJS writes strings as strings. */
export function applyLayout(ws: ExcelJS.Worksheet, layout: SummaryLayout): void {
  layout.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const { row, height } of layout.rowHeights) ws.getRow(row).height = height;
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row, c.col);
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
  for (const m of layout.merges) ws.mergeCells(m);
  const byRange = new Map<string, ConditionalRule[]>();
  for (const r of layout.conditionalFormats) byRange.set(r.range, [...(byRange.get(r.range) ?? []), r]);
  let priority = 1;
  for (const [ref, rules] of byRange)
    ws.addConditionalFormatting({ ref, rules: rules.map((r) => rule(r, priority++)) });
  ws.views = [{ state: "frozen", xSplit: layout.freeze.cols, ySplit: layout.freeze.rows }];
  const p = layout.print;
  ws.pageSetup = {
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
  for (const row of p.breaksAfter ?? []) ws.getRow(row).addPageBreak();
}

/**
 * Queues the cells of a SummaryLayout on a new worksheet: number formats, contents, styles, merges, column
 * widths and hidden columns, row heights, links, notes. Nothing is synced here: the caller syncs once.
 */
import { message, type Message } from "../../../core/i18n/messages";
import { type CellStyle, type LayoutLink, type SummaryLayout } from "../../../core/layout/types";
import { columnLetters, quoteSheetName } from "../../../core/workbook/address";
import { type Capabilities } from "../requirements";
import {
  blockAddress,
  columnWidthPoints,
  contentGrids,
  extentOf,
  heightRuns,
  styleBlocks,
} from "./cellBlocks";

const BORDER_COLOUR = "#808080";
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

const hex = (rgb: string) => `#${rgb}`;

/** Where a link goes, as `Range.hyperlink` takes it: a place in this workbook, or a file and a place in it. */
export function hyperlinkOf(link: LayoutLink): Excel.RangeHyperlink {
  const location = `${quoteSheetName(link.sheet)}!${link.cell}`;
  return link.workbook === null
    ? { documentReference: location }
    : { address: `${link.workbook}#${location}` };
}

function applyStyle(range: Excel.Range, s: CellStyle, rows: number, cols: number): void {
  const font = range.format.font;
  font.name = s.font.name;
  font.size = s.font.size;
  if (s.font.bold) font.bold = true;
  if (s.font.italic) font.italic = true;
  if (s.font.underline) font.underline = "Single";
  if (s.font.color) font.color = hex(s.font.color);
  if (s.fill) range.format.fill.color = hex(s.fill);
  if (s.horizontal)
    range.format.horizontalAlignment =
      s.horizontal === "left" ? "Left" : s.horizontal === "center" ? "Center" : "Right";
  if (s.vertical) range.format.verticalAlignment = s.vertical === "top" ? "Top" : "Center";
  if (s.wrap) range.format.wrapText = true;
  if (s.border) {
    const edges: Array<(typeof EDGES)[number] | "InsideHorizontal" | "InsideVertical"> = [...EDGES];
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOUR;
    }
  }
}

/**
 * Queues every cell of `layout` on `sheet` (empty, just added).
 * @returns what could not be written on this Excel (notes without ExcelApi 1.10), as warnings.
 */
export function queueCells(sheet: Excel.Worksheet, layout: SummaryLayout, can: Capabilities): Message[] {
  const warnings: Message[] = [];
  const extent = extentOf(layout);
  const whole = sheet.getRange(blockAddress(extent));
  const { inputs, formats } = contentGrids(layout, extent);
  // Formats first: a value is read by the format of its cell at the time it is written.
  whole.numberFormat = formats;
  whole.formulas = inputs as unknown[][];

  for (const { style, block } of styleBlocks(layout.cells))
    applyStyle(
      sheet.getRange(blockAddress(block)),
      layout.styles[style],
      block.bottom - block.top + 1,
      block.right - block.left + 1,
    );
  for (const merge of layout.merges) sheet.getRange(merge).merge(false);

  layout.columns.forEach((c, i) => {
    const column = sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`);
    column.format.columnWidth = columnWidthPoints(c.width);
    if (c.hidden) column.columnHidden = true;
  });
  for (const run of heightRuns(layout.rowHeights))
    sheet.getRange(`${run.from}:${run.to}`).format.rowHeight = run.height;

  for (const c of layout.cells)
    if (c.link && c.content.kind === "text")
      sheet.getRange(blockAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col })).hyperlink =
        hyperlinkOf(c.link);

  const notes = layout.cells.filter((c) => c.note !== undefined && c.note !== "");
  if (notes.length > 0 && !can.notes && !can.comments)
    warnings.push(message("office.summary.notesSkipped", { count: notes.length }));
  else
    for (const c of notes) {
      const cell = sheet.getRange(blockAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col }));
      if (can.notes) sheet.notes.add(cell, c.note ?? "");
      else sheet.comments.add(cell, c.note ?? "");
    }
  return warnings;
}

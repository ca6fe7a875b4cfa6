/**
 * Queues what belongs to the summary sheet as a whole: conditional formats, frozen panes, print setup, the
 * chart and the tab colour. Nothing is synced here.
 */
import { message, type Message } from "../../../core/i18n/messages";
import { type ChartSpec, type ConditionalRule, type SummaryLayout } from "../../../core/layout/types";
import { columnLetters, parseA1 } from "../../../core/workbook/address";
import { type Capabilities } from "../requirements";

const TAB_COLOUR = "#1F4E79";
/** Header and footer margins, in inches, as the .xlsx copy sets them. */
const HEADER_MARGIN = 0.3;
const POINTS_PER_INCH = 72;

/** A text as an Excel formula's string literal: `"Đạt"`, quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function queueRule(sheet: Excel.Worksheet, rule: ConditionalRule): void {
  const range = sheet.getRange(rule.range);
  if (rule.kind === "text-equals") {
    // The same rule as the .xlsx copy's cellIs/equal: the whole cell equals the word.
    // eslint-disable-next-line office-addins/load-object-before-read -- `cellValue` is a navigation to the rule's proxy, written to, never read.
    const format = range.conditionalFormats.add("CellValue").cellValue;
    format.rule = { formula1: `=${textLiteral(rule.text)}`, operator: "EqualTo" };
    format.format.fill.color = `#${rule.fill}`;
    format.format.font.color = `#${rule.fontColor}`;
    return;
  }
  // eslint-disable-next-line office-addins/load-object-before-read -- `dataBar` is a navigation to the rule's proxy, written to, never read.
  const bar = range.conditionalFormats.add("DataBar").dataBar;
  bar.lowerBoundRule = { type: "Number", formula: String(rule.min) };
  bar.upperBoundRule = { type: "Number", formula: String(rule.max) };
  bar.positiveFormat.fillColor = `#${rule.color}`;
  bar.positiveFormat.gradientFill = true;
}

/** The cell before `a1` diagonally (`I33` → `H32`): the chart ends where the next cell starts. */
function cellBefore(a1: string): string {
  const at = parseA1(a1);
  if (!at) throw new Error(`chart anchor "${a1}" is not a cell`);
  return `${columnLetters(Math.max(1, at.col - 1))}${Math.max(1, at.row - 1)}`;
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...others] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(first.range), "Columns");
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor.from, cellBefore(spec.anchor.to));
  // Both series read hidden columns (L, M): without this Excel draws nothing.
  chart.plotVisibleOnly = false;
  chart.axes.valueAxis.numberFormat = spec.numFmt;
  const series = chart.series.getItemAt(0);
  series.name = first.name;
  series.setValues(sheet.getRange(first.range));
  series.setXAxisValues(sheet.getRange(spec.categories.range));
  for (const s of others) {
    const added = chart.series.add(s.name);
    added.setValues(sheet.getRange(s.range));
    added.setXAxisValues(sheet.getRange(spec.categories.range));
  }
}

function queuePrint(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const p = layout.print;
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
  page.leftMargin = p.margins.left * POINTS_PER_INCH;
  page.rightMargin = p.margins.right * POINTS_PER_INCH;
  page.topMargin = p.margins.top * POINTS_PER_INCH;
  page.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
  page.headerMargin = HEADER_MARGIN * POINTS_PER_INCH;
  page.footerMargin = HEADER_MARGIN * POINTS_PER_INCH;
  page.centerHorizontally = true;
  page.setPrintArea(p.area);
  page.setPrintTitleRows(`$${p.repeatRows.from}:$${p.repeatRows.to}`);
  // A break "after row r" is a break above row r + 1.
  for (const row of p.breaksAfter ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/**
 * Queues the sheet-wide parts of `layout` on `sheet`.
 * @returns what this Excel cannot do (print setup before ExcelApi 1.9, a chart of hidden cells before 1.8).
 */
export function queueSheetSetup(sheet: Excel.Worksheet, layout: SummaryLayout, can: Capabilities): Message[] {
  const warnings: Message[] = [];
  sheet.tabColor = TAB_COLOUR;
  for (const rule of layout.conditionalFormats) queueRule(sheet, rule);
  const { rows, cols } = layout.freeze;
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(`A1:${columnLetters(cols)}${rows}`);
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
  if (can.pageLayout) queuePrint(sheet, layout);
  else warnings.push(message("office.summary.printSkipped"));
  if (layout.chart) {
    if (can.chartHiddenCells) queueChart(sheet, layout.chart);
    else warnings.push(message("office.summary.chartSkipped"));
  }
  return warnings;
}

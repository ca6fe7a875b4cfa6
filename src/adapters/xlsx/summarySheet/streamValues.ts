/**
 * The values-and-links summary workbook (writeSummaryWorkbook) written through ExcelJS's streaming writer, row
 * by row: each row goes to the package as XML once nothing can change it any more (its merges are made), so
 * memory does not hold the whole output as ExcelJS objects (about 5 KB a cell; 117,000 cells for 1,000
 * agencies). The cells get exactly the values, style objects, notes and merges applyLayout gives them
 * (writeCell, the same ExcelJS cell and style code), in the same row-major order, so the styles come out the
 * same; tests/summarySheet/writerEquivalence.test.ts reads both files back and compares them cell by cell.
 *
 * Only where ExcelJS has the streaming writer (Node: the CLI); the add-in's browser build of ExcelJS has none,
 * and returns null so the caller writes the workbook the other way.
 */
import ExcelJS from "exceljs";
import { type SummaryLayout } from "../../../core/layout/types";
import { type PlainSummary } from "../../../core/summary/plainTables";
import { parseA1 } from "../../../core/workbook/address";
import { plainHeaderRow, writePlainTable } from "../writePlainSummary";
import { type Bounds, conditionalFormats, frozenView, pageSetupOf, writeCell } from "./applyLayout";

type StreamWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;
type StreamSheet = ExcelJS.Worksheet & { commit(): void; rowBreaks: unknown[] };

const TAB_COLOR = { argb: "FF1F4E79" };

/** ExcelJS's streaming writer class, when this build of ExcelJS has it. */
function streamWriter():
  (new (o: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) => StreamWorkbook) | null {
  const lib = ExcelJS as unknown as { stream?: { xlsx?: { WorkbookWriter?: unknown } } };
  const ctor = lib.stream?.xlsx?.WorkbookWriter;
  return typeof ctor === "function"
    ? (ctor as new (o: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) => StreamWorkbook)
    : null;
}

/** Whether this ExcelJS can stream (Node), i.e. whether streamValuesPackage returns bytes. */
export function canStream(): boolean {
  return streamWriter() !== null;
}

function boundsOf(range: string): Bounds | null {
  const [from, to] = range.split(":").map((a) => parseA1(a));
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** The summary sheet, row by row; a row is committed once every merge reaching it is made. */
function streamSummarySheet(wb: StreamWorkbook, layout: SummaryLayout): void {
  const ws = wb.addWorksheet(layout.sheetName, {
    properties: { tabColor: TAB_COLOR },
    views: [frozenView(layout)],
    pageSetup: pageSetupOf(layout),
  }) as StreamSheet;
  // The whole page setup, as applyLayout sets it: none of the streaming writer's own defaults.
  ws.pageSetup = pageSetupOf(layout);
  layout.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });

  const heights = new Map<number, number>();
  for (const { row, height } of layout.rowHeights) heights.set(row, height);
  const cellsByRow = new Map<number, SummaryLayout["cells"]>();
  for (const c of layout.cells) {
    const list = cellsByRow.get(c.row);
    if (list) list.push(c);
    else cellsByRow.set(c.row, [c]);
  }
  // Merges, checked for overlaps as ExcelJS does (mergeAll), made once their last row's cells are written.
  const merges = layout.merges.map((range) => ({ range, bounds: boundsOf(range) }));
  if (merges.some((m) => m.bounds === null)) throw new Error(`not a plain range: ${layout.merges.join(",")}`);
  const mergesByBottom = new Map<number, string[]>();
  let span = 0;
  for (const m of merges)
    if (m.bounds) {
      const list = mergesByBottom.get(m.bounds.bottom) ?? [];
      list.push(m.range);
      mergesByBottom.set(m.bounds.bottom, list);
      span = Math.max(span, m.bounds.bottom - m.bounds.top);
    }
  checkOverlaps(merges.flatMap((m) => (m.bounds ? [m.bounds] : [])));

  const rows = [...new Set([...cellsByRow.keys(), ...heights.keys(), ...mergesByBottom.keys()])].sort(
    (a, b) => a - b,
  );
  let committed = 0;
  const commitThrough = (row: number) => {
    if (row <= committed) return;
    ws.getRow(row).commit();
    committed = row;
  };
  for (const r of rows) {
    const height = heights.get(r);
    if (height !== undefined) ws.getRow(r).height = height;
    const cells = (cellsByRow.get(r) ?? []).sort((a, b) => a.col - b.col);
    for (const c of cells) writeCell(ws.getCell(c.row, c.col), c, layout);
    const done = mergesByBottom.get(r);
    if (done) mergeRanges(ws, done);
    // Rows more than `span` above can be in no merge still to come.
    commitThrough(r - span - 1);
  }
  for (const cf of conditionalFormats(layout)) ws.addConditionalFormatting(cf);
  for (const row of layout.print.breaksAfter ?? []) ws.rowBreaks.push({ id: row, max: 16838, man: 1 });
  ws.commit();
}

/**
 * ws.mergeCells for each range (overlaps are checked beforehand, checkOverlaps): the streaming writer checks
 * each new merge against all it has, which is quadratic, so each is made against an empty list and then added
 * to the sheet's, in order. The list keeps its own `add` (the writer's row code calls it).
 */
function mergeRanges(ws: StreamSheet, ranges: readonly string[]): void {
  const sheet = ws as unknown as { _merges: unknown[] };
  const all = sheet._merges;
  try {
    for (const range of ranges) {
      const fresh: unknown[] = [];
      sheet._merges = fresh;
      ws.mergeCells(range);
      all.push(...fresh);
    }
  } finally {
    sheet._merges = all;
  }
}

/** Overlapping merges are refused, as ExcelJS refuses them. @throws Error "Cannot merge already merged cells" */
function checkOverlaps(all: readonly Bounds[]): void {
  const taken = new Set<number>();
  for (const b of all)
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const key = r * 16384 + c;
        if (taken.has(key)) throw new Error("Cannot merge already merged cells");
        taken.add(key);
      }
}

/**
 * The plain tables through writePlainSummary's own writePlainTable (../writePlainSummary.ts), each row committed as
 * it is written. writerEquivalence.test.ts compares the two outputs.
 */
function streamPlainSheets(wb: StreamWorkbook, summary: PlainSummary): void {
  for (const table of summary.tables) {
    const ws = wb.addWorksheet(table.name, {
      views: [{ state: "frozen", ySplit: plainHeaderRow(summary) }],
    }) as StreamSheet;
    // The in-memory path reads writePlainSummary's file back and saves it again: its page setup then has the
    // first page number and copies ExcelJS reads as defaults.
    ws.pageSetup = { ...ws.pageSetup, firstPageNumber: 1, copies: 1 } as ExcelJS.PageSetup;
    // Widths first: the streaming writer writes the columns with the first committed row.
    table.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    writePlainTable(ws, summary, table, (row) => ws.getRow(row).commit());
    ws.commit();
  }
}

/**
 * The values workbook's package as ExcelJS's streaming writer makes it: the summary first, then the plain
 * tables; links and the chart are still to be fixed and added (writeSummary.ts). Null without the streaming
 * writer (the browser).
 */
export async function streamValuesPackage(
  layout: SummaryLayout,
  plain: PlainSummary,
): Promise<Uint8Array | null> {
  const Writer = streamWriter();
  if (!Writer) return null;
  const wb = new Writer({ useStyles: true, useSharedStrings: true });
  wb.creator = "chitieu";
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  streamSummarySheet(wb, layout);
  streamPlainSheets(wb, plain);
  await wb.commit();
  const out = (wb as unknown as { stream: { toBuffer(): Uint8Array } }).stream.toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * The streaming writer leaves out `<printOptions>` (ExcelJS's full writer derives it from the page setup):
 * the summary is centred on the page.
 */
export function withPrintOptions(xml: string): string {
  return /<printOptions\b/.test(xml)
    ? xml
    : xml.replace(/<pageMargins\b/, (m) => `<printOptions horizontalCentered="1"/>${m}`);
}

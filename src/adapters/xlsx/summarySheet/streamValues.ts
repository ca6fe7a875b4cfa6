/**
 * The values-and-links summary workbook (writeSummaryWorkbook) written through ExcelJS's streaming writer, row
 * by row: each row goes to the package as XML once nothing can change it any more (its merges are made), so
 * memory does not hold the whole output as ExcelJS objects (about 5 KB a cell; 117,000 cells for 1,000
 * agencies). The cells get exactly the values, style objects, notes and merges applyLayout gives them
 * (writeCell, the same ExcelJS cell and style code), in the same row-major order, so the styles come out the
 * same; tests/summarySheet/writerEquivalence.test.ts reads both files back and compares them cell by cell.
 * Every few hundred rows the writer waits for the package to compress what it was given, so the sheet's XML
 * is not held until its end; links, print options and the chart are finished as the sheet is written
 * (streamFinish.ts), so the package is never read back.
 *
 * Only where ExcelJS has the streaming writer (Node: the CLI); the add-in's browser build of ExcelJS has none,
 * and returns null so the caller writes the workbook the other way.
 */
import ExcelJS from "exceljs";
import { type SummaryLayout } from "../../../core/layout/types";
import { type PlainSummary } from "../../../core/summary/plainTables";
import { parseA1 } from "../../../core/workbook/address";
import { plainHeaderRow, plainTableRows } from "../writePlainSummary";
import { type Bounds, conditionalFormats, frozenView, pageSetupOf, writeCell } from "./applyLayout";
import { canFinishWhileStreaming, finishWhileStreaming } from "./streamFinish";

type StreamWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;
type StreamSheet = ExcelJS.Worksheet & { commit(): void; rowBreaks: unknown[] };

const TAB_COLOR = { argb: "FF1F4E79" };
/** Rows committed between two waits for the package (a few hundred KB of XML at most). */
const ROWS_PER_WAIT = 200;

/** Lets the zip take and compress what the sheets have written so far (its work is asynchronous). */
const drain = () => new Promise<void>((resolve) => setImmediate(resolve));

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

/**
 * The summary sheet, row by row; a row is committed once every merge reaching it is made. False, having written
 * nothing, when this ExcelJS's writer cannot take the hooks that finish the package (streamFinish.ts).
 */
async function streamSummarySheet(wb: StreamWorkbook, layout: SummaryLayout): Promise<boolean> {
  const ws = wb.addWorksheet(layout.sheetName, {
    properties: { tabColor: TAB_COLOR },
    views: [frozenView(layout)],
    pageSetup: pageSetupOf(layout),
  }) as StreamSheet;
  // (mergeRanges swaps the writer's own list of merges, too.)
  if (!canFinishWhileStreaming(wb, ws) || !Array.isArray((ws as unknown as { _merges?: unknown })._merges))
    return false;
  finishWhileStreaming(wb, ws, layout.sheetName, layout.chart);
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
  let sinceWait = 0;
  const commitThrough = (row: number) => {
    if (row <= committed) return;
    ws.getRow(row).commit();
    sinceWait += row - committed;
    committed = row;
  };
  for (const r of rows) {
    if (sinceWait >= ROWS_PER_WAIT) {
      sinceWait = 0;
      await drain();
    }
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
  return true;
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
 * The plain tables through writePlainSummary's own table writer (plainTableRows, ../writePlainSummary.ts), each
 * row committed as it is written. writerEquivalence.test.ts compares the two outputs.
 */
async function streamPlainSheets(wb: StreamWorkbook, summary: PlainSummary): Promise<void> {
  for (const table of summary.tables) {
    const ws = wb.addWorksheet(table.name, {
      views: [{ state: "frozen", ySplit: plainHeaderRow(summary) }],
    }) as StreamSheet;
    // The in-memory path reads writePlainSummary's file back and saves it again: its page setup then has the
    // first page number and copies ExcelJS reads as defaults.
    ws.pageSetup = { ...ws.pageSetup, firstPageNumber: 1, copies: 1 } as ExcelJS.PageSetup;
    // Widths first: the streaming writer writes the columns with the first committed row.
    table.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const row of plainTableRows(ws, summary, table)) {
      ws.getRow(row).commit();
      if (row % ROWS_PER_WAIT === 0) await drain();
    }
    ws.commit();
  }
}

/**
 * The values workbook's package as ExcelJS's streaming writer makes it, finished (streamFinish.ts): the
 * summary first, its links as Excel writes them and its chart, then the plain tables. Null without the
 * streaming writer (the browser) or when its internals are not those the hooks expect (another ExcelJS).
 */
export async function streamValuesPackage(
  layout: SummaryLayout,
  plain: PlainSummary,
): Promise<Uint8Array | null> {
  const Writer = streamWriter();
  if (!Writer) return null;
  // Compressed as the other writers compress (level 6; the zip library's own default is its fastest, 1).
  const wb = new Writer({ useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  wb.creator = "chitieu";
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  if (!(await streamSummarySheet(wb, layout))) return null;
  await streamPlainSheets(wb, plain);
  await wb.commit();
  const out = (wb as unknown as { stream: { toBuffer(): Uint8Array } }).stream.toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

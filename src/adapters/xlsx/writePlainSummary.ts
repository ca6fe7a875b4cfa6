import ExcelJS from "exceljs";
import { type PlainSummary } from "../../core/summary/plainTables";

const FONT = { name: "Times New Roman", size: 12 };

/** One plain table on its sheet: the title block above it, the header row, then the rows, styled. */
export function writePlainTable(
  ws: ExcelJS.Worksheet,
  summary: PlainSummary,
  table: PlainSummary["tables"][number],
): void {
  const rows = plainTableRows(ws, summary, table);
  while (!rows.next().done);
}

/**
 * writePlainTable a row at a time: each step writes the next row (the title block and the header row first)
 * and yields its number, so that the streaming writer can commit it and let the package take it.
 */
export function* plainTableRows(
  ws: ExcelJS.Worksheet,
  summary: PlainSummary,
  table: PlainSummary["tables"][number],
): Generator<number, void, undefined> {
  summary.title.forEach((line, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = line;
    c.font = { ...FONT, bold: i === 0 };
  });
  const headerRow = plainHeaderRow(summary);
  table.header.forEach((h, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = h;
    c.font = { ...FONT, bold: true };
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    c.border = { bottom: { style: "thin" } };
  });
  yield headerRow;
  for (const [r, row] of table.rows.entries()) {
    row.forEach((cell, i) => {
      const c = ws.getCell(headerRow + 1 + r, i + 1);
      c.value = cell.value;
      c.font = FONT;
      c.alignment = { wrapText: cell.format === "text", vertical: "top" };
      if (cell.format === "percent") c.numFmt = "0.0%";
      if (cell.format === "integer") c.numFmt = "0";
    });
    yield headerRow + 1 + r;
  }
}

/** The row of a plain table's header, below the title block and a blank row. */
export function plainHeaderRow(summary: PlainSummary): number {
  return summary.title.length + 2;
}

/**
 * Writes the plain summary as a new workbook: one sheet per table, the title block above each table.
 * Text is written as text (a value starting with "=" stays text: ExcelJS writes strings as strings).
 */
export async function writePlainSummary(summary: PlainSummary): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "chitieu";
  for (const table of summary.tables) {
    const ws = wb.addWorksheet(table.name);
    writePlainTable(ws, summary, table);
    table.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: "frozen", ySplit: plainHeaderRow(summary) }];
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

import { columnLetters } from "../../core/workbook/address";

/**
 * How much one sync may carry. Excel on the web refuses a request or a response above 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); reads are planned to stay below 4 MB.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * Planned response bytes per cell of a used range: its value, value type, number format and formula in JSON,
 * plus a per-cell font object (`{"format":{"font":{"name":"Times New Roman","strikethrough":false}}}`, 64 bytes).
 * The generated agency workbooks (scripts/generate-fixtures.ts) measured 76–86 bytes per cell through the fake
 * Excel before the strikethrough flag (22 bytes more) was asked too; this still leaves room for longer texts and
 * for Excel's own wrapping, and a batch Excel still refuses is halved (`splitBatch`).
 */
export const BYTES_PER_CELL = 160;

/** A sheet's used range, 0-based. */
export type Extent = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

/** Rows of one sheet read in one piece. */
export type Block = Extent & { sheet: number };

/** Blocks read in one sync. */
export type Batch = Block[];

export function estimateBytes(extent: Extent): number {
  return extent.rowCount * extent.columnCount * BYTES_PER_CELL;
}

/**
 * Cuts every sheet's used range into row blocks of at most `budget` estimated bytes, and packs the blocks into
 * batches of at most `budget` together, in sheet order. The number of batches grows with the size of the data
 * divided by the budget, never with the number of sheets.
 */
export function planBatches(extents: readonly Extent[], budget: number): Batch[] {
  const blocks: Block[] = [];
  extents.forEach((extent, sheet) => {
    const rowsPerBlock = Math.max(1, Math.floor(budget / (Math.max(1, extent.columnCount) * BYTES_PER_CELL)));
    for (let first = 0; first < extent.rowCount; first += rowsPerBlock)
      blocks.push({
        sheet,
        rowIndex: extent.rowIndex + first,
        columnIndex: extent.columnIndex,
        rowCount: Math.min(rowsPerBlock, extent.rowCount - first),
        columnCount: extent.columnCount,
      });
  });
  const batches: Batch[] = [];
  let current: Batch = [];
  let bytes = 0;
  for (const block of blocks) {
    const size = estimateBytes(block);
    if (current.length > 0 && bytes + size > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Halves a batch Excel refused as too large: its blocks into two groups, or its only block into two row blocks.
 * @returns null for a single row, which cannot be cut further.
 */
export function splitBatch(batch: Batch): [Batch, Batch] | null {
  if (batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }
  const block = batch[0];
  if (!block || block.rowCount < 2) return null;
  const top = Math.ceil(block.rowCount / 2);
  return [
    [{ ...block, rowCount: top }],
    [{ ...block, rowIndex: block.rowIndex + top, rowCount: block.rowCount - top }],
  ];
}

/** `B3:K120` for a block. */
export function blockAddress(block: Extent): string {
  const first = `${columnLetters(block.columnIndex + 1)}${block.rowIndex + 1}`;
  const last = `${columnLetters(block.columnIndex + block.columnCount)}${block.rowIndex + block.rowCount}`;
  return `${first}:${last}`;
}

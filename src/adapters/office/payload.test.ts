import { blockAddress, BYTES_PER_CELL, estimateBytes, planBatches, splitBatch, type Extent } from "./payload";

const sheet = (rowCount: number, columnCount: number, rowIndex = 0, columnIndex = 0): Extent => ({
  rowIndex,
  columnIndex,
  rowCount,
  columnCount,
});

describe("planBatches", () => {
  test("small sheets share one batch, however many there are", () => {
    const batches = planBatches(
      Array.from({ length: 40 }, () => sheet(30, 10)),
      4_000_000,
    );
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(40);
  });

  test("a large sheet is cut into row blocks that each fit the budget, keeping its columns", () => {
    const budget = 100 * 10 * BYTES_PER_CELL;
    const batches = planBatches([sheet(1000, 10, 4, 2)], budget);
    expect(batches).toHaveLength(10);
    expect(batches.flat().map((b) => [b.rowIndex, b.rowCount, b.columnIndex, b.columnCount])).toEqual(
      Array.from({ length: 10 }, (_, i) => [4 + i * 100, 100, 2, 10]),
    );
    for (const batch of batches)
      expect(batch.reduce((n, b) => n + estimateBytes(b), 0)).toBeLessThanOrEqual(budget);
  });

  test("every row of every sheet is read exactly once", () => {
    const extents = [sheet(333, 7), sheet(1, 1), sheet(250, 40, 9)];
    const blocks = planBatches(extents, 50 * 7 * BYTES_PER_CELL).flat();
    extents.forEach((extent, i) => {
      const rows = blocks
        .filter((b) => b.sheet === i)
        .flatMap((b) => Array.from({ length: b.rowCount }, (_, k) => b.rowIndex + k));
      expect(rows).toEqual(Array.from({ length: extent.rowCount }, (_, k) => extent.rowIndex + k));
    });
  });

  test("a row wider than the budget still gets a block of its own", () => {
    expect(
      planBatches([sheet(3, 16384)], 1000)
        .flat()
        .map((b) => b.rowCount),
    ).toEqual([1, 1, 1]);
  });
});

describe("splitBatch", () => {
  test("halves the blocks of a batch, then the rows of a single block, and gives up at one row", () => {
    const two = planBatches([sheet(10, 2), sheet(10, 2)], Infinity)[0] ?? fail("no batch");
    expect(splitBatch(two)?.map((b) => b.length)).toEqual([1, 1]);
    const one = [{ sheet: 0, ...sheet(5, 2, 10) }];
    expect(splitBatch(one)?.map((b) => b.map((x) => [x.rowIndex, x.rowCount]))).toEqual([
      [[10, 3]],
      [[13, 2]],
    ]);
    expect(splitBatch([{ sheet: 0, ...sheet(1, 2) }])).toBeNull();
  });
});

test("blockAddress gives the A1 range of a block", () => {
  expect(blockAddress(sheet(3, 28, 1, 0))).toBe("A2:AB4");
});

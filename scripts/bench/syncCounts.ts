/**
 * How many `context.sync()` calls writing the summary sheet takes in Excel, counted on the fake Excel of the
 * tests (tests/office/fakeExcel), for a plan of 10 and of 1,000 indicators: the count must not grow with size.
 */
import { writeSummarySheet } from "../../src/adapters/office/writeSummary";
import { createFakeExcel } from "../../tests/office/fakeExcel";
import { syntheticLayout, syntheticWorkbook } from "../../tests/office/support/syntheticLayout";

export async function measureSyncCounts(): Promise<Array<{ indicators: number; syncs: number }>> {
  const out: Array<{ indicators: number; syncs: number }> = [];
  for (const indicators of [10, 1000]) {
    const excel = createFakeExcel(syntheticWorkbook(indicators));
    await writeSummarySheet(excel.context, "Đánh giá", (name) => syntheticLayout(indicators, name), {
      isSetSupported: excel.isSetSupported,
    });
    out.push({ indicators, syncs: excel.fake.syncCount });
  }
  return out;
}

/**
 * The summary sheet's name and how an earlier summary is recognised: one rule for every adapter (the .xlsx copy
 * and the workbook open in Excel), so both pick the same name for the same workbook.
 */
import { SUMMARY_MARKER } from "./buildSummaryLayout";

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

/**
 * The name the summary takes: `preferred`, or when a sheet of the workbook's own holds it (compared without
 * case, as Excel does), `preferred (2)`, `preferred (3)`… cut so that the whole stays within 31 characters.
 * `taken` lists the sheets that stay (an earlier chitieu summary, which is replaced, is not among them).
 * @example summarySheetName("Đánh giá chỉ tiêu", ["Báo cáo", "đánh giá chỉ tiêu"]) // "Đánh giá chỉ tiêu (2)"
 */
export function summarySheetName(preferred: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  let name = preferred;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${preferred.slice(0, 26)} (${n})`;
  return name;
}

/** Whether a cell value is the marker of a summary chitieu wrote (then the sheet is chitieu's to replace). */
export function isSummaryMarker(value: unknown): boolean {
  return typeof value === "string" && value.startsWith(SUMMARY_MARKER);
}

/**
 * A summary layout of any size, built by code: `indicators` rows each with text (some starting with "=", "+",
 * "-", "@"), a number, a formula over a source sheet, a link to that source cell, a note; a merged title,
 * status rules, a data bar, frozen panes, print setup and a chart. For sync counts and failure injection.
 */
import { SUMMARY_MARKER } from "../../../src/core/layout/buildSummaryLayout";
import { styleTable } from "../../../src/core/layout/styles";
import { type LayoutCell, type SummaryLayout } from "../../../src/core/layout/types";
import { type WorkbookSpec } from "../fakeExcel";

export const SOURCE_SHEET = "Số liệu";
export const TRICKY_TEXTS = ["=1+1", "+84 912", "-5%", "@home", "'quoted", "12", "1/2", "TRUE"];

/** The workbook the synthetic layout reads: one source sheet with a value per indicator. */
export function syntheticWorkbook(indicators: number): WorkbookSpec {
  const cells: Record<string, number | string> = { A1: "Chỉ tiêu", B1: "Giá trị" };
  for (let i = 0; i < indicators; i++) {
    cells[`A${i + 2}`] = `Chỉ tiêu ${i + 1}`;
    cells[`B${i + 2}`] = i * 3;
  }
  return { sheets: [{ name: SOURCE_SHEET, cells }] };
}

export function syntheticLayout(indicators: number, sheetName: string): SummaryLayout {
  const cells: LayoutCell[] = [
    { row: 1, col: 1, content: { kind: "text", text: "BẢNG TỔNG HỢP" }, style: "title" },
    { row: 1, col: 2, content: { kind: "empty" }, style: "title" },
    { row: 1, col: 3, content: { kind: "empty" }, style: "title" },
    { row: 1, col: 6, content: { kind: "text", text: `${SUMMARY_MARKER} synthetic` }, style: "marker" },
    { row: 2, col: 1, content: { kind: "text", text: "STT" }, style: "header" },
    { row: 2, col: 2, content: { kind: "text", text: "Chỉ tiêu" }, style: "header" },
    { row: 2, col: 3, content: { kind: "text", text: "Thực hiện" }, style: "header" },
    { row: 2, col: 4, content: { kind: "text", text: "Tỷ lệ" }, style: "header" },
    { row: 2, col: 5, content: { kind: "text", text: "Đánh giá" }, style: "header" },
  ];
  const first = 3;
  const last = first + indicators - 1;
  for (let i = 0; i < indicators; i++) {
    const row = first + i;
    const tricky = TRICKY_TEXTS[i % TRICKY_TEXTS.length] ?? "";
    cells.push(
      { row, col: 1, content: { kind: "number", value: i + 1 }, style: "integer" },
      {
        row,
        col: 2,
        content: { kind: "text", text: i % 3 === 0 ? tricky : `Chỉ tiêu ${i + 1}` },
        style: "text",
      },
      {
        row,
        col: 3,
        content: { kind: "formula", formula: `'${SOURCE_SHEET}'!B${i + 2}`, result: i * 3 },
        style: "integer",
        note: `Ô nguồn B${i + 2}`,
      },
      {
        row,
        col: 4,
        content: { kind: "formula", formula: `IF(C${row}>=10,1,C${row}/10)`, result: null },
        style: "percent",
      },
      {
        row,
        col: 5,
        content: { kind: "text", text: `'${SOURCE_SHEET}'!B${i + 2}` },
        style: "link",
        link: { workbook: null, sheet: SOURCE_SHEET, cell: `B${i + 2}` },
      },
    );
  }
  return {
    sheetName,
    language: "vi",
    mode: "live",
    marker: { row: 1, col: 6, text: `${SUMMARY_MARKER} synthetic` },
    columns: [
      { width: 6 },
      { width: 40 },
      { width: 12 },
      { width: 10 },
      { width: 20 },
      { width: 8, hidden: true },
    ],
    rowHeights: [{ row: 1, height: 24 }],
    cells,
    merges: ["A1:C1"],
    styles: styleTable("Có", "Không"),
    conditionalFormats: [
      { kind: "text-equals", range: `E${first}:E${last}`, text: "Đạt", fill: "C6EFCE", fontColor: "006100" },
      { kind: "data-bar", range: `D${first}:D${last}`, color: "5B9BD5", min: 0, max: 1 },
    ],
    freeze: { rows: 2, cols: 2 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { from: 2, to: 2 },
      area: `A1:E${last}`,
      breaksAfter: [last],
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    },
    indicators: [],
    readings: [],
    chart: {
      kind: "clustered-column",
      title: "Thực hiện",
      anchor: { from: `A${last + 2}`, to: `E${last + 20}` },
      categories: { range: `B${first}:B${last}`, values: [] },
      series: [
        { name: "Thực hiện", range: `C${first}:C${last}`, values: [] },
        { name: "Tỷ lệ", range: `D${first}:D${last}`, values: [] },
      ],
      numFmt: "0%",
    },
  };
}

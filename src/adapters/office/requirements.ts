/**
 * Which Excel API requirement sets the host has, asked at run time. Injected so that tests (and a host that
 * lies) can choose; in Excel it is `Office.context.requirements.isSetSupported`.
 */
export type ApiSupport = (name: string, version: string) => boolean;

/** The running host's answer. Only callable inside Office, where the global `Office` exists. */
export const hostApiSupport: ApiSupport = (name, version) =>
  Office.context.requirements.isSetSupported(name, version);

/** What the adapter can use beyond ExcelApi 1.4 (names of sheets, used ranges, visibility). */
export type Capabilities = {
  /** `NamedItem.formula` (ExcelApi 1.7); otherwise a name's `value` is read. */
  nameFormula: boolean;
  /** `Workbook.protection` (ExcelApi 1.7): a protected structure is seen before anything is written. */
  workbookProtection: boolean;
  /** `Range.getCellProperties` (ExcelApi 1.9): one font name per cell; otherwise one per range, or none if mixed. */
  cellFonts: boolean;
  /** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13); otherwise merged areas are not read. */
  mergedAreas: boolean;
  /**
   * What the summary writer needs at least (ExcelApi 1.7): `Range.hyperlink`, `Worksheet.freezePanes`,
   * `Worksheet.tabColor`, `ChartSeries.setValues`/`setXAxisValues`, `ChartSeriesCollection.add`.
   */
  summarySheet: boolean;
  /** `Chart.plotVisibleOnly` and `ChartAxis.numberFormat` (ExcelApi 1.8): the chart reads hidden columns. */
  chartHiddenCells: boolean;
  /** `Worksheet.pageLayout` and `horizontalPageBreaks` (ExcelApi 1.9): print setup. */
  pageLayout: boolean;
  /** `Worksheet.comments` (ExcelApi 1.10): a cell's note written as a comment. */
  comments: boolean;
  /** `Worksheet.notes` (ExcelApi 1.18): a cell's note written as a note, as the .xlsx copy has it. */
  notes: boolean;
};

export function capabilities(supports: ApiSupport): Capabilities {
  return {
    nameFormula: supports("ExcelApi", "1.7"),
    workbookProtection: supports("ExcelApi", "1.7"),
    cellFonts: supports("ExcelApi", "1.9"),
    mergedAreas: supports("ExcelApi", "1.13"),
    summarySheet: supports("ExcelApi", "1.7"),
    chartHiddenCells: supports("ExcelApi", "1.8"),
    pageLayout: supports("ExcelApi", "1.9"),
    comments: supports("ExcelApi", "1.10"),
    notes: supports("ExcelApi", "1.18"),
  };
}

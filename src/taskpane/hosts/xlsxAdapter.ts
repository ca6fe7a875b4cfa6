/**
 * What browser mode needs of the .xlsx adapter, in one module so that webpack puts it (and ExcelJS, JSZip) in
 * its own chunk, loaded by `import()` only when the pane runs outside Excel.
 */
export { readWorkbook } from "../../adapters/xlsx/readWorkbook";
export { saveMappingCopy } from "../../adapters/xlsx/saveMapping";
export { writeSummaryOutput } from "../../adapters/xlsx/summarySheet/writeSummaryOutput";

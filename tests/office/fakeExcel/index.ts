/**
 * A fake of the Excel JavaScript API (Office.js) for tests of the Office adapter: an in-memory workbook behind
 * proxies that behave like Excel's — properties readable only after `load` + `context.sync()`, writes and method
 * calls queued and applied at `sync()`, `sync()` calls counted, Office-shaped errors (code, message, debugInfo).
 *
 * Scope: `workbook.worksheets` (items, add, getItem, getItemOrNullObject), `Worksheet` (name, visibility incl.
 * VeryHidden, position, names, getRange, getUsedRange, getUsedRangeOrNullObject, delete), `Range` (address,
 * indexes and counts, values, valueTypes, numberFormat, formulas, text, format.font.name, getCellProperties for
 * font names, getMergedAreasOrNullObject, getUsedRangeOrNullObject), `RangeAreas` (address, areaCount, areas),
 * `workbook.names` / `worksheet.names` (add, getItem, getItemOrNullObject, items with name, type, value,
 * formula, visible, scope; delete), `workbook.protection.protected`. For writing a sheet: `worksheets.add`,
 * `Worksheet.name` (rename, references follow), `activate`, `tabColor`, `freezePanes`, `pageLayout`,
 * `horizontalPageBreaks`, `charts.add` (series, title, axis format, plotVisibleOnly), `comments`/`notes.add`;
 * `Range.formulas`/`values` (apostrophe kept as quotePrefix), `numberFormat`, `format` (font, fill, borders,
 * alignment, wrap, columnWidth, rowHeight), `columnHidden`, `merge`, `hyperlink`, `conditionalFormats.add`
 * (CellValue, DataBar). All are recorded in `fake.document`, refused as Excel refuses them (taken names, the last
 * visible sheet, a protected structure or sheet, a set the host lacks), and `fake.failOperation(sync, op)` makes
 * one queued command fail (those before it stay applied). Not modelled: calculation (formulas written read back
 * empty), events, tables, named cell styles.
 */
import { type WorkbookSpec } from "./document";
import { FakeRequestContext } from "./requestContext";

export { type CellSpec, type ExcelValue, type NameSpec, type SheetSpec, type WorkbookSpec } from "./document";
export { FakeOfficeError } from "./officeError";
export { FakeRequestContext } from "./requestContext";

export type FakeExcel = {
  /** The fake itself: its document, sync count, failure switches. */
  fake: FakeRequestContext;
  /** The same object typed as the real API, for the adapter under test. */
  context: Excel.RequestContext;
  /** `Office.context.requirements.isSetSupported` as this host would answer it. */
  isSetSupported: (name: string, version: string) => boolean;
};

export function createFakeExcel(spec: WorkbookSpec): FakeExcel {
  const fake = new FakeRequestContext(spec);
  return {
    fake,
    // The fake models only the part of Excel.RequestContext the adapter uses; the cast is its one entry point.
    context: fake as unknown as Excel.RequestContext,
    isSetSupported: (name, version) => {
      const minor = /^1\.(\d+)$/.exec(version)?.[1];
      return name === "ExcelApi" && minor !== undefined && Number(minor) <= fake.document.apiVersion;
    },
  };
}

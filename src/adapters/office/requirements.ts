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
};

export function capabilities(supports: ApiSupport): Capabilities {
  return {
    nameFormula: supports("ExcelApi", "1.7"),
    workbookProtection: supports("ExcelApi", "1.7"),
    cellFonts: supports("ExcelApi", "1.9"),
    mergedAreas: supports("ExcelApi", "1.13"),
  };
}

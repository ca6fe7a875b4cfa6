import { message } from "../../core/i18n/messages";
import { type DefinedName, type Sheet, type Workbook } from "../../core/workbook/model";
import { definedNamesOf, loadNames } from "./definedNames";
import { isPayloadTooLarge, withOfficeErrors } from "./errors";
import { addCells, stateOf, type RangeReading } from "./excelCells";
import { mergedRangesOf } from "./mergedAreas";
import { blockAddress, PAYLOAD_BUDGET, planBatches, splitBatch, type Batch, type Extent } from "./payload";
import { capabilities, hostApiSupport, type ApiSupport, type Capabilities } from "./requirements";

export type ReadOptions = {
  /** Which requirement sets the host has; default: ask Office (`Office.context.requirements.isSetSupported`). */
  isSetSupported?: ApiSupport;
  /** Planned bytes per sync when a workbook is read in pieces; default 4 MB, below Excel on the web's 5 MB. */
  payloadBudget?: number;
};

/**
 * Reads the open workbook into the core's model, as `readWorkbook` (the xlsx adapter) reads the same file:
 * every sheet's values (a formula's last result), number formats, fonts, merged ranges and visibility, and the
 * defined names. Nothing is written.
 *
 * Two syncs whatever the number of sheets or cells: one for the sheets and names, one for every sheet's used range
 * at once. When Excel refuses that second one as too large (Excel on the web: 5 MB), one more sync measures the
 * used ranges and the data is read in row blocks of about `payloadBudget` bytes, one sync per batch: the count then
 * grows with the data's size, never with the number of sheets or cells.
 *
 * Not read: the workbook's date system (1904-system dates come out four years early: the Office.js API used here
 * does not say which system a workbook uses), fonts of single rich-text runs (Excel gives one font per cell).
 * @throws ExcelApiError when Excel refuses (a cell being edited, an Excel too old, …), with what to do.
 * @example const model = await Excel.run((context) => readWorkbookModel(context, "bao-cao.xlsx"));
 */
export async function readWorkbookModel(
  context: Excel.RequestContext,
  name: string,
  options: ReadOptions = {},
): Promise<Workbook> {
  const can = capabilities(options.isSetSupported ?? hostApiSupport);
  const budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  return withOfficeErrors(message("office.action.read"), () => read(context, name, can, budget));
}

async function read(
  context: Excel.RequestContext,
  name: string,
  can: Capabilities,
  budget: number,
): Promise<Workbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const workbookNames = context.workbook.names;
  loadNames(workbookNames, can);
  await context.sync();
  const sheets = worksheets.items;

  let extras = sheets.map((sheet) => queueExtras(sheet, can));
  const whole = sheets.map((sheet) => queueRange(sheet.getUsedRange(true), can));
  let readings: RangeReading[][];
  try {
    await context.sync();
    readings = whole.map((pending) => [pending()]);
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    // Excel on the web refused the whole workbook at once: measure, then read in pieces.
    extras = sheets.map((sheet) => queueExtras(sheet, can));
    readings = await readInBatches(context, sheets, can, budget);
  }

  const model: Sheet[] = sheets.map((sheet, i) => {
    const rows: Sheet["rows"] = [];
    for (const reading of readings[i] ?? []) addCells(rows, reading);
    const found = extras[i]?.();
    return { name: sheet.name, state: stateOf(sheet.visibility), rows, merges: found?.merges ?? [] };
  });
  const definedNames: DefinedName[] = [
    ...definedNamesOf(workbookNames, can),
    ...extras.flatMap((extra) => extra().names),
  ];
  return { name, sheets: model, definedNames };
}

/** Queues a sheet's merged areas and sheet-scoped names; the returned function reads them after the sync. */
function queueExtras(
  sheet: Excel.Worksheet,
  can: Capabilities,
): () => { merges: string[]; names: DefinedName[] } {
  const merged = can.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const names = sheet.names;
  loadNames(names, can);
  return () => ({
    merges: merged && !merged.isNullObject ? mergedRangesOf(merged.address) : [],
    names: definedNamesOf(names, can),
  });
}

/** Queues everything the model needs of one range; the returned function reads it after the sync. */
function queueRange(range: Excel.Range, can: Capabilities): () => RangeReading {
  range.load("rowIndex,columnIndex,values,valueTypes,numberFormat,formulas");
  const cellProperties = can.cellFonts
    ? range.getCellProperties({ format: { font: { name: true, strikethrough: true } } })
    : undefined;
  const font = can.cellFonts ? undefined : range.format.font;
  font?.load("name,strikethrough");
  return () => {
    const values: unknown[][] = range.values;
    const valueTypes: unknown[][] = range.valueTypes;
    const numberFormat: unknown[][] = range.numberFormat;
    const formulas: unknown[][] = range.formulas;
    const fonts: RangeReading["fonts"] = cellProperties
      ? cellProperties.value.map((line) => line.map((cell) => cell.format?.font?.name))
      : (font?.name ?? null);
    const struck: RangeReading["struck"] = cellProperties
      ? cellProperties.value.map((line) => line.map((cell) => cell.format?.font?.strikethrough))
      : (font?.strikethrough ?? null);
    return {
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      values,
      valueTypes,
      numberFormat,
      formulas,
      fonts,
      struck,
    };
  };
}

/**
 * Reads every sheet's used range in row blocks, one sync per batch of about `budget` bytes (Excel on the web
 * refuses more than 5 MB per request or response). A batch Excel still refuses is halved and read again.
 */
async function readInBatches(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  can: Capabilities,
  budget: number,
): Promise<RangeReading[][]> {
  const used = sheets.map((sheet) =>
    sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  await context.sync();
  const extents: Extent[] = used.map((range) => ({
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  }));

  const readings: RangeReading[][] = sheets.map(() => []);
  const queue: Batch[] = planBatches(extents, budget);
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    const pending = batch.map((block) => {
      const sheet = sheets[block.sheet];
      if (!sheet) throw new Error(`no sheet ${block.sheet}`);
      return { block, read: queueRange(sheet.getRange(blockAddress(block)), can) };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of ~4 MB is the point: Excel on the web refuses larger ones; the count follows the data's size, not sheets or cells.
      await context.sync();
    } catch (e) {
      const halves = isPayloadTooLarge(e) ? splitBatch(batch) : null;
      if (!halves) throw e;
      queue.unshift(...halves);
      continue;
    }
    for (const { block, read } of pending) readings[block.sheet]?.push(read());
  }
  return readings;
}

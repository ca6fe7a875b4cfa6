import { WorkbookError } from "../../core/errors";
import { message, type Message } from "../../core/i18n/messages";
import {
  buildSavedMapping,
  isMappingName,
  isMetaMarker,
  META_MARKER,
  META_SHEET_NAME,
  readSavedMapping,
  type SavedMapping,
} from "../../core/mapping/persisted";
import { type MappingEntry } from "../../core/mapping/schema";
import { type Plan } from "../../core/plan/schema";
import { type Sheet } from "../../core/workbook/model";
import { definedNamesOf, loadNames } from "./definedNames";
import { ExcelApiError, withOfficeErrors } from "./errors";
import { addCells, stateOf } from "./excelCells";
import { capabilities, hostApiSupport, type ApiSupport } from "./requirements";

export type SaveMeta = { savedBy: string; savedAt: string };

export type StoreOptions = {
  /** Which requirement sets the host has; default: ask Office (`Office.context.requirements.isSetSupported`). */
  isSetSupported?: ApiSupport;
};

/**
 * Saves a mapping into the open workbook in the format of docs/adr/0006-mapping-inside-the-workbook.md, the same
 * the xlsx adapter writes (`buildSavedMapping`): every earlier `chitieu.` name (workbook- or sheet-scoped, any
 * case) and every sheet whose A1 holds the marker are removed; one workbook-scoped name per entry and a very hidden
 * `chitieu_meta` sheet (A1 the marker, A2… the JSON, column A formatted as Text first so Excel keeps each chunk as
 * typed) are added. Three syncs: sheets, names and protection; the sheets' A1; the changes. Nothing is written
 * before the checks pass; Excel applies the last batch in order and does not roll it back if it fails halfway
 * (sheets go first, so the earlier mapping's names survive a refused sheet).
 * @throws MappingError (from the core) for entries the plan does not know, before anything is read;
 * WorkbookError "saveMapping.metaSheetTaken" when a sheet of the workbook's own is called `chitieu_meta`;
 * ExcelApiError when Excel refuses (protected structure, a cell being edited, …).
 * @example await Excel.run((context) => saveMapping(context, plan, entries, { savedBy: "chitieu 0.1", savedAt: new Date().toISOString() }));
 */
export async function saveMapping(
  context: Excel.RequestContext,
  plan: Plan,
  entries: readonly MappingEntry[],
  meta: SaveMeta,
  options: StoreOptions = {},
): Promise<{ names: number }> {
  const toWrite = buildSavedMapping(plan, entries, meta);
  const can = capabilities(options.isSetSupported ?? hostApiSupport);
  const action = message("office.action.saveMapping");
  return withOfficeErrors(action, async () => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    const workbookNames = context.workbook.names;
    workbookNames.load("items/name");
    const protection = can.workbookProtection ? context.workbook.protection : undefined;
    protection?.load("protected");
    await context.sync();
    // A protected structure refuses the new sheet: say so before anything is changed, not halfway.
    if (protection?.protected) throw structureProtected(action);

    const sheets = worksheets.items;
    const firstCells = sheets.map((sheet) => sheet.getRange("A1").load("values"));
    const sheetNames = sheets.map((sheet) => sheet.names.load("items/name"));
    await context.sync();

    const isMarked = sheets.map((_, i) => isMetaMarker(firstValue(firstCells[i])));
    const marked = sheets.filter((_, i) => isMarked[i]);
    const taken = sheets.find((s, i) => s.name.toLowerCase() === META_SHEET_NAME && !isMarked[i]);
    if (taken)
      throw new WorkbookError(
        "saveMapping.metaSheetTaken",
        message("saveMapping.metaSheetTaken", { sheet: taken.name }),
      );

    // The sheets first: if Excel refuses them, the names of the earlier mapping are still there.
    for (const sheet of marked) {
      // Excel refuses to delete a very hidden sheet.
      if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
      sheet.delete();
    }
    const texts = [META_MARKER, ...toWrite.metaChunks];
    const metaSheet = context.workbook.worksheets.add(META_SHEET_NAME);
    const column = metaSheet.getRange(`A1:A${texts.length}`);
    column.numberFormat = texts.map(() => ["@"]);
    column.values = texts.map((text) => [text]);
    metaSheet.visibility = "VeryHidden";
    // Names scoped to a deleted meta sheet went with it.
    const kept = sheetNames.filter((_, i) => !isMarked[i]);
    for (const item of [...workbookNames.items, ...kept.flatMap((names) => names.items)])
      if (isMappingName(item.name)) item.delete();
    for (const { name, ref } of toWrite.names) context.workbook.names.add(name, `=${ref}`);
    await context.sync();
    return { names: toWrite.names.length };
  });
}

/**
 * The mapping saved in the open workbook, read exactly as the CLI reads it from a file (`readSavedMapping`), with
 * `workbookName` as the entries' `workbook`. Reads only what the format needs: the names, each sheet's A1, and
 * column A of the marked sheets. Two syncs, three when a meta sheet exists.
 * @returns null when the workbook holds no saved mapping.
 * @throws ExcelApiError when Excel refuses.
 */
export async function loadMapping(
  context: Excel.RequestContext,
  plan: Plan,
  workbookName: string,
  options: StoreOptions = {},
): Promise<SavedMapping | null> {
  const can = capabilities(options.isSetSupported ?? hostApiSupport);
  return withOfficeErrors(message("office.action.loadMapping"), async () => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    const workbookNames = context.workbook.names;
    loadNames(workbookNames, can);
    await context.sync();

    const sheets = worksheets.items;
    const firstCells = sheets.map((sheet) => sheet.getRange("A1").load("values"));
    const sheetNames = sheets.map((sheet) => {
      const names = sheet.names;
      loadNames(names, can);
      return names;
    });
    await context.sync();

    const marked = sheets.filter((_, i) => isMetaMarker(firstValue(firstCells[i])));
    const columns = marked.map((sheet) =>
      sheet
        .getRange("A:A")
        .getUsedRangeOrNullObject(true)
        .load("rowIndex,columnIndex,values,valueTypes,numberFormat,formulas"),
    );
    if (marked.length > 0) await context.sync();

    const metaSheets: Sheet[] = marked.map((sheet, i) => {
      const rows: Sheet["rows"] = [];
      const column = columns[i];
      if (column && !column.isNullObject) {
        const values: unknown[][] = column.values;
        const valueTypes: unknown[][] = column.valueTypes;
        const numberFormat: unknown[][] = column.numberFormat;
        const formulas: unknown[][] = column.formulas;
        addCells(rows, {
          rowIndex: column.rowIndex,
          columnIndex: column.columnIndex,
          values,
          valueTypes,
          numberFormat,
          formulas,
          fonts: null,
        });
      }
      return { name: sheet.name, state: stateOf(sheet.visibility), rows, merges: [] };
    });
    const definedNames = [
      ...definedNamesOf(workbookNames, can),
      ...sheetNames.flatMap((names) => definedNamesOf(names, can)),
    ];
    return readSavedMapping({ name: workbookName, sheets: metaSheets, definedNames }, plan);
  });
}

function structureProtected(action: Message): ExcelApiError {
  const detail = { vi: "cấu trúc sổ tính đang được bảo vệ", en: "the workbook's structure is protected" };
  const text = (lang: "vi" | "en") =>
    message("office.accessDenied", { action: action[lang], detail: detail[lang] })[lang];
  return new ExcelApiError("office.accessDenied", { vi: text("vi"), en: text("en") }, "AccessDenied");
}

/** A1's text, the only kind of value a marker can be. */
function firstValue(range: Excel.Range | undefined): string | null {
  const values: unknown[][] | undefined = range?.values;
  const value = values?.[0]?.[0];
  return typeof value === "string" ? value : null;
}

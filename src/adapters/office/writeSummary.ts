/**
 * The summary sheet written into the workbook open in Excel, from the same SummaryLayout the .xlsx copy is
 * written from (src/adapters/xlsx/summarySheet/writeSummary.ts), so both show the same table.
 */
import { message, type Message } from "../../core/i18n/messages";
import { summarySheetName } from "../../core/layout/sheetName";
import { type SummaryLayout } from "../../core/layout/types";
import { withOfficeErrors } from "./errors";
import { capabilities, hostApiSupport, type ApiSupport, type Capabilities } from "./requirements";
import { excelTooOld, structureProtected } from "./summary/refusals";
import { dropBuild, hasMarker, recoverSwap, temporaryName } from "./summary/swap";
import { queueCells } from "./summary/writeCells";
import { queueSheetSetup } from "./summary/writeSheetSetup";

export type WriteSummaryOptions = {
  /** Which requirement sets the host has; default: ask Office (`Office.context.requirements.isSetSupported`). */
  isSetSupported?: ApiSupport;
};

/** Queues a new sheet `name` holding the whole layout; nothing is synced. */
function queueBuild(
  context: Excel.RequestContext,
  name: string,
  layout: SummaryLayout,
  can: Capabilities,
): { sheet: Excel.Worksheet; warnings: Message[] } {
  const sheet = context.workbook.worksheets.add(name);
  const warnings = [...queueCells(sheet, layout, can), ...queueSheetSetup(sheet, layout, can)];
  return { sheet, warnings };
}

/**
 * Writes the summary sheet into the open workbook: values, formulas (live over the agencies' cells), text kept
 * as text whatever it starts with, number formats, fonts, fills, borders, merges, widths, hidden columns, row
 * heights, links to the source cells, notes (ExcelApi 1.18 notes, else 1.10 comments, else a warning),
 * conditional formats, frozen panes, print setup (ExcelApi 1.9, else a warning), the chart (ExcelApi 1.8, else
 * a warning); then activates it.
 *
 * Build, then swap: the complete sheet is built under a temporary name, then the earlier chitieu summary (any
 * sheet whose first row holds the marker, whatever its name) is deleted and the new sheet takes its name. A
 * sheet of the person's own named `baseName` is never touched: the summary takes another name
 * (`summarySheetName`, the rule the .xlsx copy follows) and a warning says so. `layoutFor` is called with the
 * final name (the sheet's links to itself name it).
 *
 * Three syncs whatever the size of the plan or the workbook: (1) the sheets and the workbook's protection;
 * (2) every sheet's first row and the whole new sheet; (3) the swap and activation. If Excel refuses the build,
 * the half-built sheet is deleted in one more sync and the workbook is as it was; if it refuses the swap, one
 * read and one fix put the earlier summary back or, if it is already gone, finish the swap.
 * @throws ExcelApiError "office.accessDenied" when the workbook's structure is protected, and
 * "office.apiNotFound" before ExcelApi 1.7, both before anything is written; ExcelApiError for whatever else
 * Excel refuses (a cell being edited, …).
 * @example await Excel.run((context) => writeSummarySheet(context, "Đánh giá chỉ tiêu", (name) => buildSummaryLayout(plan, report, sources, { language: "vi", generatedOn, host, sheetName: name })));
 */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  baseName: string,
  layoutFor: (sheetName: string) => SummaryLayout,
  options?: { isSetSupported?: ApiSupport },
): Promise<{ sheetName: string; warnings: Message[] }> {
  const can = capabilities(options?.isSetSupported ?? hostApiSupport);
  const action = message("office.action.writeSummary");
  return withOfficeErrors(action, async () => {
    if (!can.summarySheet) throw excelTooOld(action);

    // 1. The sheets, and whether the structure may change at all.
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    const protection = context.workbook.protection;
    protection.load("protected");
    await context.sync();
    if (protection.protected) throw structureProtected(action);
    const sheets = worksheets.items;
    const names = sheets.map((s) => s.name);

    // 2. Every sheet's first row (the marker) and the new sheet, under a temporary name. The final name is the
    // base name unless a sheet of the person's own holds it; a sheet so named is taken to be an earlier
    // summary until its marker says otherwise (then step 3 builds again under the right name).
    const firstRows = sheets.map((s) => s.getRange("1:1").getUsedRangeOrNullObject(true).load("values"));
    const temp = temporaryName(names);
    const guess = summarySheetName(
      baseName,
      names.filter((n) => n.toLowerCase() !== baseName.toLowerCase()),
    );
    let built = queueBuild(context, temp, layoutFor(guess), can);
    try {
      await context.sync();
    } catch (e) {
      await dropBuild(context, temp);
      throw e;
    }

    // 3. The swap: earlier summaries out, the new sheet under its name, shown.
    const isEarlier = firstRows.map(hasMarker);
    const earlier = sheets.filter((_, i) => isEarlier[i]);
    const sheetName = summarySheetName(
      baseName,
      sheets.filter((_, i) => !isEarlier[i]).map((s) => s.name),
    );
    if (sheetName !== guess) {
      built.sheet.delete();
      built = queueBuild(context, temp, layoutFor(sheetName), can);
    }
    for (const sheet of earlier) {
      // Excel refuses to delete a very hidden sheet.
      if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
      sheet.delete();
    }
    built.sheet.name = sheetName;
    built.sheet.activate();
    try {
      await context.sync();
    } catch (e) {
      await recoverSwap(
        context,
        temp,
        earlier.map((s) => s.name),
        sheetName,
      );
      throw e;
    }

    const warnings =
      sheetName === baseName
        ? built.warnings
        : [message("layout.userSheetKept", { sheet: baseName, name: sheetName }), ...built.warnings];
    return { sheetName, warnings };
  });
}

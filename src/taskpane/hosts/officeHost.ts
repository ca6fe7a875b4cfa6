/**
 * The WorkbookHost of the pane and the ribbon command inside Excel: the Office.js adapter (src/adapters/office)
 * behind the app layer's port. The only file of the pane that names `Excel`.
 */
import { withOfficeErrors } from "../../adapters/office/errors";
import { saveMapping } from "../../adapters/office/mappingStore";
import { readWorkbookModel } from "../../adapters/office/readWorkbookModel";
import { type ApiSupport } from "../../adapters/office/requirements";
import { writeSummarySheet } from "../../adapters/office/writeSummary";
import { message } from "../../core/i18n/messages";
import { buildSummaryLayout } from "../../core/layout/buildSummaryLayout";
import { label } from "../../core/summary/format";
import { parseCellText } from "../../app/cellAddress";
import { type ExcelHost } from "../../app/host";

export type OfficeHostOptions = {
  /** The open workbook's file name: the `workbook` of its mapping entries. */
  workbookName: string;
  /** Default: Office's own answer. */
  isSetSupported?: ApiSupport;
  /** Who saves a mapping, as the meta sheet records it. */
  savedBy?: string;
  /** Default: `Excel.run`. */
  run?: <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
};

/** The open workbook's name from its URL (`…/Báo cáo.xlsx` → `Báo cáo.xlsx`), or a stand-in when unsaved. */
export function workbookNameFromUrl(url: string | null | undefined): string {
  const last = (url ?? "").split(/[\\/]/).pop() ?? "";
  let name = last.split("?")[0] ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // A name with a stray % is kept as written.
  }
  return name || "workbook.xlsx";
}

/** @example const host = createOfficeHost({ workbookName: workbookNameFromUrl(Office.context.document.url) }); */
export function createOfficeHost(options: OfficeHostOptions): ExcelHost {
  const name = options.workbookName;
  const run = options.run ?? (<T>(work: (context: Excel.RequestContext) => Promise<T>) => Excel.run(work));
  const api = options.isSetSupported ? { isSetSupported: options.isSetSupported } : {};
  return {
    kind: "excel",
    async readModels() {
      const model = await withOfficeErrors(message("office.action.read"), () =>
        run((context) => readWorkbookModel(context, name, api)),
      );
      return [model];
    },
    async saveMapping(plan, workbook, entries) {
      const meta = { savedBy: options.savedBy ?? "chitieu 0.1.0 (Excel)", savedAt: new Date().toISOString() };
      const saved = await withOfficeErrors(message("office.action.saveMapping"), () =>
        run((context) => saveMapping(context, plan, entries, meta, api)),
      );
      return { workbook, names: saved.names, warnings: [] };
    },
    async writeSummary(request) {
      const layoutFor = (sheetName: string) =>
        buildSummaryLayout(
          request.plan,
          request.report,
          { observations: request.observations, workbooks: request.workbooks },
          {
            language: request.language,
            generatedOn: request.generatedOn,
            host: name,
            baselines: request.baselines,
            sheetName,
          },
        );
      return withOfficeErrors(message("app.action.writeSummary"), () =>
        run(async (context) => {
          // writeSummarySheet activates the new sheet itself.
          const written = await writeSummarySheet(
            context,
            label("layout.sheetName", request.language),
            layoutFor,
            api,
          );
          return { sheetName: written.sheetName, live: true, warnings: written.warnings };
        }),
      );
    },
    async selectCell(at) {
      await withOfficeErrors(message("app.action.selectCell"), () =>
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(at.sheet);
          sheet.activate();
          sheet.getRange(at.cell).select();
          await context.sync();
        }),
      );
    },
    async selectedCell() {
      const address = await withOfficeErrors(message("app.action.selectCell"), () =>
        run(async (context) => {
          const range = context.workbook.getSelectedRange();
          range.load("address");
          await context.sync();
          return range.address;
        }),
      );
      const parsed = parseCellText(address);
      return parsed ? { workbook: name, ...parsed } : null;
    },
  };
}

/**
 * The WorkbookHost of browser mode (no Excel): .xlsx files the person opens, held in memory and read, saved and
 * summarised with the .xlsx adapter — the same code as `chitieu map --save` and `chitieu summarize -o`, so the
 * workbook offered for download is the one the CLI writes for the same file and mapping. The adapter (ExcelJS)
 * is loaded on first use through `import()`: never in Excel.
 */
import { type Language } from "../../core/i18n/messages";
import { label } from "../../core/summary/format";
import { type Workbook } from "../../core/workbook/model";
import { type BrowserHost, type CellPosition, type OpenedFile } from "../../app/host";

export type XlsxAdapter = typeof import("./xlsxAdapter");

type OpenWorkbook = { name: string; bytes: Uint8Array; model: Workbook };

export type BrowserHostOptions = {
  /** Default: the adapter's own chunk. */
  loadAdapter?: () => Promise<XlsxAdapter>;
  savedBy?: string;
  now?: () => Date;
};

const loadXlsxAdapter = (): Promise<XlsxAdapter> => import(/* webpackChunkName: "xlsx" */ "./xlsxAdapter");

/** The download's name: `bao-cao.xlsx` → `bao-cao-tong-hop.xlsx` (`-summary` in English). */
export function summaryFileName(workbooks: readonly { name: string }[], language: Language): string {
  const suffix = language === "vi" ? "tong-hop" : "summary";
  const first = workbooks[0]?.name.replace(/\.xlsx$/i, "");
  return workbooks.length === 1 && first ? `${first}-${suffix}.xlsx` : `chitieu-${suffix}.xlsx`;
}

export function createBrowserHost(options: BrowserHostOptions = {}): BrowserHost {
  const load = options.loadAdapter ?? loadXlsxAdapter;
  const now = options.now ?? (() => new Date());
  let open: OpenWorkbook[] = [];
  let selected: CellPosition | null = null;

  const find = (name: string): OpenWorkbook => {
    const wb = open.find((w) => w.name === name);
    if (!wb) throw new Error(`no open workbook "${name}"`);
    return wb;
  };

  return {
    kind: "browser",
    async open(files: readonly OpenedFile[]) {
      const adapter = await load();
      const next: OpenWorkbook[] = [];
      for (const file of files) {
        const model = await adapter.readWorkbook(file.bytes, file.name);
        next.push({ name: file.name, bytes: file.bytes, model });
      }
      open = next;
      selected = null;
      return open.map((w) => w.model);
    },
    readModels() {
      return Promise.resolve(open.map((w) => w.model));
    },
    async saveMapping(plan, workbook, entries) {
      const adapter = await load();
      const wb = find(workbook);
      const { bytes, warnings } = await adapter.saveMappingCopy(
        wb.bytes,
        plan,
        [...entries],
        { savedBy: options.savedBy ?? "chitieu 0.1.0 (trình duyệt)", savedAt: now().toISOString() },
        wb.name,
      );
      const model = await adapter.readWorkbook(bytes, wb.name);
      open = open.map((w) => (w.name === workbook ? { name: w.name, bytes, model } : w));
      return { workbook, names: entries.length, warnings };
    },
    async writeSummary(request) {
      const adapter = await load();
      const output = await adapter.writeSummaryOutput({
        ...request,
        bytesOf: (name) => Promise.resolve(find(name).bytes),
      });
      return {
        sheetName: label("layout.sheetName", request.language),
        live: output.live,
        warnings: output.warnings,
        download: { fileName: summaryFileName(open, request.language), bytes: output.bytes },
      };
    },
    selectCell(at) {
      selected = at;
      return Promise.resolve();
    },
    selectedCell() {
      return Promise.resolve(selected);
    },
  };
}

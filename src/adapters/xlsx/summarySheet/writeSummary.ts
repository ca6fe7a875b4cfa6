/**
 * The .xlsx side of the summary sheet (docs/summary-sheet.md):
 * - addSummaryToCopy: a COPY of one input workbook with the summary added, live formulas over its cells. An
 *   earlier summary (recognised by its marker cell, whatever its name) is replaced; a user's own sheet of
 *   the same name is kept and the summary takes another name. The agencies' sheets are not touched, and the
 *   workbook's defined names are carried over from the original XML. When ExcelJS would lose parts of the
 *   workbook (charts, pivots, shapes…), nothing is written and the loss is returned: write a separate
 *   workbook instead.
 * - writeSummaryWorkbook: a new workbook with the summary (values and links to the source files) first,
 *   followed by the plain tables.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookError } from "../../../core/errors";
import { message, type Message } from "../../../core/i18n/messages";
import { isSummaryMarker, summarySheetName } from "../../../core/layout/sheetName";
import { type SummaryLayout } from "../../../core/layout/types";
import { type PlainSummary } from "../../../core/summary/plainTables";
import { writePlainSummary } from "../writePlainSummary";
import { sniffFormat } from "../readWorkbook";
import { applyLayout } from "./applyLayout";
import { addChart } from "./chart";
import { carryDefinedNames } from "./definedNames";
import { fixHyperlinks } from "./hyperlinks";
import { type Lost, lostParts, sheetParts } from "./packageParts";
import { streamValuesPackage } from "./streamValues";

export type CopyResult =
  | { kind: "written"; bytes: Uint8Array; layout: SummaryLayout; warnings: Message[] }
  | { kind: "would-lose"; lost: Lost[] };

/** Whether a worksheet is a summary chitieu wrote: a cell of its first row holds the marker. */
export function isSummarySheet(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  ws.getRow(1).eachCell((c) => {
    if (isSummaryMarker(c.value)) found = true;
  });
  return found;
}

async function finish(wb: ExcelJS.Workbook, sheetName: string): Promise<JSZip> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = (await sheetParts(zip)).find((s) => s.name === sheetName)?.part;
  if (part) await fixHyperlinks(zip, part);
  return zip;
}

/** The layout's chart, which ExcelJS cannot write, added to the saved package (chart.ts). */
async function withChart(zip: JSZip, layout: SummaryLayout): Promise<JSZip> {
  const part = (await sheetParts(zip)).find((s) => s.name === layout.sheetName)?.part;
  if (part && layout.chart) await addChart(zip, part, layout.sheetName, layout.chart);
  return zip;
}

const bytesOf = (zip: JSZip) =>
  zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });

/**
 * @param build makes the layout once the sheet's name is known (its links point at the sheet itself).
 * @throws WorkbookError for bytes that are not a readable .xlsx.
 */
export async function addSummaryToCopy(
  input: Uint8Array,
  fileName: string,
  preferredName: string,
  build: (sheetName: string) => SummaryLayout,
): Promise<CopyResult> {
  if (sniffFormat(input) !== "zip")
    throw new WorkbookError("file.notXlsx", message("file.notXlsx", { path: fileName, detail: "not .xlsx" }));
  const original = await JSZip.loadAsync(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ArrayBuffer);

  const replaced: string[] = [];
  for (const ws of [...wb.worksheets])
    if (isSummarySheet(ws)) {
      replaced.push(ws.name);
      wb.removeWorksheet(ws.id);
    }
  const name = summarySheetName(
    preferredName,
    wb.worksheets.map((ws) => ws.name),
  );
  const warnings: Message[] =
    name === preferredName ? [] : [message("layout.userSheetKept", { sheet: preferredName, name })];

  const layout = build(name);
  const ws = wb.addWorksheet(name, { properties: { tabColor: { argb: "FF1F4E79" } } });
  applyLayout(ws, layout);
  wb.calcProperties.fullCalcOnLoad = true;
  const index = wb.worksheets.findIndex((w) => w.name === name);
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" },
  ];
  for (const other of wb.worksheets)
    if (other.name !== name)
      for (const v of other.views ?? []) (v as { tabSelected?: boolean }).tabSelected = false;

  const zip = await finish(wb, name);
  const lost = await lostParts(original, zip, replaced);
  if (lost.length > 0) return { kind: "would-lose", lost };
  await withChart(zip, layout);
  await carryDefinedNames(original, zip, replaced, name);
  return { kind: "written", bytes: await bytesOf(zip), layout, warnings };
}

/**
 * A new workbook: the summary (in values mode) as its first sheet, then the plain tables. Written row by row
 * through ExcelJS's streaming writer where there is one (Node, streamValues.ts: the package is finished as it
 * is written, never read back), otherwise (the browser) as one ExcelJS workbook; the two files are the same
 * cell for cell.
 */
export async function writeSummaryWorkbook(layout: SummaryLayout, plain: PlainSummary): Promise<Uint8Array> {
  return (await streamValuesPackage(layout, plain)) ?? writeSummaryWorkbookInMemory(layout, plain);
}

/** writeSummaryWorkbook with the whole workbook held as ExcelJS objects (the browser; the tests' reference). */
export async function writeSummaryWorkbookInMemory(
  layout: SummaryLayout,
  plain: PlainSummary,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writePlainSummary(plain)) as unknown as ArrayBuffer);
  const ws = wb.addWorksheet(layout.sheetName, { properties: { tabColor: { argb: "FF1F4E79" } } });
  (ws as unknown as { orderNo: number }).orderNo = -1; // first tab (ExcelJS orders sheets by orderNo)
  applyLayout(ws, layout);
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  return bytesOf(await withChart(await finish(wb, layout.sheetName), layout));
}

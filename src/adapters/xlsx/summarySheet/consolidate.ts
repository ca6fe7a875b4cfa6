/**
 * The consolidated workbook (docs/summary-sheet.md): when the figures come from several workbooks, one new
 * file holding the live summary sheet first, then a copy of each agency's sheets the mapping uses; the
 * summary's formulas point at the copies. One file survives email, where links to other files do not.
 *
 * Refused (the caller writes the values workbook instead) when ExcelJS cannot copy a used sheet faithfully,
 * or when the inputs are too many or too large (CONSOLIDATE_LIMITS). Input bytes are read one at a time.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { message, type Message } from "../../../core/i18n/messages";
import { type SheetCopy } from "../../../core/layout/consolidatedSources";
import { type SummaryLayout } from "../../../core/layout/types";
import { escapeXml } from "../xml";
import { applyLayout } from "./applyLayout";
import { addChart } from "./chart";
import { sheetNames } from "./definedNames";
import { fixHyperlinks } from "./hyperlinks";
import { type CopiedName, copyInput } from "./consolidateInput";
import { type Lost, SHEET_FEATURE_NAMES, sheetCounts, sheetParts, text } from "./packageParts";

/**
 * More inputs than a province gathers in one report (it has a handful of agencies), or more XML than ExcelJS
 * holds comfortably in memory at once: ExcelJS keeps the whole output as objects, roughly 20 times the
 * unpacked XML, so 50 MB of sheets is about 1 GB of memory; a file that big is also past what mail accepts
 * (25 MB attachments) and slow to recalculate on an office PC.
 */
export const CONSOLIDATE_LIMITS = { workbooks: 50, unpackedMegabytes: 50 };

export type ConsolidateArgs = {
  /** The input workbooks holding mapped cells, each with the sheets the mapping uses, in input order. */
  used: ReadonlyArray<{ workbook: string; sheets: ReadonlySet<string> }>;
  bytesOf: (workbook: string) => Promise<Uint8Array>;
  /** The summary sheet's name. */
  sheetName: string;
  /** Makes the layout once the copies are known (its formulas point at them). */
  build: (copies: readonly SheetCopy[]) => SummaryLayout;
};

export type ConsolidateResult =
  | { kind: "written"; bytes: Uint8Array; layout: SummaryLayout; copies: SheetCopy[] }
  | { kind: "refused"; warning: Message };

/** The size of a .xlsx once unpacked, from its zip directory (the bytes' length if it has none). */
export function unpackedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
      if (view.getUint32(at, true) !== 0x02014b50) break;
      total += view.getUint32(at + 24, true);
      at +=
        46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return bytes.length;
}

const joined = (lost: readonly Lost[], lang: "vi" | "en") => lost.map((l) => l[lang]).join("; ");

function lostWarning(workbook: string, lost: readonly Lost[]): Message {
  return {
    vi: message("layout.consolidateLost", { workbook, parts: joined(lost, "vi") }).vi,
    en: message("layout.consolidateLost", { workbook, parts: joined(lost, "en") }).en,
  };
}

/** The copies' defined names, local to each copy, added to what ExcelJS wrote (the print areas and titles). */
async function addNames(zip: JSZip, names: readonly CopiedName[]): Promise<void> {
  if (names.length === 0) return;
  const path = "xl/workbook.xml";
  const xml = await text(zip, path);
  const order = sheetNames(xml);
  const added = names
    .map((n) => {
      const hidden = n.hidden ? ` hidden="1"` : "";
      return `<definedName name="${escapeXml(n.name)}" localSheetId="${order.indexOf(n.scope)}"${hidden}>${n.body}</definedName>`;
    })
    .join("");
  const next = /<\/definedNames>/.test(xml)
    ? xml.replace(/<\/definedNames>/, () => `${added}</definedNames>`)
    : xml.replace(/<\/(?:[\w.-]+:)?sheets>/, (end) => `${end}<definedNames>${added}</definedNames>`);
  zip.file(path, next);
}

/**
 * @throws WorkbookError (from ExcelJS's reading, as readWorkbook would) for an input that is not a readable .xlsx.
 */
export async function writeConsolidated(a: ConsolidateArgs): Promise<ConsolidateResult> {
  const limits = CONSOLIDATE_LIMITS;
  if (a.used.length > limits.workbooks)
    return {
      kind: "refused",
      warning: message("layout.consolidateTooMany", { count: a.used.length, limit: limits.workbooks }),
    };
  const out = new ExcelJS.Workbook();
  const summary = out.addWorksheet(a.sheetName, { properties: { tabColor: { argb: "FF1F4E79" } } });
  const copies: SheetCopy[] = [];
  const names: CopiedName[] = [];
  const was = new Map<string, { workbook: string; counts: number[] }>();
  let size = 0;
  for (const input of a.used) {
    const bytes = await a.bytesOf(input.workbook);
    size += unpackedSize(bytes);
    if (size > limits.unpackedMegabytes * 1024 * 1024)
      return {
        kind: "refused",
        warning: message("layout.consolidateTooLarge", {
          size: `≥ ${Math.ceil(size / 1024 / 1024)}`,
          limit: limits.unpackedMegabytes,
        }),
      };
    const taken = out.worksheets.map((w) => w.name);
    const copied = await copyInput(out, input.workbook, bytes, input.sheets, taken);
    if (copied.kind === "lost") return { kind: "refused", warning: lostWarning(input.workbook, copied.lost) };
    copies.push(...copied.copies);
    names.push(...copied.names);
    for (const [copy, counts] of copied.was) was.set(copy, { workbook: input.workbook, counts });
  }

  const layout = a.build(copies);
  applyLayout(summary, layout);
  out.calcProperties.fullCalcOnLoad = true;
  out.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];

  const zip = await JSZip.loadAsync(await out.xlsx.writeBuffer());
  const parts = await sheetParts(zip);
  // What ExcelJS wrote for each copy against what the input had: merges, links, rules, validation, notes…
  for (const [copy, before] of was) {
    const now = await sheetCounts(zip, parts.find((p) => p.name === copy)?.part ?? "");
    const lost = SHEET_FEATURE_NAMES.flatMap((f, i) => {
      const n = (before.counts[i] ?? 0) - (now[i] ?? 0);
      return n > 0 ? [{ vi: `${f.vi} (${n})`, en: `${f.en} (${n})` }] : [];
    });
    if (lost.length > 0) return { kind: "refused", warning: lostWarning(before.workbook, lost) };
  }
  const own = parts.find((p) => p.name === layout.sheetName)?.part;
  if (own) {
    await fixHyperlinks(zip, own);
    if (layout.chart) await addChart(zip, own, layout.sheetName, layout.chart);
  }
  await addNames(zip, names);
  const bytes = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { kind: "written", bytes, layout, copies };
}

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookError } from "../../core/errors";
import { message, type Message } from "../../core/i18n/messages";
import {
  buildSavedMapping,
  isMappingName,
  isMetaMarker,
  META_MARKER,
  META_SHEET_NAME,
  type MappingToWrite,
} from "../../core/mapping/persisted";
import { type MappingEntry } from "../../core/mapping/schema";
import { type Plan } from "../../core/plan/schema";
import { sniffFormat } from "./readWorkbook";
import { escapeXml, unescapeXml } from "./xml";

/**
 * Writes a mapping into a COPY of a workbook (docs/adr/0006-mapping-inside-the-workbook.md): any earlier
 * `chitieu.` names and meta sheet are replaced, the new names and the very hidden `chitieu_meta` sheet added.
 * The copy is written by ExcelJS, which drops some parts of a workbook (charts, pivot tables, shapes…); each
 * kind the copy has fewer of than the original is named in a warning. The workbook's own defined names are
 * carried over from the original's XML, since ExcelJS drops or damages some (constants, `#REF!`, sheets named
 * like `2025`).
 * Entries are for this workbook only: their `workbook` field is not looked at.
 * @throws WorkbookError for bytes that are not a readable .xlsx or a workbook with a sheet `chitieu_meta` of
 * its own; MappingError (from the core) for entries the plan does not know.
 * @example const { bytes, warnings } = await saveMappingCopy(original, plan, entries, { savedBy: "chitieu 0.1", savedAt: new Date().toISOString() });
 */
export async function saveMappingCopy(
  inputBytes: Uint8Array,
  plan: Plan,
  entries: MappingEntry[],
  meta: { savedBy: string; savedAt: string },
  fileName = "(input)",
): Promise<{ bytes: Uint8Array; warnings: Message[] }> {
  const toWrite = buildSavedMapping(plan, entries, meta);
  if (sniffFormat(inputBytes) !== "zip")
    throw new WorkbookError("file.notXlsx", {
      vi: message("file.notXlsx", { path: fileName, detail: "nội dung không phải định dạng .xlsx" }).vi,
      en: message("file.notXlsx", { path: fileName, detail: "the content is not .xlsx" }).en,
    });

  let original: JSZip;
  const wb = new ExcelJS.Workbook();
  try {
    original = await JSZip.loadAsync(inputBytes);
    await wb.xlsx.load(inputBytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookError(
      "file.notXlsx",
      message("file.notXlsx", { path: fileName, detail: (e as Error).message }),
    );
  }

  const replaced = replaceMetaSheet(wb, toWrite.metaChunks);
  const written = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const namesDropped = await carryDefinedNames(original, written, toWrite.names, replaced);
  const bytes = await written.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  const lost = await lostParts(original, written);
  if (namesDropped > 0)
    lost.push({ vi: `tên trong Name Manager (${namesDropped})`, en: `defined names (${namesDropped})` });
  const warnings: Message[] =
    lost.length === 0
      ? []
      : [
          {
            vi: message("saveMapping.partsLost", { parts: lost.map((p) => p.vi).join("; ") }).vi,
            en: message("saveMapping.partsLost", { parts: lost.map((p) => p.en).join("; ") }).en,
          },
        ];
  return { bytes, warnings };
}

/**
 * Removes every sheet marked as chitieu's meta sheet (whatever its name) and adds the new one, very hidden.
 * @returns the names of the sheets removed.
 */
function replaceMetaSheet(wb: ExcelJS.Workbook, chunks: readonly string[]): string[] {
  const removed: string[] = [];
  for (const ws of [...wb.worksheets])
    if (isMetaMarker(cellText(ws.getCell(1, 1).value))) {
      removed.push(ws.name);
      wb.removeWorksheet(ws.id);
    }
  const taken = wb.worksheets.find((ws) => ws.name.toLowerCase() === META_SHEET_NAME);
  if (taken)
    throw new WorkbookError(
      "saveMapping.metaSheetTaken",
      message("saveMapping.metaSheetTaken", { sheet: taken.name }),
    );
  const ws = wb.addWorksheet(META_SHEET_NAME, { state: "veryHidden" });
  ws.getCell(1, 1).value = META_MARKER;
  chunks.forEach((chunk, i) => {
    ws.getCell(i + 2, 1).value = chunk;
  });
  return removed;
}

function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value)
    return value.richText.map((run) => run.text).join("");
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Defined names: written into xl/workbook.xml directly, because ExcelJS keeps only names of absolute cell ranges
// and writes `2025!$A$1` for a sheet named 2025 (Excel needs '2025'!$A$1).

type XmlSheet = { name: string };

/** Where the workbook part is (xl/workbook.xml in every file seen, but the package says). */
async function workbookPath(zip: JSZip): Promise<string> {
  const rels = await zip.file("_rels/.rels")?.async("string");
  const target = rels
    ? [...rels.matchAll(/<Relationship\b[^>]*>/g)]
        .map((m) => attributes(m[0]))
        .find((a) => a.Type?.endsWith("/officeDocument"))?.Target
    : undefined;
  return target ? target.replace(/^\//, "") : "xl/workbook.xml";
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file)
    throw new WorkbookError("file.notXlsx", message("file.notXlsx", { path, detail: "missing part" }));
  return file.async("string");
}

function attributes(tag: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (m[1]) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

function sheetsOf(workbookXml: string): XmlSheet[] {
  const block = /<(?:[\w.-]+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheets>/.exec(workbookXml)?.[1] ?? "";
  return [...block.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => ({
    name: attributes(m[0]).name ?? "",
  }));
}

type XmlName = { name: string; attrs: string; localSheetId?: number; text: string };

const DEFINED_NAMES = /<([\w.-]+:)?definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/\1definedNames>)/;

function definedNamesOf(workbookXml: string): XmlName[] {
  const block = DEFINED_NAMES.exec(workbookXml)?.[0] ?? "";
  return [...block.matchAll(/<([\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1definedName>)/g)].map(
    (m) => {
      const attrs = m[2] ?? "";
      const a = attributes(attrs);
      const local = a.localSheetId;
      return {
        name: a.name ?? "",
        attrs,
        ...(local !== undefined ? { localSheetId: Number(local) } : {}),
        text: m[3] ?? "",
      };
    },
  );
}

/**
 * Replaces the copy's `<definedNames>` with the original's (minus old `chitieu.` names, sheet-scoped ones
 * renumbered to the copy's sheet order) plus the new mapping names. Names scoped to a replaced meta sheet go.
 * @returns how many of the original's names could not be carried over (scoped to a sheet the copy lacks).
 */
async function carryDefinedNames(
  original: JSZip,
  written: JSZip,
  names: MappingToWrite["names"],
  replacedSheets: readonly string[],
): Promise<number> {
  const originalXml = await readText(original, await workbookPath(original));
  const path = await workbookPath(written);
  const xml = await readText(written, path);
  const originalSheets = sheetsOf(originalXml).map((s) => s.name);
  const copySheets = sheetsOf(xml).map((s) => s.name);
  let dropped = 0;
  const kept: string[] = [];
  for (const n of definedNamesOf(originalXml)) {
    if (isMappingName(n.name)) continue;
    let attrs = n.attrs;
    if (n.localSheetId !== undefined) {
      const scope = originalSheets[n.localSheetId];
      // The old meta sheet's own names go with it.
      if (scope !== undefined && replacedSheets.includes(scope)) continue;
      const at = scope === undefined ? -1 : copySheets.indexOf(scope);
      if (at < 0) {
        dropped += 1;
        continue;
      }
      attrs = attrs.replace(/\blocalSheetId\s*=\s*("[^"]*"|'[^']*')/, `localSheetId="${at}"`);
    }
    kept.push(`<definedName${attrs}>${n.text}</definedName>`);
  }
  for (const n of names)
    kept.push(`<definedName name="${escapeXml(n.name)}">${escapeXml(n.ref)}</definedName>`);
  const block = kept.length > 0 ? `<definedNames>${kept.join("")}</definedNames>` : "";
  let next: string;
  if (DEFINED_NAMES.test(xml)) next = xml.replace(DEFINED_NAMES, () => block);
  else {
    const end = /<\/(?:[\w.-]+:)?sheets>/.exec(xml);
    if (!end)
      throw new WorkbookError("file.notXlsx", message("file.notXlsx", { path, detail: "no <sheets>" }));
    next = xml.slice(0, end.index + end[0].length) + block + xml.slice(end.index + end[0].length);
  }
  written.file(path, next);
  return dropped;
}

// ---------------------------------------------------------------------------------------------------------------
// What the copy lacks: each kind of part is counted in the original and in the copy.

type Feature = { vi: string; en: string; parts: RegExp; count?: (xml: string) => number };

const occurrences =
  (pattern: RegExp) =>
  (xml: string): number =>
    [...xml.matchAll(pattern)].length;

/** Drawing anchors that are not charts: shapes, text boxes, pictures. */
function drawnObjects(xml: string): number {
  return [
    ...xml.matchAll(/<([\w.-]+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g),
  ].filter((m) => !m[0].includes("drawingml/2006/chart")).length;
}

const WORKSHEETS = /^xl\/worksheets\/[^/]+\.xml$/;

const FEATURES: readonly Feature[] = [
  { vi: "biểu đồ", en: "charts", parts: /^xl\/charts\/chart(Ex)?\d*\.xml$/ },
  { vi: "trang biểu đồ", en: "chart sheets", parts: /^xl\/chartsheets\/[^/]+\.xml$/ },
  {
    vi: "hình vẽ, hộp chữ, ảnh",
    en: "shapes, text boxes, pictures",
    parts: /^xl\/drawings\/[^/]+\.xml$/,
    count: drawnObjects,
  },
  { vi: "bảng tổng hợp (pivot)", en: "pivot tables", parts: /^xl\/pivotTables\/[^/]+\.xml$/ },
  { vi: "slicer, timeline", en: "slicers, timelines", parts: /^xl\/(slicers|timelines)\/[^/]+\.xml$/ },
  {
    vi: "biểu đồ trong ô (sparkline)",
    en: "sparklines",
    parts: WORKSHEETS,
    count: occurrences(/<([\w.-]+:)?sparkline\b/g),
  },
  {
    vi: "quy tắc kiểm tra dữ liệu",
    en: "data validation rules",
    parts: WORKSHEETS,
    count: occurrences(/<([\w.-]+:)?dataValidation\b/g),
  },
  {
    vi: "quy tắc định dạng có điều kiện",
    en: "conditional formatting rules",
    parts: WORKSHEETS,
    count: occurrences(/<([\w.-]+:)?cfRule\b/g),
  },
  { vi: "ô gộp", en: "merged cells", parts: WORKSHEETS, count: occurrences(/<([\w.-]+:)?mergeCell\b/g) },
  { vi: "liên kết", en: "hyperlinks", parts: WORKSHEETS, count: occurrences(/<([\w.-]+:)?hyperlink\b/g) },
  {
    vi: "ghi chú",
    en: "notes",
    parts: /^xl\/comments[^/]*\.xml$/,
    count: occurrences(/<([\w.-]+:)?comment\b/g),
  },
  {
    vi: "bình luận dạng hội thoại",
    en: "threaded comments",
    parts: /^xl\/threadedComments\/[^/]+\.xml$/,
    count: occurrences(/<([\w.-]+:)?threadedComment\b/g),
  },
  { vi: "bảng (Table)", en: "tables", parts: /^xl\/tables\/[^/]+\.xml$/ },
  {
    vi: "nút, điều khiển biểu mẫu, ActiveX",
    en: "form controls, ActiveX",
    parts: /^xl\/(ctrlProps|activeX)\/[^/]+\.xml$/,
  },
  { vi: "đối tượng nhúng", en: "embedded objects", parts: /^xl\/embeddings\/[^/]+$/ },
  {
    vi: "liên kết tới sổ tính khác",
    en: "links to other workbooks",
    parts: /^xl\/externalLinks\/[^/]+\.xml$/,
  },
  {
    vi: "kết nối dữ liệu, truy vấn",
    en: "data connections, queries",
    parts: /^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/,
  },
  { vi: "mô hình dữ liệu (Power Pivot)", en: "data model (Power Pivot)", parts: /^xl\/model\/[^/]+$/ },
  { vi: "ảnh trong ô", en: "pictures in cells", parts: /^xl\/richData\/[^/]+\.xml$/ },
  { vi: "macro (VBA)", en: "macros (VBA)", parts: /^xl\/vbaProject\.bin$/ },
  { vi: "dữ liệu XML tùy biến", en: "custom XML data", parts: /^customXml\/item\d+\.xml$/ },
  {
    vi: "bảo vệ trang tính",
    en: "sheet protection",
    parts: WORKSHEETS,
    count: occurrences(/<([\w.-]+:)?sheetProtection\b/g),
  },
];

async function countFeature(zip: JSZip, feature: Feature): Promise<number> {
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir && feature.parts.test(p));
  if (!feature.count) return paths.length;
  let total = 0;
  for (const p of paths) total += feature.count(await readText(zip, p));
  return total;
}

async function lostParts(original: JSZip, copy: JSZip): Promise<Message[]> {
  const lost: Message[] = [];
  for (const feature of FEATURES) {
    const before = await countFeature(original, feature);
    if (before === 0) continue;
    const missing = before - (await countFeature(copy, feature));
    if (missing > 0) lost.push({ vi: `${feature.vi} (${missing})`, en: `${feature.en} (${missing})` });
  }
  return lost;
}

import ExcelJS from "exceljs";
import { WorkbookError } from "../../core/errors";
import { message } from "../../core/i18n/messages";
import { decodeLegacy, legacyEncodingOfFont } from "../../core/text/legacyEncoding";
import { type Cell, type CellScalar, type Sheet, type Workbook } from "../../core/workbook/model";

// ---------------------------------------------------------------------------------------------------------------
// ExcelJS 4.4 (lib/xlsx/xform/sheet/cell-xform.js, `reconcile`) turns a formula's cached result into a Date
// whenever the cell has a date format, whatever the result is: a text result or an error becomes an Invalid
// Date (and a crash where chitieu reads it), TRUE becomes 31/12/1899, and a workbook saved again holds <v>NaN</v>.
// Only a number can be a date, so the other results are put back as they were read. Patched here, once, because
// every ExcelJS load in this adapter imports this module (saveMapping does too).

type CellModel = { type?: number; result?: unknown };
type Reconcile = (this: unknown, model: CellModel, options: unknown) => void;
type CellXform = { prototype: { reconcile: Reconcile } };
const PATCHED = Symbol.for("chitieu.exceljs.formulaResultsStay");

function keepFormulaResults(): void {
  // ExcelJS ships no types for its parts, and this one is only reachable by path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const xform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as CellXform;
  const proto = xform.prototype as CellXform["prototype"] & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const reconcile = proto.reconcile;
  proto.reconcile = function (this: unknown, model: CellModel, options: unknown): void {
    const kept =
      model.type === ExcelJS.ValueType.Formula &&
      model.result !== undefined &&
      typeof model.result !== "number"
        ? model.result
        : undefined;
    reconcile.call(this, model, options);
    if (kept !== undefined) model.result = kept;
  };
  proto[PATCHED] = true;
}
keepFormulaResults();

/** What the first bytes of a file say it is, before ExcelJS sees it. */
export function sniffFormat(bytes: Uint8Array): "zip" | "ole" | "empty" | "other" {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  return "other";
}

/** What a reader may be told: the CLI passes how much unpacked XML the memory it has can hold. */
export type ReadOptions = {
  /**
   * A workbook whose XML parts (sheets, shared strings, styles…) unpack to more bytes than this is refused
   * with a message before it is parsed: ExcelJS needs about 12 times the unpacked XML in memory, and running
   * out of memory is a crash, not a message. No limit when absent.
   */
  maxUnpackedBytes?: number;
};

/**
 * Reads .xlsx bytes into the core's workbook model: values (a formula's cached result), number formats,
 * fonts, merged ranges, sheet state and defined names. Nothing is written back.
 * @throws WorkbookError with a message that says what to do, for anything that is not a readable .xlsx:
 * empty, text, an old .xls, a workbook with a password to open, an OpenDocument (.ods) file, a zip with no
 * workbook inside, a damaged file, or one too large for `options.maxUnpackedBytes`.
 * @example const wb = await readWorkbook(await fs.readFile("bao-cao.xlsx"), "bao-cao.xlsx");
 */
export async function readWorkbook(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<Workbook> {
  const kind = sniffFormat(bytes);
  if (kind === "empty") throw notXlsx(name, { vi: "tệp rỗng, 0 byte", en: "the file is empty" });
  if (kind === "ole") throw compoundFileError(bytes, name);
  if (kind === "other")
    throw notXlsx(name, {
      vi: "nội dung không phải định dạng .xlsx (có thể là .csv hoặc văn bản)",
      en: "the content is not .xlsx (maybe .csv or text)",
    });
  const entries = zipEntries(bytes);
  if (entries) checkPackage(bytes, entries, name, options);

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const detail = (e as Error).message;
    throw notXlsx(name, {
      vi: `tệp hỏng hoặc không đầy đủ (${detail})`,
      en: `the file is damaged or truncated (${detail})`,
    });
  }
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => sheets.push(readSheet(ws)));
  if (sheets.length === 0)
    throw notXlsx(name, { vi: "sổ tính không có trang nào", en: "the workbook has no sheets" });
  const definedNames = (wb.definedNames.model as Array<{ name: string; ranges: string[] }>).flatMap((n) =>
    n.ranges.map((ref) => ({ name: n.name, ref })),
  );
  return { name, sheets, definedNames };
}

function notXlsx(path: string, detail: { vi: string; en: string }): WorkbookError {
  const vi = message("file.notXlsx", { path, detail: detail.vi }).vi;
  const en = message("file.notXlsx", { path, detail: detail.en }).en;
  return new WorkbookError("file.notXlsx", { vi, en });
}

// ---------------------------------------------------------------------------------------------------------------
// Files that are not .xlsx, told apart before ExcelJS sees them (ExcelJS reads an .ods as a workbook with no
// sheets and gives no reason for the others).

/**
 * An OLE compound file is an Excel 97–2003 .xls, or an .xlsx with a password to open (MS-OFFCRYPTO wraps the
 * encrypted package in one): the directory names its streams, in UTF-16LE.
 */
function compoundFileError(bytes: Uint8Array, name: string): WorkbookError {
  const has = (stream: string) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
      Buffer.from(`${stream}\0`, "utf16le"),
    );
  if (has("EncryptedPackage") || has("EncryptionInfo"))
    return new WorkbookError("file.passwordProtected", message("file.passwordProtected", { path: name }));
  if (has("Workbook") || has("Book"))
    return notXlsx(name, {
      vi: "đây là sổ tính Excel 97–2003 dạng .xls",
      en: "it is an Excel 97–2003 .xls workbook",
    });
  return notXlsx(name, {
    vi: "đây là tệp .xls cũ hoặc sổ tính có đặt mật khẩu",
    en: "it is an old .xls file or a password-protected workbook",
  });
}

type ZipEntry = { name: string; method: number; size: number; localOffset: number };

const UNKNOWN = 0xffffffff;

/** The zip's central directory; null when it cannot be read (truncated, ZIP64): ExcelJS then decides. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is 22 bytes, followed by a comment of at most 65,535.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === UNKNOWN) return null;
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      size: size === UNKNOWN ? Infinity : size,
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A stored (not compressed) entry's bytes, or null. */
function storedText(bytes: Uint8Array, entry: ZipEntry): string | null {
  const at = entry.localOffset;
  if (entry.method !== 0 || at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return new TextDecoder().decode(bytes.subarray(start, Math.min(bytes.length, start + entry.size)));
}

/** OpenDocument, other Office documents, plain zips and workbooks too large to read are refused here. */
function checkPackage(bytes: Uint8Array, entries: ZipEntry[], name: string, options: ReadOptions): void {
  // ExcelJS reads "/xl/workbook.xml" as "xl/workbook.xml".
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "")));
  const mimetype = entries.find((e) => e.name.replace(/^\//, "") === "mimetype");
  if (mimetype && !names.has("xl/workbook.xml")) {
    const type = storedText(bytes, mimetype)?.trim() ?? "";
    if (type === "" || type.includes("opendocument.spreadsheet"))
      throw new WorkbookError("file.ods", message("file.ods", { path: name }));
    throw notXlsx(name, {
      vi: `đây là tài liệu OpenDocument (${type})`,
      en: `it is an OpenDocument file (${type})`,
    });
  }
  if (!names.has("xl/workbook.xml")) {
    const what = names.has("word/document.xml")
      ? { vi: "đây là tài liệu Word (.docx)", en: "it is a Word document (.docx)" }
      : names.has("ppt/presentation.xml")
        ? { vi: "đây là bản trình chiếu PowerPoint (.pptx)", en: "it is a PowerPoint file (.pptx)" }
        : {
            vi: "tệp nén .zip không có sổ tính bên trong",
            en: "it is a zip archive with no workbook inside",
          };
    throw notXlsx(name, what);
  }
  const limit = options.maxUnpackedBytes;
  if (limit === undefined) return;
  const unpacked = entries.filter((e) => /\.(xml|rels)$/i.test(e.name)).reduce((sum, e) => sum + e.size, 0);
  if (unpacked > limit)
    throw new WorkbookError(
      "file.tooLarge",
      message("file.tooLarge", { path: name, size: megabytes(unpacked), limit: megabytes(limit) }),
    );
}

function megabytes(n: number): string {
  return Number.isFinite(n) ? String(Math.ceil(n / 1_000_000)) : "> 4 000";
}

function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: Sheet["rows"] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: Array<Cell | undefined> = [];
    row.eachCell({ includeEmpty: false }, (c, col) => {
      // ExcelJS repeats a merged range's value in every cell of it; the file holds it only in the first.
      if (c.isMerged && c.master.address !== c.address) return;
      const cell = readCell(c);
      if (cell) line[col] = cell;
    });
    rows[r] = line;
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return {
    name: ws.name,
    state: ws.state ?? "visible",
    rows,
    merges: [...merges],
  };
}

type RichText = { richText: Array<{ text: string; font?: { name?: string; strike?: boolean } }> };

function readCell(c: ExcelJS.Cell): Cell | undefined {
  const font = c.font?.name;
  const numFmt = c.numFmt || undefined;
  const struck = c.font?.strike === true;
  const v = c.value as unknown;
  const base = (value: CellScalar, extra: Partial<Cell> = {}): Cell => ({
    value,
    ...(numFmt ? { numFmt } : {}),
    ...(font ? { font } : {}),
    ...(struck ? { struck: true } : {}),
    ...extra,
  });
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date)
    return base(scalar(v));
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return base({ error: String(o.error) });
    if ("richText" in o) {
      // Runs may use different fonts: decode each legacy run here, so the cell's text is plain Unicode.
      const textValue = (o as RichText).richText
        .map((run) => {
          const enc = legacyEncodingOfFont(run.font?.name ?? font);
          return enc ? decodeLegacy(run.text, enc) : run.text;
        })
        .join("");
      // Struck through when the cell's font or every run's is.
      const runs = (o as RichText).richText;
      const runsStruck =
        struck ||
        (runs.some((run) => run.text.trim() !== "") &&
          runs.every((run) => run.text.trim() === "" || run.font?.strike === true));
      return { value: textValue, ...(numFmt ? { numFmt } : {}), ...(runsStruck ? { struck: true } : {}) };
    }
    if ("formula" in o || "sharedFormula" in o) {
      const f = o.formula ?? o.sharedFormula;
      const formula = typeof f === "string" ? f : "";
      return base(resultOf(o.result), { formula });
    }
    if ("text" in o && "hyperlink" in o && typeof o.text === "string") return base(o.text);
  }
  // An ExcelJS value shape this adapter does not know (none in ExcelJS 4.4): treated as an empty cell.
  return undefined;
}

/**
 * A number that is not one (`<v>NaN</v>`, written by ExcelJS before the patch above, or by other tools) and the
 * Invalid Date ExcelJS makes of it in a date-formatted cell are read as the text the file holds, "NaN".
 */
function scalar(v: number | string | boolean | Date): CellScalar {
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  if (v instanceof Date && Number.isNaN(v.getTime())) return "NaN";
  return v;
}

function resultOf(result: unknown): CellScalar {
  if (result === undefined || result === null) return null;
  if (
    typeof result === "number" ||
    typeof result === "string" ||
    typeof result === "boolean" ||
    result instanceof Date
  )
    return scalar(result);
  if (typeof result === "object" && "error" in result) return { error: String(result.error) };
  return null;
}

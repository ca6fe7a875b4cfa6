import ExcelJS from "exceljs";
import { WorkbookError } from "../../core/errors";
import { message } from "../../core/i18n/messages";
import { decodeLegacy, legacyEncodingOfFont } from "../../core/text/legacyEncoding";
import { type Cell, type CellScalar, type Sheet, type Workbook } from "../../core/workbook/model";

/** What the first bytes of a file say it is, before ExcelJS sees it. */
export function sniffFormat(bytes: Uint8Array): "zip" | "ole" | "empty" | "other" {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  return "other";
}

/**
 * Reads .xlsx bytes into the core's workbook model: values (a formula's cached result), number formats,
 * fonts, merged ranges, sheet state and defined names. Nothing is written back.
 * @throws WorkbookError with a message that says what to do, for anything that is not a readable .xlsx.
 */
export async function readWorkbook(bytes: Uint8Array, name: string): Promise<Workbook> {
  const kind = sniffFormat(bytes);
  if (kind === "empty") throw notXlsx(name, { vi: "tệp rỗng, 0 byte", en: "the file is empty" });
  if (kind === "ole")
    throw notXlsx(name, {
      vi: "đây là tệp .xls cũ hoặc sổ tính có đặt mật khẩu",
      en: "it is an old .xls file or a password-protected workbook",
    });
  if (kind === "other")
    throw notXlsx(name, {
      vi: "nội dung không phải định dạng .xlsx (có thể là .csv hoặc văn bản)",
      en: "the content is not .xlsx (maybe .csv or text)",
    });

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

type RichText = { richText: Array<{ text: string; font?: { name?: string } }> };

function readCell(c: ExcelJS.Cell): Cell | undefined {
  const font = c.font?.name;
  const numFmt = c.numFmt || undefined;
  const v = c.value as unknown;
  const base = (value: CellScalar, extra: Partial<Cell> = {}): Cell => ({
    value,
    ...(numFmt ? { numFmt } : {}),
    ...(font ? { font } : {}),
    ...extra,
  });
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date)
    return base(v);
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
      return { value: textValue, ...(numFmt ? { numFmt } : {}) };
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

function resultOf(result: unknown): CellScalar {
  if (result === undefined || result === null) return null;
  if (
    typeof result === "number" ||
    typeof result === "string" ||
    typeof result === "boolean" ||
    result instanceof Date
  )
    return result;
  if (typeof result === "object" && "error" in result) return { error: String(result.error) };
  return null;
}

/**
 * Reading a generated split case back as a person would (legacy fonts decoded, merged cells read from their
 * master, 1/0 read as yes/no) and listing every problem with its truth. Shared by the split guard tests.
 */
// These are ExcelJS cells read in memory, not Office.js proxies: nothing to load or sync.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import type ExcelJS from "exceljs";
import { decodeLegacy, legacyEncodingOfFont } from "../../src/core/text/legacyEncoding";
import { parseVietnameseNumber } from "../../src/core/values/parseNumber";
import { levelOf } from "../../src/core/values/reading";
import { classifyWord } from "../../src/core/values/words";
import { slotKey, universe, type SampleValue } from "../../scripts/corpus/model";
import type { SplitCase } from "../../scripts/corpus/splitHarness";

export type Books = ReadonlyMap<string, ExcelJS.Workbook>;

export const ALL_SLOTS = universe().map(slotKey).sort().join();
export const isFormula = (v: unknown) => v !== null && typeof v === "object" && "formula" in v;

/** NFC, lower case, no diacritics, đ → d, single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** The text a reader sees in a cell (legacy fonts decoded; merged cells read from their master). */
export function cellText(cell: ExcelJS.Cell): string {
  const master = cell.isMerged ? cell.master : cell;
  const value = master.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    const legacy = legacyEncodingOfFont(master.font?.name);
    return (legacy ? decodeLegacy(value, legacy) : value).normalize("NFC");
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isFormula(value)) {
    const result: unknown = (value as { result?: unknown }).result;
    return typeof result === "number" || typeof result === "string" ? String(result) : "";
  }
  return value instanceof Date ? value.toISOString() : JSON.stringify(value);
}

/** A header or label announcing a plan figure: Kế hoạch / KH / Mục tiêu (not "% TH/KH", "Sở KH&CN"). */
export function isPlanHeader(text: string): boolean {
  const t = fold(text);
  if (t === "" || t.length > 40 || /th ?\/ ?kh|kh ?& ?cn|ty le|so voi/.test(t)) return false;
  return /(^|[^a-z0-9])(ke hoach|kh|muc tieu)([^a-z0-9]|$)/.test(t);
}

export function textsOf(files: ReadonlyArray<{ fileName: string; workbook: ExcelJS.Workbook }>): string[] {
  const out = files.map((f) => f.fileName);
  for (const f of files)
    for (const ws of f.workbook.worksheets) {
      out.push(ws.name);
      ws.eachRow((row) => row.eachCell((cell) => void out.push(cellText(cell))));
    }
  return out;
}
/** Whether a cell, read as a person reads it, says `expected` (1/0 reads as yes/no). */
export function holds(cell: ExcelJS.Cell, expected: SampleValue): boolean {
  const raw = cell.value;
  const text = cellText(cell).trim();
  if (expected === "not-applicable") return classifyWord(text) === "notApplicable";
  if (typeof expected === "boolean")
    return typeof raw === "number"
      ? raw === (expected ? 1 : 0)
      : classifyWord(text) === (expected ? "yes" : "no");
  if (typeof raw === "number") return raw === expected;
  if (isFormula(raw)) return (raw as { result?: unknown }).result === expected;
  const level = levelOf(text);
  if (level !== null) return level === expected;
  const n = parseVietnameseNumber(text);
  return n !== null && !n.percent && n.value === expected;
}

export function problemsOf(
  c: Pick<SplitCase<string>, "truth" | "absent" | "values">,
  books: Books,
): string[] {
  const out: string[] = [];
  const slots = c.truth.map(slotKey);
  const absent = c.absent.map(slotKey);
  if (new Set(c.truth.map((e) => `${e.workbook}|${e.sheet}|${e.cell}`)).size !== slots.length)
    out.push("two truth entries share a cell");
  if (new Set(slots).size !== slots.length) out.push("a slot has two truth entries");
  if ([...slots, ...absent].sort().join() !== ALL_SLOTS) out.push("truth + absent are not the plan's slots");
  for (const e of c.truth) {
    const where = `${e.workbook}!${e.sheet}!${e.cell}`;
    const ws = books.get(e.workbook)?.getWorksheet(e.sheet);
    if (!ws) {
      out.push(`${where}: no such sheet`);
      continue;
    }
    const cell = ws.getCell(e.cell);
    if (ws.state !== "visible" || ws.getColumn(Number(cell.col)).hidden) out.push(`${where}: hidden`);
    if (cell.isMerged && cell.master.address !== cell.address) out.push(`${where}: inside a merged range`);
    if (cell.font?.strike) out.push(`${where}: struck through`);
    const text = cellText(cell).trim();
    if (text === "" || text === "-") out.push(`${where}: empty`);
    const expected = c.values[slotKey(e)];
    if (expected === undefined || !holds(cell, expected))
      out.push(`${where}: "${text}" is not ${String(expected)}`);
    const [col, row] = [Number(cell.col), Number(cell.row)];
    const around = [
      ...Array.from({ length: row - 1 }, (_, i) => ws.getCell(i + 1, col)),
      ...Array.from({ length: col - 1 }, (_, i) => ws.getCell(row, i + 1)),
    ];
    const plan = around.map(cellText).filter(isPlanHeader);
    if (plan.length > 0) out.push(`${where}: under/beside ${plan.join(", ")}`);
  }
  return out;
}

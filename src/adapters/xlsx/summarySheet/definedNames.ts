/**
 * The workbook's own defined names, carried over from the original's XML: ExcelJS keeps only some (it drops
 * constants and #REF! names, and misquotes sheets named like "2025"). The summary sheet's own names (print
 * area, print titles) come from what ExcelJS wrote for it.
 */
import type JSZip from "jszip";
import { attributes, text } from "./packageParts";

const BLOCK = /<([\w.-]+:)?definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/\1definedNames>)/;

export type Name = { attrs: string; local?: number; body: string };

/** The `<definedName>` elements of a workbook.xml. */
export function namesOf(xml: string): Name[] {
  const block = BLOCK.exec(xml)?.[0] ?? "";
  return [...block.matchAll(/<([\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1definedName>)/g)].map(
    (m) => {
      const attrs = m[2] ?? "";
      const local = attributes(attrs).localSheetId;
      return { attrs, ...(local !== undefined ? { local: Number(local) } : {}), body: m[3] ?? "" };
    },
  );
}

export function sheetNames(xml: string): string[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => attributes(m[0]).name ?? "");
}

export async function carryDefinedNames(
  original: JSZip,
  copy: JSZip,
  replaced: readonly string[],
  summarySheet: string,
): Promise<void> {
  const path = "xl/workbook.xml";
  const before = await text(original, path);
  const after = await text(copy, path);
  const oldSheets = sheetNames(before);
  const newSheets = sheetNames(after);
  const summaryIndex = newSheets.indexOf(summarySheet);
  const kept: string[] = [];
  for (const n of namesOf(before)) {
    let attrs = n.attrs;
    if (n.local !== undefined) {
      const scope = oldSheets[n.local];
      if (scope === undefined || replaced.includes(scope)) continue;
      const at = newSheets.indexOf(scope);
      if (at < 0) continue;
      attrs = attrs.replace(/\blocalSheetId\s*=\s*("[^"]*"|'[^']*')/, `localSheetId="${at}"`);
    }
    kept.push(`<definedName${attrs}>${n.body}</definedName>`);
  }
  for (const n of namesOf(after))
    if (n.local === summaryIndex) kept.push(`<definedName${n.attrs}>${n.body}</definedName>`);
  const block = kept.length > 0 ? `<definedNames>${kept.join("")}</definedNames>` : "";
  const next = BLOCK.test(after)
    ? after.replace(BLOCK, () => block)
    : after.replace(/<\/(?:[\w.-]+:)?sheets>/, (end) => `${end}${block}`);
  copy.file(path, next);
}

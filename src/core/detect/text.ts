import { normalizeForMatch } from "../values/normalize";

/**
 * Text for matching labels: normalizeForMatch (no diacritics, lower case, NFC, one space), then punctuation
 * folded to spaces, except inside words ("pt-th", "tr.dong" stay one token).
 */
export function foldText(text: string): string {
  return normalizeForMatch(text)
    .replace(/[–—]/g, "-")
    .replace(/(^|\s)[-+*•·]+(?=\s|$)/g, " ")
    .replace(/[^\p{L}\p{N}.\-/&%]+/gu, " ")
    .replace(/(^|\s)[.\-/]+|[.\-/]+(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Leading numbering as forms write it: "1.", "1.2.", "a)", "I.", "II-", "-", "+". */
const NUMBERING =
  /^(?:(?:[ivxlc]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)\-:]|\d{1,2}(?:\.\d{1,2}){1,3}|[-+*•])\s*/;

export function stripNumbering(folded: string): string {
  let s = folded;
  for (let i = 0; i < 2; i++) {
    const next = s.replace(NUMBERING, "");
    if (next === s) break;
    s = next.trim();
  }
  return s;
}

export function tokens(folded: string): string[] {
  return folded.split(" ").filter((t) => t.length > 0);
}

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?![\d])/g;

/** Years 1990–2099 written in a text ("Năm 2025", "2020-2025", "Kỳ báo cáo: năm 2024"). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2099) out.push(y);
  }
  return out;
}

/** Whether `needle` (tokens) occurs as a contiguous run in `hay` (tokens). */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

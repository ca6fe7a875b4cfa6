import { normalizeForMatch } from "../values/normalize";

/** Leading numbering as forms write it: "1.", "1.2.", "a)", "I.", "II-", "-", "+" ("b.Lai" is left whole: it may be a
 * name written short, analyze.ts tells). */
const NUMBERING =
  /^(?:(?:[ivxlc]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})[.)\-:]|[a-zđ](?:[)\-:]|\.(?![a-z]{2}))|\d{1,2}(?:\.\d{1,2}){1,3}|[-+*•])\s*/;
const SPLIT = /[^\p{L}\p{N}.\-/&%()]+/u;
const EDGE = /^[.\-/]+|[.\-/]+$/g;
const EDGED = /^[.\-/]|[.\-/]$/;

export function stripNumbering(folded: string): string {
  let s = folded;
  for (let i = 0; i < 2; i++) {
    const next = s.replace(NUMBERING, "");
    if (next === s) break;
    s = next.trim();
  }
  return s;
}

/** Words of folded text; `outside` leaves out what stands in brackets ("Doanh thu (Tr.đồng)"). */
function split(folded: string): { all: string[]; outside: string[] } {
  const all: string[] = [];
  const outside: string[] = [];
  let depth = 0;
  // "Tin/bài", "Có/Không": a slash between words separates them (a date "20/11" or "3414/KH" keeps its slash).
  // ("Quý III/2025", "tháng 9/2025" name a part of a year: the year is a word of its own.)
  const spaced = folded.includes("/")
    ? folded.replace(/(?<=\p{L})\/(?=\p{L})|(?<=\p{L}|\b\d{1,2})\/(?=(?:19|20)\d{2}(?!\d))/gu, " ")
    : folded;
  const opened = spaced.includes("(") || spaced.includes(")") ? spaced.replace(/[()]/g, " $& ") : spaced;
  for (const piece of piecesOf(opened)) {
    if (piece === "(") depth++;
    else if (piece === ")") depth = Math.max(0, depth - 1);
    else {
      // (only a piece opening or closing with ".", "-" or "/" has edges to trim)
      const t = EDGED.test(piece) ? piece.replace(EDGE, "") : piece;
      if (t === "") continue;
      all.push(t);
      if (depth === 0) outside.push(t);
    }
  }
  return { all, outside };
}

/** ASCII characters SPLIT keeps in a word: letters, digits and `.-/&%()`. */
const WORD_ASCII: readonly boolean[] = Array.from({ length: 0x80 }, (_, code) =>
  /[\p{L}\p{N}.\-/&%()]/u.test(String.fromCharCode(code)),
);

/**
 * The words of a text as `text.split(SPLIT)` gives them, maybe without its empty pieces: by hand for a text all in
 * ASCII (as most folded texts are), by SPLIT otherwise.
 */
function piecesOf(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return text.split(SPLIT);
    if (WORD_ASCII[code] === true) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

function base(text: string): string {
  const folded = normalizeForMatch(text);
  return folded.includes("–") || folded.includes("—") ? folded.replace(/[–—]/g, "-") : folded;
}

/**
 * Text for matching: no diacritics, lower case, one space; punctuation gone except inside words
 * ("pt-th", "tr.dong" stay one token).
 * @example foldText("Đài PT-TH (tỉnh)") // "dai pt-th tinh"
 */
export function foldText(text: string): string {
  return split(base(text)).all.join(" ");
}

/** foldText for a text already through normalizeForMatch (as `labelWords(…).folded` is): no second pass. */
export function foldFolded(folded: string): string {
  return split(folded).all.join(" ");
}

/** A label's words with its numbering ("1.", "a)", "II.") removed: all of them, and those outside brackets. */
export function labelWords(text: string): { folded: string; all: string[]; outside: string[] } {
  const folded = base(text);
  const { all, outside } = split(stripNumbering(folded));
  return { folded, all, outside };
}

export function tokens(folded: string): string[] {
  return folded.split(" ").filter((t) => t.length > 0);
}

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?![\d])/g;

/** "60/" or "85/" just before a year: a document number ("Nghị định 60/2021/NĐ-CP"), unless it is a date ("25/11/2025"). */
const NUMBER_SLASH_BEFORE = /(?:^|[^\d/])\d{1,4}\/$/;

/** "số 12/hd-hdtdkt ngày 05/11/", "so 1234/qd-ubnd ngay 20/9/": a document's number, then its date's day and month. */
const DOCUMENT_DATE_BEFORE = /\bso \d+\/[a-z][^\s]*(?: [^\s]+){0,3} ngay \d{1,2}[/.-]\d{1,2}[/.-]$/;
/** "luật báo chí ", "luat an ninh mang nam ": a law's name (a few words) just before a year, folded. */
const LAW_BEFORE = /\bluat(?: [a-z]+){1,5} (?:nam )?$/;

/**
 * Years 1990–2099 written in a text ("Năm 2025", "2020-2025", "Kỳ báo cáo: năm 2024", "ngày 25/11/2025"). The year
 * of a document's number ("Nghị định 60/2021/NĐ-CP", "NĐ 85/2016") says when a rule was issued, not which year a
 * figure is for: it is left out.
 */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  // (exec on the one global YEAR, not matchAll, which copies the regex for every text; an exec that finds nothing
  // leaves lastIndex at 0 for the next text)
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const y = Number(m[1]);
    if (y < 1990 || y > 2099) continue;
    const end = m.index + m[0].length;
    const start = end - 4;
    if (NUMBER_SLASH_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "(Kèm theo Hướng dẫn số 12/HD-HĐTĐKT ngày 05/11/2025)": the date a document was signed, after its number.
    if (DOCUMENT_DATE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    // "theo Luật Báo chí 2016": the year a law was passed names no figure's year.
    if (LAW_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "Thực hiện 2024 / Actual 2024": a year said twice (in two languages) is one year.
    if (!out.includes(y)) out.push(y);
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

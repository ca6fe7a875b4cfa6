import { type Plan } from "../plan/schema";

/**
 * Labels that differ only in a number at their end ("Doanh thu quảng cáo 12345", "… 12346": a row's number, a code)
 * read the same: detection analyses one of them and gives the others its analysis, the number written in.
 *
 * Exact, not approximate. A text qualifies when it is `head` + " " + a run of at least MIN_DIGITS ASCII digits and
 * nothing after, `head` holding a letter and no ASCII digit, the run not four digits opening with "19" or "20" (a
 * year's); texts share an analysis when their heads and their numbers' lengths are the same. Then nothing the
 * analysis reads can tell their numbers apart (an audit of every digit the analysis reads: analyze.ts and what it
 * calls, text.ts, lexicon.ts, measure.ts, partial.ts, unitWords.ts, values/normalize.ts, values/words.ts, and
 * valueTextKind in scanSheet.ts):
 * - a pattern that treats every digit alike (`\d`, `\p{N}`, `\S`, `[^…]`, counted or not: the numbers are as long)
 *   matches both texts at the same places, or neither;
 * - the patterns that name digits need a year "(19|20)\d{2}" standing as four digits of their own (yearsIn, "Quý
 *   I/2025", "cùng kỳ năm 2024", "Năm 2024 (để so sánh)", "tháng/2025"), or a number of one or two digits with a
 *   letter, a "/", a word or the text's end right after it ("[1-4]", "[1-9]|1[01]" before "tháng", "thang 12", "q4",
 *   "t12", "31/03", "Cộng 3 đơn vị", levelOf's "Cấp độ 12", the "2" of "2 năm trước", "đến 15/11", "Cộng 8 huyện"): none can match in or at a
 *   number of three digits or more closing the text that is no year (so yearsIn finds no year, levelOf no level,
 *   BULLET_YEAR and NUMBER_START, after a letter, nothing);
 * - the words compared with the number's word (sets, phrases, abbreviations, units of measure) are vocabulary.json's
 *   (digits only in "quy 1", "6 thang", "lan 1": words of one digit) and the plan's, which numbersShared requires
 *   free of digits; a word of the plan containing a digit would let an exclusion's pattern (analyze.ts, `listed`)
 *   end inside the number;
 * - no number is parsed, no words are sorted, no text is cut inside the number (cuts fall at ":", " - ", brackets).
 * The number therefore reaches the analysis only as the same characters copied into its strings (the text, a
 * by-words match's phrase, a unit-of-measure key): writing the other number there gives the other text's analysis.
 * numbered.test.ts checks it on labels made to trip the patterns above.
 */
export const MIN_DIGITS = 3;

/** A text's head (its number's space included) and its number, when the text qualifies; null otherwise. */
export function trailingNumber(text: string): { head: string; digits: string } | null {
  let at = text.length;
  while (at > 0 && isDigit(text.charCodeAt(at - 1))) at--;
  if (text.length - at < MIN_DIGITS || at === 0 || text.charCodeAt(at - 1) !== SPACE) return null;
  const digits = text.slice(at);
  if (digits.length === YEAR_DIGITS && (digits.startsWith("19") || digits.startsWith("20"))) return null;
  const head = text.slice(0, at);
  return ASCII_DIGIT.test(head) || !LETTER.test(head) ? null : { head, digits };
}
const YEAR_DIGITS = 4;
const SPACE = 0x20;
const ASCII_DIGIT = /[0-9]/;
const LETTER = /\p{L}/u;
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The key texts sharing an analysis have in common: the head and the number's length. */
export function numberedKey(n: { head: string; digits: string }): string {
  return `${n.head}\u0000${n.digits.length}`;
}

/** Whether the plan's words (what buildLexicon reads of it) are free of digits, as sharing needs. */
export function numbersShared(plan: Plan): boolean {
  const words: string[] = [plan.province];
  for (const [abbr, full] of Object.entries(plan.abbreviations)) words.push(abbr, full);
  for (const i of plan.inputs)
    words.push(i.name.vi, ...i.synonyms, ...i.exclusions, ...i.qualifiers, ...i.subjects, i.unitOfMeasure.vi);
  for (const u of plan.units.units) words.push(u.name.vi, u.name.en, ...u.aliases);
  return !words.some((w) => ASCII_DIGIT.test(w));
}

/** A deep copy of an analysis (plain objects, arrays, strings, numbers) with `from`'s digits replaced by `to`'s:
 * nothing of it is shared with the analysis copied. */
export function renumbered<T>(x: T, from: string, to: string): T {
  if (typeof x === "string") return (x.includes(from) ? x.replaceAll(from, to) : x) as T;
  if (x === null || typeof x !== "object") return x;
  if (Array.isArray(x)) {
    const out: unknown[] = x.slice();
    for (let i = 0; i < out.length; i++) out[i] = renumbered(out[i], from, to);
    return out as T;
  }
  // (a spread keeps the fields' order and the object's shape; only strings and objects are looked into)
  const out = { ...x } as Record<string, unknown>;
  for (const k in out) {
    const v = out[k];
    if (typeof v === "string" ? v.includes(from) : v !== null && typeof v === "object")
      out[k] = renumbered(v, from, to);
  }
  return out as T;
}

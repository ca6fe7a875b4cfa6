import words from "./words.json";
import { normalizeForMatch } from "./normalize";

export type WordClass = "yes" | "no" | "notApplicable" | "notReported";

const ORDER: WordClass[] = ["notApplicable", "notReported", "no", "yes"];
const lists: ReadonlyArray<readonly [WordClass, readonly string[]]> = ORDER.map(
  (c) => [c, [...words[c]].sort((a, b) => b.length - a.length)] as const,
);

/** The lists with only the phrases opening with one character, under that character (a text is tried only against
 * the phrases it could start with), the classes and phrases in the lists' order. */
const BY_FIRST = new Map<string, ReadonlyArray<readonly [WordClass, readonly string[]]>>();
for (const [, phrases] of lists)
  for (const p of phrases) {
    const first = p.charAt(0);
    if (first !== "" && !BY_FIRST.has(first))
      BY_FIRST.set(
        first,
        lists.map(([cls, all]) => [cls, all.filter((x) => x.charAt(0) === first)] as const),
      );
  }

/** Whole-text lookups; on a tie the earlier class in ORDER wins, as in the scan below. */
const EXACT = new Map<string, WordClass>();
for (const [cls, phrases] of [...lists].reverse()) for (const p of phrases) EXACT.set(p, cls);
/** The length of the longest of them: a longer text is none (most labels are: no lookup). */
const EXACT_LONGEST = Math.max(0, ...[...EXACT.keys()].map((p) => p.length));

/**
 * Classifies a cell's text as a yes/no answer or a placeholder. The longest known phrase wins, so
 * "Chưa triển khai" is no, "Không áp dụng" is not applicable (not "không"), "Đã triển khai" is yes.
 * A phrase matches the whole text, or its start when punctuation follows
 * ("Có (từ 2024)", "Có, từ 2024" are yes; "Có lẽ" is not). Returns null for anything else.
 * @example classifyWord("Chưa đạt") // "no"
 */
export function classifyWord(text: string): WordClass | null {
  const t = normalizeForMatch(text);
  return listedWord(t) ?? answerPhrase(t);
}

/**
 * classifyWord without the short-phrase rule: only the words agencies type as answers (words.json), whole or
 * followed by punctuation. "Đã cấp phép lại" is one; "Đã tập huấn CĐS" is only a phrase that opens with "đã".
 */
export function isListedWord(text: string): boolean {
  return listedWord(normalizeForMatch(text)) !== null;
}

function listedWord(t: string): WordClass | null {
  if (t === "") return null;
  const exact = t.length <= EXACT_LONGEST ? EXACT.get(t) : undefined;
  if (exact) return exact;
  // Only a phrase followed by punctuation can start a longer text: skip the scan when there is none.
  if (!PUNCTUATION.test(t)) return null;
  let best: { cls: WordClass; length: number } | null = null;
  for (const [cls, phrases] of BY_FIRST.get(t.charAt(0)) ?? NO_LISTS) {
    for (const p of phrases) {
      if (best !== null && p.length <= best.length) break;
      // A single letter ("n", "x", "k") is an answer only on its own: "N.2023" is a year, "K/áp dụng" is not "no".
      if (t.startsWith(p) && /^\s*[,.;:([-]/.test(t.slice(p.length)) && /\w/.test(p) && p.length > 1) {
        best = { cls, length: p.length };
        break;
      }
    }
  }
  return best?.cls ?? null;
}

const PUNCTUATION = /[,.;:([-]/;
const NO_LISTS: ReadonlyArray<readonly [WordClass, readonly string[]]> = [];

/** Short answers written as a phrase, not a word: "Đã có giấy phép mới", "Chưa đưa vào sử dụng". */
const MAX_PHRASE_WORDS = 6;
const ANSWER_START = /^(?:da|chua|khong|dang|k)[\s/]/;
const YES_START = /^da\s/;
const NO_START = /^(?:chua|khong|dang cho|dang xay dung|dang lap|dang hoan thien)(?:\s|$)/;
/** A phrase about the figures, not an answer ("Chưa có số liệu năm 2025" is not reported, not "no"). */
const ABOUT_DATA = /\b(?:so lieu|bao cao|cap nhat|tong hop|thong ke)\b/;
const NOT_CONCERNED = /\b(?:ap dung|doi tuong)\b/;

/**
 * A phrase of a few words that opens with "đã" (yes) or "chưa", "không", "đang chờ", "đang xây dựng" (no), or
 * says the question does not apply ("K/áp dụng (tạp chí in)", "Không thuộc đối tượng áp dụng"). No digits: "Đã
 * có 3 kênh" is a figure with words, not an answer.
 */
function answerPhrase(t: string): WordClass | null {
  // Most texts are labels: one look at the first letters rules them out before any other work.
  if (!ANSWER_START.test(t)) return null;
  if (/\d/.test(t) || t.split(" ").length > MAX_PHRASE_WORDS) return null;
  if (/^(?:k|khong)\s?\/\s?(?:ap dung|ad)\b/.test(t)) return "notApplicable";
  if (!YES_START.test(t) && !NO_START.test(t)) return null;
  if (ABOUT_DATA.test(t)) return null;
  if (NOT_CONCERNED.test(t)) return t.startsWith("khong") ? "notApplicable" : null;
  return YES_START.test(t) ? "yes" : "no";
}

import words from "./words.json";
import { normalizeForMatch } from "./normalize";

export type WordClass = "yes" | "no" | "notApplicable" | "notReported";

const ORDER: WordClass[] = ["notApplicable", "notReported", "no", "yes"];
const lists: ReadonlyArray<readonly [WordClass, readonly string[]]> = ORDER.map(
  (c) => [c, [...words[c]].sort((a, b) => b.length - a.length)] as const,
);

/** Whole-text lookups; on a tie the earlier class in ORDER wins, as in the scan below. */
const EXACT = new Map<string, WordClass>();
for (const [cls, phrases] of [...lists].reverse()) for (const p of phrases) EXACT.set(p, cls);

/**
 * Classifies a cell's text as a yes/no answer or a placeholder. The longest known phrase wins, so
 * "Chưa triển khai" is no, "Không áp dụng" is not applicable (not "không"), "Đã triển khai" is yes.
 * A phrase matches the whole text, or its start when punctuation follows
 * ("Có (từ 2024)", "Có, từ 2024" are yes; "Có lẽ" is not). Returns null for anything else.
 * @example classifyWord("Chưa đạt") // "no"
 */
export function classifyWord(text: string): WordClass | null {
  const t = normalizeForMatch(text);
  if (t === "") return null;
  const exact = EXACT.get(t);
  if (exact) return exact;
  // Only a phrase followed by punctuation can start a longer text: skip the scan when there is none.
  if (!/[,.;:([-]/.test(t)) return null;
  let best: { cls: WordClass; length: number } | null = null;
  for (const [cls, phrases] of lists) {
    for (const p of phrases) {
      if (best !== null && p.length <= best.length) break;
      if (t.startsWith(p) && /^\s*[,.;:([-]/.test(t.slice(p.length)) && /\w/.test(p)) {
        best = { cls, length: p.length };
        break;
      }
    }
  }
  return best?.cls ?? null;
}

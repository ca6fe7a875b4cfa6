import words from "../values/words.json";
import { classifyWord } from "../values/words";
import spellings from "./yesNoSpellings.json";
import { type YesNoLists, yesNoKey } from "./readingFormula";

/**
 * The words a live yes/no formula accepts: words.json as written (no diacritics: "co", "x", "ok"), the
 * usual Vietnamese spellings ("có", "đã triển khai"), and the texts the mapped cells hold now when chitieu
 * reads them as yes or no (so "Có (từ 2024)" stays live). Each is in its class only if classifyWord agrees.
 * @example yesNoLists(["Đã triển khai"]).yes.includes("đã triển khai") // true
 */
export function yesNoLists(seenTexts: readonly string[]): YesNoLists {
  const yes = new Set<string>();
  const no = new Set<string>();
  const add = (text: string) => {
    const cls = classifyWord(text) ?? (text === "1" ? "yes" : text === "0" ? "no" : null);
    if (cls === "yes") yes.add(yesNoKey(text));
    if (cls === "no") no.add(yesNoKey(text));
  };
  for (const w of [...words.yes, ...words.no, ...spellings.yes, ...spellings.no]) add(w);
  for (const t of seenTexts) add(t);
  return { yes: [...yes], no: [...no] };
}

/** Text as agencies type it, made comparable: one place for Unicode form, spaces and case. */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** NFC, every kind of space folded to one plain space, trimmed. Keeps case and diacritics. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(SPACES, " ").trim();
}

/** For matching words: normalizeText, lower case, diacritics removed, đ → d. */
export function normalizeForMatch(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

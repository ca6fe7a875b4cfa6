/** Text as agencies type it, made comparable: one place for Unicode form, spaces and case. */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** NFC, every kind of space folded to one plain space, trimmed. Keeps case and diacritics. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(SPACES, " ").trim();
}

/** Base letter of each code point below U+2000, lower case, diacritics removed (đ → d); filled on first use. */
const FOLD: Array<string | undefined> = [];

function foldChar(ch: string, code: number): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (code >= 0x2000) return ch.toLowerCase();
  let f = FOLD[code];
  if (f === undefined) {
    f = ch
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .normalize("NFC");
    FOLD[code] = f;
  }
  return f;
}

/**
 * For matching words: normalizeText, lower case, diacritics removed, đ → d.
 * @example normalizeForMatch("Đài PT-TH  Lai Châu") // "dai pt-th lai chau"
 */
export function normalizeForMatch(text: string): string {
  const t = normalizeText(text);
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    out += foldChar(t.charAt(i), code);
  }
  return out;
}

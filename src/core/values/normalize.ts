/** Text as agencies type it, made comparable: one place for Unicode form, spaces and case. */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/**
 * Characters NFC leaves as they are: Latin up to U+02FF, precomposed Vietnamese (U+1E00–U+1EFF), punctuation,
 * arrows, symbols and dingbats (✓ ☑). A text made only of these is already NFC, and most texts are: normalize()
 * is then skipped (it is the costliest step of reading a label). Combining marks, letterlike singletons (Ω, Å),
 * CJK compatibility and Hangul are not in the list and go through normalize().
 */
const ALREADY_NFC =
  // eslint-disable-next-line no-control-regex -- control characters are NFC-stable too: the range starts at U+0000
  /^[\u0000-\u02ff\u1e00-\u1eff\u2002-\u20cf\u2190-\u2328\u232b-\u2adb\u2add-\u2bff\u3000]*$/;

/** NFC, every kind of space folded to one plain space, trimmed. Keeps case and diacritics. */
export function normalizeText(text: string): string {
  if (alreadyNormal(text)) return text;
  return (ALREADY_NFC.test(text) ? text : text.normalize("NFC")).replace(SPACES, " ").trim();
}

/**
 * Whether normalizeText would leave the text as it is: only characters NFC leaves alone (Latin up to U+02FF but the
 * no-break space, precomposed Vietnamese), plain spaces one at a time between words. Most labels are so: one pass
 * over their characters, instead of the three of normalizeText.
 */
function alreadyNormal(text: string): boolean {
  // (a space at the start is trimmed)
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code > 0x20 && code !== 0xa0 && (code <= 0x2ff || (code >= 0x1e00 && code <= 0x1eff)))
      afterSpace = false;
    else return false;
  }
  // (…and one at the end)
  return !afterSpace || text.length === 0;
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
  // (A cell's text is often folded twice in a row: as an answer, then as a label.)
  if (text !== lastText) {
    lastFolded = foldForMatch(text);
    lastText = text;
  }
  return lastFolded;
}
/** The last text normalizeForMatch folded, and what it gave. */
let lastText: string | undefined;
let lastFolded = "";

function foldForMatch(text: string): string {
  const t = normalizeText(text);
  // (the text is returned as it is when every character folds to itself; otherwise the folded characters' codes are
  // gathered and made into one string at the end, not a string for every character changed)
  let changed = false;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code < 0x80 && (code < 65 || code > 90)) {
      if (changed) codes[n++] = code;
      continue;
    }
    const ch = t.charAt(i);
    const folded = foldChar(ch, code);
    if (!changed) {
      if (folded === ch) continue;
      changed = true;
      for (let j = 0; j < i; j++) codes[n++] = t.charCodeAt(j);
    }
    for (let j = 0; j < folded.length; j++) codes[n++] = folded.charCodeAt(j);
  }
  if (!changed) return t;
  codes.length = n;
  let out = "";
  // (a few thousand codes at a time: a call takes only so many arguments)
  if (n <= CODES_AT_ONCE) out = String.fromCharCode.apply(null, codes);
  else
    for (let k = 0; k < n; k += CODES_AT_ONCE)
      out += String.fromCharCode.apply(null, codes.slice(k, k + CODES_AT_ONCE));
  codes.length = 0;
  return out;
}
const CODES_AT_ONCE = 4096;
/** foldForMatch's codes of one text (one array for every text). */
const codes: number[] = [];

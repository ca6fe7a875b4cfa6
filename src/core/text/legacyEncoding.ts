/**
 * Legacy Vietnamese 8-bit fonts (TCVN3/ABC and VNI-Windows) → Unicode.
 *
 * Before Unicode, Vietnamese text was typed in fonts that draw Vietnamese letters in place of Latin-1 symbols.
 * Excel keeps each byte as the character Windows-1252 gives it, so a cell in `.VnTime` holds "Sè tin, bµi" and
 * one in `VNI-Times` holds "Soá tin, baøi" for "Số tin, bài". The tables in ./tables map those stored characters
 * to NFC Unicode; see their "$comment" for the facts and the sources they were checked against.
 */
import { z } from "zod";
import tcvn3Json from "./tables/tcvn3.json";
import vniJson from "./tables/vni.json";

export type LegacyEncoding = "tcvn3" | "tcvn3-upper" | "vni";

const TableFile = z.object({
  $comment: z.array(z.string()),
  chars: z.record(z.string().min(1), z.string().length(1)).optional(),
  sequences: z.record(z.string().min(1), z.string().length(1)).optional(),
});

type Table = {
  /** Stored legacy character(s) → one NFC character. */
  readonly decode: ReadonlyMap<string, string>;
  /** NFC character → the stored legacy character(s). */
  readonly encode: ReadonlyMap<string, string>;
  /** Longest key, for longest-match-first decoding. */
  readonly maxKeyLength: number;
  /** Every non-ASCII character used in a key: passing one through unchanged would be misread on decoding. */
  readonly reserved: ReadonlySet<string>;
};

function loadTable(name: string, json: unknown): Table {
  const parsed = TableFile.parse(json);
  const entries = Object.entries(parsed.chars ?? parsed.sequences ?? {});
  if (entries.length === 0) throw new Error(`Legacy table ${name} is empty`);
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const reserved = new Set<string>();
  for (const [legacy, unicode] of entries) {
    if (unicode.normalize("NFC") !== unicode) throw new Error(`Legacy table ${name}: ${unicode} is not NFC`);
    if (encode.has(unicode)) throw new Error(`Legacy table ${name}: ${unicode} is listed twice`);
    decode.set(legacy, unicode);
    encode.set(unicode, legacy);
    for (const ch of legacy) if (ch > "\u007f") reserved.add(ch);
  }
  const maxKeyLength = Math.max(...entries.map(([legacy]) => legacy.length));
  return { decode, encode, maxKeyLength, reserved };
}

const TCVN3 = loadTable("tcvn3", tcvn3Json);
const VNI = loadTable("vni", vniJson);

/** Which legacy table a cell's font name calls for, or null for a Unicode font (Times New Roman, Arial, …). Case-insensitive, trims spaces. */
export function legacyEncodingOfFont(fontName: string | undefined | null): LegacyEncoding | null {
  if (typeof fontName !== "string") return null;
  const name = fontName.trim().toLowerCase();
  // ABC fonts: ".VnTime", ".VnArial", …; their capital twins end in "H": ".VnTimeH", ".VnArialH".
  if (name.startsWith(".vn") && name.length > 3) return name.endsWith("h") ? "tcvn3-upper" : "tcvn3";
  if (name.startsWith("vni-") && name.length > 4) return "vni";
  return null;
}

function tableOf(encoding: LegacyEncoding): Table {
  return encoding === "vni" ? VNI : TCVN3;
}

function decodeWith(table: Table, text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let len = Math.min(table.maxKeyLength, text.length - i); len >= 1; len--) {
      const unicode = table.decode.get(text.slice(i, i + len));
      if (unicode !== undefined) {
        out += unicode;
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += text.charAt(i);
      i += 1;
    }
  }
  return out;
}

/** Decodes text typed in a legacy font to NFC Unicode. Characters with no table entry pass through. Pure, never throws. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  if (typeof text !== "string") return "";
  const decoded = decodeWith(tableOf(encoding), text);
  // The capital ABC fonts draw every code of the lowercase font as its capital.
  const shown = encoding === "tcvn3-upper" ? decoded.toUpperCase() : decoded;
  return shown.normalize("NFC");
}

/** The 27 characters Windows-1252 puts at 0x80–0x9F; with U+0000–U+00FF they are all a legacy font can hold. */
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isPassThrough(ch: string, table: Table): boolean {
  if (ch <= "\u007f") return true;
  if (table.reserved.has(ch)) return false;
  const inCp1252 = ch <= "\u00ff" || CP1252_EXTRA.has(ch);
  // A letter outside the table (e.g. "Á" in the lowercase ABC font) has no glyph in the font.
  return inCp1252 && !/\p{L}/u.test(ch);
}

function cannotEncode(ch: string, encoding: LegacyEncoding): Error {
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return new Error(`Cannot encode "${ch}" (${code}) in the ${encoding} legacy encoding`);
}

/** The inverse, used by fixture scripts and round-trip tests: NFC Unicode → the string Excel would hold for that font. Throws a plain Error naming the character if it cannot be encoded. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = tableOf(encoding);
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (encoding === "tcvn3-upper" && ch.toUpperCase() !== ch) throw cannotEncode(ch, encoding);
    const direct = table.encode.get(ch);
    // In a capital font, a capital toned vowel is typed as the code of its lowercase letter.
    const viaLower = encoding === "tcvn3-upper" ? table.encode.get(ch.toLowerCase()) : undefined;
    const legacy = direct ?? viaLower;
    if (legacy !== undefined) out += legacy;
    else if (isPassThrough(ch, table)) out += ch;
    else throw cannotEncode(ch, encoding);
  }
  return out;
}

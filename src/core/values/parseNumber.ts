import { normalizeText } from "./normalize";

export type ParsedNumber = { value: number; percent: boolean };

/**
 * Reads a number typed as text the Vietnamese way: dot for thousands, comma for decimals.
 * "12.450" → 12450, "2.881,5" → 2881.5, "85%" → 0.85 (percent), "98 560" → 98560, "(120)" → -120.
 * An English-style "1,234.5" is read too (the last separator is the decimal one). A single dot followed by
 * exactly three digits is a thousands dot ("1.200" → 1200); any other single dot is a decimal point.
 * Returns null when the text is not a number (no guessing: "12a", "1.2.3,4,5", "khoảng 4").
 * @example parseVietnameseNumber("2.881,5") // { value: 2881.5, percent: false }
 */
export function parseVietnameseNumber(text: string): ParsedNumber | null {
  let s = normalizeText(text);
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren?.[1] !== undefined) {
    negative = true;
    s = paren[1].trim();
  }
  if (/^[-−+]/.test(s)) {
    negative = negative !== /^[-−]/.test(s);
    s = s.slice(1).trim();
  }
  s = s.replace(/ (?=\d{3}(\D|$))/g, "");
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;

  const digits = toPlainDigits(s);
  if (digits === null) return null;
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude)) return null;
  const value = (negative ? -magnitude : magnitude) / (percent ? 100 : 1);
  return { value, percent };
}

/** "2.881,5" → "2881.5"; null when the separators do not form a number. */
function toPlainDigits(s: string): string | null {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return s;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    const [whole, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || whole === undefined || fraction === undefined || fraction.includes(thousands))
      return null;
    const plain = ungroup(whole, thousands);
    return plain === null ? null : `${plain}.${fraction}`;
  }
  const sep = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) return ungroup(s, sep);
  const [whole = "", fraction = ""] = s.split(sep);
  // One dot before exactly three digits is the Vietnamese thousands dot ("1.200"); one comma is a decimal comma.
  if (sep === "." && fraction.length === 3 && whole !== "0") return `${whole}${fraction}`;
  return `${whole}.${fraction}`;
}

/** "12.450.000" with "." → "12450000"; null unless every group after the first has three digits. */
function ungroup(s: string, sep: string): string | null {
  const groups = s.split(sep);
  const [first, ...rest] = groups;
  if (first === undefined || first.length === 0 || first.length > 3) return null;
  if (rest.some((g) => g.length !== 3)) return null;
  return groups.join("");
}

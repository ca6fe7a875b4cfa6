import { type Message, message } from "../i18n/messages";
import { type Input } from "../plan/schema";
import { decodeLegacy, legacyEncodingOfFont } from "../text/legacyEncoding";
import { type Cell, isErrorValue } from "../workbook/model";
import { normalizeForMatch, normalizeText } from "./normalize";
import { parseVietnameseNumber } from "./parseNumber";
import { classifyWord } from "./words";

/** Why a value cannot be used. Never zero: each kind is shown to the person as it is. */
export type ProblemKind =
  "not-reported" | "not-applicable" | "text-not-number" | "not-yes-no" | "excel-error" | "out-of-range";

/** What one cell says about one input, after reading it the way agencies type. */
export type Reading =
  | { kind: "number"; value: number }
  | { kind: "yes-no"; value: boolean }
  | { kind: "problem"; problem: ProblemKind; raw: string; text: Message };

export function problem(kind: ProblemKind, raw: string, text: Message): Reading {
  return { kind: "problem", problem: kind, raw, text };
}

/** The cell's text as a person sees it: legacy fonts decoded, NFC, spaces folded. */
export function cellText(cell: Cell): string {
  const v = cell.value;
  if (typeof v !== "string") return "";
  const encoding = legacyEncodingOfFont(cell.font);
  return normalizeText(encoding ? decodeLegacy(v, encoding) : v);
}

/**
 * Reads one cell for one input of the plan. Empty is "not reported", never zero; a formula's cached
 * result is what counts; dates are not numbers. Range checks that need another input (trained ≤ total)
 * are done later, see `checkAgainst`.
 * @example readCell({ value: "2.881,5" }, revenueInput) // { kind: "number", value: 2881.5 }
 */
export function readCell(cell: Cell | undefined, input: Input): Reading {
  if (cell === undefined || cell.value === null || cell.value === "") {
    return problem("not-reported", "", message("reading.notReported"));
  }
  const v = cell.value;
  if (isErrorValue(v))
    return problem("excel-error", v.error, message("reading.excelError", { raw: v.error }));
  if (v instanceof Date) {
    const raw = v.toISOString().slice(0, 10);
    return input.type === "yes-no"
      ? problem("not-yes-no", raw, message("reading.notYesNo", { raw }))
      : problem("text-not-number", raw, message("reading.textNotNumber", { raw }));
  }
  if (typeof v === "string") {
    const text = cellText(cell);
    if (text === "") return problem("not-reported", v, message("reading.notReported"));
    const cls = classifyWord(text);
    if (cls === "notApplicable")
      return problem("not-applicable", text, message("reading.notApplicable", { raw: text }));
    if (cls === "notReported")
      return problem("not-reported", text, message("reading.placeholder", { raw: text }));
    if (input.type === "yes-no") {
      if (cls === "yes" || cls === "no") return { kind: "yes-no", value: cls === "yes" };
      const n = parseVietnameseNumber(text);
      if (n && (n.value === 0 || n.value === 1) && !n.percent)
        return { kind: "yes-no", value: n.value === 1 };
      return problem("not-yes-no", text, message("reading.notYesNo", { raw: text }));
    }
    const level = input.type === "level" ? levelOf(text) : null;
    if (level !== null) return checkRange(level, text, input);
    const n = parseVietnameseNumber(text);
    if (!n) return problem("text-not-number", text, message("reading.textNotNumber", { raw: text }));
    return checkRange(input.type === "percent" ? percentOf(n.value, n.percent) : n.value, text, input);
  }
  if (typeof v === "boolean") {
    if (input.type === "yes-no") return { kind: "yes-no", value: v };
    const raw = v ? "TRUE" : "FALSE";
    return problem("text-not-number", raw, message("reading.textNotNumber", { raw }));
  }
  // A number.
  if (input.type === "yes-no") {
    if (v === 0 || v === 1) return { kind: "yes-no", value: v === 1 };
    return problem("not-yes-no", String(v), message("reading.notYesNo", { raw: String(v) }));
  }
  const shownAsPercent = cell.numFmt?.includes("%") === true;
  return checkRange(input.type === "percent" ? percentOf(v, shownAsPercent) : v, String(v), input);
}

/**
 * A share as a fraction. A value formatted or typed with % is already one; otherwise 85 in a % column
 * means 85%, while 0.85 means 85% too (a bare number above 1 is read as percent points).
 */
function percentOf(value: number, alreadyFraction: boolean): number {
  if (alreadyFraction) return value;
  return Math.abs(value) > 1 ? value / 100 : value;
}

function checkRange(value: number, raw: string, input: Input): Reading {
  const min =
    input.min ??
    (input.type === "percent" || input.type === "count" || input.type === "amount" ? 0 : undefined);
  const max = input.max ?? (input.type === "percent" ? 1 : undefined);
  if (min !== undefined && value < min) {
    return min === 0
      ? problem("out-of-range", raw, message("reading.negative", { raw }))
      : problem("out-of-range", raw, message("reading.belowMin", { raw, min }));
  }
  if (max !== undefined && value > max) {
    const shown = input.type === "percent" ? `${max * 100}%` : max;
    return problem("out-of-range", raw, message("reading.aboveMax", { raw, max: shown }));
  }
  const integer = input.integer ?? (input.type === "count" || input.type === "level");
  if (integer && !Number.isInteger(value))
    return problem("out-of-range", raw, message("reading.notInteger", { raw }));
  return { kind: "number", value };
}

/** "Cấp độ 3", "cấp 3", "Mức 2", "Level 4" → the number; null for anything else. */
export function levelOf(text: string): number | null {
  // Most texts are not levels: only a short text ending in a digit is worth folding.
  if (text.length > 16 || !/\d\s*$/.test(text)) return null;
  const m = /^(?:cap do|cap|muc|level)\s*(\d{1,2})$/.exec(normalizeForMatch(text));
  return m?.[1] ? Number(m[1]) : null;
}

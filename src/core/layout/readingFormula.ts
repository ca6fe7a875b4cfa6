/**
 * How one agency's cell becomes a live reading on the summary sheet. Two formulas per value: a hidden
 * "parse" formula that turns what the cell holds into a number (yes = 1, no = 0) or "" when it holds none,
 * and the visible reading that applies the input's limits (never negative, whole people, level 1–5,
 * trained ≤ total). Empty cells, placeholders and errors give "", never 0.
 *
 * A formula can only follow what Excel can compute: whether it reads the cell's CURRENT content as chitieu
 * does is checked by running the same rules here (emulateParse / emulateCheck); where they differ (legacy
 * fonts, dates, "Cấp độ 3", "85%", "Có (từ 2024)") the value is written instead, with a note saying why.
 */
import { type Input } from "../plan/schema";
import { legacyEncodingOfFont } from "../text/legacyEncoding";
import { type Cell, isErrorValue } from "../workbook/model";
import { num, str } from "./formulaText";

export type YesNoLists = { yes: readonly string[]; no: readonly string[] };

/** Excel's TRIM: ASCII spaces only, runs inside the text folded to one. Non-breaking spaces become spaces first. */
export function excelTrim(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/ +/g, " ")
    .replace(/^ | $/g, "");
}

/** The text of a cell as a yes/no formula compares it: LOWER(TRIM(…)). */
export function yesNoKey(text: string): string {
  return excelTrim(text).toLowerCase();
}

const DIGITS = "0123456789";

/** Formula text turning the text cell `x` into a number the Vietnamese way ("12.450", "2.881,5", "98 560"), else "". */
function textNumberFormula(x: string): string {
  const t = `TRIM(SUBSTITUTE(${x},UNICHAR(160)," "))`;
  const c = `SUBSTITUTE(SUBSTITUTE(${t}," ",""),".","")`;
  const d = `SUBSTITUTE(${c},",","")`;
  const nonDigits = [...DIGITS].reduce((acc, ch) => `SUBSTITUTE(${acc},"${ch}","")`, d);
  const n = `IFERROR(FIND(",",${c})-1,LEN(${c}))`;
  const groups = `LEN(${t})-LEN(${c})`;
  const wellFormed =
    `AND(LEN(${d})>0,${nonDigits}="",LEN(${c})-LEN(${d})<=1,RIGHT(${c},1)<>",",` +
    `OR(${groups}=0,AND(${groups}=INT((${n}-1)/3),LEFT(${c},1)<>"0")))`;
  const value = `VALUE(LEFT(${c},${n}))+IF(LEN(${c})>${n},VALUE(MID(${c},${n}+2,99))/10^(LEN(${c})-${n}-1),0)`;
  return `IFERROR(IF(${wellFormed},${value},""),"")`;
}

/** What textNumberFormula computes, in TypeScript. */
function emulateTextNumber(text: string): number | null {
  const t = excelTrim(text);
  const c = t.replace(/ /g, "").replace(/\./g, "");
  const d = c.replace(/,/g, "");
  const comma = c.indexOf(",");
  const n = comma >= 0 ? comma : c.length;
  const groups = t.length - c.length;
  const wellFormed =
    d.length > 0 &&
    /^[0-9]*$/.test(d) &&
    c.length - d.length <= 1 &&
    !c.endsWith(",") &&
    (groups === 0 || (groups === Math.floor((n - 1) / 3) && !c.startsWith("0")));
  if (!wellFormed || n === 0) return null;
  const whole = Number(c.slice(0, n));
  const fraction = c.slice(n + 1);
  return fraction.length > 0 ? whole + Number(fraction) / 10 ** fraction.length : whole;
}

function listFormula(words: readonly string[]): string {
  return `{${words.map(str).join(",")}}`;
}

/**
 * The parse formula for the source cell `x` (a reference such as `'Báo cáo'!$D$5`).
 * @example parseFormula(revenueInput, "'Báo cáo'!$D$5", lists) // IF(ISNUMBER(…),…,IF(ISTEXT(…),…,""))
 */
export function parseFormula(input: Input, x: string, lists: YesNoLists): string {
  if (input.type === "yes-no") {
    const w = `LOWER(TRIM(SUBSTITUTE(${x},UNICHAR(160)," ")))`;
    const text =
      `IF(ISNUMBER(MATCH(${w},${listFormula(lists.yes)},0)),1,` +
      `IF(ISNUMBER(MATCH(${w},${listFormula(lists.no)},0)),0,""))`;
    return (
      `IF(ISLOGICAL(${x}),IF(${x},1,0),IF(ISNUMBER(${x}),IF(${x}=1,1,IF(${x}=0,0,"")),` +
      `IF(ISTEXT(${x}),${text},"")))`
    );
  }
  return `IF(ISNUMBER(${x}),${x},IF(ISTEXT(${x}),${textNumberFormula(x)},""))`;
}

/** What parseFormula gives for a cell's current content; "date" where Excel would see a serial number. */
export function emulateParse(
  input: Input,
  cell: Cell | undefined,
  lists: YesNoLists,
): number | null | "date" {
  const v = cell?.value ?? null;
  if (v === null || isErrorValue(v)) return null;
  if (v instanceof Date) return "date";
  if (input.type === "yes-no") {
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number") return v === 1 ? 1 : v === 0 ? 0 : null;
    const key = yesNoKey(v);
    return lists.yes.includes(key) ? 1 : lists.no.includes(key) ? 0 : null;
  }
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return null;
  return emulateTextNumber(v);
}

type Limits = { min?: number; max?: number; integer: boolean; percentPoints: boolean };

/** The input's limits as readCell applies them (reading.ts checkRange). */
function limitsOf(input: Input, cell: Cell | undefined): Limits {
  const percent = input.type === "percent";
  const min = input.min ?? (percent || input.type === "count" || input.type === "amount" ? 0 : undefined);
  const max = input.max ?? (percent ? 1 : undefined);
  const shownAsPercent = typeof cell?.value === "number" && cell.numFmt?.includes("%") === true;
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    integer: input.integer ?? (input.type === "count" || input.type === "level"),
    percentPoints: percent && !shownAsPercent,
  };
}

/**
 * The visible reading: the parsed value `p` (a cell on the summary sheet) within the input's limits, else "".
 * `limit` is the reading cell of the input this one may not exceed (trained ≤ total), or null.
 */
export function checkFormula(input: Input, cell: Cell | undefined, p: string, limit: string | null): string {
  if (input.type === "yes-no") return `IF(ISNUMBER(${p}),${p},"")`;
  const l = limitsOf(input, cell);
  const v = l.percentPoints ? `IF(ABS(${p})>1,${p}/100,${p})` : p;
  const conditions = [
    ...(l.min !== undefined ? [`${v}>=${num(l.min)}`] : []),
    ...(l.max !== undefined ? [`${v}<=${num(l.max)}`] : []),
    ...(l.integer ? [`${v}=INT(${v})`] : []),
    ...(limit !== null ? [`OR(NOT(ISNUMBER(${limit})),${v}<=${limit})`] : []),
  ];
  const ok = conditions.length === 0 ? "TRUE()" : `AND(${conditions.join(",")})`;
  return `IF(ISNUMBER(${p}),IF(${ok},${v},""),"")`;
}

/** What checkFormula gives for a parsed value, in TypeScript. */
export function emulateCheck(
  input: Input,
  cell: Cell | undefined,
  parsed: number | null,
  limitValue: number | null,
): number | null {
  if (parsed === null) return null;
  if (input.type === "yes-no") return parsed;
  const l = limitsOf(input, cell);
  const v = l.percentPoints && Math.abs(parsed) > 1 ? parsed / 100 : parsed;
  if (l.min !== undefined && v < l.min) return null;
  if (l.max !== undefined && v > l.max) return null;
  if (l.integer && !Number.isInteger(v)) return null;
  if (limitValue !== null && v > limitValue) return null;
  return v;
}

/** Why a value is written instead of a formula, as a message key of the catalogue. */
export type NotLiveReason =
  "legacyFont" | "date" | "unusualText" | "noSource" | "notForYear" | "otherWorkbook";

/** Why the formula would read the cell differently from chitieu: the font, a date, or text Excel cannot parse. */
export function reasonOf(cell: Cell | undefined): NotLiveReason {
  if (cell?.value instanceof Date) return "date";
  if (typeof cell?.value === "string" && legacyEncodingOfFont(cell.font)) return "legacyFont";
  return "unusualText";
}

/**
 * The sheet references of a formula (`Sheet1!A1`, `'Báo cáo'!$D$5`, `'O''Brien'!A1`, the 3D `Jan:Dec!B2`),
 * found and renamed without touching the rest: text inside string literals ("Báo cáo!A1"), references to
 * other files (`[1]Sheet1!A1`, `'[Book.xlsx]Sheet'!A1`) and structured references (`Table1[Col]`) are left
 * as they are. Used when a workbook's sheets are copied under new names into another workbook.
 */
import { quoteSheetName } from "./address";

/** A sheet prefix found in a formula: `first` (and `last` for a 3D reference) and where the prefix, with its "!", stands. */
export type SheetRef = { first: string; last: string | null; start: number; end: number };

/** Characters of an unquoted sheet name (Excel allows letters of any script, digits, "_" and "."). */
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHAR.test(ch);
}

/** The index after the string literal starting at `i` (a `"`), doubled quotes included. */
function skipString(formula: string, i: number): number {
  let j = i + 1;
  while (j < formula.length) {
    if (formula[j] === '"') {
      if (formula[j + 1] === '"') j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** The index after the balanced brackets starting at `i` (a `[`). */
function skipBrackets(formula: string, i: number): number {
  let depth = 0;
  for (let j = i; j < formula.length; j++) {
    if (formula[j] === "[") depth++;
    else if (formula[j] === "]" && --depth === 0) return j + 1;
  }
  return formula.length;
}

function split3d(name: string): { first: string; last: string | null } {
  const at = name.indexOf(":"); // a sheet name cannot hold ":"
  return at < 0 ? { first: name, last: null } : { first: name.slice(0, at), last: name.slice(at + 1) };
}

/**
 * Every reference to a sheet of the same workbook in `formula` (without its leading "=").
 * @example sheetRefsIn("SUM('Báo cáo'!A1:A3)+Jan:Dec!B2") // [{ first: "Báo cáo", last: null, … }, { first: "Jan", last: "Dec", … }]
 */
export function sheetRefsIn(formula: string): SheetRef[] {
  const refs: SheetRef[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i = skipString(formula, i);
    } else if (ch === "#") {
      // An error value (#REF!, #DIV/0!, #N/A): its "!" ends no sheet name.
      i++;
      while (i < formula.length && /[A-Za-z0-9/]/.test(formula[i] ?? "")) i++;
      if (formula[i] === "!" || formula[i] === "?") i++;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j];
        j++;
      }
      const end = j + 1;
      if (formula[end] === "!" && !name.includes("["))
        refs.push({ ...split3d(name), start: i, end: end + 1 });
      i = end;
    } else if (ch === "[") {
      // Another file's reference ([1]Sheet!A1) or a structured reference: the name after it is not ours.
      i = skipBrackets(formula, i);
      while (isNameChar(formula[i])) i++;
    } else if (isNameChar(ch)) {
      let j = i;
      while (isNameChar(formula[j]) || (formula[j] === ":" && isNameChar(formula[j + 1]))) j++;
      if (formula[j] === "!") refs.push({ ...split3d(formula.slice(i, j)), start: i, end: j + 1 });
      i = j;
    } else i++;
  }
  return refs;
}

/** A sheet prefix as it must be written: `Sheet1!`, `'Báo cáo'!`, `'Jan 1:Dec'!`. */
function prefix(first: string, last: string | null): string {
  if (last === null) return `${quoteSheetName(first)}!`;
  const plain = quoteSheetName(first) === first && quoteSheetName(last) === last;
  const both = `${first}:${last}`;
  return plain ? `${both}!` : `'${both.replace(/'/g, "''")}'!`;
}

/**
 * `formula` with each sheet reference renamed by `rename` (undefined: keep the name); a reference whose names
 * do not change is kept byte for byte, so a formula with nothing to rename comes back identical.
 * @example renameSheetRefs("'Báo cáo'!D5*2", (s) => (s === "Báo cáo" ? "bao - Báo cáo" : undefined)) // "'bao - Báo cáo'!D5*2"
 */
export function renameSheetRefs(formula: string, rename: (sheet: string) => string | undefined): string {
  let out = "";
  let at = 0;
  for (const ref of sheetRefsIn(formula)) {
    const first = rename(ref.first) ?? ref.first;
    const last = ref.last === null ? null : (rename(ref.last) ?? ref.last);
    if (first === ref.first && last === ref.last) continue;
    out += formula.slice(at, ref.start) + prefix(first, last);
    at = ref.end;
  }
  return out + formula.slice(at);
}

/**
 * The sheets a formula names, 3D references expanded over `order` (the workbook's sheets in tab order).
 * @example sheetsNamedIn("Jan:Mar!A1", ["Jan", "Feb", "Mar", "Apr"]) // ["Jan", "Feb", "Mar"]
 */
export function sheetsNamedIn(formula: string, order: readonly string[]): string[] {
  const out = new Set<string>();
  const index = (name: string) => order.findIndex((s) => s.toLowerCase() === name.toLowerCase());
  for (const ref of sheetRefsIn(formula)) {
    const a = index(ref.first);
    const b = ref.last === null ? a : index(ref.last);
    if (a < 0 || b < 0) {
      out.add(ref.first);
      if (ref.last !== null) out.add(ref.last);
      continue;
    }
    for (let k = Math.min(a, b); k <= Math.max(a, b); k++) out.add(order[k] ?? "");
  }
  return [...out];
}

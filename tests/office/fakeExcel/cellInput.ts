import { type CellSpec } from "./document";

/**
 * What Excel stores when Office.js writes `input` into a cell through `values` (or `formulas`), as typing it would:
 * `=…` becomes a formula, a leading `'` is dropped, `123`, `1.5` and `TRUE` become a number and a boolean — unless
 * the cell's number format is Text (`@`), which keeps the text as it is. `null` leaves the cell alone; `""`
 * empties it. The fake does not calculate: a formula written here reads back with an empty value.
 * @returns undefined for "leave the cell alone".
 */
export function storedInput(
  input: unknown,
  numberFormat: string | undefined,
): Pick<CellSpec, "value" | "formula" | "quotePrefix"> | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new Error(`fake Excel: cannot write ${typeof input} into a cell`);
  if (input === "") return { value: null };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(input)) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === "TRUE" };
  return { value: input };
}

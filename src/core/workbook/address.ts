/** A1-style cell addresses: the only place that turns letters into numbers and back. */

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export type CellRef = { row: number; col: number };

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `E12` (also `$E$12`, lower case) → `{ row: 12, col: 5 }`; null when not an address inside Excel's grid. */
export function parseA1(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return null;
  return { row, col };
}

export function toA1(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row}`;
}

/**
 * A sheet name as it must stand in a formula or a defined name: quoted (with ' doubled) unless it is a plain
 * identifier that cannot be read as a cell (A1), an R1C1 reference or a boolean.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^(R[0-9]*)?(C[0-9]*)?$/i.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'Báo Lai Châu'!E12` for showing a source to a person and for links. */
export function qualifiedAddress(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

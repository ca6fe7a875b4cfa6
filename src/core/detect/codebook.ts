import { type Cell, type Sheet, type Workbook } from "../workbook/model";
import { cellText } from "../values/reading";

/*
 * A survey's data entered under question codes ("C01_2020", "C02", "Q5a") with the questions on a sheet of their
 * own, a codebook ("Mã câu | Nội dung câu hỏi"): the codes say nothing, the codebook says what each column holds.
 * So is a mail merge's data sheet, its columns headed by field names ("TinBaiNVCT_2024") that the letter's lines
 * explain ("- Sản phẩm báo chí mới phục vụ NVCT (2024): «TinBaiNVCT_2024»").
 * Each sheet of the workbook is read with its codes spelled out ("C01_2020" as "<question C01> 2020"); the cells
 * stay where they are and nothing is changed in the workbook itself.
 */

/** A question code: a few letters, then a number ("C01", "Q5", "CAU-12", "c3b"). */
const CODE = /^[a-z]{1,4}[-_.]?\d{1,3}[a-z]?$/i;
/** A code in a header, alone or followed by what part of the question the column is ("C01_2020", "C01 - KH"). */
const CODED_HEADER = /^\s*([a-z]{1,4}[-_.]?\d{1,3}[a-z]?)(?:\s*[_\-.:/ ]\s*(\S.*))?\s*$/i;
/** A mail merge's line: what a field holds, then the field ("- Tổng thu (2024): «TongThu_2024»"). */
const MERGE_LINE = /^[-+•*\s]*(\S.*?)\s*:?\s*«\s*([a-z][\w.-]*)\s*»\s*$/i;
/** A merge field's name as a data sheet's header: letters, digits and "_" ("TinBaiNVCT_2024"). */
const FIELD = /^[a-z][\w.-]*$/i;
/** A codebook explains this many codes at least. */
const MIN_CODES = 3;
/** A question is a few words at least. */
const MIN_QUESTION_WORDS = 3;

const key = (code: string) => code.toUpperCase().replace(/[-_.]/g, "");

/** The codebook of a workbook: each code with its question, from the sheet that lists the most codes another sheet
 * uses (none when no sheet lists {@link MIN_CODES} of them). */
export function codebookOf(wb: Workbook): { sheet: string; questions: ReadonlyMap<string, string> } | null {
  let best: { sheet: string; questions: ReadonlyMap<string, string>; used: number } | null = null;
  for (const sheet of wb.sheets) {
    const questions = listed(sheet);
    if (questions.size < MIN_CODES) continue;
    const used = new Set<string>();
    for (const other of wb.sheets)
      if (other !== sheet)
        for (const row of other.rows)
          for (const cell of row ?? [])
            if (cell && typeof cell.value === "string") {
              const coded = codeOf(cell.value, questions);
              if (coded) used.add(coded.code);
            }
    if (used.size >= MIN_CODES && (!best || used.size > best.used))
      best = { sheet: sheet.name, questions, used: used.size };
  }
  return best && { sheet: best.sheet, questions: best.questions };
}

/** The code of the codebook a header is, whole (a merge field) or at its start ("C01_2020"), with what follows the
 * code ("2020"), or null. */
function codeOf(
  text: string,
  questions: ReadonlyMap<string, string>,
): { code: string; part: string | undefined } | null {
  if (FIELD.test(text) && questions.has(key(text))) return { code: key(text), part: undefined };
  const m = CODED_HEADER.exec(text);
  return m?.[1] && questions.has(key(m[1])) ? { code: key(m[1]), part: m[2] } : null;
}

/** The codes a sheet lists, each with the text after it on its row (a question of a few words), and the fields of a
 * mail merge's letter, each with the words before it ("Tổng thu (2024): «TongThu_2024»"). */
function listed(sheet: Sheet): Map<string, string> {
  const questions = new Map<string, string>();
  for (const row of sheet.rows) {
    if (!row) continue;
    const first = nextText(row, -1);
    if (!first) continue;
    const merge = first.text.includes("«") ? MERGE_LINE.exec(first.text) : null;
    if (merge?.[1] && merge[2] && merge[1].split(/\s+/).length >= MIN_QUESTION_WORDS)
      questions.set(key(merge[2]), merge[1]);
    if (!CODE.test(first.text)) continue;
    const question = questionAfter(row, first.col);
    if (question !== null) questions.set(key(first.text), question);
  }
  return questions;
}

/** The first text of `row` right of column `after` (-1 for the whole row), trimmed, with its column; null if none. */
function nextText(row: ReadonlyArray<Cell | undefined>, after: number): { text: string; col: number } | null {
  for (let k = after + 1; k < row.length; k++) {
    const cell = row[k];
    if (!cell || typeof cell.value !== "string") continue;
    const text = cellText(cell).trim();
    if (text !== "") return { text, col: k };
  }
  return null;
}

/** The question after the code in column `c`: the next text on the row, when it is a few words; else null. */
function questionAfter(row: ReadonlyArray<Cell | undefined>, c: number): string | null {
  const next = nextText(row, c);
  return next && next.text.split(/\s+/).length >= MIN_QUESTION_WORDS ? next.text : null;
}

/**
 * Whether the code in cell `c` is followed on its row by its own question ("TC04 | Tạp chí có GP mới?"): a sheet
 * numbering its rows with codes of its own, which another sheet's codebook does not explain.
 */
function explainedOnRow(row: ReadonlyArray<Cell | undefined>, c: number): boolean {
  const cell = row[c];
  return (
    cell !== undefined &&
    typeof cell.value === "string" &&
    CODE.test(cellText(cell).trim()) &&
    questionAfter(row, c) !== null
  );
}

/**
 * The sheet with each text that is a code of the codebook (or starts with one) spelled out, or the sheet itself
 * when none is.
 */
export function spelledOut(sheet: Sheet, questions: ReadonlyMap<string, string>): Sheet {
  let rows: Sheet["rows"] | null = null;
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 1; c < row.length; c++) {
      const cell = row[c];
      if (!cell || typeof cell.value !== "string") continue;
      const coded = explainedOnRow(row, c) ? null : codeOf(cellText(cell), questions);
      const question = coded ? questions.get(coded.code) : undefined;
      if (question === undefined) continue;
      rows ??= sheet.rows.slice();
      const copy = (rows[r] = (rows[r] === row ? row.slice() : rows[r]) as Array<Cell | undefined>);
      copy[c] = { value: coded?.part ? `${question} ${coded.part}` : question };
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}

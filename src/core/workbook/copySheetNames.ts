/**
 * Names for sheets copied from several workbooks into one: the file's name (without .xlsx) and the sheet's,
 * so a reader sees whose sheet it is ("bao-lai-chau - Báo cáo"), within Excel's rules (at most 31 characters,
 * none of : \ / ? * [ ], no apostrophe at either end, unique whatever the case).
 */

export type SheetOrigin = { workbook: string; sheet: string };

export const MAX_SHEET_NAME = 31;
const SEPARATOR = " - ";
/** The sheet's own name keeps at least this many characters when the two do not fit together. */
const SHEET_SHARE = 14;

function clean(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
}

const stemOf = (file: string) => clean(file.replace(/\.(xlsx|xlsm|xls)$/i, ""));

/** No apostrophe at either end, no space left over by cutting. */
function tidy(name: string): string {
  return name.replace(/^['\s]+|['\s]+$/g, "");
}

function joined(stem: string, sheet: string): string {
  if (stem === "") return tidy(sheet.slice(0, MAX_SHEET_NAME));
  const full = `${stem}${SEPARATOR}${sheet}`;
  if (full.length <= MAX_SHEET_NAME) return tidy(full);
  const room = MAX_SHEET_NAME - SEPARATOR.length;
  const sheetLength = Math.min(sheet.length, Math.max(SHEET_SHARE, room - stem.length));
  const stemPart = tidy(stem.slice(0, room - sheetLength));
  return tidy(
    stemPart === ""
      ? sheet.slice(0, MAX_SHEET_NAME)
      : `${stemPart}${SEPARATOR}${sheet.slice(0, sheetLength)}`,
  );
}

/**
 * One name per origin, in order, none equal (ignoring case) to another or to a `reserved` name.
 * @example copySheetNames([{ workbook: "bao-lai-chau.xlsx", sheet: "Báo cáo" }], ["Đánh giá chỉ tiêu"]) // ["bao-lai-chau - Báo cáo"]
 */
export function copySheetNames(origins: readonly SheetOrigin[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((r) => r.toLowerCase()));
  return origins.map((o) => {
    const base = joined(stemOf(o.workbook), clean(o.sheet)) || "Sheet";
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === "history"; n++) {
      const suffix = ` (${n})`;
      name = `${tidy(base.slice(0, MAX_SHEET_NAME - suffix.length))}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

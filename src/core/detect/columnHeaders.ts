import { type TextInfo } from "./analyze";

/** `amongLabels`: on a header row that also names inputs surely (indicators as columns), not a lone title. `lone`: a
 * text alone on its row across many columns, a title heading them all. */
export type HeaderEntry = {
  row: number;
  col: number;
  info: TextInfo;
  amongLabels?: boolean;
  lone?: boolean;
  /** On a header row naming two agencies or more beside a sum ("Báo in | Phát thanh | … | Cộng"): kinds of press. */
  amongParts?: boolean;
  /** A section's heading alone across the table, numbered ("II. HỆ THỐNG THÔNG TIN VÀ BẢO ĐẢM AN TOÀN") or between
   * rows of figures ("Phong trào thi đua …"): it heads its rows, but the table's column headers above still stand over
   * them. */
  section?: boolean;
  /** A heading alone across the table after rows of figures, naming a plan's years ("Kiến nghị của đề tài cho giai
   * đoạn 2026-2030" over a second table of the agencies' states): what stands under it is planned, however long. */
  planned?: boolean;
  /** Merged or spread over several columns: a group header over each of them. */
  across?: boolean;
};

/** What the header block above a column says: its label (indicators as columns), role, unit and year. */
export type HeaderBlock = {
  label: HeaderEntry | null;
  role: HeaderEntry | null;
  unit: HeaderEntry | null;
  year: HeaderEntry | null;
  /** "Kỳ trước", "Kỳ này", "Năm gốc": the column's period, named by where it stands to the report's. */
  period: HeaderEntry | null;
  /** "Số liệu đơn vị kê khai" beside "Số liệu sau kiểm tra": whether the column's figures are replaced or stand. */
  standing: HeaderEntry | null;
  /** "Phương án tự chủ giai đoạn 2021–2023": the span of years the column's states were given for. */
  range: HeaderEntry | null;
  /** The row of the nearest header text above the column. */
  nearestRow: number;
};

/** Two years joined by a dash: "2021–2023", "2024 - 2026". */
const YEAR_SPAN = /(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}/;

/** How many header texts above a cell are read, nearest first. */
const HEADER_DEPTH = 8;
/** Rows above the nearest header that still belong to the same header block. */
const HEADER_BLOCK_ROWS = 3;
/** Longer texts are titles or sentences, not column headers. */
const MAX_HEADER_TOKENS = 8;
/** …and may carry a remark in brackets of a few more words. */
const BRACKET_REMARK_TOKENS = 4;
/** …after two words of its own at least (a line all in brackets is a remark). */
const BRACKET_HEADER_MIN_TOKENS = 2;

/** A column's own header of this many words or more, naming nothing the detector reads, describes what it holds. */
const DESCRIBING_TOKENS = 3;

/** A unit's name in a header may run this long; longer still, it is a sentence that happens to name one. */
const MAX_UNIT_HEADER_TOKENS = 14;

function unitHeader(info: TextInfo): boolean {
  if (info.unit === null || info.years.length > 0) return false;
  // (A unit named by three words of its name or more may be described at length: "Khối báo in, điện tử - nguyên
  // Báo Lai Châu, cơ quan ngôn luận của Đảng bộ".)
  const most = info.unit.length >= FULL_NAME_WORDS ? MAX_NAMED_UNIT_HEADER_TOKENS : MAX_UNIT_HEADER_TOKENS;
  return info.tokenCount <= most;
}

/** A unit's name matched over this many words is surely its name. */
const FULL_NAME_WORDS = 3;
/** …and a header naming it so may run this long. */
const MAX_NAMED_UNIT_HEADER_TOKENS = 20;

/** Whether a column's header block says nothing read here: no label, role, unit, year, period, standing or span. */
export function namesNothing(b: HeaderBlock): boolean {
  return (
    b.label === null &&
    b.role === null &&
    b.unit === null &&
    b.year === null &&
    b.period === null &&
    b.standing === null &&
    b.range === null
  );
}

/** No header at all. */
export const NO_HEADER: HeaderBlock = {
  label: null,
  role: null,
  unit: null,
  year: null,
  period: null,
  standing: null,
  range: null,
  nearestRow: 0,
};

/** The texts seen so far in each column, with the header block above the current row cached per column. */
export class ColumnHeaders {
  private readonly entries: HeaderEntry[][] = [];
  private readonly cache: Array<HeaderBlock | undefined> = [];

  push(col: number, entry: HeaderEntry): void {
    (this.entries[col] ??= []).push(entry);
    this.cache[col] = undefined;
  }

  block(col: number): HeaderBlock {
    const cached = this.cache[col];
    if (cached) return cached;
    const list = this.entries[col];
    const block = list ? summarize(list) : NO_HEADER;
    this.cache[col] = block;
    return block;
  }
}

/** Whether a column's own header says in words what the column holds while naming no input, role, unit, year or
 * period: "Riêng phần thu quảng cáo, tài trợ chương trình". */
function describesOtherwise(h: HeaderEntry): boolean {
  const info = h.info;
  return (
    !h.lone &&
    !h.section &&
    info.tokenCount >= DESCRIBING_TOKENS &&
    info.inputs.length === 0 &&
    info.role === null &&
    info.unit === null &&
    info.years.length === 0 &&
    info.period === null &&
    !info.measureHeader &&
    info.measures.length === 0
  );
}

function summarize(list: HeaderEntry[]): HeaderBlock {
  const nearestRow = list[list.length - 1]?.row ?? 0;
  const out: HeaderBlock = { ...NO_HEADER, nearestRow };
  // The block ends a few rows above its nearest header that is not a section's heading: sections follow one another
  // down the table ("I. HẠ TẦNG …", rows, "II. HỆ THỐNG …"), under the same column headers; only the nearest section
  // heads the rows.
  let blockRow = nearestRow;
  if (list[list.length - 1]?.section)
    for (let i = list.length - 2; i >= 0; i--) {
      const h = list[i];
      if (h && !h.section) {
        blockRow = h.row;
        break;
      }
    }
  let sectionSeen = false;
  let seen = 0;
  // The column's own header says in words what it holds, naming no input ("Riêng phần thu quảng cáo, tài trợ" under
  // "Nguồn thu (triệu đồng)" merged over it and "Thu toàn đơn vị"): a part, not the input a group header above names.
  let describedOtherwise = false;
  for (let i = list.length - 1; i >= 0 && seen < HEADER_DEPTH; i--) {
    const h = list[i];
    if (!h) continue;
    if (h.section) {
      if (sectionSeen) continue;
      sectionSeen = true;
    }
    if (h.row < blockRow - HEADER_BLOCK_ROWS) break;
    const info = h.info;
    if (i === list.length - 1) describedOtherwise = describesOtherwise(h);
    // A unit's full name is long and still a header ("Báo Lai Châu - Cơ quan của Đảng bộ tỉnh Lai Châu").
    // (A remark in brackets closing a short header that says what the column holds, "Hiện trạng sau đầu tư (đến
    // tháng 11/2025)", keeps it one; a remark naming a year or a period may be a title's.)
    if (
      (info.tokenCount > MAX_HEADER_TOKENS + BRACKET_REMARK_TOKENS ||
        info.outsideCount > MAX_HEADER_TOKENS ||
        info.outsideCount < BRACKET_HEADER_MIN_TOKENS ||
        info.role === null ||
        info.years.length > 0 ||
        info.period !== null) &&
      info.tokenCount > MAX_HEADER_TOKENS &&
      info.inputs.length === 0 &&
      !unitHeader(info) &&
      !h.planned
    )
      continue;
    seen++;
    // A weak match labels a column only among other labels: a title above would name every value under it.
    const first = info.inputs[0];
    if (
      !out.label &&
      first &&
      ((!first.weak && !first.byWords) || h.amongLabels) &&
      !(describedOtherwise && h.across)
    )
      out.label = h;
    // (A group header over the column naming its input more surely than the column's own header, "Nguồn thu (triệu
    // đồng)" over "Thu toàn đơn vị (cả năm)" beside "Riêng phần thu quảng cáo", says it for the column.)
    else if (
      out.label &&
      !out.label.across &&
      h.across &&
      first &&
      !first.weak &&
      !first.byWords &&
      first.input === out.label.info.inputs[0]?.input &&
      first.score > (out.label.info.inputs[0]?.score ?? 0)
    )
      out.label = h;

    if (!out.role && info.role !== null) out.role = h;
    if (!out.unit && info.unit !== null && h !== out.label) out.unit = h;
    // (A year farther up than the column's own period, "Năm 2025" above "Năm trước", is the report's, not the
    // column's.)
    if (!out.year && !out.period && info.years.length === 1 && info.role !== "plan") out.year = h;
    if (!out.year && !out.period && info.period !== null) out.period = h;
    if (!out.standing && info.standing !== null) out.standing = h;
    if (!out.range && info.years.length === 2 && YEAR_SPAN.test(info.text)) out.range = h;
  }
  return out;
}

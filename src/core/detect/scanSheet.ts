import { type Input, type Plan } from "../plan/schema";
import { parseVietnameseNumber } from "../values/parseNumber";
import { cellText, levelOf, readCell } from "../values/reading";
import { classifyWord, isListedWord } from "../values/words";
import { parseA1 } from "../workbook/address";
import { type Cell, isErrorValue, type Sheet } from "../workbook/model";
import { analyzeText, type TextInfo } from "./analyze";
import { ColumnHeaders, type HeaderBlock, namesNothing, NO_HEADER } from "./columnHeaders";
import { anotherProvince, type Lexicon } from "./lexicon";
import { measureFit } from "./measure";
import { numberedKey, numbersShared, renumbered, trailingNumber } from "./numbered";
import { type Clue, parseRange, type SheetContext, shownAddress } from "./sheetContext";
import { containsRun, foldText, labelWords, tokens } from "./text";

/** One possible answer: this cell holds this input for this unit (and year). */
export type Candidate = {
  sheet: string;
  row: number;
  col: number;
  input: string;
  unit: string;
  year: number | null;
  confidence: number;
  sheetYear: number | null;
  /** Labelled from above with nothing on its own row saying which unit or year it is. */
  underColumnLabel: boolean;
  /** Labelled by its column's header (indicators as columns), its agency named on its own row: one record. */
  labelledAbove: boolean;
  /** The cell only repeats another cell (`='Báo Lai Châu'!B9`), a copy: the cell it repeats, on that sheet (this
   * one when the formula names none); the figure's own cell is the source. */
  copyOf: { sheet: string; row: number; col: number } | null;
  /** The row adds up the agency's parts above it (its departments): the figure, not any part. */
  partsTotal: boolean;
  /** Under a column of last period's figures ("Kỳ trước - năm 2024 (ước tính)"): what was said of that year then. */
  pastPeriod: boolean;
  /** The last year of a span heading the column ("Phương án tự chủ giai đoạn 2021–2023"): a state given for it. */
  spanEnd: number | null;
  /** The row names what the input is about (the plan's subjects: "Hệ thống báo điện tử" for the security level). */
  namesSubject: boolean;
  /** The cell computes its figure from other sheets' cells (`=SUMIFS('Export_2025'!H:H, …)`): a summary of figures
   * that stand elsewhere. */
  computed: boolean;
  /** The reason, built only for the candidates that are kept. */
  explain: () => { vi: string; en: string };
};

export type ScanEnv = {
  plan: Plan;
  lex: Lexicon;
  inputs: ReadonlyMap<string, Input>;
  /** The plan's only area unit, used for province-wide inputs. */
  areaUnit: string | null;
  agencies: ReadonlySet<string>;
  analyze: (text: string) => TextInfo;
  /** valueTextKind, memoised with the analyses: workbooks repeat the same answers ("Có", "Đã tự chủ", "-") many
   * times. */
  kind: (text: string) => ValueKind;
};

const YEAR_MIN = 1990;
const YEAR_MAX = 2099;
/** Only short texts can be a yes/no word or a placeholder ("Có (từ 2024)" is about as long as they get). */
const MAX_WORD_LENGTH = 40;
const NUMBER_START = /^[\s(+\-−]*\d/;
/** A bullet then a year, as a sub-row's label: "+ 2023", "- 2024:", "• 2025". */
const BULLET_YEAR = /^\s*[+\-−–•*]\s*(?:19|20)\d{2}\s*:?\s*$/;

/** A text of the row; `fromAbove` when it is a merged cell that starts in a row above; `answer`, its cell when it
 * is an answer read as a label for the input it names ("Đã tự chủ"). */
type TextCell = { col: number; info: TextInfo; fromAbove?: boolean; answer?: Cell };
type ValueCell = { col: number; cell: Cell };

/** A column header saying whose each row is: "Chủ quản hệ thống", "Đơn vị chủ quản", "Cơ quan quản lý". */
const OWNER_HEADER =
  /^(?:(?:don vi|co quan) )?chu quan(?:\s|$)|^(?:don vi|co quan) (?:quan ly|so huu)(?:\s|$)/;
const OWNER_HEADER_TOKENS = 5;

/** The year a cell holds as a bare number or a bare 4-digit text ("2025"), else null. */
function yearOf(v: unknown): number | null {
  const n = typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX ? n : null;
}

/** A string cell's kind: a value ("number", a yes/no "word") or a text (null). */
type ValueKind = "number" | "word" | null;

/** What one text reads as, each part made when first asked: its analysis and, for a cell's text, its kind. */
type Reading = { info: TextInfo | undefined; kind: ValueKind | undefined };

/** analyzeText and valueTextKind with one memory for both (one lookup per distinct text, however many cells repeat
 * it): workbooks repeat the same labels, headers and answers many times. Made for one detection: nothing is kept
 * from one detection to the next. */
export function memoReader(lex: Lexicon, plan: Plan): Pick<ScanEnv, "analyze" | "kind"> {
  const memo = new Map<string, Reading>();
  const reading = (text: string): Reading => {
    let r = memo.get(text);
    if (!r) {
      r = { info: undefined, kind: undefined };
      memo.set(text, r);
    }
    return r;
  };
  // Labels that differ only in a number at their end read the same (numbered.ts): one analysis and one kind per head
  // and number's length, the analysis made for the text of `digits` (a detail sheet numbers its rows so).
  const shared = numbersShared(plan) ? new Map<string, Reading & { digits: string }>() : null;
  const sharing = (text: string): (Reading & { digits: string }) | null => {
    const n = shared === null ? null : trailingNumber(text);
    if (shared === null || n === null) return null;
    const key = numberedKey(n);
    let s = shared.get(key);
    if (!s) {
      s = { info: undefined, kind: undefined, digits: n.digits };
      shared.set(key, s);
    }
    return s;
  };
  // (A text that shares is not kept in `memo`: its analysis is copied each time it is asked, and the copies die young,
  // where 50,000 kept would outlive many collections. No caller tells two equal analyses apart.)
  return {
    analyze: (text) => {
      const s = sharing(text);
      if (s === null) {
        const r = reading(text);
        return (r.info ??= analyzeText(lex, text));
      }
      if (s.info === undefined) {
        s.info = analyzeText(lex, text);
        s.digits = text.slice(text.length - s.digits.length);
        return s.info;
      }
      return renumbered(s.info, s.digits, text.slice(text.length - s.digits.length));
    },
    kind: (text) => {
      const s = sharing(text);
      const r = s ?? reading(text);
      if (r.kind === undefined) r.kind = valueTextKind(text);
      return r.kind;
    },
  };
}

/** A string cell is a value (a number typed as text, a yes/no word, a placeholder) or a text (label, header). */
function valueTextKind(t: string): ValueKind {
  // "+ 2023", "- 2024:" name a sub-row's year under a parent label; they are not the figure 2023.
  if (BULLET_YEAR.test(t)) return null;
  if (NUMBER_START.test(t) && parseVietnameseNumber(t) !== null) return "number";
  if (levelOf(t) !== null) return "number";
  // ("Đã có TS hội tụ chưa", "Đã lên NT số?": a question, however it opens, never its answer.)
  if (endsAsQuestion(t) && QUESTION.test(t)) return null;
  // ("Đạt (%) so chỉ tiêu" heads a column of percentages: a unit of measure in brackets is a header's.)
  if (PERCENT_UNIT.test(t)) return null;
  return t.length <= MAX_WORD_LENGTH && classifyWord(t) !== null ? "word" : null;
}
/** An answer this short ("Không", "Hủy") is an answer; a note refusing an entry says more. */
const REFUSAL_MIN_CHARS = 8;
/** "(%)": a column's unit of measure. */
const PERCENT_UNIT = /\(\s*%\s*\)/;
/** Three words or more ending on a question: "… chưa", "… hay không", "…?". */
const QUESTION = /^\s*\S+\s+\S+.*?(?:\s(?:chưa|chua|hay không|hay khong)|\?)\s*$/iu;
/** Whether the text's last character (spaces aside, as QUESTION's `\s*$` leaves them) is one QUESTION can end on: "?",
 * the "a" of "chưa" or the "g" of "không". Most texts end otherwise, and QUESTION's lazy middle is slow to fail. */
function endsAsQuestion(t: string): boolean {
  const trimmed = t.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last === 0x3f || last === 0x61 || last === 0x41 || last === 0x67 || last === 0x47;
}

/**
 * Reads one sheet and returns every candidate cell. Linear in the cells: a value cell looks at the nearest
 * texts to its left (tracked as the row is walked) and at the header block above it (cached per column).
 */
export function scanSheet(env: ScanEnv, sheet: Sheet, ctx: SheetContext): Candidate[] {
  const out: Candidate[] = [];
  const columns = new ColumnHeaders();
  const yearColumns = new Set<number>();
  /** Header rows (no figures) with the number of their texts naming one year each. */
  const yearHeaders = new Map<number, number>();
  const measureColumns = new Set<number>();
  /** Whether a column beside `col` (either side: "Kết quả thực hiện năm 2025" may stand before "TH năm 2024"), headed
   * on header row `row` by what it holds and a later year than `year` (no plan's, none after the sheet's), is left
   * "-" on row `at`, or empty unless `dashed` (a count may stand as last known where the later year is blank):
   * "Kết quả đạt 2025" beside "… 2024". */
  const laterYearBeside = (col: number, year: number, row: number, at: number, dashed: boolean): boolean => {
    const width = sheet.rows[row]?.length ?? 0;
    // (With no year known for the sheet, a later column saying it holds the actuals stands for it: "Đã báo cáo năm
    // 2024 | Tình hình năm 2025 | KH được UBND giao 2026".)
    const until = sheetYear?.value ?? Infinity;
    for (let c = 1; c < width; c++) {
      if (c === col) continue;
      const head = columns.block(c);
      const later = head.year?.info.years[0] ?? 0;
      const v = sheet.rows[at]?.[c]?.value ?? null;
      const dash = typeof v === "string" && PLACEHOLDER.test(v);
      if (
        head.year?.row === row &&
        // (a header saying what the column holds, "Kết quả đạt 2025"; a bare year over a series says nothing so,
        // unless the later year's cell says "-" on a row giving the earlier years too: not reported)
        (!head.year.info.yearOnly || (dash && yearsBefore(c, row, at))) &&
        head.role?.info.role !== "plan" &&
        (sheetYear !== null || head.role?.info.role === "actual") &&
        later > year &&
        later <= until &&
        (dash || (!dashed && (v === null || v === "")))
      )
        return true;
    }
    return false;
  };
  /** Whether row `at` holds figures under two years of header row `row` or more left of `col`: a series. */
  const yearsBefore = (col: number, row: number, at: number): boolean => {
    let n = 0;
    for (let c = 1; c < col; c++) {
      const v = sheet.rows[at]?.[c]?.value ?? null;
      if (
        columns.block(c).year?.row === row &&
        v !== null &&
        v !== "" &&
        !(typeof v === "string" && PLACEHOLDER.test(v))
      )
        if (++n >= 2) return true;
    }
    return false;
  };
  // Columns headed "Phòng, ban chuyên môn": the names under them are an agency's departments, never an agency.
  const departmentColumns = new Set<number>();
  const mergedDown = new Map<number, TextCell[]>();
  const acrossTo = new Map<string, number>();
  const downTo = new Map<string, number>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (!r) continue;
    if (r.right > r.left) acrossTo.set(`${r.top}:${r.left}`, r.right);
    if (r.bottom > r.top) downTo.set(`${r.top}:${r.left}`, r.bottom);
  }
  let block: Clue<string> | null = null;
  // Where the block's agency was named, the last row of figures naming an agency, the last total row: a total row
  // under labelled columns closes its agency's parts (departments) when no agency row and no total came since.
  let blockRow = 0;
  // Whether the block's agency was named by a section's heading ("I. BÁO LAI CHÂU", "II | ĐÀI PT-TH").
  let blockBySection = false;
  let lastAgencyRow = 0;
  let lastTotalRow = 0;
  let parent: Left["label"] = null;
  // A labelled row with its own figures and no agency named (their total), whose agencies' parts may follow as items
  // ("Tác phẩm mới phục vụ NV chính trị | =SUM(D27:D29)", then "- Báo tỉnh L.Châu | 1.090"): the label, while the
  // rows after it are such items.
  let totalled: Left["label"] = null;
  // Whether the row above was such an item.
  let itemAbove = false;
  // The one input a title or a group heading names ("SỐ TIN, BÀI … NHIỆM VỤ CHÍNH TRỊ" above rows of agencies).
  let title: Left["label"] = null;
  // Where the title stands, and the last column its merge spans (null when it is not merged across).
  let titleAt: { row: number; right: number | null } | null = null;
  /** The number of the row's item ("4.10" before its label), and the one the title's row had. */
  let rowNumber: ItemNumber | null = null;
  let titleNumber: ItemNumber | null = null;
  // A question alone on its row ("Câu 3. Số người làm việc hiện có …") whose answer has not come yet: the first row
  // of figures after it answers it (rows of period headers may stand between).
  let question: { label: NonNullable<Left["label"]>; row: number } | null = null;
  // Rows of questions already answered: a question heading the columns below it (merged across them) labels no
  // figure after its answer.
  const answeredQuestions = new Set<number>();
  // Rows of questions numbered "Câu 4." in a cell of their own, and the last of them: an earlier question says
  // nothing of the answers to a later one.
  const questionRows = new Set<number>();
  let questionRow = 0;
  // Under a section of another province ("II | Tỉnh Lào Cai" in a ministry's sheet of several provinces), until the
  // next section: the agencies listed there are that province's, whatever short name they go by ("Tạp chí Phan Xi
  // Păng").
  let foreignSection = false;
  let sheetYear = ctx.sheetYear;
  let seenValues = false;
  // Columns that have held a figure or an answer on a row above.
  const figureColumns: boolean[] = [];
  // The last row of figures whose year stood on it, in a column of years or in its label ("Năm TH 2025 (ước cả năm)").
  let lastYearRow = 0;
  // Columns headed by whose the row is ("Chủ quản hệ thống", "Đơn vị chủ quản").
  const ownerColumns = new Set<number>();
  // The figures of the row before this one.
  let lastRowValues: readonly ValueCell[] = NO_VALUES;
  // Rows of captions under a row of figures (a dashboard's tiles): each caption names the figure above it; the
  // row heads nothing below it.
  const captionRows = new Set<number>();

  let context: SheetContext = ctx;
  // The agency a row of figures named, and where, for the rows under it that leave its cell empty.
  const ditto: { at: Ditto | null } = { at: null };
  // Rows that only carry on the label of the row above (a label wrapped over two rows).
  const wrapped = new Set<number>();
  for (let r = 1; r < sheet.rows.length; r++) {
    if (wrapped.has(r)) continue;
    const row = sheet.rows[r];
    const rowBlock = block;
    const texts: TextCell[] = mergedDown.get(r)?.slice() ?? [];
    let spreadAcross = true;
    const values: ValueCell[] = [];
    let rowYear: (Clue<number> & { back?: number; column?: true }) | null = null;
    // A field of an indicator's card ("Tên gọi gọn | TB NVCT mới"): its value speaks for the card, not for the
    // column it happens to stand in.
    let cardField = false;
    if (row) {
      for (let c = 1; c < row.length; c++) {
        const cell = row[c];
        // A struck-through entry was crossed out by its author: neither a figure nor a label.
        if (!cell || cell.struck) continue;
        const v = cell.value;
        const inYears = yearColumns.size > 0 && yearColumns.has(c);
        const y = inYears ? yearOf(v) : null;
        // ("Năm 2021" written out in a column of years is 2021 too, and stays the row's text.)
        const written =
          y === null && inYears && typeof v === "string"
            ? yearOf(/^\s*nam\s*(\d{4})\s*$/.exec(foldText(cellText(cell)))?.[1])
            : null;
        if (y !== null || written !== null) {
          const at = shownAddress(ctx, r, c);
          rowYear = {
            value: y ?? written ?? 0,
            weight: 0.95,
            vi: `cột Năm (${at})`,
            en: `Year column (${at})`,
            column: true,
          };
          if (y !== null) continue;
        }
        if (typeof v === "string") {
          const t = cellText(cell);
          if (t === "") continue;
          const kind = env.kind(t);
          // "Được cấp phép lại" is an answer in a cell and a label at the start of a row.
          const info = kind === "word" || kind === null ? env.analyze(t) : null;
          // …and "Đã tập huấn CĐS" heads a column: a phrase that merely opens with "đã" (not an answer agencies
          // type, as "Đã cấp phép lại" is) and names an input surely is a label or a header, wherever it stands.
          const asLabel =
            kind === "word" &&
            info !== null &&
            info.inputs.length > 0 &&
            // ("Có, đang vận hành", "Đã hoàn thành": an answer sharing a word or two with an input, no phrase of it)
            !info.inputs[0]?.byWords &&
            // ("Chưa tự chủ" under "Đơn vị tự bảo đảm chi thường xuyên?" answers its column's question)
            columns.block(c).label?.info.inputs[0]?.input !== info.inputs[0]?.input &&
            // (…nor "Đã được giao tự chủ" after an agency's name, under a title naming autonomy; a header row naming
            // other inputs before it is no agency's row: "Cơ quan | Người làm việc | Đã qua BD")
            // (…nor "Chưa tự chủ" after "Số liệu 2025" in a card titled by autonomy: the year's answer)
            // (…nor "Đã tự chủ chi thường xuyên" after "- Báo LC" under the row of their total naming autonomy)
            !(
              (title?.info.inputs[0]?.input === info.inputs[0]?.input ||
                totalled?.info.inputs[0]?.input === info.inputs[0]?.input) &&
              (texts.some((x) => x.info.unit !== null) ||
                // (…nor "Đã có giấy phép mới" under the magazine's column, beside "Tình hình hiện nay")
                columns.block(c).unit !== null ||
                (texts.length > 0 && texts.every((x) => x.info.years.length > 0))) &&
              texts.every((x) => x.info.inputs.length === 0)
            ) &&
            // (…nor "Đã được cấp lại" on the answer line under "Câu 10. Đã được cấp lại giấy phép …?"; a header row
            // naming other inputs before it is no answer line: "Người làm việc (tổng) | Đã qua BD-CĐS (người)")
            (question?.label.info.inputs[0]?.input !== info.inputs[0]?.input ||
              texts.some((x) => x.info.inputs.length > 0)) &&
            (!texts.some((x) => x.info.inputs.length > 0)
              ? // ("Đã tự chủ chi thường xuyên" under a bare year, in a column that held figures on the rows above, after a
                // label naming nothing in a column that never did: "Cơ chế TC tài chính CQ | Có/Chưa | … | Đã tự chủ
                // …", the row's answer; one naming its input weakly, "Đã duyệt", stays a word of the row)
                !(
                  !info.inputs[0]?.weak &&
                  figureColumns[c] === true &&
                  columns.block(c).year?.info.yearOnly === true &&
                  texts.length > 0 &&
                  texts.every((x) => figureColumns[x.col] !== true)
                )
              : !isListedWord(t) &&
                // ("Đã tự chủ chi thường xuyên" in a column that held figures on the rows above, after a label in a
                // column that never did, is that row's answer; the next table's header row puts its labels where the
                // last table's figures were)
                !(
                  figureColumns[c] === true &&
                  texts.every((x) => x.info.inputs.length === 0 || figureColumns[x.col] !== true)
                ) &&
                // ("Đã tự chủ" after "Đơn vị tự bảo đảm chi thường xuyên" answers the row's own question)
                !texts.some((x) => x.info.inputs[0]?.input === info.inputs[0]?.input) &&
                // (a weak one too after two labels or more, no figure between: a header row of indicators; a
                // question's answer follows one label)
                ((!info.inputs[0]?.weak && !info.inputs[0]?.byWords) ||
                  (values.length === 0 && texts.filter((x) => x.info.inputs.length > 0).length >= 2)));
          // A "-" or "+" before any text on the row is a bullet, not an empty answer.
          if (kind === "word" && texts.length === 0 && /^[-–—+•*.…]+$/.test(t)) continue;
          // Under "ĐVT", "Có-Không" is the row's unit of measure, not its answer.
          const unitOfMeasure = kind === "word" && measureColumns.has(c);
          if (kind !== null && !asLabel && !unitOfMeasure) {
            values.push({ col: c, cell });
            continue;
          }
          if (!info) continue;
          texts.push(kind === "word" ? { col: c, info, answer: cell } : { col: c, info });
          const down = downTo.size > 0 ? downTo.get(`${r}:${c}`) : undefined;
          if (down !== undefined)
            for (let rr = r + 1; rr <= down; rr++)
              mergedDown.set(rr, [...(mergedDown.get(rr) ?? []), { col: c, info, fromAbove: true }]);
        } else if (v === null || v instanceof Date) {
          continue;
        } else {
          values.push({ col: c, cell });
        }
      }
    }
    if (texts.length > 1) texts.sort((a, b) => a.col - b.col);
    // ("Ban Báo điện tử" under "Phòng, ban chuyên môn" is the newspaper's department, not the newspaper.)
    if (departmentColumns.size > 0)
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i] as TextCell;
        const weak = t.info.inputs.length > 0 && !byPhrase(t.info);
        // (nor is "Ban Thời sự - Chính trị" a label of political articles)
        if ((t.info.unit || weak) && departmentColumns.has(t.col))
          texts[i] = { ...t, info: { ...t.info, unit: null, inputs: weak ? [] : t.info.inputs } };
      }
    // A label wrapped over two rows, as a page converted from PDF leaves it ("Lực lượng lãnh đạo, PV, BTV," | … | 57,
    // then "KTV và nhân viên hiện có" alone under it): read as one label, the second row as part of it.
    if (values.length > 0) {
      const at = texts.findIndex((t) => !t.fromAbove && t.col < (values[values.length - 1]?.col ?? 0));
      const label = texts[at];
      const rest = label ? wrappedRest(sheet, r + 1, label.col) : null;
      if (label && rest !== null) {
        const joined = env.analyze(`${label.info.text} ${rest}`);
        const [was] = label.info.inputs;
        const [now] = joined.inputs;
        if (
          now &&
          !now.weak &&
          (!was || was.weak === true || now.input !== was.input || now.score > was.score)
        ) {
          texts[at] = { ...label, info: joined };
          wrapped.add(r + 1);
        }
      }
    }
    // A row of figures with its agency's cell left empty right under a row of figures that named the agency ("Nguyễn
    // Thu Hà (Đài PT&TH …)" | … | 3.233,5, then rows of the message's other years): the same agency, as if merged
    // down.
    // (Not under a merged name: its merge says where it ends.)
    const prior = ditto.at;
    ditto.at = null;
    if (
      values.length > 0 &&
      prior !== null &&
      prior.row === r - 1 &&
      !texts.some((t) => t.info.unit !== null || t.col <= prior.col)
    ) {
      texts.unshift({ col: prior.col, info: prior.info, fromAbove: true });
      ditto.at = { row: r, col: prior.col, info: prior.info };
    } else if (values.length > 0) {
      const named = texts.find((t) => !t.fromAbove && t.info.unit !== null && t.info.inputs.length === 0);
      // (a message's row may give no figure of its own, only its number: "30 | … | Nguyễn Thu Hà (T/c Văn nghệ) | …")
      if (named) ditto.at = { row: r, col: named.col, info: named.info };
    }
    // "Tên chuỗi số liệu | Tổng LĐ của CQ (ng) | Đã TH về CĐS | Tỷ lệ …": headers that open as answers do.
    if (values.length > 0 && texts.length >= HEADERS_AROUND_WORD && answersAmongHeaders(env, texts, values)) {
      for (const x of values) texts.push({ col: x.col, info: env.analyze(cellText(x.cell)) });
      values.length = 0;
      texts.sort((a, b) => a.col - b.col);
    }
    // (A caption that reads as an answer, "Đã tự chủ TC?", is still the caption of the figure above it.)
    const captionRow = captionRows.has(r);
    if (captionRow) values.length = 0;
    // A row of figures and answers with no label anywhere (none on the row but answers naming their input, none
    // above any of them), with a row of captions right under it: a dashboard's tiles, each named by its caption.
    const captions = captionRow
      ? null
      : tileCaptions(env, sheet, r, texts, values, question === null, columns);
    if (captions) {
      // (An answer that names its input, "Đã tự chủ", is a tile's figure there.)
      for (const t of texts) if (t.answer) values.push({ col: t.col, cell: t.answer });
      values.sort((a, b) => a.col - b.col);
      texts.splice(0, texts.length, ...texts.filter((t) => !t.answer));
    }
    // Codes and numbers in a column headed "Mã số", "STT", "Ghi chú" are never figures: they do not make a row a
    // row of figures (a parent label with its code beside it still heads its "+ 2020" sub-rows).
    // (The row's number may stand under a notes column, "4.1" under "TT": a code, and still the row's number.)
    const firstText = texts[0]?.col;
    const numbered = firstText === undefined ? NO_VALUES : values.filter((x) => x.col < firstText);
    const codesOnly =
      values.length > 0 && values.some((x) => columns.block(x.col).role?.info.role === "notes");
    if (codesOnly)
      values.splice(
        0,
        values.length,
        ...values.filter((x) => columns.block(x.col).role?.info.role !== "notes"),
      );
    // "1", "2" (or 1, 2) before the first text of a row number the row; they are not its values.
    // (A number or two, and nothing else: a row of figures with a note at its far right is not numbered by its
    // figures.)
    const beforeText = firstText === undefined ? NO_VALUES : values.filter((x) => x.col < firstText);
    const numbers = rowNumbers(beforeText, firstText)
      ? beforeText
      : codesOnly && rowNumbers(numbered, firstText)
        ? numbered
        : null;
    if (numbers === beforeText)
      values.splice(
        0,
        values.length,
        ...values.filter((x) => x.col > (firstText ?? 0) || !isRowNumber(x.cell)),
      );
    rowNumber = numbers?.[0] ? { col: numbers[0].col, depth: depthOf(numbers[0].cell) } : null;

    // A row named by its period ("Năm báo cáo", "Năm kề trước", "Hai năm trước"), in the year column or before the
    // row's figures: the year it stands for, counted back from the report year (none when no report year is known).
    if (!rowYear && sheetYear && values.length > 0) {
      const firstValue = values[0]?.col ?? Infinity;
      const named = texts.find(
        (t) =>
          !t.fromAbove &&
          t.col < firstValue &&
          t.info.inputs.length === 0 &&
          (t.info.period === "previous" || t.info.period === "current") &&
          t.info.tokenCount <= PERIOD_ROW_TOKENS,
      );
      if (named) rowYear = periodYear(named.info, sheetYear, shownAddress(ctx, r, named.col));
    }

    // Under a parent label, a row that opens with a bare year ("2025" then its figure) is that year's sub-row.
    const opening = values[0];
    if (
      parent &&
      texts.length === 0 &&
      values.length >= 2 &&
      opening &&
      yearOf(opening.cell.value) !== null
    ) {
      texts.push({ col: opening.col, info: env.analyze(`Năm ${String(yearOf(opening.cell.value))}`) });
      values.shift();
    }

    // A row of years (2020 2021 … as numbers) is a header row, not data.
    // Every value a year: a figure that happens to lie between 1990 and 2099 does not make one. One year beside
    // a header naming another ("2024" | "Năm 2025", "Năm 2024" | "2025") is such a row too; a sub-row's year
    // before it labels a row ("- Năm 2024: | 2012").
    if (
      (values.length >= 2 ||
        (values.length === 1 &&
          texts.some(
            (t) =>
              !t.fromAbove &&
              t.info.yearOnly &&
              t.info.years.length === 1 &&
              (t.col > (values[0]?.col ?? 0) || !SUB_ROW_YEAR.test(t.info.text)),
          ))) &&
      // (A header that reads as an answer after the years, "2025" | "Đã BD CĐS (người)", is a header among them.)
      values.every(
        (x, i) =>
          yearOf(x.cell.value) !== null ||
          (i >= 2 && typeof x.cell.value === "string" && env.kind(cellText(x.cell)) === "word"),
      ) &&
      // (headers naming inputs after the years, "2025" | "Tổng số người đang LV", are the header row's own)
      (!texts.some((t) => !t.fromAbove && t.info.inputs.length > 0 && t.col < (values[0]?.col ?? 0)) ||
        // (three years or more in a row, each the one before and one, after a caption naming an input: "Chuỗi / Năm
        // (DT toàn CQ)" | 2022 | 2023 | 2024, a chart's data block, no figures)
        (values.length >= CAPTIONED_YEARS &&
          values.every(
            (x, i) => i === 0 || yearOf(x.cell.value) === (yearOf(values[i - 1]?.cell.value) ?? 0) + 1,
          )))
    ) {
      for (const x of values) {
        const year = yearOf(x.cell.value);
        texts.push({
          col: x.col,
          info: env.analyze(year !== null ? `Năm ${String(year)}` : cellText(x.cell)),
        });
      }
      values.length = 0;
      texts.sort((a, b) => a.col - b.col);
    }

    // A row naming only an agency, as an item ("- Báo tỉnh L.Châu (BLC) | 1.090 | …"), right under the labelled
    // row of their total or under another such item: that agency's part of the labelled row's input.
    // (An item left blank keeps the list going; a remark after its figures is the item's own.)
    const firstFigure = values[0]?.col ?? Infinity;
    const lastFigure = values[values.length - 1]?.col ?? Infinity;
    const agencyItem =
      texts.some(
        (t) =>
          t.col < firstFigure &&
          t.info.unit !== null &&
          env.agencies.has(t.info.unit.id) &&
          ITEM_MARK.test(t.info.text),
      ) &&
      texts.every(
        (t) => t.col > lastFigure || (!t.fromAbove && t.info.inputs.length === 0 && t.col < firstFigure),
      );
    const item: Left["label"] = agencyItem ? totalled : null;
    // (A lead-in alone on its row between the total and its items, "Phân theo cơ quan báo chí:", keeps them its; one
    // after the items, "Chia theo loại hình báo chí:", leads to other parts.)
    totalled =
      item ?? (totalled && !itemAbove && values.length === 0 && leadInAlone(texts) ? totalled : null);
    itemAbove = item !== null;
    // The row's first cell, read as typed: a section's number ("III", "V"; "V" alone may be a tick elsewhere).
    const lead = row?.find(filled);
    const sectionLead = lead !== undefined && typeof lead.value === "string" && SECTION_CELL.test(lead.value);
    // Rows with no values set context: the reporting unit line, a heading naming one agency, the period,
    // and a parent label whose sub-rows are years ("- Tin, bài …" then "+ Năm 2020", "+ Năm 2021").
    if (values.length === 0 && texts.length > 0 && !captionRow) {
      const own = texts.filter((t) => !t.fromAbove);
      if (own.length >= 2 && QUESTION_NUMBER.test(own[0]?.info.text ?? "")) {
        questionRow = r;
        questionRows.add(r);
      }
      const labelText = own.find((t) => t.info.inputs.length > 0);
      // A parent label opens its row (after a number such as "Câu 1"); a header row naming inputs in later
      // columns is not one.
      // (A row naming two inputs or more heads columns: indicators as columns. One naming its input again in a later
      // column, a short name under "Tên rút gọn", is still one label.)
      if (own.length > 0)
        parent =
          labelText &&
          own.every(
            (t) => t.info.inputs.length === 0 || t.info.inputs[0]?.input === labelText.info.inputs[0]?.input,
          ) &&
          own.slice(0, own.indexOf(labelText)).every((t) => t.info.tokenCount <= 2 && !t.info.unit)
            ? { info: labelText.info, at: shownAddress(ctx, r, labelText.col) }
            : null;
      // (…and its agencies' parts may follow as items, its own total left blank: "0916 | Phân phối sản phẩm báo chí
      // trên môi trường số | Đã/Chưa", "Phân theo cơ quan báo chí:", "- Báo LC | Đã có".)
      // (A label naming it weakly heads them by the row's short name, under "Tên rút gọn", naming it surely.)
      const sure: TextCell | undefined =
        parent && block === null && own.every((t) => t.info.unit === null)
          ? own.find((t) => t.info.inputs[0]?.input === parent?.info.inputs[0]?.input && surelyOne(t.info))
          : undefined;
      if (parent && sure)
        totalled = surelyOne(parent.info) ? parent : { info: sure.info, at: shownAddress(ctx, r, sure.col) };
      const naming = own.filter((t) => t.info.inputs.length > 0);
      // (A heading's unit of measure beside it, "tin-bài" under "ĐVT", leaves it alone on its row; so does a count
      // of its agencies that meet it, "3/3" over "- Báo …  | ✓" rows.)
      // (Nor does a remark under a notes column headed on the header row, "Sở VHTT&DL" under "Cơ quan chủ trì".)
      const spoken = own.filter(
        (t) =>
          t.info.inputs.length > 0 ||
          !(
            measureColumns.has(t.col) ||
            COUNT_OF_ALL.test(t.info.text) ||
            (rowNumber !== null && headedRole(columns, t.col) === "notes")
          ),
      );
      if (naming.length > 0) {
        // A title stands alone on its row; a data row left without its figure is not one.
        // (So does one captioning the rows below a header of years: "Tên chuỗi số liệu (SP báo chí NVCT mới)" |
        // "Năm 2020" | … | "KH giao 2025", a chart's data block; under a title naming the same input, it keeps the
        // title's.)
        const caption =
          naming.length === 1 &&
          own[0] === naming[0] &&
          own.length >= CAPTIONED_YEARS + 1 &&
          own.slice(1).every((t) => t.info.inputs.length === 0 && t.info.years.length > 0);
        const only = naming.length === 1 && (spoken.length === 1 || caption) ? naming[0] : undefined;
        const captioned = caption && title?.info.inputs[0]?.input === naming[0]?.info.inputs[0]?.input;
        // (A header row under the title whose parts' names happen to name an input, "Báo in | Truyền hình | Mạng
        // xã hội" under "Chia theo loại hình", is still the title's table: only a row opening with a label ends it.)
        const headerRow = title !== null && own.length >= 3 && own[0]?.info.inputs.length === 0 && !only;
        // (A field of the indicator's card under its title, "Tên gọi gọn | TB NVCT mới", "Nguồn lấy số | Hệ thống
        // quản lý nội dung (CMS)": its value restates the title's input or names none surely; the title stays.)
        const value = naming.length === 1 && own.length === 2 && naming[0] === own[1] ? naming[0] : undefined;
        const field =
          title !== null &&
          value !== undefined &&
          (value.info.inputs[0]?.input === title.info.inputs[0]?.input || !surelyOne(value.info));
        // (…and with no title above, "Chỉ tiêu 6 - Nhân lực đã qua lớp CĐS" naming its input only weakly, a field
        // naming one surely, "Tên viết tắt trong biểu | Số đã BD về CĐS", titles the card.)
        // (A key is words, not a section's number: "B | NGUỒN THU" heads a section.)
        const key = own[0];
        const keyed: boolean =
          title === null &&
          value !== undefined &&
          surelyOne(value.info) &&
          key !== undefined &&
          key.info.unit === null &&
          key.info.tokenCount >= 2 &&
          key.info.tokenCount <= FIELD_KEY_TOKENS;
        cardField = field || keyed;
        if (!headerRow && !captioned && !field) {
          // (The number the title's item stands under, "4.9" in its own cell before it.)
          titleNumber = rowNumber;
          const titleCell: TextCell | null | undefined =
            only &&
            (surelyOne(only.info) || weakButMeasured(env, only.info, statedMeasures(own, measureColumns)))
              ? only
              : keyed && value
                ? value
                : null;
          title = titleCell ? { info: titleCell.info, at: shownAddress(ctx, r, titleCell.col) } : null;
          titleAt = titleCell ? { row: r, right: acrossTo.get(`${r}:${titleCell.col}`) ?? null } : null;
        }
        // (A question may be numbered in a cell of its own: "Câu 4." | "Nền tảng dữ liệu tập trung …".)
        const asked =
          naming.length === 1 &&
          own[own.length - 1] === naming[0] &&
          own.slice(0, -1).every((t) => t.info.tokenCount <= 2 && !t.info.unit && NUMBERING.test(t.info.text))
            ? naming[0]
            : undefined;
        question =
          !headerRow && asked
            ? { label: { info: asked.info, at: shownAddress(ctx, r, asked.col) }, row: r }
            : null;
      } else if (
        spoken.length === 1 &&
        spoken[0] &&
        spoken[0].info.tokenCount >= NEXT_TITLE_TOKENS &&
        !spoken[0].info.unit &&
        spoken[0].info.years.length === 0 &&
        spoken[0].info.measures.length === 0 &&
        // ("DỰ TOÁN NSNN GIAO" over its years: the plan's figures of a next table; "Chỉ tiêu 4 - Thu QC - TT", the
        // next numbered heading, whatever its words say)
        (spoken[0].info.role === null ||
          (spoken[0].info.role === "plan" && spoken.length < own.length) ||
          NUMBERED_HEADING.test(spoken[0].info.text)) &&
        !spoken[0].info.text.trimStart().startsWith("(") &&
        // ("Đơn vị tính: TP": the title's unit of measure, however it is written, is still the title's.)
        !spoken[0].info.measureLine
      ) {
        // The next table's title, naming nothing the matcher reads ("Bảng 7. Vận hành phòng biên tập hội tụ"),
        // ends the last title's table.
        title = null;
        question = null;
      } else if (
        title !== null &&
        rowNumber !== null &&
        rowNumber.col === titleNumber?.col &&
        rowNumber.depth === titleNumber.depth
      ) {
        // The next item numbered as the title's ("4.10" after "4.9", in the same column), whatever its words say
        // ("Tỷ lệ nhân sự …", not an input of the plan), ends the title's rows.
        title = null;
        question = null;
      } else if (
        // (a header row of periods keeps the question: "Năm | 2022 | 2023 …", "Kỳ này | Kỳ trước"; so does one
        // opening on the answer's lead-in, "Trả lời: | Số liệu từng năm: | Năm 2020 | Năm 2021 …")
        own.some(
          (t) => t.info.years.length === 0 && t.info.period === null && !t.info.yearColumn && !leadIn(t.info),
        )
      )
        question = null;
      // (An item left blank under its total or its title names no heading.)
      const heading: Clue<string> | null =
        agencyItem && (item || title) ? null : headingUnit(env, texts, r, ctx);
      // A sentence mentioning the same agency again ("Năm 2025, Đài PT&TH tỉnh … tiếp tục …") does not weaken what
      // its masthead said.
      const sectioned = sectionHeading(texts, sectionLead);
      if (heading && !(block && block.value === heading.value && block.weight > heading.weight)) {
        block = heading;
        blockBySection = sectioned;
      }
      // (A header row naming agencies side by side, "Báo … | Đài … | Tạp chí … | Số CQ đã đạt", puts each agency over
      // its column: the agency a row above named heads none of the columns under it.)
      else if (!heading && agenciesNamed(texts) >= 2) block = null;
      // (Nor does an agency's section, "II | ĐÀI PT-TH LAI CHÂU", go on under the next section, which names a body
      // that is none of the plan's agencies: "III | TRUNG TÂM QUẢN LÝ CỔNG THÔNG TIN ĐIỆN TỬ", "IV. CẢ TỈNH LCH (VSVX)".
      // Its rows are that body's: no agency's.)
      else if (!heading && sectioned && blockBySection) block = NO_AGENCY;
      blockRow = r;
      // Agencies side by side, each heading its own columns ("I. Báo …" in A, "II. Đài …" in D, their outlines
      // below): from here on each band of columns is read as a sheet of its own.
      const sides = heading || ctx.band ? null : sideHeadings(env, sheet, texts, r);
      if (sides) {
        for (const part of bands(sheet, sides))
          for (const c of scanSheet(env, part, { ...ctx, band: true })) if (c.row >= r) out.push(c);
        return out;
      }
      // A heading across the table ("II. ĐÀI PT-TH") separates blocks; it does not head the columns under it.
      // (Nor does a numbered section saying nothing of its columns' role, year or input, "IV | Địa bàn toàn tỉnh (tỉnh
      // LChâu)", "IV | Cả tỉnh Lai Châu (tổng hợp chung)": its rows stand under the same columns as those above.)
      if (
        heading ||
        (sectioned &&
          texts.every((t) => t.info.role === null && t.info.inputs.length === 0 && t.info.years.length === 0))
      )
        spreadAcross = false;
      // The title's year, unless the sheet's name gave one (a file name's year is weaker than the title's).
      if (!seenValues && (!sheetYear || sheetYear.weight < TITLE_YEAR_WEIGHT) && texts.length <= 2)
        sheetYear = titleYear(texts) ?? sheetYear;
      // "II | Năm tài chính 2024" after the rows of 2023: a section naming only its year ends the last section's
      // title, and where the first section's heading gave the sheet its year, heads the rows below with its own.
      else if (seenValues) {
        const named = texts.filter((t) => !SECTION_MARK.test(t.info.text));
        const only =
          named.length === 1 && (named.length < texts.length || rowNumber !== null || codesOnly)
            ? named[0]
            : undefined;
        // (not a year's sub-row left blank under its title, "02.2 | + 2021", "02.2 | Năm 2021")
        const year =
          only &&
          !ITEM_MARK.test(only.info.text) &&
          !(title !== null && rowNumber !== null && rowNumber.depth > (titleNumber?.depth ?? Infinity)) &&
          only.info.inputs.length === 0 &&
          only.info.unit === null &&
          only.info.tokenCount <= SECTION_YEAR_TOKENS
            ? titleYear([only])
            : null;
        if (year) {
          title = null;
          question = null;
          if (sheetYear !== ctx.sheetYear) sheetYear = year;
        }
      }
    }
    // A row that opens with an agency's name and names no input, with figures after it (a pivot table's agency
    // row with its subtotals, "Báo Lai Châu | 874 | 14281 …"), heads the rows below it as a heading would, when the
    // rows below are labelled by inputs. (An item under its total heads nothing.)
    if (values.length > 0 && texts.length > 0 && !item) {
      const first = texts[0];
      if (
        first &&
        !first.fromAbove &&
        first.col < (values[0]?.col ?? Infinity) &&
        !ITEM_MARK.test(first.info.text) &&
        texts.every((t) => t.info.inputs.length === 0)
      ) {
        const heading = headingUnit(env, [first], r, ctx);
        if (heading) {
          block = heading;
          blockBySection = false;
          blockRow = r;
        }
      }
    }
    if (sectionLead)
      foreignSection = namesOtherProvince(env, texts, values.find((x) => x.cell !== lead)?.col ?? Infinity);
    if (values.length > 0) seenValues = true;
    // (Only the first row of figures after a question answers it: "Dự kiến đến năm 2030:" under the answer is not.)
    const asked = values.length > 0 ? question : null;
    if (values.length > 0) question = null;
    if (asked) answeredQuestions.add(asked.row);
    for (const v of values) figureColumns[v.col] = true;
    // (Read by the header loop below: the row above's figures; empty rows between keep none.)
    const above = lastRowValues;
    lastRowValues = values;
    // A labelled row with its own figure may head year sub-rows too ("Tin bài … | 1.248", then "- Năm 2024 | 1.200").
    if (values.length > 0) {
      const labelled = texts.find((t) => !t.fromAbove && t.info.inputs.length > 0 && surelyOne(t.info));
      if (labelled && labelled.col < (values[0]?.col ?? Infinity)) {
        parent = { info: labelled.info, at: shownAddress(ctx, r, labelled.col) };
        if (block === null && texts.every((t) => t.info.unit === null)) totalled = parent;
      } else if (labelled && block === null && texts.every((t) => t.info.unit === null)) {
        // (A label naming its input weakly heads its agencies' items by the row's short name after the figures,
        // under "Tên rút gọn", naming the same input surely: "Nhân sự toàn cơ quan có mặt …" | 179 | … | "Quân số".)
        // (Most rows of figures have no such name: the row is read further only when one names an input surely.)
        const first = texts.find((t) => !t.fromAbove && t.info.inputs.length > 0);
        if (
          first &&
          first.col < (values[0]?.col ?? Infinity) &&
          labelled.info.inputs[0]?.input === first.info.inputs[0]?.input
        )
          totalled = { info: labelled.info, at: shownAddress(ctx, r, labelled.col) };
      }
    }

    if (values.length > 0) {
      // (a context per year the sheet is read under, not per row)
      if (context.sheetYear !== sheetYear) context = { ...ctx, sheetYear };
      const stated = statedMeasures(texts, measureColumns);
      // A short "KH" / "TH" / "Ước TH" anywhere on the row says what the row's values are (long lists).
      // (In a sentence with blanks, texts between its figures, "; tốc độ tăng" and "%" speak of the figures next to
      // them, not of the row's.)
      const [firstValue, lastValue] = [values[0]?.col ?? 0, values[values.length - 1]?.col ?? 0];
      const sentence = texts.some((t) => !t.fromAbove && t.col > firstValue && t.col < lastValue);
      const rowRole =
        texts.find(
          (t) =>
            !t.fromAbove &&
            (t.col < firstValue || !sentence) &&
            t.info.role !== null &&
            t.info.tokenCount <= 3 &&
            !/\d/.test(t.info.text) &&
            t.info.inputs.length === 0 &&
            columns.block(t.col).role?.info.role !== "notes" &&
            // (a note after the row's first text, "Email công vụ" as how the figure came, is that cell's own)
            (t.info.role !== "notes" || t === texts[0]),
        )?.info.role ?? null;
      // "TỔNG CỘNG", "Tổng cộng các huyện": the row adds up the rows above it.
      const totalRow = texts.some((t) => !t.fromAbove && t.col < firstValue && namesTotal(t.info));
      let k = 0;
      const left: Left = {
        label: null,
        unit: null,
        role: null,
        year: null,
        // (Read only for a status answer under a plan column: rows of figures never need it.)
        onlyUnderPlan: allUnderPlan(values, columns),
        yearAfterLabel: false,
        rowTexts: texts,
        laterYearBeside,
        // ("Đã gửi lại, thay bằng số liệu ngày 14/11/2025" in a log: a later entry replaces this row's figures.)
        // ("Không duyệt, nhập nhầm" reads as a "no" and stands among the values: a note all the same.)
        replaced:
          texts.some((t) => !t.fromAbove && t.info.inputs.length === 0 && t.info.replacedNote) ||
          values.some(
            (x) =>
              typeof x.cell.value === "string" &&
              x.cell.value.length > REFUSAL_MIN_CHARS &&
              env.analyze(cellText(x.cell)).replacedNote,
          ),
      };
      // "Số liệu các năm 2020, 2021, 2022, 2023: | 2.760 | ; | 2.949 | …": a row continuing the labelled row above it,
      // its text naming the years of the figures that follow, in order (";" between them counts the places).
      const yearList = yearListOf(texts, values);
      // A column headed by the title's own input ("Tin-bài NVCT (SL)" after "Sóng phát thanh", "Cổng TTĐT" under
      // "SỐ TIN, BÀI NVCT - PHÂN THEO KÊNH"): that column is the figure, the others its parts.
      const titleInput = title?.info.inputs[0]?.input;
      const titleColumn =
        titleInput !== undefined &&
        values.some((x) => columns.block(x.col).label?.info.inputs[0]?.input === titleInput);
      // A figure left out of the column that stands ("Số thống nhất sau đối chiếu" | "-"): the row's other columns
      // of the same year, the figures it settles, say nothing for it.
      const settledBlank = new Set<number | undefined>();
      for (const x of values) {
        if (typeof x.cell.value !== "string" || !PLACEHOLDER.test(x.cell.value)) continue;
        const block = columns.block(x.col);
        if (block.standing?.info.standing === "final") settledBlank.add(block.year?.info.years[0]);
      }
      // ("Sở Y tế" under "Chủ quản hệ thống", where other rows name the agencies: a row of another owner,
      // whose figures are none of the agencies' whatever heading stands above it.)
      const otherOwner = texts.some(
        (t) =>
          !t.fromAbove &&
          t.col < firstValue &&
          ownerColumns.has(t.col) &&
          t.info.unit === null &&
          t.info.inputs.length === 0 &&
          t.info.years.length === 0 &&
          t.info.tokenCount >= 2,
      );
      for (const v of values) {
        if (foreignSection && !namesOwnProvince(env, texts)) break;
        for (; k < texts.length && (texts[k]?.col ?? Infinity) < v.col; k++)
          if (saysOfRow(sheet, texts[k] as TextCell, left, columns, (texts[k]?.col ?? 0) > firstValue))
            advance(
              left,
              left.label ? targetText(texts[k] as TextCell, columns) : (texts[k] as TextCell),
              r,
              ctx,
              (texts[k]?.col ?? 0) > firstValue,
            );
        // A sub-row that names only a year takes its label from the parent row above it.
        // ("+ Ước thực hiện 2025" names a year and says it is the actual: a sub-row too.)
        const listed = !left.label && parent && yearList ? yearList.yearOf(v.col) : null;
        const inherited =
          !left.label &&
          !listed &&
          parent &&
          left.year &&
          (left.year.tokenCount <= 3 ||
            left.year.yearOnly ||
            (left.year.role === "actual" && left.year.tokenCount <= ACTUAL_SUB_ROW_TOKENS)) &&
          // (a row with a label of its own naming nothing, "Tổng số tin bài trên trang điện tử | Năm 2022", a decoy
          // in a long list, is no sub-row of the row above)
          texts.every(
            (t) =>
              t.col > v.col ||
              t.info.years.length > 0 ||
              t.info.unit !== null ||
              t.info.tokenCount <= SHORT_ROW_NAME ||
              t.info.period !== null ||
              t.info.role !== null ||
              // ("Các năm trước lần lượt:", "Số liệu giai đoạn trước:": leading into the figures after it)
              t.info.text.trimEnd().endsWith(":"),
          )
            ? parent
            : null;
        // A row that names only an agency, under a title naming one input, is that agency's figure of it; so is a
        // row that names only a year or a state ("Năm 2023", "Hiện trạng") under agencies as columns.
        const block0 = columns.block(v.col);
        if (
          settledBlank.size > 0 &&
          block0.standing?.info.standing !== "final" &&
          settledBlank.has(block0.year?.info.years[0])
        )
          continue;
        const answeredHead =
          block0.label && !asked && answeredQuestions.has(block0.label.row)
            ? { ...block0, label: null }
            : // (…nor does an earlier question say what the columns under the next one hold: "Câu 3. Biên chế được
              // tỉnh giao" is no plan column over "Câu 4."'s answer.)
              block0.role && block0.role.row < questionRow && questionRows.has(block0.role.row)
              ? { ...block0, role: null }
              : block0;
        // ("Lũy kế" beside "Năm 2020" … "Năm 2025" under "(Kèm theo Báo cáo ngày 20/11/2025)": the one column of the
        // header row naming no year spans them; the title's year is not its own.)
        const head =
          answeredHead.year?.lone === true &&
          answeredHead.year.row < answeredHead.nearestRow &&
          (yearHeaders.get(answeredHead.nearestRow) ?? 0) >= SPANNED_YEARS
            ? { ...answeredHead, year: null }
            : answeredHead;
        // (An agency's item under the row of their total is that row's, as a row under its title is the title's.)
        const itemized =
          !left.label && !inherited && !listed && item && left.unit && !head.label ? item : null;
        const titled =
          itemized ??
          (!left.label &&
          !inherited &&
          title &&
          !head.label &&
          !titleColumn &&
          // (A title merged over the columns it heads, "Số tác phẩm … NVCT" across C:H, heads none beyond them that
          // has a header of its own naming nothing read: "TP dự giải báo chí" in I.)
          !(
            titleAt !== null &&
            titleAt.right !== null &&
            v.col > titleAt.right &&
            head.nearestRow > titleAt.row &&
            !head.year &&
            !head.unit &&
            !head.role &&
            !head.period
          ) &&
          (left.unit ||
            (head.unit && texts.every((t) => t.col > v.col || t.info.tokenCount <= SHORT_ROW_NAME)) ||
            // (the agency's next year, its name left blank under the row that gave it: "| 2023 | 582 | …")
            (rowYear && block && texts.every((t) => t.col > v.col)) ||
            // (a ledger's "Cộng năm 2020" line under the title naming what it records)
            (left.year?.yearTotal && block) ||
            // ("Cộng toàn đơn vị" under the agency's departments, the agency named above them: its figure)
            (totalRow &&
              block &&
              lastAgencyRow < blockRow &&
              texts.some((t) => t.col < v.col && SUM_OF_PARTS.test(t.info.text))))
            ? title
            : null);
        // The first row of figures under a question alone on its row, its own texts naming no input, unit or measure
        // ("Đơn vị trả lời:", or none; the question's periods may head the columns): the question's answer.
        const answered =
          !left.label &&
          !inherited &&
          !titled &&
          asked &&
          // (a label heading the column from above the question is another question's)
          (!head.label || head.label.row <= asked.row) &&
          texts.every(
            (t) =>
              t.col > v.col ||
              t.fromAbove ||
              (t.info.inputs.length === 0 &&
                !t.info.unit &&
                t.info.measures.length === 0 &&
                t.info.tokenCount <= ANSWER_LINE_TOKENS),
          )
            ? asked
            : null;
        // An answer that names its own input ("Chưa tự chủ", "Đã được cấp lại GP") where nothing on its row or above
        // names one surely (a label the plan's exclusions set aside, "Phương án tự chủ tài chính …"): the answer
        // says what it answers.
        const caption =
          !left.label && !inherited && !listed && !titled && !answered && !head.label
            ? captions?.get(v.col)
            : undefined;
        if (caption) captionRows.add(r + 1);
        const own =
          !inherited &&
          !listed &&
          !caption &&
          !titled &&
          !answered &&
          !head.label &&
          // (only a text labels itself: no closure made for each figure)
          typeof v.cell.value === "string" &&
          (!left.label || left.label.info.inputs[0]?.weak || left.label.info.inputs[0]?.byWords)
            ? ownLabel(env, v.cell, () => shownAddress(ctx, r, v.col))
            : null;
        if (!left.label && !inherited && !listed && !caption && !titled && !answered && !head.label && !own)
          continue;
        // "TỔNG CỘNG" under "Tổng biên chế + HĐ có mặt", below the agency's departments: the agency's figure.
        const partsTotal =
          totalRow &&
          !left.label &&
          !inherited &&
          !titled &&
          !answered &&
          head.label !== null &&
          lastAgencyRow < head.label.row &&
          lastTotalRow < Math.max(head.label.row, blockRow) &&
          texts.every((t) => t.info.inputs.length === 0);
        // ("Cộng số cơ quan" under the agencies' rows: it adds them up, no agency's figure.)
        if (totalRow && !partsTotal && head.label !== null && lastAgencyRow > head.label.row) continue;
        // ("Tổng cộng các năm", "Tổng cộng giai đoạn" under rows of years: their sum, no year's figure.)
        if (totalRow && !rowYear && head.label !== null && lastYearRow > head.label.row) continue;
        candidatesFor(
          env,
          sheet.name,
          r,
          v,
          listed && parent
            ? { ...left, label: parent, listYear: listed }
            : caption
              ? {
                  ...left,
                  label: { info: caption.info, at: shownAddress(ctx, r + 1, caption.col) },
                  caption: true,
                }
              : inherited
                ? { ...left, label: inherited, subRow: true }
                : titled
                  ? { ...left, label: titled, titled: true }
                  : answered
                    ? { ...left, label: answered.label, askedRow: answered.row }
                    : own
                      ? { ...left, label: own, own: true }
                      : partsTotal
                        ? { ...left, partsTotal: true }
                        : left,
          caption ? NO_HEADER : head,
          rowYear,
          partsTotal ? null : rowRole,
          otherOwner ? null : block,
          context,
          stated,
          out,
        );
      }
    }

    if (values.length > 0 && (rowYear !== null || yearLabelled(texts, values[0]?.col ?? 0))) lastYearRow = r;
    if (values.length > 0) {
      const firstValue = values[0]?.col ?? Infinity;
      // (A row naming the sheet's own agency, "Ban Biên tập Tạp chí" on the magazine's sheet, is one of its parts.)
      if (
        texts.some(
          (t) =>
            t.col < firstValue &&
            t.info.unit &&
            env.agencies.has(t.info.unit.id) &&
            t.info.unit.id !== rowBlock?.value,
        )
      )
        lastAgencyRow = r;
      if (texts.some((t) => !t.fromAbove && t.col < firstValue && namesTotal(t.info))) lastTotalRow = r;
    }
    const firstCol = texts[0]?.col ?? Infinity;
    // The row's label: its first text of two words or more (after a code such as "TC.01").
    const rowLabel = texts.find((t) => !t.fromAbove && t.info.tokenCount >= 2);
    const cardLabels =
      values.length <= 1 &&
      texts.filter((t) => !t.fromAbove && t.info.inputs.some((m) => !m.weak && !m.byWords)).length >=
        CARD_LABELS;
    const amongLabels =
      values.length === 0 && texts.some((t) => t.info.inputs.length > 0 && !t.info.inputs[0]?.weak);
    // "Báo in | Phát thanh | Truyền hình | Điện tử | Cộng các loại hình": kinds of press beside their sum, named as
    // agencies are; on a row of an agency, each is a part of that agency's figure, never the agency.
    const amongParts =
      values.length === 0 &&
      texts.some(
        (t) =>
          !t.fromAbove &&
          t.info.unit === null &&
          t.info.inputs.length === 0 &&
          SUM_OF_PARTS.test(t.info.text),
      ) &&
      agenciesNamed(texts) >= 2 &&
      // (a kind is a word or two; an agency's name in a column of its own is longer: "Báo tỉnh Lai Châu (…)")
      texts.every((t) => t.fromAbove || !t.info.unit || t.info.tokenCount <= PRESS_KIND_TOKENS);
    // ("Chỉ tiêu | Tình trạng" after a blank row, under a table whose "ĐVT" stood in that column: the next table's
    // header, its answers under it; so after a blank row and a lone heading, "Phần B - Tổ chức, hạ tầng".)
    const headerAfterBlank =
      values.length === 0 &&
      texts.length >= 2 &&
      (blankRow(sheet.rows[r - 1]) || (filledCells(sheet.rows[r - 1]) === 1 && blankRow(sheet.rows[r - 2])));
    for (const t of captionRow ? NO_TEXTS : texts) {
      if (cardField && t.info.inputs.length > 0) continue;
      if (t.info.yearColumn || (t.info.eventYear && texts.every((x) => x.col >= t.col)))
        yearColumns.add(t.col);
      if (
        values.length === 0 &&
        t.info.tokenCount <= OWNER_HEADER_TOKENS &&
        OWNER_HEADER.test(foldText(t.info.text))
      )
        ownerColumns.add(t.col);
      if (t.info.measureHeader) measureColumns.add(t.col);
      else if (headerAfterBlank && t.info.measures.length === 0) measureColumns.delete(t.col);
      if (values.length === 0 && DEPARTMENTS_HEADER.test(foldText(t.info.text))) departmentColumns.add(t.col);
      // "Trên 12.700", "Tăng ≥ 20%": a figure written in words, not a header of the column. Nor is a text
      // after a label and a value on its row ("Triển khai" as a target), unless it names an input (a header
      // row of indicators as columns): it is that row's content.
      if (isFigureText(t.info)) continue;
      // Nor is an answer in words right of its row's label, under a column a header named by its year or period
      // ("Người đứng đầu cơ quan | Tổng biên tập | Tổng biên tập" under "Kỳ này (năm 2025) | Giá trị kỳ 2024"): the
      // row's content; the header stays over the rows below.
      if (answerUnderPeriod(t, rowLabel, columns)) continue;
      // Nor is a remark with a figure in it right under a figure ("So với cùng kỳ: -3,3%" under a card's number): it
      // speaks of the figure above, not of the rows below.
      if (
        values.length === 0 &&
        !t.fromAbove &&
        t.info.inputs.length === 0 &&
        /\d/.test(t.info.text) &&
        above.some((v) => v.col === t.col)
      )
        continue;
      if (t.info.inputs.length === 0 && values.some((v) => v.col > firstCol && v.col < t.col)) continue;
      // Nor is a section's number before its heading ("IV | Kỳ tính thuế năm 2024" under "STT"): the column stays
      // headed as it was.
      // (A row of column letters, "B | A | C | 1", is no section.)
      if (
        !t.fromAbove &&
        SECTION_MARK.test(t.info.text) &&
        texts.some((x) => x.col > t.col && !SECTION_MARK.test(x.info.text))
      )
        continue;
      // Nor is a remark under a notes column after the row's label ("Sở VHTT&DL" under "Cơ quan chủ trì theo dõi"
      // on an indicator's own row): it is that column's content, and the header stays for the rows below.
      if (
        !t.fromAbove &&
        t.col > firstCol &&
        t.info.inputs.length === 0 &&
        t.info.role === null &&
        t.info.years.length === 0 &&
        t.info.unit === null &&
        !headerAfterBlank &&
        headedRole(columns, t.col) === "notes"
      )
        continue;
      // Nor is a row's own label saying what its figures are ("Dự toán NSNN giao chi thường xuyên năm" beside its
      // figures, a decoy among a scorecard's indicators): the row's role, not its column's.
      if (
        (values.length > 0 || codesOnly) &&
        !t.fromAbove &&
        t.info.role !== null &&
        t.info.tokenCount >= ROW_ROLE_LABEL_TOKENS
      )
        continue;
      // Nor is a text of a row of figures under a column headed by what kind of figures its rows hold ("Mức đạt (%)"
      // under "Loại số liệu", after "KH UBND tỉnh giao" and "Thực hiện thực tế"): the row's own kind, that column's
      // content, and the header stays for the rows below.
      if (
        (values.length > 0 || codesOnly) &&
        !t.fromAbove &&
        t.info.role !== null &&
        t.info.inputs.length === 0 &&
        // (a column headed by what kind of figures each row holds: "Loại số liệu")
        ![null, "notes"].includes(headedRole(columns, t.col))
      )
        continue;
      // Nor is any other text of a row of figures ("Triển khai" as a target before the row's answers, a unit of
      // measure): it would hide the real header above its column from every row below.
      // (A row whose only figures were codes is still a row of data, not a header row.)
      if ((values.length > 0 || codesOnly) && t.info.inputs.length === 0 && !t.fromAbove && t.col > firstCol)
        continue;
      // (Nor is a cell merged down the rows of an item after its label, "100% được bồi dưỡng" as the item's target:
      // it is the item's content on each of its rows.)
      if ((values.length > 0 || codesOnly) && t.fromAbove && t.col > firstCol) continue;
      // Nor is a text naming an input in such a row, in a column of figures or of targets ("100% CB, PV, BTV" under
      // "Chỉ tiêu KH"): it is that row's target or answer, not a header of the rows below.
      // (A row of three labels or more with a stray figure, a dashboard's next row of cards, still heads them.)
      if (
        (values.length > 0 || codesOnly) &&
        !t.fromAbove &&
        t.col > firstCol &&
        (figureColumns[t.col] === true || columns.block(t.col).role?.info.role === "plan") &&
        !cardLabels
      )
        continue;
      // (a key made only on a sheet with merges across: most rows of most sheets have none)
      const right = spreadAcross && acrossTo.size > 0 ? (acrossTo.get(`${r}:${t.col}`) ?? t.col) : t.col;
      // A text alone on its row across many columns is a title: it heads them for role, unit and year, but it is
      // not the label of each (the rows under it say which agency; `title` above carries its input). Among other
      // headers it is a group header ("Số tin, bài …" over Năm 2022 … Năm 2025) and labels its columns.
      const lone = texts.length === 1 && right - t.col + 1 > MAX_LABEL_SPAN;
      // (A remark in brackets under the title, "(Phục vụ đánh giá mức độ tự chủ)", says why the report is made,
      // nothing of its columns' role.)
      // ("(Số liệu đến ngày 20/11/2025)" still says the figures are actuals.)
      // (Nor does a document's name say its columns are notes: "BẢNG KÊ MINH CHỨNG TIÊU CHÍ CĐS" across the table.)
      // (Nor does a numbered section's title say its columns are derived: "I. CÁC TIÊU CHÍ ĐÁNH GIÁ ĐỊNH TÍNH" over the
      // criteria and each agency's answers.)
      const remark =
        lone &&
        t.info.role !== null &&
        t.info.role !== "actual" &&
        (t.info.text.trimStart().startsWith("(") ||
          t.info.role === "notes" ||
          (t.info.role === "derived" && SECTION_NUMBER.test(t.info.text)));
      const info =
        lone && (t.info.inputs.length > 0 || remark)
          ? { ...t.info, inputs: [], role: remark ? null : t.info.role }
          : t.info;
      // ("Tin bài CT (mới) | Năm trước (2024)": a column named only as the previous period, right of one naming
      // an input, holds that input's figure of the previous period.)
      const before = texts.find((x) => x.col === t.col - 1 && !x.fromAbove);
      if (
        before &&
        !lone &&
        info.inputs.length === 0 &&
        !info.unit &&
        PREVIOUS_PERIOD.test(foldText(info.text)) &&
        surelyOne(before.info)
      )
        columns.push(t.col, { row: r, col: before.col, info: before.info, amongLabels, lone, amongParts });
      // (Not a section of the agencies' total, "IV. TỔNG CỘNG CÁC CƠ QUAN": its rows are no agency's, and the
      // headers above, which say whose each block's figures are, do not reach them.)
      // (Nor need a section be numbered: a heading alone across the table between rows of figures, "Phong trào thi
      // đua lao động giỏi …", is one, when figures follow it at once and no title across the table above it names the
      // input of the rows above: "Số liệu tham khảo - Riêng phần thu quảng cáo" under "III. Thu sự nghiệp …" sets its
      // rows apart from the title's. A sentence across the table, "Khó khăn: kinh phí đầu tư …", is a remark, no
      // section.)
      const section =
        lone &&
        (SECTION_NUMBER.test(t.info.text) ||
          (seenValues &&
            t.info.tokenCount <= SECTION_HEADING_TOKENS &&
            (title === null || titleAt?.row === r || titleAt?.right == null) &&
            figuresOn(env, sheet.rows[r + 1], right))) &&
        !totalSection(t.info.text);
      // (A heading after rows of figures, naming a plan's years after the report's: "Kiến nghị của đề tài cho giai đoạn
      // 2026-2030", "Định hướng đề xuất đến năm 2030". A sentence across the table, "Phương hướng năm 2025: phấn đấu
      // tăng …", is a remark.)
      const planned =
        lone &&
        seenValues &&
        info.role === "plan" &&
        info.tokenCount <= SECTION_HEADING_TOKENS &&
        info.years.length > 0 &&
        info.years.every((y) => sheetYear === null || y > sheetYear.value);
      for (let c = t.col; c <= right; c++)
        columns.push(c, {
          row: r,
          col: t.col,
          info,
          amongLabels,
          lone,
          amongParts,
          section,
          planned,
          across: right > t.col,
        });
      if (values.length === 0 && !lone && info.years.length === 1)
        yearHeaders.set(r, (yearHeaders.get(r) ?? 0) + 1);
    }
  }
  return out;
}
/** A table's header row names this many columns or more. */
const TABLE_HEADER_CELLS = 3;

/** A row with nothing in it. */
function blankRow(row: ReadonlyArray<Cell | undefined> | undefined): boolean {
  return filledCells(row) === 0;
}

/** A cell that holds something. */
function filled(cell: Cell | undefined): cell is Cell {
  return cell !== undefined && cell.value !== null && cell.value !== "";
}

/** How many cells of a row hold something. */
function filledCells(row: ReadonlyArray<Cell | undefined> | undefined): number {
  let n = 0;
  for (const x of row ?? []) if (filled(x)) n++;
  return n;
}

/** Whether a row's label before its first figure names only its year ("Năm TH 2025 (ước cả năm)", "N.2024"). */
function yearLabelled(texts: readonly TextCell[], firstValue: number): boolean {
  return texts.some(
    (t) =>
      !t.fromAbove &&
      t.col < firstValue &&
      t.info.years.length === 1 &&
      t.info.inputs.length === 0 &&
      t.info.role !== "derived" &&
      t.info.role !== "plan",
  );
}
/** Whether a row holds a figure (a number, as typed or from a formula) or an answer ("Rồi", "Chưa") in a column after
 * the first, up to `right`. */
function figuresOn(env: ScanEnv, row: ReadonlyArray<Cell | undefined> | undefined, right: number): boolean {
  if (!row) return false;
  for (let c = 2; c <= right && c < row.length; c++) {
    const cell = row[c];
    if (typeof cell?.value === "number") return true;
    // ("Tình hình ứng dụng nền tảng (đến thời điểm báo cáo)" between a table of figures and its agencies' answers.)
    if (cell && typeof cell.value === "string" && env.kind(cellText(cell)) === "word") return true;
  }
  return false;
}
/** Whether `t` answers its row's label `label` in words, under a column headed by a year or a period. */
function answerUnderPeriod(t: TextCell, label: TextCell | undefined, columns: ColumnHeaders): boolean {
  if (!label || label === t || label.fromAbove || t.fromAbove || label.col >= t.col) return false;
  const said = t.info;
  if (
    said.inputs.length > 0 ||
    said.role !== null ||
    said.years.length > 0 ||
    said.period !== null ||
    said.unit
  )
    return false;
  const own = label.info;
  if (
    own.tokenCount < 2 ||
    own.role !== null ||
    own.years.length > 0 ||
    own.period !== null ||
    own.yearColumn
  )
    return false;
  const head = columns.block(t.col);
  if (head.year === null && head.period === null) return false;
  const labelHead = columns.block(label.col);
  return labelHead.year === null && labelHead.period === null;
}
/** The block of a section naming a body that is none of the plan's agencies: its rows are no agency's. */
const NO_AGENCY: Clue<string> = { value: "", weight: 0, vi: "", en: "" };
/** Whether a row is a section's heading: one text, numbered in Roman numerals ("III. TRUNG TÂM …", "III | TRUNG TÂM
 * …"; "1 | …" numbers an item), and not the section of the total ("IV. TỔNG CỘNG CÁC CƠ QUAN"). */
function sectionHeading(texts: readonly TextCell[], numbered: boolean): boolean {
  let named: TextCell | undefined;
  let marked = numbered;
  for (const t of texts) {
    if (SECTION_CELL.test(t.info.text)) marked = true;
    else if (named) return false;
    else named = t;
  }
  return (
    named !== undefined && (marked || ROMAN_SECTION.test(named.info.text)) && !totalSection(named.info.text)
  );
}
/** "III. TRUNG TÂM …": a section numbered in Roman numerals. */
const ROMAN_SECTION = /^\s*[IVX]{1,4}\s*[.):-]\s+\S/u;
/** An unnumbered section's heading is this many words at most; longer, it is a remark across the table. */
const SECTION_HEADING_TOKENS = 12;
/** A section of the total, its number stripped and folded: "IV. TỔNG CỘNG CÁC CƠ QUAN", "C. Cộng chung". */
const TOTAL_SECTION = /^(?:tong cong|cong chung|cong|tong so|tong hop)\b/;
function totalSection(text: string): boolean {
  return TOTAL_SECTION.test(labelWords(text).all.join(" "));
}
/** A header row naming this many years, one per column, spans them. */
const SPANNED_YEARS = 2;
/** "Năm trước", "Kỳ trước (2024)", "Cùng kỳ năm trước": the period before the report's. */
const PREVIOUS_PERIOD = /^(?:so lieu )?(?:cung )?(?:nam|ky) (?:nam )?truoc\b/;

/** The nearest texts to the left of the value being read, kept up to date while a row is walked. */
type Left = {
  label: { info: TextInfo; at: string } | null;
  /** The label is the parent row's and this row names only a year ("- Năm 2022:"): that year is the row's. */
  subRow?: boolean;
  /** The label is a title's above rows that name only an agency: trusted a little less than a row's own. */
  titled?: boolean;
  /** The label is a question's on that row above (its answer's line names nothing): headers above it are
   * another question's. */
  askedRow?: number;
  /** The label is the answer's own words ("Chưa tự chủ"): trusted a little less than a row's label. */
  own?: boolean;
  /** The row's texts. */
  rowTexts?: readonly TextCell[];
  /** A note on the row says a later entry replaces its figures. */
  replaced?: boolean;
  /** The row totals the agency's parts (its departments) under the column's label. */
  partsTotal?: boolean;
  /** The label is the caption under the figure (a dashboard's tile): its year is the caption's, no column's. */
  caption?: boolean;
  /** The label is the row above's; the row's text listed the years of its figures and this is the figure's. */
  listYear?: Clue<number>;
  /** Whether a column beside `col`, headed on header row `row`, names a later year than `year` (no plan's, none
   * after the sheet's) and is left "-" on row `at`, or empty unless `dashed`. */
  laterYearBeside?: (col: number, year: number, row: number, at: number, dashed: boolean) => boolean;
  /** The row's year text stands after its label, nearer the figure ("… năm 2025: | 3.260 | triệu đồng; năm 2024: |
   * 3.249"): it says the year of the figures after it rather than the label's. */
  yearAfterLabel: boolean;
  /** Every value of the row stands under a plan column ("Dự toán"): a status there was typed in the first free
   * column. */
  onlyUnderPlan?: () => boolean;
  unit: TextInfo | null;
  role: TextInfo | null;
  year: TextInfo | null;
};

/**
 * A text after the row's label under a target column ("Mục tiêu": "100% CB, PV, BTV") is that row's target, not a
 * label of the figures after it: it is read without its inputs.
 */
function targetText(t: TextCell, columns: ColumnHeaders): TextCell {
  if (t.info.inputs.length === 0 || t.fromAbove) return t;
  const role = columns.block(t.col).role?.info.role;
  return role === "plan" ? { ...t, info: { ...t.info, inputs: [] } } : t;
}

/**
 * Whether a text of the row says something of the figures after it. A text under "Ghi chú", "Chức vụ", "Họ và
 * tên" says nothing of the row's unit ("Trưởng phòng Điện tử" is a person's post, not the electronic newspaper);
 * a target written in words under a plan column after the row's label ("Tăng 20% so với năm 2020" under "Kế
 * hoạch") says nothing of the actuals in the next columns.
 */
function saysOfRow(
  sheet: Sheet,
  t: TextCell,
  left: Left,
  columns: ColumnHeaders,
  afterFigure: boolean,
): boolean {
  if (t.info.inputs.length > 0) return true;
  const head = columns.block(t.col);
  // (A field of the row after its label and a figure, under a header of its own naming nothing read here, "Quý
  // III/2024" under "Thời gian tổ chức" on the table's header row, is the row's content: its period says nothing of
  // the figures after it.)
  if (
    afterFigure &&
    left.label !== null &&
    !t.fromAbove &&
    head.nearestRow > 0 &&
    typeof sheet.rows[head.nearestRow]?.[t.col]?.value === "string" &&
    filledCells(sheet.rows[head.nearestRow]) >= TABLE_HEADER_CELLS &&
    namesNothing(head)
  )
    return false;
  const role = head.role?.info.role;
  // (A cell merged down the item's rows says of each of them, but a target there, "≥ 20% so với 2020" merged down
  // under "Mục tiêu", says nothing of the actuals either.)
  const target = left.label !== null && (role === "plan" || role === "derived");
  if (t.fromAbove) return !target;
  // (A notes column is headed so on the header row right above it: "Nguồn lấy số" rows higher, a field of the
  // indicator's card above the table, heads nothing.)
  return headedRole(columns, t.col) !== "notes" && !target;
}

/** The role the header row right above a column gives it ("Ghi chú", "Loại số liệu"), or null: a role said rows
 * higher (a field of a card above the table) heads nothing. */
function headedRole(columns: ColumnHeaders, col: number): TextInfo["role"] {
  const head = columns.block(col);
  return head.role !== null && head.role.row === head.nearestRow ? head.role.info.role : null;
}

function advance(left: Left, t: TextCell, r: number, ctx: SheetContext, afterFigure: boolean): void {
  if (t.info.inputs.length > 0) {
    // (A text sharing a few words with an input after the row's label, "Trung tâm dữ liệu tỉnh" as the system's
    // hosting, does not take the label's place; in a sentence, after a figure, "…, trong đó đã tập huấn:" names the
    // figures after it.)
    if (left.label && byPhrase(left.label.info) && !byPhrase(t.info) && !afterFigure) return;
    left.label = { info: t.info, at: shownAddress(ctx, r, t.col) };
    left.yearAfterLabel = false;
  } else if (t.info.years.length === 1) {
    left.year = t.info;
    left.yearAfterLabel = left.label !== null && !t.fromAbove && t.info.tokenCount <= YEAR_AFTER_LABEL_TOKENS;
  }
  if (t.info.unit) left.unit = t.info;
  // (A note before the row's label, "Email công vụ" as the way the figure came, is that cell's, not the figure's.)
  if (t.info.role && !(t.info.role === "notes" && left.label === null)) left.role = t.info;
}

/** Whether a text of the row before the figure names what the input is about ("Hệ thống báo điện tử của Báo"). */
function namesSubject(env: ScanEnv, input: string, texts: readonly TextCell[], col: number): boolean {
  const subjects = env.lex.inputs.find((i) => i.id === input)?.subjects;
  if (!subjects || subjects.length === 0) return false;
  return texts.some((t) => {
    if (t.col >= col || t.fromAbove) return false;
    const words = tokens(foldText(t.info.text));
    return subjects.some((s) => containsRun(words, s));
  });
}

/**
 * Whether a row's answer-like texts ("Đã …") are headers: each stands between headers on a row of four or more whose
 * first names nothing (the caption of the rows' names, not a number nor an agency) and whose others name inputs by
 * a phrase, two of them, or one on a row naming no agency ("Báo in | … | Nhân sự cơ quan | Đã qua lớp CĐS | …").
 */
function answersAmongHeaders(
  env: ScanEnv,
  texts: readonly TextCell[],
  values: readonly ValueCell[],
): boolean {
  const first = texts[0];
  const last = texts[texts.length - 1];
  if (
    !first ||
    !last ||
    first.info.inputs.length > 0 ||
    first.info.unit !== null ||
    NUMBERING.test(first.info.text)
  )
    return false;
  for (const x of values) {
    const t = typeof x.cell.value === "string" ? cellText(x.cell) : "";
    if (env.kind(t) !== "word" || x.col <= first.col || x.col >= last.col) return false;
  }
  const strong = texts.filter((t) => !t.fromAbove && t.info.inputs.some((m) => !m.weak && !m.byWords)).length;
  return strong >= 2 || (strong === 1 && !texts.some((t) => t.info.unit !== null));
}

/** How many different units a row's own texts name (a text merged down from above is not the row's). */
function agenciesNamed(texts: readonly TextCell[]): number {
  return new Set(texts.filter((t) => !t.fromAbove && t.info.unit).map((t) => t.info.unit?.id)).size;
}

/** Whether a text names its input by a phrase of it (not by a few words it shares, not weakly). */
function byPhrase(info: TextInfo): boolean {
  const first = info.inputs[0];
  return first !== undefined && !first.weak && !first.byWords;
}

/** A text naming the year of the figures after it, after their label ("triệu đồng; năm 2024:"), is this short. */
const YEAR_AFTER_LABEL_TOKENS = 8;

/** A row naming only a year or a state ("Năm 2023", "Tình hình hiện nay", "Đến cuối năm 2025") is this short; a
 * longer text is a label of its own (a decoy under the title). */
const SHORT_ROW_NAME = 4;
/** An answer labelled by its question on the row above: a little less sure than a row's own label. */
const ANSWER_FACTOR = 0.96;
/** So many labels on one row are a row of cards' labels, each over its own figure. */
const CARD_LABELS = 3;
/** At most so many words on an answer's own line under its question ("Đơn vị trả lời:", "Ý kiến của đơn vị:"). */
const ANSWER_LINE_TOKENS = 5;

/** A column of an agency's departments: "Phòng, ban chuyên môn", "Phòng/Ban", "Bộ phận / phòng ban", "Bộ phận chủ
 * trì" (folded, so without punctuation; the whole header: "Phòng BT hội tụ" is a newsroom). */
const DEPARTMENTS_HEADER =
  /^\s*(?:ten )?(?:cac )?(?:(?:phong ban|bo phan)\s*)+(?:chuyen mon|truc thuoc|san xuat|chu tri|thuc hien)?\s*$/;
/** A kind of press is named in so many words at most ("Báo in", "Truyền hình", "Báo điện tử"). */
const PRESS_KIND_TOKENS = 3;
/** A header or a row summing the parts before it: "Cộng các loại hình", "Tổng các loại hình", "Cộng", "Tổng cộng
 * toàn cơ quan". */
const SUM_OF_PARTS = /^\s*(?:(?:t[oổ]ng )?c[oộ]ng|t[oổ]ng c[aá]c)(?!\p{L})/iu;
/** A date alone in a cell: "06/12/2025", "5-12-2025". */
const DATE_ONLY = /^\s*\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\s*$/;
/** Headers on a row for an answer-like text among them to be one too. */
const HEADERS_AROUND_WORD = 4;
/** A caption of the rows below heads at least so many year columns (a label beside two years is a row's own). */
const CAPTIONED_YEARS = 3;
/** The agency a row of figures named, where, and on which row. */
type Ditto = { row: number; col: number; info: TextInfo };
/** A field's key is short: "Tên viết tắt trong biểu", "Tên gọi gọn". */
const FIELD_KEY_TOKENS = 6;
/** A section's number before its title: "I.", "II -", "3)", "B.". */
const SECTION_NUMBER = /^\s*(?:[IVX]{1,4}|\d{1,2}|[A-D])\s*[.):-]\s+\S/u;
/** A heading numbered as one of a series: "Chỉ tiêu 4 - …", "Bảng 7.", "Biểu số 2". */
const NUMBERED_HEADING =
  /^\s*(?:ch[iỉ] ti[eê]u|b[aả]ng|bi[eể]u(?: s[oố])?|ph[aầ]n|m[uụ]c)\s+(?:\d+|[ivx]+)\b/iu;
/** A text alone on its row this long or longer is a title (or a sentence): it ends the table above it. */
const NEXT_TITLE_TOKENS = 4;

/** "+ Ước thực hiện năm 2025": a sub-row naming its year and that it is the actual is this short. */
const ACTUAL_SUB_ROW_TOKENS = 5;

/** How much a title's year ("BÁO CÁO … NĂM 2025") is trusted as the year of what follows. */
const TITLE_YEAR_WEIGHT = 0.85;
/** A row's label saying what its figures are runs this long at least ("Dự toán NSNN giao chi thường xuyên năm"); a
 * shorter one ("Kế hoạch", "Ước TH") may head the column. */
const ROW_ROLE_LABEL_TOKENS = 4;
/** "Năm tài chính 2024", "Năm 2024": a section naming its year is this short. */
const SECTION_YEAR_TOKENS = 5;

/** A formula that is one reference to one cell, of this sheet or another: `B9`, `$B$9`, `'Đài PTTH'!C9`. */
const PLAIN_REFERENCE = /^\s*(?:(?:'(?:[^']|'')+'|[^\s!'()=+\-*/^&,;:<>]+)!)?\$?[A-Za-z]{1,3}\$?\d{1,7}\s*$/;

/** The cell a plain reference formula points at: `'Đài PTTH'!$C$9` → { sheet: "Đài PTTH", row: 9, col: 3 }. */
function referencedCell(formula: string, here: string): { sheet: string; row: number; col: number } | null {
  if (!PLAIN_REFERENCE.test(formula)) return null;
  const f = formula.trim();
  const bang = f.lastIndexOf("!");
  const rawSheet = bang >= 0 ? f.slice(0, bang) : null;
  const sheet =
    rawSheet === null
      ? here
      : rawSheet.startsWith("'")
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
  const at = parseA1(f.slice(bang + 1).replace(/\$/g, ""));
  return at ? { sheet, row: at.row, col: at.col } : null;
}

/** How many of all meet it: "2/3" on an indicator's row, its agencies' ticks under it. */
const COUNT_OF_ALL = /^\s*\d\s*\/\s*\d\s*$/;

/** A cell left out on purpose: "-", "…". */
const PLACEHOLDER = /^\s*[-–—…]+\s*$/u;

/** An item of a list: "- Báo …", "+ Đài …", "• Tạp chí …". */
const ITEM_MARK = /^\s*[-+*•–]/u;
/** A section's number in a cell of its own: "II", "2.", "B". */
const SECTION_MARK = /^\s*(?:[IVX]{1,4}|\d{1,2}|[A-D])\s*[.)]?\s*$/u;

/** A heading of this many words or fewer is a heading, not a sentence. */
const SHORT_HEADING_TOKENS = 16;

/** A label merged across more columns than this is a title, not a column's label. */
const MAX_LABEL_SPAN = 3;
/** A title's label must lead the next input by this much to name one input. */
const TITLE_LEAD = 0.1;
/** A title's label, trusted a little less than a label on the row itself. */
const TITLE_FACTOR = 0.92;

/** A text that names one input: a phrase or the words it shares with one input (not a weak match), clearly
 * ahead of any other. */
function surelyOne(info: TextInfo): boolean {
  const [first, second] = info.inputs;
  return (
    first !== undefined && !first.weak && (second === undefined || first.score - second.score >= TITLE_LEAD)
  );
}

/** A text naming one input only weakly ("Kết quả thu (doanh thu) của năm") beside the input's own unit of measure
 * under "ĐVT" ("tr.đồng"): the two together name it. */
function weakButMeasured(env: ScanEnv, info: TextInfo, stated: readonly string[]): boolean {
  const [first, second] = info.inputs;
  return (
    first !== undefined &&
    second === undefined &&
    first.weak === true &&
    measureFit(stated, env.lex.inputMeasures.get(first.input) ?? null, env.lex.knownMeasures) === "agrees"
  );
}

/** A text with a figure in it that says nothing a header says (no input, unit, role or year). */
function isFigureText(info: TextInfo): boolean {
  return (
    /\d/.test(info.text) &&
    info.inputs.length === 0 &&
    info.unit === null &&
    info.role === null &&
    info.years.length === 0 &&
    !info.measureHeader
  );
}

/** A row number as forms write it before the label: 1–999 as a number or a text, or a section's "1.1",
 * "2.3.1" (a number 1.1 typed in that column too). */
const NO_VALUES: readonly ValueCell[] = [];
const NO_TEXTS: readonly TextCell[] = [];

/** "- Năm 2024:", "+ 2023": a sub-row's year, by its bullet or its colon. */
const SUB_ROW_YEAR = /^\s*[+\-−–•*]|:\s*$/;

/** "I", "1", "1.1": the cells numbering a row before its label are this few. */
const MAX_ROW_NUMBERS = 2;

type ItemNumber = { col: number; depth: number };

/** How deep a row number is in its outline: "4" is 1, "4.10" is 2 (a number typed 4.1 reads as "4.1"). */
function depthOf(cell: Cell): number {
  const v = cell.value;
  const text = typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
  return text.trim().replace(/[.)]$/, "").split(".").length;
}

function isRowNumber(cell: Cell): boolean {
  const v = typeof cell.value === "string" ? cell.value.trim() : cell.value;
  if (typeof v === "number")
    return Number.isInteger(v)
      ? v >= 0 && v < 1000
      : v > 0 && v < 100 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9;
  return typeof v === "string" && /^\d{1,3}(?:\.\d{1,2}){0,3}[.)]?$/.test(v);
}

/** Whether the cells, a few, all row numbers, number a row that has a text (`firstText`, its column). (A module
 * function, not a closure made for every row.) */
function rowNumbers(cells: readonly ValueCell[], firstText: number | undefined): boolean {
  return (
    firstText !== undefined &&
    cells.length > 0 &&
    cells.length <= MAX_ROW_NUMBERS &&
    cells.every((x) => isRowNumber(x.cell))
  );
}

/** Left's onlyUnderPlan for a row's values: whether every one stands under a plan column. */
function allUnderPlan(values: readonly ValueCell[], columns: ColumnHeaders): () => boolean {
  return () => values.every((x) => columns.block(x.col).role?.info.role === "plan");
}

/** The units of measure a row states: in its ĐVT column, in a label's brackets, or as a short text of its own. */
function statedMeasures(texts: readonly TextCell[], measureColumns: ReadonlySet<number>): readonly string[] {
  let out: string[] | null = null;
  for (const t of texts) {
    if (t.fromAbove) continue;
    const column = measureColumns.has(t.col) ? t.info.measureKey : null;
    if (column !== null) {
      out ??= [];
      if (!out.includes(column)) out.push(column);
    } else
      for (const k of t.info.measures) {
        out ??= [];
        if (!out.includes(k)) out.push(k);
      }
  }
  return out ?? NO_MEASURES;
}

const NO_MEASURES: readonly string[] = [];

/** A weak label match is lifted when the row states the input's unit of measure, or the cell holds the kind
 * of value only such an input takes (a yes/no word, a level "Cấp độ 3"). */
const MEASURE_AGREES_BONUS = 0.12;
const VALUE_AGREES_BONUS = 0.06;
/** A label that names the input on a row stating its unit of measure: two clues agree. */
const STRONG_MEASURE_AGREES_BONUS = 0.05;
/** A strong match on a row stating another unit of measure ("Lượt người" for a count of people). */
const MEASURE_DISAGREES_FACTOR = 0.9;

function headingUnit(env: ScanEnv, texts: TextCell[], r: number, ctx: SheetContext): Clue<string> | null {
  const named = texts.filter(
    (t) => t.info.unit && !t.info.notReportingUnitLine && env.agencies.has(t.info.unit.id),
  );
  const ids = new Set(named.map((t) => t.info.unit?.id));
  // A weak match (a title sharing a few words with an input) does not stop a line from naming the unit.
  if (ids.size !== 1 || texts.some((t) => t.info.inputs.some((m) => !m.weak))) return null;
  const t = named[0];
  if (!t?.info.unit) return null;
  const at = shownAddress(ctx, r, t.col);
  return t.info.reportingUnitLine
    ? {
        value: t.info.unit.id,
        weight: 0.95,
        vi: `dòng "${t.info.text}" (${at})`,
        en: `line "${t.info.text}" (${at})`,
      }
    : {
        value: t.info.unit.id,
        // A short heading naming one agency ("I. BÁO LAI CHÂU", a masthead) says whose rows follow as surely as a
        // "Đơn vị báo cáo" line; a sentence that mentions one says less.
        // (So does a long title ending on the agency after a dash: "KẾT QUẢ TỰ ĐÁNH GIÁ … NĂM 2025 - BÁO LAI CHÂU".)
        weight:
          t.info.tokenCount <= SHORT_HEADING_TOKENS || endsOnUnit(env, t.info.text, t.info.unit.id)
            ? 0.95
            : 0.85,
        vi: `tiêu đề "${t.info.text}" (${at})`,
        en: `heading "${t.info.text}" (${at})`,
      };
}

/** At most so many words after a title's dash for it to be the agency's name ("… - ĐÀI PHÁT THANH - TRUYỀN HÌNH
 * TỈNH LAI CHÂU (LTV)"). */
const DASH_UNIT_TOKENS = 12;

/** Whether what follows one of the title's dashes names `unit` and nothing else. */
function endsOnUnit(env: ScanEnv, text: string, unit: string): boolean {
  for (let at = text.indexOf(" - "); at >= 0; at = text.indexOf(" - ", at + 3)) {
    const info = env.analyze(text.slice(at + 3));
    if (info.tokenCount <= DASH_UNIT_TOKENS && info.unit?.id === unit && info.inputs.length === 0)
      return true;
  }
  return false;
}

/**
 * Two agencies or more named on one row, apart (a label column and a value column each at least): the columns
 * where sections side by side start. Agencies in adjacent columns head those columns (agencies as columns).
 */
function sideHeadings(env: ScanEnv, sheet: Sheet, texts: TextCell[], r: number): number[] | null {
  if (texts.some((t) => t.info.inputs.some((m) => !m.weak))) return null;
  const named = texts.filter(
    (t) =>
      !t.fromAbove &&
      t.info.unit &&
      env.agencies.has(t.info.unit.id) &&
      t.info.tokenCount <= SHORT_HEADING_TOKENS,
  );
  if (named.length < 2 || new Set(named.map((t) => t.info.unit?.id)).size !== named.length) return null;
  for (let i = 1; i < named.length; i++) if ((named[i]?.col ?? 0) - (named[i - 1]?.col ?? 0) < 2) return null;
  // Each section's own labels run down under its heading (a group header over columns of figures has none).
  const labelsUnder = (col: number) => {
    let n = 0;
    for (let rr = r + 1; rr <= r + SIDE_LOOKAHEAD && rr < sheet.rows.length; rr++) {
      const cell = sheet.rows[rr]?.[col];
      const v = cell && typeof cell.value === "string" ? cellText(cell) : "";
      if (v.length <= 3) continue;
      const info = env.analyze(v);
      // A label, or a sub-row's year ("- Năm 2022:", "+ 2023").
      if (info.inputs.length > 0 || (info.yearOnly && info.years.length === 1) || BULLET_YEAR.test(v)) n++;
    }
    return n >= 2;
  };
  return named.every((t) => labelsUnder(t.col)) ? named.map((t) => t.col) : null;
}

/** Rows under side-by-side headings looked at for each section's labels. */
const SIDE_LOOKAHEAD = 6;

/** The sheet cut into bands of columns, one per section (the first keeps the columns left of it). */
function bands(sheet: Sheet, starts: readonly number[]): Sheet[] {
  return starts.map((from, i) => {
    const left = i === 0 ? 1 : from;
    const right = (starts[i + 1] ?? Infinity) - 1;
    const rows = sheet.rows.map((row) => {
      if (!row) return row;
      const part: Array<Cell | undefined> = [];
      for (let c = left; c <= Math.min(right, row.length - 1); c++) if (row[c]) part[c] = row[c];
      return part;
    });
    return { ...sheet, rows };
  });
}

function titleYear(texts: TextCell[]): Clue<number> | null {
  // ("Năm 2024 | Năm 2025": a header row of years over the answers below, not a title.)
  if (texts.length >= 2 && texts.every((x) => x.info.yearOnly)) return null;
  const t = texts.find(
    (x) =>
      x.info.years.length === 1 &&
      (x.info.role === null || x.info.role === "actual") &&
      !x.info.notReportingUnitLine &&
      !x.info.yearColumn,
  );
  const y = t?.info.years[0];
  return t && y !== undefined
    ? { value: y, weight: TITLE_YEAR_WEIGHT, vi: `tiêu đề "${t.info.text}"`, en: `title "${t.info.text}"` }
    : null;
}

function candidatesFor(
  env: ScanEnv,
  sheet: string,
  r: number,
  v: ValueCell,
  left: Left,
  above: HeaderBlock,
  rowYear: (Clue<number> & { back?: number; column?: true }) | null,
  rowRole: TextInfo["role"],
  block: Clue<string> | null,
  ctx: SheetContext,
  stated: readonly string[],
  out: Candidate[],
): void {
  // A row label naming the input only weakly or by a word or two it shares with it ("Tập huấn"), under a column
  // header naming the same input by its phrase ("Số người được đào tạo, bồi dưỡng về chuyển đổi số"): the header
  // says it better.
  const rowInput = left.label?.info.inputs[0];
  // On a row whose year stands in a column of years (a chronicle's "Mốc năm | Sự kiện nổi bật | TB mới NVCT"), the
  // columns name the figures: a remark on the year ("Hoàn thành nâng cấp hệ thống quản trị nội dung") sharing a few
  // words with another input names none.
  const headerSaysBetter =
    rowInput !== undefined &&
    above.label !== null &&
    (rowYear?.column === true ||
      ((rowInput.weak === true || rowInput.byWords === true) &&
        above.label.info.inputs[0]?.input === rowInput.input)) &&
    byPhrase(above.label.info);
  const byRow = left.label !== null && !headerSaysBetter;
  // ("Cộng ba cơ quan: Thu tự tạo năm" under the last agency's rows adds up all of them: no agency's figure.)
  if (byRow && left.label?.info.ofAllUnits === true) return;
  const label =
    left.label && !headerSaysBetter
      ? left.label
      : above.label
        ? { info: above.label.info, at: shownAddress(ctx, above.label.row, above.label.col) }
        : null;
  // A label that says it is a plan figure ("Dự toán thu sự nghiệp được giao") is not the actual.
  if (!label || label.info.derivedLabel || label.info.role === "plan") return;

  // The column's role (actual / plan / …): the header block above, else the row's texts.
  // Any header or row marker saying plan, share, notes or total rules the cell out; "actual" raises trust.
  // ("Số liệu năm gốc" beside a "Năm gốc" column of years: the base year's figure, that year's.)
  const period = above.year ? null : (above.period?.info.period ?? null);
  const baseOfRow = period === "base" && rowYear !== null && above.role === above.period;
  // ("Đã triển khai xong" typed in the first free column, a budget's "Dự toán" one, on a row with nothing in any
  // other: a status says what has or has not been done, never what is planned.)
  // (Only a budget's: under "KH giao năm 2025", "Đang vận hành" is the status planned.)
  const statusUnderPlan =
    above.role?.info.role === "plan" &&
    BUDGET.test(above.role.info.text) &&
    isStatusAnswer(v.cell) &&
    (left.onlyUnderPlan?.() ?? false);
  // ("6 tháng cuối năm 2025" over a labour report: the staff counted at its end are the year's; its revenue is a part.)
  const toYearEnd = above.role?.info.toYearEnd === true;
  const roles = [
    baseOfRow || statusUnderPlan || toYearEnd ? null : (above.role?.info.role ?? null),
    left.role !== label.info && !(left.partsTotal && left.role?.role === "total")
      ? (left.role?.role ?? null)
      : null,
    rowRole,
  ];
  if (roles.some((x) => x !== null && x !== "actual")) return;
  const role = roles.includes("actual") ? "actual" : null;
  // (A ledger's line closing a year, "Cộng năm 2024", says its figure is that year's actual.)
  const closing = left.titled === true && left.year?.yearTotal === true && left.label?.info !== left.year;
  // (A column of figures that stand, "Số liệu sau kiểm tra", is trusted as the actual; one they replace, "Số liệu
  // đơn vị kê khai", a little less than any other: it answers only when the later column is empty.)
  const standing = above.standing?.info.standing ?? null;
  const raised = role === "actual" || closing || standing === "final";
  const roleFactor =
    (raised ? 1 : UNRAISED_FACTOR) *
    (standing === "superseded" || left.replaced === true ? SUPERSEDED_FACTOR : 1) *
    (left.titled ? TITLE_FACTOR : 1) *
    (left.askedRow !== undefined ? ANSWER_FACTOR : 1) *
    (left.own ? OWN_LABEL_FACTOR : 1) *
    (statusUnderPlan ? STATUS_UNDER_PLAN_FACTOR : 1);

  const colUnit: Clue<string> | null = above.unit?.info.unit
    ? {
        value: above.unit.info.unit.id,
        weight: 1,
        vi: `tiêu đề cột "${above.unit.info.text}"`,
        en: `column header "${above.unit.info.text}"`,
      }
    : null;
  const rowUnit: Clue<string> | null = left.unit?.unit
    ? {
        value: left.unit.unit.id,
        weight: 1,
        vi: `ô "${left.unit.text}" cùng dòng`,
        en: `"${left.unit.text}" on the row`,
      }
    : null;

  // (A year heading a column above the question is the year of another question's answer.)
  const colYearValue =
    left.askedRow !== undefined && above.year && above.year.row < left.askedRow
      ? undefined
      : above.year?.info.years[0];
  // "Kỳ trước", "Năm trước": the year before the report's; "Kỳ này", "Năm nay": the report's; with no report year
  // known, the previous column gives nothing (its answers are not this year's either).
  if (period === "previous" && !ctx.sheetYear) return;
  const colYear: Clue<number> | null =
    colYearValue !== undefined && above.year
      ? {
          value: colYearValue,
          weight: 1,
          vi: `cột "${above.year.info.text}"`,
          en: `column "${above.year.info.text}"`,
        }
      : (period === "previous" || period === "current") && ctx.sheetYear && above.period
        ? periodYear(above.period.info, ctx.sheetYear)
        : baseOfRow
          ? rowYear
          : null;
  const labelYearValue = label.info.years.length === 1 ? label.info.years[0] : undefined;
  const labelYear: Clue<number> | null =
    labelYearValue !== undefined
      ? { value: labelYearValue, weight: 0.95, vi: "năm ghi trong nhãn", en: "year in the label" }
      : null;
  const leftYearValue = left.year?.years[0];
  const rowTextYear: Clue<number> | null =
    leftYearValue !== undefined && left.year
      ? { value: leftYearValue, weight: 0.95, vi: `ô "${left.year.text}"`, en: `"${left.year.text}"` }
      : null;
  const yearClue =
    left.listYear ??
    (left.caption
      ? (labelYear ?? rowYear ?? ctx.sheetYear)
      : byRow
        ? ((left.subRow ? rowTextYear : null) ??
          // (a title's year across the sheet, "HỒ SƠ … NĂM 2025", is the report's: the row's own year, after its label
          // or in it, is its figures')
          (above.year?.lone ? null : colYear) ??
          (left.yearAfterLabel ? rowTextYear : null) ??
          labelYear ??
          colYear ??
          rowYear ??
          rowTextYear ??
          ctx.sheetYear)
        : (rowYear ??
          // (a date on the row, "06/12/2025" when a letter was sent, is when, not the year its label names)
          (left.year && DATE_ONLY.test(left.year.text) ? labelYear : null) ??
          // (a column's label naming its year, "Tin-bài CT mới - 2024" beside "… - 2025", says it better than the
          // row's period, "Năm 2025 - báo cáo chính thức")
          (above.label !== null && label.info === above.label.info ? labelYear : null) ??
          rowTextYear ??
          labelYear ??
          colYear ??
          ctx.sheetYear));
  // (A kind of press beside the sum of the kinds, on a row naming its agency: a part of the agency's figure.)
  if (rowUnit && left.unit?.inputs.length === 0 && above.unit?.amongParts === true) return;
  const agencyClue =
    (byRow ? (colUnit ?? rowUnit) : (rowUnit ?? colUnit)) ?? block ?? ctx.sheetUnit ?? ctx.fileUnit;

  const best = label.info.inputs[0]?.score ?? 0;
  for (const m of label.info.inputs) {
    if (m.score < best - 0.1) break;
    const input = env.inputs.get(m.input);
    if (!input) continue;
    let unit: Clue<string> | null;
    if (input.appliesTo?.kind === "area") {
      // (A row naming another province, "Yên Bái" in a cluster's comparison, holds that province's figure.)
      if (!env.areaUnit || namesOtherProvince(env, left.rowTexts ?? NO_TEXTS, v.col)) continue;
      // (Nor is a figure on an agency's own row, under a header naming the input only among others' labels, the
      // province's: "Báo LC … | 194" under "TB từ nguồn thông cáo báo chí".)
      if (rowUnit && env.agencies.has(rowUnit.value) && label !== left.label) continue;
      unit = { value: env.areaUnit, weight: 0.95, vi: "số liệu toàn tỉnh", en: "province-wide figure" };
    } else {
      unit = agencyClue;
      if (!unit || !env.agencies.has(unit.value)) continue;
    }
    const yearly = input.series === "yearly";
    if (yearly && (!yearClue || statusUnderPlan || toYearEnd)) continue;
    // A state in last period's column ("Kỳ trước": 44 staff) was last year's, never the state now.
    // (So is one on a row named by a past period, "Năm kề trước".)
    // (…and one under "KQ kỳ trước (2024)", its year given beside the words saying so.)
    if (
      !yearly &&
      (period === "previous" || (rowYear?.back ?? 0) > 0 || above.year?.info.namesPastPeriod === true)
    )
      continue;
    // ("Có" under "Kết quả đạt 2024" beside "Kết quả đạt 2025" left empty or "-", in a report of 2025: the state
    // now is not given; a count, the population of an area, may stand as last known, unless the later year's cell
    // says "-": not reported.)
    if (
      !yearly &&
      colYearValue !== undefined &&
      above.year &&
      left.laterYearBeside?.(
        v.col,
        colYearValue,
        above.year.row,
        r,
        input.type !== "yes-no" && input.type !== "level",
      ) === true
    )
      continue;
    const reading = readCell(v.cell, input);
    // A placeholder ("-", "…") is not reported: proposing its cell would only say "missing" more surely.
    if (
      reading.kind === "problem" &&
      reading.problem !== "not-applicable" &&
      reading.problem !== "excel-error"
    )
      continue;
    const valueFactor = reading.kind === "problem" || isErrorValue(v.cell.value) ? 0.9 : 1;
    const fit = measureFit(stated, env.lex.inputMeasures.get(input.id) ?? null, env.lex.knownMeasures);
    let labelScore = m.score;
    if (m.weak) {
      if (fit === "disagrees") continue;
      const typed =
        typeof v.cell.value === "string" &&
        ((input.type === "yes-no" && reading.kind === "yes-no") ||
          (input.type === "level" &&
            levelOf(cellText(v.cell)) !== null &&
            !/^\s*\d+\s*$/.test(cellText(v.cell))));
      labelScore += (fit === "agrees" ? MEASURE_AGREES_BONUS : 0) + (typed ? VALUE_AGREES_BONUS : 0);
    } else if (fit === "disagrees") labelScore *= MEASURE_DISAGREES_FACTOR;
    else if (fit === "agrees") labelScore = Math.min(1, labelScore + STRONG_MEASURE_AGREES_BONUS);
    // ("Thực hiện đến 15/11/2025" under the row of 2025: the year so far, not raised as an actual, below the year's;
    // a state "đến 30/11/2025" is the state now.)
    const toDate =
      yearly &&
      (label.info.toDate ||
        left.year?.toDate === true ||
        left.role?.toDate === true ||
        above.role?.info.toDate === true ||
        above.year?.info.toDate === true);
    const yearFactor =
      (yearly ? (yearClue?.weight ?? 0) : 1) * (toDate ? (raised ? UNRAISED_FACTOR : 1) * TO_DATE_FACTOR : 1);
    const chosen = unit;
    const year = yearClue;
    out.push({
      sheet,
      row: r,
      col: v.col,
      input: m.input,
      unit: unit.value,
      year: year?.value ?? null,
      confidence: labelScore * roleFactor * unit.weight * yearFactor * valueFactor,
      sheetYear: ctx.sheetYear?.value ?? null,
      copyOf: v.cell.formula !== undefined ? referencedCell(v.cell.formula, sheet) : null,
      computed:
        v.cell.formula !== undefined && v.cell.formula.includes("!") && !PLAIN_REFERENCE.test(v.cell.formula),
      underColumnLabel: !byRow && !rowUnit && !rowYear && !rowTextYear && !left.partsTotal,
      partsTotal: left.partsTotal === true,
      pastPeriod: period === "previous" || above.year?.info.namesPastPeriod === true,
      spanEnd: above.range ? Math.max(...above.range.info.years) : null,
      namesSubject: namesSubject(env, m.input, left.rowTexts ?? NO_TEXTS, v.col),
      labelledAbove: !byRow && rowUnit !== null && unit === rowUnit,
      explain: () => {
        const at = shownAddress(ctx, r, v.col);
        const roleText = above.role ? above.role.info.text : null;
        return {
          vi:
            `Nhãn "${label.info.text}" (${label.at}) khớp "${m.phrase}"` +
            (roleText ? `; cột "${roleText}"` : "") +
            (yearly && year ? `; năm ${year.value} từ ${year.vi}` : "") +
            `; đơn vị từ ${chosen.vi}; ô ${at}`,
          en:
            `Label "${label.info.text}" (${label.at}) matches "${m.phrase}"` +
            (roleText ? `; column "${roleText}"` : "") +
            (yearly && year ? `; year ${year.value} from ${year.en}` : "") +
            `; unit from ${chosen.en}; cell ${at}`,
        };
      },
    });
  }
}

/**
 * The text that carries on a label on row `r`: the row's only cell, a text in the label's column that opens as no
 * new item does (no number, bullet or section), typed in lower case; null otherwise.
 */
function wrappedRest(sheet: Sheet, r: number, col: number): string | null {
  const row = sheet.rows[r];
  if (!row) return null;
  // (the text read only once the row proves to hold nothing else: most rows under a label hold figures)
  let only: Cell | null = null;
  for (let c = 1; c < row.length; c++) {
    const cell = row[c];
    if (!cell || cell.value === null || cell.value === "") continue;
    if (c !== col || typeof cell.value !== "string") return null;
    only = cell;
  }
  const text = only ? cellText(only) : null;
  return text !== null && WRAPPED_REST.test(text) ? text : null;
}
/** A lower-case letter first: the rest of a sentence, not a new item ("- …", "3.", "d) …", "II. ĐÀI …", "Tổng …"). */
const WRAPPED_REST = /^\s*(?!\p{Ll}\s*[).:])\p{Ll}/u;

/** Whether a text before the figure names another province than the plan's, and not the plan's. */
function namesOtherProvince(env: ScanEnv, texts: readonly TextCell[], col: number): boolean {
  return texts.some((t) => {
    if (t.col >= col || t.fromAbove || t.info.inputs.length > 0) return false;
    const words = env.lex.expandTokens(tokens(foldText(t.info.text)));
    return anotherProvince(env.lex, words, words);
  });
}

/** Whether a text of the row names the plan's province ("Báo Lai Châu", "Toàn tỉnh Lai Châu"). */
function namesOwnProvince(env: ScanEnv, texts: readonly TextCell[]): boolean {
  return texts.some((t) =>
    containsRun(env.lex.expandTokens(tokens(foldText(t.info.text))), env.lex.ownProvince),
  );
}

/** "II", "IV.": a section's number in a cell of its own. */
const SECTION_CELL = /^\s*[IVX]{1,4}\s*[.)]?\s*$/;

/** The year of a column or a row named by its period: the report year ("Kỳ này") or one before it ("Kỳ trước",
 * two for "Hai năm trước"). `back` says how far back it is: a state there is not the state now. */
function periodYear(info: TextInfo, report: Clue<number>, at?: string): PeriodClue {
  const back = info.period === "previous" ? info.periodBack : 0;
  const value = report.value - back;
  const [vi, en] = at === undefined ? ["cột", "column"] : ["dòng", "row"];
  const where = at === undefined ? "" : ` (${at})`;
  return {
    value,
    back,
    weight: report.weight,
    vi:
      back > 0
        ? `${vi} "${info.text}"${where} (${back > 1 ? `${back} năm` : "năm"} trước ${report.value})`
        : `${vi} "${info.text}"${where} (năm ${value})`,
    en:
      back > 0
        ? `${en} "${info.text}"${where} (${back > 1 ? `${back} years` : "the year"} before ${report.value})`
        : `${en} "${info.text}"${where} (year ${value})`,
  };
}

/** A year found from a period's name, and how many years before the report's it is. */
type PeriodClue = Clue<number> & { back: number };

/** An answer naming its own input, with no label: trusted this much of a labelled one. */
const OWN_LABEL_FACTOR = 0.9;

/** The label an answer gives itself: a yes/no word that names one input surely ("Đã tự chủ chi thường xuyên"). */
function ownLabel(env: ScanEnv, cell: Cell, at: () => string): Left["label"] {
  if (typeof cell.value !== "string") return null;
  const t = cellText(cell);
  if (t.length > MAX_WORD_LENGTH || classifyWord(t) === null) return null;
  const info = env.analyze(t);
  const first = info.inputs[0];
  return first && !first.byWords && surelyOne(info) ? { info, at: at() } : null;
}

/** A status typed under a plan column, on a row with nothing else: trusted this much of an actual one. */
const STATUS_UNDER_PLAN_FACTOR = 0.9;

/** "Đã triển khai xong", "Chưa tự chủ", "Đang vận hành": an answer saying what has or has not been done. */
function isStatusAnswer(cell: Cell): boolean {
  if (typeof cell.value !== "string") return false;
  const t = cellText(cell).trim().toLowerCase().normalize("NFC");
  if (/^(?:đã|chưa|đang|da|chua|dang)\s/u.test(t) && classifyWord(t) !== null) return true;
  // (A budget's "Dự toán" column, which no level can be planned in, holds a level written with its word, "Cấp 3",
  // or an answer that the question does not apply, "Không thuộc đối tượng", as the state too.)
  return (levelOf(t) !== null && /^\D/u.test(t)) || classifyWord(t) === "notApplicable";
}
/** A budget's column ("Dự toán được giao"). */
const BUDGET = /d[ựưu]\s*to[áa]n/iu;

/** How much less a column of replaced figures is trusted than the one replacing them. */
const SUPERSEDED_FACTOR = 0.97;
/** A figure no header or label says is the actual ("Thực hiện", "Kết quả"), against one that says so. */
const UNRAISED_FACTOR = 0.95;
/** A figure of the year up to a day before its end, which the whole year's outranks. */
const TO_DATE_FACTOR = 0.98;

/**
 * The captions under a row of tiles, by column: the row holds figures and answers only (no label, nothing above
 * them labelling them, no question waiting for its answer), the next row texts only, each under one of the tiles
 * (or under an empty one), at least one naming an input, none a figure. Null when the rows are no such rows.
 */
function tileCaptions(
  env: ScanEnv,
  sheet: Sheet,
  r: number,
  texts: readonly TextCell[],
  values: readonly ValueCell[],
  noQuestion: boolean,
  columns: ColumnHeaders,
): ReadonlyMap<number, TextCell> | null {
  const next = sheet.rows[r + 1];
  if (
    !next ||
    !noQuestion ||
    values.length + texts.length === 0 ||
    !texts.every((t) => t.info.inputs.length === 0 || (t.answer && !t.fromAbove)) ||
    // (the cheap look first: a next row holding a figure is no row of captions, whatever its texts)
    next.some(
      (cell, c) => c >= 1 && cell && cell.value !== null && !cell.struck && typeof cell.value !== "string",
    ) ||
    !values.every((x) => !columns.block(x.col).label) ||
    !texts.every((t) => !t.answer || !columns.block(t.col).label)
  )
    return null;
  const tiles = new Set<number>();
  for (const x of values) tiles.add(x.col);
  for (const t of texts) if (t.answer) tiles.add(t.col);
  let firstTile = Infinity;
  for (const c of tiles) if (c < firstTile) firstTile = c;
  const out = new Map<number, TextCell>();
  let onFigures = 0;
  let naming = 0;
  for (let c = 1; c < next.length; c++) {
    const cell = next[c];
    if (!cell || cell.value === null || cell.struck) continue;
    if (typeof cell.value !== "string") return null;
    const t = cellText(cell);
    if (t === "") continue;
    if (env.kind(t) === "number") return null;
    const onFigure = tiles.has(c);
    // (A text under a label of the row is a row of its own; under "Đơn vị chưa gửi" in an empty tile, a caption.)
    if (!onFigure && texts.some((t) => t.col === c && t.info.inputs.length > 0)) return null;
    const info = env.analyze(t);
    // (A text naming an input under the row's own label, "Số cộng tác viên …" left of its figures, is the next
    // row's label: a row of its own. Under an empty tile, or one saying "Đơn vị chưa gửi", it is that tile's caption.)
    if (info.inputs.length > 0 && !onFigure && c < firstTile && texts.some((x) => x.col === c)) return null;
    if (info.inputs.length > 0 && onFigure) onFigures++;
    if (info.inputs.length > 0) naming++;
    out.set(c, { col: c, info });
  }
  // (One caption under one figure when the row holds nothing else, even one naming no input, "Phóng viên được cấp
  // thẻ nhà báo" under 49: it heads nothing below; otherwise two or more naming inputs, one at least under a figure,
  // the others maybe under tiles left empty or "-".)
  const enough =
    (onFigures >= 1 && naming >= CAPTIONS) ||
    (tiles.size === 1 &&
      out.size === 1 &&
      texts.every((t) => t.answer) &&
      tiles.has([...out.keys()][0] ?? 0));
  return enough ? out : null;
}

/** A row of tiles has this many captions naming an input, at least, under its figures. */
const CAPTIONS = 2;

/** A row's text listing the years of its figures, and the year of the figure in a column. */
function yearListOf(
  texts: readonly TextCell[],
  values: readonly ValueCell[],
): { yearOf: (col: number) => Clue<number> | null } | null {
  const first = texts[0];
  const firstValue = values[0]?.col ?? 0;
  if (
    !first ||
    first.fromAbove ||
    first.col > firstValue ||
    first.info.years.length < 2 ||
    first.info.inputs.length > 0 ||
    first.info.unit !== null ||
    // (a term, "kỳ 2021-2025", lists no years)
    (first.info.years.length === 2 && YEAR_RANGE.test(first.info.text))
  )
    return null;
  const years = first.info.years;
  const separators = texts.filter((t) => t.col > first.col && SEPARATOR.test(t.info.text)).map((t) => t.col);
  if (values.length > years.length) return null;
  return {
    yearOf: (col) => {
      const place =
        separators.length > 0
          ? separators.filter((s) => s < col).length
          : values.findIndex((x) => x.col === col);
      const value = years[place];
      return value === undefined
        ? null
        : {
            value,
            weight: 0.95,
            vi: `năm thứ ${place + 1} kể ở "${first.info.text}"`,
            en: `year ${place + 1} listed in "${first.info.text}"`,
          };
    },
  };
}

/** Two years as the ends of a term: "2021-2025", "2021 – 2025". */
const YEAR_RANGE = /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}/u;

/** Only punctuation between two figures: ";", ",", "–". */
const SEPARATOR = /^[\s;,.\-–—/|]+$/u;

/** A row's name saying it adds up the rows above: "Tổng cộng", "Cộng", "Tổng cộng các huyện", "Cộng toàn tỉnh". */
function namesTotal(info: TextInfo): boolean {
  return info.inputs.length === 0 && (info.role === "total" || info.totalOpening);
}

/** Whether the row's own texts are one lead-in ("Phân theo cơ quan báo chí:", "Trong đó:"). */
function leadInAlone(texts: readonly TextCell[]): boolean {
  let lead: TextCell | undefined;
  for (const t of texts) {
    if (t.fromAbove) continue;
    if (lead) return false;
    lead = t;
  }
  return lead !== undefined && leadIn(lead.info);
}

/** "Câu 4.", "Câu 10": a question's number in a cell of its own. */
const QUESTION_NUMBER = /^\s*c[aâ]u\s*\d+\s*[.):]?\s*$/iu;

/** "Trả lời:", "Số liệu từng năm (đơn vị cung cấp):": words leading to what follows, naming nothing. */
function leadIn(info: TextInfo): boolean {
  return info.inputs.length === 0 && info.unit === null && info.text.trimEnd().endsWith(":");
}

/** What numbers a question in a cell of its own: "Câu 4.", "4.", "IV", "a)". ("Cao cấp" before a sub-header is
 * no number.) */
const NUMBERING = /\d|^\s*(?:[ivxlc]+|[a-zđ])\s*[.):]?\s*$|^\s*c[aâ]u\b/iu;

/** A row's period name is this short ("Năm kề trước"; "Sáu tháng năm nay" is a part of the year). */
const PERIOD_ROW_TOKENS = 4;

import {
  anotherProvince,
  type InputLexicon,
  type Lexicon,
  type Phrase,
  type Role,
  significant,
  type UnitLexicon,
} from "./lexicon";
import { bracketed, measureKey } from "./measure";
import { type InputMatch, inputsByWord, NO_INPUTS, partialMatch } from "./partial";
import { containsRun, foldFolded, foldText, labelWords, tokens, yearsIn } from "./text";
import { standsAsName, unitByWords } from "./unitWords";

const STRONG_PHRASE_TOKENS = 5;
/** Headers of a column that holds the year of each row (long lists). */
const YEAR_COLUMN = new Set([
  "nam",
  "nam bao cao",
  "ky",
  "ky bao cao",
  "nam thuc hien",
  "nam so lieu",
  // "Năm thống kê số liệu", "Niên độ" (a fiscal year): the year each row's figures are for.
  "nam thong ke",
  "nam thong ke so lieu",
  "nien do",
  "thoi gian",
  "thoi ky",
  "giai doan",
  // A base year per row ("Năm gốc | Số liệu năm gốc"): its figures are that year's.
  "nam goc",
  "ky goc",
  "nam bc",
  "ky so lieu",
  // A database's "Kỳ khai báo": the period each row was declared for.
  "ky khai bao",
  // "Kỳ (năm)": the period, a year.
  "ky nam",
  // A chronicle's "Mốc năm" (a milestone's year): the year of each row's events and figures.
  "moc nam",
  "nam moc",
  "moc thoi gian",
  // Exports from databases and spreadsheets in English.
  "period",
  "year",
  "fiscal year",
]);

export type { InputMatch } from "./partial";

/** The most words of a header naming the year of an event ("Năm xuất bản"). */
const YEAR_OF_EVENT_TOKENS = 3;

/** Words around a year that say nothing else ("trong đó năm 2020", "riêng năm 2025", "kỳ 2024"). */
const YEAR_FILLER = new Set([
  "nam",
  "trong",
  "do",
  "rieng",
  "cua",
  "ky",
  "ca",
  "tinh",
  "den",
  "het",
  "bao",
  "cao",
]);

/** Words that make a label the whole of something ("Kết quả thu sự nghiệp, dịch vụ (tổng số)"). */
const TOTAL_WORDS = new Set(["tong"]);
/** A short text of this many words or fewer may be a unit's shortened name. */
const MAX_UNIT_TOKENS = 10;
/** Longer texts are not a unit of measure ("Lượt người", "Triệu đồng", "Có/Không"). */
const MAX_MEASURE_CHARS = 24;
const MAX_MEASURE_WORDS = 3;

/** What one text says, for the matcher: which input it names, which unit, which year, which column role. */
export type TextInfo = {
  text: string;
  inputs: InputMatch[];
  unit: { id: string; length: number } | null;
  units: number;
  years: number[];
  role: Role | null;
  /** A part of the year that ends with it ("6 tháng cuối năm 2025", "Quý IV/2025"): derived for a yearly figure, but
   * a state counted at its end is the year's. */
  toYearEnd: boolean;
  /** Up to a day before the year's end ("Thực hiện đến 15/11/2025", "Số liệu chốt đến hết ngày 30/11"): a figure of
   * the year so far, which a row or column of the whole year's outranks. */
  toDate: boolean;
  reportingUnitLine: boolean;
  notReportingUnitLine: boolean;
  derivedLabel: boolean;
  /** A bare "Năm" header: the column holds years, not values. */
  yearColumn: boolean;
  /** "Năm xuất bản": the year of an event; a column of years when it opens its header row. */
  eventYear: boolean;
  /** Names a period before the report's anywhere ("KQ kỳ trước (2024)"), its year beside the words or not. */
  namesPastPeriod: boolean;
  /** Says nothing but a year ("Trong đó năm 2020", "- Năm 2024:", "Riêng năm 2025"): a sub-row's label. */
  yearOnly: boolean;
  /** Closes a year ("Cộng năm 2020", "Cả năm 2021"): the year's total line of a ledger. */
  yearTotal: boolean;
  /** Opens as a row adding up the rows above does: "Tổng cộng", "Cộng toàn tỉnh", "Tổng số". */
  totalOpening: boolean;
  /** Opens by saying it adds up every agency: "Cộng ba cơ quan: …", "Tổng 3 đơn vị: …" (no one agency's figure). */
  ofAllUnits: boolean;
  /** Units of measure the text states: the whole text ("Tin, bài") or a bracket ("(Tr.đồng)"), as measureKey. */
  measures: string[];
  /** Any short text as a unit of measure (for a text in a ĐVT column), as measureKey. */
  measureKey: string | null;
  /** A "ĐVT" / "Đơn vị tính" header: the column holds units of measure. */
  measureHeader: boolean;
  /** A line stating the unit of measure of what follows ("Đơn vị tính: Tác phẩm", "ĐVT: TP"). */
  measureLine: boolean;
  /** A period named by where it stands to the report's, with no year: "Kỳ trước" (the one before), "Kỳ này" (the
   * report's own), "Năm gốc" (a base period). */
  period: "previous" | "current" | "base" | null;
  /** How many years before the report's a previous period is: 1 ("Năm trước", "Năm kề trước"), 2 ("Hai năm
   * trước", "Năm trước nữa"); 0 otherwise. */
  periodBack: number;
  /** A column of first figures that a later one replaces ("Số liệu đơn vị kê khai", "Số liệu cũ"), or of the
   * figures that stand ("Số liệu sau kiểm tra", "Đề nghị sửa thành"); null for most texts. */
  standing: "superseded" | "final" | null;
  /** A note saying a later entry replaces the figures of its row ("Đã gửi lại, thay bằng số liệu …", "Số cũ - …"). */
  replacedNote: boolean;
  tokenCount: number;
  /** Words outside brackets ("Hiện trạng sau đầu tư (đến tháng 11/2025)": four). */
  outsideCount: number;
};

/** Whether the phrase's tokens occur in order in `hay`, with at most `maxGap` other tokens between them. */
function inOrder(hay: readonly string[], needle: readonly string[], maxGap: number): number | null {
  for (let start = 0; start < hay.length; start++) {
    if (hay[start] !== needle[0]) continue;
    let pos = start;
    let gaps = 0;
    let ok = true;
    for (let j = 1; j < needle.length; j++) {
      let k = pos + 1;
      while (k < hay.length && hay[k] !== needle[j] && k - pos - 1 < maxGap) k++;
      if (k >= hay.length || hay[k] !== needle[j]) {
        ok = false;
        break;
      }
      gaps += k - pos - 1;
      pos = k;
    }
    if (ok) return gaps;
  }
  return null;
}

/** Words an unknown label shares with one input's vocabulary, weighed by how specific they are. */
const BOW_MIN_WORDS = 3;
const BOW_MIN_HIT = 2;
const BOW_MIN_SHARE = 0.6;
const BOW_MIN_LEAD = 0.75;

/** byWords' tallies: one array for every label (a typed array made per label costs more than the tallying),
 * its first `n` zeroed. */
let tallied = new Float64Array(0);
function tallies(n: number): Float64Array {
  if (tallied.length < n) tallied = new Float64Array(n);
  else tallied.fill(0, 0, n);
  return tallied;
}

function byWords(lex: Lexicon, words: readonly string[]): InputMatch | null {
  const distinct = [...new Set(words)];
  let mass = 0;
  // (tallied by the inputs' places in lex.inputs, in an array kept between labels; `touched` keeps the order they
  // are first met in)
  const byInput = tallies(lex.inputs.length);
  const touched: number[] = [];
  const byWord = inputsByWord(lex);
  for (const w of distinct) {
    const specificity = lex.specificity.get(w);
    mass += specificity ?? 0.5;
    for (const k of byWord.get(w) ?? NO_INPUTS) {
      if (!touched.includes(k)) touched.push(k);
      byInput[k] = (byInput[k] as number) + (specificity ?? 0);
    }
  }
  if (touched.length === 0) return null;
  // The best input and the runner-up, in one pass (no sort: most labels share words with a few inputs).
  let best: { input: string; hit: number } | undefined;
  let second: { input: string; hit: number } | undefined;
  for (const k of touched) {
    const input = (lex.inputs[k] as InputLexicon).id;
    const hit = byInput[k] as number;
    if (!best || hit > best.hit) {
      second = best;
      best = { input, hit };
    } else if (!second || hit > second.hit) second = { input, hit };
  }
  if (!best || best.hit < BOW_MIN_HIT || best.hit / mass < BOW_MIN_SHARE) return null;
  if (second && best.hit - second.hit < BOW_MIN_LEAD) return null;
  // Syllables one by one ("bản" of "xuất bản", "tập" of "tạp chí") are not words the label shares.
  const pairs = lex.inputPairs.get(best.input);
  let paired = false;
  for (let i = 0; i + 1 < words.length && !paired; i++)
    paired = pairs?.has(`${words[i]} ${words[i + 1]}`) ?? false;
  if (!paired) return null;
  return {
    input: best.input,
    score: 0.5 + 0.25 * Math.min(1, best.hit / mass),
    phrase: `(${distinct.join(" ")})`,
    byWords: true,
  };
}

/** Each input of a lexicon under its id (the first of that id, as lex.inputs.find gives it), built once: exclusions
 * and waivers look their input up for every label they read. */
const inputsById = new WeakMap<Lexicon, Map<string, InputLexicon>>();
function inputNamed(lex: Lexicon, id: string): InputLexicon | undefined {
  let byId = inputsById.get(lex);
  if (!byId) {
    byId = new Map();
    for (const input of lex.inputs) if (!byId.has(input.id)) byId.set(input.id, input);
    inputsById.set(lex, byId);
  }
  return byId.get(id);
}

function excluded(
  lex: Lexicon,
  inputId: string,
  sig: readonly string[],
  plain: readonly string[],
  waive: Waiver,
): boolean {
  const input = inputNamed(lex, inputId);
  return (
    input?.exclusions.some((e) => exclusionIn(sig, plain, e, lex.ownProvince) && !waive(inputId, e)) ?? false
  );
}

/** Whether the label holds one of the input's exclusions (a whole one, or one among its live phrases) that is not
 * waived. (A module function, not a closure made for every input a label names.) */
function exclusionHeld(
  lex: Lexicon,
  input: InputLexicon,
  live: ReadonlySet<Phrase>,
  sig: readonly string[],
  plain: readonly string[],
  waive: Waiver,
  phrase: readonly string[],
): boolean {
  for (const e of input.exclusions)
    if (
      (e.whole || live.has(e)) &&
      exclusionIn(sig, plain, e, lex.ownProvince) &&
      !containsRun(phrase, e.tokens) &&
      !waive(input.id, e)
    )
      return true;
  return false;
}

/** An exclusion occurs in order with at most one word between, or, for two words, in either order
 * ("được xem, nghe" holds "nghe xem"). One that small words would reduce to one word ("so với năm" → "với", as in
 * "gắn với") occurs only whole. */
function exclusionIn(
  sig0: readonly string[],
  plain0: readonly string[],
  e: Phrase,
  province: readonly string[],
): boolean {
  // ("Báo Đảng Lai Châu", "Phát thanh Lai Châu": the "Lai" of the plan's province is no "lại" of "đăng lại".)
  const named = province[0] !== undefined && e.tokens.includes(province[0]);
  const sig = named ? withoutProvinceName(sig0, province) : sig0;
  const plain = named ? withoutProvinceName(plain0, province) : plain0;
  if (e.whole) return containsRun(plain, e.tokens);
  if (inOrder(sig, e.tokens, 1) !== null) return true;
  const [a, b] = e.tokens;
  if (e.tokens.length !== 2 || a === undefined || b === undefined) return false;
  // ("… báo chí - tổng cộng": the "chí" of "báo chí" or "tạp chí" is no "chi" of "tổng chi" said the other way.)
  for (let i = 0; i < sig.length; i++)
    if (sig[i] === b && !(b === "chi" && PRESS_BEFORE_CHI.has(sig[i - 1] ?? "")))
      for (let j = i + 1; j <= i + 2 && j < sig.length; j++) if (sig[j] === a) return true;
  return false;
}
/** Whether `run` occurs in `words`, not denied just before it ("không về CĐS": not about digital transformation). */
function affirmed(words: readonly string[], run: readonly string[]): boolean {
  const at = indexOfRun(words, run);
  if (at < 0) return false;
  return !words.slice(Math.max(0, at - NEGATED_GAP), at).some((w) => NEGATIONS.has(w));
}
/** How far before a phrase a "không" still denies it ("không về …"). */
const NEGATED_GAP = 2;

/** The words with the first word of the plan's province ("lai" of "Lai Châu") taken out where the province is
 * named: there it is a name, never "lại". */
function withoutProvinceName(words: readonly string[], province: readonly string[]): readonly string[] {
  const at = (i: number) => province.every((p, k) => words[i + k] === p);
  return words.some((_, i) => at(i)) ? words.filter((_, i) => !at(i)) : words;
}
/** Words before "chí" that make it the press's: "báo chí", "tạp chí". */
const PRESS_BEFORE_CHI = new Set(["bao", "tap"]);

const NEGATIONS = new Set(["chua", "khong"]);

/** The first words of every role, reporting-unit and derived-label phrase of a lexicon, built once. */
const roleFirstWords = new WeakMap<Lexicon, Set<string>>();
function holdsRoleWord(lex: Lexicon, words: readonly string[]): boolean {
  let firsts = roleFirstWords.get(lex);
  if (!firsts) {
    firsts = new Set<string>();
    for (const list of [
      ...lex.roles.map((r) => r.phrases),
      lex.reportingUnit,
      lex.notReportingUnit,
      lex.derivedLabel,
    ])
      for (const p of list) firsts.add(p[0] ?? "");
    roleFirstWords.set(lex, firsts);
  }
  return words.some((w) => firsts.has(w));
}

/** A list's phrases under their first word, built once per list: a text tries only those it could hold. */
const byFirstWord = new WeakMap<string[][], Map<string, string[][]>>();
/** "… - các năm trước", "các năm qua": the years before, each figure under its own year. */
const PAST_YEARS = /\bcac nam (?:truoc|qua)\b/g;

/** Whether the only words of a derived label in `folded` are "các năm trước": the figures of the years before, not
 * a comparison with last year's ("Sản lượng tác phẩm … - các năm trước" over "2020 | 2021 | …"). */
function onlyPastYears(lex: Lexicon, folded: string): boolean {
  if (!folded.includes("cac nam")) return false;
  const rest = folded.replace(PAST_YEARS, " ");
  if (rest === folded) return false;
  const words = tokens(rest);
  return !holdsPhrase(lex.derivedLabel, words);
}

/** Whether the text (its words in order) holds one of the list's phrases as a run. */
function holdsPhrase(list: string[][], words: readonly string[]): boolean {
  const index = phrasesByFirstWord(list);
  const set = words.length > FEW_WORDS ? new Set(words) : null;
  // (a phrase under `w` opens with it: its other words are the ones to look for; a word said twice is looked at
  // twice, to the same answer)
  for (const w of words)
    for (const p of index.get(w) ?? NO_PHRASES)
      if ((set ? allIn(p, set, 1) : allAmong(p, words, 1)) && containsRun(words, p)) return true;
  return false;
}
/** byFirstWord's entry for a list, built on first use. */
function phrasesByFirstWord(list: string[][]): ReadonlyMap<string, string[][]> {
  let index = byFirstWord.get(list);
  if (!index) {
    index = new Map();
    for (const p of list) {
      const first = p[0] ?? "";
      const at = index.get(first);
      if (at) at.push(p);
      else index.set(first, [p]);
    }
    byFirstWord.set(list, index);
  }
  return index;
}
const NO_PHRASES: string[][] = [];

/** A text's words as holdsOpened reads them: whether one is a role word's first, the lists they open (listsOpened),
 * the words in order. */
type Said = {
  anyRoleWord: boolean;
  opened: ReadonlySet<string[][]>;
  words: readonly string[];
};
/** holdsPhrase for a list, only when one of the text's words opens one of its phrases. */
function holdsOpened(said: Said, list: string[][]): boolean {
  return said.anyRoleWord && said.opened.has(list) && holdsPhrase(list, said.words);
}

/** Under each word opening a phrase of the lists a text is read against after its inputs (roles, reporting-unit
 * lines, periods, standing), those lists; built once per lexicon. */
const openersOf = new WeakMap<Lexicon, Map<string, Array<string[][]>>>();
/** The lists whose phrases one of the words opens: whether the words open one of a list's phrases, for every list
 * at once, in one pass. */
function listsOpened(lex: Lexicon, words: readonly string[]): ReadonlySet<string[][]> {
  let openers = openersOf.get(lex);
  if (!openers) {
    openers = new Map();
    for (const list of [
      ...lex.roles.map((r) => r.phrases),
      lex.reportingUnit,
      lex.notReportingUnit,
      lex.derivedLabel,
      lex.previousPeriod,
      lex.currentPeriod,
      lex.otherPeriod,
      lex.final,
      lex.superseded,
    ])
      for (const p of list) {
        const first = p[0] ?? "";
        const lists = openers.get(first) ?? [];
        if (!lists.includes(list)) lists.push(list);
        openers.set(first, lists);
      }
    openersOf.set(lex, openers);
  }
  let out: Set<string[][]> | null = null;
  for (const w of words) {
    const lists = openers.get(w);
    if (lists) for (const list of lists) (out ??= new Set()).add(list);
  }
  return out ?? NO_LISTS;
}
const NO_LISTS: ReadonlySet<string[][]> = new Set();

const COLUMN_ROLES = ["derived", "notes", "plan", "actual", "total"] as const;
const LABEL_ROLES = ["derived", "plan"] as const;
const JOINERS = new Set(["&", "va", "+", "cong"]);

/** Where `run` starts in `words`, or -1. */
function indexOfRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

type Waiver = (inputId: string, exclusion: Phrase) => boolean;

/**
 * An exclusion names a part ("dịch vụ" of revenue); a label that says it is the total and lists the part among
 * others ("thu sự nghiệp, dịch vụ (tổng số)") is the whole; a label holding one of the input's qualifiers (plan
 * data: "môi trường số") is the input's whatever the exclusion. Never waived: an exclusion that is another input's
 * words ("đào tạo") or a role word ("kế hoạch", "tỷ lệ"), or any exclusion under "trong đó" (of which).
 */
function waiverFor(lex: Lexicon, folded: string, all: readonly string[]): Waiver {
  let waiver: Waiver | null = null;
  // Built on first use: most labels hit no exclusion.
  return (inputId, e) => (waiver ??= buildWaiver(lex, folded, all))(inputId, e);
}

function buildWaiver(lex: Lexicon, folded: string, all: readonly string[]): Waiver {
  const total =
    all.some((w) => TOTAL_WORDS.has(w)) ||
    containsRun(all, ["toan", "bo"]) ||
    containsRun(all, ["tat", "ca"]);
  const expanded = lex.expandTokens(all);
  // "Doanh thu sự nghiệp & dịch vụ": the part joined to another part that is not excluded names both, the whole.
  // ("Thu SN+DV": the joiner kept as a word, abbreviations expanded.)
  // ("Thu SN-DV": a hyphen between two abbreviations joins them too.)
  const spelled = /[+&]|[a-z]-[a-z]/.test(folded)
    ? lex.expandTokens(
        tokens(folded.replace(/[+&]/g, " + ").replace(/\b([a-z]{1,4})-([a-z]{1,4})\b/g, "$1 + $2")),
      )
    : // ("Thu SN cộng DV": the joiner a word, the parts abbreviated.)
      expanded;
  // (the tests below are module functions over `w`, not closures: a closure made for every label costs more, under
  // tsx most, which names every closure it makes)
  const w: Waived = { lex, folded, all, expanded, spelled, spelledOut: undefined };
  if (containsRun(all, ["trong", "do"])) return (inputId, e) => !isRole(lex, e) && qualified(w, inputId, e);
  // A list needs a comma or a "và" between its parts.
  const listing = folded.includes(",") || all.includes("va");
  if (!total)
    return (inputId, e) => {
      if (isRole(lex, e)) return false;
      if (qualified(w, inputId, e) || joined(w, inputId, e) || setAside(w, e)) return true;
      if (!listing || otherInputs(lex, inputId, e)) return false;
      // "Thu sự nghiệp, dịch vụ của cơ quan": the input's own words, then the part after a comma, name both.
      const comma = folded.indexOf(",");
      if (comma > 0 && listed(w, e)) {
        const head = lex.expandTokens(tokens(folded.slice(0, comma)));
        const input = inputNamed(lex, inputId);
        if (
          (input?.phrases.some((p) => containsRun(head, p.tokens)) ?? false) &&
          partsOf(w, inputId).every((x) => !containsRun(head, x.tokens))
        )
          return true;
      }
      // "Doanh thu quảng cáo, liên kết, đặt hàng và dịch vụ khác": three parts listed or more are all of them.
      const parts = partsOf(w, inputId);
      return parts.length >= LISTED_WHOLE && parts.filter((x) => listed(w, x)).length >= LISTED_WHOLE - 1;
    };
  return (inputId, e) => {
    if (isRole(lex, e)) return false;
    // ("Tổng thu SN-DV": the total of the joined parts too.)
    if (qualified(w, inputId, e) || joined(w, inputId, e) || setAside(w, e)) return true;
    if (otherInputs(lex, inputId, e)) return false;
    if (listed(w, e)) return true;
    // "Tổng nguồn thu từ hoạt động dịch vụ, quảng cáo, liên kết": the first of the listed parts is one of them.
    const parts = partsOf(w, inputId);
    return parts.length >= 2 && parts.some((x) => listed(w, x));
  };
}
/** What buildWaiver's tests read of a label: its folded text, its words (`all`), them with abbreviations expanded,
 * and spelled with their joiners ("SN+DV", "SN-DV"); `spelledOut`, the folded text with abbreviations expanded,
 * made when first needed. */
type Waived = {
  lex: Lexicon;
  folded: string;
  all: readonly string[];
  expanded: readonly string[];
  spelled: readonly string[];
  spelledOut: string | undefined;
};
/** An exclusion that is a role word ("kế hoạch", "tỷ lệ"): never waived. */
function isRole(lex: Lexicon, e: Phrase): boolean {
  return lex.roleWords.has(e.tokens.join(" ")) || e.tokens.some((t) => lex.roleWords.has(t));
}
/** A qualifier says which kind ("kỹ năng số" training); it does not undo a negation ("chưa được") or another
 * measure ("lượt" counts attendances, not people). */
function qualified(w: Waived, inputId: string, e: Phrase): boolean {
  const { lex, expanded } = w;
  return (
    !e.tokens.some((t) => NEGATIONS.has(t)) &&
    !lex.knownMeasures.has(e.tokens.join(" ")) &&
    // (a qualifier that is a part of the exclusion itself, "kỹ năng số" of "kỹ năng số cơ bản", qualifies nothing)
    (inputNamed(lex, inputId)?.qualifiers.some(
      (q) => affirmed(expanded, q) && !(e.qualifiersWithin?.includes(q) ?? false),
    ) ??
      false)
  );
}
/** The part joined to another part that is not excluded ("Doanh thu sự nghiệp & dịch vụ", "Tổng thu từ hoạt động
 * dịch vụ và sự nghiệp"): the whole. */
function joined(w: Waived, inputId: string, e: Phrase): boolean {
  const { spelled } = w;
  const at = indexOfRun(spelled, e.tokens);
  if (at >= 3 && JOINERS.has(spelled[at - 1] ?? ""))
    return freeOfParts(w, inputId, e, spelled.slice(Math.max(0, at - 3), at - 1));
  const end = at + e.tokens.length;
  return (
    at >= 0 && JOINERS.has(spelled[end] ?? "") && freeOfParts(w, inputId, e, spelled.slice(end + 1, end + 3))
  );
}
/** Words naming something (the other part) that is none of the input's exclusions but `e`. */
function freeOfParts(w: Waived, inputId: string, e: Phrase, words: readonly string[]): boolean {
  const input = inputNamed(w.lex, inputId);
  return (
    words.length > 0 && !(input?.exclusions.some((x) => x !== e && containsRun(words, x.tokens)) ?? true)
  );
}
/** "(người)", "(ng)" closing a label: what it counts is people. */
const PEOPLE_BRACKET = /\((?:nguoi|ng)\)\s*$/;
/** "Nguồn thu ngoài ngân sách", "Tự chủ chi thường xuyên theo phương án được duyệt": the excluded words are what
 * the figure is not, or the way it came about, not what it is. */
function setAside(w: Waived, e: Phrase): boolean {
  const { all, expanded } = w;
  // ("Số lượt người … (không trùng)": attendances counted once per person are people, not attendances; so are
  // those the label says it counts in people: "Số lượt cán bộ được trang bị kiến thức CĐS (người)".)
  if (
    e.tokens.length === 1 &&
    e.tokens[0] === "luot" &&
    (containsRun(all, ["khong", "trung"]) || PEOPLE_BRACKET.test(w.folded))
  )
    return true;
  const at = indexOfRun(all, e.tokens);
  if (
    at > 0 &&
    (SET_ASIDE.has(all[at - 1] ?? "") || (at > 1 && `${all[at - 2]} ${all[at - 1]}` === "khong ke"))
  )
    return true;
  // ("Số người làm việc kể cả hợp đồng", "bao gồm HĐ": the part counted in, the whole.)
  const inside = indexOfRun(expanded, e.tokens);
  return inside > 0 && INCLUDING.has(expanded[inside - 1] ?? "");
}
/** An exclusion that is another input's words ("đào tạo"): never waived. */
function otherInputs(lex: Lexicon, inputId: string, e: Phrase): boolean {
  return lex.inputs.some((o) => o.id !== inputId && o.phrases.some((p) => containsRun(p.tokens, e.tokens)));
}
/** "…, dịch vụ", "… và lao động hợp đồng": the part is listed after a comma or "và" (a word or two between).
 * ("Thu SN, DV toàn cơ quan": the part written short is listed all the same.) */
function listed(w: Waived, e: Phrase): boolean {
  const { lex, folded } = w;
  const after = new RegExp(
    `(?:[,;&+]|\\bva)\\s*(?:\\S+\\s+){0,2}${e.tokens.join(" ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
  );
  w.spelledOut ??= folded.replace(/[\p{L}\p{N}]+/gu, (x) => lex.expandTokens([x]).join(" "));
  return after.test(folded) || (w.spelledOut !== folded && after.test(w.spelledOut));
}
/** The input's exclusions the label holds, but role words and other inputs' words. (The cheap test first: most
 * labels hold one part or none, and otherInputs reads every phrase of the plan.) */
function partsOf(w: Waived, inputId: string): Phrase[] {
  const { lex, all } = w;
  return (
    inputNamed(lex, inputId)?.exclusions.filter(
      (x) => containsRun(all, x.tokens) && !isRole(lex, x) && !otherInputs(lex, inputId, x),
    ) ?? []
  );
}
/** Words before an exclusion that set it aside: "ngoài ngân sách" (outside), "trừ", "theo phương án" (by way of),
 * "phê duyệt phương án" ("Mức tự chủ … đã được phê duyệt phương án": the way it came about, approved), "của tòa soạn"
 * (whose: "Sản phẩm của tòa soạn được đẩy lên nền tảng số" is the newsroom's content, not the newsroom). */
const SET_ASIDE = new Set(["ngoai", "tru", "theo", "duyet", "cua"]);
/** Words before an exclusion that count it in: "cả", "kể cả", "(bao) gồm". */
const INCLUDING = new Set(["ca", "gom"]);
/** A bracket in a label that qualifies it (any bracket but one opening with words that add or take a part). */
const BRACKET_QUALIFIES =
  /\((?!\s*(?:trong do|ke ca|bao gom|gom|khong ke|ngoai|tru|chua ke|chi tiet)\b)[^)]*\)/;
/** A match that needed the words in brackets is trusted a little less. */
const BRACKETED_FACTOR = 0.95;
/** A department's name opens so: "Phòng …", "Bộ phận …" (after a row's number). */
const DEPARTMENT = /^(?:[\divx]+[.)]?\s+)?(?:phong|bo phan)\s/;
/** …or "Ban …" as typed, a desk ("Ban Điện tử", "Ban Thời sự"); not "Bản" (an edition: "Bản điện tử"), nor "Ban Biên
 * tập", the editorial board that may stand for the agency. */
const DESK = /^(?:[\dIVXivx]+[.)]?\s+)?ban\s+(?!bi[êe]n\s+t[ậa]p)/iu;

/** At most so many words before a label's colon for them to be a unit's name. */
const UNIT_BEFORE_COLON_TOKENS = 10;
/** The coverage a phrase opening a label counts at least. */
const LEADING_COVERAGE = 0.5;

/** Words a label's numbering takes at its start: "cau 2", "muc 1", "2", "iii" (a number or a Roman numeral, after
 * "câu", "mục", "phần" or alone). */
function numberingLength(sig: readonly string[]): number {
  if (NUMBERING_WORDS.has(sig[0] ?? "") && number(sig[1])) return 2;
  // ("Câu hỏi 1:")
  if (sig[0] === "cau" && sig[1] === "hoi" && number(sig[2])) return 3;
  let n = 0;
  while (n < 2 && number(sig[n]) && sig.length > n + 1) n++;
  return n;
}
const NUMBERING_WORDS = new Set(["cau", "muc", "phan"]);
/** A number of up to three digits, a Roman numeral or a letter a–h: one word of numbering. */
const NUMBER_WORD = /^(?:\d{1,3}|[ivx]{1,4}|[a-h])$/;
/** (a module function, not a closure: numberingLength runs for every label) */
function number(t: string | undefined): boolean {
  return t !== undefined && NUMBER_WORD.test(t);
}

/** Where workings' heading ends and the figure they compute from begins: a colon or a spaced dash. */
const WORKINGS_CUT = /:|\s[-–]\s/;
/** "Bảng tính tốc độ tăng trưởng", "Tính mức tăng so với năm gốc", "Tính toán tỷ lệ tăng": a growth computed. */
const WORKINGS = /^(?:bang )?tinh (?:toan )?(?:(?:toc do|muc|ty le) )?(?:tang|giam)\b/;
/** So many parts listed in one label are the whole they make up. */
const LISTED_WHOLE = 3;

export function analyzeText(lex: Lexicon, text: string): TextInfo {
  // "BẢNG TÍNH TỐC ĐỘ TĂNG TRƯỞNG: TỔNG THU SN+DV", "Tính mức tăng so với năm gốc - TB mới NVCT": workings that
  // compute a growth from a figure name the figure after their colon or dash; the years under them are its own.
  const cut = WORKINGS_CUT.exec(text);
  if (cut && cut.index > 0 && WORKINGS.test(labelWords(text.slice(0, cut.index)).folded)) {
    const figure = analyzeText(lex, text.slice(cut.index + cut[0].length));
    if (figure.inputs.length > 0 && figure.role === null)
      return { ...figure, text, replacedNote: REPLACED.test(text) };
  }
  // "Tin, bài CT", "Tác phẩm CT": after articles, CT is chính trị (elsewhere it may be chỉ tiêu or công tác).
  const spelled =
    (text.includes("CT") || text.includes("ct")) && ARTICLES_CT.test(text)
      ? // ("Tin, bài CT&TTTY": the "&" after it joins another kind, not the word.)
        text.replace(ARTICLES_CT, "$1 chính trị ")
      : text;
  // "DThu toàn ĐV", "Tổng nguồn thu ĐV": "ĐV", its Đ crossed, is the agency (đơn vị), never the "DV" of dịch vụ.
  const agency = text.includes("ĐV") ? spelled.replace(WHOLE_UNIT, "$1đơn vị") : spelled;
  // "Tổng doanh thu - ĐV: triệu đồng": the unit of measure after the label, read as "(triệu đồng)" is (the "ĐV"
  // would otherwise be read as the "DV" of dịch vụ).
  // ("- DV: TRIEU DONG" typed without tones: "DV" is dịch vụ as often, so only before a unit of measure.)
  const unitAfter = agency.includes(":") ? (UNIT_AFTER.exec(agency) ?? plainUnitAfter(lex, agency)) : null;
  let read =
    unitAfter?.[1] && unitAfter.index > 0 ? `${agency.slice(0, unitAfter.index)} (${unitAfter[1]})` : agency;
  // ("Mức tự chủ tài chính theo Nghị định 60/2021/NĐ-CP": the decree the figure follows is not among its words, nor
  // its year the figure's.)
  if (read.includes("/")) read = read.replace(LEGAL_REFERENCE, "");
  let words = labelWords(read);
  // "a.Doanh thu": a letter numbering the row, typed without its space; "B.Lai Châu", a name written short, is not
  // one (text.ts leaves both, the lexicon knows the short names).
  const lead = words.all[0];
  if (lead !== undefined && LETTER_DOT.test(lead) && lex.expandTokens([lead])[0] === lead)
    words = labelWords(read.replace(/^\s*\p{L}\./u, ""));
  // ("16/11/2025 22:19:54": when an answer was submitted, not which year its figures are for.)
  const textYears = TIMESTAMP.test(words.folded) ? NONE_YEARS : yearsIn(words.folded);
  const plainTokens = words.all;
  const sigAll = significant(lex, words.all);
  const sig = words.outside.length === words.all.length ? sigAll : significant(lex, words.outside);

  // Only phrases whose first token the label holds can match: most labels skip most phrases.
  // (in the order of the words' first places; a word said twice adds nothing the second time)
  const live = new Set<Phrase>();
  const present = sigAll.length > FEW_WORDS ? new Set(sigAll) : null;
  for (const t of sigAll)
    // (a phrase under `t` opens with it: its other tokens are the ones to look for)
    for (const p of lex.index.get(t) ?? NO_PHRASE)
      if (present ? allIn(p.tokens, present, 1) : allAmong(p.tokens, sigAll, 1)) live.add(p);

  const waive = waiverFor(lex, words.folded, plainTokens);
  const inputs: InputMatch[] = [];
  const whole =
    lex.hasWholePhrases &&
    opensWholePhrase(lex, plainTokens) &&
    lex.inputs.some((x) => x.wholePhrases.some((w) => containsRun(plainTokens, w.tokens)));
  // The words outside brackets first; when they name nothing, the bracket's too ("Sổ theo dõi SL tin bài mới (phục
  // vụ NVCT địa phương)": the remark says which articles), unless it adds to or takes from the figure ("(kể cả …)",
  // "(trong đó …)").
  const hays: Array<readonly [readonly string[], number]> =
    sig === sigAll || !BRACKET_QUALIFIES.test(words.folded)
      ? [[sig, 1]]
      : [
          [sig, 1],
          [sigAll, BRACKETED_FACTOR],
        ];
  for (const [hay, factor] of hays) {
    if (inputs.length > 0 || !(live.size > 0 || whole)) break;
    // The best phrase of each input among the live ones (the first of the input's phrases on a tie), found by
    // walking the few live phrases rather than every phrase of the plan.
    const owners = phraseOwners(lex);
    const bestOf = new Map<
      InputLexicon,
      { quality: number; phrase: string; tokens: readonly string[]; index: number; leading: boolean }
    >();
    // "Câu 2.", "4.3", "Mục 1": the label's numbering is not one of its words.
    const numbering = numberingLength(hay);
    for (const p of live) {
      const own = owners.get(p);
      if (!own) continue;
      // (in the brackets' pass, a phrase must start outside them: "(newsroom)" alone is a remark)
      if (factor !== 1 && !sig.includes(p.tokens[0] ?? "")) continue;
      const gaps = inOrder(hay, p.tokens, 3);
      if (gaps === null) continue;
      const quality = p.tokens.length - 0.5 * gaps;
      const leading = hay[numbering] === p.tokens[0];
      for (const { input, index } of own) {
        const best = bestOf.get(input);
        if (!best || quality > best.quality || (quality === best.quality && index < best.index))
          bestOf.set(input, { quality, phrase: p.text, tokens: p.tokens, index, leading });
      }
    }
    for (const input of lex.inputs) {
      let best: { quality: number; phrase: string; tokens: readonly string[]; leading?: boolean } | null =
        bestOf.get(input) ?? null;
      if (whole)
        for (const w of input.wholePhrases)
          if (containsRun(plainTokens, w.tokens) && (!best || w.tokens.length > best.quality))
            best = { quality: w.tokens.length, phrase: w.text, tokens: w.tokens };
      if (!best) continue;
      // Exclusions are read outside brackets: "Tổng doanh thu (quảng cáo, dịch vụ)" is still total revenue.
      // (An exclusion the matched phrase holds itself, "hợp đồng" of "viên chức và lao động hợp đồng", is named as a
      // part of the whole.)
      if (exclusionHeld(lex, input, live, sig, plainTokens, waive, best.tokens)) continue;
      // A longer phrase is stronger evidence however long the label; coverage breaks ties.
      const strength = Math.min(1, best.quality / STRONG_PHRASE_TOKENS);
      // (A phrase opening the label, "Doanh thu hoạt động báo chí và dịch vụ gắn với báo chí", names what the
      // words after it qualify: it covers at least half of it.)
      const coverage = Math.max(
        Math.min(1, best.quality / Math.max(hay.length - numbering, 1)),
        best.leading ? LEADING_COVERAGE : 0,
      );
      inputs.push({
        input: input.id,
        score: (0.55 + 0.25 * strength + 0.2 * coverage) * factor,
        phrase: best.phrase,
      });
    }
    inputs.sort((a, b) => b.score - a.score);
  }
  // A remainder ("Lãnh đạo, cán bộ, nhân viên khác") is a part of a figure, never the figure: no fallback.
  const remainder = lex.remainder.some((r) =>
    r.every((t, i) => plainTokens[plainTokens.length - r.length + i] === t),
  );
  // Short headers ("Nội dung", "Ghi chú") are not labels: the fallback needs three words or more.
  if (inputs.length === 0 && !remainder && sig.length >= BOW_MIN_WORDS) {
    const guess = byWords(lex, sig);
    if (guess && !excluded(lex, guess.input, sig, plainTokens, waive)) inputs.push(guess);
  }
  // Most words of one of an input's phrases, in another order: a weak match (partial.ts).
  if (inputs.length === 0 && !remainder) {
    const guess = partialMatch(lex, sigAll, (id) => excluded(lex, id, sig, plainTokens, waive));
    if (guess) inputs.push(guess);
  }
  // "Diễn giải nguồn thu", "Ghi chú về nhân sự": a column of explanations about the input, not its figure.
  if (inputs.length > 0 && NOTES_OPENING.test(words.folded)) inputs.length = 0;
  // "CỘNG CHUNG CẢ CƠ QUAN", "Cộng cả đơn vị": a total of the agency's rows, whatever they count; the words it shares
  // with an input's phrase ("cả cơ quan") name none.
  if (inputs[0]?.byWords && WHOLE_AGENCY_TOTAL.test(words.folded)) inputs.length = 0;

  let unit: TextInfo["unit"] = null;
  // (made when a unit is first seen: most texts name none)
  let seenUnits: Set<string> | null = null;
  if (live.size > 0) {
    // (the live phrases that are a unit's names, rather than every unit's names: the first unit of the longest
    // name found, as a walk over the units in order finds it)
    const aliasUnits = unitsByAlias(lex);
    let at = -1;
    for (const a of live) {
      const owners = aliasUnits.get(a);
      if (!owners || !standsAsName(sigAll, a.tokens)) continue;
      for (const k of owners) {
        const u = lex.units[k] as UnitLexicon;
        (seenUnits ??= new Set()).add(u.id);
        if (!unit || a.tokens.length > unit.length || (a.tokens.length === unit.length && k < at)) {
          unit = { id: u.id, length: a.tokens.length };
          at = k;
        }
      }
    }
  }

  // A unit's name ("Tòa soạn BLC (báo in + điện tử)") that shares a few words with an input is the unit: only a
  // phrase of the input makes it a label too.
  if (unit && inputs[0] && (inputs[0].weak || inputs[0].byWords)) inputs.length = 0;

  // "TC Văn nghệ Lai Châu", "Đơn vị báo cáo: TC Văn nghệ Lai Châu": a unit's shortened name (unitWords.ts).
  // What stands in brackets ("(bản in)", "(LTV)") is a remark on the name, not part of it.
  const named = words.folded.includes(":")
    ? labelWords(words.folded.slice(words.folded.lastIndexOf(":") + 1)).outside
    : words.outside;
  // …or a title naming its unit after a dash ("BÁO CÁO SỐ LIỆU … NĂM 2025 - TẠP CHÍ VNLC").
  const dash = words.folded.lastIndexOf(" - ");
  const firstDash = words.folded.indexOf(" - ");
  // …or, on a label, before its colon ("Đài Truyền hình - Phát thanh Lai Châu (tên cũ): Thu SN cả năm").
  const firstColon = words.folded.indexOf(":");
  const beforeColon =
    inputs.length > 0 && firstColon > 0 ? labelWords(words.folded.slice(0, firstColon)).outside : null;
  const open = words.folded.indexOf("(");
  const close = words.folded.lastIndexOf(")");
  const namedId = unit
    ? null
    : inputs.length === 0
      ? (unitNamedBy(
          lex,
          named,
          // (the name's own letters say whether it was typed with tones: "Đơn vị báo cáo: TC Van nghe tinh LC")
          named === words.outside ? text : text.slice(text.lastIndexOf(":") + 1),
          plainTokens,
          named === words.outside ? sig : undefined,
        ) ??
        // ("TC Văn nghệ thuộc Hội VHNT tỉnh": the agency, then the body it belongs to; "Ban biên tập TC Văn nghệ": the
        // board that edits it, then the agency.)
        nameWithin(lex, named, text, plainTokens) ??
        (dash > 0
          ? (unitNamedBy(lex, labelWords(words.folded.slice(dash + 3)).outside, text, plainTokens) ??
            // ("TC Văn nghệ - Hội VHNT": the agency, then the body it belongs to; "Đơn vị báo cáo: TC Văn nghệ -
            // Hội VHNT tỉnh", after the line's colon.)
            unitNamedBy(
              lex,
              labelWords(words.folded.slice(words.folded.lastIndexOf(":", dash) + 1, dash)).outside,
              text,
              plainTokens,
            ) ??
            // ("… NĂM 2025 - ĐÀI PHÁT THANH - TH LAI CHÂU (LTV)": the agency's name holds a dash of its own.)
            (firstDash < dash
              ? unitNamedBy(lex, labelWords(words.folded.slice(firstDash + 3)).outside, text, plainTokens)
              : null))
          : null) ??
        // …or a person's name with the agency in brackets ("Tòng Thị Mai (Đài Truyền hình Lai Châu (PT-TH))"); not a
        // body the agency has ("Trung tâm dịch vụ truyền thông (thuộc Đài)").
        (open > 0 && close > open && !BELONGS_TO.test(words.folded.slice(open + 1, close))
          ? unitNamedBy(lex, labelWords(words.folded.slice(open + 1, close)).outside, text, plainTokens)
          : null))
      : beforeColon && beforeColon.length <= UNIT_BEFORE_COLON_TOKENS
        ? unitNamedBy(lex, beforeColon, text, plainTokens)
        : null;
  // (A title naming its unit after a dash keeps it when its other words only brush an input's: "BÁO CÁO SỐ LIỆU CHUYỂN
  // ĐỔI SỐ BÁO CHÍ NĂM 2025 - TC VĂN NGHỆ LC (HỘI VHNT)" is the magazine's report, no label of people trained.)
  const titledId =
    !unit && !namedId && dash > 0 && inputs[0] !== undefined && (inputs[0].weak || inputs[0].byWords)
      ? unitNamedBy(lex, labelWords(words.folded.slice(dash + 3)).outside, text, plainTokens)
      : null;
  if (titledId) inputs.length = 0;
  const namedUnit = namedId ?? titledId;
  if (namedUnit) {
    unit = { id: namedUnit, length: 1 };
    (seenUnits ??= new Set()).add(namedUnit);
  }
  // "Cấp độ an toàn HTTT của báo/tạp chí điện tử": kinds of press side by side, no one agency.
  if (unit && KINDS_OF_PRESS.test(text)) {
    unit = null;
    seenUnits = null;
  }
  // "Phòng Báo điện tử", "Bộ phận Chuyên đề - Văn nghệ", "Ban Điện tử": a department of an agency, never the agency
  // itself; nor does a word or two of its name ("Phòng Thời sự - Chính trị") make it an input's label.
  // (DESK only where the folded text holds "ban": most texts are spared normalize())
  if (DEPARTMENT.test(words.folded) || (words.folded.includes("ban") && DESK.test(text.normalize("NFC")))) {
    unit = null;
    seenUnits = null;
    if (inputs[0] && (inputs[0].weak || inputs[0].byWords)) inputs.length = 0;
  }
  // "Báo Điện Biên Phủ", "Đài PT-TH Yên Bái": an agency of another province, when the text does not name the plan's.
  if (unit && anotherProvince(lex, sigAll, plainTokens)) {
    unit = null;
    seenUnits = null;
  }

  const bare = plainTokens.join(" ");
  const opened = listsOpened(lex, plainTokens);
  // ("Số người làm việc được UBND tỉnh giao": who assigned it does not part "được" from "giao".)
  const roleTokens = withoutGiver(plainTokens);
  // (read by holdsOpened, a module function: a closure made for every text costs more, under tsx most, which names
  // every closure it makes)
  const said: Said = {
    anyRoleWord: holdsRoleWord(lex, plainTokens),
    opened,
    words: roleTokens,
  };
  // "(Đơn vị tính: người)", "ĐVT: Tr.đồng": a line stating the unit of measure of what follows, not a header of
  // a notes column nor a "Đơn vị báo cáo" line.
  const colon = words.folded.indexOf(":");
  const measureLine =
    colon > 0 &&
    lex.measureHeader.has(foldFolded(words.folded.slice(0, colon))) &&
    /[\p{L}\p{N}]/u.test(words.folded.slice(colon + 1));
  let role: Role | null = null;
  let period: TextInfo["period"] = null;
  if (!unit && !measureLine) {
    // Derived first: "Tỷ lệ % TH/KH" mentions both TH and KH. A total column is one that says only that.
    // A label naming an input can only be a plan or derived figure ("Phấn đấu năm 2026, … TT thiết yếu" is a
    // target, though "TT" alone would head a numbering column).
    const order = inputs.length > 0 ? LABEL_ROLES : COLUMN_ROLES;
    for (const r of order) {
      const entry = roleEntry(lex, r);
      if (!entry) continue;
      const hit =
        r === "total"
          ? joinedPhrases(entry.phrases).has(bare)
          : holdsOpened(said, entry.phrases) &&
            // "nhiệm vụ chính trị được giao", "được giao (quyền) tự chủ": assigned tasks and powers, not a target.
            (r !== "plan" ||
              !assignedNotTarget(roleTokens) ||
              saysAny(entry.phrases, withoutAssigned(roleTokens)));
      if (hit) {
        role = r;
        break;
      }
    }
    // "Kết quả tự đánh giá": what the agency answers for itself (declared, so replaced by a checked column beside
    // it), not an assessment of a figure ("Đánh giá", "Kết quả đánh giá": Đạt / Chưa đạt).
    if (role === "derived" && SELF_ASSESSED.test(bare)) role = "actual";
    // "Số liệu/đánh giá": a column for each row's figure or, where it has none, its rating; the agency's answers.
    if (role === "derived" && FIGURE_OR_RATING.test(bare) && words.folded.includes("/")) role = "actual";
    // A column headed by an input's own name (indicators as columns) is not a notes or totals column.
    if (inputs.length > 0 && role !== "plan" && role !== "derived") role = null;
    // "Tháng 3", "Tháng 3 năm 2025": a month's column is a part of the year ("đến tháng 11" is not: it does not
    // start the header).
    // ("Tháng 11 (ước)": a month estimated is still a month.)
    if (
      (role === null || role === "actual") &&
      plainTokens[0] === "thang" &&
      /^\d{1,2}$/.test(plainTokens[1] ?? "")
    )
      role = "derived";
    // "Ước 10 tháng 2025", "11 tháng đầu năm": so many months of the year are a part of it, not the year.
    if (role !== "plan" && role !== "derived" && partOfYear(plainTokens)) role = "derived";
    // "Lao động đầu kỳ", "Biến động lao động trong kỳ": the count the period opened with, and its change, beside the
    // count at its end.
    if ((role === null || role === "actual") && inputs.length > 0 && OPENING_OR_CHANGE.test(words.folded))
      role = "derived";
    // "Đầu kỳ (01/01/2025)" beside "Cuối kỳ (31/12/2025)": a column of the count the period opened with, its date
    // given ("từ đầu năm đến nay" is the period so far, not its opening).
    // (Without its date, "Đầu kỳ" is the base period: below.)
    else if (
      role === null &&
      inputs.length === 0 &&
      textYears.length > 0 &&
      OPENING_COLUMN.test(words.folded)
    )
      role = "derived";
    // "Kỳ trước", "Năm nay", "Năm gốc": a column of a period named by where it stands to the report's, with no
    // year (scanSheet.ts gives it the year before the report year, the report year, or none). "Cùng kỳ năm trước" is
    // last year's figure, not a comparison, when nothing says it is compared ("so với", "%", "tỷ lệ", "tăng").
    if (
      inputs.length === 0 &&
      textYears.length === 0 &&
      (opened.has(lex.previousPeriod) || opened.has(lex.currentPeriod) || opened.has(lex.otherPeriod))
    ) {
      if (
        role !== "plan" &&
        saysAny(lex.previousPeriod, plainTokens) &&
        (role === null || !compared(words.folded, plainTokens))
      ) {
        period = "previous";
        role = null;
      } else if ((role === null || role === "actual") && saysAny(lex.currentPeriod, plainTokens))
        period = "current";
      else if ((role === null || role === "actual") && saysAny(lex.otherPeriod, plainTokens)) {
        period = "base";
        role = "derived";
      }
    }
    // "Điểm tối đa", "Điểm tự chấm", "Chấm điểm": points a criterion scores, never the figure it is about ("thời
    // điểm", "địa điểm" are a time and a place).
    if (role === null && inputs.length === 0 && SCORE.test(words.folded)) role = "derived";
    // "Quý I/2020", "T01/2021", "Tháng 6/2022": a quarter's or a month's entry of a ledger, a part of the year.
    if ((role === null || role === "actual") && PART_PERIOD.test(words.folded)) role = "derived";
    // "T1" … "T12", "Q1" … "Q4" alone: a ledger's month or quarter rows, the year given above them.
    // ("T11 (ước)": estimated, still a month.)
    if (
      (role === null || role === "actual") &&
      words.outside.length === 1 &&
      BARE_PART.test(words.outside[0] ?? "")
    )
      role = "derived";
    // "Lũy kế đến 30/6/2025", "Số liệu đến hết 30/9": up to the end of a quarter before the last, a part of the year.
    if ((role === null || role === "actual") && TO_QUARTER_END.test(words.folded)) role = "derived";
    // "Tin-bài; cùng kỳ 2024 là" in a sentence: the figure after it is that year's, nothing compared.
    if (role === "derived" && SAME_PERIOD_YEAR.test(words.folded) && !COMPARING.test(words.folded))
      role = null;
    // "Năm 2024 (để so sánh)": that year's figure, given to compare with, not a comparison; so is "Cùng kỳ năm 2024"
    // heading its own column.
    if (role === "derived" && (yearGivenToCompare(words) || SAME_PERIOD_HEADER.test(words.folded)))
      role = null;
  }
  // A text of a few short words may be a unit of measure ("Tr.đồng", "Lượt người", "Có/Không").
  const key =
    plainTokens.length <= MAX_MEASURE_WORDS && words.folded.length <= MAX_MEASURE_CHARS
      ? measureKey(words.folded, lex.expandTokens, true)
      : null;
  // The text as typed, its numbering and all, for a total's opening words ("tong", "cong", "toan dia ban" first looked
  // for in the text read; folded once).
  const asTyped =
    words.folded.includes("tong") || words.folded.includes("cong") || words.folded.includes("toan dia ban")
      ? read === text
        ? foldFolded(words.folded)
        : foldText(text)
      : null;
  return {
    text,
    inputs,
    unit,
    units: seenUnits?.size ?? 0,
    // "16/11/2025 22:19:54": when an answer was submitted, not which year its figures are for.
    years: textYears,
    role,
    toYearEnd: role === "derived" && YEAR_END_PART.test(words.folded) && !COMPARING.test(words.folded),
    toDate: role !== "derived" && TO_DAY.test(words.folded) && !TO_YEAR_END_DAY.test(words.folded),
    periodBack: period === "previous" ? yearsBack(plainTokens) : 0,
    reportingUnitLine: !measureLine && !lex.measureHeader.has(bare) && holdsOpened(said, lex.reportingUnit),
    notReportingUnitLine: holdsOpened(said, lex.notReportingUnit),
    derivedLabel: holdsOpened(said, lex.derivedLabel) && !onlyPastYears(lex, words.folded),
    // (A column header says so in a few words; "(Kèm theo báo cáo ngày …)" under a title says nothing of columns.
    // A header naming its input says so too: "Cấp độ đề xuất" beside "Cấp độ được phê duyệt".)
    standing:
      unit || plainTokens.length > MAX_STANDING_WORDS || text.trimStart().startsWith("(")
        ? null
        : opened.has(lex.final) && saysAny(lex.final, plainTokens)
          ? "final"
          : opened.has(lex.superseded) && saysAny(lex.superseded, plainTokens)
            ? "superseded"
            : null,
    // "Năm", "Kỳ báo cáo"; "Đơn vị / Năm" heads a column of agencies' names and years.
    // ("Số TP mới NVCT/năm" names an input, counted per year: no column of years.)
    yearColumn:
      YEAR_COLUMN.has(bare) ||
      (inputs.length === 0 &&
        words.folded.includes("/") &&
        words.folded.split("/").some((part) => YEAR_COLUMN.has(tokens(foldFolded(part)).join(" ")))),
    // "Năm xuất bản", "Năm phát hành": the year of some event, however it is named: the year of each row's figures
    // when it opens the header row, a fact of the row's subject after them ("Năm vận hành" of a system).
    eventYear:
      plainTokens[0] === "nam" &&
      plainTokens.length >= 2 &&
      plainTokens.length <= YEAR_OF_EVENT_TOKENS &&
      inputs.length === 0 &&
      !unit &&
      role === null &&
      period === null &&
      textYears.length === 0 &&
      (key === null || !lex.knownMeasures.has(key)),
    namesPastPeriod: PAST_PERIOD_NAMED.test(words.folded) || SAME_PERIOD_HEADER.test(words.folded),
    // ("Năm 2024 (để so sánh)": a remark in brackets does not make it more than a year.)
    yearOnly: inputs.length === 0 && !unit && (plainTokens.every(isYearWord) || yearGivenToCompare(words)),
    // "Cộng năm 2020", "Tổng cộng năm 2021", "Cả năm 2022": a ledger's line closing one year.
    yearTotal:
      TOTAL_OPENERS.has(plainTokens[0] ?? "") &&
      inputs.length === 0 &&
      !unit &&
      plainTokens.slice(1).every((t) => isYearWord(t) || TOTAL_OPENERS.has(t)) &&
      textYears.length === 1,
    totalOpening: asTyped !== null && TOTAL_OPENING.test(asTyped),
    ofAllUnits: asTyped !== null && ALL_UNITS_OPENING.test(asTyped),
    replacedNote: (read !== text || mayBeReplaced(words.folded)) && REPLACED.test(text),
    tokenCount: plainTokens.length,
    outsideCount: words.outside.length,
    measures: measureLine
      ? measuresOf(lex, `(${words.folded.slice(colon + 1)})`, null)
      : measuresOf(lex, words.folded, key),
    measureKey: key,
    measureHeader: lex.measureHeader.has(bare),
    measureLine,
    period,
  };
}

/** Whether every "được giao" of a text follows "nhiệm vụ" (a few words between) or precedes "quyền". */
function assignedNotTarget(words: readonly string[]): boolean {
  let any = false;
  for (let i = 0; i + 1 < words.length; i++) {
    // ("QĐ giao tự chủ": the decision granting the powers, as "được giao" does.)
    if ((words[i] !== "duoc" && words[i] !== "qd") || words[i + 1] !== "giao") continue;
    const before = words.slice(Math.max(0, i - ASSIGNED_TASK_GAP), i).join(" ");
    // ("được giao quyền …", "được giao tự chủ tài chính", "Mức tự chủ được giao": powers granted, a state.)
    // ("Đơn vị tự bảo đảm chi thường xuyên (đã được giao)": autonomy granted already, a state.)
    const granted =
      words[i + 2] === "quyen" ||
      // ("Đơn vị được giao tự bảo đảm kinh phí chi thường xuyên": the same powers.)
      (words[i + 2] === "tu" &&
        (words[i + 3] === "chu" || (words[i + 3] === "bao" && words[i + 4] === "dam"))) ||
      (words[i - 2] === "tu" && words[i - 1] === "chu") ||
      (words[i - 1] === "da" && AUTONOMY.test(words.join(" ")));
    if (!before.includes("nhiem vu") && !granted) return false;
    any = true;
  }
  return any;
}
const ASSIGNED_TASK_GAP = 5;
/** Autonomy named: "tự chủ", "tự bảo đảm". */
const AUTONOMY = /\btu (?:chu|bao dam)\b/;

/** Who gives a figure between "được" and "giao": "được UBND tỉnh giao", "được cấp có thẩm quyền giao". */
const GIVERS = new Set([
  "ubnd",
  "hdnd",
  "uy",
  "ban",
  "nhan",
  "dan",
  "tinh",
  "bo",
  "so",
  "cap",
  "tren",
  "co",
  "tham",
  "quyen",
  "chu",
  "quan",
]);
/** At most so many words of a giver. */
const GIVER_WORDS = 4;

/** The words with the giver between "được" and "giao" left out (the same array when there is none). */
function withoutGiver(words: readonly string[]): readonly string[] {
  const at = words.indexOf("duoc");
  if (at < 0 || !words.includes("giao", at + 2)) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i] ?? "");
    if (words[i] !== "duoc") continue;
    let j = i + 1;
    while (j < words.length && j - i - 1 < GIVER_WORDS && GIVERS.has(words[j] ?? "")) j++;
    if (j > i + 1 && words[j] === "giao") i = j - 1;
  }
  return out.length === words.length ? words : out;
}

/** The words without their "được giao". */
function withoutAssigned(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    if ((words[i] === "duoc" || words[i] === "qd") && words[i + 1] === "giao") i++;
    else out.push(words[i] ?? "");
  return out;
}

/** The units of measure a text states: the whole text's `key` when it is one, and its brackets'. */
function measuresOf(lex: Lexicon, folded: string, key: string | null): string[] {
  const measures = key !== null && lex.knownMeasures.has(key) ? [key] : NONE;
  if (!folded.includes("(")) return measures;
  const out = [...measures];
  for (const part of bracketed(folded)) {
    const k = measureKey(part, lex.expandTokens, true);
    if (k !== null && lex.knownMeasures.has(k) && !out.includes(k)) out.push(k);
  }
  return out;
}

const NONE: string[] = [];

/** The unit a few words name in a shortened form (unitWords.ts), after a cheap first look; null for none. */
function unitNamedBy(
  lex: Lexicon,
  named: readonly string[],
  text: string,
  typed: readonly string[],
  /** significant(lex, named), when the caller has it already. */
  known?: readonly string[],
): string | null {
  if (named.length > MAX_UNIT_TOKENS || !fewOtherWords(lex, named)) return null;
  const words = known ?? significant(lex, named);
  return words.some((w) => lex.unitWords.has(w)) ? unitByWords(lex, words, text, typed) : null;
}

/** The name within the words around it: before the association the agency belongs to ("TC Văn nghệ thuộc Hội VHNT
 * tỉnh", "… của Hội Văn học Nghệ thuật"), after the board that edits it ("Ban biên tập TC Văn nghệ"), read as a
 * unit's name; null when neither stands there. */
function nameWithin(
  lex: Lexicon,
  named: readonly string[],
  text: string,
  typed: readonly string[],
): string | null {
  const board = named[0] === "ban" && named[1] === "bien" && named[2] === "tap" ? 3 : 0;
  let end = named.length;
  const at = named.indexOf("hoi", board + 1);
  const next = at > 0 ? named[at + 1] : undefined;
  if (next === "vhnt" || (next === "van" && named[at + 2] === "hoc"))
    end = named[at - 1] === "thuoc" || named[at - 1] === "cua" ? at - 1 : at;
  return (board > 0 || end < named.length) && end > board
    ? unitNamedBy(lex, named.slice(board, end), text, typed)
    : null;
}

/**
 * A cheap first look before unitByWords: a unit's shortened name has few words that are not its names' (a small
 * word or an abbreviation such as "TC" may still stand for one: two to spare).
 */
function fewOtherWords(lex: Lexicon, named: readonly string[]): boolean {
  if (named.length <= SHORT_NAME_TOKENS) return true;
  let other = 0;
  for (const w of named) if (!lex.unitWords.has(w) && ++other > MAX_OTHER_NAME_WORDS) return false;
  return true;
}
const SHORT_NAME_TOKENS = 6;
const MAX_OTHER_NAME_WORDS = 4;

/** "CT" right after a word for articles ("tin, bài CT", "tác phẩm CT", "TB CT"). */
/** " - ĐV: triệu đồng", ", ĐVT: người", "(Đơn vị tính: người)" closing a label: its unit of measure. */
const UNIT_AFTER =
  /\s*[-–—,;]?\s*\(?\s*(?:đvt|đv|đơn vị tính|đơn vị|dvt|don vi tinh)\s*:\s*([^():]{1,24}?)\s*\)?\s*$/iu;

/** "theo Nghị định 60/2021/NĐ-CP", "(tại Quyết định số 1234/QĐ-UBND ngày 05/3/2024)": a legal text the figure
 * follows. */
const LEGAL_REFERENCE =
  /\s*\(?\s*(?:theo|tại|tai|căn cứ|can cu)\s+(?:nghị định|nghi dinh|nđ|nd|quyết định|quyet dinh|qđ|qd|thông tư|thong tu|nghị quyết|nghi quyet|nq)\s*(?:số|so)?\s*\d+\/(?:\d{4}\/)?[\p{L}\p{N}.-]+(?:\s*(?:ngày|ngay)\s*\d{1,2}\/\d{1,2}\/\d{4})?\s*\)?/giu;

/** The same typed without tones ("- DV: TRIEU DONG", "Don vi: nguoi"). */
const PLAIN_UNIT_AFTER = /\s*[-–—,;]?\s*\(?\s*(?:dv|don vi)\s*:\s*([^():]{1,24}?)\s*\)?\s*$/i;

function plainUnitAfter(lex: Lexicon, text: string): RegExpExecArray | null {
  const m = PLAIN_UNIT_AFTER.exec(text);
  const key = m?.[1] !== undefined ? measureKey(m[1], lex.expandTokens) : null;
  return key !== null && lex.knownMeasures.has(key) ? m : null;
}

/** "toàn ĐV", "các ĐV", "Tổng nguồn thu ĐV": the agency, the whole agency, the agencies ("ĐV tính" is a unit of
 * measure, left as typed). */
const WHOLE_UNIT = /(^|[^\p{L}])ĐV(?![\p{L}\p{N}])(?!\s*(?:tính|tinh)(?!\p{L}))/gu;
const ARTICLES_CT = /((?:tin|bài|bai|phẩm|pham|TB|TP)(?:[,\s]+\p{L}+){0,2}[,\s]*)CT(?![\p{L}\p{N}])/iu;
/** A date and a time of day, as a form's response sheet stamps each answer. */
const TIMESTAMP = /^\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}(?::\d{2})?$/;
const NONE_YEARS: number[] = [];
/** Each role's entry of a lexicon (the first for that role, as lex.roles.find gives it), built once: the role loop
 * looks one up for every text. */
const roleEntriesOf = new WeakMap<Lexicon, Map<Role, Lexicon["roles"][number]>>();
function roleEntry(lex: Lexicon, role: Role): Lexicon["roles"][number] | undefined {
  let entries = roleEntriesOf.get(lex);
  if (!entries) {
    entries = new Map();
    for (const x of lex.roles) if (!entries.has(x.role)) entries.set(x.role, x);
    roleEntriesOf.set(lex, entries);
  }
  return entries.get(role);
}

/** Each input phrase of a lexicon with the inputs it names and its place among their phrases, built once. */
const ownersOf = new WeakMap<Lexicon, Map<Phrase, Array<{ input: InputLexicon; index: number }>>>();
function phraseOwners(lex: Lexicon): Map<Phrase, Array<{ input: InputLexicon; index: number }>> {
  let owners = ownersOf.get(lex);
  if (!owners) {
    owners = new Map();
    for (const input of lex.inputs)
      input.phrases.forEach((p, index) => {
        const list = owners?.get(p) ?? [];
        list.push({ input, index });
        owners?.set(p, list);
      });
    ownersOf.set(lex, owners);
  }
  return owners;
}

/** Up to this many words, a text's words are looked through rather than put in a set first. */
const FEW_WORDS = 24;
/** Whether every token from the `from`th on is among the words (a text's few words: looked through, no set made). */
function allAmong(tokens: readonly string[], words: readonly string[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (!words.includes(tokens[i] as string)) return false;
  return true;
}

/** Whether every token from the `from`th on is in the set. */
function allIn(tokens: readonly string[], set: ReadonlySet<string>, from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (!set.has(tokens[i] as string)) return false;
  return true;
}
const NO_PHRASE: Phrase[] = [];

/** Each unit name of a lexicon with the units (their places in lex.units) it names, built once. */
const aliasUnitsOf = new WeakMap<Lexicon, Map<Phrase, number[]>>();
function unitsByAlias(lex: Lexicon): Map<Phrase, number[]> {
  let owners = aliasUnitsOf.get(lex);
  if (!owners) {
    owners = new Map();
    for (let k = 0; k < lex.units.length; k++)
      for (const a of (lex.units[k] as UnitLexicon).aliases) {
        const list = owners.get(a) ?? [];
        if (!list.includes(k)) list.push(k);
        owners.set(a, list);
      }
    aliasUnitsOf.set(lex, owners);
  }
  return owners;
}

/** The first words of the inputs' synonyms matched whole, built once per lexicon: most texts hold none. */
const wholeFirstsOf = new WeakMap<Lexicon, Set<string>>();
function opensWholePhrase(lex: Lexicon, words: readonly string[]): boolean {
  let firsts = wholeFirstsOf.get(lex);
  if (!firsts) {
    firsts = new Set(lex.inputs.flatMap((i) => i.wholePhrases.map((w) => w.tokens[0] ?? "")));
    wholeFirstsOf.set(lex, firsts);
  }
  for (const w of words) if (firsts.has(w)) return true;
  return false;
}

/** A column of points: "Điểm …" first, or "chấm điểm", "số điểm", "điểm tự chấm" anywhere. */
const SCORE = /^diem(?:\s|$)|\b(?:cham|so) diem\b|\bdiem (?:tu cham|toi da|chuan|thuong|tru)\b/;

/** A list's phrases as texts ("tong cong"), built once per list. */
const joinedOf = new WeakMap<string[][], Set<string>>();
function joinedPhrases(list: string[][]): Set<string> {
  let joined = joinedOf.get(list);
  if (!joined) {
    joined = new Set(list.map((p) => p.join(" ")));
    joinedOf.set(list, joined);
  }
  return joined;
}

/** Whether one of the phrases occurs as a run in the words. */
function saysAny(list: string[][], words: readonly string[]): boolean {
  // (only the phrases opening with one of the words can occur: most texts hold none of their first words, and a text
  // that holds one holds the first words of few of them)
  const index = phrasesByFirstWord(list);
  for (const w of words) for (const p of index.get(w) ?? NO_PHRASES) if (containsRun(words, p)) return true;
  return false;
}

/** Whether a text compares ("so với", "%", "tỷ lệ", "tăng"), whatever period it names. */
function compared(folded: string, words: readonly string[]): boolean {
  return folded.includes("%") || COMPARED.some((p) => containsRun(words, p));
}

/** The first words of a row adding up the rows above. */
const TOTAL_OPENING =
  /^\s*(?:tong cong|cong toan|cong chung|tong so|cong so (?:co quan|don vi)|(?:cong|tong) ca nam|(?:tong cong|cong|tong) (?:cac|\d{1,2}) (?:huyen|xa|dia ban)|toan dia ban)\b/;

/** A total of the whole agency's rows and nothing else, folded: "cộng chung cả cơ quan", "tổng cộng toàn đơn vị". */
const WHOLE_AGENCY_TOTAL =
  /^\s*(?:tong cong|tong|cong)(?: chung)?(?: ca| toan)? (?:co quan|don vi|dv|cq)\s*$/;
/** The first words of a row adding up agencies' figures: "Cộng ba cơ quan", "Tổng cộng 3 đơn vị", "Cộng các cơ quan". */
const ALL_UNITS_OPENING =
  /^\s*(?:tong cong|tong|cong)(?: chung)? (?:hai|ba|bon|[2-9]|cac|tat ca(?: cac)?) (?:co quan|don vi)\b/;

/** Words that make a column a comparison, whatever period it names. */
const COMPARED = [
  ["so", "voi"],
  ["so", "sanh"],
  ["ty", "le"],
  ["tang", "giam"],
  ["toc", "do"],
  ["tang", "truong"],
  ["chenh", "lech"],
];
/** Headers of a column of explanations, whatever they are about. */
const NOTES_OPENING = /^(?:dien giai|ghi chu|giai trinh|minh chung|thuyet minh)(?:\s|$)/;
/** A quarter or a month of a year as a ledger writes it: "Quý I/2020", "Q2-2021", "T01/2022", "Tháng 6/2023". */
const PART_PERIOD =
  /^(?:quy\s*(?:[ivx]{1,4}|[1-4])(?:\s*-\s*(?:[ivx]{1,4}|[1-4]))?|q[1-4]|t\d{1,2}|thang\s*\d{1,2})\s*[/.-]\s*(?:19|20)\d{2}(?:\s*\([^)]*\))?$/;
/** "…; cùng kỳ 2024 là", "…, cùng kỳ năm 2024:": the last clause of a sentence, before the figure of that year (a
 * header "Cùng kỳ năm 2024" beside this year's column is a copy of last year's report, derived). */
/** "Cùng kỳ năm 2024", "TH cùng kỳ 2024": a header of the same period a year before, that year's figures. */
const SAME_PERIOD_HEADER = /^(?:th |thuc hien )?cung ky (?:nam )?(?:19|20)\d{2}$/;
const SAME_PERIOD_YEAR = /[;,]\s*cung ky (?:nam )?(?:19|20)\d{2}\s*(?:la)?\s*:?$/;
/** "kỳ trước", "năm trước" anywhere in a text: a period before the report's. */
const PAST_PERIOD_NAMED = /\b(?:ky|nam) truoc\b/;
/** "báo/tạp chí", "đài/báo": two kinds of press joined by a slash. */
const KINDS_OF_PRESS =
  /(?<!\p{L})(?:báo|bao|tạp chí|tap chi|đài|dai)\s*\/\s*(?:báo|bao|tạp chí|tap chi|đài|dai)(?!\p{L})/iu;
/** "thuộc Đài": what follows owns the body named before it. */
const BELONGS_TO = /^\s*(?:truc )?thuoc\b/;
/** "đầu kỳ", "đầu năm" (the count a period opened with); "biến động" (its change). */
const OPENING_OR_CHANGE = /\bdau (?:ky|nam)\b|\bbien dong\b/;
/** "Đầu kỳ (01/01/2025)", "Đầu năm 2025": a column opening with the period's start, nothing after it but its date. */
const OPENING_COLUMN = /^dau (?:ky|nam)\b(?!.*\b(?:den|toi)\b)/;
/** The last part of a year: its second half, its fourth quarter, its last month. */
const YEAR_END_PART = /\b(?:6 thang cuoi(?: nam)?|quy (?:iv|4)|q4|thang 12|t12)\b/;
/** Words saying a figure is compared with another. */
const COMPARING = /\bso voi\b|\btang\b|\bgiam\b|%|\bty le\b|\bchenh lech\b/;
/** A note saying the row was replaced by a later entry: "thay bằng số liệu …", "đã được thay thế", "bị hủy", "Số cũ -
 * đơn vị đính chính …" ("Số liệu thay thế" is the entry replacing it); or that the entry was sent back or refused
 * ("Trả lại - sai số liệu", "Từ chối", "Không duyệt"). */
const REPLACED =
  /(?<!\p{L})(?:thay (?:bằng|bang)|(?:bị|bi|đã|da) (?:(?:được|duoc) )?(?:thay (?:thế|the)|hủy|huy)|(?:trả|tra) (?:lại|lai)(?! (?:vay|suất|suat))|(?:từ|tu) (?:chối|choi)|(?:không|khong) (?:(?:được|duoc) )?(?:duyệt|duyet|phê duyệt|phe duyet))(?!\p{L})|^\s*(?:số|so) (?:liệu |lieu )?(?:cũ|cu)(?!\p{L})/iu;
/** Whether a text, folded, holds what any text REPLACED finds holds once folded ("thay bằng" → "thay ", "hủy" →
 * "huy", "số cũ" → " cu"): most texts do not, and REPLACED is slow to fail. */
function mayBeReplaced(folded: string): boolean {
  return REPLACED_FOLDED.some((w) => folded.includes(w));
}
const REPLACED_FOLDED = ["thay ", "huy", "tra lai", "tu choi", "duyet", " cu"];
/** A letter, a dot and a word, run together: "a.doanh", "b.lai". */
const LETTER_DOT = /^[a-zđ]\.[a-z]/;
/** "Kết quả tự đánh giá", "Số liệu đơn vị tự đánh giá": the agency's own answers. */
/** "Số liệu/đánh giá", "Giá trị/xếp loại" (its words, the slash gone): a column of figures or ratings. */
const FIGURE_OR_RATING = /^(?:so lieu|gia tri) (?:danh gia|xep loai)$/;
const SELF_ASSESSED = /^(?:ket qua |so lieu )?(?:(?:cua )?don vi )?tu danh gia(?: (?:nam )?(?:19|20)\d{2})?$/;
/** "đến 30/6", "đến hết ngày 30/09/2025": to the end of the first, second or third quarter. */
const TO_QUARTER_END = /\bden (?:het )?(?:ngay )?(?:31\/0?3|30\/0?6|30\/0?9)(?![\d])/;
/** "đến 15/11", "đến hết ngày 30/11/2025", "Lũy kế đến 31/10/2025": up to a day. */
const TO_DAY = /\bden (?:het )?(?:ngay )?[0-3]?\d\/[01]?\d(?![\d])/;
/** "đến 31/12", "đến hết ngày 31/12/2025": the year's last day. */
const TO_YEAR_END_DAY = /\bden (?:het )?(?:ngay )?31\/12(?![\d])/;
/** A month ("T1" … "T12", "T01") or a quarter ("Q1" … "Q4") alone. */
const BARE_PART = /^(?:t0?(?:[1-9]|1[0-2])|q[1-4])$/;
/** First words of a line closing a year ("Cộng", "Tổng cộng", "Cả năm", "Cộng dồn" not: "dồn" is no year word). */
const TOTAL_OPENERS = new Set(["cong", "tong", "ca"]);

/** "(để so sánh)", "(so sánh)", "(năm gốc)": a remark saying why a year's figure is given. */
const FOR_COMPARISON = /^(?:de )?so sanh$|^(?:nam|ky) (?:goc|co so)$|^cung ky$/;
/** Words saying a year's figures are its actuals: "TH năm 2024 (cùng kỳ)". */
const ACTUAL_OF_YEAR = new Set(["th", "thuc", "hien"]);

/** A year and its filler words ("năm", "đến", "cuối"). */
function isYearWord(t: string): boolean {
  return DIGITS.test(t) || YEAR_FILLER.has(t);
}

/** "Cùng kỳ năm 2024", "Số liệu năm 2024 của chỉ tiêu trên": the figure of the row above for another year. */
const YEAR_OF_THE_ROW_ABOVE = /^(?:cung ky|so lieu) nam (?:19|20)\d{2}(?: cua chi tieu (?:tren|nay))?$/;

/** "Năm 2024 (để so sánh)", "TH năm 2024 (cùng kỳ)": a year whose only remark says it is given to compare with. */
function yearGivenToCompare(words: { folded: string; outside: readonly string[] }): boolean {
  return (
    words.outside.length > 0 &&
    (words.outside.every((w) => isYearWord(w) || ACTUAL_OF_YEAR.has(w)) ||
      YEAR_OF_THE_ROW_ABOVE.test(words.outside.join(" "))) &&
    words.outside.some((w) => DIGITS.test(w)) &&
    bracketed(words.folded).every((b) => FOR_COMPARISON.test(b.trim()))
  );
}

/** "10 tháng", "11 tháng đầu năm": one to eleven months ("Sơ kết 6T năm 2025": "6T" written short). */
function partOfYear(words: readonly string[]): boolean {
  for (const w of words) if (MONTHS_SHORT.test(w)) return true;
  for (let i = 0; i + 1 < words.length; i++)
    if (
      // ("10 tháng/2025": the months of that year)
      (words[i + 1] === "thang" || MONTHS_OF_YEAR.test(words[i + 1] ?? "")) &&
      (ONE_TO_ELEVEN.test(words[i] ?? "") || MONTH_COUNTS.has(words[i] ?? ""))
    )
      return true;
  return false;
}

/** A word of digits only. (The patterns of functions read for every text are made once, here: a pattern written
 * in a function is a new object each time it is read.) */
const DIGITS = /^\d+$/;
/** "tháng/2025": the months of a year. */
const MONTHS_OF_YEAR = /^thang\/(?:19|20)\d{2}$/;
const ONE_TO_ELEVEN = /^(?:[1-9]|1[01])$/;
/** "6t", "9t": so many months, written short. */
const MONTHS_SHORT = /^(?:[1-9]|1[01])t$/;

/** A header saying its figures stand or are replaced is this short ("Số liệu sau kiểm tra của Đoàn"). */
const MAX_STANDING_WORDS = 8;

/** "Sáu tháng", "chín tháng": so many months written in words ("năm tháng" is left out: "năm" is also a year). */
const MONTH_COUNTS = new Set(["hai", "ba", "bon", "sau", "bay", "tam", "chin", "muoi"]);

/** "Hai năm trước", "2 năm trước", "năm trước nữa": two years before the report's; any other previous period one. */
function yearsBack(words: readonly string[]): number {
  const at = words.indexOf("truoc");
  if (at < 0) return 1;
  return words[at + 1] === "nua" || words.slice(0, at).some((w) => w === "hai" || w === "2") ? 2 : 1;
}

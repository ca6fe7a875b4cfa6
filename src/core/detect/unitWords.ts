import { type Lexicon } from "./lexicon";

/** A heading that names a unit in a shortened form holds few other words ("TC Văn nghệ Lai Châu"). */
const MAX_OTHER_WORDS = 2;
const MIN_OWN_WORDS = 2;

/**
 * The unit a short text names in a form none of its aliases spells: the words of its names that no other unit
 * uses ("van nghe" for the magazine) must be at least two, all of one unit, and few words besides the units'
 * words ("TC", "Cơ quan"). Null when no unit, or more than one, fits.
 * @example unitByWords(lex, ["tc", "van", "nghe", "lai", "chau"]) // "tap-chi-van-nghe-lai-chau"
 */
export function unitByWords(
  lex: Lexicon,
  words: readonly string[],
  text = "",
  typed: readonly string[] = [],
): string | null {
  // ("nhà báo", a journalist, "thẻ nhà báo", "Hội Nhà báo": no newspaper.)
  // ("Gọi điện thoại báo số": the "điện" of a telephone is no "báo điện tử", and "báo số" reports figures.)
  // ("Các chỉ tiêu văn hóa - xã hội" typed without tones: the "chi" of "chỉ tiêu" is no "tạp chí", the "van" of
  // "văn hóa" no "văn nghệ".)
  // ("Ước TH cả năm 2025 (đơn vị báo)": the figure as the unit reports it, "báo" a verb, no newspaper.)
  const reported =
    words.includes("bao") &&
    (/(?<!\p{L})b(?:áo|ao) s(?:ố|o)(?!\p{L})/iu.test(text) ||
      /(?<!\p{L})(?:đ|d)(?:ơ|o)n v(?:ị|i) b(?:áo|ao)\s*\)?\s*$/iu.test(text));
  const read = words.filter(
    (w, i) =>
      !(words[i - 1] === "nha" && lex.unitHeads.get(w)?.english === false) &&
      !OTHER_PAIRS.has(`${w} ${words[i + 1] ?? ""}`) &&
      !OTHER_PAIRS.has(`${words[i - 1] ?? ""} ${w}`) &&
      !(reported && w === "bao"),
  );
  const own = new Map<string, number>();
  let other = 0;
  // Written with tones, a word is a unit's only as its names spell it ("tự" is not the "tử" of "điện tử", "bảo"
  // not "báo"); a text typed without any ("BAO DIEN TU LC") is read by its letters. A word an abbreviation
  // stands for ("VNLC" → "văn nghệ…") is not among the text's own words (`typed`, folded) to compare.
  // (the text in lower case, made when first needed, by spelledAsNames: a module function, not a closure made for
  // every text)
  const toned: Toned = { text, lower: undefined };
  for (const w of new Set(read)) {
    // "Cơ quan", "Đơn vị": what every unit is, whichever unit's name spells it.
    if (COMMON_NOUNS.has(w)) continue;
    const units = lex.unitWords.get(w);
    if (!units || (units.length === 1 && !spelledAsNames(lex, typed, toned, w))) {
      if (!/^[\d.,/%-]+$/.test(w)) other++;
      continue;
    }
    if (units.length === 1 && units[0] !== undefined) own.set(units[0], (own.get(units[0]) ?? 0) + 1);
  }
  if (own.size !== 1 || other > MAX_OTHER_WORDS) return null;
  const [[unit, n] = ["", 0]] = [...own];
  if (n >= MIN_OWN_WORDS) return unit;
  return read.some((w, i) => headNames(lex, unit, w, read[i + 1])) ? unit : null;
}

/** A text and, once spelledAsNames needs it, the text in lower case (null: typed without tones). */
type Toned = { text: string; lower: string | null | undefined };

/** Whether a word of the text (`typed`, its folded words) is written as the units' names spell it. */
function spelledAsNames(lex: Lexicon, typed: readonly string[], toned: Toned, w: string): boolean {
  if (!typed.includes(w)) return true;
  const spellings = lex.unitSpellings.get(w);
  if (!spellings) return true;
  toned.lower ??= /[\u0080-\uffff]/.test(toned.text) ? toned.text.normalize("NFC").toLowerCase() : null;
  const lower = toned.lower;
  if (lower === null) return true;
  for (const x of spellings) if (lower.includes(x)) return true;
  return false;
}

/** Two words that make a word of an agency's name something else: "điện thoại" (a telephone), "chỉ tiêu" (an
 * indicator), "văn hóa" (culture), "phát thanh viên" (an announcer; "thành viên", a member), "đất đai" (land: "Cơ
 * sở dữ liệu đất đai tỉnh" typed without tones is no "Đài tỉnh"), "tin điện tử" ("Trang tin điện tử", "Cổng thông
 * tin điện tử", "banner trên trang điện tử": another body's website, or any web page, not "Báo điện tử"). */
const OTHER_PAIRS = new Set([
  "dien thoai",
  "chi tieu",
  "van hoa",
  "thanh vien",
  "dat dai",
  "tin dien",
  "trang dien",
  // ("Kỳ khai báo", "Thông báo", "Dự báo", "Cảnh báo": declaring, announcing, forecasting, warning; no newspaper.)
  "khai bao",
  "thong bao",
  "du bao",
  "canh bao",
]);

/** Whether `name` (a unit's name, folded words) stands in `words` at least once as the name: not opened by a word
 * that the word before it makes something else ("dat dai tinh": land, then "tỉnh", not "Đài tỉnh"). */
export function standsAsName(words: readonly string[], name: readonly string[]): boolean {
  if (name.length === 0) return false;
  outer: for (let i = 0; i + name.length <= words.length; i++) {
    for (let j = 0; j < name.length; j++) if (words[i + j] !== name[j]) continue outer;
    if (!OTHER_PAIRS.has(`${words[i - 1] ?? ""} ${name[0]}`)) return true;
  }
  return false;
}

/** Words any agency's name may hold that say what it is, not which ("cơ quan ngôn luận", "đơn vị"). */
const COMMON_NOUNS = new Set(["co", "quan", "don", "vi"]);

/** No vowel: an acronym ("LCTV", "LCN"), never a Vietnamese syllable. */
const ACRONYM = /^[b-df-hj-np-tv-z]{2,6}$/;

/**
 * Whether `word`, a head word of `unit` (lexicon.ts), names it here. An English head ("newspaper") stands
 * anywhere; a Vietnamese one ("báo", "đài") only before another word of the unit's names or an acronym ("Đài
 * LCTV", "Báo in và điện tử"), or last: "báo cáo", "đài truyền thanh huyện" name something else.
 */
function headNames(lex: Lexicon, unit: string, word: string, next: string | undefined): boolean {
  const head = lex.unitHeads.get(word);
  if (head?.unit !== unit) return false;
  if (head.english) return true;
  return next === undefined || ACRONYM.test(next) || (lex.unitWords.get(next)?.includes(unit) ?? false);
}

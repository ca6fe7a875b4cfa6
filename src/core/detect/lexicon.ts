import { type Plan } from "../plan/schema";
import { measureKey } from "./measure";
import { containsRun, foldText, tokens } from "./text";
import vocabulary from "./vocabulary.json";

/** Small words that carry no meaning for matching ("số lượng của các …"). */
const STOP = new Set([
  "so",
  "luong",
  "cua",
  "cac",
  "va",
  "ve",
  "trong",
  "do",
  "tai",
  "tren",
  "nhung",
  "mot",
  "the",
  "la",
  "&",
  "-",
  "/",
  "nam",
]);

export type Phrase = {
  text: string;
  tokens: string[];
  /** Its words, each once. */
  distinct: string[];
  /** Matched whole, small words and all (an exclusion they would reduce to one word: "so với năm"). */
  whole?: boolean;
  /** An exclusion's own words that are one of its input's qualifiers ("kỹ năng số" in "kỹ năng số cơ bản"): they
   * qualify nothing in a label holding the exclusion. */
  qualifiersWithin?: readonly string[][];
};

/** Where a token occurs: phrases to try only when a label holds every one of their tokens. */
export type PhraseIndex = Map<string, Phrase[]>;
export type InputLexicon = {
  id: string;
  phrases: Phrase[];
  /** Synonyms matched word for word, small words included ("quân số"), as folded words. */
  wholePhrases: Array<{ text: string; tokens: string[] }>;
  exclusions: Phrase[];
  /** The plan's qualifiers as plain folded words (small words kept: "môi trường số"). */
  qualifiers: string[][];
  /** The plan's subjects as plain folded words ("bao dien tu"). */
  subjects: string[][];
};
/** The input with each exclusion told which of the input's qualifiers it holds in its own words (read in full,
 * small words kept: "kỹ năng số cơ bản" holds "kỹ năng số"). */
function withQualifiersWithin(input: InputLexicon & { exclusions: Phrase[] }): InputLexicon {
  for (const e of input.exclusions) {
    const own = tokens(foldText(e.text));
    const within = input.qualifiers.filter((q) => containsRun(own, q));
    if (within.length > 0) e.qualifiersWithin = within;
  }
  return input;
}
export type UnitLexicon = { id: string; kind: "agency" | "area"; aliases: Phrase[] };

export type Role = "actual" | "plan" | "derived" | "notes" | "total";

/** Everything a plan teaches the matcher: its inputs' words, its units' names, its abbreviations. */
export type Lexicon = {
  inputs: InputLexicon[];
  units: UnitLexicon[];
  expandTokens: (words: readonly string[]) => string[];
  roles: Array<{ role: Role; phrases: string[][] }>;
  reportingUnit: string[][];
  notReportingUnit: string[][];
  derivedLabel: string[][];
  /** "Năm gốc", "Base year": a base period, not the report's (vocabulary otherPeriod). */
  otherPeriod: string[][];
  /** "Kỳ trước", "Năm trước", "Previous period": the period before the report's (vocabulary previousPeriod). */
  previousPeriod: string[][];
  /** "Kỳ này", "Năm nay", "Kỳ báo cáo": the report's own period (vocabulary currentPeriod). */
  currentPeriod: string[][];
  /** "Số liệu đơn vị kê khai", "Số liệu cũ": figures a later column replaces (vocabulary superseded). */
  superseded: string[][];
  /** "Số liệu sau kiểm tra", "Đề nghị sửa thành", "Quyết toán": the figures that stand (vocabulary final). */
  final: string[][];
  /** Each phrase (input names, exclusions, unit aliases) under its first token. */
  index: PhraseIndex;
  /** Word → how specific it is to one input (1 ÷ number of inputs whose words include it). */
  specificity: ReadonlyMap<string, number>;
  /** Word → the inputs whose words include it, for labels no phrase matches. */
  wordInputs: ReadonlyMap<string, readonly string[]>;
  /** Input id → the pairs of adjacent words ("bien tap", "xuat ban") of its phrases: Vietnamese words are
   * mostly two syllables, so a pair is a word where one syllable alone is not. */
  inputPairs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether any input has a synonym matched whole (most plans have none: the check is then skipped). */
  hasWholePhrases: boolean;
  /** Input → its unit of measure as measureKey gives it ("tin bai", "trieu dong", "co khong"). */
  inputMeasures: ReadonlyMap<string, string | null>;
  /** Every unit of measure a row may state: the inputs' and other common ones ("lượt", "vụ", "hộ"). */
  knownMeasures: ReadonlySet<string>;
  /** Headers of a unit-of-measure column ("ĐVT", "Đơn vị tính"). */
  measureHeader: ReadonlySet<string>;
  /** Last words of a remainder row ("… khác", "… còn lại"): a part, never a whole. */
  remainder: string[][];
  /** Every province's name but the plan's ("Yên Bái", "Điện Biên"), folded: a press agency of another province. */
  otherProvinces: string[][];
  /** The plan's province, folded ("lai chau"). */
  ownProvince: string[];
  /** Role words ("kế hoạch", "tỷ lệ", "so với"), folded: an exclusion made of them is never waived. */
  roleWords: ReadonlySet<string>;
  /** Word of a unit's names → the units whose names use it ("van" → the magazine only). */
  unitWords: ReadonlyMap<string, readonly string[]>;
  /** A unit's head words, each of one unit only: the first word of its Vietnamese name ("báo", "đài") and the
   * words of its English name no other unit's names use ("newspaper", "television"). One is enough to name the
   * unit in a short heading ("Đài LCTV", "Lai Chau Party Newspaper"); see unitWords.ts. */
  unitHeads: ReadonlyMap<string, { unit: string; english: boolean }>;
  /** Word of a unit's names → how the names spell it with tones ("bao" → "báo"; "tu" → "tử", not "tự"). */
  unitSpellings: ReadonlyMap<string, ReadonlySet<string>>;
};

/** A text's words as typed, tones kept, lower case ("Đảm bảo" → "đảm", "bảo"). */
function tonedWords(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Whether words name another province than the plan's ("Điện Biên", "Yên Bái") and not the plan's: an agency or a
 * figure of that province. `named` is searched for the plan's province (abbreviations expanded: "LChâu"), `plain`
 * for the others.
 */
export function anotherProvince(
  lex: Pick<Lexicon, "ownProvince" | "otherProvinces">,
  named: readonly string[],
  plain: readonly string[],
): boolean {
  return !containsRun(named, lex.ownProvince) && lex.otherProvinces.some((p) => containsRun(plain, p));
}

/** The words that matter: abbreviations expanded, small words dropped. */
export function significant(lex: Pick<Lexicon, "expandTokens">, words: readonly string[]): string[] {
  return lex.expandTokens(words).filter((t) => !STOP.has(t));
}

export function buildLexicon(plan: Plan): Lexicon {
  const abbreviations = new Map<string, string[]>();
  for (const [abbr, full] of Object.entries(plan.abbreviations))
    abbreviations.set(foldText(abbr), tokens(foldText(full)));
  // Names written short by fusing initials with the last word: "LChâu" (Lai Châu), "TCVNghệ" (Tạp chí Văn nghệ).
  // Built from the units' names; never over a plan abbreviation or a word of the plan's own phrases.
  const planWords = new Set(
    [...plan.inputs.flatMap((i) => [i.name.vi, ...i.synonyms, ...i.exclusions])].flatMap((t) =>
      tokens(foldText(t)),
    ),
  );
  for (const u of plan.units.units)
    for (const name of [u.name.vi, ...u.aliases]) {
      const words = tokens(foldText(name)).filter((w) => /^[a-z]+$/.test(w));
      for (let i = 0; i < words.length; i++)
        for (let n = 2; n <= 4 && i + n <= words.length; n++) {
          const run = words.slice(i, i + n);
          const initials = run.slice(0, -1).map((w) => w[0] ?? "");
          const last = run[n - 1] ?? "";
          // "LChâu", "L.Châu", and words run together ("VănNghệ", "BaoLaiChau").
          const forms = [
            initials.join("") + last,
            initials.map((c) => `${c}.`).join("") + last,
            run.join(""),
          ];
          for (const fused of forms)
            if (fused.length >= 5 && !abbreviations.has(fused) && !planWords.has(fused))
              abbreviations.set(fused, run);
        }
    }
  // "PT-TH" is also written in two words: "PT và TH", "PT & TH", "PT TH" (a "TH" alone is "thực hiện"). "T/P", read
  // as two letters, is one.
  const pairs = new Map<string, string[]>();
  const pairFirsts = new Set<string>();
  for (const [abbr, full] of abbreviations) {
    const parts = abbr.split(/[-& ]/);
    const [first, second] = parts;
    if (parts.length === 2 && first && second) {
      pairs.set(`${first} ${second}`, full);
      pairFirsts.add(first);
    }
  }
  // Two words written in either order for one meaning ("đảm bảo" is "bảo đảm"): read as the plan's order; two words
  // that say what an abbreviation stands for there ("LĐ hiện có": the labour present, not the leaders).
  for (const [a, b] of vocabulary.sameWords) {
    if (a === undefined || b === undefined) continue;
    const from = tokens(foldText(a));
    const [first, second] = from;
    if (first && second && from.length === 2) {
      pairs.set(`${first} ${second}`, tokens(foldText(b)));
      pairFirsts.add(first);
    }
  }
  // "CB-PV-BTV": abbreviations joined by hyphens, each expanded (two parts or more, every part known); "SN&DV": the
  // same with an ampersand, kept as the joiner it is.
  const joinedAbbreviations = (w: string, joiner: string) => {
    const parts = w.split(joiner);
    return parts.length >= 2 && parts.every((p) => abbreviations.has(p));
  };
  const expandTokens = (words: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (pairFirsts.has(w) && i + 1 < words.length) {
        const joined = words[i + 1] === "va" || words[i + 1] === "&" ? 2 : 1;
        const pair = pairs.get(`${w} ${words[i + joined] ?? ""}`);
        if (pair) {
          out.push(...pair);
          i += joined;
          continue;
        }
      }
      const full = abbreviations.get(w);
      if (full) out.push(...full);
      // "CB-PV-BTV" (each part expanded), "Tin-bài" (two words written as one), "SN&DV" (two abbreviations joined).
      else if (w.includes("-") && (joinedAbbreviations(w, "-") || /^[a-z]+(?:-[a-z]+)+$/.test(w)))
        for (const part of w.split("-")) out.push(...(abbreviations.get(part) ?? [part]));
      else if (w.includes("&") && joinedAbbreviations(w, "&"))
        w.split("&").forEach((part, k) => {
          if (k > 0) out.push("&");
          out.push(...(abbreviations.get(part) ?? [part]));
        });
      else out.push(w);
    }
    return out;
  };
  const phrase = (text: string): Phrase => {
    const words = significant({ expandTokens }, tokens(foldText(text)));
    return { text, tokens: words, distinct: [...new Set(words)] };
  };
  const nonEmpty = (p: Phrase) => p.tokens.length > 0;

  // A synonym that small words would reduce to one word ("quân số" → "quân", as in "cơ quan") is matched whole.
  const collapses = (text: string) => {
    const all = tokens(foldText(text));
    return all.length > 1 && significant({ expandTokens }, all).length <= 1;
  };
  const inputs = plan.inputs.map((i) =>
    withQualifiersWithin({
      id: i.id,
      phrases: [i.name.vi, ...i.synonyms]
        .filter((t) => !collapses(t))
        .map(phrase)
        .filter(nonEmpty),
      wholePhrases: [i.name.vi, ...i.synonyms]
        .filter(collapses)
        .map((t) => ({ text: t, tokens: tokens(foldText(t)) })),
      exclusions: i.exclusions
        .map((t): Phrase => {
          if (!collapses(t)) return phrase(t);
          const all = tokens(foldText(t));
          return { text: t, tokens: all, distinct: [...new Set(all)], whole: true };
        })
        .filter(nonEmpty),
      qualifiers: i.qualifiers.map((q) => tokens(foldText(q))).filter((q) => q.length > 0),
      subjects: i.subjects.map((q) => tokens(foldText(q))).filter((q) => q.length > 0),
    }),
  );
  // "n.tảng" (nền tảng), "h.có" (hiện có): a pair of the plan's words, the first written as its initial and a dot.
  // (An initial and a second word two pairs share stands for neither.)
  const dotted = new Map<string, string[] | null>();
  for (const text of plan.inputs.flatMap((i) => [i.name.vi, ...i.synonyms])) {
    const words = tokens(foldText(text));
    for (let k = 0; k + 1 < words.length; k++) {
      const [a = "", b = ""] = [words[k], words[k + 1]];
      if (!/^[a-zđ]+$/.test(a) || !/^[a-zđ]+$/.test(b)) continue;
      const key = `${a[0] ?? ""}.${b}`;
      const known = dotted.get(key);
      if (known === undefined) dotted.set(key, [a, b]);
      else if (known !== null && known[0] !== a) dotted.set(key, null);
    }
  }
  for (const [key, pair] of dotted) if (pair && !abbreviations.has(key)) abbreviations.set(key, pair);
  const units = plan.units.units.map((u) => ({
    id: u.id,
    kind: u.kind,
    aliases: [u.name.vi, ...u.aliases].map(phrase).filter(nonEmpty),
  }));
  const plain = (list: string[]) => list.map((w) => tokens(foldText(w)));
  const ownProvince = tokens(foldText(plan.province));
  const index: PhraseIndex = new Map();
  const addAll = (list: Phrase[]) => {
    for (const p of list) {
      const first = p.tokens[0];
      if (first === undefined) continue;
      const bucket = index.get(first) ?? [];
      if (!bucket.includes(p)) bucket.push(p);
      index.set(first, bucket);
    }
  };
  for (const i of inputs) addAll([...i.phrases, ...i.exclusions]);
  for (const u of units) addAll(u.aliases);
  const inputWords = new Map(inputs.map((i) => [i.id, new Set(i.phrases.flatMap((p) => p.tokens))]));
  const df = new Map<string, number>();
  for (const words of inputWords.values()) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const specificity = new Map([...df].map(([w, n]) => [w, 1 / n]));
  const inputPairs = new Map(
    inputs.map((i) => {
      const pairs = new Set<string>();
      for (const p of i.phrases)
        for (let k = 0; k + 1 < p.tokens.length; k++) pairs.add(`${p.tokens[k]} ${p.tokens[k + 1]}`);
      return [i.id, pairs] as const;
    }),
  );
  const wordInputs = new Map<string, string[]>();
  for (const [id, words] of inputWords)
    for (const w of words) wordInputs.set(w, [...(wordInputs.get(w) ?? []), id]);
  const inputMeasures = new Map(
    plan.inputs.map((i) => [i.id, measureKey(i.unitOfMeasure.vi, expandTokens)] as const),
  );
  const knownMeasures = new Set<string>();
  for (const m of inputMeasures.values()) if (m !== null) knownMeasures.add(m);
  for (const m of vocabulary.otherMeasures) {
    const key = measureKey(m, expandTokens);
    if (key !== null) knownMeasures.add(key);
  }
  const unitWords = new Map<string, string[]>();
  const englishWords = new Map(
    plan.units.units.map((u) => [u.id, tokens(foldText(u.name.en.replace(/\(.*?\)/g, " ")))] as const),
  );
  for (const u of units)
    for (const w of new Set([...u.aliases.flatMap((a) => a.tokens), ...(englishWords.get(u.id) ?? [])]))
      if (!STOP.has(w)) unitWords.set(w, [...(unitWords.get(w) ?? []), u.id]);
  const unitHeads = new Map<string, { unit: string; english: boolean }>();
  for (const u of plan.units.units) {
    const own = (w: string) => w.length >= 2 && unitWords.get(w)?.length === 1;
    for (const w of englishWords.get(u.id) ?? []) if (own(w)) unitHeads.set(w, { unit: u.id, english: true });
    const first = tokens(foldText(u.name.vi))[0];
    if (first !== undefined && own(first)) unitHeads.set(first, { unit: u.id, english: false });
  }
  const unitSpellings = new Map<string, Set<string>>();
  for (const u of plan.units.units)
    for (const name of [u.name.vi, u.name.en, ...u.aliases])
      for (const toned of tonedWords(name)) {
        const folded = foldText(toned);
        if (!unitSpellings.has(folded)) unitSpellings.set(folded, new Set());
        unitSpellings.get(folded)?.add(toned);
      }
  return {
    inputMeasures,
    knownMeasures,
    measureHeader: new Set(plain(vocabulary.measureHeader).map((h) => h.join(" "))),
    unitWords,
    unitHeads,
    unitSpellings,
    remainder: plain(vocabulary.remainder),
    otherProvinces: plain(vocabulary.provinces).filter((p) => p.join(" ") !== ownProvince.join(" ")),
    ownProvince,
    roleWords: new Set(
      [...vocabulary.plan, ...vocabulary.derived, ...vocabulary.derivedLabel].map((w) => foldText(w)),
    ),
    wordInputs,
    inputPairs,
    hasWholePhrases: inputs.some((i) => i.wholePhrases.length > 0),
    specificity,
    index,
    expandTokens,
    inputs,
    units,
    roles: (["actual", "plan", "derived", "notes", "total"] as const).map((role) => ({
      role,
      phrases: plain(vocabulary[role]),
    })),
    reportingUnit: plain(vocabulary.reportingUnit),
    notReportingUnit: plain(vocabulary.notReportingUnit),
    derivedLabel: plain(vocabulary.derivedLabel),
    otherPeriod: plain(vocabulary.otherPeriod),
    previousPeriod: plain(vocabulary.previousPeriod),
    currentPeriod: plain(vocabulary.currentPeriod),
    superseded: plain(vocabulary.superseded),
    final: plain(vocabulary.final),
  };
}

import { type InputLexicon, type Lexicon } from "./lexicon";

/** What a label says about one input. `weak`: only part of a phrase, to be trusted when the row agrees. */
export type InputMatch = {
  input: string;
  score: number;
  phrase: string;
  weak?: boolean;
  /** Found by the words a label shares with the input's vocabulary, not by a phrase: never a column's label
   * on its own ("Các xã vùng sâu, vùng xa" heads a column of an area, not of an input). */
  byWords?: boolean;
};

/** A phrase must have this many distinct words for a part of it to mean anything. */
const MIN_PHRASE_WORDS = 2;
/** …of which the label holds at least this many, and this share. */
const MIN_HITS = 2;
const MIN_RECALL = 0.6;
/** The runner-up input must trail by this much, else the label is ambiguous. */
const MIN_LEAD = 0.05;
const MIN_RECALL_LEAD = 0.1;

/**
 * A label no phrase matches may still hold most of the content words of one of an input's phrases, in
 * another order or with other words between ("Số tác phẩm (tin, bài) tuyên truyền chính trị" and "tin bài
 * tuyên truyền nhiệm vụ chính trị"). Score = 0.4 + 0.25 × share of the phrase's words found + 0.15 × share of
 * the label's words they cover: at most 0.8, below DEFAULT_MIN_CONFIDENCE once the column's role is unknown,
 * so a weak match alone rarely decides; a row stating the same unit of measure or holding the kind of value the
 * input takes lifts it (scanSheet). The words found must be worth at least one word of this input alone (a word two inputs use counts half).
 * @example partialMatch(lex, ["tac", "pham", "tin", "bai", "tuyen", "truyen", "chinh", "tri"], () => false)
 *   // { input: "political_articles", score: 0.7…, weak: true, … }
 */
export function partialMatch(
  lex: Lexicon,
  words: readonly string[],
  excluded: (input: string) => boolean,
): InputMatch | null {
  let known = 0;
  for (const w of words) if (lex.wordInputs.has(w)) known++;
  if (known < MIN_HITS) return null;
  // (the inputs' best phrases are the same for every label with the same words but its figures and the words no
  // input has: found once)
  const key = wordsKey(lex, words);
  let memo = foundBy.get(lex);
  if (!memo) {
    memo = new Map();
    foundBy.set(lex, memo);
  }
  let found = memo.get(key);
  if (!found) {
    found = bestPhrases(lex, words);
    memo.set(key, found);
  }
  const scored: Found[] = [];
  for (const best of found) if (!excluded(best.match.input)) scored.push(best);
  scored.sort((a, b) => b.match.score - a.match.score);
  const [first, second] = scored;
  if (!first) return null;
  // Ambiguous when the runner-up is as close, unless the label holds clearly more of the first's phrase.
  if (
    second &&
    first.match.score - second.match.score < MIN_LEAD &&
    first.recall - second.recall < MIN_RECALL_LEAD
  )
    return null;
  // (a copy: the match found is shared by every label of the same words)
  return { ...first.match };
}

/** An input's best phrase for a label, before its exclusions are read. */
type Found = { match: InputMatch; recall: number };

/** bestPhrases' findings for the labels of one lexicon (one detection), under wordsKey: kept for a detection only,
 * as its lexicon is. */
const foundBy = new WeakMap<Lexicon, Map<string, readonly Found[]>>();

/** A figure or code among a label's words ("12", "4.1", "2024"): bestPhrases reads it only as a word of a phrase. */
const NUMERIC = /^[\d.,/%-]+$/;

/**
 * The label's words as bestPhrases reads them. A word that is no word of any input (nor of its phrases) is never
 * counted, matches no phrase's word and its pairs no phrase's pair: which word it is makes no difference. A figure
 * among them is never among the label's words either: it is written "\0" ("Tin ảnh 12" and "Tin ảnh 13" are one
 * key). Any other such word is one of the label's words (their number divides the hits): it is written "\0" and
 * its place among the label's distinct such words ("Tin ảnh mã bcd" and "Tin ảnh mã bcf" are one key). Words hold
 * no space and no "\0".
 */
function wordsKey(lex: Lexicon, words: readonly string[]): string {
  const own = phraseWords(lex);
  let key = "";
  let others = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    key += i === 0 ? "" : " ";
    if (lex.wordInputs.has(w) || own.has(w)) key += w;
    else if (NUMERIC.test(w)) key += "\0";
    else {
      // (its place among the distinct such words before it; most labels have one or two)
      let at = -1;
      for (let j = 0; j < others; j++)
        if (unknown[j] === w) {
          at = j;
          break;
        }
      if (at < 0) unknown[(at = others++)] = w;
      key += `\0${at}`;
    }
  }
  unknown.length = 0;
  return key;
}
/** wordsKey's distinct unknown words of one label (one array for every label). */
const unknown: string[] = [];

/** Every word of every input's phrases, built once per lexicon. */
const phraseWordsOf = new WeakMap<Lexicon, Set<string>>();
function phraseWords(lex: Lexicon): ReadonlySet<string> {
  let own = phraseWordsOf.get(lex);
  if (!own) {
    own = new Set();
    for (const input of lex.inputs) for (const p of input.phrases) for (const t of p.tokens) own.add(t);
    phraseWordsOf.set(lex, own);
  }
  return own;
}

/** The best phrase of every input sharing two words or more with the label (in lex.inputs' order), exclusions
 * aside: what partialMatch then chooses from. */
function bestPhrases(lex: Lexicon, words: readonly string[]): Found[] {
  const label = new Set(words.filter((w) => !NUMERIC.test(w)));
  // Vietnamese words are mostly two syllables: syllables found one by one ("sự" of "nhân sự", "nghiệp" of
  // "nghiệp vụ") are not "thu sự nghiệp". At least one pair of the phrase's syllables must stand together.
  let pairs: Set<string> | null = null;
  // Only inputs sharing two words or more with the label are tried: most labels try none.
  // (counted by the inputs' places in lex.inputs)
  const shared = sharedCounts(lex.inputs.length);
  const byWord = inputsByWord(lex);
  let tried = false;
  for (const w of label)
    for (const k of byWord.get(w) ?? NO_INPUTS) if (++(shared[k] as number) >= MIN_HITS) tried = true;
  const found: Found[] = [];
  if (!tried) return found;
  for (let k = 0; k < lex.inputs.length; k++) {
    const input = lex.inputs[k] as InputLexicon;
    if ((shared[k] as number) < MIN_HITS) continue;
    let best: Found | null = null;
    for (const p of input.phrases) {
      const distinct = p.distinct;
      if (distinct.length < MIN_PHRASE_WORDS) continue;
      let hits = 0;
      let own = 0;
      for (let i = 0; i < distinct.length; i++) {
        const t = distinct[i] as string;
        if (label.has(t)) {
          hits++;
          own += lex.specificity.get(t) ?? 0;
        } else {
          // (the words left cannot bring the phrase to enough hits: it is passed over below whatever they are)
          const most = hits + distinct.length - i - 1;
          if (most < MIN_HITS || most / distinct.length < MIN_RECALL) break;
        }
      }
      const recall = hits / distinct.length;
      if (
        hits < MIN_HITS ||
        recall < MIN_RECALL ||
        own < 1 ||
        !holdsPair(p.tokens, (pairs ??= pairsOf(words)))
      )
        continue;
      const score = 0.4 + 0.25 * recall + 0.15 * Math.min(1, hits / label.size);
      if (!best || score > best.match.score)
        best = { match: { input: input.id, score, phrase: p.text, weak: true }, recall };
    }
    if (best) found.push(best);
  }
  return found;
}

/** partialMatch's counts: one array for every label (a typed array made per label costs more than the counting),
 * its first `n` zeroed. */
let counted = new Int32Array(0);
function sharedCounts(n: number): Int32Array {
  if (counted.length < n) counted = new Int32Array(n);
  else counted.fill(0, 0, n);
  return counted;
}

/** lex.wordInputs with each input as its place in lex.inputs, built once per lexicon. */
const inputsOf = new WeakMap<Lexicon, Map<string, number[]>>();
export function inputsByWord(lex: Lexicon): ReadonlyMap<string, readonly number[]> {
  let byWord = inputsOf.get(lex);
  if (!byWord) {
    const place = new Map(lex.inputs.map((input, k) => [input.id, k] as const));
    byWord = new Map();
    for (const [w, ids] of lex.wordInputs) {
      const places: number[] = [];
      for (const id of ids) {
        const k = place.get(id);
        if (k !== undefined) places.push(k);
      }
      byWord.set(w, places);
    }
    inputsOf.set(lex, byWord);
  }
  return byWord;
}
export const NO_INPUTS: readonly number[] = [];

function holdsPair(tokens: readonly string[], pairs: ReadonlySet<string>): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) if (pairs.has(`${tokens[i]} ${tokens[i + 1]}`)) return true;
  return false;
}

/** The label's words two by two, as they stand ("tin bai", "bai tuyen"). */
function pairsOf(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

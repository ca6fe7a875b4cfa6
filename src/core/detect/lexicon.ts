import { type Plan } from "../plan/schema";
import vocabulary from "./vocabulary.json";
import { foldText, tokens } from "./text";

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

export type Phrase = { text: string; tokens: string[] };

/** Where a token occurs: phrases to try only when a label holds every one of their tokens. */
export type PhraseIndex = Map<string, Phrase[]>;
export type InputLexicon = { id: string; phrases: Phrase[]; exclusions: Phrase[] };
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
  /** Each phrase (input names, exclusions, unit aliases) under its first token. */
  index: PhraseIndex;
  /** Word → how specific it is to one input (1 ÷ number of inputs whose words include it). */
  specificity: ReadonlyMap<string, number>;
  /** Word → the inputs whose words include it, for labels no phrase matches. */
  wordInputs: ReadonlyMap<string, readonly string[]>;
};

/** The words that matter: abbreviations expanded, small words dropped. */
export function significant(lex: Pick<Lexicon, "expandTokens">, words: readonly string[]): string[] {
  return lex.expandTokens(words).filter((t) => !STOP.has(t));
}

export function buildLexicon(plan: Plan): Lexicon {
  const abbreviations = new Map<string, string[]>();
  for (const [abbr, full] of Object.entries(plan.abbreviations))
    abbreviations.set(foldText(abbr), tokens(foldText(full)));
  const expandTokens = (words: readonly string[]): string[] => {
    const out: string[] = [];
    for (const w of words) {
      const full = abbreviations.get(w);
      if (full) out.push(...full);
      else out.push(w);
    }
    return out;
  };
  const phrase = (text: string): Phrase => ({
    text,
    tokens: significant({ expandTokens }, tokens(foldText(text))),
  });
  const nonEmpty = (p: Phrase) => p.tokens.length > 0;

  const inputs = plan.inputs.map((i) => ({
    id: i.id,
    phrases: [i.name.vi, ...i.synonyms].map(phrase).filter(nonEmpty),
    exclusions: i.exclusions.map(phrase).filter(nonEmpty),
  }));
  const units = plan.units.units.map((u) => ({
    id: u.id,
    kind: u.kind,
    aliases: [u.name.vi, ...u.aliases].map(phrase).filter(nonEmpty),
  }));
  const plain = (list: string[]) => list.map((w) => tokens(foldText(w)));
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
  const wordInputs = new Map<string, string[]>();
  for (const [id, words] of inputWords)
    for (const w of words) wordInputs.set(w, [...(wordInputs.get(w) ?? []), id]);
  return {
    wordInputs,
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
  };
}

import { type Plan } from "../plan/schema";
import vocabulary from "./vocabulary.json";
import { foldText, stripNumbering, tokens } from "./text";

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
export type InputLexicon = { id: string; phrases: Phrase[]; exclusions: Phrase[] };
export type UnitLexicon = { id: string; kind: "agency" | "area"; aliases: Phrase[] };

export type Role = "actual" | "plan" | "derived" | "notes" | "total";

/** Everything a plan teaches the matcher: its inputs' words, its units' names, its abbreviations. */
export type Lexicon = {
  inputs: InputLexicon[];
  units: UnitLexicon[];
  expand: (folded: string) => string[];
  roles: Array<{ role: Role; phrases: string[][] }>;
  reportingUnit: string[][];
  notReportingUnit: string[][];
  derivedLabel: string[][];
};

/** The tokens that matter: folded, numbering gone, abbreviations expanded, small words dropped. */
export function significant(lex: Pick<Lexicon, "expand">, text: string): string[] {
  return lex.expand(stripNumbering(foldText(text))).filter((t) => !STOP.has(t));
}

export function buildLexicon(plan: Plan): Lexicon {
  const abbreviations = new Map<string, string[]>();
  for (const [abbr, full] of Object.entries(plan.abbreviations))
    abbreviations.set(foldText(abbr), tokens(foldText(full)));
  const expand = (folded: string): string[] => tokens(folded).flatMap((t) => abbreviations.get(t) ?? [t]);
  const phrase = (text: string): Phrase => ({
    text,
    tokens: expand(foldText(text)).filter((t) => !STOP.has(t)),
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
  return {
    inputs,
    units,
    expand,
    roles: (["actual", "plan", "derived", "notes", "total"] as const).map((role) => ({
      role,
      phrases: plain(vocabulary[role]),
    })),
    reportingUnit: plain(vocabulary.reportingUnit),
    notReportingUnit: plain(vocabulary.notReportingUnit),
    derivedLabel: plain(vocabulary.derivedLabel),
  };
}

/**
 * Rewrites `MATCHER_WORDS_ADDED_AFTER` in tests/support/splitChecks.ts: for each blind split, every string the
 * matcher's data (src/core/plan/data/*.json, src/core/detect/vocabulary.json) holds now and did not hold at the
 * commit the split was written at. Run it whenever the plan data or the vocabulary gains a word; otherwise a blind
 * split's guard test fails and names the wording that collides (a leak).
 *
 *   node scripts/run-ts.js scripts/corpus/matcherWordsAdded.ts
 *
 * Each list is found by its comment in splitChecks.ts ("// Since <commit> (…)" or "// Since <commit>.") followed by
 * `<split>: [`; the commit is read from that comment. Needs git and the repository's history.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const CHECKS = path.join(ROOT, "tests/support/splitChecks.ts");
const DATA_DIR = "src/core/plan/data";
const VOCABULARY = "src/core/detect/vocabulary.json";

/** Every string in a JSON value, however deep. */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (v !== null && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}

/** The matcher's data files, as paths relative to the repository. */
function dataFiles(): string[] {
  return [
    ...fs
      .readdirSync(path.join(ROOT, DATA_DIR))
      .filter((f) => f.endsWith(".json"))
      .map((f) => `${DATA_DIR}/${f}`),
    VOCABULARY,
  ];
}

/** The strings of the matcher's data at `commit` (a file missing there holds none). */
function stringsAt(commit: string): Set<string> {
  const out = new Set<string>();
  for (const file of dataFiles()) {
    let text: string;
    try {
      text = execFileSync("git", ["-C", ROOT, "show", `${commit}:${file}`], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      });
    } catch {
      continue;
    }
    for (const s of strings(JSON.parse(text))) out.add(s);
  }
  return out;
}

function main(): void {
  const now = new Set(
    dataFiles().flatMap((f) => strings(JSON.parse(fs.readFileSync(path.join(ROOT, f), "utf8")))),
  );
  let source = fs.readFileSync(CHECKS, "utf8");
  // (However prettier laid the list out: "[]", "["one"]" on its line, or a word a line.)
  const list =
    /( {2}\/\/ Since ([0-9a-f]{7,40})[ .][^\n]*\n {2}([a-z0-9]+): )\[(?:[^\]"]|"(?:[^"\\]|\\.)*")*\],/g;
  source = source.replace(list, (_all, head: string, commit: string, split: string) => {
    const then = stringsAt(commit);
    const added = [...now].filter((s) => !then.has(s) && s.length < 200).sort();
    process.stdout.write(`${split} (since ${commit}): ${added.length} words\n`);
    return added.length === 0
      ? `${head}[],`
      : `${head}[\n${added.map((s) => `    ${JSON.stringify(s)},\n`).join("")}  ],`;
  });
  fs.writeFileSync(CHECKS, source);
}

main();

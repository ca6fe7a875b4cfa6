/**
 * docs/bad-input.md cannot drift from the product: every row's key is in the message catalogue, its Vietnamese
 * and English texts are the catalogue's (placeholders kept or filled in), its exit code is the one the CLI gives
 * for that kind of error, and the test it names exists. The keys added for bad input are all documented.
 */
import fs from "node:fs";
import path from "node:path";
import catalogue from "../../src/core/i18n/messages.json";

const ROOT = path.join(__dirname, "..", "..");
const doc = fs.readFileSync(path.join(ROOT, "docs", "bad-input.md"), "utf8");

type Row = {
  what: string;
  exit: number;
  key: string | null;
  vi: string;
  en: string;
  file: string;
  test: string;
};

/** The table rows (not headers or rules), split on unescaped pipes. */
function rows(): Row[] {
  const lines = doc.split("\n").filter((l) => l.startsWith("|") && !/^\|\s*-/.test(l));
  return lines
    .filter((l) => !l.includes("Mã thoát / Exit"))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\([|*_`])/g, "$1"));
      const [what = "", exit = "", key = "", vi = "", en = "", ref = ""] = cells;
      const at = /^`([^`]+)` › (.+)$/.exec(ref);
      return {
        what,
        exit: Number(exit),
        key: key === "—" ? null : key.replace(/`/g, ""),
        vi,
        en,
        file: at?.[1] ?? "",
        test: at?.[2] ?? "",
      };
    });
}

/** A catalogue text as a pattern: each `{name}` may stay as it is or be filled in. */
function pattern(template: string): RegExp {
  const parts = template
    .split(/(\{\w+\})/)
    .map((p) => (/^\{\w+\}$/.test(p) ? ".+?" : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${parts.join("")}$`, "s");
}

const messages = catalogue as unknown as Record<string, { vi: string; en: string }>;
/** What the CLI exits with for each family of keys (src/cli/main.ts: UsageError 2, other errors 1, values 0). */
const EXIT: Record<string, number> = { cli: 2, file: 1, mapping: 1, plan: 1, saveMapping: 1, reading: 0 };

describe("docs/bad-input.md", () => {
  const all = rows();

  test("has a row for every case, the new ones included", () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    const keys = new Set(all.map((r) => r.key));
    for (const key of ["file.passwordProtected", "file.ods", "file.tooLarge", "mapping.nothingVisible"])
      expect(keys).toContain(key);
  });

  test.each(all.map((r) => [r.what, r] as const))("%s: key and texts are the catalogue's", (_what, row) => {
    if (row.key === null) return;
    const entry = messages[row.key];
    expect(entry).toBeDefined();
    expect(row.vi).toMatch(pattern(entry?.vi ?? ""));
    expect(row.en).toMatch(pattern(entry?.en ?? ""));
    expect(row.exit).toBe(EXIT[row.key.split(".")[0] ?? ""]);
  });

  test.each(all.map((r) => [r.what, r] as const))("%s: the test named exists", (_what, row) => {
    const file = path.join(ROOT, row.file);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toContain(row.test);
  });
});

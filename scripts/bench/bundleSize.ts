/**
 * The add-in's download size: every script (and stylesheet) of the production build, raw and gzipped
 * (zlib level 9), and which of them taskpane.html loads at start (`initial`), whose gzipped sizes add up
 * to `initialGzipBytes`, what the pane costs before it can show anything. office.js, from Microsoft's
 * CDN, is not counted. Uses the cached build of scripts/builtAddin.ts (built on first use).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { builtAddin } from "../builtAddin";

export type BundleFile = { file: string; bytes: number; gzipBytes: number; initial: boolean };

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The local files taskpane.html loads itself: its <script src> and <link rel=stylesheet href>. */
function initialFiles(html: string): Set<string> {
  const out = new Set<string>();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isLink = /^<link/i.test(tag);
    if (isLink && !/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const ref = new RegExp(
      `\\b${isLink ? "href" : "src"}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
      "i",
    ).exec(tag);
    const url = ref?.[1] ?? ref?.[2] ?? ref?.[3];
    if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue; // office.js and the like: not ours.
    out.add(path.posix.normalize(url.replace(/^\//, "").split(/[?#]/)[0]!));
  }
  return out;
}

/**
 * Builds the add-in (or reuses the cached build) and measures its scripts and stylesheets.
 * @throws Error when the build fails or taskpane.html loads a local file the build does not contain.
 * @example const { initialGzipBytes } = await measureBundle(); // e.g. 312_000
 */
export async function measureBundle(): Promise<{ initialGzipBytes: number; files: BundleFile[] }> {
  const dist = await builtAddin();
  const initial = initialFiles(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  const files = listFiles(dist)
    .map((full) => path.relative(dist, full).split(path.sep).join("/"))
    .filter((file) => /\.(?:js|css)$/.test(file))
    .sort()
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dist, file));
      return {
        file,
        bytes: bytes.length,
        gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length,
        initial: initial.has(file),
      };
    });
  const missing = [...initial].filter((file) => !files.some((f) => f.file === file));
  if (missing.length > 0) throw new Error(`taskpane.html loads files the build lacks: ${missing.join(", ")}`);
  return {
    initialGzipBytes: files.filter((f) => f.initial).reduce((sum, f) => sum + f.gzipBytes, 0),
    files,
  };
}

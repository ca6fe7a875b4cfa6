/**
 * What the built add-in can do on the network, read from the production build itself (the cached build of
 * tests/e2e/support/build.ts): (a) no network primitive and no URL in any built .js or .html beyond a
 * short allow-list whose every entry says why it is not a request; (b) every page carries a
 * Content-Security-Policy that only lets scripts come from itself and the office.js CDN and connections
 * go to itself; (c) no inline script in the pages; (d) the manifest needs no AppDomains.
 */
import fs from "node:fs";
import path from "node:path";
import { BUILD_TIMEOUT_MS, builtAddin } from "../e2e/support/build";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

// ---------------------------------------------------------------------------------------------------
// (a) The network scan.

type FileKind = "js" | "html";

/** Names through which a page's script reaches the network. Matched as whole words, so `fetch(`,
 * `window.fetch`, `self["fetch"]` all count, while `prefetch` or `fetchPriority` do not. */
const PRIMITIVES = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "EventSource",
  "sendBeacon",
  "importScripts",
  "RTCPeerConnection",
];
const PRIMITIVE = new RegExp(`\\b(?:${PRIMITIVES.join("|")})\\b`, "g");
/** An absolute http(s) URL, up to the first character that cannot continue it in code or markup. */
const URL_PATTERN = /https?:\/\/[^\s"'`<>()\\]+/g;

/** A use of a primitive that is not a request: a regex covering the whole use, and why. */
type AllowedUse = { use: RegExp; kinds: FileKind[]; why: string };
const ALLOWED_USES: AllowedUse[] = [
  {
    use: /!\s*[\w$]+\.importScripts\b/g,
    kinds: ["js"],
    why:
      "the setImmediate polyfills (core-js in ExcelJS, setimmediate in JSZip) test `!global.importScripts` " +
      "to tell a worker from a window; they read the property and never call it",
  },
];

/** A URL that is written in the bundle but never requested, and why. */
type AllowedUrl = { url: string; match: "exact" | "prefix"; kinds: FileKind[]; why: string };
const ALLOWED_URLS: AllowedUrl[] = [
  {
    url: OFFICE_JS,
    match: "exact",
    kinds: ["html"],
    why: "the pages' one external script, office.js (a plain tag, see src/taskpane/taskpane.html)",
  },
  {
    url: OFFICE_CDN,
    match: "exact",
    kinds: ["html"],
    why: "a source in the pages' Content-Security-Policy (script-src), not a request",
  },
  {
    url: "http://schemas.openxmlformats.org/",
    match: "prefix",
    kinds: ["js"],
    why: "Open XML namespace and relationship-type URIs that ExcelJS and src/adapters/xlsx write into xlsx parts",
  },
  {
    url: "http://schemas.microsoft.com/office/",
    match: "prefix",
    kinds: ["js"],
    why: "Microsoft's Open XML extension namespaces (x14, x15, mc …) written by ExcelJS",
  },
  {
    url: "http://purl.org/dc/",
    match: "prefix",
    kinds: ["js"],
    why: "Dublin Core namespaces of docProps/core.xml, written by ExcelJS",
  },
  {
    url: "http://www.w3.org/",
    match: "prefix",
    kinds: ["js"],
    why:
      "W3C namespace URIs: React DOM creates SVG/MathML elements in theirs, ExcelJS and JSZip write xml:, " +
      "xmlns: and xsi: attributes",
  },
  {
    url: "https://reactjs.org/docs/error-decoder.html",
    match: "prefix",
    kinds: ["js"],
    why: "production React puts this link in the text of its minified error messages",
  },
  {
    url: "https://react.dev/errors/",
    match: "prefix",
    kinds: ["js"],
    why: "the same error-message link in newer React builds",
  },
  {
    url: "https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md",
    match: "exact",
    kinds: ["js"],
    why: "a link in an ExcelJS error message",
  },
  {
    url: "https://stuk.github.io/jszip/documentation/",
    match: "prefix",
    kinds: ["js"],
    why: "a link in a JSZip error message",
  },
  {
    url: "https://github.com/zloirock/core-js",
    match: "prefix",
    kinds: ["js"],
    why: "core-js's copyright notice (a string kept in its shared store, bundled inside ExcelJS)",
  },
  {
    url: "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    match: "exact",
    kinds: ["js"],
    why: "a link in the uuid package's error message (bundled inside ExcelJS)",
  },
  {
    url: "https://github.com/indutny/elliptic",
    match: "prefix",
    kinds: ["js"],
    why: "the elliptic package's package.json (homepage, bugs), inlined into ExcelJS's browser build",
  },
  {
    url: "https://github.com/crypto-browserify/crypto-browserify",
    match: "exact",
    kinds: ["js"],
    why: "a link in crypto-browserify's 'not implemented' error message (bundled inside ExcelJS)",
  },
  {
    url: "http://json-schema.org/draft-",
    match: "prefix",
    kinds: ["js"],
    why: "$schema identifiers that zod's toJSONSchema writes into the schemas it returns",
  },
  {
    url: "https://json-schema.org/draft/2020-12/schema",
    match: "exact",
    kinds: ["js"],
    why: "the same, for JSON Schema 2020-12",
  },
  {
    url: "http://[${",
    match: "prefix",
    kinds: ["js"],
    why: "zod checks an IPv6 address by parsing `http://[${address}]` with the URL constructor; no request",
  },
];

type Finding = { file: string; what: string; context: string };

/** Every primitive use and URL in `text` that the allow-lists do not cover. */
function scan(file: string, kind: FileKind, text: string): Finding[] {
  const findings: Finding[] = [];
  const context = (index: number, length: number) =>
    text.slice(Math.max(0, index - 60), index + length + 60).replace(/\s+/g, " ");

  const allowedSpans: Array<[number, number]> = [];
  for (const allowed of ALLOWED_USES.filter((a) => a.kinds.includes(kind))) {
    for (const m of text.matchAll(allowed.use)) allowedSpans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(PRIMITIVE)) {
    const end = m.index + m[0].length;
    if (allowedSpans.some(([from, to]) => from <= m.index && end <= to)) continue;
    findings.push({ file, what: m[0], context: context(m.index, m[0].length) });
  }

  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0].replace(/[;,.]+$/, "");
    const allowed = ALLOWED_URLS.some(
      (a) => a.kinds.includes(kind) && (a.match === "exact" ? url === a.url : url.startsWith(a.url)),
    );
    if (!allowed) findings.push({ file, what: url, context: context(m.index, m[0].length) });
  }
  return findings;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

// ---------------------------------------------------------------------------------------------------
// (b), (c): the pages' markup, read with a tag/attribute reader that copes with minified HTML (unquoted
// attribute values).

type Tag = { name: string; attrs: Record<string, string>; index: number; end: number };

function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? "").matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? "";
    }
    out.push({ name: m[1]!.toLowerCase(), attrs, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Directive name → sources, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What is wrong with a page's policy and scripts: empty when nothing is. */
function pageProblems(html: string): string[] {
  const problems: string[] = [];
  const all = tags(html);
  const policies = all.filter(
    (t) => t.name === "meta" && t.attrs["http-equiv"]?.toLowerCase() === "content-security-policy",
  );
  const scripts = all.filter((t) => t.name === "script");
  if (policies.length !== 1) return [`${policies.length} Content-Security-Policy meta tags (want 1)`];
  const meta = policies[0]!;
  if (scripts.some((s) => s.index < meta.index))
    problems.push("a <script> comes before the policy's meta tag");
  const policy = parsePolicy(meta.attrs.content ?? "");
  const script = policy.get("script-src");
  if (!script) problems.push("no script-src");
  else if (script.some((s) => s !== "'self'" && s !== OFFICE_CDN))
    problems.push(`script-src allows ${script.join(" ")}`);
  const connect = policy.get("connect-src");
  if (!connect || connect.length === 0 || connect.some((s) => s !== "'self'" && s !== "'none'"))
    problems.push(`connect-src is ${connect ? connect.join(" ") : "missing"} (want 'self')`);
  const object = policy.get("object-src");
  if (object?.join(" ") !== "'none'") problems.push(`object-src is ${object?.join(" ") ?? "missing"}`);
  if (/'unsafe-eval'|'wasm-unsafe-eval'/.test(meta.attrs.content ?? ""))
    problems.push("the policy allows eval");

  for (const s of scripts) {
    const close = html.indexOf("</script>", s.end);
    const body = close < 0 ? "" : html.slice(s.end, close);
    if (!("src" in s.attrs)) problems.push(`an inline <script>: ${body.trim().slice(0, 80)}`);
    else if (body.trim() !== "") problems.push(`a <script src> with a body: ${body.trim().slice(0, 80)}`);
    const src = s.attrs.src ?? "";
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) && src !== OFFICE_JS) problems.push(`a script from ${src}`);
  }
  for (const t of all) {
    const handlers = Object.keys(t.attrs).filter((a) => a.startsWith("on"));
    if (handlers.length > 0) problems.push(`<${t.name}> has inline handlers: ${handlers.join(", ")}`);
  }
  if (/javascript:/i.test(html)) problems.push("a javascript: URL");
  return problems;
}

// ---------------------------------------------------------------------------------------------------

/** AppDomains the add-in needs: none. Its pages, commands and icons are all on the origin of
 * SourceLocation, and office.js is loaded as a script (allowed by the CSP), not navigated to. An
 * AppDomain lets the pane navigate to another site; add one here only with the reason. */
const ALLOWED_APP_DOMAINS: string[] = [];

describe("the built add-in", () => {
  let dist: string;
  let files: string[];

  beforeAll(async () => {
    dist = await builtAddin();
    files = listFiles(dist);
  }, BUILD_TIMEOUT_MS);

  const read = (file: string) => fs.readFileSync(file, "utf8");
  const kindOf = (file: string): FileKind | null =>
    file.endsWith(".js") ? "js" : file.endsWith(".html") ? "html" : null;

  test("has the two pages and their scripts to scan", () => {
    const names = files.map((f) => path.relative(dist, f));
    expect(names).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "manifest.xml"]));
    for (const page of ["taskpane.html", "commands.html"]) {
      const local = tags(read(path.join(dist, page)))
        .filter((t) => t.name === "script" && t.attrs.src && !/^https?:/.test(t.attrs.src))
        .map((t) => t.attrs.src!);
      expect(local.length).toBeGreaterThan(0);
      for (const src of local) expect(fs.existsSync(path.join(dist, src))).toBe(true);
    }
  });

  test("(a) no built .js or .html reaches the network, beyond the commented allow-list", () => {
    const findings = files.flatMap((file) => {
      const kind = kindOf(file);
      return kind ? scan(path.relative(dist, file), kind, read(file)) : [];
    });
    expect(findings).toEqual([]);
  });

  test("(a) the scan would catch a request added to the bundle", () => {
    const js = 'function n(){return!self.importScripts&&fetch("https://x.example/api")}';
    expect(scan("added.js", "js", js).map((f) => f.what)).toEqual(["fetch", "https://x.example/api"]);
    for (const added of [
      'window["fetch"]("/x")',
      "new XMLHttpRequest",
      'new WebSocket("wss://x")',
      'navigator.sendBeacon("/x")',
      'self.importScripts("w.js")',
      "new EventSource(u)",
      'img.src="https://tracker.example/p.gif"',
      'a="http://schemas.openxmlformats.org.evil.example/"',
    ]) {
      expect(scan("added.js", "js", added)).not.toEqual([]);
    }
    // The office.js URL is allowed in a page, not in a script (where it would be a dynamic load).
    expect(scan("added.js", "js", `s.src="${OFFICE_JS}"`)).not.toEqual([]);
    expect(scan("added.html", "html", `<script src=${OFFICE_JS}></script>`)).toEqual([]);
  });

  test("(b, c) every page has a strict Content-Security-Policy and no inline script", () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const problems = Object.fromEntries(pages.map((p) => [path.relative(dist, p), pageProblems(read(p))]));
    expect(problems).toEqual(Object.fromEntries(Object.keys(problems).map((p) => [p, []])));
  });

  test("(b, c) the page check fails on a loose policy, an inline script or a handler", () => {
    const policy = (p: string) => `<meta http-equiv="Content-Security-Policy" content="${p}">`;
    const good =
      "script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'; object-src 'none'";
    expect(pageProblems(`${policy(good)}<script src=a.js></script>`)).toEqual([]);
    for (const bad of [
      `${policy(good.replace("'self'", "'self' 'unsafe-eval'"))}<script src=a.js></script>`,
      `${policy(good.replace("'self' https", "'self' 'unsafe-inline' https"))}`,
      `${policy(good.replace("connect-src 'self'", "connect-src *"))}`,
      `${policy(good.replace("; object-src 'none'", ""))}`,
      `${policy(good.replace("script-src", "default-src"))}`,
      `${policy(good)}<script>alert(1)</script>`,
      `<script src=a.js></script>${policy(good)}`,
      `${policy(good)}<script src=https://cdn.example/x.js></script>`,
      `${policy(good)}<body onload="go()">`,
      `<p>no policy</p>`,
    ]) {
      expect(pageProblems(bad)).not.toEqual([]);
    }
  });

  test("(d) the manifest asks for no AppDomains, and all its URLs share the pane's origin", () => {
    const manifest = read(path.join(dist, "manifest.xml"));
    const domains = [...manifest.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains.filter((d) => !ALLOWED_APP_DOMAINS.includes(d!))).toEqual([]);
    const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(source).toBeDefined();
    const origin = new URL(source!).origin;
    const urls = [...manifest.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  });
});

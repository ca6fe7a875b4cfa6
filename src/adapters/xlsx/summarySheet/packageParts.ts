/**
 * What the .xlsx package holds, read from its XML: which part is which sheet, and the parts ExcelJS may lose
 * on load and save (counted per sheet, so a new summary sheet's merges and links do not hide a loss).
 */
import JSZip from "jszip";
import { unescapeXml } from "../xml";

export function attributes(tag: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (m[1]) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

export async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels` */
export function relsPath(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at)}/_rels/${part.slice(at + 1)}.rels`;
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export type Relationship = { id: string; type: string; target: string; external: boolean };

export async function relationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await text(zip, relsPath(part));
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const external = a.TargetMode === "External";
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: external ? (a.Target ?? "") : resolve(part, a.Target ?? ""),
      external,
    };
  });
}

/** Sheet name → worksheet part, in the workbook's order. */
export async function sheetParts(zip: JSZip): Promise<Array<{ name: string; part: string }>> {
  const wb = "xl/workbook.xml";
  const rels = await relationships(zip, wb);
  const xml = await text(zip, wb);
  return [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const rel = rels.find((r) => r.id === a["r:id"]);
    return { name: a.name ?? "", part: rel?.target ?? "" };
  });
}

const count = (xml: string, tag: string) =>
  (xml.match(new RegExp(`<([\\w.-]+:)?${tag}\\b`, "g")) ?? []).length;

/** Features counted in each sheet's XML (and its notes part). */
const SHEET_FEATURES: Array<{ vi: string; en: string; tag: string }> = [
  { vi: "ô gộp", en: "merged cells", tag: "mergeCell" },
  { vi: "liên kết", en: "hyperlinks", tag: "hyperlink" },
  { vi: "định dạng có điều kiện", en: "conditional formats", tag: "cfRule" },
  { vi: "kiểm tra dữ liệu", en: "data validation", tag: "dataValidation" },
  { vi: "sparkline", en: "sparklines", tag: "sparkline" },
  { vi: "bảo vệ trang tính", en: "sheet protection", tag: "sheetProtection" },
];

/** Parts of the package as a whole. */
const PACKAGE_FEATURES: Array<{ vi: string; en: string; parts: RegExp }> = [
  { vi: "biểu đồ", en: "charts", parts: /^xl\/charts\/chart(Ex)?\d*\.xml$/ },
  { vi: "trang biểu đồ", en: "chart sheets", parts: /^xl\/chartsheets\/[^/]+\.xml$/ },
  { vi: "hình vẽ, ảnh", en: "drawings, pictures", parts: /^xl\/drawings\/[^/]+\.xml$/ },
  { vi: "bảng tổng hợp (pivot)", en: "pivot tables", parts: /^xl\/pivotTables\/[^/]+\.xml$/ },
  { vi: "slicer, timeline", en: "slicers, timelines", parts: /^xl\/(slicers|timelines)\/[^/]+\.xml$/ },
  { vi: "bảng (Table)", en: "tables", parts: /^xl\/tables\/[^/]+\.xml$/ },
  { vi: "điều khiển, ActiveX", en: "controls, ActiveX", parts: /^xl\/(ctrlProps|activeX)\/[^/]+$/ },
  { vi: "đối tượng nhúng", en: "embedded objects", parts: /^xl\/embeddings\/[^/]+$/ },
  { vi: "liên kết ngoài", en: "external links", parts: /^xl\/externalLinks\/[^/]+\.xml$/ },
  { vi: "kết nối dữ liệu", en: "data connections", parts: /^xl\/(connections\.xml|queryTables\/[^/]+)$/ },
  { vi: "mô hình dữ liệu", en: "data model", parts: /^xl\/model\/[^/]+$/ },
  { vi: "macro (VBA)", en: "macros (VBA)", parts: /^xl\/vbaProject\.bin$/ },
  { vi: "bình luận hội thoại", en: "threaded comments", parts: /^xl\/threadedComments\/[^/]+\.xml$/ },
  { vi: "dữ liệu XML tùy biến", en: "custom XML", parts: /^customXml\/item\d+\.xml$/ },
];

export type Lost = { vi: string; en: string };

/** Counts of each sheet feature (SHEET_FEATURES, then notes) in a worksheet part. */
export async function sheetCounts(zip: JSZip, part: string): Promise<number[]> {
  const xml = await text(zip, part);
  const notes = (await relationships(zip, part)).filter((r) => r.type.endsWith("/comments"));
  let comments = 0;
  for (const n of notes) comments += count(await text(zip, n.target), "comment");
  return [...SHEET_FEATURES.map((f) => count(xml, f.tag)), comments];
}

/**
 * What `copy` lacks of `original`, sheet by sheet for the sheets both have under the same name (minus
 * `ignore`, the sheets chitieu replaced), and part by part for the package.
 */
/** The sheet features sheetCounts counts, in its order. */
export const SHEET_FEATURE_NAMES: ReadonlyArray<{ vi: string; en: string }> = [
  ...SHEET_FEATURES,
  { vi: "ghi chú", en: "notes" },
];

export async function lostParts(original: JSZip, copy: JSZip, ignore: readonly string[]): Promise<Lost[]> {
  const lost: Lost[] = [];
  const before = await sheetParts(original);
  const after = new Map((await sheetParts(copy)).map((s) => [s.name, s.part]));
  const features = [...SHEET_FEATURES, { vi: "ghi chú", en: "notes", tag: "comment" }];
  const missing = features.map(() => 0);
  for (const s of before) {
    if (ignore.includes(s.name)) continue;
    const part = after.get(s.name);
    const was = await sheetCounts(original, s.part);
    const now = part ? await sheetCounts(copy, part) : was.map(() => 0);
    was.forEach((n, i) => (missing[i] = (missing[i] ?? 0) + Math.max(0, n - (now[i] ?? 0))));
  }
  features.forEach((f, i) => {
    if ((missing[i] ?? 0) > 0) lost.push({ vi: `${f.vi} (${missing[i]})`, en: `${f.en} (${missing[i]})` });
  });
  // The drawing and charts of a replaced summary sheet go with it (chitieu writes them anew).
  const own = new Set<string>();
  for (const s of before.filter((x) => ignore.includes(x.name)))
    for (const d of (await relationships(original, s.part)).filter((r) => r.type.endsWith("/drawing"))) {
      own.add(d.target);
      for (const c of await relationships(original, d.target)) if (!c.external) own.add(c.target);
    }
  const parts = (zip: JSZip, re: RegExp) =>
    Object.keys(zip.files).filter(
      (p) => !zip.files[p]?.dir && !(zip === original && own.has(p)) && re.test(p),
    ).length;
  for (const f of PACKAGE_FEATURES) {
    const n = parts(original, f.parts) - parts(copy, f.parts);
    if (n > 0) lost.push({ vi: `${f.vi} (${n})`, en: `${f.en} (${n})` });
  }
  return lost;
}

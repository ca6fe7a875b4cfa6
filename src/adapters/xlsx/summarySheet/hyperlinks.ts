/**
 * ExcelJS writes every hyperlink as an external relationship, even one to a cell of the same workbook. This
 * rewrites the summary sheet's links as Excel does: `location` alone inside the workbook, the file as an
 * external relationship plus `location` for a cell of another file.
 */
import type JSZip from "jszip";
import { escapeXml } from "../xml";
import { attributes, relsPath, text } from "./packageParts";

export async function fixHyperlinks(zip: JSZip, part: string): Promise<void> {
  const xml = await text(zip, part);
  const relsFile = relsPath(part);
  const rels = await text(zip, relsFile);
  // The relationships by id (the first tag of an id), looked up as each link is fixed, and the part written
  // again once at the end: a summary of 1,000 agencies has over 10,000 links.
  const first = new Map<string, string>();
  for (const tag of rels.match(RELATIONSHIP) ?? []) {
    const id = attributes(tag).Id;
    if (id !== undefined && !first.has(id)) first.set(id, tag);
  }
  /** Each relationship as it stands now; a link within the workbook drops its relationship. */
  const now = new Map(first);
  const fixed = xml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const a = attributes(tag);
    const rid = a["r:id"];
    const target = rid === undefined ? undefined : now.get(rid);
    const full = target ? (attributes(target).Target ?? "") : (a.location ?? "");
    const close = full.startsWith("[") ? full.lastIndexOf("]") : -1;
    const location = close >= 0 ? full.slice(close + 1) : full;
    const file = close >= 0 ? full.slice(1, close) : null;
    if (target !== undefined && rid !== undefined) {
      if (file === null) now.delete(rid);
      else
        now.set(
          rid,
          target.replace(/Target="[^"]*"/, () => `Target="${escapeXml(file)}"`),
        );
    }
    const ref = escapeXml(a.ref ?? "");
    const loc = escapeXml(location);
    return file === null
      ? `<hyperlink ref="${ref}" location="${loc}" display="${loc}"/>`
      : `<hyperlink ref="${ref}" r:id="${rid ?? ""}" location="${loc}"/>`;
  });
  zip.file(part, withoutDanglingDataBarExtension(fixed));
  zip.file(
    relsFile,
    rels.replace(RELATIONSHIP, (tag) => {
      const id = attributes(tag).Id;
      return id === undefined || first.get(id) !== tag ? tag : (now.get(id) ?? "");
    }),
  );
}

const RELATIONSHIP = /<Relationship\b[^>]*\/>/g;

/**
 * ExcelJS gives a data bar an x14 extension pointing at an x14 rule it never writes; Excel may call that
 * file damaged. The plain data bar is complete without it.
 */
export function withoutDanglingDataBarExtension(xml: string): string {
  return xml.replace(/(<\/dataBar>)<extLst><ext\b[^>]*>\s*<x14:id\s*\/>\s*<\/ext><\/extLst>/g, "$1");
}

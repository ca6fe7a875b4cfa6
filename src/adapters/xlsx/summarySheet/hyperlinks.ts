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
    const { file, location } = splitLinkTarget(
      target ? (attributes(target).Target ?? "") : (a.location ?? ""),
    );
    if (target !== undefined && rid !== undefined) {
      if (file === null) now.delete(rid);
      else
        now.set(
          rid,
          target.replace(/Target="[^"]*"/, () => `Target="${escapeXml(file)}"`),
        );
    }
    return hyperlinkElement(a.ref ?? "", location, file === null ? null : (rid ?? ""));
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
 * A link target as applyLayout's linkTarget writes it, split: the file (null for a cell of this workbook) and
 * the location within it.
 * @example splitLinkTarget("[bao.xlsx]'Báo cáo'!D5") // { file: "bao.xlsx", location: "'Báo cáo'!D5" }
 */
export function splitLinkTarget(full: string): { file: string | null; location: string } {
  const close = full.startsWith("[") ? full.lastIndexOf("]") : -1;
  return close >= 0
    ? { file: full.slice(1, close), location: full.slice(close + 1) }
    : { file: null, location: full };
}

/**
 * A `<hyperlink>` element as Excel writes it: `location` alone (and `display`) for a cell of this workbook
 * (`rid` null), the relationship to the file and the `location` in it otherwise.
 */
export function hyperlinkElement(ref: string, location: string, rid: string | null): string {
  const loc = escapeXml(location);
  return rid === null
    ? `<hyperlink ref="${escapeXml(ref)}" location="${loc}" display="${loc}"/>`
    : `<hyperlink ref="${escapeXml(ref)}" r:id="${rid}" location="${loc}"/>`;
}

/** The external relationship of a link to a cell of `file`, as ExcelJS writes it (with the file alone). */
export function fileLinkRelationship(id: string, file: string): string {
  return `<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${escapeXml(file)}" TargetMode="External"/>`;
}

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/**
 * ExcelJS gives a data bar an x14 extension pointing at an x14 rule it never writes; Excel may call that
 * file damaged. The plain data bar is complete without it.
 */
export function withoutDanglingDataBarExtension(xml: string): string {
  return xml.replace(/(<\/dataBar>)<extLst><ext\b[^>]*>\s*<x14:id\s*\/>\s*<\/ext><\/extLst>/g, "$1");
}

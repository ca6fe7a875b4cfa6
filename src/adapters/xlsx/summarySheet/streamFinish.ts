/**
 * The values workbook finished while ExcelJS's streaming writer writes it, so that nothing is read back: what
 * the other writers do to a saved package (writeSummary.ts: fixHyperlinks, withoutDanglingDataBarExtension,
 * the print options, addChart) is done through hooks on the writer, with the same functions and the same
 * XML, part for part. Reading the package back held the summary sheet's whole XML several times over (about
 * 6 MB of text for 1,000 agencies, its relationships 1.7 MB, then the package compressed again).
 *
 * The hooks replace a few methods of ExcelJS's WorksheetWriter / SheetRelsWriter / WorkbookWriter (4.4) on
 * the instances only; tests/summarySheet/writerEquivalence.test.ts and streamFinish.test.ts pin the result.
 */
import { type ChartSpec } from "../../../core/layout/types";
import { addRelationship, chartXml, drawingXml, REL, relationshipTag, TYPES, withOverride } from "./chart";
import {
  fileLinkRelationship,
  hyperlinkElement,
  splitLinkTarget,
  withoutDanglingDataBarExtension,
} from "./hyperlinks";
import { relsPath } from "./packageParts";

type Out = { write(chunk: unknown): unknown };
type RelsWriter = {
  count: number;
  stream: Out;
  _writeOpen(): void;
  _writeClose(): void;
  addHyperlink(link: { address: string; target: string }): void;
};
type Tail = "_writeHyperlinks" | "_writeConditionalFormatting" | "_writePageMargins" | "_writeLegacyData";
type SheetWriter = Record<Tail, () => void> & { id: number; stream: Out; _sheetRelsWriter: RelsWriter };
type BookWriter = {
  zip: { append(source: unknown, data: { name: string }): unknown };
  _finalize(): Promise<unknown>;
};

/** What a chunk ExcelJS writes holds: a string, or its reusable StringBuf (copied at once). */
function chunkText(chunk: unknown): string {
  if (typeof chunk === "string") return chunk;
  const buf = chunk as { toBuffer?: () => { toString(encoding: string): string } };
  if (typeof buf.toBuffer === "function") return buf.toBuffer().toString("utf8");
  throw new Error("unexpected chunk from ExcelJS's worksheet writer");
}

/** The sheet method `method` writes what `f` makes of what it would have written. */
function rewrite(ws: SheetWriter, method: Tail, f: (xml: string) => string): void {
  const original = ws[method].bind(ws);
  ws[method] = () => {
    const out = ws.stream;
    const parts: string[] = [];
    Object.defineProperty(ws, "stream", {
      configurable: true,
      get: () => ({ write: (chunk: unknown) => parts.push(chunkText(chunk)) }),
    });
    try {
      original();
    } finally {
      delete (ws as Partial<SheetWriter>).stream; // the prototype's getter again
    }
    const xml = f(parts.join(""));
    if (xml !== "") out.write(xml);
  };
}

/**
 * The streamed package's print options, as ExcelJS's full writer derives them from the page setup (the
 * streaming writer leaves `<printOptions>` out): the summary is centred on the page.
 */
export function withPrintOptions(xml: string): string {
  return /<printOptions\b/.test(xml)
    ? xml
    : xml.replace(/<pageMargins\b/, (m) => `<printOptions horizontalCentered="1"/>${m}`);
}

/**
 * Links as fixHyperlinks leaves them: each link still takes the next relationship id, as ExcelJS numbers them;
 * a link to a cell of this workbook gives its id up (no relationship) and a link to another file's cell has
 * the file alone as its target. The `<hyperlink>` elements are kept (a few dozen bytes each) until the sheet's
 * end. Returns the first id given up (the smallest free id, which addChart's relationship takes), if any.
 */
function linksAsExcel(ws: SheetWriter): () => string | null {
  const rels = ws._sheetRelsWriter;
  const elements: string[] = [];
  let freed: string | null = null;
  rels.addHyperlink = ({ address, target }) => {
    if (rels.count === 0) rels._writeOpen();
    const id = `rId${++rels.count}`;
    const { file, location } = splitLinkTarget(target);
    if (file === null) freed ??= id;
    else rels.stream.write(fileLinkRelationship(id, file));
    elements.push(hyperlinkElement(address, location, file === null ? null : id));
  };
  ws._writeHyperlinks = () => {
    if (elements.length > 0) ws.stream.write(`<hyperlinks>${elements.join("")}</hyperlinks>`);
  };
  return () => freed;
}

/**
 * addChart's parts for a package with no chart or drawing yet (`xl/charts/chart1.xml`,
 * `xl/drawings/drawing1.xml`): the `<drawing>` element before the legacy drawing (or the sheet's end), its
 * relationship at the end of the sheet's (the smallest free id), the content types, and the three parts
 * last in the package.
 */
function chartAsAdded(
  wb: BookWriter,
  ws: SheetWriter,
  sheetName: string,
  spec: ChartSpec,
  freed: () => string | null,
): void {
  const rels = ws._sheetRelsWriter;
  const chartPart = "xl/charts/chart1.xml";
  const drawingPart = "xl/drawings/drawing1.xml";
  const target = "../drawings/drawing1.xml";
  const drawingId = () => freed() ?? `rId${rels.count + 1}`;
  rewrite(ws, "_writeLegacyData", (xml) => `<drawing r:id="${drawingId()}"/>${xml}`);
  const close = rels._writeClose.bind(rels);
  rels._writeClose = () => {
    rels.stream.write(relationshipTag(drawingId(), REL.drawing, target));
    close();
  };

  const zip = wb.zip;
  const append = zip.append.bind(zip);
  zip.append = (source, data) =>
    append(
      data.name === "[Content_Types].xml" && typeof source === "string"
        ? withOverride(withOverride(source, `/${chartPart}`, TYPES.chart), `/${drawingPart}`, TYPES.drawing)
        : source,
      data,
    );
  const finalize = wb._finalize.bind(wb);
  wb._finalize = () => {
    append(chartXml(spec, sheetName), { name: chartPart });
    const drawingRels = addRelationship("", REL.chart, "../charts/chart1.xml");
    append(drawingXml(spec, drawingRels.id, 1), { name: drawingPart });
    append(drawingRels.xml, { name: relsPath(drawingPart) });
    // A sheet without links or notes has no relationships part yet: addChart makes one.
    if (rels.count === 0)
      append(addRelationship("", REL.drawing, target).xml, {
        name: relsPath(`xl/worksheets/sheet${ws.id}.xml`),
      });
    return finalize();
  };
}

/**
 * Whether the writers have the methods the hooks replace (ExcelJS 4.4's streaming writer does). Another ExcelJS
 * may not: the caller then writes the workbook in memory instead (the same file, more memory).
 */
export function canFinishWhileStreaming(wb: unknown, ws: unknown): boolean {
  const fn = (o: unknown, name: string) =>
    typeof o === "object" && o !== null && typeof (o as Record<string, unknown>)[name] === "function";
  const sheet = ws as Partial<SheetWriter> | null;
  const book = wb as Partial<BookWriter> | null;
  return (
    ["_writeHyperlinks", "_writeConditionalFormatting", "_writePageMargins", "_writeLegacyData"].every((m) =>
      fn(sheet, m),
    ) &&
    ["_writeOpen", "_writeClose", "addHyperlink"].every((m) => fn(sheet?._sheetRelsWriter, m)) &&
    fn(book?.zip, "append") &&
    fn(book, "_finalize")
  );
}

/**
 * Installs the hooks on the summary's sheet writer `ws` (before any row is written) and its workbook writer.
 * @param chart the layout's chart, when it has one
 */
export function finishWhileStreaming(
  wb: unknown,
  ws: unknown,
  sheetName: string,
  chart: ChartSpec | undefined,
): void {
  const sheet = ws as SheetWriter;
  const freed = linksAsExcel(sheet);
  rewrite(sheet, "_writeConditionalFormatting", withoutDanglingDataBarExtension);
  rewrite(sheet, "_writePageMargins", withPrintOptions);
  if (chart) chartAsAdded(wb as BookWriter, sheet, sheetName, chart, freed);
}

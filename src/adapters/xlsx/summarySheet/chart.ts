/**
 * ExcelJS cannot write charts: this adds the layout's chart (types.ts ChartSpec) to the saved package, as
 * Excel writes one: `xl/charts/chartN.xml` (DrawingML chart with caches of the current values),
 * `xl/drawings/drawingN.xml` anchoring it on the sheet, their relationships, a `<drawing>` element in the
 * sheet and the content types. N is the first number no part of the package uses yet. The target series
 * reads a hidden column, so the chart plots hidden cells (`plotVisOnly` 0; else Excel and LibreOffice drop it).
 */
import type JSZip from "jszip";
import { type ChartSpec } from "../../../core/layout/types";
import { parseA1, quoteSheetName } from "../../../core/workbook/address";
import { escapeXml } from "../xml";
import { relsPath, text } from "./packageParts";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
export const REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
};
export const TYPES = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SERIES_COLOURS = ["1F4E79", "C55A11"];

/** Elements of CT_Worksheet that come after `<drawing>`: it goes before the first of them. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** `B9:B18` on sheet `Đánh giá` → `'Đánh giá'!$B$9:$B$18` */
export function chartFormula(sheet: string, range: string): string {
  const abs = range
    .split(":")
    .map((a) => a.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${quoteSheetName(sheet)}!${abs}`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: ReadonlyArray<number | null>, format: string): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

export function chartXml(spec: ChartSpec, sheet: string): string {
  const f = (range: string) => `<c:f>${escapeXml(chartFormula(sheet, range))}</c:f>`;
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length] ?? "1F4E79"}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef>${f(spec.categories.range)}${strCache(spec.categories.values)}</c:strRef></c:cat>` +
        `<c:val><c:numRef>${f(s.range)}${numCache(s.values, spec.numFmt)}</c:numRef></c:val></c:ser>`,
    )
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const catAx =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(spec.numFmt)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${catAx}${valAx}` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="0"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", cell: string): string {
  const at = parseA1(cell);
  if (!at) throw new Error(`chart anchor ${cell} is not a cell`);
  return (
    `<xdr:${tag}><xdr:col>${at.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${at.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

export function drawingXml(spec: ChartSpec, chartRel: string, n: number): string {
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor editAs="oneCell">` +
    marker("from", spec.anchor.from) +
    marker("to", spec.anchor.to) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${n + 1}" name="${escapeXml(`Chart ${n}`)}" ` +
    `descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRel}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function freeNumber(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n)) !== null) n++;
  return n;
}

/** One (internal) relationship, as addRelationship writes it. */
export function relationshipTag(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

export function addRelationship(rels: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = relationshipTag(id, type, target);
  const base = /<Relationships\b/.test(rels)
    ? rels
    : `${XML_HEAD}<Relationships xmlns="${NS.rels}"></Relationships>`;
  const xml = /<Relationships\b[^>]*\/>/.test(base)
    ? base.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
    : base.replace(/<\/Relationships>/, `${rel}</Relationships>`);
  return { xml, id };
}

/** Puts `<drawing r:id>` where CT_Worksheet wants it: after page setup and breaks, before legacy drawings. */
export function withDrawingElement(sheetXml: string, id: string): string {
  if (/<(?:[\w.-]+:)?drawing\b/.test(sheetXml)) throw new Error("the summary sheet already has a drawing");
  let xml = sheetXml;
  const root = /<((?:[\w.-]+:)?)worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error("no worksheet element");
  const prefix = root[1] ?? "";
  if (!/\bxmlns:r="/.test(root[0])) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${NS.r}">`));
  const element = `<${prefix}drawing r:id="${id}"/>`;
  let at = -1;
  for (const tag of AFTER_DRAWING) {
    const m = new RegExp(`<${prefix}${tag}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${prefix}worksheet>`);
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

export function withOverride(types: string, part: string, contentType: string): string {
  if (types.includes(`PartName="${part}"`)) return types;
  return types.replace(/<\/Types>/, `<Override PartName="${part}" ContentType="${contentType}"/></Types>`);
}

/** Adds `spec` to the worksheet `part` (named `sheet`) of the package. */
export async function addChart(zip: JSZip, part: string, sheet: string, spec: ChartSpec): Promise<void> {
  const chartN = freeNumber(zip, (n) => `xl/charts/chart${n}.xml`);
  const drawingN = freeNumber(zip, (n) => `xl/drawings/drawing${n}.xml`);
  const chartPart = `xl/charts/chart${chartN}.xml`;
  const drawingPart = `xl/drawings/drawing${drawingN}.xml`;

  zip.file(chartPart, chartXml(spec, sheet));
  const drawingRels = addRelationship("", REL.chart, `../charts/chart${chartN}.xml`);
  zip.file(drawingPart, drawingXml(spec, drawingRels.id, chartN));
  zip.file(relsPath(drawingPart), drawingRels.xml);

  const sheetRels = addRelationship(
    await text(zip, relsPath(part)),
    REL.drawing,
    `../drawings/drawing${drawingN}.xml`,
  );
  zip.file(relsPath(part), sheetRels.xml);
  zip.file(part, withDrawingElement(await text(zip, part), sheetRels.id));

  let types = await text(zip, "[Content_Types].xml");
  types = withOverride(types, `/${chartPart}`, TYPES.chart);
  types = withOverride(types, `/${drawingPart}`, TYPES.drawing);
  zip.file("[Content_Types].xml", types);
}

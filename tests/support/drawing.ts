/**
 * A copy of an .xlsx whose first sheet carries an (empty) drawing part: what ExcelJS does not carry over, so
 * chitieu must not gather that sheet into a consolidated workbook (docs/summary-sheet.md).
 */
import JSZip from "jszip";

const SHEET = "xl/worksheets/sheet1.xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export async function withDrawing(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`,
  );
  const sheet = (await zip.file(SHEET)?.async("string")) ?? "";
  zip.file(SHEET, sheet.replace("</worksheet>", `<drawing xmlns:r="${REL_NS}" r:id="rId9"/></worksheet>`));
  return zip.generateAsync({ type: "uint8array" });
}

import JSZip from "jszip";
import { fixHyperlinks } from "./hyperlinks";

const PART = "xl/worksheets/sheet1.xml";
const RELS = "xl/worksheets/_rels/sheet1.xml.rels";

/** A sheet part with `n` links, as ExcelJS writes them: each an external relationship. */
function exceljsPackage(targets: readonly string[]): JSZip {
  const zip = new JSZip();
  const links = targets.map((_, i) => `<hyperlink ref="A${i + 1}" r:id="rId${i + 2}"/>`).join("");
  zip.file(
    PART,
    `<worksheet><hyperlinks>${links}<hyperlink ref="Z1" location="'S'!A1"/></hyperlinks></worksheet>`,
  );
  const rels = targets
    .map(
      (t, i) =>
        `<Relationship Id="rId${i + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${t}" TargetMode="External"/>`,
    )
    .join("");
  zip.file(
    RELS,
    `<Relationships><Relationship Id="rId1" Type="http://x/drawing" Target="../drawings/drawing1.xml"/>${rels}</Relationships>`,
  );
  return zip;
}

describe("fixHyperlinks", () => {
  test("links within the workbook lose their relationship; links to a file keep it, with the file alone", async () => {
    const zip = exceljsPackage(["'Tổng hợp'!B7", "[bao-lai-chau.xlsx]'Báo cáo'!D5", "[a&amp;b.xlsx]S!C1"]);
    await fixHyperlinks(zip, PART);
    const xml = await zip.file(PART)?.async("string");
    const rels = await zip.file(RELS)?.async("string");
    expect(xml).toBe(
      `<worksheet><hyperlinks>` +
        `<hyperlink ref="A1" location="'Tổng hợp'!B7" display="'Tổng hợp'!B7"/>` +
        `<hyperlink ref="A2" r:id="rId3" location="'Báo cáo'!D5"/>` +
        `<hyperlink ref="A3" r:id="rId4" location="S!C1"/>` +
        `<hyperlink ref="Z1" location="'S'!A1" display="'S'!A1"/>` +
        `</hyperlinks></worksheet>`,
    );
    expect(rels).toBe(
      `<Relationships><Relationship Id="rId1" Type="http://x/drawing" Target="../drawings/drawing1.xml"/>` +
        `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="bao-lai-chau.xlsx" TargetMode="External"/>` +
        `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="a&amp;b.xlsx" TargetMode="External"/>` +
        `</Relationships>`,
    );
  });

  test("thousands of links: each is fixed with its own relationship", async () => {
    const n = 5000;
    const targets = Array.from({ length: n }, (_, i) =>
      i % 2 === 0 ? `'S'!B${i + 1}` : `[co-quan-${i}.xlsx]'Báo cáo'!D${i + 1}`,
    );
    const zip = exceljsPackage(targets);
    await fixHyperlinks(zip, PART);
    const xml = (await zip.file(PART)?.async("string")) ?? "";
    const rels = (await zip.file(RELS)?.async("string")) ?? "";
    expect(xml).toContain(`<hyperlink ref="A1" location="'S'!B1" display="'S'!B1"/>`);
    expect(xml).toContain(`<hyperlink ref="A4000" r:id="rId4001" location="'Báo cáo'!D4000"/>`);
    expect(rels.match(/<Relationship\b/g)).toHaveLength(1 + n / 2);
    expect(rels).toContain(
      `Id="rId4001" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="co-quan-3999.xlsx"`,
    );
    expect(rels).not.toContain(`Id="rId4000"`);
  });
});

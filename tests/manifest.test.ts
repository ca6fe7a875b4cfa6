// manifest.xml: schema validation against Microsoft's XSDs (offline, with xmllint-wasm), the facts the
// add-in relies on (Excel requirement, permissions, ribbon buttons, icons), and proof that the schema
// check can fail (deliberately broken copies must be rejected).
//
// The XSDs are not part of this repository: they sit in the project's shared folder beside it
// (../shared/office-manifest-schemas, see its README). Without them the schema tests FAIL with an
// explanation, unless CHITIEU_SKIP_SHARED=1 asks to skip them.
import * as fs from "node:fs";
import * as path from "node:path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ASSETS_DIR = path.join(ROOT, "assets");
const COMMANDS_SOURCE = path.join(ROOT, "src", "commands", "commands.ts");
const DEV_ORIGIN = "https://localhost:3000";

const SCHEMA_DIR = path.resolve(__dirname, "../../shared/office-manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const SCHEMA_FILES = [
  MAIN_SCHEMA,
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskpaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

// ---------------------------------------------------------------------------------------------------
// A small namespace-aware XML reader: enough for a manifest (elements, attributes, text, comments),
// so the facts below are read from the document's structure rather than matched with regexes.

type XmlElement = {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI. */
  ns: string;
  /** Attributes by their name as written (e.g. "xsi:type", "resid"). */
  attrs: Record<string, string>;
  /** xsi:type with its prefix stripped, if any. */
  type: string | undefined;
  children: XmlElement[];
  text: string;
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity] ?? "";
  });
}

function parseXml(source: string): XmlElement {
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gy;
  const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const stack: { element: XmlElement; qname: string; scope: Record<string, string> }[] = [];
  let root: XmlElement | undefined;
  let match: RegExpExecArray | null;
  let position = 0;
  while (position < source.length) {
    token.lastIndex = position;
    match = token.exec(source);
    if (!match)
      throw new Error(`XML syntax error at offset ${position}: ${source.slice(position, position + 40)}`);
    position = token.lastIndex;
    const [whole, cdata, slash, qname, rawAttrs, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (text !== undefined || cdata !== undefined) {
      const value = cdata ?? decodeEntities(text ?? "");
      if (top) top.element.text += value;
      else if (value.trim() !== "") throw new Error("Text outside the root element");
      continue;
    }
    if (qname === undefined) {
      if (whole.startsWith("<!") && !whole.startsWith("<!--"))
        throw new Error(`Unsupported markup: ${whole}`);
      continue; // comment or processing instruction
    }
    if (slash === "/") {
      if (!top || top.qname !== qname) throw new Error(`Unexpected </${qname}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    const scope: Record<string, string> = { ...(top?.scope ?? {}) };
    for (const [, name, double, single] of (rawAttrs ?? "").matchAll(attribute)) {
      if (name === undefined) continue;
      if (name in attrs) throw new Error(`Duplicate attribute ${name} on <${qname}>`);
      const value = decodeEntities(double ?? single ?? "");
      attrs[name] = value;
      if (name === "xmlns") scope[""] = value;
      else if (name.startsWith("xmlns:")) scope[name.slice(6)] = value;
    }
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const ns = scope[prefix];
    if (ns === undefined) throw new Error(`Undeclared namespace prefix on <${qname}>`);
    const xsiType = Object.entries(attrs).find(([name]) => {
      const c = name.indexOf(":");
      return c > 0 && name.slice(c + 1) === "type" && scope[name.slice(0, c)] === NS.xsi;
    })?.[1];
    const element: XmlElement = {
      name: colon < 0 ? qname : qname.slice(colon + 1),
      ns,
      attrs,
      type: xsiType?.slice(xsiType.indexOf(":") + 1),
      children: [],
      text: "",
    };
    if (top) top.element.children.push(element);
    else if (root) throw new Error("More than one root element");
    else root = element;
    if (selfClosing !== "/") stack.push({ element, qname, scope });
  }
  if (stack.length > 0 || !root) throw new Error("Unclosed element or empty document");
  return root;
}

/** Children of `parent` with this local name. */
function children(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c) => c.name === name);
}

/** The only child of `parent` with this local name. */
function child(parent: XmlElement, name: string): XmlElement {
  const found = children(parent, name);
  if (found.length !== 1)
    throw new Error(`Expected one <${name}> in <${parent.name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

/** All descendants of `parent` (depth first), optionally only those with this local name. */
function descendants(parent: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (name === undefined || c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(parent);
  return out;
}

function attr(element: XmlElement, name: string): string {
  const value = element.attrs[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name} attribute`);
  return value;
}

// ---------------------------------------------------------------------------------------------------

const manifestXml = fs.readFileSync(MANIFEST_PATH, "utf8");
const manifest = parseXml(manifestXml);
const versionOverrides = child(manifest, "VersionOverrides");
const resources = child(versionOverrides, "Resources");

/** A resource's default (vi-VN) value and its en-US override. */
type Resource = { kind: string; id: string; value: string; enUS: string | undefined };

function resourceTable(): Map<string, Resource> {
  const table = new Map<string, Resource>();
  for (const group of resources.children) {
    for (const entry of group.children) {
      const id = attr(entry, "id");
      if (table.has(id)) throw new Error(`Duplicate resource id ${id}`);
      const enUS = children(entry, "Override").find((o) => o.attrs["Locale"] === "en-US");
      table.set(id, { kind: group.name, id, value: attr(entry, "DefaultValue"), enUS: enUS?.attrs["Value"] });
    }
  }
  return table;
}
const resourceById = resourceTable();

/** Resolves a resid, checking that it names a resource of the expected kind (Images, Urls, …). */
function resolve(element: XmlElement, kind: string): Resource {
  const id = attr(element, "resid");
  const resource = resourceById.get(id);
  if (!resource) throw new Error(`<${element.name} resid="${id}"> names no resource`);
  if (resource.kind !== kind)
    throw new Error(`<${element.name} resid="${id}"> is a ${resource.kind}, not ${kind}`);
  return resource;
}

const desktop = child(child(child(versionOverrides, "Hosts"), "Host"), "DesktopFormFactor");
const buttons = descendants(desktop, "Control").filter((c) => c.type === "Button");

function buttonWithAction(actionType: string): XmlElement {
  const found = buttons.filter((b) => child(b, "Action").type === actionType);
  if (found.length !== 1)
    throw new Error(`Expected one button with a ${actionType} action, found ${found.length}`);
  return found[0] as XmlElement;
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in assets/ that a manifest URL serves. */
function assetFor(url: string): string {
  const prefix = `${DEV_ORIGIN}/assets/`;
  if (!url.startsWith(prefix)) throw new Error(`Icon URL ${url} is not under ${prefix}`);
  return path.join(ASSETS_DIR, url.slice(prefix.length));
}

describe("manifest.xml: what it declares", () => {
  test("is a task-pane add-in for Excel with a fixed GUID, in Vietnamese with English overrides", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.ns).toBe(NS.officeApp);
    expect(manifest.type).toBe("TaskPaneApp");
    expect(child(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(manifest, "ProviderName").text).toBe("chitieu");
    expect(child(manifest, "DefaultLocale").text).toBe("vi-VN");
    for (const name of ["DisplayName", "Description"]) {
      const element = child(manifest, name);
      expect(attr(element, "DefaultValue")).toMatch(/chỉ tiêu/);
      const overrides = children(element, "Override").filter((o) => o.attrs["Locale"] === "en-US");
      expect(overrides).toHaveLength(1);
    }
    expect(children(child(manifest, "Hosts"), "Host").map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
    expect(attr(child(child(manifest, "DefaultSettings"), "SourceLocation"), "DefaultValue")).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
    expect(versionOverrides.ns).toBe(NS.taskpaneOverrides);
    expect(versionOverrides.type).toBe("VersionOverridesV1_0");
  });

  test("requires ExcelApi 1.7 (Excel 2019) and asks for ReadWriteDocument", () => {
    const sets = children(child(child(manifest, "Requirements"), "Sets"), "Set");
    expect(sets.map((s) => ({ name: attr(s, "Name"), min: s.attrs["MinVersion"] }))).toEqual([
      { name: "ExcelApi", min: "1.7" },
    ]);
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("declares no AppDomain", () => {
    expect(descendants(manifest).filter((e) => e.name === "AppDomains" || e.name === "AppDomain")).toEqual(
      [],
    );
  });

  test("puts two buttons in one group on the Home tab", () => {
    const tabs = descendants(desktop, "OfficeTab");
    expect(tabs.map((t) => attr(t, "id"))).toEqual(["TabHome"]);
    const groups = children(tabs[0] as XmlElement, "Group");
    expect(groups).toHaveLength(1);
    expect(children(groups[0] as XmlElement, "Control")).toEqual(buttons);
    expect(buttons).toHaveLength(2);
  });

  test('button "chitieu" opens the task pane', () => {
    const button = buttonWithAction("ShowTaskpane");
    const label = resolve(child(button, "Label"), "ShortStrings");
    expect(label.value).toBe("chitieu");
    expect(label.enUS).toBe("chitieu");
    expect(resolve(child(child(button, "Action"), "SourceLocation"), "Urls").value).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
  });

  test('button "Tạo bảng tổng hợp" runs generateSummary from commands.html', () => {
    const button = buttonWithAction("ExecuteFunction");
    const label = resolve(child(button, "Label"), "ShortStrings");
    expect(label.value).toBe("Tạo bảng tổng hợp");
    expect(label.enUS).toBe("Create summary table");
    expect(child(child(button, "Action"), "FunctionName").text).toBe("generateSummary");
    expect(resolve(child(desktop, "FunctionFile"), "Urls").value).toBe(`${DEV_ORIGIN}/commands.html`);
    // The function file must register the same name.
    expect(fs.readFileSync(COMMANDS_SOURCE, "utf8")).toMatch(
      /Office\.actions\.associate\(\s*"generateSummary"/,
    );
  });

  test("every resid names a resource of the right kind, and every string has an en-US override", () => {
    // The XSDs do not check resids; Office refuses a manifest whose references dangle.
    const expectedKind: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
    };
    const references = descendants(versionOverrides).filter((e) => e.attrs["resid"] !== undefined);
    expect(references.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const reference of references) {
      const kind = expectedKind[reference.name];
      if (kind === undefined) throw new Error(`Unexpected resid on <${reference.name}>`);
      used.add(resolve(reference, kind).id);
    }
    expect([...resourceById.keys()].filter((id) => !used.has(id))).toEqual([]); // no unused resource
    const strings = [...resourceById.values()].filter(
      (r) => r.kind === "ShortStrings" || r.kind === "LongStrings",
    );
    expect(strings.filter((r) => !r.enUS).map((r) => r.id)).toEqual([]);
  });

  test("every URL is https on the dev origin", () => {
    const urls = descendants(manifest)
      .flatMap((e) => [e.attrs["DefaultValue"], e.attrs["Value"]])
      .filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
  });

  test("every icon URL points to a PNG in assets/ of the declared size", () => {
    const iconUrls: { url: string; size: number | undefined }[] = [
      { url: attr(child(manifest, "IconUrl"), "DefaultValue"), size: 32 },
      { url: attr(child(manifest, "HighResolutionIconUrl"), "DefaultValue"), size: 64 },
    ];
    for (const image of children(child(resources, "Images"), "Image")) {
      iconUrls.push({ url: attr(image, "DefaultValue"), size: undefined });
      for (const o of children(image, "Override")) iconUrls.push({ url: attr(o, "Value"), size: undefined });
    }
    for (const { url, size } of iconUrls) {
      const file = assetFor(url);
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
      const actual = pngSize(file);
      expect(actual.width).toBe(actual.height);
      if (size !== undefined) expect({ url, width: actual.width }).toEqual({ url, width: size });
    }
    // Ribbon icons: each <bt:Image size="N"> must reference an N×N image; 16, 32 and 80 are mandatory.
    for (const icon of descendants(desktop, "Icon")) {
      const sizes = children(icon, "Image").map((image) => {
        const size = Number(attr(image, "size"));
        const { width } = pngSize(assetFor(resolve(image, "Images").value));
        expect({ resid: image.attrs["resid"], width }).toEqual({ resid: image.attrs["resid"], width: size });
        return size;
      });
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Schema validation

const missingSchemas = SCHEMA_FILES.filter((name) => !fs.existsSync(path.join(SCHEMA_DIR, name)));
const skipShared = process.env["CHITIEU_SKIP_SHARED"] === "1";
const missingMessage =
  `The Office manifest XSDs are missing from ${SCHEMA_DIR} (${missingSchemas.join(", ")}). ` +
  "They come from the project's shared folder, which sits beside this repository as " +
  "../shared/office-manifest-schemas; without them manifest.xml cannot be validated offline. " +
  "Put them there, or set CHITIEU_SKIP_SHARED=1 to skip the schema tests on purpose.";

async function validateManifest(xml: string): Promise<XMLValidationResult> {
  const schemas = SCHEMA_FILES.map((fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(SCHEMA_DIR, fileName), "utf8"),
  }));
  const main = schemas.find((s) => s.fileName === MAIN_SCHEMA) as (typeof schemas)[number];
  return validateXML({
    xml: { fileName: "manifest.xml", contents: xml },
    schema: main,
    // xmllint-wasm reads nothing from disk: the main schema's xs:import targets must be preloaded.
    preload: schemas,
  });
}

/** Deliberately broken copies of the manifest; each must fail, with an error naming `expect`. */
const brokenCopies: { name: string; edit: (xml: string) => string; expect: RegExp }[] = [
  {
    name: "a Permissions value the schema does not know",
    edit: (xml) =>
      xml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteAll</Permissions>"),
    expect: /Permissions.*ReadWriteAll/,
  },
  {
    name: "DefaultSettings removed",
    edit: (xml) => xml.replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, ""),
    expect: /DefaultSettings/,
  },
  {
    name: "an Id that is not a GUID",
    edit: (xml) => xml.replace(/<Id>[^<]*<\/Id>/, "<Id>chitieu</Id>"),
    expect: /Id/,
  },
  {
    name: "the ExecuteFunction action without its FunctionName",
    edit: (xml) => xml.replace(/<FunctionName>[^<]*<\/FunctionName>/, ""),
    expect: /FunctionName/,
  },
  {
    name: "a ribbon icon without its size",
    edit: (xml) => xml.replace('<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image resid="Icon.16x16"/>'),
    expect: /size/,
  },
  {
    name: "Permissions before DefaultSettings (wrong order)",
    edit: (xml) =>
      xml
        .replace("<Permissions>ReadWriteDocument</Permissions>", "")
        .replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>"),
    expect: /Permissions|DefaultSettings/,
  },
];

/** xmllint-wasm starts a worker and compiles the schemas for each validation. */
const TIMEOUT_MS = 60_000;
const SCHEMA_SUITE = "manifest.xml against the Office add-in XSDs (../shared/office-manifest-schemas)";

if (missingSchemas.length === 0) {
  describe(SCHEMA_SUITE, () => {
    test(
      "manifest.xml is valid",
      async () => {
        const result = await validateManifest(manifestXml);
        expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
        expect(result.valid).toBe(true);
      },
      TIMEOUT_MS,
    );

    test.each(brokenCopies)(
      "a copy with $name is rejected",
      async ({ edit, expect: message }) => {
        const broken = edit(manifestXml);
        expect(broken).not.toBe(manifestXml); // the edit must have applied
        const result = await validateManifest(broken);
        expect(result.valid).toBe(false);
        expect(result.errors.map((e) => e.message).join("\n")).toMatch(message);
      },
      TIMEOUT_MS,
    );
  });
} else if (skipShared) {
  console.warn(`CHITIEU_SKIP_SHARED=1: skipping the manifest schema tests. ${missingMessage}`);
  describe.skip(SCHEMA_SUITE, () => {
    test("manifest.xml is valid", () => undefined);
    test.each(brokenCopies)("a copy with $name is rejected", () => undefined);
  });
} else {
  describe(SCHEMA_SUITE, () => {
    test("the schemas are present", () => {
      throw new Error(missingMessage);
    });
  });
}

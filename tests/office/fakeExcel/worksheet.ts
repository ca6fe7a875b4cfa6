import { FakeClientObject, type Source } from "./clientObject";
import { renameReferences, usedRect, type DocumentState, type SheetState, type Visibility } from "./document";
import { FakeChartCollection } from "./charts";
import {
  FakeCommentCollection,
  FakeFreezePanes,
  FakePageBreakCollection,
  FakePageLayout,
  setTabColour,
} from "./sheetParts";
import { MAX_COL, MAX_ROW, quoteSheetName } from "../../../src/core/workbook/address";
import { parseAddress } from "./grid";
import { FakeNamedItemCollection } from "./names";
import { accessDenied, FakeOfficeError, invalidArgument, invalidOperation } from "./officeError";
import { FakeRange } from "./range";
import { type FakeRequestContext } from "./requestContext";

export const WORKSHEET_PROPERTIES = ["name", "visibility", "position"] as const;

/** `Excel.Worksheet`. */
export class FakeWorksheet extends FakeClientObject<SheetState> {
  protected readonly properties: readonly string[] = WORKSHEET_PROPERTIES;
  private sheetNames: FakeNamedItemCollection | undefined;

  constructor(context: FakeRequestContext, source: Source<SheetState>) {
    super(context, "Worksheet", source);
  }

  protected snapshot(sheet: SheetState, property: string): unknown {
    if (property === "name") return sheet.name;
    if (property === "visibility") return sheet.visibility;
    return this.context.document.sheets.indexOf(sheet);
  }

  get name(): string {
    return this.read("name");
  }

  /** Renames the sheet; Excel refuses a taken or invalid name, and a protected structure. */
  set name(name: string) {
    this.queueCall(
      "name",
      (sheet) => {
        const document = this.context.document;
        if (document.structureProtected) throw accessDenied("Worksheet.name");
        if (!validSheetName(name)) throw invalidArgument("Worksheet.name", `sheet name "${name}"`);
        if (document.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError(
            "ItemAlreadyExists",
            "The resource already exists. (A sheet with this name already exists.)",
            "Worksheet.name",
          );
        const from = sheet.name;
        sheet.name = name;
        renameReferences(document, from, name);
      },
      name,
    );
  }

  /** Shows the sheet; Excel refuses to activate a hidden one. */
  activate(): void {
    this.queueCall("activate", (sheet) => {
      if (sheet.visibility !== "Visible")
        throw invalidOperation("Worksheet.activate", "a hidden sheet cannot be activated");
      this.context.document.active = sheet;
    });
  }

  set tabColor(colour: string) {
    this.queueCall("tabColor", (sheet) => setTabColour(this.context, sheet, colour), colour);
  }

  get freezePanes(): FakeFreezePanes {
    return this.part("freezePanes", () => new FakeFreezePanes(this.context, this.self()));
  }
  get pageLayout(): FakePageLayout {
    return this.part("pageLayout", () => new FakePageLayout(this.context, this.self()));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return this.part("horizontalPageBreaks", () => new FakePageBreakCollection(this.context, this.self()));
  }
  get charts(): FakeChartCollection {
    return this.part("charts", () => new FakeChartCollection(this.context, this.self()));
  }
  get comments(): FakeCommentCollection {
    return this.part("comments", () => new FakeCommentCollection(this.context, this.self(), "comment"));
  }
  get notes(): FakeCommentCollection {
    return this.part("notes", () => new FakeCommentCollection(this.context, this.self(), "note"));
  }

  private readonly parts = new Map<string, unknown>();
  private part<P>(key: string, make: () => P): P {
    if (!this.parts.has(key)) this.parts.set(key, make());
    return this.parts.get(key) as P;
  }
  private self() {
    return { resolve: () => this.targetOrNull() };
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }

  set visibility(visibility: Visibility) {
    this.queueCall("visibility", (sheet) => {
      const document = this.context.document;
      if (document.structureProtected) throw accessDenied("Worksheet.visibility");
      if (visibility !== "Visible" && lastVisible(document, sheet))
        throw invalidOperation("Worksheet.visibility", "a workbook must keep at least one visible sheet");
      sheet.visibility = visibility;
    });
  }

  get position(): number {
    return this.read("position");
  }

  /** Names scoped to this sheet. */
  get names(): FakeNamedItemCollection {
    this.sheetNames ??= new FakeNamedItemCollection(this.context, "Worksheet", {
      resolve: () => this.targetOrNull(),
    });
    return this.sheetNames;
  }

  /** The range at `address` (`A1`, `A1:C3`, `A:A`); the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, {
      resolve: () => {
        const sheet = this.targetOrNull();
        if (sheet === null) return null;
        const rect =
          address === undefined ? { top: 0, left: 0, rows: MAX_ROW, cols: MAX_COL } : parseAddress(address);
        if (!rect) throw invalidArgument("Worksheet.getRange", `address "${address}"`);
        return { sheet, rect };
      },
    });
  }

  /** The used range; A1 for an empty sheet, as Excel does. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, {
      resolve: () => {
        const sheet = this.targetOrNull();
        if (sheet === null) return null;
        return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, rows: 1, cols: 1 } };
      },
    });
  }

  /** The used range, or a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, {
      resolve: () => {
        const sheet = this.targetOrNull();
        const rect = sheet ? usedRect(sheet, valuesOnly) : null;
        return sheet && rect ? { sheet, rect } : null;
      },
    });
  }

  /**
   * Deletes the sheet. As in Excel, a very hidden sheet must be made visible or hidden first, and the last visible
   * sheet cannot go; names that pointed into it now point at `#REF!`.
   */
  delete(): void {
    this.queueCall("delete", (sheet) => {
      const document = this.context.document;
      if (document.structureProtected) throw accessDenied("Worksheet.delete");
      if (sheet.visibility === "VeryHidden")
        throw invalidOperation(
          "Worksheet.delete",
          "a very hidden sheet cannot be deleted; change its visibility first",
        );
      if (lastVisible(document, sheet))
        throw invalidOperation("Worksheet.delete", "a workbook must keep at least one visible sheet");
      const at = document.sheets.indexOf(sheet);
      document.sheets.splice(at, 1);
      // Excel shows a neighbour when the sheet shown goes.
      if (document.active === sheet)
        document.active =
          [...document.sheets.slice(at), ...document.sheets.slice(0, at).reverse()].find(
            (s) => s.visibility === "Visible",
          ) ?? null;
      const prefixes = [
        `${quoteSheetName(sheet.name)}!`,
        `'${sheet.name.replace(/'/g, "''")}'!`,
        `${sheet.name}!`,
      ];
      for (const owner of [document, ...document.sheets])
        for (const n of owner.names)
          for (const prefix of prefixes) n.formula = n.formula.split(prefix).join("#REF!");
    });
  }
}

function lastVisible(document: DocumentState, sheet: SheetState): boolean {
  return (
    sheet.visibility === "Visible" && document.sheets.filter((s) => s.visibility === "Visible").length === 1
  );
}

/** Excel's sheet names: 1 to 31 characters, none of []:*?/\\, not starting or ending with an apostrophe. */
export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

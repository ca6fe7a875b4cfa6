import { type Source } from "./clientObject";
import { FakeCollection } from "./collection";
import { newSheet, type DocumentState, type SheetState } from "./document";
import { accessDenied, FakeOfficeError, invalidArgument, itemNotFound } from "./officeError";
import { type FakeRequestContext } from "./requestContext";
import { FakeWorksheet, validSheetName, WORKSHEET_PROPERTIES } from "./worksheet";

/** `Excel.WorksheetCollection`: the sheets in tab order. */
export class FakeWorksheetCollection extends FakeCollection<DocumentState, SheetState, FakeWorksheet> {
  protected readonly itemProperties = WORKSHEET_PROPERTIES;

  constructor(context: FakeRequestContext, source: Source<DocumentState>) {
    super(context, "WorksheetCollection", source);
  }

  protected itemsOf(document: DocumentState): SheetState[] {
    return document.sheets;
  }

  protected proxyOf(sheet: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, { target: sheet });
  }

  /** Adds a sheet at the end (not activated); Excel refuses a taken or invalid name. */
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      resolve: () => {
        const document = this.target("add");
        if (document.structureProtected) throw accessDenied("WorksheetCollection.add");
        if (!validSheetName(name)) throw invalidArgument("WorksheetCollection.add", `sheet name "${name}"`);
        if (findSheet(document, name))
          throw new FakeOfficeError(
            "ItemAlreadyExists",
            "The resource already exists. (A sheet with this name already exists.)",
            "WorksheetCollection.add",
          );
        const sheet = newSheet(name);
        document.sheets.push(sheet);
        return sheet;
      },
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      resolve: () => {
        const sheet = findSheet(this.target("getItem"), name);
        if (!sheet) throw itemNotFound("WorksheetCollection.getItem");
        return sheet;
      },
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      resolve: () => findSheet(this.target("getItemOrNullObject"), name) ?? null,
    });
  }
}

/** Sheet names are compared case-blind in Excel. */
function findSheet(document: DocumentState, name: string): SheetState | undefined {
  return document.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

import { FakeClientObject } from "./clientObject";
import { type DocumentState } from "./document";
import { FakeNamedItemCollection } from "./names";
import { type FakeRequestContext } from "./requestContext";
import { FakeWorkbookProtection } from "./workbookProtection";
import { FakeWorksheetCollection } from "./worksheets";

/** `Excel.Workbook`: its sheets, its workbook-scoped names, its structure protection. */
export class FakeWorkbook extends FakeClientObject<DocumentState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;
  protected readonly properties: readonly string[] = [];

  constructor(context: FakeRequestContext) {
    super(context, "Workbook", { target: context.document });
    this.worksheets = new FakeWorksheetCollection(context, { target: context.document });
    this.names = new FakeNamedItemCollection(context, "Workbook", { target: context.document });
    this.protection = new FakeWorkbookProtection(context, { target: context.document });
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

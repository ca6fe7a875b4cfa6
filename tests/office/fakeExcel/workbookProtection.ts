import { FakeClientObject, type Source } from "./clientObject";
import { type DocumentState } from "./document";
import { apiNotFound } from "./officeError";
import { type FakeRequestContext } from "./requestContext";

/** `Excel.WorkbookProtection` (ExcelApi 1.7): whether the workbook's structure is protected. */
export class FakeWorkbookProtection extends FakeClientObject<DocumentState> {
  protected readonly properties: readonly string[] = ["protected"];

  constructor(context: FakeRequestContext, source: Source<DocumentState>) {
    super(context, "WorkbookProtection", source);
  }

  protected snapshot(document: DocumentState): unknown {
    if (document.apiVersion < 7) throw apiNotFound("WorkbookProtection.protected", "ExcelApi 1.7");
    return document.structureProtected;
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

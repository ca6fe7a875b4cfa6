import { FakeClientObject, type Source } from "./clientObject";
import { checkColour } from "./cellWrites";
import { type CommentState, type SheetState } from "./document";
import { formatRect, parseAddress, type Rect } from "./grid";
import { accessDenied, apiNotFound, FakeOfficeError, invalidArgument } from "./officeError";
import { FakeRange } from "./range";
import { type FakeRequestContext } from "./requestContext";

/** A proxy whose properties the tests read from the document, not through Office.js. */
export abstract class WriteOnly<T> extends FakeClientObject<T> {
  protected readonly properties: readonly string[] = [];
  protected snapshot(): unknown {
    return undefined;
  }

  /** Office.js refuses an API the host's requirement sets lack (ApiNotFound). */
  protected requires(minor: number, location: string): void {
    if (this.context.document.apiVersion < minor) throw apiNotFound(location, `ExcelApi 1.${minor}`);
  }
}

/** A range argument (a proxy or an A1 address of this sheet), as the rectangle it names, at the sync. */
export function rectOf(sheet: SheetState, range: FakeRange | string, location: string): Rect {
  if (typeof range === "string") {
    const rect = parseAddress(range);
    if (!rect) throw invalidArgument(location, `address "${range}"`);
    return rect;
  }
  const target = range.targetOrNull();
  if (target === null || target.sheet !== sheet) throw invalidArgument(location, "a range of another sheet");
  return target.rect;
}

/** `Worksheet.freezePanes` (ExcelApi 1.7). */
export class FakeFreezePanes extends WriteOnly<SheetState> {
  constructor(context: FakeRequestContext, source: Source<SheetState>) {
    super(context, "WorksheetFreezePanes", source);
  }
  /** Freezes the rows and columns of `range` counted from A1 (the top left pane ends where it ends). */
  freezeAt(range: FakeRange | string): void {
    this.queueCall("freezeAt", (sheet) => {
      this.requires(7, "WorksheetFreezePanes.freezeAt");
      const rect = rectOf(sheet, range, "WorksheetFreezePanes.freezeAt");
      sheet.freeze = { rows: rect.top + rect.rows, cols: rect.left + rect.cols };
    });
  }
  freezeRows(count = 1): void {
    this.queueCall("freezeRows", (sheet) => {
      this.requires(7, "WorksheetFreezePanes.freezeRows");
      sheet.freeze = { rows: count, cols: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.queueCall("freezeColumns", (sheet) => {
      this.requires(7, "WorksheetFreezePanes.freezeColumns");
      sheet.freeze = { rows: 0, cols: count };
    });
  }
  unfreeze(): void {
    this.queueCall("unfreeze", (sheet) => (sheet.freeze = null));
  }
}

const PAGE_PROPERTIES = [
  "orientation",
  "paperSize",
  "zoom",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
  "centerHorizontally",
  "centerVertically",
] as const;

/**
 * `Worksheet.pageLayout` (ExcelApi 1.9): what is set is kept by property name in `sheet.pageLayout`; the print
 * area and title rows under `printArea` and `printTitleRows`.
 */
export class FakePageLayout extends WriteOnly<SheetState> {
  constructor(context: FakeRequestContext, source: Source<SheetState>) {
    super(context, "PageLayout", source);
    for (const property of PAGE_PROPERTIES)
      Object.defineProperty(this, property, {
        set: (value: unknown) => this.set(property, value),
        enumerable: true,
      });
  }

  setPrintArea(area: FakeRange | string): void {
    this.queueCall("setPrintArea", (sheet) => {
      this.requires(9, "PageLayout.setPrintArea");
      sheet.pageLayout.printArea = formatRect(rectOf(sheet, area, "PageLayout.setPrintArea"));
    });
  }

  setPrintTitleRows(rows: FakeRange | string): void {
    this.queueCall("setPrintTitleRows", (sheet) => {
      this.requires(9, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = formatRect(rectOf(sheet, rows, "PageLayout.setPrintTitleRows"));
    });
  }

  private set(property: string, value: unknown): void {
    this.queueCall(
      property,
      (sheet) => {
        this.requires(9, `PageLayout.${property}`);
        if (sheet.protected) throw accessDenied(`PageLayout.${property}`);
        sheet.pageLayout[property] = structuredClone(value);
      },
      value,
    );
  }
}

/** `Worksheet.horizontalPageBreaks` (ExcelApi 1.9): a break above the range's first row. */
export class FakePageBreakCollection extends WriteOnly<SheetState> {
  constructor(context: FakeRequestContext, source: Source<SheetState>) {
    super(context, "PageBreakCollection", source);
  }
  add(range: FakeRange | string): void {
    this.queueCall("add", (sheet) => {
      this.requires(9, "PageBreakCollection.add");
      const row = rectOf(sheet, range, "PageBreakCollection.add").top;
      if (row === 0) throw invalidArgument("PageBreakCollection.add", "no break above the first row");
      if (!sheet.pageBreaks.includes(row)) sheet.pageBreaks.push(row);
    });
  }
}

/**
 * `Worksheet.comments` (ExcelApi 1.10, threaded comments) or `Worksheet.notes` (ExcelApi 1.18): `add` on one
 * cell; a cell holds at most one (Excel refuses a second).
 */
export class FakeCommentCollection extends WriteOnly<SheetState> {
  constructor(
    context: FakeRequestContext,
    source: Source<SheetState>,
    private readonly kind: CommentState["kind"],
  ) {
    super(context, kind === "note" ? "NoteCollection" : "CommentCollection", source);
  }
  add(cell: FakeRange | string, content: string): void {
    const location = `${this.typeName}.add`;
    this.queueCall(
      "add",
      (sheet) => {
        this.requires(this.kind === "note" ? 18 : 10, location);
        const rect = rectOf(sheet, cell, location);
        if (rect.rows !== 1 || rect.cols !== 1) throw invalidArgument(location, "more than one cell");
        if (
          sheet.comments.some((c) => c.kind === this.kind && c.at.row === rect.top && c.at.col === rect.left)
        )
          throw new FakeOfficeError("InvalidArgument", "The cell already has one.", location);
        sheet.comments.push({ kind: this.kind, at: { row: rect.top, col: rect.left }, content });
      },
      content,
    );
  }
}

/** The tab colour (ExcelApi 1.7), "#RRGGBB" or "" for none. */
export function setTabColour(context: FakeRequestContext, sheet: SheetState, colour: string): void {
  if (context.document.apiVersion < 7) throw apiNotFound("Worksheet.tabColor", "ExcelApi 1.7");
  sheet.tabColor = colour === "" ? null : checkColour("Worksheet.tabColor", colour);
}

import { FakeClientObject, type Source } from "./clientObject";
import { FakeClientResult } from "./clientResult";
import { storedInput } from "./cellInput";
import { eachCell } from "./cellWrites";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { usedRect, type CellSpec, type Hyperlink, type SheetState } from "./document";
import { cellKey, formatRect, gridOf, intersect, qualifiedRect, type Rect } from "./grid";
import { accessDenied, apiNotFound, invalidArgument } from "./officeError";
import { FakeRangeAreas } from "./rangeAreas";
import { FakeRangeFormat } from "./rangeFormat";
import { type FakeRequestContext } from "./requestContext";

export type RangeTarget = { sheet: SheetState; rect: Rect };

const RANGE_PROPERTIES = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "valueTypes",
  "numberFormat",
  "formulas",
  "text",
] as const;

/** What `getCellProperties` can be asked for here: `format.font.name`, `format.font.strikethrough`, `address`. */
export type CellPropertiesRequest = {
  address?: boolean;
  format?: { font?: { name?: boolean; strikethrough?: boolean } };
};
export type CellProperties = {
  address?: string;
  format?: { font?: { name?: string; strikethrough?: boolean } };
};

/** `Excel.Range`: a rectangle of one sheet. Values are as Excel sends them (serial dates, `#N/A` texts). */
export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly properties: readonly string[] = RANGE_PROPERTIES;
  private rangeFormat: FakeRangeFormat | undefined;
  private formats: FakeConditionalFormatCollection | undefined;

  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "Range", source);
  }

  protected snapshot({ sheet, rect }: RangeTarget, property: string): unknown {
    const cell = (row: number, col: number) => sheet.cells.get(cellKey(row, col));
    switch (property) {
      case "address":
        return qualifiedRect(sheet.name, rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return rect.rows * rect.cols;
      case "values":
        return gridOf(rect, (r, c) => valueOf(cell(r, c)));
      case "valueTypes":
        return gridOf(rect, (r, c) => typeOf(cell(r, c)));
      case "numberFormat":
        return gridOf(rect, (r, c) => cell(r, c)?.numberFormat ?? "General");
      case "formulas":
        return gridOf(rect, (r, c) => cell(r, c)?.formula ?? valueOf(cell(r, c)));
      default:
        return gridOf(rect, (r, c) => textOf(cell(r, c)));
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  /** Writes like typing: `=…` becomes a formula, `123` a number, unless the cell's format is Text (`@`). */
  set values(input: unknown[][]) {
    this.write("values", input, (cell, value) => {
      const stored = storedInput(value, cell.numberFormat);
      if (!stored) return;
      cell.value = stored.value;
      if (stored.formula === undefined) delete cell.formula;
      else cell.formula = stored.formula;
      if (stored.quotePrefix) cell.quotePrefix = true;
      else delete cell.quotePrefix;
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, (cell, format) => {
      if (typeof format === "string") cell.numberFormat = format;
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.values = input;
  }
  get text(): string[][] {
    return this.read("text");
  }

  /** A link on every cell of the range (ExcelApi 1.7); `textToDisplay` becomes the first cell's text. */
  set hyperlink(link: Hyperlink) {
    this.queueCall(
      "hyperlink",
      (target) => {
        if (this.context.document.apiVersion < 7) throw apiNotFound("Range.hyperlink", "ExcelApi 1.7");
        if (!link.address && !link.documentReference) throw invalidArgument("Range.hyperlink", "no target");
        const { rect } = target;
        eachCell(target, "Range.hyperlink", (cell, row, col) => {
          cell.hyperlink = { ...link };
          const first = row === rect.top && col === rect.left;
          // The text shown: the one given, else (an empty cell) the target; a cell's own text is kept.
          if (first && link.textToDisplay !== undefined) {
            cell.value = link.textToDisplay;
            delete cell.formula;
          } else if (cell.value === null && cell.formula === undefined)
            cell.value = link.documentReference ?? link.address ?? null;
        });
      },
      link,
    );
  }

  /** Hides or shows the range's whole columns. */
  set columnHidden(hidden: boolean) {
    this.queueCall("columnHidden", ({ sheet, rect }) => {
      if (sheet.protected) throw accessDenied("Range.columnHidden");
      for (let c = rect.left; c < rect.left + rect.cols; c++)
        sheet.columns.set(c, { ...sheet.columns.get(c), hidden });
    });
  }

  /**
   * Merges the range (each row on its own with `across`). As Excel does, only the first cell's value stays.
   * Merging over an existing merged area is not modelled (the fake refuses it, to catch such a layout).
   */
  merge(across = false): void {
    this.queueCall("merge", ({ sheet, rect }) => {
      if (sheet.protected) throw accessDenied("Range.merge");
      const rects = across
        ? Array.from({ length: rect.rows }, (_, r) => ({ ...rect, top: rect.top + r, rows: 1 }))
        : [rect];
      for (const area of rects) {
        if (area.rows * area.cols === 1) continue;
        if (sheet.merges.some((m) => intersect(m, area)))
          throw new Error(`fake Excel: merging over a merged area (${formatRect(area)}) is not modelled`);
        for (let r = area.top; r < area.top + area.rows; r++)
          for (let c = area.left; c < area.left + area.cols; c++) {
            if (r === area.top && c === area.left) continue;
            const cell = sheet.cells.get(cellKey(r, c));
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
        sheet.merges.push(area);
      }
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.formats ??= new FakeConditionalFormatCollection(this.context, {
      resolve: () => this.targetOrNull(),
    });
    return this.formats;
  }

  get format(): FakeRangeFormat {
    this.rangeFormat ??= new FakeRangeFormat(this.context, { resolve: () => this.targetOrNull() });
    return this.rangeFormat;
  }

  /** Per-cell properties (ExcelApi 1.9); only `address`, `format.font.name` and `.strikethrough` are modelled. */
  getCellProperties(request: CellPropertiesRequest): FakeClientResult<CellProperties[][]> {
    const unknown = Object.keys(request).filter((k) => k !== "address" && k !== "format");
    if (unknown.length > 0)
      throw new Error(`fake Excel: getCellProperties(${unknown.join(", ")}) is not modelled`);
    return new FakeClientResult(this.context, "Range.getCellProperties", () => {
      if (this.context.document.apiVersion < 9) throw apiNotFound("Range.getCellProperties", "ExcelApi 1.9");
      const { sheet, rect } = this.target("getCellProperties");
      return gridOf(rect, (r, c) => {
        const props: CellProperties = {};
        if (request.address) props.address = qualifiedRect(sheet.name, { top: r, left: c, rows: 1, cols: 1 });
        const font: { name?: string; strikethrough?: boolean } = {};
        const cell = sheet.cells.get(cellKey(r, c));
        if (request.format?.font?.name) font.name = cell?.font ?? this.context.document.defaultFont;
        if (request.format?.font?.strikethrough) font.strikethrough = cell?.strikethrough ?? false;
        if (request.format?.font) props.format = { font };
        return props;
      });
    });
  }

  /** The merged areas inside this range (ExcelApi 1.13), or a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, {
      resolve: () => {
        if (this.context.document.apiVersion < 13)
          throw apiNotFound("Range.getMergedAreasOrNullObject", "ExcelApi 1.13");
        const range = this.targetOrNull();
        if (range === null) return null;
        const rects = range.sheet.merges.filter((m) => intersect(m, range.rect));
        return rects.length > 0 ? { sheet: range.sheet, rects } : null;
      },
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, {
      resolve: () => {
        const range = this.targetOrNull();
        const rect = range ? usedRect(range.sheet, valuesOnly, range.rect) : null;
        return range && rect ? { sheet: range.sheet, rect } : null;
      },
    });
  }

  private write(property: string, input: unknown[][], apply: (cell: CellSpec, value: unknown) => void): void {
    this.queueCall(
      property,
      ({ sheet, rect }) => {
        if (sheet.protected) throw accessDenied(`Range.${property}`);
        if (input.length !== rect.rows || input.some((line) => line.length !== rect.cols))
          throw invalidArgument(
            `Range.${property}`,
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        input.forEach((line, r) =>
          line.forEach((value, c) => {
            const key = cellKey(rect.top + r, rect.left + c);
            const cell = sheet.cells.get(key) ?? { value: null };
            apply(cell, value);
            sheet.cells.set(key, cell);
          }),
        );
      },
      input,
    );
  }
}

function valueOf(cell: CellSpec | undefined): number | string | boolean {
  const v = cell?.value ?? null;
  if (v === null) return "";
  return typeof v === "object" ? v.error : v;
}

function typeOf(cell: CellSpec | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  return typeof v === "boolean" ? "Boolean" : "String";
}

function textOf(cell: CellSpec | undefined): string {
  const v = valueOf(cell);
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

import { FakeClientObject, type Source } from "./clientObject";
import { checkColour, eachCell, formatOf } from "./cellWrites";
import { contains, type CellFormat, type Side } from "./document";
import { invalidArgument } from "./officeError";
import { type RangeTarget } from "./range";
import { type FakeRequestContext } from "./requestContext";

/** A proxy that is only written to (its properties are not read back through Office.js in the tests). */
abstract class WriteOnly<T> extends FakeClientObject<T> {
  protected readonly properties: readonly string[] = [];
  protected snapshot(): unknown {
    return undefined;
  }
}

/**
 * `Excel.RangeFormat`: font, fill, borders, alignment, wrap, column width and row height (points). A width or a
 * height applies to the range's whole columns or rows, as in Excel.
 */
export class FakeRangeFormat extends WriteOnly<RangeTarget> {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;

  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "RangeFormat", source);
    const range = { resolve: () => this.targetOrNull() };
    this.font = new FakeRangeFont(context, range);
    this.fill = new FakeRangeFill(context, range);
    this.borders = new FakeRangeBorderCollection(context, range);
  }

  set columnWidth(points: number) {
    this.queueCall("columnWidth", ({ sheet, rect }) => {
      if (!(points >= 0)) throw invalidArgument("RangeFormat.columnWidth", String(points));
      for (let c = rect.left; c < rect.left + rect.cols; c++)
        sheet.columns.set(c, { ...sheet.columns.get(c), width: points });
    });
  }

  set rowHeight(points: number) {
    this.queueCall("rowHeight", ({ sheet, rect }) => {
      if (!(points >= 0 && points <= 409)) throw invalidArgument("RangeFormat.rowHeight", String(points));
      for (let r = rect.top; r < rect.top + rect.rows; r++) sheet.rowHeights.set(r, points);
    });
  }

  set horizontalAlignment(value: string) {
    this.cells("horizontalAlignment", (f) => (f.horizontal = value), value);
  }

  set verticalAlignment(value: string) {
    this.cells("verticalAlignment", (f) => (f.vertical = value), value);
  }

  set wrapText(value: boolean) {
    this.cells("wrapText", (f) => (f.wrap = value), value);
  }

  private cells(property: string, apply: (f: CellFormat) => unknown, payload: unknown): void {
    this.queueCall(
      property,
      (target) =>
        eachCell(target, `RangeFormat.${property}`, (cell) => {
          apply(formatOf(cell));
        }),
      payload,
    );
  }
}

/**
 * `Excel.RangeFont`: `name` is the range's font and `strikethrough` whether it is struck through, each null when
 * its cells differ (as Excel answers).
 */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected readonly properties: readonly string[] = ["name", "strikethrough"];

  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "RangeFont", source);
  }

  protected snapshot({ sheet, rect }: RangeTarget, property: string): unknown {
    const seen = new Set<string | boolean>();
    const of = (cell: { font?: string; strikethrough?: boolean } | undefined) =>
      property === "strikethrough"
        ? (cell?.strikethrough ?? false)
        : (cell?.font ?? this.context.document.defaultFont);
    let inside = 0;
    for (const [key, cell] of sheet.cells) {
      const [row = 0, col = 0] = key.split(",").map(Number);
      if (!contains(rect, row, col)) continue;
      inside += 1;
      seen.add(of(cell));
    }
    // Cells the sheet does not list have the default font, not struck through.
    if (inside < rect.rows * rect.cols) seen.add(of(undefined));
    return seen.size === 1 ? [...seen][0] : null;
  }

  get name(): string | null {
    return this.read("name");
  }
  get strikethrough(): boolean | null {
    return this.read("strikethrough");
  }
  set name(name: string) {
    this.write(
      "name",
      (cell) => {
        cell.font = name;
      },
      name,
    );
  }
  set size(size: number) {
    this.write(
      "size",
      (cell) => {
        formatOf(cell).size = size;
      },
      size,
    );
  }
  set bold(bold: boolean) {
    this.write(
      "bold",
      (cell) => {
        formatOf(cell).bold = bold;
      },
      bold,
    );
  }
  set italic(italic: boolean) {
    this.write(
      "italic",
      (cell) => {
        formatOf(cell).italic = italic;
      },
      italic,
    );
  }
  set underline(underline: string) {
    this.write(
      "underline",
      (cell) => {
        formatOf(cell).underline = underline;
      },
      underline,
    );
  }
  set color(color: string) {
    this.write(
      "color",
      (cell) => {
        formatOf(cell).color = checkColour("RangeFont.color", color);
      },
      color,
    );
  }

  private write(property: string, apply: Parameters<typeof eachCell>[2], payload: unknown): void {
    this.queueCall(property, (target) => eachCell(target, `RangeFont.${property}`, apply), payload);
  }
}

/** `Excel.RangeFill`: a solid background colour. */
export class FakeRangeFill extends WriteOnly<RangeTarget> {
  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "RangeFill", source);
  }
  set color(color: string) {
    this.queueCall(
      "color",
      (target) =>
        eachCell(target, "RangeFill.color", (cell) => {
          formatOf(cell).fill = checkColour("RangeFill.color", color);
        }),
      color,
    );
  }
}

type BorderTarget = RangeTarget & { edge: string };
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

/** `Excel.RangeBorderCollection`: `getItem(edge)`. */
export class FakeRangeBorderCollection extends WriteOnly<RangeTarget> {
  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "RangeBorderCollection", source);
  }
  getItem(edge: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, {
      resolve: () => {
        const range = this.targetOrNull();
        if (!EDGES.includes(edge)) throw invalidArgument("RangeBorderCollection.getItem", edge);
        return range ? { ...range, edge } : null;
      },
    });
  }
}

/**
 * `Excel.RangeBorder`: a line along one edge of the range (EdgeTop: the top of its first row…) or between its
 * cells (InsideHorizontal: between rows), kept on each cell's sides.
 */
export class FakeRangeBorder extends WriteOnly<BorderTarget> {
  constructor(context: FakeRequestContext, source: Source<BorderTarget>) {
    super(context, "RangeBorder", source);
  }
  set style(style: string) {
    this.write("style", { style });
  }
  set weight(weight: string) {
    this.write("weight", { weight });
  }
  set color(color: string) {
    this.write("color", { color: checkColour("RangeBorder.color", color) });
  }

  private write(property: string, part: { style?: string; weight?: string; color?: string }): void {
    this.queueCall(
      property,
      ({ sheet, rect, edge }) => {
        const bottom = rect.top + rect.rows - 1;
        const right = rect.left + rect.cols - 1;
        eachCell({ sheet, rect }, `RangeBorder.${property}`, (cell, row, col) => {
          const sides: Side[] = [];
          if (edge === "EdgeTop" && row === rect.top) sides.push("top");
          if (edge === "EdgeBottom" && row === bottom) sides.push("bottom");
          if (edge === "EdgeLeft" && col === rect.left) sides.push("left");
          if (edge === "EdgeRight" && col === right) sides.push("right");
          if (edge === "InsideHorizontal") {
            if (row > rect.top) sides.push("top");
            if (row < bottom) sides.push("bottom");
          }
          if (edge === "InsideVertical") {
            if (col > rect.left) sides.push("left");
            if (col < right) sides.push("right");
          }
          if (sides.length === 0) return false;
          const format = formatOf(cell);
          format.borders ??= {};
          for (const side of sides)
            format.borders[side] = { style: "Continuous", ...format.borders[side], ...part };
        });
      },
      part,
    );
  }
}

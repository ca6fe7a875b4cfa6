import { FakeClientObject, type Source } from "./clientObject";
import { contains } from "./document";
import { type RangeTarget } from "./range";
import { type FakeRequestContext } from "./requestContext";

/** `Excel.RangeFormat`: only its `font` is modelled. */
export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly properties: readonly string[] = [];
  readonly font: FakeRangeFont;

  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "RangeFormat", source);
    this.font = new FakeRangeFont(context, { resolve: () => this.targetOrNull() });
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

/** `Excel.RangeFont`: `name` is the range's font, or null when its cells use several (as Excel answers). */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected readonly properties: readonly string[] = ["name"];

  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "RangeFont", source);
  }

  protected snapshot({ sheet, rect }: RangeTarget): unknown {
    const fonts = new Set<string>();
    let inside = 0;
    for (const [key, cell] of sheet.cells) {
      const [row = 0, col = 0] = key.split(",").map(Number);
      if (!contains(rect, row, col)) continue;
      inside += 1;
      fonts.add(cell.font ?? this.context.document.defaultFont);
    }
    // Cells the sheet does not list have the default font.
    if (inside < rect.rows * rect.cols) fonts.add(this.context.document.defaultFont);
    return fonts.size === 1 ? [...fonts][0] : null;
  }

  get name(): string | null {
    return this.read("name");
  }
}

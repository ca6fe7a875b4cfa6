import { FakeClientObject, type Source } from "./clientObject";
import { FakeCollection } from "./collection";
import { type SheetState } from "./document";
import { qualifiedRect, type Rect } from "./grid";
import { FakeRange, type RangeTarget } from "./range";
import { type FakeRequestContext } from "./requestContext";

export type AreasTarget = { sheet: SheetState; rects: Rect[] };

/** `Excel.RangeAreas`: several rectangles of one sheet, e.g. the merged areas of a range. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly properties: readonly string[] = ["address", "areaCount", "cellCount"];
  private rangeCollection: FakeRangeCollection | undefined;

  constructor(context: FakeRequestContext, source: Source<AreasTarget>) {
    super(context, "RangeAreas", source);
  }

  protected snapshot({ sheet, rects }: AreasTarget, property: string): unknown {
    if (property === "address") return rects.map((r) => qualifiedRect(sheet.name, r)).join(", ");
    if (property === "areaCount") return rects.length;
    return rects.reduce((sum, r) => sum + r.rows * r.cols, 0);
  }

  /** `Sheet1!A1:C1, Sheet1!A7:A8`, as Excel writes it. */
  get address(): string {
    return this.read("address");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  get areas(): FakeRangeCollection {
    this.rangeCollection ??= new FakeRangeCollection(this.context, { resolve: () => this.targetOrNull() });
    return this.rangeCollection;
  }
}

/** `Excel.RangeCollection`: the rectangles of a RangeAreas. */
export class FakeRangeCollection extends FakeCollection<AreasTarget, RangeTarget, FakeRange> {
  protected readonly itemProperties = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

  constructor(context: FakeRequestContext, source: Source<AreasTarget>) {
    super(context, "RangeCollection", source);
  }

  protected itemsOf({ sheet, rects }: AreasTarget): RangeTarget[] {
    return rects.map((rect) => ({ sheet, rect }));
  }

  protected proxyOf(range: RangeTarget): FakeRange {
    return new FakeRange(this.context, { target: range });
  }
}

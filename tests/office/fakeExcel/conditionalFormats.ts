import { FakeClientObject, type Source } from "./clientObject";
import { checkColour } from "./cellWrites";
import { type ConditionalFormatState } from "./document";
import { apiNotFound, invalidArgument } from "./officeError";
import { type RangeTarget } from "./range";
import { type FakeRequestContext } from "./requestContext";

abstract class WriteOnly<T> extends FakeClientObject<T> {
  protected readonly properties: readonly string[] = [];
  protected snapshot(): unknown {
    return undefined;
  }
}

const TYPES = ["CellValue", "ContainsText", "DataBar"] as const;
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/** `Range.conditionalFormats` (ExcelApi 1.6): `add(type)` for the types the adapter uses. */
export class FakeConditionalFormatCollection extends WriteOnly<RangeTarget> {
  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, "ConditionalFormatCollection", source);
  }

  /** A new rule on the range, applied after (below) the sheet's earlier ones in this fake's list. */
  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, {
      resolve: () => {
        if (this.context.document.apiVersion < 6)
          throw apiNotFound("ConditionalFormatCollection.add", "ExcelApi 1.6");
        if (!(TYPES as readonly string[]).includes(type))
          throw new Error(`fake Excel: conditional format type "${type}" is not modelled`);
        const range = this.targetOrNull();
        if (range === null) return null;
        const state: ConditionalFormatState = {
          rect: range.rect,
          type: type as ConditionalFormatState["type"],
        };
        range.sheet.conditionalFormats.push(state);
        return state;
      },
    });
  }
}

/** `Excel.ConditionalFormat`: `cellValue` or `dataBar`, as its type allows (else InvalidArgument at the sync). */
export class FakeConditionalFormat extends WriteOnly<ConditionalFormatState> {
  constructor(context: FakeRequestContext, source: Source<ConditionalFormatState>) {
    super(context, "ConditionalFormat", source);
  }

  get cellValue(): FakeCellValueFormat {
    return new FakeCellValueFormat(this.context, { resolve: () => this.ofType("CellValue") });
  }

  get dataBar(): FakeDataBarFormat {
    return new FakeDataBarFormat(this.context, { resolve: () => this.ofType("DataBar") });
  }

  private ofType(type: ConditionalFormatState["type"]): ConditionalFormatState | null {
    const state = this.targetOrNull();
    if (state && state.type !== type)
      throw invalidArgument(`ConditionalFormat.${type}`, `a ${state.type} format`);
    return state;
  }
}

/** `Excel.CellValueConditionalFormat`: a rule (`formula1`, `operator`) and the format it applies. */
export class FakeCellValueFormat extends WriteOnly<ConditionalFormatState> {
  readonly format: FakeConditionalRangeFormat;

  constructor(context: FakeRequestContext, source: Source<ConditionalFormatState>) {
    super(context, "CellValueConditionalFormat", source);
    this.format = new FakeConditionalRangeFormat(context, { resolve: () => this.targetOrNull() });
  }

  set rule(rule: { formula1: string; formula2?: string; operator: string }) {
    this.queueCall(
      "rule",
      (state) => {
        if (!OPERATORS.includes(rule.operator))
          throw invalidArgument("CellValueConditionalFormat.rule", rule.operator);
        state.rule = { ...rule };
      },
      rule,
    );
  }
}

/** `Excel.ConditionalRangeFormat`: the fill and font colour a rule applies. */
export class FakeConditionalRangeFormat extends WriteOnly<ConditionalFormatState> {
  readonly fill: FakeColourSetter;
  readonly font: FakeColourSetter;

  constructor(context: FakeRequestContext, source: Source<ConditionalFormatState>) {
    super(context, "ConditionalRangeFormat", source);
    const state = { resolve: () => this.targetOrNull() };
    this.fill = new FakeColourSetter(context, state, "fill");
    this.font = new FakeColourSetter(context, state, "fontColor");
  }
}

/** `ConditionalRangeFill` / `ConditionalRangeFont`: only `color` is modelled. */
export class FakeColourSetter extends WriteOnly<ConditionalFormatState> {
  constructor(
    context: FakeRequestContext,
    source: Source<ConditionalFormatState>,
    private readonly field: "fill" | "fontColor",
  ) {
    super(context, "ConditionalRangeFormat", source);
  }
  set color(color: string) {
    this.queueCall(
      "color",
      (state) => (state[this.field] = checkColour("ConditionalRangeFormat.color", color)),
      color,
    );
  }
}

/** `Excel.DataBarConditionalFormat`: bounds and the positive bar's colour and gradient. */
export class FakeDataBarFormat extends WriteOnly<ConditionalFormatState> {
  readonly positiveFormat: FakeDataBarPositive;

  constructor(context: FakeRequestContext, source: Source<ConditionalFormatState>) {
    super(context, "DataBarConditionalFormat", source);
    this.positiveFormat = new FakeDataBarPositive(context, { resolve: () => this.targetOrNull() });
  }
  set lowerBoundRule(rule: { type: string; formula?: string }) {
    this.queueCall("lowerBoundRule", (state) => (state.lowerBound = { ...rule }), rule);
  }
  set upperBoundRule(rule: { type: string; formula?: string }) {
    this.queueCall("upperBoundRule", (state) => (state.upperBound = { ...rule }), rule);
  }
}

export class FakeDataBarPositive extends WriteOnly<ConditionalFormatState> {
  constructor(context: FakeRequestContext, source: Source<ConditionalFormatState>) {
    super(context, "ConditionalDataBarPositiveFormat", source);
  }
  set fillColor(color: string) {
    this.queueCall("fillColor", (state) => (state.barColor = checkColour("DataBar.fillColor", color)), color);
  }
  set gradientFill(gradient: boolean) {
    this.queueCall("gradientFill", (state) => (state.gradient = gradient), gradient);
  }
}

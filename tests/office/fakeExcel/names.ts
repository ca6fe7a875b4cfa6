import { columnLetters, quoteSheetName } from "../../../src/core/workbook/address";
import { FakeClientObject, type Source } from "./clientObject";
import { FakeCollection } from "./collection";
import { type NameState } from "./document";
import { apiNotFound, FakeOfficeError, invalidArgument, itemNotFound } from "./officeError";
import { FakeRange } from "./range";
import { type FakeRequestContext } from "./requestContext";

/** Whatever holds names: the workbook (document) or one sheet. */
export type NameOwner = { names: NameState[] };
export type Scope = "Workbook" | "Worksheet";
type NamedTarget = { owner: NameOwner; item: NameState; scope: Scope };

const NAMED_ITEM_PROPERTIES = ["name", "type", "value", "formula", "visible", "scope"];

/** `Excel.NamedItemCollection`: `workbook.names` or `worksheet.names`. */
export class FakeNamedItemCollection extends FakeCollection<NameOwner, NameState, FakeNamedItem> {
  protected readonly itemProperties = NAMED_ITEM_PROPERTIES;
  private readonly scope: Scope;

  constructor(context: FakeRequestContext, scope: Scope, source: Source<NameOwner>) {
    super(context, "NamedItemCollection", source);
    this.scope = scope;
  }

  protected itemsOf(owner: NameOwner): NameState[] {
    return owner.names;
  }

  protected proxyOf(item: NameState): FakeNamedItem {
    return new FakeNamedItem(this.context, {
      target: { owner: this.target("items"), item, scope: this.scope },
    });
  }

  /**
   * Adds a name. `reference` is a formula (`='Báo Lai Châu'!$I$10`) or a range; a string without `=` is
   * taken as a text constant, as Excel does.
   */
  add(name: string, reference: string | FakeRange): FakeNamedItem {
    return new FakeNamedItem(this.context, {
      resolve: () => {
        const owner = this.target("add");
        if (!validName(name)) throw invalidArgument("NamedItemCollection.add", `name "${name}"`);
        if (find(owner, name))
          throw new FakeOfficeError(
            "ItemAlreadyExists",
            "The resource already exists.",
            "NamedItemCollection.add",
          );
        let formula: string;
        if (typeof reference === "string")
          formula = reference.startsWith("=") ? reference : `="${reference.replace(/"/g, '""')}"`;
        else {
          const target = reference.targetOrNull();
          if (target === null) throw itemNotFound("NamedItemCollection.add");
          const { sheet, rect } = target;
          const first = `$${columnLetters(rect.left + 1)}$${rect.top + 1}`;
          const last = `$${columnLetters(rect.left + rect.cols)}$${rect.top + rect.rows}`;
          formula = `=${quoteSheetName(sheet.name)}!${first}${first === last ? "" : `:${last}`}`;
        }
        const item: NameState = { name, formula, visible: true };
        owner.names.push(item);
        return { owner, item, scope: this.scope };
      },
    });
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, {
      resolve: () => {
        const owner = this.target("getItem");
        const item = find(owner, name);
        if (!item) throw itemNotFound("NamedItemCollection.getItem");
        return { owner, item, scope: this.scope };
      },
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, {
      resolve: () => {
        const owner = this.targetOrNull();
        const item = owner ? find(owner, name) : undefined;
        return owner && item ? { owner, item, scope: this.scope } : null;
      },
    });
  }
}

/** `Excel.NamedItem`. */
export class FakeNamedItem extends FakeClientObject<NamedTarget> {
  protected readonly properties: readonly string[] = NAMED_ITEM_PROPERTIES;

  constructor(context: FakeRequestContext, source: Source<NamedTarget>) {
    super(context, "NamedItem", source);
  }

  protected snapshot({ item, scope }: NamedTarget, property: string): unknown {
    switch (property) {
      case "name":
        return item.name;
      case "formula":
        if (this.context.document.apiVersion < 7) throw apiNotFound("NamedItem.formula", "ExcelApi 1.7");
        return item.formula;
      case "visible":
        return item.visible;
      case "scope":
        return scope;
      default:
        return evaluate(item.formula)[property === "type" ? "type" : "value"];
    }
  }

  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  get formula(): string {
    return this.read("formula");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  get scope(): Scope {
    return this.read("scope");
  }

  /** Deletes the name; one that went with its deleted sheet, or was deleted already, is not found. */
  delete(): void {
    this.queueCall("delete", ({ owner, item }) => {
      const document = this.context.document;
      const live = owner === document || document.sheets.some((sheet) => sheet === owner);
      if (!live || !owner.names.includes(item)) throw itemNotFound("NamedItem.delete");
      owner.names.splice(owner.names.indexOf(item), 1);
    });
  }
}

/** Excel's names allow letters, digits, `_`, `.` and `\`, start with a letter, `_` or `\`, and are no cell. */
function validName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}0-9_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(name)
  );
}

function find(owner: NameOwner, name: string): NameState | undefined {
  return owner.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

/** The `type` and `value` Excel reports for a name's formula (constants, a range, `#REF!`). */
function evaluate(formula: string): { type: string; value: unknown } {
  const body = formula.replace(/^=/, "");
  if (/#REF!/i.test(body)) return { type: "Error", value: "#REF!" };
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: (text[1] ?? "").replace(/""/g, '"') };
  if (body.includes("!")) return { type: "Range", value: body };
  return { type: "String", value: body };
}

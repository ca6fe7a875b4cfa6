import { FakeClientObject, type LoadSpec, type Source } from "./clientObject";
import { propertyNotLoaded } from "./officeError";
import { jsonBytes, type Delivery, type FakeRequestContext } from "./requestContext";

/**
 * A collection proxy (WorksheetCollection, NamedItemCollection): `load("name,visibility")` or
 * `load("items/name")` loads those properties of every item; `items` is readable after the sync.
 */
/** An item proxy, as far as its collection needs it. */
type ItemProxy = { capture(names: readonly string[]): Delivery | void };

export abstract class FakeCollection<Parent, Item, P extends ItemProxy> extends FakeClientObject<Parent> {
  private loadedItems: P[] | undefined;

  protected constructor(context: FakeRequestContext, typeName: string, source: Source<Parent>) {
    super(context, typeName, source);
  }

  protected abstract itemsOf(parent: Parent): Item[];
  /** A proxy bound to an item that exists now. */
  protected abstract proxyOf(item: Item): P;
  protected abstract readonly itemProperties: readonly string[];

  protected readonly properties: readonly string[] = [];

  protected snapshot(): unknown {
    return undefined;
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", `${this.typeName}.items`);
    return this.loadedItems;
  }

  override load(spec?: LoadSpec): this {
    const names = this.itemPropertyNames(spec);
    this.context.enqueue({
      run: () => {
        const parent = this.targetOrNull();
        if (parent === null) return;
        const proxies = this.itemsOf(parent).map((item) => this.proxyOf(item));
        const captured = proxies.map((p) => p.capture(names));
        return {
          bytes: captured.reduce((sum, c) => sum + (c ? c.bytes : 0), jsonBytes([])),
          deliver: () => {
            for (const c of captured) c?.deliver();
            this.loadedItems = proxies;
          },
        };
      },
    });
    return this;
  }

  private itemPropertyNames(spec: LoadSpec | undefined): string[] {
    const text =
      spec === undefined
        ? ""
        : typeof spec === "string"
          ? spec
          : Array.isArray(spec)
            ? spec.join(",")
            : (spec.select ?? "");
    const names = text
      .split(",")
      .map((n) => n.trim().replace(/^items\//, ""))
      .filter((n) => n !== "");
    for (const name of names)
      if (!this.itemProperties.includes(name))
        throw new Error(`fake Excel: items of ${this.typeName} have no loadable property "${name}"`);
    return names.length > 0 ? names : [...this.itemProperties];
  }
}

import { itemNotFound, propertyNotLoaded } from "./officeError";
import { jsonBytes, type Delivery, type FakeRequestContext } from "./requestContext";

/** Where a proxy's object comes from: found at the next sync (in queue order), or already known. */
export type Source<T> = { resolve: () => T | null } | { target: T };

/** What `load` takes: `"a,b"`, `["a", "b"]`, `{ select: "a,b" }`; nothing means every scalar property. */
export type LoadSpec = string | string[] | { select?: string };

/**
 * A proxy, as Office.js's ClientObject: its object is found when the sync that follows its creation runs; its
 * properties can be read only once loaded and synced (otherwise PropertyNotLoaded is thrown); writes and method
 * calls are queued.
 */
export abstract class FakeClientObject<T> {
  readonly context: FakeRequestContext;
  private found: { target: T | null } | undefined;
  private readonly loaded = new Map<string, unknown>();

  protected constructor(
    context: FakeRequestContext,
    /** "Range", "Worksheet": for error locations. */
    protected readonly typeName: string,
    source: Source<T>,
  ) {
    this.context = context;
    if ("target" in source) this.found = { target: source.target };
    else
      context.enqueue({
        run: () => {
          this.found = { target: source.resolve() };
        },
      });
  }

  /** The properties `load()` with no argument loads, and the only ones `load` accepts. */
  protected abstract readonly properties: readonly string[];

  /** A property's current value in the document (as Excel would send it). */
  protected abstract snapshot(target: T, property: string): unknown;

  /** True when an `…OrNullObject` method found nothing; readable only after the sync that followed it. */
  get isNullObject(): boolean {
    if (!this.found) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.found.target === null;
  }

  load(spec?: LoadSpec): this {
    const names = this.propertyNames(spec);
    this.context.enqueue({ run: () => this.capture(names) });
    return this;
  }

  /** Reads the current values now (inside a sync) and returns how to hand them over. */
  capture(names: readonly string[]): Delivery | void {
    const target = this.targetOrNull();
    if (target === null) return;
    const values = names.map((name) => [name, structuredClone(this.snapshot(target, name))] as const);
    return {
      bytes: jsonBytes(Object.fromEntries(values)),
      deliver: () => {
        for (const [name, value] of values) this.loaded.set(name, value);
      },
    };
  }

  protected propertyNames(spec: LoadSpec | undefined): string[] {
    const text =
      spec === undefined
        ? undefined
        : typeof spec === "string"
          ? spec
          : Array.isArray(spec)
            ? spec.join(",")
            : spec.select;
    if (text === undefined) return [...this.properties];
    const names = text
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n !== "");
    for (const name of names)
      if (!this.properties.includes(name))
        throw new Error(
          `fake Excel: ${this.typeName} has no loadable property "${name}" (navigation loads are not modelled)`,
        );
    return names;
  }

  /** A loaded property, or PropertyNotLoaded as Office.js throws it. */
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, `${this.typeName}.${name}`);
    return this.loaded.get(name) as V;
  }

  /** Inside a sync: the object, null for a null object. */
  targetOrNull(): T | null {
    if (!this.found) throw new Error(`fake Excel: ${this.typeName} used before its creation ran`);
    return this.found.target;
  }

  /** Inside a sync: the object; a write or method call on a null object fails. */
  protected target(location: string): T {
    const target = this.targetOrNull();
    if (target === null) throw itemNotFound(`${this.typeName}.${location}`);
    return target;
  }

  /** Queues a write or method call; `payload` is what it sends (counted against the request limit). */
  protected queueCall(location: string, apply: (target: T) => void, payload?: unknown): void {
    this.context.enqueue({
      requestBytes: payload === undefined ? 0 : jsonBytes(payload),
      run: () => {
        apply(this.target(location));
      },
    });
  }
}

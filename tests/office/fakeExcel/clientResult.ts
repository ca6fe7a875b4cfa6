import { valueNotLoaded } from "./officeError";
import { jsonBytes, type FakeRequestContext } from "./requestContext";

/** `OfficeExtension.ClientResult`: a method's result, readable after the sync (ValueNotLoaded before). */
export class FakeClientResult<T> {
  private result: { value: T } | undefined;
  private readonly location: string;

  constructor(context: FakeRequestContext, location: string, compute: () => T) {
    this.location = location;
    context.enqueue({
      run: () => {
        const value = compute();
        return {
          bytes: jsonBytes(value),
          deliver: () => {
            this.result = { value };
          },
        };
      },
    });
  }

  get value(): T {
    if (!this.result) throw valueNotLoaded(this.location);
    return this.result.value;
  }
}

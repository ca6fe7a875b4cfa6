/**
 * The errors the fake throws, shaped like Office.js's `OfficeExtension.Error`: `name` "RichApi.Error", a `code`
 * from Excel's list, a `message`, and `debugInfo` with the code, the message and where it happened.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation !== undefined ? { errorLocation } : {}) };
  }
}

/** What Office.js throws when a property is read before `load` and `context.sync()`. */
export function propertyNotLoaded(property: string, location: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      `the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

/** What Office.js throws when a `ClientResult`'s value is read before `context.sync()`. */
export function valueNotLoaded(location: string): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call ` +
      `"context.sync()" on the associated request context.`,
    location,
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function invalidOperation(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", `The operation is invalid: ${detail}`, location);
}

export function apiNotFound(location: string, set: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel (${set}).`,
    location,
  );
}

export function accessDenied(location: string): FakeOfficeError {
  return new FakeOfficeError(
    "AccessDenied",
    "You cannot perform the requested operation. The sheet or the workbook's structure is protected.",
    location,
  );
}

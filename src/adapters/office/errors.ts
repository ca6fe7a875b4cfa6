import { ChitieuError } from "../../core/errors";
import { message, type Message, type MessageKey } from "../../core/i18n/messages";

/**
 * Excel refused what the add-in asked (a protected sheet, a cell being edited, an old Excel): translated from
 * Office.js's `OfficeExtension.Error`, with a message in both languages that says what to do. `officeCode` keeps
 * Excel's own code (`AccessDenied`, …) for logs and for telling a retry (`InvalidOperationInCellEditMode`) apart.
 */
export class ExcelApiError extends ChitieuError {
  readonly officeCode: string;

  constructor(code: string, text: Message, officeCode: string) {
    super(code, text);
    this.officeCode = officeCode;
  }
}

/** What Office.js rejects `context.sync()` with, as far as the adapter reads it. */
export type OfficeErrorLike = { code: string; message: string; debugInfo?: { errorLocation?: string } };

/**
 * True for an `OfficeExtension.Error` (or anything shaped like one: the class is a global of the Office runtime,
 * absent in tests and in Node).
 */
export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return (
    e instanceof Error &&
    typeof (e as Partial<OfficeErrorLike>).code === "string" &&
    (e.name === "RichApi.Error" || e.name === "OfficeExtension.Error" || "debugInfo" in e)
  );
}

export function isPayloadTooLarge(e: unknown): boolean {
  return (
    isOfficeError(e) &&
    (e.code === "RequestPayloadSizeLimitExceeded" || e.code === "ResponsePayloadSizeLimitExceeded")
  );
}

/**
 * Codes that mean the add-in's own code is wrong (a property read before load, an object used outside its
 * context): rethrown as they are, so the mistake is seen, never dressed up as Excel's fault.
 */
const PROGRAMMING_MISTAKES = new Set([
  "PropertyNotLoaded",
  "ValueNotLoaded",
  "InvalidObjectPath",
  "InvalidRequestContext",
  "RunMustReturnPromise",
]);

const MESSAGE_OF: Record<string, MessageKey> = {
  InvalidOperationInCellEditMode: "office.cellEditMode",
  AccessDenied: "office.accessDenied",
  ApiNotFound: "office.apiNotFound",
  NotImplemented: "office.apiNotFound",
  UnsupportedOperation: "office.apiNotFound",
  RequestPayloadSizeLimitExceeded: "office.payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "office.payloadTooLarge",
  GeneralException: "office.generalException",
};

/**
 * Turns an error from Office.js into an `ExcelApiError` saying what the add-in was doing (`action`, e.g.
 * "reading the workbook") and what the person can do about it.
 * @returns the error itself when it is not Excel refusing (our ChitieuErrors, programming mistakes, bugs).
 * @example translateOfficeError(e, message("office.action.read")) // ExcelApiError "office.accessDenied" for AccessDenied
 */
export function translateOfficeError(e: unknown, action: Message): unknown {
  if (!isOfficeError(e) || PROGRAMMING_MISTAKES.has(e.code)) return e;
  const key = MESSAGE_OF[e.code] ?? "office.failed";
  const detail = e.debugInfo?.errorLocation ? `${e.message} [${e.debugInfo.errorLocation}]` : e.message;
  const text = (lang: "vi" | "en") => message(key, { action: action[lang], code: e.code, detail })[lang];
  return new ExcelApiError(key, { vi: text("vi"), en: text("en") }, e.code);
}

/**
 * Runs Office.js work and translates what Excel throws (see `translateOfficeError`).
 * @throws ExcelApiError when Excel refuses; anything else unchanged.
 */
export async function withOfficeErrors<T>(action: Message, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw translateOfficeError(e, action);
  }
}

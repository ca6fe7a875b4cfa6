import { type Message } from "./i18n/messages";

/**
 * Unusable input or a programming mistake: thrown, never returned. Data problems (an empty cell, text in a
 * number cell) are values instead, see `Reading`.
 */
export class ChitieuError extends Error {
  readonly code: string;
  readonly text: Message;

  constructor(code: string, text: Message) {
    super(text.en);
    this.name = new.target.name;
    this.code = code;
    this.text = text;
  }
}

/** A plan file that is not valid JSON or fails the plan schema. */
export class PlanError extends ChitieuError {}

/** A mapping file that fails its schema or names something the plan or the workbooks do not have. */
export class MappingError extends ChitieuError {}

/** A file that is not a readable .xlsx workbook (raised by adapters, translated from their libraries). */
export class WorkbookError extends ChitieuError {}

/** A command line the CLI cannot act on. */
export class UsageError extends ChitieuError {}

export function isChitieuError(e: unknown): e is ChitieuError {
  return e instanceof ChitieuError;
}

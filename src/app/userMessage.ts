/** What the person is told when something fails: our own messages, never a stack trace. */
import { isChitieuError } from "../core/errors";
import { message, type Message } from "../core/i18n/messages";

/**
 * The message for an error: a ChitieuError's own text (it says what to do); for anything else, a plain
 * sentence with the error's one-line description, so the person can pass it on.
 * @example userMessage(new PlanError("plan.invalid", text)) // text
 */
export function userMessage(e: unknown): Message {
  if (isChitieuError(e)) return e.text;
  const detail = e instanceof Error ? e.message : String(e);
  return message("app.unexpected", { detail });
}

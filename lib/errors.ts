import "server-only";

/** A message of the "appErrors" namespace (messages/*.json) with its values: worded where it is shown, in that page's language. */
export type MessageRef = { key: string; values?: Record<string, string | number> };
type Message = string | MessageRef;

/**
 * An error meant for the person using the app, safe to show: a message reference (translated by
 * lib/actions/safe-action.ts in the language of the page) or, where not yet moved to the
 * message files, a Catalan text. Anything else thrown inside an action is logged and replaced by
 * a generic message. Build it with the factories below, which say what kind of refusal it is.
 */
export class AppError extends Error {
  readonly ref?: MessageRef;
  constructor(
    message: Message,
    readonly fieldErrors?: Record<string, Message[]>,
    readonly code: "forbidden" | "not-found" | "conflict" | "invalid" = "invalid",
  ) {
    super(typeof message === "string" ? message : message.key);
    this.name = "AppError";
    if (typeof message !== "string") this.ref = message;
  }
}

/** The person may not do this (403). */
export const forbidden = (message: Message = { key: "forbidden" }): AppError =>
  new AppError(message, undefined, "forbidden");
/** Nothing to show, or nothing this person may see (404: the two are not told apart). */
export const notFound = (message: Message = { key: "notFound" }): AppError =>
  new AppError(message, undefined, "not-found");
/** The request clashes with the current state (already done, changed meanwhile, wrong phase). */
export const conflict = (message: Message): AppError => new AppError(message, undefined, "conflict");
/** The input is refused: a message for the form and, by field, for its fields. */
export const invalid = (message: Message, fieldErrors?: Record<string, Message[]>): AppError =>
  new AppError(message, fieldErrors);

/** What the person reads: the referenced messages in the language of the request, or the texts as they were written. */
export async function appErrorText(
  error: AppError,
): Promise<{ error: string; fieldErrors?: Record<string, string[]> }> {
  const { getTranslations } = await import("next-intl/server");
  const t = await getTranslations("appErrors");
  const text = (message: Message) => (typeof message === "string" ? message : t(message.key, message.values));
  return {
    error: error.ref ? text(error.ref) : error.message,
    fieldErrors: error.fieldErrors
      ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map(text)]))
      : undefined,
  };
}

import "server-only";
/**
 * An error meant for the person using the app: its message is Catalan and safe to show.
 * Anything else thrown inside an action is logged and replaced by a generic message. Build it
 * with the factories below, which say what kind of refusal it is.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly code: "forbidden" | "not-found" | "conflict" | "invalid" = "invalid",
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** The person may not do this (403). */
export const forbidden = (message = "No teniu permís per fer aquesta acció."): AppError =>
  new AppError(message, undefined, "forbidden");
/** Nothing to show, or nothing this person may see (404: the two are not told apart). */
export const notFound = (message = "No s'ha trobat el que busqueu, o no hi teniu accés."): AppError =>
  new AppError(message, undefined, "not-found");
/** The request clashes with the current state (already done, changed meanwhile, wrong phase). */
export const conflict = (message: string): AppError => new AppError(message, undefined, "conflict");
/** The input is refused: a message for the form and, by field, for its fields. */
export const invalid = (message: string, fieldErrors?: Record<string, string[]>): AppError =>
  new AppError(message, fieldErrors);

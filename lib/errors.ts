/**
 * An error meant for the person using the app: its message is Catalan and safe to show.
 * Anything else thrown inside an action is logged and replaced by a generic message.
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

export const forbidden = () => new AppError("No teniu permís per fer aquesta acció.", undefined, "forbidden");
export const notFound = () =>
  new AppError("No s'ha trobat el que busqueu, o no hi teniu accés.", undefined, "not-found");

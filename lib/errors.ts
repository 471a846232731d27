import "server-only";
import { createTranslator } from "next-intl";
import ca from "@/messages/ca.json";
import { formatDay, type AppLocale } from "@/lib/dates";

/**
 * A message of the "appErrors" namespace (messages/*.json) with its values: worded where it is
 * shown, in that page's language. A Date value is a calendar day, written as "15 de setembre de
 * 2026" / "15 de septiembre de 2026".
 */
export type MessageRef = { key: string; values?: Record<string, string | number | Date> };
type Message = string | MessageRef;

// The Catalan words of a message, for the error's own text (logs, tests); people read it in the
// language of their page (appErrorText).
type Words = (key: string, values?: Record<string, string | number>) => string;
const catalan = createTranslator({
  locale: "ca",
  messages: ca as Record<string, unknown>,
  namespace: "appErrors",
}) as Words;

function words(message: Message, t: Words, locale: AppLocale) {
  if (typeof message === "string") return message;
  const values = Object.entries(message.values ?? {}).map(([name, value]) => [
    name,
    value instanceof Date ? formatDay(value, locale) : value,
  ]);
  return t(message.key, Object.fromEntries(values));
}
const inCatalan = (message: Message) => words(message, catalan, "ca");

/**
 * An error meant for the person using the app, safe to show: a message reference, translated
 * by lib/actions/safe-action.ts in the language of the page. Anything else thrown inside an
 * action is logged and replaced by a generic message. Build it with the factories below, which
 * say what kind of refusal it is.
 */
export class AppError extends Error {
  readonly ref?: MessageRef;
  /** By field, the messages' Catalan words (logs, tests); `fieldRefs` are what each field shows. */
  readonly fieldErrors?: Record<string, string[]>;
  readonly fieldRefs?: Record<string, Message[]>;
  constructor(
    message: Message,
    fieldErrors?: Record<string, Message[]>,
    readonly code: "forbidden" | "not-found" | "conflict" | "invalid" = "invalid",
  ) {
    super(inCatalan(message));
    this.name = "AppError";
    if (typeof message !== "string") this.ref = message;
    if (fieldErrors) {
      this.fieldRefs = fieldErrors;
      this.fieldErrors = Object.fromEntries(Object.entries(fieldErrors).map(([f, list]) => [f, list.map(inCatalan)]));
    }
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

/** The words of messages ("appErrors" references) in the language of the request. */
export async function requestWords(): Promise<(message: Message) => string> {
  const { getLocale, getTranslations } = await import("next-intl/server");
  const [t, locale] = await Promise.all([getTranslations("appErrors"), getLocale()]);
  return (message: Message) => words(message, t, locale as AppLocale);
}

/** What the person reads: the referenced messages in the language of the request. */
export async function appErrorText(
  error: AppError,
): Promise<{ error: string; fieldErrors?: Record<string, string[]> }> {
  const text = await requestWords();
  return {
    error: error.ref ? text(error.ref) : error.message,
    fieldErrors: error.fieldRefs
      ? Object.fromEntries(Object.entries(error.fieldRefs).map(([field, messages]) => [field, messages.map(text)]))
      : undefined,
  };
}

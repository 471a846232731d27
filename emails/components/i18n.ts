import { createTranslator } from "next-intl";
import { day, formatDay } from "@/lib/dates";
import { perLocale } from "@/lib/i18n/per-locale";
import ca from "@/messages/ca.json";
import es from "@/messages/es.json";

// Emails are rendered when they are delivered, in the recipient's language at that moment
// (lib/email/deliver.ts): their words are the `emails` namespace of the message files.

export type EmailLocale = "ca" | "es";

export function isEmailLocale(value: unknown): value is EmailLocale {
  return value === "ca" || value === "es";
}

const translator = (locale: EmailLocale) =>
  createTranslator({ locale, messages: locale === "es" ? es : ca, namespace: "emails" });

export type EmailT = ReturnType<typeof translator>;

// One translator per language for the process (with its message-format cache): the sweep asks
// for a subject per reminder, tens of thousands at a time.
const translators = perLocale((locale) => translator(locale as EmailLocale));

export function emailT(locale: EmailLocale): EmailT {
  return translators(locale);
}

/** A calendar day stored as "YYYY-MM-DD", written out in the email's language. */
export function emailDay(iso: string, locale: EmailLocale) {
  return formatDay(day(iso), locale);
}
